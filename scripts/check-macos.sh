#!/usr/bin/env bash
# Type-checks the program for macOS (aarch64-apple-darwin) on Linux; .ci/run calls it.
#
#   scripts/check-macos.sh
#
# There is no Mac here, so nothing is linked or run: `cargo check` compiles every crate for the
# target, so that a change that only breaks the macOS build (a Linux-only call outside its `cfg`,
# a dependency that needs a feature there) is seen. The build scripts' C code (SQLite) is
# compiled with zig's C compiler, which carries the macOS headers it needs (PyPI's `ziglang`);
# nothing needs Apple's SDK since notify-rust, whose macOS backend is Objective-C, is left out
# there (reminders on macOS are not supported).
#
# Missing tools are installed when run as root (the Rust target with rustup, ziglang with pip,
# pip with apt-get); what is still missing then fails under CI=true, and otherwise says SKIP.
set -euo pipefail
cd "$(dirname "$0")/.."

target=aarch64-apple-darwin
zig_version=0.17.1

skip_or_fail() {
  if [ "${CI:-}" = true ]; then
    echo "FAIL: the macOS check cannot run: $*" >&2
    exit 1
  fi
  printf '\n==== SKIP: the macOS check did not run: %s ====\n\n' "$*" >&2
  exit 0
}

rustup target list --installed | grep -qx "$target" || rustup target add "$target" >/dev/null \
  || skip_or_fail "the Rust target $target could not be added"
if ! python3 -m ziglang version >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    if ! python3 -m pip --version >/dev/null 2>&1 && command -v apt-get >/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pip >/dev/null
    fi
    python3 -m pip install --quiet --break-system-packages "ziglang==$zig_version" \
      || skip_or_fail "zig could not be installed: pip install ziglang==$zig_version"
  fi
  python3 -m ziglang version >/dev/null 2>&1 \
    || skip_or_fail "zig is missing: pip install ziglang==$zig_version"
fi

# cc-rs gives the C compiler its own --target (arm64-apple-macosx), a name zig does not read: the
# wrapper gives zig's instead.
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
cat >"$tools/cc" <<'WRAPPER'
#!/usr/bin/env bash
args=()
for arg in "$@"; do [[ $arg == --target=* ]] || args+=("$arg"); done
exec python3 -m ziglang cc -target aarch64-macos "${args[@]}"
WRAPPER
printf '#!/bin/sh\nexec python3 -m ziglang ar "$@"\n' >"$tools/ar"
chmod +x "$tools/cc" "$tools/ar"

started=$(date +%s)
CC_aarch64_apple_darwin=$tools/cc AR_aarch64_apple_darwin=$tools/ar \
  cargo check --locked --quiet --target "$target" --workspace
printf '\n==== the macOS check passed in %s s ====\n\n' "$(($(date +%s) - started))" >&2
