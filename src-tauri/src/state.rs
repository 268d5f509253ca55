//! The app's state, in parts along its seams, each managed by Tauri on its own so a command
//! takes only what it needs: [`Study`] (the study service, who is signed in, sync), [`Content`]
//! (help, the module library and the files in it that failed to load), [`Device`] (data folder,
//! provisioning) and
//! [`TeacherMode`] (open or locked). The teacher's hub is `hub::HubState`. This module imports
//! no other command module.

use crate::paths::AppPaths;
use jikim_core::content::{LazyLibrary, Library};
use jikim_core::help::Help;
use jikim_core::storage::{Db, Learner};
use jikim_core::study::StudyService;
use jikim_core::sync::protocol::Assignment;
use jikim_core::{CoreError, ErrorPayload};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::sync::Notify;

/// A module file that failed to load, for the error notice.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BrokenView {
    pub file: String,
    pub issues: Vec<IssueView>,
}

/// One issue, rendered by the UI in the learner's language.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct IssueView {
    pub line: usize,
    /// Made by `jikim_core::i18n::messages` (`IssueKind::message_id`).
    #[ts(type = "MessageId")]
    pub message_id: String,
    pub args: BTreeMap<String, String>,
}

/// The student's side: the study service (or the error that kept it from opening), who is
/// signed in on this window with their assignments, and the link to the class hub (sync).
pub struct Study {
    /// The study service once the database is open ([`AppState::start`] opens it off the
    /// window's thread); readers let the opening begin and wait for it.
    opening: Opening,
    learner: Mutex<Option<Learner>>,
    /// The signed-in learner's assignments from the hub (empty when not joined).
    assignments: Mutex<Vec<Assignment>>,
    /// Wakes the sync worker (the study service does after every committed record).
    pub sync_wake: Arc<Notify>,
    /// Hub tokens of learners signed in since start, in memory only (never on disk).
    pub tokens: Arc<jikim_sync::Tokens>,
    /// The hub's clock minus this PC's at the last hub sign-in, in seconds.
    pub clock_skew: Mutex<Option<i64>>,
}

/// The content: the help page, read at start, and the module library, parsed off the start-up
/// path (the study service shares it; what reads it waits for the parse).
pub struct Content {
    pub help: Result<Help, ErrorPayload>,
    pub library: Arc<LazyLibrary>,
}

/// This PC: its data folder and its provisioning.
pub struct Device {
    /// The app's data folder.
    pub data_dir: std::path::PathBuf,
    /// This PC's provisioning (system-wide or data-folder file), or why it could not be read.
    pub provision: Result<Option<jikim_core::provision::Provision>, ErrorPayload>,
}

/// Teacher mode is locked again after this long without a teacher action.
pub const TEACHER_IDLE: Duration = Duration::from_secs(15 * 60);

/// Whether teacher mode is open in this window (the gate's rules: `teacher.rs`).
#[derive(Default)]
pub struct TeacherMode {
    unlocked: AtomicBool,
    /// Wrong teacher passwords in a row (each waits longer).
    failures: AtomicU32,
    /// When the teacher last did something in teacher mode (idle auto-lock).
    seen: Mutex<Option<Instant>>,
}

/// Every part, opened together at start; each is then managed on its own, so a command takes
/// only the parts it needs. The teacher's hub (`hub::HubState`) starts empty and is managed with
/// the commands.
pub struct AppState {
    pub study: Study,
    pub content: Content,
    pub device: Device,
    pub teacher: TeacherMode,
}

/// The opening thread waits here before it opens the database and parses the module library,
/// so that it does not take the CPU from the web process while the window's first screen is laid
/// out and painted (on a 2-core lab PC that is felt: docs/BENCHMARKS.md, tenth session). It goes
/// when a command first needs the study service: the window's first calls (`bootstrap`) are sent
/// once that screen is painted (ui/src/boot.ts), while the app's script is still loading; or
/// after [`OPENING_AT_THE_LATEST`] if no command comes.
#[derive(Default)]
pub struct OpeningGate {
    open: Mutex<bool>,
    opened: Condvar,
}

/// How long the opening thread waits at most: a window whose page never asks (it did not load)
/// still gets its database opened and its sync worker started.
pub const OPENING_AT_THE_LATEST: Duration = Duration::from_secs(3);

