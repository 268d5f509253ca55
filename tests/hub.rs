//! The hub and the student sync client together, on loopback: enrolment, assignments, pushes,
//! the teacher's exact results, idempotency, authorization, bad input, join rate limiting, a
//! fault-injecting proxy and a restore-card wipe.

use jikim_core::storage::{Db, Learner};
use jikim_core::study::dashboard::{class_results, item_analysis, RosterStudent};
use jikim_core::study::view::{ModuleStatus, StudyState};
use jikim_core::study::StudyService;
use jikim_core::sync::join_code::JoinCode;
use jikim_core::sync::protocol::SyncRecord;
use jikim_hub::RunningHub;
use jikim_sync::worker::push_once;
use jikim_sync::{join_hub, join_with_code, HubClient, SyncError, Tokens};
use jikim_tests::class_hub::{class, hub, joiner, library, sign_in_of, url};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn hub_with_limits(dir: &Path, limits: jikim_hub::HubLimits) -> RunningHub {
    jikim_hub::start_with_limits(
        dir,
        "127.0.0.1:0".parse().expect("addr"),
        false,
        &library(),
        limits,
    )
    .await
    .expect("hub starts")
}

/// A student PC: its own database file, the same study service the app uses, and the tokens it
/// holds in memory.
struct StudentPc {
    _dir: tempfile::TempDir,
    svc: Arc<StudyService>,
    tokens: Arc<Tokens>,
    me: Learner,
    n: u32,
}

fn student_pc(n: u32) -> StudentPc {
    let dir = tempfile::tempdir().expect("tempdir");
    let svc = Arc::new(StudyService::new(
        library(),
        Db::open(&dir.path().join("jikim.db")).expect("db"),
    ));
    let me = svc.sign_in(&sign_in_of(n)).expect("sign in");
    StudentPc {
        _dir: dir,
        svc,
        tokens: Arc::default(),
        me,
        n,
    }
}

/// The PC joins the class with the code (the student's PIN is set at the first join); returns
/// the student's assignments.
async fn join_pc(
    pc: &StudentPc,
    code: &JoinCode,
    h: &RunningHub,
) -> Vec<jikim_core::sync::protocol::Assignment> {
    let done = join_with_code(
        &pc.svc,
        &pc.tokens,
        &sign_in_of(pc.n),
        code,
        &[url(h.addr)],
        &format!("LAB-{:02}", pc.n),
    )
    .await
    .expect("join");
    assert_eq!(done.learner.id, pc.me.id);
    assert!(
        done.clock_skew_seconds.abs() < 60,
        "the hub's clock reaches the PC: {}",
        done.clock_skew_seconds
    );
    done.assignments
}

/// Student `n`'s PC, joined to the class with the code.
async fn joined_pc(h: &RunningHub, code: &JoinCode, n: u32) -> StudentPc {
    let pc = student_pc(n);
    join_pc(&pc, code, h).await;
    pc
}

/// Answers the sample module: the items whose index is in `wrong` wrongly.
fn study(pc: &StudentPc, wrong: &[usize]) {
    let svc = &pc.svc;
    let view = svc.open_module(pc.me.id, "sample").expect("open");
    let attempt = view.attempt_id;
    svc.view_page(pc.me.id, attempt, 1, 1500).expect("page");
    svc.start_quiz(pc.me.id, attempt, 500).expect("quiz");
    let module = svc.library().module("sample").expect("module").clone();
    for (i, item) in module.items.iter().enumerate() {
        let chosen: Vec<String> = if wrong.contains(&i) {
            vec![item
                .choices
                .iter()
                .find(|c| !c.correct)
                .expect("wrong")
                .id
                .clone()]
        } else {
            item.correct_ids().into_iter().map(String::from).collect()
        };
        svc.answer(pc.me.id, attempt, &item.id, &chosen, 700)
            .expect("answer");
    }
}

async fn push_until_empty(pc: &StudentPc) {
    for _ in 0..200 {
        let _ = push_once(&pc.svc, &pc.tokens).await;
        if pc.svc.outbox_len().expect("outbox") == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("outbox never emptied");
}

fn roster_of(h: &RunningHub, class_id: uuid::Uuid) -> Vec<RosterStudent> {
    h.store
        .roster(class_id)
        .expect("roster")
        .iter()
        .map(RosterStudent::from)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_students_enrol_push_and_the_teacher_sees_exact_results() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 5);
    let mut local_total = 0;
    let mut pcs = Vec::new();
    for n in 1..=5u32 {
        let pc = student_pc(n);
        let assignments = join_pc(&pc, &code, &h).await;
        assert_eq!(assignments.len(), 1);
        assert_eq!(assignments[0].module_id, "sample");
        // Student n answers its first (n - 1) items wrongly.
        study(&pc, &(0..(n as usize - 1)).collect::<Vec<_>>());
        local_total += pc.svc.outbox_len().expect("outbox");
        push_until_empty(&pc).await;
        pcs.push(pc);
    }
    assert_eq!(h.store.record_count().expect("count"), local_total);

    let lib = library();
    let roster = roster_of(&h, class_id);
    let records = h.store.class_records(class_id).expect("records");
    let results = class_results(&lib, &roster, &records);
    let scores: Vec<Option<u32>> = results
        .students
        .iter()
        .map(|s| s.cells[0].score_percent)
        .collect();
    assert_eq!(
        scores,
        vec![Some(100), Some(80), Some(60), Some(40), Some(20)]
    );
    let statuses: Vec<ModuleStatus> = results.students.iter().map(|s| s.cells[0].status).collect();
    use ModuleStatus::*;
    assert_eq!(statuses, vec![Passed, Passed, Passed, NotPassed, NotPassed]);
    assert_eq!(results.modules[0].passed, 3);
    assert_eq!(results.modules[0].enrolled, 5);
    assert!(results.students.iter().all(|s| s.cells[0].answered == 5));

    let module = lib.module("sample").expect("module");
    let items = item_analysis(module, &roster, &records);
    let correct: Vec<usize> = items.iter().map(|i| i.correct).collect();
    // Item k is wrong for students k+2..=5.
    assert_eq!(correct, vec![1, 2, 3, 4, 5]);
    assert!(items.iter().all(|i| i.answered == 5));
    assert_eq!(
        items[0]
            .top_wrong
            .as_ref()
            .map(|w| (w.id.as_str(), w.count)),
        Some(("o", 4))
    );
    assert!(items[4].top_wrong.is_none());

    // Per-student detail: student 2 got item 0 wrong (chose "O"), the rest right.
    let two = roster.iter().find(|r| r.number == 2).expect("student 2");
    let detail = jikim_core::study::dashboard::student_detail(module, two.student_id, &records);
    assert_eq!(detail[0].first_correct, Some(false));
    assert_eq!(detail[0].first_chosen, vec!["O".to_string()]);
    assert!(detail[1..].iter().all(|d| d.first_correct == Some(true)));
    h.shutdown().await;
}

