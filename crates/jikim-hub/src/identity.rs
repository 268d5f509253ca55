//! Who a student is, as the hub decides it (issue 12): the class's join window and short code,
//! each student's PIN (Argon2id, set at their first join, checked on every later join and
//! sign-in, locked after [`PIN_TRIES`] wrong tries until the teacher unlocks it), and the
//! student's devices, each with one token that ends at the end of the term (or after the
//! configured days) and that the teacher can revoke.
//!
//! Argon2 is slow on purpose: [`HubStore::check_pin`] blocks, so the server runs it off the
//! async runtime, a few at a time.

use crate::store::{now, random_token, token_hash, uuid, HubStore, TokenStudent};
use crate::HubError;
use jikim_core::sync::join_code::JoinCode;
use jikim_core::sync::protocol::pin_acceptable;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use time::{Duration, Month, OffsetDateTime};
use uuid::Uuid;

type Result<T> = std::result::Result<T, HubError>;

/// Wrong PINs in a row that lock a student's PIN until the teacher unlocks it.
pub const PIN_TRIES: u32 = 5;
/// How long joining stays open when the teacher opens it, unless they say otherwise.
pub const DEFAULT_JOIN_MINUTES: u32 = 30;
/// The longest a join window may be open.
pub const MAX_JOIN_MINUTES: u32 = 12 * 60;

/// The hub's schema additions for identity (migration 3).
pub(crate) const V3: &str = "
ALTER TABLE class ADD COLUMN join_open_until INTEGER;   -- Unix seconds; NULL or past: closed
ALTER TABLE roster_entry ADD COLUMN pin_hash TEXT;      -- Argon2id PHC string; NULL until first join
ALTER TABLE roster_entry ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE roster_entry ADD COLUMN pin_locked_at TEXT;
CREATE TABLE device (
    id          TEXT PRIMARY KEY,
    student_id  TEXT NOT NULL REFERENCES roster_entry(id),
    name        TEXT NOT NULL,                  -- the PC's name
    token_hash  TEXT NOT NULL UNIQUE,           -- SHA-256 of the current token; never the token
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    expires_at  INTEGER NOT NULL,               -- Unix seconds
    revoked_at  TEXT,
    UNIQUE (student_id, name)
);
CREATE TABLE hub_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
-- Tokens from before PINs were issued to whoever knew a number and a name: none is kept.
DROP TABLE device_token;
";

/// Requests of a student the hub refused, counted for the teacher (migration 4): a push into
/// another student's attempt (`forbidden`), a request with a token that ended or was revoked
/// (`token_ended`).
pub(crate) const V4: &str = "
CREATE TABLE refusal (
    student_id  TEXT NOT NULL REFERENCES roster_entry(id),
    code        TEXT NOT NULL,
    count       INTEGER NOT NULL,
    last_at     TEXT NOT NULL,
    PRIMARY KEY (student_id, code)
);
";

/// An open join window: the code to show and when it closes.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct JoinWindow {
    /// `XXXX-XXXX`.
    pub code: String,
    /// Unix seconds.
    pub open_until: i64,
}

/// A roster row as the sign-in path needs it.
#[derive(Debug, Clone)]
pub struct RosterAuth {
    pub student_id: Uuid,
    pub class_id: Uuid,
    pub grade: u32,
    pub class_no: u32,
    pub number: u32,
    pub name: String,
}

/// What checking a PIN found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    /// The PIN is right (or was just set, at a first join).
    Accepted { first: bool },
    /// Wrong; `left` tries before the PIN locks.
    Wrong { left: u32 },
    /// Locked until the teacher unlocks it.
    Locked,
    /// No PIN yet, and this is not a join with the class code.
    NeedsCode,
    /// A first PIN too easy to guess (`pin_acceptable`).
    WeakPin,
}

/// A token issued to a student on a device.
#[derive(Debug, Clone)]
pub struct Issued {
    pub token: String,
    pub expires_at: i64,
    /// The first time this student signed in on this PC.
    pub new_device: bool,
}

/// One of a student's devices, for the teacher.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceRow {
    pub id: Uuid,
    pub student_id: Uuid,
    pub name: String,
    pub first_seen: String,
    pub last_seen: String,
    /// Unix seconds.
    pub expires_at: i64,
    pub revoked: bool,
}

