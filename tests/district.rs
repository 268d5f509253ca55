//! The district server against a real PostgreSQL. `scripts/test.sh` starts a throwaway cluster
//! and sets `JIKIM_TEST_PG` to its connection string; these tests are `#[ignore]`d otherwise, so
//! a plain `cargo test` does not need one. Each test works in a database of its own.

use jikim_core::content::{Library, Requirement};
use jikim_district::bundle::{self, Line};
use jikim_district::db::District;
use jikim_district::DistrictError;
use jikim_hub::HubStore;
use jikim_tests::records::attempt;
use jikim_tests::{jikim, root};
use std::io::Read;
use std::path::Path;

const NEEDS_PG: &str = "needs PostgreSQL: scripts/test.sh starts one and sets JIKIM_TEST_PG";

/// A database of its own on the test cluster, created empty.
async fn fresh_database(name: &str) -> String {
    let base = std::env::var("JIKIM_TEST_PG").expect(NEEDS_PG);
    let (client, connection) = tokio_postgres::connect(&base, tokio_postgres::NoTls)
        .await
        .expect("the test cluster answers");
    tokio::spawn(connection);
    // One statement each: several in one call would run as a transaction, which these refuse.
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        client.batch_execute(&sql).await.expect(&sql);
    }
    format!("{base} dbname={name}")
}

fn library() -> Library {
    Library::load_dir(&root().join("assets/modules"), jikim_core::content::today())
}

/// The school year today is in (Korean school years start in March).
fn this_school_year() -> i32 {
    let today = jikim_report::today_kst();
    if u8::from(today.month()) >= 3 {
        today.year()
    } else {
        today.year() - 1
    }
}

/// A school hub with class 2-3: 김지우 passed deepfake-law, 이서연 answered a few items.
fn school(dir: &Path) -> HubStore {
    let lib = library();
    let deepfake = lib.module("deepfake-law").expect("shipped");
    let store = HubStore::open(dir).expect("hub");
    store.archive_library(&lib).expect("archive");
    let class = store.create_class(2, 3).expect("class");
    let roster = store
        .set_roster(
            class.id,
            &[(1, "김지우".to_string()), (2, "이서연".to_string())],
        )
        .expect("roster");
    let n = deepfake.items.len();
    store
        .apply(
            roster[0].student_id,
            &attempt(deepfake, n, &|_| true, "2026-11-20T01:00:00Z"),
        )
        .expect("push");
    store
        .apply(
            roster[1].student_id,
            &attempt(deepfake, 2, &|_| true, "2026-11-20T02:00:00Z"),
        )
        .expect("push");
    store
}

/// A district in a database of its own (`name`) with 지킴중학교's hub registered, and a second
/// school's hub that is not: (connection string, district, registered hub, stranger).
async fn registered_and_stranger(
    name: &str,
    tmp: &tempfile::TempDir,
) -> (String, District, HubStore, HubStore) {
    let url = fresh_database(name).await;
    let district = District::connect(&url).await.expect("connect");
    let hub = school(&tmp.path().join("a"));
    let stranger = school(&tmp.path().join("b"));
    district
        .register_school(&hub.school_key().expect("key").public(), "지킴중학교")
        .await
        .expect("register");
    (url, district, hub, stranger)
}

async fn count(url: &str, sql: &str) -> i64 {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("connect");
    tokio::spawn(connection);
    client.query_one(sql, &[]).await.expect(sql).get(0)
}

