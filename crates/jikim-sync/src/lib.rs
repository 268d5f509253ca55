//! The student PC's side of sync with the school hub.
//!
//! - [`tls`]: an HTTPS client that trusts exactly one certificate: the one whose SHA-256 a join
//!   code's PAKE confirmed (no system roots, no proxy); and the first contact of a join, which
//!   trusts nothing it has not confirmed.
//! - [`client`]: the hub API v1 calls (join, sign-in, me, push, records).
//! - [`join_with_code`] / [`sign_in_with_hub`]: the student's two ways in; tokens stay in memory
//!   ([`Tokens`]).
//! - [`worker`]: pushing the outbox with retries and backoff; acknowledged ids leave the outbox.

pub mod client;
pub mod discover;
pub mod tls;
pub mod worker;

pub use client::{HubClient, SyncError};

use jikim_core::i18n::messages as m;
use jikim_core::storage::{HubLink, KnownHub, Learner, SignIn};
use jikim_core::study::StudyService;
use jikim_core::sync::join_code::JoinCode;
use jikim_core::sync::pake::{SessionKey, StudentPake};
use jikim_core::sync::protocol::{Assignment, JoinRequest, JoinResponse, JoinStart, SignInRequest};
use std::collections::HashMap;
use std::sync::Mutex;
use uuid::Uuid;

/// `host[:port]` or `https://host[:port]` → `https://host:port` (default port 7443).
pub fn hub_url(address: &str) -> Option<String> {
    let a = address
        .trim()
        .trim_start_matches("https://")
        .trim_end_matches('/');
    if a.is_empty() || a.contains('/') || a.contains(char::is_whitespace) {
        return None;
    }
    let has_port = a
        .rsplit_once(':')
        .is_some_and(|(_, p)| p.parse::<u16>().is_ok());
    Some(if has_port {
        format!("https://{a}")
    } else {
        format!("https://{a}:7443")
    })
}

/// The tokens of learners signed in since the app started, in memory only: a PC never writes a
/// hub token to disk, so a copied database holds none. The sync worker pushes a learner's
/// outbox with their token, also after they sign out, until the app ends.
/// It also remembers how the last push went, and whose token the hub refused, so the student's
/// screen can say in words where their answers are.
#[derive(Default)]
pub struct Tokens {
    map: Mutex<HashMap<Uuid, String>>,
    refused: Mutex<std::collections::HashSet<Uuid>>,
    last_error: Mutex<Option<String>>,
    /// The learner signed in on this PC now (the heartbeat says so to the hub).
    current: Mutex<Option<Uuid>>,
    /// Learners whose period the teacher ended ("수업 끝내기"): signed out at the next page.
    period_ended: Mutex<std::collections::HashSet<Uuid>>,
    /// Learners who signed out here and whose sign-out the hub has not heard yet.
    signed_out: Mutex<std::collections::HashSet<Uuid>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Tokens {
    /// The learner's token, if they signed in with the hub since the app started.
    pub fn get(&self, learner: Uuid) -> Option<String> {
        lock(&self.map).get(&learner).cloned()
    }

    /// Keeps a token for the learner.
    pub fn set(&self, learner: Uuid, token: String) {
        lock(&self.refused).remove(&learner);
        lock(&self.period_ended).remove(&learner);
        lock(&self.map).insert(learner, token);
    }

    /// Drops a token the hub no longer accepts (expired or revoked).
    pub fn forget(&self, learner: Uuid) {
        lock(&self.map).remove(&learner);
        lock(&self.refused).insert(learner);
    }

    /// Whether the hub refused this learner's token since they last signed in.
    pub fn was_refused(&self, learner: Uuid) -> bool {
        lock(&self.refused).contains(&learner)
    }

    /// Notes how the last push pass went (`Err`: the message id of why it failed).
    pub fn note_push(&self, result: Result<(), String>) {
        *lock(&self.last_error) = result.err();
    }

    /// Notes who is signed in on this PC now (`None` after sign-out).
    pub fn set_current(&self, learner: Option<Uuid>) {
        let previous = std::mem::replace(&mut *lock(&self.current), learner);
        if let Some(p) = previous.filter(|p| Some(*p) != learner) {
            lock(&self.signed_out).insert(p);
        }
        if let Some(l) = learner {
            lock(&self.signed_out).remove(&l);
        }
    }

    /// Learners who signed out here since the hub last heard about them.
    pub fn signed_out(&self) -> Vec<Uuid> {
        lock(&self.signed_out).iter().copied().collect()
    }

    /// The hub heard that the learner signed out here.
    pub fn sign_out_reported(&self, learner: Uuid) {
        lock(&self.signed_out).remove(&learner);
    }

    /// The learner signed in on this PC now.
    pub fn current(&self) -> Option<Uuid> {
        *lock(&self.current)
    }

    /// The teacher ended the period of this learner (the hub said so in a heartbeat).
    pub fn end_period(&self, learner: Uuid) {
        lock(&self.period_ended).insert(learner);
    }

    /// Whether the teacher ended this learner's period (they are signed out at the next page).
    pub fn period_ended(&self, learner: Uuid) -> bool {
        lock(&self.period_ended).contains(&learner)
    }

    /// Clears the end of period for the learner once they were signed out; whether it was set.
    pub fn take_period_ended(&self, learner: Uuid) -> bool {
        lock(&self.period_ended).remove(&learner)
    }

    /// Why the last push pass failed, if it did.
    pub fn last_push_error(&self) -> Option<String> {
        lock(&self.last_error).clone()
    }
}

/// Where a learner's answers are, for their screen (issue 15: 401/403 in words; issue 14: the
/// student's sync state in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum SyncState {
    /// This PC never joined a hub: answers stay here.
    Standalone,
    /// Everything reached the hub.
    Sent,
    /// Saved here, being sent.
    Saved,
    /// Saved here; the hub cannot be reached now.
    Offline,
    /// The hub no longer accepts this sign-in (ended or revoked): sign in again.
    Refused,
}