fn raw_client(pin: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .use_preconfigured_tls(jikim_sync::tls::pinned_config(pin).expect("tls"))
        .no_proxy()
        .build()
        .expect("client")
}

async fn joined(h: &RunningHub, code: &JoinCode, n: u32) -> (HubClient, String) {
    let (j, _, fp) = join_hub(code, &[url(h.addr)], &joiner(n))
        .await
        .expect("join");
    assert_eq!(
        fp, h.fingerprint,
        "the PAKE confirmed the hub's certificate"
    );
    let client = HubClient::new(&url(h.addr), &fp).expect("client");
    (client.with_token(&j.token), j.token)
}

/// An answer to an item of the sample module (option `o` for the O/X items, `a` otherwise).
fn record(attempt: uuid::Uuid, item: &str) -> SyncRecord {
    let option = if item.starts_with("q-ox") { "o" } else { "a" };
    SyncRecord {
        id: uuid::Uuid::now_v7(),
        attempt_id: attempt,
        module_id: "sample".into(),
        module_version: 1,
        kind: jikim_core::sync::protocol::RecordKind::Answer,
        page_index: None,
        item_id: Some(item.into()),
        round: Some(1),
        response: Some(format!("[\"{option}\"]")),
        correct: Some(true),
        recorded_at: "2026-11-24T10:00:00Z".into(),
        active_ms: 100,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_duplicates_and_reordered_pushes_never_double_count() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (_, code) = class(&h, 2);
    let (client, _) = joined(&h, &code, 1).await;
    let attempt = uuid::Uuid::now_v7();
    let a: Vec<SyncRecord> = ["q-ox", "q-single", "q-multi"]
        .iter()
        .map(|i| record(attempt, i))
        .collect();
    let b: Vec<SyncRecord> = ["q-scenario", "q-ox2"]
        .iter()
        .map(|i| record(attempt, i))
        .collect();
    // Reordered: the later batch first; then the earlier one three times; then duplicates inside.
    client.push(&b, 0).await.expect("b");
    for _ in 0..3 {
        let acked = client.push(&a, 0).await.expect("a").acked;
        assert_eq!(acked.len(), 3, "replays are acknowledged again");
    }
    let mut dup = a.clone();
    dup.extend(a.clone());
    dup.extend(b.clone());
    client.push(&dup, 0).await.expect("dups");
    assert_eq!(h.store.record_count().expect("count"), 5);
    assert_eq!(client.records().await.expect("records").records.len(), 5);
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_refuses_missing_wrong_and_foreign_credentials() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 2);
    let (alice, alice_token) = joined(&h, &code, 1).await;
    let (bob, _) = joined(&h, &code, 2).await;
    let http = raw_client(&h.fingerprint);
    let base = url(h.addr);
    let student_endpoints = [
        ("GET", "/api/v1/me"),
        ("GET", "/api/v1/me/records"),
        ("POST", "/api/v1/records"),
    ];
    let teacher_endpoints = [
        ("GET", "/api/v1/classes".to_string()),
        ("POST", "/api/v1/classes".to_string()),
        ("PUT", format!("/api/v1/classes/{class_id}/roster")),
        ("PUT", format!("/api/v1/classes/{class_id}/assignments")),
        ("GET", format!("/api/v1/classes/{class_id}/records")),
    ];
    let send = |method: &str, path: &str, token: Option<&str>| {
        let mut req = http.request(method.parse().expect("method"), format!("{base}{path}"));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.json(&serde_json::json!({})).send()
    };
    for (m, p) in student_endpoints {
        assert_eq!(
            send(m, p, None).await.expect("sent").status(),
            401,
            "{m} {p} without token"
        );
        assert_eq!(
            send(m, p, Some("garbage")).await.expect("sent").status(),
            401,
            "{m} {p} garbage"
        );
    }
    for (m, p) in &teacher_endpoints {
        assert_eq!(
            send(m, p, None).await.expect("sent").status(),
            401,
            "{m} {p} without token"
        );
        assert_eq!(
            send(m, p, Some(&alice_token)).await.expect("sent").status(),
            403,
            "{m} {p} student token"
        );
    }
    // The teacher token works on teacher endpoints.
    let teacher = send("GET", "/api/v1/classes", Some(&h.teacher_token))
        .await
        .expect("sent");
    assert_eq!(teacher.status(), 200);

    // Bob cannot push into Alice's attempt, and nothing he sent is stored.
    let attempt = uuid::Uuid::now_v7();
    alice
        .push(&[record(attempt, "q1")], 0)
        .await
        .expect("alice");
    let before = h.store.record_count().expect("count");
    let err = bob
        .push(
            &[record(uuid::Uuid::now_v7(), "q1"), record(attempt, "q2")],
            0,
        )
        .await
        .expect_err("foreign attempt");
    assert!(
        matches!(err, SyncError::Refused { status: 403, .. }),
        "{err:?}"
    );
    assert_eq!(h.store.record_count().expect("count"), before);
    // The teacher sees the refused push beside Bob (in words on the class view).
    let bob_id = h.store.roster(class_id).expect("roster")[1].student_id;
    assert_eq!(
        h.store.refusal_counts(class_id).expect("refusals"),
        vec![(bob_id, "forbidden".to_string(), 1)]
    );
    // Bob cannot read Alice's records: his own list is empty.
    assert!(bob.records().await.expect("records").records.is_empty());

    // A client pinning another certificate never talks to this hub.
    let wrong = HubClient::new(&base, "0000000000000000").expect("client");
    let err = wrong.me().await.expect_err("pin mismatch");
    assert!(matches!(err, SyncError::PinMismatch), "{err:?}");
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_oversized_and_invalid_pushes_get_4xx_and_change_nothing() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (_, code) = class(&h, 1);
    let (_, token) = joined(&h, &code, 1).await;
    let http = raw_client(&h.fingerprint);
    let endpoint = format!("{}/api/v1/records", url(h.addr));
    let post = |body: Vec<u8>| {
        http.post(&endpoint)
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let check = |status: u16, expected: u16, what: &str| assert_eq!(status, expected, "{what}");
    let r = post(b"{\"records\": [".to_vec()).await.expect("sent");
    check(r.status().as_u16(), 400, "truncated JSON");
    let body: serde_json::Value = r.json().await.expect("json error body");
    assert_eq!(body["messageId"], "hub-invalid-input");
    let attempt = uuid::Uuid::now_v7();
    let many: Vec<SyncRecord> = (0..501).map(|_| record(attempt, "q-ox")).collect();
    let body = serde_json::to_vec(&serde_json::json!({ "records": many })).expect("json");
    check(
        post(body).await.expect("sent").status().as_u16(),
        400,
        "501 records",
    );
    let mut bad = record(attempt, "q-ox");
    bad.recorded_at = "yesterday".into();
    let body =
        serde_json::to_vec(&serde_json::json!({ "records": [record(attempt, "q-single"), bad] }))
            .expect("json");
    check(
        post(body).await.expect("sent").status().as_u16(),
        400,
        "invalid field",
    );
    let body = serde_json::to_vec(&serde_json::json!({ "records": [], "extra": 1 })).expect("json");
    check(
        post(body).await.expect("sent").status().as_u16(),
        400,
        "unknown field",
    );
    check(
        post(b"{\"records\": [{\"id\": 5}]}".to_vec())
            .await
            .expect("sent")
            .status()
            .as_u16(),
        400,
        "wrong types",
    );
    // Last: on Windows the oversized request's reset connection can break the next request on
    // the same client.
    match post(vec![b' '; 2 * 1024 * 1024]).await {
        Ok(r) => check(r.status().as_u16(), 413, "oversized"),
        // A connection the server closes with request data unread is reset, and the 413 sent
        // before the close can be lost with it: seen under Wine, and on Linux in a CI run on
        // 2026-11-28 while the client was still sending. Refused either way, and nothing stored
        // (checked at the end).
        Err(e) => assert!(e.is_request(), "oversized: {e}"),
    }
    assert_eq!(h.store.record_count().expect("count"), 0);
    h.shutdown().await;
}

/// A TCP proxy that, connection by connection (deterministically), passes through, refuses,
/// delays, or forwards the request but cuts the response after the hub has answered — so the
/// client cannot know whether its push was stored and must retry.
static REFUSED: AtomicUsize = AtomicUsize::new(0);
static CUT: AtomicUsize = AtomicUsize::new(0);

async fn faulty_proxy(target: SocketAddr) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let mut n: u64 = 0;
        while let Ok((client, _)) = listener.accept().await {
            n += 1;
            let mode = (n * 7 + 3) % 5;
            // Bytes of the hub's answer let through after its first flight (the handshake).
            let limit = 200 + (n as usize % 4) * 150;
            tokio::spawn(async move {
                let _ = relay(client, target, mode, limit).await;
            });
        }
    });
    addr
}

