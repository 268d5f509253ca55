//! View models: what the UI renders, computed by the core (the UI holds no business rules).
//! Serialized with camelCase names for TypeScript; `ui/src/api/types.ts` mirrors them.

use crate::content::{ItemKind, LegalBasis, Module};
use serde::Serialize;
use uuid::Uuid;

/// A legal basis with its source's title and address resolved.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LegalBasisView {
    pub law: String,
    pub article: String,
    pub source_title: String,
    pub source_url: String,
}

impl LegalBasisView {
    /// Resolves bases against the module's sources.
    pub fn list(module: &Module, bases: &[LegalBasis]) -> Vec<LegalBasisView> {
        bases
            .iter()
            .map(|b| {
                let source = module.sources.iter().find(|s| s.id == b.source);
                LegalBasisView {
                    law: b.law.clone(),
                    article: b.article.clone(),
                    source_title: source.map(|s| s.title.clone()).unwrap_or_default(),
                    source_url: source.map(|s| s.url.clone()).unwrap_or_default(),
                }
            })
            .collect()
    }
}

/// What every study screen shows about its module.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleHeader {
    pub id: String,
    pub title: String,
    pub version: u32,
    pub law_as_of: String,
    pub page_count: usize,
    pub item_count: usize,
    pub pass_mark: u32,
    pub estimated_minutes: u32,
}

impl ModuleHeader {
    /// The header of a module.
    pub fn of(m: &Module) -> ModuleHeader {
        ModuleHeader {
            id: m.id.clone(),
            title: m.title.clone(),
            version: m.version,
            law_as_of: m.law_as_of.clone(),
            page_count: m.pages.len(),
            item_count: m.items.len(),
            pass_mark: m.pass_mark,
            estimated_minutes: m.estimated_minutes,
        }
    }
}

/// A lesson page.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PageView {
    pub index: usize,
    pub total: usize,
    pub id: String,
    pub title: String,
    pub body: String,
    pub legal_basis: Vec<LegalBasisView>,
}

/// An answer option as shown (no correctness).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionView {
    pub id: String,
    pub text: String,
}

/// A quiz item as shown, options in this attempt's order.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemView {
    pub id: String,
    pub kind: ItemKind,
    pub multi: bool,
    pub prompt: String,
    pub scenario: Option<String>,
    pub options: Vec<OptionView>,
    /// 1-based position within the round.
    pub number: usize,
    /// Items in the round.
    pub count: usize,
    pub round: u32,
}

/// Feedback for one chosen option.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChosenFeedback {
    pub id: String,
    pub text: String,
    pub correct: bool,
    pub feedback: String,
}

/// Immediate feedback after an answer.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackView {
    pub item_id: String,
    pub correct: bool,
    pub chosen: Vec<ChosenFeedback>,
    pub correct_options: Vec<OptionView>,
    pub explanation: String,
    pub legal_basis: Vec<LegalBasisView>,
}

/// One row of the result's per-item review.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewRow {
    pub item_id: String,
    pub prompt: String,
    pub first_correct: bool,
    pub mastered: bool,
    pub explanation: String,
}

/// The result of a round.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ResultView {
    pub correct: u32,
    pub total: u32,
    pub percent: u32,
    pub passed: bool,
    pub pass_mark: u32,
    pub round: u32,
    /// Items whose latest answer is still wrong.
    pub missed: usize,
    pub active_minutes: u64,
    pub review: Vec<ReviewRow>,
}

/// What the study screen shows now.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum StudyState {
    Page { page: PageView },
    Item { item: ItemView },
    Result { result: ResultView },
}

/// A study screen: the attempt, its module and the state.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StudyView {
    pub attempt_id: Uuid,
    pub module: ModuleHeader,
    pub state: StudyState,
}

/// The answer's feedback and the screen that follows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOutcome {
    pub feedback: FeedbackView,
    pub next: StudyView,
}

/// A learner's status on a module.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ModuleStatus {
    NotStarted,
    InProgress,
    Passed,
    NotPassed,
}

/// One row of the module list.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub audience: Vec<crate::content::Audience>,
    pub estimated_minutes: u32,
    pub law_as_of: String,
    pub pass_mark: u32,
    pub item_count: usize,
    pub answered: usize,
    pub status: ModuleStatus,
    pub score_percent: Option<u32>,
    /// Due date (`YYYY-MM-DD`) when the teacher assigned the module.
    pub due: Option<String>,
}
