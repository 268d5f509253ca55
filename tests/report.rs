//! Administrators' exports, end to end through the `jikim` command: CSV and XLSX read back and
//! compared with what the hub database holds, the school-wide merge as an exact union, bad
//! bundles refused with nothing changed, certificates whose text names the student, and old
//! module versions reported against the version taken.

use calamine::{Data, Reader, Xlsx};
use jikim_core::content::{Library, Module};
use jikim_hub::HubStore;
use jikim_tests::records::attempt;
use jikim_tests::{jikim, root, today};
use std::collections::BTreeSet;
use std::path::Path;
use uuid::Uuid;

fn library() -> Library {
    Library::load_dir(&root().join("assets/modules"), today())
}

fn module<'a>(lib: &'a Library, id: &str) -> &'a Module {
    lib.module(id).expect("shipped module")
}

const NAMES_23: [&str; 4] = ["김지우", "이, 서연", "박\"하늘\"", "최민준"];

/// A hub with class 2-3 (four students: passed, failed, reading, not started) on deepfake-law
/// and class 1-1 (one student, passed) on digital-sex-crime-basics.
fn seeded_hub(dir: &Path) -> HubStore {
    let lib = library();
    let deepfake = module(&lib, "deepfake-law");
    let basics = module(&lib, "digital-sex-crime-basics");
    let store = HubStore::open(dir).expect("open");
    store.archive_library(&lib).expect("archive");
    let c23 = store.create_class(2, 3).expect("class");
    let roster: Vec<(u32, String)> = NAMES_23
        .iter()
        .enumerate()
        .map(|(i, n)| (i as u32 + 1, n.to_string()))
        .collect();
    let r23 = store.set_roster(c23.id, &roster).expect("roster");
    store
        .set_assignment(c23.id, "deepfake-law", "2026-12-01")
        .expect("assign");
    let n = deepfake.items.len();
    let all = |_: usize| true;
    let few = |i: usize| i < 3;
    store
        .apply(
            r23[0].student_id,
            &attempt(deepfake, n, &all, "2026-11-20T01:00:00Z"),
        )
        .expect("push");
    store
        .apply(
            r23[1].student_id,
            &attempt(deepfake, n, &few, "2026-11-20T02:00:00Z"),
        )
        .expect("push");
    store
        .apply(
            r23[2].student_id,
            &attempt(deepfake, 0, &all, "2026-11-21T03:00:00Z"),
        )
        .expect("push");
    let c11 = store.create_class(1, 1).expect("class");
    let r11 = store
        .set_roster(c11.id, &[(7, "홍길동".to_string())])
        .expect("roster");
    store
        .set_assignment(c11.id, "digital-sex-crime-basics", "2026-12-01")
        .expect("assign");
    store
        .apply(
            r11[0].student_id,
            &attempt(basics, basics.items.len(), &all, "2026-11-22T23:30:00Z"),
        )
        .expect("push");
    store
}

fn data_arg(dir: &Path) -> String {
    dir.display().to_string()
}

fn content_arg() -> String {
    root().join("assets/modules").display().to_string()
}

