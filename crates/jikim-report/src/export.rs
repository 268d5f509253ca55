//! Every export the teacher's window and the `jikim` CLI make, written once: which data a report
//! reads ([`Scope`]), the completion files (CSV, XLSX, the printable summary), certificates, the
//! hours ledger, the bundle for the school-wide merge and the end-of-year purge behind a bundle.
//! The front ends only choose the paths (a dialog or an argument) and say what was written.

use crate::completion::{completion_rows, Filter};
use crate::ledger::Ledger;
use crate::{ProgressFn, ReportError, Result};
use jikim_core::content::Library;
use jikim_core::i18n::Localizer;
use jikim_hub::snapshot::Snapshot;
use jikim_hub::HubStore;
use std::path::Path;
use uuid::Uuid;

/// Which data a report reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// The hub's own data (a teacher's hub, or the administrator's merged folder for the CLI).
    Own,
    /// The school store at this folder, with every merged bundle; the hub's own data is merged
    /// into it first (idempotent), so a school-wide report always includes the hub's classes.
    School(&'a Path),
    /// A past school year's archive, as the hub's rollover wrote it (`2026`: the year 2026–27).
    Archive(i32),
}

/// The data of `scope`, read from (or next to) `hub`.
pub fn snapshot(hub: &HubStore, scope: Scope<'_>) -> Result<Snapshot> {
    match scope {
        Scope::Own => Ok(hub.snapshot(&[])?),
        Scope::School(dir) => crate::merge::school_snapshot(hub, dir),
        Scope::Archive(year) => {
            // Only an archive the rollover wrote: never a new, empty store.
            let dir = hub.archive_dir(year + 1);
            if !dir.join("hub.db").is_file() {
                return Err(ReportError::BadFilter(format!("archive {year}")));
            }
            Ok(HubStore::open(&dir)?.snapshot(&[])?)
        }
    }
}

/// Past school years whose archives reports can read ([`Scope::Archive`]), newest first.
pub fn archive_years(hub: &HubStore) -> Result<Vec<i32>> {
    Ok(hub
        .school_years()?
        .into_iter()
        .filter(|(_, dir)| dir.join("hub.db").is_file())
        .map(|(year, _)| year - 1)
        .collect())
}

/// The modules results are judged with, from a folder; an empty folder is an error, not an
/// empty report.
pub fn load_library(dir: &Path) -> Result<Library> {
    let library = Library::load_dir(dir, jikim_core::content::today());
    if library.modules.is_empty() {
        return Err(ReportError::NoContent {
            dir: dir.display().to_string(),
        });
    }
    Ok(library)
}

/// How a scope is named in the hub's access log.
fn scope_in_log(scope: Scope<'_>) -> String {
    match scope {
        Scope::Own => "hub".into(),
        Scope::School(_) => "school".into(),
        Scope::Archive(year) => format!("archive {year}"),
    }
}

/// Classes (grade, class number) as the access log names them: `2-3 2-4`, or `all`.
fn classes_in_log(classes: &[(u32, u32)]) -> String {
    all_or(
        classes
            .iter()
            .map(|(g, c)| format!("{g}-{c}"))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// `all` for an empty selection.
fn all_or(selection: String) -> String {
    if selection.is_empty() {
        "all".into()
    } else {
        selection
    }
}

/// What to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The completion table as CSV (UTF-8 with BOM).
    Csv,
    /// The completion table as XLSX, with its summary sheets.
    Xlsx,
    /// The printable summary page (HTML).
    Summary,
    /// Completion certificates (PDF), issued from the hub's key: every student with a completion
    /// in the selection, or only the one with `number`; a ZIP of one PDF each when `zip`.
    Certificates { number: Option<u32>, zip: bool },
    /// The hours ledger (이수 실적, XLSX) against what the hub says each grade owes.
    Ledger,
}

impl Kind {
    /// The action the hub's access log records for it (`jikim_hub::access::action_name`).
    pub fn access_action(self) -> &'static str {
        match self {
            Kind::Csv => "export_csv",
            Kind::Xlsx => "export_xlsx",
            Kind::Summary => "export_summary",
            Kind::Certificates { .. } => "export_certificates",
            Kind::Ledger => "export_ledger",
        }
    }
}

