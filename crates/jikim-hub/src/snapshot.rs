//! A school snapshot: the classes, rosters, assignments and learning records a hub holds, as one
//! plain value. A teacher's hub writes one ([`HubStore::snapshot`]) for the administrator, who
//! merges several into one store ([`HubStore::merge`]) to report school-wide. Merging is a union:
//! records are keyed by their UUIDv7, classes by id or else by grade and class number, students by
//! id or else by class, number and name, so the same snapshot merged twice, or two overlapping
//! snapshots, never double-count.
//!
//! Only what a completion report needs leaves the hub: answer *contents* (which options a child
//! chose) are dropped; whether each answer was correct is kept, because the score needs it.
//!
//! The certificates (이수증) a teacher's hub issued to those students travel too (bundle format 3),
//! by serial, so the school hub's count of certificates issued, and the district bundle it writes,
//! include them; merged twice, a certificate is still one, with its prints counted once.

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

/// A certificate (이수증) the hub issued to a student of the snapshot, by its serial
/// ([`crate::issued`]).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SnapshotCertificate {
    pub serial: String,
    pub student: Uuid,
    /// Modules on the certificate.
    pub modules: u32,
    /// Credited minutes on the certificate.
    pub minutes: u64,
    /// YYYY-MM-DD: the date printed on it the first time, and the last time.
    pub first_issued: String,
    pub last_issued: String,
    /// Times it was printed (a reprint keeps the serial).
    pub prints: u32,
}

/// Everything a completion report needs, for some classes.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub classes: Vec<SnapshotClass>,
    pub records: Vec<SnapshotRecord>,
    /// Certificates issued to these students (bundle format 3 on; absent before).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<SnapshotCertificate>,
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
    /// Certificates (이수증) the store did not know by serial.
    pub certificates_added: u64,
}

/// The longest certificate serial a snapshot may carry (`JK-XXXX-XXXX-XXXX` is 17).
const MAX_SERIAL: usize = 32;
/// The most prints of one certificate a snapshot may claim.
const MAX_PRINTS: u32 = 100_000;

impl Snapshot {
    /// Checks every field a merge would store, so a hostile or damaged snapshot is refused whole.
    pub fn validate(&self) -> std::result::Result<(), String> {
        // Due dates and issue dates alike are YYYY-MM-DD.
        let day = time::macros::format_description!("[year]-[month]-[day]");
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
                if a.module_id.is_empty()
                    || a.module_id.len() > 64
                    || time::Date::parse(&a.due, day).is_err()
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
        for c in &self.certificates {
            let serial_ok = !c.serial.is_empty()
                && c.serial.len() <= MAX_SERIAL
                && c.serial
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            let dates = time::Date::parse(&c.first_issued, day)
                .and_then(|first| Ok((first, time::Date::parse(&c.last_issued, day)?)));
            let dates_ok = matches!(dates, Ok((first, last)) if first <= last);
            if !serial_ok
                || !students.contains_key(&c.student)
                || !dates_ok
                || !(1..=MAX_PRINTS).contains(&c.prints)
                || c.minutes > u64::from(u32::MAX)
            {
                return Err(format!("certificate {}", c.serial.escape_debug()));
            }
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
        let students: std::collections::HashSet<Uuid> = out
            .classes
            .iter()
            .flat_map(|c| c.students.iter().map(|s| s.id))
            .collect();
        out.certificates = self
            .issued_all()?
            .into_iter()
            .filter(|c| students.contains(&c.student))
            .collect();
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
        for c in &snap.certificates {
            let Some(student) = student_map.get(&c.student) else {
                return Err(HubError::Invalid(format!("certificate {}", c.serial)));
            };
            stats.certificates_added += crate::issued::merge_issued(&tx, *student, c)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with_certificate(edit: impl FnOnce(&mut SnapshotCertificate)) -> Snapshot {
        let student = Uuid::now_v7();
        let mut certificate = SnapshotCertificate {
            serial: "JK-0A1B-2C3D-4E5F".into(),
            student,
            modules: 2,
            minutes: 80,
            first_issued: "2026-11-20".into(),
            last_issued: "2026-12-01".into(),
            prints: 2,
        };
        edit(&mut certificate);
        Snapshot {
            classes: vec![SnapshotClass {
                id: Uuid::now_v7(),
                grade: 2,
                class_no: 3,
                students: vec![SnapshotStudent {
                    id: student,
                    number: 1,
                    name: "김지우".into(),
                    removed: false,
                }],
                assignments: vec![],
            }],
            records: vec![],
            certificates: vec![certificate],
        }
    }

    #[test]
    fn a_certificate_that_could_not_have_been_issued_refuses_the_snapshot() {
        assert_eq!(with_certificate(|_| {}).validate(), Ok(()));
        type Edit = Box<dyn FnOnce(&mut SnapshotCertificate)>;
        let refused: [(&str, Edit); 7] = [
            ("unknown student", Box::new(|c| c.student = Uuid::now_v7())),
            ("empty serial", Box::new(|c| c.serial.clear())),
            (
                "serial with a quote",
                Box::new(|c| c.serial = "JK-'; DROP".into()),
            ),
            ("long serial", Box::new(|c| c.serial = "J".repeat(33))),
            (
                "no such day",
                Box::new(|c| c.first_issued = "2026-02-30".into()),
            ),
            (
                "last before first",
                Box::new(|c| c.last_issued = "2026-11-19".into()),
            ),
            ("never printed", Box::new(|c| c.prints = 0)),
        ];
        for (what, edit) in refused {
            assert!(
                with_certificate(edit).validate().is_err(),
                "{what} was accepted"
            );
        }
    }

    #[test]
    fn merging_a_certificate_twice_counts_it_once_with_its_earliest_and_latest_dates() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = HubStore::open(dir.path()).expect("store");
        let snap = with_certificate(|_| {});
        let first = store.merge(&snap, &mut |_, _| {}).expect("merge");
        assert_eq!(first.certificates_added, 1);
        // The same certificate, printed once more on the teacher's hub since.
        let later = Snapshot {
            certificates: vec![SnapshotCertificate {
                last_issued: "2026-12-10".into(),
                prints: 3,
                ..snap.certificates[0].clone()
            }],
            ..snap.clone()
        };
        let again = store.merge(&later, &mut |_, _| {}).expect("merge again");
        assert_eq!(again.certificates_added, 0);
        store
            .merge(&snap, &mut |_, _| {})
            .expect("the old bundle again");
        let held = store.issued_all().expect("issued");
        assert_eq!(held.len(), 1);
        assert_eq!(
            (
                held[0].first_issued.as_str(),
                held[0].last_issued.as_str(),
                held[0].prints
            ),
            ("2026-11-20", "2026-12-10", 3)
        );
    }
}
