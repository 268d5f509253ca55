//! The lab period, live (issue 14): on which PC each student is, how many of their records still
//! wait there, when the hub last heard from that PC, and the teacher's two orders to a class's
//! PCs — "지금 전송" (send now) and "수업 끝내기" (end the period).
//!
//! A hub cannot call a student PC (PCs are behind the lab's firewall and have no server), so the
//! orders travel back in the answer to each PC's heartbeat (every few seconds). All of this is
//! kept in memory: it describes the period in progress, a heartbeat costs no disk write (the
//! group commit's fsyncs are for records only), and after a hub restart every PC reports again
//! within seconds. Records themselves never depend on it.

use crate::store::{HubStore, TokenStudent};
use crate::HubError;
use jikim_core::error::StorageFault;
use jikim_core::sync::protocol::HeartbeatReply;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Mutex;
use uuid::Uuid;

/// A PC heard from within this many seconds is connected (PCs beat every 5 s).
pub const CONNECTED_WITHIN_SECS: i64 = 20;
/// A "지금 전송" reaches the PCs that beat within this many seconds of it.
pub const FLUSH_WINDOW_SECS: i64 = 120;

#[derive(Debug, Clone)]
struct Seat {
    class_id: Uuid,
    device: String,
    last_contact: i64,
    pending: u64,
    signed_in: bool,
    /// When the hub last stored records from this PC for the student (this run of the hub).
    last_received: Option<i64>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Orders {
    flush_at: Option<i64>,
    end_at: Option<i64>,
}

#[derive(Default)]
struct Inner {
    seats: HashMap<Uuid, Seat>,
    orders: HashMap<Uuid, Orders>,
    storage_fault: Option<StorageFault>,
}

/// Where a student's records are, as the teacher's class view says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum SeatState {
    /// No PC has reported for the student since the hub started.
    Absent,
    /// Nothing waits on their PC.
    Sent,
    /// Records wait on a PC that is connected (being sent).
    Waiting,
    /// The hub has not heard lately from a PC that had records waiting or where the student was
    /// still signed in.
    Disconnected,
}

/// One student's line in the live class view.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SeatView {
    pub student_id: Uuid,
    pub number: u32,
    pub name: String,
    pub state: SeatState,
    /// The PC (or seat name) the student is on.
    pub device: Option<String>,
    /// Records still waiting on that PC, as it last reported.
    pub pending: Option<u64>,
    /// Seconds since the hub last heard from that PC.
    pub last_contact_ago: Option<i64>,
    /// Whether the student is signed in there now.
    pub signed_in: bool,
    /// When the hub last received a record of the student (RFC 3339, the hub's clock).
    pub last_received: Option<String>,
}

/// The live class view: a line per roster student, the counts for the class line
/// ("전송 완료 28/30 · 대기 2명 · 연결 끊김 1명") and the teacher's orders in force.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PeriodView {
    pub seats: Vec<SeatView>,
    /// Students some PC reported for since the hub started.
    pub present: usize,
    pub sent: usize,
    pub waiting: usize,
    pub disconnected: usize,
    /// Unix seconds of the last "지금 전송", while it is in force.
    pub flush_at: Option<i64>,
    /// Unix seconds of the last "수업 끝내기".
    pub ended_at: Option<i64>,
    /// Why the hub could not store the last push it was sent (its disk is full, another program
    /// keeps its database locked...), until it stores one again: the PCs keep those records and
    /// send them again, and the teacher is told, so that no PC is restarted (a restore card
    /// would wipe what waits on it) before they have arrived. The same for every class.
    pub storage_fault: Option<StorageFault>,
}

/// The roster student a line is for (number, name) and the last receive time the hub database
/// holds for them.
pub struct SeatOf<'a> {
    pub student_id: Uuid,
    pub number: u32,
    pub name: &'a str,
    pub last_received: Option<String>,
}

/// The live state of every class's lab period on this hub.
#[derive(Default)]
pub struct LabPeriod {
    inner: Mutex<Inner>,
}

fn unix_to_text(t: i64) -> Option<String> {
    time::OffsetDateTime::from_unix_timestamp(t)
        .ok()?
        .format(&time::format_description::well_known::Rfc3339)
        .ok()
}

