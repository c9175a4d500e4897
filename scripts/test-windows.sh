#!/usr/bin/env bash
# The Windows build's smoke test under Wine, on Linux (docs/windows.md); .ci/run calls it.
#
#   scripts/test-windows.sh
#
# Builds the program, the zip and the installer (scripts/build-windows.sh), then in fresh Wine
# prefixes, under a private Xvfb:
#   - the console twin (stretch-timer.com): --version; check's exit codes 0 and 1, with the same
#     messages as on Linux; plan --json and render byte-identical to the Linux binary for every
#     bundled routine (routines/, and plan --json of each translation in routines/LANGUAGE/) and
#     every valid routine in tests/data;
#   - the app (stretch-timer.exe): its window opens on the library, with a screenshot
#     ($CARGO_TARGET_DIR/windows/wine-library.png) that must not be blank;
#   - the installer: /S installs, the Start menu entry and the .ron and .zip registrations are
#     there, the installed program runs, and /S uninstalls all of it but the user's own folder.
# Missing tools are installed with apt-get when run as root; what is still missing then fails the
# test under CI=true, and otherwise makes it say SKIP.
#
# Wine 8 (Debian 12) has no ProcessPrng, which Rust's standard library takes from
# bcryptprimitives.dll: scripts/wine/processprng.c is built into each scratch prefix's system32 as
# that DLL. It is for this test only: never in the program's folder, the zip or the installer.
set -euo pipefail
cd "$(dirname "$0")/.."

banner() { printf '\n==== %s ====\n\n' "$*" >&2; }
skip_or_fail() {
  if [ "${CI:-}" = true ]; then
    echo "FAIL: the Windows smoke test cannot run: $*" >&2
    exit 1
  fi
  banner "SKIP: the Windows smoke test did not run: $*"
  exit 0
}

# A command or a file, and the Debian package that has it. Wine's X11 driver and its OpenGL are
# in its recommended packages (libgl1, libxrandr2, …), and Mesa's software driver draws on Xvfb.
needs=(x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 zip:zip makensis:nsis wine:wine
  wineboot:wine64 Xvfb:xvfb xdotool:xdotool xwininfo:x11-utils import:imagemagick
  identify:imagemagick /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so:libgl1-mesa-dri)
