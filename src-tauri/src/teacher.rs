//! Teacher mode commands: the password gate (Argon2 hash in the `teacher.json` store, never the
//! password itself) and the teacher's view of modules. Class, roster, assignment and result
//! commands go through the hub (see `hub.rs`).

use crate::state::AppState;
use jikim_core::{secret, CoreError, ErrorPayload};
use serde::Serialize;
use std::sync::atomic::Ordering;
use tauri::State;
use tauri_plugin_store::StoreExt;

type CmdResult<T> = Result<T, ErrorPayload>;

const TEACHER_FILE: &str = "teacher.json";
const HASH_KEY: &str = "passwordHash";
/// Slows password guessing on a shared PC; Argon2 itself adds tens of milliseconds.
const WRONG_PASSWORD_DELAY: std::time::Duration = std::time::Duration::from_millis(800);

/// What the teacher screens need to know first.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeacherStatus {
    password_set: bool,
    unlocked: bool,
    hub: Option<crate::hub::HubStatus>,
}

fn store_error(e: impl std::fmt::Display) -> ErrorPayload {
    CoreError::Io {
        path: TEACHER_FILE.into(),
        detail: e.to_string(),
    }
    .payload()
}

fn stored_hash<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> CmdResult<Option<String>> {
    let store = app.store(TEACHER_FILE).map_err(store_error)?;
    Ok(store
        .get(HASH_KEY)
        .and_then(|v| v.as_str().map(String::from)))
}

/// Fails unless teacher mode is unlocked.
pub fn require_teacher(state: &AppState) -> CmdResult<()> {
    if state.teacher_unlocked.load(Ordering::SeqCst) {
        Ok(())
    } else {
        Err(CoreError::TeacherLocked.payload())
    }
}

fn status<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    state: &AppState,
) -> CmdResult<TeacherStatus> {
    Ok(TeacherStatus {
        password_set: stored_hash(app)?.is_some(),
        unlocked: state.teacher_unlocked.load(Ordering::SeqCst),
        hub: state.hub_status(),
    })
}

#[tauri::command]
pub fn teacher_status<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> CmdResult<TeacherStatus> {
    status(&app, &state)
}

/// Sets the password on first use only (afterwards it must be unlocked with the old one).
#[tauri::command]
pub fn teacher_set_password<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    password: String,
) -> CmdResult<TeacherStatus> {
    if stored_hash(&app)?.is_some() {
        return Err(CoreError::TeacherPassword.payload());
    }
    if password.chars().count() < 8 {
        return Err(CoreError::InvalidSignIn { field: "password" }.payload());
    }
    let hash = secret::hash(&password).map_err(|e| e.payload())?;
    let store = app.store(TEACHER_FILE).map_err(store_error)?;
    store.set(HASH_KEY, serde_json::Value::String(hash));
    store.save().map_err(store_error)?;
    state.teacher_unlocked.store(true, Ordering::SeqCst);
    status(&app, &state)
}

#[tauri::command]
pub fn teacher_unlock<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    password: String,
) -> CmdResult<TeacherStatus> {
    let ok = stored_hash(&app)?.is_some_and(|h| secret::verify(&password, &h));
    if !ok {
        std::thread::sleep(WRONG_PASSWORD_DELAY);
        return Err(CoreError::TeacherPassword.payload());
    }
    state.teacher_unlocked.store(true, Ordering::SeqCst);
    status(&app, &state)
}

#[tauri::command]
pub fn teacher_lock(state: State<'_, AppState>) {
    state.teacher_unlocked.store(false, Ordering::SeqCst);
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