impl LabPeriod {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A PC reported for `who` at `now`: `pending` records wait on it, the student is or is not
    /// signed in there (`None`: a push, which does not say), and `stored` records were just
    /// stored from it. Returns the orders for it.
    pub fn contact(
        &self,
        who: &TokenStudent,
        pending: u64,
        signed_in: Option<bool>,
        stored: bool,
        now: i64,
    ) -> HeartbeatReply {
        let mut inner = self.lock();
        let seat = inner.seats.entry(who.student_id).or_insert_with(|| Seat {
            class_id: who.class_id,
            device: who.device.clone(),
            last_contact: now,
            pending,
            signed_in: false,
            last_received: None,
        });
        seat.class_id = who.class_id;
        seat.device = who.device.clone();
        seat.last_contact = now;
        seat.pending = pending;
        if let Some(signed_in) = signed_in {
            seat.signed_in = signed_in;
        }
        let signed_in = seat.signed_in;
        if stored {
            seat.last_received = Some(now);
        }
        let orders = inner.orders.get(&who.class_id).copied().unwrap_or_default();
        HeartbeatReply {
            flush: pending > 0
                && orders
                    .flush_at
                    .is_some_and(|t| now - t <= FLUSH_WINDOW_SECS),
            // Only a sign-in from before the end: the next period's students are not affected.
            end_period: signed_in && orders.end_at.is_some_and(|t| who.signed_in_at <= t),
        }
    }

    /// The hub could not store a push, for this reason ([`PeriodView::storage_fault`]).
    pub fn storage_failed(&self, fault: StorageFault) {
        self.lock().storage_fault = Some(fault);
    }

    /// The hub stored a push: whatever kept it from storing is over.
    pub fn storage_works(&self) {
        self.lock().storage_fault = None;
    }

    /// A student signed in on a PC (the hub issued its token): the teacher sees them there at
    /// once, before the PC's first heartbeat.
    pub fn signed_in(&self, who: &TokenStudent, now: i64) {
        let pending = self
            .lock()
            .seats
            .get(&who.student_id)
            .filter(|s| s.device == who.device)
            .map_or(0, |s| s.pending);
        self.contact(who, pending, Some(true), false, now);
    }

    /// "지금 전송": every PC of the class sends what waits at its next heartbeat.
    pub fn request_flush(&self, class_id: Uuid, now: i64) {
        self.lock().orders.entry(class_id).or_default().flush_at = Some(now);
    }

    /// "수업 끝내기": sends now, and signs out at the next page boundary every student of the
    /// class who signed in before `now`.
    pub fn end_period(&self, class_id: Uuid, now: i64) {
        let mut inner = self.lock();
        let orders = inner.orders.entry(class_id).or_default();
        orders.flush_at = Some(now);
        orders.end_at = Some(now);
    }

    /// The live view of a class's active roster at `now`, with the last receipts the hub
    /// database holds (what the teacher app shows).
    pub fn class_view(
        &self,
        store: &HubStore,
        class_id: Uuid,
        now: i64,
    ) -> Result<PeriodView, HubError> {
        let roster = store.roster(class_id)?;
        let mut received = store.last_received(class_id)?;
        let seats: Vec<SeatOf<'_>> = roster
            .iter()
            .map(|r| SeatOf {
                student_id: r.student_id,
                number: r.number,
                name: &r.name,
                last_received: received.remove(&r.student_id),
            })
            .collect();
        Ok(self.view(class_id, &seats, now))
    }

