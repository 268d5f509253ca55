//! Certificates issued (issue 13): every 이수증 the hub signs is recorded by its serial, so the
//! school and, through the district bundle, the education office can count certificates issued.
//! A reprint keeps its serial (`jikim_report::claim::serial`): it is counted once, with the date
//! it was first and last printed.

use crate::snapshot::SnapshotCertificate;
use crate::store::HubStore;
use crate::HubError;
use rusqlite::{params, Transaction};

/// Migration 10: certificates issued, by serial.
pub(crate) const V10: &str = "
CREATE TABLE certificate_issued (
    serial        TEXT PRIMARY KEY,     -- JK-XXXX-XXXX-XXXX
    student_id    TEXT NOT NULL,
    modules       INTEGER NOT NULL,     -- modules on the certificate
    minutes       INTEGER NOT NULL,     -- credited minutes on the certificate
    first_issued  TEXT NOT NULL,        -- YYYY-MM-DD, the date printed on it the first time
    last_issued   TEXT NOT NULL,
    prints        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX certificate_issued_first ON certificate_issued (first_issued);
";

/// One certificate as issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedCertificate {
    pub serial: String,
    pub student: uuid::Uuid,
    pub modules: u32,
    pub minutes: u64,
    /// YYYY-MM-DD, the issue date printed on it (the first time, when read back).
    pub issued_on: String,
}

impl HubStore {
    /// Records certificates as issued; a serial issued before gets its reprint counted.
    pub fn record_issued(&self, certificates: &[IssuedCertificate]) -> Result<(), HubError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        {
            let mut stmt = tx.prepare(
                "INSERT INTO certificate_issued (serial, student_id, modules, minutes,
                     first_issued, last_issued) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (serial) DO UPDATE SET last_issued = excluded.last_issued,
                     prints = certificate_issued.prints + 1",
            )?;
            for c in certificates {
                stmt.execute(params![
                    c.serial,
                    c.student.to_string(),
                    c.modules,
                    c.minutes as i64,
                    c.issued_on
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every certificate issued, by serial, with its first and last date and prints: what a
    /// snapshot carries to the school hub.
    pub fn issued_all(&self) -> Result<Vec<SnapshotCertificate>, HubError> {
        self.issued_where("1", [])
    }

    /// Certificates first issued from `from` to `to` (YYYY-MM-DD, both included), by serial.
    pub fn issued_between(&self, from: &str, to: &str) -> Result<Vec<IssuedCertificate>, HubError> {
        Ok(self
            .issued_where("first_issued BETWEEN ?1 AND ?2", params![from, to])?
            .into_iter()
            .map(|c| IssuedCertificate {
                serial: c.serial,
                student: c.student,
                modules: c.modules,
                minutes: c.minutes,
                issued_on: c.first_issued,
            })
            .collect())
    }

    /// The certificates `condition` (an SQL condition over `certificate_issued`, written here,
    /// never from input) selects, by serial; a row whose student id does not parse is skipped.
    fn issued_where(
        &self,
        condition: &str,
        p: impl rusqlite::Params,
    ) -> Result<Vec<SnapshotCertificate>, HubError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT serial, student_id, modules, minutes, first_issued, last_issued, prints
             FROM certificate_issued WHERE {condition} ORDER BY serial"
        ))?;
        let rows = stmt.query_map(p, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (serial, student, modules, minutes, first_issued, last_issued, prints) = row?;
            let Ok(student) = uuid::Uuid::parse_str(&student) else {
                continue;
            };
            out.push(SnapshotCertificate {
                serial,
                student,
                modules,
                minutes: minutes.max(0) as u64,
                first_issued,
                last_issued,
                prints: u32::try_from(prints.max(1)).unwrap_or(u32::MAX),
            });
        }
        Ok(out)
    }
}

/// Merges one certificate of a snapshot (its student already mapped to this store's id): a serial
/// not seen before is added (returns 1); one already here keeps the earliest first date, the
/// latest last date and the larger count of prints, so merging the same bundle twice counts
/// nothing twice (returns 0).
pub(crate) fn merge_issued(
    tx: &Transaction,
    student: uuid::Uuid,
    c: &SnapshotCertificate,
) -> Result<u64, HubError> {
    let known: i64 = tx.query_row(
        "SELECT COUNT(*) FROM certificate_issued WHERE serial = ?1",
        params![c.serial],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO certificate_issued (serial, student_id, modules, minutes, first_issued,
             last_issued, prints) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (serial) DO UPDATE SET
             first_issued = min(certificate_issued.first_issued, excluded.first_issued),
             last_issued = max(certificate_issued.last_issued, excluded.last_issued),
             prints = max(certificate_issued.prints, excluded.prints)",
        params![
            c.serial,
            student.to_string(),
            c.modules,
            i64::try_from(c.minutes).unwrap_or(i64::MAX),
            c.first_issued,
            c.last_issued,
            c.prints
        ],
    )?;
    Ok(u64::from(known == 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reprint_is_one_certificate_and_the_first_date_counts() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = HubStore::open(dir.path()).expect("store");
        let student = uuid::Uuid::now_v7();
        let first = IssuedCertificate {
            serial: "JK-0000-0000-0001".into(),
            student,
            modules: 2,
            minutes: 80,
            issued_on: "2026-11-20".into(),
        };
        store
            .record_issued(std::slice::from_ref(&first))
            .expect("issue");
        let reprint = IssuedCertificate {
            issued_on: "2026-12-01".into(),
            ..first.clone()
        };
        store.record_issued(&[reprint]).expect("reprint");
        assert_eq!(
            store
                .issued_between("2026-03-01", "2027-02-28")
                .expect("read"),
            vec![first]
        );
        assert!(store
            .issued_between("2026-12-01", "2027-02-28")
            .expect("read")
            .is_empty());
        let prints: i64 = store
            .conn()
            .query_row("SELECT prints FROM certificate_issued", [], |r| r.get(0))
            .expect("prints");
        assert_eq!(prints, 2);
    }
}
