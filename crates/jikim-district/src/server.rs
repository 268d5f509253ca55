//! `jikim district serve`: school hubs that can reach the education office push their district
//! bundles over HTTPS (issue 13). A school behind 망분리 brings the same file on a USB stick
//! instead (`jikim district import`); both end in [`District::import`].
//!
//! The upload is resumable and idempotent, in the manner of tus' offset uploads. A bundle is
//! named by its payload's SHA-256 (signed in its header), so the same bundle has the same name
//! however often it is sent:
//!
//! - `GET /api/v1/district/bundles/{sha256}`: [`UploadStatus`], how many bytes the server holds
//!   and whether the bundle is imported.
//! - `PATCH /api/v1/district/bundles/{sha256}` with `Upload-Offset: n` and the bundle's bytes
//!   from `n`: appended to a spool file (409 with the server's offset if `n` is not it). Once the
//!   header has arrived it is checked: signature, a registered school's key, the name matching
//!   the header, and no byte past the declared length. A bundle that fails is deleted at once
//!   (so an unknown sender can store at most one header's worth). When the last byte arrives the
//!   bundle is imported, in one transaction, and the spool file removed; a database error keeps
//!   it, and a `PATCH` at the end with no body imports it again.
//! - Sending an imported bundle again answers `done` and adds nothing.
//!
//! The server's TLS certificate is made on first start, as the school hub's is, and a school
//! pins its fingerprint (`jikim district-push --pin`).

use crate::bundle::{self, Counts};
use crate::db::District;
use crate::DistrictError;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use jikim_core::i18n::{messages as m, Message};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Largest body of one `PATCH`.
pub const MAX_CHUNK: usize = 16 * 1024 * 1024;
/// Largest bundle the server accepts (a school of 2,000 students sends tens of megabytes).
pub const MAX_BUNDLE: u64 = 8 * 1024 * 1024 * 1024;
/// The header of the offset protocol.
pub const OFFSET_HEADER: &str = "upload-offset";

/// Where an upload stands.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadStatus {
    /// Bytes the server holds (the whole length once done).
    pub offset: u64,
    /// The bundle's whole length, once its header has arrived.
    pub length: Option<u64>,
    /// Imported (now or before).
    pub done: bool,
    /// It was imported before this upload ended: nothing was added.
    pub already_imported: bool,
    /// What the bundle held, once done.
    pub read: Option<Counts>,
    /// Completions and records new to the district, when this upload imported it.
    pub added_completions: u64,
    pub added_records: u64,
}

/// The body of an error answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ApiError {
    pub code: String,
    pub message_id: String,
    #[serde(default)]
    pub args: std::collections::BTreeMap<String, String>,
    /// On a 409: the offset the server holds.
    #[serde(default)]
    pub offset: Option<u64>,
}

