#!/bin/sh
# The whole pipeline, as far as it exists, over a directory of pages; writes
# the corpus and prints a short summary. `make run` and a ctest call it.
# usage: run_pipeline.sh BIN_DIR PAGES_DIR OUTPUT.jsonl
set -eu
bin=$1 pages=$2 out=$3
mkdir -p "$(dirname "$out")"
"$bin/osce-jsonl" -r "$pages" | "$bin/osce-strip" > "$out"

records=$(wc -l < "$out")
bytes=$(wc -c < "$out")
pages_n=$(find "$pages" -type f ! -name '.*' | wc -l)
if [ "$records" -ne "$pages_n" ]; then
  echo "run_pipeline: expected $pages_n records, got $records" >&2
  exit 1
fi
echo "pipeline: osce-jsonl -r $pages | osce-strip"
echo "wrote $out: $records records, $bytes bytes (from $(find "$pages" -type f ! -name '.*' -exec cat {} + | wc -c) bytes of pages)"
jq -r '"  \(.id)  \(.text | length) chars kept  \(.type // "-")  \((.title // "")[0:60])"' "$out"
