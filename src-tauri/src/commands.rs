//! `#[tauri::command]`s: each parses its input, calls the core and maps the error. The help page
//! command deliberately records and logs nothing.

use crate::state::{AppState, BrokenView};
use jikim_core::help::HelpView;
use jikim_core::storage::{Learner, SignIn};
use jikim_core::study::view::{AnswerOutcome, ModuleSummary, StudyView};
use jikim_core::study::StudyService;
use jikim_core::sync::join_code::JoinCode;
use jikim_core::{CoreError, ErrorPayload};
use jikim_sync::{HubClient, SyncError};
use serde::{Deserialize, Serialize};
use tauri::State;
use tauri_plugin_store::StoreExt;
use uuid::Uuid;

type CmdResult<T> = Result<T, ErrorPayload>;

fn service<'a>(state: &'a State<'_, AppState>) -> CmdResult<&'a StudyService> {
    state
        .service
        .as_ref()
        .map(|s| s.as_ref())
        .map_err(Clone::clone)
}

fn sync_error(e: SyncError) -> ErrorPayload {
    ErrorPayload {
        code: "sync".into(),
        message_id: e.message_id(),
        args: Default::default(),
    }
}

fn plain_error(code: &str, message_id: &str) -> ErrorPayload {
    ErrorPayload {
        code: code.into(),
        message_id: message_id.into(),
        args: Default::default(),
    }
}

fn learner(state: &State<'_, AppState>) -> CmdResult<Learner> {
    state
        .learner()
        .ok_or_else(|| CoreError::NotSignedIn.payload())
}

fn attempt_id(raw: &str) -> CmdResult<Uuid> {
    Uuid::parse_str(raw).map_err(|_| CoreError::AttemptNotFound.payload())
}

/// What the UI needs before its first screen.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BootView {
    version: &'static str,
    startup_error: Option<ErrorPayload>,
    broken_modules: Vec<BrokenView>,
    learner: Option<Learner>,
}

#[tauri::command]
pub fn bootstrap(state: State<'_, AppState>) -> BootView {
    BootView {
        version: jikim_core::VERSION,
        startup_error: state.service.as_ref().err().cloned(),
        broken_modules: state.broken.clone(),
        learner: state.learner(),
    }
}

/// Device settings, kept in tauri-plugin-store (`settings.json`), never in the learner database.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    pub locale: String,
    pub font_scale: f64,
    pub high_contrast: bool,
    pub role: String,
    /// The class hub's address (`host:port`) on this lab's LAN, remembered for the next student.
    pub hub_address: String,
    /// Automatic sign-out after this many idle seconds (0 = off). Set per lab by a teacher.
    pub idle_seconds: u32,
    /// School name printed on certificates and the report summary (set by the administrator).
    pub school_name: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: "ko".into(),
            font_scale: 1.0,
            high_contrast: false,
            role: "student".into(),
            hub_address: String::new(),
            idle_seconds: 600,
            school_name: String::new(),
        }
    }
}

impl Settings {
    fn sanitized(mut self) -> Settings {
        if self.locale != "en" {
            self.locale = "ko".into();
        }
        if !self.font_scale.is_finite() {
            self.font_scale = 1.0;
        }
        self.font_scale = self.font_scale.clamp(0.8, 2.0);
        if self.idle_seconds != 0 {
            self.idle_seconds = self.idle_seconds.clamp(5, 7200);
        }
        if self.role != "teacher" {
            self.role = "student".into();
        }
        self.school_name = self
            .school_name
            .trim()
            .chars()
            .filter(|c| !jikim_core::storage::is_hostile_char(*c))
            .take(60)
            .collect();
        self
    }
}

/// The UI language chosen on this PC (`ko` unless set to `en`).
pub(crate) fn current_locale<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> String {
    get_settings(app.clone())
        .map(|s| s.locale)
        .unwrap_or_else(|_| "ko".into())
}

const SETTINGS_FILE: &str = "settings.json";
const SETTINGS_KEY: &str = "device";

fn store_error(e: impl std::fmt::Display) -> ErrorPayload {
    CoreError::Io {
        path: SETTINGS_FILE.into(),
        detail: e.to_string(),
    }
    .payload()
}

#[tauri::command]
pub fn get_settings<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> CmdResult<Settings> {
    let store = app.store(SETTINGS_FILE).map_err(store_error)?;
    Ok(store
        .get(SETTINGS_KEY)
        .and_then(|v| serde_json::from_value::<Settings>(v).ok())
        .unwrap_or_default()
        .sanitized())
}

impl Settings {
    /// Whether `new` changes a setting only a teacher may change on a lab PC (idle sign-out,
    /// school name, device role); language, text size, contrast and the remembered hub address
    /// are the learner's.
    pub(crate) fn changes_lab_settings(&self, new: &Settings) -> bool {
        self.idle_seconds != new.idle_seconds
            || self.school_name != new.school_name
            || self.role != new.role
    }
}

/// Saves the device settings. Lab settings need teacher mode, checked here in Rust, not only by
/// which screen shows them (issue 16: a student could switch idle sign-out off).
#[tauri::command]
pub fn set_settings<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    settings: Settings,
) -> CmdResult<Settings> {
    let settings = settings.sanitized();
    if get_settings(app.clone())?.changes_lab_settings(&settings) {
        crate::teacher::require_teacher(&state)?;
    }
    let store = app.store(SETTINGS_FILE).map_err(store_error)?;
    store.set(
        SETTINGS_KEY,
        serde_json::to_value(&settings).map_err(store_error)?,
    );
    store.save().map_err(store_error)?;
    Ok(settings)
}

/// Joining the class hub at sign-in: the code the teacher shows and the hub's address.
#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct JoinInput {
    pub join_code: String,
    pub hub_address: String,
}

