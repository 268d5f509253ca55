//! The study service end to end on a real SQLite file: a whole module with the mastery loop,
//! resume after reopening, answers only to the current item, and one learner never reaching
//! another's attempt.

use jikim_core::content::Library;
use jikim_core::storage::{Db, SignIn};
use jikim_core::study::view::{ModuleStatus, StudyState};
use jikim_core::study::StudyService;
use jikim_core::CoreError;
use jikim_tests::{root, today};
use std::path::Path;

fn service(db: &Path) -> StudyService {
    let lib = Library::load_dir(&root().join("tests/fixtures/modules"), today());
    StudyService::new(lib, Db::open(db).expect("db"))
}

fn correct(svc: &StudyService, item: &str) -> Vec<String> {
    svc.library()
        .module("sample")
        .and_then(|m| m.item(item))
        .map(|i| i.correct_ids().into_iter().map(String::from).collect())
        .expect("item exists")
}

fn wrong(svc: &StudyService, item: &str) -> Vec<String> {
    let i = svc
        .library()
        .module("sample")
        .and_then(|m| m.item(item))
        .expect("item");
    vec![i
        .choices
        .iter()
        .find(|c| !c.correct)
        .expect("wrong option")
        .id
        .clone()]
}

fn sign(n: u32, name: &str) -> SignIn {
    SignIn {
        grade: 1,
        class_no: 2,
        number: n,
        name: name.into(),
        pin: None,
    }
}

#[test]
fn whole_module_with_mastery_loop_and_resume() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("jikim.db");
    let svc = service(&db);
    let me = svc.sign_in(&sign(1, "가온")).expect("sign in");
    let view = svc.open_module(me.id, "sample").expect("open");
    assert!(matches!(view.state, StudyState::Page { ref page } if page.index == 0));
    assert_eq!(view.module.law_as_of, "2026-10-02");
    let attempt = view.attempt_id;
    svc.view_page(me.id, attempt, 1, 2000).expect("page 2");
    let first = svc.start_quiz(me.id, attempt, 1000).expect("quiz");
    let StudyState::Item { item } = first.state else {
        panic!("quiz starts with an item")
    };
    assert_eq!(item.id, "q-ox");

    // Answer q-ox wrong, then reopen the database (a crash) and continue.
    let out = svc
        .answer(me.id, attempt, "q-ox", &wrong(&svc, "q-ox"), 500)
        .expect("answer");
    assert!(!out.feedback.correct);
    assert!(!out.feedback.explanation.is_empty());
    assert_eq!(out.feedback.legal_basis[0].article, "제14조의2제4항");
    drop(svc);
    let svc = service(&db);
    let resumed = svc.open_module(me.id, "sample").expect("resume");
    assert_eq!(resumed.attempt_id, attempt);
    let StudyState::Item { item } = resumed.state else {
        panic!("resumes in the quiz")
    };
    assert_eq!(item.id, "q-single");

    for id in ["q-single", "q-multi", "q-scenario", "q-ox2"] {
        let out = svc
            .answer(me.id, attempt, id, &correct(&svc, id), 100)
            .expect("answer");
        assert!(out.feedback.correct, "{id}");
    }
    let result = svc.current(me.id, attempt).expect("current");
    let StudyState::Result { result } = result.state else {
        panic!("result after the last item")
    };
    assert_eq!((result.correct, result.total), (4, 5));
    assert!(result.passed, "80% >= 60%");
    assert_eq!(result.missed, 1);
    assert_eq!(
        result.active_minutes, 1,
        "4.9 s of activity rounds up to a minute"
    );

    // Mastery: the missed item comes back; answering it right masters it; the score stays.
    let retry = svc.retry_missed(me.id, attempt).expect("retry");
    let StudyState::Item { item } = retry.state else {
        panic!("retry shows the missed item")
    };
    assert_eq!((item.id.as_str(), item.round, item.count), ("q-ox", 2, 1));
    let out = svc
        .answer(me.id, attempt, "q-ox", &correct(&svc, "q-ox"), 0)
        .expect("retry answer");
    let StudyState::Result { result } = out.next.state else {
        panic!("result after the round")
    };
    assert_eq!((result.correct, result.missed, result.round), (4, 0, 2));

    let list = svc.modules(me.id).expect("list");
    assert_eq!(list[0].status, ModuleStatus::Passed);
    assert_eq!(list[0].score_percent, Some(80));
}

#[test]
fn only_the_current_item_can_be_answered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let svc = service(&dir.path().join("jikim.db"));
    let me = svc.sign_in(&sign(2, "나래")).expect("sign in");
    let attempt = svc.open_module(me.id, "sample").expect("open").attempt_id;
    svc.start_quiz(me.id, attempt, 0).expect("quiz");
    assert!(matches!(
        svc.answer(me.id, attempt, "q-multi", &correct(&svc, "q-multi"), 0),
        Err(CoreError::InvalidResponse(_))
    ));
    svc.answer(me.id, attempt, "q-ox", &correct(&svc, "q-ox"), 0)
        .expect("current item");
    assert!(matches!(
        svc.answer(me.id, attempt, "q-ox", &correct(&svc, "q-ox"), 0),
        Err(CoreError::AlreadyAnswered(_))
    ));
    assert!(matches!(
        svc.answer(me.id, attempt, "q-single", &["zz".into()], 0),
        Err(CoreError::InvalidResponse(_))
    ));
    assert!(matches!(
        svc.answer(me.id, attempt, "nope", &["a".into()], 0),
        Err(CoreError::ItemNotFound { .. })
    ));
}

