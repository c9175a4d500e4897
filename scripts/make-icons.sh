#!/usr/bin/env bash
# Renders the application icon's PNGs (48, 128 and 256 px) from its SVG, the one drawn source:
#   assets/desktop/io.github.stretch_timer.StretchTimer.svg -> assets/desktop/icons/SIZE/….png
# and the Windows program's icon from the 256 px one (16 to 256 px in one file):
#   -> assets/windows/stretch-timer.ico
# Run it after changing the SVG, and commit the PNGs and the .ico (the Debian package installs the
# PNGs as they are; build.rs compiles the .ico into the Windows program).
# Needs rsvg-convert and ImageMagick: apt-get install -y librsvg2-bin imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || {
  echo "missing rsvg-convert: apt-get install -y librsvg2-bin" >&2
  exit 2
}
command -v convert >/dev/null || {
  echo "missing convert: apt-get install -y imagemagick" >&2
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
ico=assets/windows/stretch-timer.ico
mkdir -p "$(dirname "$ico")"
convert "assets/desktop/icons/256/$id.png" -define icon:auto-resize=256,64,48,32,24,16 "$ico"
echo "$ico"
