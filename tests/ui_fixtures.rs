//! The UI's test fixtures, recorded from the real core (issue 18): the headless UI tests
//! (`ui/tests/`, `npm test -w ui`) replay these view models instead of a second rule engine in
//! TypeScript. This suite drives the study service over a temporary database with the UI's test
//! modules (`tests/fixtures/ui/modules/`), and a hub store for the teacher's views, through the
//! scenarios the UI tests walk, and writes every reply to `ui/src/testing/fixtures/*.json`.
//!
//! Ids, clocks and random values are fixed or normalised, so the files only change when a view
//! model does. Like a generated source: when the recorded files differ from what is committed,
//! the test writes them and fails saying so (CI catches stale fixtures; a developer reruns and
//! commits the files).
//!
//! Each reply is `{ cmd, args?, after?, reply | error }`: `args` are matched against the call's
//! arguments (a subset), `after` lists calls that must have come before (in order); the harness
//! takes the matching reply with the longest `after` (`ui/src/testing/replay.ts`). A few shell
//! views (`ClassView`, `StudentAccess`, `RosterEntry`, `AssignmentView`, `ModuleOption`,
//! `BrokenView`, `Merged`, `PurgedView`, `Saved`) are the app's field-for-field copies of hub and
//! core rows, built here the same way `src-tauri` builds them.

use jikim_core::content::Library;
use jikim_core::help::Help;
use jikim_core::storage::{Db, SignIn};
use jikim_core::study::dashboard::{self, RosterStudent};
use jikim_core::study::grading::option_order;
use jikim_core::study::view::{OptionView, StudyState, StudyView};
use jikim_core::study::StudyService;
use jikim_core::ErrorPayload;
use jikim_hub::dashboard::Dashboard;
use jikim_hub::identity::PinCheck;
use jikim_hub::period::LabPeriod;
use jikim_hub::store::{HubStore, TokenStudent};
use jikim_tests::{root, today};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// The hub's clock in the teacher scenario (Unix seconds): 2026-11-27 05:10 UTC.
const NOW: i64 = 1_795_756_200;
/// Active time the UI reports with each step, in ms.
const STEP_MS: u64 = 40_000;
const DEEPFAKE: &str = "deepfake-law";
const OTHER: &str = "online-safety-basics";

fn fixtures_dir() -> PathBuf {
    root().join("ui/src/testing/fixtures")
}

fn library() -> Library {
    let lib = Library::load_dir(&root().join("tests/fixtures/ui/modules"), today());
    assert!(
        lib.broken.is_empty(),
        "the UI's test modules load: {:?}",
        lib.broken
    );
    lib
}

/// A view model as JSON.
macro_rules! value {
    ($v:expr) => {
        serde_json::to_value($v).expect("a view model serializes")
    };
}

/// One recorded reply.
struct Reply {
    cmd: &'static str,
    args: Value,
    after: Vec<Value>,
    result: Result<Value, ErrorPayload>,
}

#[derive(Default)]
struct Recording {
    replies: Vec<Reply>,
    /// Real value → fixed value, applied to the whole file.
    fixed: Vec<(String, String)>,
}

impl Recording {
    fn reply(&mut self, cmd: &'static str, args: Value, reply: Value) {
        self.reply_after(cmd, args, Vec::new(), reply);
    }

    fn reply_after(&mut self, cmd: &'static str, args: Value, after: Vec<Value>, reply: Value) {
        let result = Ok(reply);
        self.replies.push(Reply {
            cmd,
            args,
            after,
            result,
        });
    }

    fn error(&mut self, cmd: &'static str, args: Value, error: ErrorPayload) {
        let (after, result) = (Vec::new(), Err(error));
        self.replies.push(Reply {
            cmd,
            args,
            after,
            result,
        });
    }

    /// Replaces `real` with `fixed` everywhere in the file.
    fn fix(&mut self, real: impl ToString, fixed: impl ToString) {
        self.fixed.push((real.to_string(), fixed.to_string()));
    }

    /// The file's text: replies in recording order, object keys sorted, fixed values in.
    fn text(&self) -> String {
        let replies: Vec<Value> = self
            .replies
            .iter()
            .map(|r| {
                let mut o = Map::new();
                o.insert("cmd".into(), r.cmd.into());
                if !r.args.is_null() {
                    o.insert("args".into(), r.args.clone());
                }
                if !r.after.is_empty() {
                    o.insert("after".into(), Value::Array(r.after.clone()));
                }
                match &r.result {
                    Ok(v) => o.insert("reply".into(), v.clone()),
                    Err(e) => o.insert("error".into(), value!(e)),
                };
                normalise(Value::Object(o))
            })
            .collect();
        let mut text =
            serde_json::to_string_pretty(&sorted(json!({ "replies": replies }))).expect("json");
        for (real, fixed) in &self.fixed {
            text = text.replace(real.as_str(), fixed);
        }
        text.push('\n');
        text
    }
}