#[tokio::test]
#[ignore = "needs PostgreSQL (scripts/test.sh)"]
async fn a_school_bundle_imports_once_pseudonymously_and_reports_its_completion_rate() {
    let url = fresh_database("jikim_district_import").await;
    let district = District::connect(&url).await.expect("connect and migrate");
    // Connecting again finds the schema up to date.
    let again = District::connect(&url).await.expect("again");
    assert_eq!(
        again.schema_version().await.expect("version") as usize,
        jikim_district::db::MIGRATIONS.len()
    );

    let tmp = tempfile::tempdir().expect("tmp");
    let hub = school(tmp.path());
    let key = hub.school_key().expect("key").public();
    district
        .register_school(&key, "지킴중학교")
        .await
        .expect("register");
    district
        .set_owed(2, Requirement::SexualViolencePrevention, 35)
        .await
        .expect("owe");
    district
        .set_owed(2, Requirement::SchoolViolencePrevention, 60)
        .await
        .expect("owe");

    let year = this_school_year();
    let (bytes, counts) = bundle::write(&hub, &library(), year, false).expect("bundle");
    assert_eq!((counts.students, counts.completions), (2, 1));
    assert!(counts.records > 10, "{counts:?}");
    // Pseudonymous by default: no name anywhere in the bundle.
    let mut reader = bundle::Reader::open(bytes.as_slice()).expect("open");
    let mut text = String::new();
    while let Some(line) = reader.next_line().expect("line") {
        text.push_str(&serde_json::to_string(&line).expect("json"));
        if let Line::Student(s) = line {
            assert_eq!(s.name, None);
            assert_eq!(s.id.len(), 32, "a pseudonym, not the hub's student id");
        }
    }
    reader.finish().expect("whole");
    assert!(!text.contains("김지우") && !text.contains("이서연"));

    let outcome = district.import(bytes.as_slice()).await.expect("import");
    assert!(!outcome.already_imported);
    assert_eq!(outcome.read, counts);
    assert_eq!(outcome.added_records, counts.records);
    let report = district.report(year).await.expect("report");
    let svp = report
        .iter()
        .find(|l| l.requirement == Requirement::SexualViolencePrevention)
        .expect("sexual violence prevention line");
    assert_eq!(
        (svp.school.as_str(), svp.grade, svp.students, svp.completed),
        ("지킴중학교", 2, 2, 1)
    );
    assert_eq!(svp.rate(), 0.5);
    let svp60 = report
        .iter()
        .find(|l| l.requirement == Requirement::SchoolViolencePrevention)
        .expect("school violence line");
    assert_eq!(svp60.completed, 0, "38 credited minutes < 60 owed");
    let versions = district.versions_in_use(year).await.expect("versions");
    assert_eq!(versions.len(), 1);
    assert_eq!(
        (versions[0].module.as_str(), versions[0].schools),
        ("deepfake-law", 1)
    );

    // The same file again adds nothing; so does the same content written again later.
    let twice = district.import(bytes.as_slice()).await.expect("again");
    assert!(twice.already_imported);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let (rewritten, _) = bundle::write(&hub, &library(), year, false).expect("bundle");
    assert_ne!(rewritten, bytes, "written at another time");
    assert!(
        district
            .import(rewritten.as_slice())
            .await
            .expect("same")
            .already_imported
    );
    // Later in the year 이서연 passes too: the new bundle overlaps the first and adds only what
    // is new.
    let lib = library();
    let deepfake = lib.module("deepfake-law").expect("shipped");
    let seo = hub
        .roster(hub.classes().expect("classes")[0].id)
        .expect("roster")[1]
        .student_id;
    let more = attempt(
        deepfake,
        deepfake.items.len(),
        &|_| true,
        "2026-11-25T02:00:00Z",
    );
    hub.apply(seo, &more).expect("push");
    let (later, later_counts) = bundle::write(&hub, &lib, year, false).expect("bundle");
    let overlap = district.import(later.as_slice()).await.expect("overlap");
    assert!(!overlap.already_imported);
    assert_eq!(overlap.added_records, more.len() as u64);
    assert_eq!(overlap.added_completions, 1);
    assert_eq!(
        district.record_count(year).await.expect("count"),
        later_counts.records
    );
    let report = district.report(year).await.expect("report");
    let svp = report
        .iter()
        .find(|l| l.requirement == Requirement::SexualViolencePrevention)
        .expect("line");
    assert_eq!(svp.completed, 2);
    assert_eq!(
        count(&url, "SELECT count(*) FROM student WHERE name IS NOT NULL").await,
        0
    );

    // A school that opts in to names sends them.
    let (named, _) = bundle::write(&hub, &library(), year, true).expect("bundle");
    district.import(named.as_slice()).await.expect("named");
    assert_eq!(
        count(&url, "SELECT count(*) FROM student WHERE name IS NOT NULL").await,
        2
    );
    // The year's partition holds the rows.
    assert_eq!(
        count(
            &url,
            &format!("SELECT count(*) FROM learning_record_y{year}")
        )
        .await as u64,
        later_counts.records
    );
}

