//! Learners, attempts and learning records. Every write that records an answer is one SQLite
//! transaction, committed before the function returns.

use super::Db;
use crate::error::{CoreError, Result};
use crate::facts::{AnswerFact, AttemptFacts};
use crate::limits;
use crate::sync::protocol::{RecordKind, SyncRecord};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

/// What a student types to sign in: the minimum a school needs (학년, 반, 번호, 이름).
#[derive(Debug, Clone, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SignIn {
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
    /// Optional 4–6 digit PIN. Set only when the learner is first created; from then on it is
    /// required. Stored as an Argon2 hash, never in clear.
    #[serde(default)]
    pub pin: Option<String>,
}

impl SignIn {
    /// Checks ranges and trims the name. Rejects control characters and over-long names.
    pub fn validated(&self) -> Result<SignIn> {
        let name = self.name.trim().to_string();
        if !limits::GRADE.contains(&self.grade) {
            return Err(CoreError::InvalidSignIn { field: "grade" });
        }
        if !limits::CLASS_NO.contains(&self.class_no) {
            return Err(CoreError::InvalidSignIn { field: "class" });
        }
        if !limits::NUMBER.contains(&self.number) {
            return Err(CoreError::InvalidSignIn { field: "number" });
        }
        if !limits::name_ok(&name) {
            return Err(CoreError::InvalidSignIn { field: "name" });
        }
        let pin = match self.pin.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(p)
                if limits::PIN_DIGITS.contains(&p.len())
                    && p.chars().all(|c| c.is_ascii_digit()) =>
            {
                Some(p.to_string())
            }
            Some(_) => return Err(CoreError::InvalidSignIn { field: "pin" }),
        };
        Ok(SignIn { name, pin, ..*self })
    }
}

/// Characters a name must not contain: control characters, and the invisible bidi/zero-width
/// format characters that can make one name display as another on a teacher's screen.
pub fn is_hostile_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// A learner (student) on this machine.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Learner {
    pub id: Uuid,
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
}

/// An attempt of one learner at one module version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub id: Uuid,
    pub learner_id: Uuid,
    pub module_id: String,
    pub module_version: u32,
}

/// One graded answer to record.
#[derive(Debug, Clone, Copy)]
pub struct NewAnswer<'a> {
    pub attempt: Uuid,
    pub item_id: &'a str,
    /// 1 for the first pass, 2+ for mastery rounds.
    pub round: u32,
    /// Chosen option ids, sorted.
    pub chosen: &'a [String],
    pub correct: bool,
    /// Active (non-idle) milliseconds spent before answering.
    pub active_ms: u64,
}

/// A completion record's content.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct CompletionScore {
    pub correct: u32,
    pub total: u32,
    pub passed: bool,
}

/// One row of `SELECT r.id, r.attempt_id, a.module_id, a.module_version, r.kind, r.page_index,
/// r.item_id, r.round, r.response, r.correct, r.recorded_at, r.active_ms` (columns 0–11, any
/// further columns ignored) as a wire record: the learner database and the hub read records
/// the same way.
pub fn wire_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<SyncRecord> {
    let kind: String = r.get(4)?;
    Ok(SyncRecord {
        id: parse_uuid(r.get(0)?)?,
        attempt_id: parse_uuid(r.get(1)?)?,
        module_id: r.get(2)?,
        module_version: r.get(3)?,
        kind: RecordKind::parse(&kind).unwrap_or(RecordKind::PageView),
        page_index: r.get::<_, Option<i64>>(5)?.map(|p| p.max(0) as u32),
        item_id: r.get(6)?,
        round: r.get(7)?,
        response: r.get(8)?,
        correct: r.get(9)?,
        recorded_at: r.get(10)?,
        active_ms: r.get::<_, i64>(11)?.max(0) as u64,
    })
}

pub(crate) fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

