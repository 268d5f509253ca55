//! The teacher's live dashboard under load (issue 15): a class of 40 whose hub holds ten times
//! the normal record count (every student has made ten whole attempts at every shipped module).
//! Measures the first refresh (reading the whole class), a refresh with nothing new, and a
//! refresh after each student pushed one more answer; and, for comparison, the old way (reading
//! every record of the class at each refresh).
//!
//! Usage: `cargo run --profile loadtest -p jikim-bench --bin dashboard` — a benchmark, it asserts
//! nothing about time.

use jikim_core::content::Library;
use jikim_core::study::dashboard::{class_results, RosterStudent};
use jikim_hub::dashboard::Dashboard;
use jikim_hub::HubStore;
use std::time::{Duration, Instant};

const STUDENTS: u32 = 40;
const ATTEMPTS: usize = 10;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let modules = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/modules");
    let library = Library::load_dir(&modules, jikim_core::content::today());
    let store = HubStore::open(dir.path()).expect("hub store");
    store.archive_library(&library).expect("archive");
    let class = store.create_class(2, 3).expect("class");
    let rows = store
        .set_roster(
            class.id,
            &(1..=STUDENTS)
                .map(|n| (n, format!("학생{n}")))
                .collect::<Vec<_>>(),
        )
        .expect("roster");
    let roster: Vec<RosterStudent> = rows.iter().map(RosterStudent::from).collect();
    let fill = Instant::now();
    for s in &roster {
        for m in &library.modules {
            for _ in 0..ATTEMPTS {
                let records = jikim_tests::records::attempt(
                    m,
                    m.items.len(),
                    &|i| i % 4 != 0,
                    "2026-11-24T10:00:00+09:00",
                );
                store.apply(s.student_id, &records).expect("push");
            }
        }
    }
    let held = store.record_count().expect("count");
    println!(
        "class of {STUDENTS}, {held} records held ({} per student), filled in {:.1}s",
        held / u64::from(STUDENTS),
        fill.elapsed().as_secs_f64()
    );

    let mut dash = Dashboard::default();
    let t = Instant::now();
    dash.results(&store, &library, class.id, &roster)
        .expect("first refresh");
    println!(
        "first refresh (whole class read): {:.1} ms",
        ms(t.elapsed())
    );

    let idle: Vec<Duration> = (0..20)
        .map(|_| {
            let t = Instant::now();
            dash.results(&store, &library, class.id, &roster)
                .expect("refresh");
            t.elapsed()
        })
        .collect();
    println!(
        "refresh with nothing new: median {:.1} ms, max {:.1} ms (20 runs)",
        ms(median(idle.clone())),
        ms(*idle.iter().max().expect("runs"))
    );

    let module = &library.modules[0];
    let busy: Vec<Duration> = (0..10)
        .map(|_| {
            for s in &roster {
                let mut one = jikim_tests::records::attempt(
                    module,
                    1,
                    &|_| true,
                    "2026-11-24T11:00:00+09:00",
                );
                one.retain(|r| r.kind == jikim_core::sync::protocol::RecordKind::Answer);
                store.apply(s.student_id, &one).expect("push");
            }
            let t = Instant::now();
            dash.results(&store, &library, class.id, &roster)
                .expect("refresh");
            t.elapsed()
        })
        .collect();
    println!(
        "refresh after each of the {STUDENTS} students pushed an answer: median {:.1} ms, max {:.1} ms (10 runs)",
        ms(median(busy.clone())),
        ms(*busy.iter().max().expect("runs"))
    );

    let old: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let records = store.class_records(class.id).expect("records");
            class_results(&library, &roster, &records);
            t.elapsed()
        })
        .collect();
    println!(
        "for comparison, reading the whole class at every refresh: median {:.1} ms (5 runs)",
        ms(median(old))
    );
}