impl DeviceRow {
    /// Whether the teacher sees this as a new PC: first seen in the 24 hours before `now`.
    pub fn is_new(&self, now: OffsetDateTime) -> bool {
        OffsetDateTime::parse(
            &self.first_seen,
            &time::format_description::well_known::Rfc3339,
        )
        .is_ok_and(|t| now - t < time::Duration::hours(24))
    }
}

/// A student's sign-in state, for the teacher.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PinState {
    pub student_id: Uuid,
    pub pin_set: bool,
    pub locked: bool,
}

fn unix_now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

/// The end of the Korean school term `now` falls in, at 23:59:59 KST: 31 August for the first
/// term (March–August), the last day of February for the second (September–February).
pub fn term_end(now: OffsetDateTime) -> i64 {
    let kst = jikim_core::korea::kst();
    let local = now.to_offset(kst);
    let (year, month, day) = match local.month() {
        Month::March | Month::April | Month::May | Month::June | Month::July | Month::August => {
            (local.year(), Month::August, 31)
        }
        Month::January | Month::February => (
            local.year(),
            Month::February,
            Month::February.length(local.year()),
        ),
        _ => (
            local.year() + 1,
            Month::February,
            Month::February.length(local.year() + 1),
        ),
    };
    time::Date::from_calendar_date(year, month, day)
        .ok()
        .and_then(|d| d.with_hms(23, 59, 59).ok())
        .map(|dt| dt.assume_offset(kst).unix_timestamp())
        .unwrap_or_else(|| (now + Duration::days(180)).unix_timestamp())
}

impl HubStore {
    /// Opens joining for `minutes` with a new code (any earlier code stops working).
    pub fn open_joining(&self, class_id: Uuid, minutes: u32) -> Result<JoinWindow> {
        let minutes = minutes.clamp(1, MAX_JOIN_MINUTES);
        let code = JoinCode::generate();
        let until = unix_now() + i64::from(minutes) * 60;
        let n = self.conn().execute(
            "UPDATE class SET class_code = ?2, join_open_until = ?3 WHERE id = ?1",
            params![class_id.to_string(), code.as_str(), until],
        )?;
        if n == 0 {
            return Err(HubError::NotFound);
        }
        Ok(JoinWindow {
            code: code.display(),
            open_until: until,
        })
    }

    /// A new code for the same window (opening it for the default time if it was closed).
    pub fn rotate_join_code(&self, class_id: Uuid) -> Result<JoinWindow> {
        match self.join_window(class_id)? {
            Some(w) => {
                let left = ((w.open_until - unix_now()) / 60).max(1) as u32;
                self.open_joining(class_id, left)
            }
            None => self.open_joining(class_id, DEFAULT_JOIN_MINUTES),
        }
    }

    /// Closes joining now.
    pub fn close_joining(&self, class_id: Uuid) -> Result<()> {
        self.conn().execute(
            "UPDATE class SET join_open_until = NULL WHERE id = ?1",
            params![class_id.to_string()],
        )?;
        Ok(())
    }

