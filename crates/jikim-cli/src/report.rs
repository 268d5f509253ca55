//! `jikim export`, `bundle`, `merge` and `certificate`: the administrator's reports from a hub's
//! (or a merged) data folder. A progress line goes to the terminal when stderr is one.

use super::{say, ExportFormat, FilterArgs};
use jikim_core::content::Library;
use jikim_core::i18n::Localizer;
use jikim_report::{Progress, ReportError};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

fn failed(l10n: &Localizer, err: &mut dyn Write, e: &ReportError) -> i32 {
    let _ = writeln!(err, "{}", l10n.format(e.message_id(), &e.args()));
    1
}

/// A progress line on the terminal (`\r`-rewritten), nothing when not attached to one.
fn progress_line(l10n: &Localizer) -> impl FnMut(Progress) + '_ {
    let tty = std::io::stderr().is_terminal();
    let mut last = u64::MAX;
    move |p: Progress| {
        if !tty || p.total == 0 {
            return;
        }
        let pct = p.done * 100 / p.total;
        if pct == last {
            return;
        }
        last = pct;
        let args = std::collections::BTreeMap::from([
            ("done".to_string(), p.done.to_string()),
            ("total".to_string(), p.total.to_string()),
        ]);
        let mut e = std::io::stderr();
        let _ = write!(e, "\r{} ({pct}%)", l10n.format("report-progress", &args));
        if p.done >= p.total {
            let _ = writeln!(e);
        }
        let _ = e.flush();
    }
}

fn open_store(data: &Path) -> Result<jikim_hub::HubStore, ReportError> {
    Ok(jikim_hub::HubStore::open(data)?)
}

/// The modules results are judged with; an empty folder is an error, not an empty report.
fn library(filter: &FilterArgs) -> Result<Library, ReportError> {
    let dir = filter
        .content
        .clone()
        .unwrap_or_else(|| PathBuf::from("assets/modules"));
    let library = Library::load_dir(&dir, jikim_core::content::today());
    if library.modules.is_empty() {
        return Err(ReportError::NoContent {
            dir: dir.display().to_string(),
        });
    }
    Ok(library)
}

