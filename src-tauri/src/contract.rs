//! The TypeScript half of the IPC contract, generated from the Rust half so the two cannot drift:
//!
//! - `ui/src/api/types.ts`: every view model and argument type the window exchanges with the
//!   commands, declared by `ts-rs` from the Rust types themselves (field names after serde's
//!   renames, Rust doc comments as JSDoc);
//! - `ui/src/api/commands.ts`: one typed wrapper per command of `commands.txt`, read from the
//!   command function's own signature (argument names and types, the type it returns) and doc
//!   comment;
//! - `src-tauri/capabilities/default.json`: the window may call exactly those commands.
//!
//! The test below regenerates both. When a committed file differs it is rewritten and the test
//! fails, naming it: CI catches a stale file, and a developer reruns the test (then the UI type
//! check shows what the change breaks).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use syn::{FnArg, GenericArgument, Item, PathArguments, ReturnType, Type};
use ts_rs::{Config, TS};

/// The exchanged types, in the order `types.ts` declares them. A type some listed type refers
/// to must be listed too (a test checks).
macro_rules! declarations {
    ($cfg:expr, $($ty:ty),* $(,)?) => {
        vec![$((<$ty as TS>::ident($cfg), <$ty as TS>::docs(), <$ty as TS>::decl($cfg),
                <$ty as TS>::dependencies($cfg).into_iter().map(|d| d.ts_name).collect::<Vec<_>>())),*]
    };
}

struct Declaration {
    name: String,
    text: String,
    refers_to: Vec<String>,
}

fn declarations() -> Vec<Declaration> {
    use crate::commands::{BootView, JoinInput, Settings, SyncStatusView};
    use crate::hub::{
        AccessAction, AssignmentView, ClassView, DeviceView, HubStatus, RosterEntry, StudentAccess,
    };
    use crate::reports::{
        ExportKind, ExportRequest, Merged, PurgedView, ReportClass, ReportScope, Saved,
    };
    use crate::state::{BrokenView, IssueView};
    use crate::teacher::{ModuleOption, TeacherStatus};
    use jikim_core::content::{Audience, ItemKind, Requirement};
    use jikim_core::error::{ErrorPayload, StorageFault};
    use jikim_core::help::{GuideView, HelpView, ServiceView};
    use jikim_core::limits::{Bounds, Limits};
    use jikim_core::storage::{Learner, SignIn};
    use jikim_core::study::dashboard::{
        ClassResults, ItemStat, ModuleColumn, StudentCell, StudentItem, StudentRow, WrongOption,
    };
    use jikim_core::study::view::{
        AnswerOutcome, ChosenFeedback, FeedbackView, ItemView, LegalBasisView, ModuleHeader,
        ModuleStatus, ModuleSummary, OptionView, PageView, ResultView, ReviewRow, StudyState,
        StudyView,
    };
    use jikim_hub::access::AccessEntry;
    use jikim_hub::identity::{DeviceRow, JoinWindow, PinState};
    use jikim_hub::period::{PeriodView, SeatState, SeatView};
    use jikim_hub::requirements::Owed;
    use jikim_hub::rollover::RolloverReport;
    use jikim_sync::SyncState;

    // Unix seconds and counts stay far below 2^53: plain numbers, not bigint.
    let cfg = &Config::new().with_large_int("number");
    let all = declarations!(
        cfg,
        // Errors and start-up.
        ErrorPayload,
        IssueView,
        BrokenView,
        BootView,
        Settings,
        // What a person may type (the values: limits.ts).
        Bounds,
        Limits,
        // The learner.
        SignIn,
        JoinInput,
        Learner,
        SyncState,
        SyncStatusView,
        // Modules and study.
        Audience,
        ModuleStatus,
        ModuleSummary,
        LegalBasisView,
        ModuleHeader,
        PageView,
        OptionView,
        ItemKind,
        ItemView,
        ChosenFeedback,
        FeedbackView,
        ReviewRow,
        ResultView,
        StudyState,
        StudyView,
        AnswerOutcome,
        ServiceView,
        GuideView,
        HelpView,
        // Teacher mode: the hub, classes and who may sign in.
        HubStatus,
        TeacherStatus,
        ModuleOption,
        JoinWindow,
        ClassView,
        DeviceRow,
        DeviceView,
        PinState,
        StudentAccess,
        AccessAction,
        RosterEntry,
        AssignmentView,
        // Teacher mode: results.
        StudentCell,
        StudentRow,
        ModuleColumn,
        ClassResults,
        SeatState,
        SeatView,
        StorageFault,
        PeriodView,
        WrongOption,
        ItemStat,
        StudentItem,
        // Reports.
        ExportKind,
        ReportScope,
        ExportRequest,
        ReportClass,
        Saved,
        Merged,
        RolloverReport,
        Requirement,
        Owed,
        PurgedView,
        AccessEntry,
    );
    all.into_iter()
        .map(|(name, docs, decl, refers_to)| Declaration {
            text: format!("{}export {}\n", docs.unwrap_or_default(), lay_out(&decl)),
            name,
            refers_to,
        })
        .collect()
}

