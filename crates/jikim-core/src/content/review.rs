//! Findings of the legal review that the checker keeps from coming back: sentences found wrong
//! (`[[forbidden]]`) and statements a module must keep making (`[[required]]`). The rules are data,
//! `assets/review/known-errors.toml`, embedded at build time so the CLI, the app and the tests
//! apply the same list; each rule names the finding of `docs/content-decisions.md` it guards.
//!
//! The word list of [`super::load::states_law`] catches claims that need a legal basis; these
//! rules catch claims that are wrong even with one.

use super::issue::{ContentIssue, IssueKind};
use crate::help::Help;
use serde::Deserialize;
use std::path::Path;
use std::sync::OnceLock;

/// A sentence the review found wrong: no module or help text may contain it again.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forbidden {
    /// The review's finding id (`C2`, `M3`…).
    pub finding: String,
    /// The wrong wording, compared after [`normalize`].
    pub phrase: String,
}

/// A statement a module must keep: an article among its legal bases and/or a phrase in its text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Required {
    pub finding: String,
    /// The module id the rule applies to.
    pub module: String,
    /// An article the module's legal bases must list (substring of a `legal_basis.article`).
    pub article: Option<String>,
    /// A phrase some page or item text of the module must contain (after [`normalize`]).
    pub text: Option<String>,
}

/// The whole rule file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRules {
    #[serde(default)]
    pub forbidden: Vec<Forbidden>,
    #[serde(default)]
    pub required: Vec<Required>,
}

const RULES_TOML: &str = include_str!("../../../../assets/review/known-errors.toml");

impl ReviewRules {
    /// Parses a rule file.
    pub fn parse(src: &str) -> Result<ReviewRules, toml::de::Error> {
        toml::from_str(src)
    }

    /// The shipped rules (parsed once). A broken rule file is caught by a unit test; at run time
    /// it yields no rules rather than a panic.
    pub fn shipped() -> &'static ReviewRules {
        static RULES: OnceLock<ReviewRules> = OnceLock::new();
        RULES.get_or_init(|| ReviewRules::parse(RULES_TOML).unwrap_or_default())
    }

    /// The forbidden phrases found in `text`.
    pub fn forbidden_in<'a>(&'a self, text: &str) -> impl Iterator<Item = &'a Forbidden> + 'a {
        let text = normalize(text);
        self.forbidden
            .iter()
            .filter(move |f| text.contains(&normalize(&f.phrase)))
    }

    /// The required statements of `module` that are missing, given all its texts and the
    /// article strings of all its legal bases.
    pub fn missing_in<'a>(
        &'a self,
        module: &'a str,
        texts: &'a [&str],
        articles: &'a [&str],
    ) -> impl Iterator<Item = &'a Required> + 'a {
        let joined = normalize(&texts.join("\n"));
        self.required
            .iter()
            .filter(move |r| r.module == module)
            .filter(move |r| {
                let article_ok = r
                    .article
                    .as_ref()
                    .is_none_or(|a| articles.iter().any(|b| b.contains(a.as_str())));
                let text_ok = r
                    .text
                    .as_ref()
                    .is_none_or(|t| joined.contains(&normalize(t)));
                !(article_ok && text_ok)
            })
    }

    /// The help page held to the same rules (module id `help`), both languages: a forbidden
    /// phrase in a service or guide, or a required statement missing. Reported at line 1 of
    /// `path`, with the service or guide id.
    pub fn check_help(&self, help: &Help, path: &Path) -> Vec<ContentIssue> {
        let mut entries: Vec<(&str, Vec<&str>)> = Vec::new();
        for s in &help.services {
            let mut t = vec![
                s.name.ko.as_str(),
                s.name.en.as_str(),
                s.what.ko.as_str(),
                s.what.en.as_str(),
            ];
            t.extend(s.phone.as_deref());
            if let Some(h) = &s.hours {
                t.extend([h.ko.as_str(), h.en.as_str()]);
            }
            entries.push((&s.id, t));
        }
        for g in &help.guides {
            let t = vec![
                g.title.ko.as_str(),
                g.title.en.as_str(),
                g.body.ko.as_str(),
                g.body.en.as_str(),
            ];
            entries.push((&g.id, t));
        }
        let issue = |kind| ContentIssue {
            file: path.to_path_buf(),
            line: 1,
            kind,
        };
        let mut out = Vec::new();
        for (id, texts) in &entries {
            for t in texts {
                for f in self.forbidden_in(t) {
                    out.push(issue(IssueKind::KnownError {
                        id: id.to_string(),
                        finding: f.finding.clone(),
                        phrase: f.phrase.clone(),
                    }));
                }
            }
        }
        let all: Vec<&str> = entries
            .iter()
            .flat_map(|(_, t)| t.iter().copied())
            .collect();
        for r in self.missing_in("help", &all, &[]) {
            out.push(issue(IssueKind::RequiredMissing {
                finding: r.finding.clone(),
                what: r.text.clone().unwrap_or_default(),
            }));
        }
        out
    }
}

/// Text as compared by the rules: emphasis markers dropped, runs of whitespace made one space.
pub fn normalize(text: &str) -> String {
    text.replace("**", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_rule_file_parses_and_guards_every_critical_and_major_finding() {
        let rules = ReviewRules::parse(RULES_TOML).expect("assets/review/known-errors.toml");
        let ids: Vec<&str> = rules
            .forbidden
            .iter()
            .map(|f| f.finding.as_str())
            .chain(rules.required.iter().map(|r| r.finding.as_str()))
            .collect();
        for f in [
            "C1", "C2", "C3", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11",
        ] {
            assert!(ids.contains(&f), "no rule guards {f}");
        }
    }

    #[test]
    fn phrases_match_across_line_breaks_and_emphasis() {
        let rules = ReviewRules {
            forbidden: vec![Forbidden {
                finding: "X".into(),
                phrase: "보호자 동의가 필요".into(),
            }],
            required: vec![],
        };
        assert_eq!(
            rules
                .forbidden_in("신고에는 **보호자\n동의가** 필요할 수")
                .count(),
            1
        );
        assert_eq!(
            rules.forbidden_in("본인이 직접 신고할 수 있어요").count(),
            0
        );
    }

    #[test]
    fn a_required_statement_needs_both_its_article_and_its_text() {
        let rules = ReviewRules {
            forbidden: vec![],
            required: vec![Required {
                finding: "X".into(),
                module: "m".into(),
                article: Some("제34조제2항".into()),
                text: Some("즉시 수사기관".into()),
            }],
        };
        let both = ["교사는 즉시 수사기관에 신고해야 합니다"];
        assert_eq!(rules.missing_in("m", &both, &["제34조제2항"]).count(), 0);
        assert_eq!(rules.missing_in("m", &both, &["제34조제1항"]).count(), 1);
        assert_eq!(
            rules
                .missing_in("m", &["신고할 수 있습니다"], &["제34조제2항"])
                .count(),
            1
        );
        assert_eq!(rules.missing_in("other", &[], &[]).count(), 0);
    }
}