async fn relay(
    mut client: TcpStream,
    target: SocketAddr,
    mode: u64,
    limit: usize,
) -> std::io::Result<()> {
    match mode {
        0 => {
            // refuse: close at once
            REFUSED.fetch_add(1, Ordering::SeqCst);
            return Ok(());
        }
        1 => tokio::time::sleep(Duration::from_millis(300)).await, // slow link
        _ => {}
    }
    let mut server = TcpStream::connect(target).await?;
    if mode != 2 {
        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
        return Ok(());
    }
    // Cut the hub's answer: forward its first flight (the TLS handshake) and then `limit` more
    // bytes, then drop the connection: a response (or the rest of one) is lost after the hub
    // has committed, so the client must retry what the hub already stored.
    let (mut cr, mut cw) = client.into_split();
    let (mut sr, mut sw) = server.into_split();
    let up = tokio::spawn(async move { tokio::io::copy(&mut cr, &mut sw).await });
    let mut buf = vec![0u8; 16 * 1024];
    let mut forwarded = 0usize;
    let mut budget: Option<usize> = None;
    loop {
        let read = tokio::time::timeout(Duration::from_millis(800), sr.read(&mut buf)).await;
        let Ok(Ok(n)) = read else { break };
        if n == 0 {
            break;
        }
        let cap = *budget.get_or_insert(n + limit);
        if forwarded + n > cap {
            CUT.fetch_add(1, Ordering::SeqCst);
            let keep = cap.saturating_sub(forwarded);
            cw.write_all(&buf[..keep]).await?;
            break;
        }
        forwarded += n;
        cw.write_all(&buf[..n]).await?;
    }
    up.abort();
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_faulty_network_loses_nothing_and_counts_nothing_twice() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 3);
    let proxy = faulty_proxy(h.addr).await;
    let proxied = format!("https://127.0.0.1:{}", proxy.port());
    let mut pcs = Vec::new();
    for n in 1..=3 {
        let pc = student_pc(n);
        // Joining through the faulty network may need a few tries too.
        let mut joined = false;
        for _ in 0..20 {
            if join_with_code(
                &pc.svc,
                &pc.tokens,
                &sign_in_of(n),
                &code,
                std::slice::from_ref(&proxied),
                "LAB",
            )
            .await
            .is_ok()
            {
                joined = true;
                break;
            }
        }
        assert!(joined, "student {n} joined through the proxy");
        pcs.push(pc);
    }
    let mut expected = 0;
    for (i, pc) in pcs.iter().enumerate() {
        study(pc, &[i]);
        expected += pc.svc.outbox_len().expect("outbox");
    }
    // All three push at once through the faulty proxy until their outboxes are empty.
    let tasks: Vec<_> = pcs
        .iter()
        .map(|pc| {
            let svc = pc.svc.clone();
            let tokens = pc.tokens.clone();
            tokio::spawn(async move {
                for _ in 0..300 {
                    let _ = push_once(&svc, &tokens).await;
                    if svc.outbox_len().expect("outbox") == 0 {
                        return true;
                    }
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
                false
            })
        })
        .collect();
    for t in tasks {
        assert!(t.await.expect("task"), "outbox emptied");
    }
    assert_eq!(
        h.store.record_count().expect("count"),
        expected,
        "none lost, none doubled"
    );
    assert!(
        REFUSED.load(Ordering::SeqCst) > 0,
        "the proxy refused connections"
    );
    assert!(
        CUT.load(Ordering::SeqCst) > 0,
        "the proxy cut responses after the hub answered"
    );
    let roster = roster_of(&h, class_id);
    let records = h.store.class_records(class_id).expect("records");
    let results = class_results(&library(), &roster, &records);
    let scores: Vec<Option<u32>> = results
        .students
        .iter()
        .map(|s| s.cells[0].score_percent)
        .collect();
    assert_eq!(scores, vec![Some(80), Some(80), Some(80)]);
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restore_card_wipe_mid_module_loses_no_progress() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (_, code) = class(&h, 1);
    let first = student_pc(1);
    join_pc(&first, &code, &h).await;
    // Half the quiz, pushed; then the PC is wiped (its whole data folder is gone).
    let view = first.svc.open_module(first.me.id, "sample").expect("open");
    let attempt = view.attempt_id;
    first.svc.start_quiz(first.me.id, attempt, 0).expect("quiz");
    let module = library().module("sample").expect("module").clone();
    for item in &module.items[..2] {
        let chosen: Vec<String> = item.correct_ids().into_iter().map(String::from).collect();
        first
            .svc
            .answer(first.me.id, attempt, &item.id, &chosen, 0)
            .expect("answer");
    }
    push_until_empty(&first).await;
    drop(first);

    let wiped = student_pc(1);
    join_pc(&wiped, &code, &h).await;
    let resumed = wiped.svc.open_module(wiped.me.id, "sample").expect("open");
    assert_eq!(resumed.attempt_id, attempt, "the same attempt comes back");
    let StudyState::Item { item } = resumed.state else {
        panic!("resumes in the quiz")
    };
    assert_eq!(item.id, module.items[2].id, "at the next unanswered item");
    for item in &module.items[2..] {
        let chosen: Vec<String> = item.correct_ids().into_iter().map(String::from).collect();
        wiped
            .svc
            .answer(wiped.me.id, attempt, &item.id, &chosen, 0)
            .expect("answer");
    }
    push_until_empty(&wiped).await;
    // The first PC's open recorded a page view; the wiped PC resumed straight into the quiz.
    assert_eq!(
        h.store.record_count().expect("count"),
        1 + 1 + 5 + 1,
        "page view, quiz start, 5 answers, completion: each once"
    );
    h.shutdown().await;
}

