//! The school year rolls over (진급, issue 14). A Korean school year runs from March to February;
//! in March every student moves up a grade into a new class with a new number. The administrator
//! gives the hub this year's roster as one CSV that also says where each student was last year:
//!
//! ```text
//! 학년,반,번호,이름,이전반,이전번호
//! 2,1,1,김하늘,3,5      ← last year 1학년 3반 5번, now 2학년 1반 1번
//! 1,2,7,박새봄,,        ← new (a first-year or a transfer): no previous class
//! ```
//!
//! The previous grade is always this year's minus one. [`HubStore::roll_over`] then:
//! 1. writes last year's classes, rosters and records as a read-only archive store
//!    (`<hub>/archive/<year>/hub.db`) that every report reads like a hub
//!    (`jikim export --data <hub>/archive/2026`, the teacher app's report scope);
//! 2. moves each student's roster row to the new class and number, so they keep their id,
//!    PIN and history; students not on the new roster (graduated, moved away) leave the roster;
//!    new students are added; assignments are cleared and joining closed;
//! 3. starts the new year: from here the hub's class views, reports and PC restores count only
//!    records received this year (the hub keeps the rest; the archive reports them).
//!
//! All of step 2 and 3 happens in one transaction, after every row was checked: a CSV with any
//! problem changes nothing and names its line.

use crate::store::{csv_reader, now, uuid, HubStore};
use crate::HubError;
use jikim_core::error::FileFault;
use jikim_core::limits;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::ops::RangeInclusive;
use std::path::PathBuf;
use uuid::Uuid;

type Result<T> = std::result::Result<T, HubError>;

/// Migration 7: the school years the hub rolled into. Records received after `after_rowid`
/// belong to `year` (until the next one).
pub(crate) const V7: &str = "
CREATE TABLE school_year (
    year         INTEGER PRIMARY KEY,   -- 학년도 (from March)
    started_at   TEXT NOT NULL,         -- RFC 3339, the hub's clock
    after_rowid  INTEGER NOT NULL,      -- the year's records are those received after this row
    archive      TEXT NOT NULL          -- the archive folder of the year before, relative to the hub's
);
";

/// The receive cursor this school year's records start after (0 before any rollover).
pub(crate) fn year_after(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT coalesce((SELECT after_rowid FROM school_year ORDER BY year DESC LIMIT 1), 0)",
        [],
        |r| r.get(0),
    )
}

/// One line of the new year's roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolloverRow {
    /// The CSV line (for messages).
    pub line: usize,
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
    /// Last year's class and number (in grade − 1), or `None` for a new student.
    pub previous: Option<(u32, u32)>,
}

/// Why the hub refused a line of the new year's roster (each its own message, `locales/*/hub.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RolloverProblem {
    /// A grade, class, number or name missing or out of range, or half a previous place.
    Unreadable,
    /// The same grade, class and number as a line before it.
    PlaceTaken,
    /// No student of last year's roster at the previous class and number with this name.
    NotOnLastYearsRoster,
    /// The same student of last year as a line before it.
    ListedTwice,
}

/// Parses the new year's roster CSV (`학년,반,번호,이름,이전반,이전번호` with a header row; UTF-8 or
/// CP949). A bad line is named by its line number.
pub fn parse_rollover_csv(bytes: &[u8]) -> Result<Vec<RolloverRow>> {
    let (mut reader, headers) = csv_reader(bytes)?;
    let col = |names: &[&str]| headers.iter().position(|h| names.contains(&h));
    let (Some(g), Some(c), Some(n), Some(name), Some(pc), Some(pn)) = (
        col(&["학년", "grade"]),
        col(&["반", "class"]),
        col(&["번호", "number"]),
        col(&["이름", "성명", "name"]),
        col(&["이전반", "구반", "previous_class"]),
        col(&["이전번호", "구번호", "previous_number"]),
    ) else {
        return Err(HubError::RolloverHeader);
    };
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let bad = || HubError::RolloverLine {
            line,
            problem: RolloverProblem::Unreadable,
        };
        let row = row.map_err(|_| bad())?;
        let num = |col: usize, range: &RangeInclusive<u32>| {
            row.get(col)
                .and_then(|v| v.parse::<u32>().ok())
                .filter(|v| range.contains(v))
        };
        let empty = |col: usize| row.get(col).is_none_or(str::is_empty);
        let previous = match (empty(pc), empty(pn)) {
            (true, true) => None,
            _ => Some((
                num(pc, &limits::CLASS_NO).ok_or_else(bad)?,
                num(pn, &limits::NUMBER).ok_or_else(bad)?,
            )),
        };
        let row = RolloverRow {
            line,
            grade: num(g, &limits::GRADE).ok_or_else(bad)?,
            class_no: num(c, &limits::CLASS_NO).ok_or_else(bad)?,
            number: num(n, &limits::NUMBER).ok_or_else(bad)?,
            name: row
                .get(name)
                .filter(|v| limits::name_ok(v))
                .ok_or_else(bad)?
                .to_string(),
            previous,
        };
        if row.previous.is_some() && row.grade < 2 {
            return Err(bad());
        }
        out.push(row);
    }
    Ok(out)
}