#[tokio::test]
#[ignore = "needs PostgreSQL (scripts/test.sh)"]
async fn a_tampered_truncated_or_unregistered_bundle_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (url, district, hub, stranger) =
        registered_and_stranger("jikim_district_refuse", &tmp).await;
    let year = this_school_year();
    let (bytes, _) = bundle::write(&hub, &library(), year, false).expect("bundle");

    let mut flipped = bytes.clone();
    let at = flipped.len() - 40;
    flipped[at] ^= 0x01;
    let cut = bytes[..bytes.len() - 100].to_vec();
    let (theirs, _) = bundle::write(&stranger, &library(), year, false).expect("bundle");
    for (what, file) in [
        ("tampered", &flipped),
        ("truncated", &cut),
        ("unregistered", &theirs),
    ] {
        let e = district.import(file.as_slice()).await.expect_err(what);
        match what {
            "unregistered" => assert!(
                matches!(&e, DistrictError::UnknownSchool { key_id } if *key_id == stranger.school_key().expect("key").public().key_id()),
                "{what}: {e:?}"
            ),
            _ => assert!(
                matches!(
                    e,
                    DistrictError::Tampered | DistrictError::Truncated | DistrictError::Damaged(_)
                ),
                "{what}: {e:?}"
            ),
        }
        assert_eq!(
            count(&url, "SELECT count(*) FROM learning_record").await,
            0,
            "{what}"
        );
        assert_eq!(
            count(&url, "SELECT count(*) FROM imported_bundle").await,
            0,
            "{what}"
        );
    }
    // The good one still imports.
    assert!(district.import(bytes.as_slice()).await.is_ok());
}

