#!/usr/bin/env python3
"""Generates the cue sounds of stretch-timer: assets/sounds/*.wav.

Run from anywhere (Python 3.11+, standard library only):

    python3 scripts/make-sounds.py

It writes one WAV file per cue kind into assets/sounds/ (44100 Hz, mono, 16-bit PCM), checks every
file before writing it and prints a table of name, duration, peak and RMS. The output is
deterministic: no randomness, no timestamps, so re-running gives the same bytes and the committed
files only change when this script does.

Sound design
------------
The client often lies on a bench with eyes closed, so the sounds are the interface. Each cue kind
gets a sound that differs from the others in more than one way (pitch, direction, number of notes,
length, timbre), so it can be recognised without looking, and none is harsh or sudden:

  step_start      a new exercise begins: two-note rising chime C5 -> G5 (soft marimba-like notes:
                  fundamental plus a quiet 4th harmonic, exponential decay). "Something starts."
  hold_start      start holding: one clear bell / singing-bowl tone on A4 with the inharmonic
                  partials of a struck bar (x2.76, x5.40) that die away faster than the fundamental.
  halfway         a single soft mid tone (E5, nearly a pure sine), short.
  countdown       a short soft tick, woodblock-like: 1 kHz plus an inharmonic partial, fast decay.
  countdown_last  the last tick (n = 1): higher (E6) and twice as long, so "now" is unmistakable.
  hold_end        release / relax: the step_start chime reversed and slower, G5 -> C5.
  switch_sides    two identical short pips (A5, slightly hollow timbre: odd harmonics).
  breathe_in      a soft swell whose pitch glides up 280 -> 420 Hz (like an inhale), slow swell.
  breathe_out     the mirror: pitch glides down 420 -> 280 Hz and the sound fades away.
  routine_done    a short happy arpeggio C5 E5 G5 C6 with a longer ringing tail.

Rules every file obeys (asserted below, the script fails instead of writing a bad file):

  * Onset on the very first sample, because the onset is what the app's timing is measured by:
    no leading silence; the first note starts at a waveform crest (cosine phase) under a linear
    fade-in of FADE_IN samples (2 ms) whose first gain is 1/FADE_IN, so sample 0 is small but
    never 0, and the sound is at full level 2 ms in.
  * A linear fade-out of 20 ms that ends on exactly 0, so nothing clicks when the sound stops.
  * No DC offset (mean below -60 dBFS).
  * One loudness: the RMS over the loudest 200 ms window of each sound (the whole sound if it is
    shorter than 200 ms) is TARGET_RMS_DBFS (-20 dBFS) for every cue, and 6 dB lower (-26 dBFS)
    for the breathing pair, which should be felt more than heard.
  * No sample peak above -6 dBFS, so two cues that overlap can be mixed without clipping.
  * Durations within 30 % of the nominal ones in SOUNDS.
"""

import array
import math
import pathlib
import sys
import wave

RATE = 44100
FADE_IN = 88  # samples, 2 ms: the longest fade-in allowed, so the onset stays sharp in time
FADE_OUT = int(0.020 * RATE)  # 20 ms
TARGET_RMS_DBFS = -20.0
BREATH_RMS_DBFS = TARGET_RMS_DBFS - 6.0
MAX_PEAK_DBFS = -6.0
LOUD_WINDOW = int(0.200 * RATE)  # loudness is measured over the loudest 200 ms
OUT_DIR = pathlib.Path(__file__).resolve().parent.parent / "assets" / "sounds"

# Equal-tempered pitches (A4 = 440 Hz).
C5, E5, G5, A5, C6, E6, A4 = 523.251, 659.255, 783.991, 880.000, 1046.502, 1318.510, 440.000


def samples(seconds):
    return int(round(seconds * RATE))


def silence(seconds):
    return [0.0] * samples(seconds)


def mix_into(buf, sound, at_seconds):
    """Adds `sound` into `buf` starting at `at_seconds`, growing `buf` if needed."""
    start = samples(at_seconds)
    end = start + len(sound)
    if end > len(buf):
        buf.extend([0.0] * (end - len(buf)))
    for i, x in enumerate(sound):
        buf[start + i] += x
    return buf


def note(freq, seconds, partials, attack=0.003, phase=0.0):
    """One struck note: a sum of partials (ratio, amplitude, decay time constant in seconds), each
    decaying exponentially, under a short linear attack. `phase` is the start phase of every
    partial: pi/2 (cosine) for a note at the very start of a file, so that its first sample is not
    zero; 0 (sine) for later notes, which then start from silence without a step."""
    n = samples(seconds)
    att = max(1, samples(attack))
    out = [0.0] * n
    for ratio, amp, tau in partials:
        w = 2.0 * math.pi * freq * ratio / RATE
        k = math.exp(-1.0 / (tau * RATE))
        env = amp
        for i in range(n):
            out[i] += env * math.sin(w * i + phase)
            env *= k
    for i in range(min(att, n)):
        out[i] *= (i + 1) / att
    return out