/// ts-rs writes a declaration on one line (`type A = { a: number, /** doc */ b: string, };`);
/// an object type is laid out one member per line, its doc comments above it.
fn lay_out(decl: &str) -> String {
    let (Some(open), Some(close)) = (decl.find("= {"), decl.rfind('}')) else {
        return decl.to_string();
    };
    let (head, body, tail) = (&decl[..open + 3], &decl[open + 3..close], &decl[close..]);
    if !tail.starts_with("};") {
        return decl.to_string(); // a union or another shape: kept as ts-rs writes it
    }
    let mut members = Vec::new();
    let (mut depth, mut start, mut in_comment) = (0i32, 0, false);
    let bytes = body.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'/' if !in_comment && bytes.get(i + 1) == Some(&b'*') => in_comment = true,
            b'/' if in_comment && i > 0 && bytes[i - 1] == b'*' => in_comment = false,
            _ if in_comment => {}
            b'{' | b'<' | b'(' | b'[' => depth += 1,
            b'}' | b'>' | b')' | b']' => depth -= 1,
            b',' if depth == 0 => {
                members.push(body[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    members.push(body[start..].trim());
    let mut out = format!("{head}\n");
    for member in members.into_iter().filter(|m| !m.is_empty()) {
        let (doc, field) = match member.rfind("*/") {
            Some(end) => (Some(&member[..end + 2]), member[end + 2..].trim()),
            None => (None, member),
        };
        for line in doc.into_iter().flat_map(str::lines) {
            let line = line.trim();
            out.push_str(if line.starts_with('*') { "   " } else { "  " });
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&format!("  {field};\n"));
    }
    out.push_str(tail);
    out
}

const HEADER: &str =
    "// Generated from the Rust side by src-tauri/src/contract.rs (`cargo test -p jikim-app \
                      contract`): do not edit.\n";

fn types_ts(declarations: &[Declaration]) -> String {
    let mut out = String::from(HEADER);
    // Message ids are typed by the accessors generated from locales/ko (jikim_core::i18n).
    if declarations.iter().any(|d| d.text.contains("MessageId")) {
        out.push_str("\nimport type { MessageId } from \"../messages\";\n");
    }
    for d in declarations {
        out.push('\n');
        out.push_str(&d.text);
    }
    out
}

/// One command as `commands.ts` exposes it.
#[derive(Debug)]
struct Command {
    /// The command's name over IPC (`teacher_status`).
    name: String,
    docs: Vec<String>,
    /// `(argument name as sent, TypeScript type)`, in the function's order.
    args: Vec<(String, String)>,
    returns: String,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The `module::function` lines of `commands.txt`.
pub(crate) fn command_paths() -> Vec<(String, String)> {
    let list =
        std::fs::read_to_string(root().join("src-tauri/commands.txt")).expect("commands.txt");
    crate::command_list::parse(&list)
        .expect("commands.txt")
        .into_iter()
        .map(|(module, function)| (module.to_string(), function.to_string()))
        .collect()
}

fn commands(known: &BTreeSet<String>) -> Vec<Command> {
    let mut parsed = std::collections::BTreeMap::new();
    command_paths()
        .into_iter()
        .map(|(module, function)| {
            let file = parsed.entry(module.clone()).or_insert_with(|| {
                let path = root().join(format!("src-tauri/src/{module}.rs"));
                let text = std::fs::read_to_string(&path).expect("command module");
                syn::parse_file(&text).expect("command module parses")
            });
            let f = file
                .items
                .iter()
                .find_map(|item| match item {
                    Item::Fn(f) if f.sig.ident == function => Some(f),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("commands.txt names {module}::{function}, not found"));
            let docs = f
                .attrs
                .iter()
                .filter_map(|a| match &a.meta {
                    syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }) => Some(s.value().trim().to_string()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            let args = f
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    FnArg::Typed(t) => Some(t),
                    FnArg::Receiver(_) => None,
                })
                .filter(|t| !is_injected(&t.ty))
                .map(|t| {
                    let syn::Pat::Ident(name) = &*t.pat else {
                        panic!("{function}: an argument that is not a plain name");
                    };
                    (camel(&name.ident.to_string()), ts_type(&t.ty, known))
                })
                .collect();
            let returns = match &f.sig.output {
                ReturnType::Default => "void".to_string(),
                ReturnType::Type(_, ty) => ts_type(ok_type(ty), known),
            };
            Command {
                name: function,
                docs,
                args,
                returns,
            }
        })
        .collect()
}

/// Arguments Tauri supplies itself: the app's state, the app handle, the window.
fn is_injected(ty: &Type) -> bool {
    matches!(
        last_ident(ty).as_deref(),
        Some("State" | "AppHandle" | "Window" | "WebviewWindow")
    )
}

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(p) => p.path.segments.last(),
        _ => None,
    }
}

fn last_ident(ty: &Type) -> Option<String> {
    last_segment(ty).map(|s| s.ident.to_string())
}

fn type_argument(ty: &Type) -> Option<&Type> {
    match &last_segment(ty)?.arguments {
        PathArguments::AngleBracketed(a) => a.args.iter().find_map(|g| match g {
            GenericArgument::Type(t) => Some(t),
            _ => None,
        }),
        _ => None,
    }
}

/// `CmdResult<T>` and `Result<T, E>` answer `T` (the error arrives as the rejection).
fn ok_type(ty: &Type) -> &Type {
    match last_ident(ty).as_deref() {
        Some("CmdResult" | "Result") => type_argument(ty).expect("Result<T, _>"),
        _ => ty,
    }
}

fn ts_type(ty: &Type, known: &BTreeSet<String>) -> String {
    match ty {
        Type::Reference(r) => ts_type(&r.elem, known),
        Type::Tuple(t) if t.elems.is_empty() => "void".to_string(),
        Type::Path(_) => {
            let ident = last_ident(ty).unwrap_or_default();
            match ident.as_str() {
                "String" | "str" | "Uuid" => "string".to_string(),
                "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
                | "f32" | "f64" => "number".to_string(),
                "bool" => "boolean".to_string(),
                "Option" => format!(
                    "{} | null",
                    ts_type(type_argument(ty).expect("Option<T>"), known)
                ),
                "Vec" => {
                    let inner = ts_type(type_argument(ty).expect("Vec<T>"), known);
                    if inner.contains(' ') {
                        format!("({inner})[]")
                    } else {
                        format!("{inner}[]")
                    }
                }
                name if known.contains(name) => name.to_string(),
                name => panic!(
                    "a command exchanges `{name}`, which src-tauri/src/contract.rs does not declare"
                ),
            }
        }
        _ => panic!(
            "a command exchanges a type the contract cannot name (not a path, a reference or ())"
        ),
    }
}

/// `class_no` → `classNo`: Tauri's own renaming of command arguments.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn commands_ts(commands: &[Command]) -> String {
    let mut used = BTreeSet::new();
    for c in commands {
        for t in c.args.iter().map(|(_, t)| t).chain([&c.returns]) {
            used.extend(
                t.split(|ch: char| !ch.is_ascii_alphanumeric())
                    .filter(|w| w.starts_with(|ch: char| ch.is_ascii_uppercase()))
                    .map(str::to_string),
            );
        }
    }
    let mut out = String::from(HEADER);
    out.push_str("// One typed wrapper per command of src-tauri/commands.txt, from the command's signature.\n\n");
    out.push_str("import { call } from \"./ipc\";\n");
    out.push_str("import type {\n");
    for name in used {
        out.push_str(&format!("  {name},\n"));
    }
    out.push_str("} from \"./types\";\n\n");
    out.push_str("export const commands = {\n");
    for c in commands {
        if !c.docs.is_empty() {
            out.push_str("  /**\n");
            for line in &c.docs {
                out.push_str(format!("   * {line}").trim_end());
                out.push('\n');
            }
            out.push_str("   */\n");
        }
        let params: Vec<String> = c.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
        let names: Vec<&str> = c.args.iter().map(|(n, _)| n.as_str()).collect();
        let sent = if names.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", names.join(", "))
        };
        out.push_str(&format!(
            "  {}: ({}) => call<{}>(\"{}\"{sent}),\n",
            camel(&c.name),
            params.join(", "),
            c.returns,
            c.name
        ));
    }
    out.push_str("};\n");
    out
}