impl OpeningGate {
    /// Lets the opening thread go (called again and again: only the first call matters).
    pub fn open(&self) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if !*open {
            *open = true;
            self.opened.notify_all();
        }
    }

    /// Waits until [`OpeningGate::open`] or for `limit`, whichever is sooner; whether it was
    /// opened.
    fn wait(&self, limit: Duration) -> bool {
        let open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let (open, _) = self
            .opened
            .wait_timeout_while(open, limit, |open| !*open)
            .unwrap_or_else(|p| p.into_inner());
        *open
    }
}

/// The study service's opening: the service, set once the database is open (or the error that
/// kept it from opening), and the gate that lets the opening begin. Cloned to where it is waited
/// for.
#[derive(Clone)]
pub struct Opening {
    service: Arc<OnceLock<Result<Arc<StudyService>, ErrorPayload>>>,
    gate: Arc<OpeningGate>,
}

impl Opening {
    /// The service, or the error that kept it from opening: once open, at once; before, the
    /// opening thread is let go (the first asker does it) and waited for.
    pub fn wait(&self) -> &Result<Arc<StudyService>, ErrorPayload> {
        if let Some(opened) = self.service.get() {
            return opened;
        }
        self.gate.open();
        self.service.wait()
    }
}

/// What opening the database needs, moved to the thread that opens it.
struct Opener {
    database: std::path::PathBuf,
    library: Arc<LazyLibrary>,
    hub: Option<jikim_core::storage::KnownHub>,
    sync_wake: Arc<Notify>,
    tokens: Arc<jikim_sync::Tokens>,
    service: Arc<OnceLock<Result<Arc<StudyService>, ErrorPayload>>>,
}

/// What the app starts once the database is open: the service, the sync worker's wake-up and the
/// hub tokens (in memory).
pub type Started<'a> = (
    &'a Arc<StudyService>,
    &'a Arc<Notify>,
    &'a Arc<jikim_sync::Tokens>,
);

impl Opener {
    /// Opens the database and the study service over it (a failure is kept, for the error
    /// screen) and makes it readable; `then` runs with the service first.
    fn open(self, then: impl FnOnce(Started<'_>)) {
        let service = Db::open(&self.database)
            .map(|db| Arc::new(StudyService::with_library(self.library, db)))
            .map_err(|e| e.payload());
        if let Ok(svc) = &service {
            // A provisioned hub is this PC's hub from the first start: students sign in with
            // their PIN only, even right after a restore-card wipe.
            if let Some(known) = &self.hub {
                if svc.known_hub().ok().flatten().as_ref() != Some(known) {
                    if let Err(e) = svc.set_known_hub(known) {
                        tracing::warn!(error = %e, "could not apply the provisioned hub");
                    }
                }
            }
            // Every committed record wakes the sync worker (the service calls this; no command
            // has to remember to).
            let wake = self.sync_wake.clone();
            svc.on_record(move || wake.notify_one());
            // The service is made readable even if this panics: a command waiting for it (on
            // the window's thread) must never wait forever.
            let started = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                then((svc, &self.sync_wake, &self.tokens))
            }));
            if started.is_err() {
                tracing::error!("starting the sync worker or forgetting synced learners panicked");
            }
        }
        let _ = self.service.set(service);
    }
}

impl AppState {
    /// Everything but the database: the provisioning and help page are read, the module
    /// library is set up to be parsed later; the opener opens the database.
    fn prepare(paths: &AppPaths) -> (AppState, Opener) {
        let library = Arc::new(LazyLibrary::from_dir(paths.modules.clone(), time_today()));
        let provision = jikim_core::provision::Provision::load(&paths.data)
            .map_err(|(file, issues)| jikim_core::provision::issues_payload(&file, &issues));
        let hub = provision
            .as_ref()
            .ok()
            .and_then(Option::as_ref)
            .and_then(|p| p.hub.as_ref())
            .and_then(|hub| {
                jikim_sync::hub_url(&hub.address).map(|url| jikim_core::storage::KnownHub {
                    hub_url: url,
                    fingerprint: hub.fingerprint.clone(),
                })
            });
        let sync_wake = Arc::new(Notify::new());
        let tokens = Arc::new(jikim_sync::Tokens::default());
        let service = Arc::new(OnceLock::new());
        let opener = Opener {
            database: paths.database.clone(),
            library: library.clone(),
            hub,
            sync_wake: sync_wake.clone(),
            tokens: tokens.clone(),
            service: service.clone(),
        };
        let state = AppState {
            study: Study {
                opening: Opening {
                    service,
                    gate: Arc::new(OpeningGate::default()),
                },
                learner: Mutex::new(None),
                assignments: Mutex::new(Vec::new()),
                sync_wake,
                tokens,
                clock_skew: Mutex::new(None),
            },
            content: Content {
                help: Help::load(&paths.help).map_err(|e| e.payload()),
                library,
            },
            device: Device {
                data_dir: paths.data.clone(),
                provision,
            },
            teacher: TeacherMode::default(),
        };
        (state, opener)
    }

