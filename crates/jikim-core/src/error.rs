//! The one error type of the core. Every variant has a stable `code` (for logs, tests and the UI's
//! logic) and a Fluent `message_id` (for what a person reads). Across IPC it travels as
//! [`ErrorPayload`]; it is never a panic and never a raw string.

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
    /// Reading a file or folder failed.
    #[error("cannot read {path}: {detail}")]
    Io { path: PathBuf, detail: String },
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
            CoreError::Io { .. } => "io",
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

    /// Fluent message id (in `locales/*/errors.ftl`) the UI shows for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            CoreError::DatabaseCorrupt { .. } => "errors-database-corrupt",
            CoreError::DatabaseTooNew { .. } => "errors-database-too-new",
            CoreError::Database(_) => "errors-database",
            CoreError::Migration(_) => "errors-migration",
            CoreError::Io { .. } => "errors-io",
            CoreError::ContentInvalid { .. } => "errors-content-invalid",
            CoreError::HelpInvalid { .. } => "errors-help-invalid",
            CoreError::ModuleNotFound(_) => "errors-module-not-found",
            CoreError::ItemNotFound { .. } => "errors-item-not-found",
            CoreError::PageNotFound { .. } => "errors-page-not-found",
            CoreError::AttemptNotFound => "errors-attempt-not-found",
            CoreError::InvalidResponse(_) => "errors-invalid-response",
            CoreError::AlreadyAnswered(_) => "errors-already-answered",
            CoreError::InvalidSignIn { .. } => "errors-invalid-sign-in",
            CoreError::Crypto(_) => "errors-unexpected",
            CoreError::PinMismatch => "errors-pin-mismatch",
            CoreError::PinLocked { .. } => "errors-pin-locked",
            CoreError::TeacherPassword => "errors-teacher-password",
            CoreError::TeacherLocked => "errors-teacher-locked",
            CoreError::NotSignedIn => "errors-not-signed-in",
        }
    }

    /// Arguments for the Fluent message (file names, ids). Never contains a learner's answers.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut args = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            args.insert(k.to_string(), v);
        };
        match self {
            CoreError::DatabaseCorrupt { path, detail } => {
                put("path", path.display().to_string());
                put("detail", detail.clone());
            }
            CoreError::DatabaseTooNew { path } => put("path", path.display().to_string()),
            CoreError::Database(e) => put("detail", e.to_string()),
            CoreError::Migration(d) => put("detail", d.clone()),
            CoreError::Io { path, detail } => {
                put("path", path.display().to_string());
                put("detail", detail.clone());
            }
            CoreError::ContentInvalid { path, count } => {
                put("path", path.display().to_string());
                put("count", count.to_string());
            }
            CoreError::HelpInvalid { path, detail } => {
                put("path", path.display().to_string());
                put("detail", detail.clone());
            }
            CoreError::ModuleNotFound(id) => put("module", id.clone()),
            CoreError::ItemNotFound { module, item } => {
                put("module", module.clone());
                put("item", item.clone());
            }
            CoreError::PageNotFound { module, index } => {
                put("module", module.clone());
                put("page", (index + 1).to_string());
            }
            CoreError::InvalidResponse(d) => put("detail", d.clone()),
            CoreError::AlreadyAnswered(item) => put("item", item.clone()),
            CoreError::InvalidSignIn { field } => put("field", (*field).to_string()),
            CoreError::PinLocked { seconds } => put("seconds", seconds.to_string()),
            CoreError::AttemptNotFound
            | CoreError::NotSignedIn
            | CoreError::TeacherPassword
            | CoreError::TeacherLocked
            | CoreError::PinMismatch
            | CoreError::Crypto(_) => {}
        }
        args
    }

    /// The serializable form that crosses IPC.
    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code().to_string(),
            message_id: self.message_id().to_string(),
            args: self.args(),
        }
    }
}

/// What every error enum of Jikim says about itself (issue 18): a stable snake_case `code` per
/// case, the Fluent message id, and the message's arguments. [`AppError::payload`] is the one
/// conversion into what crosses IPC, so the window sees, e.g., `pin_wrong` rather than a whole
/// crate's errors under one code.
pub trait AppError {
    fn code(&self) -> String;
    fn message_id(&self) -> String;
    fn args(&self) -> BTreeMap<String, String> {
        BTreeMap::new()
    }
    /// The serializable form that crosses IPC.
    fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message_id: self.message_id(),
            args: self.args(),
        }
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
    fn message_id(&self) -> String {
        CoreError::message_id(self).to_string()
    }
    fn args(&self) -> BTreeMap<String, String> {
        CoreError::args(self)
    }
}

/// An error as the UI receives it: a stable code, a Fluent message id and its arguments.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ErrorPayload {
    pub code: String,
    pub message_id: String,
    pub args: BTreeMap<String, String>,
}

impl From<rusqlite_migration::Error> for CoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        CoreError::Migration(e.to_string())
    }
}

/// Result alias of the core.
pub type Result<T> = std::result::Result<T, CoreError>;
