#!/usr/bin/env bash
# Renders the application icon's PNGs (48, 128 and 256 px) from its SVG, the one drawn source:
#   assets/desktop/io.github.stretch_timer.StretchTimer.svg -> assets/desktop/icons/SIZE/….png
# Run it after changing the SVG, and commit the PNGs (the Debian package installs them as they are).
# Needs rsvg-convert: apt-get install -y librsvg2-bin
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || {
  echo "missing rsvg-convert: apt-get install -y librsvg2-bin" >&2
  exit 2
}
id=io.github.stretch_timer.StretchTimer
svg=assets/desktop/$id.svg
for size in 48 128 256; do
  out=assets/desktop/icons/$size/$id.png
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$out"
  echo "$out"
done
