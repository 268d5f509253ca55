//! The attack suite (issue 12): a student in a lab tries to be someone else, against a real hub
//! over TLS on loopback. Each test is one row of the table in `docs/security.md`
//! (attack | defence | test) and asserts the defence.

use jikim_core::storage::{Db, SignIn};
use jikim_core::study::StudyService;
use jikim_core::sync::join_code::JoinCode;
use jikim_core::sync::pake::StudentPake;
use jikim_core::sync::protocol::{JoinRequest, JoinStart, SignInRequest};
use jikim_hub::identity::PIN_TRIES;
use jikim_hub::join_guard::CODE_FAILURES;
use jikim_hub::RunningHub;
use jikim_sync::worker::push_once;
use jikim_sync::{join_hub, join_with_code, sign_in_with_hub, HubClient, SyncError, Tokens};
use jikim_tests::class_hub::{class, hub, joiner, library, pin, sign_in_of, url};
use std::sync::{Arc, Mutex};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

fn refused(e: &SyncError) -> (u16, &str) {
    match e {
        SyncError::Refused { status, code, .. } => (*status, code.as_str()),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A lab PC: its own database and the tokens it holds in memory.
struct Pc {
    dir: tempfile::TempDir,
    svc: StudyService,
    tokens: Tokens,
}

fn pc() -> Pc {
    let dir = tempfile::tempdir().expect("tempdir");
    let svc = StudyService::new(
        library(),
        Db::open(&dir.path().join("jikim.db")).expect("db"),
    );
    Pc {
        dir,
        svc,
        tokens: Tokens::default(),
    }
}

/// Answers the sample module's quiz (all correct) as `who` on `pc`.
fn study(pc: &Pc, who: &SignIn) {
    let me = pc.svc.sign_in_verified(who).map(|(l, _)| l);
    let me = match me {
        Ok(l) => l,
        Err(_) => pc.svc.sign_in(who).expect("local sign-in"),
    };
    let view = pc.svc.open_module(me.id, "sample").expect("open");
    pc.svc.start_quiz(me.id, view.attempt_id, 0).expect("quiz");
    let module = library().module("sample").expect("module").clone();
    for item in &module.items {
        let chosen: Vec<String> = item.correct_ids().into_iter().map(String::from).collect();
        pc.svc
            .answer(me.id, view.attempt_id, &item.id, &chosen, 0)
            .expect("answer");
    }
}

async fn me_status(h: &RunningHub, token: &str) -> Result<(), SyncError> {
    HubClient::new(&url(h.addr), &h.fingerprint)
        .expect("client")
        .with_token(token)
        .me()
        .await
        .map(|_| ())
}

// ------------------------------------------------------------------ impersonation

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_classmate_with_the_code_my_number_and_my_name_cannot_become_me() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hub(dir.path()).await;
    let (class_id, code) = class(&h, 2);
    // I join first and set my PIN.
    let (mine, _, _) = join_hub(&code, &[url(h.addr)], &joiner(1))
        .await
        .expect("I join");
    // A classmate knows the code (it is on the projector), my number and my name.
    let mut them = joiner(1);
    them.pin = "2468".into();
    them.device = "LAB-66".into();
    let err = join_hub(&code, &[url(h.addr)], &them)
        .await
        .expect_err("not me");
    assert_eq!(refused(&err), (401, "pin_wrong"));
    // Nor without the code, on a PC that knows the hub.
    let err = HubClient::new(&url(h.addr), &h.fingerprint)
        .expect("client")
        .sign_in(&SignInRequest {
            grade: 2,
            class_no: 3,
            number: 1,
            name: "학생1".into(),
            pin: "2468".into(),
            device: "LAB-66".into(),
        })
        .await
        .expect_err("not me");
    assert_eq!(refused(&err), (401, "pin_wrong"));
    // They got no token: only my PC is among my devices, and my token still works.
    let devices = h.store.devices(class_id).expect("devices");
    assert_eq!(
        devices.iter().map(|d| d.name.as_str()).collect::<Vec<_>>(),
        vec!["LAB-01"]
    );
    me_status(&h, &mine.token).await.expect("my token works");
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_classmate_who_joins_first_as_me_is_seen_and_a_pin_reset_gives_my_place_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hub(dir.path()).await;
    let (class_id, code) = class(&h, 2);
    let mut squatter = joiner(1);
    squatter.pin = "2468".into();
    squatter.device = "LAB-66".into();
    let (theirs, _, _) = join_hub(&code, &[url(h.addr)], &squatter)
        .await
        .expect("the squatter joins first");
    // The teacher sees a new device for student 1, and student 1 cannot sign in.
    let devices = h.store.devices(class_id).expect("devices");
    assert_eq!(devices.len(), 1);
    assert_eq!(devices[0].name, "LAB-66");
    let err = join_hub(&code, &[url(h.addr)], &joiner(1))
        .await
        .expect_err("my PIN is not theirs");
    assert_eq!(refused(&err), (401, "pin_wrong"));
    // The teacher resets student 1's PIN: the squatter's token dies, I join and set mine.
    let me = h
        .store
        .roster(class_id)
        .expect("roster")
        .into_iter()
        .find(|r| r.number == 1)
        .expect("student 1");
    h.store.reset_pin(me.student_id).expect("reset");
    assert_eq!(
        refused(&me_status(&h, &theirs.token).await.expect_err("revoked")),
        (401, "unauthorized")
    );
    let (mine, _, _) = join_hub(&code, &[url(h.addr)], &joiner(1))
        .await
        .expect("I join with my PIN");
    me_status(&h, &mine.token).await.expect("my token works");
    let err = join_hub(&code, &[url(h.addr)], &squatter)
        .await
        .expect_err("the squatter is out");
    assert_eq!(refused(&err), (401, "pin_wrong"));
    h.shutdown().await;
}

// ------------------------------------------------------------------ a copied jikim.db

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_copied_jikim_db_holds_no_token_and_no_pin_to_crack() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hub(dir.path()).await;
    let (_, code) = class(&h, 1);
    let lab = pc();
    let done = join_with_code(
        &lab.svc,
        &lab.tokens,
        &sign_in_of(1),
        &code,
        &[url(h.addr)],
        "LAB-01",
    )
    .await
    .expect("join");
    study(&lab, &sign_in_of(1));
    while lab.svc.outbox_len().expect("outbox") > 0 {
        push_once(&lab.svc, &lab.tokens).await.expect("push");
    }
    let token = lab
        .tokens
        .get(done.learner.id)
        .expect("the token is in memory");
    // Everything on disk, as someone copying the data folder gets it.
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(lab.dir.path()).expect("dir") {
        bytes.extend(std::fs::read(entry.expect("entry").path()).expect("read"));
    }
    assert!(
        !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
        "the token is not on disk"
    );
    let copy = Db::open(&lab.dir.path().join("jikim.db")).expect("copy opens");
    let link = copy
        .hub_link(done.learner.id)
        .expect("link")
        .expect("linked");
    let stored: String = rusqlite::Connection::open(lab.dir.path().join("jikim.db"))
        .expect("db")
        .query_row("SELECT token || coalesce((SELECT group_concat(pin_hash) FROM learner), '') FROM hub_link", [], |r| r.get(0))
        .expect("row");
    assert_eq!(stored, "", "no token and no PIN hash in the copy");
    // What the copy has (the hub's address and pin) gets no one in.
    let err = HubClient::new(&link.hub_url, &link.pin)
        .expect("client")
        .with_token("")
        .records()
        .await
        .expect_err("no token");
    assert_eq!(refused(&err).0, 401);
    h.shutdown().await;
}

