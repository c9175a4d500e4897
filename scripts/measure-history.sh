#!/usr/bin/env bash
# Measures the History screen of the real app in a virtual X display with Mesa's software OpenGL,
# with a big history, from outside the app (scripts/xlatency.py: an XTest event, then the screen
# read until it changes): the time from a click on "History" to its first frame on the screen,
# the CPU that costs, the time from a click on "Charts" and on the period "All" to their frames,
# the time from a mouse move over the pain chart to the frame that follows it (one frame of the
# screen, end to end), and the CPU used while History is shown and nothing happens.
# Usage: scripts/measure-history.sh HOME_DIR [RUNS]   (HOME_DIR made by
#   cargo run --release --example history_fixture -- HOME_DIR; RUNS opens, default 11)
# Needs: apt-get install -y xvfb xdotool imagemagick libgl1-mesa-dri python3
set -euo pipefail
cd "$(dirname "$0")/.."
fixture=$(realpath "$1")
runs=${2:-11}
bin=${STRETCH_TIMER_BIN:-target/release/stretch-timer}
[ -n "${STRETCH_TIMER_BIN:-}" ] || nice -n 19 cargo build --release --quiet
shots=${SHOTS:-}

. scripts/xvfb-app.sh

cpu() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{s += $1} END {printf "%.0f", s}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Small regions (x,y,w,h) that change when the screen or view is drawn, read quickly, so that
# reading them takes little from the app: the page's heading ("History" or the library's), and a
# strip across the pain chart (the week's prescription text before Charts is chosen).
heading=90,30,110,40
strip=30,240,1050,20

# STRETCH_TIMER_HOME points the app at the fixture (a copy: the app may migrate or mark it).
work=$(mktemp -d /dev/shm/history-measure.XXXXXX)
trap 'cleanup; rm -rf "$work"' EXIT
cp -r "$fixture"/. "$work"/
export STRETCH_TIMER_HOME=$work
launch
sleep 3

opens=() settles=() cpus=()
for _ in $(seq "$runs"); do
  before=$(cpu "$app")
  read -r first settled < <(python3 scripts/xlatency.py click 1062 43 "$heading")
  after=$(cpu "$app")
  opens+=("$first") settles+=("$settled")
  cpus+=("$(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.1f", (a - b) / 1e6}')")
  [ -n "$shots" ] && import -window root "$shots/history.png"
  python3 scripts/xlatency.py click 49 43 "$heading" >/dev/null
done
printf 'click on History to its first frame (ms): %s\n' "${opens[*]}"
printf '  median %s; settled (no change for 300 ms after) median %s\n' \
  "$(printf '%s\n' "${opens[@]}" | median)" "$(printf '%s\n' "${settles[@]}" | median)"
printf 'CPU of the app from the click to settled (ms): %s; median %s\n' "${cpus[*]}" \
  "$(printf '%s\n' "${cpus[@]}" | median)"

python3 scripts/xlatency.py click 1062 43 "$heading" >/dev/null
sleep 1
before=$(cpu "$app"); sleep 10; after=$(cpu "$app")
echo "CPU while History is shown and idle, 10 s: $(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.3f", (a - b) / 1e8}') % of one core"

# Charts (3 months), then a mouse moving over the pain chart: each move draws a frame.
charts() {
  local label=$1 first moves=()
  read -r first _ < <(python3 scripts/xlatency.py click 145 103 "$strip")
  echo "click on Charts ($label) to its first frame (ms): $first"
  [ -n "$shots" ] && import -window root "$shots/charts-$label.png"
  for i in $(seq 20); do
    read -r first _ < <(python3 scripts/xlatency.py move $((300 + (i % 2) * 200)) 250 "$strip")
    moves+=("$first")
  done
  printf 'mouse move over the pain chart (%s) to its frame (ms): %s\n  median %s\n' "$label" \
    "${moves[*]}" "$(printf '%s\n' "${moves[@]}" | median)"
}
charts 3-months

# The whole history: every session of ten years in the charts, worked out again on the click.
read -r first settled < <(python3 scripts/xlatency.py click 450 78 "$strip")
echo "click on the period All to its first frame (ms): $first (settled $settled)"
python3 scripts/xlatency.py click 55 103 "$strip" >/dev/null
charts all
