#!/bin/sh
# Prints each tool's accuracy against corpus/gold/. Each tool with gold
# annotations has an evaluator tests/eval/<tool>.sh, which prints its own
# precision, recall and F1 lines; this runs them all.
# usage: run.sh BIN_DIR
set -eu
bin=$1
here=$(dirname "$0")
found=0
for evaluator in "$here"/osce-*.sh; do
  [ -e "$evaluator" ] || continue
  found=1
  echo "== $(basename "$evaluator" .sh)"
  "$evaluator" "$bin"
done
if [ $found = 0 ]; then
  echo "no tool has gold annotations yet: osce-strip, osce-split, osce-tag and osce-dates add theirs"
  echo "(corpus/gold/) and an evaluator here as they land."
fi
