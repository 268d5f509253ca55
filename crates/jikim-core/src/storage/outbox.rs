//! The student PC's side of sync, in the database: the link of a learner to the hub, the outbox
//! of records not yet acknowledged, and restoring records from the hub after a wipe.

use super::records::{now, parse_uuid as uuid};
use super::records::{Learner, SignIn};
use super::Db;
use crate::error::{CoreError, Result};
use crate::sync::protocol::SyncRecord;
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

/// A learner's link to their hub student. The token is not here: a PC keeps tokens in memory
/// only, so a copied database holds none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubLink {
    pub learner_id: Uuid,
    /// `https://host:port` of the hub.
    pub hub_url: String,
    /// Certificate fingerprint (hex SHA-256) the connection must match.
    pub pin: String,
    pub hub_student_id: Uuid,
}

/// The hub this PC paired with through a join code: later sign-ins go to it with the PIN only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownHub {
    /// `https://host:port`.
    pub hub_url: String,
    /// Full SHA-256 (lower-case hex) of its certificate, confirmed by the join code's PAKE.
    pub fingerprint: String,
}

impl Db {
    /// Links a learner to a hub student (replacing any earlier link). No token is stored.
    pub fn set_hub_link(&mut self, link: &HubLink) -> Result<()> {
        self.conn().execute(
            "INSERT INTO hub_link (learner_id, hub_url, pin, hub_student_id, token, linked_at) VALUES (?1, ?2, ?3, ?4, '', ?5)
             ON CONFLICT(learner_id) DO UPDATE SET hub_url = excluded.hub_url, pin = excluded.pin,
               hub_student_id = excluded.hub_student_id, token = '', linked_at = excluded.linked_at",
            params![
                link.learner_id.to_string(),
                link.hub_url,
                link.pin,
                link.hub_student_id.to_string(),
                now()
            ],
        )?;
        Ok(())
    }

    /// The hub this PC paired with, if any.
    pub fn known_hub(&self) -> Result<Option<KnownHub>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT hub_url, fingerprint FROM known_hub WHERE id = 1",
                [],
                |r| {
                    Ok(KnownHub {
                        hub_url: r.get(0)?,
                        fingerprint: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Remembers the hub a join code confirmed (replacing the one before).
    pub fn set_known_hub(&mut self, hub: &KnownHub) -> Result<()> {
        self.conn().execute(
            "INSERT INTO known_hub (id, hub_url, fingerprint, learned_at) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT(id) DO UPDATE SET hub_url = excluded.hub_url, fingerprint = excluded.fingerprint,
               learned_at = excluded.learned_at",
            params![hub.hub_url, hub.fingerprint.to_ascii_lowercase(), now()],
        )?;
        Ok(())
    }

    /// Signs in a learner the hub has just verified by their PIN. The local PIN hash is dropped
    /// (the hub is the authority; a copied database holds nothing to crack). A local learner
    /// with these details that was never linked to a hub, and whose local PIN (if any) is not
    /// the one the hub verified, was made by someone else on this PC (a squatter): its local
    /// attempts and records are deleted and never sent as the student's. Returns the learner
    /// and how many squatted records were deleted.
    pub fn sign_in_verified(&mut self, sign_in: &SignIn) -> Result<(Learner, usize)> {
        let s = sign_in.validated()?;
        let tx = self.conn_mut().transaction()?;
        let existing = tx
            .query_row(
                "SELECT l.id, l.pin_hash, h.learner_id IS NOT NULL FROM learner l
                 LEFT JOIN hub_link h ON h.learner_id = l.id
                 WHERE l.grade = ?1 AND l.class_no = ?2 AND l.number = ?3 AND l.name = ?4",
                params![s.grade, s.class_no, s.number, s.name],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, bool>(2)?,
                    ))
                },
            )
            .optional()?;
        let mut purged = 0;
        let id = match existing {
            Some((id, hash, linked)) => {
                let same_person = hash.as_deref().is_some_and(|h| {
                    s.pin
                        .as_deref()
                        .is_some_and(|pin| crate::secret::verify(pin, h))
                });
                if !linked && !same_person {
                    purged = delete_learner_data(&tx, &id, false)?;
                }
                tx.execute(
                    "UPDATE learner SET pin_hash = NULL WHERE id = ?1",
                    params![id],
                )?;
                uuid(id)?
            }
            None => {
                let id = Uuid::now_v7();
                tx.execute(
                    "INSERT INTO learner (id, grade, class_no, number, name, created_at, pin_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL)",
                    params![id.to_string(), s.grade, s.class_no, s.number, s.name, now()],
                )?;
                id
            }
        };
        tx.commit()?;
        Ok((
            Learner {
                id,
                grade: s.grade,
                class_no: s.class_no,
                number: s.number,
                name: s.name,
            },
            purged,
        ))
    }

