//! Best-effort mDNS announcement (`_jikim._tcp.local.`) so student apps can find the hub on the
//! LAN; the TXT record carries the fingerprint prefix so a student app only offers a hub that
//! matches the join code. Failure is logged and never fatal: typing the address always works.

use mdns_sd::{ServiceDaemon, ServiceInfo};

/// The mDNS service type.
pub const SERVICE_TYPE: &str = "_jikim._tcp.local.";

/// Keeps the announcement alive while held.
pub struct Announcement {
    daemon: ServiceDaemon,
}

impl Drop for Announcement {
    fn drop(&mut self) {
        let _ = self.daemon.shutdown();
    }
}

/// Announces the hub on `port` with the fingerprint prefix; `None` if mDNS is unavailable.
pub fn announce(port: u16, fingerprint: &str) -> Option<Announcement> {
    let daemon = ServiceDaemon::new().ok()?;
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "jikim-hub".into());
    let pin: String = fingerprint.chars().take(16).collect();
    let info = ServiceInfo::new(
        SERVICE_TYPE,
        &format!("jikim-{}", &pin[..pin.len().min(8)]),
        &format!("{host}.local."),
        "",
        port,
        &[("fp", pin.as_str()), ("api", "1")][..],
    )
    .ok()?
    .enable_addr_auto();
    match daemon.register(info) {
        Ok(()) => Some(Announcement { daemon }),
        Err(e) => {
            tracing::warn!(error = %e, "mDNS announcement failed");
            None
        }
    }
}
