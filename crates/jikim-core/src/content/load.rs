//! Parses and validates one module file. Every problem becomes a [`ContentIssue`] with the line
//! of the offending key or table; a file with any issue yields no module.

use super::issue::{ContentIssue, IssueKind};
use super::model::*;
use super::review::ReviewRules;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;
use toml::Spanned;

/// The module format this build reads.
pub const FORMAT_VERSION: i64 = 1;

type S<T> = Spanned<T>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModule {
    format: Option<S<i64>>,
    id: Option<S<String>>,
    version: Option<S<i64>>,
    order: Option<S<i64>>,
    language: Option<S<String>>,
    title: Option<S<String>>,
    summary: Option<S<String>>,
    audience: Option<S<Vec<S<String>>>>,
    estimated_minutes: Option<S<i64>>,
    pass_mark: Option<S<i64>>,
    law_as_of: Option<S<toml::value::Datetime>>,
    credit: Option<S<RawCredit>>,
    sources: Option<Vec<S<RawSource>>>,
    pages: Option<Vec<S<RawPage>>>,
    items: Option<Vec<S<RawItem>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCredit {
    minutes: Option<S<i64>>,
    requirements: Option<S<Vec<S<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Option<S<String>>,
    title: Option<S<String>>,
    publisher: Option<S<String>>,
    url: Option<S<String>>,
    date: Option<S<toml::value::Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLegalBasis {
    law: Option<S<String>>,
    article: Option<S<String>>,
    source: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    id: Option<S<String>>,
    title: Option<S<String>>,
    body: Option<S<String>>,
    legal: Option<S<bool>>,
    legal_basis: Option<Vec<S<RawLegalBasis>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOxFeedback {
    o: Option<S<String>>,
    x: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    id: Option<S<String>>,
    text: Option<S<String>>,
    correct: Option<S<bool>>,
    feedback: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Option<S<String>>,
    kind: Option<S<String>>,
    prompt: Option<S<String>>,
    scenario: Option<S<String>>,
    answer: Option<S<String>>,
    feedback: Option<S<RawOxFeedback>>,
    options: Option<Vec<S<RawOption>>>,
    explanation: Option<S<String>>,
    legal: Option<S<bool>>,
    legal_basis: Option<Vec<S<RawLegalBasis>>>,
    misconception: Option<S<i64>>,
}

/// Collects issues while walking one file.
struct Checker<'a> {
    src: &'a str,
    path: &'a Path,
    issues: Vec<ContentIssue>,
}

impl<'a> Checker<'a> {
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.src.len());
        self.src.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    fn push(&mut self, offset: usize, kind: IssueKind) {
        let line = self.line(offset);
        self.issues.push(ContentIssue {
            file: self.path.to_path_buf(),
            line,
            kind,
        });
    }

    /// A required, non-empty text value.
    fn text(&mut self, v: Option<S<String>>, key: &str, at: usize) -> Option<String> {
        match v {
            None => {
                self.push(at, IssueKind::MissingKey { key: key.into() });
                None
            }
            Some(s) if s.get_ref().trim().is_empty() => {
                self.push(s.span().start, IssueKind::EmptyText { key: key.into() });
                None
            }
            Some(s) => Some(s.into_inner()),
        }
    }

    /// A required integer within `min..=max`.
    fn int(&mut self, v: Option<S<i64>>, key: &str, at: usize, min: i64, max: i64) -> Option<i64> {
        match v {
            None => {
                self.push(at, IssueKind::MissingKey { key: key.into() });
                None
            }
            Some(n) if !(min..=max).contains(n.get_ref()) => {
                self.push(
                    n.span().start,
                    IssueKind::OutOfRange {
                        key: key.into(),
                        min,
                        max,
                    },
                );
                None
            }
            Some(n) => Some(n.into_inner()),
        }
    }

    /// A required id matching `[a-z0-9][a-z0-9-]*` (sources may also use upper case: `L1`).
    fn id(
        &mut self,
        v: Option<S<String>>,
        at: usize,
        allow_upper: bool,
    ) -> Option<(String, usize)> {
        let s = match v {
            None => {
                self.push(at, IssueKind::MissingKey { key: "id".into() });
                return None;
            }
            Some(s) => s,
        };
        let start = s.span().start;
        let id = s.into_inner();
        let ok = !id.is_empty()
            && id.len() <= 64
            && !id.starts_with('-')
            && id.chars().all(|c| {
                c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || c == '-'
                    || (allow_upper && c.is_ascii_uppercase())
            });
        if !ok {
            self.push(start, IssueKind::BadId { id });
            return None;
        }
        Some((id, start))
    }

    /// A required plain date (no time), optionally not after `today`.
    fn date(
        &mut self,
        v: Option<S<toml::value::Datetime>>,
        key: &str,
        at: usize,
        not_after: Option<time::Date>,
    ) -> Option<String> {
        let d = match v {
            None => {
                self.push(at, IssueKind::MissingKey { key: key.into() });
                return None;
            }
            Some(d) => d,
        };
        let start = d.span().start;
        let dt = d.into_inner();
        let parsed = match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => time::Month::try_from(date.month)
                .ok()
                .and_then(|m| time::Date::from_calendar_date(date.year.into(), m, date.day).ok()),
            _ => None,
        };
        match parsed {
            Some(date) if not_after.is_none_or(|limit| date <= limit) => Some(date.to_string()),
            _ => {
                self.push(start, IssueKind::BadDate { key: key.into() });
                None
            }
        }
    }

    /// Reports duplicate ids among `ids` (id, offset).
    fn unique(&mut self, ids: &[(String, usize)]) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut dups = Vec::new();
        for (id, at) in ids {
            match seen.get(id.as_str()) {
                Some(first) => dups.push((id.clone(), *at, *first)),
                None => {
                    seen.insert(id, *at);
                }
            }
        }
        for (id, at, first) in dups {
            let first_line = self.line(first);
            self.push(at, IssueKind::DuplicateId { id, first_line });
        }
    }

    fn legal_basis(
        &mut self,
        raw: Option<Vec<S<RawLegalBasis>>>,
        source_ids: &[String],
    ) -> Vec<LegalBasis> {
        let mut out = Vec::new();
        for entry in raw.unwrap_or_default() {
            let at = entry.span().start;
            let raw = entry.into_inner();
            let law = self.text(raw.law, "law", at);
            let article = self.text(raw.article, "article", at);
            let source_span = raw.source.as_ref().map(|s| s.span().start).unwrap_or(at);
            let source = self.text(raw.source, "source", at);
            if let Some(src) = &source {
                if !source_ids.iter().any(|s| s == src) {
                    self.push(
                        source_span,
                        IssueKind::UnknownSource {
                            source: src.clone(),
                        },
                    );
                }
            }
            if let (Some(law), Some(article), Some(source)) = (law, article, source) {
                out.push(LegalBasis {
                    law,
                    article,
                    source,
                });
            }
        }
        out
    }
}

