//! Fluent messages for text the core itself produces (CLI output, content issues, errors, export
//! headers). The `.ftl` files under `locales/` are the single source for the UI and for Rust;
//! they are embedded at build time (see `build.rs`).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::{BTreeMap, BTreeSet};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

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

    /// Formats message `id` with string arguments. A missing message yields its id, so a gap
    /// is visible rather than silent (and the parity tests fail first).
    pub fn format(&self, id: &str, args: &BTreeMap<String, String>) -> String {
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

    /// Formats a message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &BTreeMap::new())
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
