//! Reports for the teacher in charge and the administrator: completion exports (CSV, XLSX, the
//! printable summary page), certificates (PDF), the bundle for the school-wide merge and the merge
//! itself. The save and open dialogs are shown from Rust, so the web view never chooses a path;
//! the command answers with where the file went. Long work reports progress as
//! `progress:report` events. Every command requires teacher mode.
//!
//! Merged bundles go into a separate **school** store (`app data/school`), never into this
//! teacher's hub: merged classes must not become joinable from the lab. A school-wide export
//! first merges this hub's own data into it (idempotent), so it always includes the admin's own
//! classes.
//!
//! `JIKIM_SAVE_DIR` (unattended labs, end-to-end tests) saves into that folder without asking.

use crate::hub::{hub_dir, store, HubState};
use crate::state::{Device, Study, TeacherMode};
use jikim_core::error::FileFault;
use jikim_core::i18n::messages as m;
use jikim_core::{CoreError, ErrorPayload};
use jikim_report::{export, Filter, Progress, ReportError};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::{Emitter, State};
use tauri_plugin_dialog::DialogExt;

type CmdResult<T> = Result<T, ErrorPayload>;

/// Event carrying `{done, total}` while a long export or merge runs.
pub const PROGRESS_EVENT: &str = "progress:report";

fn report_error(e: ReportError) -> ErrorPayload {
    jikim_core::error::AppError::payload(&e)
}

fn task_failed(e: impl std::fmt::Display) -> ErrorPayload {
    CoreError::from(FileFault::other("report", e)).payload()
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    Csv,
    Xlsx,
    Summary,
    Certificates,
    /// The hours ledger (이수 실적, XLSX) against what the hub says each grade owes.
    Ledger,
}

/// Which data: this teacher's hub, the school store with every merged bundle, or a past school
/// year's archive (`archive-2026`, written when the hub rolled over).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(try_from = "String")]
#[ts(type = "\"hub\" | \"school\" | `archive-${number}`")]
pub enum ReportScope {
    Hub,
    School,
    Archive(i32),
}

impl TryFrom<String> for ReportScope {
    type Error = String;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        match s.as_str() {
            "hub" => Ok(ReportScope::Hub),
            "school" => Ok(ReportScope::School),
            other => other
                .strip_prefix("archive-")
                .and_then(|y| y.parse::<i32>().ok())
                .map(ReportScope::Archive)
                .ok_or_else(|| format!("scope {other}")),
        }
    }
}

/// What the teacher asked for on the report screen.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    kind: ExportKind,
    scope: ReportScope,
    /// `학년-반`, empty for every class.
    #[serde(default)]
    class: String,
    #[serde(default)]
    module_id: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    school: String,
    /// Certificates only: one student of the chosen class (0 = every student).
    #[serde(default)]
    number: u32,
}

/// Where a file was written.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    path: String,
    /// Rows, certificates or records written.
    count: usize,
}

/// One merged bundle.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Merged {
    file: String,
    classes: u64,
    students: u64,
    records: u64,
    present: u64,
    /// Certificates (이수증) new to the school hub (bundle format 3).
    certificates: u64,
}

/// A class the report screen can filter on.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportClass {
    grade: u32,
    class_no: u32,
}

impl ExportRequest {
    /// The filter of the report screen's fields (an empty field keeps everything).
    fn filter(&self) -> Result<Filter, ReportError> {
        let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let one = |s: &str| opt(s).into_iter().collect::<Vec<_>>();
        Filter::from_text(
            &one(&self.class),
            &one(&self.module_id),
            opt(&self.from).as_deref(),
            opt(&self.to).as_deref(),
        )
    }

    /// What to write.
    fn kind(&self) -> export::Kind {
        match self.kind {
            ExportKind::Csv => export::Kind::Csv,
            ExportKind::Xlsx => export::Kind::Xlsx,
            ExportKind::Summary => export::Kind::Summary,
            ExportKind::Certificates => export::Kind::Certificates {
                number: (self.number > 0).then_some(self.number),
                zip: false,
            },
            ExportKind::Ledger => export::Kind::Ledger,
        }
    }
}

