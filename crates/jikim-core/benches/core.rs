//! Benchmarks of the core (criterion): durably recording one answer on a real SQLite file
//! (WAL, synchronous=FULL) and loading + validating the whole shipped library.
//! Run: `cargo bench -p jikim-core --bench core`. Results: docs/BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use jikim_core::content::Library;
use jikim_core::storage::{Db, NewAnswer, SignIn};
use std::path::PathBuf;

fn answer_persistence(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
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
    let mut round = 0u32;
    c.bench_function("record_answer_durable", |b| {
        b.iter(|| {
            round += 1;
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
            .expect("recorded")
        })
    });
}

fn content_load(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/modules");
    let today = jikim_core::content::today();
    c.bench_function("load_and_validate_library", |b| {
        b.iter(|| {
            let lib = Library::load_dir(&dir, today);
            assert!(lib.broken.is_empty());
            lib
        })
    });
}

criterion_group!(benches, answer_persistence, content_load);
criterion_main!(benches);
