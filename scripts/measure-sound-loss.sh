#!/usr/bin/env bash
# Measures a sound server that goes away in the middle of a routine and comes back: a private
# PulseAudio with a null sink is killed (SIGKILL) in the middle of a hold and started again a few
# seconds later, while `stretch-timer run` plays. Reports, per run and as medians over the runs:
#   - the time from the kill to the "no sound" line `run` prints (it polls every 100 ms);
#   - the time from the server taking clients again to the app's stream on it (both from the
#     server's own log) and to the "sound is back" line;
#   - the onset error of the first cue heard after the return (and of the ones after it) against
#     its planned time. The planned times are placed on the system's monotonic clock by the cues
#     heard before the kill (the median of onset minus at_ms), so the error includes any change of
#     the output's latency across the new stream: what a person hears as early or late.
# Also: whether the routine went on (its last phase line), how many planned moments fell silent,
# and the app's CPU while the server was away (a dead stream must not keep a thread spinning).
#
# Usage: scripts/measure-sound-loss.sh [options] [ROUTINE]
#   ROUTINE       default tests/data/timing/ten-minutes.ron (only its first minute and a half plays)
#   --kill-at S   seconds into the routine when the server is killed (default 45: mid-hold)
#   --away S      seconds the server stays away in the first run (default 3); each further run
#                 0.65 s longer, so that the runs see the app's retries (every 2 s) at different
#                 moments of the server's return
#   --after S     seconds recorded after the server is back (default 25)
#   --runs N      runs (default 3)
#   --no-build    use target/release/stretch-timer as it is
#   --bin PATH    measure this binary instead (another revision's, say); implies --no-build
#   --keep        keep the work folder and print its path
#
# Needs what scripts/measure-timing.sh needs: pulseaudio, pactl, parec and pacat
# (pulseaudio-utils), the ALSA pulse plugin (libasound2-plugins), python3; prints the apt-get line
# and exits 2 when one is missing. Touches no system or user configuration: the server
# (scripts/private-pulse.sh, started again on the same socket after each kill) lives in a
# temporary folder; everything started here is ended on exit, by its process id.
#
# The monitor of an idle null sink drops about its first second, so each server gets a silent
# stream (pacat from /dev/zero) before the recorder (parec, 20 ms) starts. The recorder dies with
# the server and is started again with it: onsets.py stamps each chunk with the monotonic clock,
# which places both recordings on one time line.
#
# Exit codes: 0 measured and every run met its targets (printed with each run), 1 a run failed
# or missed one, 2 missing tool or usage.
set -euo pipefail
{
cd "$(dirname "$0")/.."

routine=tests/data/timing/ten-minutes.ron
kill_at=45
away=3
after=25
runs=3
build=1
bin=target/release/stretch-timer
keep=0
rate=48000
while (($#)); do
    case $1 in
        --kill-at) kill_at=${2:?--kill-at needs seconds}; shift ;;
        --away) away=${2:?--away needs seconds}; shift ;;
        --after) after=${2:?--after needs seconds}; shift ;;
        --runs) runs=${2:?--runs needs a number}; shift ;;
        --no-build) build=0 ;;
        --bin) bin=${2:?--bin needs a path}; build=0; shift ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) routine=$1 ;;
    esac
    shift
done

# shellcheck source=scripts/private-pulse.sh
. scripts/private-pulse.sh
pulse_check parec pacat python3 || exit 2
[[ -r $routine ]] || { echo "no routine file $routine" >&2; exit 2; }

now() { if [[ -n ${EPOCHREALTIME:-} ]]; then echo "$EPOCHREALTIME"; else date +%s.%N; fi; }
# CPU time of a process in nanoseconds, threads that have ended included (/proc/PID/stat's utime
# and stime, in clock ticks; the threads' schedstat would lose a stream thread that ends).
tick_ns=$((1000000000 / $(getconf CLK_TCK)))
cpu() { awk -v ns="$tick_ns" '{sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * ns}' "/proc/$1/stat"; }

if ((build)); then nice -n 19 cargo build --release --quiet; fi

