#!/usr/bin/env bash
# Measures the core through the release binary: checking routine files of the largest allowed size,
# valid and broken, and planning the longest allowed routine; then the editor's check per change. Prints hyperfine's table; the figures
# go in BENCHMARKS.md. Needs hyperfine (Debian package `hyperfine`).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/stretch-timer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
words = "Lie on your back and let the thigh drop slowly until you feel a gentle pull. " * 60
def routine(steps):
    return 'Routine(\n    format: 1,\n    name: "Large",\n    steps: [\n' + ''.join(steps) + '    ],\n)\n'
# Just under 1 MiB, 200 steps, long instructions: the largest valid file.
valid = [f'        Step(name: "Step {i}", instructions: "{words}", sides: Both, hold: "30s", reps: 3, rest: "10s", breathe: "5s", halfway: true),\n' for i in range(200)]
open(f"{work}/valid-1mib.ron", "w").write(routine(valid))
# The same size with an error in every step: 200 errors, 50 reported, each located by a re-parse.
broken = [s.replace('hold: "30s"', 'hold: "30 secs"') for s in valid]
open(f"{work}/broken-1mib.ron", "w").write(routine(broken))
# The longest routine allowed (just under 24 h) with breathing cues every 2 s: the most cues.
longest = [f'        Step(name: "S{i}", sides: Both, hold: "1h", reps: 3, rest: "0s", breathe: "2s", halfway: true, countdown: 10),\n' for i in range(3)]
open(f"{work}/longest.ron", "w").write(routine(longest))
PY
ls -l "$work"
"$bin" check "$work/valid-1mib.ron"
"$bin" check "$work/broken-1mib.ron" | tail -1 || true
"$bin" plan "$work/longest.ron" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["cues"]), "cues,", d["total_ms"]/3.6e6, "hours")'

hyperfine --warmup 3 --runs 30 -N --ignore-failure --style basic --export-json "$work/times.json" \
  "$bin check routines/supine-bench-psoas.ron" \
  "$bin check $work/valid-1mib.ron" \
  "$bin check $work/broken-1mib.ron" \
  "$bin plan $work/longest.ron --json"

# The editor checks a draft on every change: the same files, in process, no process start.
cargo run --release --quiet --example editor_check -- "$work/valid-1mib.ron"

# Medians, and each as a ratio to checking a bundled routine measured in the same run.
python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print(f"{'command':<60} {'median':>10} {'ratio':>7}")
for r in results:
    name = r["command"].replace("target/release/stretch-timer ", "").split("/tmp/")[0] + r["command"].split("/")[-1] if "/tmp/" in r["command"] else r["command"].replace("target/release/stretch-timer ", "")
    print(f"{name:<60} {r['median'] * 1000:>8.2f}ms {r['median'] / base:>6.1f}x")
PY
