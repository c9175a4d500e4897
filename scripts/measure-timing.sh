#!/usr/bin/env bash
# Measures when cues really sound: plays a routine in real time through a private PulseAudio
# server with a null sink (no sound card needed), records the sink's monitor, finds each cue's
# onset and compares it with the plan. Prints the figures for an idle machine and for a machine
# whose cores are all busy; they go in BENCHMARKS.md ("Real-time cue timing").
#
# Usage: scripts/measure-timing.sh [options] [ROUTINE]
#   ROUTINE                 default tests/data/timing/ten-minutes.ron (10 minutes per run)
#   --idle-only             only the run on an idle machine
#   --busy-only             only the run with one `yes > /dev/null` per core (nproc), normal priority
#   --gui-busy              only a run of the desktop app itself (`stretch-timer ROUTINE --start
#                           --style tones`) in a virtual X display (Xvfb), kept busy repainting by
#                           moving the pointer over it without pause (xdotool); needs xvfb, xdotool
#                           and Mesa's OpenGL (libgl1-mesa-dri)
#   --monitor-latency-ms N  latency parec asks of the monitor (default 100). The null sink renders
#                           in blocks of the smallest latency any of its clients asks for; at the
#                           default that is the app's own stream, as on a desktop where it plays
#                           alone. A small value (10) shows the timing when another program asks
#                           for low latency.
#   --no-build              use target/release/stretch-timer as it is
#   --keep                  keep the work folder (recordings, logs, JSON results) and print its path
#
# Needs: pulseaudio, pactl and parec (pulseaudio-utils), the ALSA pulse plugin (libasound2-plugins),
# python3 (standard library only). Installs nothing: prints the apt-get line and exits 2 when one
# is missing. Touches no system or user configuration: the server (scripts/private-pulse.sh), its
# sockets, state and the ALSA configuration live in a temporary folder, removed on exit with
# everything started here.
#
# How: `stretch-timer run ROUTINE --style tones --volume 100` plays through ALSA's default device,
# which a temporary ALSA configuration (ALSA_CONFIG_PATH: the system's alsa.conf, then ours) points
# at the private server; `parec` records the null sink's monitor (s16le mono at the sink's rate).
# scripts/onsets.py finds the onsets (first sample above -50 dBFS after >= 30 ms of silence), pairs
# them with the distinct at_ms of `plan --json`, removes a constant offset (least squares) and
# reports the spread and drift against the system's monotonic clock, the one the app schedules
# by: the recorder stamps each chunk it reads with CLOCK_MONOTONIC, the sink's frames are fitted
# to those stamps (its sample clock runs tens to hundreds of ppm off the system's: 30 to 130 ms
# over 10 minutes), and each onset is mapped through that fit. The same figures counted in the
# sink's own samples are printed beside them ("counted in the sink's samples"): the difference is
# the sink's drift, not the app's.
# The same detector run on `render`'s offline track (where each moment's first sound starts
# exactly at its at_ms) checks the detector itself. Also printed: the app's stream as the server
# sees it (sample rate, buffer), and every time the stream was re-opened (underrun recovery).
#
# The binary is copied into the work folder first: a rebuild of target/ during the 10-minute runs,
# or a `pkill stretch-timer` by someone else on a shared machine, does not touch the measured one.
#
# Exit codes: 0 measured (whether or not the targets are met: see each run's "targets" line),
# 1 a run failed (the app exited with an error, no sound was recorded), 2 missing tool or usage.
set -euo pipefail
# Everything below is one block, read whole before it runs: editing this file while a 20-minute
# measurement runs cannot change what the running copy does.
{
cd "$(dirname "$0")/.."

routine=tests/data/timing/ten-minutes.ron
runs=(idle busy)
monitor_latency_ms=100
build=1
keep=0
rate=48000
while (($#)); do
    case $1 in
        --idle-only) runs=(idle) ;;
        --busy-only) runs=(busy) ;;
        --gui-busy) runs=(gui-busy) ;;
        --monitor-latency-ms) monitor_latency_ms=${2:?--monitor-latency-ms needs a value}; shift ;;
        --no-build) build=0 ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) routine=$1 ;;
    esac
    shift
done

