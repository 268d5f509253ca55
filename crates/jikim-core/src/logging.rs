//! The log file (issue 16): failures are visible, never silent. One file a day in
//! `<data>/logs/` (`jikim.log.YYYY-MM-DD`), the newest 7 kept, in a folder only its owner can
//! read. What is logged never names a learner and never holds an answer or a PIN: events say
//! what happened ("a learner signed in", "push failed: unreachable"), not to whom (an e2e test
//! greps the log for the names and PINs it used).

use std::path::Path;

/// Days of log kept.
pub const KEEP_DAYS: usize = 7;

/// Lines waiting for the log writer at most; beyond that a line is dropped, never the app
/// blocked.
const LINES_QUEUED: usize = 1024;

/// Keeps the log writer flushing; drop it at exit.
pub struct LogGuard(#[allow(dead_code)] tracing_appender::non_blocking::WorkerGuard);

/// Starts logging (level INFO and above) to `<data_dir>/logs/`. `None` when the folder cannot
/// be made or a logger is already set (logging must never stop the app).
pub fn init(data_dir: &Path) -> Option<LogGuard> {
    let dir = data_dir.join("logs");
    std::fs::create_dir_all(&dir).ok()?;
    crate::storage::owner_only(&dir);
    let appender = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix("jikim.log")
        .max_log_files(KEEP_DAYS)
        .build(&dir)
        .ok()?;
    // The writer thread keeps up with what the app or a hub logs, so a small queue does; the
    // default (128,000 lines) is a 4 MB array written through at start that stays in memory.
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .buffered_lines_limit(LINES_QUEUED)
        .finish(appender);
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .try_init()
        .ok()?;
    tracing::info!(version = crate::VERSION, "Jikim started");
    Some(LogGuard(guard))
}
