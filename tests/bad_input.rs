//! The bad-input corpus (`tests/bad-input/`) against the CLI and the core: every case gets a clear
//! `file:line` error, nothing panics, nothing is changed.

use jikim_core::storage::{Db, SignIn};
use jikim_core::CoreError;
use jikim_tests::{jikim, root};

#[test]
fn every_bad_module_file_gets_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = root().join("tests/bad-input/modules");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&corpus).expect("corpus") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name").to_owned();
        std::fs::copy(&path, dir.path().join(&name)).expect("copy");
        names.push(name.to_string_lossy().into_owned());
    }
    // Generated here rather than committed: 3 MB of module file.
    let mut big = std::fs::read_to_string(root().join("tests/fixtures/modules/sample.toml"))
        .expect("sample")
        .replace("id = \"sample\"", "id = \"oversized\"");
    big.push_str(&format!("\n# {}\n", "x".repeat(3 * 1024 * 1024)));
    std::fs::write(dir.path().join("oversized.toml"), big).expect("write");
    names.push("oversized.toml".into());

    let before: Vec<_> = names
        .iter()
        .map(|n| std::fs::read(dir.path().join(n)).expect("read"))
        .collect();
    let (code, out, _) = jikim(&[
        "--lang",
        "en",
        "content",
        "check",
        &dir.path().display().to_string(),
    ]);
    assert_eq!(code, 1);
    for name in &names {
        let line = out
            .lines()
            .find(|l| l.contains(&format!("{name}:")))
            .unwrap_or_else(|| panic!("no error for {name}:\n{out}"));
        let after_colon = line.split(".toml:").nth(1).expect("file:line");
        let line_no: usize = after_colon
            .split(':')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a line number");
        assert!(line_no >= 1, "{line}");
    }
    assert!(
        out.contains("oversized.toml:1: the file is too large"),
        "{out}"
    );
    assert!(
        out.contains("binary-garbage.toml:1: TOML error: not UTF-8 text"),
        "{out}"
    );
    for (n, bytes) in names.iter().zip(before) {
        assert_eq!(
            std::fs::read(dir.path().join(n)).expect("read"),
            bytes,
            "{n} unchanged"
        );
    }
}

#[test]
fn hostile_names_are_refused_at_sign_in() {
    let mut db = Db::open_in_memory().expect("db");
    let hostile = [
        "김\u{202E}하늘", // right-to-left override
        "김\u{200B}하늘", // zero-width space
        "김\u{2066}하늘", // bidi isolate
        "\u{FEFF}김하늘", // byte-order mark
        "김\n하늘",
        "김\u{7}하늘",
    ];
    for name in hostile {
        let r = db.sign_in(&SignIn {
            grade: 1,
            class_no: 1,
            number: 1,
            name: name.into(),
            pin: None,
        });
        assert!(
            matches!(r, Err(CoreError::InvalidSignIn { field: "name" })),
            "{name:?} accepted"
        );
    }
    // Ordinary Korean and Latin names, including quotes and commas, are fine.
    for name in ["김하늘", "O'Brien, 민수", "\"별\" 이"] {
        db.sign_in(&SignIn {
            grade: 1,
            class_no: 1,
            number: 2,
            name: name.into(),
            pin: None,
        })
        .expect("ordinary name");
    }
}