#[test]
fn a_learner_cannot_reach_another_learners_attempt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let svc = service(&dir.path().join("jikim.db"));
    let a = svc.sign_in(&sign(3, "다솜")).expect("a");
    let attempt = svc.open_module(a.id, "sample").expect("open").attempt_id;
    svc.start_quiz(a.id, attempt, 0).expect("quiz");
    svc.answer(a.id, attempt, "q-ox", &correct(&svc, "q-ox"), 0)
        .expect("answer");

    let b = svc.sign_in(&sign(4, "라온")).expect("b");
    for result in [
        svc.current(b.id, attempt).map(|_| ()),
        svc.view_page(b.id, attempt, 0, 0).map(|_| ()),
        svc.start_quiz(b.id, attempt, 0).map(|_| ()),
        svc.retry_missed(b.id, attempt).map(|_| ()),
        svc.answer(b.id, attempt, "q-single", &["a".into()], 0)
            .map(|_| ()),
    ] {
        assert!(matches!(result, Err(CoreError::AttemptNotFound)));
    }
    // B's own list shows nothing of A's progress.
    let list = svc.modules(b.id).expect("list");
    assert_eq!(list[0].status, ModuleStatus::NotStarted);
    assert_eq!(list[0].answered, 0);
    // And B's attempt is a different one.
    assert_ne!(
        svc.open_module(b.id, "sample").expect("open").attempt_id,
        attempt
    );
}

#[test]
fn restart_starts_a_new_attempt_and_keeps_the_old_records() {
    let dir = tempfile::tempdir().expect("tempdir");
    let svc = service(&dir.path().join("jikim.db"));
    let me = svc.sign_in(&sign(5, "마루")).expect("sign in");
    let first = svc.open_module(me.id, "sample").expect("open").attempt_id;
    svc.start_quiz(me.id, first, 0).expect("quiz");
    svc.answer(me.id, first, "q-ox", &correct(&svc, "q-ox"), 0)
        .expect("answer");
    let second = svc.restart(me.id, "sample").expect("restart").attempt_id;
    assert_ne!(first, second);
    assert_eq!(
        svc.open_module(me.id, "sample").expect("open").attempt_id,
        second
    );
    assert!(
        svc.current(me.id, first).is_ok(),
        "old attempt still readable by its owner"
    );
}

#[test]
fn sign_in_pauses_after_five_wrong_pins() {
    let dir = tempfile::tempdir().expect("tempdir");
    let svc = service(&dir.path().join("jikim.db"));
    let with = |pin: &str| SignIn {
        pin: Some(pin.into()),
        ..sign(6, "바다")
    };
    svc.sign_in(&with("1357")).expect("create");
    for _ in 0..jikim_core::study::service::PIN_ATTEMPTS {
        assert!(matches!(
            svc.sign_in(&with("0000")),
            Err(CoreError::PinMismatch)
        ));
    }
    // Locked: even the right PIN waits.
    assert!(matches!(
        svc.sign_in(&with("1357")),
        Err(CoreError::PinLocked { .. })
    ));
    // Another learner is not affected.
    svc.sign_in(&sign(7, "하늘")).expect("other learner");
}

#[test]
fn a_pass_on_an_earlier_version_stays_a_pass_in_the_learners_list() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("jikim.db");
    let svc = service(&db);
    let me = svc.sign_in(&sign(6, "바다")).expect("sign in");
    let other = svc.sign_in(&sign(7, "사랑")).expect("sign in");
    let attempt = svc.open_module(me.id, "sample").expect("open").attempt_id;
    svc.start_quiz(me.id, attempt, 0).expect("quiz");
    for id in ["q-ox", "q-single", "q-multi", "q-scenario", "q-ox2"] {
        let wrong_once = id == "q-multi";
        let chosen = if wrong_once {
            wrong(&svc, id)
        } else {
            correct(&svc, id)
        };
        svc.answer(me.id, attempt, id, &chosen, 0).expect("answer");
    }
    // Someone else only looked at the first page of version 1.
    svc.open_module(other.id, "sample").expect("open");
    drop(svc);

    // The module is revised (version 2); the same database is opened with the new library.
    let content = tempfile::tempdir().expect("content");
    let src = std::fs::read_to_string(root().join("tests/fixtures/modules/sample.toml"))
        .expect("read fixture");
    std::fs::write(
        content.path().join("sample.toml"),
        src.replacen("version = 1", "version = 2", 1),
    )
    .expect("write v2");
    let lib = Library::load_dir(content.path(), today());
    assert_eq!(lib.module("sample").expect("v2 valid").version, 2);
    let svc = StudyService::new(lib, Db::open(&db).expect("db"));

    let list = svc.modules(me.id).expect("list");
    assert_eq!(
        (list[0].status, list[0].score_percent),
        (ModuleStatus::Passed, Some(80)),
        "passed on version 1 with 4 of 5"
    );
    let theirs = svc.modules(other.id).expect("list");
    assert_eq!(
        (theirs[0].status, theirs[0].score_percent),
        (ModuleStatus::NotStarted, None),
        "an unfinished version 1 attempt does not carry over"
    );
    // Opening the module starts version 2; the pass on version 1 still stands (one rule: a
    // pass is never undone by a later attempt).
    let v2 = svc.open_module(me.id, "sample").expect("open v2");
    assert_ne!(v2.attempt_id, attempt);
    assert_eq!(
        (
            svc.modules(me.id).expect("list")[0].status,
            svc.modules(me.id).expect("list")[0].score_percent
        ),
        (ModuleStatus::Passed, Some(80))
    );
    // The version 1 attempt stays readable by its owner.
    assert!(svc.current(me.id, attempt).is_ok());
}

