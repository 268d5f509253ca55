//! `jikim export`, `bundle`, `merge` and `certificate`: the administrator's reports from a hub's
//! (or a merged) data folder. A progress line goes to the terminal when stderr is one.

use super::{say, ExportFormat, FilterArgs};
use jikim_core::content::Library;
use jikim_core::i18n::{messages as m, Localizer};
use jikim_report::{export, merge, today_kst, Progress, ReportError};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

fn failed(l10n: &Localizer, err: &mut dyn Write, e: &ReportError) -> i32 {
    say(l10n, err, e.message());
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
        let line = l10n.text(m::ReportProgress {
            done: p.done,
            total: p.total,
        });
        let mut e = std::io::stderr();
        let _ = write!(e, "\r{line} ({pct}%)");
        if p.done >= p.total {
            let _ = writeln!(e);
        }
        let _ = e.flush();
    }
}

fn open_store(data: &Path) -> Result<jikim_hub::HubStore, ReportError> {
    Ok(jikim_hub::HubStore::open(data)?)
}

/// The modules results are judged with (`--content`, else `assets/modules`).
fn library(filter: &FilterArgs) -> Result<Library, ReportError> {
    let dir = filter
        .content
        .clone()
        .unwrap_or_else(|| PathBuf::from("assets/modules"));
    export::load_library(&dir)
}

