#!/bin/sh
# Scale-out keeps the output: the pipeline run by GNU parallel over parts of
# a corpus, outputs kept in input order (-k), gives the bytes of one serial
# run. Two corpora: the bundled pages' records, one record per job (--pipe
# -N 1); and 2 MB of generated records cut into 64 KB blocks (--pipepart),
# so that page boundaries fall everywhere. The same blocks, each job writing
# its own part and the parts joined in job order, give those bytes too.
# usage: parallel_identity.sh BIN_DIR PAGES_DIR WORK_DIR
set -eu
bin=$1 pages=$2 work=$3
command -v parallel > /dev/null || { echo "GNU parallel is not installed (make deps)" >&2; exit 77; }
mkdir -p "$work"
stages="$bin/osce-strip | $bin/osce-split | $bin/osce-tag | $bin/osce-dates"

same() {  # same NAME SERIAL PARALLEL
  [ -s "$2" ] || { echo "$1: the serial run wrote nothing" >&2; exit 1; }
  cmp "$2" "$3" || { echo "$1: parallel output differs from the serial run" >&2; exit 1; }
  echo "$1: $(wc -l < "$2") records, identical to one serial run"
}

"$bin/osce-jsonl" -r "$pages" > "$work/bundled.jsonl"
sh -c "$stages" < "$work/bundled.jsonl" > "$work/bundled.serial"
parallel --will-cite --pipe -N 1 -k -j 4 "$stages" < "$work/bundled.jsonl" > "$work/bundled.parallel"
same "bundled pages, --pipe -N 1 -k" "$work/bundled.serial" "$work/bundled.parallel"

"$bin/osce_corpus_gen" --megabytes 2 --seed 7 --pages "$pages" > "$work/generated.jsonl"
sh -c "$stages" < "$work/generated.jsonl" > "$work/generated.serial"
parallel --will-cite --pipepart -a "$work/generated.jsonl" --block 64k -k -j 4 "$stages" > "$work/generated.parallel"
same "2 MB generated, --pipepart --block 64k -k" "$work/generated.serial" "$work/generated.parallel"

rm -rf "$work/parts" && mkdir "$work/parts"
parallel --will-cite --pipepart -a "$work/generated.jsonl" --block 64k -j 4 "$stages > $work/parts/{#}"
parts=$(ls "$work/parts" | wc -l)
for k in $(seq "$parts"); do cat "$work/parts/$k"; done > "$work/generated.parts"
same "2 MB generated, $parts parts joined in job order" "$work/generated.serial" "$work/generated.parts"