// ------------------------------------------------------------------ a squatted local PIN

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_squatted_local_pin_gives_neither_my_records_nor_my_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hub(dir.path()).await;
    let (_, code) = class(&h, 1);
    // I joined on another PC, so the hub knows my PIN.
    let mine = pc();
    join_with_code(
        &mine.svc,
        &mine.tokens,
        &sign_in_of(1),
        &code,
        &[url(h.addr)],
        "LAB-01",
    )
    .await
    .expect("I join");
    // On a PC that does not know the hub yet, a classmate creates "me" with their PIN and
    // answers the quiz as me.
    let lab = pc();
    let mut squat = sign_in_of(1);
    squat.pin = Some("2468".into());
    lab.svc.sign_in(&squat).expect("local squat");
    study(&lab, &squat);
    assert!(lab.svc.outbox_len().expect("outbox") > 0);
    // The squatter's PIN gets nothing from the hub.
    let err = join_with_code(
        &lab.svc,
        &lab.tokens,
        &squat,
        &code,
        &[url(h.addr)],
        "LAB-09",
    )
    .await
    .expect_err("not my PIN");
    assert_eq!(refused(&err), (401, "pin_wrong"));
    // I sign in there with my PIN: the squatter's local records are deleted, never sent as mine.
    let done = join_with_code(
        &lab.svc,
        &lab.tokens,
        &sign_in_of(1),
        &code,
        &[url(h.addr)],
        "LAB-09",
    )
    .await
    .expect("I join on the squatted PC");
    assert!(done.squatted_records_deleted > 0);
    assert_eq!(lab.svc.outbox_len().expect("outbox"), 0);
    assert_eq!(
        h.store.record_count().expect("records"),
        0,
        "nothing reached the hub"
    );
    // And the local PIN is gone: the hub decides from now on (this PC knows it).
    assert!(lab.svc.known_hub().expect("known").is_some());
    let err = sign_in_with_hub(
        &lab.svc,
        &lab.tokens,
        &squat,
        &lab.svc.known_hub().expect("known").expect("hub"),
        "LAB-09",
    )
    .await
    .expect_err("the squatter's PIN");
    assert_eq!(refused(&err), (401, "pin_wrong"));
    h.shutdown().await;
}