/// `jikim export` of the hub in `data` to `out`, with the shipped modules and `filters`.
fn export(data: &str, format: &str, out: &str, filters: &[&str]) -> (i32, String, String) {
    let content = content_arg();
    let mut args = vec!["export", "--data", data, "--format", format, "--out", out];
    args.extend_from_slice(filters);
    args.extend(["--content", content.as_str()]);
    jikim(&args)
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).expect("csv written");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "CSV starts with the UTF-8 BOM"
    );
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    r.records()
        .map(|rec| rec.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn csv_and_xlsx_read_back_equal_to_the_hub_database() {
    let dir = tempfile::tempdir().expect("tmp");
    let store = seeded_hub(dir.path());
    let lib = library();
    let n = module(&lib, "deepfake-law").items.len() as u32;
    // A pass is dated by the hub's clock: when it received the record that completed it.
    let hong_received = {
        let snap = store.snapshot(&[]).expect("snapshot");
        let hong = snap
            .classes
            .iter()
            .flat_map(|c| &c.students)
            .find(|s| s.name == "홍길동")
            .expect("홍길동")
            .id;
        let at = snap
            .records
            .iter()
            .rev()
            .find(|r| r.student == hong)
            .and_then(|r| r.received_at.clone())
            .expect("received");
        jikim_report::format_local(
            time::OffsetDateTime::parse(&at, &time::format_description::well_known::Rfc3339)
                .expect("rfc 3339"),
        )
    };
    drop(store);
    let csv_path = dir.path().join("이수현황.csv");
    let (code, out, err) = export(
        &data_arg(dir.path()),
        "csv",
        &csv_path.display().to_string(),
        &[],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("5행"), "{out}");
    assert!(
        out.contains(&csv_path.display().to_string()),
        "says where: {out}"
    );
    let rows = read_csv(&csv_path);
    assert_eq!(
        rows[0],
        [
            "학년",
            "반",
            "번호",
            "이름",
            "모듈 ID",
            "모듈 제목",
            "모듈 버전",
            "상태",
            "점수(%)",
            "이수 일시",
            "학습 시간(분)",
            "시도 횟수",
            "비고"
        ]
    );
    assert_eq!(
        rows.len(),
        6,
        "header + 1 student in 1-1 + 4 students in 2-3"
    );
    // 1-1 first (grade order), completed when the hub received the push, in Korean time.
    assert_eq!(rows[1][0..4], ["1", "1", "7", "홍길동"]);
    assert_eq!(rows[1][7], "이수");
    assert_eq!(rows[1][8], "100");
    assert_eq!(rows[1][9], hong_received, "KST, the hub's clock");
    let by_name = |name: &str| {
        rows.iter()
            .find(|r| r[3] == name)
            .unwrap_or_else(|| panic!("{name} exported"))
            .clone()
    };
    let passed = by_name("김지우");
    assert_eq!(passed[4], "deepfake-law");
    assert_eq!(passed[5], "딥페이크(허위영상물)와 법");
    let version = module(&lib, "deepfake-law").version.to_string();
    assert_eq!(
        (passed[6].as_str(), passed[7].as_str(), passed[8].as_str()),
        (version.as_str(), "이수", "100")
    );
    assert_eq!(passed[11], "1");
    let failed = by_name("이, 서연");
    assert_eq!(failed[7], "미통과");
    assert_eq!(failed[8], (3 * 100 / n).to_string());
    assert_eq!(failed[9], "");
    let reading = by_name("박\"하늘\"");
    assert_eq!((reading[7].as_str(), reading[8].as_str()), ("학습 중", ""));
    let none = by_name("최민준");
    assert_eq!(
        (
            none[6].as_str(),
            none[7].as_str(),
            none[10].as_str(),
            none[11].as_str()
        ),
        ("", "시작 안 함", "0", "0")
    );
    // Active time: 30 s per record, rounded up to minutes.
    let pages = module(&lib, "deepfake-law").pages.len() as u64;
    let records = pages + 1 + u64::from(n) + 1;
    assert_eq!(passed[10], (records * 30_000).div_ceil(60_000).to_string());

    // XLSX: the same rows, typed.
    let xlsx_path = dir.path().join("이수현황.xlsx");
    let (code, _, err) = export(
        &data_arg(dir.path()),
        "xlsx",
        &xlsx_path.display().to_string(),
        &[],
    );
    assert_eq!(code, 0, "{err}");
    keep(&csv_path);
    keep(&xlsx_path);
    let mut wb: Xlsx<_> = calamine::open_workbook(&xlsx_path).expect("xlsx opens");
    assert_eq!(
        wb.sheet_names(),
        ["이수 현황", "보고 요약", "학급별 요약", "모듈별 요약"]
    );
    let sheet = wb.worksheet_range("이수 현황").expect("sheet");
    let cells: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(cells.len(), rows.len());
    for (x, c) in rows.iter().zip(cells.iter()).skip(1) {
        assert_eq!(c[0], Data::Float(x[0].parse::<f64>().expect("grade")));
        assert_eq!(c[2], Data::Float(x[2].parse::<f64>().expect("number")));
        assert_eq!(c[3], Data::String(x[3].clone()), "names survive");
        assert_eq!(c[7].to_string(), x[7]);
        if x[9].is_empty() {
            assert_eq!(c[9], Data::Empty);
        } else {
            let Data::DateTime(dt) = &c[9] else {
                panic!("passed-at is a date-time cell: {:?}", c[9]);
            };
            // Excel serial date: days since 1899-12-30.
            let base = time::macros::datetime!(1899-12-30 0:00);
            let t = base + time::Duration::seconds((dt.as_f64() * 86_400.0).round() as i64);
            let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
            let iso = t.format(fmt).expect("formats");
            assert_eq!(iso, x[9]);
        }
        assert_eq!(c[10], Data::Float(x[10].parse::<f64>().expect("minutes")));
    }
    let summary = wb.worksheet_range("보고 요약").expect("summary");
    let srows: Vec<Vec<Data>> = summary.rows().map(|r| r.to_vec()).collect();
    let class23 = srows
        .iter()
        .find(|r| r[0] == Data::String("2학년 3반".into()))
        .expect("class row");
    assert_eq!(
        (class23[5].clone(), class23[6].clone()),
        (Data::Float(4.0), Data::Float(1.0))
    );
    assert_eq!(class23[7], Data::Float(0.25));
    let school = srows
        .iter()
        .filter(|r| r[0] == Data::String("학교 전체".into()))
        .count();
    assert_eq!(school, 2, "a school total per module");
}

/// Issue 15: a student taken off the roster mid-term (전출) keeps their results in reports,
/// marked, through bundles and merges; a student with no results simply leaves.
#[test]
fn a_removed_student_stays_in_reports_as_moved_or_removed() {
    let dir = tempfile::tempdir().expect("tmp");
    let store = seeded_hub(dir.path());
    let class = store
        .classes()
        .expect("classes")
        .into_iter()
        .find(|c| (c.grade, c.class_no) == (2, 3))
        .expect("2-3");
    // 김지우 (passed) and 최민준 (no records) leave the roster.
    let kept: Vec<(u32, String)> = store
        .roster(class.id)
        .expect("roster")
        .into_iter()
        .filter(|r| r.name != "김지우" && r.name != "최민준")
        .map(|r| (r.number, r.name))
        .collect();
    store.set_roster(class.id, &kept).expect("roster edit");
    drop(store);
    let csv_path = dir.path().join("이수현황.csv");
    let (code, _, err) = export(
        &data_arg(dir.path()),
        "csv",
        &csv_path.display().to_string(),
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let rows = read_csv(&csv_path);
    let gone = rows
        .iter()
        .find(|r| r[3] == "김지우")
        .expect("the removed student's result is still reported");
    assert_eq!(
        (gone[7].as_str(), gone[12].as_str()),
        ("이수", "전출/삭제됨")
    );
    assert!(
        rows.iter().all(|r| r[3] != "최민준"),
        "no results, not reported"
    );
    assert!(
        rows.iter()
            .filter(|r| r[3] != "김지우" && r[0] != "학년")
            .all(|r| r[12].is_empty()),
        "only the removed student is marked"
    );
    // Through a bundle and a merge, the mark stays.
    let bundle_path = dir.path().join("school.jikim");
    bundle(dir.path(), &bundle_path);
    let admin = tempfile::tempdir().expect("tmp");
    let (code, _, err) = merge(admin.path(), &[&bundle_path]);
    assert_eq!(code, 0, "{err}");
    let merged = HubStore::open(admin.path()).expect("admin store");
    let snap = merged.snapshot(&[]).expect("snapshot");
    let kim = snap
        .classes
        .iter()
        .flat_map(|c| &c.students)
        .find(|s| s.name == "김지우")
        .expect("merged");
    assert!(kim.removed, "still marked after the merge");
}

#[test]
fn empty_filters_give_a_valid_file_with_headers_only() {
    let dir = tempfile::tempdir().expect("tmp");
    drop(seeded_hub(dir.path()));
    for format in ["csv", "xlsx"] {
        let out = dir.path().join(format!("empty.{format}"));
        let (code, text, err) = export(
            &data_arg(dir.path()),
            format,
            &out.display().to_string(),
            &["--module", "no-such-module", "--lang", "en"],
        );
        assert_eq!(code, 0, "{err}");
        assert!(text.contains("0 rows"), "{text}");
        if format == "csv" {
            let rows = read_csv(&out);
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0][0], "Grade");
        } else {
            let mut wb: Xlsx<_> = calamine::open_workbook(&out).expect("opens");
            let sheet = wb.worksheet_range("Completion").expect("sheet");
            assert_eq!(sheet.rows().count(), 1);
        }
    }
    // A date window with no records: the assigned rows are there, none started.
    let out = dir.path().join("later.csv");
    let (code, _, err) = export(
        &data_arg(dir.path()),
        "csv",
        &out.display().to_string(),
        &["--from", "2027-01-01"],
    );
    assert_eq!(code, 0, "{err}");
    let rows = read_csv(&out);
    assert_eq!(rows.len(), 6);
    assert!(rows[1..].iter().all(|r| r[7] == "시작 안 함"));
    // A class filter.
    let (code, _, _) = export(
        &data_arg(dir.path()),
        "csv",
        &out.display().to_string(),
        &["--class", "1-1"],
    );
    assert_eq!(code, 0);
    assert_eq!(read_csv(&out).len(), 2);
    // A filter that is not a filter.
    let (code, _, err) = export(
        &data_arg(dir.path()),
        "csv",
        &out.display().to_string(),
        &["--class", "2반"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("조건을 이해하지 못했습니다"), "{err}");
}

fn record_ids(store: &HubStore) -> BTreeSet<Uuid> {
    store
        .snapshot(&[])
        .expect("snapshot")
        .records
        .iter()
        .map(|r| r.record.id)
        .collect()
}

fn bundle(data: &Path, out: &Path) {
    let (code, text, err) = jikim(&[
        "bundle",
        "--data",
        &data.display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("묶음 파일을 저장했습니다"), "{text}");
}

fn merge(admin: &Path, files: &[&Path]) -> (i32, String, String) {
    let mut args = vec![
        "merge".to_string(),
        "--data".into(),
        admin.display().to_string(),
    ];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    jikim(&refs)
}

#[test]
fn merging_overlapping_and_repeated_bundles_gives_exactly_the_union() {
    let lib = library();
    let deepfake = module(&lib, "deepfake-law");
    let all = |_: usize| true;
    let tmp = tempfile::tempdir().expect("tmp");
    // Teacher A: the seeded hub. Teacher B: another hub with its own class 2-3 (same roster,
    // different ids) and a class 3-1.
    let a_dir = tmp.path().join("a");
    let a = seeded_hub(&a_dir);
    let b_dir = tmp.path().join("b");
    let b = HubStore::open(&b_dir).expect("b");
    b.archive_library(&lib).expect("archive");
    let b23 = b.create_class(2, 3).expect("class");
    let b_roster = b
        .set_roster(b23.id, &[(1, "김지우".into()), (5, "정하은".into())])
        .expect("roster");
    b.apply(
        b_roster[0].student_id,
        &attempt(deepfake, 2, &all, "2026-11-24T01:00:00Z"),
    )
    .expect("push");
    b.apply(
        b_roster[1].student_id,
        &attempt(deepfake, deepfake.items.len(), &all, "2026-11-24T02:00:00Z"),
    )
    .expect("push");
    let b31 = b.create_class(3, 1).expect("class");
    b.set_roster(b31.id, &[(1, "윤서준".into())])
        .expect("roster");

    let a1 = tmp.path().join("a1.jikim");
    bundle(&a_dir, &a1);
    let ids_a1 = record_ids(&a);
    // A goes on teaching after the first bundle: the second bundle overlaps the first.
    let a_class = a
        .classes()
        .expect("classes")
        .into_iter()
        .find(|c| c.grade == 2)
        .expect("2-3");
    let a_roster = a.roster(a_class.id).expect("roster");
    a.apply(
        a_roster[3].student_id,
        &attempt(deepfake, 4, &all, "2026-11-24T03:00:00Z"),
    )
    .expect("push");
    let a2 = tmp.path().join("a2.jikim");
    bundle(&a_dir, &a2);
    let b1 = tmp.path().join("b1.jikim");
    bundle(&b_dir, &b1);
    let expected: BTreeSet<Uuid> = record_ids(&a).union(&record_ids(&b)).copied().collect();
    assert!(ids_a1.is_subset(&expected) && ids_a1.len() < record_ids(&a).len());

    let admin = tmp.path().join("admin");
    let (code, out, err) = merge(&admin, &[&a1, &b1, &a2]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 3, "{out}");
    let (code, out, err) = merge(&admin, &[&a2, &a1, &b1]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines().all(|l| l.contains("기록 0건,")),
        "repeats add nothing: {out}"
    );

    let merged = HubStore::open(&admin).expect("admin");
    assert_eq!(record_ids(&merged), expected, "exactly the union");
    assert_eq!(merged.record_count().expect("count"), expected.len() as u64);
    let classes = merged.classes().expect("classes");
    let shape: Vec<(u32, u32, u32)> = classes
        .iter()
        .map(|c| (c.grade, c.class_no, c.student_count))
        .collect();
    // 2-3 from both teachers is one class: A's four students plus B's 정하은 (김지우 is the same
    // student on both rosters).
    assert_eq!(shape, [(1, 1, 1), (2, 3, 5), (3, 1, 1)]);
    let c23 = classes.iter().find(|c| c.grade == 2).expect("2-3");
    let jiwoo = merged
        .roster(c23.id)
        .expect("roster")
        .into_iter()
        .find(|r| r.name == "김지우")
        .expect("김지우");
    let from_both = merged.records_of(jiwoo.student_id).expect("records");
    let b_jiwoo = b.records_of(b_roster[0].student_id).expect("b records");
    assert!(b_jiwoo
        .iter()
        .all(|r| from_both.iter().any(|m| m.id == r.id)));
    // Answer contents never leave a teacher's hub; completion scores do.
    assert!(from_both
        .iter()
        .all(|r| r.response.is_none()
            || r.kind == jikim_core::sync::protocol::RecordKind::Completion));
}

#[test]
fn bad_bundles_are_refused_with_a_clear_message_and_change_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let a_dir = tmp.path().join("a");
    drop(seeded_hub(&a_dir));
    let good = tmp.path().join("good.jikim");
    bundle(&a_dir, &good);
    let bytes = std::fs::read(&good).expect("read");
    let admin = tmp.path().join("admin");
    let (code, _, err) = merge(&admin, &[&good]);
    assert_eq!(code, 0, "{err}");
    let before = record_ids(&HubStore::open(&admin).expect("admin"));

    let header_end = bytes
        .iter()
        .skip(13)
        .position(|b| *b == b'\n')
        .expect("header")
        + 13;
    let mut tampered = bytes.clone();
    let last = tampered.len() - 10;
    tampered[last] ^= 0x01;
    let newer = {
        let head = String::from_utf8_lossy(&bytes[..header_end]).replace(
            &format!("\"format\":{}", jikim_report::bundle::FORMAT),
            "\"format\":9",
        );
        let mut v = head.into_bytes();
        v.extend_from_slice(&bytes[header_end..]);
        v
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated",
            bytes[..bytes.len() / 2].to_vec(),
            "잘려 있습니다",
        ),
        ("tampered", tampered, "서명이 맞지 않습니다"),
        ("newer", newer, "더 새 버전"),
        (
            "not a bundle",
            b"\xEF\xBB\xBF\xED\x95\x99\xEB\x85\x84,\xEB\xB0\x98\r\n1,2\r\n".to_vec(),
            "묶음 파일이 아닙니다",
        ),
        ("empty", Vec::new(), "묶음 파일이 아닙니다"),
    ];
    for (what, content, message) in cases {
        let path = tmp.path().join(format!("{what}.jikim"));
        std::fs::write(&path, &content).expect("write");
        // Listed with a good bundle: the bad one stops the whole merge before anything is merged.
        let (code, out, err) = merge(&admin, &[&good, &path]);
        assert_eq!(code, 1, "{what} refused");
        assert!(out.is_empty(), "{what}: nothing merged: {out}");
        assert!(err.contains(message), "{what}: {err}");
        assert!(
            err.contains(&path.display().to_string()),
            "{what} names the file: {err}"
        );
        assert_eq!(
            record_ids(&HubStore::open(&admin).expect("admin")),
            before,
            "{what}"
        );
    }
}

