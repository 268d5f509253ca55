//! The Jikim desktop app: a thin Tauri 2 shell. Commands parse input, call `jikim-core`, and map
//! errors to [`ErrorPayload`] (a stable code + Fluent message id). No business rule lives here.

#[cfg(test)]
mod command_list;
mod commands;
#[cfg(test)]
mod contract;
mod hub;
mod memory;
pub mod paths;
mod reports;
mod state;
mod teacher;

pub use state::AppState;

/// Registers plugins, the teacher's hub state and commands on a builder; shared by `run` and the
/// headless tests. The parts opened from the data folder ([`AppState`]) are managed at setup.
pub fn configure<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_store::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(hub::HubState::default())
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
}

/// Starts the app.
pub fn run() {
    memory::limit_arenas();
    memory::web_script_without_optimising_jit();
    let started = std::time::Instant::now();
    let builder = tauri::Builder::default();
    // One app per Windows user (the plugin must come first): starting Jikim again while it is
    // open, e.g. a second click on the desktop icon, brings the open window forward instead of
    // opening a second app on the same database and sync outbox.
    #[cfg(windows)]
    let builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        use tauri::Manager;
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.set_focus();
        }
    }));
    let builder = configure(builder).setup(move |app| {
        use tauri::Manager;
        let dirs = paths::AppPaths::resolve(app.handle());
        // The log file (no learner names, answers or PINs); kept alive as long as the app.
        if let Some(guard) = jikim_core::logging::init(&dirs.data) {
            app.manage(guard);
        }
        // The database is opened and the module library parsed on a thread of their own: the
        // window's thread is free for the first screen at once.
        let state = AppState::start(&dirs, |(service, wake, tokens)| {
            commands::forget_synced(service, None);
            // The sync worker pushes the outbox to the hub in the background, for as long as
            // the app runs; it only ever connects to hubs a learner joined (pinned).
            let (_stop_tx, stop_rx) = tokio::sync::watch::channel(false);
            let (service, wake, tokens) = (service.clone(), wake.clone(), tokens.clone());
            tauri::async_runtime::spawn(async move {
                let _keep_sender = _stop_tx;
                jikim_sync::worker::run(service, tokens, wake, stop_rx).await;
            });
        });
        state.manage(app);
        // The window's thread is free for the first screen from here (a start-up figure).
        tracing::info!(ms = started.elapsed().as_millis() as u64, "set up");
        Ok(())
    });
    if let Err(e) = builder.run(tauri::generate_context!()) {
        eprintln!("Jikim could not start: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    //! The commands through Tauri's real IPC layer on the mock runtime (no display needed):
    //! arguments deserialize, results serialize as the UI expects, and errors cross as
    //! `{ code, messageId, args }`.

    use super::*;
    use serde_json::{json, Value};
    use std::path::Path;
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
    use tauri::webview::InvokeRequest;
    use tauri::{WebviewWindow, WebviewWindowBuilder};

    /// The app's own origin as Tauri serves the window's page: WebView2 (Windows) has no custom
    /// schemes, so there it is plain HTTP on a reserved host. Commands are allowed from it only.
    #[cfg(windows)]
    const ORIGIN: &str = "http://tauri.localhost";
    #[cfg(not(windows))]
    const ORIGIN: &str = "tauri://localhost";

    type MockApp = (
        tauri::App<tauri::test::MockRuntime>,
        WebviewWindow<tauri::test::MockRuntime>,
    );

    fn app_with(data: &Path) -> MockApp {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        app_with_modules(data, &root.join("tests/fixtures/modules"))
    }

    fn app_with_modules(data: &Path, modules: &Path) -> MockApp {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let dirs = paths::AppPaths {
            data: data.to_path_buf(),
            database: data.join("jikim.db"),
            modules: modules.to_path_buf(),
            help: root.join("assets/help/help.toml"),
        };
        let app = configure(mock_builder())
            .build(tauri::generate_context!())
            .expect("mock app builds");
        AppState::open(&dirs).manage(&app);
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("window");
        (app, window)
    }

    fn call(
        w: &WebviewWindow<tauri::test::MockRuntime>,
        cmd: &str,
        body: Value,
    ) -> Result<Value, Value> {
        get_ipc_response(
            w,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: ORIGIN.parse().expect("url"),
                body: InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().expect("json body"))
    }

    /// Issue 16: lab settings (idle sign-out, school name, role) are teacher-only, enforced in
    /// Rust; a learner's own display settings are not.
    #[test]
    fn lab_settings_need_teacher_mode_and_display_settings_do_not() {
        let current = commands::Settings::default();
        let mut display = current.clone();
        display.font_scale = 1.4;
        display.high_contrast = true;
        display.locale = "en".into();
        display.hub_address = "10.0.0.5:7443".into();
        assert!(!current.changes_lab_settings(&display));
        for change in [
            |s: &mut commands::Settings| s.idle_seconds = 0,
            |s: &mut commands::Settings| s.school_name = "지킴중학교".into(),
            |s: &mut commands::Settings| s.role = "teacher".into(),
        ] {
            let mut lab = current.clone();
            change(&mut lab);
            assert!(current.changes_lab_settings(&lab), "{lab:?}");
        }
        // Through the real IPC layer, teacher mode locked: refused before anything is written.
        let dir = tempfile::tempdir().expect("tmp");
        let (_app, w) = app_with(dir.path());
        let now = call(&w, "get_settings", json!({})).expect("settings");
        let mut off = now.clone();
        off["idleSeconds"] = json!(0);
        let err = call(&w, "set_settings", json!({ "settings": off })).expect_err("refused");
        assert_eq!(err["code"], "teacher_locked", "{err}");
    }

    /// Issue 16: teacher mode is never set by whoever comes first on a lab PC; a damaged password
    /// file means locked; a provisioning file sets the hub and the lab settings at start; teacher
    /// mode locks itself when left idle.
    #[test]
    fn teacher_mode_is_not_first_come_on_a_lab_pc_and_locks_when_left() {
        use tauri::Manager;
        let fp = "3f9c2b7100aaff01deadbeef3f9c2b7100aaff01deadbeef3f9c2b7100aaff01";
        // A teacher's own PC: the first password may be set, written whole and owner-only.
        let own = tempfile::tempdir().expect("tmp");
        let (app, w) = app_with(own.path());
        let status = call(&w, "teacher_status", json!({})).expect("status");
        assert_eq!(status["passwordSet"], false);
        // Too short: the core says so, with the least length from `jikim_core::limits`.
        let short = call(
            &w,
            "teacher_set_password",
            json!({ "password": "일이삼사오육칠" }),
        )
        .expect_err("7 characters");
        assert_eq!(short["code"], "teacher_password_short", "{short}");
        assert_eq!(short["messageId"], "teacher-password-short", "{short}");
        assert_eq!(short["args"]["min"], "8", "{short}");
        call(
            &w,
            "teacher_set_password",
            json!({ "password": "선생님비밀번호2026" }),
        )
        .expect("first use");
        assert_eq!(
            call(
                &w,
                "teacher_set_password",
                json!({ "password": "다른비밀번호입니다" })
            )
            .expect_err("only once")["code"],
            "teacher_password"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(own.path().join("teacher.json"))
                .expect("teacher.json")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        call(&w, "teacher_modules", json!({})).expect("open");
        // Left alone past the idle limit: locked.
        app.state::<state::TeacherMode>()
            .last_seen_ago(state::TEACHER_IDLE + std::time::Duration::from_secs(1));
        assert_eq!(
            call(&w, "teacher_modules", json!({})).expect_err("idle")["code"],
            "teacher_locked"
        );
        drop((app, w));

        // An emptied password file: locked, not "no password yet".
        std::fs::write(own.path().join("teacher.json"), "").expect("empty it");
        let (_app, w) = app_with(own.path());
        let err = call(&w, "teacher_status", json!({})).expect_err("damaged");
        assert_eq!(err["messageId"], "errors-teacher-file-damaged", "{err}");
        assert!(call(
            &w,
            "teacher_set_password",
            json!({ "password": "학생이정한비밀번호" })
        )
        .is_err());

        // A lab PC provisioned with its hub: the hub is known from the first start, the lab
        // settings come from the file, and nobody can set a teacher password here.
        let lab = tempfile::tempdir().expect("tmp");
        std::fs::write(
            lab.path().join("provision.toml"),
            format!(
                "school_name = \"지킴중학교\"\nidle_minutes = 5\nseat = \"LAB1-07\"\n[hub]\naddress = \"192.168.0.10:7443\"\nfingerprint = \"{fp}\"\n"
            ),
        )
        .expect("provision");
        let (app, w) = app_with(lab.path());
        let settings = call(&w, "get_settings", json!({})).expect("settings");
        assert_eq!(settings["schoolName"], "지킴중학교");
        assert_eq!(settings["idleSeconds"], 300);
        let known = app
            .state::<state::Study>()
            .service()
            .expect("service")
            .known_hub()
            .expect("known");
        assert_eq!(
            known.map(|k| (k.hub_url, k.fingerprint)),
            Some(("https://192.168.0.10:7443".to_string(), fp.to_string()))
        );
        let err = call(&w, "teacher_status", json!({})).expect_err("lab PC");
        assert_eq!(err["messageId"], "errors-teacher-lab-pc", "{err}");
        let err = call(
            &w,
            "teacher_set_password",
            json!({ "password": "학생이정한비밀번호" }),
        )
        .expect_err("first comer");
        assert_eq!(err["messageId"], "errors-teacher-lab-pc", "{err}");
        assert!(!lab.path().join("teacher.json").exists());
        drop((app, w));

        // A data-folder file may switch teacher mode off, never on.
        std::fs::write(
            lab.path().join("provision.toml"),
            "[teacher]\nmode = \"off\"\n",
        )
        .expect("provision");
        let (_app, w) = app_with(lab.path());
        let err = call(&w, "teacher_status", json!({})).expect_err("off");
        assert_eq!(err["messageId"], "errors-teacher-off", "{err}");
    }

    /// Least privilege (issue 16) and one command list (issue 18): `commands.txt` is the only
    /// list of the app's commands (build.rs declares them and generates the handler list from
    /// it); the window's capability grants `core:default` and exactly one `allow-*` permission
    /// per command, no plugin permission (e.g. `store:default`, which would let the web view read
    /// and write any JSON file the user can reach); and the UI calls no command outside it.
    #[test]
    fn the_capability_and_the_ui_use_exactly_the_listed_commands() {
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |f: &str| std::fs::read_to_string(here.join(f)).expect(f);
        let declared: Vec<String> = crate::contract::command_paths()
            .into_iter()
            .map(|(_, function)| function)
            .collect();
        assert!(declared.len() > 30, "{declared:?}");
        let handlers = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/handler.rs"))
            .expect("generated handler list");
        for name in &declared {
            assert!(handlers.contains(&format!("::{name}")), "{name} registered");
        }
        let cap: Value =
            serde_json::from_str(&read("capabilities/default.json")).expect("capability json");
        let mut granted: Vec<String> = cap["permissions"]
            .as_array()
            .expect("permissions")
            .iter()
            .map(|p| p.as_str().expect("string permission").to_string())
            .collect();
        granted.sort();
        let mut expected: Vec<String> = declared
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .chain(["core:default".to_string()])
            .collect();
        expected.sort();
        assert_eq!(
            granted, expected,
            "capability = core:default + one allow-* per command"
        );
        // The UI calls exactly these, through the generated wrappers (`call<…>("name"` in
        // ui/src/api/commands.ts), and nothing else calls a command.
        let wrappers = read("../ui/src/api/commands.ts");
        let called: Vec<&str> = wrappers
            .split("call<")
            .skip(1)
            .filter_map(|rest| rest.split_once(">(\"").map(|(_, r)| r))
            .filter_map(|r| r.split('"').next())
            .collect();
        assert_eq!(
            called, declared,
            "commands.ts wraps the listed commands, in order"
        );
        let mut stack = vec![here.join("../ui/src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("ui/src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if !path.starts_with(here.join("../ui/src/api")) {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    assert!(
                        !text.contains("invoke(") && !text.contains("call<"),
                        "{} calls a command directly: use `commands` (ui/src/api/commands.ts)",
                        path.display()
                    );
                }
            }
        }
    }

    #[test]
    fn commands_drive_a_module_and_errors_cross_as_payloads() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (_app, w) = app_with(dir.path());

        let boot = call(&w, "bootstrap", json!({})).expect("bootstrap");
        assert_eq!(boot["startupError"], Value::Null);

        let err = call(&w, "list_modules", json!({})).expect_err("needs sign-in");
        assert_eq!(err["code"], "not_signed_in");
        assert_eq!(err["messageId"], "errors-not-signed-in");

        let err = call(
            &w,
            "sign_in",
            json!({"signIn": {"grade": 2, "classNo": 1, "number": 0, "name": "가"}}),
        )
        .expect_err("number 0 is invalid");
        assert_eq!(err["args"]["field"], "number");

        let learner = call(
            &w,
            "sign_in",
            json!({"signIn": {"grade": 2, "classNo": 1, "number": 3, "name": "한별"}}),
        )
        .expect("sign in");
        assert_eq!(learner["name"], "한별");
        let modules = call(&w, "list_modules", json!({})).expect("modules");
        assert_eq!(modules[0]["id"], "sample");
        assert_eq!(modules[0]["status"], "notStarted");

        let view = call(&w, "open_module", json!({"moduleId": "sample"})).expect("open");
        assert_eq!(view["state"]["kind"], "page");
        assert_eq!(view["module"]["lawAsOf"], "2026-10-02");
        let attempt = view["attemptId"].as_str().expect("id").to_string();
        let quiz = call(
            &w,
            "start_quiz",
            json!({"attemptId": attempt, "activeMs": 1200}),
        )
        .expect("quiz");
        assert_eq!(quiz["state"]["item"]["id"], "q-ox");
        let out = call(
            &w,
            "answer_item",
            json!({"attemptId": attempt, "itemId": "q-ox", "chosen": ["x"], "activeMs": 800}),
        )
        .expect("answer");
        assert_eq!(out["feedback"]["correct"], true);
        assert_eq!(out["next"]["state"]["item"]["id"], "q-single");

        let help = call(&w, "help_page", json!({"lang": "en"})).expect("help");
        assert!(help["services"].as_array().is_some_and(|s| !s.is_empty()));

        call(&w, "sign_out", json!({})).expect("sign out");
        let err =
            call(&w, "current_screen", json!({"attemptId": attempt})).expect_err("signed out");
        assert_eq!(err["code"], "not_signed_in");
    }

    /// Issue 18: the shell's modules import one another without a circle, and `state.rs` (the
    /// state every command module reads) imports none of them.
    #[test]
    fn the_shell_modules_import_each_other_without_a_circle() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let modules = ["commands", "hub", "paths", "reports", "state", "teacher"];
        let imports = |module: &str| -> Vec<&'static str> {
            let text = std::fs::read_to_string(dir.join(format!("{module}.rs"))).expect("module");
            modules
                .into_iter()
                .filter(|m| *m != module && text.contains(&format!("crate::{m}")))
                .collect()
        };
        assert_eq!(imports("state"), vec!["paths"]);
        // Depth-first search for a cycle.
        fn visit<'a>(m: &'a str, imports: &dyn Fn(&str) -> Vec<&'a str>, path: &mut Vec<&'a str>) {
            assert!(!path.contains(&m), "import circle: {path:?} -> {m}");
            path.push(m);
            for next in imports(m) {
                visit(next, imports, path);
            }
            path.pop();
        }
        for m in modules {
            visit(m, &imports, &mut Vec::new());
        }
    }

    /// Issue 18 (start-up): the first screen's calls (settings, bootstrap) and signing in do not
    /// wait for the module library; the broken-module notice comes by its own call, which waits
    /// for the parse, and the module list still works.
    #[test]
    fn the_first_screen_does_not_wait_for_the_library_and_broken_modules_are_still_reported() {
        use tauri::Manager;
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let dir = tempfile::tempdir().expect("tempdir");
        let modules = dir.path().join("modules");
        std::fs::create_dir_all(&modules).expect("modules");
        for (from, to) in [
            ("tests/fixtures/modules/sample.toml", "sample.toml"),
            (
                "tests/fixtures/broken/no-correct-answer.toml",
                "no-correct-answer.toml",
            ),
        ] {
            std::fs::copy(root.join(from), modules.join(to)).expect("copy");
        }
        let (app, w) = app_with_modules(&dir.path().join("data"), &modules);
        let parsed = || app.state::<state::Content>().library.loaded().is_some();
        call(&w, "get_settings", json!({})).expect("settings");
        let boot = call(&w, "bootstrap", json!({})).expect("bootstrap");
        assert_eq!(boot["startupError"], Value::Null);
        assert!(boot.get("brokenModules").is_none(), "{boot}");
        call(
            &w,
            "sign_in",
            json!({"signIn": {"grade": 2, "classNo": 1, "number": 3, "name": "한별"}}),
        )
        .expect("sign in");
        assert!(!parsed(), "the first screen and sign-in parsed the library");
        let broken = call(&w, "broken_modules", json!({})).expect("broken modules");
        assert!(parsed());
        assert_eq!(broken.as_array().map(Vec::len), Some(1), "{broken}");
        assert!(broken[0]["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("no-correct-answer.toml")));
        assert!(broken[0]["issues"][0]["messageId"]
            .as_str()
            .is_some_and(|m| m.starts_with("content-")));
        let list = call(&w, "list_modules", json!({})).expect("modules");
        assert_eq!(list[0]["id"], "sample");
    }

    /// Issue 18 (start-up): the window's thread does not open the database; the commands wait
    /// for the thread that does, and what the app starts with the open service runs once, or
    /// not at all when the database is damaged (its error reaches the window as before).
    #[test]
    fn the_database_is_opened_off_the_window_thread_and_the_commands_wait_for_it() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Arc;
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for damaged in [false, true] {
            let dir = tempfile::tempdir().expect("tempdir");
            if damaged {
                std::fs::write(dir.path().join("jikim.db"), vec![7u8; 4096]).expect("garbage");
            }
            let dirs = paths::AppPaths {
                data: dir.path().to_path_buf(),
                database: dir.path().join("jikim.db"),
                modules: root.join("tests/fixtures/modules"),
                help: root.join("assets/help/help.toml"),
            };
            let app = configure(mock_builder())
                .build(tauri::generate_context!())
                .expect("mock app builds");
            let started = Arc::new(AtomicUsize::new(0));
            let counted = started.clone();
            AppState::start(&dirs, move |_| {
                counted.fetch_add(1, Ordering::SeqCst);
            })
            .manage(&app);
            let w = WebviewWindowBuilder::new(&app, "main", Default::default())
                .build()
                .expect("window");
            let boot = call(&w, "bootstrap", json!({})).expect("bootstrap");
            if damaged {
                assert_eq!(boot["startupError"]["code"], "database_corrupt", "{boot}");
                assert_eq!(started.load(Ordering::SeqCst), 0);
            } else {
                assert_eq!(boot["startupError"], Value::Null, "{boot}");
                assert_eq!(started.load(Ordering::SeqCst), 1, "started once");
                call(
                    &w,
                    "sign_in",
                    json!({"signIn": {"grade": 2, "classNo": 1, "number": 3, "name": "한별"}}),
                )
                .expect("sign in");
                let list = call(&w, "list_modules", json!({})).expect("modules");
                assert_eq!(list[0]["id"], "sample");
            }
        }
    }

    #[test]
    fn a_corrupt_database_is_reported_at_bootstrap_not_a_panic() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("jikim.db"), vec![7u8; 4096]).expect("garbage");
        let (_app, w) = app_with(dir.path());
        let boot = call(&w, "bootstrap", json!({})).expect("bootstrap still answers");
        assert_eq!(boot["startupError"]["code"], "database_corrupt");
        assert!(boot["startupError"]["args"]["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("jikim.db")));
        // Help still works on a broken database.
        assert!(call(&w, "help_page", json!({"lang": "ko"})).is_ok());
    }
}
