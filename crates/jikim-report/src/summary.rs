//! The report summary: per grade, class and module — enrolled students, completed, completion
//! rate, total and average education time — with grade subtotals and a school total, plus the
//! per-class and per-module views the XLSX carries as their own sheets.

use crate::completion::CompletionRow;
use std::collections::BTreeMap;

/// Counts and time of one group of completion rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Students the group's rows cover.
    pub enrolled: u64,
    /// Of those, students who completed (passed).
    pub completed: u64,
    /// Education time, in minutes.
    pub total_minutes: u64,
}

impl Tally {
    fn add(&mut self, row: &CompletionRow) {
        self.enrolled += 1;
        self.completed += u64::from(row.passed());
        self.total_minutes += row.active_minutes;
    }

    /// Completed ÷ enrolled, 0 when nobody is enrolled.
    pub fn rate(&self) -> f64 {
        if self.enrolled == 0 {
            0.0
        } else {
            self.completed as f64 / self.enrolled as f64
        }
    }

    /// Average education time per enrolled student, in minutes.
    pub fn average_minutes(&self) -> f64 {
        if self.enrolled == 0 {
            0.0
        } else {
            self.total_minutes as f64 / self.enrolled as f64
        }
    }
}

/// What a summary row is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// One module in one class.
    Class { grade: u32, class_no: u32 },
    /// One module across a grade.
    Grade { grade: u32 },
    /// One module across the school.
    School,
}

/// One line of the report summary.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    pub scope: Scope,
    pub module_id: String,
    pub module_title: String,
    pub tally: Tally,
}

/// Per class: students who completed **every** module of the class's report.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassSummary {
    pub grade: u32,
    pub class_no: u32,
    pub modules: u64,
    pub tally: Tally,
}

/// Per module across all classes that have it.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleSummary {
    pub module_id: String,
    pub module_title: String,
    pub classes: u64,
    pub tally: Tally,
}

/// All three views.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Class rows of each grade, then the grade subtotal; the school totals last.
    pub report: Vec<SummaryRow>,
    pub classes: Vec<ClassSummary>,
    pub modules: Vec<ModuleSummary>,
}

/// Per student (number, name) of a class: (modules, modules passed, minutes).
type StudentTotals = BTreeMap<(u32, String), (u64, u64, u64)>;

