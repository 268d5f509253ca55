//! Jikim's core: everything the app, the CLI and (later) the hub share.
//!
//! The core knows nothing of Tauri or of any UI. It owns the content model and its validation
//! ([`content`]), grading and the study flow of a module ([`study`]), the learner database
//! ([`storage`]), Fluent messages for text the core produces ([`i18n`]), the help-page data
//! ([`help`]) and the one error type that crosses every boundary ([`error`]); [`generated`] writes
//! the checked-in files the tests generate from the Rust side.

pub mod content;
pub mod error;
pub mod facts;
pub mod generated;
pub mod help;
pub mod i18n;
pub mod korea;
pub mod limits;
pub mod logging;
pub mod provision;
pub mod secret;
pub mod storage;
pub mod study;
pub mod sync;
pub mod teacher;

pub use error::{CoreError, ErrorPayload};

/// The app version, shared by the CLI's `--version` and the app's about line.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
