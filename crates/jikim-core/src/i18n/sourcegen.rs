//! Typed accessors of every message, generated from `locales/ko` (as Anki's `rslib/i18n` does),
//! for Rust and for the UI:
//!
//! - `crates/jikim-core/src/i18n/messages.rs`: a constant [`super::Msg`] per message without
//!   variables (`ERRORS_NOT_SIGNED_IN`), a struct per message with variables whose fields are
//!   exactly those (`HomeScore { percent }`, any `Display` value), which becomes a
//!   [`super::Message`]: the compiler checks the id and every argument's name; the Korean text is
//!   the doc comment;
//! - `ui/src/messages.ts`: the `Messages` map from each id to its variables (`null`: none), which
//!   types the UI's `t(id, args)`, so `tsc` checks ids and argument names at every call.
//!
//! The test below regenerates both. When a committed file differs it is rewritten and the test
//! fails, naming it: CI catches a stale file, and a developer reruns the test (then the compiler
//! and `tsc` show every use the change breaks).

use super::{message_variables, FTL_FILES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One message of `locales/ko`.
struct Entry {
    id: String,
    variables: BTreeSet<String>,
    /// The message's source lines after `id = ` (continuation lines trimmed).
    text: Vec<String>,
}

/// The source text of every message of `lang`, by id: the rest of its first line and its
/// continuation lines (indented, or a select's closing brace).
fn source_texts(lang: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, _, text) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang) {
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with([' ', '\t', '}']) {
                if let Some(id) = &current {
                    if !line.trim().is_empty() {
                        out.entry(id.clone())
                            .or_default()
                            .push(line.trim().to_string());
                    }
                }
                continue;
            }
            current = None;
            let Some((id, rest)) = line.split_once(" =") else {
                continue;
            };
            let is_message = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_message {
                let first = rest.trim();
                let lines = out.entry(id.to_string()).or_default();
                if !first.is_empty() {
                    lines.push(first.to_string());
                }
                current = Some(id.to_string());
            }
        }
    }
    out
}

fn entries() -> Vec<Entry> {
    let mut texts = source_texts("ko");
    message_variables("ko")
        .into_iter()
        .map(|(id, variables)| Entry {
            text: texts.remove(&id).unwrap_or_default(),
            id,
            variables,
        })
        .collect()
}

/// `home-score` → `home_score`; `passMark` → `pass_mark`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        match c {
            '-' => out.push('_'),
            c if c.is_ascii_uppercase() => {
                out.push('_');
                out.push(c.to_ascii_lowercase());
            }
            c => out.push(c),
        }
    }
    out
}

/// Doc comment lines for Rust: one line as Markdown (its brackets escaped), several as a text
/// block.
fn rust_doc(text: &[String]) -> String {
    match text {
        [] => String::new(),
        [line] => {
            let mut escaped = String::new();
            for c in line.chars() {
                if matches!(c, '[' | ']' | '<' | '>' | '\\' | '*' | '_' | '`') {
                    escaped.push('\\');
                }
                escaped.push(c);
            }
            format!("/// {escaped}\n")
        }
        lines => {
            let mut out = String::from("/// ```text\n");
            for l in lines {
                out.push_str(&format!("/// {l}\n"));
            }
            out.push_str("/// ```\n");
            out
        }
    }
}

