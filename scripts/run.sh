#!/usr/bin/env bash
# Installs what is missing, builds the UI and starts the Jikim app (debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
npm run build -w ui
cargo run -p jikim-app --features jikim-app/custom-protocol
