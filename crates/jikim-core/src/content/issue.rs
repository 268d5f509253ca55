//! Problems found in a module file, each with the file and line, rendered through Fluent
//! (`locales/*/content.ftl`) as `file:line: message`.

use crate::i18n::Localizer;
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
    /// The Fluent message id for this issue.
    pub fn message_id(&self) -> &'static str {
        match self {
            IssueKind::Syntax { .. } => "content-issue-syntax",
            IssueKind::MissingKey { .. } => "content-issue-missing-key",
            IssueKind::EmptyText { .. } => "content-issue-empty-text",
            IssueKind::UnsupportedFormat { .. } => "content-issue-unsupported-format",
            IssueKind::BadId { .. } => "content-issue-bad-id",
            IssueKind::IdMismatch { .. } => "content-issue-id-mismatch",
            IssueKind::DuplicateId { .. } => "content-issue-duplicate-id",
            IssueKind::OutOfRange { .. } => "content-issue-out-of-range",
            IssueKind::BadAudience { .. } => "content-issue-bad-audience",
            IssueKind::BadRequirement { .. } => "content-issue-bad-requirement",
            IssueKind::BadLanguage { .. } => "content-issue-bad-language",
            IssueKind::BadKind { .. } => "content-issue-bad-kind",
            IssueKind::BadDate { .. } => "content-issue-bad-date",
            IssueKind::BadUrl { .. } => "content-issue-bad-url",
            IssueKind::NoCorrectAnswer { .. } => "content-issue-no-correct-answer",
            IssueKind::TooManyCorrect { .. } => "content-issue-too-many-correct",
            IssueKind::OptionCount { .. } => "content-issue-option-count",
            IssueKind::KeyNotForKind { .. } => "content-issue-key-not-for-kind",
            IssueKind::UnknownSource { .. } => "content-issue-unknown-source",
            IssueKind::MissingLegalBasis { .. } => "content-issue-missing-legal-basis",
            IssueKind::TooLarge { .. } => "content-issue-too-large",
            IssueKind::ArticleNotInBasis { .. } => "content-issue-article-not-in-basis",
            IssueKind::KnownError { .. } => "content-issue-known-error",
            IssueKind::RequiredMissing { .. } => "content-issue-required-missing",
        }
    }

    /// Fluent arguments of the message.
    pub fn args(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            IssueKind::Syntax { detail } => vec![("detail", detail.clone())],
            IssueKind::MissingKey { key } | IssueKind::EmptyText { key } => {
                vec![("key", key.clone())]
            }
            IssueKind::UnsupportedFormat { found } => vec![("found", found.to_string())],
            IssueKind::BadId { id } => vec![("id", id.clone())],
            IssueKind::IdMismatch { id, file_stem } => {
                vec![("id", id.clone()), ("file", file_stem.clone())]
            }
            IssueKind::DuplicateId { id, first_line } => {
                vec![("id", id.clone()), ("line", first_line.to_string())]
            }
            IssueKind::OutOfRange { key, min, max } => vec![
                ("key", key.clone()),
                ("min", min.to_string()),
                ("max", max.to_string()),
            ],
            IssueKind::BadAudience { value }
            | IssueKind::BadRequirement { value }
            | IssueKind::BadLanguage { value }
            | IssueKind::BadKind { value } => vec![("value", value.clone())],
            IssueKind::BadDate { key } => vec![("key", key.clone())],
            IssueKind::BadUrl { url } => vec![("url", url.clone())],
            IssueKind::NoCorrectAnswer { item } => vec![("item", item.clone())],
            IssueKind::TooManyCorrect { item, count } => {
                vec![("item", item.clone()), ("count", count.to_string())]
            }
            IssueKind::OptionCount { item, count } => {
                vec![("item", item.clone()), ("count", count.to_string())]
            }
            IssueKind::KeyNotForKind { key, kind } => {
                vec![("key", key.clone()), ("kind", kind.clone())]
            }
            IssueKind::UnknownSource { source } => vec![("source", source.clone())],
            IssueKind::MissingLegalBasis { id } => vec![("id", id.clone())],
            IssueKind::TooLarge { bytes, max } => {
                vec![("bytes", bytes.to_string()), ("max", max.to_string())]
            }
            IssueKind::ArticleNotInBasis { id, article } => {
                vec![("id", id.clone()), ("article", article.clone())]
            }
            IssueKind::KnownError {
                id,
                finding,
                phrase,
            } => vec![
                ("id", id.clone()),
                ("finding", finding.clone()),
                ("phrase", phrase.clone()),
            ],
            IssueKind::RequiredMissing { finding, what } => {
                vec![("finding", finding.clone()), ("what", what.clone())]
            }
        };
        pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
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
            l10n.format(self.kind.message_id(), &self.kind.args())
        )
    }
}
