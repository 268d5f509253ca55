//! Fluent messages for text the core itself produces (CLI output, content issues, errors, export
//! headers). The `.ftl` files under `locales/` are the single source for the UI and for Rust;
//! they are embedded at build time (see `build.rs`).
//!
//! Code names a message only through [`messages`], generated from `locales/ko` (see
//! `sourcegen.rs`): a constant ([`Msg`]) for a message without variables, a struct whose fields
//! are exactly the message's variables for one with them (it becomes a [`Message`]). A removed or
//! renamed message, or a changed variable, is a compile error at every use.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use unic_langid::LanguageIdentifier;

// Generated (see sourcegen.rs) in a layout rustfmt would change.
#[rustfmt::skip]
pub mod messages;
#[cfg(test)]
mod sourcegen;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A message without variables, e.g. [`messages::ERRORS_NOT_SIGNED_IN`]. Only [`messages`]
/// makes one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Msg(&'static str);

impl Msg {
    /// The Fluent id (`errors-not-signed-in`).
    pub const fn id(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// The variable naming the file a message is about ([`Message::about_file`]).
pub const REFUSED_FILE_ARG: &str = "refusedFile";

/// A message with the values of its variables, ready to format or to send across IPC, e.g.
/// `messages::HomeScore { percent: 80 }.into()`. Made by [`messages`], or [`Message::received`]
/// for one that arrived as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    id: Cow<'static, str>,
    args: BTreeMap<String, String>,
}

impl Message {
    fn new<const N: usize>(id: &'static str, args: [(&str, String); N]) -> Message {
        Message {
            id: Cow::Borrowed(id),
            args: args.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        }
    }

    /// A message whose id and arguments came as data from another Jikim (a hub's refusal over
    /// HTTPS), which made it with [`messages`]. A formatted id no locale has shows as the id.
    pub fn received(id: String, args: BTreeMap<String, String>) -> Message {
        Message {
            id: Cow::Owned(id),
            args,
        }
    }

    /// The message about one of several files a person picked (a refused merge, say), naming
    /// that file: `refusedFile` beside the message's own variables, which the window shows above
    /// the message (`report-refused-file`).
    pub fn about_file(mut self, file: &std::path::Path) -> Message {
        self.args
            .insert(REFUSED_FILE_ARG.into(), file.display().to_string());
        self
    }

    /// The Fluent id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The values of the message's variables, by name.
    pub fn args(&self) -> &BTreeMap<String, String> {
        &self.args
    }

    /// The id and the arguments, e.g. for an [`crate::ErrorPayload`].
    pub fn into_parts(self) -> (String, BTreeMap<String, String>) {
        (self.id.into_owned(), self.args)
    }
}

impl From<Msg> for Message {
    fn from(m: Msg) -> Message {
        Message {
            id: Cow::Borrowed(m.0),
            args: BTreeMap::new(),
        }
    }
}

impl From<&Msg> for Message {
    fn from(m: &Msg) -> Message {
        Message::from(*m)
    }
}

/// The primary locale: Korean.
pub const DEFAULT_LANG: &str = "ko";
/// Locales that ship complete.
pub const LANGS: [&str; 2] = ["ko", "en"];

/// Formats Fluent messages in one language, falling back to Korean for a missing message.
pub struct Localizer {
    lang: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Localizer>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

fn bundle_for(lang: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Output goes to terminals, CSV files and logs, where bidi isolation marks are noise.
    bundle.set_use_isolating(false);
    for (l, _, text) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang) {
        let _ = l;
        // Files are checked by tests (parity and syntax); a broken one is skipped, not fatal.
        let res = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(res);
    }
    bundle
}

impl Localizer {
    /// A localizer for `lang` (`ko` or `en`); anything else gets Korean.
    pub fn new(lang: &str) -> Localizer {
        let lang = if LANGS.contains(&lang) {
            lang
        } else {
            DEFAULT_LANG
        };
        Localizer {
            lang: lang.to_string(),
            bundle: bundle_for(lang),
            fallback: (lang != DEFAULT_LANG).then(|| Box::new(Localizer::new(DEFAULT_LANG))),
        }
    }

    /// The language in use.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether the message exists in this language (without fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of a message, e.g. `l10n.text(messages::HOME_TITLE)` or
    /// `l10n.text(messages::HomeScore { percent: 80 })`.
    pub fn text(&self, message: impl Into<Message>) -> String {
        let message = message.into();
        self.format(message.id(), message.args())
    }

    /// Formats message `id` with string arguments. A missing message yields its id, so a gap
    /// is visible rather than silent (and the parity tests fail first).
    pub(crate) fn format(&self, id: &str, args: &BTreeMap<String, String>) -> String {
        let Some(msg) = self.bundle.get_message(id) else {
            return match &self.fallback {
                Some(f) => f.format(id, args),
                None => id.to_string(),
            };
        };
        let Some(pattern) = msg.value() else {
            return id.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(k.as_str(), v.as_str());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }
}

/// Every message id defined for `lang`, with the file that defines it.
pub fn message_ids(lang: &str) -> BTreeMap<String, String> {
    let mut ids = BTreeMap::new();
    for (_, file, text) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang) {
        let res = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(res, _)| res);
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_string(), file.to_string());
            }
        }
    }
    ids
}

/// The variables every message of `lang` uses (`$name` → `name`), by message id: in its value,
/// its attributes, selectors, variants and function arguments.
pub fn message_variables(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (_, _, text) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang) {
        let res = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(res, _)| res);
        for entry in res.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                for p in patterns {
                    pattern_variables(p, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
    }
    out
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Parse errors of every embedded file, as `lang/file: error` lines (empty when all parse).
pub fn syntax_errors() -> Vec<String> {
    let mut out = Vec::new();
    for (lang, file, text) in FTL_FILES {
        if let Err((_, errs)) = FluentResource::try_new((*text).to_string()) {
            for e in errs {
                out.push(format!("{lang}/{file}: {e:?}"));
            }
        }
    }
    out
}

/// Names of the embedded `.ftl` files of a language.
pub fn files(lang: &str) -> BTreeSet<String> {
    FTL_FILES
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .map(|(_, f, _)| f.to_string())
        .collect()
}
