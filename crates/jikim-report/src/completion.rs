//! One row per student × module: the completion table every export is made from.
//!
//! Rules (the same ones the teacher's dashboard and the student app use, plus two a report needs):
//! - A student who ever passed a module (a passing completion record) has completed it; the row
//!   reports the first pass: its score, its time and the module **version taken**.
//! - Otherwise the newest attempt decides: graded with the library's module when it is the same
//!   version, or from its own completion record when it was taken against an older version, so
//!   updating a module never rewrites old results.
//! - A date window (`from`..=`to`, Korean dates) keeps only records made in that window: a
//!   report for a term counts the education done in that term.
//! - A class's modules are its assignments plus any module its students worked on.

use crate::Result;
use jikim_core::content::{Library, Module};
use jikim_core::storage::CompletionScore;
use jikim_core::study::flow;
use jikim_core::study::report::facts_of;
use jikim_core::study::service::percent;
use jikim_core::study::view::ModuleStatus;
use jikim_core::sync::protocol::{RecordKind, SyncRecord};
use jikim_hub::snapshot::Snapshot;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// Which rows an export holds. Empty lists mean "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// (grade, class number) pairs.
    pub classes: Vec<(u32, u32)>,
    pub modules: Vec<String>,
    /// First day counted (Korean date), inclusive.
    pub from: Option<Date>,
    /// Last day counted (Korean date), inclusive.
    pub to: Option<Date>,
}

impl Filter {
    /// Parses a class as `학년-반`, e.g. `2-3`.
    pub fn parse_class(s: &str) -> Result<(u32, u32)> {
        let bad = || crate::ReportError::BadFilter(s.to_string());
        let (g, c) = s.trim().split_once('-').ok_or_else(bad)?;
        let g: u32 = g.trim().parse().map_err(|_| bad())?;
        let c: u32 = c.trim().parse().map_err(|_| bad())?;
        if !(1..=12).contains(&g) || !(1..=99).contains(&c) {
            return Err(bad());
        }
        Ok((g, c))
    }

    /// Parses a date as `YYYY-MM-DD`.
    pub fn parse_date(s: &str) -> Result<Date> {
        let fmt = time::macros::format_description!("[year]-[month]-[day]");
        Date::parse(s.trim(), fmt).map_err(|_| crate::ReportError::BadFilter(s.to_string()))
    }

    fn keeps_record(&self, r: &SyncRecord) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(t) = recorded(r) else {
            return false;
        };
        let day = t.date();
        self.from.is_none_or(|f| day >= f) && self.to.is_none_or(|to| day <= to)
    }
}

/// One student × module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletionRow {
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
    pub module_id: String,
    pub module_title: String,
    /// The module version the reported result was taken against (none before a first record).
    pub module_version: Option<u32>,
    pub status: ModuleStatus,
    pub score_percent: Option<u32>,
    /// When the module was first passed, in Korean time.
    pub passed_at: Option<OffsetDateTime>,
    /// Active learning time on the module, in whole minutes (rounded up).
    pub active_minutes: u64,
    /// Distinct attempts at the module.
    pub attempts: u32,
}

impl CompletionRow {
    pub fn passed(&self) -> bool {
        self.status == ModuleStatus::Passed
    }
}

fn recorded(r: &SyncRecord) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(
        &r.recorded_at,
        &time::format_description::well_known::Rfc3339,
    )
    .ok()
    .and_then(crate::in_kst)
}

fn completion_score(r: &SyncRecord) -> Option<CompletionScore> {
    r.response
        .as_deref()
        .and_then(|s| serde_json::from_str::<CompletionScore>(s).ok())
}