impl ReportScope {
    /// The scope as the report crate reads it (the school store lives next to the hub's folder).
    fn resolve(self, school_dir: &std::path::Path) -> export::Scope<'_> {
        match self {
            ReportScope::Hub => export::Scope::Own,
            ReportScope::School => export::Scope::School(school_dir),
            ReportScope::Archive(year) => export::Scope::Archive(year),
        }
    }
}

use jikim_report::today_kst;

fn school_dir<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> CmdResult<PathBuf> {
    Ok(hub_dir(app)?
        .parent()
        .map(|p| p.join("school"))
        .unwrap_or_else(|| PathBuf::from("school")))
}

/// Asks where to save (or uses `JIKIM_SAVE_DIR`); `None` when the teacher cancels.
pub(crate) fn save_path<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    file_name: &str,
    ext: &str,
) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("JIKIM_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(file_name));
    }
    app.dialog()
        .file()
        .set_file_name(file_name)
        .add_filter(ext.to_uppercase(), &[ext])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

/// Asks which file (`many`: files) to open, or uses the path list in the environment variable
/// `env` (no native dialog under WebDriver); `None` when the teacher cancels.
fn open_paths<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    env: &str,
    filter: &str,
    ext: &str,
    many: bool,
) -> Option<Vec<PathBuf>> {
    if let Some(list) = std::env::var_os(env) {
        return Some(std::env::split_paths(&list).collect());
    }
    let dialog = app.dialog().file().add_filter(filter, &[ext]);
    let picked = if many {
        dialog.blocking_pick_files()?
    } else {
        vec![dialog.blocking_pick_file()?]
    };
    Some(
        picked
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .collect(),
    )
}

fn progress_emitter<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> impl FnMut(Progress) {
    move |p: Progress| {
        let _ = app.emit(
            PROGRESS_EVENT,
            serde_json::json!({ "done": p.done, "total": p.total }),
        );
    }
}

/// Past school years whose archives reports can read, newest first.
#[tauri::command]
pub fn report_years<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
) -> CmdResult<Vec<i32>> {
    teacher.require()?;
    let hub = store(&app, &hub_state)?;
    Ok(export::archive_years(&hub)?)
}

/// What every student of each grade owes this school year, per requirement: what the hours
/// ledger (이수 실적) measures credited minutes against. Empty until the administrator sets it.
#[tauri::command]
pub fn report_owed<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
) -> CmdResult<Vec<jikim_hub::requirements::Owed>> {
    teacher.require()?;
    let hub = store(&app, &hub_state)?;
    Ok(hub.owed()?)
}

/// Sets what every student of `grade` owes of `requirement` (0 minutes removes it); answers
/// with everything owed after the change.
#[tauri::command]
pub fn report_set_owed<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
    grade: u32,
    requirement: jikim_core::content::Requirement,
    minutes: u32,
) -> CmdResult<Vec<jikim_hub::requirements::Owed>> {
    teacher.require()?;
    let hub = store(&app, &hub_state)?;
    hub.set_owed(grade, requirement, minutes)?;
    Ok(hub.owed()?)
}

/// A new school year (진급): the new roster CSV (`학년,반,번호,이름,이전반,이전번호`) the
/// administrator chooses; last year is archived first (reports read it), students move up with
/// their ids. `None` when the teacher cancels the file choice.
#[tauri::command]
pub async fn report_rollover<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
    year: i32,
) -> CmdResult<Option<jikim_hub::rollover::RolloverReport>> {
    teacher.require()?;
    let hub = store(&app, &hub_state)?;
    let dashboard = hub_state.dashboard.clone();
    let worker_app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let Some(file) = open_paths(&worker_app, "JIKIM_ROLLOVER_FILE", "CSV", "csv", false)
            .and_then(|files| files.into_iter().next())
        else {
            return Ok(None);
        };
        let bytes =
            std::fs::read(&file).map_err(|e| report_error(FileFault::of_io(&file, &e).into()))?;
        let rows = jikim_hub::rollover::parse_rollover_csv(&bytes)
            .map_err(|e| ErrorPayload::from(e).about_file(&file))?;
        let done = hub
            .roll_over(year, &rows)
            .map_err(|e| ErrorPayload::from(e).about_file(&file))?;
        dashboard
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .invalidate();
        Ok(Some(done))
    })
    .await
    .map_err(task_failed)?
}

