//! What the school owes (issue 13): per grade, which prevention-education requirements this school
//! year asks of every student and how many minutes each. The administrator sets it on the hub
//! (the report screen's 학년별 이수 기준, `jikim hub owe`, or the school store a merge feeds); the
//! ledger (`jikim_report::ledger`) compares it with the minutes each student was credited for
//! modules the hub graded as passed.

use crate::store::HubStore;
use crate::HubError;
use jikim_core::content::Requirement;
use rusqlite::params;

/// Migration 9: minutes owed per grade and requirement.
pub(crate) const V9: &str = "
CREATE TABLE requirement_owed (
    grade        INTEGER NOT NULL,     -- 학년 (1–12)
    requirement  TEXT NOT NULL,        -- a content::Requirement id
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    PRIMARY KEY (grade, requirement)
);
";

/// Minutes of one requirement owed by every student of a grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Owed {
    pub grade: u32,
    pub requirement: Requirement,
    pub minutes: u32,
}

impl HubStore {
    /// Sets what every student of `grade` owes of `requirement`; 0 minutes removes it.
    pub fn set_owed(
        &self,
        grade: u32,
        requirement: Requirement,
        minutes: u32,
    ) -> Result<(), HubError> {
        if !jikim_core::limits::owed_ok(grade, minutes) {
            return Err(HubError::OwedOutOfRange { grade, minutes });
        }
        {
            let conn = self.conn();
            if minutes == 0 {
                conn.execute(
                    "DELETE FROM requirement_owed WHERE grade = ?1 AND requirement = ?2",
                    params![grade, requirement.id()],
                )?;
            } else {
                conn.execute(
                    "INSERT INTO requirement_owed (grade, requirement, minutes) VALUES (?1, ?2, ?3)
                     ON CONFLICT (grade, requirement) DO UPDATE SET minutes = excluded.minutes",
                    params![grade, requirement.id(), minutes],
                )?;
            }
        }
        self.note_access(
            "owed",
            &format!("grade {grade}, {}: {minutes} min", requirement.id()),
        );
        Ok(())
    }

    /// Everything owed, by grade and in [`Requirement::ALL`] order.
    pub fn owed(&self) -> Result<Vec<Owed>, HubError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT grade, requirement, minutes FROM requirement_owed")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, u32>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
            ))
        })?;
        let mut owed = Vec::new();
        for row in rows {
            let (grade, requirement, minutes) = row?;
            // A requirement a newer version wrote and this one does not know is skipped.
            if let Some(requirement) = Requirement::parse(&requirement) {
                owed.push(Owed {
                    grade,
                    requirement,
                    minutes,
                });
            }
        }
        owed.sort_by_key(|o| (o.grade, o.requirement));
        Ok(owed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owed_minutes_are_set_changed_and_removed_per_grade() {
        let dir = tempfile::tempdir().unwrap();
        let store = HubStore::open(dir.path()).unwrap();
        let svp = Requirement::SexualViolencePrevention;
        store.set_owed(2, svp, 180).unwrap();
        store.set_owed(1, Requirement::SexEducation, 60).unwrap();
        store.set_owed(2, svp, 120).unwrap();
        assert_eq!(
            store.owed().unwrap(),
            vec![
                Owed {
                    grade: 1,
                    requirement: Requirement::SexEducation,
                    minutes: 60
                },
                Owed {
                    grade: 2,
                    requirement: svp,
                    minutes: 120
                },
            ]
        );
        store.set_owed(2, svp, 0).unwrap();
        assert_eq!(store.owed().unwrap().len(), 1);
        assert!(matches!(
            store.set_owed(13, svp, 60),
            Err(HubError::OwedOutOfRange {
                grade: 13,
                minutes: 60
            })
        ));
        let too_many = *jikim_core::limits::OWED_MINUTES.end() + 1;
        assert!(matches!(
            store.set_owed(2, svp, too_many),
            Err(HubError::OwedOutOfRange { grade: 2, minutes }) if minutes == too_many
        ));
        assert_eq!(store.owed().unwrap().len(), 1, "nothing changed");
        let said = jikim_core::i18n::Localizer::new("ko").text(
            HubError::OwedOutOfRange {
                grade: 13,
                minutes: 60,
            }
            .message(),
        );
        assert!(said.contains("13학년 60분은 정할 수 없습니다"), "{said}");
        assert!(said.contains("1~12") && said.contains("0~6000분"), "{said}");
    }
}
