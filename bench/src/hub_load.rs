//! Hub load generator (loopback only, bounded): N simulated students join a class and each pushes
//! M answers, one push per answer, all at once. Reports throughput, p50/p99 acknowledgement
//! latency, and checks the hub's total equals what was sent.
//!
//! Usage: `cargo run --release -p jikim-bench --bin hub-load -- STUDENTS ANSWERS`
//! (defaults 40 60). A benchmark, not a test: it asserts nothing about time.

use jikim_core::sync::protocol::{JoinRequest, RecordKind, SyncRecord};
use jikim_sync::HubClient;
use std::time::{Duration, Instant};

fn record(attempt: uuid::Uuid, i: usize) -> SyncRecord {
    SyncRecord {
        id: uuid::Uuid::now_v7(),
        attempt_id: attempt,
        module_id: "deepfake-law".into(),
        module_version: 1,
        kind: RecordKind::Answer,
        page_index: None,
        item_id: Some(format!("q{i}")),
        round: Some(1),
        response: Some("[\"a\"]".into()),
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
    let hub = jikim_hub::start(dir.path(), "127.0.0.1:0".parse().expect("addr"), false)
        .await
        .expect("hub");
    let class = hub.store.create_class(1, 1).expect("class");
    let roster: Vec<(u32, String)> = (1..=students)
        .map(|i| ((i % 99 + 1) as u32, format!("s{i}")))
        .collect();
    hub.store.set_roster(class.id, &roster).expect("roster");
    let url = format!("https://127.0.0.1:{}", hub.addr.port());
    let pin = hub.fingerprint[..16].to_string();

    let mut clients = Vec::new();
    for (n, name) in &roster {
        let c = HubClient::new(&url, &pin).expect("client");
        let j = c
            .join(&JoinRequest {
                class_code: class.class_code.clone(),
                number: *n,
                name: name.clone(),
            })
            .await;
        // Joins are rate limited per address; a whole school on one loopback address waits.
        let j = match j {
            Ok(j) => j,
            Err(_) => {
                tokio::time::sleep(Duration::from_secs(61)).await;
                c.join(&JoinRequest {
                    class_code: class.class_code.clone(),
                    number: *n,
                    name: name.clone(),
                })
                .await
                .expect("join after wait")
            }
        };
        clients.push(c.with_token(&j.token));
    }

    let start = Instant::now();
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|c| {
            tokio::spawn(async move {
                let attempt = uuid::Uuid::now_v7();
                let mut lat = Vec::with_capacity(answers);
                for i in 0..answers {
                    let r = record(attempt, i);
                    let t = Instant::now();
                    let resp = c.push(std::slice::from_ref(&r)).await.expect("push");
                    lat.push(t.elapsed());
                    assert_eq!(resp.acked, vec![r.id]);
                }
                lat
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.expect("task"));
    }
    let elapsed = start.elapsed();
    all.sort();
    let sent = (students * answers) as u64;
    let held = hub.store.record_count().expect("count");
    println!(
        "students={students} answers_each={answers} sent={sent} held={held} lost={}",
        sent.saturating_sub(held)
    );
    println!(
        "elapsed={:.2}s throughput={:.0} records/s p50={:.1}ms p99={:.1}ms",
        elapsed.as_secs_f64(),
        sent as f64 / elapsed.as_secs_f64(),
        percentile(&all, 0.5).as_secs_f64() * 1000.0,
        percentile(&all, 0.99).as_secs_f64() * 1000.0
    );
    hub.shutdown().await;
    if held != sent {
        std::process::exit(1);
    }
}
