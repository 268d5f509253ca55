//! Percentiles the criterion benches do not print: time to durably record one answer (WAL,
//! synchronous=FULL, on a real file) and time to load and validate the whole shipped library.
//!
//! Usage: `cargo run --profile loadtest -p jikim-bench --bin core-latency -- [ANSWERS]` (default 2000).

use jikim_core::content::Library;
use jikim_core::storage::{Db, NewAnswer, SignIn};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000)
        .clamp(10, 100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut db = Db::open(&dir.path().join("bench.db")).expect("db");
    let learner = db
        .sign_in(&SignIn {
            grade: 1,
            class_no: 1,
            number: 1,
            name: "벤치".into(),
            pin: None,
        })
        .expect("sign in");
    let attempt = db.start_attempt(learner.id, "bench", 1).expect("attempt");
    let chosen = vec!["a".to_string()];
    let mut lat = Vec::with_capacity(n);
    for round in 1..=n as u32 {
        let t = Instant::now();
        db.record_answer(
            &NewAnswer {
                attempt: attempt.id,
                item_id: "q",
                round,
                chosen: &chosen,
                correct: true,
                active_ms: 1000,
            },
            None,
        )
        .expect("recorded");
        lat.push(t.elapsed());
    }
    lat.sort();
    println!(
        "answer_durable n={n} p50={:.2}ms p99={:.2}ms max={:.2}ms",
        pct(&lat, 0.5),
        pct(&lat, 0.99),
        pct(&lat, 1.0)
    );

    let assets = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../assets/modules");
    let today = jikim_core::content::today();
    let mut load = Vec::new();
    let mut items = 0;
    for _ in 0..30 {
        let t = Instant::now();
        let lib = Library::load_dir(&assets, today);
        load.push(t.elapsed());
        items = lib.modules.iter().map(|m| m.items.len()).sum();
    }
    load.sort();
    println!(
        "library_load items={items} p50={:.2}ms p99={:.2}ms",
        pct(&load, 0.5),
        pct(&load, 0.99)
    );
}