// ------------------------------------------------------------------ tokens end

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_and_revoked_tokens_are_refused_and_the_pc_forgets_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hub(dir.path()).await;
    let (class_id, code) = class(&h, 2);
    let (one, _, _) = join_hub(&code, &[url(h.addr)], &joiner(1))
        .await
        .expect("1");
    let (two, _, _) = join_hub(&code, &[url(h.addr)], &joiner(2))
        .await
        .expect("2");
    assert!(one.expires_at > time::OffsetDateTime::now_utc().unix_timestamp());
    me_status(&h, &one.token).await.expect("live");
    // The term ends for student 1's token (the hub's clock passes its end).
    rusqlite::Connection::open(dir.path().join("hub.db"))
        .expect("hub db")
        .execute(
            "UPDATE device SET expires_at = ?1 WHERE name = 'LAB-01'",
            [time::OffsetDateTime::now_utc().unix_timestamp() - 1],
        )
        .expect("expire");
    assert_eq!(
        refused(&me_status(&h, &one.token).await.expect_err("expired")),
        (401, "unauthorized")
    );
    // The teacher revokes student 2's device.
    let device = h
        .store
        .devices(class_id)
        .expect("devices")
        .into_iter()
        .find(|d| d.name == "LAB-02")
        .expect("LAB-02");
    h.store.revoke_device(device.id).expect("revoke");
    assert_eq!(
        refused(&me_status(&h, &two.token).await.expect_err("revoked")),
        (401, "unauthorized")
    );
    // The teacher sees both in words beside the students (requests with an ended sign-in).
    let refusals = h.store.refusal_counts(class_id).expect("refusals");
    assert_eq!(refusals.len(), 2, "{refusals:?}");
    assert!(refusals
        .iter()
        .all(|(_, code, n)| code == "token_ended" && *n == 1));
    // A PC holding a revoked token drops it and keeps its records for the next sign-in.
    let lab = pc();
    let done = join_with_code(
        &lab.svc,
        &lab.tokens,
        &sign_in_of(2),
        &code,
        &[url(h.addr)],
        "LAB-02",
    )
    .await
    .expect("join");
    h.store
        .revoke_devices(device.student_id)
        .expect("revoke all");
    study(&lab, &sign_in_of(2));
    let waiting = lab.svc.outbox_len().expect("outbox");
    push_once(&lab.svc, &lab.tokens).await.expect("push pass");
    assert!(lab.tokens.get(done.learner.id).is_none(), "token forgotten");
    assert_eq!(
        lab.svc.outbox_len().expect("outbox"),
        waiting,
        "records kept"
    );
    h.shutdown().await;
}

// ------------------------------------------------------------------ online brute force

