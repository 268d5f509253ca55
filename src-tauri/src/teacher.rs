//! Teacher mode commands: the gate (`jikim_core::teacher`: never whoever clicks first on a lab
//! PC; an unreadable password file means locked; atomic, owner-only writes; wrong passwords wait
//! longer each time, off the window's thread; idle auto-lock) and the teacher's view of modules.
//! Class, roster, assignment and result commands go through the hub (see `hub.rs`).

use crate::state::AppState;
use jikim_core::provision::TeacherPolicy;
use jikim_core::teacher::{self as gate_rules, Gate};
use jikim_core::{secret, CoreError, ErrorPayload};
use serde::Serialize;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tauri::State;

type CmdResult<T> = Result<T, ErrorPayload>;

const TEACHER_FILE: &str = "teacher.json";
/// Teacher mode locks itself after this long without a teacher action.
pub const TEACHER_IDLE: Duration = Duration::from_secs(15 * 60);

/// What the teacher screens need to know first.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeacherStatus {
    password_set: bool,
    unlocked: bool,
    hub: Option<crate::hub::HubStatus>,
}

fn plain(code: &str, message_id: &str) -> ErrorPayload {
    ErrorPayload {
        code: code.into(),
        message_id: message_id.into(),
        args: Default::default(),
    }
}

/// The gate of this PC: provisioning first, then the password file; a lab PC (a provisioned
/// hub, or students joined a hub from it) never lets the first comer set a password.
fn gate(state: &AppState) -> CmdResult<Gate> {
    let provision = state.provision.as_ref().map_err(Clone::clone)?;
    let system_policy = provision
        .as_ref()
        .filter(|p| p.source == jikim_core::provision::Source::System)
        .and_then(|p| p.teacher.as_ref());
    if provision
        .as_ref()
        .is_some_and(|p| p.teacher == Some(TeacherPolicy::Off))
    {
        return Ok(Gate::Unavailable("errors-teacher-off"));
    }
    let lab_pc = provision.as_ref().is_some_and(|p| p.hub.is_some())
        || state
            .service
            .as_ref()
            .ok()
            .and_then(|s| s.known_hub().ok().flatten())
            .is_some();
    let file = gate_rules::read(&state.data_dir.join(TEACHER_FILE));
    Ok(gate_rules::gate(system_policy, &file, lab_pc))
}

fn lock(state: &AppState) {
    state.teacher_unlocked.store(false, Ordering::SeqCst);
    *state.teacher_seen.lock().unwrap_or_else(|p| p.into_inner()) = None;
}

fn open(state: &AppState) {
    state.teacher_unlocked.store(true, Ordering::SeqCst);
    state.teacher_failures.store(0, Ordering::SeqCst);
    *state.teacher_seen.lock().unwrap_or_else(|p| p.into_inner()) = Some(Instant::now());
}

/// Fails unless teacher mode is open and was used in the last [`TEACHER_IDLE`]; counts as
/// teacher activity.
pub fn require_teacher(state: &AppState) -> CmdResult<()> {
    check_teacher(state, true)
}

/// [`require_teacher`] for the dashboard's automatic refreshes: they do not keep teacher mode
/// open on their own.
pub fn require_teacher_passive(state: &AppState) -> CmdResult<()> {
    check_teacher(state, false)
}

fn check_teacher(state: &AppState, active: bool) -> CmdResult<()> {
    if !state.teacher_unlocked.load(Ordering::SeqCst) {
        return Err(CoreError::TeacherLocked.payload());
    }
    let mut seen = state.teacher_seen.lock().unwrap_or_else(|p| p.into_inner());
    match *seen {
        Some(t) if t.elapsed() <= TEACHER_IDLE => {
            if active {
                *seen = Some(Instant::now());
            }
            Ok(())
        }
        _ => {
            drop(seen);
            lock(state);
            Err(CoreError::TeacherLocked.payload())
        }
    }
}

fn status(state: &AppState, gate: &Gate) -> TeacherStatus {
    TeacherStatus {
        password_set: matches!(gate, Gate::Unlock(_)),
        unlocked: state.teacher_unlocked.load(Ordering::SeqCst),
        hub: state.hub_status(),
    }
}

/// The gate's state; an error (in words) when this PC has no teacher mode.
#[tauri::command]
pub fn teacher_status(state: State<'_, AppState>) -> CmdResult<TeacherStatus> {
    match gate(&state)? {
        Gate::Unavailable(why) => Err(plain("teacher_unavailable", why)),
        g => Ok(status(&state, &g)),
    }
}

/// Sets the password on first use, where this PC allows it (never on a lab PC).
#[tauri::command]
pub fn teacher_set_password(
    state: State<'_, AppState>,
    password: String,
) -> CmdResult<TeacherStatus> {
    match gate(&state)? {
        Gate::Setup => {}
        Gate::Unavailable(why) => return Err(plain("teacher_unavailable", why)),
        Gate::Unlock(_) => return Err(CoreError::TeacherPassword.payload()),
    }
    if password.chars().count() < 8 {
        return Err(CoreError::InvalidSignIn { field: "password" }.payload());
    }
    let hash = secret::hash(&password)?;
    let path = state.data_dir.join(TEACHER_FILE);
    gate_rules::write(&path, &hash).map_err(|e| {
        CoreError::Io {
            path: path.clone(),
            detail: e.to_string(),
        }
        .payload()
    })?;
    open(&state);
    Ok(status(&state, &Gate::Unlock(hash)))
}

/// Unlocks with the password. Argon2 and the growing wait after a wrong password run off the
/// window's thread.
#[tauri::command]
pub async fn teacher_unlock(
    state: State<'_, AppState>,
    password: String,
) -> CmdResult<TeacherStatus> {
    let g = gate(&state)?;
    let hash = match &g {
        Gate::Unlock(h) => h.clone(),
        Gate::Unavailable(why) => return Err(plain("teacher_unavailable", why)),
        Gate::Setup => return Err(CoreError::TeacherPassword.payload()),
    };
    let ok = tauri::async_runtime::spawn_blocking(move || secret::verify(&password, &hash))
        .await
        .unwrap_or(false);
    if !ok {
        let n = state.teacher_failures.fetch_add(1, Ordering::SeqCst) + 1;
        tracing::warn!(in_a_row = n, "wrong teacher password");
        tokio::time::sleep(gate_rules::wrong_password_delay(n)).await;
        return Err(CoreError::TeacherPassword.payload());
    }
    open(&state);
    tracing::info!("teacher mode unlocked");
    Ok(status(&state, &g))
}

#[tauri::command]
pub fn teacher_lock(state: State<'_, AppState>) {
    lock(&state);
}

/// A module as the teacher picks it for an assignment.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ModuleOption {
    id: String,
    title: String,
}

#[tauri::command]
pub fn teacher_modules(state: State<'_, AppState>) -> CmdResult<Vec<ModuleOption>> {
    require_teacher(&state)?;
    let service = state.service.as_ref().map_err(Clone::clone)?;
    Ok(service
        .library()
        .modules
        .iter()
        .map(|m| ModuleOption {
            id: m.id.clone(),
            title: m.title.clone(),
        })
        .collect())
}
