//! Files generated from the Rust side and checked in: the message accessors (`i18n`'s
//! sourcegen test), the TypeScript contract (`src-tauri`'s contract test) and the UI's recorded
//! fixtures (`tests/ui_fixtures.rs`). Each is written by a test, which fails when it had to write
//! one (the file was stale), so that a change reaches the repository in the same commit.

use std::path::{Path, PathBuf};

/// Writes each `(path, text)` whose file does not hold exactly `text` (creating its folder);
/// answers the paths it wrote, in the order given: empty when every file was current.
pub fn refresh<P: AsRef<Path>>(
    files: impl IntoIterator<Item = (P, String)>,
) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (path, text) in files {
        let path = path.as_ref();
        if std::fs::read_to_string(path).is_ok_and(|current| current == text) {
            continue;
        }
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(path, text)?;
        written.push(path.to_path_buf());
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_that_differ_are_written_and_named() {
        let dir = tempfile::tempdir().expect("tmp");
        let same = dir.path().join("same.ts");
        std::fs::write(&same, "export {};\n").expect("write");
        let new = dir.path().join("new/folder/types.ts");
        let files = || {
            [
                (&same, "export {};\n".to_string()),
                (&new, "export type A = 1;\n".to_string()),
            ]
        };
        assert_eq!(refresh(files()).expect("refresh"), vec![new.clone()]);
        assert_eq!(
            std::fs::read_to_string(&new).expect("read"),
            "export type A = 1;\n"
        );
        assert_eq!(
            refresh(files()).expect("refresh"),
            Vec::<PathBuf>::new(),
            "current now"
        );
        std::fs::write(&same, "stale\n").expect("write");
        assert_eq!(refresh(files()).expect("refresh"), vec![same.clone()]);
        assert_eq!(
            std::fs::read_to_string(&same).expect("read"),
            "export {};\n"
        );
    }
}