/// Keeps a produced file for a human to look at when `JIKIM_ARTIFACTS` names a folder.
fn keep(file: &Path) {
    if let Some(dir) = std::env::var_os("JIKIM_ARTIFACTS") {
        let dir = Path::new(&dir);
        let _ = std::fs::create_dir_all(dir);
        let _ = std::fs::copy(file, dir.join(file.file_name().expect("file name")));
    }
}

fn pdftotext(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", &pdf.display().to_string(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn certificates_are_a_pdf_whose_text_names_each_student() {
    let dir = tempfile::tempdir().expect("tmp");
    drop(seeded_hub(dir.path()));
    let pdf = dir.path().join("이수증.pdf");
    let (code, out, err) = jikim(&[
        "certificate",
        "--data",
        &data_arg(dir.path()),
        "--out",
        &pdf.display().to_string(),
        "--school",
        "지킴중학교",
        "--date",
        "2026-11-24",
        "--content",
        &content_arg(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("2장"),
        "two students completed a module: {out}"
    );
    keep(&pdf);
    let bytes = std::fs::read(&pdf).expect("pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdftotext(&pdf);
    for expected in [
        "김지우",
        "홍길동",
        "지킴중학교장",
        "2026년 11월 24일",
        "딥페이크(허위영상물)와 법",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    assert!(
        !text.contains("최민준"),
        "no certificate without a completion"
    );
    assert_eq!(text.matches('\u{c}').count(), 2, "one page each");

    // One student of one class.
    let one = dir.path().join("one.pdf");
    let (code, _, err) = jikim(&[
        "certificate",
        "--data",
        &data_arg(dir.path()),
        "--out",
        &one.display().to_string(),
        "--school",
        "지킴중학교",
        "--class",
        "2-3",
        "--number",
        "1",
        "--content",
        &content_arg(),
    ]);
    assert_eq!(code, 0, "{err}");
    let text = pdftotext(&one);
    assert!(text.contains("김지우") && !text.contains("홍길동"));
    // Nobody to certify.
    let (code, _, err) = jikim(&[
        "certificate",
        "--data",
        &data_arg(dir.path()),
        "--out",
        &one.display().to_string(),
        "--school",
        "지킴중학교",
        "--class",
        "2-3",
        "--number",
        "4",
        "--content",
        &content_arg(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("이수증을 만들 수 없습니다"), "{err}");
}

/// A teacher's hub's certificates travel in its bundle (format 3): the school hub counts them, and
/// so the district bundle it writes does, once, however often the bundle is merged.
#[test]
fn certificates_a_teacher_issued_are_counted_by_the_school_once() {
    let tmp = tempfile::tempdir().expect("tmp");
    let teacher_dir = tmp.path().join("teacher");
    let teacher = seeded_hub(&teacher_dir);
    let pdf = tmp.path().join("이수증.pdf");
    certificate_file(&teacher_dir, &pdf, &["--date", "2026-11-24"]);
    // A reprint a week later: the same certificates, printed twice.
    certificate_file(&teacher_dir, &pdf, &["--date", "2026-12-01"]);
    let issued = teacher.issued_all().expect("issued");
    assert_eq!(issued.len(), 2, "two students completed a module");
    assert!(issued
        .iter()
        .all(|c| c.prints == 2 && c.first_issued == "2026-11-24" && c.last_issued == "2026-12-01"));

    let file = tmp.path().join("teacher.jikim");
    bundle(&teacher_dir, &file);
    let school_dir = tmp.path().join("school");
    let (code, out, err) = merge(&school_dir, &[&file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("이수증 2건을 새로"), "{out}");
    let (code, out, err) = merge(&school_dir, &[&file, &file]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines().all(|l| l.contains("이수증 0건을 새로")),
        "a repeat adds no certificate: {out}"
    );

    let school = HubStore::open(&school_dir).expect("school");
    let merged = school.issued_all().expect("merged");
    assert_eq!(
        merged, issued,
        "the same serials, dates and prints, counted once"
    );
    // Each belongs to the school hub's own student of that name.
    let names: BTreeSet<String> = school
        .classes()
        .expect("classes")
        .into_iter()
        .flat_map(|c| school.roster(c.id).expect("roster"))
        .filter(|r| merged.iter().any(|c| c.student == r.student_id))
        .map(|r| r.name)
        .collect();
    assert_eq!(names, BTreeSet::from(["김지우".into(), "홍길동".into()]));
    // What the district bundle reads: the certificates first issued in the school year.
    assert_eq!(
        school
            .issued_between("2026-03-01", "2027-02-28")
            .expect("year")
            .len(),
        2
    );
}

/// What the command line does with the children's data is in the hub's access log, as what the
/// window does is: the log is written by the shared code (`jikim_report::export`,
/// `HubStore::set_owed`), not by each front end.
#[test]
fn the_command_lines_exports_bundles_and_settings_are_in_the_access_log() {
    let dir = tempfile::tempdir().expect("tmp");
    drop(seeded_hub(dir.path()));
    let data = data_arg(dir.path());
    let csv = dir.path().join("이수현황.csv").display().to_string();
    let (code, _, err) = export(&data, "csv", &csv, &["--class", "2-3"]);
    assert_eq!(code, 0, "{err}");
    bundle(dir.path(), &dir.path().join("b.jikim"));
    let (code, _, err) = jikim(&[
        "hub",
        "--data",
        &data,
        "owe",
        "--grade",
        "2",
        "--requirement",
        "sexual-violence-prevention",
        "--minutes",
        "35",
    ]);
    assert_eq!(code, 0, "{err}");
    let log = HubStore::open(dir.path())
        .expect("hub")
        .access_log(10)
        .expect("log");
    let seen: Vec<(&str, &str)> = log
        .iter()
        .rev()
        .map(|e| (e.action.as_str(), e.scope.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("export_csv", "hub classes 2-3 modules all ~ (4)"),
            ("bundle", "classes all (101 records)"),
            ("owed", "grade 2, sexual-violence-prevention: 35 min"),
        ],
        "{log:?}"
    );
    assert!(log.iter().all(|e| e.who.contains('@')), "{log:?}");
}

fn certificate_file(hub: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "certificate".to_string(),
        "--data".into(),
        data_arg(hub),
        "--out".into(),
        out.display().to_string(),
        "--school".into(),
        "지킴중학교".into(),
        // Issued today (the default), the day the hub received the passes.
        "--content".into(),
        content_arg(),
    ];
    args.extend(extra.iter().map(|a| a.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, _, err) = jikim(&args);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn certificates_verify_offline_and_an_edited_or_forged_one_says_why_it_fails() {
    let tmp = tempfile::tempdir().expect("tmp");
    let school = tmp.path().join("school");
    drop(seeded_hub(&school));
    let pdf = tmp.path().join("이수증.pdf");
    certificate_file(&school, &pdf, &[]);
    keep(&pdf);

    // The school's public key file, as an education office or a verifier receives it.
    let key = tmp.path().join("지킴중-허브키.txt");
    let (code, out, err) = jikim(&[
        "hub",
        "--data",
        &data_arg(&school),
        "school-key",
        "--export",
        &key.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("서명 키"), "{out}");
    let key_text = std::fs::read_to_string(&key).expect("key file");
    assert!(key_text.contains("jikim-school-key-1:"), "{key_text}");

    // The PDF itself verifies, page by page, with the key file or on the hub.
    let pdf_arg = pdf.display().to_string();
    let key_arg = key.display().to_string();
    for trust in [["--key", key_arg.as_str()], ["--data", &data_arg(&school)]] {
        let (code, out, err) = jikim(&["verify", &pdf_arg, trust[0], trust[1]]);
        assert_eq!(code, 0, "{out}{err}");
        assert_eq!(out.matches("유효한 이수증입니다").count(), 2, "{out}");
        for expected in [
            "deepfake-law",
            "digital-sex-crime-basics",
            "법령 기준일",
            "JK-",
        ] {
            assert!(out.contains(expected), "{expected} in {out}");
        }
        assert!(!out.contains("김지우"), "no name in the code: {out}");
    }
    // Without a key it cannot tell, and says what to give.
    let (code, out, _) = jikim(&["verify", &pdf_arg]);
    assert_eq!(code, 1);
    assert!(
        out.contains("신뢰하는 학교 키가 아닙니다") && out.contains("--key"),
        "{out}"
    );

    // The QR code's text alone (what a phone reads), as an argument.
    let tokens = jikim_report::claim::find_tokens(&std::fs::read(&pdf).expect("pdf"));
    assert_eq!(tokens.len(), 2);
    // Each module's minutes in the claim are the ones it credits (its [credit]), not time on task.
    let library = jikim_core::content::Library::load_dir(
        &root().join("assets/modules"),
        jikim_core::content::today(),
    );
    let public =
        jikim_hub::school_key::SchoolPublicKey::from_text(&key_text).expect("the key file parses");
    for token in &tokens {
        let claim = jikim_report::claim::verify(token, &[public]).expect("verifies");
        for m in &claim.modules {
            let credit = library
                .module(&m.id)
                .and_then(|module| module.credit.clone())
                .expect("shipped modules declare credit");
            assert_eq!(m.minutes, u64::from(credit.minutes), "{}", m.id);
        }
    }
    let (code, out, err) = jikim(&["verify", &tokens[0], "--key", &key_arg]);
    assert_eq!(code, 0, "{out}{err}");

    // Edited: more minutes written into the claim, the signature kept.
    let mut parts: Vec<String> = tokens[0].split('.').map(str::to_string).collect();
    use base64::Engine;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut claim: serde_json::Value =
        serde_json::from_slice(&b64.decode(&parts[1]).expect("base64")).expect("claim");
    claim["m"][0]["t"] = 600.into();
    parts[1] = b64.encode(serde_json::to_vec(&claim).expect("json"));
    let edited = parts.join(".");
    let (code, out, _) = jikim(&["verify", &edited, "--key", &key_arg]);
    assert_eq!(code, 1);
    assert!(out.contains("서명이 맞지 않습니다"), "{out}");

    // Forged: another hub's certificates (as a student could make with their own copy of Jikim).
    let forger = tmp.path().join("forger");
    drop(seeded_hub(&forger));
    let forged = tmp.path().join("forged.pdf");
    certificate_file(&forger, &forged, &[]);
    let (code, out, _) = jikim(&["verify", &forged.display().to_string(), "--key", &key_arg]);
    assert_eq!(code, 1);
    assert_eq!(out.matches("다른 키로 만든 위조").count(), 2, "{out}");

    // Not a certificate at all.
    let (code, _, err) = jikim(&["verify", &content_arg(), "--key", &key_arg]);
    assert_eq!(code, 1);
    assert!(err.contains("찾을 수 없습니다"), "{err}");

    // A class as a ZIP of one PDF per student, each verifying.
    let zip_path = tmp.path().join("2-3.zip");
    certificate_file(&school, &zip_path, &["--class", "2-3"]);
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(&zip_path).expect("zip")).expect("a ZIP");
    assert_eq!(zip.len(), 1, "one student of 2-3 completed");
    let mut entry = zip.by_index(0).expect("entry");
    assert_eq!(entry.name().expect("name"), "2-3-01-김지우.pdf");
    let mut one = Vec::new();
    std::io::Read::read_to_end(&mut entry, &mut one).expect("read");
    assert!(one.starts_with(b"%PDF-"));
    let tokens = jikim_report::claim::find_tokens(&one);
    assert_eq!(tokens.len(), 1);
    let key = jikim_hub::school_key::SchoolPublicKey::from_text(&key_text).expect("key");
    assert!(jikim_report::claim::verify(&tokens[0], &[key]).is_ok());
}

/// The printed QR code, not only the metadata: the page rendered as an image (poppler's
/// `pdftoppm`, as a printer would) and read by a barcode reader (`zbarimg`) gives back the signed
/// claim, which verifies.
#[test]
fn the_qr_code_on_the_page_reads_back_as_its_signed_claim() {
    let tmp = tempfile::tempdir().expect("tmp");
    let school = tmp.path().join("school");
    let key = seeded_hub(&school).school_key().expect("key").public();
    let pdf = tmp.path().join("one.pdf");
    certificate_file(&school, &pdf, &["--class", "1-1"]);
    let png = tmp.path().join("page");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "150", "-singlefile"])
        .arg(&pdf)
        .arg(&png)
        .status()
        .expect("pdftoppm (poppler-utils) is installed by scripts/setup.sh");
    assert!(status.success());
    let out = std::process::Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(png.with_extension("png"))
        .output()
        .expect("zbarimg (zbar-tools) is installed by scripts/setup.sh");
    let read = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(read.starts_with("JIKIM1."), "read from the page: {read:?}");
    let claim = jikim_report::claim::verify(&read, &[key]).expect("the printed code verifies");
    assert_eq!(claim.modules[0].id, "digital-sex-crime-basics");
    assert_eq!(
        vec![read],
        jikim_report::claim::find_tokens(&std::fs::read(&pdf).expect("pdf")),
        "the page's code is the one in the metadata"
    );
}

/// The hours ledger: a pass the hub graded credits the module's declared minutes (never time on
/// task) toward each requirement it counts toward; a student completes a requirement when the
/// credited minutes reach what the grade owes; the XLSX and the printed lines agree.
#[test]
fn the_ledger_credits_declared_minutes_for_graded_passes_and_names_who_is_missing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let hub = tmp.path().join("hub");
    drop(seeded_hub(&hub));
    let xlsx = tmp.path().join("실적.xlsx");
    let ledger_args = [
        "ledger",
        "--data",
        &data_arg(&hub),
        "--out",
        &xlsx.display().to_string(),
        "--school",
        "지킴중학교",
        "--content",
        &content_arg(),
    ];
    // Nothing owed yet: the ledger says how to set it.
    let (code, _, err) = jikim(&ledger_args);
    assert_eq!(code, 1);
    assert!(err.contains("이수 기준이 정해지지 않았습니다"), "{err}");
    let data = data_arg(&hub);
    let owe = |grades: &[&str], requirement: &str, minutes: &str| {
        let mut args = vec!["hub", "--data", &data, "owe"];
        for g in grades {
            args.extend(["--grade", g]);
        }
        args.extend(["--requirement", requirement, "--minutes", minutes]);
        jikim(&args)
    };
    let (code, out, err) = owe(&["1", "2"], "sexual-violence-prevention", "35");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("2학년 성폭력 예방교육: 학생마다 35분"),
        "{out}"
    );
    assert_eq!(owe(&["2"], "school-violence-prevention", "60").0, 0);
    let (code, _, err) = owe(&["2"], "homework", "60");
    assert_eq!(code, 1);
    assert!(err.contains("homework"), "{err}");

    let lib = library();
    let deepfake = module(&lib, "deepfake-law").credit.clone().expect("credit");
    assert_eq!(deepfake.minutes, 38);
    let (code, out, err) = jikim(&ledger_args);
    assert_eq!(code, 0, "{err}");
    // 2-3: only 김지우 passed deepfake-law (38 minutes ≥ 35 owed; < 60 of school violence).
    for expected in [
        "2학년 3반 · 성폭력 예방교육: 1/4명 이수(25.0%), 기준 35분",
        "2학년 3반 · 학교폭력 예방교육: 0/4명 이수(0.0%), 기준 60분",
        "1학년 1반 · 성폭력 예방교육: 1/1명 이수(100.0%), 기준 35분",
        "2학년 계 · 성폭력 예방교육: 1/4명 이수(25.0%)",
    ] {
        assert!(out.contains(expected), "{expected} in:\n{out}");
    }
    keep(&xlsx);
    let mut wb: Xlsx<_> = calamine::open_workbook(&xlsx).expect("xlsx opens");
    let sheet = wb.worksheet_range("이수 실적").expect("sheet");
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert!(
        matches!(&rows[0][0], Data::String(t) if t.contains("지킴중학교")),
        "{:?}",
        rows[0]
    );
    let svp_23 = rows
        .iter()
        .find(|r| {
            r[0] == Data::Float(2.0)
                && r[1] == Data::Float(3.0)
                && r[2] == Data::String("성폭력 예방교육".into())
        })
        .expect("2-3 sexual violence prevention row");
    assert_eq!(svp_23[3], Data::Float(35.0), "owed");
    assert_eq!(
        (&svp_23[4], &svp_23[5]),
        (&Data::Float(4.0), &Data::Float(1.0))
    );
    assert_eq!(svp_23[6], Data::Float(0.25), "이수율 as a number");
    assert_eq!(
        svp_23[7],
        Data::Float(38.0),
        "the module's declared minutes"
    );
    let Data::String(missing) = &svp_23[8] else {
        panic!("missing students: {:?}", svp_23[8]);
    };
    assert!(
        missing.contains("2번 이, 서연(0분)") && missing.contains("4번 최민준(0분)"),
        "{missing}"
    );
    assert!(!missing.contains("김지우"), "{missing}");
    assert!(
        rows.iter()
            .any(|r| r[1] == Data::String("학년 계".into()) && r[0] == Data::Float(2.0)),
        "the grade's total row"
    );
    let students = wb.worksheet_range("학생별").expect("students sheet");
    let jiwoo = students
        .rows()
        .find(|r| {
            r[3] == Data::String("김지우".into()) && r[4] == Data::String("성폭력 예방교육".into())
        })
        .expect("김지우");
    assert_eq!(
        (&jiwoo[6], &jiwoo[7]),
        (&Data::Float(38.0), &Data::String("이수".into()))
    );
}

#[test]
fn an_updated_module_reports_old_results_against_the_version_taken() {
    let lib = library();
    let v1 = module(&lib, "deepfake-law").clone();
    let dir = tempfile::tempdir().expect("tmp");
    let store = HubStore::open(dir.path()).expect("open");
    store.archive_library(&lib).expect("archive");
    let class = store.create_class(2, 1).expect("class");
    let roster = store
        .set_roster(
            class.id,
            &[(1, "가온".into()), (2, "나래".into()), (3, "다솜".into())],
        )
        .expect("roster");
    let all = |_: usize| true;
    // Two students took version 1: one passed, one stopped halfway.
    store
        .apply(
            roster[0].student_id,
            &attempt(&v1, v1.items.len(), &all, "2026-11-01T01:00:00Z"),
        )
        .expect("push");
    store
        .apply(
            roster[1].student_id,
            &attempt(&v1, 3, &all, "2026-11-01T02:00:00Z"),
        )
        .expect("push");
    // The module is then revised: version 2 drops its last item.
    let content = tempfile::tempdir().expect("content");
    let src =
        std::fs::read_to_string(root().join("assets/modules/deepfake-law.toml")).expect("read");
    let last_item = src.rfind("[[items]]").expect("items");
    let v2_src = src[..last_item].replacen(
        &format!("version = {}", v1.version),
        &format!("version = {}", v1.version + 1),
        1,
    );
    std::fs::write(content.path().join("deepfake-law.toml"), v2_src).expect("write");
    let lib2 = Library::load_dir(content.path(), today());
    let v2 = lib2.module("deepfake-law").expect("v2 valid").clone();
    // The teacher's hub is updated with the new library.
    store.archive_library(&lib2).expect("archive v2");
    assert_eq!(
        (v2.version, v2.items.len()),
        (v1.version + 1, v1.items.len() - 1)
    );
    // A third student takes version 2 and passes.
    store
        .apply(
            roster[2].student_id,
            &attempt(&v2, v2.items.len(), &all, "2026-11-20T01:00:00Z"),
        )
        .expect("push");

    let snap = store.snapshot(&[]).expect("snapshot");
    let rows = jikim_report::completion_rows(&lib2, &snap, &jikim_report::Filter::default());
    let find = |name: &str| rows.iter().find(|r| r.name == name).expect("row");
    use jikim_core::study::view::ModuleStatus;
    let ga = find("가온");
    assert_eq!(
        (ga.module_version, ga.status, ga.score_percent),
        (Some(v1.version), ModuleStatus::Passed, Some(100))
    );
    // An unfinished attempt at the old version is "not started" on the new one, in the export
    // as on the dashboard and in the student's list (one rule: jikim_core::study::standing).
    let na = find("나래");
    assert_eq!(
        (na.module_version, na.status),
        (None, ModuleStatus::NotStarted)
    );
    let da = find("다솜");
    assert_eq!(
        (da.module_version, da.status),
        (Some(v2.version), ModuleStatus::Passed)
    );
    // The teacher's live dashboard agrees: a pass on version 1 stays a pass.
    let roster_students: Vec<jikim_core::study::dashboard::RosterStudent> = roster
        .iter()
        .map(jikim_core::study::dashboard::RosterStudent::from)
        .collect();
    let board = jikim_core::study::dashboard::class_results(
        &lib2,
        &roster_students,
        &store.class_records(class.id).expect("records"),
    );
    let cell = |n: usize| board.students[n].cells[0].status;
    assert_eq!(
        (cell(0), cell(1), cell(2)),
        (
            ModuleStatus::Passed,
            ModuleStatus::NotStarted,
            ModuleStatus::Passed
        )
    );
    // The old attempt's records are all still there and readable.
    assert_eq!(
        store
            .records_of(roster[0].student_id)
            .expect("records")
            .len(),
        attempt(&v1, v1.items.len(), &all, "2026-11-01T01:00:00Z").len()
    );
}

/// Issue 15: a record a student PC dated 9999-12-31 (accepted by the hub today) once made every
/// term-filtered export, the certificates and the XLSX panic. Each now finishes, in the
/// teacher's store and after travelling through a bundle into the school-wide store.
#[test]
fn a_record_dated_9999_12_31_crashes_no_export_certificate_bundle_or_merge() {
    let dir = tempfile::tempdir().expect("tmp");
    let store = seeded_hub(dir.path());
    let lib = library();
    let deepfake = module(&lib, "deepfake-law");
    let roster = store.snapshot(&[]).expect("snapshot");
    let student = roster
        .classes
        .iter()
        .flat_map(|c| &c.students)
        .find(|s| s.name == "최민준")
        .expect("student 4")
        .id;
    store
        .apply(
            student,
            &attempt(
                deepfake,
                deepfake.items.len(),
                &|_| true,
                "9999-12-31T23:30:00Z",
            ),
        )
        .expect("the hub stores it");
    drop(store);
    let out_dir = dir.path().join("out");
    std::fs::create_dir_all(&out_dir).expect("mkdir");
    for (format, extra) in [
        ("csv", vec![]),
        ("xlsx", vec![]),
        ("csv", vec!["--from", "2026-03-01", "--to", "2027-02-28"]),
        ("xlsx", vec!["--from", "2026-03-01"]),
    ] {
        let out = out_dir.join(format!("export-{}.{format}", extra.len()));
        let mut args = vec![
            "export".to_string(),
            "--data".into(),
            data_arg(dir.path()),
            "--format".into(),
            format.into(),
            "--out".into(),
            out.display().to_string(),
            "--content".into(),
            content_arg(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _, err) = jikim(&refs);
        assert_eq!(code, 0, "export {format} {extra:?}: {err}");
    }
    let pdf = out_dir.join("certificates.pdf");
    let (code, _, err) = jikim(&[
        "certificate",
        "--data",
        &data_arg(dir.path()),
        "--out",
        &pdf.display().to_string(),
        "--school",
        "지킴중학교",
        "--content",
        &content_arg(),
    ]);
    assert_eq!(code, 0, "certificate: {err}");
    let bundle_file = out_dir.join("teacher.jikim");
    bundle(dir.path(), &bundle_file);
    let admin = dir.path().join("admin");
    let (code, _, err) = merge(&admin, &[&bundle_file]);
    assert_eq!(code, 0, "merge: {err}");
    let merged = out_dir.join("merged.csv");
    let (code, _, err) = export(
        &data_arg(&admin),
        "csv",
        &merged.display().to_string(),
        &["--from", "2026-03-01"],
    );
    assert_eq!(code, 0, "export after merge: {err}");
}

/// Issue 15: one rule. The same records, fed to the student's own module list, the teacher's
/// dashboard and the export, give the same status and score, including the edge cases: a forged
/// completion, an earlier version's pass, an unreadable score on a version no longer held, an
/// abandoned attempt at an earlier version, and a failed retake after a pass.
#[test]
fn the_learners_list_the_dashboard_and_the_export_agree_on_every_case() {
    use jikim_core::storage::{Db, SignIn};
    use jikim_core::study::dashboard::{class_results, RosterStudent};
    use jikim_core::study::view::ModuleStatus::{self, *};
    use jikim_core::study::StudyService;
    use jikim_core::sync::protocol::{RecordKind, SyncRecord};
    use jikim_hub::snapshot::{Snapshot, SnapshotClass, SnapshotRecord, SnapshotStudent};

    // The library holds version 2 of the sample module; version 1 is gone.
    let fixture = std::fs::read_to_string(root().join("tests/fixtures/modules/sample.toml"))
        .expect("fixture");
    let content = tempfile::tempdir().expect("content");
    std::fs::write(
        content.path().join("sample.toml"),
        fixture.replacen("version = 1", "version = 2", 1),
    )
    .expect("write v2");
    let library = || Library::load_dir(content.path(), today());
    let lib = library();
    let v2 = lib.module("sample").expect("v2").clone();
    let v1 = Library::load_dir(&root().join("tests/fixtures/modules"), today())
        .module("sample")
        .expect("v1")
        .clone();
    let n = v2.items.len();
    let all = |_: usize| true;
    let none = |_: usize| false;
    let t = "2026-11-20T01:00:00Z";
    let forged = {
        let mut r = attempt(&v2, n, &all, t).pop().expect("completion record");
        r.attempt_id = Uuid::now_v7();
        r
    };
    let unreadable = {
        let mut v = attempt(&v1, n, &all, t);
        if let Some(c) = v.iter_mut().find(|r| r.kind == RecordKind::Completion) {
            c.response = Some("garbage".into());
        }
        v
    };
    let retake = {
        let mut v = attempt(&v2, n, &all, t);
        v.extend(attempt(&v2, n, &none, "2026-11-21T01:00:00Z"));
        v
    };
    /// (what, the student's records, the expected status and score)
    type Case<'a> = (&'a str, Vec<SyncRecord>, (ModuleStatus, Option<u32>));
    let cases: Vec<Case> = vec![
        ("nothing", vec![], (NotStarted, None)),
        ("a pass", attempt(&v2, n, &all, t), (Passed, Some(100))),
        ("half done", attempt(&v2, 2, &all, t), (InProgress, None)),
        ("a fail", attempt(&v2, n, &none, t), (NotPassed, Some(0))),
        (
            "a forged completion alone",
            vec![forged],
            (NotStarted, None),
        ),
        (
            "a pass on version 1",
            attempt(&v1, n, &all, t),
            (Passed, Some(100)),
        ),
        (
            "an unreadable score on version 1",
            unreadable,
            (NotStarted, None),
        ),
        (
            "an abandoned attempt at version 1",
            attempt(&v1, 2, &all, t),
            (NotStarted, None),
        ),
        ("a failed retake after a pass", retake, (Passed, Some(100))),
    ];
    for (what, records, expected) in cases {
        // The student's own list, on a PC that holds these records.
        let pc = tempfile::tempdir().expect("pc");
        let db_path = pc.path().join("jikim.db");
        let learner = {
            let mut db = Db::open(&db_path).expect("db");
            let learner = db
                .sign_in(&SignIn {
                    grade: 2,
                    class_no: 3,
                    number: 1,
                    name: "가온".into(),
                    pin: None,
                })
                .expect("sign in");
            db.restore(learner.id, &records).expect("restore");
            learner
        };
        let svc = StudyService::new(library(), Db::open(&db_path).expect("db"));
        let listed = svc
            .modules(learner.id)
            .expect("list")
            .into_iter()
            .find(|m| m.id == "sample")
            .expect("sample listed");
        // The teacher's dashboard.
        let student = Uuid::now_v7();
        let tagged: Vec<(Uuid, SyncRecord)> =
            records.iter().map(|r| (student, r.clone())).collect();
        let board = class_results(
            &lib,
            &[RosterStudent {
                student_id: student,
                number: 1,
                name: "가온".into(),
            }],
            &tagged,
        );
        let cell = &board.students[0].cells[0];
        // The export.
        let snap = Snapshot {
            classes: vec![SnapshotClass {
                id: Uuid::now_v7(),
                grade: 2,
                class_no: 3,
                students: vec![SnapshotStudent {
                    id: student,
                    number: 1,
                    name: "가온".into(),
                    removed: false,
                }],
                assignments: vec![jikim_core::sync::protocol::Assignment {
                    module_id: "sample".into(),
                    due: "2026-12-01".into(),
                }],
            }],
            records: records
                .iter()
                .map(|r| SnapshotRecord {
                    student,
                    record: r.clone(),
                    received_at: None,
                })
                .collect(),
            certificates: vec![],
        };
        let rows = jikim_report::completion_rows(&lib, &snap, &jikim_report::Filter::default());
        let row = &rows[0];
        assert_eq!(
            (listed.status, listed.score_percent),
            expected,
            "{what}: learner's list"
        );
        assert_eq!(
            (cell.status, cell.score_percent),
            expected,
            "{what}: dashboard"
        );
        assert_eq!((row.status, row.score_percent), expected, "{what}: export");
        assert_eq!(
            jikim_report::certificate::certificates(&rows).len(),
            usize::from(expected.0 == Passed),
            "{what}: certificates"
        );
    }
}

/// An export while another program keeps the hub's database locked (a backup tool copying it,
/// a second Jikim): the administrator reads why in Korean, not SQLite's English words, and no
/// half-written file is left where the report was to go.
#[test]
fn an_export_from_a_hub_another_program_keeps_locked_says_so_in_korean() {
    let dir = tempfile::tempdir().expect("tmp");
    drop(seeded_hub(dir.path()));
    let holder = jikim_tests::hold_database(&dir.path().join("hub.db"));
    let csv_path = dir.path().join("이수현황.csv");
    let (code, _, err) = export(
        &data_arg(dir.path()),
        "csv",
        &csv_path.display().to_string(),
        &[],
    );
    assert_ne!(code, 0);
    assert!(
        err.contains("다른 프로그램(또는 다른 지킴)이 기록 저장소를 쓰고 있습니다"),
        "{err}"
    );
    assert!(!err.to_lowercase().contains("locked"), "{err}");
    assert!(!csv_path.exists());
    drop(holder);
}
