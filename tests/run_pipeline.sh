#!/bin/sh
# The whole pipeline, as far as it exists, over a directory of pages; writes
# the corpus and prints a short summary. `make run` and a ctest call it.
# usage: run_pipeline.sh BIN_DIR PAGES_DIR OUTPUT.jsonl
set -eu
bin=$1 pages=$2 out=$3
mkdir -p "$(dirname "$out")"
"$bin/osce-jsonl" -r "$pages" | "$bin/osce-strip" | "$bin/osce-split" | "$bin/osce-tag" | "$bin/osce-dates" > "$out"

records=$(wc -l < "$out")
bytes=$(wc -c < "$out")
pages_n=$(find "$pages" -type f ! -name '.*' | wc -l)
if [ "$records" -lt "$pages_n" ]; then
  echo "run_pipeline: expected at least $pages_n records, got $records" >&2
  exit 1
fi
echo "pipeline: osce-jsonl -r $pages | osce-strip | osce-split | osce-tag | osce-dates"
echo "wrote $out: $records records, $bytes bytes (from $(find "$pages" -type f ! -name '.*' -exec cat {} + | wc -c) bytes of pages)"
echo "pages and their items:"
jq -r '.parent // .id' "$out" | uniq -c | awk '{printf "  %-24s %3d item(s)\n", $2, $1}'
echo "first records:"
jq -r '"  \(.id)  \(.date // "-")  \(.place // "-")  \((.title // .text)[0:60] | gsub("\n"; " "))"' "$out" | head -n 12
echo "check:"
"$bin/osce-check" "$out"
