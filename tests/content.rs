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

/// Rewrites the sample fixture's first OX item and checks it in a temporary folder.
fn sample_with(edit: impl Fn(&str) -> String) -> Vec<IssueKind> {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = std::fs::read_to_string(root().join("tests/fixtures/modules/sample.toml"))
        .expect("fixture");
    std::fs::write(dir.path().join("sample.toml"), edit(&src)).expect("write");
    Library::load_dir(dir.path(), today())
        .issues()
        .map(|i| i.kind.clone())
        .collect()
}

#[test]
fn an_item_tagged_legal_needs_a_legal_basis() {
    let src = std::fs::read_to_string(root().join("tests/fixtures/modules/sample.toml"))
        .expect("fixture");
    let first_item = src.find("[[items]]").expect("items");
    let item_id_line = src[first_item..]
        .lines()
        .find(|l| l.starts_with("id = "))
        .expect("id")
        .to_string();
    let item_id = item_id_line
        .trim_start_matches("id = ")
        .trim_matches('"')
        .to_string();
    // Tagged `legal = true` and its basis removed: reported.
    let issues = sample_with(|s| {
        let at = s.find("[[items]]").expect("items");
        let (head, tail) = s.split_at(at);
        let end = tail[9..].find("[[items]]").map_or(tail.len(), |e| e + 9);
        let item: String = tail[..end]
            .lines()
            .filter(|l| !l.starts_with("legal_basis"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
            .replacen(&item_id_line, &format!("{item_id_line}\nlegal = true"), 1);
        format!("{head}{item}{}", &tail[end..])
    });
    assert!(
        issues.contains(&IssueKind::MissingLegalBasis {
            id: item_id.clone()
        }),
        "{issues:?}"
    );
    // `legal = true` with its basis kept: fine.
    let issues =
        sample_with(|s| s.replacen(&item_id_line, &format!("{item_id_line}\nlegal = true"), 1));
    assert!(issues.is_empty(), "{issues:?}");
}

#[test]
fn calling_something_a_crime_is_a_legal_claim() {
    use jikim_core::content::states_law;
    assert!(states_law("친구 사진을 합성해 퍼뜨리면 범죄예요."));
    assert!(states_law("단톡방에 올리는 것도 범죄가 될 수 있어요."));
    assert!(states_law("이것은 범죄에 해당합니다."));
    assert!(states_law("성폭력처벌법 제14조의2"));
    assert!(!states_law("도움을 요청해도 괜찮아요."));
    // Words the first list missed (issue 11), each from a sentence the legal review quoted.
    assert!(states_law(
        "이런 범죄를 판단하는 핵심 기준은 하나예요. \"그 사람의 의사에 반하여\""
    ));
    assert!(states_law(
        "불법촬영은 다른 사람의 몸을, 그 사람이 원하지 않는데 카메라나 휴대폰으로 찍는 것을 말해요."
    ));
    assert!(states_law("교사는 즉시 수사기관에 신고해야 합니다."));
    assert!(states_law(
        "신고하지 않으면 300만원 이하의 과태료 대상입니다."
    ));
    assert!(states_law("디지털 성범죄란 무엇인가"));
    assert!(states_law("Sharing it is illegal."));
    assert!(states_law("You could be punished."));
    // An institution's name is not a claim.
    assert!(!states_law(
        "중앙디지털성범죄피해자지원센터(디성센터)에 연락하면 삭제를 도와줘요."
    ));
    assert!(!states_law(
        "경찰청 사이버범죄 신고시스템(ECRM)에서 접수해요."
    ));
}

#[test]
fn articles_are_read_at_the_article_level() {
    use jikim_core::content::article_refs;
    assert_eq!(
        article_refs("(제42조제1항, 제45조제1항) 그리고 제14조의2제4항, 제2조제5호"),
        vec!["제42조", "제45조", "제14조의2", "제2조"]
    );
    assert!(article_refs("같은 조 제2항, 제3호").is_empty());
}

/// Review finding m8: the text cites 제45조제1항, the basis lists only 제42조제1항.
#[test]
fn an_article_named_in_the_text_must_be_in_its_legal_basis() {
    let issues = sample_with(|s| {
        s.replacen(
            "허위영상물을 시청해도 처벌됩니다.",
            "유죄가 확정되면 10년에서 30년 동안 등록돼요(제14조의2제4항, 제45조제1항).",
            1,
        )
    });
    assert_eq!(
        issues,
        vec![IssueKind::ArticleNotInBasis {
            id: "two".into(),
            article: "제45조".into()
        }]
    );
}

/// Every critical and major finding of the legal review has a fixture holding its wrong
/// sentence (or its omission) under `tests/fixtures/review/<finding>/`: the checker refuses each
/// one and names that finding, so the sentence cannot come back unnoticed.
#[test]
fn every_review_finding_fixture_is_refused_with_its_finding() {
    use jikim_core::content::ReviewRules;
    use jikim_core::help::Help;
    let dir = root().join("tests/fixtures/review");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/fixtures/review") {
        let path = entry.expect("dir entry").path();
        let finding = path
            .file_name()
            .and_then(|f| f.to_str())
            .expect("finding dir")
            .to_string();
        let mut found: Vec<String> = Vec::new();
        let lib = Library::load_dir(&path, today());
        for issue in lib.issues() {
            match &issue.kind {
                IssueKind::KnownError { finding, .. }
                | IssueKind::RequiredMissing { finding, .. } => found.push(finding.clone()),
                _ => {}
            }
        }
        let help_path = path.join("help.toml");
        if help_path.is_file() {
            let help = Help::load(&help_path).expect("fixture help parses");
            let issues = ReviewRules::shipped().check_help(&help, &help_path);
            assert!(!issues.is_empty(), "{finding}: help fixture passed");
            for i in issues {
                if let IssueKind::KnownError { finding, .. }
                | IssueKind::RequiredMissing { finding, .. } = i.kind
                {
                    found.push(finding);
                }
            }
        }
        assert!(
            found.contains(&finding),
            "{finding}: the checker did not refuse the fixture with this finding (got {found:?})"
        );
        seen.push(finding);
    }
    seen.sort();
    for f in [
        "C1", "C2", "C3", "M1", "M10", "M11", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9",
    ] {
        assert!(seen.iter().any(|s| s == f), "no fixture for {f}");
    }
}

#[test]
fn the_shipped_help_page_passes_the_review_rules() {
    use jikim_core::content::ReviewRules;
    use jikim_core::help::Help;
    let path = root().join("assets/help/help.toml");
    let help = Help::load(&path).expect("help parses");
    let issues = ReviewRules::shipped().check_help(&help, &path);
    assert!(issues.is_empty(), "{issues:?}");
}

/// The curriculum the schools need (issues 3 and 11: at least 8 modules, 130 items, every audience and
/// item kind), measured with the same `content stats` authors run.
#[test]
fn the_shipped_library_is_complete_and_stats_report_it() {
    use jikim_core::content::{Audience, ItemKind};
    let lib = Library::load_dir(&root().join("assets/modules"), today());
    assert!(lib.broken.is_empty());
    assert!(lib.modules.len() >= 8, "modules: {}", lib.modules.len());
    let items: Vec<_> = lib.modules.iter().flat_map(|m| m.items.iter()).collect();
    assert!(items.len() >= 130, "items: {}", items.len());
    for kind in [
        ItemKind::Ox,
        ItemKind::Single,
        ItemKind::Multi,
        ItemKind::Scenario,
    ] {
        assert!(
            items.iter().filter(|i| i.kind == kind).count() >= 5,
            "{kind:?}"
        );
    }
    for audience in [
        Audience::ElementaryUpper,
        Audience::Middle,
        Audience::High,
        Audience::Teacher,
    ] {
        assert!(
            lib.modules.iter().any(|m| m.audience.contains(&audience)),
            "{audience:?}"
        );
    }
    let mut orders: Vec<i64> = lib.modules.iter().map(|m| m.order).collect();
    orders.dedup();
    assert_eq!(orders.len(), lib.modules.len(), "module orders are unique");
    for m in &lib.modules {
        assert!(!m.sources.is_empty() && !m.law_as_of.is_empty(), "{}", m.id);
    }
    let (code, out, err) = jikim_tests::jikim(&[
        "content",
        "stats",
        &root().join("assets/modules").display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("모듈 {}개", lib.modules.len()))
            && out.contains(&format!("문항 {}개", items.len())),
        "{out}"
    );
    // Every student module counts toward the ledger (issue 13); the teachers' module does not.
    for m in &lib.modules {
        let for_students = m.audience.iter().any(|a| *a != Audience::Teacher);
        assert_eq!(m.credit.is_some(), for_students, "{}: credit", m.id);
    }
    let svp: u32 = lib
        .modules
        .iter()
        .filter_map(|m| m.credit.as_ref())
        .filter(|c| {
            c.requirements
                .contains(&jikim_core::content::Requirement::SexualViolencePrevention)
        })
        .map(|c| c.minutes)
        .sum();
    assert!(
        out.contains(&format!("성폭력 예방교육 모듈 8개·최대 {svp}분")),
        "{out}"
    );
}

#[test]
fn a_credit_names_known_requirements_once_with_minutes_in_range() {
    let credit = |table: &str| {
        sample_with(|src| src.replacen("[[sources]]", &format!("{table}\n\n[[sources]]"), 1))
    };
    assert!(credit("[credit]\nminutes = 30\nrequirements = [\"sex-education\"]").is_empty());
    let bad = credit("[credit]\nminutes = 30\nrequirements = [\"homework\"]");
    assert!(
        bad.iter()
            .any(|k| matches!(k, IssueKind::BadRequirement { value } if value == "homework")),
        "{bad:?}"
    );
    let twice =
        credit("[credit]\nminutes = 30\nrequirements = [\"sex-education\", \"sex-education\"]");
    assert!(
        twice
            .iter()
            .any(|k| matches!(k, IssueKind::DuplicateId { .. })),
        "{twice:?}"
    );
    let zero = credit("[credit]\nminutes = 0\nrequirements = [\"sex-education\"]");
    assert!(
        zero.iter()
            .any(|k| matches!(k, IssueKind::OutOfRange { key, .. } if key == "minutes")),
        "{zero:?}"
    );
    let none = credit("[credit]\nminutes = 30");
    assert!(
        none.iter()
            .any(|k| matches!(k, IssueKind::MissingKey { key } if key == "requirements")),
        "{none:?}"
    );
}