# --- What is needed, installed by nobody but the person running this.
# shellcheck source=scripts/private-pulse.sh
. scripts/private-pulse.sh
pulse_check parec python3 || exit 2
[[ -r $routine ]] || { echo "no routine file $routine" >&2; exit 2; }

now() { if [[ -n ${EPOCHREALTIME:-} ]]; then echo "$EPOCHREALTIME"; else date +%s.%N; fi; }

if ((build)); then cargo build --release --quiet; fi

# --- Work folder; everything started here is ended on exit, by its process id.
pulse_work measure-timing

mkdir -p "$work/bin"
app=$work/bin/timing-app
cp target/release/stretch-timer "$app"
onsets=scripts/onsets.py

# --- A private PulseAudio (scripts/private-pulse.sh); every client below (pactl, parec, the app
# through ALSA) reaches only that server.
pulse_client_env "$work"
pulse_start timing "$rate" 2 "$work/pulseaudio.log" || exit 1
pids+=("$pulse_pid")

"$app" check "$routine"
"$app" plan "$routine" --json >"$work/plan.json"
"$app" render "$routine" --out "$work/reference.wav" --style tones >/dev/null

echo "== Real-time cue timing: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1), $(uname -sr)"
echo "stretch-timer: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src 2>/dev/null || echo ' (+ uncommitted changes in src/)'), binary sha256 $(sha256sum "$app" | cut -c1-12)"
echo "audio: $(pulseaudio --version), null sink at $rate Hz, parec asks $monitor_latency_ms ms of the monitor, ALSA plugin $pulse_plugin"
echo "routine: $routine ($("$app" plan "$routine" | sed -n 1p))"