/// A port another program (or a Jikim left running) holds: the hub says so, in the teacher's
/// words, instead of a file error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_port_already_in_use_is_refused_with_its_own_error() {
    use jikim_core::error::AppError;
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = taken.local_addr().expect("addr");
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let refused = jikim_hub::start(hub_dir.path(), addr, false, &library()).await;
    let Err(e) = refused else {
        panic!("the hub started on a port in use");
    };
    assert_eq!(e.code(), "hub_cannot_listen");
    let said = jikim_core::i18n::Localizer::new("ko").text(e.message());
    assert!(
        said.contains(&addr.to_string()) && said.contains("다른 포트"),
        "{said}"
    );
    drop(taken);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_student_finds_the_hub_by_mdns_and_the_known_hub_comes_first() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = jikim_hub::start(
        hub_dir.path(),
        "0.0.0.0:0".parse().expect("addr"),
        true,
        &library(),
    )
    .await
    .expect("hub");
    let port = h.addr.port();
    let found =
        tokio::task::spawn_blocking(|| jikim_sync::discover::discover_all(Duration::from_secs(5)))
            .await
            .expect("task");
    let fp = h.fingerprint.clone();
    h.shutdown().await;
    let ours = found
        .iter()
        .find(|a| a.address.ends_with(&format!(":{port}")))
        .expect("hub announced and found");
    assert!(fp.starts_with(&ours.fp), "announces its fingerprint prefix");
    let order = jikim_sync::discover::ordered(found.clone(), Some(&fp));
    assert_eq!(
        order[0], ours.address,
        "the hub this PC knows is tried first"
    );
}

// ---------------------------------------------------------------- the hub decides (issue 15)

/// The teacher's completion rows for the hub's whole store, with the sample library.
fn completion(h: &RunningHub, filter: &jikim_report::Filter) -> Vec<jikim_report::CompletionRow> {
    let snap = h.store.snapshot(&[]).expect("snapshot");
    jikim_report::completion_rows(&library(), &snap, filter)
}

/// A completion a student PC made up: 100 % claimed, no page read, no answer given. Reproduced
/// against the hub before issue 15 as a full-marks 이수증; now the hub derives the completion
/// itself, and no report or certificate calls it a pass.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_completion_gets_no_certificate() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 1);
    let (client, _) = joined(&h, &code, 1).await;
    let mut forged = record(uuid::Uuid::now_v7(), "q-ox");
    forged.kind = jikim_core::sync::protocol::RecordKind::Completion;
    forged.item_id = None;
    forged.round = None;
    forged.response = Some(r#"{"correct":5,"total":5,"passed":true}"#.into());
    forged.correct = Some(true);
    let resp = client
        .push(std::slice::from_ref(&forged), 0)
        .await
        .expect("push");
    assert_eq!(resp.acked, vec![forged.id]);
    let rows = completion(&h, &jikim_report::Filter::default());
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].status, ModuleStatus::Passed, "{:?}", rows[0]);
    assert!(jikim_report::certificate::certificates(&rows).is_empty());
    // The dashboard and the export say the same.
    let board = class_results(
        &library(),
        &roster_of(&h, class_id),
        &h.store.class_records(class_id).expect("records"),
    );
    assert_eq!(board.students[0].cells[0].status, rows[0].status);
    h.shutdown().await;
}

