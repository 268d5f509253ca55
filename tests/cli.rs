//! The `jikim` command as users run it.

use jikim_tests::{jikim, root};

#[test]
fn version_prints_the_package_version() {
    let (code, out, _) = jikim(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), format!("jikim {}", jikim_core::VERSION));
}

#[test]
fn content_check_passes_on_the_shipped_modules() {
    let dir = root().join("assets/modules");
    let (code, out, err) = jikim(&["content", "check", &dir.display().to_string()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("문제 0개"), "{out}");
}

#[test]
fn content_check_reports_file_line_messages_and_fails() {
    let dir = root().join("tests/fixtures/broken");
    let (code, out, _) = jikim(&[
        "--lang",
        "en",
        "content",
        "check",
        &dir.display().to_string(),
    ]);
    assert_eq!(code, 1);
    let expected = [
        "bad-syntax.toml:8: TOML error",
        "duplicate-ids.toml:65: duplicate id \"q-single\" (already on line 43)",
        "missing-explanation.toml:42: required key `explanation` is missing",
        "no-correct-answer.toml:42: item \"q-single\" has no correct answer",
        "missing-legal-basis.toml:33: \"q-ox\" states law or a penalty but has no legal_basis",
        "unknown-key.toml:12: TOML error: unknown field `passmark`",
    ];
    for e in expected {
        assert!(out.contains(e), "missing {e:?} in:\n{out}");
    }
}

#[test]
fn content_check_speaks_korean_by_default() {
    let dir = root().join("tests/fixtures/broken");
    let (_, out, _) = jikim(&["content", "check", &dir.display().to_string()]);
    assert!(out.contains("정답이 없습니다"), "{out}");
}

#[test]
fn content_check_of_an_empty_folder_fails_clearly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = jikim(&["content", "check", &dir.path().display().to_string()]);
    assert_eq!(code, 1);
    assert!(err.contains("모듈 파일"), "{err}");
}

