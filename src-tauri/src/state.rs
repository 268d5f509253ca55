//! The app's state: the study service (or the error that kept it from opening), the signed-in
//! learner of this window, and the help data.

use crate::paths::AppPaths;
use jikim_core::content::Library;
use jikim_core::help::Help;
use jikim_core::storage::{Db, Learner};
use jikim_core::study::StudyService;
use jikim_core::sync::protocol::Assignment;
use jikim_core::ErrorPayload;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use tokio::sync::Notify;

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
    pub service: Result<Arc<StudyService>, ErrorPayload>,
    pub learner: Mutex<Option<Learner>>,
    /// The signed-in learner's assignments from the hub (empty when not joined).
    pub assignments: Mutex<Vec<Assignment>>,
    pub help: Result<Help, ErrorPayload>,
    pub broken: Vec<BrokenView>,
    /// Wakes the sync worker when a record was written.
    pub sync_wake: Arc<Notify>,
    /// Hub tokens of learners signed in since start, in memory only (never on disk).
    pub tokens: Arc<jikim_sync::Tokens>,
    /// The teacher's dashboard: class records read so far, refreshed incrementally.
    pub dashboard: Arc<Mutex<jikim_hub::dashboard::Dashboard>>,
    /// The hub's clock minus this PC's at the last hub sign-in, in seconds.
    pub clock_skew: Mutex<Option<i64>>,
    /// Whether teacher mode is open in this window.
    pub teacher_unlocked: AtomicBool,
    /// Wrong teacher passwords in a row (each waits longer).
    pub teacher_failures: std::sync::atomic::AtomicU32,
    /// When the teacher last did something in teacher mode (idle auto-lock).
    pub teacher_seen: Mutex<Option<std::time::Instant>>,
    /// The app's data folder.
    pub data_dir: std::path::PathBuf,
    /// This PC's provisioning (system-wide or data-folder file), or why it could not be read.
    pub provision: Result<Option<jikim_core::provision::Provision>, ErrorPayload>,
    /// The class hub, when this PC runs it (teacher mode).
    pub hub: Mutex<Option<crate::hub::HubHandle>>,
    /// The hub database for teacher screens (opened on first use).
    pub hub_store: Mutex<Option<Arc<jikim_hub::HubStore>>>,
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
            .map(|db| Arc::new(StudyService::new(library, db)))
            .map_err(|e| e.payload());
        let provision = jikim_core::provision::Provision::load(&paths.data)
            .map_err(|(file, issues)| jikim_core::provision::issues_payload(&file, &issues));
        // A provisioned hub is this PC's hub from the first start: students sign in with their
        // PIN only, even right after a restore-card wipe.
        if let (Ok(svc), Ok(Some(p))) = (&service, &provision) {
            if let Some(hub) = &p.hub {
                if let Some(url) = jikim_sync::hub_url(&hub.address) {
                    let known = jikim_core::storage::KnownHub {
                        hub_url: url,
                        fingerprint: hub.fingerprint.clone(),
                    };
                    if svc.known_hub().ok().flatten().as_ref() != Some(&known) {
                        if let Err(e) = svc.set_known_hub(&known) {
                            tracing::warn!(error = %e, "could not apply the provisioned hub");
                        }
                    }
                }
            }
        }
        let sync_wake = Arc::new(Notify::new());
        if let Ok(svc) = &service {
            // Every committed record wakes the sync worker (the service calls this; no command
            // has to remember to).
            let wake = sync_wake.clone();
            svc.on_record(move || wake.notify_one());
        }
        AppState {
            service,
            learner: Mutex::new(None),
            assignments: Mutex::new(Vec::new()),
            help: Help::load(&paths.help).map_err(|e| e.payload()),
            broken,
            sync_wake,
            tokens: Arc::default(),
            clock_skew: Mutex::new(None),
            dashboard: Arc::default(),
            teacher_unlocked: AtomicBool::new(false),
            teacher_failures: std::sync::atomic::AtomicU32::new(0),
            teacher_seen: Mutex::new(None),
            data_dir: paths.data.clone(),
            provision,
            hub: Mutex::new(None),
            hub_store: Mutex::new(None),
        }
    }

    /// The provisioning, when it was read without problems.
    pub fn provisioned(&self) -> Option<&jikim_core::provision::Provision> {
        self.provision.as_ref().ok().and_then(Option::as_ref)
    }

    /// The signed-in learner, if any.
    pub fn learner(&self) -> Option<Learner> {
        self.learner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Replaces the signed-in learner (and forgets the previous one's assignments).
    pub fn set_learner(&self, learner: Option<Learner>) {
        *self.learner.lock().unwrap_or_else(|p| p.into_inner()) = learner;
        self.set_assignments(Vec::new());
    }

    /// The signed-in learner's assignments.
    pub fn assignments(&self) -> Vec<Assignment> {
        self.assignments
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Replaces the assignments.
    pub fn set_assignments(&self, list: Vec<Assignment>) {
        *self.assignments.lock().unwrap_or_else(|p| p.into_inner()) = list;
    }

    /// The running hub's status, if this PC runs one.
    pub fn hub_status(&self) -> Option<crate::hub::HubStatus> {
        self.hub
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|h| h.status())
    }
}

fn time_today() -> jikim_core::content::Date {
    jikim_core::content::today()
}
