//! The `jikim` command as a library, so integration tests drive exactly what users run.
//! Output text comes from Fluent (`locales/*/cli.ftl`), Korean unless `--lang en`.

use clap::{Parser, Subcommand};
use jikim_core::content::Library;
use jikim_core::i18n::Localizer;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "jikim", version = jikim_core::VERSION, about = "Jikim (지킴): digital sex crime prevention education for Korean schools")]
struct Cli {
    /// Language of messages: ko (default) or en.
    #[arg(long, global = true, default_value = "ko")]
    lang: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Work with module files.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Validate every module file in DIR (default: assets/modules) and print `file:line: message`
    /// for each problem. Exit code 1 when any problem is found.
    Check {
        /// Folder of module files.
        dir: Option<PathBuf>,
    },
    /// Print one validated module as JSON (answer keys included): for authors' tools and tests.
    Show {
        /// Module id.
        id: String,
        /// Folder of module files.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

/// Runs the command with `args` (including the program name); returns the exit code.
pub fn run(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let text = e.render().to_string();
            let _ = if e.use_stderr() {
                write!(err, "{text}")
            } else {
                write!(out, "{text}")
            };
            return code;
        }
    };
    let l10n = Localizer::new(&cli.lang);
    match cli.command {
        Command::Content {
            command: ContentCommand::Check { dir },
        } => content_check(&dir.unwrap_or_else(default_dir), &l10n, out, err),
        Command::Content {
            command: ContentCommand::Show { id, dir },
        } => content_show(&dir.unwrap_or_else(default_dir), &id, &l10n, out, err),
    }
}

fn default_dir() -> PathBuf {
    PathBuf::from("assets/modules")
}

fn content_show(
    dir: &std::path::Path,
    id: &str,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let lib = Library::load_dir(dir, jikim_core::content::today());
    match lib.module(id) {
        Some(module) => match serde_json::to_string_pretty(module) {
            Ok(json) => {
                let _ = writeln!(out, "{json}");
                0
            }
            Err(_) => 1,
        },
        None => {
            let e = jikim_core::CoreError::ModuleNotFound(id.to_string());
            let _ = writeln!(err, "{}", l10n.format(e.message_id(), &e.args()));
            for issue in lib.issues() {
                let _ = writeln!(err, "{}", issue.render(l10n));
            }
            1
        }
    }
}

fn content_check(
    dir: &std::path::Path,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let lib = Library::load_dir(dir, jikim_core::content::today());
    let files = lib.modules.len() + lib.broken.len();
    if files == 0 {
        let args = BTreeMap::from([("dir".to_string(), dir.display().to_string())]);
        let _ = writeln!(err, "{}", l10n.format("cli-content-no-files", &args));
        return 1;
    }
    let issues: Vec<_> = lib.issues().collect();
    for issue in &issues {
        let _ = writeln!(out, "{}", issue.render(l10n));
    }
    let args = BTreeMap::from([
        ("files".to_string(), files.to_string()),
        ("ok".to_string(), lib.modules.len().to_string()),
        ("issues".to_string(), issues.len().to_string()),
    ]);
    let _ = writeln!(out, "{}", l10n.format("cli-content-checked", &args));
    i32::from(!issues.is_empty())
}
