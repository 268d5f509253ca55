#!/usr/bin/env bash
# Cross-builds Jikim for Windows on this Linux machine (issue 17): `jikim.exe` (the CLI and the
# headless class hub) and the app's installer, `Jikim_<version>_x64-setup.exe`, with the modules,
# the help data, the Korean font and the UI strings inside (the last two are in jikim-app.exe).
#
# Installs what is missing: the Rust target x86_64-pc-windows-gnu, mingw-w64 and NSIS (Debian's
# `nsis`), plus what scripts/setup.sh installs for the UI build. No download at build time
# beyond the package registries: the installer is written by scripts/windows/jikim.nsi with stock
# NSIS (Tauri's NSIS bundling fetches its plugin from GitHub).
#
# The WebView2 runtime: Windows 11 has it; the installer checks for it as Tauri's does. To ship
# it inside the installer for labs without it (no internet), give Microsoft's offline standalone
# installer: JIKIM_WEBVIEW2_INSTALLER=/path/MicrosoftEdgeWebView2RuntimeInstallerX64.exe.
#
# Output: target/x86_64-pc-windows-gnu/release/jikim.exe and
#         target/x86_64-pc-windows-gnu/release/bundle/nsis/Jikim_<version>_x64-setup.exe
#
# JIKIM_WINDOWS_PROFILE=dev builds the same installer from the debug build, quickly compressed:
# what scripts/test-windows.sh installs and checks under Wine, without a second, optimised (LTO)
# compilation of everything for Windows. What ships is the default, release.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
source scripts/lib/windows.sh
step() { printf '\n\033[1m== %s ==\033[0m (%ds)\n' "$*" "$SECONDS"; }

step "install what is missing (the Rust target, mingw-w64, NSIS, the UI's packages)"
bash scripts/setup.sh
windows_toolchain makensis:nsis

profile=${JIKIM_WINDOWS_PROFILE:-release}
step "the UI"
# The debug build is scripts/test-windows.sh's, which embedded the UI built before it: built
# again, its files would be new and Cargo would compile the app once more for nothing.
if [ "$profile" != dev ] || [ ! -e ui/dist/index.html ]; then
  npm run build -w ui
fi

step "jikim-app.exe and jikim.exe ($profile, $TARGET)"
if [ "$profile" = dev ]; then
  # The debug build scripts/test-windows.sh tests: its selection, its features and its Cargo
  # environment (clippy-driver, scripts/lib/cargo-env.sh), so after its test build this compiles
  # nothing.
  source scripts/lib/cargo-env.sh
  cargo build --locked --target "$TARGET" "${WINDOWS_PACKAGES[@]}" --lib --bins --tests "${FEATURES[@]}"
  out="target/$TARGET/debug"
  compressor=(-X"SetCompressor /FINAL zlib")
else
  cargo build --profile "$profile" --locked --target "$TARGET" -p jikim-app -p jikim-cli \
    --features jikim-app/custom-protocol
  out="target/$TARGET/$profile"
  compressor=()
fi

step "the installer (NSIS)"
version=$(sed -n 's/^ *"version": *"\([0-9.]*\)".*/\1/p' src-tauri/tauri.conf.json | head -n 1)
stage="$out/bundle/stage"
rm -rf "$stage"
mkdir -p "$stage/assets" "$out/bundle/nsis"
cp "$out/jikim-app.exe" "$out/jikim.exe" "$stage/"
# The debug build's symbols (over 300 MB) only slow the installer down.
[ "$profile" = dev ] && x86_64-w64-mingw32-strip "$stage/jikim-app.exe" "$stage/jikim.exe"
cp -r assets/modules assets/help "$stage/assets/"
defines=(-DVERSION="$version" -DSTAGE="$PWD/$stage" -DICON="$PWD/src-tauri/icons/icon.ico")
# The app loads the WebView2 loader DLL from its own folder (scripts/lib/windows.sh).
loader=$(webview2_loader "$out")
if [ -n "$loader" ]; then
  cp "$loader" "$stage/WebView2Loader.dll"
  defines+=(-DWEBVIEW2_LOADER)
fi
if [ -n "${JIKIM_WEBVIEW2_INSTALLER:-}" ]; then
  defines+=(-DWEBVIEW2_INSTALLER="$(realpath "$JIKIM_WEBVIEW2_INSTALLER")")
fi
installer="$PWD/$out/bundle/nsis/Jikim_${version}_x64-setup.exe"
makensis -V2 -INPUTCHARSET UTF8 "${defines[@]}" -DOUTFILE="$installer" "${compressor[@]}" \
  scripts/windows/jikim.nsi

step "built"
ls -l "$out/jikim.exe" "$out/jikim-app.exe" "$installer" | awk '{printf "%10d bytes  %s\n", $5, $9}'
