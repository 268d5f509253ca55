//! `jikim district-bundle` (on a school hub) and `jikim district …` (at the education office,
//! against PostgreSQL). See `docs/district.md`.

use super::say;
use jikim_core::error::FileFault;
use jikim_core::i18n::{messages as m, Localizer};
use jikim_district::db::District;
use jikim_district::DistrictError;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `jikim district` does.
#[derive(clap::Subcommand)]
pub(crate) enum DistrictCommand {
    /// Create or upgrade the database schema (every other command does it too).
    Migrate,
    /// Register a school's hub public key (from `jikim hub school-key --export`) under its name.
    Register {
        #[arg(long)]
        key: PathBuf,
        #[arg(long)]
        name: String,
    },
    /// Set what every student of a grade owes of a requirement, district-wide (minutes; 0
    /// removes it).
    Owe {
        #[arg(long = "grade", required = true)]
        grades: Vec<u32>,
        #[arg(long)]
        requirement: String,
        #[arg(long)]
        minutes: u32,
    },
    /// Import district bundles from files (USB, mail), each in one transaction; a file imported
    /// before adds nothing.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Receive school hubs' district bundles over HTTPS (`jikim district-push`), importing each
    /// as it completes; resumable and idempotent. Prints the certificate fingerprint schools
    /// pin. Runs until stopped.
    Serve {
        #[arg(long, default_value = "0.0.0.0:8443")]
        listen: std::net::SocketAddr,
        /// Folder for the server's TLS certificate (made on first start) and unfinished uploads.
        #[arg(long)]
        dir: PathBuf,
    },
    /// Check completion certificates (이수증) against the keys of the registered schools: who
    /// issued each, and whether that school's district bundles reported it.
    Verify {
        /// The certificate PDF, a text file, or the QR code's text (JIKIM1.…).
        input: String,
    },
    /// 이수율 per school, grade and requirement for a school year, printed, and as XLSX with
    /// `--out`; schools below `--behind` percent are listed as behind.
    Report {
        #[arg(long)]
        year: i32,
        #[arg(long)]
        out: Option<PathBuf>,
        /// Also write the printable page (HTML for any browser to print or save as PDF).
        #[arg(long)]
        page: Option<PathBuf>,
        #[arg(long, default_value_t = 100.0)]
        behind: f64,
    },
}

/// Writes `bytes` to `file` through a temporary file and a rename.
fn save(file: &Path, bytes: &[u8]) -> Result<(), DistrictError> {
    jikim_report::write_atomically(file, bytes).map_err(|e| match e {
        jikim_report::ReportError::Io(f) => DistrictError::Io(f),
        e => FileFault::other(file.display(), e).into(),
    })
}

fn failed(l10n: &Localizer, err: &mut dyn Write, e: &DistrictError) -> i32 {
    say(l10n, err, e.message());
    1
}

/// `jikim district-bundle`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn bundle(
    data: &Path,
    year: i32,
    names: bool,
    content: &Path,
    file: &Path,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let result = (|| {
        let store = jikim_hub::HubStore::open(data)?;
        let library = jikim_core::content::Library::load_dir(content, jikim_core::content::today());
        if library.modules.is_empty() {
            return Err(DistrictError::Invalid(content.display().to_string()));
        }
        let (bytes, counts) = jikim_district::bundle::write(&store, &library, year, names)?;
        save(file, &bytes)?;
        Ok(counts)
    })();
    match result {
        Ok(c) => {
            say(
                l10n,
                out,
                m::DistrictBundleWritten {
                    completions: c.completions.to_string(),
                    names: l10n.text(if names {
                        m::DISTRICT_BUNDLE_WITH_NAMES
                    } else {
                        m::DISTRICT_BUNDLE_PSEUDONYMOUS
                    }),
                    path: file.display().to_string(),
                    records: c.records.to_string(),
                    students: c.students.to_string(),
                    year: year.to_string(),
                },
            );
            0
        }
        Err(e) => failed(l10n, err, &e),
    }
}

/// Writes this hub's district bundle for `year` into the hub's outbox folder, unless one is
/// waiting there from a push that did not finish.
fn outbox_bundle(
    data: &Path,
    year: i32,
    names: bool,
    content: &Path,
) -> Result<(PathBuf, bool), DistrictError> {
    let outbox = data.join("district_outbox");
    std::fs::create_dir_all(&outbox).map_err(|e| FileFault::of_io(&outbox, &e))?;
    let file = outbox.join(if names {
        format!("{year}-with-names.jikim-district")
    } else {
        format!("{year}.jikim-district")
    });
    if file.is_file() {
        return Ok((file, true));
    }
    let store = jikim_hub::HubStore::open(data)?;
    let library = jikim_core::content::Library::load_dir(content, jikim_core::content::today());
    if library.modules.is_empty() {
        return Err(DistrictError::Invalid(content.display().to_string()));
    }
    let (bytes, _) = jikim_district::bundle::write(&store, &library, year, names)?;
    save(&file, &bytes)?;
    Ok((file, false))
}