impl Checker<'_> {
    /// The claim rules for one page or item (`id` at offset `at`): a text that states law needs a
    /// legal basis, every article it names must be among its bases, and no text may repeat a
    /// sentence the legal review found wrong ([`ReviewRules`]).
    fn claims(
        &mut self,
        id: &str,
        at: usize,
        texts: &[&str],
        tagged: bool,
        basis: &[LegalBasis],
        had_basis: bool,
    ) {
        if (tagged || texts.iter().any(|t| states_law(t))) && !had_basis {
            self.push(at, IssueKind::MissingLegalBasis { id: id.into() });
        }
        if had_basis {
            let listed: Vec<String> = basis
                .iter()
                .flat_map(|b| article_refs(&b.article))
                .collect();
            let mut named: Vec<String> = Vec::new();
            for t in texts {
                for a in article_refs(t) {
                    if !listed.contains(&a) && !named.contains(&a) {
                        named.push(a);
                    }
                }
            }
            for article in named {
                self.push(
                    at,
                    IssueKind::ArticleNotInBasis {
                        id: id.into(),
                        article,
                    },
                );
            }
        }
        let rules = ReviewRules::shipped();
        for t in texts {
            for f in rules.forbidden_in(t) {
                self.push(
                    at,
                    IssueKind::KnownError {
                        id: id.into(),
                        finding: f.finding.clone(),
                        phrase: f.phrase.clone(),
                    },
                );
            }
        }
    }
}

