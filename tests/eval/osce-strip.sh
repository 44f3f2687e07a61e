#!/bin/sh
# osce-strip against corpus/gold/strip/: line-level precision and recall of
# removal (navigation, chrome, metadata and repeated-lead lines are to go,
# content lines to stay; blank lines are not counted), and metadata accuracy
# field by field (corpus/gold/strip/metadata.jsonl).
# usage: osce-strip.sh BIN_DIR
set -eu
bin=$1
gold=corpus/gold/strip
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/all"
: > "$tmp/records"
for labels in "$gold"/*.labels; do
  id=$(basename "$labels" .labels)
  "$bin/osce-jsonl" "corpus/pages/$id.txt" | "$bin/osce-strip" --explain 2> "$tmp/explain" >> "$tmp/records"
  # "ID:LINE: reason (...): text" -> the removed line numbers
  sed -n "s/^$id:\([0-9]*\): .*/\1/p" "$tmp/explain" | sort -n > "$tmp/removed"
  awk -v id="$id" 'FILENAME == ARGV[1] { removed[$1] = 1; next }
       { print id, FNR, $1, (FNR in removed) ? "removed" : "kept" }' "$tmp/removed" "$labels" >> "$tmp/all"
done
awk '$3 == "blank" { next }
     { gold = ($3 != "content"); got = ($4 == "removed")
       if (gold && got) tp++; else if (!gold && got) fp++; else if (gold && !got) fn++
       n[$3]++; if (got) r[$3]++ }
     END {
       p = tp + fp ? tp / (tp + fp) : 1; rc = tp + fn ? tp / (tp + fn) : 1; f = p + rc ? 2 * p * rc / (p + rc) : 0
       printf "removal (non-blank lines): precision %.4f  recall %.4f  F1 %.4f  (tp %d, fp %d, fn %d)\n", p, rc, f, tp, fp, fn
       for (k in n) printf "  %-8s %4d lines, %4d removed\n", k, n[k], r[k] + 0
     }' "$tmp/all" | sort
# Metadata: each gold field (and each field the tool set where gold has none).
jq -c -n --slurpfile gold "$gold/metadata.jsonl" --slurpfile got "$tmp/records" '
  ["type","title","date","place","issued_by","listed_fields"] as $fields
  | [ $gold[] as $g | ($got[] | select(.id == $g.id)) as $r | $fields[] as $f
      | select($g[$f] != null or $r[$f] != null)
      | {field: $f, ok: ($g[$f] == $r[$f])} ]
  | group_by(.field)[] | {field: .[0].field, right: (map(select(.ok)) | length), of: length}' |
  jq -r '"metadata \(.field): \(.right)/\(.of) right"'
