//! The one error type of the core. Every variant has a stable `code` (for logs, tests and the UI's
//! logic) and a Fluent `message_id` (for what a person reads). Across IPC it travels as
//! [`ErrorPayload`]; it is never a panic and never a raw string.

use crate::i18n::{messages as m, Message};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Errors the core reports to its callers.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The database file exists but is not a readable SQLite database (truncated, overwritten,
    /// damaged). The app shows the file so a teacher or technician can act.
    #[error("database {path} is damaged: {detail}")]
    DatabaseCorrupt { path: PathBuf, detail: String },
    /// The database was written by a newer Jikim (schema version higher than this build knows).
    #[error("database {path} is from a newer version of Jikim")]
    DatabaseTooNew { path: PathBuf },
    /// Any other SQLite failure (disk full, permissions, locked).
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// A schema migration failed.
    #[error("database migration failed: {0}")]
    Migration(String),
    /// Reading or writing a file or folder failed.
    #[error("cannot read or write {0}")]
    Io(#[from] FileFault),
    /// A module file failed validation; the issues carry `file:line` detail.
    #[error("module file {path} is invalid ({count} problems)")]
    ContentInvalid { path: PathBuf, count: usize },
    /// The help page data is missing or invalid.
    #[error("help data {path} is invalid: {detail}")]
    HelpInvalid { path: PathBuf, detail: String },
    /// A module id the library does not have.
    #[error("no module {0}")]
    ModuleNotFound(String),
    /// An item id the module does not have.
    #[error("no item {item} in module {module}")]
    ItemNotFound { module: String, item: String },
    /// A page index outside the module.
    #[error("no page {index} in module {module}")]
    PageNotFound { module: String, index: usize },
    /// An attempt id unknown, or not the signed-in learner's.
    #[error("no such attempt")]
    AttemptNotFound,
    /// The response does not fit the item (unknown option, several options for a single item...).
    #[error("invalid response: {0}")]
    InvalidResponse(String),
    /// The item was already answered in this round; answers are immutable.
    #[error("item {0} already answered in this round")]
    AlreadyAnswered(String),
    /// Sign-in data is not acceptable (empty name, number out of range...).
    #[error("invalid sign-in: {field}")]
    InvalidSignIn { field: &'static str },
    /// The learner has a PIN and the one given does not match.
    #[error("wrong PIN")]
    PinMismatch,
    /// Too many wrong PINs: sign-in for this learner is paused.
    #[error("sign-in paused for {seconds} s after wrong PINs")]
    PinLocked { seconds: u64 },
    /// Hashing or verifying a secret failed (should not happen; never shows the secret).
    #[error("crypto failure: {0}")]
    Crypto(String),
    /// The teacher password is wrong.
    #[error("wrong teacher password")]
    TeacherPassword,
    /// A teacher-only command was called while teacher mode is locked.
    #[error("teacher mode is locked")]
    TeacherLocked,
    /// A command that needs a signed-in learner was called without one.
    #[error("not signed in")]
    NotSignedIn,
}

impl CoreError {
    /// Stable machine code, e.g. `database_corrupt` (snake_case, unlike kebab-case message ids). Never changes once released.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::DatabaseCorrupt { .. } => "database_corrupt",
            CoreError::DatabaseTooNew { .. } => "database_too_new",
            CoreError::Database(_) => "database",
            CoreError::Migration(_) => "migration",
            CoreError::Io(_) => "io",
            CoreError::ContentInvalid { .. } => "content_invalid",
            CoreError::HelpInvalid { .. } => "help_invalid",
            CoreError::ModuleNotFound(_) => "module_not_found",
            CoreError::ItemNotFound { .. } => "item_not_found",
            CoreError::PageNotFound { .. } => "page_not_found",
            CoreError::AttemptNotFound => "attempt_not_found",
            CoreError::InvalidResponse(_) => "invalid_response",
            CoreError::AlreadyAnswered(_) => "already_answered",
            CoreError::InvalidSignIn { .. } => "invalid_sign_in",
            CoreError::Crypto(_) => "crypto",
            CoreError::PinMismatch => "pin_mismatch",
            CoreError::PinLocked { .. } => "pin_locked",
            CoreError::TeacherPassword => "teacher_password",
            CoreError::TeacherLocked => "teacher_locked",
            CoreError::NotSignedIn => "not_signed_in",
        }
    }

    /// The message (in `locales/*/errors.ftl`) the UI shows for this error, with its arguments
    /// (file names, ids). Never contains a learner's answers.
    pub fn message(&self) -> Message {
        match self {
            CoreError::DatabaseCorrupt { path, .. } => m::ErrorsDatabaseCorrupt {
                path: path.display(),
            }
            .into(),
            CoreError::DatabaseTooNew { path } => m::ErrorsDatabaseTooNew {
                path: path.display(),
            }
            .into(),
            CoreError::Database(detail) => m::ErrorsDatabase {
                detail,
                reason: StorageFault::of_sqlite(detail),
            }
            .into(),
            CoreError::Migration(detail) => m::ErrorsMigration { detail }.into(),
            CoreError::Io(f) => m::ErrorsIo {
                path: &f.path,
                detail: &f.detail,
                reason: f.fault,
            }
            .into(),
            CoreError::ContentInvalid { path, count } => m::ErrorsContentInvalid {
                path: path.display(),
                count,
            }
            .into(),
            CoreError::HelpInvalid { path, detail } => m::ErrorsHelpInvalid {
                path: path.display(),
                detail,
            }
            .into(),
            CoreError::ModuleNotFound(module) => m::ErrorsModuleNotFound { module }.into(),
            CoreError::ItemNotFound { module, item } => {
                m::ErrorsItemNotFound { module, item }.into()
            }
            CoreError::PageNotFound { module, index } => m::ErrorsPageNotFound {
                module,
                page: index + 1,
            }
            .into(),
            CoreError::AttemptNotFound => m::ERRORS_ATTEMPT_NOT_FOUND.into(),
            CoreError::InvalidResponse(_) => m::ERRORS_INVALID_RESPONSE.into(),
            CoreError::AlreadyAnswered(_) => m::ERRORS_ALREADY_ANSWERED.into(),
            CoreError::InvalidSignIn { field } => m::ErrorsInvalidSignIn { field }.into(),
            CoreError::Crypto(_) => m::ERRORS_UNEXPECTED.into(),
            CoreError::PinMismatch => m::ERRORS_PIN_MISMATCH.into(),
            CoreError::PinLocked { seconds } => m::ErrorsPinLocked { seconds }.into(),
            CoreError::TeacherPassword => m::ERRORS_TEACHER_PASSWORD.into(),
            CoreError::TeacherLocked => m::ERRORS_TEACHER_LOCKED.into(),
            CoreError::NotSignedIn => m::ERRORS_NOT_SIGNED_IN.into(),
        }
    }

    /// The serializable form that crosses IPC.
    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload::new(self.code(), self.message())
    }
}

