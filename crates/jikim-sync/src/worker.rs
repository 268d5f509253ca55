//! Pushing the outbox. Records leave the outbox only when the hub has acknowledged their ids
//! (after committing them), so a dropped connection, a timeout or a crash at any point means a
//! retry, never a loss; the hub ignores ids it already has, so a retry never double-counts.

use crate::client::{HubClient, SyncError};
use crate::Tokens;
use jikim_core::study::StudyService;
use jikim_core::sync::protocol::Heartbeat;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{watch, Notify};
use uuid::Uuid;

/// Records sent per request.
pub const BATCH: usize = 100;
/// First retry delay after a failure.
pub const MIN_BACKOFF: Duration = Duration::from_millis(500);
/// Longest retry delay.
pub const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// How often the worker looks for work when nothing wakes it.
pub const IDLE_POLL: Duration = Duration::from_secs(5);
/// How often the PC reports to the hub for each student it acts for (issue 14).
pub const HEARTBEAT_EVERY: Duration = Duration::from_secs(5);
/// Passes run at once, without waiting, when the teacher asked for "지금 전송".
const FLUSH_PASSES: u32 = 3;

/// What one pass pushed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PushReport {
    pub sent: usize,
    pub acked: usize,
}

/// Pushes the pending records of every linked learner whose token this app holds (they signed
/// in with the hub since it started), batch by batch, until the outbox is empty or a call
/// fails. A learner whose token the hub refuses (expired, revoked) loses it here; their records
/// wait for their next sign-in.
pub async fn push_once(service: &StudyService, tokens: &Tokens) -> Result<PushReport, SyncError> {
    let mut report = PushReport::default();
    for link in service.links_with_pending()? {
        let Some(token) = tokens.get(link.learner_id) else {
            continue;
        };
        let client = HubClient::new(&link.hub_url, &link.pin)?.with_token(&token);
        loop {
            let batch = service.pending_records(link.learner_id, BATCH)?;
            if batch.is_empty() {
                break;
            }
            report.sent += batch.len();
            // What will still wait here once this batch is stored: the teacher sees it.
            let waiting = service
                .outbox_len_of(link.learner_id)?
                .saturating_sub(batch.len() as u64);
            let signed_in = tokens.current() == Some(link.learner_id);
            let resp = match client.push_as(&batch, waiting, Some(signed_in)).await {
                Ok(resp) => resp,
                Err(e) if lost_learner(&e, link.learner_id, service, tokens)? => break,
                Err(e) => return Err(e),
            };
            // Only ids we sent count as acknowledged.
            let sent: HashSet<_> = batch.iter().map(|r| r.id).collect();
            let acked: Vec<_> = resp
                .acked
                .into_iter()
                .filter(|id| sent.contains(id))
                .collect();
            report.acked += service.ack(&acked)?;
            if acked.len() < batch.len() {
                // The hub kept some back; try again later rather than spin.
                return Err(SyncError::BadResponse("partial acknowledgement".into()));
            }
        }
    }
    Ok(report)
}

