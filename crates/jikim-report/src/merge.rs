//! The school-wide merge, written once for the window and the CLI: teachers' bundles merged into
//! a school store as a union by id. Every file is read and checked before any is merged, so one
//! bad file changes nothing, and its error names it.

use crate::{Progress, ReportError, Result};
use jikim_hub::snapshot::{MergeStats, Snapshot};
use jikim_hub::HubStore;
use std::path::{Path, PathBuf};

/// A merge that did not happen, or stopped.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// This file is not a bundle that can be merged; nothing was merged.
    #[error("{}: {error}", file.display())]
    Bundle {
        file: PathBuf,
        #[source]
        error: ReportError,
    },
    /// The school store could not be opened or written.
    #[error(transparent)]
    Store(#[from] ReportError),
}

impl MergeError {
    /// The bundle file at fault, when one is.
    pub fn file(&self) -> Option<&Path> {
        match self {
            MergeError::Bundle { file, .. } => Some(file),
            MergeError::Store(_) => None,
        }
    }

    /// What went wrong, whichever file.
    pub fn error(&self) -> &ReportError {
        match self {
            MergeError::Bundle { error, .. } | MergeError::Store(error) => error,
        }
    }
}

/// The report error's code and message, naming the bad file when there is one.
impl jikim_core::error::AppError for MergeError {
    fn code(&self) -> String {
        self.error().code().to_string()
    }
    fn message(&self) -> jikim_core::i18n::Message {
        match self {
            // A teacher may pick several bundles at once: the message names the one at fault.
            MergeError::Bundle { file, error } => error.message().about_file(file),
            MergeError::Store(error) => error.message(),
        }
    }
}

/// One bundle merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub file: PathBuf,
    pub stats: MergeStats,
}

/// What a merge reports as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// Progress through the bundle `file`.
    Progress { file: &'a Path, progress: Progress },
    /// A bundle was merged (and committed).
    Merged(&'a Merged),
}

/// Merges the bundle `files` into the store in `dir` (created if missing), in order. Every file
/// is read and checked first; one that fails stops the merge before anything changes.
pub fn merge_files(
    dir: &Path,
    files: &[PathBuf],
    on: &mut dyn FnMut(Event<'_>),
) -> std::result::Result<Vec<Merged>, MergeError> {
    let mut bundles = Vec::with_capacity(files.len());
    for file in files {
        let snap = crate::bundle::read_file(file).map_err(|error| MergeError::Bundle {
            file: file.clone(),
            error,
        })?;
        bundles.push((file, snap));
    }
    let store = HubStore::open(dir).map_err(ReportError::from)?;
    let mut out = Vec::with_capacity(bundles.len());
    for (file, snap) in bundles {
        let stats = store
            .merge(&snap, &mut |done, total| {
                on(Event::Progress {
                    file,
                    progress: Progress { done, total },
                })
            })
            .map_err(ReportError::from)?;
        let merged = Merged {
            file: file.clone(),
            stats,
        };
        on(Event::Merged(&merged));
        out.push(merged);
    }
    Ok(out)
}

/// The school store in `school_dir` with `own`'s data merged in first (idempotent, by id), so a
/// school-wide report always includes the hub's own classes.
pub fn school_snapshot(own: &HubStore, school_dir: &Path) -> Result<Snapshot> {
    let mine = own.snapshot(&[])?;
    let school = HubStore::open(school_dir)?;
    school.merge(&mine, &mut |_, _| {})?;
    Ok(school.snapshot(&[])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle_of(dir: &Path, grade: u32, class_no: u32) -> PathBuf {
        let store = HubStore::open(&dir.join(format!("hub-{grade}-{class_no}"))).expect("hub");
        let class = store.create_class(grade, class_no).expect("class");
        store
            .set_roster(class.id, &[(1, "김지우".into())])
            .expect("roster");
        let path = dir.join(format!("{grade}-{class_no}.jikim"));
        crate::export::bundle(&store, &[], &path).expect("bundle");
        path
    }

    #[test]
    fn bundles_merge_in_order_and_a_repeat_adds_nothing() {
        let dir = tempfile::tempdir().expect("tmp");
        let a = bundle_of(dir.path(), 1, 1);
        let b = bundle_of(dir.path(), 2, 3);
        let school = dir.path().join("school");
        let mut seen = Vec::new();
        let merged = merge_files(&school, &[a.clone(), b.clone(), a.clone()], &mut |e| {
            if let Event::Merged(m) = e {
                seen.push(m.file.clone());
            }
        })
        .expect("merge");
        assert_eq!(seen, vec![a.clone(), b, a]);
        assert_eq!(merged[0].stats.classes_added, 1);
        assert_eq!(merged[2].stats.classes_added, 0, "a repeat adds nothing");
        assert_eq!(
            HubStore::open(&school)
                .expect("school")
                .classes()
                .expect("classes")
                .len(),
            2
        );
    }

    #[test]
    fn one_bad_file_stops_the_merge_before_anything_changes_and_is_named() {
        let dir = tempfile::tempdir().expect("tmp");
        let good = bundle_of(dir.path(), 1, 1);
        let bad = dir.path().join("bad.jikim");
        std::fs::write(&bad, b"not a bundle at all").expect("write");
        let school = dir.path().join("school");
        let err = merge_files(&school, &[good, bad.clone()], &mut |_| {}).expect_err("bad");
        assert_eq!(err.file(), Some(bad.as_path()));
        let payload = jikim_core::error::AppError::payload(&err);
        assert_eq!(payload.code, "not_a_bundle");
        assert_eq!(
            payload.message_id,
            jikim_core::i18n::messages::REPORT_ERROR_NOT_A_BUNDLE.id()
        );
        assert_eq!(
            payload.args.get(jikim_core::i18n::REFUSED_FILE_ARG),
            Some(&bad.display().to_string()),
            "the window names the file"
        );
        assert!(!school.exists(), "the school store was not even opened");
    }
}