/// What every error enum of Jikim says about itself (issue 18): a stable snake_case `code` per
/// case, and the message a person reads with its arguments (made by the generated
/// [`crate::i18n::messages`], so its id and variables are checked). [`AppError::payload`] is the
/// one conversion into what crosses IPC, so the window sees, e.g., `pin_wrong` rather than a
/// whole crate's errors under one code.
pub trait AppError {
    fn code(&self) -> String;
    fn message(&self) -> Message;
    /// The serializable form that crosses IPC.
    fn payload(&self) -> ErrorPayload {
        ErrorPayload::new(self.code(), self.message())
    }
}

/// Any of Jikim's errors becomes the IPC payload with `?`.
impl<E: AppError> From<E> for ErrorPayload {
    fn from(e: E) -> Self {
        e.payload()
    }
}

impl AppError for CoreError {
    fn code(&self) -> String {
        CoreError::code(self).to_string()
    }
    fn message(&self) -> Message {
        CoreError::message(self)
    }
}

/// An error as the UI receives it: a stable code, a Fluent message id and its arguments.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ErrorPayload {
    pub code: String,
    /// A message id made by `jikim_core::i18n::messages` (the UI's `MessageId`).
    #[ts(type = "MessageId")]
    pub message_id: String,
    pub args: BTreeMap<String, String>,
}