/// Handles a refusal that ends what this PC may do for a learner: a token the hub no longer
/// accepts (401: forgotten; their records wait for their next sign-in) or a student the school
/// deleted (410: their copy here is erased). Returns whether it was one of those.
fn lost_learner(
    e: &SyncError,
    learner: Uuid,
    service: &StudyService,
    tokens: &Tokens,
) -> Result<bool, SyncError> {
    match e {
        SyncError::Refused { status: 401, .. } => {
            tokens.forget(learner);
            Ok(true)
        }
        SyncError::Refused { status: 410, .. } => {
            tokens.forget(learner);
            let n = service.erase_learner(learner)?;
            tracing::info!(records = n, "erased a student the school deleted");
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Reports to the hub for the learner signed in here, for those who signed out here since the
/// last report, and for every learner whose records wait here (with a token): how many records
/// wait, and whether they are signed in. Applies the
/// teacher's orders in the answers: an ended period is noted in `tokens` (the app signs the
/// learner out at the next page). Returns whether the hub asked to send now.
pub async fn heartbeat_once(service: &StudyService, tokens: &Tokens) -> Result<bool, SyncError> {
    let mut learners: Vec<Uuid> = service
        .links_with_pending()?
        .into_iter()
        .map(|l| l.learner_id)
        .collect();
    let current = tokens.current();
    for l in current.into_iter().chain(tokens.signed_out()) {
        if !learners.contains(&l) {
            learners.push(l);
        }
    }
    let mut flush = false;
    for learner in learners {
        let Some(token) = tokens.get(learner) else {
            // Never signed in with the hub since the app started: nothing to tell it.
            tokens.sign_out_reported(learner);
            continue;
        };
        // A learner forgotten at sign-out (everything sent) has no link left: their token was
        // issued by this PC's hub.
        let hub = match service.hub_link(learner)? {
            Some(link) => Some((link.hub_url, link.pin)),
            None => service.known_hub()?.map(|k| (k.hub_url, k.fingerprint)),
        };
        let Some((url, fingerprint)) = hub else {
            tokens.sign_out_reported(learner);
            continue;
        };
        let client = HubClient::new(&url, &fingerprint)?.with_token(&token);
        let pending = service.outbox_len_of(learner)?;
        let beat = Heartbeat {
            pending,
            signed_in: current == Some(learner),
        };
        match client.heartbeat(&beat).await {
            Ok(reply) => {
                if !beat.signed_in {
                    tokens.sign_out_reported(learner);
                }
                flush |= reply.flush && pending > 0;
                if reply.end_period && beat.signed_in {
                    tokens.end_period(learner);
                }
            }
            Err(e) if lost_learner(&e, learner, service, tokens)? => {}
            Err(e) => return Err(e),
        }
    }
    Ok(flush)
}

/// The next delay after a failure: doubled, capped, with up to 25 % jitter so 40 PCs that lost
/// the hub together do not all come back in the same millisecond.
pub fn next_backoff(current: Duration) -> Duration {
    let doubled = (current * 2).min(MAX_BACKOFF);
    let jitter = uuid::Uuid::new_v4().as_bytes()[0] as u32 % 26;
    doubled + doubled * jitter / 100
}

/// Runs until `stop` turns true: pushes when woken by `wake` (a record was written) or every
/// [`IDLE_POLL`], backing off after failures, and reports to the hub every [`HEARTBEAT_EVERY`];
/// when the teacher asks for "지금 전송", passes again at once (a few times at most).
pub async fn run(
    service: Arc<StudyService>,
    tokens: Arc<Tokens>,
    wake: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) {
    let mut backoff = MIN_BACKOFF;
    let mut last_beat: Option<Instant> = None;
    let mut flush_passes = 0;
    loop {
        if *stop.borrow() {
            return;
        }
        let pushed = push_once(&service, &tokens).await;
        let hub_down = matches!(pushed, Err(SyncError::Unreachable(_)));
        let mut flush = false;
        let beat_due = last_beat.is_none_or(|t| t.elapsed() >= HEARTBEAT_EVERY)
            || !tokens.signed_out().is_empty();
        if !hub_down && beat_due {
            match heartbeat_once(&service, &tokens).await {
                Ok(asked) => {
                    last_beat = Some(Instant::now());
                    flush = asked;
                }
                Err(e) => tracing::debug!(error = %e, "heartbeat failed"),
            }
        }
        if flush && flush_passes < FLUSH_PASSES {
            flush_passes += 1;
            backoff = MIN_BACKOFF;
            continue;
        }
        flush_passes = 0;
        let wait = match pushed {
            Ok(report) => {
                if tokens.last_push_error().is_some() {
                    tracing::info!(
                        acked = report.acked,
                        "sync back: the hub is reachable again"
                    );
                }
                tokens.note_push(Ok(()));
                backoff = MIN_BACKOFF;
                IDLE_POLL
            }
            Err(e) => {
                if tokens.last_push_error().is_none() {
                    tracing::warn!(error = %e, "sync push failed; answers wait on this PC");
                }
                tokens.note_push(Err(e.message().id().to_string()));
                tracing::debug!(error = %e, "sync push failed; will retry");
                let wait = backoff;
                backoff = next_backoff(backoff);
                wait
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = wake.notified() => {}
            _ = stop.changed() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let mut d = MIN_BACKOFF;
        for _ in 0..20 {
            let next = next_backoff(d);
            assert!(next >= (d * 2).min(MAX_BACKOFF));
            assert!(next <= MAX_BACKOFF + MAX_BACKOFF / 4);
            d = next.min(MAX_BACKOFF);
        }
        assert_eq!(d, MAX_BACKOFF);
    }
}