def glide(f0, f1, seconds, envelope, harmonics=((1, 1.0), (2, 0.12))):
    """A tone gliding exponentially from f0 to f1 (constant rate in musical terms), with
    `envelope(t)` as its amplitude. Starts in cosine phase so that its first sample is not 0."""
    n = samples(seconds)
    out = [0.0] * n
    phase = math.pi / 2.0
    for i in range(n):
        t = i / RATE
        f = f0 * (f1 / f0) ** (t / seconds)
        x = 0.0
        for mult, amp in harmonics:
            x += amp * math.sin(mult * phase)
        out[i] = envelope(t) * x
        phase += 2.0 * math.pi * f / RATE
    return out


def piecewise(points):
    """A piecewise-linear envelope through (time, level) points; smooth enough for slow swells."""

    def env(t):
        for (t0, v0), (t1, v1) in zip(points, points[1:]):
            if t <= t1:
                return v0 + (v1 - v0) * (t - t0) / (t1 - t0)
        return points[-1][1]

    return env


# Timbres: (ratio to the fundamental, relative amplitude, decay time constant in seconds).
MARIMBA = ((1.0, 1.0, 0.180), (4.0, 0.10, 0.030), (10.0, 0.02, 0.010))
BELL = ((1.0, 1.0, 0.200), (2.756, 0.40, 0.090), (5.404, 0.16, 0.040), (8.933, 0.05, 0.020))
SOFT = ((1.0, 1.0, 0.150), (2.0, 0.08, 0.060))
WOOD = ((1.0, 1.0, 0.016), (2.65, 0.25, 0.006))
WOOD_HIGH = ((1.0, 1.0, 0.035), (2.65, 0.20, 0.010))
PIP = ((1.0, 1.0, 0.120), (3.0, 0.10, 0.060), (5.0, 0.03, 0.030))
HAPPY = ((1.0, 1.0, 0.350), (2.0, 0.12, 0.150), (4.0, 0.05, 0.050))

START = math.pi / 2.0  # cosine phase for the note that opens a file


def step_start():
    buf = note(C5, 0.350, MARIMBA, attack=0.0, phase=START)
    return mix_into(buf, note(G5, 0.210, MARIMBA), 0.140)


def hold_start():
    return note(A4, 0.450, BELL, attack=0.0, phase=START)


def halfway():
    return note(E5, 0.200, SOFT, attack=0.0, phase=START)


def countdown():
    return note(1000.0, 0.070, WOOD, attack=0.0, phase=START)


def countdown_last():
    return note(E6, 0.140, WOOD_HIGH, attack=0.0, phase=START)


def hold_end():
    buf = note(G5, 0.500, MARIMBA, attack=0.0, phase=START)
    return mix_into(buf, note(C5, 0.320, MARIMBA), 0.180)


def switch_sides():
    # The first pip opens the file (cosine phase, under the file's fade-in); the second is the
    # same pip started from silence (sine phase, its own 3 ms attack): they sound identical.
    first = note(A5, 0.110, PIP, attack=0.0, phase=START)
    second = note(A5, 0.110, PIP)
    # End the first pip with a 15 ms fade so that it does not click before the gap.
    tail = samples(0.015)
    for i in range(tail):
        first[len(first) - tail + i] *= 1.0 - (i + 1) / tail
    buf = first + silence(0.080)
    return mix_into(buf, second, len(buf) / RATE)


def breathe_in():
    # Audible at once (the timing reference) but only at 35 % level, then a slow swell to full
    # level at 0.55 s while the pitch rises, and a gentle release.
    env = piecewise([(0.0, 0.35), (0.55, 1.0), (0.80, 0.25)])
    return glide(280.0, 420.0, 0.800, env)


def breathe_out():
    # The mirror: the pitch falls and the sound swells briefly, then fades away slowly.
    env = piecewise([(0.0, 0.35), (0.20, 1.0), (0.80, 0.10)])
    return glide(420.0, 280.0, 0.800, env)


def routine_done():
    buf = note(C5, 1.300, HAPPY, attack=0.0, phase=START)
    for i, f in enumerate((E5, G5)):
        mix_into(buf, note(f, 1.300 - 0.110 * (i + 1), HAPPY), 0.110 * (i + 1))
    # The top note rings longer: the "tail".
    top = ((1.0, 1.0, 0.600), (2.0, 0.10, 0.200), (4.0, 0.04, 0.060))
    mix_into(buf, note(C6, 1.300 - 0.330, top), 0.330)
    return buf[: samples(1.300)]


