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
            CoreError::Database(detail) => m::ErrorsDatabase { detail }.into(),
            CoreError::Migration(detail) => m::ErrorsMigration { detail }.into(),
            CoreError::Io { path, detail } => m::ErrorsIo {
                path: path.display(),
                detail,
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

/// Result alias of the core.
pub type Result<T> = std::result::Result<T, CoreError>;