    /// Opens every part now, the database included; the module library is parsed at its first
    /// use. Failures are kept, not raised: the window must always open and show a clear error
    /// screen.
    pub fn open(paths: &AppPaths) -> AppState {
        let (state, opener) = AppState::prepare(paths);
        opener.open(|_| {});
        state
    }

    /// [`AppState::open`] for the window: the database is opened, then the module library
    /// parsed, on a thread of their own, so the window's thread is free for the first screen at
    /// once; `then` runs there with the open service. The thread waits at the [`OpeningGate`]
    /// first; the commands that need the service wait for that thread.
    pub fn start(paths: &AppPaths, then: impl FnOnce(Started<'_>) + Send + 'static) -> AppState {
        AppState::start_waiting(paths, OPENING_AT_THE_LATEST, then)
    }

    /// [`AppState::start`] with the opening thread waiting at most `limit` to be let go.
    fn start_waiting(
        paths: &AppPaths,
        limit: Duration,
        then: impl FnOnce(Started<'_>) + Send + 'static,
    ) -> AppState {
        let (state, opener) = AppState::prepare(paths);
        let library = state.content.library.clone();
        let gate = state.study.opening.gate.clone();
        let work = move || {
            opener.open(then);
            let library = library.get();
            tracing::info!(
                modules = library.modules.len(),
                broken = library.broken.len(),
                "database open and module library parsed"
            );
            crate::memory::give_back_freed();
        };
        // Whoever takes it runs it: the thread, or this one when no thread can be started (the
        // commands would wait for the database forever otherwise).
        type Work = Mutex<Option<Box<dyn FnOnce() + Send>>>;
        let work: Arc<Work> = Arc::new(Mutex::new(Some(Box::new(work))));
        let take = |w: &Work| w.lock().unwrap_or_else(|p| p.into_inner()).take();
        let in_thread = work.clone();
        let spawned = std::thread::Builder::new()
            .name("open".into())
            .spawn(move || {
                let asked = gate.wait(limit);
                tracing::info!(asked, "opening the database and the module library");
                take(&in_thread).map(|work| work())
            });
        if let Err(e) = spawned {
            tracing::warn!(error = %e, "could not start the opening thread");
            if let Some(work) = take(&work) {
                work();
            }
        }
        state
    }

    /// Hands every part to Tauri's state.
    pub fn manage<R: tauri::Runtime>(self, app: &impl tauri::Manager<R>) {
        app.manage(self.study);
        app.manage(self.content);
        app.manage(self.device);
        app.manage(self.teacher);
    }
}

impl Study {
    /// The study service, or the error that kept it from opening (waits while the database is
    /// being opened).
    pub fn opened(&self) -> &Result<Arc<StudyService>, ErrorPayload> {
        self.opening.wait()
    }

    /// The opening of the study service, to wait for off the window's thread (see
    /// [`Opening::wait`]).
    pub fn opening(&self) -> Opening {
        self.opening.clone()
    }

    /// The study service, or the error that kept it from opening.
    pub fn service(&self) -> Result<&StudyService, ErrorPayload> {
        self.opened()
            .as_ref()
            .map(|s| s.as_ref())
            .map_err(Clone::clone)
    }

    /// The study service to move into work off the window's thread.
    pub fn shared_service(&self) -> Result<Arc<StudyService>, ErrorPayload> {
        self.opened().as_ref().map(Arc::clone).map_err(Clone::clone)
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
}

/// A library's broken files as the UI shows them.
pub fn broken_views(library: &Library) -> Vec<BrokenView> {
    library
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
        .collect()
}

impl Device {
    /// The provisioning, when it was read without problems.
    pub fn provisioned(&self) -> Option<&jikim_core::provision::Provision> {
        self.provision.as_ref().ok().and_then(Option::as_ref)
    }
}

impl TeacherMode {
    /// Whether teacher mode is open.
    pub fn is_unlocked(&self) -> bool {
        self.unlocked.load(Ordering::SeqCst)
    }

    /// Opens teacher mode (the password was right): the count of wrong ones starts again.
    pub fn open(&self) {
        self.unlocked.store(true, Ordering::SeqCst);
        self.failures.store(0, Ordering::SeqCst);
        *self.seen.lock().unwrap_or_else(|p| p.into_inner()) = Some(Instant::now());
    }

    /// Locks teacher mode.
    pub fn lock(&self) {
        self.unlocked.store(false, Ordering::SeqCst);
        *self.seen.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// Counts a wrong password; answers how many in a row.
    pub fn wrong_password(&self) -> u32 {
        self.failures.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// Fails unless teacher mode is open and was used in the last [`TEACHER_IDLE`]; counts as
    /// teacher activity.
    pub fn require(&self) -> Result<(), ErrorPayload> {
        self.check(true)
    }

    /// [`TeacherMode::require`] for the dashboard's automatic refreshes: they do not keep teacher
    /// mode open on their own.
    pub fn require_passive(&self) -> Result<(), ErrorPayload> {
        self.check(false)
    }

    fn check(&self, active: bool) -> Result<(), ErrorPayload> {
        if !self.is_unlocked() {
            return Err(CoreError::TeacherLocked.payload());
        }
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        match *seen {
            Some(t) if t.elapsed() <= TEACHER_IDLE => {
                if active {
                    *seen = Some(Instant::now());
                }
                Ok(())
            }
            _ => {
                drop(seen);
                self.lock();
                Err(CoreError::TeacherLocked.payload())
            }
        }
    }

    /// Moves the last teacher action back by `ago` (tests of the idle lock).
    #[cfg(test)]
    pub fn last_seen_ago(&self, ago: Duration) {
        *self.seen.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now().checked_sub(ago);
    }
}

fn time_today() -> jikim_core::content::Date {
    jikim_core::content::today()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use std::sync::atomic::AtomicUsize;

    fn paths(data: &Path) -> AppPaths {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        AppPaths {
            data: data.to_path_buf(),
            database: data.join("jikim.db"),
            modules: root.join("tests/fixtures/modules"),
            help: root.join("assets/help/help.toml"),
        }
    }

    /// The app started with a fresh data folder, the opening thread waiting at most `limit`;
    /// the counter counts the runs of the start-up work (`then`: the sync worker).
    fn started(limit: Duration) -> (tempfile::TempDir, Arc<AtomicUsize>, AppState) {
        let dir = tempfile::tempdir().expect("tmp");
        let ran = Arc::new(AtomicUsize::new(0));
        let counted = ran.clone();
        let state = AppState::start_waiting(&paths(dir.path()), limit, move |_| {
            counted.fetch_add(1, Ordering::SeqCst);
        });
        (dir, ran, state)
    }

    /// Issue 18: at start the database is not opened (nor the library parsed) until a command
    /// asks for the study service; the command that asks gets it, and the app's start-up work
    /// runs once.
    #[test]
    fn the_database_is_opened_when_first_asked_for_not_while_the_first_screen_paints() {
        let (dir, ran, state) = started(Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(200));
        assert!(
            state.study.opening.service.get().is_none(),
            "opened before anyone asked"
        );
        assert!(!dir.path().join("jikim.db").exists());
        assert!(state.content.library.loaded().is_none());
        // Asked from another thread, as the `bootstrap` command does off the window's thread.
        let opening = state.study.opening();
        let opened = std::thread::spawn(move || opening.wait().is_ok());
        assert!(opened.join().expect("waited"));
        assert!(state.study.service().is_ok());
        assert!(dir.path().join("jikim.db").exists());
        assert_eq!(
            state.study.service().expect("open").library().modules.len(),
            1
        );
        assert_eq!(ran.load(Ordering::SeqCst), 1);
        // Asking again does not open it again.
        state.study.opening().wait();
        assert_eq!(ran.load(Ordering::SeqCst), 1);
    }

    /// A window whose page never asks still gets its database opened (and its sync worker
    /// started) once the limit has passed.
    #[test]
    fn the_database_is_opened_anyway_when_nobody_asks_in_time() {
        let (_dir, ran, state) = started(Duration::from_millis(50));
        // Waited for without letting the thread go.
        assert!(state.study.opening.service.wait().is_ok());
        assert_eq!(ran.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn the_gate_says_whether_it_was_opened_or_waited_out() {
        let gate = Arc::new(OpeningGate::default());
        assert!(!gate.wait(Duration::from_millis(10)));
        let opener = gate.clone();
        let t = std::thread::spawn(move || opener.open());
        assert!(gate.wait(Duration::from_secs(60)));
        t.join().expect("opened");
        gate.open();
        assert!(gate.wait(Duration::ZERO));
    }
}