/// Answers whose `correct` the PC forged: the hub grades the chosen options itself.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_correct_flags_are_graded_again_by_the_hub() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 1);
    let (client, _) = joined(&h, &code, 1).await;
    let module = library().module("sample").expect("sample").clone();
    let attempt = uuid::Uuid::now_v7();
    let forged: Vec<SyncRecord> = module
        .items
        .iter()
        .map(|item| {
            let wrong = item.choices.iter().find(|c| !c.correct).expect("wrong");
            let mut r = record(attempt, &item.id);
            r.response = Some(format!("[\"{}\"]", wrong.id));
            r.correct = Some(true);
            r
        })
        .collect();
    client.push(&forged, 0).await.expect("push");
    let rows = completion(&h, &jikim_report::Filter::default());
    assert_eq!(
        (rows[0].status, rows[0].score_percent),
        (ModuleStatus::NotPassed, Some(0))
    );
    let board = class_results(
        &library(),
        &roster_of(&h, class_id),
        &h.store.class_records(class_id).expect("records"),
    );
    assert_eq!(board.students[0].cells[0].score_percent, Some(0));
    h.shutdown().await;
}

/// Unknown items, modules and versions, ids from the future and ids that are not UUIDv7 are set
/// aside with their reason; the rest of the same push is stored; nothing blocks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_records_are_set_aside_and_never_block_the_rest() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 1);
    let (client, _) = joined(&h, &code, 1).await;
    let attempt = uuid::Uuid::now_v7();
    let unknown_item = record(attempt, "no-such-item");
    let mut unknown_module = record(uuid::Uuid::now_v7(), "q-ox");
    unknown_module.module_id = "made-up-module".into();
    let mut far_future = record(attempt, "q-single");
    far_future.id = uuid::Uuid::parse_str("ffffffff-ffff-7fff-bfff-ffffffffffff").expect("uuid");
    let mut not_v7 = record(attempt, "q-multi");
    not_v7.id = uuid::Uuid::new_v4();
    let good = record(attempt, "q-ox");
    let push = vec![
        unknown_item.clone(),
        unknown_module.clone(),
        far_future.clone(),
        not_v7.clone(),
        good.clone(),
    ];
    let resp = client.push(&push, 0).await.expect("push");
    assert_eq!(resp.acked.len(), 5, "every record is dealt with");
    let codes: Vec<(uuid::Uuid, &str)> = resp
        .rejected
        .iter()
        .map(|r| (r.id, r.code.as_str()))
        .collect();
    assert_eq!(
        codes,
        vec![
            (unknown_item.id, "unknown_item"),
            (unknown_module.id, "unknown_module"),
            (far_future.id, "id_in_future"),
            (not_v7.id, "id_not_v7"),
        ]
    );
    let held = client.records().await.expect("records").records;
    assert_eq!(held.iter().map(|r| r.id).collect::<Vec<_>>(), vec![good.id]);
    let counts = h.store.set_aside_counts(class_id).expect("counts");
    assert_eq!(counts.values().sum::<u64>(), 4);
    // The export has no row for a module id the library does not know.
    let rows = completion(&h, &jikim_report::Filter::default());
    assert!(rows.iter().all(|r| r.module_id == "sample"), "{rows:?}");
    h.shutdown().await;
}

/// A poisoned record in a lab PC's outbox (written there by hand: an item the module does not
/// have) is set aside by the hub; the PC's real records are stored and the outbox empties.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_poisoned_record_in_an_outbox_does_not_block_the_others() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 1);
    let pc = joined_pc(&h, &code, 1).await;
    study(&pc, &[]);
    {
        let conn = rusqlite::Connection::open(pc._dir.path().join("jikim.db")).expect("db");
        let attempt: String = conn
            .query_row("SELECT id FROM attempt LIMIT 1", [], |r| r.get(0))
            .expect("attempt");
        let id = uuid::Uuid::now_v7().to_string();
        conn.execute(
            "INSERT INTO learning_record (id, attempt_id, kind, item_id, round, response, correct, recorded_at, active_ms)
             VALUES (?1, ?2, 'answer', 'no-such-item', 1, '[\"a\"]', 1, '2026-11-24T10:00:00Z', 0)",
            rusqlite::params![id, attempt],
        )
        .expect("poison");
        conn.execute(
            "INSERT INTO outbox (record_id, queued_at) VALUES (?1, '2026-11-24T10:00:00Z')",
            [&id],
        )
        .expect("queue");
    }
    push_until_empty(&pc).await;
    let rows = completion(&h, &jikim_report::Filter::default());
    assert_eq!(rows[0].status, ModuleStatus::Passed, "{:?}", rows[0]);
    assert_eq!(
        h.store
            .set_aside_counts(class_id)
            .expect("counts")
            .values()
            .sum::<u64>(),
        1
    );
    h.shutdown().await;
}

/// A lab PC whose clock reset to 2009: its records still count in this term, dated by the hub.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pc_clock_at_2009_does_not_move_a_pass_out_of_the_term() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (_, code) = class(&h, 1);
    let (client, _) = joined(&h, &code, 1).await;
    let module = library().module("sample").expect("sample").clone();
    let records = jikim_tests::records::attempt(
        &module,
        module.items.len(),
        &|_| true,
        "2009-01-01T00:00:00Z",
    );
    client.push(&records, 0).await.expect("push");
    let now = time::OffsetDateTime::now_utc().to_offset(jikim_report::kst());
    let this_term = jikim_report::Filter {
        from: Some(now.date() - time::Duration::days(1)),
        to: Some(now.date() + time::Duration::days(1)),
        ..Default::default()
    };
    let rows = completion(&h, &this_term);
    assert_eq!(rows[0].status, ModuleStatus::Passed);
    let passed_at = rows[0].passed_at.expect("dated");
    assert_eq!(passed_at.year(), now.year(), "dated by the hub's clock");
    let in_2009 = jikim_report::Filter {
        from: jikim_report::Filter::parse_date("2009-01-01").ok(),
        to: jikim_report::Filter::parse_date("2009-12-31").ok(),
        ..Default::default()
    };
    assert_eq!(completion(&h, &in_2009)[0].status, ModuleStatus::NotStarted);
    h.shutdown().await;
}

