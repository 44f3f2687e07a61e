#!/bin/sh
# Writes man/osce-X.1 (help2man over the binary's --help, plus the prose in
# man/osce-X.x) and completions/{bash,zsh,fish} (the binary's --generate) for
# every binary, into OUT_ROOT (the source tree for `make docs`, a scratch
# directory for the drift test). The output is byte-stable: the date and the
# version are pinned, and the git revision stays out.
# usage: generate.sh BIN_DIR SOURCE_DIR VERSION [OUT_ROOT]
set -eu
bin=$1 src=$2 version=$3 out=${4:-$2}
# The man pages' date: the day this version's interface was fixed. Bump it
# with the version.
export SOURCE_DATE_EPOCH=1795392000 TZ=UTC LC_ALL=C
mkdir -p "$out/man" "$out/completions/bash" "$out/completions/zsh" "$out/completions/fish"
for x in "$src"/man/osce-*.x; do
  tool=$(basename "$x" .x)
  # The NAME line is the CLI::App description, the first line of --help.
  purpose=$("$bin/$tool" --help | head -n 1 | sed 's/\.$//')
  # (help2man writes what it cannot encode in its locale as "?": the prose
  # has UTF-8, "Türkiye", Cyrillic months. C.UTF-8 is in every glibc.)
  LC_ALL=C.UTF-8 help2man --locale=C.UTF-8 --no-info --section=1 --name="$purpose" --source="osce-tools $version" \
    --version-string="$version" --manual="osce-tools manual" --include="$x" --output="$out/man/$tool.1" "$bin/$tool"
  "$bin/$tool" --generate=bash > "$out/completions/bash/$tool"
  "$bin/$tool" --generate=zsh > "$out/completions/zsh/_$tool"
  "$bin/$tool" --generate=fish > "$out/completions/fish/$tool.fish"
done
