#!/usr/bin/env python3
"""Onsets of cue sounds in a recording, and how far each is from its planned time.

Helper for scripts/measure-timing.sh (Python 3.11 standard library only):

  onsets.py record RAW STAMPS
      Copies stdin (parec's raw output) to RAW and writes one line per chunk read to STAMPS:
      "<bytes so far> <time.time()> <time.monotonic()>", which places the recording on the
      system's clocks.

  onsets.py analyze --label L --raw REC.raw --rate R --plan PLAN.json --reference REF.wav
                    --stamps STAMPS --started EPOCH [--json OUT.json]
      Finds onsets in the recording (s16le mono at R Hz) and in the offline render (the
      reference), pairs the recorded ones with the planned moments (distinct at_ms in
      `stretch-timer plan --json`), and prints the figures; --json also writes them.

  onsets.py table IDLE.json BUSY.json ...
      A Markdown table of the figures of several runs, for BENCHMARKS.md.

An onset is the first sample whose magnitude exceeds THRESHOLD after at least MIN_SILENCE of
samples at or below it. The threshold (100 of 32767, -50 dBFS) is crossed within 1 ms of the
start of every built-in cue sound (within 0.1 ms for all but the breathing sounds, which start
softly); the same detector on the offline render shows how far it lags.

Figures. Each moment's error is its onset minus at_ms, less a constant: the least-squares one
(the mean), as asked, and also the median (robust when a few cues are far off). Onsets are
converted to the system's monotonic clock first: the null sink's sample clock runs tens of ppm
fast against it (about 30 ms over 10 minutes, measured from when each recorded chunk arrives;
see sink_clock), which counted in samples would look like drift of the app. Drift is the slope of
error against planned time (linear fit) times the routine's length, and last error minus first.
"""

import argparse
import array
import bisect
import json
import math
import os
import sys
import wave

THRESHOLD = 100
MIN_SILENCE = 0.030
BLOCK = 0.010  # a block is shorter than MIN_SILENCE: an onset is the first loud sample of a block
MATCH_WINDOW = 0.150  # a recorded onset belongs to a moment if within this of the expected time


