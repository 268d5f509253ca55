#!/usr/bin/env bash
# The Linux release of the app (`.deb`), built with profile-guided optimisation (PGO) from the
# app's own start-up (issue 18):
#
#   bash scripts/build-release.sh          # → target/release/bundle/deb/Jikim_<version>_amd64.deb
#   PGO=0 bash scripts/build-release.sh    # the same build without PGO (`npx tauri build`)
#
# Why: at start the app runs about 100 small pieces of its 10.5 MB of code, spread over the whole
# binary, and the kernel maps each piece's 64 KB neighbourhood in with it (fault-around): 6.6 MB
# of code in memory for the sign-in screen, against 2.6 MB for a plain Tauri app. With a profile
# of a start-up, LLVM places the code that ran together and the code that never ran apart
# (LLD orders them by the profile's call graph), so the start touches fewer, contiguous pieces.
# Figures in docs/BENCHMARKS.md.
#
# How: (1) the app built with `-Cprofile-generate` into target/pgo-generate (a target dir of its
# own: every crate is instrumented); (2) that app started TRAIN_RUNS times under Xvfb with a fresh
# data folder, left until the sign-in screen is idle, then made to exit normally (through gdb:
# the profile is written at exit); (3) `llvm-profdata merge`; (4) the same Cargo build with
# `-Cprofile-use`, and `npx tauri bundle` to make the `.deb`. Code the training never ran (the
# teacher's screens, exports, the hub) is only laid out as cold and optimised for size, which the
# release profile does everywhere already (`opt-level = "s"`). The Windows installer
# (scripts/build-windows.sh) is built without PGO: training it would need the app running under
# Wine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

source scripts/lib/xvfb.sh
say() { printf '\033[1m[release]\033[0m %s\n' "$*"; }

if [ "${PGO:-1}" = "0" ]; then
  say "release build without PGO"
  npx tauri build --bundles deb
  exit 0
fi

if ! command -v gdb >/dev/null; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends gdb
fi
rustup component list --installed | grep -q '^llvm-tools' || rustup component add llvm-tools
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"

ROOT=$PWD
GEN_TARGET=$ROOT/target/pgo-generate
PROFILES=$ROOT/target/pgo-profiles
rm -rf "$PROFILES"
mkdir -p "$PROFILES/raw"

say "1/3 the UI, and the app instrumented for profiling"
npm run build -w ui
CARGO_TARGET_DIR=$GEN_TARGET RUSTFLAGS="-Cprofile-generate=$PROFILES/raw" \
  cargo build --release -p jikim-app --features custom-protocol --locked
# The build scripts and proc macros were instrumented too and have run: their profiles would make
# compile-time code look hot. Only the app's runs below count.
rm -f "$PROFILES"/raw/*

say "2/3 training: the app started ${TRAIN_RUNS:=3} times to its idle sign-in screen"
for run in $(seq 1 "$TRAIN_RUNS"); do
  tmp=$(mktemp -d)
  xvfb_start "$tmp"
  DISPLAY=$XVFB_DISPLAY XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache \
    XDG_CONFIG_HOME=$tmp/config JIKIM_ASSETS_DIR=$ROOT/assets "$GEN_TARGET/release/jikim-app" \
    >"$tmp/app.log" 2>&1 &
  app=$!
  sleep 8
  # A normal exit, so that the profile is written (a signal would end the app without it).
  gdb -p "$app" -batch -ex 'call (void)exit(0)' >/dev/null 2>&1 || true
  for _ in $(seq 1 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$app" 2>/dev/null || true
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$tmp"
  say "   run $run done"
done
"$profdata" merge -o "$PROFILES/merged.profdata" "$PROFILES/raw"
[ -s "$PROFILES/merged.profdata" ] || { echo "no profile was written" >&2; exit 1; }
# Named by its content: Cargo does not see a changed profile behind the same path, so a new
# profile gets a new path (and RUSTFLAGS), and nothing is left built with an older one.
profile="$PROFILES/jikim-$(sha256sum "$PROFILES/merged.profdata" | cut -c1-16).profdata"
mv "$PROFILES/merged.profdata" "$profile"

say "3/3 the release build with the profile, then the .deb"
# Cargo directly, with the same command as the instrumented build (only the flags differ), then
# `tauri bundle` packs that binary. Through `npx tauri build` the same profile left 6.0-6.2 MB of
# code in memory at the sign-in screen instead of 3.7-4.5 MB (docs/BENCHMARKS.md).
RUSTFLAGS="-Cprofile-use=$profile" cargo build --release -p jikim-app --features custom-protocol --locked
npx tauri bundle --bundles deb
say "done: $(ls -t target/release/bundle/deb/*.deb | head -n 1)"
