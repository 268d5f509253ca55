#!/usr/bin/env bash
# The district import benchmark (issue 13) against a throwaway PostgreSQL on this machine:
#
#   bash bench/district.sh [SCHOOLS] [RECORDS_PER_SCHOOL]   # default 500 × 20,000 = 10 million
#
# Generates the school bundles first (not timed), then imports them through the district's code
# path, COPYs the same rows from one CSV file as the baseline, and times the district report.
# Figures: docs/BENCHMARKS.md. A benchmark: nothing passes or fails on a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
schools=${1:-500}
records=${2:-20000}
cargo build -q --release -p jikim-bench --bin district-import --locked
work=$(mktemp -d)
source scripts/lib/pg.sh
pg_start
trap 'pg_stop; rm -rf "$work"' EXIT
# The postgres user reads nothing of $work: the client streams every file.
./target/release/district-import gen "$work" "$schools" "$records"
./target/release/district-import import "$work" "$JIKIM_PG dbname=postgres"
