#!/bin/sh
# The benchmark's corpus generator: the same seed gives the same bytes (runs
# repeat), another seed other records, the size asked for is reached, and
# every line is a record the tools read.
# usage: generator_repeats.sh BIN_DIR PAGES_DIR WORK_DIR
set -eu
bin=$1 pages=$2 work=$3
mkdir -p "$work"
gen() { "$bin/osce_corpus_gen" --megabytes 1 --seed "$1" --pages "$pages"; }
gen 3 > "$work/a.jsonl"
gen 3 > "$work/b.jsonl"
gen 4 > "$work/c.jsonl"
cmp "$work/a.jsonl" "$work/b.jsonl" || { echo "seed 3 twice: different corpora" >&2; exit 1; }
if cmp -s "$work/a.jsonl" "$work/c.jsonl"; then echo "seeds 3 and 4: the same corpus" >&2; exit 1; fi
[ "$(wc -c < "$work/a.jsonl")" -ge 1000000 ] || { echo "fewer bytes than asked for" >&2; exit 1; }
# Every record reads back (osce-jsonl -x refuses an invalid line with status 2).
"$bin/osce-jsonl" -x "$work/a.jsonl" > /dev/null
echo "seed 3: $(wc -l < "$work/a.jsonl") records, the same bytes twice; seed 4 gives others"
