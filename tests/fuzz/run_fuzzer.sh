#!/usr/bin/env bash
# Runs one fuzz target of tests/fuzz for SECONDS:
#   tests/fuzz/run_fuzzer.sh NAME SECONDS [BUILD_DIR] [extra libFuzzer flags...]
# NAME is rules, csv, csv_parallel, xlsx, xlsx_parallel, ods, values, profile, mapping or
# stored_report. The committed seeds
# (tests/fuzz/seeds/NAME) start a working corpus in BUILD_DIR/fuzz/corpus/NAME,
# where new inputs accumulate between runs; a crash is written to
# BUILD_DIR/fuzz/artifacts/ and makes this script fail. The last lines of
# output give the executions and coverage reached (cov:, ft:).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
name="$1"
seconds="$2"
build="${3:-$root/build-fuzz}"
shift $(( $# < 3 ? $# : 3 ))

fuzzer="$build/fuzz/fuzz_$name"
[[ -x "$fuzzer" ]] || { echo "no fuzzer $fuzzer: build the fuzz_targets target" >&2; exit 2; }
corpus="$build/fuzz/corpus/$name"
artifacts="$build/fuzz/artifacts/$name"
mkdir -p "$corpus" "$artifacts"
cp -n "$root/tests/fuzz/seeds/$name"/* "$corpus"/ 2>/dev/null || true

extra=()
case "$name" in
  rules) extra=(-dict="$root/tests/fuzz/rules.dict" "$root/rules/pack" "$root/rules/examples") ;;
  xlsx | xlsx_parallel) extra=(-dict="$root/tests/fuzz/xlsx.dict") ;;
  ods) extra=(-dict="$root/tests/fuzz/ods.dict") ;;
  csv | csv_parallel) extra=(-dict="$root/tests/fuzz/csv.dict") ;;
esac

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "$corpus" "${extra[@]}"
