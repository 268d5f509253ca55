//! A school snapshot: the classes, rosters, assignments and learning records a hub holds, as one
//! plain value. A teacher's hub writes one ([`HubStore::snapshot`]) for the administrator, who
//! merges several into one store ([`HubStore::merge`]) to report school-wide. Merging is a union:
//! records are keyed by their UUIDv7, classes by id or else by grade and class number, students by
//! id or else by class, number and name, so the same snapshot merged twice, or two overlapping
//! snapshots, never double-count.
//!
//! Only what a completion report needs leaves the hub: answer *contents* (which options a child
//! chose) are dropped; whether each answer was correct is kept, because the score needs it.

use crate::store::{insert_record, now, uuid, HubStore};
use crate::HubError;
use jikim_core::limits;
use jikim_core::sync::protocol::{Assignment, SyncRecord};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use uuid::Uuid;

type Result<T> = std::result::Result<T, HubError>;

/// One student of a snapshot class.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SnapshotStudent {
    pub id: Uuid,
    pub number: u32,
    pub name: String,
    /// Taken off the roster (moved school, or removed) but with results: reports keep them as
    /// "전출/삭제됨" until purged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

/// One class with its roster (and its removed students who have results) and assignments.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SnapshotClass {
    pub id: Uuid,
    pub grade: u32,
    pub class_no: u32,
    pub students: Vec<SnapshotStudent>,
    pub assignments: Vec<Assignment>,
}

/// A learning record with the student it belongs to and when the hub received it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SnapshotRecord {
    pub student: Uuid,
    pub record: SyncRecord,
    /// The hub's receive time (RFC 3339): what reports date a record by. Absent in bundles
    /// written before hubs kept time; those fall back to the record's own `recorded_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_at: Option<String>,
}

/// Everything a completion report needs, for some classes.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub classes: Vec<SnapshotClass>,
    pub records: Vec<SnapshotRecord>,
}

/// What a merge changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MergeStats {
    pub classes_added: u64,
    pub students_added: u64,
    pub records_added: u64,
    /// Records the store already held (a repeated or overlapping bundle).
    pub records_present: u64,
}

impl Snapshot {
    /// Checks every field a merge would store, so a hostile or damaged snapshot is refused whole.
    pub fn validate(&self) -> std::result::Result<(), String> {
        let mut students: HashMap<Uuid, ()> = HashMap::new();
        for c in &self.classes {
            if !limits::GRADE.contains(&c.grade) || !limits::CLASS_NO.contains(&c.class_no) {
                return Err(format!("class {}", c.id));
            }
            for s in &c.students {
                if !limits::NUMBER.contains(&s.number) || !limits::name_ok(&s.name) {
                    return Err(format!("student {}", s.id));
                }
                students.insert(s.id, ());
            }
            for a in &c.assignments {
                let fmt = time::macros::format_description!("[year]-[month]-[day]");
                if a.module_id.is_empty()
                    || a.module_id.len() > 64
                    || time::Date::parse(&a.due, fmt).is_err()
                {
                    return Err(format!("assignment {}", a.module_id));
                }
            }
        }
        for r in &self.records {
            if !students.contains_key(&r.student) {
                return Err(format!("record {}: unknown student", r.record.id));
            }
            r.record
                .validate()
                .map_err(|field| format!("record {}: {field}", r.record.id))?;
        }
        Ok(())
    }
}

fn class_by(tx: &Transaction, sql: &str, p: &[&dyn rusqlite::ToSql]) -> Result<Option<Uuid>> {
    let found: Option<String> = tx.query_row(sql, p, |r| r.get(0)).optional()?;
    Ok(found.map(uuid).transpose()?)
}

impl HubStore {
    /// A snapshot of the given classes (every class when `classes` is empty): rosters (with the
    /// removed students who have results, marked), assignments, and those students' records
    /// without answer contents.
    pub fn snapshot(&self, classes: &[Uuid]) -> Result<Snapshot> {
        let mut out = Snapshot::default();
        for c in self.classes()? {
            if !classes.is_empty() && !classes.contains(&c.id) {
                continue;
            }
            let students = self
                .roster(c.id)?
                .into_iter()
                .map(|r| (r, false))
                .chain(self.removed_students(c.id)?.into_iter().map(|r| (r, true)))
                .map(|(r, removed)| SnapshotStudent {
                    id: r.student_id,
                    number: r.number,
                    name: r.name,
                    removed,
                })
                .collect();
            out.records
                .extend(self.class_records_including_removed(c.id)?.into_iter().map(
                    |(student, mut record, received_at)| {
                        record.response = match record.kind {
                            // The score of a completion is report data; chosen options are not.
                            jikim_core::sync::protocol::RecordKind::Completion => record.response,
                            _ => None,
                        };
                        SnapshotRecord {
                            student,
                            record,
                            received_at: Some(received_at),
                        }
                    },
                ));
            out.classes.push(SnapshotClass {
                id: c.id,
                grade: c.grade,
                class_no: c.class_no,
                students,
                assignments: self.assignments(c.id)?,
            });
        }
        Ok(out)
    }