def read_s16(data: bytes) -> array.array:
    samples = array.array("h")
    samples.frombytes(data[: len(data) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def detect(samples: array.array, rate: int) -> list[float]:
    """Onset times in seconds from the first sample."""
    block = max(1, int(rate * BLOCK))
    need = MIN_SILENCE * rate
    last_loud = -math.inf
    onsets = []
    for start in range(0, len(samples), block):
        chunk = samples[start : start + block]
        if max(chunk) <= THRESHOLD and min(chunk) >= -THRESHOLD:
            continue
        first = next(i for i, x in enumerate(chunk) if abs(x) > THRESHOLD)
        last = next(i for i in range(len(chunk) - 1, -1, -1) if abs(chunk[i]) > THRESHOLD)
        if start + first - last_loud > need:
            onsets.append((start + first) / rate)
        last_loud = start + last
    return onsets


def percentile_nearest_rank(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def linear_fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Slope and intercept of the least-squares line."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    slope = sxy / sxx if sxx else 0.0
    return slope, my - slope * mx


def nearest(sorted_values: list[float], target: float) -> float | None:
    i = bisect.bisect_left(sorted_values, target)
    candidates = [sorted_values[j] for j in (i - 1, i) if 0 <= j < len(sorted_values)]
    return min(candidates, key=lambda v: abs(v - target)) if candidates else None


def coarse_offset(onsets: list[float], moments: list[float]) -> float:
    """The constant offset most onset-moment differences agree on (2 ms bins, any offset from
    -1 s to the length of the recording: the app may start well after the recording)."""
    votes: dict[int, list[float]] = {}
    for r in onsets:
        for m in moments:
            d = r - m
            if d >= -1.0:
                votes.setdefault(round(d / 0.002), []).append(d)
    if not votes:
        raise SystemExit("no onset in the recording lines up with the plan")
    best = max(votes, key=lambda k: len(votes.get(k - 1, [])) + len(votes[k]) + len(votes.get(k + 1, [])))
    near = votes.get(best - 1, []) + votes[best] + votes.get(best + 1, [])
    return median(near)


def match(onsets: list[float], moments: list[float], offset: float) -> dict[float, float]:
    pairs = {}
    for m in moments:
        r = nearest(onsets, m + offset)
        if r is not None and abs(r - m - offset) <= MATCH_WINDOW:
            pairs[m] = r
    return pairs


def read_stamps(path: str, rate: int) -> list[tuple[float, float]]:
    """(x, t) per chunk read: x = its first sample in seconds of recording, t = when it was read,
    on the system's monotonic clock (CLOCK_MONOTONIC, which NTP may slew but never steps), or on
    the wall clock in a STAMPS file written before the monotonic column was added."""
    points = []
    previous = 0
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) not in (2, 3):
                continue
            nbytes, t = int(parts[0]), float(parts[-1])
            points.append((previous / 2 / rate, t))
            previous = nbytes
    return points


def wall_minus_monotonic(path: str) -> float:
    """What to subtract from a wall-clock time (`date +%s.%N`) to place it on the monotonic clock
    of read_stamps: the median over the recording's chunks (0 for an older, wall-only file)."""
    differences = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                differences.append(float(parts[1]) - float(parts[2]))
    return median(differences) if differences else 0.0


def sink_clock(points: list[tuple[float, float]], x_from: float, x_to: float,
               window: float = 20.0, apart: float = 30.0) -> tuple[float, float]:
    """(c0, k) such that the sample at x seconds of recording sounded at system time c0 + x (1 + k)
    (the clock of the stamps: monotonic).

    The null sink hands each block to the monitor as it renders it, so a chunk whose first
    sample is at x, read at t, gives t - x close to c0 + k x, later when the reader was slow.
    The smallest t - x in each `window` (20 s; between x_from and x_to, while the app plays)
    traces the sink's clock; k is the Theil-Sen slope through those minima (the median of the
    slopes between windows at least `apart`, 30 s, apart), which neither a slow reader nor the odd block rendered
    ahead of time (when the app's stream is re-opened) can pull aside. k < 0: the sink's
    samples come faster than the system clock.
    """
    windows: dict[int, tuple[float, float]] = {}
    for x, t in points:
        if x_from <= x <= x_to:
            key = int((x - x_from) // window)
            if key not in windows or t - x < windows[key][1]:
                windows[key] = (x, t - x)
    if not windows:
        raise SystemExit("no timestamps while the app played")
    env = sorted(windows.values())
    slopes = [
        (c2 - c1) / (x2 - x1)
        for i, (x1, c1) in enumerate(env)
        for x2, c2 in env[i + 1 :]
        if x2 - x1 >= apart
    ]
    if not slopes:
        return min(c for _, c in env), 0.0
    k = median(slopes)
    return median([c - k * x for x, c in env]), k


def analyze(args: argparse.Namespace) -> None:
    with open(args.raw, "rb") as f:
        rec = read_s16(f.read())
    rate = args.rate
    with open(args.plan) as f:
        plan = json.load(f)
    moments = sorted({c["at_ms"] / 1000 for c in plan["cues"]})
    kinds = {}
    for c in plan["cues"]:
        kinds.setdefault(c["at_ms"] / 1000, c["kind"])

    # The reference: the offline render, where each moment's first sound starts at its at_ms.
    with wave.open(args.reference) as w:
        if w.getsampwidth() != 2 or w.getnchannels() != 1:
            raise SystemExit("the reference must be 16-bit mono")
        ref_rate = w.getframerate()
        ref = read_s16(w.readframes(w.getnframes()))
    ref_onsets = detect(ref, ref_rate)
    ref_pairs = match(ref_onsets, moments, 0.0)
    ref_bias = [ref_pairs[m] - m for m in ref_pairs]
    ref_secondary = [r for r in ref_onsets if r not in set(ref_pairs.values())]

    onsets = detect(rec, rate)
    if not onsets:
        raise SystemExit(f"{args.label}: no sound in the recording ({len(rec) / rate:.1f} s of silence)")
    offset = coarse_offset(onsets, moments)
    pairs = match(onsets, moments, offset)
    for _ in range(3):  # refine: least-squares constant, then match again around it
        offset = sum(pairs[m] - m for m in pairs) / len(pairs)
        pairs = match(onsets, moments, offset)
    matched = sorted(pairs)
    missing = [m for m in moments if m not in pairs]
    span = moments[-1] - moments[0]
    first = matched[0]

    # The sink's clock against the system's monotonic clock, from when each chunk of the recording
    # arrived; `run`'s start (a wall-clock time) moved onto that clock.
    points = read_stamps(args.stamps, rate)
    args.started -= wall_minus_monotonic(args.stamps)
    c0, k = sink_clock(points, pairs[first] + 1.0, pairs[matched[-1]])

    def wall(x: float) -> float:  # the system's (monotonic) time of a sample
        return c0 + x * (1 + k)

    # Errors in system time (what the person hears), and in the sink's samples.
    offsets = [wall(pairs[m]) - m for m in matched]
    offset_ls = sum(offsets) / len(offsets)
    errors = [(o - offset_ls) * 1000 for o in offsets]
    abs_err = [abs(e) for e in errors]
    slope, _ = linear_fit(matched, errors)  # ms per second of routine
    # Against the median offset instead of the mean: a few very early cues pull the mean (and so
    # every other error) aside; this shows the bulk at 0 and the outliers alone.
    median_offset = median(offsets)
    med_errors = [(o - median_offset) * 1000 for o in offsets]

    # Against the render's onsets instead of at_ms: removes the detector's own lag on soft starts
    # (the breathing sounds cross the threshold up to 0.75 ms after their first sample).
    ref_offsets = [wall(pairs[m]) - ref_pairs.get(m, m) for m in matched]
    ref_ls = sum(ref_offsets) / len(ref_offsets)
    ref_errors = [(o - ref_ls) * 1000 for o in ref_offsets]
    raw_offsets = [pairs[m] - m for m in matched]
    raw_ls = sum(raw_offsets) / len(raw_offsets)
    raw_errors = [(o - raw_ls) * 1000 for o in raw_offsets]
    raw_slope, _ = linear_fit(matched, raw_errors)

    # Onsets not paired with a moment: the later sounds of a moment (the reference has them too,
    # e.g. hold_end then step_start) or something unexpected.
    used = set(pairs.values())
    secondary_err = []
    spurious = []
    for r in onsets:
        if r in used:
            continue
        f = nearest(ref_secondary, wall(r) - offset_ls)
        if f is not None and abs(wall(r) - offset_ls - f) <= MATCH_WINDOW:
            secondary_err.append((wall(r) - offset_ls - f) * 1000)
        else:
            spurious.append(r)

    from_start = [(o - args.started) * 1000 for o in offsets]
    rel_first = [(o - offsets[0]) * 1000 for o in offsets]

    # Recording continuity: samples recorded against system time elapsed.
    lost_ms = None
    if len(points) > 2:
        (x0, t0), (x1, t1) = points[1], points[-1]
        lost_ms = ((t1 - t0) - (x1 - x0)) * 1000

    hist: dict[int, int] = {}
    for e in errors:
        hist[math.floor(e)] = hist.get(math.floor(e), 0) + 1

    result = {
        "label": args.label,
        "started": args.started,
        "rate": rate,
        "recorded_s": round(len(rec) / rate, 3),
        "moments_planned": len(moments),
        "moments_matched": len(matched),
        "missing_ms": [round(m * 1000) for m in missing],
        "spurious_onsets_s": [round(r, 4) for r in spurious],
        "secondary_sounds": len(secondary_err),
        "secondary_max_abs_ms": round(max((abs(e) for e in secondary_err), default=0.0), 3),
        "reference_moments_found": len(ref_pairs),
        "reference_bias_max_ms": round(max((abs(b) for b in ref_bias), default=0.0) * 1000, 3),
        "latency_from_start_median_ms": round(median(from_start), 2) if from_start else None,
        "first_cue_from_start_ms": round(from_start[0], 2) if from_start else None,
        "offset_rel_first_median_ms": round(median(rel_first), 3),
        "offset_ls_s": round(offset_ls - args.started, 6),
        "sink_clock_ppm": round(-k * 1e6, 1),
        "raw_error_max_abs_ms": round(max(abs(e) for e in raw_errors), 3),
        "vs_render_max_abs_ms": round(max(abs(e) for e in ref_errors), 3),
        "vs_render_p95_abs_ms": round(percentile_nearest_rank([abs(e) for e in ref_errors], 95), 3),
        "raw_drift_fit_ms": round(raw_slope * span, 3),
        "error_max_abs_ms": round(max(abs_err), 3),
        "error_p95_abs_ms": round(percentile_nearest_rank(abs_err, 95), 3),
        "error_median_abs_ms": round(median(abs_err), 3),
        "error_median_ms": round(median(errors), 3),
        "error_min_ms": round(min(errors), 3),
        "error_max_ms": round(max(errors), 3),
        "within_10ms": sum(a <= 10 for a in abs_err),
        "drift_fit_ms": round(slope * span, 3),
        "drift_last_minus_first_ms": round(errors[-1] - errors[0], 3),
        "span_s": round(span, 3),
        "recording_gap_ms": round(lost_ms, 1) if lost_ms is not None else None,
        "histogram_ms": {str(b): hist[b] for b in sorted(hist)},
        "median_ref_p95_abs_ms": round(percentile_nearest_rank([abs(e) for e in med_errors], 95), 3),
        "median_ref_min_ms": round(min(med_errors), 3),
        "median_ref_max_ms": round(max(med_errors), 3),
        "median_ref_early_over_2ms": sum(e < -2 for e in med_errors),
        "median_ref_late_over_2ms": sum(e > 2 for e in med_errors),
        "early_over_2ms": sum(e < -2 for e in errors),
        "late_over_2ms": sum(e > 2 for e in errors),
        "errors": [[round(m * 1000), kinds[m], round(e, 3)] for m, e in zip(matched, errors)],
        "worst": [
            {"at_ms": round(m * 1000), "kind": kinds[m], "error_ms": round(e, 3)}
            for e, m in sorted(zip(errors, matched), key=lambda p: -abs(p[0]))[:5]
        ],
    }
    print_result(result)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


def print_result(r: dict) -> None:
    def ms(v):
        return "n/a" if v is None else f"{v:.2f} ms"

    print(f"--- {r['label']} ---")
    print(f"recorded {r['recorded_s']:.1f} s at {r['rate']} Hz; "
          f"moments: {r['moments_matched']} of {r['moments_planned']} found"
          + (f", MISSING at {r['missing_ms']} ms" if r["missing_ms"] else ""))
    print(f"later sounds of a moment: {r['secondary_sounds']} (max |error| against the render "
          f"{r['secondary_max_abs_ms']:.2f} ms); other onsets: {len(r['spurious_onsets_s'])}"
          + (f" at {r['spurious_onsets_s'][:10]} s" if r["spurious_onsets_s"] else ""))
    print(f"detector check on the offline render: {r['reference_moments_found']} moments, "
          f"max |onset - at_ms| {r['reference_bias_max_ms']:.3f} ms")
    print(f"latency from `run` start to the sound leaving the server (median over cues): {ms(r['latency_from_start_median_ms'])}; "
          f"first cue {ms(r['first_cue_from_start_ms'])}")
    print(f"offset relative to the first cue (median): {r['offset_rel_first_median_ms']:.3f} ms")
    print(f"error after removing the constant (least squares): max |e| {r['error_max_abs_ms']:.3f} ms, "
          f"p95 |e| {r['error_p95_abs_ms']:.3f} ms, median |e| {r['error_median_abs_ms']:.3f} ms "
          f"(range {r['error_min_ms']:.3f} to {r['error_max_ms']:.3f} ms); "
          f"{r['within_10ms']}/{r['moments_matched']} within 10 ms")
    print(f"against the median offset instead of the mean: p95 |e| {r['median_ref_p95_abs_ms']:.3f} ms, "
          f"range {r['median_ref_min_ms']:.3f} to {r['median_ref_max_ms']:.3f} ms, "
          f"{r['median_ref_early_over_2ms']} cues more than 2 ms early, {r['median_ref_late_over_2ms']} more than 2 ms late")
    print(f"against the render's onsets instead of at_ms (no detector lag): max |e| "
          f"{r['vs_render_max_abs_ms']:.3f} ms, p95 |e| {r['vs_render_p95_abs_ms']:.3f} ms")
    print(f"drift over {r['span_s']:.0f} s: linear fit {r['drift_fit_ms']:.3f} ms, "
          f"last cue minus first {r['drift_last_minus_first_ms']:.3f} ms")
    print(f"the null sink's sample clock runs {r['sink_clock_ppm']:+.1f} ppm fast against the system's monotonic clock "
          f"(the errors above are in system time); counted in the sink's samples instead: max |e| {r['raw_error_max_abs_ms']:.3f} ms, "
          f"drift {r['raw_drift_fit_ms']:.3f} ms")
    if r["recording_gap_ms"] is not None:
        print(f"recording: system time minus recorded time, first chunk to last: {r['recording_gap_ms']:.1f} ms")
    print("histogram of errors (1 ms bins): "
          + ", ".join(f"[{k},{int(k) + 1}): {v}" for k, v in r["histogram_ms"].items()))
    print(f"cues more than 2 ms early: {r['early_over_2ms']}, more than 2 ms late: {r['late_over_2ms']}")
    print("worst: " + "; ".join(f"{w['kind']} at {w['at_ms']} ms: {w['error_ms']:+.3f} ms" for w in r["worst"]))
    ok = (not r["missing_ms"] and r["error_max_abs_ms"] <= 10 and r["error_p95_abs_ms"] <= 5
          and abs(r["drift_fit_ms"]) < 10 and abs(r["drift_last_minus_first_ms"]) < 10)
    print(f"targets (all within 10 ms, p95 within 5 ms, drift under 10 ms): {'met' if ok else 'NOT MET'}")


def table(paths: list[str]) -> None:
    results = []
    for p in paths:
        with open(p) as f:
            results.append(json.load(f))
    rows = [
        ("moments found / planned", lambda r: f"{r['moments_matched']} / {r['moments_planned']}"),
        ("latency from `run` start, median (includes start-up)", lambda r: fmt(r["latency_from_start_median_ms"])),
        ("first cue after `run` start", lambda r: fmt(r["first_cue_from_start_ms"])),
        ("offset relative to the first cue, median", lambda r: fmt(r["offset_rel_first_median_ms"])),
        ("max \\|error\\| (constant removed)", lambda r: fmt(r["error_max_abs_ms"])),
        ("p95 \\|error\\|", lambda r: fmt(r["error_p95_abs_ms"])),
        ("median \\|error\\|", lambda r: fmt(r["error_median_abs_ms"])),
        ("error range", lambda r: f"{r['error_min_ms']:+.2f} to {r['error_max_ms']:+.2f} ms"),
        ("against the median offset: p95 \\|error\\|, range",
         lambda r: f"{r['median_ref_p95_abs_ms']:.2f} ms, {r['median_ref_min_ms']:+.2f} to {r['median_ref_max_ms']:+.2f} ms"),
        ("against the median offset: cues > 2 ms early / late",
         lambda r: f"{r['median_ref_early_over_2ms']} / {r['median_ref_late_over_2ms']}"),
        ("max / p95 \\|error\\| against the render's onsets (no detector lag)",
         lambda r: f"{r['vs_render_max_abs_ms']:.2f} / {r['vs_render_p95_abs_ms']:.2f} ms"),
        ("drift, linear fit over the routine", lambda r: fmt(r["drift_fit_ms"])),
        ("drift, last cue minus first", lambda r: fmt(r["drift_last_minus_first_ms"])),
        ("null sink's sample clock, fast against the system clock by", lambda r: f"{r['sink_clock_ppm']:+.1f} ppm"),
        ("drift counted in the sink's samples (linear fit)", lambda r: fmt(r["raw_drift_fit_ms"])),
    ]
    def cell(get, r) -> str:
        try:
            return get(r)
        except (KeyError, TypeError):  # a result written by an older onsets.py
            return "n/a"

    print("| figure | " + " | ".join(r["label"] for r in results) + " |")
    print("| --- | " + " | ".join("---:" for _ in results) + " |")
    for name, get in rows:
        print(f"| {name} | " + " | ".join(cell(get, r) for r in results) + " |")


def fmt(v) -> str:
    return "n/a" if v is None else f"{v:.2f} ms"


def record(raw_path: str, stamps_path: str) -> None:
    import time

    total = 0
    # Line-buffered: a non-empty STAMPS file means the recording is running.
    with open(raw_path, "wb") as raw, open(stamps_path, "w", buffering=1) as stamps:
        while True:
            data = os.read(0, 65536)
            mono = time.monotonic()
            now = time.time()
            if not data:
                break
            raw.write(data)
            total += len(data)
            stamps.write(f"{total} {now:.6f} {mono:.6f}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("record")
    p.add_argument("raw")
    p.add_argument("stamps")
    p = sub.add_parser("analyze")
    p.add_argument("--label", required=True)
    p.add_argument("--raw", required=True)
    p.add_argument("--rate", type=int, required=True)
    p.add_argument("--plan", required=True)
    p.add_argument("--reference", required=True)
    p.add_argument("--stamps", required=True)
    p.add_argument("--started", type=float, required=True)
    p.add_argument("--json")
    p = sub.add_parser("table")
    p.add_argument("results", nargs="+")
    args = parser.parse_args()
    if args.command == "record":
        record(args.raw, args.stamps)
    elif args.command == "analyze":
        analyze(args)
    else:
        table(args.results)


if __name__ == "__main__":
    main()
