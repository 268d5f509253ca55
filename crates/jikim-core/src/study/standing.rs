//! The one rule for a student's standing on a module. The student's own module list, the
//! teacher's live dashboard, the exports and the certificates all call [`standing`] with the
//! student's records of the module, so they cannot disagree.
//!
//! The rule:
//! - Records are taken in the order given: the hub's receive order on the hub and in reports, the
//!   order they were written on a student PC. Record ids and clocks written by a student PC never
//!   decide which attempt is newest or which pass came first.
//! - An attempt is graded against the module version it names: the current module, or an earlier
//!   version the caller still has (`older`). The `correct` flags of answers are used as stored:
//!   the hub overwrites them with its own grading before storing (`jikim-hub`), the student app
//!   writes its own.
//! - An attempt at a version nobody here has any more is judged by its completion record, which
//!   the hub also derives itself: a readable score that says "passed" is a pass with that score;
//!   an unreadable score is **not** a pass (it used to count as full marks).
//! - A student who has passed a module (any version) has passed it: the first pass is reported,
//!   with its score and version, and later attempts cannot undo it.
//! - Otherwise the student's newest attempt **at the current version** decides (in progress,
//!   not passed); an unfinished or failed attempt at an earlier version means "not started" on
//!   the current one, which is what the student sees when opening the module.
//! - Time on task is the sum of `active_ms` over every record of the module, in saturating
//!   arithmetic; attempts are the distinct attempt ids.

use super::flow;
use super::grading::percent;
use super::view::ModuleStatus;
use crate::content::Module;
use crate::facts::{AnswerFact, AttemptFacts};
use crate::storage::CompletionScore;
use crate::sync::protocol::{RecordKind, SyncRecord};
use std::collections::HashSet;
use uuid::Uuid;

/// A student's standing on one module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub status: ModuleStatus,
    /// First-round score of the reported attempt, once its first round is complete.
    pub score_percent: Option<u32>,
    /// First-round items answered in the reported attempt.
    pub answered: usize,
    /// The module version of the reported attempt (none when nothing counts yet).
    pub version: Option<u32>,
    /// The reported attempt: the first passing one, else the newest at the current version.
    pub attempt: Option<Uuid>,
    /// For a pass, the record that made it (the answer completing the first round, or the
    /// completion record of a version no longer held): its receive time dates the pass.
    pub passed_by: Option<Uuid>,
    /// Distinct attempts at the module, any version.
    pub attempts: u32,
    /// Active learning time on the module, any version, in milliseconds.
    pub active_ms: u64,
}

/// Facts of an attempt from wire records, in the order given.
pub fn facts_of(records: &[&SyncRecord]) -> AttemptFacts {
    let mut facts = AttemptFacts::default();
    for r in records {
        match r.kind {
            RecordKind::PageView => facts.page_views.push(r.page_index.unwrap_or(0) as usize),
            RecordKind::QuizStart => facts.quiz_started = true,
            RecordKind::Answer => facts.answers.push(AnswerFact {
                item_id: r.item_id.clone().unwrap_or_default(),
                round: r.round.unwrap_or(1),
                correct: r.correct.unwrap_or(false),
            }),
            RecordKind::Completion => {}
        }
    }
    facts
}

/// How one attempt ended (or stands).
struct Outcome {
    status: ModuleStatus,
    score_percent: Option<u32>,
    answered: usize,
    passed_by: Option<Uuid>,
}

/// The score a completion record states, when it can be read and is consistent.
fn stated_score(r: &SyncRecord) -> Option<CompletionScore> {
    r.response
        .as_deref()
        .and_then(|s| serde_json::from_str::<CompletionScore>(s).ok())
        .filter(|s| s.total > 0 && s.correct <= s.total)
}

fn outcome(module: &Module, older: &[&Module], version: u32, records: &[&SyncRecord]) -> Outcome {
    let graded_with = if version == module.version {
        Some(module)
    } else {
        older
            .iter()
            .copied()
            .find(|m| m.id == module.id && m.version == version)
    };
    if let Some(m) = graded_with {
        let facts = facts_of(records);
        let p = flow::progress(m, &facts);
        let passed_by = (p.status == ModuleStatus::Passed)
            .then(|| first_round_completed_by(m, records))
            .flatten();
        return Outcome {
            status: p.status,
            score_percent: p.score_percent,
            answered: p.answered,
            passed_by,
        };
    }
    // A version no longer held: its completion record says how it ended.
    let answered = records
        .iter()
        .filter(|r| r.kind == RecordKind::Answer && r.round == Some(1))
        .filter_map(|r| r.item_id.as_deref())
        .collect::<HashSet<_>>()
        .len();
    let completion = records
        .iter()
        .find(|r| r.kind == RecordKind::Completion)
        .map(|r| (*r, stated_score(r)));
    match completion {
        Some((r, Some(score))) => {
            let passed = r.correct == Some(true) && score.passed;
            Outcome {
                status: if passed {
                    ModuleStatus::Passed
                } else {
                    ModuleStatus::NotPassed
                },
                score_percent: Some(percent(score.correct, score.total)),
                answered,
                passed_by: passed.then_some(r.id),
            }
        }
        _ => Outcome {
            status: ModuleStatus::InProgress,
            score_percent: None,
            answered,
            passed_by: None,
        },
    }
}

