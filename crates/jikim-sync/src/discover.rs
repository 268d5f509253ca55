//! Finding class hubs on the LAN by mDNS: a hub announces `_jikim._tcp.local.` with a prefix of
//! its certificate fingerprint (`fp`). Announcements prove nothing, so discovery returns every
//! one heard and the caller tries each: a join runs the PAKE with each until one proves it knows
//! the code; a PC that knows its hub tries those whose `fp` matches, and the TLS pin decides. A
//! rogue announcement can cost a try, never the join. Typing the address is the fallback when
//! the network blocks multicast.

use mdns_sd::{ServiceDaemon, ServiceEvent};
use std::time::{Duration, Instant};

/// The service type the hub announces.
pub const SERVICE_TYPE: &str = "_jikim._tcp.local.";

/// One announcement heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announced {
    /// `host:port`.
    pub address: String,
    /// The announced fingerprint prefix (unverified).
    pub fp: String,
}

/// Every hub announced within `wait`, in the order heard.
pub fn discover_all(wait: Duration) -> Vec<Announced> {
    let Ok(daemon) = ServiceDaemon::new() else {
        return Vec::new();
    };
    let Ok(rx) = daemon.browse(SERVICE_TYPE) else {
        let _ = daemon.shutdown();
        return Vec::new();
    };
    let deadline = Instant::now() + wait;
    let mut found: Vec<Announced> = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        match rx.recv_timeout(left) {
            Ok(ServiceEvent::ServiceResolved(info)) => {
                let fp = info
                    .get_property_val_str("fp")
                    .unwrap_or_default()
                    .to_string();
                for ip in info.get_addresses_v4() {
                    let address = format!("{ip}:{}", info.get_port());
                    if !found.iter().any(|a| a.address == address) {
                        found.push(Announced {
                            address,
                            fp: fp.clone(),
                        });
                    }
                }
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    let _ = daemon.shutdown();
    found
}

/// The order to try candidates in: those announcing `preferred` (a fingerprint this PC already
/// trusts) first, then the rest as heard.
pub fn ordered(mut found: Vec<Announced>, preferred: Option<&str>) -> Vec<String> {
    if let Some(fp) = preferred {
        found.sort_by_key(|a| !(a.fp.len() >= 16 && fp.starts_with(&a.fp.to_ascii_lowercase())));
    }
    found.into_iter().map(|a| a.address).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_known_hub_is_tried_first() {
        let a = |address: &str, fp: &str| Announced {
            address: address.into(),
            fp: fp.into(),
        };
        let found = vec![
            a("10.0.0.66:7443", "0000000000000000"),
            a("10.0.0.5:7443", "3f9c2b7100aaff01"),
            a("10.0.0.7:7443", "short"),
        ];
        assert_eq!(
            ordered(found.clone(), Some("3f9c2b7100aaff01deadbeef")),
            vec!["10.0.0.5:7443", "10.0.0.66:7443", "10.0.0.7:7443"]
        );
        assert_eq!(ordered(found, None)[0], "10.0.0.66:7443");
    }
}
