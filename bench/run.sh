#!/usr/bin/env bash
# The benchmark of issue 3: throughput against grep, scaling with corpus size and codebook size,
# peak memory, start-up, and determinism under parallelism. Prints a Markdown table.
#
#   bench/run.sh            10 MB and 100 MB corpora (a few minutes)
#   bench/run.sh full       also 1 GB (needs about 2 GB of disk and ten minutes more)
#
# Corpora and codebooks are generated deterministically under $BENCH_DIR (default
# /tmp/waardevol-bench) and kept for the next run. Needs GNU time (/usr/bin/time, Debian
# package 'time') and grep; run on a quiet machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="${BENCH_DIR:-/tmp/waardevol-bench}"
rounds="${ROUNDS:-3}"
sizes=(10 100)
[ "${1:-}" = "full" ] && sizes=(10 100 1000)
[ -x /usr/bin/time ] || { echo "bench: needs GNU time: apt-get install time" >&2; exit 1; }
mkdir -p "$work"

./waardevol --version >/dev/null          # builds the jar when needed
jar="$root/target/waardevol.jar"
run=("$root/waardevol")   # the launcher, with the JVM options users get

for size in "${sizes[@]}"; do
  if [ ! -f "$work/corpus-$size/.done" ]; then
    rm -rf "$work/corpus-$size"
    java bench/GenerateCorpus.java examples/interviews "$work/corpus-$size" "$size"
    touch "$work/corpus-$size/.done"
  fi
done
java -cp "$jar" bench/PlainTerms.java codebooks/wio-nl.yaml >"$work/terms.txt"
for terms in 100 5000; do
  java -cp "$jar" bench/SyntheticCodebook.java codebooks/wio-nl.yaml "$work/corpus-10" "$terms" >"$work/book-$terms.yaml"
done

# measure COMMAND...: runs COMMAND with stdout to /dev/null; sets wall (s), rss (MB) and cores
# (CPU time over wall time: how many cores the run kept busy).
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2
    return 1
  }
  read -r wall rss_kb user sys <"$work/time.txt"
  rss=$((rss_kb / 1024))
  cores_used=$(awk -v u="$user" -v s="$sys" -v w="$wall" 'BEGIN {printf "%.1f", (u + s) / w}')
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mb() { du -sm --apparent-size "$1" | cut -f1; }
cores=$(nproc)

echo "## waardevol benchmark"
echo
echo "Machine: $cores cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%d)."
echo

# 1. Throughput against grep on 100 MB, alternating.
corpus="$work/corpus-100"
grep_times=()
ours=()
for ((i = 0; i < rounds; i++)); do
  measure sh -c "LC_ALL=C grep -F -i -o -w -f '$work/terms.txt' -r '$corpus' | wc -l"
  grep_times+=("$wall")
  measure "${run[@]}" code --quiet "$corpus"
  ours+=("$wall")
done
g=$(median "${grep_times[@]}")
w=$(median "${ours[@]}")
echo "| measurement | result | target |"
echo "| --- | --- | --- |"
echo "| throughput, $(mb "$corpus") MB, code to CSV (median of $rounds) | waardevol ${w} s, grep ${g} s: $(awk -v w="$w" -v g="$g" 'BEGIN {printf "%.1f", w / g}')× grep's time | below 1.0× |"

# 2. Scaling with corpus size, and peak memory.
for size in "${sizes[@]}"; do
  corpus="$work/corpus-$size"
  measure "${run[@]}" code --quiet "$corpus"
  echo "| code, $(mb "$corpus") MB | ${wall} s ($(awk -v s="$(mb "$corpus")" -v w="$wall" 'BEGIN {printf "%.1f", s / w}') MB/s, ${cores_used} cores busy), peak RSS ${rss} MB | linear; RSS < 512 MB |"
  measure "${run[@]}" report --quiet "$corpus"
  echo "| report, $(mb "$corpus") MB | ${wall} s (${cores_used} cores busy), peak RSS ${rss} MB | RSS < 512 MB |"
done

# 3. Codebook size: 100 against 5000 terms on 100 MB.
corpus="$work/corpus-100"
measure "${run[@]}" code --quiet --codebook "$work/book-100.yaml" "$corpus"
small="$wall"
measure "${run[@]}" code --quiet --codebook "$work/book-5000.yaml" "$corpus"
large="$wall"
echo "| 100 vs 5000 terms, $(mb "$corpus") MB | ${small} s vs ${large} s: $(awk -v a="$small" -v b="$large" 'BEGIN {printf "%.2f", b / a}')× | below 1.5× |"

# 4. Start-up: the quick start, warm.
starts=()
for ((i = 0; i < 5; i++)); do
  measure "${run[@]}" report examples/interviews
  starts+=("$wall")
done
echo "| report examples/interviews, JVM included (median of 5) | $(median "${starts[@]}") s | below 1.5 s |"

# 5. Determinism under parallelism.
corpus="$work/corpus-10"
"${run[@]}" code --quiet --threads 1 "$corpus" >"$work/one.csv"
"${run[@]}" code --quiet --threads "$cores" "$corpus" >"$work/all.csv"
if cmp -s "$work/one.csv" "$work/all.csv"; then same="byte-identical"; else same="DIFFERENT"; fi
echo "| --threads 1 vs --threads $cores, $(mb "$corpus") MB | $same | byte-identical |"