/// `jikim district-push`: the hub's district bundle for `year`, sent to the education office's
/// server. A bundle left in the outbox by a push cut short is finished first (from where the
/// server's copy ends), then a fresh one is written and sent, so the office gets everything up
/// to now; a bundle leaves the outbox once the server has imported it.
#[allow(clippy::too_many_arguments)]
pub(crate) fn push(
    data: &Path,
    url: &str,
    pin: &str,
    year: i32,
    names: bool,
    content: &Path,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => return failed(l10n, err, &DistrictError::Unreachable(e.to_string())),
    };
    let client = match jikim_district::push::DistrictClient::new(url, pin) {
        Ok(c) => c,
        Err(e) => return failed(l10n, err, &e),
    };
    let options = jikim_district::push::PushOptions::default();
    loop {
        let (file, kept) = match outbox_bundle(data, year, names, content) {
            Ok(f) => f,
            Err(e) => return failed(l10n, err, &e),
        };
        let path = file.display().to_string();
        let pushed = runtime.block_on(client.push(&file, &options, &mut |_, _| {}));
        let o = match pushed {
            Ok(o) if o.status.done => o,
            Ok(_) => return 1,
            Err(e) => {
                let code = failed(l10n, err, &e);
                if !e.is_bundle_fault() {
                    say(l10n, err, m::DistrictPushKept { path });
                } else {
                    let _ = std::fs::remove_file(&file);
                }
                return code;
            }
        };
        if kept && o.resumed_from > 0 {
            say(
                l10n,
                out,
                m::DistrictPushResumed {
                    offset: o.resumed_from.to_string(),
                    path,
                },
            );
        }
        let _ = std::fs::remove_file(&file);
        let read = o.status.read.unwrap_or_default();
        if o.status.already_imported {
            say(
                l10n,
                out,
                m::DistrictPushAlready {
                    year: year.to_string(),
                },
            );
        } else {
            say(
                l10n,
                out,
                m::DistrictPushed {
                    added_completions: o.status.added_completions.to_string(),
                    added_records: o.status.added_records.to_string(),
                    completions: read.completions.to_string(),
                    records: read.records.to_string(),
                    students: read.students.to_string(),
                    year: year.to_string(),
                },
            );
        }
        if !kept {
            return 0;
        }
    }
}

