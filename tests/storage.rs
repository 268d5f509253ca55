//! The learner database: migrations from empty and from every earlier version, durability across
//! reopen, and clear errors (never a panic) for damaged or too-new files.

use jikim_core::storage::{migrations, Db, NewAnswer, SignIn};
use jikim_core::CoreError;
use rusqlite::Connection;
use uuid::Uuid;

fn student(n: u32) -> SignIn {
    SignIn {
        grade: 2,
        class_no: 1,
        number: n,
        name: format!("학생{n}"),
        pin: None,
    }
}

#[test]
fn migrates_an_empty_database_to_the_latest_schema() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = Db::open(&dir.path().join("a/b/jikim.db")).expect("open creates folders and file");
    assert_eq!(
        db.schema_version().expect("version"),
        migrations::LATEST as i64
    );
    let conn = Connection::open(dir.path().join("a/b/jikim.db")).expect("open raw");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("journal mode");
    assert_eq!(mode, "wal");
}

#[test]
fn upgrades_a_version_1_database_and_keeps_its_records() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("jikim.db");
    {
        let conn = Connection::open(&path).expect("raw open");
        conn.execute_batch(migrations::V1).expect("v1 schema");
        conn.pragma_update(None, "user_version", 1)
            .expect("set version");
        conn.execute_batch(
            "INSERT INTO learner VALUES ('0190a0a0-0000-7000-8000-000000000001', 1, 2, 3, '옛학생', '2026-01-01T00:00:00Z');
             INSERT INTO attempt VALUES ('0190a0a0-0000-7000-8000-000000000002', '0190a0a0-0000-7000-8000-000000000001', 'sample', 1, '2026-01-01T00:00:00Z');
             INSERT INTO learning_record (id, attempt_id, kind, item_id, round, response, correct, recorded_at)
               VALUES ('0190a0a0-0000-7000-8000-000000000003', '0190a0a0-0000-7000-8000-000000000002', 'answer', 'q-ox', 1, '[\"x\"]', 1, '2026-01-01T00:00:01Z');",
        )
        .expect("v1 rows");
    }
    let mut db = Db::open(&path).expect("upgrade");
    assert_eq!(
        db.schema_version().expect("version"),
        migrations::LATEST as i64
    );
    let attempt = Uuid::parse_str("0190a0a0-0000-7000-8000-000000000002").expect("uuid");
    let facts = db.attempt_facts(attempt).expect("facts");
    assert_eq!(facts.answers.len(), 1);
    assert_eq!(facts.answers[0].item_id, "q-ox");
    assert_eq!(
        db.active_ms(attempt).expect("ms"),
        0,
        "new column defaults to 0"
    );
    db.record_answer(
        &NewAnswer {
            attempt,
            item_id: "q-single",
            round: 1,
            chosen: &["a".into()],
            correct: true,
            active_ms: 1500,
        },
        None,
    )
    .expect("write after upgrade");
    assert_eq!(db.active_ms(attempt).expect("ms"), 1500);
}

#[test]
fn answers_survive_reopening() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("jikim.db");
    let attempt = {
        let mut db = Db::open(&path).expect("open");
        let l = db.sign_in(&student(1)).expect("sign in");
        let a = db.start_attempt(l.id, "sample", 1).expect("attempt");
        db.record_answer(
            &NewAnswer {
                attempt: a.id,
                item_id: "q-ox",
                round: 1,
                chosen: &["x".into()],
                correct: true,
                active_ms: 10,
            },
            None,
        )
        .expect("answer");
        a.id
        // dropped without any explicit flush or close
    };
    let db = Db::open(&path).expect("reopen");
    assert_eq!(db.attempt_facts(attempt).expect("facts").answers.len(), 1);
    assert_eq!(db.answer_count().expect("count"), 1);
}

#[test]
fn the_same_sign_in_finds_the_same_learner() {
    let mut db = Db::open_in_memory().expect("db");
    let a = db.sign_in(&student(4)).expect("first");
    let b = db.sign_in(&student(4)).expect("second");
    assert_eq!(a.id, b.id);
    let other = db.sign_in(&student(5)).expect("other");
    assert_ne!(a.id, other.id);
}

