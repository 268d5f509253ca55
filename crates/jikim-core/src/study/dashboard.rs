//! Class results for the teacher, computed from the learning records the hub holds (in receive
//! order) with the one standing rule the student app and the exports use ([`super::standing`]), so a
//! teacher sees exactly what the student saw.

use super::flow;
use super::grading::percent;
use super::standing::{current_attempt, facts_of, standing};
use super::view::ModuleStatus;
use crate::content::{Library, Module};
use crate::sync::protocol::{RecordKind, SyncRecord};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// One student on the roster.
#[derive(Debug, Clone)]
pub struct RosterStudent {
    pub student_id: Uuid,
    pub number: u32,
    pub name: String,
}

/// A student's standing on one module.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StudentCell {
    pub module_id: String,
    pub status: ModuleStatus,
    pub score_percent: Option<u32>,
    pub answered: usize,
    pub active_minutes: u64,
}

/// A roster row of the dashboard.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StudentRow {
    pub number: u32,
    pub name: String,
    pub cells: Vec<StudentCell>,
    /// Records of this student the hub refused and set aside (counted in no result): the teacher
    /// sees that something did not arrive as sent. Filled by the hub's caller; 0 here.
    pub set_aside: u64,
    /// Pushes the hub refused whole because they wrote into another student's attempt (403).
    pub refused_pushes: u64,
    /// Requests sent with a sign-in that had ended or been revoked (401).
    pub ended_sign_ins: u64,
}

/// A module column with its completion.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleColumn {
    pub id: String,
    pub title: String,
    pub item_count: usize,
    pub passed: usize,
    pub enrolled: usize,
    /// Whole percent of the enrolled who passed (`grading::percent`): the UI shows it as is.
    pub passed_percent: u32,
}

/// The whole dashboard.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ClassResults {
    pub modules: Vec<ModuleColumn>,
    pub students: Vec<StudentRow>,
}

/// The most chosen wrong option of an item.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WrongOption {
    pub id: String,
    pub text: String,
    pub count: usize,
}

/// Item analysis for one item (first-round answers of each student's current attempt).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemStat {
    pub item_id: String,
    pub prompt: String,
    pub answered: usize,
    pub correct: usize,
    /// Whole percent of the answers that were right (`grading::percent`): the UI shows it as is.
    pub correct_percent: u32,
    pub top_wrong: Option<WrongOption>,
}

/// `part` of `whole` in whole percent, by the one rounding rule ([`percent`]).
fn share(part: usize, whole: usize) -> u32 {
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    percent(count(part), count(whole))
}

fn by_student(records: &[(Uuid, SyncRecord)]) -> HashMap<Uuid, Vec<&SyncRecord>> {
    let mut map: HashMap<Uuid, Vec<&SyncRecord>> = HashMap::new();
    for (s, r) in records {
        map.entry(*s).or_default().push(r);
    }
    map
}

/// The dashboard of a class: every roster student × every module of the library.
pub fn class_results(
    library: &Library,
    roster: &[RosterStudent],
    records: &[(Uuid, SyncRecord)],
) -> ClassResults {
    let per_student = by_student(records);
    let empty = Vec::new();
    let mut modules: Vec<ModuleColumn> = library
        .modules
        .iter()
        .map(|m| ModuleColumn {
            id: m.id.clone(),
            title: m.title.clone(),
            item_count: m.items.len(),
            passed: 0,
            enrolled: roster.len(),
            passed_percent: 0,
        })
        .collect();
    let students = roster
        .iter()
        .map(|s| {
            let mine = per_student.get(&s.student_id).unwrap_or(&empty);
            let cells = library
                .modules
                .iter()
                .zip(modules.iter_mut())
                .map(|(m, col)| {
                    let standing = standing(m, &[], mine);
                    if standing.status == ModuleStatus::Passed {
                        col.passed += 1;
                    }
                    StudentCell {
                        module_id: m.id.clone(),
                        status: standing.status,
                        score_percent: standing.score_percent,
                        answered: standing.answered,
                        active_minutes: standing.active_ms.div_ceil(60_000),
                    }
                })
                .collect();
            StudentRow {
                number: s.number,
                name: s.name.clone(),
                cells,
                set_aside: 0,
                refused_pushes: 0,
                ended_sign_ins: 0,
            }
        })
        .collect();
    for col in &mut modules {
        col.passed_percent = share(col.passed, col.enrolled);
    }
    ClassResults { modules, students }
}