fn today_kst() -> time::Date {
    time::OffsetDateTime::now_utc()
        .to_offset(jikim_report::kst())
        .date()
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn export(
    data: &Path,
    format: ExportFormat,
    file: &Path,
    filter_args: &FilterArgs,
    school: &str,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let result = (|| {
        let filter = filter_args.parse()?;
        let store = open_store(data)?;
        let snap = store.snapshot(&[])?;
        let rows = jikim_report::completion_rows(&library(filter_args)?, &snap, &filter);
        let mut progress = progress_line(l10n);
        let bytes = match format {
            ExportFormat::Csv => jikim_report::csv_out::to_csv(&rows, l10n, &mut progress)?,
            ExportFormat::Xlsx => jikim_report::xlsx_out::to_xlsx(&rows, l10n, &mut progress)?,
            ExportFormat::Html => {
                jikim_report::html_out::summary_page(&rows, &filter, school, today_kst(), l10n)
                    .into_bytes()
            }
        };
        jikim_report::write_atomically(file, &bytes)?;
        Ok(rows.len())
    })();
    match result {
        Ok(rows) => {
            say(
                l10n,
                out,
                "report-export-written",
                &[
                    ("rows", rows.to_string()),
                    ("path", file.display().to_string()),
                ],
            );
            0
        }
        Err(e) => failed(l10n, err, &e),
    }
}

pub(crate) fn bundle(
    data: &Path,
    file: &Path,
    classes: &[String],
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let result = (|| {
        let wanted = classes
            .iter()
            .map(|c| jikim_report::Filter::parse_class(c))
            .collect::<Result<Vec<_>, _>>()?;
        let store = open_store(data)?;
        let ids: Vec<uuid::Uuid> = store
            .classes()?
            .into_iter()
            .filter(|c| wanted.contains(&(c.grade, c.class_no)))
            .map(|c| c.id)
            .collect();
        if !wanted.is_empty() && ids.is_empty() {
            return Err(ReportError::BadFilter(classes.join(", ")));
        }
        let snap = store.snapshot(&ids)?;
        let bytes = jikim_report::bundle::write(&snap, &store.school_key()?)?;
        jikim_report::write_atomically(file, &bytes)?;
        Ok((snap.classes.len(), snap.records.len()))
    })();
    match result {
        Ok((classes, records)) => {
            say(
                l10n,
                out,
                "report-bundle-written",
                &[
                    ("path", file.display().to_string()),
                    ("classes", classes.to_string()),
                    ("records", records.to_string()),
                ],
            );
            0
        }
        Err(e) => failed(l10n, err, &e),
    }
}

pub(crate) fn merge(
    data: &Path,
    bundles: &[PathBuf],
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    // Every bundle is read and checked before any is merged: one bad file changes nothing.
    let mut snaps = Vec::new();
    for path in bundles {
        match jikim_report::bundle::read_file(path) {
            Ok(s) => snaps.push((path, s)),
            Err(e) => {
                let _ = write!(err, "{}: ", path.display());
                return failed(l10n, err, &e);
            }
        }
    }
    let store = match open_store(data) {
        Ok(s) => s,
        Err(e) => return failed(l10n, err, &e),
    };
    for (path, snap) in snaps {
        let mut bar = progress_line(l10n);
        let mut progress = |done, total| bar(Progress { done, total });
        match store.merge(&snap, &mut progress) {
            Ok(stats) => say(
                l10n,
                out,
                "report-merge-done",
                &[
                    ("path", path.display().to_string()),
                    ("classes", stats.classes_added.to_string()),
                    ("students", stats.students_added.to_string()),
                    ("records", stats.records_added.to_string()),
                    ("present", stats.records_present.to_string()),
                ],
            ),
            Err(e) => return failed(l10n, err, &ReportError::from(e)),
        }
    }
    0
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn certificate(
    data: &Path,
    file: &Path,
    school: &str,
    number: Option<u32>,
    date: Option<&str>,
    filter_args: &FilterArgs,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let result = (|| {
        let filter = filter_args.parse()?;
        let issued = match date {
            Some(d) => jikim_report::Filter::parse_date(d)?,
            None => today_kst(),
        };
        let store = open_store(data)?;
        let snap = store.snapshot(&[])?;
        let rows = jikim_report::completion_rows(&library(filter_args)?, &snap, &filter);
        let mut certs = jikim_report::certificate::certificates(&rows);
        if let Some(n) = number {
            certs.retain(|c| c.number == n);
        }
        let zip = file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
        let bytes = jikim_report::certificate::issue(&store, &certs, school, issued, zip, l10n)?;
        jikim_report::write_atomically(file, &bytes)?;
        Ok(certs.len())
    })();
    match result {
        Ok(count) => {
            say(
                l10n,
                out,
                "report-cert-written",
                &[
                    ("count", count.to_string()),
                    ("path", file.display().to_string()),
                ],
            );
            0
        }
        Err(e) => failed(l10n, err, &e),
    }
}

/// `jikim verify`: every certificate code in `input` (a file, or the code itself), checked
/// against the keys given.
pub(crate) fn verify(
    input: &str,
    key_files: &[PathBuf],
    data: Option<&Path>,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    use jikim_hub::school_key::SchoolPublicKey;
    use jikim_report::claim::{self, ClaimError};
    let mut trusted = Vec::new();
    for file in key_files {
        let key = std::fs::read_to_string(file)
            .ok()
            .and_then(|t| SchoolPublicKey::from_text(&t));
        match key {
            Some(k) => trusted.push(k),
            None => {
                say(
                    l10n,
                    err,
                    "report-verify-bad-key-file",
                    &[("path", file.display().to_string())],
                );
                return 2;
            }
        }
    }
    if let Some(data) = data {
        match open_store(data).and_then(|s| Ok(s.school_key()?)) {
            Ok(k) => trusted.push(k.public()),
            Err(e) => return failed(l10n, err, &e),
        }
    }
    let path = Path::new(input);
    let tokens = if path.is_file() {
        match std::fs::read(path) {
            Ok(bytes) => claim::find_tokens(&bytes),
            Err(e) => {
                return failed(
                    l10n,
                    err,
                    &ReportError::Io {
                        path: input.to_string(),
                        detail: e.to_string(),
                    },
                )
            }
        }
    } else {
        claim::find_tokens(input.as_bytes())
    };
    if tokens.is_empty() {
        say(l10n, err, ClaimError::NotFound.message_id(), &[]);
        return 1;
    }
    let mut all_valid = true;
    for token in tokens {
        match claim::verify(&token, &trusted) {
            Ok(c) => {
                say(
                    l10n,
                    out,
                    "report-verify-valid",
                    &[
                        ("serial", c.serial.clone()),
                        (
                            "key",
                            SchoolPublicKey::from_base64(&c.key)
                                .map(|k| k.key_id())
                                .unwrap_or_default(),
                        ),
                        ("student", c.student.clone()),
                        ("issued", c.issued.clone()),
                    ],
                );
                for m in &c.modules {
                    say(
                        l10n,
                        out,
                        "report-verify-module",
                        &[
                            ("module", m.id.clone()),
                            ("version", m.version.to_string()),
                            ("law", m.law_as_of.clone()),
                            ("minutes", m.minutes.to_string()),
                            ("date", m.completed.clone()),
                        ],
                    );
                }
            }
            Err(e) => {
                all_valid = false;
                let args = match &e {
                    ClaimError::UntrustedKey { key_id } => vec![("key", key_id.clone())],
                    _ => vec![],
                };
                say(l10n, out, e.message_id(), &args);
                if matches!(e, ClaimError::UntrustedKey { .. }) && trusted.is_empty() {
                    say(l10n, out, "report-verify-give-key", &[]);
                }
            }
        }
    }
    if all_valid {
        0
    } else {
        1
    }
}

/// `jikim ledger`: the hours ledger printed and written as XLSX.
pub(crate) fn ledger(
    data: &Path,
    file: &Path,
    school: &str,
    filter_args: &FilterArgs,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let result = (|| {
        let filter = filter_args.parse()?;
        let store = open_store(data)?;
        let owed = store.owed()?;
        if owed.is_empty() {
            return Err(ReportError::NothingOwed);
        }
        let snap = store.snapshot(&[])?;
        let ledger = jikim_report::ledger::ledger(&library(filter_args)?, &snap, &filter, &owed);
        let title = jikim_report::ledger::title(school, &filter, l10n);
        let bytes = jikim_report::ledger::to_xlsx(&ledger, &title, l10n)?;
        jikim_report::write_atomically(file, &bytes)?;
        Ok(ledger)
    })();
    match result {
        Ok(ledger) => {
            for line in &ledger.lines {
                let rate = format!("{:.1}", line.rate() * 100.0);
                let requirement = l10n.text(line.requirement.message_id());
                if line.class_no == 0 {
                    say(
                        l10n,
                        out,
                        "report-ledger-grade-line",
                        &[
                            ("grade", line.grade.to_string()),
                            ("requirement", requirement),
                            ("completed", line.completed.to_string()),
                            ("students", line.students.to_string()),
                            ("rate", rate),
                        ],
                    );
                } else {
                    say(
                        l10n,
                        out,
                        "report-ledger-line",
                        &[
                            ("grade", line.grade.to_string()),
                            ("class", line.class_no.to_string()),
                            ("requirement", requirement),
                            ("completed", line.completed.to_string()),
                            ("students", line.students.to_string()),
                            ("rate", rate),
                            ("owed", line.owed_minutes.to_string()),
                        ],
                    );
                }
            }
            say(
                l10n,
                out,
                "report-ledger-written",
                &[("path", file.display().to_string())],
            );
            0
        }
        Err(e) => failed(l10n, err, &e),
    }
}
