#!/usr/bin/env bash
# The learning curve of issue 12: agreement on a held-out set after a team's N corrected passages
# are learned on top of the shipped model's corpus ('train --with-shipped').
#
#   bench/accuracy/learning-curve.sh TEAM.csv HELDOUT.csv [N ...]
#
# TEAM.csv: labelled passages standing in for a team's corrections (bench/accuracy/sets format);
# the first N of them in a fixed shuffled order are used. Prints one line per N: lens macro-F1,
# stance accuracy and "valued in the right lens" F1 on HELDOUT.csv, which is never trained on.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
team="$1"; heldout="$2"; shift 2
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(50 100 200 400)
language="$(sed -n 2p "$team" | cut -d, -f2)"
codebook=wio-nl; [ "$language" = en ] && codebook=ai-en
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$root/waardevol" --version >/dev/null
python3 - "$team" "$work/shuffled.csv" <<'PY'
import csv, random, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
random.Random(12).shuffle(rows)
with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    writer = csv.DictWriter(out, rows[0].keys()); writer.writeheader(); writer.writerows(rows)
PY
figures() {
  "$here/run.sh" "$heldout" -- "$@" | awk '
    /Lens macro-F1/ {gsub(/\*/,""); lens=$3}
    /Passage stance accuracy/ {gsub(/\*/,""); stance=$4}
    /Valued in the right lens/ {gsub(/\*/,""); valued=$NF}
    END {printf "lens macro-F1 %s, stance %s, valued-in-lens F1 %s\n", lens, stance, valued}'
}
echo "rules only: $(figures --rules-only)"
echo "shipped model: $(figures)"
total=$(($(wc -l < "$work/shuffled.csv") - 1))
for n in "${sizes[@]}"; do
  if [ "$n" -gt "$total" ]; then echo "$n: the team set has only $total passages"; continue; fi
  head -n $((n + 1)) "$work/shuffled.csv" > "$work/team-$n.csv"
  python3 "$root/tools/labelled-to-coded.py" "$work/team-coded-$n.csv" "$work/team-$n.csv" 2>/dev/null
  "$root/waardevol" train "$work/team-coded-$n.csv" --codebook "$codebook" --with-shipped \
    -o "$work/team-$n.model" --quiet >/dev/null
  echo "shipped + $n team passages: $(figures --model "$work/team-$n.model")"
done
