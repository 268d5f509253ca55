//! One row per student × module: the completion table every export is made from.
//!
//! Rules: the one standing rule of the core ([`jikim_core::study::standing`]), which the teacher's
//! dashboard and the student app use too, plus two a report needs:
//! - The time of a record is the hub's receive time (`received_at`), never the student PC's
//!   clock; only records from bundles written before hubs kept it fall back to `recorded_at`.
//!   A pass is dated by the record that made it.
//! - A date window (`from`..=`to`, Korean dates) keeps only records received in that window: a
//!   report for a term counts the education done in that term.
//! - A class's modules are its assignments plus any module its students worked on, as far as the
//!   library has them (a module id the library does not know has no result to report).

use crate::Result;
use jikim_core::content::Library;
use jikim_core::study::standing::standing;
use jikim_core::study::view::ModuleStatus;
use jikim_core::sync::protocol::SyncRecord;
use jikim_hub::snapshot::{Snapshot, SnapshotClass, SnapshotRecord};
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

    /// A filter from text as a person types it: classes as `학년-반`, module ids, and the first
    /// and last day as `YYYY-MM-DD` (the window and the CLI both build theirs here).
    pub fn from_text(
        classes: &[String],
        modules: &[String],
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Filter> {
        Ok(Filter {
            classes: classes
                .iter()
                .map(|c| Filter::parse_class(c))
                .collect::<Result<_>>()?,
            modules: modules.to_vec(),
            from: from.map(Filter::parse_date).transpose()?,
            to: to.map(Filter::parse_date).transpose()?,
        })
    }

    /// The classes of `snap` the filter keeps, by grade and class number.
    pub fn classes_of<'a>(&self, snap: &'a Snapshot) -> Vec<&'a SnapshotClass> {
        let mut classes: Vec<_> = snap
            .classes
            .iter()
            .filter(|c| self.classes.is_empty() || self.classes.contains(&(c.grade, c.class_no)))
            .collect();
        classes.sort_by_key(|c| (c.grade, c.class_no));
        classes
    }

    fn keeps_record(&self, sr: &SnapshotRecord) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(t) = received(sr) else {
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
    /// The student's id on the hub (for the certificate's pseudonym; never printed).
    pub student: Uuid,
    pub module_id: String,
    pub module_title: String,
    /// The date the library's module states its law is current as of.
    pub law_as_of: String,
    /// The module version the reported result was taken against (none before a first record).
    pub module_version: Option<u32>,
    pub status: ModuleStatus,
    pub score_percent: Option<u32>,
    /// When the module was first passed, in Korean time.
    pub passed_at: Option<OffsetDateTime>,
    /// Active learning time on the module, in whole minutes (rounded up).
    pub active_minutes: u64,
    /// The minutes the module credits once passed (its `[credit]`; 0 if it declares none): what
    /// certificates and the ledger count, never time on task.
    pub credited_minutes: u64,
    /// Distinct attempts at the module.
    pub attempts: u32,
    /// The student was taken off the roster (전출/삭제됨); their results stay until purged.
    pub removed: bool,
}

impl CompletionRow {
    pub fn passed(&self) -> bool {
        self.status == ModuleStatus::Passed
    }
}

/// When the hub received a record, in Korean time: its own `received_at`, or for snapshots
/// written before hubs kept it, the record's `recorded_at`. `None` when neither is a time a report
/// can hold.
fn received(sr: &SnapshotRecord) -> Option<OffsetDateTime> {
    let parse =
        |s: &str| OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok();
    sr.received_at
        .as_deref()
        .and_then(parse)
        .or_else(|| parse(&sr.record.recorded_at))
        .and_then(crate::in_kst)
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
    let mut when: HashMap<Uuid, OffsetDateTime> = HashMap::new();
    for sr in &snap.records {
        if filter.keeps_record(sr) {
            if let Some(t) = received(sr) {
                when.insert(sr.record.id, t);
            }
            by_student
                .entry(sr.student)
                .or_default()
                .entry(sr.record.module_id.as_str())
                .or_default()
                .push(&sr.record);
        }
    }
    let classes = filter.classes_of(snap);
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
                // Only modules of the library have results; the hub refuses records of others.
                let Some(module) = library.module(module_id) else {
                    continue;
                };
                let standing = standing(module, &[], records);
                let passed_at = standing.passed_by.and_then(|id| when.get(&id).copied());
                rows.push(CompletionRow {
                    grade: class.grade,
                    class_no: class.class_no,
                    number: s.number,
                    name: s.name.clone(),
                    student: s.id,
                    module_id: module_id.to_string(),
                    module_title: module.title.clone(),
                    law_as_of: module.law_as_of.clone(),
                    module_version: standing.version,
                    status: standing.status,
                    score_percent: standing.score_percent,
                    passed_at,
                    active_minutes: standing.active_ms.div_ceil(60_000),
                    credited_minutes: module.credit.as_ref().map_or(0, |c| u64::from(c.minutes)),
                    attempts: standing.attempts,
                    removed: s.removed,
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
