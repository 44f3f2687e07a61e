#!/bin/sh
# osce_split_eval --pages, on pages of one item each made from the bundled
# ones: seeds 000 and 002 as they are (menus and all), and the twenty news
# items of seed 001, cut from its stripped text at its gold boundaries.
# Checks that every page but each run's first is a boundary counted once in
# the form that strips pages one by one, and that the report is the
# expected one (tests/eval/pages_eval.expected; OSCE_UPDATE=1 rewrites it),
# and that each scorer tells a directory that is not there.
# usage: pages_eval.sh BIN_DIR CORPUS_DIR WORK_DIR
set -eu
bin=$1 corpus=$2 work=$3 here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/pages" "$work/stripped"
cp "$corpus"/pages/000_*.txt "$corpus"/pages/002_*.txt "$work/pages/"
"$bin/osce-jsonl" "$corpus"/pages/001_*.txt | "$bin/osce-strip" | "$bin/osce-jsonl" -x --to "$work/stripped"
# (An item glued to the end of the one above starts inside a line: there the
# line is cut where its gold snippet begins.)
awk -F'\t' -v out="$work/pages/item" '
  NR == FNR { start[$1] = $2; next }
  FNR in start {
    at = index($0, start[FNR])
    if (at > 1) { print substr($0, 1, at - 1) > (out "-" n ".txt"); $0 = substr($0, at) }
    n++
  }
  n { print > (out "-" n ".txt") }' "$corpus"/gold/split/001_*.items "$work"/stripped/*.txt
made=$(ls "$work/pages" | wc -l)
[ "$made" -eq 22 ] || { echo "expected 22 pages, made $made" >&2; exit 1; }

# (The report names the directory: the expected one has it as WORK.)
"$bin/osce_split_eval" --pages "$work/pages" | sed "s|$work/pages|WORK|" > "$work/report"
runs=$(sed -n 's/.* in \([0-9]*\) runs .*/\1/p' "$work/report")
counted=$(awk '/^pages stripped one by one/ {
    gsub(/[(),]/, "")
    for (i = 1; i < NF; i++) if ($i == "tp" || $i == "fn") s += $(i + 1)
  } END { print s }' "$work/report")
[ "$counted" -eq $((22 - runs)) ] || {
  echo "boundaries counted: $counted, expected $((22 - runs)) (22 pages, $runs runs)" >&2
  exit 1
}
if [ "${OSCE_UPDATE:-0}" = 1 ]; then cp "$work/report" "$here/pages_eval.expected"; fi
diff -u "$here/pages_eval.expected" "$work/report"

# --drop-cut-lines: a page of 1,500 bytes or more whose last line (over 30
# characters) ends in a letter lost that line's end to an excerpt's cut; a
# line that ends a sentence, or a short page, keeps it.
mkdir -p "$work/cut"
long=$(awk 'BEGIN { for (i = 0; i < 40; i++) printf "The Mission held a course for judges in the capital. " }')
printf 'A headline\n\n%s\n\nThe course covered the quality of education in different languages in Koso\n' \
  "$long" > "$work/cut/a.txt"
printf 'Another headline\n\n%s\n\nThe course ended with a visit to the courts of the region.\n' "$long" \
  > "$work/cut/b.txt"
printf 'A short page\n\nThe Mission opened an office in the north of the country in Koso\n' > "$work/cut/c.txt"
"$bin/osce_split_eval" --pages "$work/cut" --drop-cut-lines > "$work/cut.report"
grep -q "^  (1 page's last line dropped as cut mid-sentence)$" "$work/cut.report" || {
  echo "--drop-cut-lines on one cut page of three said:" >&2
  cat "$work/cut.report" >&2
  exit 1
}

# `make eval PAGES=dir` with a directory that is not there: told, status 2.
for tool in split tag dates; do
  status=0
  if [ $tool = split ]; then set -- --pages "$work/none"; else set -- "$work/none"; fi
  "$bin/osce_${tool}_eval" "$@" > /dev/null 2> "$work/error" || status=$?
  [ "$status" -eq 2 ] && grep -q "^$bin/osce_${tool}_eval: .*$work/none" "$work/error" || {
    echo "osce_${tool}_eval on a missing directory: status $status, said:" >&2
    cat "$work/error" >&2
    exit 1
  }
done