/// An export as the administrator asked for it.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub kind: Kind,
    pub scope: Scope<'a>,
    pub filter: &'a Filter,
    /// The school's name, printed on the summary page, certificates and the ledger.
    pub school: &'a str,
    /// The date printed on the summary page and the certificates.
    pub date: time::Date,
}

/// What an export wrote.
#[derive(Debug, Clone)]
pub struct Exported {
    /// Rows, certificates or ledger lines written.
    pub count: usize,
    /// The ledger itself, for a front end that shows its lines.
    pub ledger: Option<Ledger>,
}

/// Writes the export `request` asks for to `path` (atomically: a whole file or none). `hub` is
/// the store whose key signs certificates and whose requirements the ledger reads, and whose
/// access log records the export; the rows come from the request's scope.
pub fn export(
    hub: &HubStore,
    library: &Library,
    request: &Request<'_>,
    path: &Path,
    l10n: &Localizer,
    progress: ProgressFn,
) -> Result<Exported> {
    let owed = match request.kind {
        Kind::Ledger => {
            let owed = hub.owed()?;
            if owed.is_empty() {
                return Err(ReportError::NothingOwed);
            }
            owed
        }
        _ => Vec::new(),
    };
    let snap = snapshot(hub, request.scope)?;
    let filter = request.filter;
    let (bytes, exported) = match request.kind {
        Kind::Csv | Kind::Xlsx | Kind::Summary => {
            let rows = completion_rows(library, &snap, filter);
            let bytes = match request.kind {
                Kind::Csv => crate::csv_out::to_csv(&rows, l10n, progress)?,
                Kind::Xlsx => crate::xlsx_out::to_xlsx(&rows, l10n, progress)?,
                _ => {
                    crate::html_out::summary_page(&rows, filter, request.school, request.date, l10n)
                        .into_bytes()
                }
            };
            (bytes, counted(rows.len()))
        }
        Kind::Certificates { number, zip } => {
            let rows = completion_rows(library, &snap, filter);
            let mut certs = crate::certificate::certificates(&rows);
            if let Some(n) = number {
                certs.retain(|c| c.number == n);
            }
            let bytes =
                crate::certificate::issue(hub, &certs, request.school, request.date, zip, l10n)?;
            (bytes, counted(certs.len()))
        }
        Kind::Ledger => {
            let ledger = crate::ledger::ledger(library, &snap, filter, &owed);
            let title = crate::ledger::title(request.school, filter, l10n);
            let bytes = crate::ledger::to_xlsx(&ledger, &title, l10n)?;
            let count = ledger.lines.len();
            (
                bytes,
                Exported {
                    count,
                    ledger: Some(ledger),
                },
            )
        }
    };
    crate::write_atomically(path, &bytes)?;
    let day = |d: Option<time::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    hub.note_access(
        request.kind.access_action(),
        &format!(
            "{} classes {} modules {} {}~{} ({})",
            scope_in_log(request.scope),
            classes_in_log(&filter.classes),
            all_or(filter.modules.join(" ")),
            day(filter.from),
            day(filter.to),
            exported.count
        ),
    );
    Ok(exported)
}

fn counted(count: usize) -> Exported {
    Exported {
        count,
        ledger: None,
    }
}

/// What a bundle holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bundled {
    pub classes: usize,
    pub records: usize,
}

/// Writes `hub`'s bundle for the school-wide merge to `path`, signed with the hub's key: every
/// class, or only `classes` (grade, class number); a selection no class matches is an error.
pub fn bundle(hub: &HubStore, classes: &[(u32, u32)], path: &Path) -> Result<Bundled> {
    let ids: Vec<Uuid> = if classes.is_empty() {
        Vec::new()
    } else {
        let ids: Vec<Uuid> = hub
            .classes()?
            .into_iter()
            .filter(|c| classes.contains(&(c.grade, c.class_no)))
            .map(|c| c.id)
            .collect();
        if ids.is_empty() {
            let names: Vec<String> = classes.iter().map(|(g, c)| format!("{g}-{c}")).collect();
            return Err(ReportError::BadFilter(names.join(", ")));
        }
        ids
    };
    let snap = hub.snapshot(&ids)?;
    let bytes = crate::bundle::write(&snap, &hub.school_key()?)?;
    crate::write_atomically(path, &bytes)?;
    hub.note_access(
        "bundle",
        &format!(
            "classes {} ({} records)",
            classes_in_log(classes),
            snap.records.len()
        ),
    );
    Ok(Bundled {
        classes: snap.classes.len(),
        records: snap.records.len(),
    })
}