impl SyncState {
    /// The state from what the PC knows, with the message id that explains it when there is one.
    pub fn of(
        linked: bool,
        pending: u64,
        refused: bool,
        last_error: Option<&str>,
    ) -> (SyncState, Option<String>) {
        if !linked {
            (SyncState::Standalone, None)
        } else if refused {
            (SyncState::Refused, Some(m::HUB_UNAUTHORIZED.id().into()))
        } else if pending == 0 {
            (SyncState::Sent, None)
        } else if let Some(id) = last_error {
            (SyncState::Offline, Some(id.to_string()))
        } else {
            (SyncState::Saved, None)
        }
    }
}

/// How far off the PC's clock is from the hub's, in minutes, when it is more than 5 minutes.
pub fn clock_warning(skew_seconds: i64) -> Option<i64> {
    (skew_seconds.abs() > 5 * 60).then_some(skew_seconds / 60)
}

/// A learner the hub signed in.
#[derive(Debug, Clone)]
pub struct HubSignIn {
    pub learner: Learner,
    pub assignments: Vec<Assignment>,
    /// The hub's clock minus this PC's, in seconds.
    pub clock_skew_seconds: i64,
    /// Local records made on this PC by someone else under this name, deleted.
    pub squatted_records_deleted: usize,
}

/// Join step 1 with one candidate hub: SPAKE2 with the code, then the hub's confirmation over
/// the certificate this connection saw. Returns that fingerprint, the session and the key.
async fn pair(
    url: &str,
    code: &JoinCode,
    grade: u32,
    class_no: u32,
) -> Result<(String, String, SessionKey), SyncError> {
    let (client, seen) = HubClient::first_contact(url)?;
    let (pake, msg_a) = StudentPake::start(code, grade, class_no);
    let started = client
        .join_start(&JoinStart {
            grade,
            class_no,
            msg: hex::encode(msg_a),
        })
        .await?;
    let fingerprint = seen
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
        .ok_or_else(|| SyncError::BadResponse("no certificate seen".into()))?;
    let msg_b = hex::decode(&started.msg).map_err(|_| SyncError::CodeRejected)?;
    let confirm = hex::decode(&started.confirm).map_err(|_| SyncError::CodeRejected)?;
    let key = pake.finish(&msg_b).map_err(|_| SyncError::CodeRejected)?;
    key.check_hub(&started.session, &fingerprint, &confirm)
        .map_err(|_| SyncError::CodeRejected)?;
    Ok((fingerprint, started.session, key))
}

/// Who is joining: the roster entry, the PIN and the PC's name.
#[derive(Debug, Clone)]
pub struct Joiner {
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
    pub pin: String,
    pub device: String,
}

/// Joins the class hub at one of `candidates` with the short code: tries each until one proves
/// it knows the code for this 학년·반 (a rogue or unrelated hub costs a try, nothing more), then
/// sends the roster entry and PIN over a connection pinned to that hub's certificate. Returns
/// the hub's answer, its URL and its certificate fingerprint.
pub async fn join_hub(
    code: &JoinCode,
    candidates: &[String],
    who: &Joiner,
) -> Result<(JoinResponse, String, String), SyncError> {
    let mut last = SyncError::CodeRejected;
    for url in candidates {
        let (fingerprint, session, key) = match pair(url, code, who.grade, who.class_no).await {
            Ok(paired) => paired,
            Err(e) => {
                tracing::debug!(error = %e, "join candidate refused");
                // Report a hub's own refusal (joining closed, paused) over a rogue's silence.
                if !matches!(e, SyncError::CodeRejected) {
                    last = e;
                }
                continue;
            }
        };
        let joined = HubClient::new(url, &fingerprint)?
            .join(&JoinRequest {
                confirm: hex::encode(key.student_confirm(&session, &fingerprint)),
                session,
                number: who.number,
                name: who.name.trim().to_string(),
                pin: who.pin.clone(),
                device: who.device.clone(),
            })
            .await?;
        return Ok((joined, url.clone(), fingerprint));
    }
    Err(last)
}