impl ErrorPayload {
    /// The payload of an error with this code and message.
    pub fn new(code: impl Into<String>, message: impl Into<Message>) -> ErrorPayload {
        let (message_id, args) = message.into().into_parts();
        ErrorPayload {
            code: code.into(),
            message_id,
            args,
        }
    }

    /// The message it carries, e.g. to format it in the CLI.
    pub fn message(&self) -> Message {
        Message::received(self.message_id.clone(), self.args.clone())
    }

    /// The same error about one of several files a person picked, naming that file
    /// ([`Message::about_file`]), e.g. a refused rollover's roster CSV.
    pub fn about_file(self, file: &std::path::Path) -> ErrorPayload {
        let message = self.message().about_file(file);
        ErrorPayload::new(self.code, message)
    }
}

impl From<rusqlite_migration::Error> for CoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        CoreError::Migration(e.to_string())
    }
}

/// Why a disk or a database refused, in terms a teacher or a technician can act on: the messages
/// of storage errors take it as their `reason` (a Fluent select: `disk-full`, `no-permission`,
/// `in-use`, otherwise the detail as the system gave it, in English), so "No space left on device"
/// reaches a Korean administrator as a sentence in Korean, not as the operating system's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum StorageFault {
    /// The disk (or the USB stick, or the user's quota) is full.
    DiskFull,
    /// No right to write there: permissions, a read-only drive or folder; on Windows also a file
    /// another program holds open for itself (replacing it is refused as access denied).
    NoPermission,
    /// Another program (or another Jikim) is using the file or the database right now.
    InUse,
    /// Anything else: the message shows the system's own words.
    Other,
}

impl StorageFault {
    /// What a file operation's error says about the disk.
    pub fn of_io(e: &std::io::Error) -> StorageFault {
        use std::io::ErrorKind as K;
        // Windows' codes the standard library files under no kind of its own: a file another
        // program opened without sharing (Excel keeps the workbook it shows), a locked range.
        #[cfg(windows)]
        if let Some(32 | 33) = e.raw_os_error() {
            return StorageFault::InUse;
        }
        match e.kind() {
            K::StorageFull | K::QuotaExceeded => StorageFault::DiskFull,
            K::PermissionDenied | K::ReadOnlyFilesystem => StorageFault::NoPermission,
            K::ResourceBusy | K::ExecutableFileBusy => StorageFault::InUse,
            _ => StorageFault::Other,
        }
    }

    /// What an SQLite error says about the disk.
    pub fn of_sqlite(e: &rusqlite::Error) -> StorageFault {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::DiskFull) => StorageFault::DiskFull,
            Some(C::ReadOnly | C::PermissionDenied) => StorageFault::NoPermission,
            Some(C::DatabaseBusy | C::DatabaseLocked) => StorageFault::InUse,
            _ => StorageFault::Other,
        }
    }

    /// The key the messages select on.
    pub fn key(self) -> &'static str {
        match self {
            StorageFault::DiskFull => "disk-full",
            StorageFault::NoPermission => "no-permission",
            StorageFault::InUse => "in-use",
            StorageFault::Other => "other",
        }
    }
}

