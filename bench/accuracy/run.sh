#!/usr/bin/env bash
# Accuracy of waardevol's coding against a labelled set (see README.md beside this script).
#
#   bench/accuracy/run.sh LABELLED.csv [-- waardevol code options...]
#       writes each labelled passage as a transcript (its interviewer question, then its text),
#       codes them with the codebook of their language (wio-nl or ai-en), and scores the result
#   bench/accuracy/run.sh LABELLED.csv --table CODED.csv|CODED.jsonl
#       scores a coded table made elsewhere (its doc_id must be the labelled id)
#
# Prints per-lens precision, recall, F1 and Cohen's kappa, passage-stance accuracy with its
# confusion matrix, accuracy per phenomenon, code-stance agreement and "valued in the right lens".
# WAARDEVOL_ROOT=DIR codes with the waardevol of another checkout (to measure a before).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${WAARDEVOL_ROOT:-$(cd "$here/../.." && pwd)}"
labelled="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
"$root/waardevol" --version >/dev/null   # builds the jar when needed
jar="$root/target/waardevol.jar"
score=(java -cp "$jar" "$here/Accuracy.java" "$labelled")

if [ "${1:-}" = "--table" ]; then
  exec "${score[@]}" "$2"
fi
[ "${1:-}" = "--" ] && shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"${score[@]}" --write-transcripts "$work"
for language in nl en; do
  [ -d "$work/$language" ] || continue
  codebook=wio-nl
  [ "$language" = en ] && codebook=ai-en
  "$root/waardevol" code "$work/$language" --codebook "$codebook" --quiet --format jsonl "$@" \
    >>"$work/coded.jsonl"
done
"${score[@]}" "$work/coded.jsonl"
