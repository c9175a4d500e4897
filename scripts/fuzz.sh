#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ (libFuzzer, nightly toolchain), each starting from its corpus
# in the repository, fuzz/corpus/TARGET/ (seeds, and inputs earlier runs found), which `cargo test`
# replays through the same code (tests/it/fuzz_corpus.rs, and the core's).
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   default: 60 seconds each, every target. FUZZ_RUNS=N stops a target after N executions if that
#   comes first. What a run finds is written to fuzz/work/TARGET/ (not in the repository), crashes
#   to fuzz/artifacts/TARGET/: every crash found is fixed and kept as a test in the normal suite
#   (see BENCHMARKS.md, "Fuzzing").
#   FUZZ_KEEP=N: after the run, copies into fuzz/corpus/TARGET/ the N finds (at most) that reach
#   the most code the corpus does not (libFuzzer's merge, then scripts/fuzz-keep.py), so that the
#   repository keeps a small corpus that `cargo test` replays in seconds.
# Needs: rustup's nightly toolchain and `cargo install cargo-fuzz`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(routine_loader share_import draft_check engine history_file history_export reminder_store)
fi

found=0
for target in "${targets[@]}"; do
  work=fuzz/work/$target
  mkdir -p "$work"
  echo "== $target: $seconds s"
  log=$(mktemp)
  # -rss_limit_mb: a routine or package that needs more than this is a finding too.
  if ! cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$work" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -runs="${FUZZ_RUNS:--1}" -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    found=1
    echo "FINDING in $target (see fuzz/artifacts/$target/):"
    grep -E 'panicked|SUMMARY|ERROR|Test unit written' "$log" | head -20
  fi
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^#[0-9]+[[:space:]]+DONE[[:space:]]+cov' "$log" || true
  rm -f "$log"
  if [ -n "${FUZZ_KEEP:-}" ]; then
    control=$(mktemp)
    merged=$(mktemp -d)
    # The corpus first: libFuzzer counts what it reaches as reached already.
    cp -r "fuzz/corpus/$target"/. "$merged"/
    cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$merged" "$work" -- \
      -merge=1 -merge_control_file="$control" -rss_limit_mb=2048 >/dev/null 2>&1
    python3 scripts/fuzz-keep.py "$control" "fuzz/corpus/$target" "$FUZZ_KEEP"
    rm -rf "$control" "$merged"
  fi
done
exit "$found"