pulse_work measure-sound-loss
stop() { # stop PID [SIGNAL]: end a process started here and forget it
    kill -"${2:-TERM}" "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    forget "$1"
}

mkdir -p "$work/bin"
app=$work/bin/loss-app
cp "$bin" "$app"
onsets=scripts/onsets.py
# Every server below takes its clients on the same socket (scripts/private-pulse.sh).
pulse_client_env "$work"

# A private PulseAudio with a null sink, taking clients; then a silent stream and the recorder.
# Sets pulse_pid, busy_pid, parec_pid, recorder_pid, launched; writes $1.raw and $1.stamps.
start_server() {
    local rec=$1
    pulse_start loss "$rate" 2 "$rec.pulseaudio.log" || exit 1
    launched=$pulse_launched
    pids+=("$pulse_pid")
    pacat --playback --raw --format=s16le --channels=1 --rate=$rate --latency-msec=20 -d loss </dev/zero 2>"$rec.pacat.err" &
    busy_pid=$!
    pids+=("$busy_pid")
    mkfifo "$rec.fifo"
    python3 "$onsets" record "$rec.raw" "$rec.stamps" <"$rec.fifo" &
    recorder_pid=$!
    pids+=("$recorder_pid")
    parec --raw --format=s16le --channels=1 --rate=$rate --latency-msec=20 -d loss.monitor >"$rec.fifo" 2>"$rec.parec.err" &
    parec_pid=$!
    pids+=("$parec_pid")
    for _ in $(seq 300); do [[ -s $rec.stamps ]] && break; sleep 0.01; done
    [[ -s $rec.stamps ]] || { echo "parec recorded nothing" >&2; exit 1; }
}

"$app" check "$routine" >/dev/null
"$app" plan "$routine" --json >"$work/plan.json"

echo "== Sound server lost and back: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "stretch-timer: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src 2>/dev/null || echo ' (+ uncommitted changes in src/)')"
echo "audio: $(pulseaudio --version), null sink at $rate Hz, parec and a silent pacat at 20 ms"
echo "routine: $routine; server killed ${kill_at} s in, away ${away} s, recorded ${after} s after"

failed=0
results=()
for run in $(seq "$runs"); do
    dir=$work/run-$run
    mkdir -p "$dir"
    start_server "$dir/before"
    sleep 1

    # `run`'s stderr, each line stamped with the wall clock as it arrives.
    mkfifo "$dir/err.fifo"
    python3 -u -c '
import sys, time
with open(sys.argv[1], "w", buffering=1) as out:
    for line in sys.stdin:
        out.write(f"{time.time():.6f} {line}")
' "$dir/err.stamped" <"$dir/err.fifo" &
    stamper=$!
    pids+=("$stamper")
    started=$(now)
    "$app" --home "$dir/home" run "$routine" --style tones --volume 100 --no-ask >"$dir/run.out" 2>"$dir/err.fifo" &
    app_pid=$!
    pids+=("$app_pid")

    sleep "$(python3 -c "print(max(0.0, $started + $kill_at - $(now)))")"
    killed=$(now)
    stop "$pulse_pid" KILL
    cpu_killed=$(cpu "$app_pid")
    stop "$busy_pid"; stop "$parec_pid"; stop "$recorder_pid"
    rm -f "$dir/before.fifo"
    away_now=$(python3 -c "print($away + ($run - 1) * 0.65)")
    sleep "$(python3 -c "print(max(0.0, $killed + $away_now - $(now)))")"
    cpu_away=$(python3 -c "print(round(($(cpu "$app_pid") - $cpu_killed) / 1e9 / ($(now) - $killed) * 100, 1))")

    start_server "$dir/after"
    sleep "$after"
    stop "$app_pid" INT
    stop "$stamper"
    stop "$busy_pid"; stop "$parec_pid"; stop "$recorder_pid"; stop "$pulse_pid"
    rm -f "$dir/after.fifo" "$dir/err.fifo"

    echo
    echo "--- run $run"
    sed 's/^/run stderr: /' "$dir/err.stamped" | cut -c1-160
    if python3 - "$work/plan.json" "$dir" "$started" "$killed" "$launched" "$rate" "$cpu_away" <<'EOF'
