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

use jikim_core::error::FileFault;
use jikim_core::i18n::{messages as m, Message, Msg};

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
    /// A file could not be read or written.
    #[error("file {0}")]
    Io(#[from] FileFault),
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
    fn message(&self) -> Message {
        ReportError::message(self)
    }
}

impl ReportError {
    /// Stable snake_case code (crosses IPC and shows in logs).
    pub fn code(&self) -> &'static str {
        match self {
            ReportError::Io(_) => "io",
            ReportError::NotABundle => "not_a_bundle",
            ReportError::BundleTruncated => "bundle_truncated",
            ReportError::BundleTampered => "bundle_tampered",
            ReportError::BundleTooNew { .. } => "bundle_too_new",
            ReportError::BundleCorrupt(_) => "bundle_corrupt",
            ReportError::BundleUnsigned => "bundle_unsigned",
            ReportError::BundleUnknownKey { .. } => "bundle_unknown_key",
            // A hub refusal with its own words (a damaged database, a roster line) keeps its code.
            ReportError::Store(e) if !e.is_storage_fault() => e.code_str(),
            ReportError::Store(_) => "store",
            ReportError::Write(_) => "write_failed",
            ReportError::NothingToCertify => "nothing_to_certify",
            ReportError::BadFilter(_) => "bad_filter",
            ReportError::NoContent { .. } => "no_content",
            ReportError::NothingOwed => "nothing_owed",
        }
    }

    /// Its message (`locales/*/report.ftl`) with its arguments.
    pub fn message(&self) -> Message {
        match self {
            ReportError::Io(f) => m::ReportErrorIo {
                path: &f.path,
                detail: &f.detail,
                reason: f.fault,
            }
            .into(),
            ReportError::NotABundle => m::REPORT_ERROR_NOT_A_BUNDLE.into(),
            ReportError::BundleTruncated => m::REPORT_ERROR_BUNDLE_TRUNCATED.into(),
            ReportError::BundleTampered => m::REPORT_ERROR_BUNDLE_TAMPERED.into(),
            ReportError::BundleTooNew { format } => m::ReportErrorBundleTooNew { format }.into(),
            ReportError::BundleCorrupt(detail) => m::ReportErrorBundleCorrupt { detail }.into(),
            ReportError::BundleUnsigned => m::REPORT_ERROR_BUNDLE_UNSIGNED.into(),
            ReportError::BundleUnknownKey { key_id } => {
                m::ReportErrorBundleUnknownKey { key: key_id }.into()
            }
            ReportError::Store(e) if !e.is_storage_fault() => e.message(),
            ReportError::Store(e) => m::ReportErrorStore {
                detail: e,
                reason: e.storage_fault(),
            }
            .into(),
            ReportError::Write(detail) => m::ReportErrorWrite { detail }.into(),
            ReportError::NothingToCertify => m::REPORT_ERROR_NOTHING_TO_CERTIFY.into(),
            ReportError::BadFilter(detail) => m::ReportErrorBadFilter { detail }.into(),
            ReportError::NoContent { dir } => m::ReportErrorNoContent { dir }.into(),
            ReportError::NothingOwed => m::REPORT_LEDGER_NOTHING_OWED.into(),
        }
    }
}

pub type Result<T> = std::result::Result<T, ReportError>;

pub use jikim_core::korea::{in_kst, kst, today_kst};

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
        return Err(FileFault::of_io(path, &e).into());
    }
    Ok(())
}

/// The completion table's column headers, in file order.
pub const COLUMNS: [Msg; 13] = [
    m::REPORT_COL_GRADE,
    m::REPORT_COL_CLASS,
    m::REPORT_COL_NUMBER,
    m::REPORT_COL_NAME,
    m::REPORT_COL_MODULE_ID,
    m::REPORT_COL_MODULE_TITLE,
    m::REPORT_COL_MODULE_VERSION,
    m::REPORT_COL_STATUS,
    m::REPORT_COL_SCORE,
    m::REPORT_COL_PASSED_AT,
    m::REPORT_COL_MINUTES,
    m::REPORT_COL_ATTEMPTS,
    m::REPORT_COL_NOTE,
];

/// The note column of a row: "전출/삭제됨" for a student taken off the roster.
pub fn note_label(l10n: &jikim_core::i18n::Localizer, removed: bool) -> String {
    if removed {
        l10n.text(m::REPORT_REMOVED)
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
        S::Passed => m::REPORT_STATUS_PASSED,
        S::NotPassed => m::REPORT_STATUS_NOT_PASSED,
        S::InProgress => m::REPORT_STATUS_IN_PROGRESS,
        S::NotStarted => m::REPORT_STATUS_NOT_STARTED,
    })
}

/// `YYYY-MM-DD HH:MM` in Korean time: how a date-time reads in a CSV cell.
pub fn format_local(t: time::OffsetDateTime) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    in_kst(t)
        .and_then(|t| t.format(fmt).ok())
        .unwrap_or_default()
}

/// Windows only: what a school PC's Excel does to a file (the test runs under Wine in
/// `scripts/test-windows.sh`).
#[cfg(all(test, windows))]
mod tests {
    use super::*;
    use jikim_core::error::StorageFault;

    /// The report most often refused on a school PC: the administrator still has last week's
    /// `이수현황.xlsx` open in Excel, which keeps it from being replaced. The message says so.
    #[test]
    fn a_report_over_a_workbook_open_in_excel_says_to_close_it() {
        use std::os::windows::fs::OpenOptionsExt;
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("이수현황.xlsx");
        std::fs::write(&path, b"last week").expect("write");
        // As Excel holds a workbook it shows: others may read it, not write, move or delete it.
        const FILE_SHARE_READ: u32 = 1;
        let _excel = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .share_mode(FILE_SHARE_READ)
            .open(&path)
            .expect("open as Excel does");
        let e = write_atomically(&path, b"this week").expect_err("the workbook is open");
        let ReportError::Io(f) = &e else {
            panic!("{e:?}");
        };
        assert!(
            matches!(f.fault, StorageFault::InUse | StorageFault::NoPermission),
            "{e:?}"
        );
        let said = jikim_core::i18n::Localizer::new("ko").text(e.message());
        assert!(said.contains("Excel") && said.contains("닫고"), "{said}");
        assert_eq!(std::fs::read(&path).expect("read"), b"last week");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
        assert_eq!(left.len(), 1, "no temporary file left beside it");
    }
}
