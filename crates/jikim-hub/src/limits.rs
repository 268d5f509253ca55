//! What keeps one client from making the hub unreachable for a whole class: a cap on open
//! connections (overall and per address), timeouts on every stage of a request (TLS handshake,
//! the first request, request headers, the whole request), and a per-student push rate.
//!
//! Reproduced before these limits: 1,009 idle TLS connections, with no token or code, made the hub
//! unreachable for everyone; one token pushed 112,000 records in 21 s.

use axum_server::accept::Accept;
use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use uuid::Uuid;

/// The hub's limits. [`HubLimits::default`] is what a school hub runs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HubLimits {
    /// Connections open at once, from everyone (a lab of 40 PCs needs about 40).
    pub max_connections: usize,
    /// Connections open at once from one address (a PC needs one or two).
    pub max_connections_per_address: usize,
    /// Time allowed for the TLS handshake.
    pub handshake_timeout: Duration,
    /// Time from the end of the handshake to a complete first request.
    pub first_request_timeout: Duration,
    /// Time to read a request's headers (also bounds an idle kept-alive connection).
    pub header_read_timeout: Duration,
    /// Time to read the body and answer one request.
    pub request_timeout: Duration,
    /// Pushes one student may make in a burst.
    pub push_burst: u32,
    /// Pushes per second one student may make once the burst is spent.
    pub pushes_per_second: u32,
}

impl Default for HubLimits {
    fn default() -> HubLimits {
        HubLimits {
            max_connections: 768,
            max_connections_per_address: 32,
            handshake_timeout: Duration::from_secs(10),
            first_request_timeout: Duration::from_secs(10),
            header_read_timeout: Duration::from_secs(15),
            request_timeout: Duration::from_secs(30),
            push_burst: 120,
            pushes_per_second: 20,
        }
    }
}

/// Open connections, overall and per address.
#[derive(Debug, Default)]
struct Open {
    total: usize,
    by_address: HashMap<IpAddr, usize>,
}

/// Accepts a TCP connection only under the connection caps; a connection over a cap is closed
/// at once (the student app retries with backoff), so a flood from one address cannot hold every
/// slot and an over-all flood cannot exhaust file descriptors.
#[derive(Debug, Clone)]
pub struct ConnectionCap {
    open: Arc<Mutex<Open>>,
    max: usize,
    max_per_address: usize,
}

impl ConnectionCap {
    pub fn new(limits: &HubLimits) -> ConnectionCap {
        ConnectionCap {
            open: Arc::new(Mutex::new(Open::default())),
            max: limits.max_connections,
            max_per_address: limits.max_connections_per_address,
        }
    }

    /// Takes a slot for `ip`, or `None` when a cap is reached.
    fn take(&self, ip: IpAddr) -> Option<Slot> {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let mine = open.by_address.get(&ip).copied().unwrap_or(0);
        if open.total >= self.max || mine >= self.max_per_address {
            return None;
        }
        open.total += 1;
        open.by_address.insert(ip, mine + 1);
        Some(Slot {
            open: self.open.clone(),
            ip,
        })
    }
}

/// A held connection slot, given back when the connection is dropped.
#[derive(Debug)]
pub struct Slot {
    open: Arc<Mutex<Open>>,
    ip: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        open.total = open.total.saturating_sub(1);
        if let Some(n) = open.by_address.get_mut(&self.ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                open.by_address.remove(&self.ip);
            }
        }
    }
}

/// A TCP stream that holds its connection slot.
#[derive(Debug)]
pub struct CappedStream {
    inner: TcpStream,
    _slot: Slot,
}

impl AsyncRead for CappedStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for CappedStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

impl<S: Send + 'static> Accept<TcpStream, S> for ConnectionCap {
    type Stream = CappedStream;
    type Service = S;
    type Future = Pin<Box<dyn Future<Output = io::Result<(CappedStream, S)>> + Send + 'static>>;

    fn accept(&self, stream: TcpStream, service: S) -> Self::Future {
        let slot = stream
            .peer_addr()
            .ok()
            .and_then(|peer| self.take(peer.ip()));
        Box::pin(async move {
            match slot {
                Some(slot) => Ok((
                    CappedStream {
                        inner: stream,
                        _slot: slot,
                    },
                    service,
                )),
                None => Err(io::Error::other("connection cap reached")),
            }
        })
    }
}

/// Per-student push rate: a token bucket of `burst` pushes refilled at `per_second`.
#[derive(Debug)]
pub struct PushRate {
    burst: f64,
    per_second: f64,
    buckets: Mutex<HashMap<Uuid, (f64, Instant)>>,
}

impl PushRate {
    pub fn new(limits: &HubLimits) -> PushRate {
        PushRate {
            burst: f64::from(limits.push_burst.max(1)),
            per_second: f64::from(limits.pushes_per_second),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one push for `student` at `now`; false when over the rate.
    pub fn allow(&self, student: Uuid, now: Instant) -> bool {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let (tokens, at) = buckets.entry(student).or_insert((self.burst, now));
        let refilled = now.saturating_duration_since(*at).as_secs_f64() * self.per_second;
        *tokens = (*tokens + refilled).min(self.burst);
        *at = now;
        if *tokens < 1.0 {
            return false;
        }
        *tokens -= 1.0;
        // Forget full buckets now and then so the map stays the size of the active class.
        if buckets.len() > 10_000 {
            let (burst, per_second) = (self.burst, self.per_second);
            buckets.retain(|_, (t, at)| {
                *t + now.saturating_duration_since(*at).as_secs_f64() * per_second < burst
            });
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_slots_are_capped_per_address_and_overall_and_given_back() {
        let cap = ConnectionCap::new(&HubLimits {
            max_connections: 3,
            max_connections_per_address: 2,
            ..HubLimits::default()
        });
        let a: IpAddr = "10.0.0.1".parse().expect("ip");
        let b: IpAddr = "10.0.0.2".parse().expect("ip");
        let a1 = cap.take(a).expect("first");
        let _a2 = cap.take(a).expect("second");
        assert!(cap.take(a).is_none(), "third from one address");
        let _b1 = cap.take(b).expect("another address");
        assert!(cap.take(b).is_none(), "over the total");
        drop(a1);
        assert!(cap.take(b).is_some(), "a slot given back is free again");
    }

    #[test]
    fn a_student_may_burst_then_push_at_the_set_rate() {
        let rate = PushRate::new(&HubLimits {
            push_burst: 3,
            pushes_per_second: 2,
            ..HubLimits::default()
        });
        let s = Uuid::now_v7();
        let t0 = Instant::now();
        assert!((0..3).all(|_| rate.allow(s, t0)));
        assert!(!rate.allow(s, t0), "burst spent");
        assert!(rate.allow(Uuid::now_v7(), t0), "others are not affected");
        assert!(rate.allow(s, t0 + Duration::from_millis(600)), "refilled");
    }
}