impl std::fmt::Display for StorageFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// A file or folder that could not be read or written: which, the system's own words, and why
/// ([`StorageFault`]). Every error enum of Jikim that touches files carries it as its `Io` case
/// (`CoreError`, `HubError`, `ReportError`, `DistrictError`), so each file fault is made the
/// same way, with `?` through `From`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {detail}")]
pub struct FileFault {
    pub path: String,
    pub detail: String,
    pub fault: StorageFault,
}

impl FileFault {
    /// A file operation on `path` failed with `e`.
    pub fn of_io(path: impl AsRef<std::path::Path>, e: &std::io::Error) -> FileFault {
        FileFault {
            path: path.as_ref().display().to_string(),
            detail: e.to_string(),
            fault: StorageFault::of_io(e),
        }
    }

    /// SQLite failed on the database file at `path` with `e` (the error is not `Clone`: its words
    /// and its reason are kept).
    pub fn of_sqlite(path: impl std::fmt::Display, e: &rusqlite::Error) -> FileFault {
        FileFault {
            path: path.to_string(),
            detail: e.to_string(),
            fault: StorageFault::of_sqlite(e),
        }
    }

    /// A failure about `path` that says nothing about the disk (a task that ended, a settings
    /// store's own error): the detail is all there is.
    pub fn other(path: impl std::fmt::Display, detail: impl std::fmt::Display) -> FileFault {
        FileFault {
            path: path.to_string(),
            detail: detail.to_string(),
            fault: StorageFault::Other,
        }
    }
}

