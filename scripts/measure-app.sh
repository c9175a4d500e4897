#!/usr/bin/env bash
# Measures the desktop app as a person runs it, in a virtual X display with Mesa's software
# OpenGL: start-up time to the window, CPU (median of 1-second samples over 20 s, in % of one
# core) on the library, in a plain hold and in a breathing hold (whose ring moves), the part of it
# that draws, and the frames drawn (with perf, as root), memory (resident, and private: the anonymous
# pages of /proc/PID/smaps_rollup, what the process itself allocated) over the same seconds, and
# after a long routine, and the release binary's size.
# Usage: scripts/measure-app.sh [--long] [--sound] [--workrave]
#   --long   also plays an 11:40 routine to the end
#   --sound  every measurement with a sound device: a private PulseAudio null sink
#            (scripts/private-pulse.sh) as ALSA's default device, reached through ALSA's pulse
#            plugin, so that the app holds a real open output stream (Xvfb's machine has no sound
#            device: without --sound the app has none and looks for one every 2 s). Also prints,
#            with each CPU figure, how many output streams the app had open on the sink.
#   --workrave  also runs Workrave (a break reminder, GTK) in the same display from the start, and
#            measures its CPU and memory over the same seconds as the app's, for comparison.
#   STRETCH_TIMER_BIN=PATH in the environment measures that binary (no build).
# Needs: apt-get install -y xvfb xdotool libgl1-mesa-dri; with --sound also pulseaudio,
# pulseaudio-utils and libasound2-plugins; with --workrave also workrave and dbus.
set -euo pipefail
cd "$(dirname "$0")/.."
long=false
sound=false
workrave=false
for arg in "$@"; do
  case $arg in
    --long) long=true ;;
    --sound) sound=true ;;
    --workrave) workrave=true ;;
    *) echo "unknown option $arg (see the header of $0)" >&2; exit 2 ;;
  esac
done
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y xvfb xdotool libgl1-mesa-dri" >&2; exit 2; }
done
if $workrave; then
  for tool in workrave dbus-run-session; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y workrave dbus" >&2; exit 2; }
  done
fi
if $sound; then
  # shellcheck source=scripts/private-pulse.sh
  . scripts/private-pulse.sh
  pulse_check pactl || exit 2
fi
bin=${STRETCH_TIMER_BIN:-target/release/stretch-timer}
[ -n "${STRETCH_TIMER_BIN:-}" ] || cargo build --release --quiet

. scripts/xvfb-app.sh
# Routines start at once, without the pain question (the setting written where eframe keeps it).
mkdir -p "$home/data/stretch-timer"
printf '{"stretch-timer-settings":"(ask_pain:false)"}' >"$home/data/stretch-timer/app.ron"
if $sound; then
  # Started before any launch, so that every app finds the device; ended before xvfb-app.sh's
  # cleanup removes its folder.
  pulse_client_env "$home/pulse"
  pulse_start measure 48000 2 "$home/pulse/pulseaudio.log" || exit 1
fi
# Workrave in the same display, on a session bus of its own, its settings in the work folder.
workrave_pid=
workrave_session=
# Workrave and the sound server ended before xvfb-app.sh's cleanup removes the display and folder.
finish() {
  if [ -n "$workrave_session" ]; then
    kill "$workrave_pid" 2>/dev/null || true
    wait "$workrave_session" 2>/dev/null || true
  fi
  if $sound; then
    kill "$pulse_pid" 2>/dev/null || true
    wait "$pulse_pid" 2>/dev/null || true
  fi
  cleanup
}
trap finish EXIT
if $workrave; then
  mkdir -p "$home/workrave"
  HOME=$home/workrave XDG_CONFIG_HOME=$home/workrave/config XDG_DATA_HOME=$home/workrave/data \
    dbus-run-session -- workrave >"$home/workrave.log" 2>&1 &
  workrave_session=$!
  for _ in $(seq 100); do
    workrave_pid=$(pgrep -x -P "$workrave_session" workrave || true)
    [ -n "$workrave_pid" ] && break
    sleep 0.1
  done
  [ -n "$workrave_pid" ] || { echo "Workrave did not start:" >&2; cat "$home/workrave.log" >&2; exit 1; }
fi

