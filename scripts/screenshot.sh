#!/usr/bin/env bash
# Screenshots of what a person sees, taken from the real app in a virtual X display:
#   library.png, overview.png, player-hold.png, player-large-text.png, finished.png, and at
#   1024x640 and 1920x1080 (a second display of that size): pain-question-SIZE.png,
#   finish-SIZE.png, library-done-SIZE.png, history-week-SIZE.png, history-charts-SIZE.png,
#   history-sessions-SIZE.png (the sessions are made by playing a short routine a few times);
#   the player at 1024x640, 1280x800 and 1920x1080, at Normal and Largest text:
#   player-TEXT-SIZE.png (a breathing hold on the left side), player-paused-TEXT-SIZE.png;
#   at the Largest text in each of the three sizes: largest-library-SIZE.png,
#   largest-library-focus-SIZE.png (a card focused with Tab), largest-settings-SIZE.png, largest-overview-SIZE.png, largest-pain-question-SIZE.png,
#   largest-finish-SIZE.png (a routine skipped through), largest-finish-stopped-SIZE.png (one
#   stopped), largest-history-SIZE.png
# Usage: [SCREENSHOT_BIN=BINARY] scripts/screenshot.sh [OUT_DIR]   (default: target/screenshots)
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
# SCREENSHOT_BIN=path/to/stretch-timer takes the pictures of that build instead of building this
# tree (to compare two builds, or while target/ is busy).
if [ -n "${SCREENSHOT_BIN:-}" ]; then
  bin=$(realpath "$SCREENSHOT_BIN")
else
  cargo build --release --quiet
  bin=$PWD/target/release/stretch-timer
fi
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

# The first shots are of the player itself: the pain question before Start is turned off for them
# (the history's shots below answer it).
printf '{"stretch-timer-settings":"(ask_pain:false)"}' >"$home/data/stretch-timer/app.ron"
launch
shot library.png

launch standing-psoas
shot overview.png

# Mid-hold: skip the preparation, let the hold run a few seconds.
launch supine-bench-psoas --start
key n
sleep 2.2
shot player-hold.png

# The finish screen of a routine skipped through: skip every phase of a short routine.
launch tests/data/valid/minimal.ron --start
key n
key n
sleep 1
shot finished.png

# The history's screens at a small and a large window size, on a display that holds 1920x1080.
kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
app=
big=:$((60 + RANDOM % 19))
Xvfb "$big" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
bigxvfb=$!
trap 'cleanup; kill "$bigxvfb" 2>/dev/null || true' EXIT
export DISPLAY=$big
sleep 1

# Sizes the app's window to W H at the display's top left.
fit() {
  local window
  window=$(xdotool search --name '^stretch-timer$' | head -n 1)
  xdotool windowmove "$window" 0 0 windowsize --sync "$window" "$1" "$2"
  sleep 0.8
}
# A shot of the window's area only.
# The pointer is moved off the window first: left over a button, it shows that button's tooltip.
sized() {
  xdotool mousemove 1919 1079
  sleep 1.2
  import -window root -crop "${2}x${3}+0+0" +repage "$out/$1"
  echo "$out/$1"
}
# Clicks at X Y in the window (buttons with no key of their own).
click() {
  local window
  window=$(xdotool search --name '^stretch-timer$' | head -n 1)
  xdotool mousemove --window "$window" "$1" "$2" click 1
  sleep 0.6
}

rm "$home/data/stretch-timer/app.ron"
for size in 1024x640 1920x1080; do
  w=${size%x*}
  h=${size#*x}
  # Three sessions of a short routine: pain before and after typed as digits, each skipped
  # through with N, left with "Back to routines" (bottom left).
  for pains in "6 4" "5 3" "4 2"; do
    launch tests/data/valid/minimal.ron --start
    fit "$w" "$h"
    [ "$pains" = "6 4" ] && sized "pain-question-$size.png" "$w" "$h"
    key "${pains% *}"
    key n
    key n
    sleep 1
    key "${pains#* }"
    [ "$pains" = "6 4" ] && sized "finish-$size.png" "$w" "$h"
    click 100 $((h - 46))
  done
  sized "library-done-$size.png" "$w" "$h"
  # History: the top right of the library's heading row; its tabs below the period buttons.
  click $((w - 40)) 52
  sized "history-week-$size.png" "$w" "$h"
  click 130 ${HISTORY_TABS_Y:-118}
  sized "history-charts-$size.png" "$w" "$h"
  click 215 ${HISTORY_TABS_Y:-118}
  sized "history-sessions-$size.png" "$w" "$h"
done

# The player at each size, at Normal and Largest text (the setting written where eframe keeps
# it, as the app would), light and dark: a breathing hold on the left side, then paused.
for text in normal:1.0:Dark largest:2.0:Light; do
  IFS=: read -r name scale theme <<<"$text"
  for size in 1024x640 1280x800 1920x1080; do
    w=${size%x*}
    h=${size#*x}
    mkdir -p "$home/data/stretch-timer"
    printf '{"stretch-timer-settings":"(theme:%s,text_scale:%s,ask_pain:false)"}' "$theme" "$scale" \
      >"$home/data/stretch-timer/app.ron"
    launch myofascial-psoas --start
    fit "$w" "$h"
    # Past the first step and the second's preparation: the left side's hold.
    key n
    key n
    key n
    sleep 2.5
    sized "player-$name-$size.png" "$w" "$h"
    key space
    sized "player-paused-$name-$size.png" "$w" "$h"
  done
done

# Every other screen at the Largest text, in each of the three sizes, reached with the keyboard
# (where things are moves with the text size): the library (the History played above is in its
# cards), Settings, an overview, the pain question, the finish screen and History.
mkdir -p "$home/data/stretch-timer"
for size in 1024x640 1280x800 1920x1080; do
  w=${size%x*}
  h=${size#*x}
  printf '{"stretch-timer-settings":"(theme:Light,text_scale:2.0,ask_pain:true)"}' \
    >"$home/data/stretch-timer/app.ron"
  launch
  fit "$w" "$h"
  sized "largest-library-$size.png" "$w" "$h"
  # The first routine's card with the keyboard's focus: six tab stops after the heading.
  key Tab Tab Tab Tab Tab Tab
  sized "largest-library-focus-$size.png" "$w" "$h"
  # The window opens with the focus on the heading; Settings is the tab stop before it.
  launch
  fit "$w" "$h"
  key shift+Tab
  key space
  sized "largest-settings-$size.png" "$w" "$h"
  launch standing-psoas
  fit "$w" "$h"
  sized "largest-overview-$size.png" "$w" "$h"
  launch tests/data/valid/minimal.ron --start
  fit "$w" "$h"
  sized "largest-pain-question-$size.png" "$w" "$h"
  # A score typed (the heading has the focus, not a text field), then past getting ready and
  # the one hold.
  key 5
  key n
  key n
  sleep 1
  sized "largest-finish-$size.png" "$w" "$h"
  # The finish screen after a stop: a score typed, a few seconds of the routine, Escape, and
  # "Stop routine" in the question (the tab stop after "Keep going", which has the focus).
  launch standing-psoas --start
  fit "$w" "$h"
  key 5
  sleep 3
  key Escape
  key Tab
  key space
  sleep 1
  sized "largest-finish-stopped-$size.png" "$w" "$h"
  # History: in a new window, the tab stop after the focused heading.
  launch
  fit "$w" "$h"
  key Tab
  key Return
  sized "largest-history-$size.png" "$w" "$h"
done