/// Signs a learner in. With a join code, also joins the class hub (pinned to the certificate in
/// the code), restores whatever the hub holds for the student (a wiped PC resumes) and fetches
/// their assignments. Without one, a learner already linked refreshes assignments if the hub is
/// reachable; offline, everything still works locally and syncs later.
#[tauri::command]
pub async fn sign_in(
    state: State<'_, AppState>,
    sign_in: SignIn,
    join: Option<JoinInput>,
) -> CmdResult<Learner> {
    let svc = state.service.as_ref().map_err(Clone::clone)?.clone();
    let learner = svc.sign_in(&sign_in).map_err(|e| e.payload())?;
    let mut assignments = Vec::new();
    if let Some(join) = join.filter(|j| !j.join_code.trim().is_empty()) {
        let code = JoinCode::parse(&join.join_code)
            .ok_or_else(|| plain_error("join_code_invalid", "sync-join-code-invalid"))?;
        // No address typed: look for the hub on the LAN (mDNS), matching the code's pin.
        let address = if join.hub_address.trim().is_empty() {
            let pin = code.pin.clone();
            tauri::async_runtime::spawn_blocking(move || {
                jikim_sync::discover::discover(&pin, std::time::Duration::from_secs(3))
            })
            .await
            .ok()
            .flatten()
            .ok_or_else(|| plain_error("hub_not_found", "sync-hub-not-found"))?
        } else {
            join.hub_address.clone()
        };
        let url = jikim_sync::hub_url(&address)
            .ok_or_else(|| plain_error("hub_address_invalid", "sync-address-invalid"))?;
        assignments = jikim_sync::join_and_restore(&svc, &learner, &code, &url)
            .await
            .map_err(sync_error)?;
    } else if let Ok(Some(link)) = svc.hub_link(learner.id) {
        if let Ok(client) = HubClient::new(&link.hub_url, &link.pin) {
            if let Ok(me) = client.with_token(&link.token).me().await {
                assignments = me.assignments;
            }
        }
    }
    state.set_learner(Some(learner.clone()));
    state.set_assignments(assignments);
    state.sync_wake.notify_one();
    Ok(learner)
}

#[tauri::command]
pub fn sign_out(state: State<'_, AppState>) {
    state.set_learner(None);
}

/// The learner's modules; assigned ones first (by due date) with their due dates.
#[tauri::command]
pub fn list_modules(state: State<'_, AppState>) -> CmdResult<Vec<ModuleSummary>> {
    let learner = learner(&state)?;
    let mut modules = service(&state)?
        .modules(learner.id)
        .map_err(|e| e.payload())?;
    let assignments = state.assignments();
    for m in &mut modules {
        m.due = assignments
            .iter()
            .find(|a| a.module_id == m.id)
            .map(|a| a.due.clone());
    }
    modules.sort_by(|a, b| match (&a.due, &b.due) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    Ok(modules)
}

#[tauri::command]
pub fn open_module(state: State<'_, AppState>, module_id: String) -> CmdResult<StudyView> {
    let learner = learner(&state)?;
    service(&state)?
        .open_module(learner.id, &module_id)
        .map_err(|e| e.payload())
}

#[tauri::command]
pub fn restart_module(state: State<'_, AppState>, module_id: String) -> CmdResult<StudyView> {
    let learner = learner(&state)?;
    service(&state)?
        .restart(learner.id, &module_id)
        .map_err(|e| e.payload())
}

#[tauri::command]
pub fn view_page(
    state: State<'_, AppState>,
    attempt_id: String,
    index: usize,
    active_ms: u64,
) -> CmdResult<StudyView> {
    let learner = learner(&state)?;
    let view = service(&state)?
        .view_page(learner.id, self::attempt_id(&attempt_id)?, index, active_ms)
        .map_err(|e| e.payload())?;
    state.sync_wake.notify_one();
    Ok(view)
}

#[tauri::command]
pub fn start_quiz(
    state: State<'_, AppState>,
    attempt_id: String,
    active_ms: u64,
) -> CmdResult<StudyView> {
    let learner = learner(&state)?;
    let view = service(&state)?
        .start_quiz(learner.id, self::attempt_id(&attempt_id)?, active_ms)
        .map_err(|e| e.payload())?;
    state.sync_wake.notify_one();
    Ok(view)
}

#[tauri::command]
pub fn current_screen(state: State<'_, AppState>, attempt_id: String) -> CmdResult<StudyView> {
    let learner = learner(&state)?;
    service(&state)?
        .current(learner.id, self::attempt_id(&attempt_id)?)
        .map_err(|e| e.payload())
}

#[tauri::command]
pub fn answer_item(
    state: State<'_, AppState>,
    attempt_id: String,
    item_id: String,
    chosen: Vec<String>,
    active_ms: u64,
) -> CmdResult<AnswerOutcome> {
    let learner = learner(&state)?;
    let outcome = service(&state)?
        .answer(
            learner.id,
            self::attempt_id(&attempt_id)?,
            &item_id,
            &chosen,
            active_ms,
        )
        .map_err(|e| e.payload())?;
    state.sync_wake.notify_one();
    Ok(outcome)
}

#[tauri::command]
pub fn retry_missed(state: State<'_, AppState>, attempt_id: String) -> CmdResult<StudyView> {
    let learner = learner(&state)?;
    service(&state)?
        .retry_missed(learner.id, self::attempt_id(&attempt_id)?)
        .map_err(|e| e.payload())
}

/// The help page. Works signed in or not, and on a broken database; records nothing.
#[tauri::command]
pub fn help_page(state: State<'_, AppState>, lang: String) -> CmdResult<HelpView> {
    state
        .help
        .as_ref()
        .map(|h| h.view(&lang))
        .map_err(Clone::clone)
}