/// A fixed id for the `n`th thing of a kind (`0190a0a0-0000-7000-8000-0000000000<kind><n>`).
fn fixed_id(kind: &str, n: usize) -> Uuid {
    Uuid::parse_str(&format!("0190a0a0-0000-7000-8000-00000000{kind}{n:03}")).expect("fixed id")
}

/// Object keys in order (whatever map serde_json was built with), so the files are stable.
fn sorted(v: Value) -> Value {
    match v {
        Value::Object(o) => {
            let m: BTreeMap<String, Value> = o.into_iter().map(|(k, v)| (k, sorted(v))).collect();
            Value::Object(m.into_iter().collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sorted).collect()),
        v => v,
    }
}

/// Clocks the fixtures must not depend on: when the access log was written, when a token or a
/// join window ends.
fn normalise(v: Value) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            o.into_iter()
                .map(|(k, v)| {
                    let v = match (k.as_str(), &v) {
                        ("at", Value::String(_)) => "2026-11-27T05:02:00Z".into(),
                        ("expiresAt", Value::Number(_)) => 1_803_913_199.into(),
                        ("openUntil", Value::Number(_)) => (NOW + 1800).into(),
                        _ => normalise(v),
                    };
                    (k, v)
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(normalise).collect()),
        v => v,
    }
}

/// A study view as it is for the fixed attempt id `fixed`: the option order is the core's own
/// shuffle for that id (`grading::option_order`), so the file does not change from run to run.
fn fix_attempt(lib: &Library, view: &mut StudyView, fixed: Uuid) {
    view.attempt_id = fixed;
    if let StudyState::Item { item } = &mut view.state {
        let it = lib
            .module(&view.module.id)
            .and_then(|m| m.item(&item.id))
            .expect("item of the module");
        item.options = option_order(it, fixed)
            .into_iter()
            .map(|i| OptionView {
                id: it.choices[i].id.clone(),
                text: it.choices[i].text.clone(),
            })
            .collect();
    }
}