    /// Merges a snapshot in one transaction: all of it or (on any error) none of it. `progress`
    /// is called with (records done, records total) as the merge goes.
    pub fn merge(&self, snap: &Snapshot, progress: &mut dyn FnMut(u64, u64)) -> Result<MergeStats> {
        snap.validate().map_err(HubError::Invalid)?;
        let mut stats = MergeStats::default();
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        // Bundle student id -> this store's student id.
        let mut student_map: HashMap<Uuid, Uuid> = HashMap::new();
        for c in &snap.classes {
            let existing = match class_by(
                &tx,
                "SELECT id FROM class WHERE id = ?1",
                &[&c.id.to_string()],
            )? {
                Some(id) => Some(id),
                None => class_by(
                    &tx,
                    "SELECT id FROM class WHERE grade = ?1 AND class_no = ?2",
                    &[&c.grade, &c.class_no],
                )?,
            };
            let class_id = match existing {
                Some(id) => id,
                None => {
                    let code = jikim_core::sync::join_code::JoinCode::generate();
                    let code = code.as_str();
                    tx.execute(
                        "INSERT INTO class (id, grade, class_no, class_code, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![c.id.to_string(), c.grade, c.class_no, code, now()],
                    )?;
                    stats.classes_added += 1;
                    c.id
                }
            };
            for s in &c.students {
                let name = s.name.trim();
                let by_id: Option<(String, String)> = tx
                    .query_row(
                        "SELECT id, class_id FROM roster_entry WHERE id = ?1",
                        params![s.id.to_string()],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                let local = match by_id {
                    Some((id, cls)) if cls == class_id.to_string() => uuid(id)?,
                    _ => {
                        let by_name: Option<String> = tx
                            .query_row(
                                "SELECT id FROM roster_entry WHERE class_id = ?1 AND number = ?2 AND name = ?3",
                                params![class_id.to_string(), s.number, name],
                                |r| r.get(0),
                            )
                            .optional()?;
                        match by_name {
                            Some(id) => uuid(id)?,
                            None => {
                                // Keep the hub's id unless it is taken by someone else.
                                let id = if by_id_taken(&tx, s.id)? {
                                    Uuid::now_v7()
                                } else {
                                    s.id
                                };
                                tx.execute(
                                    "INSERT INTO roster_entry (id, class_id, number, name, active) VALUES (?1, ?2, ?3, ?4, ?5)",
                                    params![id.to_string(), class_id.to_string(), s.number, name, !s.removed],
                                )?;
                                stats.students_added += 1;
                                id
                            }
                        }
                    }
                };
                student_map.insert(s.id, local);
            }
            for a in &c.assignments {
                tx.execute(
                    "INSERT OR IGNORE INTO assignment (class_id, module_id, due) VALUES (?1, ?2, ?3)",
                    params![class_id.to_string(), a.module_id, a.due],
                )?;
            }
        }
        let total = snap.records.len() as u64;
        let received = now();
        for (i, sr) in snap.records.iter().enumerate() {
            let Some(student) = student_map.get(&sr.student) else {
                return Err(HubError::Invalid(format!("record {}", sr.record.id)));
            };
            let r = &sr.record;
            // The teacher's hub's receive time travels with the record; a bundle's own
            // arrival is not when the learning happened.
            let when = sr
                .received_at
                .as_deref()
                .filter(|t| {
                    t.len() <= 40
                        && time::OffsetDateTime::parse(
                            t,
                            &time::format_description::well_known::Rfc3339,
                        )
                        .is_ok()
                })
                .unwrap_or(&received);
            let n = insert_record(&tx, *student, r, when)?;
            if n == 1 {
                stats.records_added += 1;
                tx.execute(
                    "INSERT OR IGNORE INTO attempt_owner (attempt_id, student_id) VALUES (?1, ?2)",
                    params![r.attempt_id.to_string(), student.to_string()],
                )?;
            } else {
                stats.records_present += 1;
            }
            if i % 2048 == 0 || i as u64 + 1 == total {
                progress(i as u64 + 1, total);
            }
        }
        tx.commit()?;
        Ok(stats)
    }
}

fn by_id_taken(tx: &Transaction, id: Uuid) -> Result<bool> {
    let n: i64 = tx.query_row(
        "SELECT COUNT(*) FROM roster_entry WHERE id = ?1",
        params![id.to_string()],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}
