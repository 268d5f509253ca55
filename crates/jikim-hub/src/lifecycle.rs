//! Data that ends (issue 16): deleting a student for real (their records, name and PIN leave the
//! hub; a tombstone of their id stays so their lab PCs erase their local copy on next contact:
//! the hub answers their token with 410 `student_deleted`), and the end-of-year purge of records
//! received before a date, which refuses unless a bundle holding every one of them was written
//! first (`jikim bundle`).

use crate::snapshot::Snapshot;
use crate::store::{now, HubStore};
use crate::HubError;
use rusqlite::params;
use std::collections::HashSet;
use uuid::Uuid;

pub(crate) const V6: &str = "
ALTER TABLE roster_entry ADD COLUMN deleted_at TEXT;   -- set when the student was deleted: a tombstone
";

/// School years of records a hub keeps by default (the current one).
pub const DEFAULT_RETENTION_YEARS: u32 = 1;

/// The first day the hub keeps when it keeps `years` school years (a Korean school year starts on
/// 1 March): records received before it are purged.
pub fn retention_cutoff(today: time::Date, years: u32) -> time::Date {
    let start_year = if u8::from(today.month()) >= 3 {
        today.year()
    } else {
        today.year() - 1
    };
    let first = start_year - (years.clamp(1, 10) as i32 - 1);
    time::Date::from_calendar_date(first, time::Month::March, 1).unwrap_or(today)
}

/// What a purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub records: usize,
    pub students: usize,
}

impl HubStore {
    /// How many school years of records the hub keeps (the retention setting).
    pub fn retention_years(&self) -> Result<u32, HubError> {
        let v: Option<String> = rusqlite::OptionalExtension::optional(self.conn().query_row(
            "SELECT value FROM hub_setting WHERE key = 'retention_years'",
            [],
            |r| r.get(0),
        ))?;
        Ok(v.and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_RETENTION_YEARS))
    }

    /// Sets how many school years of records the hub keeps (1–10).
    pub fn set_retention_years(&self, years: u32) -> Result<(), HubError> {
        if !(1..=10).contains(&years) {
            return Err(HubError::Invalid("retention years".into()));
        }
        self.conn().execute(
            "INSERT INTO hub_setting (key, value) VALUES ('retention_years', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![years.to_string()],
        )?;
        Ok(())
    }

    /// Deletes a student: records, set-aside records, counts and PIN go; the roster row keeps only
    /// its id (name and number cleared) as a tombstone, its devices revoked, so the student's lab
    /// PCs learn on next contact that they must erase their copy.
    pub fn delete_student(&self, student: Uuid) -> Result<usize, HubError> {
        let id = student.to_string();
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let exists: i64 = tx.query_row(
            "SELECT COUNT(*) FROM roster_entry WHERE id = ?1 AND deleted_at IS NULL",
            params![id],
            |r| r.get(0),
        )?;
        if exists == 0 {
            return Err(HubError::NotFound);
        }
        let records = tx.execute("DELETE FROM record WHERE student_id = ?1", params![id])?;
        tx.execute("DELETE FROM set_aside WHERE student_id = ?1", params![id])?;
        tx.execute(
            "DELETE FROM attempt_owner WHERE student_id = ?1",
            params![id],
        )?;
        tx.execute("DELETE FROM refusal WHERE student_id = ?1", params![id])?;
        tx.execute(
            "UPDATE device SET revoked_at = coalesce(revoked_at, ?2), name = 'deleted:' || id WHERE student_id = ?1",
            params![id, now()],
        )?;
        tx.execute(
            "UPDATE roster_entry SET name = 'deleted:' || id, number = 0, active = 0, pin_hash = NULL,
               pin_failures = 0, pin_locked_at = NULL, deleted_at = ?2 WHERE id = ?1",
            params![id, now()],
        )?;
        tx.commit()?;
        Ok(records)
    }

    /// Whether a token belongs to a deleted student (their PC must erase its copy).
    pub fn token_of_deleted_student(&self, token: &str) -> Result<bool, HubError> {
        let n: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM device d JOIN roster_entry r ON r.id = d.student_id
             WHERE d.token_hash = ?1 AND r.deleted_at IS NOT NULL",
            params![crate::store::token_hash(token)],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    /// Deletes the records the hub received before `before` (RFC 3339 date `YYYY-MM-DD`, Korean
    /// time), and the students left with no records who are off the roster, but only when
    /// `bundle` (a checked bundle the school kept) holds every record to be deleted.
    pub fn purge_before(&self, before: time::Date, bundle: &Snapshot) -> Result<Purged, HubError> {
        let cutoff = before
            .with_hms(0, 0, 0)
            .map_err(|e| HubError::Invalid(e.to_string()))?
            .assume_offset(jikim_core::korea::kst())
            .to_offset(time::UtcOffset::UTC)
            .format(&time::format_description::well_known::Rfc3339)
            .map_err(|e| HubError::Invalid(e.to_string()))?;
        let kept: HashSet<Uuid> = bundle.records.iter().map(|r| r.record.id).collect();
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let doomed: Vec<String> = {
            let mut stmt = tx.prepare("SELECT id FROM record WHERE received_at < ?1")?;
            let rows = stmt.query_map(params![cutoff], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let missing = doomed
            .iter()
            .filter(|id| Uuid::parse_str(id).map_or(true, |u| !kept.contains(&u)))
            .count();
        if missing > 0 {
            return Err(HubError::Invalid(format!(
                "the bundle lacks {missing} of the {} records to purge",
                doomed.len()
            )));
        }
        let records = tx.execute("DELETE FROM record WHERE received_at < ?1", params![cutoff])?;
        tx.execute(
            "DELETE FROM set_aside WHERE received_at < ?1",
            params![cutoff],
        )?;
        tx.execute(
            "DELETE FROM attempt_owner WHERE attempt_id NOT IN (SELECT attempt_id FROM record)",
            [],
        )?;
        let students: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT id FROM roster_entry r WHERE active = 0 AND deleted_at IS NULL
                 AND NOT EXISTS (SELECT 1 FROM record WHERE student_id = r.id)",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        tx.commit()?;
        drop(conn);
        for s in &students {
            if let Ok(id) = Uuid::parse_str(s) {
                self.delete_student(id)?;
            }
        }
        Ok(Purged {
            records,
            students: students.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn retention_follows_the_korean_school_year() {
        assert_eq!(
            retention_cutoff(date!(2026 - 11 - 27), 1),
            date!(2026 - 03 - 01)
        );
        assert_eq!(
            retention_cutoff(date!(2027 - 02 - 20), 1),
            date!(2026 - 03 - 01)
        );
        assert_eq!(
            retention_cutoff(date!(2027 - 03 - 02), 1),
            date!(2027 - 03 - 01)
        );
        assert_eq!(
            retention_cutoff(date!(2026 - 11 - 27), 3),
            date!(2024 - 03 - 01)
        );
    }

    #[test]
    fn the_retention_setting_is_kept_and_checked() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = HubStore::open(dir.path()).expect("open");
        assert_eq!(
            store.retention_years().expect("default"),
            DEFAULT_RETENTION_YEARS
        );
        store.set_retention_years(3).expect("set");
        assert_eq!(store.retention_years().expect("read"), 3);
        assert!(store.set_retention_years(0).is_err());
    }
}