/// The main window's capability: Tauri's core basics and exactly the listed commands.
fn capability(commands: &[Command]) -> String {
    let permissions: Vec<String> = std::iter::once("core:default".to_string())
        .chain(
            commands
                .iter()
                .map(|c| format!("allow-{}", c.name.replace('_', "-"))),
        )
        .collect();
    let json = serde_json::json!({
        "$schema": "../gen/schemas/desktop-schema.json",
        "identifier": "default",
        "description": "The main window: exactly Jikim's own commands (src-tauri/commands.txt) and \
            the core basics, nothing else. Generated by src/contract.rs. No store, shell, fs, http \
            or opener plugin for the web view: device settings go through Jikim's own commands, \
            and the dialog plugin is used from Rust only.",
        "windows": ["main"],
        "permissions": permissions,
    });
    serde_json::to_string_pretty(&json).expect("capability json") + "\n"
}

/// `ui/src/api/constants.ts`: values the Rust side defines that the window needs before any
/// call: the bounds the core checks input against ([`jikim_core::limits`], for the inputs' `min`,
/// `max` and lengths) and a fresh PC's settings (the first screen pre-rendered at build time, and
/// the fallback when `get_settings` fails), and the error argument naming a refused file
/// ([`jikim_core::i18n::REFUSED_FILE_ARG`]).
fn constants_ts() -> String {
    let limits = serde_json::to_string_pretty(&jikim_core::limits::limits()).expect("JSON");
    let settings =
        serde_json::to_string_pretty(&crate::commands::Settings::default()).expect("JSON");
    format!(
        "// Generated from the Rust side by src-tauri/src/contract.rs (`cargo test -p jikim-app \
         contract`): do not edit.\n\nimport type {{ Limits, Settings }} from \"./types\";\n\n\
         /** What a person may type: the bounds the core checks (`jikim_core::limits`). */\n\
         export const LIMITS: Limits = {limits};\n\n\
         /** A fresh PC's settings (`Settings::default()` in src-tauri). */\n\
         export const DEFAULT_SETTINGS: Settings = {settings};\n\n\
         /** The error argument naming the file of several picked that was refused \
         (`jikim_core::i18n::REFUSED_FILE_ARG`). */\n\
         export const REFUSED_FILE_ARG = {refused};\n",
        refused = serde_json::to_string(jikim_core::i18n::REFUSED_FILE_ARG).expect("JSON"),
    )
}

#[test]
fn the_typescript_contract_is_generated_from_the_rust_side() {
    let declarations = declarations();
    let known: BTreeSet<String> = declarations.iter().map(|d| d.name.clone()).collect();
    for d in &declarations {
        for r in &d.refers_to {
            assert!(
                known.contains(r),
                "{} refers to {r}: list {r} in contract.rs `declarations`",
                d.name
            );
        }
    }
    let commands = commands(&known);
    let api = root().join("ui/src/api");
    let stale = jikim_core::generated::refresh([
        (api.join("types.ts"), types_ts(&declarations)),
        (api.join("commands.ts"), commands_ts(&commands)),
        (api.join("constants.ts"), constants_ts()),
        (
            root().join("src-tauri/capabilities/default.json"),
            capability(&commands),
        ),
    ])
    .expect("write the generated files");
    assert!(
        stale.is_empty(),
        "{stale:?} did not match the Rust side and were regenerated: run the test again, and \
         commit them"
    );
}

#[test]
fn arguments_are_named_as_tauri_sends_them() {
    assert_eq!(camel("class_no"), "classNo");
    assert_eq!(camel("attempt_id"), "attemptId");
    assert_eq!(camel("lang"), "lang");
}
