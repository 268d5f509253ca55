//! Locale parity: every .ftl file parses, every message exists in both Korean and English with
//! the same variables, and its id starts with its file's name.
//!
//! Code names messages only through the accessors generated from `locales/ko`
//! (`jikim_core::i18n::messages` for Rust, `ui/src/messages.ts` for the UI's `t`), so the
//! compilers check every id and argument name a program uses; no source is scanned for ids. No
//! message id is reachable only as data: module and help files hold none, and the ids that cross
//! IPC or the hub's API as data (`ErrorPayload`, content issues, the sync state, refusals) are
//! made by those accessors on the Rust side.

use jikim_core::i18n::{self, LANGS};

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

/// The accessors are generated from Korean; a translation that used another variable would get
/// no value for it (and one that dropped a variable would hide what the code says).
#[test]
fn every_message_has_the_same_variables_in_both_locales() {
    let ko = i18n::message_variables("ko");
    assert!(
        ko.get("home-score")
            .is_some_and(|v| v.iter().eq(["percent"])),
        "variables are read"
    );
    assert!(
        ko.get("errors-invalid-sign-in")
            .is_some_and(|v| v.iter().eq(["field"])),
        "a select's variable is read"
    );
    for lang in LANGS {
        let other = i18n::message_variables(lang);
        let differ: Vec<String> = ko
            .iter()
            .filter_map(|(id, vars)| {
                let theirs = other.get(id)?;
                (theirs != vars).then(|| format!("{id}: ko {vars:?}, {lang} {theirs:?}"))
            })
            .collect();
        assert!(differ.is_empty(), "{}", differ.join("\n"));
    }
}

#[test]
fn message_ids_start_with_their_file_name() {
    for (id, file) in i18n::message_ids("ko") {
        let prefix = file.trim_end_matches(".ftl");
        assert!(id.starts_with(&format!("{prefix}-")), "{id} in {file}");
    }
}
