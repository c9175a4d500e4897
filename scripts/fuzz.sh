#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ (libFuzzer, nightly toolchain), each seeded from tests/data.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   default: 60 seconds each, every target. FUZZ_RUNS=N stops a target after N executions if that
#   comes first (the issue's full run: FUZZ_RUNS=10000000 scripts/fuzz.sh 1800). Findings go to fuzz/artifacts/TARGET/; every crash
#   found is fixed and kept as a test in the normal suite (see BENCHMARKS.md, "Fuzzing").
# Needs: rustup's nightly toolchain and `cargo install cargo-fuzz`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(routine_loader share_import draft_check engine history_file)
fi

seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case "$target" in
    routine_loader)
      cp routines/*.ron tests/data/valid/*.ron tests/data/broken/*.ron tests/data/docs/*.ron "$dir"/ ;;
    share_import)
      cp tests/data/share/*.zip "$dir"/ ;;
    history_file)
      for dump in tests/data/history/*.sql; do
        rm -f "$dir/$(basename "$dump" .sql).sqlite3"
        python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[2]); c.executescript(open(sys.argv[1]).read()); c.commit()' \
          "$dump" "$dir/$(basename "$dump" .sql).sqlite3"
      done ;;
    *) ;;
  esac
}

found=0
for target in "${targets[@]}"; do
  seed "$target"
  echo "== $target: $seconds s"
  log=$(mktemp)
  # -rss_limit_mb: a routine or package that needs more than this is a finding too.
  if ! cargo +nightly fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -runs="${FUZZ_RUNS:--1}" -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    found=1
    echo "FINDING in $target (see fuzz/artifacts/$target/):"
    grep -E 'panicked|SUMMARY|ERROR|Test unit written' "$log" | head -20
  fi
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^#[0-9]+[[:space:]]+DONE[[:space:]]+cov' "$log" || true
  rm -f "$log"
done
exit "$found"
