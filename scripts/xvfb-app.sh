# Sourced by scripts/screenshot.sh and scripts/measure-app.sh: a virtual X display with its own
# app settings folder, torn down on exit, and `launch ARGS...`, which starts the app there and
# waits for its window. Expects `bin` (the binary to run). Sets DISPLAY, `home`, `app` (the app's
# pid) and, after each launch, `startup` (seconds from launch to a visible window).

display=:$((80 + RANDOM % 19))
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
# eframe keeps the app's settings in a folder named after the window's app id unless told where:
# builds from 0e090d9 until the settings were pinned to the old folder again used
# io.github.stretch_timer.stretchtimer; one folder under both names, so that settings written for
# a run reach builds from before, between and after.
mkdir -p "$home/data/stretch-timer"
ln -s stretch-timer "$home/data/io.github.stretch_timer.stretchtimer"
app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
export DISPLAY=$display
sleep 1

launch() {
  local start attempt
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  # winit sometimes fails to connect to a display that a client has just left: try again.
  for attempt in 1 2 3; do
    start=$(date +%s.%N)
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" "$@" >"$home/app.log" 2>&1 &
    app=$!
    until xdotool search --onlyvisible --name '^stretch-timer$' >/dev/null 2>&1; do
      kill -0 "$app" 2>/dev/null || break
      sleep 0.01
    done
    if kill -0 "$app" 2>/dev/null; then
      startup=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN {printf "%.3f", a - b}')
      return 0
    fi
    echo "the app exited before showing its window (attempt $attempt):" >&2
    grep -v '^ALSA lib' "$home/app.log" | head -n 3 >&2
    sleep 1
  done
  exit 1
}
