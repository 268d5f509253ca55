//! The hub database. One SQLite file (WAL, synchronous=FULL) with numbered migrations. Records
//! are immutable and keyed by their UUIDv7: applying a push is `INSERT OR IGNORE` inside one
//! transaction, committed before the ids are acknowledged, so retries and duplicates never
//! double-count and an acknowledged record survives a crash.

use crate::HubError;
use jikim_core::sync::join_code::class_secret;
use jikim_core::sync::protocol::{Assignment, JoinResponse, RecordKind, SyncRecord};
use rusqlite::{params, Connection, OptionalExtension};
use rusqlite_migration::{Migrations, M};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
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

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1)])
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
fn random_token() -> String {
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
    /// The class part of the join code.
    pub class_code: String,
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

/// The student a device token belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenStudent {
    pub student_id: Uuid,
    pub class_id: Uuid,
}

/// The hub database.
pub struct HubStore {
    conn: Mutex<Connection>,
}

impl HubStore {
    /// Opens (creating) `hub.db` in `dir` and migrates it.
    pub fn open(dir: &Path) -> Result<HubStore> {
        std::fs::create_dir_all(dir).map_err(|e| HubError::Io {
            path: dir.display().to_string(),
            detail: e.to_string(),
        })?;
        let mut conn = Connection::open(dir.join("hub.db"))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations().to_latest(&mut conn)?;
        Ok(HubStore {
            conn: Mutex::new(conn),
        })
    }

    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Creates a class (one per grade and class number) with a fresh random class code.
    pub fn create_class(&self, grade: u32, class_no: u32) -> Result<ClassRow> {
        if !(1..=12).contains(&grade) || !(1..=99).contains(&class_no) {
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
        let mut random = [0u8; 8];
        random.copy_from_slice(&Uuid::new_v4().as_bytes()[..8]);
        let code = class_secret(random);
        conn.execute(
            "INSERT INTO class (id, grade, class_no, class_code, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id.to_string(), grade, class_no, code, now()],
        )?;
        Ok(ClassRow {
            id,
            grade,
            class_no,
            class_code: code,
            student_count: 0,
        })
    }

    /// Every class with its active roster size.
    pub fn classes(&self) -> Result<Vec<ClassRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT c.id, c.grade, c.class_no, c.class_code,
                    (SELECT COUNT(*) FROM roster_entry r WHERE r.class_id = c.id AND r.active = 1)
             FROM class c ORDER BY c.grade, c.class_no",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ClassRow {
                id: uuid(r.get(0)?)?,
                grade: r.get(1)?,
                class_no: r.get(2)?,
                class_code: r.get(3)?,
                student_count: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One class.
    pub fn class(&self, id: Uuid) -> Result<Option<ClassRow>> {
        Ok(self.classes()?.into_iter().find(|c| c.id == id))
    }

    /// Replaces the active roster. Students whose number and name are unchanged keep their id
    /// (and so their records); removed students become inactive, never deleted.
    pub fn set_roster(&self, class_id: Uuid, entries: &[(u32, String)]) -> Result<Vec<RosterRow>> {
        for (number, name) in entries {
            let name = name.trim();
            if !(1..=99).contains(number)
                || name.is_empty()
                || name.chars().count() > 40
                || name.chars().any(jikim_core::storage::is_hostile_char)
            {
                return Err(HubError::Invalid(format!("roster entry {number}")));
            }
        }
        {
            let mut conn = self.conn();
            let tx = conn.transaction()?;
            let exists: Option<String> = tx
                .query_row(
                    "SELECT id FROM class WHERE id = ?1",
                    params![class_id.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            if exists.is_none() {
                return Err(HubError::NotFound);
            }
            tx.execute(
                "UPDATE roster_entry SET active = 0 WHERE class_id = ?1",
                params![class_id.to_string()],
            )?;
            for (number, name) in entries {
                tx.execute(
                    "INSERT INTO roster_entry (id, class_id, number, name, active) VALUES (?1, ?2, ?3, ?4, 1)
                     ON CONFLICT(class_id, number, name) DO UPDATE SET active = 1",
                    params![Uuid::now_v7().to_string(), class_id.to_string(), number, name.trim()],
                )?;
            }
            tx.commit()?;
        }
        self.roster(class_id)
    }

    /// The active roster, by number.
    pub fn roster(&self, class_id: Uuid) -> Result<Vec<RosterRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, number, name FROM roster_entry WHERE class_id = ?1 AND active = 1 ORDER BY number, name",
        )?;
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

    /// A student joins with the class code and their roster entry; returns a new device token.
    /// `None` when no active roster entry matches (the caller answers 404/403 and rate-limits).
    pub fn join(&self, class_code: &str, number: u32, name: &str) -> Result<Option<JoinResponse>> {
        let conn = self.conn();
        let found = conn
            .query_row(
                "SELECT r.id, c.grade, c.class_no, r.number, r.name FROM roster_entry r JOIN class c ON c.id = r.class_id
                 WHERE c.class_code = ?1 AND r.number = ?2 AND r.name = ?3 AND r.active = 1",
                params![class_code.trim().to_ascii_uppercase(), number, name.trim()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, u32>(1)?,
                        r.get::<_, u32>(2)?,
                        r.get::<_, u32>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, grade, class_no, number, name)) = found else {
            return Ok(None);
        };
        let token = random_token();
        conn.execute(
            "INSERT INTO device_token (token_hash, student_id, created_at) VALUES (?1, ?2, ?3)",
            params![token_hash(&token), id, now()],
        )?;
        Ok(Some(JoinResponse {
            token,
            student_id: uuid(id)?,
            grade,
            class_no,
            number,
            name,
        }))
    }

    /// The student a token belongs to, if it is valid.
    pub fn student_for_token(&self, token: &str) -> Result<Option<TokenStudent>> {
        let conn = self.conn();
        let row = conn
            .query_row(
                "SELECT r.id, r.class_id FROM device_token t JOIN roster_entry r ON r.id = t.student_id
                 WHERE t.token_hash = ?1 AND r.active = 1",
                params![token_hash(token)],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
            )
            .optional()?;
        Ok(match row {
            Some((s, c)) => Some(TokenStudent {
                student_id: uuid(s)?,
                class_id: uuid(c)?,
            }),
            None => None,
        })
    }

    /// Applies a push for one student in one transaction: refused as a whole (nothing stored) if
    /// any record's attempt belongs to another student; otherwise every record is stored once by
    /// id. Returns the ids now held (all of the push), after commit.
    pub fn apply(&self, student: Uuid, records: &[SyncRecord]) -> Result<Vec<Uuid>> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        apply_in(&tx, student, records, &now())?;
        tx.commit()?;
        Ok(records.iter().map(|r| r.id).collect())
    }

    /// Group commit: applies several students' pushes in **one** transaction (one fsync), each
    /// inside its own savepoint so a refused push leaves the others untouched. Answers each push
    /// in order, only after the commit; if the commit fails, every push fails.
    pub fn apply_batch(&self, pushes: &[(Uuid, &[SyncRecord])]) -> Vec<Result<Vec<Uuid>>> {
        let mut conn = self.conn();
        let mut tx = match conn.transaction() {
            Ok(tx) => tx,
            Err(e) => {
                let detail = e.to_string();
                return pushes.iter().map(|_| Err(batch_failed(&detail))).collect();
            }
        };
        let received = now();
        let mut out = Vec::with_capacity(pushes.len());
        for (student, records) in pushes {
            let result = (|| {
                let sp = tx.savepoint()?;
                apply_in(&sp, *student, records, &received)?;
                sp.commit()?;
                Ok(records.iter().map(|r| r.id).collect())
            })();
            out.push(result);
        }
        if let Err(e) = tx.commit() {
            let detail = e.to_string();
            return pushes.iter().map(|_| Err(batch_failed(&detail))).collect();
        }
        out
    }

    /// Every record of a student, in id (time) order.
    pub fn records_of(&self, student: Uuid) -> Result<Vec<SyncRecord>> {
        self.query_records(
            "SELECT id, attempt_id, module_id, module_version, kind, page_index, item_id, round, response,
                    correct, recorded_at, active_ms, student_id
             FROM record WHERE student_id = ?1 ORDER BY id",
            &student.to_string(),
        )
        .map(|v| v.into_iter().map(|(_, r)| r).collect())
    }

    /// Every record of a class's active students, with the student id.
    pub fn class_records(&self, class_id: Uuid) -> Result<Vec<(Uuid, SyncRecord)>> {
        self.query_records(
            "SELECT rec.id, rec.attempt_id, rec.module_id, rec.module_version, rec.kind, rec.page_index, rec.item_id,
                    rec.round, rec.response, rec.correct, rec.recorded_at, rec.active_ms, rec.student_id
             FROM record rec JOIN roster_entry r ON r.id = rec.student_id
             WHERE r.class_id = ?1 AND r.active = 1 ORDER BY rec.id",
            &class_id.to_string(),
        )
    }

    fn query_records(&self, sql: &str, arg: &str) -> Result<Vec<(Uuid, SyncRecord)>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map(params![arg], |r| {
            let kind: String = r.get(4)?;
            Ok((
                uuid(r.get(12)?)?,
                SyncRecord {
                    id: uuid(r.get(0)?)?,
                    attempt_id: uuid(r.get(1)?)?,
                    module_id: r.get(2)?,
                    module_version: r.get(3)?,
                    kind: RecordKind::parse(&kind).unwrap_or(RecordKind::PageView),
                    page_index: r.get(5)?,
                    item_id: r.get(6)?,
                    round: r.get(7)?,
                    response: r.get(8)?,
                    correct: r.get(9)?,
                    recorded_at: r.get(10)?,
                    active_ms: r.get::<_, i64>(11)?.max(0) as u64,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Number of records held (tests, load checks).
    pub fn record_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM record", [], |r| r.get(0))?;
        Ok(n as u64)
    }
}

/// Parses a roster CSV (`번호,이름` with a header row) in UTF-8 (with or without BOM) or CP949,
/// as Korean Excel saves it.
pub fn parse_roster_csv(bytes: &[u8]) -> std::result::Result<Vec<(u32, String)>, HubError> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => {
            let (text, _, bad) = encoding_rs::EUC_KR.decode(bytes);
            if bad {
                return Err(HubError::Invalid("roster encoding".into()));
            }
            text.into_owned()
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| HubError::Invalid(e.to_string()))?
        .clone();
    let col = |names: &[&str]| headers.iter().position(|h| names.contains(&h));
    let (Some(num_col), Some(name_col)) = (
        col(&["번호", "number", "No", "no"]),
        col(&["이름", "name", "성명"]),
    ) else {
        return Err(HubError::Invalid("roster header".into()));
    };
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| HubError::Invalid(e.to_string()))?;
        // The same rules as `set_roster`, so a bad line is named by its row here.
        let number = row
            .get(num_col)
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| (1..=99).contains(n))
            .ok_or_else(|| HubError::Invalid(format!("row {}", i + 2)))?;
        let name = row
            .get(name_col)
            .map(str::to_string)
            .filter(|n| {
                !n.is_empty()
                    && n.chars().count() <= 40
                    && !n.chars().any(jikim_core::storage::is_hostile_char)
            })
            .ok_or_else(|| HubError::Invalid(format!("row {}", i + 2)))?;
        out.push((number, name));
    }
    Ok(out)
}

/// Stores one record for `student` unless its id is already held; returns rows inserted (0 or 1).
pub(crate) fn insert_record(
    tx: &Connection,
    student: Uuid,
    r: &SyncRecord,
    received: &str,
) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT OR IGNORE INTO record (id, student_id, attempt_id, module_id, module_version, kind, page_index,
                                       item_id, round, response, correct, recorded_at, active_ms, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
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

fn batch_failed(detail: &str) -> HubError {
    HubError::Io {
        path: "hub.db".into(),
        detail: detail.to_string(),
    }
}

/// One push, inside the caller's transaction or savepoint.
fn apply_in(tx: &Connection, student: Uuid, records: &[SyncRecord], received: &str) -> Result<()> {
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
            Some(_) => continue,
            None => {}
        }
        insert_record(tx, student, r, received)?;
    }
    Ok(())
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
        assert!(parse_roster_csv(b"a,b\n1,2\n").is_err());
        assert!(parse_roster_csv("번호,이름\nx,김\n".as_bytes()).is_err());
    }

    /// Found by `cargo fuzz` (roster_csv): number 0 and a NUL in a name passed the parser and
    /// were refused only later, without their row.
    #[test]
    fn roster_csv_refuses_out_of_range_numbers_and_control_characters_by_row() {
        let crash = b"\xef\xbb\xbf\xeb\xb2\x88\xed\x98\xb8,\xec\x9d\xb4\xeb\xa6\x84\r\n0,\xea\xb9\x80\xed\x95\x98\xeb\x8a\x98M\n2,\"O'Bri\x004, \xeb\xaf\xbc\xec\x88\x98\"\r\n";
        assert!(matches!(parse_roster_csv(crash), Err(HubError::Invalid(row)) if row == "row 2"));
        assert!(
            matches!(parse_roster_csv("번호,이름\n1,가\n100,나\n".as_bytes()), Err(HubError::Invalid(row)) if row == "row 3")
        );
        assert!(
            matches!(parse_roster_csv("번호,이름\n1,가\u{0}나\n".as_bytes()), Err(HubError::Invalid(row)) if row == "row 2")
        );
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

    #[test]
    fn a_group_commit_refuses_one_push_and_keeps_the_others() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = HubStore::open(dir.path()).expect("open");
        let c = store.create_class(1, 1).expect("class");
        let roster = store
            .set_roster(
                c.id,
                &[(1, "가".into()), (2, "나".into()), (3, "다".into())],
            )
            .expect("roster");
        let (a, b, d) = (
            roster[0].student_id,
            roster[1].student_id,
            roster[2].student_id,
        );
        let attempt_a = Uuid::now_v7();
        let first = vec![answer(attempt_a, "q1")];
        store.apply(a, &first).expect("a owns its attempt");
        let from_a = vec![answer(attempt_a, "q2"), answer(attempt_a, "q3")];
        // b tries to write into a's attempt; d pushes normally; a repeats a record.
        let forged = vec![answer(Uuid::now_v7(), "q1"), answer(attempt_a, "q9")];
        let from_d = vec![answer(Uuid::now_v7(), "q1")];
        let results = store.apply_batch(&[
            (a, from_a.as_slice()),
            (b, forged.as_slice()),
            (d, from_d.as_slice()),
            (a, first.as_slice()),
        ]);
        assert_eq!(results.len(), 4);
        assert_eq!(results[0].as_ref().ok().map(Vec::len), Some(2));
        assert!(matches!(results[1], Err(HubError::Forbidden)));
        assert_eq!(results[2].as_ref().ok().map(Vec::len), Some(1));
        assert_eq!(results[3].as_ref().ok().map(Vec::len), Some(1));
        // 1 + 2 for a, 1 for d, nothing of b's (not even its first, valid-looking record).
        assert_eq!(store.record_count().expect("count"), 4);
        assert!(store.records_of(b).expect("b").is_empty());
    }
}
