//! All modules of a folder. A broken file is listed with its issues and never stops the others
//! from loading.

use super::issue::{ContentIssue, IssueKind};
use super::load::load_module_file;
use super::model::Module;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

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

/// A library parsed once, by whoever needs it first: the app starts parsing it on a thread of its
/// own once the window is up, and a caller that needs it earlier waits for that parse (or does it
/// itself when no thread has started it). Waiting blocks on the parse, never polls.
pub struct LazyLibrary {
    loaded: OnceLock<Library>,
    load: Mutex<Option<LoadFn>>,
}

type LoadFn = Box<dyn FnOnce() -> Library + Send>;

impl LazyLibrary {
    /// A library that [`Library::load_dir`] will read from `dir` at its first use.
    pub fn from_dir(dir: PathBuf, today: time::Date) -> LazyLibrary {
        LazyLibrary::with(move || Library::load_dir(&dir, today))
    }

    /// A library that `load` will make at its first use.
    pub fn with(load: impl FnOnce() -> Library + Send + 'static) -> LazyLibrary {
        LazyLibrary {
            loaded: OnceLock::new(),
            load: Mutex::new(Some(Box::new(load))),
        }
    }

    /// A library that is already loaded.
    pub fn ready(library: Library) -> LazyLibrary {
        LazyLibrary {
            loaded: OnceLock::from(library),
            load: Mutex::new(None),
        }
    }

    /// The library: parsed now if nobody has started, waited for if another thread is parsing it.
    pub fn get(&self) -> &Library {
        self.loaded.get_or_init(|| {
            // Only the one thread that runs this closure takes the loader; the others wait on
            // the `OnceLock`.
            let load = self.load.lock().unwrap_or_else(|p| p.into_inner()).take();
            load.map(|load| load()).unwrap_or_default()
        })
    }

    /// The library if it has been parsed already, without waiting.
    pub fn loaded(&self) -> Option<&Library> {
        self.loaded.get()
    }
}

impl From<Library> for LazyLibrary {
    fn from(library: Library) -> Self {
        LazyLibrary::ready(library)
    }
}

impl std::fmt::Debug for LazyLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LazyLibrary")
            .field("loaded", &self.loaded.get().is_some())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{mpsc, Arc};

    /// The library is parsed once, by the first caller, and a caller that comes while another
    /// thread parses it waits for that parse instead of starting its own.
    #[test]
    fn a_lazy_library_is_parsed_once_and_waited_for() {
        let runs = Arc::new(AtomicUsize::new(0));
        let (started_tx, started) = mpsc::channel();
        let (release, release_rx) = mpsc::channel::<()>();
        let counted = runs.clone();
        let lib = Arc::new(LazyLibrary::with(move || {
            counted.fetch_add(1, Ordering::SeqCst);
            started_tx.send(()).expect("started");
            release_rx.recv().expect("released");
            Library {
                modules: Vec::new(),
                broken: vec![BrokenModule {
                    file: PathBuf::from("x.toml"),
                    issues: Vec::new(),
                }],
            }
        }));
        assert!(
            lib.loaded().is_none(),
            "nothing parsed before the first use"
        );
        let background = {
            let lib = lib.clone();
            std::thread::spawn(move || lib.get().broken.len())
        };
        started.recv().expect("the background parse started");
        let waiter = {
            let lib = lib.clone();
            std::thread::spawn(move || lib.get().broken.len())
        };
        assert!(lib.loaded().is_none(), "still parsing");
        release.send(()).expect("release");
        assert_eq!(background.join().expect("background"), 1);
        assert_eq!(waiter.join().expect("waiter"), 1);
        assert_eq!(runs.load(Ordering::SeqCst), 1, "parsed once");
        assert!(lib.loaded().is_some());
        assert_eq!(
            LazyLibrary::ready(Library::default()).get().modules.len(),
            0
        );
    }
}