/// The command line, as an education office runs it: register, owe, import from files, report.
#[test]
#[ignore = "needs PostgreSQL (scripts/test.sh)"]
fn the_district_commands_import_files_and_write_the_report() {
    let url = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(fresh_database("jikim_district_cli"));
    let tmp = tempfile::tempdir().expect("tmp");
    let hub_dir = tmp.path().join("hub");
    drop(school(&hub_dir));
    let year = this_school_year().to_string();
    let hub = hub_dir.display().to_string();
    let content = root().join("assets/modules").display().to_string();
    let file = tmp.path().join("지킴중.jikimd").display().to_string();
    let key = tmp.path().join("key.txt").display().to_string();
    let report = tmp.path().join("district.xlsx");
    let report_arg = report.display().to_string();
    let page = tmp.path().join("district.html");
    let page_arg = page.display().to_string();
    let pdf = tmp.path().join("이수증.pdf").display().to_string();
    let zip = tmp.path().join("이수증.zip").display().to_string();
    let steps: Vec<Vec<&str>> = vec![
        vec!["hub", "--data", &hub, "school-key", "--export", &key],
        // 김지우's certificate, printed as a PDF and then again in a ZIP: one certificate.
        vec![
            "certificate",
            "--data",
            &hub,
            "--out",
            &pdf,
            "--school",
            "지킴중학교",
            "--content",
            &content,
        ],
        vec![
            "certificate",
            "--data",
            &hub,
            "--out",
            &zip,
            "--school",
            "지킴중학교",
            "--content",
            &content,
        ],
        vec![
            "district-bundle",
            "--data",
            &hub,
            "--year",
            &year,
            "--out",
            &file,
            "--content",
            &content,
        ],
        vec![
            "district",
            "--db",
            &url,
            "register",
            "--key",
            &key,
            "--name",
            "지킴중학교",
        ],
        vec![
            "district",
            "--db",
            &url,
            "owe",
            "--grade",
            "2",
            "--requirement",
            "sexual-violence-prevention",
            "--minutes",
            "35",
        ],
        // The certificate checked at the office before the school's bundle came: valid, issued by
        // 지킴중학교, not yet reported.
        vec!["district", "--db", &url, "verify", &pdf],
        vec!["district", "--db", &url, "import", &file],
        vec!["district", "--db", &url, "import", &file],
        vec![
            "district",
            "--db",
            &url,
            "report",
            "--year",
            &year,
            "--out",
            &report_arg,
            "--page",
            &page_arg,
            "--behind",
            "90",
        ],
    ];
    // Before any school is registered, no certificate can be checked, and the office is told how.
    let (code, _, err) = jikim(&["district", "--db", &url, "verify", "JIKIM1.x"]);
    assert_eq!(code, 1);
    assert!(err.contains("등록된 학교가 없어"), "{err}");
    let mut outputs = Vec::new();
    for step in &steps {
        let (code, out, err) = jikim(step);
        assert_eq!(code, 0, "{step:?}: {out}{err}");
        outputs.push(out);
    }
    assert!(outputs[7].contains("기록"), "{}", outputs[7]);
    assert!(outputs[8].contains("이미 가져온"), "{}", outputs[8]);
    assert!(
        outputs[9].contains("지킴중학교 2학년 성폭력 예방교육: 1/2명 이수(50.0%)"),
        "{}",
        outputs[9]
    );
    assert!(
        outputs[9].contains("지킴중학교: 이수증 1장 발급 (학생 1명)"),
        "a reprint is the same certificate: {}",
        outputs[9]
    );
    let mut xlsx = Vec::new();
    std::fs::File::open(&report)
        .expect("report written")
        .read_to_end(&mut xlsx)
        .expect("read");
    assert!(xlsx.starts_with(b"PK"), "an XLSX (zip)");
    let html = std::fs::read_to_string(&page).expect("page written");
    assert!(
        html.contains("<td>지킴중학교</td>") && html.contains("50.0%"),
        "{html}"
    );
    assert!(
        html.contains("class=\"behind\""),
        "50% is below 90%: {html}"
    );
    assert!(
        html.contains("<h2>이수증 발급</h2>")
            && html.contains("<tr><td>지킴중학교</td><td class=\"n\">1</td>"),
        "{html}"
    );
    assert!(outputs[9].contains("기준 90% 미만"), "{}", outputs[9]);
    assert!(
        outputs[6].contains("유효한 이수증입니다")
            && outputs[6].contains("발급 학교: 지킴중학교. 아직 교육청에 보고되지 않은"),
        "{}",
        outputs[6]
    );
    // After the import: reported.
    let (code, text, err) = jikim(&["district", "--db", &url, "verify", &pdf]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("발급 학교: 지킴중학교. 이 학교가 교육청에 보고한 이수증입니다"),
        "{text}"
    );
    // A certificate another hub signed (a student's own copy of Jikim, say): not a registered
    // school's, refused with exit 1.
    let forger = tmp.path().join("forger");
    drop(school(&forger));
    let forged = tmp.path().join("forged.pdf").display().to_string();
    let forger_arg = forger.display().to_string();
    let (code, _, err) = jikim(&[
        "certificate",
        "--data",
        &forger_arg,
        "--out",
        &forged,
        "--school",
        "지킴중학교",
        "--content",
        &content,
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, text, _) = jikim(&["district", "--db", &url, "verify", &forged]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("확인되지 않은 이수증") && !text.contains("발급 학교"),
        "{text}"
    );
    // A tampered copy of a new bundle is refused with a Korean sentence, and the exit code
    // says so.
    let fresh = tmp.path().join("fresh.jikimd");
    let (code, _, err) = jikim(&[
        "district-bundle",
        "--data",
        &hub,
        "--year",
        &year,
        "--out",
        &fresh.display().to_string(),
        "--content",
        &content,
        "--with-names",
    ]);
    assert_eq!(code, 0, "{err}");
    let mut bytes = std::fs::read(&fresh).expect("bundle");
    let at = bytes.len() - 30;
    bytes[at] ^= 0x01;
    std::fs::write(&fresh, &bytes).expect("write");
    let (code, _, err) = jikim(&[
        "district",
        "--db",
        &url,
        "import",
        &fresh.display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("서명") || err.contains("손상"), "{err}");
}

/// A district database made by the first version (migration 1 only, with imported completions)
/// is upgraded at the next start: the credit table of migration 2 is filled from what was there.
#[tokio::test]
#[ignore = "needs PostgreSQL (scripts/test.sh)"]
async fn an_old_district_database_is_upgraded_and_its_credits_rebuilt() {
    let url = fresh_database("jikim_district_upgrade").await;
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .expect("connect");
    tokio::spawn(connection);
    client
        .batch_execute(&format!(
            "CREATE TABLE district_migration (version INTEGER PRIMARY KEY,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
             {}
             INSERT INTO district_migration (version) VALUES (1);
             CREATE TABLE student_y2026 PARTITION OF student FOR VALUES IN (2026);
             CREATE TABLE completion_y2026 PARTITION OF completion FOR VALUES IN (2026);
             INSERT INTO school (key_id, public_key, name) VALUES ('k', 'p', '옛중학교');
             INSERT INTO owed VALUES (2, 'sexual-violence-prevention', 60);
             INSERT INTO student VALUES (2026, 1, 'a', 2, 1, NULL), (2026, 1, 'b', 2, 1, NULL);
             INSERT INTO completion VALUES
                 (2026, 1, 'a', 'consent', 2, '2026-11-24', 35, '{{sexual-violence-prevention}}'),
                 (2026, 1, 'a', 'deepfake-law', 2, '2026-11-24', 38,
                     '{{sexual-violence-prevention}}'),
                 (2026, 1, 'b', 'consent', 2, '2026-11-24', 35, '{{sexual-violence-prevention}}');",
            jikim_district::db::MIGRATIONS[0]
        ))
        .await
        .expect("a version 1 database");
    let district = District::connect(&url).await.expect("upgrade");
    assert_eq!(
        district.schema_version().await.expect("version") as usize,
        jikim_district::db::MIGRATIONS.len()
    );
    let report = district.report(2026).await.expect("report");
    assert_eq!(report.len(), 1);
    // 'a': 35 + 38 ≥ 60; 'b': 35 < 60.
    assert_eq!((report[0].students, report[0].completed), (2, 1));
}

/// A school hub pushes its bundle over HTTPS to `jikim district serve`: a push cut short resumes
/// from the server's offset, sending only the rest; sending again adds nothing; a bundle signed
/// by an unregistered school is refused at its header, and a tampered one at its end, with
/// nothing stored; a server whose certificate is not the pinned one is never sent a byte.
#[tokio::test]
#[ignore = "needs PostgreSQL (scripts/test.sh)"]
async fn a_school_pushes_its_bundle_over_https_resumably_and_idempotently() {
    use jikim_district::push::{DistrictClient, PushOptions};
    let tmp = tempfile::tempdir().expect("tmp");
    let (url, district, hub, stranger) = registered_and_stranger("jikim_district_push", &tmp).await;
    let server_dir = tmp.path().join("office");
    // The office's server on a free port of this machine.
    let serve_here = || {
        jikim_district::server::serve(
            district.clone(),
            &server_dir,
            "127.0.0.1:0".parse().expect("addr"),
        )
    };
    let server = serve_here().await.expect("serve");
    let base = format!("https://{}", server.addr);
    let client = DistrictClient::new(&base, &server.fingerprint).expect("client");
    // A second server on the same port (one left running) says so, in words.
    let Err(e) =
        jikim_district::server::serve(district.clone(), &tmp.path().join("office-2"), server.addr)
            .await
    else {
        panic!("two servers on one port");
    };
    assert_eq!(e.code(), "cannot_listen");
    let said = jikim_core::i18n::Localizer::new("ko").text(e.message());
    assert!(said.contains(&server.addr.to_string()), "{said}");
    // And a second server on the same folder (its spool), on another port, is refused too.
    let Err(e) = serve_here().await else {
        panic!("two servers on one folder");
    };
    assert_eq!(e.code(), "folder_in_use");
    let said = jikim_core::i18n::Localizer::new("ko").text(e.message());
    assert!(said.contains(&server_dir.display().to_string()), "{said}");

    let year = this_school_year();
    let (bytes, counts) = bundle::write(&hub, &library(), year, false).expect("bundle");
    let file = tmp.path().join("push.jikim-district");
    std::fs::write(&file, &bytes).expect("write");
    let total = bytes.len() as u64;
    assert!(total > 1000, "{total}");
    let small = PushOptions {
        chunk: 300,
        attempts: 1,
        stop_after: Some(600),
    };
    let mut seen = Vec::new();
    let cut = client
        .push(&file, &small, &mut |done, of| seen.push((done, of)))
        .await
        .expect("first part");
    assert!(!cut.status.done);
    assert_eq!(
        (cut.resumed_from, cut.sent, cut.status.offset),
        (0, 600, 600)
    );
    assert_eq!(seen, vec![(300, total), (600, total)]);
    assert_eq!(count(&url, "SELECT count(*) FROM learning_record").await, 0);

    let rest = client
        .push(
            &file,
            &PushOptions {
                chunk: 300,
                ..Default::default()
            },
            &mut |_, _| {},
        )
        .await
        .expect("the rest");
    assert_eq!(
        rest.resumed_from, 600,
        "resumed where the server's copy ended"
    );
    assert_eq!(rest.sent, total - 600, "only the rest was sent");
    assert!(rest.status.done && !rest.status.already_imported);
    assert_eq!(rest.status.read, Some(counts));
    assert_eq!(rest.status.added_records, counts.records);
    assert_eq!(
        count(&url, "SELECT count(*) FROM learning_record").await,
        counts.records as i64
    );
    let spool: Vec<_> = std::fs::read_dir(server_dir.join("spool"))
        .expect("spool")
        .collect();
    assert!(spool.is_empty(), "the spool file is gone once imported");

    // Again: nothing sent, nothing added.
    let again = client
        .push(&file, &PushOptions::default(), &mut |_, _| {})
        .await
        .expect("again");
    assert!(again.status.done && again.status.already_imported);
    assert_eq!(again.sent, 0);
    assert_eq!(
        count(&url, "SELECT count(*) FROM learning_record").await,
        counts.records as i64
    );

    // An unregistered school's bundle is refused once its header has arrived.
    let (theirs, _) = bundle::write(&stranger, &library(), year, false).expect("bundle");
    let theirs_file = tmp.path().join("theirs.jikim-district");
    std::fs::write(&theirs_file, &theirs).expect("write");
    let e = client
        .push(&theirs_file, &PushOptions::default(), &mut |_, _| {})
        .await
        .expect_err("unregistered");
    assert!(
        matches!(&e, DistrictError::UnknownSchool { key_id } if *key_id == stranger.school_key().expect("key").public().key_id()),
        "{e:?}"
    );
    // A tampered bundle is refused at its end, and nothing of it stays.
    let (mut named, _) = bundle::write(&hub, &library(), year, true).expect("bundle");
    let at = named.len() - 30;
    named[at] ^= 0x01;
    let named_file = tmp.path().join("tampered.jikim-district");
    std::fs::write(&named_file, &named).expect("write");
    let e = client
        .push(&named_file, &PushOptions::default(), &mut |_, _| {})
        .await
        .expect_err("tampered");
    assert!(
        matches!(e, DistrictError::Tampered | DistrictError::Damaged(_)),
        "{e:?}"
    );
    assert_eq!(
        count(&url, "SELECT count(*) FROM student WHERE name IS NOT NULL").await,
        0
    );
    assert_eq!(count(&url, "SELECT count(*) FROM imported_bundle").await, 1);
    assert_eq!(
        std::fs::read_dir(server_dir.join("spool"))
            .expect("spool")
            .count(),
        0,
        "refused uploads leave nothing behind"
    );

    // The wrong pin: the client refuses the server before sending anything.
    let wrong = DistrictClient::new(&base, &"0".repeat(64)).expect("client");
    let e = wrong
        .push(
            &named_file,
            &PushOptions {
                attempts: 1,
                ..Default::default()
            },
            &mut |_, _| {},
        )
        .await
        .expect_err("wrong pin");
    assert!(
        matches!(&e, DistrictError::Unreachable(d) if d.contains("pinned")),
        "{e:?}"
    );
    server.stop().await;
    // Once it has stopped, the folder is free for the next server.
    let again = serve_here().await.expect("the folder is free again");
    again.stop().await;
}

/// `jikim district-push` from a school hub's data folder to `jikim district serve`: the bundle
/// waits in the hub's outbox until the server has imported it.
#[test]
#[ignore = "needs PostgreSQL (scripts/test.sh)"]
fn the_push_command_sends_the_hubs_bundle_and_empties_its_outbox() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let url = runtime.block_on(fresh_database("jikim_district_push_cli"));
    let tmp = tempfile::tempdir().expect("tmp");
    let hub_dir = tmp.path().join("hub");
    let hub = school(&hub_dir);
    let district = runtime.block_on(District::connect(&url)).expect("connect");
    runtime
        .block_on(district.register_school(&hub.school_key().expect("key").public(), "지킴중학교"))
        .expect("register");
    drop(hub);
    let server = runtime
        .block_on(jikim_district::server::serve(
            district,
            &tmp.path().join("office"),
            "127.0.0.1:0".parse().expect("addr"),
        ))
        .expect("serve");
    let year = this_school_year().to_string();
    let hub_arg = hub_dir.display().to_string();
    let base = format!("https://{}", server.addr);
    let pin = server.fingerprint.clone();
    let content = root().join("assets/modules").display().to_string();
    let args = [
        "district-push",
        "--data",
        &hub_arg,
        "--url",
        &base,
        "--pin",
        &pin,
        "--year",
        &year,
        "--content",
        &content,
    ];
    let (code, out, err) = jikim(&args);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("새 기록"), "{out}");
    let outbox = hub_dir.join("district_outbox");
    assert_eq!(std::fs::read_dir(&outbox).expect("outbox").count(), 0);
    let (code, out, err) = jikim(&args);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("이미 가져온"), "{out}");
    // The server gone: the bundle stays in the outbox, and the message says a rerun resumes.
    runtime.block_on(server.stop());
    let (code, out, err) = jikim(&args);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("연결하지 못했습니다") && err.contains("이어서"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&outbox).expect("outbox").count(), 1);
}

