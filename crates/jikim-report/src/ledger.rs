//! The prevention-education hours ledger (issue 13): per class, grade and requirement, what every
//! student owes (the school's setting, [`jikim_hub::requirements`]), what was delivered, the
//! completion rate (이수율) and who is still missing — the figures a school reports as its annual
//! 실적.
//!
//! Rules:
//! - A student is credited a module's declared minutes (`[credit]` in the module file) toward each
//!   requirement it counts toward, once, when the hub graded a pass ([`crate::completion`], the one
//!   standing rule). Time on task never counts: reading for three hours credits nothing without a
//!   pass, and a quick pass credits the module's minutes.
//! - A student has completed a requirement when their credited minutes reach the minutes owed.
//! - Only students on the roster count (students taken off it during the year are left out of
//!   both the enrolled and the completed).
//! - The date window of the filter is the school year (or term) the report covers.

use crate::completion::{completion_rows, CompletionRow, Filter};
use jikim_core::content::{Library, Requirement};
use jikim_core::i18n::{messages as m, Msg};
use jikim_hub::requirements::Owed;
use jikim_hub::snapshot::Snapshot;
use std::collections::{BTreeMap, HashMap, HashSet};
use uuid::Uuid;

/// One student's standing on one requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudentLine {
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
    pub requirement: Requirement,
    pub owed_minutes: u32,
    pub credited_minutes: u32,
}

impl StudentLine {
    pub fn complete(&self) -> bool {
        self.credited_minutes >= self.owed_minutes
    }
}

/// One class (or, with `class_no` 0, a whole grade) on one requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerLine {
    pub grade: u32,
    /// 0 for the grade's total.
    pub class_no: u32,
    pub requirement: Requirement,
    pub owed_minutes: u32,
    pub students: u32,
    pub completed: u32,
    /// Minutes credited, summed over the students.
    pub delivered_minutes: u64,
    /// Students who have not completed it: (number, name, credited minutes); empty for a grade.
    pub missing: Vec<(u32, String, u32)>,
}

impl LedgerLine {
    /// 이수율, 0.0–1.0 (0 for a class with no students).
    pub fn rate(&self) -> f64 {
        if self.students == 0 {
            0.0
        } else {
            f64::from(self.completed) / f64::from(self.students)
        }
    }
}

/// The ledger of a hub or a school store.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ledger {
    /// Per class, then per grade (class 0), by grade, class and requirement.
    pub lines: Vec<LedgerLine>,
    /// Per student and requirement, by grade, class and number.
    pub students: Vec<StudentLine>,
}

/// Minutes each student was credited toward each requirement, from their passed modules.
fn credited(library: &Library, rows: &[CompletionRow]) -> HashMap<(Uuid, Requirement), u32> {
    let mut passed: HashSet<(Uuid, &str)> = HashSet::new();
    for r in rows.iter().filter(|r| r.passed()) {
        passed.insert((r.student, r.module_id.as_str()));
    }
    let mut out: HashMap<(Uuid, Requirement), u32> = HashMap::new();
    for (student, module_id) in passed {
        let Some(credit) = library.module(module_id).and_then(|m| m.credit.as_ref()) else {
            continue;
        };
        for r in &credit.requirements {
            *out.entry((student, *r)).or_default() += credit.minutes;
        }
    }
    out
}

/// The ledger of `snap` for what `owed` asks, counting passes inside `filter`'s dates and classes.
pub fn ledger(library: &Library, snap: &Snapshot, filter: &Filter, owed: &[Owed]) -> Ledger {
    let rows = completion_rows(library, snap, filter);
    let credit = credited(library, &rows);
    let classes = filter.classes_of(snap);
    let mut ledger = Ledger::default();
    let mut grades: BTreeMap<(u32, Requirement), LedgerLine> = BTreeMap::new();
    for class in classes {
        let mut students: Vec<_> = class.students.iter().filter(|s| !s.removed).collect();
        students.sort_by(|a, b| a.number.cmp(&b.number).then(a.name.cmp(&b.name)));
        for o in owed.iter().filter(|o| o.grade == class.grade) {
            let mut line = LedgerLine {
                grade: class.grade,
                class_no: class.class_no,
                requirement: o.requirement,
                owed_minutes: o.minutes,
                students: 0,
                completed: 0,
                delivered_minutes: 0,
                missing: Vec::new(),
            };
            for s in &students {
                let credited = credit.get(&(s.id, o.requirement)).copied().unwrap_or(0);
                let student = StudentLine {
                    grade: class.grade,
                    class_no: class.class_no,
                    number: s.number,
                    name: s.name.clone(),
                    requirement: o.requirement,
                    owed_minutes: o.minutes,
                    credited_minutes: credited,
                };
                line.students += 1;
                line.delivered_minutes += u64::from(credited);
                if student.complete() {
                    line.completed += 1;
                } else {
                    line.missing.push((s.number, s.name.clone(), credited));
                }
                ledger.students.push(student);
            }
            let grade = grades
                .entry((class.grade, o.requirement))
                .or_insert_with(|| LedgerLine {
                    class_no: 0,
                    missing: Vec::new(),
                    students: 0,
                    completed: 0,
                    delivered_minutes: 0,
                    ..line.clone()
                });
            grade.students += line.students;
            grade.completed += line.completed;
            grade.delivered_minutes += line.delivered_minutes;
            ledger.lines.push(line);
        }
    }
    // Each grade's total after its classes.
    let mut lines = Vec::with_capacity(ledger.lines.len() + grades.len());
    for ((grade, _), total) in &grades {
        lines.extend(
            ledger
                .lines
                .iter()
                .filter(|l| l.grade == *grade && l.requirement == total.requirement)
                .cloned(),
        );
        lines.push(total.clone());
    }
    ledger.lines = lines;
    ledger
}

