//! The student PC's side of sync with the school hub.
//!
//! - [`tls`]: an HTTPS client that trusts exactly one certificate: the one whose SHA-256
//!   fingerprint starts with the pin carried by the class join code (no trust on first use, no
//!   system roots, no proxy).
//! - [`client`]: the hub API v1 calls (join, me, push, records).
//! - [`worker`]: pushing the outbox with retries and backoff; acknowledged ids leave the outbox.

pub mod client;
pub mod tls;
pub mod worker;

pub use client::{HubClient, SyncError};