/// The end-of-year clean-up behind a bundle: writes a bundle of everything `hub` holds to `path`
/// (the school keeps it), reads it back, and only then deletes the records received before
/// `before` (the hub refuses unless the bundle read back holds them all).
pub fn purge_behind_bundle(
    hub: &HubStore,
    before: time::Date,
    path: &Path,
) -> Result<jikim_hub::lifecycle::Purged> {
    let snap = hub.snapshot(&[])?;
    let bytes = crate::bundle::write(&snap, &hub.school_key()?)?;
    crate::write_atomically(path, &bytes)?;
    let kept = crate::bundle::read_file(path)?;
    let purged = hub.purge_before(before, &kept)?;
    hub.note_access(
        "purge",
        &format!("before {before} ({} records)", purged.records),
    );
    Ok(purged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Library {
        load_library(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/modules"))
            .expect("shipped modules")
    }

    /// A hub with class 2-3 (two students) assigned `deepfake-law`, no records yet.
    fn hub(dir: &Path) -> HubStore {
        let store = HubStore::open(dir).expect("open");
        let class = store.create_class(2, 3).expect("class");
        store
            .set_roster(class.id, &[(1, "김지우".into()), (2, "이서연".into())])
            .expect("roster");
        store
            .set_assignment(class.id, "deepfake-law", "2026-12-01")
            .expect("assign");
        store
    }

    fn request<'a>(kind: Kind, scope: Scope<'a>, filter: &'a Filter) -> Request<'a> {
        Request {
            kind,
            scope,
            filter,
            school: "지킴중학교",
            date: time::macros::date!(2026 - 11 - 24),
        }
    }

    #[test]
    fn a_csv_export_writes_one_row_per_student_and_module() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = hub(&dir.path().join("hub"));
        let path = dir.path().join("out.csv");
        let filter = Filter::default();
        let l10n = Localizer::new("ko");
        let done = export(
            &store,
            &library(),
            &request(Kind::Csv, Scope::Own, &filter),
            &path,
            &l10n,
            &mut |_| {},
        )
        .expect("export");
        assert_eq!(done.count, 2);
        assert!(done.ledger.is_none());
        let text = std::fs::read_to_string(&path).expect("written");
        assert_eq!(text.lines().count(), 3, "header and two rows: {text}");
    }

    #[test]
    fn a_ledger_with_nothing_owed_writes_nothing() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = hub(&dir.path().join("hub"));
        let path = dir.path().join("ledger.xlsx");
        let filter = Filter::default();
        let err = export(
            &store,
            &library(),
            &request(Kind::Ledger, Scope::Own, &filter),
            &path,
            &Localizer::new("ko"),
            &mut |_| {},
        )
        .expect_err("nothing owed");
        assert_eq!(err.code(), "nothing_owed");
        assert!(!path.exists());
    }

    #[test]
    fn an_archive_that_was_never_written_is_refused_not_created() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = hub(&dir.path().join("hub"));
        let err = snapshot(&store, Scope::Archive(2025)).expect_err("no archive");
        assert_eq!(err.code(), "bad_filter");
        assert!(!store.archive_dir(2026).exists());
        assert!(archive_years(&store).expect("years").is_empty());
    }

    #[test]
    fn the_school_scope_includes_the_hubs_own_classes() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = hub(&dir.path().join("hub"));
        let school = dir.path().join("school");
        for _ in 0..2 {
            let snap = snapshot(&store, Scope::School(&school)).expect("school");
            assert_eq!(snap.classes.len(), 1, "merged once, idempotent");
            assert_eq!(snap.classes[0].students.len(), 2);
        }
    }

    #[test]
    fn a_bundle_of_a_class_the_hub_lacks_is_a_bad_filter() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = hub(&dir.path().join("hub"));
        let path = dir.path().join("b.jikim");
        let err = bundle(&store, &[(3, 1)], &path).expect_err("no such class");
        assert_eq!(err.code(), "bad_filter");
        assert!(!path.exists());
        let done = bundle(&store, &[(2, 3)], &path).expect("bundle");
        assert_eq!(
            done,
            Bundled {
                classes: 1,
                records: 0
            }
        );
        assert_eq!(
            crate::bundle::read_file(&path)
                .expect("reads")
                .classes
                .len(),
            1
        );
    }
}
