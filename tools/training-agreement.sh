#!/usr/bin/env bash
# How well the training corpus's labels agree with an independent second labelling of the same
# passages (training/second/, see training/README.md): per-lens precision, recall, F1 and kappa,
# passage stance and code stance, with the training corpus as the first labelling.
#
#   tools/training-agreement.sh wio-nl|ai-en
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
codebook="${1:?give wio-nl or ai-en}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The coded table back into the labelled-set columns, so that both sides read alike.
python3 - "$root/training/$codebook.csv" "$work/first.csv" <<'PY'
import csv, sys
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow("id,language,role,question,text,stance,categories,codes,valued,hindered,wished,phenomena,why".split(","))
    for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
        w.writerow([r["doc_id"], r["language"], r["role"], r["question"], r["text"], r["valence"],
                    r["categories"], r["codes"], r["valued"], r["hindered"], r["wished"], r["phenomena"], r["why"]])
PY
"$root/waardevol" --version >/dev/null
java -cp "$root/target/waardevol.jar" "$root/bench/accuracy/Accuracy.java" "$work/first.csv" \
  "$root/training/second/$codebook.csv"