/// Result alias of the core.
pub type Result<T> = std::result::Result<T, CoreError>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;
    use rusqlite::Connection;

    #[cfg(unix)]
    #[test]
    fn the_systems_file_errors_are_told_apart() {
        let of = |errno| StorageFault::of_io(&std::io::Error::from_raw_os_error(errno));
        assert_eq!(of(28), StorageFault::DiskFull, "ENOSPC");
        assert_eq!(of(122), StorageFault::DiskFull, "EDQUOT");
        assert_eq!(of(13), StorageFault::NoPermission, "EACCES");
        assert_eq!(of(30), StorageFault::NoPermission, "EROFS");
        assert_eq!(of(16), StorageFault::InUse, "EBUSY");
        assert_eq!(of(2), StorageFault::Other, "ENOENT");
        assert_eq!(of(5), StorageFault::Other, "EIO");
    }

    #[cfg(windows)]
    #[test]
    fn the_systems_file_errors_are_told_apart() {
        let of = |code| StorageFault::of_io(&std::io::Error::from_raw_os_error(code));
        assert_eq!(of(112), StorageFault::DiskFull, "ERROR_DISK_FULL");
        assert_eq!(of(5), StorageFault::NoPermission, "ERROR_ACCESS_DENIED");
        assert_eq!(
            of(32),
            StorageFault::InUse,
            "ERROR_SHARING_VIOLATION (open in Excel)"
        );
        assert_eq!(of(33), StorageFault::InUse, "ERROR_LOCK_VIOLATION");
        assert_eq!(of(2), StorageFault::Other, "ERROR_FILE_NOT_FOUND");
    }

    /// A database whose file may grow by no more than a few pages: SQLite's own "disk full".
    fn full_database(dir: &std::path::Path) -> rusqlite::Error {
        let conn = Connection::open(dir.join("full.db")).expect("open");
        conn.execute_batch("CREATE TABLE t (b BLOB); PRAGMA max_page_count = 3;")
            .expect("set up");
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))", [])
            .expect_err("the database is full")
    }

    #[test]
    fn sqlites_errors_are_told_apart() {
        let dir = tempfile::tempdir().expect("tmp");
        assert_eq!(
            StorageFault::of_sqlite(&full_database(dir.path())),
            StorageFault::DiskFull
        );

        let path = dir.path().join("records.db");
        let writer = Connection::open(&path).expect("open");
        writer.execute_batch("CREATE TABLE t (x)").expect("create");
        let read_only =
            Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .expect("open read-only");
        let e = read_only
            .execute("INSERT INTO t VALUES (1)", [])
            .expect_err("read-only");
        assert_eq!(StorageFault::of_sqlite(&e), StorageFault::NoPermission);

        // Another connection (another program, another Jikim) holds the write lock.
        writer.execute_batch("BEGIN IMMEDIATE").expect("lock");
        let other = Connection::open(&path).expect("open");
        other
            .busy_timeout(std::time::Duration::ZERO)
            .expect("timeout");
        let e = other
            .execute("INSERT INTO t VALUES (2)", [])
            .expect_err("busy");
        assert_eq!(StorageFault::of_sqlite(&e), StorageFault::InUse);

        let e = other.execute("NOT SQL", []).expect_err("syntax");
        assert_eq!(StorageFault::of_sqlite(&e), StorageFault::Other);
    }

    /// What a person reads: the reason in their language for the faults they can act on, the
    /// system's own words only for the others.
    #[test]
    fn a_storage_fault_is_said_in_the_readers_language() {
        let dir = tempfile::tempdir().expect("tmp");
        let full = CoreError::Database(full_database(dir.path()));
        let payload = full.payload();
        assert_eq!(payload.code, "database");
        assert_eq!(
            payload.args.get("reason").map(String::as_str),
            Some("disk-full")
        );
        let ko = Localizer::new("ko").text(full.message());
        assert!(ko.contains("저장 공간이 부족합니다"), "{ko}");
        assert!(!ko.contains("full"), "no English words in it: {ko}");
        let en = Localizer::new("en").text(full.message());
        assert!(en.contains("disk is full"), "{en}");

        let denied = CoreError::from(FileFault::of_io(
            "/school/records",
            &std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        ));
        let ko = Localizer::new("ko").text(denied.message());
        assert!(
            ko.contains("/school/records") && ko.contains("권한이 없습니다"),
            "{ko}"
        );

        let other = CoreError::from(FileFault::of_io(
            "/school/records",
            &std::io::Error::other("the disk made a strange noise"),
        ));
        for lang in ["ko", "en"] {
            let text = Localizer::new(lang).text(other.message());
            assert!(text.contains("the disk made a strange noise"), "{text}");
        }
    }

    /// Every message that takes a `reason` says each fault in its own words, in both languages,
    /// and the system's words only when it has none.
    #[test]
    fn every_message_with_a_reason_tells_each_fault() {
        let faults = [
            StorageFault::DiskFull,
            StorageFault::NoPermission,
            StorageFault::InUse,
            StorageFault::Other,
        ];
        let with_reason: Vec<String> = crate::i18n::message_variables("ko")
            .into_iter()
            .filter(|(_, vars)| vars.contains("reason"))
            .map(|(id, _)| id)
            .collect();
        assert!(with_reason.len() >= 6, "{with_reason:?}");
        for lang in ["ko", "en"] {
            let l10n = Localizer::new(lang);
            for id in &with_reason {
                let texts: Vec<String> = faults
                    .iter()
                    .map(|f| {
                        let args = [("detail", "DETAIL"), ("path", "PATH"), ("reason", f.key())]
                            .map(|(k, v)| (k.to_string(), v.to_string()))
                            .into();
                        l10n.format(id, &args)
                    })
                    .collect();
                let distinct: std::collections::BTreeSet<&String> = texts.iter().collect();
                assert_eq!(distinct.len(), faults.len(), "{lang} {id}: {texts:?}");
                // The system's words, where the message has them, only when there is no reason.
                let has_detail = crate::i18n::message_variables(lang)
                    .get(id)
                    .is_some_and(|vars| vars.contains("detail"));
                for (fault, text) in faults.iter().zip(&texts) {
                    let with_detail = has_detail && *fault == StorageFault::Other;
                    assert_eq!(text.contains("DETAIL"), with_detail, "{lang} {id}: {text}");
                }
            }
        }
    }
}