/// One token pushing 10,000 records: the hub keeps at most the module's quota for that student,
/// acknowledges (and sets aside) the rest, and the student's restore stays bounded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ten_thousand_record_flood_stops_at_the_quota() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (_, code) = class(&h, 1);
    let (client, _) = joined(&h, &code, 1).await;
    let module = library().module("sample").expect("sample").clone();
    let quota = jikim_hub::grade::record_quota(&module);
    let attempt = uuid::Uuid::now_v7();
    let mut sent = 0;
    for _ in 0..20 {
        let batch: Vec<SyncRecord> = (0..500)
            .map(|_| {
                let mut r = record(attempt, "q-ox");
                r.kind = jikim_core::sync::protocol::RecordKind::PageView;
                r.item_id = None;
                r.round = None;
                r.response = None;
                r.page_index = Some(0);
                r
            })
            .collect();
        let resp = client.push(&batch, 0).await.expect("push");
        assert_eq!(resp.acked.len(), 500);
        sent += 500;
    }
    assert_eq!(sent, 10_000);
    let held = h.store.record_count().expect("count");
    assert_eq!(held, quota, "exactly the quota is kept");
    assert_eq!(
        client.records().await.expect("restore").records.len() as u64,
        quota
    );
    h.shutdown().await;
}

/// Idle connections that never start TLS (the reproduction: 1,009 of them, no token or code,
/// made the hub unreachable): one address gets at most its share of connections, the rest are
/// closed at once, and the held ones are closed after the handshake timeout; a student on another
/// address is served throughout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_connections_from_one_address_cannot_shut_out_the_class() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let limits = jikim_hub::HubLimits {
        max_connections_per_address: 8,
        handshake_timeout: Duration::from_secs(2),
        first_request_timeout: Duration::from_secs(2),
        header_read_timeout: Duration::from_secs(2),
        ..jikim_hub::HubLimits::default()
    };
    let h = hub_with_limits(hub_dir.path(), limits).await;
    let (_, code) = class(&h, 1);
    // The attacker: 300 connections from 127.0.0.2 that send nothing.
    let mut idle = Vec::new();
    for _ in 0..300 {
        let socket = tokio::net::TcpSocket::new_v4().expect("socket");
        socket
            .bind("127.0.0.2:0".parse().expect("addr"))
            .expect("bind 127.0.0.2");
        idle.push(socket.connect(h.addr).await.expect("connect"));
    }
    // A student from 127.0.0.1 joins and pushes while they are open.
    let started = std::time::Instant::now();
    let (client, _) = joined(&h, &code, 1).await;
    client
        .push(&[record(uuid::Uuid::now_v7(), "q-ox")], 0)
        .await
        .expect("served despite the flood");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    // Every attacker connection is closed by the hub: those over the cap at once, the others
    // after the handshake timeout.
    let mut closed = 0;
    for mut s in idle {
        let mut buf = [0u8; 1];
        match tokio::time::timeout(Duration::from_secs(6), s.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => closed += 1,
            _ => {}
        }
    }
    assert_eq!(closed, 300, "every idle connection was closed by the hub");
    h.shutdown().await;
}

/// One token pushing as fast as it can is slowed to the set rate (429), and the app's worker,
/// which backs off on any failure, still gets everything through.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_pushing_too_fast_is_slowed_not_served_without_end() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let limits = jikim_hub::HubLimits {
        push_burst: 5,
        pushes_per_second: 2,
        ..jikim_hub::HubLimits::default()
    };
    let h = hub_with_limits(hub_dir.path(), limits).await;
    let (_, code) = class(&h, 1);
    let (client, _) = joined(&h, &code, 1).await;
    let attempt = uuid::Uuid::now_v7();
    let mut refused = 0;
    for _ in 0..10 {
        match client.push(&[record(attempt, "q-ox")], 0).await {
            Ok(_) => {}
            Err(SyncError::Refused {
                status: 429, code, ..
            }) if code == "rate_limited" => refused += 1,
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert_eq!(refused, 5, "five in a burst, the rest refused at once");
    tokio::time::sleep(Duration::from_millis(600)).await;
    client
        .push(&[record(attempt, "q-ox")], 0)
        .await
        .expect("allowed again after the refill");
    h.shutdown().await;
}

/// A TLS connection to the hub that accepts its certificate (the attacker needs no pin).
async fn tls_to(addr: SocketAddr) -> tokio_rustls::client::TlsStream<TcpStream> {
    let (config, _) = jikim_sync::tls::first_contact_config().expect("config");
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = TcpStream::connect(addr).await.expect("connect");
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").expect("name");
    connector.connect(name, tcp).await.expect("handshake")
}

/// Writes `bytes` one at a time every `gap` until the hub closes the connection; returns how long
/// that took, or `None` if the hub was still reading after `give_up`.
async fn trickle(
    stream: &mut tokio_rustls::client::TlsStream<TcpStream>,
    bytes: &[u8],
    gap: Duration,
    give_up: Duration,
) -> Option<Duration> {
    let start = std::time::Instant::now();
    for b in bytes.iter().cycle() {
        if start.elapsed() > give_up {
            return None;
        }
        if stream.write_all(&[*b]).await.is_err() || stream.flush().await.is_err() {
            return Some(start.elapsed());
        }
        // A closed connection shows as a read of 0 bytes or an error (e.g. a 408 then EOF).
        let mut buf = [0u8; 512];
        if let Ok(Ok(n)) = tokio::time::timeout(gap, stream.read(&mut buf)).await {
            if n == 0 || buf[..n].starts_with(b"HTTP/1.1 408") {
                return Some(start.elapsed());
            }
        }
    }
    None
}

/// Slowloris inside TLS (issue 15): headers trickled a byte at a time, or a body trickled after
/// complete headers, are cut off by the header and request timeouts, while a student is served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_headers_and_slow_bodies_inside_tls_are_cut_off() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let limits = jikim_hub::HubLimits {
        header_read_timeout: Duration::from_secs(1),
        request_timeout: Duration::from_secs(2),
        ..jikim_hub::HubLimits::default()
    };
    let h = hub_with_limits(hub_dir.path(), limits).await;
    let (_, code) = class(&h, 1);
    let mut headers = tls_to(h.addr).await;
    headers
        .write_all(b"GET /api/v1/hello HTTP/1.1\r\nHost: hub\r\n")
        .await
        .expect("start");
    let slow_headers = tokio::spawn(async move {
        trickle(
            &mut headers,
            b"X-Slow: aaaaaaaa\r\n",
            Duration::from_millis(200),
            Duration::from_secs(10),
        )
        .await
    });
    let mut body = tls_to(h.addr).await;
    body.write_all(
        b"POST /api/v1/join/start HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n",
    )
    .await
    .expect("headers");
    let slow_body = tokio::spawn(async move {
        trickle(
            &mut body,
            b"{\"grade\":2",
            Duration::from_millis(200),
            Duration::from_secs(10),
        )
        .await
    });
    // Meanwhile a student joins and is served.
    joined(&h, &code, 1).await;
    let cut_headers = slow_headers
        .await
        .expect("task")
        .expect("slow headers cut off");
    let cut_body = slow_body.await.expect("task").expect("slow body cut off");
    assert!(cut_headers < Duration::from_secs(5), "{cut_headers:?}");
    assert!(cut_body < Duration::from_secs(6), "{cut_body:?}");
    h.shutdown().await;
}

