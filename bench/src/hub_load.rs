//! Hub load generator (loopback only, bounded): N simulated students join a class and each pushes
//! M answers, one push per answer, all at once. Reports throughput, p50/p99 acknowledgement
//! latency, and checks the hub's total equals what was sent.
//!
//! Each student first joins as the app does the first time: the SPAKE2 exchange with the class's
//! short code (which confirms the hub certificate), then the join with their PIN (set and
//! Argon2id-hashed by the hub) and a first `GET /me` on the pinned connection. That first
//! contact is reported on its own line; the push percentiles are over pushes on the established
//! connection, the steady state of a lab lesson.
//!
//! Usage: `cargo run --release -p jikim-bench --bin hub-load -- STUDENTS ANSWERS`
//! (defaults 40 60). A benchmark, not a test: it asserts nothing about time.

use jikim_core::content::{Library, Module};
use jikim_core::sync::protocol::{RecordKind, SyncRecord};
use jikim_sync::HubClient;
use std::time::{Duration, Instant};

/// Answer `i` of an attempt: the module's items in turn, each answered with its correct options,
/// so every push is graded by the hub as in a real lesson.
fn record(module: &Module, attempt: uuid::Uuid, i: usize) -> SyncRecord {
    let item = &module.items[i % module.items.len()];
    SyncRecord {
        id: uuid::Uuid::now_v7(),
        attempt_id: attempt,
        module_id: module.id.clone(),
        module_version: module.version,
        kind: RecordKind::Answer,
        page_index: None,
        item_id: Some(item.id.clone()),
        round: Some(1),
        response: serde_json::to_string(&item.correct_ids()).ok(),
        correct: Some(true),
        recorded_at: "2026-11-24T10:00:00Z".into(),
        active_ms: 1000,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let students = args.first().copied().unwrap_or(40).clamp(1, 5000);
    let answers = args.get(1).copied().unwrap_or(60).clamp(1, 1000);
    let dir = tempfile::tempdir().expect("temp dir");
    let modules = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/modules");
    let library = Library::load_dir(&modules, jikim_core::content::today());
    let module = std::sync::Arc::new(
        library
            .module("deepfake-law")
            .expect("the shipped deepfake-law module")
            .clone(),
    );
    // Every simulated student connects from 127.0.0.1: the per-address connection cap (meant for
    // one PC) is lifted to the overall cap: the benchmark itself keeps at most 256 open.
    let limits = jikim_hub::HubLimits {
        max_connections_per_address: 768,
        ..jikim_hub::HubLimits::default()
    };
    let hub = jikim_hub::start_with_limits(
        dir.path(),
        "127.0.0.1:0".parse().expect("addr"),
        false,
        &library,
        limits,
    )
    .await
    .expect("hub");
    let class = hub.store.create_class(1, 1).expect("class");
    let roster: Vec<(u32, String)> = (1..=students)
        .map(|i| ((i % 99 + 1) as u32, format!("s{i}")))
        .collect();
    hub.store.set_roster(class.id, &roster).expect("roster");
    let url = format!("https://127.0.0.1:{}", hub.addr.port());
    let window = hub.store.open_joining(class.id, 60).expect("open joining");
    let code = jikim_core::sync::join_code::JoinCode::parse(&window.code).expect("code");

    // At most 256 students are joining or pushing at once (a lab PC's socket budget and the
    // hub's file descriptors are finite); each joins (retrying while the hub is busy), then
    // pushes its answers one by one, retrying with the same backoff as the real worker.
    let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(256));
    let start = Instant::now();
    let tasks: Vec<_> = roster
        .into_iter()
        .enumerate()
        .map(|(i, (n, name))| {
            let gate = gate.clone();
            let module = module.clone();
            let url = url.clone();
            let code = code.clone();
            tokio::spawn(async move {
                let _permit = gate.acquire_owned().await.expect("semaphore");
                let who = jikim_sync::Joiner {
                    grade: 1,
                    class_no: 1,
                    number: n,
                    name,
                    pin: format!("9{:02}7", i % 100),
                    device: format!("LAB-{i}"),
                };
                let t = Instant::now();
                let mut contact_retries = 0usize;
                let mut backoff = jikim_sync::worker::MIN_BACKOFF;
                let c = loop {
                    match jikim_sync::join_hub(&code, std::slice::from_ref(&url), &who).await {
                        Ok((j, _, fp)) => {
                            let c = HubClient::new(&url, &fp)
                                .expect("client")
                                .with_token(&j.token);
                            if c.me().await.is_ok() {
                                break c;
                            }
                        }
                        Err(e) => assert!(e.is_transient(), "join refused: {e}"),
                    }
                    contact_retries += 1;
                    tokio::time::sleep(backoff).await;
                    backoff = jikim_sync::worker::next_backoff(backoff);
                };
                let contact = t.elapsed();
                let attempt = uuid::Uuid::now_v7();
                let mut lat = Vec::with_capacity(answers);
                let mut retries = 0usize;
                for i in 0..answers {
                    let r = record(&module, attempt, i);
                    let t = Instant::now();
                    let mut backoff = jikim_sync::worker::MIN_BACKOFF;
                    loop {
                        match c.push(std::slice::from_ref(&r), 0).await {
                            Ok(resp) => {
                                assert_eq!(resp.acked, vec![r.id]);
                                break;
                            }
                            Err(_) => {
                                retries += 1;
                                tokio::time::sleep(backoff).await;
                                backoff = jikim_sync::worker::next_backoff(backoff);
                            }
                        }
                    }
                    lat.push(t.elapsed());
                }
                (lat, retries + contact_retries, contact)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut contacts = Vec::new();
    let mut retries = 0;
    for t in tasks {
        let (lat, r, contact) = t.await.expect("task");
        all.extend(lat);
        contacts.push(contact);
        retries += r;
    }
    contacts.sort();
    let elapsed = start.elapsed();
    all.sort();
    let sent = (students * answers) as u64;
    let held = hub.store.record_count().expect("count");
    println!(
        "students={students} answers_each={answers} sent={sent} held={held} lost={} retries={retries}",
        sent.saturating_sub(held)
    );
    println!(
        "elapsed={:.2}s throughput={:.0} records/s p50={:.1}ms p99={:.1}ms",
        elapsed.as_secs_f64(),
        sent as f64 / elapsed.as_secs_f64(),
        percentile(&all, 0.5).as_secs_f64() * 1000.0,
        percentile(&all, 0.99).as_secs_f64() * 1000.0
    );
    println!(
        "first contact (PAKE join with the code + PIN set by Argon2id + GET /me, all students at once): p50={:.1}ms p99={:.1}ms",
        percentile(&contacts, 0.5).as_secs_f64() * 1000.0,
        percentile(&contacts, 0.99).as_secs_f64() * 1000.0
    );
    hub.shutdown().await;
    if held != sent {
        std::process::exit(1);
    }
}