#[test]
fn invalid_sign_in_is_rejected_with_the_field() {
    let mut db = Db::open_in_memory().expect("db");
    let mut bad = |s: SignIn, field: &str| match db.sign_in(&s) {
        Err(CoreError::InvalidSignIn { field: f }) => assert_eq!(f, field),
        other => panic!("expected invalid {field}, got {other:?}"),
    };
    bad(
        SignIn {
            grade: 0,
            ..student(1)
        },
        "grade",
    );
    bad(
        SignIn {
            class_no: 100,
            ..student(1)
        },
        "class",
    );
    bad(
        SignIn {
            number: 0,
            ..student(1)
        },
        "number",
    );
    bad(
        SignIn {
            name: "   ".into(),
            ..student(1)
        },
        "name",
    );
    bad(
        SignIn {
            name: "a\u{0}b".into(),
            ..student(1)
        },
        "name",
    );
    bad(
        SignIn {
            name: "가".repeat(41),
            ..student(1)
        },
        "name",
    );
}

#[test]
fn a_second_answer_to_the_same_item_and_round_is_refused() {
    let mut db = Db::open_in_memory().expect("db");
    let l = db.sign_in(&student(1)).expect("sign in");
    let a = db.start_attempt(l.id, "sample", 1).expect("attempt");
    db.record_answer(
        &NewAnswer {
            attempt: a.id,
            item_id: "q-ox",
            round: 1,
            chosen: &["x".into()],
            correct: true,
            active_ms: 0,
        },
        None,
    )
    .expect("first");
    assert!(matches!(
        db.record_answer(
            &NewAnswer {
                attempt: a.id,
                item_id: "q-ox",
                round: 1,
                chosen: &["o".into()],
                correct: false,
                active_ms: 0
            },
            None
        ),
        Err(CoreError::AlreadyAnswered(_))
    ));
    assert_eq!(db.answer_count().expect("count"), 1);
}

fn corrupt_error_for(bytes: &[u8]) -> CoreError {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("jikim.db");
    std::fs::write(&path, bytes).expect("write");
    let err = Db::open(&path).expect_err("must not open");
    assert_eq!(
        std::fs::read(&path).expect("read back"),
        bytes,
        "file untouched"
    );
    err
}

#[test]
fn a_file_that_is_not_a_database_gives_the_corrupt_error_naming_the_file() {
    let err = corrupt_error_for(&[0x42; 8192]);
    match &err {
        CoreError::DatabaseCorrupt { path, .. } => assert!(path.ends_with("jikim.db")),
        other => panic!("expected DatabaseCorrupt, got {other:?}"),
    }
    assert_eq!(err.code(), "database_corrupt");
    let message = err.message();
    assert_eq!(message.id(), "errors-database-corrupt");
    assert!(message.args()["path"].ends_with("jikim.db"));
}

#[test]
fn a_truncated_database_gives_the_corrupt_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("jikim.db");
    {
        let mut db = Db::open(&path).expect("open");
        for n in 1..=60 {
            let l = db.sign_in(&student(n)).expect("sign in");
            let a = db.start_attempt(l.id, "sample", 1).expect("attempt");
            for item in ["q-ox", "q-single", "q-multi", "q-scenario", "q-ox2"] {
                db.record_answer(
                    &NewAnswer {
                        attempt: a.id,
                        item_id: item,
                        round: 1,
                        chosen: &["a".into()],
                        correct: false,
                        active_ms: 0,
                    },
                    None,
                )
                .expect("answer");
            }
        }
    }
    // Fold the WAL into the main file, then cut the file in half.
    Connection::open(&path)
        .and_then(|c| c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);"))
        .expect("checkpoint");
    let bytes = std::fs::read(&path).expect("read");
    assert!(bytes.len() > 8192, "database has several pages");
    let half = &bytes[..bytes.len() / 2];
    let err = corrupt_error_for(half);
    assert!(
        matches!(err, CoreError::DatabaseCorrupt { .. }),
        "expected DatabaseCorrupt, got {err:?}"
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("jikim.db");
    {
        let conn = Connection::open(&path).expect("raw");
        conn.execute_batch(migrations::V1).expect("schema");
        conn.pragma_update(None, "user_version", 99)
            .expect("version");
    }
    assert!(matches!(
        Db::open(&path),
        Err(CoreError::DatabaseTooNew { .. })
    ));
    let conn = Connection::open(&path).expect("raw");
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(v, 99);
}

