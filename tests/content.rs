//! The shipped modules pass the checker; each kind of broken file fails with the right
//! `file:line` message; a broken file does not stop the others from loading.

use jikim_core::content::{IssueKind, Library};
use jikim_tests::{root, today};

#[test]
fn shipped_modules_pass_the_checker() {
    let lib = Library::load_dir(&root().join("assets/modules"), today());
    let issues: Vec<String> = lib
        .issues()
        .map(|i| format!("{}:{}: {:?}", i.file.display(), i.line, i.kind))
        .collect();
    assert!(
        issues.is_empty(),
        "issues in shipped modules:\n{}",
        issues.join("\n")
    );
    assert!(
        lib.module("deepfake-law").is_some(),
        "the foundation module ships"
    );
    let m = lib.module("deepfake-law").expect("checked above");
    assert!(m.pages.len() >= 4, "at least 4 pages");
    assert!(m.items.len() >= 8, "at least 8 items");
    assert_eq!(m.title, "딥페이크(허위영상물)와 법");
}

#[test]
fn every_shipped_legal_basis_names_a_source_of_its_module() {
    let lib = Library::load_dir(&root().join("assets/modules"), today());
    for m in &lib.modules {
        let ids: Vec<&str> = m.sources.iter().map(|s| s.id.as_str()).collect();
        let bases = m
            .pages
            .iter()
            .flat_map(|p| &p.legal_basis)
            .chain(m.items.iter().flat_map(|i| &i.legal_basis));
        for b in bases {
            assert!(ids.contains(&b.source.as_str()), "{}: {}", m.id, b.source);
        }
    }
}

fn broken(name: &str) -> Vec<(usize, IssueKind)> {
    let lib = Library::load_dir(&root().join("tests/fixtures/broken"), today());
    let b = lib
        .broken
        .iter()
        .find(|b| b.file.file_stem().is_some_and(|s| s == name))
        .unwrap_or_else(|| panic!("{name} should be broken"));
    b.issues.iter().map(|i| (i.line, i.kind.clone())).collect()
}

#[test]
fn bad_syntax_is_reported_at_its_line() {
    let issues = broken("bad-syntax");
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].0, 8);
    assert!(matches!(issues[0].1, IssueKind::Syntax { .. }));
}

#[test]
fn duplicate_item_id_is_reported_at_the_second_id_with_the_first_line() {
    assert_eq!(
        broken("duplicate-ids"),
        vec![(
            65,
            IssueKind::DuplicateId {
                id: "q-single".into(),
                first_line: 43
            }
        )]
    );
}

#[test]
fn missing_explanation_is_reported_at_its_item() {
    assert_eq!(
        broken("missing-explanation"),
        vec![(
            42,
            IssueKind::MissingKey {
                key: "explanation".into()
            }
        )]
    );
}

#[test]
fn item_without_a_correct_answer_is_reported() {
    assert_eq!(
        broken("no-correct-answer"),
        vec![(
            42,
            IssueKind::NoCorrectAnswer {
                item: "q-single".into()
            }
        )]
    );
}

#[test]
fn legal_claim_without_basis_is_reported() {
    assert_eq!(
        broken("missing-legal-basis"),
        vec![(33, IssueKind::MissingLegalBasis { id: "q-ox".into() })]
    );
}

#[test]
fn unknown_key_is_an_error_not_silently_dropped() {
    let issues = broken("unknown-key");
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].0, 12);
    match &issues[0].1 {
        IssueKind::Syntax { detail } => assert!(detail.contains("passmark"), "{detail}"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_broken_module_does_not_stop_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixtures = root().join("tests/fixtures");
    std::fs::copy(
        fixtures.join("modules/sample.toml"),
        dir.path().join("sample.toml"),
    )
    .expect("copy");
    std::fs::copy(
        fixtures.join("broken/bad-syntax.toml"),
        dir.path().join("bad-syntax.toml"),
    )
    .expect("copy");
    let lib = Library::load_dir(dir.path(), today());
    assert_eq!(lib.modules.len(), 1);
    assert_eq!(lib.broken.len(), 1);
    assert!(lib.broken[0].file.ends_with("bad-syntax.toml"));
}

#[test]
fn law_as_of_in_the_future_is_rejected() {
    let src = std::fs::read_to_string(root().join("tests/fixtures/modules/sample.toml"))
        .expect("read fixture");
    let future = src.replace("law_as_of = 2026-10-02", "law_as_of = 2027-01-01");
    let issues = jikim_core::content::parse_module(&future, "sample.toml".as_ref(), today())
        .expect_err("future date must fail");
    assert!(issues
        .iter()
        .any(|i| matches!(&i.kind, IssueKind::BadDate { key } if key == "law_as_of")));
}

#[test]
fn every_item_kind_is_parsed() {
    let lib = Library::load_dir(&root().join("tests/fixtures/modules"), today());
    let m = lib.module("sample").expect("sample loads");
    use jikim_core::content::ItemKind::*;
    let kinds: Vec<_> = m.items.iter().map(|i| i.kind).collect();
    for k in [Ox, Single, Multi, Scenario] {
        assert!(kinds.contains(&k), "{k:?}");
    }
    let ox = m.item("q-ox").expect("ox item");
    assert_eq!(ox.correct_ids(), vec!["x"]);
    let multi = m.item("q-multi").expect("multi item");
    assert_eq!(multi.correct_ids(), vec!["a", "c"]);
    assert!(m
        .item("q-scenario")
        .and_then(|i| i.scenario.as_ref())
        .is_some());
}