/// The record at which every item of `module` had a first-round answer.
fn first_round_completed_by(module: &Module, records: &[&SyncRecord]) -> Option<Uuid> {
    let mut seen: HashSet<&str> = HashSet::new();
    for r in records {
        if r.kind != RecordKind::Answer || r.round != Some(1) {
            continue;
        }
        if let Some(item) = r.item_id.as_deref().and_then(|i| module.item(i)) {
            seen.insert(item.id.as_str());
            if seen.len() == module.items.len() {
                return Some(r.id);
            }
        }
    }
    None
}

/// The standing of one student on `module` from their records (any module's records may be
/// passed; only `module`'s count), in receive order. `older` holds earlier versions of the module
/// the caller still has (may be empty).
pub fn standing(module: &Module, older: &[&Module], records: &[&SyncRecord]) -> Standing {
    let mine: Vec<&SyncRecord> = records
        .iter()
        .copied()
        .filter(|r| r.module_id == module.id)
        .collect();
    let mut order: Vec<(Uuid, u32)> = Vec::new();
    let mut seen: HashSet<Uuid> = HashSet::new();
    for r in &mine {
        if seen.insert(r.attempt_id) {
            order.push((r.attempt_id, r.module_version));
        }
    }
    let active_ms = mine
        .iter()
        .fold(0u64, |sum, r| sum.saturating_add(r.active_ms));
    let attempts = u32::try_from(order.len()).unwrap_or(u32::MAX);
    // An attempt's records: those at the version its first record named (a forged record at
    // another version cannot join it).
    let of = |attempt: Uuid, version: u32| -> Vec<&SyncRecord> {
        mine.iter()
            .copied()
            .filter(|r| r.attempt_id == attempt && r.module_version == version)
            .collect()
    };
    for &(attempt, version) in &order {
        let o = outcome(module, older, version, &of(attempt, version));
        if o.status == ModuleStatus::Passed {
            return Standing {
                status: o.status,
                score_percent: o.score_percent,
                answered: o.answered,
                version: Some(version),
                attempt: Some(attempt),
                passed_by: o.passed_by,
                attempts,
                active_ms,
            };
        }
    }
    match current_attempt_id(module, &mine) {
        Some(attempt) => {
            let o = outcome(module, older, module.version, &of(attempt, module.version));
            Standing {
                status: o.status,
                score_percent: o.score_percent,
                answered: o.answered,
                version: Some(module.version),
                attempt: Some(attempt),
                passed_by: None,
                attempts,
                active_ms,
            }
        }
        None => Standing {
            status: ModuleStatus::NotStarted,
            score_percent: None,
            answered: 0,
            version: None,
            attempt: None,
            passed_by: None,
            attempts,
            active_ms,
        },
    }
}

/// The attempt of the newest record (in the order given) at the current version of `module`.
fn current_attempt_id(module: &Module, records: &[&SyncRecord]) -> Option<Uuid> {
    records
        .iter()
        .rev()
        .find(|r| r.module_id == module.id && r.module_version == module.version)
        .map(|r| r.attempt_id)
}