/// What a rollover did.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RolloverReport {
    /// The school year that started.
    pub year: i32,
    /// The archive of the year before (a hub data folder reports read).
    pub archive: PathBuf,
    /// Students who moved up (same id, new class and number).
    pub moved: usize,
    /// New students.
    pub added: usize,
    /// Students who left the roster (not on the new one).
    pub left: usize,
    /// Classes of the new year.
    pub classes: usize,
    /// Records in the archive.
    pub archived_records: u64,
}

impl HubStore {
    /// The archive folder of the school year before `year`.
    pub fn archive_dir(&self, year: i32) -> PathBuf {
        self.dir().join("archive").join((year - 1).to_string())
    }

    /// School years the hub rolled into, newest first, with their archive folders.
    pub fn school_years(&self) -> Result<Vec<(i32, PathBuf)>> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT year, archive FROM school_year ORDER BY year DESC")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i32>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (year, archive) = row?;
            out.push((year, self.dir().join(archive)));
        }
        Ok(out)
    }

    /// Rolls the hub into school year `year` with the new roster `rows` (see the module docs).
    pub fn roll_over(&self, year: i32, rows: &[RolloverRow]) -> Result<RolloverReport> {
        if !limits::SCHOOL_YEAR.contains(&year) {
            return Err(HubError::RolloverYear { year, last: None });
        }
        if let Some((last, _)) = self.school_years()?.first() {
            if year <= *last {
                return Err(HubError::RolloverYear {
                    year,
                    last: Some(*last),
                });
            }
        }
        let moves = self.plan(rows)?;
        // 1. Last year, as reports will read it.
        let archive = self.archive_dir(year);
        if archive.exists() {
            // Left by a rollover into this year that never committed (it was checked above that
            // the hub has not started this year): written again from the hub as it is.
            std::fs::remove_dir_all(&archive).map_err(|e| FileFault::of_io(&archive, &e))?;
        }
        let snapshot = self.snapshot(&[])?;
        let archived_records = snapshot.records.len() as u64;
        let archived = HubStore::open(&archive)?;
        // The archive signs with the hub's key: certificates printed from last year verify
        // against the same public key, and pseudonyms stay the same.
        archived.keep_school_key(&self.school_key()?)?;
        archived.merge(&snapshot, &mut |_, _| {})?;
        // 2 and 3, all or nothing.
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let active: Vec<String> = {
            let mut stmt = tx.prepare("SELECT id FROM roster_entry WHERE active = 1")?;
            let ids = stmt.query_map([], |r| r.get(0))?;
            ids.collect::<rusqlite::Result<_>>()?
        };
        let moving: HashSet<String> = moves
            .iter()
            .filter_map(|(_, id)| id.map(|i| i.to_string()))
            .collect();
        let left = active.iter().filter(|id| !moving.contains(*id)).count();
        tx.execute("UPDATE roster_entry SET active = 0 WHERE active = 1", [])?;
        // Out of the way first (numbers unique per class and name): the movers, then any row
        // still holding a place a mover takes.
        for (i, (_, id)) in moves.iter().enumerate() {
            if let Some(id) = id {
                tx.execute(
                    "UPDATE roster_entry SET number = ?2 WHERE id = ?1",
                    params![id.to_string(), -(i as i64) - 1],
                )?;
            }
        }
        let mut classes: HashMap<(u32, u32), String> = HashMap::new();
        let (mut moved, mut added) = (0, 0);
        for (i, (row, id)) in moves.iter().enumerate() {
            let class_id = match classes.get(&(row.grade, row.class_no)) {
                Some(c) => c.clone(),
                None => {
                    let c = class_id_of(&tx, row.grade, row.class_no)?;
                    classes.insert((row.grade, row.class_no), c.clone());
                    c
                }
            };
            tx.execute(
                "UPDATE roster_entry SET number = ?4
                 WHERE class_id = ?1 AND number = ?2 AND name = ?3",
                params![
                    class_id,
                    row.number,
                    row.name,
                    -(moves.len() as i64) - 1 - i as i64
                ],
            )?;
            match id {
                Some(id) => {
                    tx.execute(
                        "UPDATE roster_entry SET class_id = ?2, number = ?3, name = ?4, active = 1 WHERE id = ?1",
                        params![id.to_string(), class_id, row.number, row.name],
                    )?;
                    moved += 1;
                }
                None => {
                    tx.execute(
                        "INSERT INTO roster_entry (id, class_id, number, name, active) VALUES (?1, ?2, ?3, ?4, 1)",
                        params![Uuid::now_v7().to_string(), class_id, row.number, row.name],
                    )?;
                    added += 1;
                }
            }
        }
        tx.execute("DELETE FROM assignment", [])?;
        tx.execute("UPDATE class SET join_open_until = NULL", [])?;
        let after: i64 = tx.query_row("SELECT coalesce(max(rowid), 0) FROM record", [], |r| {
            r.get(0)
        })?;
        let relative = format!("archive/{}", year - 1);
        tx.execute(
            "INSERT INTO school_year (year, started_at, after_rowid, archive) VALUES (?1, ?2, ?3, ?4)",
            params![year, now(), after, relative],
        )?;
        tx.commit()?;
        drop(conn);
        self.note_access("rollover", &format!("{year}: {moved} moved, {added} new"));
        Ok(RolloverReport {
            year,
            archive,
            moved,
            added,
            left,
            classes: classes.len(),
            archived_records,
        })
    }

    /// Checks every row against the hub and pairs it with the student it moves (`None`: new).
    fn plan<'a>(&self, rows: &'a [RolloverRow]) -> Result<Vec<(&'a RolloverRow, Option<Uuid>)>> {
        if rows.is_empty() {
            return Err(HubError::RolloverEmpty);
        }
        let conn = self.conn();
        let mut places = HashSet::new();
        let mut students = HashSet::new();
        let mut out = Vec::new();
        for row in rows {
            let bad = |problem| HubError::RolloverLine {
                line: row.line,
                problem,
            };
            if !places.insert((row.grade, row.class_no, row.number)) {
                return Err(bad(RolloverProblem::PlaceTaken));
            }
            let id = match row.previous {
                None => None,
                Some((class_no, number)) => {
                    let found: Option<String> = conn
                        .query_row(
                            "SELECT r.id FROM roster_entry r JOIN class c ON c.id = r.class_id
                             WHERE c.grade = ?1 AND c.class_no = ?2 AND r.number = ?3 AND r.name = ?4
                               AND r.active = 1",
                            params![row.grade - 1, class_no, number, row.name],
                            |r| r.get(0),
                        )
                        .optional()?;
                    let id =
                        uuid(found.ok_or_else(|| bad(RolloverProblem::NotOnLastYearsRoster))?)?;
                    if !students.insert(id) {
                        return Err(bad(RolloverProblem::ListedTwice));
                    }
                    Some(id)
                }
            };
            out.push((row, id));
        }
        Ok(out)
    }
}

