//! The hub's push path: JSON decoding of `POST /api/v1/records`, per-record validation, the
//! hub's own grading, and applying the records (alone and as a group commit) to a real hub
//! database that archives the shipped modules. Whatever arrives, the store either takes it or
//! refuses it, never panics, and never holds a record twice; and whatever it accepted, the
//! reports made from it (completion rows with a term filter, certificates) never panic.
#![no_main]
use jikim_core::content::Library;
use jikim_core::sync::protocol::PushRequest;
use jikim_hub::HubStore;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

struct Hub {
    _dir: tempfile::TempDir,
    store: HubStore,
    library: Library,
    students: Vec<uuid::Uuid>,
}

fn hub() -> &'static Hub {
    static HUB: OnceLock<Hub> = OnceLock::new();
    HUB.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = HubStore::open(dir.path()).expect("store");
        let modules = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/modules");
        let library = Library::load_dir(&modules, jikim_core::content::today());
        store.archive_library(&library).expect("archive");
        let class = store.create_class(1, 1).expect("class");
        let students = store
            .set_roster(class.id, &[(1, "가".into()), (2, "나".into())])
            .expect("roster")
            .into_iter()
            .map(|r| r.student_id)
            .collect();
        Hub {
            _dir: dir,
            store,
            library,
            students,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(req) = serde_json::from_slice::<PushRequest>(data) else {
        return;
    };
    if req.records.len() > 500 || req.records.iter().any(|r| r.validate().is_err()) {
        return; // the server answers 400 before touching the store
    }
    let h = hub();
    let before = h.store.record_count().expect("count");
    let half = req.records.len() / 2;
    let (a, b) = req.records.split_at(half);
    let results = h.store.apply_batch(&[(h.students[0], a), (h.students[1], b)]);
    let after = h.store.record_count().expect("count");
    let stored: usize = results
        .iter()
        .zip([a, b])
        .filter(|(r, _)| r.is_ok())
        .map(|(_, recs)| recs.len())
        .sum();
    assert!(after >= before && after - before <= stored as u64);
    // Applying the same push again changes nothing.
    let _ = h.store.apply(h.students[0], a);
    if results[0].is_ok() {
        let again = h.store.record_count().expect("count");
        let _ = h.store.apply(h.students[0], a);
        assert_eq!(h.store.record_count().expect("count"), again);
    }
    // Reports over everything the hub accepted: no panic, whatever the records said.
    let snap = h.store.snapshot(&[]).expect("snapshot");
    let term = jikim_report::Filter {
        from: jikim_report::Filter::parse_date("2026-03-01").ok(),
        to: jikim_report::Filter::parse_date("2027-02-28").ok(),
        ..Default::default()
    };
    for filter in [jikim_report::Filter::default(), term] {
        let rows = jikim_report::completion_rows(&h.library, &snap, &filter);
        let _ = jikim_report::certificate::certificates(&rows);
    }
});