missing_packages() {
  local need have
  for need in "${needs[@]}"; do
    have=${need%%:*}
    if [[ $have == /* ]]; then [ -e "$have" ]; else command -v "$have" >/dev/null; fi \
      || echo "${need#*:}"
  done | sort -u
}
missing=$(missing_packages)
if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  # shellcheck disable=SC2086 # one package a word
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  missing=$(missing_packages)
fi
[ -z "$missing" ] || skip_or_fail "missing $(echo $missing): apt-get install $(echo $missing)"
target=x86_64-pc-windows-gnu
rustup target list --installed | grep -qx "$target" || rustup target add "$target" \
  || skip_or_fail "the Rust target $target could not be added"

started=$(date +%s)
built=$(scripts/build-windows.sh)
zip_file=$(sed -n 1p <<<"$built")
setup=$(sed -n 2p <<<"$built")
target_dir=$(realpath "${CARGO_TARGET_DIR:-target}")
program=$target_dir/windows/stretch-timer
# The Linux binary the outputs are compared with (.ci/run has built it already).
cargo build --locked --quiet --bin stretch-timer
linux=$target_dir/debug/stretch-timer

work=$(mktemp -d)
xvfb=
cleanup() {
  for prefix in "$work"/prefix-*; do
    [ -d "$prefix" ] && WINEPREFIX=$prefix wineserver -k 2>/dev/null || true
  done
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

x86_64-w64-mingw32-gcc -O2 -shared -s -o "$work/bcryptprimitives.dll" scripts/wine/processprng.c \
  -ladvapi32

# One virtual screen for every prefix; its number is chosen by Xvfb itself.
Xvfb -displayfd 3 -screen 0 1280x860x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 1 300); do
  [ -s "$work/display" ] && break
  sleep 0.1
done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(cat "$work/display")

export WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko to offer (their dialogs would wait for a click); the shim's DLL before any other.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n,b"
new_prefix() {
  export WINEPREFIX=$work/prefix-$1
  timeout 300 wineboot --init >/dev/null 2>&1 || fail "wineboot could not make a Wine prefix"
  timeout 120 wineserver -w || fail "Wine did not finish making its prefix"
  cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
}
# A Linux path as Windows sees it (Wine's Z: is /).
winpath() { local path; path=$(realpath -m "$1"); printf 'Z:%s' "${path//\//\\}"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

banner "the program: PE headers"
objdump_subsystem() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^Subsystem[[:space:]]*//p'; }
[[ $(objdump_subsystem "$program/stretch-timer.exe") == *"Windows GUI"* ]] \
  || fail "stretch-timer.exe is not a GUI program"
[[ $(objdump_subsystem "$program/stretch-timer.com") == *"Windows CUI"* ]] \
  || fail "stretch-timer.com is not a console program"
x86_64-w64-mingw32-objdump -h "$program/stretch-timer.exe" | grep -q '\.rsrc' \
  || fail "stretch-timer.exe has no resources (icon, version)"
# The version information's strings are UTF-16.
version=$(x86_64-w64-mingw32-strings -el "$program/stretch-timer.exe" | sed -n '/^ProductVersion$/{n;p}')
[ "stretch-timer $version" = "$("$linux" --version)" ] \
  || fail "stretch-timer.exe's version information says '$version'"
zip -sf "$zip_file" | grep -qi 'bcryptprimitives' && fail "the zip holds the test shim"
# Issue #21's target for the installer: at most 10 MB.
size=$(stat -c %s "$setup")
[ "$size" -le 10000000 ] || fail "the installer is $size bytes, over 10 MB"
echo "ok: .exe GUI with resources, .com console, zip without the shim, installer $size bytes"

new_prefix cli
com=$program/stretch-timer.com
wine_com() { timeout 300 wine "$com" "$@"; }

banner "the command line under Wine"
want=$("$linux" --version)
got=$(wine_com --version)
[ "$got" = "$want" ] || fail "--version: got '$got', want '$want'"
echo "ok: --version ($got)"

# Windows' display language (Wine takes it from LC_ALL), with no --lang and no language chosen in
# Settings: the program speaks it.
mkdir -p "$work/lang-home"
got=$(LC_ALL=de_DE.UTF-8 wine_com list --home "$(winpath "$work/lang-home")")
grep -q 'mitgeliefert' <<<"$got" || fail "list under a German Windows is not in German: $got"
got=$(LC_ALL=fr_FR.UTF-8 wine_com history --home "$(winpath "$work/lang-home")" 2>&1)
grep -q 'séance' <<<"$got" || fail "history under a French Windows is not in French: $got"
echo "ok: the words follow Windows' display language (German, French)"

status=0
wine_com check "$(winpath routines)" >"$work/check.out" || status=$?
[ "$status" = 0 ] || { cat "$work/check.out" >&2; fail "check routines: exit $status, want 0"; }
echo "ok: check routines exits 0"
# Run from tests/data with a relative folder, so that the messages' paths differ only by the
# separator Windows prints (broken\file.ron).
status=0
(cd tests/data && wine_com check broken) >"$work/broken.win" 2>&1 || status=$?
[ "$status" = 1 ] || fail "check tests/data/broken: exit $status, want 1"
linux_status=0
(cd tests/data && "$linux" check broken) >"$work/broken.linux" 2>&1 || linux_status=$?
[ "$linux_status" = 1 ] || fail "the Linux binary's check tests/data/broken: exit $linux_status"
sed 's|broken\\|broken/|g' "$work/broken.win" >"$work/broken.win-paths"
cmp -s "$work/broken.win-paths" "$work/broken.linux" \
  || { diff "$work/broken.win-paths" "$work/broken.linux" | head -n 20 >&2
    fail "check tests/data/broken says something else than on Linux"; }
echo "ok: check tests/data/broken exits 1, with the Linux binary's $(wc -l <"$work/broken.linux") lines"

# Every bundled routine, and every routine in tests/data that the Linux binary finds valid.
routines=(routines/*.ron)
while IFS= read -r file; do
  "$linux" check "$file" >/dev/null 2>&1 && routines+=("$file")
done < <(find tests/data -name '*.ron' -not -path 'tests/data/broken/*' | sort)
for routine in "${routines[@]}"; do
  "$linux" plan "$routine" --json >"$work/plan.linux"
  wine_com plan "$(winpath "$routine")" --json >"$work/plan.win"
  cmp -s "$work/plan.linux" "$work/plan.win" || fail "plan --json differs for $routine"
  # Step names are spoken by the system's synthesiser (espeak-ng here; Windows has none the
  # program uses yet, docs/windows.md): the tones and the recorded prompts are compared.
  "$linux" render "$routine" --no-speak-names --out "$work/linux.wav" >/dev/null 2>&1
  wine_com render "$(winpath "$routine")" --no-speak-names --out "$(winpath "$work/win.wav")" >/dev/null 2>&1
  cmp -s "$work/linux.wav" "$work/win.wav" || fail "render differs for $routine"
done
echo "ok: plan --json and render byte-identical for ${#routines[@]} routines"
# No speech synthesiser on this Windows (no eSpeak NG installed): step names fall back to the
# usual prompts, the same track as without names, and the program says how to get eSpeak NG on
# Windows, not with apt.
"$linux" render routines/standing-psoas.ron --no-speak-names --out "$work/linux.wav" >/dev/null 2>&1
wine_com --lang en render "$(winpath routines/standing-psoas.ron)" --out "$(winpath "$work/names.wav")" \
  >/dev/null 2>"$work/names.err"
grep -q 'eSpeak NG for Windows' "$work/names.err" || fail "render without eSpeak NG said: $(cat "$work/names.err")"
grep -q 'apt' "$work/names.err" && fail "render on Windows speaks of apt: $(cat "$work/names.err")"
cmp -s "$work/linux.wav" "$work/names.wav" || fail "render without eSpeak NG is not the track without names"
echo "ok: without eSpeak NG, the usual prompts, and how to get it on Windows"
# The translations of the bundled routines: the same sounds as the English (render is not run
# again), but their names and words in other alphabets' letters through the console.
translations=(routines/*/*.ron)
for routine in "${translations[@]}"; do
  "$linux" plan "$routine" --json >"$work/plan.linux"
  wine_com plan "$(winpath "$routine")" --json >"$work/plan.win"
  cmp -s "$work/plan.linux" "$work/plan.win" || fail "plan --json differs for $routine"
done
echo "ok: plan --json byte-identical for the ${#translations[@]} translated routines"

banner "a user's folder with spaces and letters beyond ASCII"
# C:\Users\José Müller as Windows has it: the routines, the history (SQLite) and a session in it.
person="$work/José Müller"
home="$person/Stretch Timer"
mkdir -p "$home"
printf 'Routine(format: 1, name: "Kurz für José", steps: [Step(name: "Dehnen", hold: 2, prepare: 0)])\r\n' \
  >"$person/kurz.ron"
wine_com check "$(winpath "$person/kurz.ron")" | grep -q 'kurz.ron: ok' || fail "check in José Müller's folder"
made=$(wine_com --home "$(winpath "$home")" new "Übung für Anna")
[[ $made == *'übung-für-anna.ron'* ]] || fail "new in José Müller's folder said '$made'"
[ -f "$home/routines/übung-für-anna.ron" ] || fail "new did not write übung-für-anna.ron"
wine_com --home "$(winpath "$home")" list | grep -q 'Übung für Anna' || fail "list does not show Übung für Anna"
wine_com --home "$(winpath "$home")" run "$(winpath "$person/kurz.ron")" --silent --no-ask >/dev/null
wine_com --home "$(winpath "$home")" history --csv | grep -q ',Kurz für José,completed,2,1,1,' \
  || fail "the session in José Müller's folder is not in the history"
echo "ok: new, list, run and history in a folder named José Müller"

banner "saving over a file another program holds open"
# A browser showing the handout, say: the program tries again for a moment, then says why, and the
# file is as it was; once the other program lets go, the save works.
x86_64-w64-mingw32-gcc -municode -O2 -s -o "$work/hold-open.exe" scripts/wine/hold-open.c
page=$home/handout.html
wine_com --home "$(winpath "$home")" handout "$(winpath "$person/kurz.ron")" --out "$(winpath "$page")" >/dev/null
before=$(sha256sum <"$page")
mkfifo "$work/let-go"
wine "$work/hold-open.exe" "$(winpath "$page")" <"$work/let-go" >"$work/hold.out" 2>&1 &
holder=$!
exec 7>"$work/let-go"
for _ in $(seq 1 300); do grep -q open "$work/hold.out" && break; sleep 0.1; done
grep -q open "$work/hold.out" || fail "the test's holder could not open the handout: $(cat "$work/hold.out")"
status=0
wine_com --lang en --home "$(winpath "$home")" handout standing-psoas --out "$(winpath "$page")" \
  >/dev/null 2>"$work/held.err" || status=$?
echo >&7
exec 7>&-
wait "$holder"
[ "$status" = 2 ] || fail "saving over a file held open: exit $status, want 2"
grep -q 'another program has it open' "$work/held.err" || fail "saving over a file held open said: $(cat "$work/held.err")"
[ "$(sha256sum <"$page")" = "$before" ] || fail "the file held open was changed"
wine_com --home "$(winpath "$home")" handout standing-psoas --out "$(winpath "$page")" >/dev/null \
  || fail "saving once the other program let go"
echo "ok: a file held open is left as it was, with the reason; saved once let go"

banner "the app's window under Wine"
home=$work/home
mkdir -p "$home"
timeout 600 wine "$program/stretch-timer.exe" --home "$(winpath "$home")" >"$work/app.log" 2>&1 &
app=$!
window=
for _ in $(seq 1 900); do
  window=$(xdotool search --onlyvisible --name '^stretch-timer$' 2>/dev/null | head -n 1) || true
  [ -n "$window" ] && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
[ -n "$window" ] || { tail -n 20 "$work/app.log" >&2; fail "the app's window did not open"; }
xwininfo -id "$window" | grep -q 'Map State: IsViewable' || fail "the app's window is not shown"
# The first frames (fonts, the library's routines) can take a while on a busy machine.
shot=$target_dir/windows/wine-library.png
for _ in $(seq 1 30); do
  sleep 2
  import -window root "$shot"
  colours=$(identify -format '%k' "$shot")
  [ "$colours" -gt 50 ] && break
done
[ "$colours" -gt 50 ] || fail "the screenshot $shot is blank ($colours colours)"
echo "ok: the window opened ($(xwininfo -id "$window" | sed -n 's/.*geometry //p')); screenshot $shot, $colours colours"
wineserver -k
wait "$app" 2>/dev/null || true

banner "the installer under Wine"
new_prefix setup
timeout 300 wine "$setup" /S || fail "the silent install failed"
timeout 120 wineserver -w
users=$WINEPREFIX/drive_c/users/$(id -un)
installed="$users/AppData/Local/Programs/Stretch Timer"
for file in stretch-timer.exe stretch-timer.com uninstall.exe routines/supine-bench-psoas.ron \
  routines/de/supine-bench-psoas.ron routines/es/floor-psoas.ron routines/fr/myofascial-psoas.ron; do
  [ -f "$installed/$file" ] || fail "not installed: $installed/$file"
done
[ -e "$installed/bcryptprimitives.dll" ] && fail "the installer holds the test shim"
menu="$users/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Stretch Timer.lnk"
[ -f "$menu" ] || fail "no Start menu entry: $menu"
[ -e "$users/Desktop/Stretch Timer.lnk" ] && fail "a desktop shortcut, which is not chosen by default"
reg_value() { timeout 60 wine reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | grep -F "$2" || true; }
reg_default() { timeout 60 wine reg query "$1" /ve 2>/dev/null | tr -d '\r' | grep -F '(Default)' || true; }
[[ $(reg_default 'HKCU\Software\Classes\.ron') == *StretchTimer.Routine* ]] \
  || fail ".ron is not associated with Stretch Timer"
[[ $(reg_default 'HKCU\Software\Classes\StretchTimer.Routine\shell\open\command') == *'stretch-timer.exe" "%1"'* ]] \
  || fail "the routine class does not open with stretch-timer.exe"
[ -n "$(reg_value 'HKCU\Software\Classes\.zip\OpenWithProgids' StretchTimer.SharedRoutine)" ] \
  || fail ".zip does not offer Open with Stretch Timer"
[[ $(reg_default 'HKCU\Software\Classes\.zip') == *StretchTimer* ]] && fail ".zip was taken over"
[ -n "$(reg_value 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\StretchTimer' QuietUninstallString)" ] \
  || fail "no uninstall entry"
echo "ok: installed, with its Start menu entry and the .ron and .zip registrations"
# The installed program, in the user's own folder (%APPDATA%\stretch-timer\data).
wine "$installed/stretch-timer.com" new "Kept routine" >"$work/new.out"
mine="$users/AppData/Roaming/stretch-timer/data/routines/kept-routine.ron"
[ -f "$mine" ] || { cat "$work/new.out" >&2; fail "the installed program did not write $mine"; }
echo "ok: the installed program wrote a routine into the user's folder"

timeout 300 wine "$installed/uninstall.exe" /S || fail "the silent uninstall failed"
# The uninstaller runs on from a copy of itself in the temporary folder.
timeout 120 wineserver -w
[ -e "$installed" ] && fail "the uninstall left $installed"
[ -e "$menu" ] && fail "the uninstall left the Start menu entry"
[ -n "$(reg_default 'HKCU\Software\Classes\StretchTimer.Routine')" ] && fail "the uninstall left the routine class"
[ -n "$(reg_value 'HKCU\Software\Classes\.zip\OpenWithProgids' StretchTimer.SharedRoutine)" ] \
  && fail "the uninstall left Open with on .zip"
[ -f "$mine" ] || fail "the uninstall removed the user's routine"
echo "ok: uninstalled, the user's routines kept"

banner "the Windows smoke test passed in $(($(date +%s) - started)) s"
ls -l "$program/stretch-timer.exe" "$zip_file" "$setup" >&2
