//! Problems found in a module file, each with the file and line, rendered through Fluent
//! (`locales/*/content.ftl`) as `file:line: message`.

use crate::i18n::{messages as m, Localizer, Message};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What is wrong. Each kind maps to one `content-issue-*` Fluent message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// TOML syntax or type error, or an unknown key; `detail` is the parser's own text.
    Syntax { detail: String },
    /// A required key is absent.
    MissingKey { key: String },
    /// A text value is empty or only whitespace.
    EmptyText { key: String },
    /// `format` is a version this build does not read.
    UnsupportedFormat { found: i64 },
    /// An id is not lowercase `a-z0-9-`.
    BadId { id: String },
    /// The module id differs from the file name.
    IdMismatch { id: String, file_stem: String },
    /// Two pages, items, sources or options share an id.
    DuplicateId { id: String, first_line: usize },
    /// A number is out of its allowed range.
    OutOfRange { key: String, min: i64, max: i64 },
    /// An `audience` value outside the list.
    BadAudience { value: String },
    /// A `[credit] requirements` value outside the list.
    BadRequirement { value: String },
    /// `language` is not `ko` or `en`.
    BadLanguage { value: String },
    /// `kind` is not one of the item kinds.
    BadKind { value: String },
    /// `law_as_of` or a date is not a plain date, or is in the future.
    BadDate { key: String },
    /// A URL that is not http(s).
    BadUrl { url: String },
    /// An item has no correct answer.
    NoCorrectAnswer { item: String },
    /// A single/scenario item has more than one correct option.
    TooManyCorrect { item: String, count: usize },
    /// Too few or too many options.
    OptionCount { item: String, count: usize },
    /// A key that does not belong to this kind of item (e.g. `options` on an OX item).
    KeyNotForKind { key: String, kind: String },
    /// `legal_basis.source` names no source of the module.
    UnknownSource { source: String },
    /// Text states law or a penalty but carries no `legal_basis`.
    MissingLegalBasis { id: String },
    /// The file is larger than any module should be.
    TooLarge { bytes: u64, max: u64 },
    /// A page or item names an article (`제14조의2`) that its `legal_basis` does not list.
    ArticleNotInBasis { id: String, article: String },
    /// A page or item repeats a sentence the legal review found wrong (`assets/review/known-errors.toml`).
    KnownError {
        id: String,
        finding: String,
        phrase: String,
    },
    /// The module no longer makes a statement the legal review required (article and/or text).
    RequiredMissing { finding: String, what: String },
}

impl IssueKind {
    /// The issue's message (`content-issue-*`) with its arguments.
    pub fn message(&self) -> Message {
        match self {
            IssueKind::Syntax { detail } => m::ContentIssueSyntax { detail }.into(),
            IssueKind::MissingKey { key } => m::ContentIssueMissingKey { key }.into(),
            IssueKind::EmptyText { key } => m::ContentIssueEmptyText { key }.into(),
            IssueKind::UnsupportedFormat { found } => {
                m::ContentIssueUnsupportedFormat { found }.into()
            }
            IssueKind::BadId { id } => m::ContentIssueBadId { id }.into(),
            IssueKind::IdMismatch { id, file_stem } => m::ContentIssueIdMismatch {
                id,
                file: file_stem,
            }
            .into(),
            IssueKind::DuplicateId { id, first_line } => m::ContentIssueDuplicateId {
                id,
                line: first_line,
            }
            .into(),
            IssueKind::OutOfRange { key, min, max } => {
                m::ContentIssueOutOfRange { key, min, max }.into()
            }
            IssueKind::BadAudience { value } => m::ContentIssueBadAudience { value }.into(),
            IssueKind::BadRequirement { value } => m::ContentIssueBadRequirement { value }.into(),
            IssueKind::BadLanguage { value } => m::ContentIssueBadLanguage { value }.into(),
            IssueKind::BadKind { value } => m::ContentIssueBadKind { value }.into(),
            IssueKind::BadDate { key } => m::ContentIssueBadDate { key }.into(),
            IssueKind::BadUrl { url } => m::ContentIssueBadUrl { url }.into(),
            IssueKind::NoCorrectAnswer { item } => m::ContentIssueNoCorrectAnswer { item }.into(),
            IssueKind::TooManyCorrect { item, count } => {
                m::ContentIssueTooManyCorrect { item, count }.into()
            }
            IssueKind::OptionCount { item, count } => {
                m::ContentIssueOptionCount { item, count }.into()
            }
            IssueKind::KeyNotForKind { key, kind } => {
                m::ContentIssueKeyNotForKind { key, kind }.into()
            }
            IssueKind::UnknownSource { source } => m::ContentIssueUnknownSource { source }.into(),
            IssueKind::MissingLegalBasis { id } => m::ContentIssueMissingLegalBasis { id }.into(),
            IssueKind::TooLarge { bytes, max } => m::ContentIssueTooLarge { bytes, max }.into(),
            IssueKind::ArticleNotInBasis { id, article } => {
                m::ContentIssueArticleNotInBasis { id, article }.into()
            }
            IssueKind::KnownError {
                id,
                finding,
                phrase,
            } => m::ContentIssueKnownError {
                id,
                finding,
                phrase,
            }
            .into(),
            IssueKind::RequiredMissing { finding, what } => {
                m::ContentIssueRequiredMissing { finding, what }.into()
            }
        }
    }

    /// The Fluent id of [`IssueKind::message`] (for an issue sent to the window as data).
    pub fn message_id(&self) -> String {
        self.message().id().to_string()
    }

    /// The arguments of [`IssueKind::message`].
    pub fn args(&self) -> BTreeMap<String, String> {
        self.message().args().clone()
    }
}

/// One problem in one file at one line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentIssue {
    pub file: PathBuf,
    pub line: usize,
    pub kind: IssueKind,
}

impl ContentIssue {
    /// `file:line: message` in the localizer's language.
    pub fn render(&self, l10n: &Localizer) -> String {
        format!(
            "{}:{}: {}",
            self.file.display(),
            self.line,
            l10n.text(self.kind.message())
        )
    }
}
