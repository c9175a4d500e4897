#!/usr/bin/env bash
# Screenshots of what a person sees, taken from the real app in a virtual X display:
#   library.png, overview.png, player-hold.png, player-large-text.png, finished.png
# Usage: scripts/screenshot.sh [OUT_DIR]   (default: target/screenshots)
# Needs Debian's xvfb, imagemagick (import) and xdotool, and Mesa's OpenGL (libgl1-mesa-dri):
#   apt-get install -y xvfb imagemagick xdotool libgl1-mesa-dri
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshots}
for tool in Xvfb import xdotool; do
  command -v "$tool" >/dev/null || {
    echo "missing $tool: apt-get install -y xvfb imagemagick xdotool libgl1-mesa-dri" >&2
    exit 2
  }
done
cargo build --release --quiet
bin=$PWD/target/release/stretch-timer
mkdir -p "$out"

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
export DISPLAY=$display
sleep 1

# Starts the app with the given arguments, with its own settings, and waits for its window.
launch() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" "$@" >/dev/null 2>&1 &
  app=$!
  for _ in $(seq 50); do
    xdotool search --name '^stretch-timer$' >/dev/null 2>&1 && break
    sleep 0.2
  done
  sleep 1.5
}
shot() { import -window root "$out/$1"; echo "$out/$1"; }
# Types keys into the app's window (no window manager here: focus it directly).
key() {
  local window
  window=$(xdotool search --name '^stretch-timer$' | head -n 1)
  xdotool windowfocus --sync "$window"
  xdotool key "$@"
  sleep 0.6
}

launch
shot library.png

launch standing-psoas
shot overview.png

# Mid-hold: skip the preparation, let the hold run a few seconds.
launch supine-bench-psoas --start
key n
sleep 2.2
shot player-hold.png

# The finish screen: skip every phase of a short routine.
launch tests/data/valid/minimal.ron --start
key n
key n
sleep 1
shot finished.png
