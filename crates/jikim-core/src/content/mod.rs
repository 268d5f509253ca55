//! Modules as data: the validated model ([`model`]), the TOML loader that reports `file:line`
//! issues ([`load`]) and the library of all modules in a folder ([`library`]).
//! The format is documented in `docs/content-format.md`.

pub mod issue;
pub mod library;
pub mod load;
pub mod model;
pub mod review;

pub use issue::{ContentIssue, IssueKind};
pub use library::{BrokenModule, LazyLibrary, Library};
pub use load::{article_refs, load_module_file, parse_module, states_law};
pub use model::{
    Audience, Choice, Credit, Item, ItemKind, LegalBasis, Module, Page, Requirement, Source,
};
pub use review::ReviewRules;

pub use time::{Date, Month};

/// Today's date in Korea, the upper bound for `law_as_of`: a module whose law is current as of
/// today is valid from midnight in Korea, not from 09:00 (midnight UTC).
pub fn today() -> Date {
    crate::korea::today_kst()
}
