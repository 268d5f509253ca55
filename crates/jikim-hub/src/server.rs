//! The hub's HTTPS API, version 1 (`/api/v1`), documented in `docs/sync-protocol.md`.
//!
//! Students join with the class's short code (a PAKE that also authenticates the hub's
//! certificate) and their PIN, or sign in with the PIN alone once joined; they then authenticate
//! with the token the hub issued to that PC (it ends and can be revoked). Teacher endpoints use
//! the teacher token in `<data>/teacher.token`. Every refusal is a 4xx with an `ApiError` JSON body
//! and changes nothing; nothing here panics on input.

use crate::identity::{ClassKey, PinCheck, RosterAuth};
use crate::join_guard::{JoinGuard, Pause};
use crate::limits::{ConnectionCap, HubLimits, PushRate};
use crate::period::LabPeriod;
use crate::store::{HubStore, PushOutcome, TokenStudent};
use crate::tls::load_or_create;
use crate::{announce, HubError};
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use jikim_core::content::Library;
use jikim_core::error::{FileFault, StorageFault};
use jikim_core::i18n::{messages as m, Msg};
use jikim_core::sync::pake::hub_respond;
use jikim_core::sync::protocol::{
    device_name_ok, ApiError, Heartbeat, HeartbeatReply, JoinRequest, JoinResponse, JoinStart,
    JoinStarted, MeResponse, PushRequest, PushResponse, RecordsResponse, RejectedRecord,
    SignInRequest, API_VERSION, MAX_BODY_BYTES, MAX_RECORDS_PER_PUSH, RESTORE_PAGE,
};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use uuid::Uuid;

struct ServerState {
    store: Arc<HubStore>,
    committer: Committer,
    teacher_token_hash: String,
    hub_id: String,
    /// Full SHA-256 of the hub certificate: what the PAKE confirms.
    fingerprint: String,
    joins: Mutex<JoinGuard>,
    /// Argon2 checks running at once (each takes ~19 MiB and tens of milliseconds).
    pin_checks: tokio::sync::Semaphore,
    pushes: PushRate,
    /// The lab period, live: PCs' heartbeats and the teacher's orders (memory only).
    period: Arc<LabPeriod>,
}

/// Largest number of pushes committed together.
const GROUP_COMMIT_MAX: usize = 64;

type PushJob = (
    Uuid,
    Vec<jikim_core::sync::protocol::SyncRecord>,
    tokio::sync::oneshot::Sender<Result<PushOutcome, HubError>>,
);

/// Group commit: one thread owns writing pushes. It takes every push waiting at that moment (up
/// to [`GROUP_COMMIT_MAX`]) and commits them in one transaction, so 40 students pushing at once
/// cost a few fsyncs instead of 40 queued ones. Each push is still acknowledged only after the
/// commit that holds it. The thread ends when the server (the last sender) is dropped.
struct Committer {
    jobs: std::sync::mpsc::Sender<PushJob>,
}

impl Committer {
    fn start(store: Arc<HubStore>) -> Committer {
        let (jobs, rx) = std::sync::mpsc::channel::<PushJob>();
        std::thread::Builder::new()
            .name("group-commit".into())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    let mut batch = vec![first];
                    while batch.len() < GROUP_COMMIT_MAX {
                        match rx.try_recv() {
                            Ok(job) => batch.push(job),
                            Err(_) => break,
                        }
                    }
                    let pushes: Vec<(Uuid, &[jikim_core::sync::protocol::SyncRecord])> =
                        batch.iter().map(|(s, r, _)| (*s, r.as_slice())).collect();
                    // A panic while applying (a bug) fails this batch, not the hub: the thread
                    // goes on with the next pushes. Nothing was acknowledged, so PCs retry.
                    let results = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        store.apply_batch(&pushes)
                    }))
                    .unwrap_or_else(|_| {
                        tracing::error!("a push batch panicked; it was not stored");
                        pushes
                            .iter()
                            .map(|_| Err(HubError::Io(FileFault::other("push", "internal error"))))
                            .collect()
                    });
                    drop(pushes);
                    for ((_, _, reply), result) in batch.into_iter().zip(results) {
                        let _ = reply.send(result);
                    }
                }
            })
            .map(|_| ())
            .unwrap_or_else(|e| tracing::error!("group commit thread: {e}"));
        Committer { jobs }
    }

    /// Applies a push; `None` when the commit thread is gone.
    async fn apply(
        &self,
        student: Uuid,
        records: Vec<jikim_core::sync::protocol::SyncRecord>,
    ) -> Option<Result<PushOutcome, HubError>> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.jobs.send((student, records, tx)).ok()?;
        rx.await.ok()
    }
}

