//! The hub database. One SQLite file (WAL, synchronous=FULL) with numbered migrations. Records
//! are immutable and keyed by their UUIDv7: applying a push is `INSERT OR IGNORE` inside one
//! transaction, committed before the ids are acknowledged, so retries and duplicates never
//! double-count and an acknowledged record survives a crash.

use crate::grade::{vet, Archive, Refused};
use crate::identity::JoinWindow;
use crate::HubError;
use jikim_core::content::{Library, Module};
use jikim_core::error::FileFault;
use jikim_core::limits;
use jikim_core::sync::join_code::JoinCode;
use jikim_core::sync::protocol::{Assignment, RecordKind, SyncRecord};
use rusqlite::{params, Connection, OptionalExtension};
use rusqlite_migration::{Migrations, M};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use uuid::Uuid;

type Result<T> = std::result::Result<T, HubError>;

const V1: &str = "
CREATE TABLE class (
    id          TEXT PRIMARY KEY,
    grade       INTEGER NOT NULL,
    class_no    INTEGER NOT NULL,
    class_code  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    UNIQUE (grade, class_no)
);
CREATE TABLE roster_entry (
    id        TEXT PRIMARY KEY,             -- the student id
    class_id  TEXT NOT NULL REFERENCES class(id),
    number    INTEGER NOT NULL,
    name      TEXT NOT NULL,
    active    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (class_id, number, name)
);
CREATE TABLE assignment (
    class_id   TEXT NOT NULL REFERENCES class(id),
    module_id  TEXT NOT NULL,
    due        TEXT NOT NULL,
    PRIMARY KEY (class_id, module_id)
);
CREATE TABLE device_token (
    token_hash  TEXT PRIMARY KEY,           -- SHA-256 of the token; the token itself is never stored
    student_id  TEXT NOT NULL REFERENCES roster_entry(id),
    created_at  TEXT NOT NULL
);
CREATE TABLE attempt_owner (
    attempt_id  TEXT PRIMARY KEY,
    student_id  TEXT NOT NULL REFERENCES roster_entry(id)
);
CREATE TABLE record (
    id              TEXT PRIMARY KEY,
    student_id      TEXT NOT NULL REFERENCES roster_entry(id),
    attempt_id      TEXT NOT NULL,
    module_id       TEXT NOT NULL,
    module_version  INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    page_index      INTEGER,
    item_id         TEXT,
    round           INTEGER,
    response        TEXT,
    correct         INTEGER,
    recorded_at     TEXT NOT NULL,
    active_ms       INTEGER NOT NULL,
    received_at     TEXT NOT NULL
);
CREATE INDEX record_by_student ON record (student_id, id);
";

/// The hub decides (issue 15): every module version it was given, records it refused (kept aside,
/// never lost), and which records it graded itself.
const V2: &str = "
CREATE TABLE module_version (
    module_id    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    module_json  TEXT NOT NULL,            -- the validated module, as the core serialises it
    archived_at  TEXT NOT NULL,
    PRIMARY KEY (module_id, version)
);
CREATE TABLE set_aside (
    record_id    TEXT NOT NULL,
    student_id   TEXT NOT NULL REFERENCES roster_entry(id),
    reason       TEXT NOT NULL,            -- grade::Refused::code
    record_json  TEXT NOT NULL,            -- the record as pushed
    received_at  TEXT NOT NULL,
    PRIMARY KEY (record_id, student_id)
);
ALTER TABLE record ADD COLUMN graded INTEGER NOT NULL DEFAULT 0;  -- 1: graded by a hub
CREATE INDEX record_by_student_module ON record (student_id, module_id);
CREATE INDEX record_by_attempt ON record (attempt_id);
";

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(V1),
        M::up(V2),
        M::up(crate::identity::V3),
        M::up(crate::identity::V4),
        M::up(crate::access::V5),
        M::up(crate::lifecycle::V6),
        M::up(crate::rollover::V7),
        M::up(crate::school_key::V8),
        M::up(crate::requirements::V9),
        M::up(crate::issued::V10),
    ])
}

pub(crate) fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

pub(crate) fn uuid(s: String) -> rusqlite::Result<Uuid> {
    Uuid::parse_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// SHA-256 hex of a device token: what the database keeps.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// 256 random bits from the OS (via two UUIDv4s), hex-encoded.
pub(crate) fn random_token() -> String {
    let mut bytes = Vec::with_capacity(32);
    bytes.extend_from_slice(Uuid::new_v4().as_bytes());
    bytes.extend_from_slice(Uuid::new_v4().as_bytes());
    hex::encode(bytes)
}

/// A class.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ClassRow {
    pub id: Uuid,
    pub grade: u32,
    pub class_no: u32,
    /// The join code and when joining closes, while it is open.
    pub join: Option<JoinWindow>,
    pub student_count: u32,
}

/// A student on a class roster.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RosterRow {
    pub student_id: Uuid,
    pub number: u32,
    pub name: String,
}

/// The roster row as the core's dashboard takes it.
impl From<&RosterRow> for jikim_core::study::dashboard::RosterStudent {
    fn from(r: &RosterRow) -> Self {
        Self {
            student_id: r.student_id,
            number: r.number,
            name: r.name.clone(),
        }
    }
}

/// The student a device token belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenStudent {
    pub student_id: Uuid,
    pub class_id: Uuid,
    /// The PC (or seat) name the token was issued to.
    pub device: String,
    /// When the token was issued (the student signed in on that PC), Unix seconds.
    pub signed_in_at: i64,
}

/// The hub database.
pub struct HubStore {
    conn: Mutex<Connection>,
    /// The hub's folder (database, backups).
    dir: std::path::PathBuf,
    /// Every module version the hub grades against (a copy of table `module_version`).
    archive: RwLock<Arc<Archive>>,
}

/// What the hub did with one push: every id it has durably dealt with (stored, already held, or
/// set aside), and the ids it set aside with the reason.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushOutcome {
    pub acked: Vec<Uuid>,
    pub rejected: Vec<(Uuid, Refused)>,
}

