# Sourced by scripts/test.sh, scripts/test-windows.sh and scripts/build-windows.sh: the one way
# Cargo is called for checks and tests, so each step reuses the build before it.
#
# Clippy runs inside the build instead of as a `cargo clippy` pass of its own. `cargo clippy` is
# `cargo check` with clippy-driver as the rustc of the workspace's crates
# (RUSTC_WORKSPACE_WRAPPER) and the lint flags in CLIPPY_ARGS; a check cannot share its output
# with a build, so a cold run compiled (checked) every dependency once more just for it, about
# 10 minutes on 2 cores. Here the same two variables are set for the build: clippy-driver is
# rustc plus the lints, the dependencies go through plain rustc as before (the wrapper is for
# workspace members only), and a lint breaks the build as `-D warnings` broke `cargo clippy`.
# Every Cargo call that should reuse the build sets the same two (Cargo keys a workspace crate's
# build to its wrapper), and so does any Windows build: the lints then cover cfg(windows) code
# too, which `cargo clippy` on Linux never saw. Clippy's own docs say its driver is not meant to
# make the artifacts that ship: the shipped builds (`npx tauri build`, scripts/build-windows.sh's
# release) do not source this file.
clippy_driver="$(command -v clippy-driver || true)"
if [ -z "$clippy_driver" ]; then
  echo "clippy-driver not found: install the clippy component (rustup component add clippy)" >&2
  exit 1
fi
export RUSTC_WORKSPACE_WRAPPER="$clippy_driver"
# cargo-clippy's own encoding of `-- -D warnings`: each argument followed by this separator.
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
# CI compiles each workspace crate once per run: incremental state is not worth its disk there.
# Set here, not in one script: Cargo keys a build to it, and the Windows script's Linux step
# (the hub with a Linux client) compiled the whole workspace again when only test.sh set it.
if [ "${CI:-}" = "true" ]; then
  export CARGO_INCREMENTAL=0
fi
# One feature set everywhere, so the workspace is compiled once for checks, tests and binaries.
FEATURES=(--features jikim-app/custom-protocol)
