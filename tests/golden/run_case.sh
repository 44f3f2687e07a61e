#!/bin/sh
# Runs one golden case: CASE_DIR/cmd, one shell line run by `sh -e` inside the
# case directory with the build's binaries first on PATH and $CORPUS set.
# Compares stdout with expected.out, stderr with expected.err (empty when the
# file is absent) and the exit status with expected.status (0 when absent).
# OSCE_UPDATE=1 rewrites the expectations instead; review them with git diff.
# usage: run_case.sh BIN_DIR CORPUS_DIR CASE_DIR
set -u
bin=$(cd "$1" && pwd) corpus=$(cd "$2" && pwd) case_dir=$3
cd "$case_dir" || exit 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
LC_ALL=C TZ=UTC HOME=/nonexistent PATH="$bin:$PATH" CORPUS="$corpus" \
  sh -e ./cmd > "$out/stdout" 2> "$out/stderr" < /dev/null
echo $? > "$out/status"

if [ "${OSCE_UPDATE:-}" = 1 ]; then
  cp "$out/stdout" expected.out
  if [ -s "$out/stderr" ]; then cp "$out/stderr" expected.err; else rm -f expected.err; fi
  if [ "$(cat "$out/status")" != 0 ]; then cp "$out/status" expected.status; else rm -f expected.status; fi
  exit 0
fi

fail=0
diff -u expected.out "$out/stdout" || fail=1
if [ -f expected.err ]; then
  diff -u expected.err "$out/stderr" || fail=1
elif [ -s "$out/stderr" ]; then
  echo "unexpected stderr:"; cat "$out/stderr"; fail=1
fi
want=0
[ -f expected.status ] && want=$(cat expected.status)
if [ "$(cat "$out/status")" != "$want" ]; then
  echo "exit status $(cat "$out/status"), expected $want"; fail=1
fi
exit $fail