pub(crate) fn parse_uuid(s: String) -> rusqlite::Result<Uuid> {
    Uuid::parse_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

impl Db {
    /// Finds the learner with exactly these details, or creates them.
    pub fn sign_in(&mut self, sign_in: &SignIn) -> Result<Learner> {
        let s = sign_in.validated()?;
        let existing = self
            .conn()
            .query_row(
                "SELECT id, pin_hash FROM learner WHERE grade = ?1 AND class_no = ?2 AND number = ?3 AND name = ?4",
                params![s.grade, s.class_no, s.number, s.name],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)),
            )
            .optional()?;
        let id = match existing {
            Some((id, Some(hash))) => {
                if !s
                    .pin
                    .as_deref()
                    .is_some_and(|pin| crate::secret::verify(pin, &hash))
                {
                    return Err(CoreError::PinMismatch);
                }
                parse_uuid(id)?
            }
            Some((id, None)) => parse_uuid(id)?,
            None => {
                let id = Uuid::now_v7();
                let hash = s.pin.as_deref().map(crate::secret::hash).transpose()?;
                self.conn().execute(
                    "INSERT INTO learner (id, grade, class_no, number, name, created_at, pin_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![id.to_string(), s.grade, s.class_no, s.number, s.name, now(), hash],
                )?;
                id
            }
        };
        Ok(Learner {
            id,
            grade: s.grade,
            class_no: s.class_no,
            number: s.number,
            name: s.name,
        })
    }

    /// The learner's latest attempt at a module version, if any.
    pub fn latest_attempt(
        &self,
        learner: Uuid,
        module_id: &str,
        module_version: u32,
    ) -> Result<Option<Attempt>> {
        let id = self
            .conn()
            .query_row(
                "SELECT id FROM attempt WHERE learner_id = ?1 AND module_id = ?2 AND module_version = ?3
                 ORDER BY started_at DESC, id DESC LIMIT 1",
                params![learner.to_string(), module_id, module_version],
                |r| r.get::<_, String>(0),
            )
            .optional()?;
        Ok(match id {
            Some(id) => Some(Attempt {
                id: parse_uuid(id)?,
                learner_id: learner,
                module_id: module_id.to_string(),
                module_version,
            }),
            None => None,
        })
    }

    /// Every learning record of a learner, in the order this PC wrote (or restored) them, in
    /// wire form: what the standing rule reads for the learner's own module list.
    pub fn learner_records(&self, learner: Uuid) -> Result<Vec<SyncRecord>> {
        let mut stmt = self.conn().prepare(
            "SELECT r.id, r.attempt_id, a.module_id, a.module_version, r.kind, r.page_index, r.item_id,
                    r.round, r.response, r.correct, r.recorded_at, r.active_ms
             FROM learning_record r JOIN attempt a ON a.id = r.attempt_id
             WHERE a.learner_id = ?1 ORDER BY r.rowid",
        )?;
        let rows = stmt.query_map(params![learner.to_string()], wire_record)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Starts a new attempt.
    pub fn start_attempt(
        &mut self,
        learner: Uuid,
        module_id: &str,
        module_version: u32,
    ) -> Result<Attempt> {
        let id = Uuid::now_v7();
        self.conn().execute(
            "INSERT INTO attempt (id, learner_id, module_id, module_version, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id.to_string(), learner.to_string(), module_id, module_version, now()],
        )?;
        Ok(Attempt {
            id,
            learner_id: learner,
            module_id: module_id.to_string(),
            module_version,
        })
    }

    /// The attempt with this id, only if it belongs to `learner`: no learner reaches another's.
    pub fn attempt_of(&self, learner: Uuid, attempt: Uuid) -> Result<Attempt> {
        self.conn()
            .query_row(
                "SELECT module_id, module_version FROM attempt WHERE id = ?1 AND learner_id = ?2",
                params![attempt.to_string(), learner.to_string()],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)),
            )
            .optional()?
            .map(|(module_id, module_version)| Attempt {
                id: attempt,
                learner_id: learner,
                module_id,
                module_version,
            })
            .ok_or(CoreError::AttemptNotFound)
    }

    /// Records a lesson page view (queued for sync in the same transaction).
    pub fn record_page_view(
        &mut self,
        attempt: Uuid,
        page_index: usize,
        active_ms: u64,
    ) -> Result<()> {
        let tx = self.conn_mut().transaction()?;
        insert_record(
            &tx,
            &RecordRow {
                kind: "page_view",
                page_index: Some(page_index as i64),
                active_ms,
                ..RecordRow::new(attempt)
            },
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records that the learner started the quiz (queued for sync in the same transaction).
    pub fn record_quiz_start(&mut self, attempt: Uuid, active_ms: u64) -> Result<()> {
        let tx = self.conn_mut().transaction()?;
        insert_record(
            &tx,
            &RecordRow {
                kind: "quiz_start",
                active_ms,
                ..RecordRow::new(attempt)
            },
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records one answer and, when it completes the first round, the completion — in one
    /// transaction, committed (and synced to disk) before this returns. Rejects a second answer
    /// to the same item in the same round.
    pub fn record_answer(
        &mut self,
        answer: &NewAnswer<'_>,
        completion: Option<CompletionScore>,
    ) -> Result<Uuid> {
        let NewAnswer {
            attempt,
            item_id,
            round,
            chosen,
            correct,
            active_ms,
        } = *answer;
        let tx = self.conn_mut().transaction()?;
        let dup: Option<String> = tx
            .query_row(
                "SELECT id FROM learning_record WHERE attempt_id = ?1 AND kind = 'answer' AND item_id = ?2 AND round = ?3",
                params![attempt.to_string(), item_id, round],
                |r| r.get(0),
            )
            .optional()?;
        if dup.is_some() {
            return Err(CoreError::AlreadyAnswered(item_id.to_string()));
        }
        let row = RecordRow {
            kind: "answer",
            item_id: Some(item_id),
            round: Some(round),
            response: Some(serde_json::to_string(chosen).unwrap_or_else(|_| "[]".into())),
            correct: Some(correct),
            active_ms,
            ..RecordRow::new(attempt)
        };
        insert_record(&tx, &row)?;
        if let Some(score) = completion {
            insert_record(
                &tx,
                &RecordRow {
                    kind: "completion",
                    response: Some(serde_json::to_string(&score).unwrap_or_default()),
                    correct: Some(score.passed),
                    ..RecordRow::new(attempt)
                },
            )?;
        }
        tx.commit()?;
        Ok(row.id)
    }

    /// The facts of an attempt, in recording order (UUIDv7 ids sort by time).
    pub fn attempt_facts(&self, attempt: Uuid) -> Result<AttemptFacts> {
        let mut stmt = self.conn().prepare(
            "SELECT kind, page_index, item_id, round, correct FROM learning_record
             WHERE attempt_id = ?1 ORDER BY id",
        )?;
        let mut facts = AttemptFacts::default();
        let rows = stmt.query_map(params![attempt.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<u32>>(3)?,
                r.get::<_, Option<bool>>(4)?,
            ))
        })?;
        for row in rows {
            let (kind, page, item, round, correct) = row?;
            match kind.as_str() {
                "page_view" => facts.page_views.push(page.unwrap_or(0).max(0) as usize),
                "quiz_start" => facts.quiz_started = true,
                "answer" => facts.answers.push(AnswerFact {
                    item_id: item.unwrap_or_default(),
                    round: round.unwrap_or(1),
                    correct: correct.unwrap_or(false),
                }),
                _ => {}
            }
        }
        Ok(facts)
    }

    /// The chosen option ids of every answer of an attempt: (item id, round, chosen).
    pub fn attempt_responses(&self, attempt: Uuid) -> Result<Vec<(String, u32, Vec<String>)>> {
        let mut stmt = self.conn().prepare(
            "SELECT item_id, round, response FROM learning_record
             WHERE attempt_id = ?1 AND kind = 'answer' ORDER BY id",
        )?;
        let rows = stmt.query_map(params![attempt.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (item, round, response) = row?;
            let chosen: Vec<String> = serde_json::from_str(&response).unwrap_or_default();
            out.push((item, round, chosen));
        }
        Ok(out)
    }

    /// Total active milliseconds recorded in an attempt (time on task).
    pub fn active_ms(&self, attempt: Uuid) -> Result<u64> {
        let ms: i64 = self.conn().query_row(
            "SELECT COALESCE(SUM(active_ms), 0) FROM learning_record WHERE attempt_id = ?1",
            params![attempt.to_string()],
            |r| r.get(0),
        )?;
        Ok(ms.max(0) as u64)
    }

    /// Number of answer records in the whole database (tests, diagnostics).
    pub fn answer_count(&self) -> Result<u64> {
        let n: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM learning_record WHERE kind = 'answer'",
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }
}

/// One learning record to insert.
struct RecordRow<'a> {
    id: Uuid,
    attempt: Uuid,
    kind: &'static str,
    page_index: Option<i64>,
    item_id: Option<&'a str>,
    round: Option<u32>,
    response: Option<String>,
    correct: Option<bool>,
    active_ms: u64,
}

impl RecordRow<'_> {
    fn new(attempt: Uuid) -> Self {
        RecordRow {
            id: Uuid::now_v7(),
            attempt,
            kind: "page_view",
            page_index: None,
            item_id: None,
            round: None,
            response: None,
            correct: None,
            active_ms: 0,
        }
    }
}

/// Inserts a record and queues it in the sync outbox, inside the caller's transaction: a record
/// exists locally only if it is also queued, so nothing recorded can miss the hub.
fn insert_record(conn: &rusqlite::Connection, r: &RecordRow<'_>) -> Result<()> {
    let at = now();
    conn.execute(
        "INSERT INTO learning_record (id, attempt_id, kind, page_index, item_id, round, response, correct, recorded_at, active_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            r.id.to_string(),
            r.attempt.to_string(),
            r.kind,
            r.page_index,
            r.item_id,
            r.round,
            r.response,
            r.correct,
            at,
            clamp_ms(r.active_ms)
        ],
    )?;
    conn.execute(
        "INSERT INTO outbox (record_id, queued_at) VALUES (?1, ?2)",
        params![r.id.to_string(), at],
    )?;
    Ok(())
}

/// Active time per record is capped at one hour: a clock jump or a bug must not report days.
fn clamp_ms(ms: u64) -> i64 {
    ms.min(3_600_000) as i64
}
