#!/usr/bin/env bash
# The app's resident memory with a step's photo in the player: no photo, a 640 × 480 photo and a
# 48-megapixel (8000 × 6000, EXIF orientation 6) phone photo, side by side, in a virtual X
# display with Mesa's software OpenGL. Each is started three times, in turn; medians of VmRSS 8 s
# after the player shows (the photo decoded and drawn) and of VmHWM (the peak).
# Usage: scripts/measure-photo-memory.sh [SHOT_DIR]   (SHOT_DIR: keep a screenshot of each)
# Needs: apt-get install -y xvfb xdotool libgl1-mesa-dri imagemagick libimage-exiftool-perl
set -euo pipefail
cd "$(dirname "$0")/.."
shots=${1:-}
bin=${STRETCH_TIMER_BIN:-target/release/stretch-timer}
[ -n "${STRETCH_TIMER_BIN:-}" ] || cargo build --release --quiet

. scripts/xvfb-app.sh

work=$(mktemp -d)
trap 'cleanup; rm -rf "$work"' EXIT
mkdir -p "$work/none" "$work/small" "$work/large"
convert -size 8000x6000 plasma:fractal -quality 90 "$work/large/photo.jpg"
exiftool -q -overwrite_original -n -Orientation=6 "$work/large/photo.jpg"
convert "$work/large/photo.jpg" -resize 640x480 -quality 90 "$work/small/photo.jpg"
for kind in none small large; do
  image=
  [ "$kind" = none ] || image=', image: "photo.jpg"'
  printf 'Routine(format: 1, name: "Photo", steps: [Step(name: "Bench psoas stretch", hold: 60, prepare: 30%s)])\n' \
    "$image" >"$work/$kind/routine.ron"
done
echo "large photo: $(stat -c %s "$work/large/photo.jpg") bytes; small: $(stat -c %s "$work/small/photo.jpg") bytes"

kib() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status"; }
declare -A rss hwm
for round in 1 2 3; do
  for kind in none small large; do
    launch "$work/$kind/routine.ron" --start
    # "Skip" on the pain question that comes before the routine (1100 × 760 window).
    sleep 1
    xdotool mousemove 95 710 click 1
    sleep 8
    rss[$kind]+="$(kib "$app" VmRSS) "
    hwm[$kind]+="$(kib "$app" VmHWM) "
    if [ -n "$shots" ] && [ "$round" = 1 ]; then
      import -window root "$shots/photo-$kind.png"
    fi
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] / 1024}'; }
printf '%-6s %10s %10s   (MiB, medians of 3)\n' photo resident peak
for kind in none small large; do
  printf '%-6s %10s %10s   runs: %s\n' "$kind" "$(echo "${rss[$kind]}" | median)" \
    "$(echo "${hwm[$kind]}" | median)" "${rss[$kind]}"
done
