# Sourced by scripts/test-windows.sh and scripts/build-windows.sh: the Windows target, what it
# needs installed, and the one package selection its test build and debug installer share.
TARGET=x86_64-pc-windows-gnu

# Installs what is missing for a Windows build (mingw-w64 and the Rust target), plus the extra
# commands named (each `command:debian-package`, e.g. `wine:wine64 makensis:nsis`).
windows_toolchain() {
  local missing=() pair
  command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
  rustup target list --installed | grep -qx "$TARGET" || rustup target add "$TARGET"
}

# The Windows tests' build and the debug installer's: the packages whose tests run under Wine,
# plus the app. One selection, so Cargo resolves features once and compiles every crate for
# Windows once (the app apart from the tests compiled Tauri and the shared crates a second time:
# about 10 minutes of a cold run). Add `--features jikim-app/custom-protocol` and a target
# selection to use it.
WINDOWS_PACKAGES=(-p jikim-core -p jikim-hub -p jikim-sync -p jikim-report -p jikim-cli -p jikim-tests
  -p jikim-app)

# The WebView2 loader DLL of the build in folder $1 (e.g. target/$TARGET/debug), or nothing:
# webview2-com-sys leaves it among its build outputs for the GNU target, and the app (and its
# test program) loads it from its own folder.
webview2_loader() {
  local loader
  loader=$(find "$1/build" -path "*webview2-com-sys*" -path "*x64*" -name WebView2Loader.dll 2>/dev/null | head -n 1)
  [ -n "$loader" ] || loader=$(find "$1" -maxdepth 1 -name WebView2Loader.dll | head -n 1)
  echo "$loader"
}
