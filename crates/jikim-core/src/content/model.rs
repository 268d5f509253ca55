//! The validated module model. Only [`super::load`] builds these, so every value here has passed
//! the checker: ids are unique, every item has a correct answer, every legal claim has a basis.

use crate::i18n::{messages as m, Msg};
use serde::{Deserialize, Serialize};

/// Who a module is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// 초등 고학년
    ElementaryUpper,
    /// 중학생
    Middle,
    /// 고등학생
    High,
    /// 교사
    Teacher,
}

impl Audience {
    /// Parses the format's spelling (`elementary-upper`, `middle`, `high`, `teacher`).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "elementary-upper" => Audience::ElementaryUpper,
            "middle" => Audience::Middle,
            "high" => Audience::High,
            "teacher" => Audience::Teacher,
            _ => return None,
        })
    }
}

/// A school's prevention-education requirement a module can count toward (issue 13). Which of
/// them a grade owes, and how many minutes, is the school's setting on its hub; the module only
/// says what it counts toward.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "kebab-case")]
pub enum Requirement {
    /// 성폭력 예방교육
    SexualViolencePrevention,
    /// 성교육
    SexEducation,
    /// 학교폭력 예방교육 (사이버폭력 포함)
    SchoolViolencePrevention,
}

impl Requirement {
    /// Every requirement, in the order reports list them.
    pub const ALL: [Requirement; 3] = [
        Requirement::SexualViolencePrevention,
        Requirement::SexEducation,
        Requirement::SchoolViolencePrevention,
    ];

    /// The format's spelling.
    pub fn id(self) -> &'static str {
        match self {
            Requirement::SexualViolencePrevention => "sexual-violence-prevention",
            Requirement::SexEducation => "sex-education",
            Requirement::SchoolViolencePrevention => "school-violence-prevention",
        }
    }

    /// Parses the format's spelling.
    pub fn parse(s: &str) -> Option<Self> {
        Requirement::ALL.into_iter().find(|r| r.id() == s)
    }

    /// Its name (`locales/*/content.ftl`).
    pub fn name(self) -> Msg {
        match self {
            Requirement::SexualViolencePrevention => {
                m::CONTENT_REQUIREMENT_SEXUAL_VIOLENCE_PREVENTION
            }
            Requirement::SexEducation => m::CONTENT_REQUIREMENT_SEX_EDUCATION,
            Requirement::SchoolViolencePrevention => {
                m::CONTENT_REQUIREMENT_SCHOOL_VIOLENCE_PREVENTION
            }
        }
    }
}

/// What completing a module credits (issue 13): its minutes toward each of its requirements,
/// when the hub graded a pass (never time on task).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    pub minutes: u32,
    pub requirements: Vec<Requirement>,
}

/// A source the module relies on (statute, government release, article).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// ISO date `YYYY-MM-DD`.
    pub date: String,
}

/// The statute and article a legal claim rests on.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalBasis {
    pub law: String,
    pub article: String,
    /// Id of one of the module's sources.
    pub source: String,
}

/// One lesson page.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    pub id: String,
    pub title: String,
    pub body: String,
    pub legal_basis: Vec<LegalBasis>,
}

/// One answer option of a choice item.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Choice {
    pub id: String,
    pub text: String,
    pub correct: bool,
    pub feedback: String,
}

/// The kinds of quiz item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// True/false (O/X).
    Ox,
    /// One correct option.
    Single,
    /// One or more correct options; correct only when the chosen set equals the correct set.
    Multi,
    /// A short story followed by a single-answer question.
    Scenario,
}

impl ItemKind {
    /// Parses the format's spelling.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "ox" => ItemKind::Ox,
            "single" => ItemKind::Single,
            "multi" => ItemKind::Multi,
            "scenario" => ItemKind::Scenario,
            _ => return None,
        })
    }

    /// Whether more than one option may be chosen.
    pub fn is_multi(self) -> bool {
        self == ItemKind::Multi
    }
}

/// One quiz item. OX items are stored as two choices, `o` and `x`, so grading treats every kind
/// alike; their display text comes from the UI's locale.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub prompt: String,
    pub scenario: Option<String>,
    pub choices: Vec<Choice>,
    pub explanation: String,
    pub legal_basis: Vec<LegalBasis>,
    pub misconception: Option<u32>,
}

impl Item {
    /// Ids of the correct choices, in file order.
    pub fn correct_ids(&self) -> Vec<&str> {
        self.choices
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.id.as_str())
            .collect()
    }

    /// The choice with this id.
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }
}

/// A validated module.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Module {
    pub id: String,
    pub version: u32,
    pub order: i64,
    pub language: String,
    pub title: String,
    pub summary: String,
    pub audience: Vec<Audience>,
    pub estimated_minutes: u32,
    /// Percent of first answers that must be correct to pass.
    pub pass_mark: u32,
    /// ISO date the module's law is current as of.
    pub law_as_of: String,
    /// What a pass credits; `None`: it counts toward no requirement (e.g. teachers' modules).
    /// (Defaulted: module versions a hub archived before credits existed have none.)
    #[serde(default)]
    pub credit: Option<Credit>,
    pub sources: Vec<Source>,
    pub pages: Vec<Page>,
    pub items: Vec<Item>,
}

impl Module {
    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }
}