/// One guess of the join code, played to the end as an attacker would (sending step 2 with
/// the key its guess gives).
async fn guess_code(h: &RunningHub, guess: &JoinCode) -> Result<(), SyncError> {
    let (client, _) = HubClient::first_contact(&url(h.addr)).expect("client");
    let (pake, msg) = StudentPake::start(guess, 2, 3);
    let started = client
        .join_start(&JoinStart {
            grade: 2,
            class_no: 3,
            msg: hex::encode(msg),
        })
        .await?;
    let key = pake
        .finish(&hex::decode(&started.msg).expect("hex"))
        .expect("finish");
    client
        .join(&JoinRequest {
            confirm: hex::encode(key.student_confirm(&started.session, &h.fingerprint)),
            session: started.session,
            number: 1,
            name: "학생1".into(),
            pin: pin(1),
            device: "LAB-66".into(),
        })
        .await
        .map(|_| ())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guessing_the_join_code_pauses_the_class_and_a_new_code_ends_the_pause() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hub(dir.path()).await;
    let (class_id, code) = class(&h, 30);
    // Thirty successful joins (more than the failure budget) lock no one out.
    for n in 1..=30 {
        join_hub(&code, &[url(h.addr)], &joiner(n))
            .await
            .expect("a real student joins");
    }
    let wrong = |i: u32| JoinCode::parse(&format!("ZZZZ{i:04}")).expect("guess");
    for i in 0..CODE_FAILURES as u32 {
        let err = guess_code(&h, &wrong(i)).await.expect_err("wrong code");
        assert_eq!(refused(&err), (403, "join_code_rejected"), "guess {i}");
    }
    let err = guess_code(&h, &wrong(999)).await.expect_err("paused");
    assert_eq!(refused(&err), (429, "join_paused"));
    // The class's current code is paused for everyone (the attacker cannot keep guessing)…
    let err = join_hub(&code, &[url(h.addr)], &joiner(1))
        .await
        .expect_err("paused");
    assert_eq!(refused(&err), (429, "join_paused"));
    // …until the teacher makes a new code, with one click.
    let fresh =
        JoinCode::parse(&h.store.rotate_join_code(class_id).expect("rotate").code).expect("code");
    assert_ne!(fresh, code);
    join_hub(&fresh, &[url(h.addr)], &joiner(1))
        .await
        .expect("joins with the new code");
    // The old code is dead.
    let err = guess_code(&h, &code).await.expect_err("old code");
    assert_eq!(refused(&err), (403, "join_code_rejected"));
    h.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guessing_a_pin_locks_it_until_the_teacher_unlocks_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hub(dir.path()).await;
    let (class_id, code) = class(&h, 1);
    join_hub(&code, &[url(h.addr)], &joiner(1))
        .await
        .expect("join");
    let client = HubClient::new(&url(h.addr), &h.fingerprint).expect("client");
    let try_pin = |p: &str| SignInRequest {
        grade: 2,
        class_no: 3,
        number: 1,
        name: "학생1".into(),
        pin: p.into(),
        device: "LAB-66".into(),
    };
    let guesses = ["2580", "1357", "2468", "1470", "3690", "1590"];
    for g in &guesses[..PIN_TRIES as usize - 1] {
        let err = client.sign_in(&try_pin(g)).await.expect_err("wrong PIN");
        assert_eq!(refused(&err), (401, "pin_wrong"));
    }
    let err = client
        .sign_in(&try_pin(guesses[PIN_TRIES as usize - 1]))
        .await
        .expect_err("locks");
    assert_eq!(refused(&err), (423, "pin_locked"));
    // Locked: even the right PIN waits for the teacher.
    let err = client.sign_in(&try_pin(&pin(1))).await.expect_err("locked");
    assert_eq!(refused(&err), (423, "pin_locked"));
    let access = h.store.pin_states(class_id).expect("states");
    assert!(access[0].locked, "the teacher sees the lock");
    h.store.unlock_pin(access[0].student_id).expect("unlock");
    client
        .sign_in(&try_pin(&pin(1)))
        .await
        .expect("right PIN after unlock");
    h.shutdown().await;
}

