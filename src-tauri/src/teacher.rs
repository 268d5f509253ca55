//! Teacher mode commands: the gate (`jikim_core::teacher`: never whoever clicks first on a lab
//! PC; an unreadable password file means locked; atomic, owner-only writes; wrong passwords wait
//! longer each time, off the window's thread; idle auto-lock) and the teacher's view of modules.
//! Class, roster, assignment and result commands go through the hub (see `hub.rs`); whether
//! teacher mode is open is `state::TeacherMode`.

use crate::hub::{HubState, HubStatus};
use crate::state::{Device, Study, TeacherMode};
use jikim_core::error::FileFault;
use jikim_core::i18n::{messages as m, Msg};
use jikim_core::limits;
use jikim_core::provision::TeacherPolicy;
use jikim_core::teacher::{self as gate_rules, Gate};
use jikim_core::{secret, CoreError, ErrorPayload};
use serde::Serialize;
use tauri::State;

type CmdResult<T> = Result<T, ErrorPayload>;

const TEACHER_FILE: &str = "teacher.json";

/// What the teacher screens need to know first.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TeacherStatus {
    password_set: bool,
    unlocked: bool,
    hub: Option<HubStatus>,
}

fn plain(code: &str, message: Msg) -> ErrorPayload {
    ErrorPayload::new(code, message)
}

/// The gate of this PC: provisioning first, then the password file; a lab PC (a provisioned
/// hub, or students joined a hub from it) never lets the first comer set a password.
fn gate(device: &Device, study: &Study) -> CmdResult<Gate> {
    let provision = device.provision.as_ref().map_err(Clone::clone)?;
    let system_policy = provision
        .as_ref()
        .filter(|p| p.source == jikim_core::provision::Source::System)
        .and_then(|p| p.teacher.as_ref());
    if provision
        .as_ref()
        .is_some_and(|p| p.teacher == Some(TeacherPolicy::Off))
    {
        return Ok(Gate::Unavailable(m::ERRORS_TEACHER_OFF));
    }
    let lab_pc = provision.as_ref().is_some_and(|p| p.hub.is_some())
        || study
            .service()
            .ok()
            .and_then(|s| s.known_hub().ok().flatten())
            .is_some();
    let file = gate_rules::read(&device.data_dir.join(TEACHER_FILE));
    Ok(gate_rules::gate(system_policy, &file, lab_pc))
}

fn status(teacher: &TeacherMode, hub: &HubState, gate: &Gate) -> TeacherStatus {
    TeacherStatus {
        password_set: matches!(gate, Gate::Unlock(_)),
        unlocked: teacher.is_unlocked(),
        hub: hub.status(),
    }
}

/// The gate's state; an error (in words) when this PC has no teacher mode.
#[tauri::command]
pub fn teacher_status(
    device: State<'_, Device>,
    study: State<'_, Study>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
) -> CmdResult<TeacherStatus> {
    match gate(&device, &study)? {
        Gate::Unavailable(why) => Err(plain("teacher_unavailable", why)),
        g => Ok(status(&teacher, &hub, &g)),
    }
}

/// Sets the password on first use, where this PC allows it (never on a lab PC).
#[tauri::command]
pub fn teacher_set_password(
    device: State<'_, Device>,
    study: State<'_, Study>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    password: String,
) -> CmdResult<TeacherStatus> {
    match gate(&device, &study)? {
        Gate::Setup => {}
        Gate::Unavailable(why) => return Err(plain("teacher_unavailable", why)),
        Gate::Unlock(_) => return Err(CoreError::TeacherPassword.payload()),
    }
    if password.chars().count() < limits::TEACHER_PASSWORD_MIN_CHARS {
        return Err(ErrorPayload::new(
            "teacher_password_short",
            m::TeacherPasswordShort {
                min: limits::TEACHER_PASSWORD_MIN_CHARS,
            },
        ));
    }
    let hash = secret::hash(&password)?;
    let path = device.data_dir.join(TEACHER_FILE);
    gate_rules::write(&path, &hash)
        .map_err(|e| CoreError::from(FileFault::of_io(&path, &e)).payload())?;
    teacher.open();
    Ok(status(&teacher, &hub, &Gate::Unlock(hash)))
}

/// Unlocks with the password. Argon2 and the growing wait after a wrong password run off the
/// window's thread.
#[tauri::command]
pub async fn teacher_unlock(
    device: State<'_, Device>,
    study: State<'_, Study>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    password: String,
) -> CmdResult<TeacherStatus> {
    let g = gate(&device, &study)?;
    let hash = match &g {
        Gate::Unlock(h) => h.clone(),
        Gate::Unavailable(why) => return Err(plain("teacher_unavailable", *why)),
        Gate::Setup => return Err(CoreError::TeacherPassword.payload()),
    };
    let ok = tauri::async_runtime::spawn_blocking(move || secret::verify(&password, &hash))
        .await
        .unwrap_or(false);
    if !ok {
        let n = teacher.wrong_password();
        tracing::warn!(in_a_row = n, "wrong teacher password");
        tokio::time::sleep(gate_rules::wrong_password_delay(n)).await;
        return Err(CoreError::TeacherPassword.payload());
    }
    teacher.open();
    tracing::info!("teacher mode unlocked");
    Ok(status(&teacher, &hub, &g))
}

#[tauri::command]
pub fn teacher_lock(teacher: State<'_, TeacherMode>) {
    teacher.lock();
}

/// A module as the teacher picks it for an assignment.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleOption {
    id: String,
    title: String,
}

#[tauri::command]
pub fn teacher_modules(
    teacher: State<'_, TeacherMode>,
    study: State<'_, Study>,
) -> CmdResult<Vec<ModuleOption>> {
    teacher.require()?;
    let service = study.service()?;
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
