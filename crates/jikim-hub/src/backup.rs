//! Keeping `hub.db` safe (issue 16): an integrity check when it is opened (a damaged file gives a
//! clear error naming it, and is never written to), a daily backup (`backups/hub-YYYY-MM-DD.db`,
//! the newest [`KEEP`] kept, owner-only) made with `VACUUM INTO` so it is a consistent copy even
//! while the hub serves, and a restore that checks the backup first and keeps the file it
//! replaces.

use crate::HubError;
use jikim_core::error::FileFault;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// Daily backups kept.
pub const KEEP: usize = 7;

/// `PRAGMA quick_check` of an open database: `Err(Corrupt)` unless it says `ok`. A check that
/// could not run because the file is locked (or unreadable for another reason that is not
/// damage) is that error, not `Corrupt`: a teacher told "damaged" would restore a backup of a
/// database that is fine.
pub fn check(conn: &Connection, path: &Path) -> Result<(), HubError> {
    let corrupt = |detail: String| HubError::Corrupt {
        path: path.display().to_string(),
        detail,
    };
    let result: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| {
            if jikim_core::storage::is_corruption(&e) {
                corrupt(e.to_string())
            } else {
                HubError::Db(e)
            }
        })?;
    if result == "ok" {
        Ok(())
    } else {
        Err(corrupt(result))
    }
}

/// The folder of a hub's backups.
pub fn dir(hub_dir: &Path) -> PathBuf {
    hub_dir.join("backups")
}

/// Today's backup path (the date in Korean time).
fn today_path(hub_dir: &Path) -> PathBuf {
    let d = jikim_core::korea::today_kst();
    dir(hub_dir).join(format!(
        "hub-{:04}-{:02}-{:02}.db",
        d.year(),
        u8::from(d.month()),
        d.day()
    ))
}

/// The backups, newest first.
pub fn list(hub_dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir(hub_dir))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("hub-") && n.ends_with(".db"))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.reverse();
    found
}

/// Makes today's backup if there is none yet, then keeps the newest [`KEEP`]. Returns the path
/// written, if one was.
pub fn daily(conn: &Connection, hub_dir: &Path) -> Result<Option<PathBuf>, HubError> {
    let target = today_path(hub_dir);
    if target.exists() {
        return Ok(None);
    }
    let folder = dir(hub_dir);
    std::fs::create_dir_all(&folder).map_err(|e| FileFault::of_io(&folder, &e))?;
    jikim_core::storage::owner_only(&folder);
    let partial = target.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    conn.execute("VACUUM INTO ?1", [partial.to_string_lossy().into_owned()])?;
    jikim_core::storage::owner_only(&partial);
    std::fs::rename(&partial, &target).map_err(|e| FileFault::of_io(&target, &e))?;
    for old in list(hub_dir).into_iter().skip(KEEP) {
        let _ = std::fs::remove_file(old);
    }
    Ok(Some(target))
}

