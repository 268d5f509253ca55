//! Finding the class hub on the LAN by mDNS: the hub announces `_jikim._tcp.local.` with its
//! certificate fingerprint prefix (`fp`); a student app accepts only a hub whose `fp` matches the
//! join code's pin (and the TLS pin is checked again on connect). Typing the address is the
//! fallback when the network blocks multicast.

use mdns_sd::{ServiceDaemon, ServiceEvent};
use std::time::{Duration, Instant};

/// The service type the hub announces.
pub const SERVICE_TYPE: &str = "_jikim._tcp.local.";

/// Looks for a hub whose fingerprint prefix is `pin` for up to `wait`; returns `host:port`.
pub fn discover(pin: &str, wait: Duration) -> Option<String> {
    let daemon = ServiceDaemon::new().ok()?;
    let rx = daemon.browse(SERVICE_TYPE).ok()?;
    let deadline = Instant::now() + wait;
    let mut found = None;
    while found.is_none() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        match rx.recv_timeout(left) {
            Ok(ServiceEvent::ServiceResolved(info)) => {
                let matches = info
                    .get_property_val_str("fp")
                    .is_some_and(|fp| !pin.is_empty() && fp.eq_ignore_ascii_case(pin));
                if matches {
                    found = info
                        .get_addresses_v4()
                        .into_iter()
                        .next()
                        .map(|ip| format!("{ip}:{}", info.get_port()));
                }
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    let _ = daemon.shutdown();
    found
}