# The desktop app plays the routine in a virtual display while a loop moves the pointer over its
# window without pause, so that it repaints as fast as it can; it is closed when the routine is
# over. Its cue timing may not depend on any of that.
run_gui() {
    local dir=$1 display gui mover total_s
    for tool in Xvfb xdotool; do
        command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y xvfb xdotool libgl1-mesa-dri" >&2; return 2; }
    done
    display=:$((60 + RANDOM % 19))
    Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
    pids+=("$!")
    for _ in $(seq 100); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
    mkdir -p "$dir/home"
    DISPLAY=$display HOME=$dir/home XDG_DATA_HOME=$dir/home/data XDG_CONFIG_HOME=$dir/home/config \
        "$app" "$routine" --start --style tones >"$dir/run.out" 2>"$dir/run.err" &
    gui=$!
    pids+=("$gui")
    (
        while kill -0 "$gui" 2>/dev/null; do
            DISPLAY=$display xdotool mousemove $((100 + RANDOM % 900)) $((100 + RANDOM % 600)) 2>/dev/null || true
        done
    ) &
    mover=$!
    pids+=("$mover")
    total_s=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total_ms"] / 1000 + 4)' "$work/plan.json")
    sleep "$total_s"
    local cpu
    cpu=$(cat /proc/"$gui"/task/*/schedstat 2>/dev/null | awk '{s += $1} END {printf "%.0f", s / 1e9}')
    echo "the app used ${cpu:-?} s of CPU during the run (kept busy repainting)" >>"$dir/run.out"
    kill "$gui" 2>/dev/null || true
    wait "$gui" 2>/dev/null || true
    kill "$mover" 2>/dev/null || true
    wait "$mover" 2>/dev/null || true
    forget "$gui"; forget "$mover"
    return 0
}

failed=0
results=()
for label in "${runs[@]}"; do
    dir=$work/$label
    mkdir -p "$dir"
    hogs=()
    if [[ $label == busy ]]; then
        for _ in $(seq "$(nproc)"); do
            yes >/dev/null &
            hogs+=("$!")
            pids+=("$!")
        done
    fi
    sleep 2
    echo
    echo "== $label run: load average $(cut -d' ' -f1-3 /proc/loadavg)${hogs:+, with ${#hogs[@]} CPU hogs}"

    # The recorder: parec into a FIFO read by onsets.py, which notes when each chunk arrives.
    mkfifo "$dir/fifo"
    python3 "$onsets" record "$dir/rec.raw" "$dir/stamps" <"$dir/fifo" &
    recorder=$!
    pids+=("$recorder")
    parec --raw --format=s16le --channels=1 --rate=$rate --latency-msec="$monitor_latency_ms" \
        -d timing.monitor >"$dir/fifo" &
    parec_pid=$!
    pids+=("$parec_pid")
    for _ in $(seq 100); do [[ -s $dir/stamps ]] && break; sleep 0.1; done
    [[ -s $dir/stamps ]] || { echo "parec recorded nothing" >&2; exit 1; }
    sleep 1

    # What the server says about the app's stream, once it plays.
    (sleep 5; pactl list sink-inputs >"$dir/sink-inputs.txt"; pactl list sinks >"$dir/sinks.txt") &
    snapshot=$!
    pids+=("$snapshot")

    log_lines=$(wc -l <"$work/pulseaudio.log")
    started=$(now)
    rc=0
    if [[ $label == gui-busy ]]; then
        run_gui "$dir" || rc=$?
    else
        "$app" run "$routine" --style tones --volume 100 >"$dir/run.out" 2>"$dir/run.err" || rc=$?
    fi
    sleep 0.5
    kill "$parec_pid" 2>/dev/null || true
    wait "$parec_pid" 2>/dev/null || true
    wait "$recorder" 2>/dev/null || true
    wait "$snapshot" 2>/dev/null || true
    forget "$parec_pid"; forget "$recorder"; forget "$snapshot"
    for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; forget "$pid"; done

    echo "run: exit $rc, $(wc -l <"$dir/run.out") lines of output, last: $(tail -n1 "$dir/run.out")"
    if [[ -s $dir/run.err ]]; then sed 's/^/run stderr: /' "$dir/run.err"; fi
    echo "app's stream (pactl list sink-inputs):" \
        "$(grep -E 'Sample Specification|Buffer Latency|Sink Latency|Resample method' "$dir/sink-inputs.txt" | sed 's/^\s*//' | paste -sd';' -)"
    echo "null sink (pactl list sinks): $(grep -E '^\s*Latency:' "$dir/sinks.txt" | sed 's/^\s*//' | head -n1)"
    # The app's streams: one opened and closed at once (cpal probing), then the one that plays;
    # any more were opened when the ALSA plugin recovered from an underrun.
    tail -n +$((log_lines + 1)) "$work/pulseaudio.log" \
        | awk -v off="$(awk -v a="$started" -v b="$pulse_launched" 'BEGIN { print a - b }')" '
            /Created input .*"ALSA Playback"/ { n++; what = "opened" }
            /Freeing input .*"ALSA Playback"/ { what = "closed" }
            /input .*"ALSA Playback"/ { t = $0; sub(/^\( */, "", t); sub(/\|.*/, "", t)
                printf "app stream %s at ~%.1f s after `run` started (server log clock)\n", what, t - off }
            /Requested tlength|Final latency/ && !seen[$0]++ { sub(/^.*protocol-native.c: /, "server, for the app'"'"'s stream: "); print }
            END { if (n > 2) printf "the app'"'"'s stream was re-opened %d time(s) during the run (ALSA underrun recovery)\n", n - 2 }' || true
    if ! kill -0 "$pulse_pid" 2>/dev/null; then
        # On a shared machine something else may end it (a cleanup by name, say): say so.
        echo "$label: the private PulseAudio stopped during the run ($(grep -a -m1 -o 'Got signal [A-Z]*' "$work/pulseaudio.log" || echo 'no signal in its log')); no figures, and no further runs" >&2
        failed=1
        break
    fi
    if ((rc != 0)); then
        echo "$label: the run failed (exit $rc); no figures" >&2
        failed=1
        continue
    fi
    if python3 "$onsets" analyze --label "$label" --raw "$dir/rec.raw" --rate $rate \
        --plan "$work/plan.json" --reference "$work/reference.wav" --stamps "$dir/stamps" \
        --started "$started" --json "$dir/result.json"; then
        results+=("$dir/result.json")
    else
        failed=1
    fi
done

if ((${#results[@]})); then
    echo
    echo "== Table for BENCHMARKS.md"
    python3 "$onsets" table "${results[@]}"
fi
exit $failed
}