/// Classes of a scope, for the report screen's filter.
#[tauri::command]
pub async fn report_classes<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
    scope: ReportScope,
) -> CmdResult<Vec<ReportClass>> {
    teacher.require()?;
    let hub = store(&app, &hub_state)?;
    let school = school_dir(&app)?;
    let snap = export::snapshot(&hub, scope.resolve(&school))?;
    Ok(snap
        .classes
        .iter()
        .map(|c| ReportClass {
            grade: c.grade,
            class_no: c.class_no,
        })
        .collect())
}

/// Exports completion (CSV, XLSX), the printable summary (HTML) or certificates (PDF).
#[tauri::command]
pub async fn report_export<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
    study: State<'_, Study>,
    request: ExportRequest,
) -> CmdResult<Option<Saved>> {
    teacher.require()?;
    let filter = request.filter()?;
    let hub = store(&app, &hub_state)?;
    let service = study.shared_service()?;
    let l10n = jikim_core::i18n::Localizer::new(&crate::commands::current_locale(&app));
    let school_dir = school_dir(&app)?;
    let today = today_kst();
    let (stem, ext) = match request.kind {
        ExportKind::Csv => ("이수현황", "csv"),
        ExportKind::Xlsx => ("이수현황", "xlsx"),
        ExportKind::Summary => ("이수보고요약", "html"),
        ExportKind::Certificates => ("이수증", "pdf"),
        ExportKind::Ledger => ("이수실적", "xlsx"),
    };
    let name = format!("{stem}-{today}.{ext}");
    let worker_app = app.clone();
    tauri::async_runtime::spawn_blocking(move || -> CmdResult<Option<Saved>> {
        let Some(path) = save_path(&worker_app, &name, ext) else {
            return Ok(None);
        };
        let kind = request.kind();
        let school = request.school.trim().to_string();
        let asked = export::Request {
            kind,
            scope: request.scope.resolve(&school_dir),
            filter: &filter,
            school: &school,
            date: today,
        };
        let mut progress = progress_emitter(worker_app.clone());
        let done = export::export(&hub, service.library(), &asked, &path, &l10n, &mut progress)?;
        Ok(Some(Saved {
            path: path.display().to_string(),
            count: done.count,
        }))
    })
    .await
    .map_err(task_failed)?
}

/// Writes this hub's bundle for the administrator's school-wide merge.
#[tauri::command]
pub async fn report_bundle<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
) -> CmdResult<Option<Saved>> {
    teacher.require()?;
    let hub = store(&app, &hub_state)?;
    let name = format!("지킴묶음-{}.jikim", today_kst());
    let worker_app = app.clone();
    tauri::async_runtime::spawn_blocking(move || -> CmdResult<Option<Saved>> {
        let Some(path) = save_path(&worker_app, &name, "jikim") else {
            return Ok(None);
        };
        let done = export::bundle(&hub, &[], &path)?;
        Ok(Some(Saved {
            path: path.display().to_string(),
            count: done.records,
        }))
    })
    .await
    .map_err(task_failed)?
}

