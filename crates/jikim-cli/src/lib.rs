//! The `jikim` command as a library, so integration tests drive exactly what users run.
//! Output text comes from Fluent (`locales/*/cli.ftl`), Korean unless `--lang en`.

use clap::{Parser, Subcommand};
use jikim_core::content::{ContentIssue, IssueKind, Library, ReviewRules};
use jikim_core::i18n::{messages as m, Localizer, Message};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

mod district;
mod report;

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
    /// Run the school's class hub (HTTPS on the LAN), or manage its classes.
    Hub {
        /// The hub's data folder (database, certificate, teacher token).
        #[arg(long)]
        data: PathBuf,
        /// Port to listen on.
        #[arg(long, default_value_t = 7443)]
        port: u16,
        /// Address of the LAN interface to listen on.
        #[arg(long, default_value = "0.0.0.0")]
        bind: std::net::IpAddr,
        /// Do not announce the hub with mDNS.
        #[arg(long)]
        no_mdns: bool,
        /// Folder of module files the hub grades answers against (default: assets/modules).
        #[arg(long = "content")]
        content: Option<PathBuf>,
        #[command(subcommand)]
        action: Option<HubAction>,
    },
    /// Export the hub's access log (who opened whose answers, every export) as CSV for Excel.
    AccessLog {
        /// The hub's data folder.
        #[arg(long)]
        data: PathBuf,
        /// File to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a lab PC's provisioning file (see docs/provisioning.md).
    Provision {
        #[command(subcommand)]
        command: ProvisionCommand,
    },
    /// Work with module files.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// Export completion (one row per student × module) as CSV (UTF-8 with BOM), XLSX, or the
    /// printable report summary (HTML).
    Export {
        /// The hub's (or the administrator's merged) data folder.
        #[arg(long)]
        data: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// File to write.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        filter: FilterArgs,
        /// School name printed on the summary page.
        #[arg(long, default_value = "")]
        school: String,
    },
    /// Write an export bundle (one file with this hub's classes and records) for the
    /// school-wide merge.
    Bundle {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// Only these classes (학년-반, e.g. 2-3); repeatable.
        #[arg(long = "class")]
        classes: Vec<String>,
    },
    /// Merge export bundles into the administrator's data folder, without duplicates.
    Merge {
        /// The administrator's data folder (created if missing).
        #[arg(long)]
        data: PathBuf,
        /// Bundle files.
        #[arg(required = true)]
        bundles: Vec<PathBuf>,
    },
    /// Write this hub's district bundle for a school year (학년도, March to February): students by
    /// pseudonym (names only with --with-names), the modules the hub graded as passed with their
    /// credited minutes, and the year's records; signed with the hub's key. See docs/district.md.
    DistrictBundle {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        out: PathBuf,
        /// Include students' names (the school's choice; pseudonymous otherwise).
        #[arg(long)]
        with_names: bool,
        /// Folder of module files (credits).
        #[arg(long = "content")]
        content: Option<PathBuf>,
    },
    /// Send this hub's district bundle for a school year to the education office's server
    /// (`jikim district serve`) over HTTPS, pinned to its certificate; a push cut short resumes
    /// where it stopped, and sending again adds nothing twice. See docs/district.md.
    DistrictPush {
        #[arg(long)]
        data: PathBuf,
        /// The district server, e.g. https://jikim.goe.go.kr:8443
        #[arg(long)]
        url: String,
        /// SHA-256 fingerprint of the district server's certificate (it prints it on start).
        #[arg(long)]
        pin: String,
        #[arg(long)]
        year: i32,
        /// Include students' names (the school's choice; pseudonymous otherwise).
        #[arg(long)]
        with_names: bool,
        /// Folder of module files (credits).
        #[arg(long = "content")]
        content: Option<PathBuf>,
    },
    /// The education office's district server on PostgreSQL (see docs/district.md).
    District {
        /// PostgreSQL connection string, e.g. "host=/run/postgresql dbname=jikim" or
        /// "host=db.office.example dbname=jikim user=jikim sslmode=require".
        #[arg(long)]
        db: String,
        /// CA certificate (PEM) the PostgreSQL server's TLS certificate must chain to (default:
        /// $PGSSLROOTCERT, else the system's roots). TLS is used over TCP unless sslmode=disable.
        #[arg(long = "db-ca")]
        db_ca: Option<PathBuf>,
        #[command(subcommand)]
        command: district::DistrictCommand,
    },
    /// The prevention-education hours ledger (이수 실적): per class, grade and requirement, the
    /// minutes owed, students who completed, the completion rate and who is missing, printed and
    /// written as XLSX. What each grade owes: `jikim hub owe`.
    Ledger {
        #[arg(long)]
        data: PathBuf,
        /// The XLSX file to write.
        #[arg(long)]
        out: PathBuf,
        /// School name for the title.
        #[arg(long, default_value = "")]
        school: String,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Check a certificate (이수증) offline: its QR code's text, a file holding it, or the
    /// certificate PDF itself. Says for each whether it is valid, and if not, why (edited, signed
    /// by another key, damaged). Exit code 0 only when every one is valid.
    Verify {
        /// The certificate PDF, a text file, or the QR code's text (JIKIM1.…).
        input: String,
        /// The school's public key file (`jikim hub school-key --export`); repeatable.
        #[arg(long = "key")]
        keys: Vec<PathBuf>,
        /// Or the hub's data folder, to trust that hub's own key.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Completion certificates (이수증) as one PDF (or, with an --out ending in .zip, a ZIP of
    /// one PDF per student): a whole class, or one student.
    Certificate {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// School name printed on the certificate.
        #[arg(long)]
        school: String,
        /// Only the student with this number (use with one --class).
        #[arg(long)]
        number: Option<u32>,
        /// Date printed on the certificate (YYYY-MM-DD; default today).
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        filter: FilterArgs,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Csv,
    Xlsx,
    Html,
}

#[derive(clap::Args)]
struct FilterArgs {
    /// Only these classes (학년-반, e.g. 2-3); repeatable.
    #[arg(long = "class")]
    classes: Vec<String>,
    /// Only these modules (module id); repeatable.
    #[arg(long = "module")]
    modules: Vec<String>,
    /// Count only records from this day on (YYYY-MM-DD, Korean time).
    #[arg(long)]
    from: Option<String>,
    /// Count only records up to this day (YYYY-MM-DD, Korean time).
    #[arg(long)]
    to: Option<String>,
    /// Folder of module files (titles and grading).
    #[arg(long = "content")]
    content: Option<PathBuf>,
}

impl FilterArgs {
    fn parse(&self) -> Result<jikim_report::Filter, jikim_report::ReportError> {
        jikim_report::Filter::from_text(
            &self.classes,
            &self.modules,
            self.from.as_deref(),
            self.to.as_deref(),
        )
    }
}

#[derive(Subcommand)]
enum HubAction {
    /// Create a class (or show an existing one) and print its id. Joining is closed until
    /// `join-open`.
    ClassAdd {
        #[arg(long)]
        grade: u32,
        #[arg(long)]
        class: u32,
    },
    /// Open joining for a class with a new short code, and print the code.
    JoinOpen {
        #[arg(long)]
        class_id: String,
        /// Minutes the code works.
        #[arg(long, default_value_t = jikim_hub::identity::DEFAULT_JOIN_MINUTES)]
        minutes: u32,
    },
    /// Close joining for a class now.
    JoinClose {
        #[arg(long)]
        class_id: String,
    },
    /// Help a student who cannot sign in: unlock their PIN, reset it (they join again with the
    /// code and set a new one; their devices are revoked), or revoke their devices.
    Student {
        #[arg(long)]
        student_id: String,
        #[arg(long, value_enum)]
        action: StudentAction,
    },
    /// End of the school year: delete the records received before a date (Korean time), and the
    /// students off the roster left with none, after checking that BUNDLE (written first with
    /// `jikim bundle`) holds every one of those records.
    Purge {
        /// `YYYY-MM-DD`: records received before this day go (default: before the school years
        /// the retention setting keeps).
        #[arg(long)]
        before: Option<String>,
        #[arg(long)]
        bundle: PathBuf,
    },
    /// How many school years of records the hub keeps (1–10; the purge's default cut-off).
    Retention {
        #[arg(long)]
        years: u32,
    },
    /// Replace hub.db with a backup (default: the newest in `backups/`), after checking it; the
    /// replaced file is kept beside it. Stop the hub first.
    Restore {
        #[arg(long)]
        from: Option<PathBuf>,
    },
    /// How long students' tokens last: a number of days, or `term` (to the end of the school
    /// term, the default).
    TokenLife {
        #[arg(long)]
        days: String,
    },
    /// Start a new school year (진급): archive last year (reports read it with
    /// `jikim export --data <hub>/archive/<year>`), move students to their new classes and
    /// numbers (they keep their id, PIN and history), add new ones, and take off those not on
    /// the new roster. CSV columns: 학년,반,번호,이름,이전반,이전번호 (see docs/reports.md).
    Rollover {
        /// The school year that starts (e.g. 2027).
        #[arg(long)]
        year: i32,
        #[arg(long)]
        csv: PathBuf,
    },
    /// Set what every student of a grade owes of a prevention-education requirement this school
    /// year (minutes; 0 removes it). Requirements: sexual-violence-prevention, sex-education,
    /// school-violence-prevention.
    Owe {
        /// 학년; repeatable.
        #[arg(long = "grade", required = true)]
        grades: Vec<u32>,
        #[arg(long)]
        requirement: String,
        #[arg(long)]
        minutes: u32,
    },
    /// Show this hub's signing key (made on first use; it signs bundles and certificates), and
    /// with --export write its public key to a file an education office registers.
    SchoolKey {
        #[arg(long)]
        export: Option<PathBuf>,
    },
    /// Replace a class roster from a CSV file (번호,이름; UTF-8 or CP949).
    Roster {
        #[arg(long)]
        class_id: String,
        #[arg(long)]
        csv: PathBuf,
    },
    /// Assign a module to a class with a due date (YYYY-MM-DD).
    Assign {
        #[arg(long)]
        class_id: String,
        #[arg(long)]
        module: String,
        #[arg(long)]
        due: String,
    },
}

#[derive(Subcommand)]
enum ProvisionCommand {
    /// Check FILE as this PC would read it; prints what it sets, or every problem (exit 1).
    Check {
        file: PathBuf,
        /// Check it as a data-folder file (which may not open teacher mode).
        #[arg(long)]
        data_folder: bool,
    },
    /// Read a teacher password from standard input and print its Argon2id hash, for the
    /// `password_hash` of the system-wide file.
    HashPassword,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum StudentAction {
    Unlock,
    ResetPin,
    RevokeDevices,
    /// Delete the student and all their records (their lab PCs erase their copy on next contact).
    Delete,
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Validate every module file in DIR (default: assets/modules) and print `file:line: message`
    /// for each problem. Exit code 1 when any problem is found.
    Check {
        /// Folder of module files.
        dir: Option<PathBuf>,
    },
    /// Print the library's size: modules, pages, items by kind and by audience, minutes.
    Stats {
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
        Command::AccessLog { data, out: file } => access_log_export(&data, &file, &l10n, out, err),
        Command::Provision {
            command: ProvisionCommand::Check { file, data_folder },
        } => provision_check(&file, data_folder, &l10n, out, err),
        Command::Provision {
            command: ProvisionCommand::HashPassword,
        } => provision_hash(&l10n, out, err),
        Command::Content {
            command: ContentCommand::Check { dir },
        } => content_check(&dir.unwrap_or_else(default_dir), &l10n, out, err),
        Command::Content {
            command: ContentCommand::Show { id, dir },
        } => content_show(&dir.unwrap_or_else(default_dir), &id, &l10n, out, err),
        Command::Content {
            command: ContentCommand::Stats { dir },
        } => content_stats(&dir.unwrap_or_else(default_dir), &l10n, out, err),
        Command::Export {
            data,
            format,
            out: file,
            filter,
            school,
        } => report::export(&data, format, &file, &filter, &school, &l10n, out, err),
        Command::Bundle {
            data,
            out: file,
            classes,
        } => report::bundle(&data, &file, &classes, &l10n, out, err),
        Command::Merge { data, bundles } => report::merge(&data, &bundles, &l10n, out, err),
        Command::DistrictBundle {
            data,
            year,
            out: file,
            with_names,
            content,
        } => district::bundle(
            &data,
            year,
            with_names,
            &content.unwrap_or_else(default_dir),
            &file,
            &l10n,
            out,
            err,
        ),
        Command::DistrictPush {
            data,
            url,
            pin,
            year,
            with_names,
            content,
        } => district::push(
            &data,
            &url,
            &pin,
            year,
            with_names,
            &content.unwrap_or_else(default_dir),
            &l10n,
            out,
            err,
        ),
        Command::District { db, db_ca, command } => {
            district::run(&db, db_ca.as_deref(), command, &l10n, out, err)
        }
        Command::Ledger {
            data,
            out: file,
            school,
            filter,
        } => report::ledger(&data, &file, &school, &filter, &l10n, out, err),
        Command::Verify { input, keys, data } => {
            report::verify(&input, &keys, data.as_deref(), &l10n, out, err)
        }
        Command::Certificate {
            data,
            out: file,
            school,
            number,
            date,
            filter,
        } => report::certificate(
            &data,
            &file,
            &school,
            number,
            date.as_deref(),
            &filter,
            &l10n,
            out,
            err,
        ),
        Command::Hub {
            data,
            port,
            bind,
            no_mdns,
            content,
            action,
        } => match action {
            None => hub_serve(
                &data,
                std::net::SocketAddr::new(bind, port),
                !no_mdns,
                &content.unwrap_or_else(default_dir),
                &l10n,
                out,
                err,
            ),
            Some(action) => hub_manage(&data, action, &l10n, out, err),
        },
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
            say(l10n, err, e.message());
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
        say(l10n, err, m::CliContentNoFiles { dir: dir.display() });
        return 1;
    }
    let mut issues: Vec<_> = lib.issues().cloned().collect();
    // The help page beside the modules (`assets/help/help.toml`) is held to the review's rules.
    let help_path = dir.join("../help/help.toml");
    if help_path.is_file() {
        match jikim_core::help::Help::load(&help_path) {
            Ok(help) => issues.extend(ReviewRules::shipped().check_help(&help, &help_path)),
            Err(e) => issues.push(ContentIssue {
                file: help_path.clone(),
                line: 1,
                kind: IssueKind::Syntax {
                    detail: e.to_string(),
                },
            }),
        }
    }
    for issue in &issues {
        let _ = writeln!(out, "{}", issue.render(l10n));
    }
    say(
        l10n,
        out,
        m::CliContentChecked {
            files,
            ok: lib.modules.len(),
            issues: issues.len(),
        },
    );
    i32::from(!issues.is_empty())
}

fn content_stats(
    dir: &std::path::Path,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    use jikim_core::content::{Audience, ItemKind};
    let lib = Library::load_dir(dir, jikim_core::content::today());
    if lib.modules.is_empty() && lib.broken.is_empty() {
        say(l10n, err, m::CliContentNoFiles { dir: dir.display() });
        return 1;
    }
    let kinds = [
        (ItemKind::Ox, m::CLI_STATS_KIND_OX),
        (ItemKind::Single, m::CLI_STATS_KIND_SINGLE),
        (ItemKind::Multi, m::CLI_STATS_KIND_MULTI),
        (ItemKind::Scenario, m::CLI_STATS_KIND_SCENARIO),
    ];
    let audiences = [
        (
            Audience::ElementaryUpper,
            m::CLI_STATS_AUDIENCE_ELEMENTARY_UPPER,
        ),
        (Audience::Middle, m::CLI_STATS_AUDIENCE_MIDDLE),
        (Audience::High, m::CLI_STATS_AUDIENCE_HIGH),
        (Audience::Teacher, m::CLI_STATS_AUDIENCE_TEACHER),
    ];
    let count_kind = |items: &[jikim_core::content::Item], k: ItemKind| {
        items.iter().filter(|i| i.kind == k).count()
    };
    let mut all_items = Vec::new();
    for m in &lib.modules {
        all_items.extend(m.items.iter().cloned());
        let by_kind: Vec<String> = kinds
            .iter()
            .map(|(k, id)| format!("{} {}", l10n.text(id), count_kind(&m.items, *k)))
            .collect();
        let aud: Vec<String> = m
            .audience
            .iter()
            .filter_map(|a| audiences.iter().find(|(x, _)| x == a))
            .map(|(_, id)| l10n.text(id))
            .collect();
        say(
            l10n,
            out,
            m::CliStatsModule {
                audience: aud.join(", "),
                id: m.id.clone(),
                items: m.items.len().to_string(),
                kinds: by_kind.join(", "),
                minutes: m.estimated_minutes.to_string(),
                order: m.order.to_string(),
                pages: m.pages.len().to_string(),
                version: m.version.to_string(),
            },
        );
    }
    let pages: usize = lib.modules.iter().map(|m| m.pages.len()).sum();
    let minutes: u32 = lib.modules.iter().map(|m| m.estimated_minutes).sum();
    say(
        l10n,
        out,
        m::CliStatsTotal {
            items: all_items.len().to_string(),
            minutes: minutes.to_string(),
            modules: lib.modules.len().to_string(),
            pages: pages.to_string(),
        },
    );
    let by_kind: Vec<String> = kinds
        .iter()
        .map(|(k, id)| format!("{} {}", l10n.text(id), count_kind(&all_items, *k)))
        .collect();
    say(
        l10n,
        out,
        m::CliStatsKinds {
            kinds: by_kind.join(", "),
        },
    );
    let by_audience: Vec<String> = audiences
        .iter()
        .map(|(a, id)| {
            let ms: Vec<_> = lib
                .modules
                .iter()
                .filter(|m| m.audience.contains(a))
                .collect();
            let items: usize = ms.iter().map(|m| m.items.len()).sum();
            let minutes: u32 = ms.iter().map(|m| m.estimated_minutes).sum();
            l10n.text(m::CliStatsAudienceLine {
                audience: l10n.text(id),
                modules: ms.len(),
                items,
                minutes,
            })
        })
        .collect();
    say(
        l10n,
        out,
        m::CliStatsAudiences {
            audiences: by_audience.join("; "),
        },
    );
    // The ledger's credits: per requirement, the modules counting toward it and the minutes a
    // student is credited when they passed them all.
    let by_requirement: Vec<String> = jikim_core::content::Requirement::ALL
        .iter()
        .map(|r| {
            let ms: Vec<_> = lib
                .modules
                .iter()
                .filter_map(|m| m.credit.as_ref())
                .filter(|c| c.requirements.contains(r))
                .collect();
            l10n.text(m::CliStatsCreditLine {
                requirement: l10n.text(r.name()),
                modules: ms.len(),
                minutes: ms.iter().map(|c| c.minutes).sum::<u32>(),
            })
        })
        .collect();
    say(
        l10n,
        out,
        m::CliStatsCredits {
            credits: by_requirement.join("; "),
        },
    );
    let issues: Vec<_> = lib.issues().collect();
    for issue in &issues {
        let _ = writeln!(err, "{}", issue.render(l10n));
    }
    i32::from(!issues.is_empty())
}

/// Writes a message as one line.
fn say(l10n: &Localizer, out: &mut dyn Write, message: impl Into<Message>) {
    let _ = writeln!(out, "{}", l10n.text(message));
}

fn access_log_export(
    data: &std::path::Path,
    file: &std::path::Path,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let store = match jikim_hub::HubStore::open(data) {
        Ok(s) => s,
        Err(e) => return hub_refused(l10n, err, &e),
    };
    let entries = match store.access_log(usize::MAX) {
        Ok(e) => e,
        Err(e) => return hub_refused(l10n, err, &e),
    };
    let header = [
        m::TEACHER_ACCESS_LOG_AT,
        m::TEACHER_ACCESS_LOG_WHO,
        m::TEACHER_ACCESS_LOG_ACTION,
        m::TEACHER_ACCESS_LOG_SCOPE,
    ]
    .map(|id| l10n.text(id));
    let rows = entries.iter().map(|e| {
        let action = jikim_hub::access::action_name(&e.action)
            .map_or_else(|| e.action.clone(), |name| l10n.text(name));
        [
            e.at.clone(),
            jikim_report::csv_out::guard(&e.who),
            action,
            jikim_report::csv_out::guard(&e.scope),
        ]
    });
    let bytes = match jikim_report::csv_out::table_to_csv(&header, rows) {
        Ok(b) => b,
        Err(e) => return hub_failed(l10n, err, l10n.text(e.message())),
    };
    if let Err(e) = jikim_report::write_atomically(file, &bytes) {
        return hub_failed(l10n, err, l10n.text(e.message()));
    }
    say(
        l10n,
        out,
        m::CliAccessLogWritten {
            count: entries.len().to_string(),
            file: file.display().to_string(),
        },
    );
    0
}

fn provision_check(
    file: &std::path::Path,
    data_folder: bool,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    use jikim_core::provision::{Provision, Source, TeacherPolicy};
    let source = if data_folder {
        Source::DataFolder
    } else {
        Source::System
    };
    match Provision::read(file, source) {
        Ok(p) => {
            let teacher = match p.teacher {
                None => "-",
                Some(TeacherPolicy::Off) => "off",
                Some(TeacherPolicy::Password(_)) => "password",
                Some(TeacherPolicy::Setup) => "setup",
            };
            say(
                l10n,
                out,
                m::CliProvisionOk {
                    file: file.display().to_string(),
                    hub: p.hub.map(|h| h.address).unwrap_or_else(|| "-".into()),
                    teacher: teacher.to_string(),
                },
            );
            0
        }
        Err(issues) => {
            for i in issues {
                say(l10n, err, i.message(file));
            }
            1
        }
    }
}

fn provision_hash(l10n: &Localizer, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut line = String::new();
    if std::io::stdin().read_line(&mut line).is_err()
        || line.trim().chars().count() < jikim_core::limits::TEACHER_PASSWORD_MIN_CHARS
    {
        let min = jikim_core::limits::TEACHER_PASSWORD_MIN_CHARS;
        say(l10n, err, m::CliProvisionPasswordShort { min });
        return 1;
    }
    match jikim_core::secret::hash(line.trim()) {
        Ok(h) => {
            let _ = writeln!(out, "{h}");
            0
        }
        Err(e) => hub_failed(l10n, err, e),
    }
}

/// What a hub error says to whoever runs the command, in their language: a refusal in its own
/// words (a damaged database with how to restore, a roster line, a class not found), a fault of
/// the disk or the database with why (`StorageFault`; the system's words only for `other`).
fn hub_said(l10n: &Localizer, e: &jikim_hub::HubError) -> String {
    if e.is_storage_fault() {
        l10n.text(m::CliHubStorage {
            detail: e,
            reason: e.storage_fault(),
        })
    } else {
        l10n.text(e.message())
    }
}

/// A hub command refused or failed: "허브 작업에 실패했습니다: " and [`hub_said`].
fn hub_refused(l10n: &Localizer, err: &mut dyn Write, e: &jikim_hub::HubError) -> i32 {
    hub_failed(l10n, err, hub_said(l10n, e))
}

fn hub_failed(l10n: &Localizer, err: &mut dyn Write, e: impl std::fmt::Display) -> i32 {
    say(
        l10n,
        err,
        m::CliHubFailed {
            detail: e.to_string(),
        },
    );
    1
}

fn hub_serve(
    data: &std::path::Path,
    bind: std::net::SocketAddr,
    mdns: bool,
    content: &std::path::Path,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    // The hub grades every answer itself: without modules it could accept nothing.
    let library = Library::load_dir(content, jikim_core::content::today());
    if library.modules.is_empty() {
        say(
            l10n,
            err,
            m::CliHubNoContent {
                dir: content.display().to_string(),
            },
        );
        return 1;
    }
    let rt = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => return hub_failed(l10n, err, e),
    };
    let _log = jikim_core::logging::init(data);
    rt.block_on(async {
        let hub = match jikim_hub::start(data, bind, mdns, &library).await {
            Ok(hub) => hub,
            Err(e) => return hub_refused(l10n, err, &e),
        };
        say(
            l10n,
            out,
            m::CliHubListening {
                addr: hub.addr.to_string(),
            },
        );
        say(
            l10n,
            out,
            m::CliHubFingerprint {
                fingerprint: hub.fingerprint.clone(),
            },
        );
        say(
            l10n,
            out,
            m::CliHubTeacherToken {
                path: data.join("teacher.token").display().to_string(),
            },
        );
        let _ = out.flush();
        tokio::select! {
            _ = hub_stop_signal() => {}
        }
        hub.shutdown().await;
        0
    })
}

async fn hub_stop_signal() {
    #[cfg(unix)]
    {
        if let Ok(mut term) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

fn hub_manage(
    data: &std::path::Path,
    action: HubAction,
    l10n: &Localizer,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    if let HubAction::Restore { from } = &action {
        let Some(backup) = from
            .clone()
            .or_else(|| jikim_hub::backup::list(data).into_iter().next())
        else {
            say(
                l10n,
                err,
                m::CliHubNoBackup {
                    dir: jikim_hub::backup::dir(data).display().to_string(),
                },
            );
            return 1;
        };
        if !backup.is_file() {
            let path = backup.display().to_string();
            say(l10n, err, m::CliHubBackupMissing { path });
            return 1;
        }
        return match jikim_hub::backup::restore(data, &backup) {
            Ok(kept) => {
                say(
                    l10n,
                    out,
                    m::CliHubRestored {
                        backup: backup.display().to_string(),
                        kept: kept.display().to_string(),
                    },
                );
                0
            }
            Err(e) => hub_refused(l10n, err, &e),
        };
    }
    let store = match jikim_hub::HubStore::open(data) {
        Ok(s) => s,
        Err(e) => return hub_refused(l10n, err, &e),
    };
    // An id as the hub prints it (class-add, the teacher's screens); anything else in words.
    let class_id =
        |raw: &str| uuid::Uuid::parse_str(raw).map_err(|_| l10n.text(m::CliHubBadId { id: raw }));
    let said = |e: jikim_hub::HubError| hub_said(l10n, &e);
    let result: Result<(), String> = match action {
        HubAction::ClassAdd { grade, class } => (|| {
            let c = store.create_class(grade, class).map_err(said)?;
            say(
                l10n,
                out,
                m::CliHubClass {
                    id: c.id.to_string(),
                },
            );
            Ok(())
        })(),
        HubAction::JoinOpen {
            class_id: id,
            minutes,
        } => (|| {
            let id = class_id(&id)?;
            let w = store.open_joining(id, minutes).map_err(said)?;
            say(
                l10n,
                out,
                m::CliHubJoinOpen {
                    code: w.code,
                    minutes: minutes.to_string(),
                },
            );
            Ok(())
        })(),
        HubAction::JoinClose { class_id: id } => (|| {
            let id = class_id(&id)?;
            store.close_joining(id).map_err(said)?;
            say(l10n, out, m::CLI_HUB_JOIN_CLOSED);
            Ok(())
        })(),
        HubAction::Student { student_id, action } => (|| {
            let id = class_id(&student_id)?;
            match action {
                StudentAction::Unlock => store.unlock_pin(id),
                StudentAction::ResetPin => store.reset_pin(id),
                StudentAction::RevokeDevices => store.revoke_devices(id).map(|_| ()),
                StudentAction::Delete => store.delete_student(id).map(|_| ()),
            }
            .map_err(said)?;
            say(l10n, out, m::CLI_HUB_STUDENT_DONE);
            Ok(())
        })(),
        HubAction::Restore { .. } => Ok(()),
        HubAction::Retention { years } => (|| {
            store.set_retention_years(years).map_err(said)?;
            say(
                l10n,
                out,
                m::CliHubRetention {
                    years: years.to_string(),
                },
            );
            Ok(())
        })(),
        HubAction::Purge { before, bundle } => (|| {
            let fmt = time::macros::format_description!("[year]-[month]-[day]");
            let day = match before {
                Some(before) => time::Date::parse(&before, &fmt)
                    .map_err(|e| format!("--before {before}: {e}"))?,
                None => jikim_hub::lifecycle::retention_cutoff(
                    jikim_report::today_kst(),
                    store.retention_years().map_err(said)?,
                ),
            };
            let snap =
                jikim_report::bundle::read_file(&bundle).map_err(|e| l10n.text(e.message()))?;
            let purged = store.purge_before(day, &snap).map_err(said)?;
            say(
                l10n,
                out,
                m::CliHubPurged {
                    records: purged.records.to_string(),
                    students: purged.students.to_string(),
                },
            );
            Ok(())
        })(),
        HubAction::TokenLife { days } => (|| {
            let days = match days.trim() {
                "term" => None,
                d => Some(d.parse::<u32>().map_err(|e| format!("--days {d}: {e}"))?),
            };
            store.set_token_days(days).map_err(said)?;
            say(l10n, out, m::CLI_HUB_TOKEN_LIFE);
            Ok(())
        })(),
        HubAction::Rollover { year, csv } => (|| {
            let bytes = std::fs::read(&csv).map_err(|e| format!("{}: {e}", csv.display()))?;
            let rows = jikim_hub::rollover::parse_rollover_csv(&bytes).map_err(said)?;
            let done = store.roll_over(year, &rows).map_err(said)?;
            say(
                l10n,
                out,
                m::CliHubRolledOver {
                    added: done.added.to_string(),
                    archive: done.archive.display().to_string(),
                    classes: done.classes.to_string(),
                    left: done.left.to_string(),
                    moved: done.moved.to_string(),
                    year: done.year.to_string(),
                },
            );
            Ok(())
        })(),
        HubAction::Owe {
            grades,
            requirement,
            minutes,
        } => (|| {
            let requirement = jikim_core::content::Requirement::parse(requirement.trim())
                .ok_or_else(|| {
                    let issue = jikim_core::content::IssueKind::BadRequirement {
                        value: requirement.clone(),
                    };
                    l10n.text(issue.message())
                })?;
            for grade in grades {
                store.set_owed(grade, requirement, minutes).map_err(said)?;
                let requirement = l10n.text(requirement.name());
                if minutes == 0 {
                    say(l10n, out, m::CliHubOwedRemoved { grade, requirement });
                } else {
                    say(
                        l10n,
                        out,
                        m::CliHubOwed {
                            grade,
                            requirement,
                            minutes,
                        },
                    );
                }
            }
            Ok(())
        })(),
        HubAction::SchoolKey { export } => (|| {
            let public = store.school_key().map_err(said)?.public();
            say(
                l10n,
                out,
                m::CliHubSchoolKey {
                    id: public.key_id(),
                    key: public.to_text(),
                },
            );
            if let Some(file) = export {
                let text = format!(
                    "# {}\n{}\n",
                    l10n.text(m::CLI_HUB_SCHOOL_KEY_FILE_COMMENT),
                    public.to_text()
                );
                jikim_report::write_atomically(&file, text.as_bytes())
                    .map_err(|e| l10n.text(e.message()))?;
                say(
                    l10n,
                    out,
                    m::CliHubSchoolKeyExported {
                        path: file.display().to_string(),
                    },
                );
            }
            Ok(())
        })(),
        HubAction::Roster { class_id: id, csv } => (|| {
            let id = class_id(&id)?;
            let bytes = std::fs::read(&csv).map_err(|e| format!("{}: {e}", csv.display()))?;
            let entries = jikim_hub::store::parse_roster_csv(&bytes).map_err(said)?;
            let roster = store.set_roster(id, &entries).map_err(said)?;
            say(
                l10n,
                out,
                m::CliHubRoster {
                    count: roster.len().to_string(),
                },
            );
            Ok(())
        })(),
        HubAction::Assign {
            class_id: id,
            module,
            due,
        } => (|| {
            let id = class_id(&id)?;
            store.set_assignment(id, &module, &due).map_err(said)?;
            say(
                l10n,
                out,
                m::CliHubAssigned {
                    due: due.clone(),
                    module: module.clone(),
                },
            );
            Ok(())
        })(),
    };
    match result {
        Ok(()) => 0,
        Err(e) => hub_failed(l10n, err, e),
    }
}
