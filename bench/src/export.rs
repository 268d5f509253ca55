//! Export benchmark: 100,000 completion rows (students × shipped modules) from a hub database to
//! CSV and XLSX, against the `sqlite3` shell exporting a comparable per-student-per-module query
//! to CSV from the same database, in the same run.
//!
//! Usage: `cargo run --profile loadtest -p jikim-bench --bin export -- [ROWS]` (default 100000).
//! Needs `sqlite3` on PATH for the reference line (it is skipped, and says so, without it).

use jikim_core::content::Library;
use jikim_core::i18n::Localizer;
use jikim_core::sync::protocol::{RecordKind, SyncRecord};
use jikim_hub::snapshot::{Snapshot, SnapshotClass, SnapshotRecord, SnapshotStudent};
use jikim_hub::HubStore;
use std::path::PathBuf;
use std::time::Instant;
use uuid::Uuid;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000)
        .clamp(10, 2_000_000);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let lib = Library::load_dir(&root.join("assets/modules"), jikim_core::content::today());
    let modules: Vec<_> = lib.modules.iter().collect();
    assert!(!modules.is_empty(), "the shipped library loads");
    let students = rows.div_ceil(modules.len());

    // A school: classes of 30, each student with three records per module (a page view, an answer
    // and a passing completion), as a merged bundle would leave them.
    let mut snap = Snapshot::default();
    let per_class = (students.div_ceil(12 * 99)).max(30);
    for c in 0..students.div_ceil(per_class) {
        let mut class = SnapshotClass {
            id: Uuid::now_v7(),
            grade: (c / 99 % 12) as u32 + 1,
            class_no: (c % 99) as u32 + 1,
            students: Vec::new(),
            assignments: Vec::new(),
        };
        for n in 0..per_class.min(students - c * per_class) {
            let s = SnapshotStudent {
                id: Uuid::now_v7(),
                number: n as u32 + 1,
                name: format!("학생{c}-{n}"),
                removed: false,
            };
            for m in &modules {
                let attempt = Uuid::now_v7();
                for (kind, correct, response) in [
                    (RecordKind::PageView, None, None),
                    (RecordKind::Answer, Some(true), None),
                    (
                        RecordKind::Completion,
                        Some(true),
                        Some(format!(
                            "{{\"correct\":{0},\"total\":{0},\"passed\":true}}",
                            m.items.len()
                        )),
                    ),
                ] {
                    snap.records.push(SnapshotRecord {
                        student: s.id,
                        record: SyncRecord {
                            id: Uuid::now_v7(),
                            attempt_id: attempt,
                            module_id: m.id.clone(),
                            module_version: m.version,
                            kind,
                            page_index: (kind == RecordKind::PageView).then_some(0),
                            item_id: (kind == RecordKind::Answer).then(|| m.items[0].id.clone()),
                            round: (kind == RecordKind::Answer).then_some(1),
                            response,
                            correct,
                            recorded_at: "2026-11-20T01:00:00Z".into(),
                            active_ms: 60_000,
                        },
                        received_at: None,
                    });
                }
            }
            class.students.push(s);
        }
        snap.classes.push(class);
    }
    // Classes past 12 × 99 would collide on (grade, class): keep the school realistic.
    assert!(snap.classes.len() <= 12 * 99, "at most 1,188 classes");

    let dir = tempfile::tempdir().expect("temp dir");
    let t = Instant::now();
    let store = HubStore::open(dir.path()).expect("store");
    store.merge(&snap, &mut |_, _| {}).expect("merge");
    let merge_ms = ms(t);
    drop(snap);

    let l10n = Localizer::new("ko");
    let t = Instant::now();
    let snap = store.snapshot(&[]).expect("snapshot");
    let load_ms = ms(t);
    let t = Instant::now();
    let table = jikim_report::completion_rows(&lib, &snap, &jikim_report::Filter::default());
    let rows_ms = ms(t);
    let t = Instant::now();
    let csv = jikim_report::csv_out::to_csv(&table, &l10n, &mut |_| {}).expect("csv");
    std::fs::write(dir.path().join("out.csv"), &csv).expect("write");
    let csv_ms = ms(t);
    let t = Instant::now();
    let xlsx = jikim_report::xlsx_out::to_xlsx(&table, &l10n, &mut |_| {}).expect("xlsx");
    std::fs::write(dir.path().join("out.xlsx"), &xlsx).expect("write");
    let xlsx_ms = ms(t);

    println!(
        "rows {} ({} students × {} modules, {} records)",
        table.len(),
        students,
        modules.len(),
        snap.records.len()
    );
    println!("merge into an empty store: {merge_ms:.0} ms");
    println!("read records from the store: {load_ms:.0} ms");
    println!("compute completion rows: {rows_ms:.0} ms");
    println!(
        "CSV (with BOM), written: {csv_ms:.0} ms, {} bytes",
        csv.len()
    );
    println!(
        "XLSX (4 sheets), written: {xlsx_ms:.0} ms, {} bytes",
        xlsx.len()
    );
    let jikim_csv_total = load_ms + rows_ms + csv_ms;
    println!("Jikim CSV end to end (read + rows + CSV): {jikim_csv_total:.0} ms");

    // Reference: the sqlite3 shell exporting one row per student × module with the same columns.
    let query = "SELECT c.grade, c.class_no, r.number, r.name, rec.module_id, MAX(rec.module_version), \
                 MAX(CASE WHEN rec.kind = 'completion' AND rec.correct = 1 THEN 'passed' END), \
                 MAX(CASE WHEN rec.kind = 'completion' THEN rec.response END), \
                 MIN(CASE WHEN rec.kind = 'completion' AND rec.correct = 1 THEN rec.recorded_at END), \
                 (SUM(rec.active_ms) + 59999) / 60000, COUNT(DISTINCT rec.attempt_id) \
                 FROM record rec JOIN roster_entry r ON r.id = rec.student_id JOIN class c ON c.id = r.class_id \
                 GROUP BY rec.student_id, rec.module_id ORDER BY c.grade, c.class_no, r.number";
    let out = dir.path().join("reference.csv");
    let t = Instant::now();
    let status = std::fs::File::create(&out).ok().and_then(|f| {
        std::process::Command::new("sqlite3")
            .args(["-csv", "-header"])
            .arg(dir.path().join("hub.db"))
            .arg(query)
            .stdout(f)
            .status()
            .ok()
    });
    match status {
        Some(s) if s.success() => {
            let ref_ms = ms(t);
            let lines = std::fs::read_to_string(&out)
                .map(|s| s.lines().count().saturating_sub(1))
                .unwrap_or(0);
            println!("sqlite3 shell CSV of the same query: {ref_ms:.0} ms, {lines} rows");
            println!(
                "ratio Jikim CSV end to end / sqlite3: {:.2}",
                jikim_csv_total / ref_ms
            );
        }
        _ => println!("sqlite3 shell not found: reference skipped"),
    }
}
