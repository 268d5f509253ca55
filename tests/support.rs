//! Helpers shared by the integration tests.

use std::path::PathBuf;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// A fixed "today" so date checks do not depend on the clock.
pub fn today() -> jikim_core::content::Date {
    jikim_core::content::Date::from_calendar_date(2026, jikim_core::content::Month::November, 24)
        .expect("valid date")
}

/// Another program (a backup tool copying it, a second Jikim) holding the SQLite database at
/// `path` until the returned connection is dropped: others can neither read nor write it, and
/// get SQLite's "locked" once their busy timeout has passed.
pub fn hold_database(path: &std::path::Path) -> rusqlite::Connection {
    let holder = rusqlite::Connection::open(path).expect("open");
    // Exclusive locking mode keeps the lock from the first write until the connection closes.
    holder
        .execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE;
             BEGIN IMMEDIATE; CREATE TABLE held (x); DROP TABLE held; COMMIT;",
        )
        .expect("hold the database");
    holder
}

/// Runs the `jikim` command with `args`; returns (exit code, stdout, stderr).
pub fn jikim(args: &[&str]) -> (i32, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut argv: Vec<std::ffi::OsString> = vec!["jikim".into()];
    argv.extend(args.iter().map(|a| a.into()));
    let code = jikim_cli::run(argv, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

/// Learning records as the student app writes them, for hub, report and load tests.
pub mod records {
    use jikim_core::content::Module;
    use jikim_core::storage::CompletionScore;
    use jikim_core::sync::protocol::{RecordKind, SyncRecord};
    use uuid::Uuid;

    /// One attempt at `module`: every page viewed, the quiz started, and the first `answered`
    /// items answered in round 1 (item `i` correct when `correct(i)`). When every item is
    /// answered, the completion record follows, graded with the module's pass mark. Records are
    /// stamped one second apart from `start` (RFC 3339), with 30 s of active time each.
    pub fn attempt(
        module: &Module,
        answered: usize,
        correct: &dyn Fn(usize) -> bool,
        start: &str,
    ) -> Vec<SyncRecord> {
        let attempt = Uuid::now_v7();
        let t0 = time::OffsetDateTime::parse(start, &time::format_description::well_known::Rfc3339)
            .expect("start is RFC 3339");
        let mut out = Vec::new();
        let push = |kind: RecordKind,
                    page: Option<u32>,
                    item: Option<&str>,
                    response: Option<String>,
                    ok: Option<bool>,
                    out: &mut Vec<SyncRecord>| {
            let at = t0 + time::Duration::seconds(out.len() as i64);
            out.push(SyncRecord {
                id: Uuid::now_v7(),
                attempt_id: attempt,
                module_id: module.id.clone(),
                module_version: module.version,
                kind,
                page_index: page,
                item_id: item.map(str::to_string),
                round: item.map(|_| 1),
                response,
                correct: ok,
                recorded_at: at
                    .format(&time::format_description::well_known::Rfc3339)
                    .expect("formats"),
                active_ms: 30_000,
            });
        };
        for p in 0..module.pages.len() {
            push(
                RecordKind::PageView,
                Some(p as u32),
                None,
                None,
                None,
                &mut out,
            );
        }
        push(RecordKind::QuizStart, None, None, None, None, &mut out);
        let mut right = 0;
        for (i, item) in module.items.iter().take(answered).enumerate() {
            let ok = correct(i);
            right += u32::from(ok);
            let chosen: Vec<&str> = if ok {
                item.correct_ids()
            } else {
                item.choices
                    .iter()
                    .filter(|c| !c.correct)
                    .take(1)
                    .map(|c| c.id.as_str())
                    .collect()
            };
            push(
                RecordKind::Answer,
                None,
                Some(&item.id),
                Some(serde_json::to_string(&chosen).expect("json")),
                Some(ok),
                &mut out,
            );
        }
        if answered >= module.items.len() {
            let total = module.items.len() as u32;
            let score = CompletionScore {
                correct: right,
                total,
                passed: right * 100 >= module.pass_mark * total,
            };
            push(
                RecordKind::Completion,
                None,
                None,
                Some(serde_json::to_string(&score).expect("json")),
                Some(score.passed),
                &mut out,
            );
        }
        out
    }
}

/// A hub on loopback with a class of students, as the hub and attack suites use it.
pub mod class_hub {
    use jikim_core::content::Library;
    use jikim_core::storage::SignIn;
    use jikim_core::sync::join_code::JoinCode;
    use jikim_hub::RunningHub;
    use jikim_sync::Joiner;
    use std::net::SocketAddr;
    use std::path::Path;

    /// The fixture library (module `sample`).
    pub fn library() -> Library {
        Library::load_dir(
            &super::root().join("tests/fixtures/modules"),
            super::today(),
        )
    }

    /// A hub in `dir` on 127.0.0.1, any free port, no mDNS.
    pub async fn hub(dir: &Path) -> RunningHub {
        jikim_hub::start(dir, "127.0.0.1:0".parse().expect("addr"), false, &library())
            .await
            .expect("hub starts")
    }

    /// `https://127.0.0.1:port`.
    pub fn url(addr: SocketAddr) -> String {
        format!("https://127.0.0.1:{}", addr.port())
    }

    /// Class 2-3 with students 1..=n named `학생{n}`, the sample module assigned, joining open;
    /// returns its id and join code.
    pub fn class(h: &RunningHub, n: u32) -> (uuid::Uuid, JoinCode) {
        let c = h.store.create_class(2, 3).expect("class");
        let roster: Vec<(u32, String)> = (1..=n).map(|i| (i, format!("학생{i}"))).collect();
        h.store.set_roster(c.id, &roster).expect("roster");
        h.store
            .set_assignment(c.id, "sample", "2026-12-01")
            .expect("assignment");
        let window = h.store.open_joining(c.id, 30).expect("open joining");
        (c.id, JoinCode::parse(&window.code).expect("code"))
    }

    /// Student n's PIN (never a run or a repeated digit).
    pub fn pin(n: u32) -> String {
        format!("9{n:02}7")
    }

    /// Student n of class 2-3 signing in with their PIN.
    pub fn sign_in_of(n: u32) -> SignIn {
        SignIn {
            grade: 2,
            class_no: 3,
            number: n,
            name: format!("학생{n}"),
            pin: Some(pin(n)),
        }
    }

    /// Student n joining from PC `LAB-nn`.
    pub fn joiner(n: u32) -> Joiner {
        Joiner {
            grade: 2,
            class_no: 3,
            number: n,
            name: format!("학생{n}"),
            pin: pin(n),
            device: format!("LAB-{n:02}"),
        }
    }
}
