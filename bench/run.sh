#!/usr/bin/env bash
# Every benchmark of docs/BENCHMARKS.md in one command, in the same run, so that each figure has
# its baseline beside it:
#
#   bash bench/run.sh            # everything (about 30–40 min on 2 cores, most of it building)
#   bash bench/run.sh core hub   # only some parts: core hub export criterion startup lesson fuzz
#
# Parts:
#   core       answer persistence p50/p99 and library load (bench binary `core-latency`)
#   hub        hub load: 40 students × 60 answers, then 2,000 students (bench binary `hub-load`);
#              the teacher's dashboard over a class with 10× the normal records (`dashboard`)
#   export     100,000 completion rows to CSV/XLSX against the sqlite3 shell (bench binary `export`)
#   criterion  the criterion benchmarks of jikim-core (`cargo bench`)
#   startup    release build of Jikim (scripts/build-release.sh) and of the plain Tauri 2 app
#              (official vanilla-ts template, generated in ~/.cache/jikim-bench, never committed);
#              sizes; exec → window / first paint; idle PSS
#   lesson     exec → sign-in DOM and sign-in → first lesson painted, in the real window
#   fuzz       each cargo-fuzz target for FUZZ_SECONDS (default 60)
#
# Output goes to the terminal and to target/bench-results/DATE/*.txt. A benchmark, not a test:
# nothing here passes or fails on a figure. Loopback only; the plain app's npm packages and crates
# come from the usual registries.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
# What only the benchmarks need: window detection and screenshots for startup.sh.
if ! command -v xdotool >/dev/null || ! command -v import >/dev/null; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends xdotool imagemagick
fi

parts=("$@")
if [ ${#parts[@]} -eq 0 ]; then parts=(core hub export criterion startup lesson fuzz); fi
wants() { local p; for p in "${parts[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }

OUT="target/bench-results/$(date +%Y-%m-%d-%H%M)"
mkdir -p "$OUT"
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }
{
  echo "date: $(date -Iseconds)"
  echo "cores: $(nproc)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
} | tee "$OUT/machine.txt"

bench_bin() { cargo run -q --profile loadtest -p jikim-bench --locked --bin "$@"; }

if wants core; then
  step "answer persistence and library load"
  bench_bin core-latency -- 2000 | tee "$OUT/core.txt"
fi

if wants hub; then
  step "hub load: 40 students × 60 answers (three runs), then 2,000 students"
  for run in 1 2 3; do bench_bin hub-load -- 40 60; done | tee "$OUT/hub-40.txt"
  bench_bin hub-load -- 2000 60 | tee "$OUT/hub-2000.txt"
  bench_bin dashboard | tee "$OUT/dashboard.txt"
fi

if wants export; then
  step "export: 100,000 completion rows"
  bench_bin export -- 100000 | tee "$OUT/export.txt"
fi

if wants criterion; then
  step "criterion (jikim-core)"
  cargo bench -q -p jikim-core --bench core --locked 2>&1 | tee "$OUT/criterion.txt"
fi

JIKIM_BIN=target/release/jikim-app
# Outside the repository, or Cargo would take it for a member of Jikim's workspace.
PLAIN_DIR=${PLAIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/jikim-bench/plain}
PLAIN_BIN=$PLAIN_DIR/src-tauri/target/release/plain

if wants startup || wants lesson; then
  step "release build of Jikim (.deb), as it ships: with PGO (scripts/build-release.sh)"
  # PGO=0 in the environment measures the build without it.
  bash scripts/build-release.sh 2>&1 | tail -n 5
fi

if wants startup; then
  step "the plain Tauri 2 app (official vanilla-ts template), built the same way"
  if [ ! -d "$PLAIN_DIR" ]; then
    mkdir -p "$(dirname "$PLAIN_DIR")"
    (cd "$(dirname "$PLAIN_DIR")" &&
      npx --yes create-tauri-app@4 plain --template vanilla-ts --manager npm --identifier org.example.plain --yes </dev/null)
  fi
  (cd "$PLAIN_DIR" && npm install --no-audit --no-fund --loglevel=error && npx tauri build --bundles deb 2>&1 | tail -n 5)

  step "sizes"
  {
    size() { stat -c %s "$1" | awk '{printf "%.1f MB", $1/1e6}'; }
    echo "jikim binary: $(size "$JIKIM_BIN")"
    echo "plain binary: $(size "$PLAIN_BIN")"
    echo "jikim .deb:   $(size "$(ls -t target/release/bundle/deb/*.deb | head -n 1)")"
    echo "plain .deb:   $(size "$(ls -t "$PLAIN_DIR"/src-tauri/target/release/bundle/deb/*.deb | head -n 1)")"
  } | tee "$OUT/sizes.txt"

  step "start-up and idle memory against the plain app"
  bash bench/startup.sh "$JIKIM_BIN" "$PLAIN_BIN" "${RUNS:-5}" | tee "$OUT/startup.txt"
fi

if wants lesson; then
  step "time to the first lesson screen (real window, tauri-driver)"
  xvfb-run -a -s "-screen 0 1280x800x24" node bench/lesson.mjs "${RUNS:-5}" "$JIKIM_BIN" | tee "$OUT/lesson.txt"
fi

if wants fuzz; then
  step "fuzzing, ${FUZZ_SECONDS:-60} s per target"
  for target in content_module hub_push bundle_merge roster_csv; do
    corpus="$(mktemp -d)"
    cp fuzz/seeds/$target/* "$corpus"/
    RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$target" "$corpus" -- -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 2>&1 |
      grep -E "^(#[0-9]+ +DONE|Done [0-9]+ runs|==[0-9]+==|SUMMARY)" | sed "s/^/$target: /" | tee -a "$OUT/fuzz.txt"
    rm -rf "$corpus"
  done
fi

step "results in $OUT"