# CPU time of a process, all threads, in nanoseconds (schedstat: exact, unlike clock ticks).
cpu() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{s += $1} END {printf "%.0f", s}'; }
# The same for the threads that draw: the main thread (egui) and Mesa's llvmpipe threads. The rest
# is sound: the cue timer, the output, and a sound device looked for again while there is none.
draw_cpu() {
  local t s=0
  for t in /proc/"$1"/task/*; do
    if [ "${t##*/}" = "$1" ] || grep -q '^llvmpipe' "$t/comm" 2>/dev/null; then
      s=$((s + $(awk '{print $1}' "$t/schedstat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$s"
}
# Frames drawn in the first 10 s of the CPU samples, counted at glXSwapBuffers with a perf uprobe
# (root and perf only; a trap per frame, nothing measurable).
glx=$(ls /usr/lib/*/libGLX.so.0 2>/dev/null | head -n 1)
frames() {
  command -v perf >/dev/null && [ -n "$glx" ] || return 0
  perf probe -q -x "$glx" --add glXSwapBuffers 2>/dev/null || true
  perf stat -x, -e probe_libGLX:glXSwapBuffers -p "$app" -- sleep 10 2>&1 >/dev/null |
    awk -F, -v what="$1" '/glXSwapBuffers/ {printf "frames %s: %s in 10 s\n", what, $1}'
}
rss_mib() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
# Resident and private (anonymous) memory in MiB, "RSS PRIVATE".
mem_mib() { awk '/^Rss:/ {r = $2} /^Anonymous:/ {a = $2} END {printf "%.1f %.1f", r / 1024, a / 1024}' "/proc/$1/smaps_rollup"; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }

echo "binary: $(stat -c %s "$bin") bytes; stripped: $(strip -o "$home/stripped" "$bin" && stat -c %s "$home/stripped") bytes"
if $sound; then
  echo "sound: a private PulseAudio null sink at 48000 Hz as ALSA's default device ($(pulseaudio --version), ALSA plugin $pulse_plugin)"
fi

startups=()
for _ in 1 2 3 4 5; do
  launch
  startups+=("$startup")
done
printf 'start-up to visible window (s): %s\n' "${startups[*]}"
printf '%s\n' "${startups[@]}" | sort -n | awk '{a[NR]=$1} END {print "  median:", a[int((NR+1)/2)]}'

# CPU of the app over 20 one-second samples: median, min and max, in % of one core.
cpu_over() {
  local samples=() drawing=() rss=() private=() others=() before after drawn counting other_before m
  frames "$1" >"$home/frames" &
  counting=$!
  for _ in $(seq 20); do
    before=$(cpu "$app"); drawn=$(draw_cpu "$app")
    [ -z "$workrave_pid" ] || other_before=$(cpu "$workrave_pid")
    sleep 1; after=$(cpu "$app")
    samples+=("$(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.3f", (a - b) / 1e7}')")
    drawing+=("$(awk -v a="$(draw_cpu "$app")" -v b="$drawn" 'BEGIN {printf "%.3f", (a - b) / 1e7}')")
    [ -z "$workrave_pid" ] || others+=("$(awk -v a="$(cpu "$workrave_pid")" -v b="$other_before" 'BEGIN {printf "%.3f", (a - b) / 1e7}')")
    read -r -a m <<<"$(mem_mib "$app")"
    rss+=("${m[0]}"); private+=("${m[1]}")
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk -v what="$1" '{a[NR]=$1} END {printf "CPU %s, %% of one core: median %.3f, min %.3f, max %.3f\n", what, a[int((NR+1)/2)], a[1], a[NR]}'
  printf '%s\n' "${drawing[@]}" | sort -n | awk '{a[NR]=$1} END {printf "  of which drawing (main and llvmpipe threads): median %.3f\n", a[int((NR+1)/2)]}'
  echo "  memory (MiB), median: resident $(printf '%s\n' "${rss[@]}" | median), private $(printf '%s\n' "${private[@]}" | median)"
  if [ -n "$workrave_pid" ]; then
    read -r -a m <<<"$(mem_mib "$workrave_pid")"
    echo "  Workrave over the same seconds: CPU median $(printf '%s\n' "${others[@]}" | median) %, resident ${m[0]} MiB, private ${m[1]} MiB"
  fi
  if $sound; then
    echo "  the app's output streams on the sink at the end: $(pactl list sink-inputs | grep -c "application.process.id = \"$app\"" || true)"
  fi
  wait "$counting"
  cat "$home/frames"
}
# Types keys into the app's window (no window manager here: focus it directly).
key() {
  local window
  window=$(xdotool search --name '^stretch-timer$' | head -n 1)
  xdotool windowfocus --sync "$window"
  xdotool key "$@"
}

launch
sleep 3
cpu_over "on the library"
# The app opens the sound device at start-up and closes it once nothing has held it for 30 s
# (audio::device::CLOSE_UNUSED_AFTER): the library as it stays.
if $sound; then
  sleep 15
  cpu_over "on the library, the device closed unused"
fi

# A plain hold of 30 s (its preparation skipped with N).
launch tests/data/valid/minimal.ron --start
sleep 1
key n
sleep 2
cpu_over "during a plain hold"

# A breathing hold of a minute, at a 5 s pace (its preparation skipped); the routine plays on.
launch myofascial-psoas --start
sleep 1
key n
sleep 2
echo "resident memory after start-up (MiB): $(rss_mib "$app")"
cpu_over "during a breathing hold"

if $long; then
  echo "playing the whole routine (11:40)..."
  sleep 700
  echo "resident memory after the routine (MiB): $(rss_mib "$app")"
fi