/// Every committed learning record runs the service's hook (the app wakes its sync worker with
/// it), whichever command wrote it; reads and refused answers do not.
#[test]
fn every_committed_record_runs_the_record_hook() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let dir = tempfile::tempdir().expect("tempdir");
    let svc = service(&dir.path().join("jikim.db"));
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    svc.on_record(move || {
        seen.fetch_add(1, Ordering::SeqCst);
    });
    let count = || calls.load(Ordering::SeqCst);
    let me = svc.sign_in(&sign(1, "가온")).expect("sign in");
    assert_eq!(count(), 0, "signing in records nothing");
    let view = svc.open_module(me.id, "sample").expect("open");
    assert_eq!(count(), 1, "open_module records the first page view");
    let attempt = view.attempt_id;
    svc.view_page(me.id, attempt, 1, 500).expect("page 2");
    assert_eq!(count(), 2);
    svc.current(me.id, attempt).expect("read");
    assert_eq!(count(), 2, "reading records nothing");
    let quiz = svc.start_quiz(me.id, attempt, 500).expect("quiz");
    assert_eq!(count(), 3);
    let StudyState::Item { item } = quiz.state else {
        panic!("the quiz starts at an item: {:?}", quiz.state);
    };
    svc.answer(me.id, attempt, &item.id, &correct(&svc, &item.id), 500)
        .expect("answer");
    assert_eq!(count(), 4);
    assert!(svc
        .answer(me.id, attempt, &item.id, &correct(&svc, &item.id), 500)
        .is_err());
    assert_eq!(count(), 4, "a refused answer records nothing");
    svc.restart(me.id, "sample").expect("restart");
    assert_eq!(count(), 5, "restart records the new attempt's first page");
}

/// Issue 18 (start-up): signing in, the outbox and the hub link do not need the module library,
/// so the app can parse it off the start-up path; the first call that reads modules waits for
/// the parse, and a broken module file is still reported.
#[test]
fn signing_in_does_not_need_the_library_and_the_module_list_waits_for_it() {
    use jikim_core::content::LazyLibrary;
    use std::sync::Arc;
    let dir = tempfile::tempdir().expect("tempdir");
    let modules = dir.path().join("modules");
    std::fs::create_dir_all(&modules).expect("modules");
    for (from, to) in [
        ("tests/fixtures/modules/sample.toml", "sample.toml"),
        (
            "tests/fixtures/broken/no-correct-answer.toml",
            "no-correct-answer.toml",
        ),
    ] {
        std::fs::copy(root().join(from), modules.join(to)).expect("copy");
    }
    let library = Arc::new(LazyLibrary::from_dir(modules, today()));
    let svc = StudyService::with_library(
        library.clone(),
        Db::open(&dir.path().join("jikim.db")).expect("db"),
    );
    let me = svc.sign_in(&sign(1, "가온")).expect("sign in");
    assert!(svc.known_hub().expect("known hub").is_none());
    assert!(svc.hub_link(me.id).expect("link").is_none());
    assert_eq!(svc.outbox_len().expect("outbox"), 0);
    assert!(
        library.loaded().is_none(),
        "the sign-in path parsed the library"
    );
    // A start-up thread parses it while the first module list waits for that parse.
    let parse = {
        let library = library.clone();
        std::thread::spawn(move || library.get().modules.len())
    };
    let list = svc.modules(me.id).expect("modules");
    assert_eq!(parse.join().expect("parse"), list.len());
    assert_eq!(list[0].id, "sample");
    let broken = &library.loaded().expect("parsed").broken;
    assert_eq!(broken.len(), 1, "{broken:?}");
    assert!(broken[0].file.ends_with("no-correct-answer.toml"));
    assert_eq!(
        svc.open_module(me.id, "sample").expect("open").module.id,
        "sample"
    );
}
