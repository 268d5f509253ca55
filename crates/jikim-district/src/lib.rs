//! The education office's district server (issue 13): school bundles in, reports across schools
//! out, on PostgreSQL.
//!
//! - [`bundle`]: the district bundle a school hub writes for one school year (signed with the
//!   hub's key, pseudonymous unless the school opts in to names), read as a stream.
//! - [`server`]: `jikim district serve`, where school hubs push their bundles over HTTPS
//!   (resumable, idempotent), and [`push`], the school hub's side of it.
//! - [`db`]: the PostgreSQL store: numbered migrations, registered school keys, streaming
//!   imports (binary `COPY` into staging tables, then idempotent inserts, one transaction per
//!   bundle), what each grade owes, and the reports across schools.
//!
//! See `docs/district.md`.

use jikim_core::error::FileFault;
use jikim_core::i18n::{messages as m, Message};

pub mod bundle;
pub mod db;
pub mod push;
pub mod server;

/// Errors of the district. Each has a stable `code` and a Fluent message id
/// (`locales/*/district.ftl`).
#[derive(Debug, thiserror::Error)]
pub enum DistrictError {
    #[error("not a Jikim district bundle")]
    NotABundle,
    #[error("district bundle is truncated")]
    Truncated,
    #[error("district bundle does not match its signature (changed after the hub wrote it)")]
    Tampered,
    #[error("district bundle format {format} is newer than this version")]
    TooNew { format: u64 },
    #[error("district bundle is damaged: {0}")]
    Damaged(String),
    #[error("signed by key {key_id}, which no school registered")]
    UnknownSchool { key_id: String },
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("writing failed: {0}")]
    Write(String),
    /// A file could not be read or written.
    #[error("file {0}")]
    Io(#[from] FileFault),
    #[error("hub: {0}")]
    Hub(#[from] jikim_hub::HubError),
    #[error("database: {0}")]
    Database(String),
    #[error("district server unreachable: {0}")]
    Unreachable(String),
    #[error("district server refused the upload: HTTP {status} {code}")]
    Refused { status: u16, code: String },
    /// `jikim district serve` could not listen there: the port is taken or the address is not
    /// this machine's.
    #[error("cannot listen on {addr}")]
    CannotListen { addr: String },
    /// Another district server is running on the same folder: two servers appending to one
    /// spool would interleave a bundle's chunks (each keeps its per-upload lock to itself).
    #[error("another district server is using {folder}")]
    FolderInUse { folder: String },
}

impl jikim_core::error::AppError for DistrictError {
    fn code(&self) -> String {
        DistrictError::code(self).to_string()
    }
    fn message(&self) -> Message {
        DistrictError::message(self)
    }
}

impl DistrictError {
    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            DistrictError::NotABundle => "not_a_bundle",
            DistrictError::Truncated => "truncated",
            DistrictError::Tampered => "tampered",
            DistrictError::TooNew { .. } => "too_new",
            DistrictError::Damaged(_) => "damaged",
            DistrictError::UnknownSchool { .. } => "unknown_school",
            DistrictError::Invalid(_) => "invalid",
            DistrictError::Write(_) => "write_failed",
            DistrictError::Io(_) => "io",
            DistrictError::Hub(e) if !e.is_storage_fault() => e.code_str(),
            DistrictError::Hub(_) => "hub",
            DistrictError::Database(_) => "database",
            DistrictError::Unreachable(_) => "unreachable",
            DistrictError::Refused { .. } => "refused",
            DistrictError::CannotListen { .. } => "cannot_listen",
            DistrictError::FolderInUse { .. } => "folder_in_use",
        }
    }

    /// Its message (`locales/*/district.ftl`) with its arguments.
    pub fn message(&self) -> Message {
        match self {
            DistrictError::NotABundle => m::DISTRICT_ERROR_NOT_A_BUNDLE.into(),
            DistrictError::Truncated => m::DISTRICT_ERROR_TRUNCATED.into(),
            DistrictError::Tampered => m::DISTRICT_ERROR_TAMPERED.into(),
            DistrictError::TooNew { format } => m::DistrictErrorTooNew { format }.into(),
            DistrictError::Damaged(detail) => m::DistrictErrorDamaged { detail }.into(),
            DistrictError::UnknownSchool { key_id } => {
                m::DistrictErrorUnknownSchool { key: key_id }.into()
            }
            DistrictError::Invalid(detail) => m::DistrictErrorInvalid { detail }.into(),
            DistrictError::Write(detail) => m::DistrictErrorWrite { detail }.into(),
            DistrictError::Io(f) => m::DistrictErrorIo {
                path: &f.path,
                detail: &f.detail,
                reason: f.fault,
            }
            .into(),
            DistrictError::Hub(e) if !e.is_storage_fault() => e.message(),
            DistrictError::Hub(e) => m::DistrictErrorHub {
                detail: e,
                reason: e.storage_fault(),
            }
            .into(),
            DistrictError::Database(detail) => m::DistrictErrorDatabase { detail }.into(),
            DistrictError::Unreachable(detail) => m::DistrictErrorUnreachable { detail }.into(),
            DistrictError::Refused { status, code } => {
                m::DistrictErrorRefused { status, code }.into()
            }
            DistrictError::CannotListen { addr } => m::DistrictErrorCannotListen { addr }.into(),
            DistrictError::FolderInUse { folder } => m::DistrictErrorFolderInUse { folder }.into(),
        }
    }
}

impl DistrictError {
    /// The error a district server answered with (its `code` and `args`), as this side's own
    /// where the code is one of the bundle's errors, so the school sees the same message the
    /// office would.
    pub fn from_remote(
        status: u16,
        code: &str,
        args: &std::collections::BTreeMap<String, String>,
    ) -> DistrictError {
        let arg = |k: &str| args.get(k).cloned().unwrap_or_default();
        match code {
            "not_a_bundle" => DistrictError::NotABundle,
            "truncated" => DistrictError::Truncated,
            "tampered" => DistrictError::Tampered,
            "too_new" => DistrictError::TooNew {
                format: arg("format").parse().unwrap_or(0),
            },
            "damaged" => DistrictError::Damaged(arg("detail")),
            "unknown_school" => DistrictError::UnknownSchool { key_id: arg("key") },
            "invalid" => DistrictError::Invalid(arg("detail")),
            _ => DistrictError::Refused {
                status,
                code: code.to_string(),
            },
        }
    }

    /// The bundle itself is wrong (not the network, the disk or the database): sending or
    /// importing it again cannot help.
    pub fn is_bundle_fault(&self) -> bool {
        matches!(
            self,
            DistrictError::NotABundle
                | DistrictError::Truncated
                | DistrictError::Tampered
                | DistrictError::TooNew { .. }
                | DistrictError::Damaged(_)
                | DistrictError::UnknownSchool { .. }
                | DistrictError::Invalid(_)
        )
    }
}

impl From<tokio_postgres::Error> for DistrictError {
    fn from(e: tokio_postgres::Error) -> Self {
        // The server's own message (e.g. a constraint), not only "db error".
        let detail = e
            .as_db_error()
            .map(|d| d.message().to_string())
            .unwrap_or_else(|| with_causes(&e));
        DistrictError::Database(detail)
    }
}

impl From<deadpool_postgres::PoolError> for DistrictError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        DistrictError::Database(with_causes(&e))
    }
}

/// An error and its causes, e.g. "error performing TLS handshake: invalid peer certificate:
/// UnknownIssuer", so the office sees why a connection failed.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let more = c.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        cause = c.source();
    }
    text
}