#[test]
fn content_show_prints_the_module_as_json() {
    let dir = root().join("tests/fixtures/modules");
    let (code, out, _) = jikim(&[
        "content",
        "show",
        "sample",
        "--dir",
        &dir.display().to_string(),
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["id"], "sample");
    assert_eq!(v["items"].as_array().map(Vec::len), Some(5));
}

#[test]
fn unknown_arguments_fail_with_usage() {
    let (code, _, err) = jikim(&["content", "frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.contains("Usage"), "{err}");
}

/// Issue 14/16: `jikim provision check` says what a provisioning file sets, or lists every
/// problem in Korean, and refuses a data-folder file that would open teacher mode.
#[test]
fn provision_check_reads_a_lab_file_and_lists_every_problem() {
    let dir = tempfile::tempdir().expect("tmp");
    let good = dir.path().join("provision.toml");
    std::fs::write(
        &good,
        "school_name = \"지킴중학교\"\nidle_minutes = 10\n[hub]\naddress = \"192.168.0.10:7443\"\n\
         fingerprint = \"3f9c2b7100aaff01deadbeef3f9c2b7100aaff01deadbeef3f9c2b7100aaff01\"\n\
         [teacher]\nmode = \"off\"\n",
    )
    .expect("write");
    let (code, out, err) = jikim(&["provision", "check", &good.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("문제 없음") && out.contains("192.168.0.10:7443") && out.contains("off"),
        "{out}"
    );

    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "idle_minutes = 500\n[hub]\naddress = \"192.168.0.10:7443\"\nfingerprint = \"3f9c\"\n",
    )
    .expect("write");
    let (code, _, err) = jikim(&["provision", "check", &bad.display().to_string()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("0~120분") && err.contains("SHA-256 지문 전체"),
        "{err}"
    );

    let sneaky = dir.path().join("sneaky.toml");
    std::fs::write(&sneaky, "[teacher]\nmode = \"setup\"\n").expect("write");
    let (code, _, err) = jikim(&[
        "provision",
        "check",
        "--data-folder",
        &sneaky.display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("교사 모드를 켤 수 없습니다"), "{err}");
}

/// Issue 16: a damaged hub.db is refused in words, and `jikim hub restore` brings back the newest
/// daily backup, keeping the damaged file beside it.
/// `jikim hub --data DATA class-add --grade G --class C`.
fn class_add(data: &str, grade: u32, class: u32) -> (i32, String, String) {
    let (grade, class) = (grade.to_string(), class.to_string());
    jikim(&[
        "hub",
        "--data",
        data,
        "class-add",
        "--grade",
        &grade,
        "--class",
        &class,
    ])
}

#[test]
fn a_damaged_hub_database_is_named_and_restored_from_the_daily_backup() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().display().to_string();
    let (code, _, err) = class_add(&data, 2, 3);
    assert_eq!(code, 0, "{err}");
    // Today's backup exists; make it hold the class (it was taken when the hub first opened).
    let backups = dir.path().join("backups");
    for b in std::fs::read_dir(&backups).expect("backups") {
        std::fs::remove_file(b.expect("entry").path()).expect("remove");
    }
    let (code, _, err) = class_add(&data, 2, 4);
    assert_eq!(code, 0, "{err}");
    std::fs::write(dir.path().join("hub.db"), b"damaged by a power cut").expect("damage");
    for side in ["hub.db-wal", "hub.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(side));
    }
    let (code, _, err) = jikim(&["hub", "--data", &data, "join-close", "--class-id", "x"]);
    assert_eq!(code, 1);
    assert!(err.contains("손상되어 열지 않았습니다"), "{err}");
    // An export says the same, with the way to restore, not a storage error with English detail.
    let csv = dir.path().join("out.csv").display().to_string();
    let (code, _, err) = jikim(&["export", "--data", &data, "--format", "csv", "--out", &csv]);
    assert_eq!(code, 1);
    assert!(
        err.contains("손상되어 열지 않았습니다") && err.contains("restore"),
        "{err}"
    );
    let (code, out, err) = jikim(&["hub", "--data", &data, "restore"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("복원했습니다"), "{out}");
    let store = jikim_hub::HubStore::open(dir.path()).expect("restored hub opens");
    assert_eq!(
        store.classes().expect("classes").len(),
        1,
        "the class in the backup"
    );
    let kept = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("hub.db.before-restore-")
        });
    assert!(kept, "the damaged file is kept");
}

/// The hub's commands speak the technician's language: a refused roster file in the hub's own
/// Korean words, a backup that is not there said to be missing, a mistyped id, a hub database
/// another program keeps locked said to be in use; never SQLite's or a parser's English words.
#[test]
fn the_hub_commands_say_why_in_korean() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().display().to_string();
    let (code, out, err) = class_add(&data, 2, 3);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("만들었습니다"), "{out}");
    let class_id = jikim_hub::HubStore::open(dir.path())
        .expect("hub")
        .classes()
        .expect("classes")[0]
        .id
        .to_string();
    let csv = dir.path().join("명단.csv");
    std::fs::write(&csv, "학생,비고\n1,홍길동\n").expect("csv");
    let (code, _, err) = jikim(&[
        "hub",
        "--data",
        &data,
        "roster",
        "--class-id",
        &class_id,
        "--csv",
        &csv.display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("첫 줄에 ‘번호’와 ‘이름’ 열이 있어야 합니다"),
        "{err}"
    );
    assert!(!err.contains("roster file"), "{err}");

    let (code, _, err) = jikim(&[
        "hub",
        "--data",
        &data,
        "restore",
        "--from",
        &dir.path().join("없는-백업.db").display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("백업 파일이 없습니다") && !err.contains("손상"),
        "a missing backup is said to be missing, not damaged: {err}"
    );
    // An id mistyped (not as the hub printed it) is said in words, not uuid's parser's.
    let (code, _, err) = jikim(&["hub", "--data", &data, "join-close", "--class-id", "2-3"]);
    assert_eq!(code, 1);
    assert!(err.contains("ID를 읽지 못했습니다: 2-3"), "{err}");

    let _holder = jikim_tests::hold_database(&dir.path().join("hub.db"));
    let (code, _, err) = class_add(&data, 2, 4);
    assert_eq!(code, 1);
    assert!(
        err.contains("다른 프로그램(또는 실행 중인 허브)이 허브 데이터를 쓰고 있습니다"),
        "{err}"
    );
    assert!(!err.to_lowercase().contains("locked"), "{err}");
}

/// Issue 16: the administrator exports the hub's access log as CSV for Excel (BOM, Korean
/// headers, every entry).
#[test]
fn the_access_log_exports_as_csv_for_excel() {
    let dir = tempfile::tempdir().expect("tmp");
    {
        let store = jikim_hub::HubStore::open(dir.path()).expect("hub");
        store
            .log_access("teacher@T-PC", "view_answers", "2-3 5번 deepfake-law")
            .expect("log");
        store
            .log_access("teacher@T-PC", "export_csv", "=school")
            .expect("log");
    }
    let file = dir.path().join("열람기록.csv");
    let (code, out, err) = jikim(&[
        "access-log",
        "--data",
        &dir.path().display().to_string(),
        "--out",
        &file.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2건"), "{out}");
    let bytes = std::fs::read(&file).expect("csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("일시(UTC),누가(계정@PC),무엇을,범위"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("CSV 내보내기") && lines[1].contains("'=school"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains("학생의 답 열람") && lines[2].contains("2-3 5번"),
        "{}",
        lines[2]
    );
}

/// Issue 16: the retention setting decides what `hub purge` deletes by default: this school
/// year's records stay.
#[test]
fn the_purge_keeps_the_school_years_the_retention_setting_keeps() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().display().to_string();
    let (code, _, err) = jikim(&["hub", "--data", &data, "retention", "--years", "2"]);
    assert_eq!(code, 0, "{err}");
    let bundle = dir.path().join("year.jikim");
    let (code, _, err) = jikim(&[
        "bundle",
        "--data",
        &data,
        "--out",
        &bundle.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = jikim(&[
        "hub",
        "--data",
        &data,
        "purge",
        "--bundle",
        &bundle.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("기록 0건"),
        "nothing from this school year goes: {out}"
    );
    let store = jikim_hub::HubStore::open(dir.path()).expect("hub");
    assert_eq!(store.retention_years().expect("years"), 2);
}

/// Issue 14: `jikim hub rollover` starts a new school year from the new roster CSV (as Korean
/// Excel saves it, CP949): students move up with their id, last year's classes stay reportable
/// from the archive with `jikim export --data`.
#[test]
fn a_rollover_moves_students_up_and_last_year_stays_reportable() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().display().to_string();
    let student = {
        let store = jikim_hub::HubStore::open(dir.path()).expect("hub");
        let class = store.create_class(1, 3).expect("class");
        let roster = store
            .set_roster(class.id, &[(5, "김하늘".into()), (6, "이바다".into())])
            .expect("roster");
        roster[0].student_id
    };
    let (encoded, _, _) = encoding_rs::EUC_KR
        .encode("학년,반,번호,이름,이전반,이전번호\n2,1,7,김하늘,3,5\n2,1,8,박새봄,,\n");
    let csv = dir.path().join("2027.csv");
    std::fs::write(&csv, &encoded).expect("csv");
    let (code, out, err) = jikim(&[
        "hub",
        "--data",
        &data,
        "rollover",
        "--year",
        "2027",
        "--csv",
        &csv.display().to_string(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("2027학년도") && out.contains("진급 1명") && out.contains("새 학생 1명"),
        "{out}"
    );
    let store = jikim_hub::HubStore::open(dir.path()).expect("hub");
    let now = store
        .classes()
        .expect("classes")
        .into_iter()
        .find(|c| (c.grade, c.class_no) == (2, 1))
        .expect("2-1");
    let roster = store.roster(now.id).expect("roster");
    assert_eq!(roster[0].student_id, student, "the same student, moved up");
    assert_eq!((roster[0].number, roster[1].name.as_str()), (7, "박새봄"));
    // Last year's 1-3, whole, in the archive that every report reads.
    let archive = dir.path().join("archive/2026");
    let old = jikim_hub::HubStore::open(&archive).expect("archive");
    let classes = old.classes().expect("classes");
    assert_eq!((classes[0].grade, classes[0].class_no), (1, 3));
    assert_eq!(old.roster(classes[0].id).expect("roster").len(), 2);
    // A CSV naming a student who was not there changes nothing and names the line.
    std::fs::write(
        &csv,
        "학년,반,번호,이름,이전반,이전번호\n3,1,1,김하늘,1,7\n3,1,2,없음,1,9\n",
    )
    .expect("csv");
    let (code, _, err) = jikim(&[
        "hub",
        "--data",
        &data,
        "rollover",
        "--year",
        "2028",
        "--csv",
        &csv.display().to_string(),
    ]);
    assert_ne!(code, 0);
    // In the CLI's language (Korean here), naming the line and why, never the Rust error.
    assert!(
        err.contains("진급 명단 파일의 3번째 줄: 지난 학년도 명단의"),
        "{err}"
    );
}