    /// The class's join window, if open.
    pub fn join_window(&self, class_id: Uuid) -> Result<Option<JoinWindow>> {
        let row: Option<(String, Option<i64>)> = self
            .conn()
            .query_row(
                "SELECT class_code, join_open_until FROM class WHERE id = ?1",
                params![class_id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(match row {
            Some((code, Some(until))) if until > unix_now() => {
                JoinCode::parse(&code).map(|c| JoinWindow {
                    code: c.display(),
                    open_until: until,
                })
            }
            _ => None,
        })
    }

    /// The class 학년·반 and its code, if joining is open (the PAKE's password).
    pub(crate) fn open_class(&self, grade: u32, class_no: u32) -> Result<Option<(Uuid, JoinCode)>> {
        let row: Option<(String, String)> = self
            .conn()
            .query_row(
                "SELECT id, class_code FROM class WHERE grade = ?1 AND class_no = ?2
                 AND join_open_until > ?3",
                params![grade, class_no, unix_now()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match row.and_then(|(id, code)| JoinCode::parse(&code).map(|c| (id, c))) {
            Some((id, code)) => Ok(Some((uuid(id)?, code))),
            None => Ok(None),
        }
    }

    /// The active roster row with this number and name in a class (by id or by 학년·반).
    pub fn roster_auth(
        &self,
        class: ClassKey,
        number: u32,
        name: &str,
    ) -> Result<Option<RosterAuth>> {
        let (clause, a, b) = match class {
            ClassKey::Id(id) => ("c.id = ?1 AND ?2 = 0", id.to_string(), 0),
            ClassKey::GradeClass(g, c) => ("c.grade = ?1 AND c.class_no = ?2", g.to_string(), c),
        };
        let sql = format!(
            "SELECT r.id, c.id, c.grade, c.class_no, r.number, r.name FROM roster_entry r
             JOIN class c ON c.id = r.class_id
             WHERE {clause} AND r.number = ?3 AND r.name = ?4 AND r.active = 1"
        );
        let row = self
            .conn()
            .query_row(&sql, params![a, b, number, name.trim()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .optional()?;
        Ok(match row {
            Some((s, c, grade, class_no, number, name)) => Some(RosterAuth {
                student_id: uuid(s)?,
                class_id: uuid(c)?,
                grade,
                class_no,
                number,
                name,
            }),
            None => None,
        })
    }

    /// Checks (or, at a first join with the code, sets) a student's PIN. Blocks for Argon2.
    /// A try is counted before the hash is checked, so parallel guesses cannot pass the limit.
    pub fn check_pin(&self, student: Uuid, pin: &str, may_set: bool) -> Result<PinCheck> {
        let id = student.to_string();
        let (hash, locked): (Option<String>, bool) = self.conn().query_row(
            "SELECT pin_hash, pin_locked_at IS NOT NULL FROM roster_entry WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if locked {
            return Ok(PinCheck::Locked);
        }
        let Some(hash) = hash else {
            if !may_set {
                return Ok(PinCheck::NeedsCode);
            }
            if !pin_acceptable(pin) {
                return Ok(PinCheck::WeakPin);
            }
            let new = jikim_core::secret::hash(pin)
                .map_err(|e| HubError::Invalid(format!("pin hash: {e}")))?;
            let set = self.conn().execute(
                "UPDATE roster_entry SET pin_hash = ?2, pin_failures = 0 WHERE id = ?1 AND pin_hash IS NULL",
                params![id, new],
            )?;
            if set == 1 {
                return Ok(PinCheck::Accepted { first: true });
            }
            // Someone set it a moment ago: check against theirs.
            return self.check_pin(student, pin, false);
        };
        let taken: Option<u32> = self
            .conn()
            .query_row(
                "UPDATE roster_entry SET pin_failures = pin_failures + 1
                 WHERE id = ?1 AND pin_locked_at IS NULL AND pin_failures < ?2
                 RETURNING pin_failures",
                params![id, PIN_TRIES],
                |r| r.get(0),
            )
            .optional()?;
        let Some(tries) = taken else {
            return Ok(PinCheck::Locked);
        };
        if jikim_core::secret::verify(pin, &hash) {
            self.conn().execute(
                "UPDATE roster_entry SET pin_failures = 0 WHERE id = ?1",
                params![id],
            )?;
            return Ok(PinCheck::Accepted { first: false });
        }
        if tries >= PIN_TRIES {
            self.conn().execute(
                "UPDATE roster_entry SET pin_locked_at = ?2 WHERE id = ?1",
                params![id, now()],
            )?;
            return Ok(PinCheck::Locked);
        }
        Ok(PinCheck::Wrong {
            left: PIN_TRIES - tries,
        })
    }

    /// Issues a new token for the student on the PC `device` (replacing that PC's token).
    pub fn issue_token(&self, student: Uuid, device: &str) -> Result<Issued> {
        let token = random_token();
        let expires_at = self.token_expiry()?;
        let stamp = now();
        let conn = self.conn();
        let existing: Option<String> = conn
            .query_row(
                "SELECT id FROM device WHERE student_id = ?1 AND name = ?2",
                params![student.to_string(), device],
                |r| r.get(0),
            )
            .optional()?;
        let new_device = existing.is_none();
        match existing {
            Some(id) => conn.execute(
                "UPDATE device SET token_hash = ?2, last_seen = ?3, expires_at = ?4, revoked_at = NULL WHERE id = ?1",
                params![id, token_hash(&token), stamp, expires_at],
            )?,
            None => conn.execute(
                "INSERT INTO device (id, student_id, name, token_hash, first_seen, last_seen, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
                params![
                    Uuid::now_v7().to_string(),
                    student.to_string(),
                    device,
                    token_hash(&token),
                    stamp,
                    expires_at
                ],
            )?,
        };
        Ok(Issued {
            token,
            expires_at,
            new_device,
        })
    }

    /// The student a token belongs to, if it is live: issued, not expired, not revoked, and its
    /// student still on the roster.
    pub fn student_for_token(&self, token: &str) -> Result<Option<TokenStudent>> {
        let row = self
            .conn()
            .query_row(
                "SELECT r.id, r.class_id, d.name, d.last_seen FROM device d
                 JOIN roster_entry r ON r.id = d.student_id
                 WHERE d.token_hash = ?1 AND d.revoked_at IS NULL AND d.expires_at > ?2 AND r.active = 1",
                params![token_hash(token), unix_now()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                },
            )
            .optional()?;
        Ok(match row {
            // `last_seen` is set when the token is issued.
            Some((s, c, device, issued)) => Some(TokenStudent {
                student_id: uuid(s)?,
                class_id: uuid(c)?,
                device,
                signed_in_at: OffsetDateTime::parse(
                    &issued,
                    &time::format_description::well_known::Rfc3339,
                )
                .map_or(0, |t| t.unix_timestamp()),
            }),
            None => None,
        })
    }

    /// The student whose token this was, if it ended or was revoked (for the teacher's count).
    pub fn ended_token_owner(&self, token: &str) -> Result<Option<Uuid>> {
        let row: Option<String> = self
            .conn()
            .query_row(
                "SELECT student_id FROM device WHERE token_hash = ?1
                 AND (revoked_at IS NOT NULL OR expires_at <= ?2)",
                params![token_hash(token), unix_now()],
                |r| r.get(0),
            )
            .optional()?;
        row.map(uuid).transpose().map_err(Into::into)
    }

    /// Counts a refused request of a student (`forbidden`, `token_ended`).
    pub fn note_refusal(&self, student: Uuid, code: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO refusal (student_id, code, count, last_at) VALUES (?1, ?2, 1, ?3)
             ON CONFLICT(student_id, code) DO UPDATE SET count = count + 1, last_at = excluded.last_at",
            params![student.to_string(), code, now()],
        )?;
        Ok(())
    }

    /// Refused requests per student of a class: (student, code) → count.
    pub fn refusal_counts(&self, class_id: Uuid) -> Result<Vec<(Uuid, String, u64)>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT f.student_id, f.code, f.count FROM refusal f
             JOIN roster_entry r ON r.id = f.student_id WHERE r.class_id = ?1",
        )?;
        let rows = stmt.query_map(params![class_id.to_string()], |r| {
            Ok((
                uuid(r.get(0)?)?,
                r.get(1)?,
                r.get::<_, i64>(2)?.max(0) as u64,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// When a token issued now ends: after the configured days, or at the end of the term.
    pub fn token_expiry(&self) -> Result<i64> {
        let days: Option<String> = self
            .conn()
            .query_row(
                "SELECT value FROM hub_setting WHERE key = 'token_days'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let now = OffsetDateTime::now_utc();
        Ok(match days.and_then(|d| d.parse::<i64>().ok()) {
            Some(d) if d > 0 => (now + Duration::days(d)).unix_timestamp(),
            _ => term_end(now),
        })
    }

    /// Sets how many days tokens last (`None`: until the end of the term). Tokens already issued
    /// keep their end.
    pub fn set_token_days(&self, days: Option<u32>) -> Result<()> {
        match days {
            Some(d) if (1..=366).contains(&d) => self.conn().execute(
                "INSERT INTO hub_setting (key, value) VALUES ('token_days', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![d.to_string()],
            )?,
            Some(_) => return Err(HubError::Invalid("token days".into())),
            None => self
                .conn()
                .execute("DELETE FROM hub_setting WHERE key = 'token_days'", [])?,
        };
        Ok(())
    }

    /// Every device of a class's students, newest first.
    pub fn devices(&self, class_id: Uuid) -> Result<Vec<DeviceRow>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT d.id, d.student_id, d.name, d.first_seen, d.last_seen, d.expires_at, d.revoked_at IS NOT NULL
             FROM device d JOIN roster_entry r ON r.id = d.student_id
             WHERE r.class_id = ?1 ORDER BY d.first_seen DESC",
        )?;
        let rows = stmt.query_map(params![class_id.to_string()], |r| {
            Ok(DeviceRow {
                id: uuid(r.get(0)?)?,
                student_id: uuid(r.get(1)?)?,
                name: r.get(2)?,
                first_seen: r.get(3)?,
                last_seen: r.get(4)?,
                expires_at: r.get(5)?,
                revoked: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Each student's PIN state in a class.
    pub fn pin_states(&self, class_id: Uuid) -> Result<Vec<PinState>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, pin_hash IS NOT NULL, pin_locked_at IS NOT NULL FROM roster_entry
             WHERE class_id = ?1 AND active = 1",
        )?;
        let rows = stmt.query_map(params![class_id.to_string()], |r| {
            Ok(PinState {
                student_id: uuid(r.get(0)?)?,
                pin_set: r.get(1)?,
                locked: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Revokes one device's token.
    pub fn revoke_device(&self, device: Uuid) -> Result<()> {
        let n = self.conn().execute(
            "UPDATE device SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
            params![device.to_string(), now()],
        )?;
        if n == 0 {
            return Err(HubError::NotFound);
        }
        Ok(())
    }

    /// Revokes every device of a student; returns how many.
    pub fn revoke_devices(&self, student: Uuid) -> Result<usize> {
        Ok(self.conn().execute(
            "UPDATE device SET revoked_at = ?2 WHERE student_id = ?1 AND revoked_at IS NULL",
            params![student.to_string(), now()],
        )?)
    }

    /// Unlocks a PIN locked by wrong tries.
    pub fn unlock_pin(&self, student: Uuid) -> Result<()> {
        let n = self.conn().execute(
            "UPDATE roster_entry SET pin_failures = 0, pin_locked_at = NULL WHERE id = ?1",
            params![student.to_string()],
        )?;
        if n == 0 {
            return Err(HubError::NotFound);
        }
        Ok(())
    }

    /// Forgets a student's PIN and revokes their devices: their next join, with the class code,
    /// sets a new PIN (for a student who forgot it, or whose place a classmate took).
    pub fn reset_pin(&self, student: Uuid) -> Result<()> {
        let n = self.conn().execute(
            "UPDATE roster_entry SET pin_hash = NULL, pin_failures = 0, pin_locked_at = NULL WHERE id = ?1",
            params![student.to_string()],
        )?;
        if n == 0 {
            return Err(HubError::NotFound);
        }
        self.revoke_devices(student)?;
        Ok(())
    }
}

/// How a sign-in names its class.
#[derive(Debug, Clone, Copy)]
pub enum ClassKey {
    Id(Uuid),
    GradeClass(u32, u32),
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn tokens_end_with_the_korean_term() {
        let at = |dt: OffsetDateTime| {
            OffsetDateTime::from_unix_timestamp(term_end(dt))
                .expect("ts")
                .to_offset(jikim_core::korea::kst())
        };
        assert_eq!(
            at(datetime!(2026-04-10 09:00 UTC)).date(),
            time::macros::date!(2026 - 08 - 31)
        );
        assert_eq!(
            at(datetime!(2026-11-27 09:00 UTC)).date(),
            time::macros::date!(2027 - 02 - 28)
        );
        assert_eq!(
            at(datetime!(2028-01-05 09:00 UTC)).date(),
            time::macros::date!(2028 - 02 - 29)
        );
        // 28 February 16:00 UTC is already 1 March in Korea: the first term.
        assert_eq!(
            at(datetime!(2027-02-28 16:00 UTC)).date(),
            time::macros::date!(2027 - 08 - 31)
        );
    }
}
