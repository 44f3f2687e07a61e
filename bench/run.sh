#!/bin/sh
# Throughput and peak memory of the binaries on one large input, next to cat,
# wc -l and jq -c . in the same run. Each command runs RUNS times; the median
# wall time is reported. Speed is measured here, never asserted in tests.
# usage: run.sh BIN_DIR   (env: BENCH_MB=200 RUNS=3)
set -eu
bin=$(cd "$1" && pwd)
mb=${BENCH_MB:-200}
runs=${RUNS:-3}
work=${BENCH_DIR:-build/bench}
mkdir -p "$work"
input=$work/input-${mb}MB.jsonl
big=$work/one-100MB-record.jsonl

# The input: the bundled corpus's records, repeated with fresh ids until the
# size is reached. (Issue 8 brings a generator with realistic variation.)
if [ ! -s "$input" ]; then
  "$bin/osce-jsonl" -r corpus/pages > "$work/seed.jsonl"
  target=$((mb * 1000 * 1000)) size=0 i=0
  : > "$input"
  while [ "$size" -lt "$target" ]; do
    sed "s/^{\"id\":\"\([^\"]*\)\"/{\"id\":\"\1-$i\"/" "$work/seed.jsonl" >> "$input"
    i=$((i + 1))
    size=$(( size + $(wc -c < "$work/seed.jsonl") ))
  done
fi
if [ ! -s "$big" ]; then
  head -c 100000000 /dev/zero | tr '\0' 'x' > "$work/big.txt"
  "$bin/osce-jsonl" "$work/big.txt" > "$big"
  rm -f "$work/big.txt"
fi

bytes=$(wc -c < "$input")
records=$(wc -l < "$input")
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "compiler: $(c++ --version | head -n 1)"
echo "input: $input, $bytes bytes, $records records; median of $runs runs"
printf '%-34s %9s %11s %7s %7s %9s %8s\n' command MB/s records/s user sys "peak MB" "vs jq"

# Prints "wall user sys maxrss_kb" of the median run (by wall time).
measure() {
  for r in $(seq "$runs"); do
    # A command may exit non-zero (osce-check finds the copies duplicated):
    # time then adds a line of its own, so only its last line is the measure.
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.$r" sh -c "$1" < "$2" > /dev/null 2>&1 || true
    tail -n 1 "$work/time.$r"
  done | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

jq_wall=
row() {
  name=$1 cmd=$2 file=${3:-$input} size=${4:-$bytes} count=${5:-$records}
  set -- $(measure "$cmd" "$file")
  wall=$1 user=$2 sys=$3 rss=$4
  [ "$name" = "jq -c ." ] && jq_wall=$wall
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$size" -v c="$count" -v j="$jq_wall" 'BEGIN {
    if (w <= 0) w = 0.01
    ratio = (j != "" && n != "jq -c .") ? sprintf("%.1fx", j / w) : "-"
    printf "%-34s %9.1f %11.0f %7.2f %7.2f %9.1f %8s\n", n, b / w / 1e6, c / w, u, s, r / 1024, ratio }'
}

row "cat" "cat"
row "wc -l" "wc -l"
row "jq -c ." "jq -c ."
row "osce-jsonl -x (reader)" "$bin/osce-jsonl -x"
row "osce-strip" "$bin/osce-strip"
row "osce-split" "$bin/osce-split"
row "osce-tag" "$bin/osce-tag"
# The same lexicon ten times over: each phrase also followed by nine other
# words, so the automaton has ten times the phrases and states. Its speed
# must not fall with the size (issue 5).
big_lexicon=$work/lexicon-10x.tsv
awk -F'\t' 'BEGIN { OFS = "\t"; split("programme project initiative network strategy council office plan unit", w, " ") }
  $1 != "phrase" { print; next }
  { print; t = $4; sub(/\*$/, "", t); for (i = 1; i <= 9; i++) print $1, $2, $3, t " " w[i] }' corpus/tag_lexicon.tsv > "$big_lexicon"
row "osce-tag, lexicon x10 ($(grep -c '^phrase' "$big_lexicon") phrases)" "$bin/osce-tag --lexicon $big_lexicon"
row "osce-dates" "$bin/osce-dates"
row "pipeline: strip|split|tag|dates" "$bin/osce-strip | $bin/osce-split | $bin/osce-tag | $bin/osce-dates"
row "osce-check (raw records)" "$bin/osce-check"
if [ -x "$bin/osce_filter_harness" ]; then
  row "record frame (read, edit, write)" "$bin/osce_filter_harness"
fi
echo "one 100 MB record:"
row "osce-jsonl -x, 100 MB line" "$bin/osce-jsonl -x" "$big" "$(wc -c < "$big")" 1