/// The result of one student on one module, from that student's records of the module.
fn result_of(
    module: Option<&Module>,
    records: &[&SyncRecord],
) -> (
    Option<u32>,
    ModuleStatus,
    Option<u32>,
    Option<OffsetDateTime>,
) {
    let first_pass = records
        .iter()
        .filter(|r| r.kind == RecordKind::Completion && r.correct == Some(true))
        .min_by_key(|r| r.id);
    if let Some(pass) = first_pass {
        let score = completion_score(pass).map(|s| percent(s.correct, s.total));
        return (
            Some(pass.module_version),
            ModuleStatus::Passed,
            score,
            recorded(pass),
        );
    }
    let Some(newest) = records.iter().max_by_key(|r| r.id) else {
        return (None, ModuleStatus::NotStarted, None, None);
    };
    let attempt: Vec<&SyncRecord> = records
        .iter()
        .copied()
        .filter(|r| r.attempt_id == newest.attempt_id)
        .collect();
    let version = newest.module_version;
    match module.filter(|m| m.version == version) {
        Some(m) => {
            let p = flow::progress(m, &facts_of(&attempt));
            (Some(version), p.status, p.score_percent, None)
        }
        None => {
            // Taken against a version the library no longer has: its own completion record says
            // how it ended; without one it was left unfinished.
            match attempt
                .iter()
                .filter(|r| r.kind == RecordKind::Completion)
                .min_by_key(|r| r.id)
            {
                Some(c) => (
                    Some(version),
                    ModuleStatus::NotPassed,
                    completion_score(c).map(|s| percent(s.correct, s.total)),
                    None,
                ),
                None => (Some(version), ModuleStatus::InProgress, None, None),
            }
        }
    }
}

/// The completion table of a snapshot, ordered by grade, class, number, name and library order.
pub fn completion_rows(library: &Library, snap: &Snapshot, filter: &Filter) -> Vec<CompletionRow> {
    let order: HashMap<&str, (i64, usize)> = library
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), (m.order, i)))
        .collect();
    let mut by_student: HashMap<Uuid, BTreeMap<&str, Vec<&SyncRecord>>> = HashMap::new();
    for sr in &snap.records {
        if filter.keeps_record(&sr.record) {
            by_student
                .entry(sr.student)
                .or_default()
                .entry(sr.record.module_id.as_str())
                .or_default()
                .push(&sr.record);
        }
    }
    let mut classes: Vec<_> = snap
        .classes
        .iter()
        .filter(|c| filter.classes.is_empty() || filter.classes.contains(&(c.grade, c.class_no)))
        .collect();
    classes.sort_by_key(|c| (c.grade, c.class_no));
    let empty = BTreeMap::new();
    let mut rows = Vec::new();
    for class in classes {
        let mut module_ids: BTreeSet<&str> = class
            .assignments
            .iter()
            .map(|a| a.module_id.as_str())
            .collect();
        for s in &class.students {
            if let Some(m) = by_student.get(&s.id) {
                module_ids.extend(m.keys().copied());
            }
        }
        let mut module_ids: Vec<&str> = module_ids
            .into_iter()
            .filter(|m| filter.modules.is_empty() || filter.modules.iter().any(|f| f == m))
            .collect();
        module_ids.sort_by_key(|m| (order.get(m).copied().unwrap_or((i64::MAX, 0)), *m));
        let mut students: Vec<_> = class.students.iter().collect();
        students.sort_by(|a, b| a.number.cmp(&b.number).then(a.name.cmp(&b.name)));
        for s in students {
            let mine = by_student.get(&s.id).unwrap_or(&empty);
            for &module_id in &module_ids {
                let records: &[&SyncRecord] = mine.get(module_id).map_or(&[], |v| v.as_slice());
                let module = library.module(module_id);
                let (module_version, status, score_percent, passed_at) = result_of(module, records);
                let active_ms: u64 = records.iter().map(|r| r.active_ms).sum();
                let attempts = records
                    .iter()
                    .map(|r| r.attempt_id)
                    .collect::<BTreeSet<_>>()
                    .len() as u32;
                rows.push(CompletionRow {
                    grade: class.grade,
                    class_no: class.class_no,
                    number: s.number,
                    name: s.name.clone(),
                    module_id: module_id.to_string(),
                    module_title: module.map_or_else(|| module_id.to_string(), |m| m.title.clone()),
                    module_version,
                    status,
                    score_percent,
                    passed_at,
                    active_minutes: active_ms.div_ceil(60_000),
                    attempts,
                });
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_and_date_filters_parse_strictly() {
        assert_eq!(Filter::parse_class("2-3").ok(), Some((2, 3)));
        assert!(Filter::parse_class("2").is_err());
        assert!(Filter::parse_class("0-3").is_err());
        assert!(Filter::parse_class("2-x").is_err());
        assert!(Filter::parse_date("2026-03-02").is_ok());
        assert!(Filter::parse_date("2026-13-02").is_err());
        assert!(Filter::parse_date("어제").is_err());
    }
}
