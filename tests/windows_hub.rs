//! Issue 17: the Windows build of the hub, run under Wine, serves a class to a student client on
//! Linux over loopback: joining with the code (SPAKE2 + pinned TLS), pushing a module's answers,
//! and the Windows CLI's own CSV export showing the student passed.
//!
//! Needs a Windows `jikim.exe` and Wine: `scripts/test-windows.sh` builds it and runs this test
//! with `--ignored` and `JIKIM_WINDOWS_JIKIM` set. (Ignored otherwise: the plain test run has no
//! Windows build to run.)

use jikim_core::storage::Db;
use jikim_core::study::StudyService;
use jikim_core::sync::join_code::JoinCode;
use jikim_sync::{join_with_code, Tokens};
use jikim_tests::class_hub::{library, sign_in_of};
use jikim_tests::root;
use std::path::PathBuf;
use std::process::{Child, Command};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn exe() -> PathBuf {
    PathBuf::from(std::env::var_os("JIKIM_WINDOWS_JIKIM").expect("JIKIM_WINDOWS_JIKIM"))
}

/// Runs `jikim.exe` under Wine with `args`; returns its standard output (fails on an error).
fn windows_jikim(args: &[&str]) -> String {
    let out = Command::new("wine")
        .arg(exe())
        .args(["--lang", "en"])
        .args(args)
        .output()
        .expect("wine");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "jikim.exe {args:?}: {text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

struct Hub(Child);

impl Drop for Hub {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port")
}

fn wait_for(port: u16, hub: &mut Hub) {
    let end = Instant::now() + Duration::from_secs(120);
    while Instant::now() < end {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Ok(Some(status)) = hub.0.try_wait() {
            panic!("jikim.exe hub ended: {status}");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    panic!("jikim.exe hub never listened on {port}");
}

fn answer_the_module(svc: &StudyService, learner: uuid::Uuid) {
    let view = svc.open_module(learner, "sample").expect("open");
    let attempt = view.attempt_id;
    let module = svc.library().module("sample").expect("module").clone();
    for page in 1..module.pages.len() {
        svc.view_page(learner, attempt, page, 1000).expect("page");
    }
    svc.start_quiz(learner, attempt, 500).expect("quiz");
    for item in &module.items {
        let chosen: Vec<String> = item.correct_ids().into_iter().map(String::from).collect();
        svc.answer(learner, attempt, &item.id, &chosen, 700)
            .expect("answer");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Windows jikim.exe and Wine: scripts/test-windows.sh runs it"]
async fn a_windows_hub_under_wine_serves_a_linux_student() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("hub");
    let data_arg = data.display().to_string();
    let content = root().join("tests/fixtures/modules").display().to_string();
    // The class, its roster, an assignment and an open join code, with the Windows CLI.
    let created = windows_jikim(&[
        "hub",
        "--data",
        &data_arg,
        "class-add",
        "--grade",
        "2",
        "--class",
        "3",
    ]);
    let class_id = created
        .split_whitespace()
        .nth(1)
        .expect("class id")
        .to_string();
    let roster = dir.path().join("roster.csv");
    std::fs::write(&roster, "번호,이름\n1,학생1\n").expect("csv");
    windows_jikim(&[
        "hub",
        "--data",
        &data_arg,
        "roster",
        "--class-id",
        &class_id,
        "--csv",
        &roster.display().to_string(),
    ]);
    let opened = windows_jikim(&[
        "hub",
        "--data",
        &data_arg,
        "join-open",
        "--class-id",
        &class_id,
    ]);
    let code = opened
        .split_whitespace()
        .find_map(JoinCode::parse)
        .expect("join code");
    // The hub, serving HTTPS on loopback from Wine.
    let port = free_port();
    let mut hub = Hub(Command::new("wine")
        .arg(exe())
        .args([
            "hub",
            "--data",
            &data_arg,
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--no-mdns",
            "--content",
            &content,
        ])
        .spawn()
        .expect("wine hub"));
    wait_for(port, &mut hub);
    // A Linux student PC joins with the code and sends a whole module.
    let pc = tempfile::tempdir().expect("pc");
    let svc = Arc::new(StudyService::new(
        library(),
        Db::open(&pc.path().join("jikim.db")).expect("db"),
    ));
    let tokens = Tokens::default();
    let url = format!("https://127.0.0.1:{port}");
    let joined = join_with_code(&svc, &tokens, &sign_in_of(1), &code, &[url], "LAB-01")
        .await
        .expect("join the Windows hub");
    answer_the_module(&svc, joined.learner.id);
    let end = Instant::now() + Duration::from_secs(60);
    while svc.outbox_len().expect("outbox") > 0 {
        assert!(Instant::now() < end, "the outbox never emptied");
        let _ = jikim_sync::worker::push_once(&svc, &tokens).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    drop(hub);
    // The Windows CLI's export says the student passed, graded by the Windows hub.
    let csv = dir.path().join("completion.csv");
    windows_jikim(&[
        "export",
        "--data",
        &data_arg,
        "--format",
        "csv",
        "--out",
        &csv.display().to_string(),
        "--content",
        &content,
    ]);
    let text = std::fs::read_to_string(&csv).expect("csv");
    let line = text
        .lines()
        .find(|l| l.contains("학생1"))
        .unwrap_or_else(|| panic!("no row for the student: {text}"));
    assert!(
        line.starts_with("2,3,1,학생1,sample,") && line.contains(",Completed,100,"),
        "{line}"
    );
}
