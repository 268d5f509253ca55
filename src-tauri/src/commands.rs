//! `#[tauri::command]`s: each parses its input, calls the core and maps the error. The help page
//! command deliberately records and logs nothing.

use crate::state::{BrokenView, Content, Device, Study, TeacherMode};
use jikim_core::error::FileFault;
use jikim_core::help::HelpView;
use jikim_core::i18n::{messages as m, Msg};
use jikim_core::storage::KnownHub;
use jikim_core::storage::{Learner, SignIn};
use jikim_core::study::view::{AnswerOutcome, ModuleSummary, StudyView};
use jikim_core::sync::join_code::JoinCode;
use jikim_core::{CoreError, ErrorPayload};
use jikim_sync::SyncError;
use serde::{Deserialize, Serialize};
use tauri::State;
use tauri_plugin_store::StoreExt;
use uuid::Uuid;

type CmdResult<T> = Result<T, ErrorPayload>;

fn plain_error(code: &str, message: Msg) -> ErrorPayload {
    ErrorPayload::new(code, message)
}

fn learner(study: &Study) -> CmdResult<Learner> {
    study
        .learner()
        .ok_or_else(|| CoreError::NotSignedIn.payload())
}

/// The signed-in learner at a page boundary (a module list, a new page, a quiz start, a retry):
/// when the teacher ended the period ("수업 끝내기"), the learner is signed out here, never in
/// the middle of an answer, and the UI says why.
fn learner_at_page(study: &Study) -> CmdResult<Learner> {
    let learner = learner(study)?;
    if study.tokens.take_period_ended(learner.id) {
        tracing::info!("the teacher ended the period: signed out at a page boundary");
        sign_out_here(study);
        return Err(plain_error("period_ended", m::SYNC_PERIOD_ENDED));
    }
    Ok(learner)
}

/// Signs out whoever is signed in on this PC (their records stay in the outbox until sent).
fn sign_out_here(study: &Study) {
    if let Some(l) = study.learner() {
        study.tokens.take_period_ended(l.id);
    }
    study.tokens.set_current(None);
    study.set_learner(None);
    forget_synced_here(study, None);
    // The hub hears of the sign-out at once (the teacher's view stops counting them as present).
    study.sync_wake.notify_one();
}

fn attempt_id(raw: &str) -> CmdResult<Uuid> {
    Uuid::parse_str(raw).map_err(|_| CoreError::AttemptNotFound.payload())
}

/// What the UI needs before its first screen: nothing that waits for the module library.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BootView {
    version: &'static str,
    startup_error: Option<ErrorPayload>,
    learner: Option<Learner>,
}

/// The window's first call, sent once its first screen is painted: the database is opened and
/// the library parsed from then on (`state::OpeningGate`), and waited for here off the window's
/// thread, which stays free to serve the app's script meanwhile.
#[tauri::command]
pub async fn bootstrap(study: State<'_, Study>) -> CmdResult<BootView> {
    let opening = study.opening();
    // Should the waiting task fail, `opened` below waits in its place.
    let _ = tauri::async_runtime::spawn_blocking(move || {
        opening.wait();
    })
    .await;
    Ok(BootView {
        version: jikim_core::VERSION,
        startup_error: study.opened().as_ref().err().cloned(),
        learner: study.learner(),
    })
}

/// The module files that failed to load, for the notice on the sign-in and home screens. The
/// library is parsed off the start-up path; this waits for that parse (off the window's thread).
#[tauri::command]
pub async fn broken_modules(content: State<'_, Content>) -> CmdResult<Vec<BrokenView>> {
    if let Some(parsed) = content.library.loaded() {
        return Ok(crate::state::broken_views(parsed));
    }
    let library = content.library.clone();
    tauri::async_runtime::spawn_blocking(move || crate::state::broken_views(library.get()))
        .await
        .map_err(|e| CoreError::from(FileFault::other("modules", e)).payload())
}

/// Device settings, kept in tauri-plugin-store (`settings.json`), never in the learner database.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// `ko` or `en` (anything else is read as `ko`).
    #[ts(type = "\"ko\" | \"en\"")]
    pub locale: String,
    // Text size, 0.8–2.0 in tenths: the window sends a step up or down and shows what comes back.
    pub font_scale: f64,
    pub high_contrast: bool,
    /// `student` or `teacher` (anything else is read as `student`).
    #[ts(type = "\"student\" | \"teacher\"")]
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
        self.font_scale = (self.font_scale.clamp(0.8, 2.0) * 10.0).round() / 10.0;
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
    use tauri::Manager;
    get_settings(app.clone(), app.state::<Device>())
        .map(|s| s.locale)
        .unwrap_or_else(|_| "ko".into())
}