/// The 실적 sheet's column headers, in file order (documented in `docs/reports.md`).
pub const COLUMNS: [Msg; 9] = [
    m::REPORT_LEDGER_COL_GRADE,
    m::REPORT_LEDGER_COL_CLASS,
    m::REPORT_LEDGER_COL_REQUIREMENT,
    m::REPORT_LEDGER_COL_OWED,
    m::REPORT_LEDGER_COL_STUDENTS,
    m::REPORT_LEDGER_COL_COMPLETED,
    m::REPORT_LEDGER_COL_RATE,
    m::REPORT_LEDGER_COL_DELIVERED,
    m::REPORT_LEDGER_COL_MISSING,
];

/// The per-student sheet's column headers.
pub const STUDENT_COLUMNS: [Msg; 8] = [
    m::REPORT_LEDGER_COL_GRADE,
    m::REPORT_LEDGER_COL_CLASS,
    m::REPORT_COL_NUMBER,
    m::REPORT_COL_NAME,
    m::REPORT_LEDGER_COL_REQUIREMENT,
    m::REPORT_LEDGER_COL_OWED,
    m::REPORT_LEDGER_COL_CREDITED,
    m::REPORT_LEDGER_COL_DONE,
];

/// The ledger's title: the school and the period the filter covers.
pub fn title(school: &str, filter: &Filter, l10n: &jikim_core::i18n::Localizer) -> String {
    let iso = |d: Option<time::Date>| d.map(crate::claim::iso).unwrap_or_default();
    let period = if filter.from.is_none() && filter.to.is_none() {
        l10n.text(m::REPORT_LEDGER_PERIOD_ALL)
    } else {
        l10n.text(m::ReportLedgerPeriod {
            from: iso(filter.from),
            to: iso(filter.to),
        })
    };
    l10n.text(m::ReportLedgerTitle {
        period,
        school: school.to_string(),
    })
    .trim()
    .to_string()
}