/// An error answer.
pub struct Refusal(StatusCode, &'static str, Msg);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (
            self.0,
            Json(ApiError {
                code: self.1.to_string(),
                message_id: self.2.id().to_string(),
            }),
        )
            .into_response()
    }
}

const UNAUTHORIZED: Refusal = Refusal(
    StatusCode::UNAUTHORIZED,
    "unauthorized",
    m::HUB_UNAUTHORIZED,
);
const FORBIDDEN: Refusal = Refusal(StatusCode::FORBIDDEN, "forbidden", m::HUB_FORBIDDEN);
const RATE_LIMITED: Refusal = Refusal(
    StatusCode::TOO_MANY_REQUESTS,
    "rate_limited",
    m::HUB_RATE_LIMITED,
);
const NOT_FOUND: Refusal = Refusal(StatusCode::NOT_FOUND, "not_found", m::HUB_NOT_FOUND);
const STORAGE: Refusal = Refusal(
    StatusCode::SERVICE_UNAVAILABLE,
    "storage",
    m::HUB_STORAGE_FAILED,
);

fn invalid(code: &'static str) -> Refusal {
    Refusal(StatusCode::BAD_REQUEST, code, m::HUB_INVALID_INPUT)
}

fn body<T>(json: Result<Json<T>, JsonRejection>) -> Result<T, Refusal> {
    json.map(|Json(v)| v).map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => {
            Refusal(StatusCode::PAYLOAD_TOO_LARGE, "too_large", m::HUB_TOO_LARGE)
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE => invalid("content_type"),
        _ => invalid("malformed_json"),
    })
}

fn from_hub(e: HubError) -> Refusal {
    match e {
        HubError::Forbidden => FORBIDDEN,
        HubError::NotFound => NOT_FOUND,
        HubError::Invalid(_) => invalid("invalid"),
        _ => {
            tracing::error!(error = %e, "hub storage error");
            STORAGE
        }
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.len() <= 256)
}

fn student(state: &ServerState, headers: &HeaderMap) -> Result<TokenStudent, Refusal> {
    let token = bearer(headers).ok_or(UNAUTHORIZED)?;
    if crate::store::token_hash(token) == state.teacher_token_hash {
        return Err(FORBIDDEN);
    }
    match state.store.student_for_token(token).map_err(from_hub)? {
        Some(s) => Ok(s),
        None => {
            // A deleted student's PC is told so, and erases its copy.
            if state.store.token_of_deleted_student(token).unwrap_or(false) {
                return Err(Refusal(
                    StatusCode::GONE,
                    "student_deleted",
                    m::HUB_STUDENT_DELETED,
                ));
            }
            // A token that ended or was revoked: the teacher sees it beside the student.
            if let Ok(Some(owner)) = state.store.ended_token_owner(token) {
                let _ = state.store.note_refusal(owner, "token_ended");
            }
            Err(UNAUTHORIZED)
        }
    }
}

fn teacher(state: &ServerState, headers: &HeaderMap) -> Result<(), Refusal> {
    let token = bearer(headers).ok_or(UNAUTHORIZED)?;
    if crate::store::token_hash(token) == state.teacher_token_hash {
        return Ok(());
    }
    // A valid student token on a teacher endpoint is forbidden, anything else unauthorized.
    match state.store.student_for_token(token) {
        Ok(Some(_)) => Err(FORBIDDEN),
        _ => Err(UNAUTHORIZED),
    }
}

