#!/usr/bin/env bash
# Build times of two revisions, side by side in one run: a cold `cargo test --no-run`, a cold
# `cargo build --release`, and the rebuild after touching one engine file (`cargo test --no-run`,
# and for a revision with the core crate also `cargo test -p stretch-timer-core --no-run`).
#
# Usage: scripts/bench-build.sh BEFORE_REV AFTER_REV
# Each revision is built in its own git worktree with its own empty target folder (the crates
# themselves come from ~/.cargo, already downloaded). Takes a long time on 2 cores: every
# dependency is compiled twice per revision. Prints a Markdown table: each cell is the CPU time
# (user + system, of cargo and every compiler it ran) and, in brackets, the wall-clock time, in
# seconds. On a shared machine the CPU time is the figure to compare: other work stretches the
# wall clock but hardly the work done.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'for w in "$work"/src-*; do git -C "$root" worktree remove --force "$w" >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT

seconds() {
  local times
  times=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 )
  awk '{ printf "%.0f (%.0f)", $2 + $3, $1 }' <<<"$times"
}

engine_file() {
  if [ -f "$1/crates/stretch-timer-core/src/engine/session.rs" ]; then
    echo "$1/crates/stretch-timer-core/src/engine/session.rs"
  else
    echo "$1/src/engine/session.rs"
  fi
}

echo "| revision | cold cargo test --no-run: CPU s (wall s) | cold cargo build --release | after touching engine/session.rs: cargo test --no-run | the same, core tests only |"
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
    # Building one package alone unifies its dependencies' features differently from the whole
    # workspace: the first such build compiles those dependencies again. Warm that up first, so
    # the figure is the rebuild after an edit, not a one-time cost.
    cargo test -p stretch-timer-core --no-run --offline >/dev/null 2>&1
    touch "$(engine_file "$src")"
    incr_core=$(seconds cargo test -p stretch-timer-core --no-run --offline)
  else
    incr_core="-"
  fi
  cd "$root"
  echo "| $rev | $cold_test | $cold_release | $incr_test | $incr_core |"
  rm -rf "$CARGO_TARGET_DIR"
done
