#!/usr/bin/env bash
# What Orca says while a routine plays, with the real screen-reader stack: a private Xvfb, D-Bus
# session, AT-SPI bus and Orca speaking through a silent speech server that logs every "SPEECH
# OUTPUT". The app starts on the library with fresh folders (the pain question asked, as by
# default); scripts/orca_player.py opens the supine bench routine, starts it, skips the pain
# question with S, skips with Right to the bench psoas stretch, lets its preparation and first
# hold run into the rest, pauses and goes on with Space. docs/accessibility.md shows the result.
# Usage: scripts/orca-player.sh [BINARY] [OUT]   (BINARY: target/release/stretch-timer; OUT: a new
#        temp folder). Writes OUT/orca-speech.txt (what Orca said), OUT/driver.txt (what was done
#        when, and the AT-SPI events the app sent), OUT/orca-debug.txt (Orca's whole log).
# Needs (Debian): xvfb xdotool dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 orca, and
# Orca's launcher with a silent speech server from A11Y_SHARED (default /work/shared/a11y:
# orcawrap.py, nullspeech.py). The binary must be called stretch-timer: AT-SPI finds it by name.
set -u
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/stretch-timer}")
out=${2:-$(mktemp -d)}
shared=${A11Y_SHARED:-/work/shared/a11y}
display=:$((150 + RANDOM % 40))
mkdir -p "$out"
prefs=$(mktemp -d)
home=$(mktemp -d)
pids=()
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null; done
  sleep 2
  for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null; done
  rm -rf "$prefs" "$home"
  true
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$display
sleep 1
eval "$(dbus-launch --sh-syntax)"
pids+=("$DBUS_SESSION_BUS_PID")
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/atspi.log" 2>&1 &
pids+=($!)
sleep 1.5
# AccessKit serves AT-SPI only while org.a11y.Status.IsEnabled is true, as a desktop sets it
# when a screen reader runs.
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
  org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null
rm -f "$out/orca-debug.txt"
/usr/bin/python3 "$shared/orcawrap.py" -u "$prefs" --debug-file "$out/orca-debug.txt" >"$out/orca.log" 2>&1 &
pids+=($!)
sleep 5
mkdir -p "$home/home" "$home/cfg" "$home/data"
STRETCH_TIMER_HOME=$home/home XDG_CONFIG_HOME=$home/cfg XDG_DATA_HOME=$home/data "$bin" >"$out/app.log" 2>&1 &
pids+=($!)
sleep 5
# at-spi2-registryd was started by D-Bus activation on this bus: stop it too.
for p in $(pgrep -x at-spi2-registr); do
  grep -qzx "DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS" "/proc/$p/environ" 2>/dev/null && pids+=("$p")
done
timeout 240 /usr/bin/python3 scripts/orca_player.py >"$out/driver.txt" 2>&1
grep "SPEECH OUTPUT" "$out/orca-debug.txt" | sed -E "s/^([0-9:.]+) - SPEECH OUTPUT: '(.*)'\{.*$/\1 \2/" >"$out/orca-speech.txt"
echo "Orca said ($out/orca-speech.txt):"
cat "$out/orca-speech.txt"
