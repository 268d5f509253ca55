//! The school's class hub: a small HTTPS server on the LAN that student PCs join with a class
//! code and push their learning records to, and that the teacher reads results from.
//!
//! - [`store`]: the hub database (classes, rosters, assignments, device tokens, records);
//!   records are applied idempotently by id, committed before they are acknowledged.
//! - [`identity`]: join windows and short codes, students' PINs (Argon2id, lockout), devices
//!   and their tokens (expiry, revocation).
//! - [`grade`]: the hub decides: it grades every pushed answer against the module version the
//!   record names (it keeps every version it was given), derives completions itself, and sets
//!   aside what it refuses.
//! - [`limits`]: connection caps (overall and per address), timeouts on every stage of a request,
//!   and a per-student push rate, so one client cannot make the hub unreachable.
//! - [`tls`]: the self-signed certificate made on first start, and its fingerprint.
//! - [`server`]: the versioned JSON API (`/api/v1`), with auth, limits and rate limiting.
//! - [`period`]: the lab period, live: which PC each student is on, records still waiting
//!   there, and the teacher's "send now" and "end the period" (in memory, from heartbeats).
//! - [`dashboard`]: the teacher's live class results, refreshed with only the records received
//!   since the last refresh.
//! - [`backup`]: integrity check at open, daily backups (7 kept), restore.
//! - [`access`]: the access log of teacher views of answers and of exports.
//! - [`lifecycle`]: deleting a student for real; the end-of-year purge behind a bundle.
//! - [`snapshot`]: classes, rosters and records as one value, for school-wide bundles and merges.
//! - [`announce`]: best-effort mDNS announcement on the LAN.
//! - [`issued`]: the certificates the hub signed, by serial (counted across schools).
//! - [`requirements`]: what each grade owes of each prevention-education requirement (minutes).
//! - [`school_key`]: the hub's Ed25519 signing key (bundles, certificates) and students'
//!   pseudonyms.

pub mod access;
pub mod announce;
pub mod backup;
pub mod dashboard;
pub mod grade;
pub mod identity;
pub mod issued;
pub mod join_guard;
pub mod lifecycle;
pub mod limits;
pub mod period;
pub mod requirements;
pub mod rollover;
pub mod school_key;
pub mod server;
pub mod snapshot;
pub mod store;
pub mod tls;

use jikim_core::error::{FileFault, StorageFault};
pub use limits::HubLimits;
pub use server::{start, start_with_limits, RunningHub};
pub use store::{HubStore, PushOutcome};

/// Errors of the hub's own operations (not HTTP answers; those are `ApiError`s).
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    #[error("hub database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("hub database migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// A file or folder of the hub could not be read or written.
    #[error("hub file {0}")]
    Io(#[from] FileFault),
    #[error("certificate: {0}")]
    Cert(String),
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("record belongs to another student")]
    Forbidden,
    /// A CSV file neither in UTF-8 nor in CP949 (what Korean Excel saves).
    #[error("CSV file neither UTF-8 nor CP949")]
    CsvEncoding,
    /// A roster CSV without a number and a name column in its first row.
    #[error("roster file: no number and name columns in the first row")]
    RosterHeader,
    /// A roster CSV row (counting the header as row 1) without a valid number and name.
    #[error("roster file: row {row} has no valid number and name")]
    RosterRow { row: usize },
    #[error("hub database {path} is damaged: {detail}")]
    Corrupt { path: String, detail: String },
    /// A new year's roster CSV without its six columns in the first row.
    #[error("rollover file: the first row does not name its six columns")]
    RolloverHeader,
    /// A new year's roster CSV without a student.
    #[error("rollover file: no students")]
    RolloverEmpty,
    /// A line of the new year's roster (the header is line 1) the hub refused, and why.
    #[error("rollover file: line {line}: {problem:?}")]
    RolloverLine {
        line: usize,
        problem: rollover::RolloverProblem,
    },
    /// A school year Jikim does not take, or not after the hub's last one (`last`).
    #[error("school year {year} refused (the hub's last: {last:?})")]
    RolloverYear { year: i32, last: Option<i32> },
    /// What a grade owes, refused: a grade or a number of minutes out of range.
    #[error("grade {grade} owing {minutes} minutes refused")]
    OwedOutOfRange { grade: u32, minutes: u32 },
    /// The hub could not listen at the address and port the teacher chose: the port is taken
    /// (another program, or a Jikim already running) or the address is not this PC's.
    #[error("cannot listen on {addr}")]
    CannotListen { addr: String },
}

impl jikim_core::error::AppError for HubError {
    fn code(&self) -> String {
        self.code_str().to_string()
    }
    fn message(&self) -> jikim_core::i18n::Message {
        HubError::message(self)
    }
}

