#!/bin/sh
# `make install` honours DESTDIR and PREFIX: every binary lands with its man
# page and its bash, zsh and fish completions, and osce(7).
# usage: install_check.sh BUILD_DIR SCRATCH_DIR
set -eu
build=$1 root=$2
rm -rf "$root"
DESTDIR="$root" cmake --install "$build" --prefix /opt/osce > /dev/null
fail=0
for tool in "$build"/bin/osce-*; do
  t=$(basename "$tool")
  for f in bin/$t share/man/man1/$t.1 share/bash-completion/completions/$t \
           share/zsh/site-functions/_$t share/fish/vendor_completions.d/$t.fish; do
    [ -e "$root/opt/osce/$f" ] || { echo "missing: /opt/osce/$f"; fail=1; }
  done
done
[ -e "$root/opt/osce/share/man/man7/osce.7" ] || { echo "missing: osce.7"; fail=1; }
"$root/opt/osce/bin/osce-jsonl" --version > /dev/null || fail=1
rm -rf "$root"
[ $fail = 0 ] && echo "installed into DESTDIR/PREFIX"
exit $fail
