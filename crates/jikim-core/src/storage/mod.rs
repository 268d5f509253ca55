//! The learner database: SQLite (bundled) in WAL mode with `synchronous = FULL`, upgraded by
//! numbered migrations ([`migrations`]). Learning records are immutable rows with UUIDv7 ids and
//! the module version they were taken against; progress is derived from them.

pub mod migrations;
pub mod outbox;
pub mod records;
#[cfg(windows)]
pub mod windows_acl;

pub use outbox::{HubLink, KnownHub};
pub use records::{
    is_hostile_char, wire_record, Attempt, CompletionScore, Learner, NewAnswer, SignIn,
};

use crate::error::{CoreError, FileFault, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// An open learner database.
pub struct Db {
    conn: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("path", &self.path).finish()
    }
}

/// How long an access to a database (the student app's, the hub's) waits for another
/// connection's lock before it fails as [`crate::error::StorageFault::InUse`].
const BUSY_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// How the student app's and the hub's databases share their file with other programs (a
/// backup, a teacher's report, a `jikim hub` command), set right after opening, before the first
/// read: another connection's lock is waited for ([`BUSY_WAIT`]), not taken for a fault, and one
/// held longer fails as in use. Every transaction takes the write lock at its start, so that
/// wait covers it too: a deferred one that read first would be refused at once when it came to
/// write, the busy timeout not asked.
pub fn wait_for_other_connections(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_WAIT)?;
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    Ok(())
}

/// Whether SQLite says the file is not a database or is damaged (not merely locked, full or
/// read-only: those are [`crate::error::StorageFault`]s, and the file is fine).
pub fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt)
    )
}

impl Db {
    /// Opens (creating if needed) the database at `path`, checks it is intact and migrates it
    /// to the latest schema. A damaged file gives [`CoreError::DatabaseCorrupt`] naming the file;
    /// a file from a newer Jikim gives [`CoreError::DatabaseTooNew`]. Neither is modified.
    pub fn open(path: &Path) -> Result<Db> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| FileFault::of_io(dir, &e))?;
        }
        let corrupt = |e: rusqlite::Error| -> CoreError {
            if is_corruption(&e) {
                CoreError::DatabaseCorrupt {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                }
            } else {
                CoreError::Database(e)
            }
        };
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(corrupt)?;
        wait_for_other_connections(&mut conn).map_err(corrupt)?;
        // Children's answers: readable by the OS user who runs Jikim only. SQLite gives the
        // -wal and -shm files the database file's mode.
        owner_only(path);
        // Reading the schema is the first thing that fails on a non-database file.
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(corrupt)?;
        if check != "ok" {
            return Err(CoreError::DatabaseCorrupt {
                path: path.to_path_buf(),
                detail: check,
            });
        }
        let mut db = Db {
            conn,
            path: Some(path.to_path_buf()),
        };
        db.configure().map_err(corrupt)?;
        db.migrate()?;
        Ok(db)
    }

    /// An in-memory database (tests, benchmarks).
    pub fn open_in_memory() -> Result<Db> {
        let mut conn = Connection::open_in_memory()?;
        wait_for_other_connections(&mut conn)?;
        let mut db = Db { conn, path: None };
        db.configure()?;
        db.migrate()?;
        Ok(db)
    }

    fn configure(&self) -> std::result::Result<(), rusqlite::Error> {
        // WAL keeps readers and the writer apart; FULL syncs the WAL on every commit, so an
        // acknowledged answer survives power loss, not only a crash or kill -9.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted or overwritten content (a forgotten token, a squatter's records) is zeroed in
        // the file, not left in free pages for whoever copies it.
        self.conn.pragma_update(None, "secure_delete", "ON")?;
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        let migrations = migrations::migrations();
        let current: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if current > migrations::LATEST as i64 {
            return Err(CoreError::DatabaseTooNew {
                path: self.path.clone().unwrap_or_default(),
            });
        }
        migrations.to_latest(&mut self.conn)?;
        Ok(())
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// The file, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// Makes a data file (or folder) readable and writable by its owner only: 0600 (folders 0700) on
/// Unix, and on Windows a protected DACL granting only the user and SYSTEM (`windows_acl`).
/// Best effort: a file system that refuses it (e.g. FAT on a USB stick) must not stop the app.
pub fn owner_only(path: &Path) {
    #[cfg(unix)]
    let result = {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o700 } else { 0o600 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    };
    #[cfg(windows)]
    let result = windows_acl::restrict_to_owner(path);
    #[cfg(not(any(unix, windows)))]
    let result: std::io::Result<()> = Ok(());
    if let Err(e) = result {
        tracing::warn!(path = %path.display(), error = %e, "could not make the file private");
    }
}