import json, os, sys
sys.path.insert(0, "scripts")
import onsets as o

plan_path, d, started, killed, launched, rate, cpu_away = sys.argv[1:]
started, killed, launched, rate = float(started), float(killed), float(launched), int(rate)

def logged(text):
    """When the server started again logged `text` first (wall clock; its log counts from its
    start)."""
    with open(f"{d}/after.pulseaudio.log", errors="replace") as f:
        for line in f:
            if text in line:
                return launched + float(line[1:].split("|")[0])
    return None

back = logged("Daemon startup complete")
# The app's stream (cpal opens and closes one to probe, a few ms before the one that plays).
stream = logged('"ALSA Playback"')
with open(plan_path) as f:
    plan = json.load(f)
moments = sorted({c["at_ms"] / 1000 for c in plan["cues"]})
kinds = {}
for c in plan["cues"]:
    kinds.setdefault(c["at_ms"] / 1000, c["kind"])

def onsets_in(rec):
    """Onsets of one recording, on the monotonic clock."""
    with open(f"{d}/{rec}.raw", "rb") as f:
        samples = o.read_s16(f.read())
    points = o.read_stamps(f"{d}/{rec}.stamps", rate)
    # The null sink's clock runs a few hundred ppm off the system's here: fitted over 2 s windows.
    c0, k = o.sink_clock(points, 1.0, len(samples) / rate, window=2.0, apart=5.0)
    shift = o.wall_minus_monotonic(f"{d}/{rec}.stamps")
    mono = lambda x: c0 + x * (1 + k)
    return [mono(x) for x in o.detect(samples, rate)], mono(len(samples) / rate), shift

before, _, shift = onsets_in("before")
after, after_end, _ = onsets_in("after")
to_mono = lambda wall: wall - shift
start_m, killed_m, back_m = to_mono(started), to_mono(killed), to_mono(back)

# The planned times on the monotonic clock, from the cues heard before the kill.
heard = [m for m in moments if m < killed_m - start_m - 0.3]
offset = o.coarse_offset(before, heard)
pairs = o.match(before, heard, offset)
offset = o.median([pairs[m] - m for m in pairs])
before_err = [(pairs[m] - m - offset) * 1000 for m in sorted(pairs)]

after_moments = [m for m in moments if back_m < m + offset < after_end - 0.2]
pairs_after = o.match(after, after_moments, offset)
first = min(pairs_after) if pairs_after else None
silent = [m for m in moments if killed_m < m + offset and (first is None or m < first)]

def stamped(text, since):
    """When `run` first said `text` after `since` (monotonic)."""
    with open(f"{d}/err.stamped") as f:
        for line in f:
            t, _, rest = line.partition(" ")
            if rest.startswith(text) and to_mono(float(t)) > since:
                return to_mono(float(t))
    return None

no_sound, sound_back = stamped("no sound", killed_m), stamped("sound is back", back_m)
# Said at other times: a device taken for lost while the server was up.
flaps = sum(1 for line in open(f"{d}/err.stamped") if line.partition(" ")[2].startswith("no sound")) - 1
with open(f"{d}/run.out") as f:
    lines = [l.strip() for l in f if l.strip()]
