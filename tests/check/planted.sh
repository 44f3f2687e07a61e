#!/bin/sh
# The pipeline's output on corpus/pages passes osce-check with no finding;
# for every rule, that corpus with one defect of the rule planted fails with
# that rule alone, at the line of the planted record.
# usage: planted.sh BIN_DIR CORPUS_DIR SCRATCH_DIR
set -u
bin=$1 corpus=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
clean=$work/clean.jsonl
"$bin/osce-jsonl" -r "$corpus/pages" | "$bin/osce-strip" | "$bin/osce-split" > "$clean" || exit 1
check() { "$bin/osce-check" --strict --today 2026-11-23 --format json "$@"; }

passed=0 failed=0
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

check "$clean" > "$work/out" 2> /dev/null
if [ $? -eq 0 ] && [ ! -s "$work/out" ]; then passed=$((passed + 1)); else fail "clean corpus: $(head -c 300 "$work/out")"; fi

# The planted record: line 1 is a page of one item (no parent); line L the
# press release, also one item.
first=1
press=$(grep -n '"id":"002_dc49ea0e64da2841"' "$clean" | cut -d: -f1)

# plant RULE LINE JQ_FILTER: applies the jq filter to record LINE.
plant() {
  rule=$1 line=$2 filter=$3
  { head -n $((line - 1)) "$clean"; sed -n "${line}p" "$clean" | jq -c "$filter"; tail -n +$((line + 1)) "$clean"; } > "$work/$rule.jsonl"
  expect "$rule" "$line"
}
# replace RULE LINE TEXT: the line becomes TEXT, raw.
replace() {
  rule=$1 line=$2
  { head -n $((line - 1)) "$clean"; printf '%s\n' "$3"; tail -n +$((line + 1)) "$clean"; } > "$work/$rule.jsonl"
  expect "$rule" "$line"
}
expect() {
  check "$work/$1.jsonl" > "$work/out" 2> /dev/null
  status=$?
  wrong=$(jq -r --arg r "$1" --argjson l "$2" 'select(.rule != $r or .line != $l) | "\(.rule) at \(.line)"' "$work/out")
  if [ $status -eq 1 ] && [ -s "$work/out" ] && [ -z "$wrong" ]; then
    passed=$((passed + 1))
  else
    fail "$1 at line $2: status $status, findings: $(jq -r '"\(.rule)@\(.line)"' "$work/out" | tr '\n' ' ')"
  fi
}

zero=$(sed -n 1p "$clean" | jq -r .id)
menu=$(head -n 151 "$corpus/pages/000_6cf9357d5715f58e.txt" | jq -Rs .)

replace invalid-json $first '{"id":"x","text":"unterminated}'
replace not-object $first '[1, 2]'
replace invalid-utf8 $first "$(sed -n 1p "$clean" | sed 's/On 22/On \xff22/')"
plant missing-field $first 'del(.id)'
plant field-type $first '.title = 5'
plant control-character $first '.text += "\u0007"'
plant empty-text $first '.text = " "'
plant duplicate-id "$press" ".id = \"$zero\""
plant duplicate-text "$press" ".text = $(sed -n 1p "$clean" | jq .text)"
plant near-duplicate "$press" ".text = $(sed -n 1p "$clean" | jq '.text | sub("three-day"; "four-day")')"
plant navigation-left $first ".text = $menu + .text"
plant chrome-left $first '.text = "Skip Links\n" + .text'
plant metadata-left $first '.text += "\n- Issued by:\n- OSCE"'
plant unsplit $first '.text = "GENEVA, 1 May 2020 - Talks began.\nVIENNA, 2 May 2020 - Talks ended.\n" + .text'
plant bad-date $first '.date = "2023-02-30"'
plant future-date $first '.date = "2099-01-01"'
plant early-date $first '.date = "1960-05-01"'
plant bad-dates $first '.dates = [{"text": .text[0:2], "value": "2023-13-01", "start": 0, "end": 2}]'
plant unknown-field-of-work $first '.fields_of_work = ["Space exploration"]'
plant unknown-country $first '.countries = ["Turkey"]'
plant unknown-structure $first '.structures = ["ODIHR"]'
plant mojibake $first '.text += " \u00e2\u20ac\u2122"'
# A lost item: the family's last item reports it, whatever its number.
grep -v '"id":"001_6ca1ee426c122e47#3"' "$clean" > "$work/item-numbering.jsonl"
last_item=$(grep -o '"id":"001_6ca1ee426c122e47#[0-9]*"' "$clean" | tail -n 1)
expect item-numbering "$(grep -n "$last_item" "$work/item-numbering.jsonl" | cut -d: -f1)"

rules=$("$bin/osce-check" --list-rules | cut -f1 | sort)
planted=$(ls "$work" | sed -n 's/\.jsonl$//p' | grep -v '^clean$' | sort)
[ "$rules" = "$planted" ] || fail "rules without a planted case: $(echo "$rules" | grep -vxF "$planted" | tr '\n' ' ')"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