/// Merges teachers' bundles into the school store. Every file is read and checked first; one bad
/// file stops the merge before anything changes, and its error names it.
#[tauri::command]
pub async fn report_merge<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
) -> CmdResult<Option<Vec<Merged>>> {
    teacher.require()?;
    let dir = school_dir(&app)?;
    let worker_app = app.clone();
    tauri::async_runtime::spawn_blocking(move || -> CmdResult<Option<Vec<Merged>>> {
        let Some(files) = open_paths(&worker_app, "JIKIM_MERGE_FILES", "Jikim", "jikim", true)
        else {
            return Ok(None);
        };
        let mut emit = progress_emitter(worker_app.clone());
        let merged = jikim_report::merge::merge_files(&dir, &files, &mut |event| {
            if let jikim_report::merge::Event::Progress { progress, .. } = event {
                emit(progress);
            }
        })?;
        let out = merged
            .into_iter()
            .map(|m| Merged {
                file: m.file.display().to_string(),
                classes: m.stats.classes_added,
                students: m.stats.students_added,
                records: m.stats.records_added,
                present: m.stats.records_present,
                certificates: m.stats.certificates_added,
            })
            .collect();
        Ok(Some(out))
    })
    .await
    .map_err(task_failed)?
}

/// What the end-of-year clean-up did.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PurgedView {
    /// The bundle written (and read back) first.
    bundle: String,
    /// `YYYY-MM-DD`: records received before this day were deleted.
    before: String,
    records: usize,
    students: usize,
}

/// The end-of-year clean-up: sets how many school years the hub keeps, writes a bundle of
/// everything first (the school keeps it), reads it back, and only then deletes the records
/// received before the kept school years (the purge refuses unless the bundle holds them all).
#[tauri::command]
pub async fn report_purge<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
    years: u32,
) -> CmdResult<Option<PurgedView>> {
    teacher.require()?;
    let hub = store(&app, &hub_state)?;
    hub.set_retention_years(years)
        .map_err(|e| report_error(e.into()))?;
    let before = jikim_hub::lifecycle::retention_cutoff(today_kst(), years);
    let name = format!("지킴묶음-정리전-{}.jikim", today_kst());
    let worker_app = app.clone();
    tauri::async_runtime::spawn_blocking(move || -> CmdResult<Option<PurgedView>> {
        let Some(path) = save_path(&worker_app, &name, "jikim") else {
            return Ok(None);
        };
        let purged = export::purge_behind_bundle(&hub, before, &path)?;
        Ok(Some(PurgedView {
            bundle: path.display().to_string(),
            before: before.to_string(),
            records: purged.records,
            students: purged.students,
        }))
    })
    .await
    .map_err(task_failed)?
}

/// Writes the provisioning file for this teacher's lab (the running hub's address and full
/// certificate fingerprint, the school name, idle sign-out, teacher mode off) where the teacher
/// chooses; an administrator puts it on the lab image (`docs/provisioning.md`).
#[tauri::command]
pub async fn provision_write<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    teacher: State<'_, TeacherMode>,
    hub_state: State<'_, HubState>,
    device: State<'_, Device>,
) -> CmdResult<Option<Saved>> {
    teacher.require()?;
    let hub = hub_state
        .status()
        .filter(|h| h.serving)
        .ok_or_else(|| ErrorPayload::new("hub_not_running", m::TEACHER_PROVISION_NEEDS_HUB))?;
    let settings = crate::commands::get_settings(app.clone(), device)?;
    let address = format!(
        "{}:{}",
        hub.addresses.first().cloned().unwrap_or_default(),
        hub.port
    );
    let text = jikim_core::provision::lab_file(
        &settings.school_name,
        &address,
        &hub.fingerprint,
        settings.idle_seconds / 60,
    )
    .map_err(|issues| {
        jikim_core::provision::issues_payload(std::path::Path::new("provision.toml"), &issues)
    })?;
    let worker_app = app.clone();
    tauri::async_runtime::spawn_blocking(move || -> CmdResult<Option<Saved>> {
        let Some(path) = save_path(&worker_app, "provision.toml", "toml") else {
            return Ok(None);
        };
        jikim_report::write_atomically(&path, text.as_bytes())?;
        Ok(Some(Saved {
            path: path.display().to_string(),
            count: 1,
        }))
    })
    .await
    .map_err(task_failed)?
}
