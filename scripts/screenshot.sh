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

. scripts/xvfb-app.sh

shot() { sleep 1.5; import -window root "$out/$1"; echo "$out/$1"; }
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
