#!/bin/sh
# Throughput and peak memory of every binary and of the whole pipeline, on a
# generated corpus, next to cat, wc -l and jq -c . in the same run. Each
# command runs RUNS times; the median wall time is reported. Speed is
# measured here, never asserted in tests.
# usage: run.sh BIN_DIR
# env: BENCH_MB=100 (the table's input), BENCH_BIG_MB=1000 (the second size,
#      for memory; 0 skips it), RUNS=3, JOBS=nproc, BENCH_DIR=build/bench
set -eu
bin=$(cd "$1" && pwd)
mb=${BENCH_MB:-100}
big_mb=${BENCH_BIG_MB:-1000}
runs=${RUNS:-3}
jobs=${JOBS:-$(nproc)}
work=${BENCH_DIR:-build/bench}
mkdir -p "$work"

# Inputs, made once and kept: the generator is seeded, so they repeat. They
# are kept under a name that changes with the generator and the pages it
# copies, so that a changed generator never leaves an old corpus measured.
key=$(cat bench/corpus_gen.cpp corpus/pages/* corpus/taxonomy.tsv | cksum | cut -d' ' -f1)
for old in "$work"/generated-*MB*.jsonl; do
  case $old in *"-$key.jsonl" | *"*"*) ;; *) rm -f "$old" ;; esac
done
corpus() {  # corpus MB -> path of a generated corpus of MB megabytes
  f=$work/generated-$1MB-$key.jsonl
  [ -s "$f" ] || "$bin/osce_corpus_gen" --megabytes "$1" --seed 1 > "$f"
  echo "$f"
}
input=$(corpus "$mb")
# The inputs made from it by the binaries are made again each run: the
# binaries may have changed.
pages=$work/pages-${mb}MB
rm -rf "$pages" "$pages.tmp"
"$bin/osce-jsonl" -x --to "$pages.tmp" "$input" && mv "$pages.tmp" "$pages"
big=$work/one-100MB-record.jsonl
if [ ! -s "$big" ]; then
  head -c 100000000 /dev/zero | tr '\0' 'x' > "$work/big.txt"
  "$bin/osce-jsonl" "$work/big.txt" > "$big"
  rm -f "$work/big.txt"
fi
# One word 100 MB long asks little of a filter but to hold it. The pages
# above, joined into one record of 100 MB (whole lines), ask a filter for
# its working set on a long text too: lines, paragraphs, phrases, dates.
big_pages=$work/one-100MB-record-of-pages.jsonl
cat "$pages"/* | head -c 100000000 | sed '$d' > "$work/big.txt"
"$bin/osce-jsonl" "$work/big.txt" > "$big_pages"
rm -f "$work/big.txt"

# The site's menu (a seed's, over its type line) and nothing else, over and
# over: five million lines, which a filter that shapes a text's lines to
# find its menus must not hold at many bytes each.
big_menus=$work/one-100MB-record-of-menus.jsonl
if [ ! -s "$big_menus" ]; then
  awk '/^(Press release|News [Ii]tem)$/ { exit } { print }' corpus/pages/002_*.txt > "$work/menu.txt"
  awk -v n=100000000 '{ m = m $0 "\n" } END { while (s < n) { printf "%s", m; s += length(m) } }' "$work/menu.txt" \
    | head -c 100000000 | sed '$d' > "$work/big.txt"
  "$bin/osce-jsonl" "$work/big.txt" > "$big_menus"
  rm -f "$work/big.txt" "$work/menu.txt"
fi
# The same record as Python's json.dumps and `jq -a` write it, every
# character past ASCII a \u escape: a reader that kept such a string raw
# and decoded held it twice.
big_escaped=$work/one-100MB-record-of-menus-ascii.jsonl
if [ ! -s "$big_escaped" ]; then
  jq -a -c . "$big_menus" > "$big_escaped"
fi

bytes=$(wc -c < "$input")
records=$(wc -l < "$input")
page_bytes=$(cat "$pages"/* | wc -c)
page_count=$(ls "$pages" | wc -l)
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "compiler: $(c++ --version | head -n 1)"
echo "input: $input (osce_corpus_gen --seed 1), $bytes bytes, $records records; median of $runs runs"
printf '%-44s %8s %10s %7s %6s %8s %7s\n' command MB/s records/s user sys "peak MB" "vs jq"

# Prints "wall user sys maxrss_kb" of the median run (by wall time).
measure() {
  for r in $(seq "$runs"); do
    # A command may exit non-zero (osce-check finds duplicates): time then
    # adds a line of its own, so only its last line is the measure.
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.$r" sh -c "$1" < "$2" > /dev/null 2>&1 || true
    tail -n 1 "$work/time.$r"
  done | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

jq_rate= last_wall=
row() {
  name=$1 cmd=$2 file=${3:-$input} size=${4:-$bytes} count=${5:-$records}
  set -- $(measure "$cmd" "$file")
  wall=$1 user=$2 sys=$3 rss=$4
  last_wall=$wall
  [ "$name" = "jq -c ." ] && jq_rate=$(awk -v b="$size" -v w="$wall" 'BEGIN { print b / (w > 0 ? w : 0.01) }')
  # "vs jq": bytes per second against jq's on the table's input.
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$size" -v c="$count" -v j="$jq_rate" 'BEGIN {
    if (w <= 0) w = 0.01
    ratio = (j != "" && n != "jq -c .") ? sprintf("%.1fx", b / w / j) : "-"
    printf "%-44s %8.1f %10.0f %7.2f %6.2f %8.1f %7s\n", n, b / w / 1e6, c / w, u, s, r * 1024 / 1e6, ratio }'
}

row "cat" "cat"
row "wc -l" "wc -l"
row "jq -c ." "jq -c ."
row "osce-jsonl -x (reader)" "$bin/osce-jsonl -x"
row "osce-strip" "$bin/osce-strip"
row "osce-split" "$bin/osce-split"
split_wall=$last_wall
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
row "osce-check" "$bin/osce-check"
# In the pipeline each stage reads what the one before wrote: split reads
# stripped pages, tag and dates read items. Those inputs, made once.
stripped=$work/stripped-${mb}MB.jsonl items=$work/items-${mb}MB.jsonl
"$bin/osce-strip" < "$input" > "$stripped"
"$bin/osce-split" < "$stripped" > "$items"
echo "each stage on the input it reads in the pipeline (MB/s of that input):"
row "osce-split, on osce-strip's output" "$bin/osce-split" "$stripped" "$(wc -c < "$stripped")" "$(wc -l < "$stripped")"
row "osce-tag, on osce-split's output" "$bin/osce-tag" "$items" "$(wc -c < "$items")" "$(wc -l < "$items")"
row "osce-tag x10 lexicon, on osce-split's output" "$bin/osce-tag --lexicon $big_lexicon" "$items" "$(wc -c < "$items")" "$(wc -l < "$items")"
row "osce-dates, on osce-split's output" "$bin/osce-dates" "$items" "$(wc -c < "$items")" "$(wc -l < "$items")"
echo "pipelines:"
stages="$bin/osce-strip | $bin/osce-split | $bin/osce-tag | $bin/osce-dates"
row "strip|split|tag|dates" "$stages"
# GNU parallel cuts the input at line ends into one block per job, runs a
# filter on each block in its own process and, with -k, writes the outputs
# in input order: one serial run's bytes (tests/parallel_identity.sh checks
# it). The slowest filter shows the speed-up; the pipeline above already
# keeps every core busy with its four processes.
# -k holds the later jobs' outputs in temporary files: on a tmpfs where
# there is one, not on the disk. The other way to keep the order: each job
# writes its own part, and cat joins them in job order.
tmp=/dev/shm; [ -d "$tmp" ] && [ -w "$tmp" ] || tmp=${TMPDIR:-/tmp}
par="parallel --will-cite --tmpdir $tmp --pipepart --block -1 -j$jobs"
parts=$tmp/osce-bench-parts.$$
by_parts() {  # by_parts INPUT COMMAND: the command's outputs, joined in job order
  echo "rm -rf $parts && mkdir $parts && $par -a $1 '$2 > $parts/{#}' && for k in \$(seq $jobs); do cat $parts/\$k; done"
}
row "osce-split, parallel --pipepart -k -j$jobs" "$par -a $input -k $bin/osce-split" /dev/null
awk -v s="$split_wall" -v p="$last_wall" -v j="$jobs" 'BEGIN { printf "  speed-up of parallel -k -j%d over one osce-split process: %.2fx\n", j, s / p }'
row "osce-split, parallel -j$jobs into parts, cat" "$(by_parts "$input" "$bin/osce-split")" /dev/null
awk -v s="$split_wall" -v p="$last_wall" -v j="$jobs" 'BEGIN { printf "  speed-up of parallel -j%d into parts over one osce-split process: %.2fx\n", j, s / p }'
row "strip|split|tag|dates, parallel -k -j$jobs" "$par -a $input -k '$stages'" /dev/null
echo "the five stages from pages ($page_count files, $page_bytes bytes; MB/s of page bytes):"
row "osce-jsonl -r | strip|split|tag|dates" "$bin/osce-jsonl -r $pages | $stages" /dev/null "$page_bytes" "$page_count"
echo "one 100 MB record:"
row "osce-jsonl -x, 100 MB line" "$bin/osce-jsonl -x" "$big" "$(wc -c < "$big")" 1
# Each filter's peak memory on such records, against issue 8's bound of
# twice the largest record plus 32 MB (one run each; memory, not speed).
# MB here and in the table are 10^6 bytes, as in MB/s: time's KiB times 1024.
bound_of() { awk -v b="$(wc -c < "$1")" 'BEGIN { printf "%.1f", 2 * b / 1e6 + 32 }'; }
peak_against() {  # peak_against COMMAND FILE: "peak ok" or "peak OVER", in MB
  runs=1 measure "$1" "$2" | awk -v bound="$(bound_of "$2")" '{ mb = $4 * 1024 / 1e6; printf "%.1f %s", mb, mb <= bound ? "ok" : "OVER" }'
}
printf '%-44s %14s %14s %14s %14s\n' "peak MB on one record of 100 MB; bound:" "$(bound_of "$big") (x's)" \
  "$(bound_of "$big_pages") (pages)" "$(bound_of "$big_menus") (menus)" "$(bound_of "$big_escaped") (\\u)"
for tool in strip split tag dates check; do
  printf '  %-42s %14s %14s %14s %14s\n' "osce-$tool" "$(peak_against "$bin/osce-$tool" "$big")" \
    "$(peak_against "$bin/osce-$tool" "$big_pages")" "$(peak_against "$bin/osce-$tool" "$big_menus")" \
    "$(peak_against "$bin/osce-$tool" "$big_escaped")"
done

# Time must grow with a record as the record does. Three shapes of long
# record that made filters quadratic before: the bundled raw pages over
# and over (a menu and a metadata block each: osce-strip lifted one block a
# pass), items glued on one line with no line end (a search for the line
# end at every sentence), and one item that spells out an abbreviation in
# every paragraph (osce-split searched the item so far for each). Each at
# 4 and 16 MB: a ratio near 4 is linear, one near 16 quadratic.
long_record() {  # long_record SHAPE MB -> path of a record of that shape and size, made this run
  f=$work/long-$1-$2MB.jsonl
  if [ "$(cat "$f.made" 2>/dev/null)" != "$run_id" ]; then
    case $1 in
      pages)
        reps=$(( $2 * 1000000 / $(cat corpus/pages/*.txt | wc -c) + 1 ))
        for _ in $(seq "$reps"); do cat corpus/pages/*.txt; done | head -c "$2"000000 > "$work/long.txt" ;;
      glued) awk -v n="$2"000000 'BEGIN { for (k = 0; s < n; k++) { t = sprintf("The event ended with a declaration.VIENNA, %d June 2021 \342\200\223 The OSCE opened meeting %d today. ", 1 + k % 28, k); printf "%s", t; s += length(t) } }' > "$work/long.txt" ;;
      abbreviations) awk -v n="$2"000000 'BEGIN { for (k = 0; s < n; k++) { a = sprintf("%c%c%c%cX", 65 + k % 26, 65 + int(k / 26) % 26, 65 + int(k / 676) % 26, 65 + int(k / 17576) % 26); t = sprintf("The Agency for Cooperation number %d (%s) met the delegation in Vienna.\n", k, a); printf "%s", t; s += length(t) } }' > "$work/long.txt" ;;
    esac
    "$bin/osce-jsonl" "$work/long.txt" > "$f"
    rm -f "$work/long.txt"
    echo "$run_id" > "$f.made"
  fi
  echo "$f"
}
run_id=$$
echo "seconds on one record of 4 and 16 MB, and their ratio (4 is linear, 16 quadratic):"
printf '  %-42s %22s %22s %22s\n' "" "pages, menus, blocks" "items glued on a line" "abbreviations"
for tool in strip split tag dates check; do
  line=$(printf '  %-42s' "osce-$tool")
  for shape in pages glued abbreviations; do
    small=$(runs=1 measure "$bin/osce-$tool" "$(long_record $shape 4)" | cut -d' ' -f1)
    large=$(runs=1 measure "$bin/osce-$tool" "$(long_record $shape 16)" | cut -d' ' -f1)
    line="$line $(awk -v a="$small" -v b="$large" 'BEGIN { printf "%8.2f %6.2f %5.1fx", a, b, b / (a > 0.01 ? a : 0.01) }')"
  done
  echo "$line"
done

# Peak memory must not grow with the input: each filter once more on an
# input ten times larger (one run each; memory, not speed).
if [ "$big_mb" -gt 0 ]; then
  large=$(corpus "$big_mb")
  echo "peak memory (MB) at two input sizes, largest record $(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$large") bytes at ${big_mb} MB:"
  printf '%-44s %10s %10s\n' command "${mb} MB" "${big_mb} MB"
  for tool in jsonl-x strip split tag dates check; do
    cmd="$bin/osce-$tool"
    [ "$tool" = jsonl-x ] && cmd="$bin/osce-jsonl -x"
    small_kb=$(runs=1 measure "$cmd" "$input" | cut -d' ' -f4)
    large_kb=$(runs=1 measure "$cmd" "$large" | cut -d' ' -f4)
    awk -v n="$cmd" -v a="$small_kb" -v b="$large_kb" 'BEGIN { sub(/.*\//, "", n); printf "%-44s %10.1f %10.1f\n", n, a * 1024 / 1e6, b * 1024 / 1e6 }'
  done
  # GNU parallel's start and its copying of the outputs are a cost that a
  # larger input spreads thinner: the speed-up at this size too. This
  # machine's speed drifts over the minutes such runs take, so each is the
  # faster of two.
  one=$(runs=2 measure "$bin/osce-split" "$large" | cut -d' ' -f1)
  many=$(runs=2 measure "$par -a $large -k $bin/osce-split" /dev/null | cut -d' ' -f1)
  into_parts=$(runs=2 measure "$(by_parts "$large" "$bin/osce-split")" /dev/null | cut -d' ' -f1)
  rm -rf "$parts"
  awk -v s="$one" -v p="$many" -v q="$into_parts" -v j="$jobs" -v m="$big_mb" 'BEGIN {
    printf "speed-up over one osce-split process (%.1f s) at %d MB: parallel -k -j%d %.2fx (%.1f s), into parts %.2fx (%.1f s)\n", s, m, j, s / p, p, s / q, q }'
fi

if [ -x "$bin/osce_micro" ]; then
  echo "micro-benchmarks (Google Benchmark, bundled pages after osce-strip):"
  "$bin/osce_micro" --benchmark_min_time=0.5 2>/dev/null | sed -n '/^BM_/p'
fi