/// The records of a student's current attempt at the current version of `module` (the attempt
/// of the newest record at that version, in the order given), for views that show one attempt's
/// answers (item analysis, a student's detail).
pub fn current_attempt<'a>(module: &Module, records: &[&'a SyncRecord]) -> Vec<&'a SyncRecord> {
    match current_attempt_id(module, records) {
        Some(a) => records
            .iter()
            .copied()
            .filter(|r| r.attempt_id == a && r.module_version == module.version)
            .collect(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;
    use std::path::Path;

    fn sample(version: u32) -> Module {
        let src = include_str!("../../../../tests/fixtures/modules/sample.toml").replacen(
            "version = 1",
            &format!("version = {version}"),
            1,
        );
        let today = time::macros::date!(2026 - 11 - 24);
        parse_module(&src, Path::new("sample.toml"), today).expect("fixture is valid")
    }

    fn rec(attempt: Uuid, version: u32, kind: RecordKind, item: Option<&str>) -> SyncRecord {
        SyncRecord {
            id: Uuid::now_v7(),
            attempt_id: attempt,
            module_id: "sample".into(),
            module_version: version,
            kind,
            page_index: (kind == RecordKind::PageView).then_some(0),
            item_id: item.map(str::to_string),
            round: item.map(|_| 1),
            response: None,
            correct: None,
            recorded_at: "2026-11-24T10:00:00Z".into(),
            active_ms: 60_000,
        }
    }

    /// Every item answered in round 1, `right` of them correctly.
    fn attempt(m: &Module, right: usize) -> Vec<SyncRecord> {
        let a = Uuid::now_v7();
        let mut out = vec![rec(a, m.version, RecordKind::PageView, None)];
        for (i, item) in m.items.iter().enumerate() {
            let mut r = rec(a, m.version, RecordKind::Answer, Some(&item.id));
            r.correct = Some(i < right);
            out.push(r);
        }
        out
    }

    fn completion(attempt: Uuid, version: u32, response: &str, correct: bool) -> SyncRecord {
        let mut r = rec(attempt, version, RecordKind::Completion, None);
        r.response = Some(response.into());
        r.correct = Some(correct);
        r
    }

    fn refs(v: &[SyncRecord]) -> Vec<&SyncRecord> {
        v.iter().collect()
    }

    #[test]
    fn a_forged_completion_without_answers_is_not_a_pass() {
        let m = sample(1);
        let forged = completion(
            Uuid::now_v7(),
            1,
            r#"{"correct":5,"total":5,"passed":true}"#,
            true,
        );
        let s = standing(&m, &[], &[&forged]);
        assert_eq!(
            s.status,
            ModuleStatus::NotStarted,
            "no page read, no answer given"
        );
        assert_eq!(s.score_percent, None);
    }

    #[test]
    fn an_unreadable_score_on_an_old_version_is_not_full_marks() {
        let m = sample(2);
        let a = Uuid::now_v7();
        let old = [
            rec(a, 1, RecordKind::PageView, None),
            completion(a, 1, "not json", true),
        ];
        let s = standing(&m, &[], &refs(&old));
        assert_eq!(
            (s.status, s.score_percent, s.version),
            (ModuleStatus::NotStarted, None, None)
        );
        let readable = [
            rec(a, 1, RecordKind::PageView, None),
            completion(a, 1, r#"{"correct":3,"total":4,"passed":true}"#, true),
        ];
        let s = standing(&m, &[], &refs(&readable));
        assert_eq!(
            (s.status, s.score_percent, s.version),
            (ModuleStatus::Passed, Some(75), Some(1))
        );
        assert_eq!(s.passed_by, Some(readable[1].id));
    }

    #[test]
    fn an_old_version_still_held_is_graded_from_its_answers_not_its_completion() {
        let v1 = sample(1);
        let v2 = sample(2);
        let mut failed = attempt(&v1, 0);
        let a = failed[0].attempt_id;
        failed.push(completion(
            a,
            1,
            r#"{"correct":9,"total":9,"passed":true}"#,
            true,
        ));
        let s = standing(&v2, &[&v1], &refs(&failed));
        assert_eq!(
            s.status,
            ModuleStatus::NotStarted,
            "failed v1 answers, no v2 attempt"
        );
    }

    #[test]
    fn a_pass_stays_a_pass_and_the_first_pass_is_reported() {
        let m = sample(1);
        let n = m.items.len();
        let mut records = attempt(&m, n);
        let first_pass_by = records.last().map(|r| r.id);
        records.extend(attempt(&m, 0));
        let s = standing(&m, &[], &refs(&records));
        assert_eq!(
            (s.status, s.score_percent, s.attempts),
            (ModuleStatus::Passed, Some(100), 2)
        );
        assert_eq!(s.passed_by, first_pass_by);
        assert_eq!(s.active_ms, 60_000 * records.len() as u64);
    }

    #[test]
    fn receive_order_not_record_ids_decides_the_current_attempt() {
        let m = sample(1);
        // The newer attempt carries an id far in the future: it does not pin itself as current.
        let mut pinned = attempt(&m, 0);
        pinned.truncate(2);
        let future = Uuid::parse_str("ffffffff-ffff-7fff-bfff-ffffffffffff").expect("uuid");
        for r in &mut pinned {
            r.id = future;
            r.attempt_id = future;
        }
        let later = attempt(&m, 0);
        let mut records = pinned.clone();
        records.extend(later.iter().cloned());
        let s = standing(&m, &[], &refs(&records));
        assert_eq!(s.attempt, Some(later[0].attempt_id));
        assert_eq!(s.status, ModuleStatus::NotPassed);
    }

    #[test]
    fn time_on_task_saturates_instead_of_overflowing() {
        let m = sample(1);
        let mut records = attempt(&m, 1);
        for r in &mut records {
            r.active_ms = u64::MAX / 2;
        }
        assert_eq!(standing(&m, &[], &refs(&records)).active_ms, u64::MAX);
    }
}