/// Joins the class with the short code ([`join_hub`]); the PC remembers the hub; the learner is
/// signed in as the hub verified them, their hub records restored, the token kept in `tokens`.
pub async fn join_with_code(
    service: &StudyService,
    tokens: &Tokens,
    sign_in: &SignIn,
    code: &JoinCode,
    candidates: &[String],
    device: &str,
) -> Result<HubSignIn, SyncError> {
    let who = Joiner {
        grade: sign_in.grade,
        class_no: sign_in.class_no,
        number: sign_in.number,
        name: sign_in.name.clone(),
        pin: sign_in.pin.clone().unwrap_or_default(),
        device: device.to_string(),
    };
    let (joined, url, fingerprint) = join_hub(code, candidates, &who).await?;
    service.set_known_hub(&KnownHub {
        hub_url: url.clone(),
        fingerprint: fingerprint.clone(),
    })?;
    admitted(service, tokens, sign_in, &url, &fingerprint, joined).await
}

/// Signs in with the PIN on the hub this PC knows (no code): the hub checks the PIN.
pub async fn sign_in_with_hub(
    service: &StudyService,
    tokens: &Tokens,
    sign_in: &SignIn,
    hub: &KnownHub,
    device: &str,
) -> Result<HubSignIn, SyncError> {
    let client = HubClient::new(&hub.hub_url, &hub.fingerprint)?;
    let joined = client
        .sign_in(&SignInRequest {
            grade: sign_in.grade,
            class_no: sign_in.class_no,
            number: sign_in.number,
            name: sign_in.name.trim().to_string(),
            pin: sign_in.pin.clone().unwrap_or_default(),
            device: device.to_string(),
        })
        .await?;
    admitted(
        service,
        tokens,
        sign_in,
        &hub.hub_url,
        &hub.fingerprint,
        joined,
    )
    .await
}

async fn admitted(
    service: &StudyService,
    tokens: &Tokens,
    sign_in: &SignIn,
    url: &str,
    fingerprint: &str,
    joined: JoinResponse,
) -> Result<HubSignIn, SyncError> {
    let (learner, squatted) = service.sign_in_verified(sign_in)?;
    let client = HubClient::new(url, fingerprint)?.with_token(&joined.token);
    let records = client.records().await?;
    service.link_and_restore(
        &HubLink {
            learner_id: learner.id,
            hub_url: url.to_string(),
            pin: fingerprint.to_string(),
            hub_student_id: joined.student_id,
        },
        &records.records,
    )?;
    tokens.set(learner.id, joined.token);
    let me = client.me().await?;
    let local = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    Ok(HubSignIn {
        learner,
        assignments: me.assignments,
        clock_skew_seconds: if me.hub_time > 0 {
            me.hub_time - local
        } else {
            0
        },
        squatted_records_deleted: squatted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sync_state_says_where_the_answers_are() {
        assert_eq!(
            SyncState::of(false, 3, false, None).0,
            SyncState::Standalone
        );
        assert_eq!(SyncState::of(true, 0, false, None).0, SyncState::Sent);
        assert_eq!(SyncState::of(true, 2, false, None).0, SyncState::Saved);
        assert_eq!(
            SyncState::of(true, 2, false, Some("sync-unreachable")),
            (SyncState::Offline, Some("sync-unreachable".into()))
        );
        assert_eq!(
            SyncState::of(true, 0, true, None),
            (SyncState::Refused, Some("hub-unauthorized".into()))
        );
    }

    #[test]
    fn a_clock_more_than_five_minutes_off_is_reported() {
        assert_eq!(clock_warning(0), None);
        assert_eq!(clock_warning(300), None);
        assert_eq!(clock_warning(-301), Some(-5));
        assert_eq!(clock_warning(3 * 3600), Some(180));
    }

    #[test]
    fn a_sign_out_is_remembered_until_the_hub_heard_it() {
        let tokens = Tokens::default();
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        tokens.set_current(Some(a));
        assert!(tokens.signed_out().is_empty());
        tokens.set_current(Some(b));
        assert_eq!(tokens.signed_out(), [a]);
        tokens.set_current(None);
        assert_eq!(tokens.signed_out().len(), 2);
        tokens.sign_out_reported(a);
        tokens.set_current(Some(b));
        assert!(tokens.signed_out().is_empty(), "b is back; a was reported");
    }

    #[test]
    fn a_refused_token_is_remembered_until_the_next_sign_in() {
        let tokens = Tokens::default();
        let me = Uuid::now_v7();
        tokens.set(me, "t".into());
        tokens.forget(me);
        assert!(tokens.was_refused(me) && tokens.get(me).is_none());
        tokens.set(me, "u".into());
        assert!(!tokens.was_refused(me));
    }
}
