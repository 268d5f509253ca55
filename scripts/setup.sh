#!/usr/bin/env bash
# Installs everything Jikim needs on Debian 12 / Ubuntu that is not there yet: system packages
# (apt), Rust (rustup, only if cargo is missing), Node.js 20+ (only if missing), npm packages,
# Rust crates and tauri-driver. Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential pkg-config file curl ca-certificates
  xvfb xauth webkit2gtk-driver fonts-nanum chromium sqlite3 poppler-utils zbar-tools postgresql
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "apt: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  say "apt: all system packages present"
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    say "installing Rust with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
rustup component list --installed 2>/dev/null | grep -q clippy || rustup component add clippy rustfmt 2>/dev/null || true

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  say "installing Node.js 22 (found major version $node_major)"
  arch=$(uname -m); case "$arch" in x86_64) arch=x64;; aarch64) arch=arm64;; esac
  ver=v22.12.0
  curl -fsSL "https://nodejs.org/dist/$ver/node-$ver-linux-$arch.tar.xz" | $SUDO tar -xJ -C /usr/local --strip-components=1
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm: installing packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "cargo: fetching crates"
cargo fetch --locked -q

TAURI_DRIVER_VERSION=2.1.0
CARGO_FUZZ_VERSION=0.13.2
if ! cargo install --list | grep -q "^cargo-fuzz v$CARGO_FUZZ_VERSION"; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz@"$CARGO_FUZZ_VERSION" --locked -q
fi

if ! tauri-driver --help >/dev/null 2>&1 || ! cargo install --list | grep -q "^tauri-driver v$TAURI_DRIVER_VERSION"; then
  say "installing tauri-driver $TAURI_DRIVER_VERSION"
  cargo install tauri-driver@"$TAURI_DRIVER_VERSION" --locked -q
fi
say "done"