/// Over TCP the district talks to PostgreSQL through TLS and checks the server's certificate:
/// with the office's CA it connects (and the server sees an encrypted session); with the
/// system's roots, which do not hold that CA, or with another CA, it refuses to connect.
#[tokio::test]
#[ignore = "needs PostgreSQL (scripts/test.sh)"]
async fn the_district_reaches_postgresql_over_tls_and_checks_its_certificate() {
    let tcp = std::env::var("JIKIM_TEST_PG_TLS").expect(NEEDS_PG);
    let ca = std::path::PathBuf::from(std::env::var("JIKIM_TEST_PG_CA").expect(NEEDS_PG));
    fresh_database("jikim_district_tls").await;
    let url = format!("{tcp} dbname=jikim_district_tls sslmode=require");
    let district = District::connect_with(&url, Some(&ca))
        .await
        .expect("TLS with the office's CA");
    assert!(district.uses_tls().await.expect("pg_stat_ssl"));
    assert_eq!(
        district.schema_version().await.expect("version") as usize,
        jikim_district::db::MIGRATIONS.len()
    );

    let e = District::connect_with(&url, None)
        .await
        .err()
        .expect("the system's roots do not know the server's certificate");
    assert!(
        matches!(&e, DistrictError::Database(d) if d.contains("invalid peer certificate")),
        "{e:?}"
    );
    let tmp = tempfile::tempdir().expect("tmp");
    let other = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).expect("cert");
    let other_ca = tmp.path().join("other-ca.pem");
    std::fs::write(&other_ca, other.cert.pem()).expect("write");
    let e = District::connect_with(&url, Some(&other_ca))
        .await
        .err()
        .expect("another CA");
    assert!(
        matches!(&e, DistrictError::Database(d) if d.contains("invalid peer certificate")),
        "{e:?}"
    );
    // sslmode=disable over the same port: plain text, and the server says so.
    let plain = District::connect_with(
        &format!("{tcp} dbname=jikim_district_tls sslmode=disable"),
        None,
    )
    .await
    .expect("plain");
    assert!(!plain.uses_tls().await.expect("pg_stat_ssl"));
}

