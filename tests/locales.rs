//! Locale parity: every message exists in both Korean and English, every .ftl file parses, and
//! every message id referenced from Rust or TypeScript source exists.

use jikim_core::i18n::{self, LANGS};
use jikim_tests::root;
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn every_ftl_file_parses() {
    let errors = i18n::syntax_errors();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn both_locales_have_the_same_files_and_message_ids() {
    let ko = i18n::message_ids("ko");
    assert!(!ko.is_empty());
    for lang in LANGS {
        assert_eq!(i18n::files(lang), i18n::files("ko"), "files of {lang}");
        let ids = i18n::message_ids(lang);
        let missing: Vec<_> = ko.keys().filter(|k| !ids.contains_key(*k)).collect();
        let extra: Vec<_> = ids.keys().filter(|k| !ko.contains_key(*k)).collect();
        assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
        assert!(extra.is_empty(), "only in {lang}: {extra:?}");
    }
}

#[test]
fn message_ids_start_with_their_file_name() {
    for (id, file) in i18n::message_ids("ko") {
        let prefix = file.trim_end_matches(".ftl");
        assert!(id.starts_with(&format!("{prefix}-")), "{id} in {file}");
    }
}

fn sources(dir: &Path, exts: &[&str], out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name()
                .is_some_and(|n| n != "node_modules" && n != "target" && n != "dist")
            {
                sources(&p, exts, out);
            }
        } else if p.extension().is_some_and(|x| exts.iter().any(|e| x == *e)) {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push((p.display().to_string(), text));
            }
        }
    }
}

/// String literals in source that look like message ids: `"<prefix>-…"` where prefix is the name
/// of an .ftl file.
fn referenced_ids() -> BTreeSet<(String, String)> {
    let prefixes: Vec<String> = i18n::files("ko")
        .into_iter()
        .map(|f| f.trim_end_matches(".ftl").to_string())
        .collect();
    let mut files = Vec::new();
    let root = root();
    sources(&root.join("crates"), &["rs"], &mut files);
    sources(&root.join("src-tauri/src"), &["rs"], &mut files);
    sources(&root.join("ui/src"), &["ts", "tsx"], &mut files);
    let mut found = BTreeSet::new();
    for (file, text) in files {
        for quote in ['"', '\'', '`'] {
            for piece in text.split(quote).skip(1).step_by(2) {
                let is_id = prefixes.iter().any(|p| piece.starts_with(&format!("{p}-")))
                    && piece.len() > 3
                    && piece
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !piece.ends_with('-');
                if is_id {
                    found.insert((piece.to_string(), file.clone()));
                }
            }
        }
    }
    found
}

#[test]
fn every_message_referenced_in_code_exists_in_both_locales() {
    let refs = referenced_ids();
    assert!(
        refs.iter().any(|(id, _)| id == "quiz-submit"),
        "the scan sees the UI's references"
    );
    assert!(
        refs.iter().any(|(id, _)| id == "errors-database-corrupt"),
        "the scan sees the core's references"
    );
    for lang in LANGS {
        let ids = i18n::message_ids(lang);
        let missing: Vec<_> = refs
            .iter()
            .filter(|(id, _)| !ids.contains_key(id))
            .collect();
        assert!(
            missing.is_empty(),
            "referenced but missing in {lang}: {missing:?}"
        );
    }
}