    /// The learner's hub link, if they joined a class.
    pub fn hub_link(&self, learner: Uuid) -> Result<Option<HubLink>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT hub_url, pin, hub_student_id FROM hub_link WHERE learner_id = ?1",
                params![learner.to_string()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?
            .map(|(hub_url, pin, s)| -> rusqlite::Result<HubLink> {
                Ok(HubLink {
                    learner_id: learner,
                    hub_url,
                    pin,
                    hub_student_id: uuid(s)?,
                })
            })
            .transpose()?)
    }

    /// Every linked learner with records waiting in the outbox.
    pub fn links_with_pending(&self) -> Result<Vec<HubLink>> {
        let mut stmt = self.conn().prepare(
            "SELECT DISTINCT h.learner_id, h.hub_url, h.pin, h.hub_student_id FROM hub_link h
             JOIN attempt a ON a.learner_id = h.learner_id
             JOIN learning_record r ON r.attempt_id = a.id
             JOIN outbox o ON o.record_id = r.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(HubLink {
                learner_id: uuid(r.get(0)?)?,
                hub_url: r.get(1)?,
                pin: r.get(2)?,
                hub_student_id: uuid(r.get(3)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Up to `limit` queued records of one learner, in the order they were written, in wire form
    /// (the hub's receive order follows it).
    pub fn pending_records(&self, learner: Uuid, limit: usize) -> Result<Vec<SyncRecord>> {
        let mut stmt = self.conn().prepare(
            "SELECT r.id, r.attempt_id, a.module_id, a.module_version, r.kind, r.page_index, r.item_id,
                    r.round, r.response, r.correct, r.recorded_at, r.active_ms
             FROM outbox o JOIN learning_record r ON r.id = o.record_id JOIN attempt a ON a.id = r.attempt_id
             WHERE a.learner_id = ?1 ORDER BY r.rowid LIMIT ?2",
        )?;
        let rows = stmt.query_map(
            params![learner.to_string(), limit as i64],
            super::records::wire_record,
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Records waiting for the hub (all learners).
    pub fn outbox_len(&self) -> Result<u64> {
        let n: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM outbox", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// Forgets on this PC every learner linked to a hub whose records have all reached it
    /// (nothing left in the outbox), except `keep` (the learner signed in now): their attempts,
    /// records, link and learner row are deleted (zeroed in the file: `secure_delete`). The hub
    /// holds everything, and signing in again restores it. Returns how many learners were
    /// forgotten. Learners never linked to a hub are kept: this PC has their only copy.
    pub fn forget_synced(&mut self, keep: Option<Uuid>) -> Result<usize> {
        let keep = keep.map(|k| k.to_string()).unwrap_or_default();
        let tx = self.conn_mut().transaction()?;
        let gone: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT h.learner_id FROM hub_link h WHERE h.learner_id != ?1 AND NOT EXISTS (
                   SELECT 1 FROM outbox o JOIN learning_record r ON r.id = o.record_id
                   JOIN attempt a ON a.id = r.attempt_id WHERE a.learner_id = h.learner_id)",
            )?;
            let rows = stmt.query_map(params![keep], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for id in &gone {
            delete_learner_data(&tx, id, true)?;
        }
        tx.commit()?;
        Ok(gone.len())
    }

    /// Erases a learner from this PC entirely, records waiting for the hub included (the school
    /// deleted the student on the hub). Returns the records deleted.
    pub fn erase_learner(&mut self, learner: Uuid) -> Result<usize> {
        let tx = self.conn_mut().transaction()?;
        let n = delete_learner_data(&tx, &learner.to_string(), true)?;
        tx.commit()?;
        Ok(n)
    }

    /// Records of one learner waiting for the hub.
    pub fn outbox_len_of(&self, learner: Uuid) -> Result<u64> {
        let n: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM outbox o JOIN learning_record r ON r.id = o.record_id
             JOIN attempt a ON a.id = r.attempt_id WHERE a.learner_id = ?1",
            params![learner.to_string()],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Removes acknowledged records from the outbox; returns how many were removed.
    pub fn ack(&mut self, ids: &[Uuid]) -> Result<usize> {
        let tx = self.conn_mut().transaction()?;
        let mut n = 0;
        {
            let mut stmt = tx.prepare("DELETE FROM outbox WHERE record_id = ?1")?;
            for id in ids {
                n += stmt.execute(params![id.to_string()])?;
            }
        }
        tx.commit()?;
        Ok(n)
    }

    /// Restores records the hub holds for `learner` (after a wipe): attempts and records are
    /// inserted if absent (by id), and not queued again. Returns the number of new records.
    /// A record whose attempt belongs to another local learner is refused.
    pub fn restore(&mut self, learner: Uuid, records: &[SyncRecord]) -> Result<usize> {
        let tx = self.conn_mut().transaction()?;
        let mut added = 0;
        for r in records {
            r.validate()
                .map_err(|field| CoreError::InvalidResponse(format!("restored record: {field}")))?;
            let owner: Option<String> = tx
                .query_row(
                    "SELECT learner_id FROM attempt WHERE id = ?1",
                    params![r.attempt_id.to_string()],
                    |row| row.get(0),
                )
                .optional()?;
            match owner {
                Some(o) if o != learner.to_string() => return Err(CoreError::AttemptNotFound),
                Some(_) => {}
                None => {
                    tx.execute(
                        "INSERT INTO attempt (id, learner_id, module_id, module_version, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![r.attempt_id.to_string(), learner.to_string(), r.module_id, r.module_version, r.recorded_at],
                    )?;
                }
            }
            added += tx.execute(
                "INSERT OR IGNORE INTO learning_record (id, attempt_id, kind, page_index, item_id, round, response, correct, recorded_at, active_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    r.id.to_string(),
                    r.attempt_id.to_string(),
                    r.kind.as_str(),
                    r.page_index,
                    r.item_id,
                    r.round,
                    r.response,
                    r.correct,
                    r.recorded_at,
                    r.active_ms.min(3_600_000) as i64
                ],
            )?;
        }
        tx.commit()?;
        Ok(added)
    }
}

/// Deletes a learner's queued records, records and attempts on this PC and, when `whole`, their
/// hub link and learner row too (in the caller's transaction). Returns the records deleted.
fn delete_learner_data(tx: &rusqlite::Transaction<'_>, id: &str, whole: bool) -> Result<usize> {
    tx.execute(
        "DELETE FROM outbox WHERE record_id IN (SELECT r.id FROM learning_record r
           JOIN attempt a ON a.id = r.attempt_id WHERE a.learner_id = ?1)",
        params![id],
    )?;
    let n = tx.execute(
        "DELETE FROM learning_record WHERE attempt_id IN (SELECT id FROM attempt WHERE learner_id = ?1)",
        params![id],
    )?;
    tx.execute("DELETE FROM attempt WHERE learner_id = ?1", params![id])?;
    if whole {
        tx.execute("DELETE FROM hub_link WHERE learner_id = ?1", params![id])?;
        tx.execute("DELETE FROM learner WHERE id = ?1", params![id])?;
    }
    Ok(n)
}