/// Builds the summary from completion rows (as [`crate::completion_rows`] orders them).
pub fn summarize(rows: &[CompletionRow]) -> Summary {
    // Module order as the rows have it (library order).
    let mut module_order: Vec<(String, String)> = Vec::new();
    for r in rows {
        if !module_order.iter().any(|(id, _)| *id == r.module_id) {
            module_order.push((r.module_id.clone(), r.module_title.clone()));
        }
    }
    let pos = |id: &str| module_order.iter().position(|(m, _)| m == id).unwrap_or(0);

    let mut by_class: BTreeMap<(u32, u32, usize), Tally> = BTreeMap::new();
    let mut by_grade: BTreeMap<(u32, usize), Tally> = BTreeMap::new();
    let mut by_module: BTreeMap<usize, (Tally, std::collections::BTreeSet<(u32, u32)>)> =
        BTreeMap::new();
    let mut students: BTreeMap<(u32, u32), StudentTotals> = BTreeMap::new();
    let mut class_modules: BTreeMap<(u32, u32), std::collections::BTreeSet<usize>> =
        BTreeMap::new();
    for r in rows {
        let m = pos(&r.module_id);
        by_class.entry((r.grade, r.class_no, m)).or_default().add(r);
        by_grade.entry((r.grade, m)).or_default().add(r);
        let e = by_module.entry(m).or_default();
        e.0.add(r);
        e.1.insert((r.grade, r.class_no));
        let s = students
            .entry((r.grade, r.class_no))
            .or_default()
            .entry((r.number, r.name.clone()))
            .or_default();
        s.0 += 1;
        s.1 += u64::from(r.passed());
        s.2 += r.active_minutes;
        class_modules
            .entry((r.grade, r.class_no))
            .or_default()
            .insert(m);
    }

    let title = |m: usize| module_order.get(m).cloned().unwrap_or_default();
    let mut report = Vec::new();
    let grades: std::collections::BTreeSet<u32> = by_grade.keys().map(|(g, _)| *g).collect();
    for g in grades {
        for ((grade, class_no, m), tally) in by_class.range((g, 0, 0)..=(g, u32::MAX, usize::MAX)) {
            let (module_id, module_title) = title(*m);
            report.push(SummaryRow {
                scope: Scope::Class {
                    grade: *grade,
                    class_no: *class_no,
                },
                module_id,
                module_title,
                tally: tally.clone(),
            });
        }
        for ((_, m), tally) in by_grade.range((g, 0)..=(g, usize::MAX)) {
            let (module_id, module_title) = title(*m);
            report.push(SummaryRow {
                scope: Scope::Grade { grade: g },
                module_id,
                module_title,
                tally: tally.clone(),
            });
        }
    }
    let mut modules = Vec::new();
    for (m, (tally, classes)) in &by_module {
        let (module_id, module_title) = title(*m);
        report.push(SummaryRow {
            scope: Scope::School,
            module_id: module_id.clone(),
            module_title: module_title.clone(),
            tally: tally.clone(),
        });
        modules.push(ModuleSummary {
            module_id,
            module_title,
            classes: classes.len() as u64,
            tally: tally.clone(),
        });
    }
    let classes = students
        .into_iter()
        .map(|((grade, class_no), people)| {
            let module_count = class_modules
                .get(&(grade, class_no))
                .map_or(0, |s| s.len() as u64);
            let mut tally = Tally::default();
            for (_, (modules, passed, minutes)) in people {
                tally.enrolled += 1;
                tally.completed += u64::from(modules > 0 && passed == modules);
                tally.total_minutes += minutes;
            }
            ClassSummary {
                grade,
                class_no,
                modules: module_count,
                tally,
            }
        })
        .collect();
    Summary {
        report,
        classes,
        modules,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jikim_core::study::view::ModuleStatus;

    fn row(
        grade: u32,
        class_no: u32,
        number: u32,
        module: &str,
        passed: bool,
        minutes: u64,
    ) -> CompletionRow {
        CompletionRow {
            grade,
            class_no,
            number,
            name: format!("학생{number}"),
            student: uuid::Uuid::nil(),
            module_id: module.into(),
            module_title: module.to_uppercase(),
            law_as_of: "2026-10-02".into(),
            module_version: Some(1),
            status: if passed {
                ModuleStatus::Passed
            } else {
                ModuleStatus::InProgress
            },
            score_percent: None,
            passed_at: None,
            active_minutes: minutes,
            credited_minutes: 0,
            attempts: 1,
            removed: false,
        }
    }

    #[test]
    fn totals_add_up_per_class_grade_school_and_module() {
        let rows = vec![
            row(1, 1, 1, "a", true, 10),
            row(1, 1, 1, "b", true, 20),
            row(1, 1, 2, "a", false, 5),
            row(1, 1, 2, "b", true, 15),
            row(1, 2, 1, "a", true, 30),
            row(2, 1, 1, "a", false, 0),
        ];
        let s = summarize(&rows);
        let find = |scope: Scope, m: &str| {
            s.report
                .iter()
                .find(|r| r.scope == scope && r.module_id == m)
                .map(|r| r.tally.clone())
                .expect("row present")
        };
        let c11a = find(
            Scope::Class {
                grade: 1,
                class_no: 1,
            },
            "a",
        );
        assert_eq!(
            (c11a.enrolled, c11a.completed, c11a.total_minutes),
            (2, 1, 15)
        );
        assert!((c11a.rate() - 0.5).abs() < 1e-9);
        assert!((c11a.average_minutes() - 7.5).abs() < 1e-9);
        let g1a = find(Scope::Grade { grade: 1 }, "a");
        assert_eq!((g1a.enrolled, g1a.completed, g1a.total_minutes), (3, 2, 45));
        let school_a = find(Scope::School, "a");
        assert_eq!((school_a.enrolled, school_a.completed), (4, 2));
        // Class 1-1: student 1 passed both, student 2 only one.
        let c11 = &s.classes[0];
        assert_eq!((c11.grade, c11.class_no, c11.modules), (1, 1, 2));
        assert_eq!(
            (
                c11.tally.enrolled,
                c11.tally.completed,
                c11.tally.total_minutes
            ),
            (2, 1, 50)
        );
        let ma = s.modules.iter().find(|m| m.module_id == "a").expect("a");
        assert_eq!(
            (ma.classes, ma.tally.enrolled, ma.tally.completed),
            (3, 4, 2)
        );
        // Order: grade 1 classes, grade 1 subtotal, grade 2 ..., then school totals.
        assert!(matches!(
            s.report.last().map(|r| &r.scope),
            Some(Scope::School)
        ));
    }

    #[test]
    fn empty_rows_give_an_empty_summary() {
        let s = summarize(&[]);
        assert!(s.report.is_empty() && s.classes.is_empty() && s.modules.is_empty());
        assert_eq!(Tally::default().rate(), 0.0);
    }
}
