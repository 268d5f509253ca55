#!/usr/bin/env bash
# The Windows build, tested on this Linux machine (issue 17): the core, storage, hub (HTTPS on
# loopback), sync client, report and CLI test suites are built for x86_64-pc-windows-gnu with
# mingw-w64 and run under Wine, so Windows paths, file locking, SQLite, rustls and the CLI are
# exercised as a Windows PC runs them. Then `jikim.exe hub` serves a class under Wine and the
# Linux CLI's sync client joins it over loopback and pushes records. Last, the installer is built
# and installed, checked and uninstalled under Wine.
#
# Installs what is missing (mingw-w64, Wine, the Rust target). Exits non-zero on any failure.
# What this cannot test: the app window (WebView2 does not run under Wine); see docs/windows.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
source scripts/lib/cargo-env.sh
source scripts/lib/windows.sh
step() { printf '\n\033[1m== %s ==\033[0m (%ds)\n' "$*" "$SECONDS"; }

step "install the Windows toolchain and Wine (if missing)"
windows_toolchain wine:wine64

step "a Wine prefix for the tests"
# A throwaway prefix: nothing of a developer's own Wine setup is touched.
export WINEPREFIX="${JIKIM_WINEPREFIX:-$PWD/target/wine-prefix}"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono/Gecko install prompts
if [ ! -e "$WINEPREFIX/system.reg" ]; then
  wineboot --init >/dev/null 2>&1 || wineboot -i >/dev/null 2>&1
  wineserver -w
fi
# Wine 8.0 lacks bcryptprimitives.dll (ProcessPrng, used by Rust's standard library since 1.78):
# a test-only shim forwards it to RtlGenRandom. Real Windows has the real one.
shim="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -e "$shim" ] || [ scripts/windows/bcryptprimitives.c -nt "$shim" ]; then
  x86_64-w64-mingw32-gcc -shared -O2 -o "$shim" scripts/windows/bcryptprimitives.c \
    scripts/windows/bcryptprimitives.def -ladvapi32
fi
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine
# One wineserver for the whole run. Left to itself it exits a few seconds after each test binary,
# and a binary starting in that moment loses its connection ("recvmsg: Connection reset by
# peer", seen in CI).
wineserver -k 2>/dev/null || true
wineserver -p
trap 'wineserver -k 2>/dev/null || true' EXIT

step "the workspace built for Windows: the tests, jikim.exe and the app"
# The app embeds the UI (scripts/test.sh has built it when CI gets here).
[ -e ui/dist/index.html ] || npm run build -w ui
# One build with one selection (scripts/lib/windows.sh) for the tests below, the hub step's
# jikim.exe and the installer's jikim-app.exe: each later cargo call compiles nothing.
cargo build --locked --target "$TARGET" "${WINDOWS_PACKAGES[@]}" --lib --bins --tests "${FEATURES[@]}"
# The app's test program links WebView2Loader.dll (webview2-com-sys), which Windows looks for
# beside the program: put there, as the installer puts it beside jikim-app.exe. (Its tests run on
# Tauri's mock runtime; no web view is started.)
cp "$(webview2_loader "target/$TARGET/debug")" "target/$TARGET/debug/deps/"

step "core, storage, hub, sync, report, CLI and app tests for Windows, under Wine"
# Not the prefix's own lab setup: the installer test below leaves a system-wide provisioning file
# in it (%PROGRAMDATA%\Jikim, kept on uninstall as on a lab PC), which would make the app's tests
# a provisioned lab PC. The tests get a path where there is none (Provision::system_path).
export JIKIM_SYSTEM_PROVISION='C:\jikim-tests\no-provision.toml'
# One thread per test binary: Wine's process start-up is the slow part, not the tests.
cargo test --locked --no-fail-fast --target "$TARGET" "${WINDOWS_PACKAGES[@]}" "${FEATURES[@]}" \
  --lib --bins --test hub_kill -- --test-threads=2
# The workspace's integration suites that need no window: storage (crash, wipe, migrations),
# study, the hub over TLS on loopback (limits, slow clients, faulty networks), reports and the CLI.
cargo test --locked --no-fail-fast --target "$TARGET" "${WINDOWS_PACKAGES[@]}" "${FEATURES[@]}" \
  --test integration -- --test-threads=2 storage:: study:: hub:: report:: cli:: \
  --skip certificates_are_a_pdf_whose_text_names_each_student \
  --skip the_qr_code_on_the_page_reads_back_as_its_signed_claim # read with Linux's poppler, zbar

unset JIKIM_SYSTEM_PROVISION

step "jikim.exe hub under Wine, a Linux student client syncing with it"
# jikim.exe from the build above; the Linux side with scripts/test.sh's selection and features,
# so its test build is reused, not redone (`--test integration` alone resolved features
# differently and compiled the workspace again).
JIKIM_WINDOWS_JIKIM="$PWD/target/$TARGET/debug/jikim.exe" \
  cargo test --locked --workspace --lib --bins --tests "${FEATURES[@]}" -- \
  --ignored windows_hub::

step "the installer: built (scripts/build-windows.sh), installed, checked and uninstalled under Wine"
# From the debug build above: the installer's script, files, registration and provisioning are
# what is tested, and the release build (LTO) would compile everything for Windows a second time.
JIKIM_WINDOWS_PROFILE=dev bash scripts/build-windows.sh
version=$(sed -n 's/^ *"version": *"\([0-9.]*\)".*/\1/p' src-tauri/tauri.conf.json | head -n 1)
bash scripts/windows/test-installer.sh \
  "$PWD/target/$TARGET/debug/bundle/nsis/Jikim_${version}_x64-setup.exe"

step "all Windows checks passed"
