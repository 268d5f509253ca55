//! Hub API version 1: JSON over HTTPS under `/api/v1`. See `docs/sync-protocol.md`.
//!
//! Learning records are immutable and carry their own UUIDv7 id, so the hub applies them
//! idempotently (`INSERT OR IGNORE` by id): a retried or duplicated push never double-counts.
//! Nothing about the help page or quick exit exists in this protocol.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The API version in every path (`/api/v1/...`).
pub const API_VERSION: u32 = 1;
/// Most records accepted in one push.
pub const MAX_RECORDS_PER_PUSH: usize = 500;
/// Largest request body the hub reads, in bytes.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// What kind of learning record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    PageView,
    QuizStart,
    Answer,
    Completion,
}

impl RecordKind {
    /// The database spelling (`page_view`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::PageView => "page_view",
            RecordKind::QuizStart => "quiz_start",
            RecordKind::Answer => "answer",
            RecordKind::Completion => "completion",
        }
    }

    /// Parses the database spelling.
    pub fn parse(s: &str) -> Option<RecordKind> {
        Some(match s {
            "page_view" => RecordKind::PageView,
            "quiz_start" => RecordKind::QuizStart,
            "answer" => RecordKind::Answer,
            "completion" => RecordKind::Completion,
            _ => return None,
        })
    }
}

/// One learning record as it crosses the wire. The learner is not in the record: the hub takes
/// it from the device token, so a student can only ever push their own records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncRecord {
    pub id: Uuid,
    pub attempt_id: Uuid,
    pub module_id: String,
    pub module_version: u32,
    pub kind: RecordKind,
    pub page_index: Option<u32>,
    pub item_id: Option<String>,
    pub round: Option<u32>,
    /// JSON text: chosen option ids for answers, the score for completions.
    pub response: Option<String>,
    pub correct: Option<bool>,
    /// RFC 3339 time the student PC recorded it.
    pub recorded_at: String,
    pub active_ms: u64,
}

impl SyncRecord {
    /// Checks field sizes and shapes so malformed records are refused before touching storage.
    pub fn validate(&self) -> Result<(), &'static str> {
        let short = |s: &str| !s.is_empty() && s.len() <= 64;
        if !short(&self.module_id) {
            return Err("module_id");
        }
        if self.item_id.as_deref().is_some_and(|i| !short(i)) {
            return Err("item_id");
        }
        if self.response.as_deref().is_some_and(|r| r.len() > 2048) {
            return Err("response");
        }
        if self.recorded_at.len() > 40
            || time::OffsetDateTime::parse(
                &self.recorded_at,
                &time::format_description::well_known::Rfc3339,
            )
            .is_err()
        {
            return Err("recorded_at");
        }
        if self.active_ms > 3_600_000 {
            return Err("active_ms");
        }
        match self.kind {
            RecordKind::Answer if self.item_id.is_none() || self.round.is_none() => Err("answer"),
            RecordKind::PageView if self.page_index.is_none() => Err("page_index"),
            _ => Ok(()),
        }
    }
}

/// `POST /api/v1/join/start`: step 1 of joining with the short code — SPAKE2 message A
/// (hex) for the class 학년·반 (see [`super::pake`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinStart {
    pub grade: u32,
    pub class_no: u32,
    pub msg: String,
}

/// The hub's answer to step 1: a session, SPAKE2 message B and the hub's key confirmation over
/// its certificate fingerprint (both hex).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct JoinStarted {
    pub session: String,
    pub msg: String,
    pub confirm: String,
}

/// `POST /api/v1/join`: step 2, over a connection pinned to the confirmed certificate. The
/// student's key confirmation proves the code; the PIN is set on the first join of this roster
/// row and checked on every later one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    pub session: String,
    pub confirm: String,
    pub number: u32,
    pub name: String,
    pub pin: String,
    /// The PC's name, as the teacher sees it in the student's devices.
    pub device: String,
}

/// `POST /api/v1/signin`: a student who joined before signs in on any PC that knows the hub,
/// with their PIN (no code).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
    pub pin: String,
    pub device: String,
}

/// The hub's answer to a join or sign-in: a token for this student on this PC. It ends at
/// `expires_at` (Unix seconds; the end of the term by default) or when the teacher revokes the
/// device, and a PC keeps it in memory only.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct JoinResponse {
    pub token: String,
    pub student_id: Uuid,
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
    pub expires_at: i64,
}

