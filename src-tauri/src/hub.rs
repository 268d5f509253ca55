//! The class hub when this PC runs it (teacher mode): its handle and status.

use serde::Serialize;

/// What the teacher sees about the running hub.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HubStatus {
    /// LAN addresses students can type (IPv4).
    pub addresses: Vec<String>,
    pub port: u16,
    /// Lower-case hex SHA-256 of the hub certificate.
    pub fingerprint: String,
}

/// A running hub owned by the app.
pub struct HubHandle {
    pub status: HubStatus,
}

impl HubHandle {
    /// The status shown to the teacher.
    pub fn status(&self) -> HubStatus {
        self.status.clone()
    }
}