/// The class `grade`-`class_no`, created when the new year has it first.
fn class_id_of(conn: &Connection, grade: u32, class_no: u32) -> Result<String> {
    let found: Option<String> = conn
        .query_row(
            "SELECT id FROM class WHERE grade = ?1 AND class_no = ?2",
            params![grade, class_no],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let id = Uuid::now_v7().to_string();
    conn.execute(
        "INSERT INTO class (id, grade, class_no, class_code, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            id,
            grade,
            class_no,
            jikim_core::sync::join_code::JoinCode::generate().as_str(),
            now()
        ],
    )?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jikim_core::sync::protocol::{RecordKind, SyncRecord};

    fn page(student_attempt: Uuid) -> SyncRecord {
        SyncRecord {
            id: Uuid::now_v7(),
            attempt_id: student_attempt,
            module_id: "sample".into(),
            module_version: 1,
            kind: RecordKind::PageView,
            page_index: Some(0),
            item_id: None,
            round: None,
            response: None,
            correct: None,
            recorded_at: "2026-11-24T10:00:00Z".into(),
            active_ms: 100,
        }
    }

    fn hub() -> (tempfile::TempDir, HubStore) {
        let dir = tempfile::tempdir().expect("tmp");
        let store = HubStore::open(dir.path()).expect("store");
        let library = jikim_core::content::Library::load_dir(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/modules"),
            jikim_core::content::today(),
        );
        store.archive_library(&library).expect("archive");
        (dir, store)
    }

    #[test]
    fn the_csv_names_its_bad_line() {
        let csv = "학년,반,번호,이름,이전반,이전번호\n2,1,1,김하늘,3,5\n1,2,7,박새봄,,\n";
        let rows = parse_rollover_csv(csv.as_bytes()).expect("parse");
        assert_eq!(rows[0].previous, Some((3, 5)));
        assert_eq!(rows[1].previous, None);
        let bad = "학년,반,번호,이름,이전반,이전번호\n2,1,1,김하늘,3,5\n2,1,x,나,,\n";
        assert!(matches!(
            parse_rollover_csv(bad.as_bytes()),
            Err(HubError::RolloverLine {
                line: 3,
                problem: RolloverProblem::Unreadable
            })
        ));
        let headless = "grade,class,number,name\n2,1,1,김하늘\n";
        assert!(matches!(
            parse_rollover_csv(headless.as_bytes()),
            Err(HubError::RolloverHeader)
        ));
        let half = "학년,반,번호,이름,이전반,이전번호\n2,1,1,김하늘,3,\n";
        assert!(
            parse_rollover_csv(half.as_bytes()).is_err(),
            "a previous class needs its number"
        );
        assert!(parse_rollover_csv("번호,이름\n1,가\n".as_bytes()).is_err());
    }

    #[test]
    fn an_empty_roster_or_a_year_out_of_range_changes_nothing() {
        let (_dir, store) = hub();
        let header_only = parse_rollover_csv("학년,반,번호,이름,이전반,이전번호\n".as_bytes())
            .expect("a header alone is a readable file");
        assert!(matches!(
            store.roll_over(2027, &header_only),
            Err(HubError::RolloverEmpty)
        ));
        let one = parse_rollover_csv("학년,반,번호,이름,이전반,이전번호\n1,1,1,가,,\n".as_bytes())
            .expect("csv");
        for year in [1999, 2101] {
            assert!(matches!(
                store.roll_over(year, &one),
                Err(HubError::RolloverYear { year: y, last: None }) if y == year
            ));
        }
        assert!(
            store.school_years().expect("years").is_empty(),
            "nothing archived"
        );
        assert!(
            store.classes().expect("classes").is_empty(),
            "no class made"
        );
    }

    #[test]
    fn students_move_up_keep_their_id_and_last_year_is_archived() {
        let (_dir, store) = hub();
        // Last year: 1-1 with 가 (1) and 나 (2); 2-1 with 다 (1), who graduates... to grade 3
        // here; 나 moves away.
        let c11 = store.create_class(1, 1).expect("class");
        let c21 = store.create_class(2, 1).expect("class");
        let r11 = store
            .set_roster(c11.id, &[(1, "가".into()), (2, "나".into())])
            .expect("roster");
        let r21 = store
            .set_roster(c21.id, &[(1, "다".into())])
            .expect("roster");
        store
            .set_assignment(c11.id, "sample", "2026-12-01")
            .expect("assign");
        let ga = r11[0].student_id;
        store.apply(ga, &[page(Uuid::now_v7())]).expect("push");
        store
            .apply(r21[0].student_id, &[page(Uuid::now_v7())])
            .expect("push");
        // This year: 가 → 2-1 #1 (the place 다 had last year), 다 → 3-2 #4, 라 is new in 1-1.
        let csv = "학년,반,번호,이름,이전반,이전번호\n2,1,1,가,1,1\n3,2,4,다,1,1\n1,1,1,라,,\n";
        let report = store
            .roll_over(2027, &parse_rollover_csv(csv.as_bytes()).expect("csv"))
            .expect("rollover");
        assert_eq!(
            (report.moved, report.added, report.left, report.classes),
            (2, 1, 1, 3)
        );
        assert_eq!(report.archived_records, 2);
        let roster21 = store.roster(c21.id).expect("roster");
        assert_eq!(roster21.len(), 1);
        assert_eq!(
            (roster21[0].student_id, roster21[0].name.as_str()),
            (ga, "가")
        );
        assert!(
            store.assignments(c11.id).expect("a").is_empty(),
            "a new year starts without assignments"
        );
        // The new year counts only its own records; the hub keeps the old ones for the archive.
        assert!(store.class_records(c21.id).expect("records").is_empty());
        assert_eq!(store.records_page(ga, 0, 100).expect("page").0.len(), 0);
        assert_eq!(store.records_of(ga).expect("history").len(), 1);
        store.apply(ga, &[page(Uuid::now_v7())]).expect("push");
        assert_eq!(store.class_records(c21.id).expect("records").len(), 1);
        // Last year, as it was, in the archive.
        let archive = HubStore::open(&report.archive).expect("archive");
        let old = archive.classes().expect("classes");
        assert_eq!(old.len(), 2);
        let old11 = old
            .iter()
            .find(|c| (c.grade, c.class_no) == (1, 1))
            .expect("1-1");
        assert_eq!(archive.roster(old11.id).expect("r").len(), 2);
        assert_eq!(archive.class_records(old11.id).expect("rec").len(), 1);
        assert_eq!(store.school_years().expect("years")[0].0, 2027);
        // An archive left by a rollover that never committed is written again.
        let leftover = store.archive_dir(2028);
        std::fs::create_dir_all(&leftover).expect("dir");
        std::fs::write(leftover.join("hub.db"), b"half-written").expect("file");
        // The same year twice is refused, and so is a student who is not on last year's roster.
        assert!(store
            .roll_over(2027, &parse_rollover_csv(csv.as_bytes()).expect("csv"))
            .is_err());
        let unknown = "학년,반,번호,이름,이전반,이전번호\n3,1,1,없는학생,1,9\n";
        assert!(matches!(
            store.roll_over(2028, &parse_rollover_csv(unknown.as_bytes()).expect("csv")),
            Err(HubError::RolloverLine {
                line: 2,
                problem: RolloverProblem::NotOnLastYearsRoster
            })
        ));
        let twice = "학년,반,번호,이름,이전반,이전번호\n3,1,1,가,1,1\n3,1,1,나,,\n";
        assert!(matches!(
            store.roll_over(2028, &parse_rollover_csv(twice.as_bytes()).expect("csv")),
            Err(HubError::RolloverLine {
                line: 3,
                problem: RolloverProblem::PlaceTaken
            })
        ));
        let same = "학년,반,번호,이름,이전반,이전번호\n3,1,1,가,1,1\n3,1,2,가,1,1\n";
        assert!(matches!(
            store.roll_over(2028, &parse_rollover_csv(same.as_bytes()).expect("csv")),
            Err(HubError::RolloverLine {
                line: 3,
                problem: RolloverProblem::ListedTwice
            })
        ));
        assert!(matches!(
            store.roll_over(2027, &parse_rollover_csv(twice.as_bytes()).expect("csv")),
            Err(HubError::RolloverYear {
                year: 2027,
                last: Some(2027)
            })
        ));
        assert_eq!(
            store.roster(c21.id).expect("roster").len(),
            1,
            "nothing changed"
        );
        let next = "학년,반,번호,이름,이전반,이전번호\n3,1,1,가,1,1\n";
        let done = store
            .roll_over(2028, &parse_rollover_csv(next.as_bytes()).expect("csv"))
            .expect("2028 over the leftover archive");
        let archive = HubStore::open(&done.archive).expect("the archive, written again");
        let last_year = archive.classes().expect("classes");
        let c = last_year
            .iter()
            .find(|c| (c.grade, c.class_no) == (2, 1))
            .expect("2-1 of 2027");
        assert_eq!(archive.roster(c.id).expect("roster")[0].student_id, ga);
    }
}