/// Whether a PIN is one the hub accepts: 4–6 digits, not all one digit and not a run
/// (`1234`, `9876`), which a classmate would try first.
pub fn pin_acceptable(pin: &str) -> bool {
    let digits: Vec<u8> = pin.bytes().collect();
    if !crate::limits::PIN_DIGITS.contains(&digits.len()) || !digits.iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let steps: Vec<i16> = digits
        .windows(2)
        .map(|w| w[1] as i16 - w[0] as i16)
        .collect();
    let run = |d: i16| steps.iter().all(|s| *s == d);
    !(run(0) || run(1) || run(-1))
}

/// This PC's name (`COMPUTERNAME` on Windows, `/etc/hostname`, `HOSTNAME`), printable and at
/// most 64 characters, else `PC`: what the teacher sees among a student's PCs and in the access
/// log.
pub fn this_pc_name() -> String {
    let raw = std::env::var("COMPUTERNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_default();
    let name: String = raw
        .trim()
        .chars()
        .filter(|c| !crate::storage::is_hostile_char(*c))
        .take(64)
        .collect();
    if device_name_ok(&name) {
        name
    } else {
        "PC".into()
    }
}

/// A PC name as the hub keeps it: printable, at most 64 characters.
pub fn device_name_ok(name: &str) -> bool {
    !name.trim().is_empty()
        && name.chars().count() <= 64
        && !name.chars().any(crate::storage::is_hostile_char)
}

/// One assignment: a module with a due date.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Assignment {
    pub module_id: String,
    /// ISO date `YYYY-MM-DD`.
    pub due: String,
}

/// `GET /api/v1/me`: the student's own assignments, and the hub's clock (Unix seconds) so the
/// app can warn when its own clock is off.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct MeResponse {
    pub student_id: Uuid,
    pub assignments: Vec<Assignment>,
    #[serde(default)]
    pub hub_time: i64,
}

/// `POST /api/v1/records`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    pub records: Vec<SyncRecord>,
    /// Records of this student still waiting on the PC once these are stored (issue 14: the
    /// teacher sees who has not synced).
    #[serde(default)]
    pub pending: Option<u64>,
    /// Whether the student is signed in on the PC now (else it is sending for them after they
    /// signed out).
    #[serde(default)]
    pub signed_in: Option<bool>,
}

/// `POST /api/v1/heartbeat`: a PC says it is there for this student (every few seconds while
/// the student is signed in or has records waiting), and how many records wait on it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Heartbeat {
    pub pending: u64,
    /// Whether the student is signed in on the PC now (else the PC is only sending for them).
    pub signed_in: bool,
}

/// The hub's answer to a heartbeat: the teacher's orders for this student's PC.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct HeartbeatReply {
    /// "지금 전송": send what waits now, without waiting for the next retry.
    pub flush: bool,
    /// "수업 끝내기": the period ended after this student signed in; the PC signs them out at the
    /// next page boundary (never in the middle of an answer).
    pub end_period: bool,
}

/// Ids the hub has durably dealt with (committed before this answer): stored, already held, or
/// set aside as refused. A PC drops every acknowledged id from its outbox, so one refused record
/// never blocks the rest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct PushResponse {
    pub acked: Vec<Uuid>,
    /// The acknowledged records the hub refused and keeps aside, with the reason
    /// (`unknown_module`, `unknown_version`, `unknown_item`, `bad_page`, `bad_response`,
    /// `id_not_v7`, `id_in_future`, `quota`). They count in no result.
    #[serde(default)]
    pub rejected: Vec<RejectedRecord>,
}

/// One record the hub refused.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RejectedRecord {
    pub id: Uuid,
    pub code: String,
}

/// Records in one page of a restore.
pub const RESTORE_PAGE: usize = 1000;

/// `GET /api/v1/me/records?after=CURSOR`: one page of what the hub holds for the student, in
/// receive order (restore after a wipe). `next` is the cursor of the next page, if any.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RecordsResponse {
    pub records: Vec<SyncRecord>,
    #[serde(default)]
    pub next: Option<i64>,
}

/// Every error answer of the hub: a stable code and a Fluent message id (`hub-*`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    pub code: String,
    pub message_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_a_classmate_would_guess_first_are_refused() {
        for bad in [
            "", "123", "1234567", "12a4", "0000", "1111", "1234", "4321", "345678", "987654",
        ] {
            assert!(!pin_acceptable(bad), "{bad}");
        }
        for good in ["2580", "1357", "0912", "482913"] {
            assert!(pin_acceptable(good), "{good}");
        }
    }

    #[test]
    fn device_names_are_printable_and_short() {
        assert!(device_name_ok("LAB-PC-07"));
        assert!(!device_name_ok(" "));
        assert!(!device_name_ok(&"x".repeat(65)));
        assert!(!device_name_ok("pc\u{202E}"));
    }
}
