//! Teacher mode's class hub: starting the HTTPS hub on the LAN interface the teacher picks, and
//! the class, roster, assignment and results commands over the hub database. Every command here
//! requires teacher mode to be unlocked. [`HubState`] is the teacher's side of the app's state.

use crate::state::{Study, TeacherMode};
use jikim_core::error::FileFault;
use jikim_core::study::dashboard::{self, ClassResults, ItemStat, RosterStudent};
use jikim_core::{CoreError, ErrorPayload};
use jikim_hub::identity::{DeviceRow, JoinWindow, DEFAULT_JOIN_MINUTES};
use jikim_hub::store::{parse_roster_csv, HubStore};
use jikim_hub::{HubError, RunningHub};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tauri::{Manager, State};
use uuid::Uuid;

type CmdResult<T> = Result<T, ErrorPayload>;

/// What the teacher sees about the running hub.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HubStatus {
    /// Addresses students can type.
    pub addresses: Vec<String>,
    pub port: u16,
    /// Lower-case hex SHA-256 of the hub certificate.
    pub fingerprint: String,
    /// False when the hub stopped (it ended or failed); the teacher can start it again.
    pub serving: bool,
}

/// A running hub owned by the app.
pub struct HubHandle {
    pub status: HubStatus,
    pub running: RunningHub,
}

impl HubHandle {
    /// The status shown to the teacher.
    pub fn status(&self) -> HubStatus {
        HubStatus {
            serving: self.running.is_serving(),
            ..self.status.clone()
        }
    }
}

/// The teacher's side of the app's state: the hub this PC runs, the hub database the teacher
/// screens read, and the dashboard refreshed from it.
#[derive(Default)]
pub struct HubState {
    /// The class hub, when this PC runs it (teacher mode).
    running: Mutex<Option<HubHandle>>,
    /// The hub database for teacher screens (opened on first use).
    store: Mutex<Option<Arc<HubStore>>>,
    /// The teacher's dashboard: class records read so far, refreshed incrementally.
    pub dashboard: Arc<Mutex<jikim_hub::dashboard::Dashboard>>,
}

impl HubState {
    /// The running hub's status, if this PC runs one.
    pub fn status(&self) -> Option<HubStatus> {
        self.running
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|h| h.status())
    }

    /// The running hub's lab period, if this PC runs a hub.
    fn lab_period(&self) -> Option<Arc<jikim_hub::period::LabPeriod>> {
        self.running
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .filter(|h| h.running.is_serving())
            .map(|h| h.running.period.clone())
    }
}

pub(crate) fn hub_dir<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> CmdResult<PathBuf> {
    app.path()
        .app_data_dir()
        .map(|d| d.join("hub"))
        .map_err(|e| CoreError::from(FileFault::other("app data", e)).payload())
}

/// The hub database, opened on first use.
pub(crate) fn store<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    hub: &HubState,
) -> CmdResult<Arc<HubStore>> {
    let mut cached = hub.store.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(s) = cached.as_ref() {
        return Ok(s.clone());
    }
    let s = Arc::new(HubStore::open(&hub_dir(app)?)?);
    *cached = Some(s.clone());
    Ok(s)
}

/// IPv4 addresses of this PC's network interfaces (LAN first, loopback last). Empty when they
/// cannot be read: the teacher's screen then asks for the address instead of offering a list.
#[tauri::command]
pub fn hub_interfaces(teacher: State<'_, TeacherMode>) -> CmdResult<Vec<String>> {
    teacher.require()?;
    let found = if_addrs::get_if_addrs().unwrap_or_else(|e| {
        tracing::warn!(error = %e, "this PC's network interfaces could not be read");
        Vec::new()
    });
    let mut out: Vec<(bool, String)> = found
        .into_iter()
        .filter(|i| i.ip().is_ipv4())
        .map(|i| (i.is_loopback(), i.ip().to_string()))
        .collect();
    out.sort();
    out.dedup();
    Ok(out.into_iter().map(|(_, ip)| ip).collect())
}