/// `home-score` → `HomeScore`; `passMark` → `PassMark`.
fn camel(name: &str) -> String {
    snake(name)
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A variable as a field name: snake case, raw when it is a keyword (`r#type`).
fn field(variable: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
        "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
        "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
        "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
        "virtual", "where", "while", "yield",
    ];
    let name = snake(variable);
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// A variable's type parameter: camel case, unless that names a type the module uses.
fn type_param(variable: &str) -> String {
    let name = camel(variable);
    match name.as_str() {
        "Display" | "Err" | "From" | "Into" | "Message" | "Msg" | "None" | "Ok" | "Option"
        | "Result" | "Self" | "Some" | "String" | "ToString" => format!("{name}Arg"),
        _ => name,
    }
}

fn messages_rs(entries: &[Entry]) -> String {
    let mut out = String::from(
        "//! Generated from `locales/ko` by `src/i18n/sourcegen.rs` (`cargo test --workspace \
         --features jikim-app/custom-protocol --locked -- i18n::sourcegen`): do not edit.\n\
         //!\n\
         //! A [`Msg`] constant per message without variables; per message with variables, a \
         struct whose fields are\n\
         //! exactly its variables (so the compiler checks their names), which becomes a \
         [`Message`]. The doc comment is the\n\
         //! Korean text.\n\
         \n\
         use super::{Message, Msg};\n\
         use std::fmt::Display;\n",
    );
    for e in entries {
        out.push('\n');
        out.push_str(&rust_doc(&e.text));
        if e.variables.is_empty() {
            out.push_str(&format!(
                "pub const {}: Msg = Msg({:?});\n",
                snake(&e.id).to_uppercase(),
                e.id
            ));
            continue;
        }
        let name = camel(&e.id);
        let params: Vec<String> = e.variables.iter().map(|v| type_param(v)).collect();
        let generics = params.join(", ");
        let bounds: Vec<String> = params.iter().map(|p| format!("{p}: Display")).collect();
        out.push_str(&format!("pub struct {name}<{generics}> {{\n"));
        for (v, p) in e.variables.iter().zip(&params) {
            out.push_str(&format!("    pub {}: {p},\n", field(v)));
        }
        out.push_str("}\n\n");
        let args: Vec<String> = e
            .variables
            .iter()
            .map(|v| format!("({v:?}, m.{}.to_string())", field(v)))
            .collect();
        out.push_str(&format!(
            "impl<{}> From<{name}<{generics}>> for Message {{\n    \
             fn from(m: {name}<{generics}>) -> Message {{\n        \
             Message::new({:?}, [{}])\n    }}\n}}\n",
            bounds.join(", "),
            e.id,
            args.join(", ")
        ));
    }
    out
}

fn messages_ts(entries: &[Entry]) -> String {
    let mut out = String::from(
        "// Generated from locales/ko by crates/jikim-core/src/i18n/sourcegen.rs (`cargo test \
         --workspace --features\n\
         // jikim-app/custom-protocol --locked -- i18n::sourcegen`): do not edit.\n\
         \n\
         /** A value of a message's variable. */\n\
         export type FluentArg = string | number;\n\
         \n\
         /** Every message of locales/ko, by id: its variables, or `null` when it has none. */\n\
         export interface Messages {\n",
    );
    for e in entries {
        let lines: Vec<String> = e.text.iter().map(|l| l.replace("*/", "*\\/")).collect();
        match lines.as_slice() {
            [] => {}
            [line] => out.push_str(&format!("  /** {line} */\n")),
            lines => {
                out.push_str("  /**\n");
                for l in lines {
                    out.push_str(&format!("   * {l}\n"));
                }
                out.push_str("   */\n");
            }
        }
        let value = if e.variables.is_empty() {
            "null".to_string()
        } else {
            let fields: Vec<String> = e
                .variables
                .iter()
                .map(|v| format!("{}: FluentArg", ts_key(v)))
                .collect();
            format!("{{ {} }}", fields.join("; "))
        };
        out.push_str(&format!("  {:?}: {value};\n", e.id));
    }
    out.push_str(
        "}\n\n/** The id of a message of locales/. */\nexport type MessageId = keyof Messages;\n",
    );
    out
}

/// A variable name as an object key: bare when it is an identifier, quoted otherwise.
fn ts_key(name: &str) -> String {
    if name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    {
        name.to_string()
    } else {
        format!("{name:?}")
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_message_accessors_are_generated_from_the_korean_locale() {
    let entries = entries();
    assert!(entries.len() > 100, "the Korean messages are read");
    let stale = crate::generated::refresh([
        (
            root().join("crates/jikim-core/src/i18n/messages.rs"),
            messages_rs(&entries),
        ),
        (root().join("ui/src/messages.ts"), messages_ts(&entries)),
    ])
    .expect("write the generated files");
    assert!(
        stale.is_empty(),
        "{stale:?} did not match locales/ko and were regenerated: run the test again, and commit \
         them"
    );
}

/// The source files of `dir` (recursively) whose name ends with one of `extensions`, except the
/// generated accessors and build output.
fn sources(dir: &Path, extensions: &[&str], out: &mut Vec<(PathBuf, String)>) {
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in read.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if path.is_dir() {
            if !["target", "node_modules", "dist", "fixtures"].contains(&name.as_str()) {
                sources(&path, extensions, out);
            }
        } else if extensions.iter().any(|e| name.ends_with(e))
            && name != "messages.rs"
            && name != "messages.ts"
        {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push((path, text));
            }
        }
    }
}

/// Whether `word` occurs in `text` as a whole identifier.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
        !text[..at].ends_with(ident) && !text[at + word.len()..].starts_with(ident)
    })
}