/// What [`HubStore::archive_library`] changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ArchiveStats {
    /// Module versions newly archived.
    pub added: usize,
    /// Records stored before hubs graded, graded now.
    pub regraded: usize,
    /// Set-aside records accepted now that their module version is known.
    pub released: usize,
}

impl HubStore {
    /// Opens (creating) `hub.db` in `dir` and migrates it.
    pub fn open(dir: &Path) -> Result<HubStore> {
        std::fs::create_dir_all(dir).map_err(|e| FileFault::of_io(dir, &e))?;
        // The hub's folder holds every student's answers, the certificate key and the teacher
        // token: its owner only (SQLite gives -wal and -shm the database file's mode).
        jikim_core::storage::owner_only(dir);
        let path = dir.join("hub.db");
        let mut conn = Connection::open(&path)?;
        jikim_core::storage::owner_only(&path);
        jikim_core::storage::wait_for_other_connections(&mut conn)?;
        // A damaged file is refused by name before anything writes to it.
        crate::backup::check(&conn, &path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations().to_latest(&mut conn)?;
        let archive = load_archive(&conn)?;
        let store = HubStore {
            conn: Mutex::new(conn),
            dir: dir.to_path_buf(),
            archive: RwLock::new(Arc::new(archive)),
        };
        if let Err(e) = store.backup_now() {
            tracing::warn!(error = %e, "daily backup of hub.db failed");
        }
        Ok(store)
    }

    /// Makes today's backup if there is none yet (and keeps the newest seven).
    pub fn backup_now(&self) -> Result<Option<std::path::PathBuf>> {
        crate::backup::daily(&self.conn(), &self.dir)
    }

    /// The module versions the hub grades against.
    pub fn archive(&self) -> Arc<Archive> {
        self.archive
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Adds the library's modules to the archive (a version once archived stays, so answers to
    /// it can still be graded after the library moves on); then grades records stored before
    /// hubs graded, and accepts set-aside records whose module version is now known.
    pub fn archive_library(&self, library: &Library) -> Result<ArchiveStats> {
        let mut stats = ArchiveStats::default();
        {
            let mut conn = self.conn();
            let tx = conn.transaction()?;
            for m in &library.modules {
                let json = serde_json::to_string(m)
                    .map_err(|e| HubError::Invalid(format!("module {}: {e}", m.id)))?;
                stats.added += tx.execute(
                    "INSERT OR IGNORE INTO module_version (module_id, version, module_json, archived_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![m.id, m.version, json, now()],
                )?;
            }
            tx.commit()?;
            let archive = load_archive(&conn)?;
            *self.archive.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(archive);
        }
        stats.regraded = self.regrade_legacy()?;
        stats.released = self.release_set_aside()?;
        Ok(stats)
    }

    /// Grades records a hub stored before it graded (`graded = 0`) whose module version is
    /// archived: answers from their response, completions from the attempt's answers.
    fn regrade_legacy(&self) -> Result<usize> {
        let archive = self.archive();
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let legacy: Vec<(Uuid, SyncRecord)> = select_records(
            &tx,
            "WHERE rec.graded = 0 ORDER BY rec.rowid",
            &[] as &[&dyn rusqlite::ToSql],
        )?
        .into_iter()
        .map(|(s, r, _)| (s, r))
        .collect();
        let mut n = 0;
        for (_, r) in &legacy {
            let Some(module) = archive.get(&r.module_id, r.module_version) else {
                continue;
            };
            let (correct, response) = match r.kind {
                RecordKind::Answer => {
                    let graded = crate::grade::answered_item(module, r)
                        .and_then(|item| crate::grade::grade_answer(item, r));
                    (Some(graded.is_ok_and(|g| g.correct)), r.response.clone())
                }
                RecordKind::Completion => {
                    let answers = attempt_answers(&tx, r.attempt_id)?;
                    let score = crate::grade::derived_score(module, &answers);
                    (
                        Some(score.as_ref().is_some_and(|s| s.passed)),
                        score.and_then(|s| serde_json::to_string(&s).ok()),
                    )
                }
                _ => (None, None),
            };
            n += tx.execute(
                "UPDATE record SET correct = ?2, response = ?3, graded = 1 WHERE id = ?1",
                params![r.id.to_string(), correct, response],
            )?;
        }
        tx.commit()?;
        Ok(n)
    }

    /// Applies again the set-aside records that waited for a module or version the hub now has.
    fn release_set_aside(&self) -> Result<usize> {
        let waiting: Vec<(Uuid, String)> = {
            let conn = self.conn();
            // Refusals that a newer library can lift: an unknown module or version.
            let waits = [
                Refused::UnknownModule.code(),
                Refused::UnknownVersion.code(),
            ];
            let mut stmt = conn.prepare(
                "SELECT student_id, record_json FROM set_aside
                 WHERE reason IN (?1, ?2) ORDER BY rowid",
            )?;
            let rows = stmt.query_map(params![waits[0], waits[1]], |r| {
                Ok((uuid(r.get(0)?)?, r.get::<_, String>(1)?))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut released = 0;
        for (student, json) in waiting {
            let Ok(record) = serde_json::from_str::<SyncRecord>(&json) else {
                continue;
            };
            let archive = self.archive();
            if archive
                .get(&record.module_id, record.module_version)
                .is_none()
            {
                continue;
            }
            let mut conn = self.conn();
            let tx = conn.transaction()?;
            tx.execute(
                "DELETE FROM set_aside WHERE record_id = ?1 AND student_id = ?2",
                params![record.id.to_string(), student.to_string()],
            )?;
            let outcome = apply_in(
                &tx,
                &archive,
                student,
                std::slice::from_ref(&record),
                &now(),
            )?;
            tx.commit()?;
            if outcome.rejected.is_empty() {
                released += 1;
            }
        }
        Ok(released)
    }

    /// Records set aside per student of a class (refused, kept, not counted in any result).
    pub fn set_aside_counts(&self, class_id: Uuid) -> Result<HashMap<Uuid, u64>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT s.student_id, COUNT(*) FROM set_aside s JOIN roster_entry r ON r.id = s.student_id
             WHERE r.class_id = ?1 GROUP BY s.student_id",
        )?;
        let rows = stmt.query_map(params![class_id.to_string()], |r| {
            Ok((uuid(r.get(0)?)?, r.get::<_, i64>(1)?.max(0) as u64))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The hub's data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Creates a class (one per grade and class number) with a fresh random class code.
    pub fn create_class(&self, grade: u32, class_no: u32) -> Result<ClassRow> {
        if !limits::GRADE.contains(&grade) || !limits::CLASS_NO.contains(&class_no) {
            return Err(HubError::Invalid("grade/class".into()));
        }
        let id = Uuid::now_v7();
        let conn = self.conn();
        let existing: Option<String> = conn
            .query_row(
                "SELECT id FROM class WHERE grade = ?1 AND class_no = ?2",
                params![grade, class_no],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(existing) = existing {
            drop(conn);
            let id = uuid(existing)?;
            return self.class(id)?.ok_or(HubError::NotFound);
        }
        // Joining is closed until the teacher opens it (with a new code).
        conn.execute(
            "INSERT INTO class (id, grade, class_no, class_code, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id.to_string(), grade, class_no, JoinCode::generate().as_str(), now()],
        )?;
        Ok(ClassRow {
            id,
            grade,
            class_no,
            join: None,
            student_count: 0,
        })
    }

    /// Every class with its active roster size.
    pub fn classes(&self) -> Result<Vec<ClassRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT c.id, c.grade, c.class_no, c.class_code, c.join_open_until,
                    (SELECT COUNT(*) FROM roster_entry r WHERE r.class_id = c.id AND r.active = 1)
             FROM class c ORDER BY c.grade, c.class_no",
        )?;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let rows = stmt.query_map([], |r| {
            let code: String = r.get(3)?;
            let until: Option<i64> = r.get(4)?;
            Ok(ClassRow {
                id: uuid(r.get(0)?)?,
                grade: r.get(1)?,
                class_no: r.get(2)?,
                join: until.filter(|u| *u > now).and_then(|u| {
                    JoinCode::parse(&code).map(|c| JoinWindow {
                        code: c.display(),
                        open_until: u,
                    })
                }),
                student_count: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One class.
    pub fn class(&self, id: Uuid) -> Result<Option<ClassRow>> {
        Ok(self.classes()?.into_iter().find(|c| c.id == id))
    }

    /// Replaces the active roster. A student keeps their id (and so their records) when their
    /// number and name are unchanged, and also when only the name changed: an entry whose number
    /// belongs to an active student whose old name is no longer on the new roster is a
    /// correction of that student's name ("김하눌" → "김하늘"), as when the teacher retypes the
    /// row or re-imports a corrected CSV. Removed students become inactive, never deleted.
    pub fn set_roster(&self, class_id: Uuid, entries: &[(u32, String)]) -> Result<Vec<RosterRow>> {
        for (number, name) in entries {
            if !limits::NUMBER.contains(number) || !limits::name_ok(name) {
                return Err(HubError::Invalid(format!("roster entry {number}")));
            }
        }
        {
            let mut conn = self.conn();
            let tx = conn.transaction()?;
            let class = class_id.to_string();
            let exists: Option<String> = tx
                .query_row("SELECT id FROM class WHERE id = ?1", params![class], |r| {
                    r.get(0)
                })
                .optional()?;
            if exists.is_none() {
                return Err(HubError::NotFound);
            }
            let active: Vec<(String, u32, String)> = {
                let mut stmt = tx.prepare(
                    "SELECT id, number, name FROM roster_entry WHERE class_id = ?1 AND active = 1",
                )?;
                let rows =
                    stmt.query_map(params![class], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            let wanted: Vec<(u32, &str)> =
                entries.iter().map(|(n, name)| (*n, name.trim())).collect();
            let mut kept: Vec<String> = Vec::new();
            for &(number, name) in &wanted {
                // Already on the roster, active or not: that student.
                let same: Option<String> = tx
                    .query_row(
                        "SELECT id FROM roster_entry WHERE class_id = ?1 AND number = ?2 AND name = ?3",
                        params![class, number, name],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(id) = same {
                    tx.execute(
                        "UPDATE roster_entry SET active = 1 WHERE id = ?1",
                        params![id],
                    )?;
                    kept.push(id);
                    continue;
                }
                // The same number, a name that is no longer on the roster: a corrected name.
                let renamed = active.iter().find(|(id, n, old)| {
                    *n == number
                        && !kept.contains(id)
                        && !wanted
                            .iter()
                            .any(|(wn, wname)| *wn == number && wname == old)
                });
                if let Some((id, _, _)) = renamed {
                    tx.execute(
                        "UPDATE roster_entry SET name = ?2, active = 1 WHERE id = ?1",
                        params![id, name],
                    )?;
                    kept.push(id.clone());
                    continue;
                }
                let id = Uuid::now_v7().to_string();
                tx.execute(
                    "INSERT INTO roster_entry (id, class_id, number, name, active) VALUES (?1, ?2, ?3, ?4, 1)",
                    params![id, class, number, name],
                )?;
                kept.push(id);
            }
            for (id, _, _) in &active {
                if !kept.contains(id) {
                    tx.execute(
                        "UPDATE roster_entry SET active = 0 WHERE id = ?1",
                        params![id],
                    )?;
                }
            }
            tx.commit()?;
        }
        self.roster(class_id)
    }

    /// The active roster, by number.
    pub fn roster(&self, class_id: Uuid) -> Result<Vec<RosterRow>> {
        self.roster_where(class_id, "active = 1")
    }

    /// Roster rows of a class that meet `condition` (SQL over `roster_entry r`), by number.
    fn roster_where(&self, class_id: Uuid, condition: &str) -> Result<Vec<RosterRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT id, number, name FROM roster_entry r WHERE class_id = ?1 AND {condition}
             ORDER BY number, name"
        ))?;
        let rows = stmt.query_map(params![class_id.to_string()], |r| {
            Ok(RosterRow {
                student_id: uuid(r.get(0)?)?,
                number: r.get(1)?,
                name: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Assigns a module to a class with a due date (`YYYY-MM-DD`), replacing an earlier due date.
    pub fn set_assignment(&self, class_id: Uuid, module_id: &str, due: &str) -> Result<()> {
        let fmt = time::macros::format_description!("[year]-[month]-[day]");
        if time::Date::parse(due, fmt).is_err() || module_id.is_empty() || module_id.len() > 64 {
            return Err(HubError::Invalid("assignment".into()));
        }
        let n = self.conn().execute(
            "INSERT INTO assignment (class_id, module_id, due) SELECT id, ?2, ?3 FROM class WHERE id = ?1
             ON CONFLICT(class_id, module_id) DO UPDATE SET due = excluded.due",
            params![class_id.to_string(), module_id, due],
        )?;
        if n == 0 {
            return Err(HubError::NotFound);
        }
        Ok(())
    }

    /// A class's assignments, by due date.
    pub fn assignments(&self, class_id: Uuid) -> Result<Vec<Assignment>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT module_id, due FROM assignment WHERE class_id = ?1 ORDER BY due, module_id",
        )?;
        let rows = stmt.query_map(params![class_id.to_string()], |r| {
            Ok(Assignment {
                module_id: r.get(0)?,
                due: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Applies a push for one student in one transaction: refused as a whole (nothing stored) if
    /// any record's attempt or id belongs to another student; otherwise every record the hub
    /// accepts is graded by the hub ([`crate::grade`]) and stored once by id, and every record it
    /// refuses is set aside with its reason (never stored as a result, never lost, never blocking
    /// the rest). Answers after the commit.
    pub fn apply(&self, student: Uuid, records: &[SyncRecord]) -> Result<PushOutcome> {
        let archive = self.archive();
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let outcome = apply_in(&tx, &archive, student, records, &now())?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Group commit: applies several students' pushes in **one** transaction (one fsync), each
    /// inside its own savepoint so a refused push leaves the others untouched. Answers each push
    /// in order, only after the commit; if the commit fails, every push fails.
    pub fn apply_batch(&self, pushes: &[(Uuid, &[SyncRecord])]) -> Vec<Result<PushOutcome>> {
        let archive = self.archive();
        let mut conn = self.conn();
        let mut tx = match conn.transaction() {
            Ok(tx) => tx,
            Err(e) => {
                return pushes.iter().map(|_| Err(batch_failed(&e))).collect();
            }
        };
        let received = now();
        let mut out = Vec::with_capacity(pushes.len());
        for (student, records) in pushes {
            let result = (|| {
                let sp = tx.savepoint()?;
                let outcome = apply_in(&sp, &archive, *student, records, &received)?;
                sp.commit()?;
                Ok(outcome)
            })();
            out.push(result);
        }
        if let Err(e) = tx.commit() {
            return pushes.iter().map(|_| Err(batch_failed(&e))).collect();
        }
        out
    }

    /// Every record of a student, in the order the hub received them.
    /// One page of a student's records in receive order: up to `limit` after the cursor `after`
    /// (0 for the first page), and the cursor of the next page if there may be more.
    pub fn records_page(
        &self,
        student: Uuid,
        after: i64,
        limit: usize,
    ) -> Result<(Vec<SyncRecord>, Option<i64>)> {
        let conn = self.conn();
        let limit = limit.clamp(1, 10_000) as i64;
        // A PC restores this school year's records (a new year starts afresh; the hub keeps the
        // history, and last year's reports are in the archive).
        let after = after.max(crate::rollover::year_after(&conn)?);
        let records: Vec<SyncRecord> = select_records(
            &conn,
            "WHERE rec.student_id = ?1 AND rec.rowid > ?2 ORDER BY rec.rowid LIMIT ?3",
            &[&student.to_string(), &after, &limit],
        )?
        .into_iter()
        .map(|(_, r, _)| r)
        .collect();
        let next = if records.len() as i64 == limit {
            conn.query_row(
                "SELECT rowid FROM record WHERE student_id = ?1 AND rowid > ?2 ORDER BY rowid LIMIT 1 OFFSET ?3",
                params![student.to_string(), after, limit - 1],
                |r| r.get(0),
            )
            .optional()?
        } else {
            None
        };
        Ok((records, next))
    }

    /// Every record of a student, in receive order.
    pub fn records_of(&self, student: Uuid) -> Result<Vec<SyncRecord>> {
        let conn = self.conn();
        Ok(select_records(
            &conn,
            "WHERE rec.student_id = ?1 ORDER BY rec.rowid",
            &[&student.to_string()],
        )?
        .into_iter()
        .map(|(_, r, _)| r)
        .collect())
    }

    /// Every record of a class's active students, with the student id, in receive order.
    pub fn class_records(&self, class_id: Uuid) -> Result<Vec<(Uuid, SyncRecord)>> {
        Ok(self
            .class_records_received(class_id)?
            .into_iter()
            .map(|(s, r, _)| (s, r))
            .collect())
    }

    /// [`Self::class_records`] with each record's receive time (RFC 3339, the hub's clock).
    pub fn class_records_received(
        &self,
        class_id: Uuid,
    ) -> Result<Vec<(Uuid, SyncRecord, String)>> {
        self.class_records_where(class_id, "r.active = 1")
    }

    /// Records of a class's students meeting `condition` (SQL over `roster_entry r`), with each
    /// record's receive time, in receive order.
    fn class_records_where(
        &self,
        class_id: Uuid,
        condition: &str,
    ) -> Result<Vec<(Uuid, SyncRecord, String)>> {
        let conn = self.conn();
        let year = crate::rollover::year_after(&conn)?;
        Ok(select_records(
            &conn,
            &format!(
                "JOIN roster_entry r ON r.id = rec.student_id
                 WHERE r.class_id = ?1 AND rec.rowid > ?2 AND {condition} ORDER BY rec.rowid"
            ),
            &[&class_id.to_string(), &year],
        )?)
    }

    /// Students taken off a class's roster who have records (reports keep them, marked).
    pub fn removed_students(&self, class_id: Uuid) -> Result<Vec<RosterRow>> {
        let year = crate::rollover::year_after(&self.conn())?;
        self.roster_where(
            class_id,
            &format!(
                "active = 0 AND EXISTS (SELECT 1 FROM record WHERE student_id = r.id AND rowid > {year})"
            ),
        )
    }

    /// [`Self::class_records_received`], with the records of removed students too.
    pub fn class_records_including_removed(
        &self,
        class_id: Uuid,
    ) -> Result<Vec<(Uuid, SyncRecord, String)>> {
        self.class_records_where(class_id, "1 = 1")
    }

    /// Records of every student of a class (active or not) received after the receive cursor
    /// `after` (a rowid; 0 for all), in receive order, and the cursor after the last one.
    pub fn class_records_since(
        &self,
        class_id: Uuid,
        after: i64,
    ) -> Result<(Vec<(Uuid, SyncRecord)>, i64)> {
        let conn = self.conn();
        let last: i64 = conn.query_row("SELECT coalesce(max(rowid), 0) FROM record", [], |r| {
            r.get(0)
        })?;
        // This school year's records only (after a rollover).
        let after = after.max(crate::rollover::year_after(&conn)?);
        let records = select_records(
            &conn,
            "JOIN roster_entry r ON r.id = rec.student_id
             WHERE r.class_id = ?1 AND rec.rowid > ?2 AND rec.rowid <= ?3 ORDER BY rec.rowid",
            &[&class_id.to_string(), &after, &last],
        )?
        .into_iter()
        .map(|(s, r, _)| (s, r))
        .collect();
        Ok((records, last.max(after)))
    }

    /// When the hub last received a record of each active student of a class (RFC 3339).
    pub fn last_received(&self, class_id: Uuid) -> Result<HashMap<Uuid, String>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT r.id, (SELECT rec.received_at FROM record rec WHERE rec.student_id = r.id
                           ORDER BY rec.rowid DESC LIMIT 1)
             FROM roster_entry r WHERE r.class_id = ?1 AND r.active = 1",
        )?;
        let rows = stmt.query_map(params![class_id.to_string()], |r| {
            Ok((uuid(r.get(0)?)?, r.get::<_, Option<String>>(1)?))
        })?;
        let mut out = HashMap::new();
        for row in rows {
            if let (id, Some(at)) = row? {
                out.insert(id, at);
            }
        }
        Ok(out)
    }

    /// Number of records held (tests, load checks).
    pub fn record_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM record", [], |r| r.get(0))?;
        Ok(n as u64)
    }
}

/// The rows of a CSV file being read.
pub(crate) type CsvRows = csv::Reader<std::io::Cursor<Vec<u8>>>;

/// A reader of a CSV file with a header row (cells trimmed, rows of any length), in UTF-8 (with
/// or without BOM) or CP949, as Korean Excel saves it; and its header row.
pub(crate) fn csv_reader(
    bytes: &[u8],
) -> std::result::Result<(CsvRows, csv::StringRecord), HubError> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => {
            let (text, _, bad) = encoding_rs::EUC_KR.decode(bytes);
            if bad {
                return Err(HubError::CsvEncoding);
            }
            text.into_owned()
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(std::io::Cursor::new(text.into_bytes()));
    let headers = reader
        .headers()
        .map_err(|_| HubError::RosterRow { row: 1 })?
        .clone();
    Ok((reader, headers))
}

/// Parses a roster CSV (`번호,이름` with a header row) in UTF-8 (with or without BOM) or CP949,
/// as Korean Excel saves it.
pub fn parse_roster_csv(bytes: &[u8]) -> std::result::Result<Vec<(u32, String)>, HubError> {
    let (mut reader, headers) = csv_reader(bytes)?;
    let col = |names: &[&str]| headers.iter().position(|h| names.contains(&h));
    let (Some(num_col), Some(name_col)) = (
        col(&["번호", "number", "No", "no"]),
        col(&["이름", "name", "성명"]),
    ) else {
        return Err(HubError::RosterHeader);
    };
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        // Rows as a spreadsheet numbers them: the header is row 1.
        let bad = || HubError::RosterRow { row: i + 2 };
        let row = row.map_err(|_| bad())?;
        // The same rules as `set_roster`, so a bad line is named by its row here.
        let number = row
            .get(num_col)
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| limits::NUMBER.contains(n))
            .ok_or_else(bad)?;
        let name = row
            .get(name_col)
            .map(str::to_string)
            .filter(|n| limits::name_ok(n))
            .ok_or_else(bad)?;
        out.push((number, name));
    }
    Ok(out)
}

/// Stores one record for `student` unless its id is already held; returns rows inserted (0 or 1).
/// Only records a hub graded come here (a push after [`vet`], or a merged bundle of a hub's).
pub(crate) fn insert_record(
    tx: &Connection,
    student: Uuid,
    r: &SyncRecord,
    received: &str,
) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT OR IGNORE INTO record (id, student_id, attempt_id, module_id, module_version, kind, page_index,
                                       item_id, round, response, correct, recorded_at, active_ms, received_at, graded)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1)",
        params![
            r.id.to_string(),
            student.to_string(),
            r.attempt_id.to_string(),
            r.module_id,
            r.module_version,
            r.kind.as_str(),
            r.page_index,
            r.item_id,
            r.round,
            r.response,
            r.correct,
            r.recorded_at,
            r.active_ms as i64,
            received
        ],
    )
}

/// The failure of a batch's transaction, once for each of its pushes (an SQLite error is not
/// `Clone`), with why (disk full, locked...).
fn batch_failed(e: &rusqlite::Error) -> HubError {
    HubError::Io(FileFault::of_sqlite("hub.db", e))
}

/// The records matching `tail` (a `WHERE`/`JOIN` clause over `record rec`), with student id and
/// receive time.
fn select_records(
    conn: &Connection,
    tail: &str,
    args: &[&dyn rusqlite::ToSql],
) -> rusqlite::Result<Vec<(Uuid, SyncRecord, String)>> {
    let sql = format!(
        "SELECT rec.id, rec.attempt_id, rec.module_id, rec.module_version, rec.kind, rec.page_index,
                rec.item_id, rec.round, rec.response, rec.correct, rec.recorded_at, rec.active_ms,
                rec.student_id, rec.received_at
         FROM record rec {tail}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(args, |r| {
        Ok((
            uuid(r.get(12)?)?,
            jikim_core::storage::records::wire_record(r)?,
            r.get(13)?,
        ))
    })?;
    rows.collect()
}

/// The answers the hub holds for an attempt, in receive order.
fn attempt_answers(conn: &Connection, attempt: Uuid) -> rusqlite::Result<Vec<SyncRecord>> {
    Ok(select_records(
        conn,
        "WHERE rec.attempt_id = ?1 AND rec.kind = 'answer' ORDER BY rec.rowid",
        &[&attempt.to_string()],
    )?
    .into_iter()
    .map(|(_, r, _)| r)
    .collect())
}

/// The module versions archived in the database. A row the core can no longer read is skipped
/// (its records are then judged as of a version no longer held).
fn load_archive(conn: &Connection) -> Result<Archive> {
    let mut stmt = conn.prepare("SELECT module_json FROM module_version")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut modules = Vec::new();
    for json in rows {
        match serde_json::from_str::<Module>(&json?) {
            Ok(m) => modules.push(m),
            Err(e) => tracing::warn!(error = %e, "archived module version unreadable"),
        }
    }
    Ok(Archive::of(modules))
}

fn unix_ms(received: &str) -> u64 {
    time::OffsetDateTime::parse(received, &time::format_description::well_known::Rfc3339)
        .map(|t| (t.unix_timestamp_nanos() / 1_000_000).max(0) as u64)
        .unwrap_or(0)
}

/// One push, inside the caller's transaction or savepoint.
fn apply_in(
    tx: &Connection,
    archive: &Archive,
    student: Uuid,
    records: &[SyncRecord],
    received: &str,
) -> Result<PushOutcome> {
    let now_ms = unix_ms(received);
    let mut outcome = PushOutcome::default();
    // Records held per module, counted once per push and kept up to date as it goes.
    let mut held: HashMap<String, u64> = HashMap::new();
    for r in records {
        let owner: Option<String> = tx
            .query_row(
                "SELECT student_id FROM attempt_owner WHERE attempt_id = ?1",
                params![r.attempt_id.to_string()],
                |row| row.get(0),
            )
            .optional()?;
        match owner {
            Some(o) if o != student.to_string() => return Err(HubError::Forbidden),
            Some(_) => {}
            None => {
                tx.execute(
                    "INSERT INTO attempt_owner (attempt_id, student_id) VALUES (?1, ?2)",
                    params![r.attempt_id.to_string(), student.to_string()],
                )?;
            }
        }
        // A record id already held by another student is a forgery attempt.
        let holder: Option<String> = tx
            .query_row(
                "SELECT student_id FROM record WHERE id = ?1",
                params![r.id.to_string()],
                |row| row.get(0),
            )
            .optional()?;
        match holder {
            Some(h) if h != student.to_string() => return Err(HubError::Forbidden),
            Some(_) => {
                outcome.acked.push(r.id);
                continue;
            }
            None => {}
        }
        let count = match held.get(&r.module_id) {
            Some(n) => *n,
            None => {
                let n: i64 = tx.query_row(
                    "SELECT COUNT(*) FROM record WHERE student_id = ?1 AND module_id = ?2",
                    params![student.to_string(), r.module_id],
                    |row| row.get(0),
                )?;
                n.max(0) as u64
            }
        };
        let answers = if r.kind == RecordKind::Completion {
            attempt_answers(tx, r.attempt_id)?
        } else {
            Vec::new()
        };
        match vet(archive, r, now_ms, count, &answers) {
            Ok(stored) => {
                let n = insert_record(tx, student, &stored, received)? as u64;
                held.insert(r.module_id.clone(), count + n);
            }
            Err(reason) => {
                let json = serde_json::to_string(r).unwrap_or_default();
                tx.execute(
                    "INSERT OR IGNORE INTO set_aside (record_id, student_id, reason, record_json, received_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![r.id.to_string(), student.to_string(), reason.code(), json, received],
                )?;
                held.insert(r.module_id.clone(), count);
                outcome.rejected.push((r.id, reason));
            }
        }
        outcome.acked.push(r.id);
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roster_csv_reads_utf8_bom_and_cp949() {
        let utf8 = "\u{feff}번호,이름\n1,김하늘\n2,\"O'Brien, 민수\"\n";
        let rows = parse_roster_csv(utf8.as_bytes()).expect("utf-8");
        assert_eq!(
            rows,
            vec![(1, "김하늘".into()), (2, "O'Brien, 민수".into())]
        );
        let (cp949, _, _) = encoding_rs::EUC_KR.encode("번호,이름\r\n3,이바다\r\n");
        assert_eq!(
            parse_roster_csv(&cp949).expect("cp949"),
            vec![(3, "이바다".into())]
        );
        assert!(matches!(
            parse_roster_csv(b"a,b\n1,2\n"),
            Err(HubError::RosterHeader)
        ));
        assert!(parse_roster_csv("번호,이름\nx,김\n".as_bytes()).is_err());
        // Neither UTF-8 nor CP949 (0xFF starts no character in either): said as such.
        assert!(matches!(
            parse_roster_csv(b"\xff\xff,\xff\n1,\xff\n"),
            Err(HubError::CsvEncoding)
        ));
    }

    /// Found by `cargo fuzz` (roster_csv): number 0 and a NUL in a name passed the parser and
    /// were refused only later, without their row.
    #[test]
    fn roster_csv_refuses_out_of_range_numbers_and_control_characters_by_row() {
        let crash = b"\xef\xbb\xbf\xeb\xb2\x88\xed\x98\xb8,\xec\x9d\xb4\xeb\xa6\x84\r\n0,\xea\xb9\x80\xed\x95\x98\xeb\x8a\x98M\n2,\"O'Bri\x004, \xeb\xaf\xbc\xec\x88\x98\"\r\n";
        assert!(matches!(
            parse_roster_csv(crash),
            Err(HubError::RosterRow { row: 2 })
        ));
        assert!(matches!(
            parse_roster_csv("번호,이름\n1,가\n100,나\n".as_bytes()),
            Err(HubError::RosterRow { row: 3 })
        ));
        assert!(matches!(
            parse_roster_csv("번호,이름\n1,가\u{0}나\n".as_bytes()),
            Err(HubError::RosterRow { row: 2 })
        ));
    }

    fn sample_library() -> Library {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/modules");
        Library::load_dir(&dir, time::macros::date!(2026 - 11 - 24))
    }

    /// A hub store with one class of three and the sample module archived.
    fn store_with_class(dir: &Path) -> (HubStore, Vec<RosterRow>) {
        let store = HubStore::open(dir).expect("open");
        store.archive_library(&sample_library()).expect("archive");
        let c = store.create_class(1, 1).expect("class");
        let roster = store
            .set_roster(
                c.id,
                &[(1, "가".into()), (2, "나".into()), (3, "다".into())],
            )
            .expect("roster");
        (store, roster)
    }

    fn answer(attempt: Uuid, item: &str) -> SyncRecord {
        SyncRecord {
            id: Uuid::now_v7(),
            attempt_id: attempt,
            module_id: "sample".into(),
            module_version: 1,
            kind: RecordKind::Answer,
            page_index: None,
            item_id: Some(item.into()),
            round: Some(1),
            response: Some("[\"a\"]".into()),
            correct: Some(true),
            recorded_at: "2026-11-24T10:00:00Z".into(),
            active_ms: 100,
        }
    }

    /// A hub database from before identity (schema 2, with a device token) upgrades: classes,
    /// rosters and records stay; every old token is gone (no one proved who they were);
    /// joining is closed and no PIN is set until each student's first join.
    #[test]
    fn a_hub_database_from_schema_2_upgrades_and_forgets_its_tokens() {
        let dir = tempfile::tempdir().expect("tmp");
        {
            let mut conn = Connection::open(dir.path().join("hub.db")).expect("db");
            Migrations::new(vec![M::up(V1), M::up(V2)])
                .to_latest(&mut conn)
                .expect("schema 2");
            conn.execute_batch(
                "INSERT INTO class (id, grade, class_no, class_code, created_at)
                   VALUES ('0190a0a0-0000-7000-8000-0000000000c1', 2, 3, 'K7Q2M9XA', '2026-03-02T00:00:00Z');
                 INSERT INTO roster_entry (id, class_id, number, name)
                   VALUES ('0190a0a0-0000-7000-8000-0000000000d1', '0190a0a0-0000-7000-8000-0000000000c1', 1, '김하늘');
                 INSERT INTO device_token (token_hash, student_id, created_at)
                   VALUES ('abc', '0190a0a0-0000-7000-8000-0000000000d1', '2026-03-02T00:00:00Z');
                 INSERT INTO record (id, student_id, attempt_id, module_id, module_version, kind, recorded_at, active_ms, received_at)
                   VALUES ('0190a0a0-0000-7000-8000-0000000000f1', '0190a0a0-0000-7000-8000-0000000000d1',
                           '0190a0a0-0000-7000-8000-0000000000a1', 'sample', 1, 'quiz_start', '2026-03-02T00:00:00Z', 0, '2026-03-02T00:00:00Z');",
            )
            .expect("schema 2 rows");
        }
        let store = HubStore::open(dir.path()).expect("upgrades");
        let classes = store.classes().expect("classes");
        assert_eq!(classes.len(), 1);
        assert_eq!(classes[0].join, None, "joining closed");
        assert_eq!(store.record_count().expect("records"), 1);
        let states = store.pin_states(classes[0].id).expect("pins");
        assert!(!states[0].pin_set && !states[0].locked);
        let tables: i64 = store
            .conn()
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'device_token'",
                [],
                |r| r.get(0),
            )
            .expect("tables");
        assert_eq!(tables, 0, "old tokens are gone");
        assert!(store.student_for_token("abc").expect("lookup").is_none());
    }

    /// Issue 15: a restore comes in pages, in receive order, each within a request's budget.
    #[test]
    fn restore_pages_follow_receive_order_to_the_end() {
        let dir = tempfile::tempdir().expect("tmp");
        let (store, roster) = store_with_class(dir.path());
        let me = roster[0].student_id;
        let pushed: Vec<SyncRecord> = (0..5).map(|_| answer(Uuid::now_v7(), "q-single")).collect();
        for r in &pushed {
            store.apply(me, std::slice::from_ref(r)).expect("push");
        }
        // Another student's records never appear in my pages.
        store
            .apply(roster[1].student_id, &[answer(Uuid::now_v7(), "q-single")])
            .expect("other");
        let mut after = 0;
        let mut pages = Vec::new();
        loop {
            let (page, next) = store.records_page(me, after, 2).expect("page");
            pages.push(page.iter().map(|r| r.id).collect::<Vec<_>>());
            match next {
                Some(n) => after = n,
                None => break,
            }
        }
        assert_eq!(
            pages.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![2, 2, 1]
        );
        assert_eq!(
            pages.concat(),
            pushed.iter().map(|r| r.id).collect::<Vec<_>>()
        );
    }

    /// Issue 16: `hub.db` was created 0644 on the teacher's PC.
    #[cfg(unix)]
    #[test]
    fn the_hub_folder_and_database_are_readable_by_their_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tmp");
        let data = dir.path().join("hub");
        let (store, roster) = store_with_class(&data);
        store
            .apply(roster[0].student_id, &[answer(Uuid::now_v7(), "q-single")])
            .expect("a write creates the WAL");
        let mode = |p: &Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        for f in ["hub.db", "hub.db-wal", "hub.db-shm"] {
            assert_eq!(mode(&data.join(f)), 0o600, "{f}");
        }
    }

    /// Issue 15: correcting a name ("김하눌" → "김하늘") made a new student id, so the student's
    /// records vanished from every report and their PC's pushes were refused.
    #[test]
    fn correcting_a_name_keeps_the_student_and_their_records() {
        let dir = tempfile::tempdir().expect("tmp");
        let (store, _) = store_with_class(dir.path());
        let class = store.classes().expect("classes")[0].id;
        let before = store
            .set_roster(class, &[(1, "김하눌".into()), (2, "이바다".into())])
            .expect("roster");
        let student = before[0].student_id;
        store
            .apply(student, &[answer(Uuid::now_v7(), "q-single")])
            .expect("push");
        // Retyped row 1 with the right name; row 2 left the class.
        let after = store
            .set_roster(class, &[(1, "김하늘".into())])
            .expect("roster");
        assert_eq!(after.len(), 1);
        assert_eq!(
            (after[0].student_id, after[0].name.as_str()),
            (student, "김하늘")
        );
        assert_eq!(store.records_of(student).expect("records").len(), 1);
        assert_eq!(
            store.class_records(class).expect("class records").len(),
            1,
            "the record is still the class's"
        );
        // A new student with a new number is new; the one who left comes back with their id.
        let again = store
            .set_roster(
                class,
                &[
                    (1, "김하늘".into()),
                    (2, "이바다".into()),
                    (3, "박새롬".into()),
                ],
            )
            .expect("roster");
        assert_eq!(
            again[1].student_id, before[1].student_id,
            "이바다 keeps their id"
        );
        assert!(again[2].student_id != student && again[2].student_id != before[1].student_id);
    }

    #[test]
    fn a_group_commit_refuses_one_push_and_keeps_the_others() {
        let dir = tempfile::tempdir().expect("tmp");
        let (store, roster) = store_with_class(dir.path());
        let (a, b, d) = (
            roster[0].student_id,
            roster[1].student_id,
            roster[2].student_id,
        );
        let attempt_a = Uuid::now_v7();
        let first = vec![answer(attempt_a, "q-single")];
        store.apply(a, &first).expect("a owns its attempt");
        let from_a = vec![
            answer(attempt_a, "q-multi"),
            answer(attempt_a, "q-scenario"),
        ];
        // b tries to write into a's attempt; d pushes normally; a repeats a record.
        let forged = vec![
            answer(Uuid::now_v7(), "q-single"),
            answer(attempt_a, "q-single"),
        ];
        let from_d = vec![answer(Uuid::now_v7(), "q-single")];
        let results = store.apply_batch(&[
            (a, from_a.as_slice()),
            (b, forged.as_slice()),
            (d, from_d.as_slice()),
            (a, first.as_slice()),
        ]);
        let acked = |i: usize| results[i].as_ref().ok().map(|o| o.acked.len());
        assert_eq!(results.len(), 4);
        assert_eq!(acked(0), Some(2));
        assert!(matches!(results[1], Err(HubError::Forbidden)));
        assert_eq!(acked(2), Some(1));
        assert_eq!(acked(3), Some(1));
        // 1 + 2 for a, 1 for d, nothing of b's (not even its first, valid-looking record).
        assert_eq!(store.record_count().expect("count"), 4);
        assert!(store.records_of(b).expect("b").is_empty());
    }

    #[test]
    fn the_hub_stores_its_own_grade_and_sets_aside_what_it_refuses() {
        let dir = tempfile::tempdir().expect("tmp");
        let (store, roster) = store_with_class(dir.path());
        let s = roster[0].student_id;
        let attempt = Uuid::now_v7();
        // q-single's right answer is not "c": the PC claims it was.
        let mut wrong = answer(attempt, "q-single");
        wrong.response = Some("[\"c\"]".into());
        let mut unknown = answer(attempt, "no-such-item");
        unknown.correct = Some(true);
        let mut completion = answer(attempt, "q-single");
        completion.kind = RecordKind::Completion;
        completion.item_id = None;
        completion.round = None;
        completion.response = Some(r#"{"correct":5,"total":5,"passed":true}"#.into());
        let after = answer(attempt, "q-multi");
        let pushed = vec![
            wrong.clone(),
            unknown.clone(),
            completion.clone(),
            after.clone(),
        ];
        let outcome = store.apply(s, &pushed).expect("push");
        assert_eq!(outcome.acked.len(), 4, "every id is dealt with");
        assert_eq!(outcome.rejected, vec![(unknown.id, Refused::UnknownItem)]);
        let held = store.records_of(s).expect("records");
        let ids: Vec<Uuid> = held.iter().map(|r| r.id).collect();
        assert_eq!(
            ids,
            vec![wrong.id, completion.id, after.id],
            "the rest is stored, in order"
        );
        assert_eq!(held[0].correct, Some(false), "the hub's grade");
        assert_eq!(
            (held[1].correct, held[1].response.as_deref()),
            (Some(false), None)
        );
        let counts = store
            .set_aside_counts(store.classes().expect("classes")[0].id)
            .expect("counts");
        assert_eq!(counts.get(&s), Some(&1));
    }

    #[test]
    fn records_of_a_version_the_hub_learns_later_are_kept_aside_then_accepted() {
        let dir = tempfile::tempdir().expect("tmp");
        let (store, roster) = store_with_class(dir.path());
        let s = roster[0].student_id;
        let mut newer = answer(Uuid::now_v7(), "q-single");
        newer.module_version = 2;
        let outcome = store.apply(s, std::slice::from_ref(&newer)).expect("push");
        assert_eq!(outcome.rejected, vec![(newer.id, Refused::UnknownVersion)]);
        assert!(store.records_of(s).expect("records").is_empty());
        // The teacher updates the app: version 2 of the module reaches the hub.
        let mut lib = sample_library();
        lib.modules[0].version = 2;
        let stats = store.archive_library(&lib).expect("archive v2");
        assert_eq!((stats.added, stats.released), (1, 1));
        assert_eq!(store.records_of(s).expect("records").len(), 1);
    }

    #[test]
    fn records_stored_before_hubs_graded_are_graded_when_the_library_arrives() {
        let dir = tempfile::tempdir().expect("tmp");
        let (store, roster) = store_with_class(dir.path());
        let s = roster[0].student_id;
        // A record written by a hub of the previous version: the PC's own claim, graded = 0.
        let mut forged = answer(Uuid::now_v7(), "q-single");
        forged.response = Some("[\"c\"]".into());
        {
            let conn = store.conn();
            insert_record(&conn, s, &forged, &now()).expect("insert");
            conn.execute(
                "UPDATE record SET graded = 0, correct = 1 WHERE id = ?1",
                params![forged.id.to_string()],
            )
            .expect("legacy");
        }
        let stats = store.archive_library(&sample_library()).expect("archive");
        assert_eq!(stats.regraded, 1);
        assert_eq!(
            store.records_of(s).expect("records")[0].correct,
            Some(false)
        );
    }
}