/// `jikim district --db URL …`.
pub(crate) fn run(
    db: &str,
    db_ca: Option<&Path>,
    command: DistrictCommand,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => return failed(l10n, err, &DistrictError::Database(e.to_string())),
    };
    runtime.block_on(async {
        let connected = match db_ca {
            Some(ca) => District::connect_with(db, Some(ca)).await,
            None => District::connect(db).await,
        };
        let district = match connected {
            Ok(d) => d,
            Err(e) => return failed(l10n, err, &e),
        };
        let result: Result<i32, DistrictError> = async {
            match command {
                DistrictCommand::Migrate => {
                    let version = district.schema_version().await?;
                    say(
                        l10n,
                        out,
                        m::DistrictMigrated {
                            version: version.to_string(),
                        },
                    );
                }
                DistrictCommand::Register { key, name } => {
                    let text =
                        std::fs::read_to_string(&key).map_err(|e| FileFault::of_io(&key, &e))?;
                    let public = jikim_hub::school_key::SchoolPublicKey::from_text(&text)
                        .ok_or_else(|| DistrictError::Invalid(key.display().to_string()))?;
                    district.register_school(&public, &name).await?;
                    say(
                        l10n,
                        out,
                        m::DistrictRegistered {
                            key: public.key_id(),
                            name: name.trim().to_string(),
                        },
                    );
                }
                DistrictCommand::Owe {
                    grades,
                    requirement,
                    minutes,
                } => {
                    let requirement = jikim_core::content::Requirement::parse(requirement.trim())
                        .ok_or_else(|| DistrictError::Invalid(requirement.clone()))?;
                    for grade in grades {
                        district.set_owed(grade, requirement, minutes).await?;
                        let requirement = l10n.text(requirement.name());
                        if minutes == 0 {
                            say(l10n, out, m::DistrictOwedRemoved { grade, requirement });
                        } else {
                            say(
                                l10n,
                                out,
                                m::DistrictOwed {
                                    grade,
                                    requirement,
                                    minutes,
                                },
                            );
                        }
                    }
                }
                DistrictCommand::Verify { input } => {
                    return verify(&district, &input, l10n, out, err).await;
                }
                DistrictCommand::Import { files } => {
                    for file in files {
                        let input =
                            std::fs::File::open(&file).map_err(|e| FileFault::of_io(&file, &e))?;
                        // Streamed: the file is read a buffer at a time, never whole.
                        let o = district.import(std::io::BufReader::new(input)).await;
                        let o = match o {
                            Ok(o) => o,
                            Err(e) => {
                                let _ = write!(err, "{}: ", file.display());
                                return Err(e);
                            }
                        };
                        let path = file.display().to_string();
                        if o.already_imported {
                            say(l10n, out, m::DistrictAlreadyImported { path });
                        } else {
                            say(
                                l10n,
                                out,
                                m::DistrictImported {
                                    added_completions: o.added_completions.to_string(),
                                    added_records: o.added_records.to_string(),
                                    completions: o.read.completions.to_string(),
                                    path,
                                    records: o.read.records.to_string(),
                                    students: o.read.students.to_string(),
                                    year: o.school_year.to_string(),
                                },
                            );
                        }
                    }
                }
                DistrictCommand::Serve { listen, dir } => {
                    let server = jikim_district::server::serve(district, &dir, listen).await?;
                    say(
                        l10n,
                        out,
                        m::DistrictServing {
                            addr: server.addr.to_string(),
                            fingerprint: server.fingerprint.clone(),
                        },
                    );
                    let _ = out.flush();
                    let _ = tokio::signal::ctrl_c().await;
                    server.stop().await;
                    return Ok(0);
                }
                DistrictCommand::Report {
                    year,
                    out: file,
                    page,
                    behind,
                } => {
                    let report = district.full_report(year).await?;
                    for l in &report.lines {
                        let rate = format!("{:.1}", l.rate() * 100.0);
                        let requirement = l10n.text(l.requirement.name());
                        say(
                            l10n,
                            out,
                            m::DistrictReportLine {
                                school: &l.school,
                                grade: l.grade,
                                requirement: &requirement,
                                completed: l.completed,
                                students: l.students,
                                rate: &rate,
                            },
                        );
                        if l.rate() * 100.0 < behind {
                            say(
                                l10n,
                                out,
                                m::DistrictReportBehind {
                                    school: &l.school,
                                    grade: l.grade,
                                    requirement: &requirement,
                                    rate: &rate,
                                    behind: format!("{behind:.0}"),
                                },
                            );
                        }
                    }
                    for c in &report.certificates {
                        say(
                            l10n,
                            out,
                            m::DistrictReportCertificates {
                                certificates: c.certificates.to_string(),
                                school: c.school.clone(),
                                students: c.students.to_string(),
                            },
                        );
                    }
                    let title = l10n.text(m::DistrictReportTitle {
                        year: year.to_string(),
                    });
                    if let Some(page) = page {
                        let html =
                            jikim_district::db::report_page(&report, &title, behind / 100.0, l10n);
                        save(&page, html.as_bytes())?;
                        say(
                            l10n,
                            out,
                            m::DistrictReportWritten {
                                path: page.display().to_string(),
                            },
                        );
                    }
                    if let Some(file) = file {
                        let bytes =
                            jikim_district::db::report_xlsx(&report, &title, behind / 100.0, l10n)?;
                        save(&file, &bytes)?;
                        say(
                            l10n,
                            out,
                            m::DistrictReportWritten {
                                path: file.display().to_string(),
                            },
                        );
                    }
                }
            }
            Ok(0)
        }
        .await;
        match result {
            Ok(code) => code,
            Err(e) => failed(l10n, err, &e),
        }
    })
}

/// `jikim district verify`: each certificate code in `input` checked against the registered
/// schools' keys, then named with the school that issued it and whether it was reported.
async fn verify(
    district: &District,
    input: &str,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, DistrictError> {
    let schools = district.schools().await?;
    if schools.is_empty() {
        say(l10n, err, m::DISTRICT_VERIFY_NO_SCHOOLS);
        return Ok(1);
    }
    let tokens = match crate::report::certificate_tokens(input, l10n, err) {
        Ok(tokens) => tokens,
        Err(code) => return Ok(code),
    };
    let trusted: Vec<_> = schools.iter().map(|s| s.key).collect();
    let mut all_valid = true;
    for token in tokens {
        let result = jikim_report::claim::verify(&token, &trusted);
        all_valid &= crate::report::say_verified(&result, false, l10n, out);
        let Ok(claim) = result else { continue };
        let Some(school) = schools.iter().find(|s| s.key.to_base64() == claim.key) else {
            continue;
        };
        let school_name = school.name.clone();
        if district
            .certificate_reported(school.id, &claim.serial)
            .await?
        {
            say(
                l10n,
                out,
                m::DistrictVerifyReported {
                    school: school_name,
                },
            );
        } else {
            say(
                l10n,
                out,
                m::DistrictVerifyNotReported {
                    school: school_name,
                },
            );
        }
    }
    Ok(if all_valid { 0 } else { 1 })
}