ms = lambda a, b: None if a is None or b is None else round((a - b) * 1000, 1)
result = {
    "moments_before": f"{len(pairs)}/{len(heard)}",
    "before_max_abs_ms": round(max(abs(e) for e in before_err), 2),
    # The routine's first cue, played just after `run` opened the device.
    "first_of_routine_ms": round(before_err[0], 2) if min(pairs) == moments[0] else None,
    "kill_to_no_sound_ms": ms(no_sound, killed_m),
    "back_to_stream_ms": ms(stream, back),
    "away_ms": ms(back, killed),
    "back_to_sound_is_back_ms": ms(sound_back, back_m),
    "silent_moments": len(silent),
    "other_losses": flaps,
    "cpu_away_pct": float(cpu_away),
    "first_after": None if first is None else {
        "at_ms": round(first * 1000), "kind": kinds[first],
        "error_ms": round((pairs_after[first] - first - offset) * 1000, 2),
        "after_back_ms": ms(first + offset, back_m)},
    "later_errors_ms": [round((pairs_after[m] - m - offset) * 1000, 2) for m in sorted(pairs_after)[1:]],
    "moments_after": f"{len(pairs_after)}/{len(after_moments)}",
    "went_on": lines[-1] if lines else "",
}
print(f"cues before the kill: {result['moments_before']} heard, max |error| {result['before_max_abs_ms']} ms "
      f"around their median (which places the plan on the clock)")
print(f"the routine's first cue, just after the device was opened: {result['first_of_routine_ms']} ms against "
      f"that median")
print(f"kill -> 'no sound' printed: {result['kill_to_no_sound_ms']} ms; server away {result['away_ms']} ms")
print(f"server back -> the app's stream on it: {result['back_to_stream_ms']} ms; -> 'sound is back' printed: "
      f"{result['back_to_sound_is_back_ms']} ms")
print(f"the app's CPU while the server was away: {result['cpu_away_pct']} % of one core")
print(f"planned moments that fell silent: {result['silent_moments']}; 'no sound' said at other times: {flaps}")
f = result["first_after"]
if f:
    print(f"first cue heard after the return: {f['kind']} at {f['at_ms']} ms ({f['after_back_ms']} ms after the "
          f"server was back): error {f['error_ms']:+.2f} ms against its planned time")
    print(f"the cues after it: {result['moments_after']} heard, errors {result['later_errors_ms']} ms")
else:
    print("no cue heard after the return")
print(f"the routine went on: last line of run: {result['went_on']}")
with open(f"{d}/result.json", "w") as out:
    json.dump(result, out)
ok = (f is not None and abs(f["error_ms"]) <= 10 and no_sound is not None and sound_back is not None
      and flaps == 0 and result["cpu_away_pct"] < 20)
print(f"targets ('no sound' said, sound back by itself, the first cue after it within 10 ms, no other "
      f"'no sound', under 20 % CPU meanwhile): {'met' if ok else 'NOT MET'}")
sys.exit(0 if ok else 1)
EOF
    then
        results+=("$dir/result.json")
    else
        failed=1
    fi
done

if ((${#results[@]})); then
    echo
    echo "== Medians over ${#results[@]} run(s)"
    python3 - "${results[@]}" <<'EOF'
import json, statistics, sys
rs = [json.load(open(p)) for p in sys.argv[1:]]
def med(get):
    values = [v for v in (get(r) for r in rs) if v is not None]
    return f"{statistics.median(values):.1f} ms (runs: {', '.join(f'{v:.1f}' for v in values)})" if values else "n/a"
print("| figure | median over runs |")
print("| --- | --- |")
print(f"| kill -> 'no sound' printed (100 ms polling) | {med(lambda r: r['kill_to_no_sound_ms'])} |")
print(f"| server away (kill -> taking clients again) | {med(lambda r: r['away_ms'])} |")
print(f"| the app's CPU while the server was away, % of one core | {med(lambda r: r['cpu_away_pct']).replace(' ms', '')} |")
print(f"| server back -> the app's stream on it | {med(lambda r: r['back_to_stream_ms'])} |")
print(f"| server back -> 'sound is back' printed | {med(lambda r: r['back_to_sound_is_back_ms'])} |")
print(f"| first cue after the return: onset error against its planned time | {med(lambda r: r['first_after'] and r['first_after']['error_ms'])} |")
print(f"| the cues after it: max \\|error\\| | {med(lambda r: max(map(abs, r['later_errors_ms']), default=None))} |")
print(f"| cues before the kill: max \\|error\\| around their median | {med(lambda r: r['before_max_abs_ms'])} |")
print(f"| the routine's first cue (device just opened), against that median | {med(lambda r: r['first_of_routine_ms'])} |")
EOF
fi
exit $failed
}