// ------------------------------------------------------------------ rogue hub, man in the middle

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rogue_hub_announcing_the_same_class_gets_nothing_and_the_real_one_is_found() {
    let real_dir = tempfile::tempdir().expect("tempdir");
    let rogue_dir = tempfile::tempdir().expect("tempdir");
    let real = hub(real_dir.path()).await;
    let rogue = hub(rogue_dir.path()).await;
    let (_, code) = class(&real, 1);
    // The rogue runs the same software with class 2-3 open, but does not know the code.
    let (rogue_class, _) = class(&rogue, 1);
    let candidates = vec![url(rogue.addr), url(real.addr)];
    let (joined, at, fp) = join_hub(&code, &candidates, &joiner(1))
        .await
        .expect("the real hub is found after the rogue");
    assert_eq!(at, url(real.addr));
    assert_eq!(fp, real.fingerprint);
    me_status(&real, &joined.token).await.expect("token works");
    // The rogue got SPAKE2 message A and nothing else: no PIN, no roster entry, no device.
    let states = rogue.store.pin_states(rogue_class).expect("states");
    assert!(states.iter().all(|s| !s.pin_set));
    // With only the rogue to try, the join fails and says why.
    let err = join_hub(&code, &[url(rogue.addr)], &joiner(1))
        .await
        .expect_err("rogue only");
    assert!(matches!(err, SyncError::CodeRejected), "{err:?}");
    real.shutdown().await;
    rogue.shutdown().await;
}

/// A man in the middle on the LAN: terminates TLS with its own certificate, relays the plain
/// bytes to the real hub (over TLS), and keeps everything the student sent.
async fn mitm(target: std::net::SocketAddr) -> (std::net::SocketAddr, Arc<Mutex<Vec<u8>>>) {
    let ck = rcgen::generate_simple_self_signed(vec!["127.0.0.1".into()]).expect("cert");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(
            vec![ck.cert.der().clone()],
            rustls::pki_types::PrivatePkcs8KeyDer::from(ck.signing_key.serialize_der()).into(),
        )
        .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server));
    let (client_config, _) = jikim_sync::tls::first_contact_config().expect("client config");
    let connector = tokio_rustls::TlsConnector::from(Arc::new(client_config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let connector = connector.clone();
            let log = log.clone();
            tokio::spawn(async move {
                let Ok(student) = acceptor.accept(tcp).await else {
                    return;
                };
                let Ok(up) = TcpStream::connect(target).await else {
                    return;
                };
                let name = rustls::pki_types::ServerName::try_from("127.0.0.1").expect("name");
                let Ok(hub) = connector.connect(name, up).await else {
                    return;
                };
                let (mut sr, mut sw) = tokio::io::split(student);
                let (mut hr, mut hw) = tokio::io::split(hub);
                let to_hub = async {
                    let mut buf = [0u8; 4096];
                    loop {
                        use tokio::io::AsyncReadExt;
                        let n = match sr.read(&mut buf).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        log.lock().expect("log").extend_from_slice(&buf[..n]);
                        if hw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                };
                let to_student = async {
                    let _ = tokio::io::copy(&mut hr, &mut sw).await;
                };
                tokio::join!(to_hub, to_student);
            });
        }
    });
    (addr, seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_man_in_the_middle_who_does_not_know_the_code_gets_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hub(dir.path()).await;
    let (class_id, code) = class(&h, 1);
    let (proxy, seen) = mitm(h.addr).await;
    let via = format!("https://127.0.0.1:{}", proxy.port());
    let err = join_hub(&code, std::slice::from_ref(&via), &joiner(1))
        .await
        .expect_err("the student notices");
    assert!(matches!(err, SyncError::CodeRejected), "{err:?}");
    let relayed = String::from_utf8_lossy(&seen.lock().expect("log")).into_owned();
    assert!(
        relayed.contains("/api/v1/join/start"),
        "the proxy saw step 1"
    );
    assert!(!relayed.contains("/api/v1/join "), "never step 2");
    assert!(!relayed.contains(&pin(1)), "never the PIN");
    assert!(!relayed.contains("학생1"), "never the name");
    assert!(h
        .store
        .pin_states(class_id)
        .expect("states")
        .iter()
        .all(|s| !s.pin_set));
    assert!(h.store.devices(class_id).expect("devices").is_empty());
    // The same student, straight to the hub, joins.
    join_hub(&code, &[url(h.addr)], &joiner(1))
        .await
        .expect("direct join");
    h.shutdown().await;
}
