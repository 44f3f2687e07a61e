#!/bin/sh
# Every n_ file of JSONTestSuite fed to a binary that reads records must end
# with status 2 and a message "PROGRAM: FILE:LINE: ...", never a crash or a
# hang. Files that are only blanks (after a UTF-8 byte-order mark, which
# record readers drop) are an empty record stream, which is valid JSON Lines,
# so they are left out here.
# usage: refuse.sh BIN_DIR TEST_PARSING_DIR
bin=$1 dir=$2
if [ ! -d "$dir" ]; then
  echo "skipped: $dir not found (it comes with ../shared)"
  exit 77
fi
passed=0 failed=0
for f in "$dir"/n_*.json; do
  if ! sed '1s/^\xEF\xBB\xBF//' "$f" | tr -d ' \t\r\n' | grep -q .; then continue; fi
  timeout 10 "$bin/osce-jsonl" --extract "$f" > /dev/null 2> err.tmp
  status=$?
  if [ $status -eq 2 ] && grep -q "^osce-jsonl: $f:[0-9]*: " err.tmp; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $(basename "$f"): status $status: $(head -c 200 err.tmp)"
  fi
done
rm -f err.tmp
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
