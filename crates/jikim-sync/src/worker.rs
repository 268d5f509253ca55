//! Pushing the outbox. Records leave the outbox only when the hub has acknowledged their ids
//! (after committing them), so a dropped connection, a timeout or a crash at any point means a
//! retry, never a loss; the hub ignores ids it already has, so a retry never double-counts.

use crate::client::{HubClient, SyncError};
use crate::Tokens;
use jikim_core::study::StudyService;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{watch, Notify};

/// Records sent per request.
pub const BATCH: usize = 100;
/// First retry delay after a failure.
pub const MIN_BACKOFF: Duration = Duration::from_millis(500);
/// Longest retry delay.
pub const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// How often the worker looks for work when nothing wakes it.
pub const IDLE_POLL: Duration = Duration::from_secs(5);

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
            let resp = match client.push(&batch).await {
                Err(SyncError::Refused { status: 401, .. }) => {
                    tokens.forget(link.learner_id);
                    break;
                }
                Err(SyncError::Refused { status: 410, .. }) => {
                    // The school deleted this student: their copy here goes too.
                    tokens.forget(link.learner_id);
                    let n = service.erase_learner(link.learner_id)?;
                    tracing::info!(records = n, "erased a student the school deleted");
                    break;
                }
                other => other?,
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

/// The next delay after a failure: doubled, capped, with up to 25 % jitter so 40 PCs that lost
/// the hub together do not all come back in the same millisecond.
pub fn next_backoff(current: Duration) -> Duration {
    let doubled = (current * 2).min(MAX_BACKOFF);
    let jitter = uuid::Uuid::new_v4().as_bytes()[0] as u32 % 26;
    doubled + doubled * jitter / 100
}

/// Runs until `stop` turns true: pushes when woken by `wake` (a record was written) or every
/// [`IDLE_POLL`], backing off after failures.
pub async fn run(
    service: Arc<StudyService>,
    tokens: Arc<Tokens>,
    wake: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) {
    let mut backoff = MIN_BACKOFF;
    loop {
        if *stop.borrow() {
            return;
        }
        let wait = match push_once(&service, &tokens).await {
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
                tokens.note_push(Err(e.message_id()));
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