/// Starts the hub on `address:port` (the interface the teacher picked) and announces it.
#[tauri::command]
pub async fn hub_start<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    study: State<'_, Study>,
    address: String,
    port: u16,
) -> CmdResult<HubStatus> {
    teacher.require()?;
    match hub.status() {
        Some(status) if status.serving => return Ok(status),
        Some(_) => {
            tracing::error!("the class hub had stopped; starting it again");
            *hub.running.lock().unwrap_or_else(|p| p.into_inner()) = None;
        }
        None => {}
    }
    // An address that is not an IP (none chosen yet) is one the hub cannot listen at.
    let ip: std::net::IpAddr = address.trim().parse().map_err(|_| {
        ErrorPayload::from(jikim_hub::HubError::CannotListen {
            addr: format!("{address}:{port}"),
        })
    })?;
    let service = study.service()?;
    let running = jikim_hub::start(
        &hub_dir(&app)?,
        std::net::SocketAddr::new(ip, port),
        true,
        service.library(),
    )
    .await?;
    tracing::info!(address = %running.addr, "class hub serving");
    let status = HubStatus {
        addresses: vec![running.addr.ip().to_string()],
        port: running.addr.port(),
        fingerprint: running.fingerprint.clone(),
        serving: true,
    };
    *hub.running.lock().unwrap_or_else(|p| p.into_inner()) = Some(HubHandle {
        status: status.clone(),
        running,
    });
    Ok(status)
}

/// A class as the teacher sees it, with its join code while joining is open.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ClassView {
    id: Uuid,
    grade: u32,
    class_no: u32,
    join: Option<JoinWindow>,
    student_count: u32,
}

#[tauri::command]
pub fn class_list<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
) -> CmdResult<Vec<ClassView>> {
    teacher.require()?;
    Ok(store(&app, &hub)?
        .classes()?
        .into_iter()
        .map(|c| ClassView {
            id: c.id,
            grade: c.grade,
            class_no: c.class_no,
            join: c.join,
            student_count: c.student_count,
        })
        .collect())
}

/// Opens joining for the class with a new short code (for `minutes`, 30 by default).
#[tauri::command]
pub fn join_open<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
    minutes: Option<u32>,
) -> CmdResult<JoinWindow> {
    teacher.require()?;
    store(&app, &hub)?
        .open_joining(class_id, minutes.unwrap_or(DEFAULT_JOIN_MINUTES))
        .map_err(ErrorPayload::from)
}

/// A new code for the open window (the old one stops working at once).
#[tauri::command]
pub fn join_rotate<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
) -> CmdResult<JoinWindow> {
    teacher.require()?;
    store(&app, &hub)?
        .rotate_join_code(class_id)
        .map_err(ErrorPayload::from)
}

/// Closes joining now.
#[tauri::command]
pub fn join_close<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
) -> CmdResult<()> {
    teacher.require()?;
    store(&app, &hub)?
        .close_joining(class_id)
        .map_err(ErrorPayload::from)
}

/// A device as the teacher sees it.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceView {
    #[serde(flatten)]
    device: DeviceRow,
    /// First seen in the last 24 hours.
    new: bool,
}

/// A student's sign-in state and devices.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StudentAccess {
    student_id: Uuid,
    number: u32,
    name: String,
    pin_set: bool,
    locked: bool,
    devices: Vec<DeviceView>,
}

/// Each student's PIN state and devices (newest first), for the class view.
#[tauri::command]
pub fn class_access<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
) -> CmdResult<Vec<StudentAccess>> {
    teacher.require_passive()?;
    let s = store(&app, &hub)?;
    let pins = s.pin_states(class_id)?;
    let devices = s.devices(class_id)?;
    let now = time::OffsetDateTime::now_utc();
    Ok(s.roster(class_id)?
        .into_iter()
        .map(|r| {
            let pin = pins.iter().find(|p| p.student_id == r.student_id);
            StudentAccess {
                student_id: r.student_id,
                number: r.number,
                name: r.name,
                pin_set: pin.is_some_and(|p| p.pin_set),
                locked: pin.is_some_and(|p| p.locked),
                devices: devices
                    .iter()
                    .filter(|d| d.student_id == r.student_id)
                    .map(|d| DeviceView {
                        new: d.is_new(now),
                        device: d.clone(),
                    })
                    .collect(),
            }
        })
        .collect())
}

/// What the teacher can do about a student's sign-in.
#[derive(Deserialize, Debug, Clone, Copy, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum AccessAction {
    /// Unlock a PIN locked by wrong tries.
    Unlock,
    /// Forget the PIN and revoke every device: the student joins again with the code.
    ResetPin,
    /// Revoke every device's token.
    RevokeDevices,
    /// Delete the student and all their records (their lab PCs erase their copy on next contact).
    Delete,
}