#[derive(Serialize)]
struct Hello {
    api: u32,
    hub_id: String,
}

async fn hello(State(state): State<Arc<ServerState>>) -> Json<Hello> {
    Json(Hello {
        api: API_VERSION,
        hub_id: state.hub_id.clone(),
    })
}

const JOIN_CLOSED: Refusal = Refusal(StatusCode::FORBIDDEN, "join_closed", m::HUB_JOIN_CLOSED);
const JOIN_REFUSED: Refusal = Refusal(StatusCode::FORBIDDEN, "join_refused", m::HUB_JOIN_REFUSED);

fn guard(state: &ServerState) -> std::sync::MutexGuard<'_, JoinGuard> {
    state.joins.lock().unwrap_or_else(|p| p.into_inner())
}

fn paused(p: Pause) -> Refusal {
    match p {
        Pause::Failures => Refusal(
            StatusCode::TOO_MANY_REQUESTS,
            "join_paused",
            m::HUB_JOIN_PAUSED,
        ),
        Pause::Busy => RATE_LIMITED,
    }
}

fn unhex(s: &str, max: usize) -> Result<Vec<u8>, Refusal> {
    if s.len() > max * 2 {
        return Err(invalid("hex"));
    }
    hex::decode(s).map_err(|_| invalid("hex"))
}

/// Step 1 of joining: SPAKE2 with the class's code; answers with the hub's confirmation of its
/// certificate. Refused while joining is closed or after too many failed exchanges.
async fn join_start(
    State(state): State<Arc<ServerState>>,
    json: Result<Json<JoinStart>, JsonRejection>,
) -> Result<Json<JoinStarted>, Refusal> {
    let req = body(json)?;
    let msg_a = unhex(&req.msg, 64)?;
    let (class_id, code) = state
        .store
        .open_class(req.grade, req.class_no)
        .map_err(from_hub)?
        .ok_or(JOIN_CLOSED)?;
    let key_of_code = (class_id, code.as_str().to_string());
    let now = Instant::now();
    guard(&state).may_start(&key_of_code, now).map_err(paused)?;
    let Ok((msg_b, key)) = hub_respond(&code, req.grade, req.class_no, &msg_a) else {
        guard(&state).code_failed(key_of_code, now);
        return Err(invalid("pake"));
    };
    let session = crate::store::random_token();
    let confirm = hex::encode(key.hub_confirm(&session, &state.fingerprint));
    guard(&state).add(session.clone(), key_of_code, key, now);
    Ok(Json(JoinStarted {
        session,
        msg: hex::encode(msg_b),
        confirm,
    }))
}

/// Checks a PIN off the async runtime, a few at a time.
async fn check_pin(
    state: &Arc<ServerState>,
    student: Uuid,
    pin: String,
    may_set: bool,
) -> Result<PinCheck, Refusal> {
    let _permit = state.pin_checks.acquire().await.map_err(|_| STORAGE)?;
    let store = state.store.clone();
    tokio::task::spawn_blocking(move || store.check_pin(student, &pin, may_set))
        .await
        .map_err(|_| STORAGE)?
        .map_err(from_hub)
}