/// The literal starts of the UI's template-literal ids, e.g. `privacy-student-` of
/// `` t(`privacy-student-${k}`) `` (its type, a template literal type, is checked by `tsc`).
fn template_prefixes(text: &str) -> Vec<&str> {
    text.match_indices("-${")
        .filter_map(|(end, _)| {
            let start = text[..end].rfind('`')? + 1;
            let prefix = &text[start..=end];
            prefix
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                .then_some(prefix)
        })
        .collect()
}

/// A message no code uses is text no one reads, and a translator's work for nothing: every
/// message of `locales/ko` is named somewhere by its Rust accessor (the constant or the struct in
/// `messages.rs`) or, in the UI, by its id as a string (`t("…")`, or a table of ids typed
/// `MessageId`) or a template literal's start (`` `home-sync-${state}` ``). Tests do not count: a
/// message only a test names is still one no screen shows.
#[test]
fn every_message_is_used_by_some_code() {
    let mut rust = Vec::new();
    for dir in ["crates", "src-tauri/src"] {
        sources(&root().join(dir), &[".rs"], &mut rust);
    }
    // Not the integration tests (tests/), nor a crate's own tests/ folder: code that ships.
    rust.retain(|(path, _)| !path.components().any(|c| c.as_os_str() == "tests"));
    let mut ui = Vec::new();
    sources(&root().join("ui/src"), &[".ts", ".tsx"], &mut ui);
    ui.retain(|(path, _)| !path.components().any(|c| c.as_os_str() == "testing"));
    assert!(rust.len() > 20 && ui.len() > 10, "the sources are found");
    let prefixes: Vec<&str> = ui
        .iter()
        .flat_map(|(_, text)| template_prefixes(text))
        .collect();
    let unused: Vec<String> = entries()
        .into_iter()
        .filter(|e| {
            let accessor = if e.variables.is_empty() {
                snake(&e.id).to_uppercase()
            } else {
                camel(&e.id)
            };
            let quoted = format!("\"{}\"", e.id);
            !rust.iter().any(|(_, text)| has_word(text, &accessor))
                && !ui.iter().any(|(_, text)| text.contains(&quoted))
                && !prefixes.iter().any(|p| e.id.starts_with(p))
        })
        .map(|e| e.id)
        .collect();
    assert!(
        unused.is_empty(),
        "messages in locales/ that no code uses (remove them from every locale, or use them): \
         {unused:?}"
    );
}

#[test]
fn names_follow_each_language() {
    assert_eq!(snake("home-score"), "home_score");
    assert_eq!(snake("passMark"), "pass_mark");
    assert_eq!(camel("home-score"), "HomeScore");
    assert_eq!(camel("passMark"), "PassMark");
    assert_eq!(type_param("ok"), "OkArg");
    assert_eq!(field("type"), "r#type");
    assert_eq!(ts_key("passMark"), "passMark");
    assert_eq!(ts_key("class-no"), "\"class-no\"");
    assert!(has_word("m::HOME_SCORE.into()", "HOME_SCORE"));
    assert!(!has_word("m::HOME_SCORE_MAX", "HOME_SCORE"));
    assert_eq!(
        template_prefixes("t(`home-sync-${s}`); `${a}-${b}`; `item-${id}`"),
        vec!["home-sync-", "item-"]
    );
    let texts = source_texts("ko");
    assert_eq!(
        texts["errors-invalid-sign-in"].len(),
        7,
        "a select keeps its lines"
    );
}
