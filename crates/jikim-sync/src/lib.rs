//! The student PC's side of sync with the school hub.
//!
//! - [`tls`]: an HTTPS client that trusts exactly one certificate: the one whose SHA-256
//!   fingerprint starts with the pin carried by the class join code (no trust on first use, no
//!   system roots, no proxy).
//! - [`client`]: the hub API v1 calls (join, me, push, records).
//! - [`worker`]: pushing the outbox with retries and backoff; acknowledged ids leave the outbox.

pub mod client;
pub mod discover;
pub mod tls;
pub mod worker;

pub use client::{HubClient, SyncError};

use jikim_core::storage::{HubLink, Learner};
use jikim_core::study::StudyService;
use jikim_core::sync::join_code::JoinCode;
use jikim_core::sync::protocol::{Assignment, JoinRequest};

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

/// Joins the class hub for a signed-in learner: the hub must present the certificate the join
/// code pins; the device token is stored; whatever the hub holds for the student is restored
/// (so a wiped PC resumes where the student left); returns the student's assignments.
pub async fn join_and_restore(
    service: &StudyService,
    learner: &Learner,
    code: &JoinCode,
    hub_url: &str,
) -> Result<Vec<Assignment>, SyncError> {
    let client = HubClient::new(hub_url, &code.pin)?;
    let joined = client
        .join(&JoinRequest {
            class_code: code.class_code.clone(),
            number: learner.number,
            name: learner.name.clone(),
        })
        .await?;
    let client = client.with_token(&joined.token);
    let records = client.records().await?;
    let link = HubLink {
        learner_id: learner.id,
        hub_url: hub_url.to_string(),
        pin: code.pin.clone(),
        hub_student_id: joined.student_id,
        token: joined.token,
    };
    service.link_and_restore(&link, &records.records)?;
    Ok(client.me().await?.assignments)
}