/// Imports at once, as two district servers on one database (each with its own folder), or a
/// server and `jikim district import`, can run them: the same bundle twice counts once, and two
/// schools' bundles for a school year the database has no tables for yet both go in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL (scripts/test.sh)"]
async fn imports_at_once_count_each_bundle_once() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (url, district, hub, other) = registered_and_stranger("jikim_district_at_once", &tmp).await;
    district
        .register_school(&other.school_key().expect("key").public(), "두리중학교")
        .await
        .expect("register");
    let year = this_school_year();
    let (a, counts_a) = bundle::write(&hub, &library(), year, false).expect("bundle");
    let (b, counts_b) = bundle::write(&other, &library(), year, false).expect("bundle");
    let (first, second, theirs) = tokio::join!(
        district.import(&a[..]),
        district.import(&a[..]),
        district.import(&b[..]),
    );
    let (first, second, theirs) = (
        first.expect("a"),
        second.expect("a again, at once"),
        theirs.expect("b"),
    );
    assert!(
        first.already_imported != second.already_imported,
        "one of the two imported it, the other found it imported: {first:?} {second:?}"
    );
    assert!(!theirs.already_imported);
    assert_eq!(count(&url, "SELECT count(*) FROM imported_bundle").await, 2);
    assert_eq!(
        count(&url, "SELECT count(*) FROM learning_record").await,
        (counts_a.records + counts_b.records) as i64
    );
    assert_eq!(
        count(&url, "SELECT count(*) FROM student").await,
        (counts_a.students + counts_b.students) as i64
    );
}