    /// The live view of a class for its roster at `now`.
    pub fn view(&self, class_id: Uuid, roster: &[SeatOf<'_>], now: i64) -> PeriodView {
        let inner = self.lock();
        let orders = inner.orders.get(&class_id).copied().unwrap_or_default();
        let seats: Vec<SeatView> = roster
            .iter()
            .map(|r| {
                let seat = inner
                    .seats
                    .get(&r.student_id)
                    .filter(|s| s.class_id == class_id);
                let state = match seat {
                    None => SeatState::Absent,
                    // A silent PC of a student still signed in may hold answers the hub never
                    // heard of (a pulled cable): not "sent", whatever it last said.
                    Some(s)
                        if now - s.last_contact > CONNECTED_WITHIN_SECS
                            && (s.pending > 0 || s.signed_in) =>
                    {
                        SeatState::Disconnected
                    }
                    Some(s) if s.pending == 0 => SeatState::Sent,
                    Some(_) => SeatState::Waiting,
                };
                // The database knows receipts from before this run; this run's are newer.
                let last_received = seat
                    .and_then(|s| s.last_received)
                    .and_then(unix_to_text)
                    .or_else(|| r.last_received.clone());
                SeatView {
                    student_id: r.student_id,
                    number: r.number,
                    name: r.name.to_string(),
                    state,
                    device: seat.map(|s| s.device.clone()),
                    pending: seat.map(|s| s.pending),
                    last_contact_ago: seat.map(|s| (now - s.last_contact).max(0)),
                    signed_in: seat.is_some_and(|s| s.signed_in),
                    last_received,
                }
            })
            .collect();
        let count = |st: SeatState| seats.iter().filter(|s| s.state == st).count();
        PeriodView {
            present: seats.len() - count(SeatState::Absent),
            sent: count(SeatState::Sent),
            waiting: count(SeatState::Waiting),
            disconnected: count(SeatState::Disconnected),
            seats,
            flush_at: orders.flush_at.filter(|t| now - t <= FLUSH_WINDOW_SECS),
            ended_at: orders.end_at,
            storage_fault: inner.storage_fault,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(class_id: Uuid, signed_in_at: i64) -> TokenStudent {
        TokenStudent {
            student_id: Uuid::now_v7(),
            class_id,
            device: "LAB-07".into(),
            signed_in_at,
        }
    }

    fn roster<'a>(students: &[&TokenStudent], names: &'a [&'a str]) -> Vec<SeatOf<'a>> {
        students
            .iter()
            .zip(names)
            .enumerate()
            .map(|(i, (s, n))| SeatOf {
                student_id: s.student_id,
                number: i as u32 + 1,
                name: n,
                last_received: None,
            })
            .collect()
    }

    #[test]
    fn the_class_line_counts_sent_waiting_disconnected_and_absent() {
        let lab = LabPeriod::default();
        let class = Uuid::now_v7();
        let (a, b, c, d) = (who(class, 0), who(class, 0), who(class, 0), who(class, 0));
        lab.contact(&a, 0, Some(true), true, 1000);
        lab.contact(&b, 3, Some(true), false, 1000);
        lab.contact(&c, 2, Some(true), false, 1000 - CONNECTED_WITHIN_SECS - 1);
        let view = lab.view(
            class,
            &roster(&[&a, &b, &c, &d], &["가", "나", "다", "라"]),
            1000,
        );
        let states: Vec<_> = view.seats.iter().map(|s| s.state).collect();
        assert_eq!(
            states,
            [
                SeatState::Sent,
                SeatState::Waiting,
                SeatState::Disconnected,
                SeatState::Absent
            ]
        );
        assert_eq!(
            (view.present, view.sent, view.waiting, view.disconnected),
            (3, 1, 1, 1)
        );
        assert_eq!(view.seats[0].device.as_deref(), Some("LAB-07"));
        assert!(view.seats[0].last_received.is_some());
        assert_eq!(
            view.seats[2].last_contact_ago,
            Some(CONNECTED_WITHIN_SECS + 1)
        );
    }

    #[test]
    fn send_now_reaches_pcs_with_records_waiting_for_a_while() {
        let lab = LabPeriod::default();
        let class = Uuid::now_v7();
        let (a, b) = (who(class, 0), who(class, 0));
        assert!(!lab.contact(&a, 4, Some(true), false, 100).flush);
        lab.request_flush(class, 100);
        assert!(lab.contact(&a, 4, Some(true), false, 105).flush);
        assert!(
            !lab.contact(&b, 0, Some(true), false, 105).flush,
            "nothing to send"
        );
        assert!(
            !lab.contact(&a, 4, Some(true), false, 100 + FLUSH_WINDOW_SECS + 1)
                .flush
        );
        // Another class is not asked.
        let other = who(Uuid::now_v7(), 0);
        assert!(!lab.contact(&other, 4, Some(true), false, 105).flush);
    }

    #[test]
    fn ending_the_period_signs_out_only_those_signed_in_before_it() {
        let lab = LabPeriod::default();
        let class = Uuid::now_v7();
        let early = who(class, 50);
        let late = who(class, 200);
        lab.end_period(class, 100);
        let reply = lab.contact(&early, 1, Some(true), false, 110);
        assert!(reply.end_period && reply.flush, "ends and sends");
        assert!(!lab.contact(&late, 0, Some(true), false, 210).end_period);
        assert!(
            !lab.contact(&early, 0, Some(false), false, 120).end_period,
            "already signed out"
        );
        assert_eq!(lab.view(class, &[], 120).ended_at, Some(100));
    }
}
