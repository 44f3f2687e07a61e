#!/bin/sh
# Runs every fuzz target for SECONDS, seeded with the bundled pages, the
# pipeline's records and JSONTestSuite's files. A crash or a broken property
# leaves its input in build-fuzz/artifacts/ and fails the run; add that input
# as a regression test (tests/golden or a unit test) before fixing it.
#
# Two modes. Exploring (SECONDS): a random seed, a time limit, and the corpus
# each target grew in earlier runs. Repeatable (RUNS and SEED set, as CI runs
# it): a fixed number of inputs from a fixed seed and the seed files only, so
# that every run of a commit tries the same inputs, in any checkout and on a
# machine like this one; a time limit would make what gets tried depend on
# the machine's speed.
# usage: run.sh FUZZ_BIN_DIR SECONDS [RUNS SEED]
set -eu
bin=$1 seconds=$2 runs=${3:-} seed_number=${4:-0}
root=$(dirname "$bin")
seeds=$root/seeds
rm -rf "$seeds" && mkdir -p "$seeds/pages" "$seeds/records" "$root/artifacts"
cp corpus/pages/* tests/fuzz/regressions/* "$seeds/pages/"
for forms in tests/golden/osce-dates/*/forms.txt; do
  cp "$forms" "$seeds/pages/dates-$(basename "$(dirname "$forms")").txt"
done
n=0
for page in corpus/pages/*.txt; do
  # One record per seed file: the records osce-jsonl makes of the pages.
  build/bin/osce-jsonl "$page" > "$seeds/records/page-$n.jsonl" 2>/dev/null || true
  n=$((n + 1))
done
if [ -d ../shared/jsontestsuite/test_parsing ]; then
  cp ../shared/jsontestsuite/test_parsing/* "$seeds/records/"
fi
# Repeatable also needs the same addresses: code paths depend on where a
# buffer lies (simdjson copies an input that ends near a page boundary, the
# byte masks load an unaligned head), so the coverage that steers libFuzzer
# does too. setarch -R turns address randomization off for the fuzzer alone.
# The environment too: its strings sit on the stack and shift what lies
# below them, so the fuzzer gets the same few variables wherever it runs
# (its paths are all relative to the checkout; the symbolizer is in /usr/bin).
norandom=
if [ -n "$runs" ]; then
  norandom="env -i PATH=/usr/bin:/bin LC_ALL=C"
  if setarch "$(uname -m)" -R true 2>/dev/null; then norandom="$norandom setarch $(uname -m) -R"; fi
fi
status=0
for target in record strip split tag dates check; do
  # The record reader and osce-check run on small inputs some twenty times
  # as fast as the page tools: in the repeatable mode they get as many more.
  case $target in
    record|check) seed=$seeds/records scale=20 ;;
    *) seed=$seeds/pages scale=1 ;;
  esac
  if [ -n "$runs" ]; then
    work=$root/corpus-$target-repeatable
    rm -rf "$work"
    limit="-runs=$((runs * scale)) -seed=$seed_number -reload=0"
    echo "fuzzing $target for $((runs * scale)) inputs from seed $seed_number"
  else
    work=$root/corpus-$target
    limit="-max_total_time=$seconds"
    echo "fuzzing $target for ${seconds}s"
  fi
  mkdir -p "$work"
  # shellcheck disable=SC2086 # $limit and $norandom are several words
  if ! $norandom "$bin/fuzz_$target" "$work" "$seed" $limit -timeout=10 -rss_limit_mb=4096 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$root/artifacts/$target-" > "$root/fuzz-$target.log" 2>&1; then
    echo "fuzz_$target failed; see $root/fuzz-$target.log and $root/artifacts/"
    tail -n 30 "$root/fuzz-$target.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$root/fuzz-$target.log" | tail -n 2
  fi
done
exit $status