/// Issue 16: a shared lab PC keeps no other student's data once it is on the hub; the next
/// sign-in with the PIN restores it from the hub; unsynced records are never forgotten.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shared_lab_pc_forgets_a_student_once_their_records_are_on_the_hub() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (_, code) = class(&h, 2);
    let pc = joined_pc(&h, &code, 1).await;
    study(&pc, &[]);
    // Not yet on the hub: kept.
    assert_eq!(pc.svc.forget_synced(None).expect("forget"), 0);
    push_until_empty(&pc).await;
    // Student 2 signs in on the same PC; student 1's records are on the hub: forgotten.
    let two = jikim_sync::join_with_code(
        &pc.svc,
        &pc.tokens,
        &sign_in_of(2),
        &code,
        &[url(h.addr)],
        "LAB-01",
    )
    .await
    .expect("student 2 joins");
    assert_eq!(
        pc.svc.forget_synced(Some(two.learner.id)).expect("forget"),
        1
    );
    let db = rusqlite::Connection::open(pc._dir.path().join("jikim.db")).expect("db");
    let left: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM learner WHERE name = '학생1'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(left, 0, "nothing of student 1 left on the PC");
    // Student 1 signs in again with the PIN only: everything comes back from the hub.
    let known = pc.svc.known_hub().expect("known").expect("hub");
    let again = jikim_sync::sign_in_with_hub(&pc.svc, &pc.tokens, &sign_in_of(1), &known, "LAB-01")
        .await
        .expect("sign in again");
    let modules = pc.svc.modules(again.learner.id).expect("modules");
    let sample = modules.iter().find(|m| m.id == "sample").expect("sample");
    assert_eq!(sample.status, ModuleStatus::Passed, "restored from the hub");
    h.shutdown().await;
}

/// Issue 16: deleting a student removes their records, name and PIN from the hub, and their lab
/// PC erases its copy (even records not yet sent) on next contact.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_student_is_erased_from_the_hub_and_from_their_pc_on_next_contact() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 2);
    let pc = joined_pc(&h, &code, 1).await;
    study(&pc, &[]);
    push_until_empty(&pc).await;
    assert!(h.store.record_count().expect("count") > 0);
    // More answers on the PC, not yet sent; then the school deletes the student.
    pc.svc.restart(pc.me.id, "sample").expect("restart");
    let me = h.store.roster(class_id).expect("roster")[0].student_id;
    h.store.delete_student(me).expect("delete");
    assert_eq!(
        h.store.record_count().expect("count"),
        0,
        "records gone from the hub"
    );
    assert!(
        h.store
            .roster(class_id)
            .expect("roster")
            .iter()
            .all(|r| r.name != "학생1"),
        "name gone"
    );
    assert!(pc.svc.outbox_len().expect("outbox") > 0);
    let _ = push_once(&pc.svc, &pc.tokens).await;
    let db = rusqlite::Connection::open(pc._dir.path().join("jikim.db")).expect("db");
    let (learners, records): (i64, i64) = db
        .query_row(
            "SELECT (SELECT COUNT(*) FROM learner), (SELECT COUNT(*) FROM learning_record)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("counts");
    assert_eq!((learners, records), (0, 0), "the PC erased its copy");
    // They cannot sign in again as that student.
    let known = pc.svc.known_hub().expect("known").expect("hub");
    let err = jikim_sync::sign_in_with_hub(&pc.svc, &pc.tokens, &sign_in_of(1), &known, "LAB-01")
        .await
        .expect_err("deleted");
    assert!(
        matches!(err, SyncError::Refused { status: 403, .. }),
        "{err:?}"
    );
    h.shutdown().await;
}

/// Issue 16: the end-of-year purge refuses without a bundle holding every record it would
/// delete, and with one deletes them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_end_of_year_purge_needs_a_bundle_of_everything_it_deletes() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 1);
    let pc = joined_pc(&h, &code, 1).await;
    study(&pc, &[]);
    push_until_empty(&pc).await;
    let tomorrow = time::OffsetDateTime::now_utc().date() + time::Duration::days(2);
    let held = h.store.record_count().expect("count");
    let mut partial = h.store.snapshot(&[]).expect("snapshot");
    partial.records.pop();
    assert!(
        h.store.purge_before(tomorrow, &partial).is_err(),
        "one record missing: refused"
    );
    assert_eq!(
        h.store.record_count().expect("count"),
        held,
        "nothing deleted"
    );
    let whole = h.store.snapshot(&[]).expect("snapshot");
    let purged = h.store.purge_before(tomorrow, &whole).expect("purge");
    assert_eq!(purged.records as u64, held);
    assert_eq!(h.store.record_count().expect("count"), 0);
    assert_eq!(
        h.store.roster(class_id).expect("roster").len(),
        1,
        "students on the roster stay"
    );
    h.shutdown().await;
}

/// Issue 16: a hub that stopped is seen as stopped (the teacher's window says so and can start
/// it again) instead of taking anything down with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_hub_reports_that_it_is_not_serving() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    assert!(h.is_serving());
    h.stop();
    for _ in 0..100 {
        if !h.is_serving() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!h.is_serving(), "the server task ended and says so");
}

/// The live class view for the class's roster (what the teacher app shows).
fn period_of(h: &RunningHub, class_id: uuid::Uuid) -> jikim_hub::period::PeriodView {
    h.period
        .class_view(
            &h.store,
            class_id,
            time::OffsetDateTime::now_utc().unix_timestamp(),
        )
        .expect("class view")
}

