//! Helpers shared by the integration tests.

use std::path::PathBuf;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// A fixed "today" so date checks do not depend on the clock.
pub fn today() -> jikim_core::content::Date {
    jikim_core::content::Date::from_calendar_date(2026, jikim_core::content::Month::November, 24)
        .expect("valid date")
}

/// Runs the `jikim` command with `args`; returns (exit code, stdout, stderr).
pub fn jikim(args: &[&str]) -> (i32, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut argv: Vec<std::ffi::OsString> = vec!["jikim".into()];
    argv.extend(args.iter().map(|a| a.into()));
    let code = jikim_cli::run(argv, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}