/// Item analysis of one module: share correct and the most chosen wrong option per item.
pub fn item_analysis(
    module: &Module,
    roster: &[RosterStudent],
    records: &[(Uuid, SyncRecord)],
) -> Vec<ItemStat> {
    let per_student = by_student(records);
    let mut answered: BTreeMap<&str, (usize, usize, BTreeMap<String, usize>)> = BTreeMap::new();
    for s in roster {
        let Some(mine) = per_student.get(&s.student_id) else {
            continue;
        };
        for r in current_attempt(module, mine)
            .into_iter()
            .filter(|r| r.kind == RecordKind::Answer && r.round == Some(1))
        {
            let Some(item) = r.item_id.as_deref().and_then(|i| module.item(i)) else {
                continue;
            };
            let e = answered.entry(item.id.as_str()).or_default();
            e.0 += 1;
            if r.correct == Some(true) {
                e.1 += 1;
            } else {
                let chosen: Vec<String> = r
                    .response
                    .as_deref()
                    .and_then(|j| serde_json::from_str(j).ok())
                    .unwrap_or_default();
                for c in chosen
                    .into_iter()
                    .filter(|c| item.choice(c).is_some_and(|ch| !ch.correct))
                {
                    *e.2.entry(c).or_default() += 1;
                }
            }
        }
    }
    module
        .items
        .iter()
        .map(|item| {
            let (n, ok, wrong) = answered.remove(item.id.as_str()).unwrap_or_default();
            let top_wrong = wrong
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .and_then(|(id, count)| {
                    item.choice(&id).map(|c| WrongOption {
                        id,
                        text: c.text.clone(),
                        count,
                    })
                });
            ItemStat {
                item_id: item.id.clone(),
                prompt: item.prompt.clone(),
                answered: n,
                correct: ok,
                correct_percent: share(ok, n),
                top_wrong,
            }
        })
        .collect()
}

/// One item of a student's detail view.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StudentItem {
    pub item_id: String,
    pub prompt: String,
    /// First-round answer: `Some(true)` right, `Some(false)` wrong, `None` not yet answered.
    pub first_correct: Option<bool>,
    /// Texts of the options chosen in the first round.
    pub first_chosen: Vec<String>,
    /// Whether the latest answer is right.
    pub mastered: bool,
}

/// A student's answers to one module (their current attempt), for the teacher's detail view.
pub fn student_detail(
    module: &Module,
    student: Uuid,
    records: &[(Uuid, SyncRecord)],
) -> Vec<StudentItem> {
    let mine: Vec<&SyncRecord> = records
        .iter()
        .filter(|(s, _)| *s == student)
        .map(|(_, r)| r)
        .collect();
    let attempt = current_attempt(module, &mine);
    let facts = facts_of(&attempt);
    module
        .items
        .iter()
        .map(|item| {
            let first = attempt.iter().find(|r| {
                r.kind == RecordKind::Answer
                    && r.round == Some(1)
                    && r.item_id.as_deref() == Some(item.id.as_str())
            });
            let chosen: Vec<String> = first
                .and_then(|r| r.response.as_deref())
                .and_then(|j| serde_json::from_str::<Vec<String>>(j).ok())
                .unwrap_or_default()
                .iter()
                .filter_map(|id| item.choice(id).map(|c| c.text.clone()))
                .collect();
            StudentItem {
                item_id: item.id.clone(),
                prompt: item.prompt.clone(),
                first_correct: first.and_then(|r| r.correct),
                first_chosen: chosen,
                mastered: flow::mastered(&facts, &item.id),
            }
        })
        .collect()
}
