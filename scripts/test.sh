#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, clippy, the UI type
# check, the UI format and lint check (Biome), Rust unit + integration tests, the UI tests in
# headless Chromium with axe-core, and the end-to-end tests that drive the real app window under
# Xvfb. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
# CI runs in a fresh clone: Cargo's build output goes to a folder that outlives the clone on the
# same machine (where there is no such machine, this changes nothing), so a later run recompiles
# only what changed instead of the whole workspace five times.
if [ "${CI:-}" = "true" ] && [ ! -e target ]; then
  cache="${JIKIM_BUILD_CACHE:-$HOME/.cache/jikim-build}"
  mkdir -p "$cache/target" "$cache/fuzz-target"
  ln -s "$cache/target" target
  [ -e fuzz/target ] || ln -s "$cache/fuzz-target" fuzz/target
  # A fresh clone recompiles every workspace crate anyway: earlier runs' workspace artifacts
  # only fill the disk (a CI run failed with "No space left on device" on 2026-11-27), so they
  # go; the dependencies' stay. (Nor is incremental state kept: scripts/lib/cargo-env.sh.)
  python3 scripts/lib/prune_build_cache.py "$cache/target" Cargo.toml fuzz/Cargo.toml
  python3 scripts/lib/prune_build_cache.py "$cache/fuzz-target" Cargo.toml fuzz/Cargo.toml
  free_gib=$(( $(df --output=avail -k "$cache" | tail -1) / 1048576 ))
  if [ "$free_gib" -lt 20 ]; then
    echo "only ${free_gib} GiB free: the build cache goes too (a cold build needs about 20 GiB)"
    rm -rf "$cache/target"/* "$cache/fuzz-target"/*
  fi
fi
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# Clippy inside the build, one feature set everywhere (FEATURES): the workspace and its
# dependencies are compiled once for lints, tests and the binaries the later steps run.
source scripts/lib/cargo-env.sh

# Each step prints the seconds since the start, so a CI log shows where the time goes.
step() { printf '\n\033[1m== %s ==\033[0m (%ds)\n' "$*" "$SECONDS"; }

step "format"
cargo fmt --all --check

step "UI type check and build"
npm run typecheck -w ui
npm run build -w ui

step "UI format and lint (Biome)"
npm run lint

step "clippy, and the Rust build for the tests, the app, the CLI and the benchmark programs"
# One build: clippy-driver lints each workspace crate as it compiles it, `-D warnings`
# (scripts/lib/cargo-env.sh), over the targets `cargo clippy --all-targets` covered (the
# workspace has no examples). With tests among the targets, the features (dev-dependencies'
# included) resolve as for `cargo test`, so the test run below compiles nothing more, and the
# binaries the later steps run come from this same build (building them apart, e.g.
# `cargo build -p jikim-app`, resolved features differently and compiled the workspace, and
# Tauri, once more).
cargo build --workspace --lib --bins --tests --benches "${FEATURES[@]}" --locked

step "Rust unit and integration tests"
cargo test --workspace "${FEATURES[@]}" --locked

step "the district server against a throwaway PostgreSQL"
# fsync off: a test cluster thrown away at the end need not survive a power cut.
source scripts/lib/pg.sh
PG_OPTIONS="-c fsync=off" pg_start
trap pg_stop EXIT
# The same selection as the build above (`--test integration` alone would leave the other
# packages' dev-dependencies out, resolve features differently and compile again); only the
# district suite's tests are ignored ones whose name starts with `district::`.
JIKIM_TEST_PG="$JIKIM_PG" JIKIM_TEST_PG_TLS="$JIKIM_PG_TLS" JIKIM_TEST_PG_CA="$JIKIM_PG_CA" \
  cargo test --workspace --lib --bins --tests "${FEATURES[@]}" --locked -- --ignored district::
pg_stop
trap - EXIT

step "benchmark smoke runs (tiny sizes; figures come from docs/BENCHMARKS.md runs)"
# The programs of the test step's build (`cargo run -p jikim-bench` would build them apart).
./target/debug/hub-load 5 5
./target/debug/core-latency 50
./target/debug/export 200
# The start-up comparison needs two release apps (bench/run.sh startup); its statistics are checked.
python3 bench/startup_stats.py --self-test

step "content check and stats of the shipped modules"
./target/debug/jikim content check assets/modules
./target/debug/jikim content stats assets/modules

step "fuzz targets, briefly, so they cannot rot (figures from longer runs: docs/BENCHMARKS.md)"
# cargo fuzz needs nightly flags; RUSTC_BOOTSTRAP lets the one stable toolchain here accept them.
# A smoke run, not a campaign: the seeds and three seconds each (FUZZ_SECONDS), built without
# AddressSanitizer in the dev profile (`--dev -s none`: the workspace compiles in a fifth of the CPU time of an
# optimised ASan build, and the code under test is safe Rust; debug assertions stay on). The
# findings come from the longer optimised ASan runs in docs/BENCHMARKS.md (`bench/run.sh fuzz`).
for target in content_module hub_push bundle_merge roster_csv; do
  corpus="$(mktemp -d)"
  cp fuzz/seeds/$target/* "$corpus"/
  RUSTC_BOOTSTRAP=1 env -u RUSTC_WORKSPACE_WRAPPER -u CLIPPY_ARGS cargo fuzz run --dev -s none "$target" "$corpus" -- -max_total_time="${FUZZ_SECONDS:-3}" -max_len=65536 2>&1 | tail -n 3
  rm -rf "$corpus"
done

step "UI tests in headless Chromium (axe-core)"
npm test -w ui

step "end-to-end tests in the real window (tauri-driver, Xvfb)"
xvfb-run -a -s "-screen 0 1280x800x24" npm test -w tests/e2e

step "all checks passed"