const SETTINGS_FILE: &str = "settings.json";
const SETTINGS_KEY: &str = "device";

fn store_error(e: impl std::fmt::Display) -> ErrorPayload {
    CoreError::from(FileFault::other(SETTINGS_FILE, e)).payload()
}

/// The device settings, with what this PC's provisioning sets laid over them (re-read at every
/// start, so a restore-card wipe keeps the setup): school name and idle sign-out always; the
/// language until a learner chooses one; the hub address.
#[tauri::command]
pub fn get_settings<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    device: State<'_, Device>,
) -> CmdResult<Settings> {
    let store = app.store(SETTINGS_FILE).map_err(store_error)?;
    let stored = store
        .get(SETTINGS_KEY)
        .and_then(|v| serde_json::from_value::<Settings>(v).ok());
    let chosen_locale = stored.is_some();
    let mut settings = stored.unwrap_or_default();
    if let Some(p) = device.provisioned() {
        if let Some(name) = &p.school_name {
            settings.school_name = name.clone();
        }
        if let Some(minutes) = p.idle_minutes {
            settings.idle_seconds = minutes * 60;
        }
        if let (Some(locale), false) = (&p.locale, chosen_locale) {
            settings.locale = locale.clone();
        }
        if let Some(hub) = &p.hub {
            settings.hub_address = hub.address.clone();
        }
    }
    Ok(settings.sanitized())
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
    device: State<'_, Device>,
    teacher: State<'_, TeacherMode>,
    settings: Settings,
) -> CmdResult<Settings> {
    let settings = settings.sanitized();
    if get_settings(app.clone(), device)?.changes_lab_settings(&settings) {
        teacher.require()?;
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
#[derive(Deserialize, Debug, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct JoinInput {
    pub join_code: String,
    pub hub_address: String,
}

/// The candidates a join tries, as hub URLs: the typed address alone, or every hub announced on
/// the LAN (the one this PC knows first).
async fn join_candidates(address: &str, known: Option<&KnownHub>) -> CmdResult<Vec<String>> {
    if !address.trim().is_empty() {
        let url = jikim_sync::hub_url(address)
            .ok_or_else(|| plain_error("hub_address_invalid", m::SYNC_ADDRESS_INVALID))?;
        return Ok(vec![url]);
    }
    let found = tauri::async_runtime::spawn_blocking(|| {
        jikim_sync::discover::discover_all(std::time::Duration::from_secs(3))
    })
    .await
    .unwrap_or_default();
    let mut urls: Vec<String> =
        jikim_sync::discover::ordered(found, known.map(|k| k.fingerprint.as_str()))
            .iter()
            .filter_map(|a| jikim_sync::hub_url(a))
            .collect();
    if let Some(k) = known {
        if !urls.contains(&k.hub_url) {
            urls.insert(0, k.hub_url.clone());
        }
    }
    if urls.is_empty() {
        return Err(plain_error("hub_not_found", m::SYNC_HUB_NOT_FOUND));
    }
    Ok(urls)
}

/// Signs in on the hub this PC knows with the PIN; when the hub moved (a new address on the
/// LAN), finds it again by its announced fingerprint and remembers the new address.
async fn sign_in_known(
    svc: &jikim_core::study::StudyService,
    tokens: &jikim_sync::Tokens,
    sign_in: &SignIn,
    hub: &KnownHub,
    device: &str,
) -> Result<jikim_sync::HubSignIn, SyncError> {
    match jikim_sync::sign_in_with_hub(svc, tokens, sign_in, hub, device).await {
        Err(SyncError::Unreachable(detail)) => {
            let found = tauri::async_runtime::spawn_blocking(|| {
                jikim_sync::discover::discover_all(std::time::Duration::from_secs(2))
            })
            .await
            .unwrap_or_default();
            for address in jikim_sync::discover::ordered(found, Some(&hub.fingerprint)) {
                let Some(url) = jikim_sync::hub_url(&address) else {
                    continue;
                };
                let moved = KnownHub {
                    hub_url: url,
                    fingerprint: hub.fingerprint.clone(),
                };
                if let Ok(done) =
                    jikim_sync::sign_in_with_hub(svc, tokens, sign_in, &moved, device).await
                {
                    svc.set_known_hub(&moved)?;
                    return Ok(done);
                }
            }
            Err(SyncError::Unreachable(detail))
        }
        other => other,
    }
}

/// Signs a learner in.
///
/// - With a join code: joins the class (the code's PAKE authenticates the hub, which sets or
///   checks the student's PIN), and this PC remembers the hub.
/// - On a PC that knows its hub: the hub checks the PIN (no code); the local database keeps no
///   PIN hash and no token for such learners, so there is no offline sign-in on such a PC.
/// - On a PC with no hub: the local learner and optional local PIN, as before.
///
/// After a hub sign-in, whatever the hub holds for the student is restored (a wiped PC resumes)
/// and their assignments fetched; studying then works offline and syncs later.
#[tauri::command]
pub async fn sign_in(
    study: State<'_, Study>,
    device: State<'_, Device>,
    sign_in: SignIn,
    join: Option<JoinInput>,
) -> CmdResult<Learner> {
    let svc = study.shared_service()?;
    let sign_in = sign_in.validated()?;
    let known = svc.known_hub()?;
    // The seat name the lab was provisioned with, else the PC's own name.
    let device = device
        .provisioned()
        .and_then(|p| p.seat.clone())
        .unwrap_or_else(jikim_core::sync::protocol::this_pc_name);
    let join = join.filter(|j| !j.join_code.trim().is_empty());
    if (join.is_some() || known.is_some()) && sign_in.pin.is_none() {
        return Err(plain_error("pin_required", m::SYNC_PIN_REQUIRED));
    }
    let by_hub = if let Some(join) = join {
        let code = JoinCode::parse(&join.join_code)
            .ok_or_else(|| plain_error("join_code_invalid", m::SYNC_JOIN_CODE_INVALID))?;
        let candidates = join_candidates(&join.hub_address, known.as_ref()).await?;
        Some(
            jikim_sync::join_with_code(&svc, &study.tokens, &sign_in, &code, &candidates, &device)
                .await?,
        )
    } else if let Some(hub) = &known {
        Some(sign_in_known(&svc, &study.tokens, &sign_in, hub, &device).await?)
    } else {
        None
    };
    tracing::info!(with_hub = by_hub.is_some(), "a learner signed in");
    let (learner, assignments, skew) = match by_hub {
        Some(done) => (
            done.learner,
            done.assignments,
            Some(done.clock_skew_seconds),
        ),
        None => (svc.sign_in(&sign_in)?, Vec::new(), None),
    };
    *study.clock_skew.lock().unwrap_or_else(|p| p.into_inner()) = skew;
    study.set_learner(Some(learner.clone()));
    study.tokens.set_current(Some(learner.id));
    forget_synced_here(&study, Some(learner.id));
    study.set_assignments(assignments);
    study.sync_wake.notify_one();
    Ok(learner)
}

/// Where the signed-in learner's answers are, in words (and a warning when this PC's clock is
/// more than 5 minutes off the hub's).
#[derive(Serialize, Debug, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusView {
    state: jikim_sync::SyncState,
    pending: u64,
    /// Made by `jikim_core::i18n::messages` (the hub's refusal, or the last push error's id).
    #[ts(type = "MessageId | null")]
    message_id: Option<String>,
    clock_skew_minutes: Option<i64>,
    /// The teacher ended the period: the home screen signs the learner out.
    period_ended: bool,
}