# name: (generator, nominal duration in ms, target RMS dBFS over the loudest 200 ms)
SOUNDS = {
    "step_start": (step_start, 350, TARGET_RMS_DBFS),
    "hold_start": (hold_start, 450, TARGET_RMS_DBFS),
    "halfway": (halfway, 200, TARGET_RMS_DBFS),
    "countdown": (countdown, 70, TARGET_RMS_DBFS),
    "countdown_last": (countdown_last, 140, TARGET_RMS_DBFS),
    "hold_end": (hold_end, 500, TARGET_RMS_DBFS),
    "switch_sides": (switch_sides, 300, TARGET_RMS_DBFS),
    "breathe_in": (breathe_in, 800, BREATH_RMS_DBFS),
    "breathe_out": (breathe_out, 800, BREATH_RMS_DBFS),
    "routine_done": (routine_done, 1300, TARGET_RMS_DBFS),
}


def db(x):
    return 20.0 * math.log10(x) if x > 0 else -math.inf


def loud_rms(xs):
    """RMS of the loudest LOUD_WINDOW-sample window (of the whole signal if it is shorter)."""
    w = min(LOUD_WINDOW, len(xs))
    acc = sum(x * x for x in xs[:w])
    best = acc
    for i in range(w, len(xs)):
        acc += xs[i] * xs[i] - xs[i - w] * xs[i - w]
        best = max(best, acc)
    return math.sqrt(max(best, 0.0) / w)


def finish(xs, target_dbfs):
    """Applies the fades and the loudness rule; returns 16-bit samples."""
    xs = list(xs)
    n = len(xs)
    # The fade-in: gains 1/FADE_IN, 2/FADE_IN, ..., 1, a ramp from 0 one sample before the file
    # starts, so sample 0 is already (slightly) non-zero. The opening notes have no attack of
    # their own: this ramp is their attack.
    for i in range(FADE_IN):
        xs[i] *= (i + 1) / FADE_IN
    # The fade-out: gains ..., 2/(FADE_OUT-1), 1/(FADE_OUT-1), 0 on the last sample.
    for i in range(FADE_OUT):
        xs[n - FADE_OUT + i] *= (FADE_OUT - 1 - i) / (FADE_OUT - 1)
    gain = 10.0 ** (target_dbfs / 20.0) / loud_rms(xs)
    return array.array("h", (int(round(x * gain * 32767.0)) for x in xs))


def check(name, pcm, nominal_ms, target_dbfs):
    """Measures the 16-bit samples as written and asserts every rule; returns the table row."""
    xs = [s / 32768.0 for s in pcm]
    n = len(xs)
    ms = 1000.0 * n / RATE
    peak = db(max(abs(x) for x in xs))
    rms_loud = db(loud_rms(xs))
    rms_all = db(math.sqrt(sum(x * x for x in xs) / n))
    dc = sum(xs) / n
    assert pcm[0] != 0, f"{name}: first sample is 0 (leading silence)"
    assert pcm[-1] == 0, f"{name}: last sample is {pcm[-1]}, not 0"
    # The onset is sharp: within the first 5 ms (the 2 ms fade-in plus one period of the lowest
    # tone, 280 Hz) the sound reaches a clearly audible level, within 12 dB of its own peak (the
    # breathing pair starts at about a third of its full level and swells from there).
    onset = db(max(abs(x) for x in xs[: samples(0.005)])) - peak
    assert onset > -12.0, f"{name}: slow onset ({onset:.1f} dB below the peak in the first 5 ms)"
    assert abs(dc) < 10.0 ** (-60.0 / 20.0), f"{name}: DC offset {dc:.2e}"
    assert peak <= MAX_PEAK_DBFS, f"{name}: peak {peak:.2f} dBFS above {MAX_PEAK_DBFS} dBFS"
    assert abs(rms_loud - target_dbfs) < 0.1, f"{name}: RMS {rms_loud:.2f} dBFS, not {target_dbfs}"
    assert 0.7 * nominal_ms <= ms <= 1.3 * nominal_ms, f"{name}: {ms:.0f} ms, not ~{nominal_ms} ms"
    return name, ms, peak, rms_loud, rms_all, onset, pcm[0]


def write_wav(path, pcm):
    if sys.byteorder != "little":
        pcm = array.array("h", pcm)
        pcm.byteswap()
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(pcm.tobytes())


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, (make, nominal_ms, target) in SOUNDS.items():
        pcm = finish(make(), target)
        rows.append(check(name, pcm, nominal_ms, target))
        write_wav(OUT_DIR / f"{name}.wav", pcm)
    print(f"wrote {len(rows)} files to {OUT_DIR}")
    print("RMS = over the loudest 200 ms (the loudness rule); RMS all = over the whole file")
    print("onset = peak of the first 5 ms relative to the peak of the sound")
    print(f"{'name':<16}{'ms':>6}{'peak dBFS':>11}{'RMS dBFS':>10}{'RMS all':>9}{'onset dB':>10}{'sample 0':>10}")
    for name, ms, peak, rms_loud, rms_all, onset, first in rows:
        print(f"{name:<16}{ms:>6.0f}{peak:>11.2f}{rms_loud:>10.2f}{rms_all:>9.2f}{onset:>10.1f}{first:>10}")


if __name__ == "__main__":
    main()
