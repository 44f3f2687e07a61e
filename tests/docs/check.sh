#!/bin/sh
# Fails when the committed man pages or completions differ from what the
# binaries' CLI11 definitions generate now ("run make docs"), when an option
# of a binary's --help is missing from its man page or a completion, or when
# a man page does not render cleanly.
# usage: check.sh BIN_DIR SOURCE_DIR VERSION SCRATCH_DIR
set -u
bin=$1 src=$2 version=$3 scratch=$4
rm -rf "$scratch"
"$src/tests/docs/generate.sh" "$bin" "$src" "$version" "$scratch" || exit 1
fail=0
for f in $(cd "$scratch" && find man completions -type f | sort); do
  if ! diff -u "$src/$f" "$scratch/$f"; then
    echo "$f is out of date: run make docs"
    fail=1
  fi
done
for x in "$src"/man/osce-*.x; do
  tool=$(basename "$x" .x)
  [ -x "$bin/$tool" ] || { echo "$tool has a man/$tool.x but no binary"; fail=1; continue; }
  for opt in $("$bin/$tool" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
    for f in "man/$tool.1" "completions/bash/$tool" "completions/zsh/_$tool" "completions/fish/$tool.fish"; do
      probe=$opt
      case $f in
        man/*) probe=$(printf '%s' "$opt" | sed 's/-/\\-/g') ;;
        *.fish) probe="-l ${opt#--}" ;;
      esac
      grep -qF -- "$probe" "$src/$f" || { echo "$f does not mention $opt"; fail=1; }
    done
  done
done
for tool_bin in "$bin"/osce-*; do
  tool=$(basename "$tool_bin")
  [ -f "$src/man/$tool.x" ] || { echo "$tool has no man/$tool.x"; fail=1; }
done
for page in "$src"/man/*.1 "$src"/man/*.7; do
  # (-k and -Tutf8: through preconv to a terminal, as man reads a page:
  # the prose has UTF-8, "Türkiye", Cyrillic months.)
  warnings=$(groff -k -Tutf8 -man -ww -z "$page" 2>&1)
  [ -z "$warnings" ] || { echo "$page: $warnings"; fail=1; }
done
[ $fail -eq 0 ] && echo "docs in step"
exit $fail
