//! Every integration suite of the workspace, in one test binary (issue 18): one link instead of
//! eleven, for the Linux build and again for the Windows one. Each suite is a module named as
//! its file, so a run can pick suites by path, e.g.
//! `cargo test -p jikim-tests --test integration -- storage:: hub::`.
//!
//! Tests still run two at a time (one per core), as they did across separate binaries; every
//! test keeps to its own temporary folders, loopback ports chosen by the system and, for the
//! district, its own database.

mod attack;
mod bad_input;
mod cli;
mod content;
mod district;
mod hub;
mod locales;
mod report;
mod storage;
mod study;
mod ui_fixtures;
mod windows_hub;