#[tauri::command]
pub fn sync_status(study: State<'_, Study>) -> CmdResult<SyncStatusView> {
    let learner = learner(&study)?;
    let svc = study.service()?;
    let linked = svc.hub_link(learner.id)?.is_some();
    let pending = svc.outbox_len_of(learner.id)?;
    let last_error = study.tokens.last_push_error();
    let (sync, message_id) = jikim_sync::SyncState::of(
        linked,
        pending,
        study.tokens.was_refused(learner.id),
        last_error.as_deref(),
    );
    let skew = *study.clock_skew.lock().unwrap_or_else(|p| p.into_inner());
    Ok(SyncStatusView {
        state: sync,
        pending,
        message_id,
        clock_skew_minutes: skew.and_then(jikim_sync::clock_warning),
        period_ended: study.tokens.period_ended(learner.id),
    })
}

/// On a PC that knows its hub (a shared lab PC), forgets every learner whose records all reached
/// the hub, except `keep`: no other student's data stays on a shared PC once it is on the hub.
pub(crate) fn forget_synced_here(study: &Study, keep: Option<uuid::Uuid>) {
    if let Ok(svc) = study.service() {
        forget_synced(svc, keep);
    }
}

/// [`forget_synced_here`] with the service at hand (at start, before the commands can run).
pub(crate) fn forget_synced(svc: &jikim_core::study::StudyService, keep: Option<uuid::Uuid>) {
    if svc.known_hub().ok().flatten().is_none() {
        return;
    }
    match svc.forget_synced(keep) {
        Ok(0) => {}
        Ok(n) => tracing::info!(learners = n, "forgot learners whose records are on the hub"),
        Err(e) => tracing::warn!(error = %e, "could not forget synced learners"),
    }
}