/// Proper names that contain a claim word but state no law: institutions and services.
const NAMES_NOT_CLAIMS: [&str; 8] = [
    "중앙디지털성범죄피해자지원센터",
    "디지털성범죄피해자지원센터",
    "디지털성범죄 피해자지원센터",
    "디지털 성범죄 피해자 지원센터",
    "사이버범죄 신고시스템",
    "사이버범죄신고시스템",
    "Digital Sex Crime Victim Support Center",
    "Cyber Crime Reporting System",
];

/// Whether a text makes a legal claim: it names a crime, a punishment, something illegal, a duty
/// to report, a fine or a prison term, or an article (`제14조`). Authors tag any other legal
/// statement with `legal = true`. Institution names (`디지털성범죄피해자지원센터`) are not claims.
pub fn states_law(text: &str) -> bool {
    const WORDS: [&str; 7] = ["범죄", "처벌", "불법", "신고해야", "과태료", "징역", "벌금"];
    const WORDS_EN: [&str; 7] = [
        "crime",
        "punish",
        "illegal",
        "must report",
        "prison",
        " fine",
        "article ",
    ];
    let mut text = text.to_string();
    for name in NAMES_NOT_CLAIMS {
        text = text.replace(name, " ");
    }
    if WORDS.iter().any(|w| text.contains(w)) {
        return true;
    }
    let lower = text.to_lowercase();
    WORDS_EN.iter().any(|w| lower.contains(w)) || !article_refs(&text).is_empty()
}

/// The articles a text names, at the article level: `제14조의2제4항` gives `제14조의2`,
/// `제2조제5호` gives `제2조`. Paragraph-only references (`같은 조 제2항`) name no article.
pub fn article_refs(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let digits_at = |from: usize| {
        chars[from.min(chars.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut out: Vec<String> = Vec::new();
    for i in 0..chars.len() {
        if chars[i] != '제' {
            continue;
        }
        let n = digits_at(i + 1);
        if n == 0 || chars.get(i + 1 + n) != Some(&'조') {
            continue;
        }
        let mut end = i + 2 + n;
        if chars.get(end) == Some(&'의') {
            let m = digits_at(end + 1);
            if m > 0 {
                end += 1 + m;
            }
        }
        let article: String = chars[i..end].iter().collect();
        if !out.contains(&article) {
            out.push(article);
        }
    }
    out
}

/// Largest module file read (bytes). Real modules are ~50 kB; a huge file is a mistake or an
/// attack, and must not stall the app.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// Reads and validates one module file.
pub fn load_module_file(path: &Path, today: time::Date) -> Result<Module, Vec<ContentIssue>> {
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.len() > MAX_FILE_BYTES {
            return Err(vec![ContentIssue {
                file: path.to_path_buf(),
                line: 1,
                kind: IssueKind::TooLarge {
                    bytes: meta.len(),
                    max: MAX_FILE_BYTES,
                },
            }]);
        }
    }
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(src) => parse_module(&src, path, today),
            Err(_) => Err(vec![ContentIssue {
                file: path.to_path_buf(),
                line: 1,
                kind: IssueKind::Syntax {
                    detail: "not UTF-8 text".into(),
                },
            }]),
        },
        Err(e) => Err(vec![ContentIssue {
            file: path.to_path_buf(),
            line: 1,
            kind: IssueKind::Syntax {
                detail: e.to_string(),
            },
        }]),
    }
}