/// PIN checked (or set): a token for this PC. Otherwise the refusal, counted against the class.
async fn admit(
    state: &Arc<ServerState>,
    auth: RosterAuth,
    pin: String,
    device: &str,
    may_set: bool,
) -> Result<Json<JoinResponse>, Refusal> {
    match check_pin(state, auth.student_id, pin, may_set).await? {
        PinCheck::Accepted { .. } => {}
        refused => {
            if matches!(refused, PinCheck::Wrong { .. } | PinCheck::Locked) {
                guard(state).pin_failed(auth.class_id, Instant::now());
            }
            return Err(match refused {
                PinCheck::Locked => Refusal(StatusCode::LOCKED, "pin_locked", m::HUB_PIN_LOCKED),
                PinCheck::NeedsCode => {
                    Refusal(StatusCode::FORBIDDEN, "needs_code", m::HUB_NEEDS_CODE)
                }
                PinCheck::WeakPin => Refusal(StatusCode::BAD_REQUEST, "weak_pin", m::HUB_WEAK_PIN),
                _ => Refusal(StatusCode::UNAUTHORIZED, "pin_wrong", m::HUB_PIN_WRONG),
            });
        }
    }
    let issued = state
        .store
        .issue_token(auth.student_id, device.trim())
        .map_err(from_hub)?;
    if issued.new_device {
        tracing::info!("a student signed in on a new device");
    }
    state.period.signed_in(
        &TokenStudent {
            student_id: auth.student_id,
            class_id: auth.class_id,
            device: device.trim().to_string(),
            signed_in_at: unix_now(),
        },
        unix_now(),
    );
    Ok(Json(JoinResponse {
        token: issued.token,
        student_id: auth.student_id,
        grade: auth.grade,
        class_no: auth.class_no,
        number: auth.number,
        name: auth.name,
        expires_at: issued.expires_at,
    }))
}

fn check_identity(number: u32, name: &str, pin: &str, device: &str) -> Result<(), Refusal> {
    if !jikim_core::limits::NUMBER.contains(&number)
        || !jikim_core::limits::name_ok(name)
        || pin.len() > 16
        || !device_name_ok(device)
    {
        return Err(invalid("join"));
    }
    Ok(())
}

/// Step 2 of joining: the student's key confirmation proves the code; then the roster row and
/// the PIN (set now if this is the student's first join).
async fn join(
    State(state): State<Arc<ServerState>>,
    json: Result<Json<JoinRequest>, JsonRejection>,
) -> Result<Json<JoinResponse>, Refusal> {
    let req = body(json)?;
    check_identity(req.number, &req.name, &req.pin, &req.device)?;
    let confirm = unhex(&req.confirm, 64)?;
    let now = Instant::now();
    let session = guard(&state).take(&req.session, now).ok_or(Refusal(
        StatusCode::FORBIDDEN,
        "join_expired",
        m::HUB_JOIN_EXPIRED,
    ))?;
    if session
        .key
        .check_student(&req.session, &state.fingerprint, &confirm)
        .is_err()
    {
        guard(&state).code_failed(session.class, now);
        return Err(Refusal(
            StatusCode::FORBIDDEN,
            "join_code_rejected",
            m::HUB_JOIN_CODE_REJECTED,
        ));
    }
    let class_id = session.class.0;
    if state
        .store
        .join_window(class_id)
        .map_err(from_hub)?
        .is_none()
    {
        return Err(JOIN_CLOSED);
    }
    if !guard(&state).pin_allowed(class_id, now) {
        return Err(paused(Pause::Failures));
    }
    let Some(auth) = state
        .store
        .roster_auth(ClassKey::Id(class_id), req.number, &req.name)
        .map_err(from_hub)?
    else {
        guard(&state).pin_failed(class_id, now);
        return Err(JOIN_REFUSED);
    };
    admit(&state, auth, req.pin, &req.device, true).await
}

/// A student who joined before signs in with their PIN (no code) on a PC that knows the hub.
async fn sign_in(
    State(state): State<Arc<ServerState>>,
    json: Result<Json<SignInRequest>, JsonRejection>,
) -> Result<Json<JoinResponse>, Refusal> {
    let req = body(json)?;
    check_identity(req.number, &req.name, &req.pin, &req.device)?;
    let now = Instant::now();
    let Some(auth) = state
        .store
        .roster_auth(
            ClassKey::GradeClass(req.grade, req.class_no),
            req.number,
            &req.name,
        )
        .map_err(from_hub)?
    else {
        return Err(JOIN_REFUSED);
    };
    if !guard(&state).pin_allowed(auth.class_id, now) {
        return Err(paused(Pause::Failures));
    }
    admit(&state, auth, req.pin, &req.device, false).await
}

async fn me(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
) -> Result<Json<MeResponse>, Refusal> {
    let s = student(&state, &headers)?;
    Ok(Json(MeResponse {
        student_id: s.student_id,
        assignments: state.store.assignments(s.class_id).map_err(from_hub)?,
        hub_time: time::OffsetDateTime::now_utc().unix_timestamp(),
    }))
}