#[test]
fn upgrades_a_database_from_every_earlier_version() {
    for version in 1..migrations::LATEST {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("jikim.db");
        {
            let conn = Connection::open(&path).expect("raw open");
            for sql in &migrations::ALL[..version] {
                conn.execute_batch(sql).expect("old schema");
            }
            conn.pragma_update(None, "user_version", version as i64)
                .expect("set version");
            conn.execute_batch(
                "INSERT INTO learner (id, grade, class_no, number, name, created_at)
                 VALUES ('0190a0a0-0000-7000-8000-000000000001', 1, 2, 3, '옛학생', '2026-01-01T00:00:00Z');",
            )
            .expect("old row");
        }
        let mut db = Db::open(&path).unwrap_or_else(|e| panic!("upgrade from v{version}: {e}"));
        assert_eq!(
            db.schema_version().expect("version"),
            migrations::LATEST as i64
        );
        let again = db
            .sign_in(&SignIn {
                grade: 1,
                class_no: 2,
                number: 3,
                name: "옛학생".into(),
                pin: None,
            })
            .expect("old learner signs in");
        assert_eq!(
            again.id.to_string(),
            "0190a0a0-0000-7000-8000-000000000001",
            "v{version}"
        );
    }
}

#[test]
fn a_pin_set_at_first_sign_in_is_required_afterwards_and_stored_hashed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("jikim.db");
    let mut db = Db::open(&path).expect("open");
    let with_pin = |pin: Option<&str>| SignIn {
        pin: pin.map(String::from),
        ..student(9)
    };
    let first = db
        .sign_in(&with_pin(Some("2580")))
        .expect("create with PIN");
    assert!(matches!(
        db.sign_in(&with_pin(None)),
        Err(CoreError::PinMismatch)
    ));
    assert!(matches!(
        db.sign_in(&with_pin(Some("0000"))),
        Err(CoreError::PinMismatch)
    ));
    assert_eq!(
        db.sign_in(&with_pin(Some("2580"))).expect("right PIN").id,
        first.id
    );
    assert!(matches!(
        db.sign_in(&with_pin(Some("12a4"))),
        Err(CoreError::InvalidSignIn { field: "pin" })
    ));
    let conn = Connection::open(&path).expect("raw");
    let stored: String = conn
        .query_row("SELECT pin_hash FROM learner", [], |r| r.get(0))
        .expect("hash");
    assert!(stored.starts_with("$argon2id$"), "{stored}");
    assert!(!stored.contains("2580"));
}

#[test]
fn every_record_is_queued_in_the_outbox_until_acknowledged() {
    let mut db = Db::open_in_memory().expect("db");
    let l = db.sign_in(&student(1)).expect("sign in");
    let a = db.start_attempt(l.id, "sample", 1).expect("attempt");
    db.record_page_view(a.id, 0, 100).expect("page");
    db.record_quiz_start(a.id, 0).expect("quiz");
    let score = jikim_core::storage::CompletionScore {
        correct: 1,
        total: 1,
        passed: true,
    };
    let answer = NewAnswer {
        attempt: a.id,
        item_id: "q-ox",
        round: 1,
        chosen: &["x".into()],
        correct: true,
        active_ms: 900,
    };
    db.record_answer(&answer, Some(score)).expect("answer");
    assert_eq!(
        db.outbox_len().expect("len"),
        4,
        "page, quiz start, answer, completion"
    );
    // Not linked yet: nothing to push for anyone.
    assert!(db.links_with_pending().expect("links").is_empty());
    db.set_hub_link(&jikim_core::storage::HubLink {
        learner_id: l.id,
        hub_url: "https://127.0.0.1:7443".into(),
        pin: "0123456789abcdef".into(),
        hub_student_id: Uuid::now_v7(),
    })
    .expect("link");
    assert_eq!(
        db.hub_link(l.id).expect("read").map(|h| h.pin),
        Some("0123456789abcdef".to_string())
    );
    assert_eq!(db.links_with_pending().expect("links").len(), 1);
    let pending = db.pending_records(l.id, 10).expect("pending");
    assert_eq!(pending.len(), 4);
    assert!(pending
        .iter()
        .all(|r| r.module_id == "sample" && r.module_version == 1));
    assert!(pending.iter().all(|r| r.validate().is_ok()));
    let ids: Vec<Uuid> = pending.iter().take(3).map(|r| r.id).collect();
    assert_eq!(db.ack(&ids).expect("ack"), 3);
    assert_eq!(db.ack(&ids).expect("ack again"), 0, "acks are idempotent");
    assert_eq!(db.outbox_len().expect("len"), 1);
}