/// Parses and validates module text; `path` names the file in issues and must be `<id>.toml`.
///
/// In the file's order: the header (format, id, version, …, credit), then the sources (legal
/// bases refer to them), the pages, the items, and last the statements the legal review requires
/// of this module. Every part reports its own issues; any issue means no module.
pub fn parse_module(
    src: &str,
    path: &Path,
    today: time::Date,
) -> Result<Module, Vec<ContentIssue>> {
    let mut c = Checker {
        src,
        path,
        issues: Vec::new(),
    };
    let raw: RawModule = match toml::from_str(src) {
        Ok(raw) => raw,
        Err(e) => {
            let at = e.span().map(|s| s.start).unwrap_or(0);
            let detail = e.message().trim().to_string();
            c.push(at, IssueKind::Syntax { detail });
            return Err(c.issues);
        }
    };

    c.format(raw.format);
    let id = c.module_id(raw.id);
    let version = c.int(raw.version, "version", 0, 1, i64::from(u32::MAX));
    let order = c.int(raw.order, "order", 0, i64::MIN, i64::MAX);
    let language = c.language(raw.language);
    let title = c.text(raw.title, "title", 0);
    let summary = c.text(raw.summary, "summary", 0);
    let audience = c.audience(raw.audience);
    let minutes = c.int(raw.estimated_minutes, "estimated_minutes", 0, 1, 180);
    let pass_mark = c.int(raw.pass_mark, "pass_mark", 0, 1, 100);
    let law_as_of = c.date(raw.law_as_of, "law_as_of", 0, Some(today));
    let credit = raw.credit.and_then(|credit| c.credit(credit));

    // Sources first: legal bases refer to them.
    let (sources, source_ids) = c.sources(raw.sources);
    let pages = c.pages(raw.pages, &source_ids);
    let items = c.items(raw.items, &source_ids);
    if let Some((module_id, _)) = &id {
        c.required_statements(module_id, &pages, &items);
    }

    if !c.issues.is_empty() {
        c.issues.sort_by_key(|i| i.line);
        return Err(c.issues);
    }
    match (
        id, version, order, language, title, summary, minutes, pass_mark, law_as_of,
    ) {
        (
            Some((id, _)),
            Some(version),
            Some(order),
            Some(language),
            Some(title),
            Some(summary),
            Some(minutes),
            Some(pass_mark),
            Some(law_as_of),
        ) => Ok(Module {
            id,
            version: version as u32,
            order,
            language,
            title,
            summary,
            audience,
            estimated_minutes: minutes as u32,
            credit,
            pass_mark: pass_mark as u32,
            law_as_of,
            sources,
            pages,
            items,
        }),
        // Unreachable in practice: every None above pushed an issue.
        _ => Err(c.issues),
    }
}

