//! Limits on joining, in memory (issue 12). Only failures count, never successes, so thirty PCs
//! joining at once lock no one out:
//!
//! - a PAKE exchange that is not confirmed (a wrong code, or abandoned after step 1) counts
//!   against the class's current code; after [`CODE_FAILURES`] in [`WINDOW`] the class refuses
//!   new exchanges until the window slides or the teacher makes a new code (a new code has its
//!   own count). At most `CODE_FAILURES + PENDING_PER_CLASS` guesses per window: with a 40-bit
//!   code, an even chance takes about 2^39 / 84 windows of 10 minutes (over 100,000 years);
//! - wrong PINs (and unknown roster rows) count against the class: after [`PIN_FAILURES`] in
//!   [`WINDOW`] sign-ins for the class pause, so guessing one common PIN across every classmate
//!   is slow too (each student's own PIN also locks after `identity::PIN_TRIES`);
//! - exchanges waiting for step 2 are capped per class and overall.

use jikim_core::sync::pake::SessionKey;
use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};
use uuid::Uuid;

/// How long a PAKE session waits for step 2.
pub const SESSION_TTL: Duration = Duration::from_secs(60);
/// The sliding window failures are counted in.
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Unconfirmed exchanges allowed per class code per window.
pub const CODE_FAILURES: usize = 20;
/// Wrong PINs allowed per class per window.
pub const PIN_FAILURES: usize = 30;
/// Exchanges waiting for step 2, per class.
pub const PENDING_PER_CLASS: usize = 64;
/// Exchanges waiting for step 2, overall.
pub const PENDING_TOTAL: usize = 1024;

/// A class and the code an exchange was for.
pub type CodeKey = (Uuid, String);

/// A PAKE exchange between step 1 and step 2.
pub struct Session {
    pub class: CodeKey,
    pub key: SessionKey,
    started: Instant,
}

/// Why a new exchange or sign-in is refused for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// Too many failures for this class (code or PIN).
    Failures,
    /// Too many exchanges waiting.
    Busy,
}

#[derive(Default)]
pub struct JoinGuard {
    sessions: HashMap<String, Session>,
    code_failures: HashMap<CodeKey, VecDeque<Instant>>,
    pin_failures: HashMap<Uuid, VecDeque<Instant>>,
}

fn recent(q: &mut VecDeque<Instant>, now: Instant) -> usize {
    while q
        .front()
        .is_some_and(|t| now.saturating_duration_since(*t) > WINDOW)
    {
        q.pop_front();
    }
    q.len()
}

impl JoinGuard {
    /// Expired sessions count as failures of their code.
    fn sweep(&mut self, now: Instant) {
        let expired: Vec<String> = self
            .sessions
            .iter()
            .filter(|(_, s)| now.saturating_duration_since(s.started) > SESSION_TTL)
            .map(|(id, _)| id.clone())
            .collect();
        for id in expired {
            if let Some(s) = self.sessions.remove(&id) {
                self.code_failed(s.class, now);
            }
        }
        self.code_failures.retain(|_, q| recent(q, now) > 0);
        self.pin_failures.retain(|_, q| recent(q, now) > 0);
    }

    /// Whether a new exchange for this class code may start now.
    pub fn may_start(&mut self, class: &CodeKey, now: Instant) -> Result<(), Pause> {
        self.sweep(now);
        let pending = self.sessions.values().filter(|s| &s.class == class).count();
        let failed = self
            .code_failures
            .get_mut(class)
            .map_or(0, |q| recent(q, now));
        // Waiting exchanges become failures if they go wrong, so guesses per window stay below
        // CODE_FAILURES + PENDING_PER_CLASS.
        if failed >= CODE_FAILURES {
            return Err(Pause::Failures);
        }
        if pending >= PENDING_PER_CLASS || self.sessions.len() >= PENDING_TOTAL {
            return Err(Pause::Busy);
        }
        Ok(())
    }

    /// Keeps an exchange until step 2.
    pub fn add(&mut self, id: String, class: CodeKey, key: SessionKey, now: Instant) {
        self.sessions.insert(
            id,
            Session {
                class,
                key,
                started: now,
            },
        );
    }

