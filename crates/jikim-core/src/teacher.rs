//! Who may open teacher mode on this PC (issue 16). Never whoever clicks first on a lab PC:
//!
//! - the system-wide provisioning file decides when it says so (`off`, or a password hash set by
//!   the administrator);
//! - otherwise the teacher sets a password on first use, but only on a PC that is not a lab PC
//!   (no hub was provisioned and no student joined a hub from it);
//! - `teacher.json` (the password's Argon2 hash) is written atomically and owner-only; a file
//!   that exists but cannot be read means *locked*, never "no password yet";
//! - wrong passwords wait longer each time ([`wrong_password_delay`]).

use crate::i18n::{messages as m, Msg};
use crate::provision::TeacherPolicy;
use std::path::Path;
use std::time::Duration;

/// The teacher password file's contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeacherFile {
    /// No file: no password was set on this PC.
    Missing,
    /// The Argon2 PHC hash of the password.
    Hash(String),
    /// The file exists but cannot be read or understood: teacher mode stays locked.
    Damaged(String),
}

/// How the teacher gate opens on this PC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// First use: the teacher chooses a password.
    Setup,
    /// Unlock with the password whose hash this is.
    Unlock(String),
    /// No teacher mode here; the message says why.
    Unavailable(Msg),
}

/// Reads `teacher.json` (`{"passwordHash": "$argon2id$…"}`).
pub fn read(path: &Path) -> TeacherFile {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return TeacherFile::Missing,
        Err(e) => return TeacherFile::Damaged(e.to_string()),
    };
    let hash = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("passwordHash")?.as_str().map(String::from))
        .filter(|h| argon2::password_hash::PasswordHash::new(h).is_ok());
    match hash {
        Some(h) => TeacherFile::Hash(h),
        None => TeacherFile::Damaged("no readable password hash".into()),
    }
}

/// Writes `teacher.json` atomically (a temporary file in the same folder, synced, then renamed
/// over it), readable by its owner only.
pub fn write(path: &Path, hash: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("teacher.json"),
        uuid::Uuid::new_v4().simple()
    ));
    {
        let mut f = std::fs::File::create(&tmp)?;
        crate::storage::owner_only(&tmp);
        f.write_all(
            serde_json::json!({ "passwordHash": hash })
                .to_string()
                .as_bytes(),
        )?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The gate for this PC: the system-wide policy if any, else the password file, where a first
/// password may be set only on a PC that is not a lab PC.
pub fn gate(system_policy: Option<&TeacherPolicy>, file: &TeacherFile, lab_pc: bool) -> Gate {
    match system_policy {
        Some(TeacherPolicy::Off) => return Gate::Unavailable(m::ERRORS_TEACHER_OFF),
        Some(TeacherPolicy::Password(hash)) => return Gate::Unlock(hash.clone()),
        Some(TeacherPolicy::Setup) | None => {}
    }
    match file {
        TeacherFile::Hash(h) => Gate::Unlock(h.clone()),
        TeacherFile::Damaged(_) => Gate::Unavailable(m::ERRORS_TEACHER_FILE_DAMAGED),
        TeacherFile::Missing if lab_pc && system_policy.is_none() => {
            Gate::Unavailable(m::ERRORS_TEACHER_LAB_PC)
        }
        TeacherFile::Missing => Gate::Setup,
    }
}

/// How long to wait after the `n`th wrong password in a row: 0.8 s, doubling, at most 30 s.
pub fn wrong_password_delay(n: u32) -> Duration {
    let ms = 800u64.saturating_mul(1u64 << n.saturating_sub(1).min(16));
    Duration::from_millis(ms.min(30_000))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lab_pc_never_lets_the_first_comer_set_the_password() {
        assert_eq!(
            gate(None, &TeacherFile::Missing, true),
            Gate::Unavailable(m::ERRORS_TEACHER_LAB_PC)
        );
        assert_eq!(gate(None, &TeacherFile::Missing, false), Gate::Setup);
        assert_eq!(
            gate(Some(&TeacherPolicy::Setup), &TeacherFile::Missing, true),
            Gate::Setup,
            "unless the administrator says this PC may set one"
        );
        assert_eq!(
            gate(
                Some(&TeacherPolicy::Off),
                &TeacherFile::Hash("h".into()),
                false
            ),
            Gate::Unavailable(m::ERRORS_TEACHER_OFF)
        );
        assert_eq!(
            gate(
                Some(&TeacherPolicy::Password("p".into())),
                &TeacherFile::Missing,
                true
            ),
            Gate::Unlock("p".into())
        );
    }

    #[test]
    fn a_damaged_or_emptied_file_means_locked_not_unset() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("teacher.json");
        assert_eq!(read(&path), TeacherFile::Missing);
        for bad in [
            "",
            "{",
            "{\"passwordHash\": \"not a hash\"}",
            "{\"other\": 1}",
        ] {
            std::fs::write(&path, bad).expect("write");
            assert!(matches!(read(&path), TeacherFile::Damaged(_)), "{bad:?}");
            assert_eq!(
                gate(None, &read(&path), false),
                Gate::Unavailable(m::ERRORS_TEACHER_FILE_DAMAGED)
            );
        }
    }

    #[test]
    fn the_password_file_is_written_whole_and_owner_only() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("teacher.json");
        let hash = crate::secret::hash("교사비밀번호2026").expect("hash");
        write(&path, &hash).expect("write");
        assert_eq!(read(&path), TeacherFile::Hash(hash.clone()));
        let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn wrong_passwords_wait_longer_each_time() {
        assert_eq!(wrong_password_delay(1), Duration::from_millis(800));
        assert_eq!(wrong_password_delay(2), Duration::from_millis(1600));
        assert_eq!(wrong_password_delay(5), Duration::from_millis(12_800));
        assert_eq!(wrong_password_delay(50), Duration::from_secs(30));
    }
}