/// The parts of a module file, each checked on its own (see [`parse_module`]).
impl Checker<'_> {
    /// `format`: present, and the one this build reads.
    fn format(&mut self, format: Option<S<i64>>) {
        match format {
            None => self.push(
                0,
                IssueKind::MissingKey {
                    key: "format".into(),
                },
            ),
            Some(f) if *f.get_ref() != FORMAT_VERSION => self.push(
                f.span().start,
                IssueKind::UnsupportedFormat {
                    found: *f.get_ref(),
                },
            ),
            Some(_) => {}
        }
    }

    /// The module's `id`, which must also be the file's name (`<id>.toml`).
    fn module_id(&mut self, raw: Option<S<String>>) -> Option<(String, usize)> {
        let id = self.id(raw, 0, false);
        if let Some((id, at)) = &id {
            let stem = self
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if &stem != id {
                self.push(
                    *at,
                    IssueKind::IdMismatch {
                        id: id.clone(),
                        file_stem: stem,
                    },
                );
            }
        }
        id
    }

    /// `language`: `ko` or `en`.
    fn language(&mut self, raw: Option<S<String>>) -> Option<String> {
        match raw {
            None => {
                self.push(
                    0,
                    IssueKind::MissingKey {
                        key: "language".into(),
                    },
                );
                None
            }
            Some(l) if l.get_ref() == "ko" || l.get_ref() == "en" => Some(l.into_inner()),
            Some(l) => {
                let at = l.span().start;
                self.push(
                    at,
                    IssueKind::BadLanguage {
                        value: l.into_inner(),
                    },
                );
                None
            }
        }
    }

    /// `audience`: a non-empty list of known audiences.
    fn audience(&mut self, raw: Option<S<Vec<S<String>>>>) -> Vec<Audience> {
        let mut audience = Vec::new();
        match raw {
            None => self.push(
                0,
                IssueKind::MissingKey {
                    key: "audience".into(),
                },
            ),
            Some(list) => {
                let at = list.span().start;
                let list = list.into_inner();
                if list.is_empty() {
                    self.push(
                        at,
                        IssueKind::EmptyText {
                            key: "audience".into(),
                        },
                    );
                }
                for a in list {
                    match Audience::parse(a.get_ref()) {
                        Some(v) => audience.push(v),
                        None => {
                            let at = a.span().start;
                            self.push(
                                at,
                                IssueKind::BadAudience {
                                    value: a.into_inner(),
                                },
                            )
                        }
                    }
                }
            }
        }
        audience
    }

    /// `[credit]`: the minutes a pass credits and the requirements they count toward (known,
    /// each once).
    fn credit(&mut self, credit: S<RawCredit>) -> Option<Credit> {
        let at = credit.span().start;
        let credit = credit.into_inner();
        let minutes = self.int(credit.minutes, "minutes", at, 1, 180);
        let mut requirements = Vec::new();
        match credit.requirements {
            None => self.push(
                at,
                IssueKind::MissingKey {
                    key: "requirements".into(),
                },
            ),
            Some(list) => {
                let list_at = list.span().start;
                let list = list.into_inner();
                if list.is_empty() {
                    self.push(
                        list_at,
                        IssueKind::EmptyText {
                            key: "requirements".into(),
                        },
                    );
                }
                for r in list {
                    let r_at = r.span().start;
                    match Requirement::parse(r.get_ref()) {
                        Some(v) if !requirements.contains(&v) => requirements.push(v),
                        Some(_) => {
                            let first_line = self.line(list_at);
                            self.push(
                                r_at,
                                IssueKind::DuplicateId {
                                    id: r.into_inner(),
                                    first_line,
                                },
                            )
                        }
                        None => self.push(
                            r_at,
                            IssueKind::BadRequirement {
                                value: r.into_inner(),
                            },
                        ),
                    }
                }
            }
        }
        Some(Credit {
            minutes: minutes? as u32,
            requirements,
        })
    }

    /// `[[sources]]`, with unique ids; also returns every source id read, for the legal bases.
    fn sources(&mut self, raw: Option<Vec<S<RawSource>>>) -> (Vec<Source>, Vec<String>) {
        let mut sources = Vec::new();
        let mut source_ids = Vec::new();
        let mut source_id_at = Vec::new();
        match raw {
            None => self.push(
                0,
                IssueKind::MissingKey {
                    key: "sources".into(),
                },
            ),
            Some(list) => {
                for s in list {
                    let at = s.span().start;
                    let s = s.into_inner();
                    let sid = self.id(s.id, at, true);
                    let title = self.text(s.title, "title", at);
                    let publisher = self.text(s.publisher, "publisher", at);
                    let url = match s.url {
                        Some(u)
                            if !(u.get_ref().starts_with("https://")
                                || u.get_ref().starts_with("http://")) =>
                        {
                            let at = u.span().start;
                            self.push(
                                at,
                                IssueKind::BadUrl {
                                    url: u.into_inner(),
                                },
                            );
                            None
                        }
                        other => self.text(other, "url", at),
                    };
                    let date = self.date(s.date, "date", at, None);
                    if let Some((id, id_at)) = &sid {
                        source_ids.push(id.clone());
                        source_id_at.push((id.clone(), *id_at));
                    }
                    if let (Some((id, _)), Some(title), Some(publisher), Some(url), Some(date)) =
                        (sid, title, publisher, url, date)
                    {
                        sources.push(Source {
                            id,
                            title,
                            publisher,
                            url,
                            date,
                        });
                    }
                }
            }
        }
        self.unique(&source_id_at);
        (sources, source_ids)
    }

    /// `[[pages]]` (at least one), with unique ids and the claim rules on each.
    fn pages(&mut self, raw: Option<Vec<S<RawPage>>>, source_ids: &[String]) -> Vec<Page> {
        let mut pages = Vec::new();
        let mut page_ids = Vec::new();
        match raw {
            None => self.push(
                0,
                IssueKind::MissingKey {
                    key: "pages".into(),
                },
            ),
            Some(list) if list.is_empty() => self.push(
                0,
                IssueKind::MissingKey {
                    key: "pages".into(),
                },
            ),
            Some(list) => {
                for p in list {
                    let at = p.span().start;
                    let p = p.into_inner();
                    let pid = self.id(p.id, at, false);
                    let title = self.text(p.title, "title", at);
                    let body = self.text(p.body, "body", at);
                    let had_basis = p.legal_basis.as_ref().is_some_and(|l| !l.is_empty());
                    let tagged = p.legal.as_ref().is_some_and(|l| *l.get_ref());
                    let legal_basis = self.legal_basis(p.legal_basis, source_ids);
                    if let Some((id, id_at)) = &pid {
                        page_ids.push((id.clone(), *id_at));
                        let texts: Vec<&str> = [title.as_deref(), body.as_deref()]
                            .into_iter()
                            .flatten()
                            .collect();
                        self.claims(id, at, &texts, tagged, &legal_basis, had_basis);
                    }
                    if let (Some((id, _)), Some(title), Some(body)) = (pid, title, body) {
                        pages.push(Page {
                            id,
                            title,
                            body,
                            legal_basis,
                        });
                    }
                }
            }
        }
        self.unique(&page_ids);
        pages
    }

    /// `[[items]]` (at least one), with unique ids, each checked by [`check_item`].
    fn items(&mut self, raw: Option<Vec<S<RawItem>>>, source_ids: &[String]) -> Vec<Item> {
        let mut items = Vec::new();
        let mut item_ids = Vec::new();
        match raw {
            None => self.push(
                0,
                IssueKind::MissingKey {
                    key: "items".into(),
                },
            ),
            Some(list) if list.is_empty() => self.push(
                0,
                IssueKind::MissingKey {
                    key: "items".into(),
                },
            ),
            Some(list) => {
                for it in list {
                    let at = it.span().start;
                    if let Some((item, id_at)) = check_item(self, it.into_inner(), at, source_ids) {
                        item_ids.push((item.id.clone(), id_at));
                        items.push(item);
                    }
                }
            }
        }
        self.unique(&item_ids);
        items
    }

    /// What the legal review requires this module to keep saying ([`ReviewRules::missing_in`]),
    /// over every text and every legal basis of its pages and items.
    fn required_statements(&mut self, module_id: &str, pages: &[Page], items: &[Item]) {
        let mut texts: Vec<&str> = Vec::new();
        for p in pages {
            texts.extend([p.title.as_str(), p.body.as_str()]);
        }
        for it in items {
            texts.extend([it.prompt.as_str(), it.explanation.as_str()]);
            texts.extend(it.scenario.as_deref());
            for ch in &it.choices {
                texts.extend([ch.text.as_str(), ch.feedback.as_str()]);
            }
        }
        let articles: Vec<&str> = pages
            .iter()
            .flat_map(|p| &p.legal_basis)
            .chain(items.iter().flat_map(|i| &i.legal_basis))
            .map(|b| b.article.as_str())
            .collect();
        let missing: Vec<IssueKind> = ReviewRules::shipped()
            .missing_in(module_id, &texts, &articles)
            .map(|r| IssueKind::RequiredMissing {
                finding: r.finding.clone(),
                what: r
                    .article
                    .iter()
                    .chain(r.text.iter())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" + "),
            })
            .collect();
        for kind in missing {
            self.push(0, kind);
        }
    }
}

