#!/usr/bin/env bash
# Build times of two revisions, side by side in one run: a cold `cargo test --no-run`, a cold
# `cargo build --release`, and the rebuild after touching one engine file (`cargo test --no-run`,
# and for a revision with the core crate also `cargo test -p stretch-timer-core --no-run`).
#
# Usage: scripts/bench-build.sh BEFORE_REV AFTER_REV
# Each revision is built in its own git worktree with its own empty target folder (the crates
# themselves come from ~/.cargo, already downloaded). Takes a long time on 2 cores: every
# dependency is compiled twice per revision. Prints a Markdown table of seconds (wall clock).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'for w in "$work"/src-*; do git -C "$root" worktree remove --force "$w" >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }'
}

engine_file() {
  if [ -f "$1/crates/stretch-timer-core/src/engine/session.rs" ]; then
    echo "$1/crates/stretch-timer-core/src/engine/session.rs"
  else
    echo "$1/src/engine/session.rs"
  fi
}

echo "| revision | cold cargo test --no-run (s) | cold cargo build --release (s) | after touching engine/session.rs: cargo test --no-run (s) | the same, core tests only (s) |"
echo "| --- | ---: | ---: | ---: | ---: |"
for rev in "$@"; do
  src="$work/src-$rev"
  git worktree add --detach "$src" "$rev" >/dev/null 2>&1
  export CARGO_TARGET_DIR="$work/target-$rev"
  cd "$src"
  cold_test=$(seconds cargo test --no-run --offline)
  cold_release=$(seconds cargo build --release --offline)
  touch "$(engine_file "$src")"
  incr_test=$(seconds cargo test --no-run --offline)
  if [ -d crates/stretch-timer-core ]; then
    touch "$(engine_file "$src")"
    incr_core=$(seconds cargo test -p stretch-timer-core --no-run --offline)
  else
    incr_core="-"
  fi
  cd "$root"
  echo "| $rev | $cold_test | $cold_release | $incr_test | $incr_core |"
  rm -rf "$CARGO_TARGET_DIR"
done
