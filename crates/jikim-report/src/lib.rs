//! Reports for administrators: what a school hands in for its mandatory prevention-education
//! report, computed from a hub [`Snapshot`] with the same grading rules the student app uses.
//!
//! - [`completion`]: one row per student × module (status, score, passed at, time, attempts),
//!   with class, module and date filters.
//! - [`summary`]: per grade, class and module — enrolled, completed, rate, total and average time.
//! - [`csv_out`], [`xlsx_out`], [`html_out`]: the files (CSV with BOM for Korean Excel, XLSX with
//!   typed cells and summary sheets, a printable summary page).
//! - [`bundle`]: one teacher hub's data as a single file signed with the hub's key, read back strictly.
//! - [`certificate`]: completion certificates (이수증) as PDF with an embedded Korean font, each
//!   with a serial and a QR code.
//! - [`ledger`]: the prevention-education hours ledger (owed, delivered, 이수율, who is missing)
//!   per class, grade and requirement, and its XLSX.
//! - [`claim`]: the signed claim a certificate's QR code carries, and its offline verification.
//! - [`export`] and [`merge`]: the orchestration the window and the CLI share (which data, which
//!   file, the school-wide merge); the front ends only choose paths and say what happened.
//!
//! Nothing here opens a network connection; files are written only where the caller says.

pub mod bundle;
pub mod certificate;
pub mod claim;
pub mod completion;
pub mod csv_out;
pub mod export;
pub mod html_out;
pub mod ledger;
pub mod merge;
pub mod summary;
pub mod xlsx_out;

pub use completion::{completion_rows, CompletionRow, Filter};
pub use jikim_hub::snapshot::Snapshot;

use std::collections::BTreeMap;

/// What a long export or merge reports as it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

/// A progress callback; called often enough to move a bar, rarely enough to cost nothing.
pub type ProgressFn<'a> = &'a mut dyn FnMut(Progress);

/// Errors of reports, bundles and certificates. Each has a stable `code` and a Fluent message id
/// (`locales/*/report.ftl`) so the app and the CLI show the same Korean sentence.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("file {path}: {detail}")]
    Io { path: String, detail: String },
    #[error("not a Jikim bundle")]
    NotABundle,
    #[error("bundle is truncated")]
    BundleTruncated,
    #[error("bundle checksum does not match (changed after it was written)")]
    BundleTampered,
    #[error("bundle format {format} is newer than this app supports")]
    BundleTooNew { format: u32 },
    #[error("bundle content is damaged: {0}")]
    BundleCorrupt(String),
    #[error("bundle is not signed")]
    BundleUnsigned,
    #[error("bundle is signed by an unknown key {key_id}")]
    BundleUnknownKey { key_id: String },
    #[error("hub store: {0}")]
    Store(#[from] jikim_hub::HubError),
    #[error("writing the file failed: {0}")]
    Write(String),
    #[error("no student has completed a module in this selection")]
    NothingToCertify,
    #[error("bad filter: {0}")]
    BadFilter(String),
    /// No module could be read from the content folder: results cannot be judged without them.
    #[error("no modules in {dir}")]
    NoContent { dir: String },
    #[error("no requirement is set as owed, so there is no ledger")]
    NothingOwed,
}

impl jikim_core::error::AppError for ReportError {
    fn code(&self) -> String {
        ReportError::code(self).to_string()
    }
    fn message_id(&self) -> String {
        ReportError::message_id(self).to_string()
    }
    fn args(&self) -> std::collections::BTreeMap<String, String> {
        ReportError::args(self)
    }
}