/// Replaces `hub.db` with a backup: the backup must pass the integrity check; the current file
/// (and its WAL) is kept beside it as `hub.db.before-restore-<time>`. The hub must not be
/// running. Returns where the replaced file went.
pub fn restore(hub_dir: &Path, backup: &Path) -> Result<PathBuf, HubError> {
    {
        // A backup that is not there, or not readable, is that, not "damaged".
        let conn = Connection::open_with_flags(backup, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| {
                if jikim_core::storage::is_corruption(&e) {
                    HubError::Corrupt {
                        path: backup.display().to_string(),
                        detail: e.to_string(),
                    }
                } else {
                    HubError::Io(FileFault::of_sqlite(backup.display(), &e))
                }
            })?;
        check(&conn, backup)?;
    }
    let db = hub_dir.join("hub.db");
    let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
    let kept = hub_dir.join(format!("hub.db.before-restore-{stamp}"));
    if db.exists() {
        std::fs::rename(&db, &kept).map_err(|e| FileFault::of_io(&db, &e))?;
        for side in ["-wal", "-shm"] {
            let from = hub_dir.join(format!("hub.db{side}"));
            if from.exists() {
                let _ = std::fs::rename(
                    &from,
                    hub_dir.join(format!("hub.db.before-restore-{stamp}{side}")),
                );
            }
        }
    }
    std::fs::copy(backup, &db).map_err(|e| FileFault::of_io(&db, &e))?;
    jikim_core::storage::owner_only(&db);
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::HubStore;
    use jikim_core::error::StorageFault;

    #[test]
    fn a_daily_backup_is_a_whole_copy_and_seven_are_kept() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = HubStore::open(dir.path()).expect("open");
        store.create_class(2, 3).expect("class");
        let written = list(dir.path());
        assert_eq!(written.len(), 1, "opening the hub made today's backup");
        assert!(store.backup_now().expect("again").is_none(), "once a day");
        // Older backups beyond seven are removed.
        for day in 1..=9 {
            std::fs::copy(
                &written[0],
                super::dir(dir.path()).join(format!("hub-2026-01-{day:02}.db")),
            )
            .expect("old backup");
        }
        std::fs::remove_file(&written[0]).expect("remove today's");
        store.backup_now().expect("backup").expect("written");
        let kept = list(dir.path());
        assert_eq!(kept.len(), KEEP);
        assert_eq!(kept[0], written[0], "today's is the newest");
        let classes: i64 = Connection::open(&kept[0])
            .expect("backup opens")
            .query_row("SELECT COUNT(*) FROM class", [], |r| r.get(0))
            .expect("count");
        assert_eq!(classes, 1, "the class is in the backup");
    }

    #[test]
    fn a_damaged_hub_db_is_refused_by_name_and_a_backup_restores_it() {
        let dir = tempfile::tempdir().expect("tmp");
        {
            let store = HubStore::open(dir.path()).expect("open");
            store.create_class(2, 3).expect("class");
            // Today's backup was made at open, before the class: make it again now.
            std::fs::remove_file(&list(dir.path())[0]).expect("remove");
            store.backup_now().expect("backup").expect("written");
        }
        let backup = list(dir.path())[0].clone();
        std::fs::write(
            dir.path().join("hub.db"),
            b"this is not a database, it was damaged",
        )
        .expect("damage");
        let _ = std::fs::remove_file(dir.path().join("hub.db-wal"));
        let _ = std::fs::remove_file(dir.path().join("hub.db-shm"));
        match HubStore::open(dir.path()) {
            Err(HubError::Corrupt { path, .. }) => assert!(path.ends_with("hub.db"), "{path}"),
            Err(e) => panic!("expected Corrupt, got {e}"),
            Ok(_) => panic!("a damaged hub.db opened"),
        }
        let kept = restore(dir.path(), &backup).expect("restore");
        assert_eq!(
            std::fs::read(&kept).expect("kept"),
            b"this is not a database, it was damaged"
        );
        let store = HubStore::open(dir.path()).expect("restored");
        assert_eq!(store.classes().expect("classes").len(), 1);
        // A backup that is not there is said to be missing, not damaged, and changes nothing.
        match restore(dir.path(), &dir.path().join("no-such-backup.db")) {
            Err(HubError::Io(f)) => assert!(f.path.ends_with("no-such-backup.db")),
            other => panic!("expected the file not found, got {other:?}"),
        }
        // A damaged backup is refused and changes nothing.
        let bad = dir.path().join("bad.db");
        std::fs::write(&bad, b"junk").expect("junk");
        assert!(matches!(
            restore(dir.path(), &bad),
            Err(HubError::Corrupt { .. })
        ));
        assert_eq!(
            HubStore::open(dir.path())
                .expect("still fine")
                .classes()
                .expect("c")
                .len(),
            1
        );
    }

    /// A hub database another program keeps locked (a backup tool, a second hub on the same
    /// folder) is waited for and then said to be in use: it is not damaged, and a teacher told
    /// it was would restore a backup over a database that is fine.
    #[test]
    fn a_locked_hub_db_is_in_use_not_damaged() {
        let dir = tempfile::tempdir().expect("tmp");
        drop(HubStore::open(dir.path()).expect("open"));
        let holder = Connection::open(dir.path().join("hub.db")).expect("open");
        holder
            .execute_batch(
                "PRAGMA locking_mode = EXCLUSIVE;
                 BEGIN IMMEDIATE; CREATE TABLE held (x); DROP TABLE held; COMMIT;",
            )
            .expect("hold the database");
        match HubStore::open(dir.path()) {
            Err(e @ HubError::Db(_)) => {
                assert_eq!(e.storage_fault(), StorageFault::InUse, "{e}")
            }
            Err(e) => panic!("expected the database in use, got {e}"),
            Ok(_) => panic!("a locked hub.db opened"),
        }
        drop(holder);
        HubStore::open(dir.path()).expect("free again");
    }
}