impl HubError {
    /// Its stable snake_case code.
    pub fn code_str(&self) -> &'static str {
        match self {
            HubError::Db(_) | HubError::Migration(_) => "hub_storage",
            HubError::Io(_) => "hub_file",
            HubError::Cert(_) => "hub_certificate",
            HubError::NotFound => "hub_not_found",
            HubError::Invalid(_) => "hub_invalid_input",
            HubError::Forbidden => "hub_forbidden",
            HubError::CsvEncoding => "hub_csv_encoding",
            HubError::RosterHeader => "hub_roster_header",
            HubError::RosterRow { .. } => "hub_roster_row",
            HubError::Corrupt { .. } => "hub_database_corrupt",
            HubError::RolloverHeader => "hub_rollover_header",
            HubError::RolloverEmpty => "hub_rollover_empty",
            HubError::RolloverLine { .. } => "hub_rollover_line",
            HubError::RolloverYear { .. } => "hub_rollover_year",
            HubError::OwedOutOfRange { .. } => "hub_owed_out_of_range",
            HubError::CannotListen { .. } => "hub_cannot_listen",
        }
    }

    /// The database or a file of the hub failed underneath (not a refusal with its own words):
    /// an error that wraps a hub error says so in its own words, with the detail.
    pub fn is_storage_fault(&self) -> bool {
        matches!(
            self,
            HubError::Db(_) | HubError::Migration(_) | HubError::Io(_)
        )
    }

    /// Why the database or a file failed underneath ([`HubError::is_storage_fault`]), for the
    /// message of an error that wraps this one; [`StorageFault::Other`] for any other error.
    pub fn storage_fault(&self) -> StorageFault {
        match self {
            HubError::Db(e)
            | HubError::Migration(rusqlite_migration::Error::RusqliteError { err: e, .. }) => {
                StorageFault::of_sqlite(e)
            }
            HubError::Io(f) => f.fault,
            _ => StorageFault::Other,
        }
    }

    /// Its message (`locales/*/hub.ftl`), with its arguments.
    pub fn message(&self) -> jikim_core::i18n::Message {
        use jikim_core::i18n::messages as m;
        use jikim_core::limits;
        let msg = match self {
            HubError::Db(_) | HubError::Migration(_) => m::HUB_STORAGE_FAILED,
            HubError::Io(_) => m::HUB_FILE_FAILED,
            HubError::Cert(_) => m::HUB_CERTIFICATE_FAILED,
            HubError::NotFound => m::HUB_NOT_FOUND,
            HubError::Invalid(_) => m::HUB_INVALID_INPUT,
            HubError::Forbidden => m::HUB_FORBIDDEN,
            HubError::CsvEncoding => m::HUB_CSV_ENCODING,
            HubError::RosterHeader => m::HUB_ROSTER_HEADER,
            HubError::RosterRow { row } => {
                return m::HubRosterRow {
                    row,
                    min: limits::NUMBER.start(),
                    max: limits::NUMBER.end(),
                }
                .into()
            }
            HubError::Corrupt { .. } => m::HUB_DATABASE_CORRUPT,
            HubError::RolloverHeader => m::HUB_ROLLOVER_HEADER,
            HubError::RolloverEmpty => m::HUB_ROLLOVER_EMPTY,
            HubError::RolloverLine { line, problem } => {
                use rollover::RolloverProblem as P;
                return match problem {
                    P::Unreadable => m::HubRolloverLineUnreadable {
                        line,
                        max_grade: limits::GRADE.end(),
                        max_number: limits::NUMBER.end(),
                    }
                    .into(),
                    P::PlaceTaken => m::HubRolloverLineTaken { line }.into(),
                    P::NotOnLastYearsRoster => m::HubRolloverLineUnknown { line }.into(),
                    P::ListedTwice => m::HubRolloverLineTwice { line }.into(),
                };
            }
            HubError::RolloverYear { year, last: None } => {
                return m::HubRolloverYearRange {
                    year,
                    first: limits::SCHOOL_YEAR.start(),
                    last: limits::SCHOOL_YEAR.end(),
                }
                .into()
            }
            HubError::RolloverYear {
                year,
                last: Some(last),
            } => return m::HubRolloverYearNotAfter { year, last }.into(),
            HubError::CannotListen { addr } => {
                return m::HubCannotListen { addr: addr.clone() }.into()
            }
            HubError::OwedOutOfRange { grade, minutes } => {
                return m::HubOwedOutOfRange {
                    grade,
                    minutes,
                    min_grade: limits::GRADE.start(),
                    max_grade: limits::GRADE.end(),
                    max_minutes: limits::OWED_MINUTES.end(),
                }
                .into()
            }
        };
        msg.into()
    }
}