#[tauri::command]
pub fn sign_out(study: State<'_, Study>) {
    sign_out_here(&study);
}

/// The learner's modules; assigned ones first (by due date) with their due dates.
#[tauri::command]
pub fn list_modules(study: State<'_, Study>) -> CmdResult<Vec<ModuleSummary>> {
    let learner = learner_at_page(&study)?;
    let mut modules = study.service()?.modules(learner.id)?;
    let assignments = study.assignments();
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
pub fn open_module(study: State<'_, Study>, module_id: String) -> CmdResult<StudyView> {
    let learner = learner_at_page(&study)?;
    let view = study.service()?.open_module(learner.id, &module_id)?;
    Ok(view)
}

#[tauri::command]
pub fn restart_module(study: State<'_, Study>, module_id: String) -> CmdResult<StudyView> {
    let learner = learner_at_page(&study)?;
    let view = study.service()?.restart(learner.id, &module_id)?;
    Ok(view)
}

#[tauri::command]
pub fn view_page(
    study: State<'_, Study>,
    attempt_id: String,
    index: usize,
    active_ms: u64,
) -> CmdResult<StudyView> {
    let learner = learner_at_page(&study)?;
    let view =
        study
            .service()?
            .view_page(learner.id, self::attempt_id(&attempt_id)?, index, active_ms)?;
    Ok(view)
}

#[tauri::command]
pub fn start_quiz(
    study: State<'_, Study>,
    attempt_id: String,
    active_ms: u64,
) -> CmdResult<StudyView> {
    let learner = learner_at_page(&study)?;
    let view =
        study
            .service()?
            .start_quiz(learner.id, self::attempt_id(&attempt_id)?, active_ms)?;
    Ok(view)
}

#[tauri::command]
pub fn current_screen(study: State<'_, Study>, attempt_id: String) -> CmdResult<StudyView> {
    let learner = learner_at_page(&study)?;
    study
        .service()?
        .current(learner.id, self::attempt_id(&attempt_id)?)
        .map_err(|e| e.payload())
}

#[tauri::command]
pub fn answer_item(
    study: State<'_, Study>,
    attempt_id: String,
    item_id: String,
    chosen: Vec<String>,
    active_ms: u64,
) -> CmdResult<AnswerOutcome> {
    let learner = learner(&study)?;
    let outcome = study.service()?.answer(
        learner.id,
        self::attempt_id(&attempt_id)?,
        &item_id,
        &chosen,
        active_ms,
    )?;
    Ok(outcome)
}

#[tauri::command]
pub fn retry_missed(study: State<'_, Study>, attempt_id: String) -> CmdResult<StudyView> {
    let learner = learner_at_page(&study)?;
    study
        .service()?
        .retry_missed(learner.id, self::attempt_id(&attempt_id)?)
        .map_err(|e| e.payload())
}

/// The help page. Works signed in or not, and on a broken database; records nothing.
#[tauri::command]
pub fn help_page(content: State<'_, Content>, lang: String) -> CmdResult<HelpView> {
    content
        .help
        .as_ref()
        .map(|h| h.view(&lang))
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::Settings;

    #[test]
    fn the_text_size_stays_in_range_in_tenths() {
        let shown = |font_scale: f64| {
            let settings = Settings {
                font_scale,
                ..Settings::default()
            };
            settings.sanitized().font_scale.to_string()
        };
        assert_eq!(shown(1.0 + 0.1 + 0.1), "1.2", "tenths, without float drift");
        assert_eq!(
            shown(2.0 + 0.1),
            "2",
            "a step past the largest size stays there"
        );
        assert_eq!(shown(0.8 - 0.1), "0.8", "and past the smallest");
        assert_eq!(shown(f64::NAN), "1");
    }
}
