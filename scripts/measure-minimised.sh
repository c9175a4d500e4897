#!/usr/bin/env bash
# A routine minimised before its end, under a real window manager (openbox on Xvfb), where eframe
# draws nothing and calls only App::logic: a 7 s routine is started, its window minimised at once
# and brought back 20 s later; then the finish screen is left and the history printed. The end
# recorded must be 7 s after the start, not when the window came back.
# Usage: [STRETCH_TIMER_BIN=BINARY] scripts/measure-minimised.sh [SCREENSHOT.png]
# Needs Debian's xvfb, openbox, xdotool, x11-utils (xprop) and imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${STRETCH_TIMER_BIN:-target/debug/stretch-timer}")
shot=${1:-}
. scripts/xvfb-app.sh
openbox >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null || true; cleanup' EXIT
sleep 1
user=$home/user
routine=$home/seven.ron
echo 'Routine(format: 1, name: "Seven seconds", steps: [Step(name: "Stretch", hold: 5, prepare: "2s", countdown: 0)])' >"$routine"
launch --home "$user" --start "$routine"
window=$(xdotool search --onlyvisible --name '^stretch-timer$' | head -n 1)
sleep 2
# The pain question before it starts: a digit answers it.
xdotool windowactivate --sync "$window" key 5
started=$(date +%s.%N)
xdotool windowminimize --sync "$window"
xprop -id "$window" WM_STATE | grep -q Iconic || { echo "the window was not minimised" >&2; exit 1; }
echo "minimised $(awk -v a="$(date +%s.%N)" -v b="$started" 'BEGIN {printf "%.2f", a - b}') s after the start; waiting 20 s"
sleep 20
xdotool windowmap --sync "$window" windowactivate --sync "$window"
sleep 2
[ -n "$shot" ] && import -window root "$shot" && echo "$shot"
# Closed from the window manager (Alt+F4): the session is recorded with what was answered.
xdotool windowactivate --sync "$window" key alt+F4
wait "$app" 2>/dev/null || true
app=
"$bin" history --home "$user" --json