#[tauri::command]
pub fn student_access<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    student_id: Uuid,
    action: AccessAction,
) -> CmdResult<()> {
    teacher.require()?;
    let s = store(&app, &hub)?;
    match action {
        AccessAction::Unlock => s.unlock_pin(student_id),
        AccessAction::ResetPin => s.reset_pin(student_id),
        AccessAction::RevokeDevices => s.revoke_devices(student_id).map(|_| ()),
        AccessAction::Delete => s.delete_student(student_id).map(|_| ()),
    }
    .map_err(ErrorPayload::from)
}

/// Revokes one device's token.
#[tauri::command]
pub fn device_revoke<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    device_id: Uuid,
) -> CmdResult<()> {
    teacher.require()?;
    store(&app, &hub)?
        .revoke_device(device_id)
        .map_err(ErrorPayload::from)
}

#[tauri::command]
pub fn class_create<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    grade: u32,
    class_no: u32,
) -> CmdResult<()> {
    teacher.require()?;
    store(&app, &hub)?
        .create_class(grade, class_no)
        .map(|_| ())
        .map_err(ErrorPayload::from)
}

/// A roster line.
#[derive(Serialize, Deserialize, ts_rs::TS)]
pub struct RosterEntry {
    number: u32,
    name: String,
}

fn roster_view(rows: Vec<jikim_hub::store::RosterRow>) -> Vec<RosterEntry> {
    rows.into_iter()
        .map(|r| RosterEntry {
            number: r.number,
            name: r.name,
        })
        .collect()
}

#[tauri::command]
pub fn roster_get<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
) -> CmdResult<Vec<RosterEntry>> {
    teacher.require()?;
    store(&app, &hub)?
        .roster(class_id)
        .map(roster_view)
        .map_err(ErrorPayload::from)
}

#[tauri::command]
pub fn roster_set<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
    entries: Vec<RosterEntry>,
) -> CmdResult<Vec<RosterEntry>> {
    teacher.require()?;
    let entries: Vec<(u32, String)> = entries.into_iter().map(|e| (e.number, e.name)).collect();
    store(&app, &hub)?
        .set_roster(class_id, &entries)
        .map(roster_view)
        .map_err(ErrorPayload::from)
}

/// Imports a roster CSV (번호,이름; UTF-8 or CP949) the teacher picked in the window.
#[tauri::command]
pub fn roster_import_csv<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
    bytes: Vec<u8>,
) -> CmdResult<Vec<RosterEntry>> {
    teacher.require()?;
    let entries = parse_roster_csv(&bytes)?;
    store(&app, &hub)?
        .set_roster(class_id, &entries)
        .map(roster_view)
        .map_err(ErrorPayload::from)
}

/// An assignment with its module title.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AssignmentView {
    module_id: String,
    title: String,
    due: String,
}

fn assignments_view(
    study: &Study,
    list: Vec<jikim_core::sync::protocol::Assignment>,
) -> Vec<AssignmentView> {
    let lib = study.service().ok().map(|s| s.library());
    list.into_iter()
        .map(|a| AssignmentView {
            title: lib
                .and_then(|l| l.module(&a.module_id))
                .map(|m| m.title.clone())
                .unwrap_or_else(|| a.module_id.clone()),
            module_id: a.module_id,
            due: a.due,
        })
        .collect()
}

#[tauri::command]
pub fn assignment_list<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    study: State<'_, Study>,
    class_id: Uuid,
) -> CmdResult<Vec<AssignmentView>> {
    teacher.require()?;
    let list = store(&app, &hub)?.assignments(class_id)?;
    Ok(assignments_view(&study, list))
}

#[tauri::command]
pub fn assignment_add<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    study: State<'_, Study>,
    class_id: Uuid,
    module_id: String,
    due: String,
) -> CmdResult<Vec<AssignmentView>> {
    teacher.require()?;
    let s = store(&app, &hub)?;
    s.set_assignment(class_id, &module_id, &due)?;
    Ok(assignments_view(&study, s.assignments(class_id)?))
}

fn roster_students(s: &HubStore, class_id: Uuid) -> CmdResult<Vec<RosterStudent>> {
    Ok(s.roster(class_id)?
        .iter()
        .map(RosterStudent::from)
        .collect())
}

/// Runs dashboard work off the window's thread.
async fn off_ui<T: Send + 'static>(
    work: impl FnOnce() -> CmdResult<T> + Send + 'static,
) -> CmdResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|_| HubError::Invalid("dashboard task".into()))?
}