/// Issue 14: the teacher sees per student on which PC they are and what still waits there; "지금
/// 전송" reaches the PC that has records waiting; "수업 끝내기" reaches the PCs of students who
/// signed in before it, and everything ends up on the hub.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_teacher_sees_who_has_not_sent_asks_to_send_now_and_ends_the_period() {
    use jikim_hub::period::SeatState;
    use jikim_sync::worker::heartbeat_once;
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 3);
    let (one, two) = (student_pc(1), student_pc(2));
    join_pc(&one, &code, &h).await;
    join_pc(&two, &code, &h).await;
    for pc in [&one, &two] {
        pc.tokens.set_current(Some(pc.me.id));
        study(pc, &[]);
    }
    // Student 1's PC sent everything; student 2's has not pushed yet.
    push_until_empty(&one).await;
    let waiting = two.svc.outbox_len_of(two.me.id).expect("outbox");
    assert!(waiting > 0);
    for pc in [&one, &two] {
        assert!(!heartbeat_once(&pc.svc, &pc.tokens).await.expect("beat"));
    }
    let view = period_of(&h, class_id);
    let states: Vec<_> = view.seats.iter().map(|s| s.state).collect();
    assert_eq!(
        states,
        [SeatState::Sent, SeatState::Waiting, SeatState::Absent]
    );
    assert_eq!((view.present, view.sent, view.waiting), (2, 1, 1));
    assert_eq!(view.seats[1].pending, Some(waiting));
    assert_eq!(view.seats[1].device.as_deref(), Some("LAB-02"));
    assert!(view.seats[0].last_received.is_some() && view.seats[1].last_received.is_none());

    // "지금 전송": only the PC with records waiting is asked.
    h.period
        .request_flush(class_id, time::OffsetDateTime::now_utc().unix_timestamp());
    assert!(heartbeat_once(&two.svc, &two.tokens).await.expect("beat"));
    assert!(!heartbeat_once(&one.svc, &one.tokens).await.expect("beat"));
    push_until_empty(&two).await;
    // A push says what still waits (none), before any heartbeat.
    let view = period_of(&h, class_id);
    assert_eq!((view.sent, view.waiting), (2, 0), "{view:?}");

    // "수업 끝내기": both were signed in before it; their PCs learn it at the next heartbeat.
    h.period.end_period(
        class_id,
        time::OffsetDateTime::now_utc().unix_timestamp() + 1,
    );
    for pc in [&one, &two] {
        assert!(!pc.tokens.period_ended(pc.me.id));
        heartbeat_once(&pc.svc, &pc.tokens).await.expect("beat");
        assert!(
            pc.tokens.period_ended(pc.me.id),
            "student {} signed out",
            pc.n
        );
    }
    // Every answer is on the hub: the class results count both as passed.
    let results = class_results(
        one.svc.library(),
        &roster_of(&h, class_id),
        &h.store.class_records(class_id).expect("records"),
    );
    assert_eq!(results.modules[0].passed, 2);
}

/// The sync worker reports for the student signed in on its PC every few seconds, and once
/// more when they sign out (issue 14).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_worker_reports_who_is_signed_in_and_their_sign_out() {
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 1);
    let pc = joined_pc(&h, &code, 1).await;
    pc.tokens.set_current(Some(pc.me.id));
    let wake = Arc::new(tokio::sync::Notify::new());
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(jikim_sync::worker::run(
        pc.svc.clone(),
        pc.tokens.clone(),
        wake.clone(),
        stop_rx,
    ));
    let seat = |h: &RunningHub| period_of(h, class_id).seats[0].clone();
    for _ in 0..100 {
        if seat(&h).signed_in {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(seat(&h).signed_in, "{:?}", seat(&h));
    pc.tokens.set_current(None);
    wake.notify_one();
    for _ in 0..100 {
        if !seat(&h).signed_in {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!seat(&h).signed_in, "the sign-out reached the hub");
    let _ = stop_tx.send(true);
    let _ = worker.await;
}

/// The hub cannot store (here another program, a backup tool say, holds hub.db's write lock):
/// the PC keeps its answers, the teacher's class view says why while it lasts, and once the hub
/// can store again everything arrives and the warning is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_teacher_is_told_why_the_hub_cannot_store_and_nothing_is_lost() {
    use jikim_core::error::StorageFault;
    let hub_dir = tempfile::tempdir().expect("tempdir");
    let h = hub(hub_dir.path()).await;
    let (class_id, code) = class(&h, 1);
    let pc = joined_pc(&h, &code, 1).await;
    pc.tokens.set_current(Some(pc.me.id));
    study(&pc, &[]);
    let waiting = pc.svc.outbox_len().expect("outbox");
    assert!(waiting > 0);
    assert_eq!(period_of(&h, class_id).storage_fault, None);

    let holder = rusqlite::Connection::open(hub_dir.path().join("hub.db")).expect("open");
    holder
        .execute_batch("BEGIN IMMEDIATE; CREATE TABLE held (x);")
        .expect("hold the write lock");
    // The hub waits for the lock (5 s), then answers that it could not store.
    let _ = push_once(&pc.svc, &pc.tokens).await;
    assert_eq!(
        pc.svc.outbox_len().expect("outbox"),
        waiting,
        "nothing acknowledged, nothing lost"
    );
    let view = period_of(&h, class_id);
    assert_eq!(view.storage_fault, Some(StorageFault::InUse), "{view:?}");

    holder.execute_batch("ROLLBACK").expect("let go");
    // A lock held for a moment is waited for: the push goes through.
    holder
        .execute_batch("BEGIN IMMEDIATE; CREATE TABLE held (x);")
        .expect("hold the write lock again");
    let letting_go = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(500));
        holder.execute_batch("ROLLBACK").expect("let go");
    });
    push_once(&pc.svc, &pc.tokens)
        .await
        .expect("stored once the lock was let go");
    letting_go.join().expect("thread");
    assert!(pc.svc.outbox_len().expect("outbox") < waiting);
    assert_eq!(period_of(&h, class_id).storage_fault, None);
    push_until_empty(&pc).await;
    let results = class_results(
        pc.svc.library(),
        &roster_of(&h, class_id),
        &h.store.class_records(class_id).expect("records"),
    );
    assert_eq!(results.modules[0].passed, 1, "every answer arrived");
}