/// The ledger as an XLSX workbook laid out as a school fills in its annual 실적: a title naming
/// the school and the period, one row per class and requirement with the grade's total after its
/// classes (bold), and a second sheet with every student.
pub fn to_xlsx(
    ledger: &Ledger,
    title: &str,
    l10n: &jikim_core::i18n::Localizer,
) -> crate::Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| crate::ReportError::Write(e.to_string());
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let bold_pct = Format::new().set_bold().set_num_format("0.0%");
    let pct = Format::new().set_num_format("0.0%");
    let wrap = Format::new().set_text_wrap();
    {
        let ws = wb.add_worksheet();
        ws.set_name(l10n.text(m::REPORT_LEDGER_SHEET))
            .map_err(err)?;
        ws.write_string_with_format(0, 0, title, &bold)
            .map_err(err)?;
        for (c, id) in COLUMNS.iter().enumerate() {
            let label = l10n.text(id);
            ws.write_string_with_format(2, c as u16, &label, &bold)
                .map_err(err)?;
            ws.set_column_width(c as u16, (label.chars().count() as f64 * 2.2).max(8.0))
                .map_err(err)?;
        }
        ws.set_column_width(2, 24).map_err(err)?;
        ws.set_column_width(8, 60).map_err(err)?;
        ws.set_freeze_panes(3, 0).map_err(err)?;
        // Printed as a school hands it in: A4 landscape, every column on the page's width.
        ws.set_paper_size(9);
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(2, 2).map_err(err)?;
        for (i, line) in ledger.lines.iter().enumerate() {
            let y = i as u32 + 3;
            let total = line.class_no == 0;
            let (plain, rate) = if total {
                (&bold, &bold_pct)
            } else {
                (&Format::new(), &pct)
            };
            ws.write_number_with_format(y, 0, line.grade, plain)
                .map_err(err)?;
            if total {
                ws.write_string_with_format(y, 1, l10n.text(m::REPORT_LEDGER_GRADE_TOTAL), plain)
            } else {
                ws.write_number_with_format(y, 1, line.class_no, plain)
            }
            .map_err(err)?;
            ws.write_string_with_format(y, 2, l10n.text(line.requirement.name()), plain)
                .map_err(err)?;
            ws.write_number_with_format(y, 3, line.owed_minutes, plain)
                .map_err(err)?;
            ws.write_number_with_format(y, 4, line.students, plain)
                .map_err(err)?;
            ws.write_number_with_format(y, 5, line.completed, plain)
                .map_err(err)?;
            ws.write_number_with_format(y, 6, line.rate(), rate)
                .map_err(err)?;
            ws.write_number_with_format(y, 7, line.delivered_minutes as f64, plain)
                .map_err(err)?;
            let missing: Vec<String> = line
                .missing
                .iter()
                .map(|(number, name, minutes)| {
                    l10n.text(m::ReportLedgerMissingStudent {
                        minutes: minutes.to_string(),
                        name: name.clone(),
                        number: number.to_string(),
                    })
                })
                .collect();
            ws.write_string_with_format(y, 8, missing.join(", "), &wrap)
                .map_err(err)?;
        }
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name(l10n.text(m::REPORT_LEDGER_SHEET_STUDENTS))
            .map_err(err)?;
        for (c, id) in STUDENT_COLUMNS.iter().enumerate() {
            let label = l10n.text(id);
            ws.write_string_with_format(0, c as u16, &label, &bold)
                .map_err(err)?;
            ws.set_column_width(c as u16, (label.chars().count() as f64 * 2.2).max(8.0))
                .map_err(err)?;
        }
        ws.set_column_width(4, 24).map_err(err)?;
        ws.set_freeze_panes(1, 0).map_err(err)?;
        for (i, s) in ledger.students.iter().enumerate() {
            let y = i as u32 + 1;
            ws.write_number(y, 0, s.grade).map_err(err)?;
            ws.write_number(y, 1, s.class_no).map_err(err)?;
            ws.write_number(y, 2, s.number).map_err(err)?;
            ws.write_string(y, 3, &s.name).map_err(err)?;
            ws.write_string(y, 4, l10n.text(s.requirement.name()))
                .map_err(err)?;
            ws.write_number(y, 5, s.owed_minutes).map_err(err)?;
            ws.write_number(y, 6, s.credited_minutes).map_err(err)?;
            ws.write_string(
                y,
                7,
                l10n.text(if s.complete() {
                    m::REPORT_LEDGER_DONE_YES
                } else {
                    m::REPORT_LEDGER_DONE_NO
                }),
            )
            .map_err(err)?;
        }
        if !ledger.students.is_empty() {
            ws.autofilter(
                0,
                0,
                ledger.students.len() as u32,
                (STUDENT_COLUMNS.len() - 1) as u16,
            )
            .map_err(err)?;
        }
    }
    wb.save_to_buffer().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jikim_hub::snapshot::{SnapshotClass, SnapshotStudent};

    fn owed(grade: u32, requirement: Requirement, minutes: u32) -> Owed {
        Owed {
            grade,
            requirement,
            minutes,
        }
    }

    #[test]
    fn nobody_passed_means_everyone_is_missing_and_nothing_is_delivered() {
        let library = Library::load_dir(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/modules")),
            jikim_core::content::today(),
        );
        let student = |n: u32, removed: bool| SnapshotStudent {
            id: Uuid::now_v7(),
            number: n,
            name: format!("학생{n}"),
            removed,
        };
        let snap = Snapshot {
            classes: vec![SnapshotClass {
                id: Uuid::now_v7(),
                grade: 2,
                class_no: 1,
                students: vec![student(1, false), student(2, false), student(3, true)],
                assignments: vec![],
            }],
            records: vec![],
            certificates: vec![],
        };
        let svp = Requirement::SexualViolencePrevention;
        let l = ledger(
            &library,
            &snap,
            &Filter::default(),
            &[owed(2, svp, 180), owed(3, svp, 180)],
        );
        // One class line and the grade's total; grade 3 has no class, so no line.
        assert_eq!(l.lines.len(), 2);
        let class = &l.lines[0];
        assert_eq!(
            (class.students, class.completed),
            (2, 0),
            "the removed student is left out"
        );
        assert_eq!(class.delivered_minutes, 0);
        assert_eq!(class.missing.len(), 2);
        assert_eq!(class.rate(), 0.0);
        assert_eq!(l.lines[1].class_no, 0);
        assert_eq!(l.students.len(), 2);
        assert!(l.students.iter().all(|s| !s.complete()));
    }
}