    /// Takes an exchange for step 2; `None` if unknown or expired (an expired one counts as a
    /// failure).
    pub fn take(&mut self, id: &str, now: Instant) -> Option<Session> {
        let s = self.sessions.remove(id)?;
        if now.saturating_duration_since(s.started) > SESSION_TTL {
            self.code_failed(s.class, now);
            return None;
        }
        Some(s)
    }

    /// A wrong confirmation (or an abandoned exchange) for this class code.
    pub fn code_failed(&mut self, class: CodeKey, now: Instant) {
        self.code_failures.entry(class).or_default().push_back(now);
    }

    /// Whether PIN sign-ins for the class may go on.
    pub fn pin_allowed(&mut self, class: Uuid, now: Instant) -> bool {
        self.pin_failures
            .get_mut(&class)
            .map_or(0, |q| recent(q, now))
            < PIN_FAILURES
    }

    /// A wrong PIN (or an unknown roster row) in the class.
    pub fn pin_failed(&mut self, class: Uuid, now: Instant) {
        self.pin_failures.entry(class).or_default().push_back(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jikim_core::sync::join_code::JoinCode;
    use jikim_core::sync::pake::{hub_respond, StudentPake};

    fn key() -> SessionKey {
        let code = JoinCode::parse("K7Q2M9XA").expect("code");
        let (_, msg) = StudentPake::start(&code, 1, 1);
        hub_respond(&code, 1, 1, &msg).expect("respond").1
    }

    #[test]
    fn only_failures_count_and_a_new_code_starts_afresh() {
        let mut g = JoinGuard::default();
        let class = Uuid::now_v7();
        let code = (class, "AAAA1111".to_string());
        let t0 = Instant::now();
        // Many successful joins never lock anything.
        for i in 0..200 {
            assert_eq!(g.may_start(&code, t0), Ok(()));
            g.add(format!("ok{i}"), code.clone(), key(), t0);
            assert!(g.take(&format!("ok{i}"), t0).is_some());
        }
        for _ in 0..CODE_FAILURES {
            assert_eq!(g.may_start(&code, t0), Ok(()));
            g.code_failed(code.clone(), t0);
        }
        assert_eq!(g.may_start(&code, t0), Err(Pause::Failures));
        let rotated = (class, "BBBB2222".to_string());
        assert_eq!(
            g.may_start(&rotated, t0),
            Ok(()),
            "a new code has its own count"
        );
        assert_eq!(
            g.may_start(&code, t0 + WINDOW + Duration::from_secs(1)),
            Ok(())
        );
    }

    #[test]
    fn abandoned_exchanges_count_as_failures() {
        let mut g = JoinGuard::default();
        let code = (Uuid::now_v7(), "AAAA1111".to_string());
        let t0 = Instant::now();
        for i in 0..CODE_FAILURES {
            assert_eq!(g.may_start(&code, t0), Ok(()));
            g.add(format!("s{i}"), code.clone(), key(), t0);
        }
        let later = t0 + SESSION_TTL + Duration::from_secs(1);
        assert_eq!(g.may_start(&code, later), Err(Pause::Failures));
        assert!(g.take("s0", later).is_none(), "expired sessions are gone");
    }

    #[test]
    fn waiting_exchanges_are_capped() {
        let mut g = JoinGuard::default();
        let code = (Uuid::now_v7(), "AAAA1111".to_string());
        let t0 = Instant::now();
        for i in 0..PENDING_PER_CLASS {
            assert_eq!(g.may_start(&code, t0), Ok(()));
            g.add(format!("s{i}"), code.clone(), key(), t0);
        }
        assert_eq!(g.may_start(&code, t0), Err(Pause::Busy));
    }

    #[test]
    fn wrong_pins_pause_the_class() {
        let mut g = JoinGuard::default();
        let class = Uuid::now_v7();
        let t0 = Instant::now();
        for _ in 0..PIN_FAILURES {
            assert!(g.pin_allowed(class, t0));
            g.pin_failed(class, t0);
        }
        assert!(!g.pin_allowed(class, t0));
        assert!(g.pin_allowed(Uuid::now_v7(), t0));
    }
}