/// Opens the data folder and writes the export `kind` of its own data to `file`.
fn export_to(
    data: &Path,
    kind: export::Kind,
    file: &Path,
    filter_args: &FilterArgs,
    school: &str,
    date: time::Date,
    l10n: &Localizer,
) -> Result<export::Exported, ReportError> {
    let filter = filter_args.parse()?;
    let store = open_store(data)?;
    let library = library(filter_args)?;
    let request = export::Request {
        kind,
        scope: export::Scope::Own,
        filter: &filter,
        school,
        date,
    };
    let mut progress = progress_line(l10n);
    export::export(&store, &library, &request, file, l10n, &mut progress)
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
    let kind = match format {
        ExportFormat::Csv => export::Kind::Csv,
        ExportFormat::Xlsx => export::Kind::Xlsx,
        ExportFormat::Html => export::Kind::Summary,
    };
    match export_to(data, kind, file, filter_args, school, today_kst(), l10n) {
        Ok(done) => {
            say(
                l10n,
                out,
                m::ReportExportWritten {
                    path: file.display().to_string(),
                    rows: done.count.to_string(),
                },
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
        export::bundle(&open_store(data)?, &wanted, file)
    })();
    match result {
        Ok(done) => {
            say(
                l10n,
                out,
                m::ReportBundleWritten {
                    classes: done.classes.to_string(),
                    path: file.display().to_string(),
                    records: done.records.to_string(),
                },
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
    // A progress line per bundle, and its result as soon as it is merged.
    let mut bar = progress_line(l10n);
    let result = jikim_report::merge::merge_files(data, bundles, &mut |event| match event {
        merge::Event::Progress { progress, .. } => bar(progress),
        merge::Event::Merged(m) => {
            say(
                l10n,
                out,
                m::ReportMergeDone {
                    certificates: m.stats.certificates_added.to_string(),
                    classes: m.stats.classes_added.to_string(),
                    path: m.file.display().to_string(),
                    present: m.stats.records_present.to_string(),
                    records: m.stats.records_added.to_string(),
                    students: m.stats.students_added.to_string(),
                },
            );
            bar = progress_line(l10n);
        }
    });
    match result {
        Ok(_) => 0,
        Err(e) => {
            if let Some(file) = e.file() {
                let _ = write!(err, "{}: ", file.display());
            }
            failed(l10n, err, e.error())
        }
    }
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
        let issued = match date {
            Some(d) => jikim_report::Filter::parse_date(d)?,
            None => today_kst(),
        };
        let zip = file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
        let kind = export::Kind::Certificates { number, zip };
        export_to(data, kind, file, filter_args, school, issued, l10n)
    })();
    match result {
        Ok(done) => {
            say(
                l10n,
                out,
                m::ReportCertWritten {
                    count: done.count.to_string(),
                    path: file.display().to_string(),
                },
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
    use jikim_report::claim;
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
                    m::ReportVerifyBadKeyFile {
                        path: file.display().to_string(),
                    },
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
    let tokens = match certificate_tokens(input, l10n, err) {
        Ok(tokens) => tokens,
        Err(code) => return code,
    };
    let mut all_valid = true;
    for token in tokens {
        let result = claim::verify(&token, &trusted);
        all_valid &= say_verified(&result, trusted.is_empty(), l10n, out);
    }
    if all_valid {
        0
    } else {
        1
    }
}

/// The certificate codes (JIKIM1.…) in `input`: a file (a certificate PDF, a text file) or the
/// code itself. None found, or a file that cannot be read, is said on `err`, and the exit code
/// returned instead.
pub(crate) fn certificate_tokens(
    input: &str,
    l10n: &Localizer,
    err: &mut dyn Write,
) -> Result<Vec<String>, i32> {
    use jikim_report::claim::{self, ClaimError};
    let path = Path::new(input);
    let tokens = if path.is_file() {
        match std::fs::read(path) {
            Ok(bytes) => claim::find_tokens(&bytes),
            Err(e) => {
                let e = ReportError::from(jikim_core::error::FileFault::of_io(path, &e));
                return Err(failed(l10n, err, &e));
            }
        }
    } else {
        claim::find_tokens(input.as_bytes())
    };
    if tokens.is_empty() {
        say(l10n, err, ClaimError::NotFound.message());
        return Err(1);
    }
    Ok(tokens)
}

/// Says what checking one certificate code found: the certificate and its modules, or why it
/// is not valid (with `hint_keys`, how to give the school's key). True when it is valid.
pub(crate) fn say_verified(
    result: &Result<jikim_report::claim::Claim, jikim_report::claim::ClaimError>,
    hint_keys: bool,
    l10n: &Localizer,
    out: &mut dyn Write,
) -> bool {
    use jikim_hub::school_key::SchoolPublicKey;
    use jikim_report::claim::ClaimError;
    match result {
        Ok(c) => {
            say(
                l10n,
                out,
                m::ReportVerifyValid {
                    issued: c.issued.clone(),
                    key: SchoolPublicKey::from_base64(&c.key)
                        .map(|k| k.key_id())
                        .unwrap_or_default(),
                    serial: c.serial.clone(),
                    student: c.student.clone(),
                },
            );
            for m in &c.modules {
                say(
                    l10n,
                    out,
                    m::ReportVerifyModule {
                        date: m.completed.clone(),
                        law: m.law_as_of.clone(),
                        minutes: m.minutes.to_string(),
                        module: m.id.clone(),
                        version: m.version.to_string(),
                    },
                );
            }
            true
        }
        Err(e) => {
            say(l10n, out, e.message());
            if matches!(e, ClaimError::UntrustedKey { .. }) && hint_keys {
                say(l10n, out, m::REPORT_VERIFY_GIVE_KEY);
            }
            false
        }
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
    let result = export_to(
        data,
        export::Kind::Ledger,
        file,
        filter_args,
        school,
        today_kst(),
        l10n,
    );
    match result.map(|done| done.ledger.unwrap_or_default()) {
        Ok(ledger) => {
            for line in &ledger.lines {
                let rate = format!("{:.1}", line.rate() * 100.0);
                let requirement = l10n.text(line.requirement.name());
                if line.class_no == 0 {
                    say(
                        l10n,
                        out,
                        m::ReportLedgerGradeLine {
                            completed: line.completed.to_string(),
                            grade: line.grade.to_string(),
                            rate,
                            requirement,
                            students: line.students.to_string(),
                        },
                    );
                } else {
                    say(
                        l10n,
                        out,
                        m::ReportLedgerLine {
                            class: line.class_no.to_string(),
                            completed: line.completed.to_string(),
                            grade: line.grade.to_string(),
                            owed: line.owed_minutes.to_string(),
                            rate,
                            requirement,
                            students: line.students.to_string(),
                        },
                    );
                }
            }
            say(
                l10n,
                out,
                m::ReportLedgerWritten {
                    path: file.display().to_string(),
                },
            );
            0
        }
        Err(e) => failed(l10n, err, &e),
    }
}