fn correct(lib: &Library, module: &str, item: &str) -> Vec<String> {
    lib.module(module)
        .and_then(|m| m.item(item))
        .map(|i| i.correct_ids().into_iter().map(String::from).collect())
        .expect("item exists")
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn sign(grade: u32, class_no: u32, number: u32, name: &str) -> SignIn {
    SignIn {
        grade,
        class_no,
        number,
        name: name.into(),
        pin: None,
    }
}

/// The student's side: sign-in, the module list, a whole study session of `deepfake-law` (the
/// first answer wrong, then a retry round), a restart, and the help page.
fn student(dir: &Path) -> Recording {
    let lib = library();
    let svc = StudyService::new(lib.clone(), Db::open(&dir.join("jikim.db")).expect("db"));
    let mut rec = Recording::default();
    let attempt1 = fixed_id("a", 1);

    let learner = svc.sign_in(&sign(2, 3, 7, "김하늘")).expect("sign in");
    rec.fix(learner.id, fixed_id("b", 1));
    rec.reply(
        "sign_in",
        json!({ "signIn": { "grade": 2, "classNo": 3, "number": 7, "name": "김하늘" } }),
        value!(&learner),
    );
    // The learner passed the other module before this session.
    let other = svc.open_module(learner.id, OTHER).expect("open");
    svc.start_quiz(learner.id, other.attempt_id, STEP_MS)
        .expect("quiz");
    for item in ["q1", "q2"] {
        svc.answer(
            learner.id,
            other.attempt_id,
            item,
            &correct(&lib, OTHER, item),
            STEP_MS,
        )
        .expect("answer");
    }
    rec.reply(
        "list_modules",
        Value::Null,
        value!(&svc.modules(learner.id).expect("list")),
    );

    let module = json!({ "moduleId": DEEPFAKE });
    let mut view = svc.open_module(learner.id, DEEPFAKE).expect("open");
    let attempt = view.attempt_id;
    fix_attempt(&lib, &mut view, attempt1);
    rec.reply("open_module", module.clone(), value!(&view));
    for index in [1, 0, 1] {
        let mut view = svc
            .view_page(learner.id, attempt, index, STEP_MS)
            .expect("page");
        fix_attempt(&lib, &mut view, attempt1);
        rec.reply("view_page", json!({ "index": index }), value!(&view));
    }
    let mut view = svc.start_quiz(learner.id, attempt, STEP_MS).expect("quiz");
    fix_attempt(&lib, &mut view, attempt1);
    rec.reply("start_quiz", Value::Null, value!(&view));
    // q1 wrong, q2 and q3 right: 2 of 3, under the pass mark.
    for (item, chosen) in [
        ("q1", vec!["o"]),
        ("q2", vec!["a", "b", "d"]),
        ("q3", vec!["b"]),
    ] {
        let mut outcome = svc
            .answer(learner.id, attempt, item, &strings(&chosen), STEP_MS)
            .expect("answer");
        fix_attempt(&lib, &mut outcome.next, attempt1);
        rec.reply(
            "answer_item",
            json!({ "itemId": item, "chosen": chosen }),
            value!(&outcome),
        );
    }
    let mut view = svc.retry_missed(learner.id, attempt).expect("retry");
    fix_attempt(&lib, &mut view, attempt1);
    rec.reply("retry_missed", Value::Null, value!(&view));
    let mut view = svc.restart(learner.id, DEEPFAKE).expect("restart");
    fix_attempt(&lib, &mut view, fixed_id("a", 2));
    rec.reply("restart_module", module, value!(&view));

    // The first answer right, as the keyboard test gives it (another learner's fresh attempt,
    // shown under the same attempt id).
    let other_learner = svc.sign_in(&sign(2, 3, 8, "이서윤")).expect("sign in");
    let view = svc.open_module(other_learner.id, DEEPFAKE).expect("open");
    svc.start_quiz(other_learner.id, view.attempt_id, STEP_MS)
        .expect("quiz");
    let mut outcome = svc
        .answer(
            other_learner.id,
            view.attempt_id,
            "q1",
            &strings(&["x"]),
            STEP_MS,
        )
        .expect("answer");
    fix_attempt(&lib, &mut outcome.next, attempt1);
    rec.reply(
        "answer_item",
        json!({ "itemId": "q1", "chosen": ["x"] }),
        value!(&outcome),
    );

    let help = Help::load(&root().join("assets/help/help.toml")).expect("help");
    for lang in ["ko", "en"] {
        rec.reply(
            "help_page",
            json!({ "lang": lang }),
            value!(&help.view(lang)),
        );
    }
    rec
}

/// What the window shows before anyone signs in when the database is damaged or a module file
/// is broken.
fn startup(dir: &Path) -> String {
    let db = dir.join("jikim.db");
    std::fs::write(&db, b"this is not a database, it is a damaged file").expect("write");
    let corrupt = match Db::open(&db) {
        Err(e) => e.payload(),
        Ok(_) => panic!("a damaged database must not open"),
    };
    let modules = dir.join("modules");
    std::fs::create_dir_all(&modules).expect("modules");
    std::fs::copy(
        root().join("tests/fixtures/broken/no-correct-answer.toml"),
        modules.join("no-correct-answer.toml"),
    )
    .expect("copy");
    let lib = Library::load_dir(&modules, today());
    assert_eq!(lib.broken.len(), 1, "the broken module is reported");
    // As `src-tauri/src/state.rs` turns them into `BrokenView`s.
    let broken: Vec<Value> = lib
        .broken
        .iter()
        .map(|b| {
            json!({
                "file": b.file.display().to_string(),
                "issues": b.issues.iter().map(|i| json!({
                    "line": i.line,
                    "messageId": i.kind.message_id(),
                    "args": i.kind.args(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    // A file the teacher picked to merge that is not a Jikim bundle (the "bad-bundle" scenario),
    // refused as the app's `report_merge` refuses it.
    let not_bundle = dir.join("2-3.jikim");
    std::fs::write(&not_bundle, "번호,이름\n1,박서준\n").expect("write");
    let school = dir.join("school");
    let merge_refused = match jikim_report::merge::merge_files(
        &school,
        std::slice::from_ref(&not_bundle),
        &mut |_| {},
    ) {
        Err(e) => ErrorPayload::from(e),
        Ok(_) => panic!("a CSV file must not merge as a bundle"),
    };
    let mut text = serde_json::to_string_pretty(&sorted(json!({
        "databaseCorrupt": corrupt,
        "brokenModules": broken,
        "mergeRefused": merge_refused,
    })))
    .expect("json");
    text = text
        .replace(&modules.display().to_string(), "/opt/jikim/assets/modules")
        .replace(&not_bundle.display().to_string(), "/media/usb/2-3.jikim")
        .replace(
            &dir.display().to_string(),
            "/home/lab/.local/share/kr.jikim.app",
        );
    text.push('\n');
    text
}

fn call(cmd: &str, args: Value) -> Value {
    if args.is_null() {
        json!({ "cmd": cmd })
    } else {
        json!({ "cmd": cmd, "args": args })
    }
}

/// The teacher's side: class 2-3 with two students on the hub, one who passed `deepfake-law`
/// and one who answered its first item wrong; set-aside records and refused requests; PINs,
/// one locked; PCs, one new; the live lab period; and the access log.
fn teacher(dir: &Path) -> Recording {
    let lib = library();
    let mut rec = Recording::default();
    let store = HubStore::open(&dir.join("hub")).expect("hub store");
    store.archive_library(&lib).expect("archive");

    let class = store.create_class(2, 3).expect("class");
    rec.fix(class.id, fixed_id("c", 1));
    let roster = store
        .set_roster(class.id, &[(1, "박서준".into()), (2, "이바다".into())])
        .expect("roster");
    let (s1, s2) = (roster[0].student_id, roster[1].student_id);
    rec.fix(s1, fixed_id("d", 1));
    rec.fix(s2, fixed_id("d", 2));
    let class_args = json!({ "classId": class.id });
    rec.reply("roster_get", class_args.clone(), roster_view(&roster));
    let modules: Vec<Value> = lib
        .modules
        .iter()
        .map(|m| json!({ "id": m.id, "title": m.title }))
        .collect();
    rec.reply("teacher_modules", Value::Null, value!(&modules));
    store
        .set_assignment(class.id, DEEPFAKE, "2026-12-15")
        .expect("assign");
    rec.reply(
        "assignment_list",
        class_args.clone(),
        assignments_view(&store, &lib, class.id),
    );

    // Joining: open, a new code, closed, open again.
    let class_list = |store: &HubStore| -> Vec<Value> {
        store
            .classes()
            .expect("classes")
            .iter()
            .map(|c| {
                json!({
                    "id": c.id, "grade": c.grade, "classNo": c.class_no,
                    "join": c.join, "studentCount": c.student_count,
                })
            })
            .collect()
    };
    let first = store.open_joining(class.id, 30).expect("open joining");
    rec.fix(&first.code, "K7Q2-M9XA");
    rec.reply("class_list", Value::Null, value!(&class_list(&store)));
    let rotated = store.rotate_join_code(class.id).expect("rotate");
    rec.fix(&rotated.code, "P3HT-6RM9");
    rec.reply("join_rotate", class_args.clone(), value!(&rotated));
    let rotate = call("join_rotate", Value::Null);
    rec.reply_after(
        "class_list",
        Value::Null,
        vec![rotate.clone()],
        value!(&class_list(&store)),
    );
    store.close_joining(class.id).expect("close");
    rec.reply("join_close", class_args.clone(), value!(&()));
    let close = call("join_close", Value::Null);
    rec.reply_after(
        "class_list",
        Value::Null,
        vec![close.clone()],
        value!(&class_list(&store)),
    );
    let reopened = store.open_joining(class.id, 30).expect("open again");
    rec.fix(&reopened.code, "W4XN-8KQ2");
    rec.reply("join_open", class_args.clone(), value!(&reopened));
    rec.reply_after(
        "class_list",
        Value::Null,
        vec![close, call("join_open", Value::Null)],
        value!(&class_list(&store)),
    );

    // Each student studied on a lab PC; their records reach the hub as a push does.
    let svc = StudyService::new(lib.clone(), Db::open(&dir.join("lab.db")).expect("db"));
    let push = |student: Uuid, number: u32, name: &str, answers: &[(&str, Vec<String>)]| {
        let learner = svc.sign_in(&sign(2, 3, number, name)).expect("sign in");
        let view = svc.open_module(learner.id, DEEPFAKE).expect("open");
        svc.view_page(learner.id, view.attempt_id, 1, STEP_MS)
            .expect("page");
        svc.start_quiz(learner.id, view.attempt_id, STEP_MS)
            .expect("quiz");
        for (item, chosen) in answers {
            svc.answer(learner.id, view.attempt_id, item, chosen, STEP_MS)
                .expect("answer");
        }
        let records = svc.pending_records(learner.id, 1000).expect("outbox");
        store.apply(student, &records).expect("push");
        records
    };
    push(
        s1,
        1,
        "박서준",
        &[
            ("q1", correct(&lib, DEEPFAKE, "q1")),
            ("q2", correct(&lib, DEEPFAKE, "q2")),
            ("q3", correct(&lib, DEEPFAKE, "q3")),
        ],
    );
    let pushed = push(s2, 2, "이바다", &[("q1", strings(&["o"]))]);
    // Two answers of student 2 the hub refuses (to an item the module does not have): set aside.
    let answer = pushed
        .iter()
        .find(|r| r.item_id.is_some())
        .expect("an answer");
    for n in 0..2 {
        let mut r = answer.clone();
        r.id = Uuid::now_v7();
        r.item_id = Some(format!("no-such-item-{n}"));
        store.apply(s2, &[r]).expect("push");
    }
    // A push into another student's attempt (403) and three requests with an ended sign-in
    // (401), as the hub's server notes them.
    store.note_refusal(s2, "forbidden").expect("refusal");
    for _ in 0..3 {
        store.note_refusal(s2, "token_ended").expect("refusal");
    }

    let roster_students: Vec<RosterStudent> = roster.iter().map(RosterStudent::from).collect();
    let mut dash = Dashboard::default();
    rec.reply(
        "class_results",
        class_args.clone(),
        value!(&dash
            .results(&store, &lib, class.id, &roster_students)
            .expect("results")),
    );
    for m in &lib.modules {
        rec.reply(
            "item_analysis",
            json!({ "classId": class.id, "moduleId": m.id }),
            value!(&dash
                .items(&store, m, class.id, &roster_students)
                .expect("items")),
        );
        let records = store.class_records(class.id).expect("records");
        for r in &roster {
            rec.reply(
                "student_detail",
                json!({ "classId": class.id, "moduleId": m.id, "number": r.number }),
                value!(&dashboard::student_detail(m, r.student_id, &records)),
            );
        }
    }

    // PINs and PCs: student 1 on two PCs (LAB-01 since last week, LAB-17 new today); student 2
    // locked after five wrong PINs.
    assert_eq!(
        store.check_pin(s1, "2580", true).expect("pin"),
        PinCheck::Accepted { first: true }
    );
    let now = time::OffsetDateTime::from_unix_timestamp(NOW).expect("time");
    store.issue_token(s1, "LAB-01").expect("token");
    store.issue_token(s1, "LAB-17").expect("token");
    // The PCs' clocks, fixed in the hub database: LAB-01 since last week, LAB-17 new today.
    let db = rusqlite::Connection::open(dir.join("hub/hub.db")).expect("hub.db");
    for (name, first, last) in [
        ("LAB-01", "2026-11-20T00:40:00Z", "2026-11-27T01:10:00Z"),
        ("LAB-17", "2026-11-27T05:02:00Z", "2026-11-27T05:02:00Z"),
    ] {
        db.execute(
            "UPDATE device SET first_seen = ?2, last_seen = ?3 WHERE name = ?1",
            rusqlite::params![name, first, last],
        )
        .expect("device clock");
    }
    store.check_pin(s2, "1470", true).expect("pin");
    for _ in 0..5 {
        store.check_pin(s2, "0000", false).expect("pin");
    }
    let devices = store.devices(class.id).expect("devices");
    for (n, d) in devices.iter().enumerate() {
        rec.fix(d.id, fixed_id("e", n + 1));
    }
    let access = |store: &HubStore| -> Vec<Value> {
        let pins = store.pin_states(class.id).expect("pins");
        let devices = store.devices(class.id).expect("devices");
        store
            .roster(class.id)
            .expect("roster")
            .iter()
            .map(|r| {
                let pin = pins.iter().find(|p| p.student_id == r.student_id);
                let devices: Vec<Value> = devices
                    .iter()
                    .filter(|d| d.student_id == r.student_id)
                    .map(|d| {
                        let mut v = value!(d);
                        v["new"] = d.is_new(now).into();
                        v
                    })
                    .collect();
                json!({
                    "studentId": r.student_id, "number": r.number, "name": r.name,
                    "pinSet": pin.is_some_and(|p| p.pin_set),
                    "locked": pin.is_some_and(|p| p.locked),
                    "devices": devices,
                })
            })
            .collect()
    };
    let mut done = Vec::new();
    rec.reply("class_access", class_args.clone(), value!(&access(&store)));
    let act = |action: &str, student: Uuid| {
        call(
            "student_access",
            json!({ "studentId": student, "action": action }),
        )
    };
    store.unlock_pin(s2).expect("unlock");
    done.push(act("unlock", s2));
    rec.reply_after(
        "class_access",
        class_args.clone(),
        done.clone(),
        value!(&access(&store)),
    );
    store.delete_student(s2).expect("delete");
    done.push(act("delete", s2));
    rec.reply_after(
        "class_access",
        class_args.clone(),
        done.clone(),
        value!(&access(&store)),
    );
    store.revoke_devices(s1).expect("revoke");
    done.push(act("revoke-devices", s1));
    rec.reply_after(
        "class_access",
        class_args.clone(),
        done.clone(),
        value!(&access(&store)),
    );
    rec.reply("student_access", Value::Null, value!(&()));
    rec.reply("device_revoke", Value::Null, value!(&()));

    // The lab period while the hub runs: student 1 sent everything from LAB-01, student 2 has
    // four records waiting on LAB-02.
    let lab = || {
        let lab = LabPeriod::default();
        let seat = |student, device: &str| TokenStudent {
            student_id: student,
            class_id: class.id,
            device: device.into(),
            signed_in_at: NOW - 1200,
        };
        lab.contact(&seat(s1, "LAB-01"), 0, Some(true), true, NOW - 2);
        lab.contact(&seat(s2, "LAB-02"), 4, Some(true), false, NOW - 3);
        lab
    };
    let hub = call("hub_start", Value::Null);
    // Student 2 was deleted above; the period is of a class with both on the roster.
    let both = [
        (s1, 1, "박서준", Some("2026-11-27T05:09:58Z".to_string())),
        (s2, 2, "이바다", Some("2026-11-27T05:08:00Z".to_string())),
    ];
    let seats: Vec<jikim_hub::period::SeatOf<'_>> = both
        .iter()
        .map(|(id, number, name, received)| jikim_hub::period::SeatOf {
            student_id: *id,
            number: *number,
            name,
            last_received: received.clone(),
        })
        .collect();
    rec.reply_after(
        "period_view",
        class_args.clone(),
        vec![hub.clone()],
        value!(&lab().view(class.id, &seats, NOW)),
    );
    let flushed = lab();
    flushed.request_flush(class.id, NOW);
    rec.reply_after(
        "period_view",
        class_args.clone(),
        vec![hub.clone(), call("period_flush", Value::Null)],
        value!(&flushed.view(class.id, &seats, NOW)),
    );
    // Ended, with student 2's records still waiting: the hub's disk is full, so it could not
    // store them, and the teacher is told why.
    let ended = lab();
    ended.end_period(class.id, NOW);
    ended.storage_failed(jikim_core::error::StorageFault::DiskFull);
    rec.reply_after(
        "period_view",
        class_args.clone(),
        vec![hub.clone(), call("period_end", Value::Null)],
        value!(&ended.view(class.id, &seats, NOW)),
    );
    rec.reply_after(
        "period_flush",
        class_args.clone(),
        vec![hub.clone()],
        value!(&()),
    );
    rec.reply_after("period_end", class_args.clone(), vec![hub], value!(&()));

    // The access log, as the app writes it: an export and a student's answers opened.
    store
        .log_access("teacher@T-PC", "view_answers", "2-3 2번 deepfake-law")
        .expect("log");
    store
        .log_access("teacher@T-PC", "export_xlsx", "Hub 2-3  ~ (3)")
        .expect("log");
    rec.reply(
        "access_log",
        Value::Null,
        value!(&store.access_log(500).expect("log")),
    );
    roster_and_assignments(&mut rec, &store, &lib, class.id);
    year_end(&mut rec, &store, dir);
    rec
}

/// The cut-off the window shows for the end-of-year clean-up. The shell takes it from today and
/// the retention setting; here it is fixed, and the records are purged before tomorrow instead,
/// so that the clean-up has the scenario's records to remove.
const PURGE_SHOWN_BEFORE: &str = "2026-03-01";
/// The new school year's roster (`학년,반,번호,이름,이전반,이전번호`): two students of 2-3 move
/// up into 3-1, one new student; the other two of 2-3 are not on it.
const ROLLOVER_CSV: &str =
    "학년,반,번호,이름,이전반,이전번호\n3,1,1,박서준,3,1\n3,1,2,이바다,3,2\n3,1,3,한가람,,\n";
/// The same year's roster with a mistake the hub refuses: line 3 names a student who was not at
/// 2학년 3반 9번 last year.
const ROLLOVER_CSV_WRONG: &str =
    "학년,반,번호,이름,이전반,이전번호\n3,1,1,박서준,3,1\n3,1,2,이바다,3,9\n";

/// The report screen's year-end work on the scenario's hub, through the same report and hub code
/// the app's commands call (`src-tauri/src/reports.rs`): the school bundle, its merge into the
/// school's store, the clean-up behind a bundle (on a copy of the hub, so the rollover after it
/// still has the records) and the new school year. Last: the rollover changes the hub.
fn year_end(rec: &mut Recording, store: &HubStore, dir: &Path) {
    let teacher_dir = dir.join("teacher-files");
    std::fs::create_dir_all(&teacher_dir).expect("dir");
    let saved =
        |path: &Path, count: usize| json!({ "path": path.display().to_string(), "count": count });

    let bundle = teacher_dir.join("지킴묶음.jikim");
    let bundled = jikim_report::export::bundle(store, &[], &bundle).expect("bundle");
    rec.reply(
        "report_bundle",
        Value::Null,
        saved(&bundle, bundled.records),
    );
    // The bundle, carried on a USB stick to the school's PC and merged there.
    let usb = dir.join("usb");
    std::fs::create_dir_all(&usb).expect("dir");
    let carried = usb.join("2-3.jikim");
    std::fs::copy(&bundle, &carried).expect("copy");
    let merged = jikim_report::merge::merge_files(
        &dir.join("school"),
        std::slice::from_ref(&carried),
        &mut |_| {},
    )
    .expect("merge");
    // As `report_merge` copies each file's figures for the window.
    let merged: Vec<Value> = merged
        .iter()
        .map(|m| {
            json!({
                "file": m.file.display().to_string(),
                "classes": m.stats.classes_added,
                "students": m.stats.students_added,
                "records": m.stats.records_added,
                "present": m.stats.records_present,
                "certificates": m.stats.certificates_added,
            })
        })
        .collect();
    rec.reply("report_merge", Value::Null, Value::Array(merged));

    let copy = HubStore::open(&dir.join("hub-copy")).expect("hub copy");
    copy.merge(&store.snapshot(&[]).expect("snapshot"), &mut |_, _| {})
        .expect("copy");
    let kept = teacher_dir.join("지킴묶음-정리전.jikim");
    // Tomorrow in Korea, as the hub reads the date (midnight KST): every record of the scenario
    // was received before it, at any hour. (Tomorrow in UTC missed them from 15:00 UTC, when
    // Korea's date is already the next day.)
    let tomorrow = jikim_report::today_kst().next_day().expect("a date");
    let purged = jikim_report::export::purge_behind_bundle(&copy, tomorrow, &kept).expect("purge");
    assert!(
        purged.records > 0,
        "the clean-up removed the scenario's records"
    );
    // As `report_purge` copies them for the window.
    rec.reply(
        "report_purge",
        Value::Null,
        json!({
            "bundle": kept.display().to_string(),
            "before": PURGE_SHOWN_BEFORE,
            "records": purged.records,
            "students": purged.students,
        }),
    );

    // As `report_owed` and `report_set_owed` answer (the report screen's "학년별 이수 기준"):
    // nothing owed at first; grade 2 owing 180 minutes of sexual-violence prevention; removed.
    let owed = |store: &HubStore| value!(&store.owed().expect("owed"));
    rec.reply("report_owed", Value::Null, owed(store));
    let svp = jikim_core::content::Requirement::SexualViolencePrevention;
    let set = json!({ "grade": 2, "requirement": svp.id(), "minutes": 180 });
    store.set_owed(2, svp, 180).expect("set what grade 2 owes");
    rec.reply("report_set_owed", set.clone(), owed(store));
    rec.reply_after(
        "report_owed",
        Value::Null,
        vec![call("report_set_owed", set)],
        owed(store),
    );
    let remove = json!({ "grade": 2, "requirement": svp.id(), "minutes": 0 });
    store.set_owed(2, svp, 0).expect("remove it");
    rec.reply("report_set_owed", remove, owed(store));
    assert_eq!(owed(store), json!([]), "0 minutes removes what is owed");

    // As `report_years` lists them: the past years reports can read.
    let years = |store: &HubStore| jikim_report::export::archive_years(store).expect("years");
    rec.reply("report_years", Value::Null, value!(&years(store)));
    // First a roster file the hub refuses (its third line names a student last year's roster
    // does not have), as the app's `report_rollover` refuses it; nothing changes. Then the right
    // file: the rollover.
    let wrong_file = teacher_dir.join("2027-명단.csv");
    let wrong = jikim_hub::rollover::parse_rollover_csv(ROLLOVER_CSV_WRONG.as_bytes())
        .and_then(|rows| store.roll_over(2027, &rows));
    let refused = match wrong {
        Err(e) => ErrorPayload::from(e).about_file(&wrong_file),
        Ok(_) => panic!("a student not on last year's roster must not move up"),
    };
    rec.error("report_rollover", json!({ "year": 2027 }), refused);
    let rows = jikim_hub::rollover::parse_rollover_csv(ROLLOVER_CSV.as_bytes()).expect("csv");
    let report = store.roll_over(2027, &rows).expect("rollover");
    let rollover = || call("report_rollover", Value::Null);
    rec.reply_after(
        "report_rollover",
        json!({ "year": 2027 }),
        vec![rollover()],
        value!(&report),
    );
    rec.reply_after(
        "report_years",
        Value::Null,
        vec![rollover(), rollover()],
        value!(&years(store)),
    );

    rec.fix(carried.display(), "/media/usb/2-3.jikim");
    rec.fix(teacher_dir.display(), "/home/teacher");
    rec.fix(dir.display(), "/home/teacher/.local/share/kr.jikim.app");
}

/// The roster as `src-tauri/src/hub.rs` copies it for the window (number and name).
fn roster_view(rows: &[jikim_hub::store::RosterRow]) -> Value {
    let rows: Vec<Value> = rows
        .iter()
        .map(|r| json!({ "number": r.number, "name": r.name }))
        .collect();
    Value::Array(rows)
}

/// The class's assignments as `src-tauri/src/hub.rs` copies them (with each module's title).
fn assignments_view(store: &HubStore, lib: &Library, class: Uuid) -> Value {
    let list: Vec<Value> = store
        .assignments(class)
        .expect("assignments")
        .iter()
        .map(|a| {
            json!({
                "moduleId": a.module_id,
                "title": lib.module(&a.module_id).map_or(a.module_id.as_str(), |m| m.title.as_str()),
                "due": a.due,
            })
        })
        .collect();
    Value::Array(list)
}

/// A roster CSV as the UI test's file input gives it (UTF-8, Excel's header).
const ROSTER_CSV: &str = "번호,이름\n1,박서준\n2,이바다\n3,최하늘\n4,정우주\n";
/// One whose third row has no name: refused, naming the row.
const ROSTER_CSV_BAD: &str = "번호,이름\n1,박서준\n2,\n";

/// The class's roster and assignments edited in the window, as the UI test does it, through the
/// hub store's own rules: a student added, one removed, a CSV imported and one refused, a second
/// module assigned. Last in the scenario: it changes the class the views above were taken of.
fn roster_and_assignments(rec: &mut Recording, store: &HubStore, lib: &Library, class: Uuid) {
    let entries = |rows: &[(u32, &str)]| -> Vec<(u32, String)> {
        rows.iter()
            .map(|(n, name)| (*n, name.to_string()))
            .collect()
    };
    let args = |rows: &[(u32, String)]| {
        let entries: Vec<Value> = rows
            .iter()
            .map(|(number, name)| json!({ "number": number, "name": name }))
            .collect();
        json!({ "classId": class, "entries": entries })
    };
    for rows in [
        entries(&[(1, "박서준"), (2, "이바다"), (3, "최하늘")]),
        entries(&[(1, "박서준"), (3, "최하늘")]),
    ] {
        let stored = store.set_roster(class, &rows).expect("roster");
        rec.reply("roster_set", args(&rows), roster_view(&stored));
    }
    let import = |csv: &str| -> Result<Value, ErrorPayload> {
        let rows = jikim_hub::store::parse_roster_csv(csv.as_bytes())?;
        Ok(roster_view(&store.set_roster(class, &rows)?))
    };
    for csv in [ROSTER_CSV, ROSTER_CSV_BAD] {
        let args = json!({ "classId": class, "bytes": csv.as_bytes() });
        match import(csv) {
            Ok(reply) => rec.reply("roster_import_csv", args, reply),
            Err(e) => rec.error("roster_import_csv", args, e),
        }
    }
    let due = "2026-12-20";
    store.set_assignment(class, OTHER, due).expect("assign");
    rec.reply(
        "assignment_add",
        json!({ "classId": class, "moduleId": OTHER, "due": due }),
        assignments_view(store, lib, class),
    );
}

#[test]
fn the_ui_fixtures_are_recorded_from_the_real_core() {
    let dir = tempfile::tempdir().expect("tmp");
    let student_dir = dir.path().join("student");
    let startup_dir = dir.path().join("startup");
    let teacher_dir = dir.path().join("teacher");
    for d in [&student_dir, &startup_dir, &teacher_dir] {
        std::fs::create_dir_all(d).expect("dir");
    }
    let changed = jikim_core::generated::refresh([
        (
            fixtures_dir().join("student.json"),
            student(&student_dir).text(),
        ),
        (fixtures_dir().join("startup.json"), startup(&startup_dir)),
        (
            fixtures_dir().join("teacher.json"),
            teacher(&teacher_dir).text(),
        ),
    ])
    .expect("write the fixtures");
    assert!(
        changed.is_empty(),
        "the UI fixtures in ui/src/testing/fixtures/ were stale and have been updated: {changed:?}. \
         Rerun this test, then `npm test -w ui`, and commit the files."
    );
}

#[test]
fn a_recording_is_the_same_every_time() {
    let one = tempfile::tempdir().expect("tmp");
    let two = tempfile::tempdir().expect("tmp");
    assert_eq!(student(one.path()).text(), student(two.path()).text());
    assert_eq!(startup(one.path()), startup(two.path()));
    assert_eq!(teacher(one.path()).text(), teacher(two.path()).text());
}
