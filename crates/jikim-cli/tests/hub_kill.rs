//! `kill -9` of the real `jikim hub` process during a push burst: after a restart on the same
//! data folder, every record the hub acknowledged before dying is there.

use jikim_core::sync::join_code::JoinCode;
use jikim_core::sync::protocol::{RecordKind, SyncRecord};
use jikim_sync::HubClient;
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn jikim(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_jikim"))
        .args(args)
        .output()
        .expect("run jikim");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Starts the hub and waits for its "listening" line.
fn serve(data: &str, port: u16) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jikim"))
        .args([
            "--lang",
            "en",
            "hub",
            "--data",
            data,
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--no-mdns",
            "--content",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/modules"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn hub");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        match lines.next() {
            Some(Ok(line)) if line.contains("running at") => return child,
            Some(Ok(_)) => {}
            _ => break,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("hub did not start");
}

/// Answer `i`: the sample module's items in turn (option `o` on O/X items, `a` otherwise).
fn record(attempt: uuid::Uuid, i: usize) -> SyncRecord {
    let item = ["q-ox", "q-single", "q-multi", "q-scenario", "q-ox2"][i % 5];
    let option = if item.starts_with("q-ox") { "o" } else { "a" };
    SyncRecord {
        id: uuid::Uuid::now_v7(),
        attempt_id: attempt,
        module_id: "sample".into(),
        module_version: 1,
        kind: RecordKind::Answer,
        page_index: None,
        item_id: Some(item.into()),
        round: Some(1),
        response: Some(format!("[\"{option}\"]")),
        correct: Some(i.is_multiple_of(2)),
        recorded_at: "2026-11-24T10:00:00Z".into(),
        active_ms: 10,
    }
}

#[test]
fn every_acknowledged_record_survives_kill_9_of_the_hub() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().display().to_string();
    let line = jikim(&[
        "--lang",
        "en",
        "hub",
        "--data",
        &data,
        "class-add",
        "--grade",
        "1",
        "--class",
        "1",
    ]);
    let class_id = line
        .split_whitespace()
        .nth(1)
        .expect("class id")
        .to_string();
    let opened = jikim(&[
        "--lang",
        "en",
        "hub",
        "--data",
        &data,
        "join-open",
        "--class-id",
        &class_id,
    ]);
    let code_text = opened
        .strip_prefix("Join code: ")
        .and_then(|rest| rest.split_whitespace().next())
        .expect("code")
        .to_string();
    assert!(
        code_text.replace('-', "").len() <= 8,
        "a short code: {code_text}"
    );
    let code = JoinCode::parse(&code_text).expect("join code");
    let csv = dir.path().join("roster.csv");
    std::fs::write(&csv, "번호,이름\n1,김하늘\n").expect("csv");
    jikim(&[
        "hub",
        "--data",
        &data,
        "roster",
        "--class-id",
        &class_id,
        "--csv",
        &csv.display().to_string(),
    ]);

    let port = free_port();
    // Shared with the thread that kills it: `Child::kill` is SIGKILL (kill -9) on Linux and
    // TerminateProcess on Windows, so the test means the same on both.
    let hub = std::sync::Arc::new(std::sync::Mutex::new(serve(&data, port)));
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let url = format!("https://127.0.0.1:{port}");
    let (client, acked) = rt.block_on(async {
        let (joined, _, fingerprint) = jikim_sync::join_hub(
            &code,
            std::slice::from_ref(&url),
            &jikim_sync::Joiner {
                grade: 1,
                class_no: 1,
                number: 1,
                name: "김하늘".into(),
                pin: "2580".into(),
                device: "LAB-01".into(),
            },
        )
        .await
        .expect("join");
        let client = HubClient::new(&url, &fingerprint)
            .expect("client")
            .with_token(&joined.token);
        let attempt = uuid::Uuid::now_v7();
        let mut acked: HashSet<uuid::Uuid> = HashSet::new();
        // A burst of pushes; the hub is killed partway through from another thread: once the
        // first push is acknowledged, and then some (a fixed delay from the start was too short
        // under Wine, where the first push could take longer than it: nothing acknowledged yet).
        let victim = hub.clone();
        let first_ack = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let seen = first_ack.clone();
        let killer = std::thread::spawn(move || {
            let start = std::time::Instant::now();
            while !seen.load(std::sync::atomic::Ordering::SeqCst)
                && start.elapsed() < Duration::from_secs(60)
            {
                std::thread::sleep(Duration::from_millis(10));
            }
            std::thread::sleep(Duration::from_millis(200));
            let _ = victim.lock().unwrap_or_else(|p| p.into_inner()).kill();
        });
        for batch in 0..10_000 {
            let records: Vec<SyncRecord> =
                (0..20).map(|i| record(attempt, batch * 20 + i)).collect();
            match client.push(&records, 0).await {
                Ok(resp) => {
                    // Records past the student's quota are acknowledged and set aside (kept in
                    // the hub's set_aside table, not among the student's records).
                    let aside: HashSet<uuid::Uuid> = resp.rejected.iter().map(|r| r.id).collect();
                    acked.extend(resp.acked.into_iter().filter(|id| !aside.contains(id)));
                    first_ack.store(true, std::sync::atomic::Ordering::SeqCst);
                }
                Err(_) => break, // the hub is gone
            }
        }
        let _ = killer.join();
        (client, acked)
    });
    let _ = hub.lock().unwrap_or_else(|p| p.into_inner()).wait();
    assert!(
        !acked.is_empty(),
        "some pushes were acknowledged before the kill"
    );

    let mut hub = serve(&data, port);
    let held: HashSet<uuid::Uuid> = rt.block_on(async {
        client
            .records()
            .await
            .expect("records after restart")
            .records
            .into_iter()
            .map(|r| r.id)
            .collect()
    });
    let _ = hub.kill();
    let _ = hub.wait();
    let missing = acked.difference(&held).count();
    assert_eq!(
        missing,
        0,
        "{missing} acknowledged records lost (of {})",
        acked.len()
    );
}