async fn push(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
    json: Result<Json<PushRequest>, JsonRejection>,
) -> Result<Json<PushResponse>, Refusal> {
    let s = student(&state, &headers)?;
    if !state.pushes.allow(s.student_id, Instant::now()) {
        return Err(Refusal(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            m::HUB_PUSH_RATE_LIMITED,
        ));
    }
    let req = body(json)?;
    let (pending, signed_in) = (req.pending, req.signed_in);
    if req.records.len() > MAX_RECORDS_PER_PUSH {
        return Err(invalid("too_many_records"));
    }
    if req.records.iter().any(|r| r.validate().is_err()) {
        return Err(invalid("invalid_record"));
    }
    let Some(applied) = state.committer.apply(s.student_id, req.records).await else {
        state.period.storage_failed(StorageFault::Other);
        return Err(STORAGE);
    };
    let outcome = match applied {
        Ok(outcome) => outcome,
        Err(HubError::Forbidden) => {
            // Writing into another student's attempt: refused whole, counted for the teacher.
            let _ = state.store.note_refusal(s.student_id, "forbidden");
            return Err(FORBIDDEN);
        }
        Err(e) => {
            // The teacher's class view says so while it lasts (the PC keeps the records).
            if e.is_storage_fault() {
                state.period.storage_failed(e.storage_fault());
            }
            return Err(from_hub(e));
        }
    };
    state.period.storage_works();
    if let Some(pending) = pending {
        // A push is also a heartbeat; its orders come with the next one.
        let stored = !outcome.acked.is_empty();
        state
            .period
            .contact(&s, pending, signed_in, stored, unix_now());
    }
    Ok(Json(PushResponse {
        acked: outcome.acked,
        rejected: outcome
            .rejected
            .into_iter()
            .map(|(id, reason)| RejectedRecord {
                id,
                code: reason.code().to_string(),
            })
            .collect(),
    }))
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A PC reports for a student (issue 14): how many records wait there; the answer carries the
/// teacher's orders. Nothing is written to disk.
async fn heartbeat(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
    json: Result<Json<Heartbeat>, JsonRejection>,
) -> Result<Json<HeartbeatReply>, Refusal> {
    let s = student(&state, &headers)?;
    if !state.pushes.allow(s.student_id, Instant::now()) {
        return Err(RATE_LIMITED);
    }
    let beat = body(json)?;
    Ok(Json(state.period.contact(
        &s,
        beat.pending,
        Some(beat.signed_in),
        false,
        unix_now(),
    )))
}

#[derive(Deserialize)]
struct Page {
    #[serde(default)]
    after: i64,
}

/// One page of the student's records (restore is paginated so no history outgrows a request).
async fn my_records(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
    page: Result<axum::extract::Query<Page>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<RecordsResponse>, Refusal> {
    let s = student(&state, &headers)?;
    let after = page.map(|q| q.0.after).map_err(|_| invalid("page"))?;
    let (records, next) = state
        .store
        .records_page(s.student_id, after, RESTORE_PAGE)
        .map_err(from_hub)?;
    Ok(Json(RecordsResponse { records, next }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewClass {
    grade: u32,
    class_no: u32,
}

async fn create_class(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
    json: Result<Json<NewClass>, JsonRejection>,
) -> Result<Response, Refusal> {
    teacher(&state, &headers)?;
    let req = body(json)?;
    let class = state
        .store
        .create_class(req.grade, req.class_no)
        .map_err(from_hub)?;
    Ok(Json(class).into_response())
}

async fn list_classes(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    teacher(&state, &headers)?;
    Ok(Json(state.store.classes().map_err(from_hub)?).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RosterBody {
    entries: Vec<RosterLine>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RosterLine {
    number: u32,
    name: String,
}

async fn put_roster(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    json: Result<Json<RosterBody>, JsonRejection>,
) -> Result<Response, Refusal> {
    teacher(&state, &headers)?;
    let id = Uuid::parse_str(&id).map_err(|_| NOT_FOUND)?;
    let req = body(json)?;
    let entries: Vec<(u32, String)> = req
        .entries
        .into_iter()
        .map(|l| (l.number, l.name))
        .collect();
    Ok(Json(state.store.set_roster(id, &entries).map_err(from_hub)?).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssignmentBody {
    module_id: String,
    due: String,
}

async fn put_assignment(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    json: Result<Json<AssignmentBody>, JsonRejection>,
) -> Result<Response, Refusal> {
    teacher(&state, &headers)?;
    let id = Uuid::parse_str(&id).map_err(|_| NOT_FOUND)?;
    let req = body(json)?;
    state
        .store
        .set_assignment(id, &req.module_id, &req.due)
        .map_err(from_hub)?;
    Ok(Json(state.store.assignments(id).map_err(from_hub)?).into_response())
}

#[derive(Serialize)]
struct ClassRecord {
    student_id: Uuid,
    record: jikim_core::sync::protocol::SyncRecord,
}

async fn class_records(
    State(state): State<Arc<ServerState>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Result<Response, Refusal> {
    teacher(&state, &headers)?;
    let id = Uuid::parse_str(&id).map_err(|_| NOT_FOUND)?;
    let records: Vec<ClassRecord> = state
        .store
        .class_records(id)
        .map_err(from_hub)?
        .into_iter()
        .map(|(student_id, record)| ClassRecord { student_id, record })
        .collect();
    Ok(Json(records).into_response())
}

async fn not_found() -> Refusal {
    NOT_FOUND
}

async fn method_not_allowed() -> Refusal {
    Refusal(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        m::HUB_METHOD_NOT_ALLOWED,
    )
}

/// Answers 408 when one request (reading its body included) takes longer than the limit.
async fn request_timeout(
    State(limit): State<Duration>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => Refusal(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            m::HUB_REQUEST_TIMEOUT,
        )
        .into_response(),
    }
}

fn router(state: Arc<ServerState>, limits: &HubLimits) -> Router {
    Router::new()
        .route("/api/v1/hello", get(hello))
        .route("/api/v1/join/start", post(join_start))
        .route("/api/v1/join", post(join))
        .route("/api/v1/signin", post(sign_in))
        .route("/api/v1/me", get(me))
        .route("/api/v1/me/records", get(my_records))
        .route("/api/v1/records", post(push))
        .route("/api/v1/heartbeat", post(heartbeat))
        .route("/api/v1/classes", post(create_class).get(list_classes))
        .route("/api/v1/classes/{id}/roster", put(put_roster))
        .route("/api/v1/classes/{id}/assignments", put(put_assignment))
        .route("/api/v1/classes/{id}/records", get(class_records))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(
            limits.request_timeout,
            request_timeout,
        ))
        .with_state(state)
}

/// A hub serving on the network.
pub struct RunningHub {
    /// The bound address (with the real port when 0 was asked).
    pub addr: SocketAddr,
    /// Lower-case hex SHA-256 of the certificate; its first 16 digits go in join codes.
    pub fingerprint: String,
    /// The teacher token (also in `<data>/teacher.token`).
    pub teacher_token: String,
    /// The hub database, for in-process teacher screens.
    pub store: Arc<HubStore>,
    /// The lab period, live, for the teacher's class view and orders.
    pub period: Arc<LabPeriod>,
    handle: axum_server::Handle<SocketAddr>,
    task: tokio::task::JoinHandle<()>,
    _announcement: Option<announce::Announcement>,
}

impl RunningHub {
    /// Whether the server task is still serving (false after it ended, a panic included: tokio
    /// catches it, and the teacher's window says so instead of going down).
    pub fn is_serving(&self) -> bool {
        !self.task.is_finished()
    }

    /// Asks the server to stop (it ends within 2 s); [`RunningHub::is_serving`] then turns false.
    pub fn stop(&self) {
        self.handle.graceful_shutdown(Some(Duration::from_secs(2)));
    }

    /// Stops accepting connections and waits for the server task to end.
    pub async fn shutdown(self) {
        self.handle.graceful_shutdown(Some(Duration::from_secs(2)));
        let _ = self.task.await;
    }

    /// Waits until the server ends (for the headless `jikim hub`).
    pub async fn wait(self) {
        let _ = self.task.await;
    }
}

fn teacher_token(dir: &Path) -> Result<String, HubError> {
    let path = dir.join("teacher.token");
    if let Ok(t) = std::fs::read_to_string(&path) {
        let t = t.trim().to_string();
        if t.len() >= 32 {
            return Ok(t);
        }
    }
    let token = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    std::fs::write(&path, &token).map_err(|e| FileFault::of_io(&path, &e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
    }
    Ok(token)
}

/// Opens the hub in `dir` (database, certificate, teacher token), archives `library` (the
/// modules it grades against) and serves HTTPS on `bind` (port 0 picks a free port) with the
/// default [`HubLimits`]. `mdns` announces it on the LAN (best effort).
pub async fn start(
    dir: &Path,
    bind: SocketAddr,
    mdns: bool,
    library: &Library,
) -> Result<RunningHub, HubError> {
    start_with_limits(dir, bind, mdns, library, HubLimits::default()).await
}

/// [`start`] with other limits (tests of the limits; the load benchmark, whose simulated
/// students all come from one address).
pub async fn start_with_limits(
    dir: &Path,
    bind: SocketAddr,
    mdns: bool,
    library: &Library,
    limits: HubLimits,
) -> Result<RunningHub, HubError> {
    let store = Arc::new(HubStore::open(dir)?);
    store.archive_library(library)?;
    let cert = load_or_create(dir)?;
    let teacher_token = teacher_token(dir)?;
    let tls = axum_server::tls_rustls::RustlsConfig::from_pem(
        cert.cert_pem.into_bytes(),
        cert.key_pem.into_bytes(),
    )
    .await
    .map_err(|e| HubError::Cert(e.to_string()))?;
    let period = Arc::new(LabPeriod::default());
    let state = Arc::new(ServerState {
        period: period.clone(),
        committer: Committer::start(store.clone()),
        store: store.clone(),
        teacher_token_hash: crate::store::token_hash(&teacher_token),
        hub_id: cert.fingerprint[..16].to_string(),
        fingerprint: cert.fingerprint.clone(),
        joins: Mutex::new(JoinGuard::default()),
        pin_checks: tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, |n| n.get()),
        ),
        pushes: PushRate::new(&limits),
    });
    let handle = axum_server::Handle::new();
    let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(tls)
        .handshake_timeout(limits.handshake_timeout)
        .acceptor(ConnectionCap::new(&limits));
    let mut server = axum_server::bind(bind)
        .acceptor(acceptor)
        .handle(handle.clone())
        .first_request_timeout(limits.first_request_timeout);
    server
        .http_builder()
        .http1()
        .header_read_timeout(Some(limits.header_read_timeout));
    let server =
        server.serve(router(state, &limits).into_make_service_with_connect_info::<SocketAddr>());
    let task = tokio::spawn(async move {
        if let Err(e) = server.await {
            tracing::error!(error = %e, "hub server stopped");
        }
    });
    // A hub left running for days still makes its daily backup.
    let backups = store.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            let store = backups.clone();
            match tokio::task::spawn_blocking(move || store.backup_now()).await {
                Ok(Err(e)) => tracing::warn!(error = %e, "daily backup of hub.db failed"),
                Err(_) => return,
                Ok(Ok(_)) => {}
            }
        }
    });
    let addr = handle
        .listening()
        .await
        .ok_or_else(|| HubError::CannotListen {
            addr: bind.to_string(),
        })?;
    let announcement = if mdns {
        announce::announce(addr.port(), &cert.fingerprint)
    } else {
        None
    };
    Ok(RunningHub {
        addr,
        fingerprint: cert.fingerprint,
        teacher_token,
        store,
        period,
        handle,
        task,
        _announcement: announcement,
    })
}
