#!/usr/bin/env bash
# Checks that a change kept what other people's scripts and ears depend on: for every routine in
# routines/ and tests/data/valid, `plan --json` and `plan --cues` print the same bytes, and
# `render` writes the same WAV (both cue styles), at REV and in the working tree.
#
# Usage: scripts/same-outputs.sh [REV]   (default: HEAD)
# Builds REV in a temporary git worktree with the same target folder (only the project's own crates
# are compiled again). Exit code 0: all the same; 1: something differs (listed).
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
root=$(pwd)
target=${CARGO_TARGET_DIR:-$root/target}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach "$work/base" "$rev" >/dev/null
(cd "$work/base" && CARGO_TARGET_DIR="$target" cargo build --quiet --bin stretch-timer)
cp "$target/debug/stretch-timer" "$work/before"
cargo build --quiet --bin stretch-timer
cp "$target/debug/stretch-timer" "$work/after"

export STRETCH_TIMER_HOME="$work/home"
routines=(routines/*.ron routines/*/*.ron tests/data/valid/*.ron tests/data/valid/*/*.ron)
differ=0
for f in "${routines[@]}"; do
  for args in "--json" "--cues"; do
    if ! cmp -s <("$work/before" plan "$f" $args) <("$work/after" plan "$f" $args); then
      echo "differs: plan $f $args"
      differ=1
    fi
  done
  for style in both tones; do
    "$work/before" render "$f" --style "$style" --out "$work/before.wav" >/dev/null 2>&1
    "$work/after" render "$f" --style "$style" --out "$work/after.wav" >/dev/null 2>&1
    if ! cmp -s "$work/before.wav" "$work/after.wav"; then
      echo "differs: render $f --style $style"
      differ=1
    fi
  done
done
if [ "$differ" = 0 ]; then
  echo "same: plan --json, plan --cues and render for ${#routines[@]} routines, $rev and the working tree"
fi
exit "$differ"
