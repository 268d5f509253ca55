//! Numbered schema migrations, applied in order on open. Never edit a released migration; add
//! the next one. `tests/storage.rs` upgrades a database created at every earlier version.

use rusqlite_migration::{Migrations, M};

/// Schema version 1: learners, attempts and immutable learning records.
pub const V1: &str = "
CREATE TABLE learner (
    id          TEXT PRIMARY KEY,          -- UUIDv7
    grade       INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
    class_no    INTEGER NOT NULL CHECK (class_no BETWEEN 1 AND 99),
    number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    created_at  TEXT NOT NULL,
    UNIQUE (grade, class_no, number, name)
);
CREATE TABLE attempt (
    id              TEXT PRIMARY KEY,      -- UUIDv7; also seeds the option shuffle
    learner_id      TEXT NOT NULL REFERENCES learner(id),
    module_id       TEXT NOT NULL,
    module_version  INTEGER NOT NULL,
    started_at      TEXT NOT NULL
);
CREATE INDEX attempt_by_learner ON attempt (learner_id, module_id);
CREATE TABLE learning_record (
    id           TEXT PRIMARY KEY,         -- UUIDv7, stable for sync
    attempt_id   TEXT NOT NULL REFERENCES attempt(id),
    kind         TEXT NOT NULL CHECK (kind IN ('page_view', 'quiz_start', 'answer', 'completion')),
    page_index   INTEGER,
    item_id      TEXT,
    round        INTEGER,
    response     TEXT,                     -- JSON: chosen option ids, or the completion score
    correct      INTEGER,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX record_by_attempt ON learning_record (attempt_id);
";

/// Schema version 2: active (non-idle) milliseconds spent before each record, so time on task
/// can be reported as education hours.
pub const V2: &str = "
ALTER TABLE learning_record ADD COLUMN active_ms INTEGER NOT NULL DEFAULT 0 CHECK (active_ms >= 0);
";

/// Schema version 3: an optional sign-in PIN per learner, stored only as an Argon2 hash.
pub const V3: &str = "
ALTER TABLE learner ADD COLUMN pin_hash TEXT;
";

/// Schema version 4: the sync outbox (every learning record is queued in the same transaction
/// that records it, until the hub acknowledges it) and the link of a learner to their hub
/// student id and device token.
pub const V4: &str = "
CREATE TABLE outbox (
    record_id  TEXT PRIMARY KEY REFERENCES learning_record(id),
    queued_at  TEXT NOT NULL
);
INSERT INTO outbox (record_id, queued_at) SELECT id, recorded_at FROM learning_record;
CREATE TABLE hub_link (
    learner_id      TEXT PRIMARY KEY REFERENCES learner(id),
    hub_url         TEXT NOT NULL,          -- https://host:port
    pin             TEXT NOT NULL,          -- certificate fingerprint prefix (hex)
    hub_student_id  TEXT NOT NULL,
    token           TEXT NOT NULL,
    linked_at       TEXT NOT NULL
);
";

/// Schema version 5 (issue 12): a PC keeps no hub token (they stay in memory), so stored ones
/// are forgotten; the PC remembers the hub it paired with through a join code (its address and
/// the full certificate fingerprint the code confirmed), so later sign-ins need only the PIN.
pub const V5: &str = "
UPDATE hub_link SET token = '';
CREATE TABLE known_hub (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    hub_url      TEXT NOT NULL,          -- https://host:port
    fingerprint  TEXT NOT NULL,          -- full SHA-256 (hex) of the hub certificate
    learned_at   TEXT NOT NULL
);
";

/// The latest schema version this build knows.
pub const LATEST: usize = 5;

/// The SQL of every migration, in order (index 0 = version 1).
pub const ALL: [&str; LATEST] = [V1, V2, V3, V4, V5];

/// All migrations in order.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(ALL.iter().map(|sql| M::up(sql)).collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
        assert_eq!(super::LATEST, 5);
    }
}