struct ServerState {
    district: District,
    spool: PathBuf,
    /// One upload of a bundle at a time (two PCs of one school pushing the same bundle).
    uploads: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl ServerState {
    fn lock_for(&self, id: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut uploads = self.uploads.lock().unwrap_or_else(|e| e.into_inner());
        uploads.retain(|_, l| Arc::strong_count(l) > 1);
        uploads.entry(id.to_string()).or_default().clone()
    }
}

fn error(status: StatusCode, e: &DistrictError) -> Response {
    if status.is_server_error() {
        tracing::warn!(error = %e, "district upload failed");
    }
    let message = e.message();
    (
        status,
        Json(ApiError {
            code: e.code().into(),
            message_id: message.id().into(),
            args: message.args().clone(),
            offset: None,
        }),
    )
        .into_response()
}

fn status_of(e: &DistrictError) -> StatusCode {
    match e {
        DistrictError::UnknownSchool { .. } => StatusCode::FORBIDDEN,
        e if e.is_bundle_fault() => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::SERVICE_UNAVAILABLE,
    }
}

fn io(path: &Path, e: std::io::Error) -> DistrictError {
    jikim_core::error::FileFault::of_io(path, &e).into()
}

/// A bundle's name: 64 lower-case hex digits.
fn valid_id(id: &str) -> bool {
    id.len() == 64
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn part_path(spool: &Path, id: &str) -> PathBuf {
    spool.join(format!("{id}.part"))
}

fn length_path(spool: &Path, id: &str) -> PathBuf {
    spool.join(format!("{id}.length"))
}

fn held(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn known_length(spool: &Path, id: &str) -> Option<u64> {
    std::fs::read_to_string(length_path(spool, id))
        .ok()
        .and_then(|t| t.trim().parse().ok())
}

fn forget(spool: &Path, id: &str) {
    let _ = std::fs::remove_file(part_path(spool, id));
    let _ = std::fs::remove_file(length_path(spool, id));
}

async fn status(State(state): State<Arc<ServerState>>, UrlPath(id): UrlPath<String>) -> Response {
    if !valid_id(&id) {
        return error(
            StatusCode::BAD_REQUEST,
            &DistrictError::Invalid("bundle name".into()),
        );
    }
    match state.district.imported(&id).await {
        Ok(Some(read)) => Json(UploadStatus {
            offset: known_length(&state.spool, &id).unwrap_or(0),
            done: true,
            already_imported: true,
            read: Some(read),
            ..Default::default()
        })
        .into_response(),
        Ok(None) => Json(UploadStatus {
            offset: held(&part_path(&state.spool, &id)),
            length: known_length(&state.spool, &id),
            ..Default::default()
        })
        .into_response(),
        Err(e) => error(status_of(&e), &e),
    }
}

/// Checks the header once the spool file holds it: `Ok(None)` while it has not all arrived.
async fn check_header(
    state: &ServerState,
    id: &str,
    part: &Path,
) -> Result<Option<u64>, DistrictError> {
    let mut head = Vec::new();
    {
        use std::io::Read;
        let file = std::fs::File::open(part).map_err(|e| io(part, e))?;
        file.take((bundle::MAGIC.len() + bundle::MAX_HEADER + 1) as u64)
            .read_to_end(&mut head)
            .map_err(|e| io(part, e))?;
    }
    let (header, signer, consumed) = match bundle::read_header(&mut head.as_slice()) {
        Ok(h) => h,
        Err(DistrictError::Truncated) => return Ok(None),
        // Fewer bytes than the magic line: not refused yet, only not arrived.
        Err(DistrictError::NotABundle) if head.len() < bundle::MAGIC.len() => return Ok(None),
        Err(e) => return Err(e),
    };
    if header.sha256 != id {
        return Err(DistrictError::Invalid(
            "the bundle's name is not its header's checksum".into(),
        ));
    }
    if state.district.school_of(&header.key).await?.is_none() {
        return Err(DistrictError::UnknownSchool {
            key_id: signer.key_id(),
        });
    }
    let length = consumed.saturating_add(header.length);
    if length > MAX_BUNDLE {
        return Err(DistrictError::Invalid(format!(
            "bundle of {length} bytes is larger than {MAX_BUNDLE}"
        )));
    }
    Ok(Some(length))
}

async fn append(
    State(state): State<Arc<ServerState>>,
    UrlPath(id): UrlPath<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !valid_id(&id) {
        return error(
            StatusCode::BAD_REQUEST,
            &DistrictError::Invalid("bundle name".into()),
        );
    }
    let Some(offset) = headers
        .get(OFFSET_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    else {
        return error(
            StatusCode::BAD_REQUEST,
            &DistrictError::Invalid(format!("{OFFSET_HEADER} header")),
        );
    };
    let lock = state.lock_for(&id);
    let _one_at_a_time = lock.lock().await;
    match state.district.imported(&id).await {
        Ok(Some(read)) => {
            forget(&state.spool, &id);
            return Json(UploadStatus {
                offset,
                done: true,
                already_imported: true,
                read: Some(read),
                ..Default::default()
            })
            .into_response();
        }
        Ok(None) => {}
        Err(e) => return error(status_of(&e), &e),
    }
    let part = part_path(&state.spool, &id);
    let mut size = held(&part);
    if offset != size {
        let (message_id, args) = Message::from(m::DistrictErrorRefused {
            status: StatusCode::CONFLICT.as_u16(),
            code: "offset",
        })
        .into_parts();
        return (
            StatusCode::CONFLICT,
            Json(ApiError {
                code: "offset".into(),
                message_id,
                args,
                offset: Some(size),
            }),
        )
            .into_response();
    }
    let mut length = known_length(&state.spool, &id);
    if let Some(length) = length {
        if size + body.len() as u64 > length {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                &DistrictError::Invalid("bytes past the bundle's end".into()),
            );
        }
    }
    if !body.is_empty() {
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&part)
            .and_then(|mut f| {
                f.write_all(&body)?;
                f.sync_data()
            });
        if let Err(e) = written {
            return error(StatusCode::SERVICE_UNAVAILABLE, &io(&part, e));
        }
        size += body.len() as u64;
    }
    if length.is_none() {
        match check_header(&state, &id, &part).await {
            Ok(Some(l)) if size > l => {
                forget(&state.spool, &id);
                return error(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &DistrictError::Invalid("bytes past the bundle's end".into()),
                );
            }
            Ok(Some(l)) => {
                let path = length_path(&state.spool, &id);
                if let Err(e) = std::fs::write(&path, l.to_string()) {
                    return error(StatusCode::SERVICE_UNAVAILABLE, &io(&path, e));
                }
                length = Some(l);
            }
            Ok(None) => {}
            Err(e) => {
                forget(&state.spool, &id);
                return error(status_of(&e), &e);
            }
        }
    }
    let Some(length) = length else {
        return Json(UploadStatus {
            offset: size,
            ..Default::default()
        })
        .into_response();
    };
    if size < length {
        return Json(UploadStatus {
            offset: size,
            length: Some(length),
            ..Default::default()
        })
        .into_response();
    }
    let file = match std::fs::File::open(&part) {
        Ok(f) => f,
        Err(e) => return error(StatusCode::SERVICE_UNAVAILABLE, &io(&part, e)),
    };
    match state.district.import(std::io::BufReader::new(file)).await {
        Ok(outcome) => {
            forget(&state.spool, &id);
            tracing::info!(
                school = outcome.school_id,
                year = outcome.school_year,
                records = outcome.added_records,
                "district bundle imported over HTTPS"
            );
            Json(UploadStatus {
                offset: size,
                length: Some(length),
                done: true,
                already_imported: outcome.already_imported,
                read: Some(outcome.read),
                added_completions: outcome.added_completions,
                added_records: outcome.added_records,
            })
            .into_response()
        }
        Err(e) => {
            if e.is_bundle_fault() {
                forget(&state.spool, &id);
            }
            error(status_of(&e), &e)
        }
    }
}

/// The district server's routes.
fn router(state: Arc<ServerState>) -> Router {
    Router::new()
        .route("/api/v1/district/bundles/{id}", get(status).patch(append))
        .layer(DefaultBodyLimit::max(MAX_CHUNK))
        .with_state(state)
}

/// A district server listening.
pub struct RunningServer {
    pub addr: SocketAddr,
    /// SHA-256 of the server's certificate: what schools pin.
    pub fingerprint: String,
    handle: axum_server::Handle<SocketAddr>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningServer {
    /// Stops listening and waits until the server has stopped.
    pub async fn stop(self) {
        self.handle.shutdown();
        let _ = self.task.await;
    }

    /// Waits until the server stops (it does not on its own).
    pub async fn wait(self) {
        let _ = self.task.await;
    }
}

/// Locks the server's folder for this server (`dir/server.lock`, an advisory lock the system
/// drops when the server stops or its process ends, even by a crash): a second server on the
/// same folder, in this process or another, is refused before it listens, as its per-upload
/// locks would not see the first one's uploads.
fn lock_folder(dir: &Path) -> Result<std::fs::File, DistrictError> {
    let path = dir.join("server.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| io(&path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(DistrictError::FolderInUse {
            folder: dir.display().to_string(),
        }),
        Err(std::fs::TryLockError::Error(e)) => Err(io(&path, e)),
    }
}

/// Serves `district` on `bind` over HTTPS, with the certificate kept in `dir` (made on first
/// start) and uploads spooled in `dir/spool`.
pub async fn serve(
    district: District,
    dir: &Path,
    bind: SocketAddr,
) -> Result<RunningServer, DistrictError> {
    let spool = dir.join("spool");
    std::fs::create_dir_all(&spool).map_err(|e| io(&spool, e))?;
    let folder_lock = lock_folder(dir)?;
    let cert = jikim_hub::tls::load_or_create(dir)?;
    let tls = axum_server::tls_rustls::RustlsConfig::from_pem(
        cert.cert_pem.into_bytes(),
        cert.key_pem.into_bytes(),
    )
    .await
    .map_err(|e| DistrictError::Invalid(format!("certificate: {e}")))?;
    let state = Arc::new(ServerState {
        district,
        spool,
        uploads: Mutex::default(),
    });
    let handle = axum_server::Handle::new();
    let server = axum_server::bind_rustls(bind, tls)
        .handle(handle.clone())
        .serve(router(state).into_make_service());
    let task = tokio::spawn(async move {
        // Held for as long as the server runs; let go when it has stopped (`RunningServer::stop`
        // waits for this task).
        let _folder_lock = folder_lock;
        if let Err(e) = server.await {
            tracing::error!(error = %e, "district server stopped");
        }
    });
    let addr = handle
        .listening()
        .await
        .ok_or_else(|| DistrictError::CannotListen {
            addr: bind.to_string(),
        })?;
    Ok(RunningServer {
        addr,
        fingerprint: cert.fingerprint,
        handle,
        task,
    })
}