/// The live dashboard of a class, computed from the hub's records with the app's own rules;
/// each refresh reads only the records received since the last one, off the window's thread.
#[tauri::command]
pub async fn class_results<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    study: State<'_, Study>,
    class_id: Uuid,
) -> CmdResult<ClassResults> {
    teacher.require_passive()?;
    let s = store(&app, &hub)?;
    let service = study.shared_service()?;
    let dashboard = hub.dashboard.clone();
    off_ui(move || {
        let roster = roster_students(&s, class_id)?;
        Ok(dashboard
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .results(&s, service.library(), class_id, &roster)?)
    })
    .await
}

#[tauri::command]
pub async fn item_analysis<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    study: State<'_, Study>,
    class_id: Uuid,
    module_id: String,
) -> CmdResult<Vec<ItemStat>> {
    teacher.require_passive()?;
    let s = store(&app, &hub)?;
    let service = study.shared_service()?;
    let dashboard = hub.dashboard.clone();
    off_ui(move || {
        let module = service
            .library()
            .module(&module_id)
            .ok_or_else(|| CoreError::ModuleNotFound(module_id.clone()).payload())?;
        let roster = roster_students(&s, class_id)?;
        dashboard
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .items(&s, module, class_id, &roster)
            .map_err(ErrorPayload::from)
    })
    .await
}

/// One student's answers to a module, for the teacher's per-student detail.
#[tauri::command]
pub fn student_detail<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    study: State<'_, Study>,
    class_id: Uuid,
    module_id: String,
    number: u32,
) -> CmdResult<Vec<dashboard::StudentItem>> {
    teacher.require()?;
    // Opening a student's answers is written to the access log (who, when, which student).
    if let Ok(store) = store(&app, &hub) {
        let class = store.class(class_id).ok().flatten();
        let scope = match class {
            Some(c) => format!("{}-{} {number}번 {module_id}", c.grade, c.class_no),
            None => format!("{class_id} {number}번 {module_id}"),
        };
        store.note_access("view_answers", &scope);
    }
    let s = store(&app, &hub)?;
    let module = study
        .service()?
        .library()
        .module(&module_id)
        .ok_or_else(|| CoreError::ModuleNotFound(module_id.clone()).payload())?;
    let student = roster_students(&s, class_id)?
        .into_iter()
        .find(|r| r.number == number)
        .ok_or(HubError::NotFound)?;
    let records = s.class_records(class_id)?;
    Ok(dashboard::student_detail(
        module,
        student.student_id,
        &records,
    ))
}

/// The access log (newest first): who opened whose answers, and every export.
#[tauri::command]
pub fn access_log<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
) -> CmdResult<Vec<jikim_hub::access::AccessEntry>> {
    teacher.require()?;
    store(&app, &hub)?
        .access_log(500)
        .map_err(ErrorPayload::from)
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// The live class view (issue 14): per student, on which PC, records still waiting there, the
/// last record received, connected or not; `None` while this PC runs no hub.
#[tauri::command]
pub async fn period_view<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
) -> CmdResult<Option<jikim_hub::period::PeriodView>> {
    teacher.require_passive()?;
    let Some(period) = hub.lab_period() else {
        return Ok(None);
    };
    let s = store(&app, &hub)?;
    off_ui(move || {
        period
            .class_view(&s, class_id, unix_now())
            .map(Some)
            .map_err(ErrorPayload::from)
    })
    .await
}

fn period_needs_hub() -> ErrorPayload {
    ErrorPayload::new(
        "hub_not_running",
        jikim_core::i18n::messages::TEACHER_PERIOD_NEEDS_HUB,
    )
}

/// "지금 전송": every PC of the class sends what waits, at its next heartbeat.
#[tauri::command]
pub fn period_flush(
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
) -> CmdResult<()> {
    teacher.require()?;
    let period = hub.lab_period().ok_or_else(period_needs_hub)?;
    period.request_flush(class_id, unix_now());
    tracing::info!("the teacher asked the lab to send now");
    Ok(())
}

/// "수업 끝내기": every PC of the class sends what waits, and signs its student out at the next
/// page boundary; the class view then shows who is still unsent and why.
#[tauri::command]
pub fn period_end(
    teacher: State<'_, TeacherMode>,
    hub: State<'_, HubState>,
    class_id: Uuid,
) -> CmdResult<()> {
    teacher.require()?;
    let period = hub.lab_period().ok_or_else(period_needs_hub)?;
    period.end_period(class_id, unix_now());
    tracing::info!("the teacher ended the period");
    Ok(())
}