/// Issue 12: a database from before keeps no hub token once upgraded, and a link never stores
/// one.
#[test]
fn upgrading_forgets_stored_hub_tokens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("jikim.db");
    {
        let mut conn = rusqlite::Connection::open(&path).expect("open");
        let m = rusqlite_migration::Migrations::new(
            migrations::ALL[..4]
                .iter()
                .map(|sql| rusqlite_migration::M::up(sql))
                .collect(),
        );
        m.to_latest(&mut conn).expect("v4");
        conn.execute_batch(
            "INSERT INTO learner (id, grade, class_no, number, name, created_at) VALUES ('l1', 2, 3, 1, '학생1', '2026-01-01T00:00:00Z');
             INSERT INTO hub_link (learner_id, hub_url, pin, hub_student_id, token, linked_at)
             VALUES ('l1', 'https://10.0.0.5:7443', '0123456789abcdef', 's1', 'secret-token-of-student-1', '2026-01-01T00:00:00Z');",
        )
        .expect("v4 rows");
    }
    drop(Db::open(&path).expect("upgrade"));
    let conn = rusqlite::Connection::open(&path).expect("open");
    let token: String = conn
        .query_row("SELECT token FROM hub_link", [], |r| r.get(0))
        .expect("token");
    assert_eq!(token, "");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
    drop(conn);
    let bytes = std::fs::read(&path).expect("read");
    assert!(
        !bytes.windows(25).any(|w| w == b"secret-token-of-student-1"),
        "the old token is zeroed, not left in a free page (secure_delete)"
    );
}

#[test]
fn records_restored_from_the_hub_rebuild_the_same_progress() {
    let mut old = Db::open_in_memory().expect("db");
    let l = old.sign_in(&student(2)).expect("sign in");
    let a = old.start_attempt(l.id, "sample", 1).expect("attempt");
    old.record_page_view(a.id, 1, 0).expect("page");
    old.record_quiz_start(a.id, 0).expect("quiz");
    for item in ["q-ox", "q-single"] {
        let answer = NewAnswer {
            attempt: a.id,
            item_id: item,
            round: 1,
            chosen: &["a".into()],
            correct: item == "q-single",
            active_ms: 0,
        };
        old.record_answer(&answer, None).expect("answer");
    }
    let wire = old.pending_records(l.id, 100).expect("wire");

    // A wiped PC: new database, the same student signs in (a new local id) and restores.
    let mut wiped = Db::open_in_memory().expect("db");
    let me = wiped.sign_in(&student(2)).expect("sign in");
    assert_eq!(wiped.restore(me.id, &wire).expect("restore"), wire.len());
    assert_eq!(
        wiped.restore(me.id, &wire).expect("again"),
        0,
        "restore is idempotent"
    );
    let restored = wiped
        .latest_attempt(me.id, "sample", 1)
        .expect("query")
        .expect("attempt restored");
    assert_eq!(restored.id, a.id);
    let before = old.attempt_facts(a.id).expect("facts");
    let after = wiped.attempt_facts(a.id).expect("facts");
    assert_eq!(before.answers, after.answers);
    assert_eq!(before.page_views, after.page_views);
    assert_eq!(before.quiz_started, after.quiz_started);
    assert_eq!(
        wiped.outbox_len().expect("len"),
        0,
        "restored records are not pushed again"
    );
    // Another local learner cannot take over those attempts.
    let other = wiped.sign_in(&student(3)).expect("other");
    assert!(wiped.restore(other.id, &wire).is_err());
}

/// Issue 16: the learner database (every child's answers on a shared lab PC) is readable by the OS
/// user who runs Jikim only, and so are its WAL files.
#[cfg(unix)]
#[test]
fn the_learner_database_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("jikim.db");
    let mut db = jikim_core::storage::Db::open(&path).expect("open");
    db.sign_in(&jikim_core::storage::SignIn {
        grade: 1,
        class_no: 1,
        number: 1,
        name: "가온".into(),
        pin: None,
    })
    .expect("a write creates the WAL");
    for f in ["jikim.db", "jikim.db-wal", "jikim.db-shm"] {
        let mode = std::fs::metadata(dir.path().join(f))
            .expect(f)
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{f}");
    }
}