fn check_item(
    c: &mut Checker<'_>,
    raw: RawItem,
    at: usize,
    source_ids: &[String],
) -> Option<(Item, usize)> {
    let id_at = raw.id.as_ref().map(|s| s.span().start).unwrap_or(at);
    let iid = c.id(raw.id, at, false).map(|(id, _)| id);
    let item_name = iid.clone().unwrap_or_else(|| "?".into());
    let kind = match raw.kind {
        None => {
            c.push(at, IssueKind::MissingKey { key: "kind".into() });
            None
        }
        Some(k) => match ItemKind::parse(k.get_ref()) {
            Some(kind) => Some(kind),
            None => {
                let kat = k.span().start;
                c.push(
                    kat,
                    IssueKind::BadKind {
                        value: k.into_inner(),
                    },
                );
                None
            }
        },
    };
    let prompt = c.text(raw.prompt, "prompt", at);
    let explanation = c.text(raw.explanation, "explanation", at);
    let misconception = match raw.misconception {
        None => None,
        Some(m) if (1..=100).contains(m.get_ref()) => Some(*m.get_ref() as u32),
        Some(m) => {
            c.push(
                m.span().start,
                IssueKind::OutOfRange {
                    key: "misconception".into(),
                    min: 1,
                    max: 100,
                },
            );
            None
        }
    };
    let had_basis = raw.legal_basis.as_ref().is_some_and(|l| !l.is_empty());
    let tagged = raw.legal.as_ref().is_some_and(|l| *l.get_ref());
    let legal_basis = c.legal_basis(raw.legal_basis, source_ids);
    let kind = kind?;
    let kind_name = match kind {
        ItemKind::Ox => "ox",
        ItemKind::Single => "single",
        ItemKind::Multi => "multi",
        ItemKind::Scenario => "scenario",
    };
    let not_for_kind = |c: &mut Checker<'_>, key: &str, off: usize| {
        c.push(
            off,
            IssueKind::KeyNotForKind {
                key: key.into(),
                kind: kind_name.into(),
            },
        )
    };

    let scenario = match (kind, raw.scenario) {
        (ItemKind::Scenario, s) => c.text(s, "scenario", at),
        (_, Some(s)) => {
            not_for_kind(c, "scenario", s.span().start);
            None
        }
        (_, None) => None,
    };

    let mut choices = Vec::new();
    if kind == ItemKind::Ox {
        if let Some(o) = &raw.options {
            not_for_kind(
                c,
                "options",
                o.first().map(|o| o.span().start).unwrap_or(at),
            );
        }
        let answer = match raw.answer {
            None => {
                c.push(
                    at,
                    IssueKind::MissingKey {
                        key: "answer".into(),
                    },
                );
                None
            }
            Some(a) if a.get_ref() == "o" || a.get_ref() == "x" => Some(a.into_inner()),
            Some(a) => {
                c.push(
                    a.span().start,
                    IssueKind::NoCorrectAnswer {
                        item: item_name.clone(),
                    },
                );
                None
            }
        };
        let (fo, fx) = match raw.feedback {
            None => {
                c.push(
                    at,
                    IssueKind::MissingKey {
                        key: "feedback".into(),
                    },
                );
                (None, None)
            }
            Some(f) => {
                let fat = f.span().start;
                let f = f.into_inner();
                (
                    c.text(f.o, "feedback.o", fat),
                    c.text(f.x, "feedback.x", fat),
                )
            }
        };
        if let (Some(answer), Some(fo), Some(fx)) = (answer, fo, fx) {
            choices.push(Choice {
                id: "o".into(),
                text: "O".into(),
                correct: answer == "o",
                feedback: fo,
            });
            choices.push(Choice {
                id: "x".into(),
                text: "X".into(),
                correct: answer == "x",
                feedback: fx,
            });
        }
    } else {
        if let Some(a) = &raw.answer {
            not_for_kind(c, "answer", a.span().start);
        }
        if let Some(f) = &raw.feedback {
            not_for_kind(c, "feedback", f.span().start);
        }
        let options = raw.options.unwrap_or_default();
        if !(2..=6).contains(&options.len()) {
            c.push(
                at,
                IssueKind::OptionCount {
                    item: item_name.clone(),
                    count: options.len(),
                },
            );
        }
        let mut option_ids = Vec::new();
        for o in options {
            let oat = o.span().start;
            let o = o.into_inner();
            let oid = c.id(o.id, oat, false);
            let text = c.text(o.text, "text", oat);
            let feedback = c.text(o.feedback, "feedback", oat);
            let correct = o.correct.map(|b| b.into_inner()).unwrap_or(false);
            if let Some((id, id_at)) = &oid {
                option_ids.push((id.clone(), *id_at));
            }
            if let (Some((id, _)), Some(text), Some(feedback)) = (oid, text, feedback) {
                choices.push(Choice {
                    id,
                    text,
                    correct,
                    feedback,
                });
            }
        }
        c.unique(&option_ids);
        let n_correct = choices.iter().filter(|ch| ch.correct).count();
        if !choices.is_empty() && n_correct == 0 {
            c.push(
                at,
                IssueKind::NoCorrectAnswer {
                    item: item_name.clone(),
                },
            );
        }
        if n_correct > 1 && kind != ItemKind::Multi {
            c.push(
                at,
                IssueKind::TooManyCorrect {
                    item: item_name.clone(),
                    count: n_correct,
                },
            );
        }
    }

    if let Some(id) = &iid {
        let mut texts: Vec<&str> = Vec::new();
        texts.extend(prompt.as_deref());
        texts.extend(scenario.as_deref());
        texts.extend(explanation.as_deref());
        for ch in &choices {
            texts.push(&ch.text);
            texts.push(&ch.feedback);
        }
        c.claims(id, id_at, &texts, tagged, &legal_basis, had_basis);
    }

    let item = Item {
        id: iid?,
        kind,
        prompt: prompt?,
        scenario,
        choices,
        explanation: explanation?,
        legal_basis,
        misconception,
    };
    Some((item, id_at))
}
