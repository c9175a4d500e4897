#!/usr/bin/env bash
# Measures the app's CPU while the editor records instructions through a real sound server: a
# private PulseAudio whose default source is a null sink's monitor, fed
# tests/data/record/instructions.wav with paplay; the app (release build, or BIN) in a virtual X
# display edits tests/data/valid/minimal.ron, presses Record… and Record with xdotool, and its CPU
# is read from /proc over 15 s of recording, per thread. A screenshot (recording.png in the work
# folder, kept with --keep) shows that it was recording. The clicks are at the positions of a
# 1100x760 window showing minimal.ron's editor scrolled to its end: look at the screenshot.
#
# Usage: scripts/measure-recording.sh [--keep] [BIN]   (figures in BENCHMARKS.md)
# Needs: pulseaudio, pactl and paplay (pulseaudio-utils), the ALSA pulse plugin
# (libasound2-plugins), xvfb, xdotool, imagemagick, Mesa's OpenGL (libgl1-mesa-dri). The server is
# scripts/private-pulse.sh's, in the work folder; the app reaches it through ALSA's pulse plugin.
set -euo pipefail
cd "$(dirname "$0")/.."
keep=0
[[ ${1:-} == --keep ]] && { keep=1; shift; }
bin=${1:-}
if [[ -z $bin ]]; then
    cargo build --release --quiet
    bin=target/release/stretch-timer
fi
# shellcheck source=scripts/private-pulse.sh
. scripts/private-pulse.sh
pulse_check paplay || exit 2
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "missing $tool (see the header)" >&2; exit 2; }
done

pulse_work measure-recording
mkdir -p "$work/app/routines"
cp "$bin" "$work/app-bin"
cp tests/data/valid/minimal.ron "$work/app/routines/"

pulse_client_env "$work"
pulse_start room 48000 1 "$work/pulseaudio.log" || exit 1
pids+=("$pulse_pid")
pactl set-default-source room.monitor

display=:$((60 + RANDOM % 19))
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
pids+=("$!")
export DISPLAY=$display
sleep 1
STRETCH_TIMER_HOME=$work/app HOME=$work/home XDG_DATA_HOME=$work/home/data \
    XDG_CONFIG_HOME=$work/home/config "$work/app-bin" "$work/app/routines/minimal.ron" \
    >"$work/app.log" 2>&1 &
app=$!
pids+=("$app")
until xdotool search --onlyvisible --name '^stretch-timer$' >/dev/null 2>&1; do sleep 0.1; done
sleep 2

ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
# Each thread's id, name and CPU ticks, tab-separated: threads start and end between the two lists
# (an output stream's, say) and names hold spaces, so the lists are joined by thread id; one that
# ended meanwhile is left out.
threads() {
    local t
    for t in "/proc/$app/task"/*; do
        printf '%s\t%s\t%s\n' "${t##*/}" "$(cat "$t/comm")" "$(awk '{sub(/^.*\) /, ""); print $12 + $13}' "$t/stat")"
    done
}
hz=$(getconf CLK_TCK)

xdotool mousemove 203 721 click 1 # Edit
sleep 2
xdotool mousemove 400 500
for _ in $(seq 10); do xdotool click 5; sleep 0.1; done
sleep 1.5
xdotool mousemove 1200 800
a=$(ticks); sleep 10; b=$(ticks)
echo "the editor, still: $(awk -v d=$((b - a)) -v hz="$hz" 'BEGIN {printf "%.1f", 100 * d / hz / 10}') % of a core"

xdotool mousemove 631 634 click 1 # Record…
sleep 1
xdotool mousemove 348 425 click 1 # Record
xdotool mousemove 1200 800
(for _ in 1 2 3 4; do paplay tests/data/record/instructions.wav; done) &
pids+=("$!")
sleep 2
threads >"$work/threads-before"
a=$(ticks); sleep 15; b=$(ticks)
threads >"$work/threads-after"
import -window root "$work/recording.png"
echo "recording: $(awk -v d=$((b - a)) -v hz="$hz" 'BEGIN {printf "%.1f", 100 * d / hz / 15}') % of a core; by thread:"
awk -F'\t' -v hz="$hz" 'NR == FNR {before[$1] = $3; next}
    {d = $3 - before[$1]; if (d > 0) printf "  %-16s %5.1f %%\n", $2, 100 * d / hz / 15}' "$work/threads-before" "$work/threads-after"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
