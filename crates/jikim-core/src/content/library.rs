//! All modules of a folder. A broken file is listed with its issues and never stops the others
//! from loading.

use super::issue::{ContentIssue, IssueKind};
use super::load::load_module_file;
use super::model::Module;
use std::path::{Path, PathBuf};

/// A module file that failed validation.
#[derive(Debug, Clone)]
pub struct BrokenModule {
    pub file: PathBuf,
    pub issues: Vec<ContentIssue>,
}

/// The loaded library: valid modules in `order`, and the files that failed.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub modules: Vec<Module>,
    pub broken: Vec<BrokenModule>,
}

impl Library {
    /// Loads every `*.toml` directly inside `dir`, in file-name order, then sorts modules by
    /// their `order`. A module id that appears in two files keeps the first and reports the second.
    pub fn load_dir(dir: &Path, today: time::Date) -> Library {
        let mut lib = Library::default();
        let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
                .collect(),
            Err(e) => {
                lib.broken.push(BrokenModule {
                    file: dir.to_path_buf(),
                    issues: vec![ContentIssue {
                        file: dir.to_path_buf(),
                        line: 1,
                        kind: IssueKind::Syntax {
                            detail: e.to_string(),
                        },
                    }],
                });
                return lib;
            }
        };
        files.sort();
        for file in files {
            match load_module_file(&file, today) {
                Ok(module) => {
                    if lib.modules.iter().any(|m| m.id == module.id) {
                        lib.broken.push(BrokenModule {
                            issues: vec![ContentIssue {
                                file: file.clone(),
                                line: 1,
                                kind: IssueKind::DuplicateId {
                                    id: module.id,
                                    first_line: 1,
                                },
                            }],
                            file,
                        });
                    } else {
                        lib.modules.push(module);
                    }
                }
                Err(issues) => lib.broken.push(BrokenModule { file, issues }),
            }
        }
        lib.modules
            .sort_by(|a, b| a.order.cmp(&b.order).then(a.id.cmp(&b.id)));
        lib
    }

    /// The module with this id.
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == id)
    }

    /// Every issue of every broken file.
    pub fn issues(&self) -> impl Iterator<Item = &ContentIssue> {
        self.broken.iter().flat_map(|b| b.issues.iter())
    }
}
