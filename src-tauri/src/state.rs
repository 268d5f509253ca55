//! The app's state: the study service (or the error that kept it from opening), the signed-in
//! learner of this window, and the help data.

use crate::paths::AppPaths;
use jikim_core::content::Library;
use jikim_core::help::Help;
use jikim_core::storage::{Db, Learner};
use jikim_core::study::StudyService;
use jikim_core::ErrorPayload;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// A module file that failed to load, for the error notice.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BrokenView {
    pub file: String,
    pub issues: Vec<IssueView>,
}

/// One issue, rendered by the UI in the learner's language.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IssueView {
    pub line: usize,
    pub message_id: String,
    pub args: BTreeMap<String, String>,
}

/// Everything the commands share.
pub struct AppState {
    pub service: Result<StudyService, ErrorPayload>,
    pub learner: Mutex<Option<Learner>>,
    pub help: Result<Help, ErrorPayload>,
    pub broken: Vec<BrokenView>,
}

impl AppState {
    /// Loads content and opens the database. Failures are kept, not raised: the window must
    /// always open and show a clear error screen.
    pub fn open(paths: &AppPaths) -> AppState {
        let today = time_today();
        let library = Library::load_dir(&paths.modules, today);
        let broken = library
            .broken
            .iter()
            .map(|b| BrokenView {
                file: b.file.display().to_string(),
                issues: b
                    .issues
                    .iter()
                    .map(|i| IssueView {
                        line: i.line,
                        message_id: i.kind.message_id().to_string(),
                        args: i.kind.args(),
                    })
                    .collect(),
            })
            .collect();
        let service = Db::open(&paths.database)
            .map(|db| StudyService::new(library, db))
            .map_err(|e| e.payload());
        AppState {
            service,
            learner: Mutex::new(None),
            help: Help::load(&paths.help).map_err(|e| e.payload()),
            broken,
        }
    }

    /// The signed-in learner, if any.
    pub fn learner(&self) -> Option<Learner> {
        self.learner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Replaces the signed-in learner.
    pub fn set_learner(&self, learner: Option<Learner>) {
        *self.learner.lock().unwrap_or_else(|p| p.into_inner()) = learner;
    }
}

fn time_today() -> jikim_core::content::Date {
    jikim_core::content::today()
}
