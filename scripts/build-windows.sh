#!/usr/bin/env bash
# Builds the Windows program on Linux, and what is handed to a client: a portable zip and a per-user
# installer (docs/windows.md).
#
#   scripts/build-windows.sh [--no-installer]
#
# Writes, in $CARGO_TARGET_DIR (default target/) under windows/:
#   stretch-timer/                           the program's folder, as installed and as zipped:
#     stretch-timer.exe                      the app (GUI subsystem: no console window)
#     stretch-timer.com                      its console twin for the command line (below)
#     routines/*.ron and routines/LANGUAGE/*.ron, README.md, routine-format.md
#   stretch-timer-VERSION-windows-x86_64.zip the portable zip of that folder
#   stretch-timer-VERSION-setup.exe          the installer (installer/stretch-timer.nsi), unless
#                                            --no-installer
# and prints the last two paths, one a line, last.
#
# Needs the Rust target (rustup target add x86_64-pc-windows-gnu), mingw-w64's C toolchain and
# resource compiler, zip and, for the installer, NSIS 3:
#   apt-get install gcc-mingw-w64-x86-64 zip nsis
set -euo pipefail
cd "$(dirname "$0")/.."

installer=true
case "${1:-}" in
  --no-installer) installer=false ;;
  "") ;;
  *) echo "usage: scripts/build-windows.sh [--no-installer]" >&2; exit 2 ;;
esac

target=x86_64-pc-windows-gnu
missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
command -v zip >/dev/null || missing+=(zip)
$installer && ! command -v makensis >/dev/null && missing+=(nsis)
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]}; install with: apt-get install ${missing[*]}" >&2
  exit 2
fi
if ! rustup target list --installed | grep -qx "$target"; then
  echo "missing the Rust target; add it with: rustup target add $target" >&2
  exit 2
fi

version=$(cargo metadata --no-deps --format-version 1 --locked \
  | sed -n 's/.*"name":"stretch-timer","version":"\([^"]*\)".*/\1/p')
[ -n "$version" ] || { echo "could not read the package's version" >&2; exit 2; }

cargo build --locked --profile dist --target "$target" --bin stretch-timer
target_dir=${CARGO_TARGET_DIR:-target}
out=$target_dir/windows
dir=$out/stretch-timer
rm -rf "$dir"
mkdir -p "$dir/routines"
exe=$dir/stretch-timer.exe
cp "$target_dir/$target/dist/stretch-timer.exe" "$exe"

# The console twin. The .exe is a GUI program (src/main.rs: windows_subsystem = "windows"), so
# started from the Start menu or a double click it opens no console window; but a terminal does
# not wait for a GUI program, nor give it its console. stretch-timer.com is the same file with
# one field of its PE header, the subsystem, set to console (3) instead of GUI (2), as
# `editbin /subsystem:console` would: typed in a terminal, `stretch-timer` finds the .com first
# (PATHEXT lists .COM before .EXE), which prints there, reads the terminal, gets Ctrl-C and gives
# its exit code. Windows runs a .com that starts with "MZ" as the PE program it is.
# The PE header: its offset at 0x3C; "PE\0\0", a 20-byte file header, then the optional header,
# whose magic (0x20B for 64-bit) comes first and whose subsystem is 68 bytes into it.
u32_at() { od -An -tu4 -j "$2" -N 4 "$1" | tr -d ' '; }
u16_at() { od -An -tu2 -j "$2" -N 2 "$1" | tr -d ' '; }
pe=$(u32_at "$exe" 60)
optional=$((pe + 24))
subsystem=$((optional + 68))
if [ "$(u32_at "$exe" "$pe")" != 17744 ] || [ "$(u16_at "$exe" "$optional")" != 523 ] \
  || [ "$(u16_at "$exe" "$subsystem")" != 2 ]; then
  echo "$exe: not a 64-bit GUI program's PE header; the console twin was not made" >&2
  exit 1
fi
com=$dir/stretch-timer.com
cp "$exe" "$com"
printf '\003' | dd of="$com" bs=1 seek="$subsystem" conv=notrunc status=none

# English at the top of routines/, each translation in its language's folder (routines/de/...).
cp routines/*.ron "$dir/routines/"
for language in routines/*/; do
  language=$(basename "$language")
  mkdir -p "$dir/routines/$language"
  cp "routines/$language/"*.ron "$dir/routines/$language/"
done
cp README.md docs/routine-format.md "$dir/"

zip_file=$out/stretch-timer-$version-windows-x86_64.zip
rm -f "$zip_file"
# -X: no Unix owners or extra times, so the zip depends only on the files.
(cd "$out" && zip -q -X -r "$(basename "$zip_file")" stretch-timer)

if $installer; then
  setup=$out/stretch-timer-$version-setup.exe
  makensis -V2 -INPUTCHARSET UTF8 "-DVERSION=$version" "-DSOURCE=$(realpath "$dir")" \
    "-DICON=$(realpath assets/windows/stretch-timer.ico)" "-DOUTFILE=$(realpath -m "$setup")" \
    installer/stretch-timer.nsi
fi

echo "$zip_file"
$installer && echo "$setup"
exit 0