impl ReportError {
    /// Stable snake_case code (crosses IPC and shows in logs).
    pub fn code(&self) -> &'static str {
        match self {
            ReportError::Io { .. } => "io",
            ReportError::NotABundle => "not_a_bundle",
            ReportError::BundleTruncated => "bundle_truncated",
            ReportError::BundleTampered => "bundle_tampered",
            ReportError::BundleTooNew { .. } => "bundle_too_new",
            ReportError::BundleCorrupt(_) => "bundle_corrupt",
            ReportError::BundleUnsigned => "bundle_unsigned",
            ReportError::BundleUnknownKey { .. } => "bundle_unknown_key",
            ReportError::Store(_) => "store",
            ReportError::Write(_) => "write_failed",
            ReportError::NothingToCertify => "nothing_to_certify",
            ReportError::BadFilter(_) => "bad_filter",
            ReportError::NoContent { .. } => "no_content",
            ReportError::NothingOwed => "nothing_owed",
        }
    }

    /// Fluent message id.
    pub fn message_id(&self) -> &'static str {
        match self {
            ReportError::Io { .. } => "report-error-io",
            ReportError::NotABundle => "report-error-not-a-bundle",
            ReportError::BundleTruncated => "report-error-bundle-truncated",
            ReportError::BundleTampered => "report-error-bundle-tampered",
            ReportError::BundleTooNew { .. } => "report-error-bundle-too-new",
            ReportError::BundleCorrupt(_) => "report-error-bundle-corrupt",
            ReportError::BundleUnsigned => "report-error-bundle-unsigned",
            ReportError::BundleUnknownKey { .. } => "report-error-bundle-unknown-key",
            ReportError::Store(_) => "report-error-store",
            ReportError::Write(_) => "report-error-write",
            ReportError::NothingToCertify => "report-error-nothing-to-certify",
            ReportError::BadFilter(_) => "report-error-bad-filter",
            ReportError::NoContent { .. } => "report-error-no-content",
            ReportError::NothingOwed => "report-ledger-nothing-owed",
        }
    }

    /// Arguments of the message.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut a = BTreeMap::new();
        match self {
            ReportError::Io { path, detail } => {
                a.insert("path".into(), path.clone());
                a.insert("detail".into(), detail.clone());
            }
            ReportError::BundleTooNew { format } => {
                a.insert("format".into(), format.to_string());
            }
            ReportError::BundleCorrupt(d) | ReportError::Write(d) | ReportError::BadFilter(d) => {
                a.insert("detail".into(), d.clone());
            }
            ReportError::Store(e) => {
                a.insert("detail".into(), e.to_string());
            }
            ReportError::NoContent { dir } => {
                a.insert("dir".into(), dir.clone());
            }
            ReportError::BundleUnknownKey { key_id } => {
                a.insert("key".into(), key_id.clone());
            }
            _ => {}
        }
        a
    }

    pub(crate) fn io(path: &std::path::Path, e: impl std::fmt::Display) -> ReportError {
        ReportError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        }
    }
}

pub type Result<T> = std::result::Result<T, ReportError>;

/// Korea Standard Time. Korea has no daylight saving time, so a fixed +09:00 offset is exact.
pub fn kst() -> time::UtcOffset {
    time::UtcOffset::from_hms(9, 0, 0).unwrap_or(time::UtcOffset::UTC)
}

/// Today in Korean time.
pub fn today_kst() -> time::Date {
    time::OffsetDateTime::now_utc().to_offset(kst()).date()
}

/// `t` in Korean time, or `None` when that falls outside the dates `time` can hold (a record
/// dated 9999-12-31T23:00Z is 10000-01-01 in Korea). Records come from student PCs, so a report
/// never converts one of their times with the panicking `to_offset`.
pub fn in_kst(t: time::OffsetDateTime) -> Option<time::OffsetDateTime> {
    t.checked_to_offset(kst())
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// crash never leaves half a report where the administrator expects a whole one.
pub fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(ReportError::io(path, e));
    }
    Ok(())
}

/// Fluent ids of the completion table's columns, in file order.
pub const COLUMNS: [&str; 13] = [
    "report-col-grade",
    "report-col-class",
    "report-col-number",
    "report-col-name",
    "report-col-module-id",
    "report-col-module-title",
    "report-col-module-version",
    "report-col-status",
    "report-col-score",
    "report-col-passed-at",
    "report-col-minutes",
    "report-col-attempts",
    "report-col-note",
];

/// The note column of a row: "전출/삭제됨" for a student taken off the roster.
pub fn note_label(l10n: &jikim_core::i18n::Localizer, removed: bool) -> String {
    if removed {
        l10n.text("report-removed")
    } else {
        String::new()
    }
}

/// The localized label of a status.
pub fn status_label(
    l10n: &jikim_core::i18n::Localizer,
    status: jikim_core::study::view::ModuleStatus,
) -> String {
    use jikim_core::study::view::ModuleStatus as S;
    l10n.text(match status {
        S::Passed => "report-status-passed",
        S::NotPassed => "report-status-not-passed",
        S::InProgress => "report-status-in-progress",
        S::NotStarted => "report-status-not-started",
    })
}

/// Formats a Fluent message with named arguments.
pub fn message(l10n: &jikim_core::i18n::Localizer, id: &str, args: &[(&str, String)]) -> String {
    let args: BTreeMap<String, String> = args
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    l10n.format(id, &args)
}

/// `YYYY-MM-DD HH:MM` in Korean time: how a date-time reads in a CSV cell.
pub fn format_local(t: time::OffsetDateTime) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    in_kst(t)
        .and_then(|t| t.format(fmt).ok())
        .unwrap_or_default()
}
