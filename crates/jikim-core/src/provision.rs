//! Setting a lab PC up once (issues 14 and 16): a provisioning file, re-read at every start, so a
//! restore-card wipe keeps the setup. Format in `docs/provisioning.md`:
//!
//! ```toml
//! school_name = "지킴중학교"
//! seat = "LAB1-07"
//! idle_minutes = 10
//! locale = "ko"
//!
//! [hub]
//! address = "192.168.0.10:7443"
//! fingerprint = "3f9c…"   # the hub certificate's full SHA-256, 64 hex digits
//!
//! [teacher]
//! mode = "off"            # or "password" with password_hash, or "setup"
//! ```
//!
//! Two places are read: a **system-wide** file (only an administrator can write it:
//! `/etc/jikim/provision.toml`, `%PROGRAMDATA%\Jikim\provision.toml`) and one in the app's data
//! folder (which the signed-in OS user can write). The system-wide file wins whole. A data-folder
//! file may set everything except a way *into* teacher mode: its `[teacher]` may only say `off`.

use crate::i18n::{messages as m, Message};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Where a provisioning file came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Writable by an administrator only: may set the teacher password.
    System,
    /// The app's data folder: may not open teacher mode.
    DataFolder,
}

/// How teacher mode may be reached on this PC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeacherPolicy {
    /// No teacher mode on this PC (a lab PC).
    Off,
    /// Teacher mode with this password (Argon2 PHC hash), set by the administrator.
    Password(String),
    /// The teacher sets a password on first use (a teacher's own PC).
    Setup,
}

/// The hub a lab PC uses, with the certificate it must present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvisionedHub {
    /// `host:port`.
    pub address: String,
    /// Full SHA-256 of the hub certificate, lower-case hex.
    pub fingerprint: String,
}

/// A checked provisioning file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provision {
    pub source: Source,
    pub path: PathBuf,
    pub school_name: Option<String>,
    pub seat: Option<String>,
    pub idle_minutes: Option<u32>,
    pub locale: Option<String>,
    pub hub: Option<ProvisionedHub>,
    pub teacher: Option<TeacherPolicy>,
}

/// A problem in a provisioning file: what is wrong, and the key (or the reader's words) it is
/// about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvisionIssue {
    pub problem: Problem,
    pub detail: String,
}

/// What can be wrong with a provisioning file (each a `provision-*` message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not TOML, or an unknown key.
    BadFile,
    BadText,
    BadIdle,
    BadLocale,
    BadFingerprint,
    BadAddress,
    BadTeacher,
    /// A data-folder file tries to open teacher mode.
    TeacherNotHere,
    Unreadable,
}

impl ProvisionIssue {
    /// The issue's message about `file`.
    pub fn message(&self, file: &Path) -> Message {
        let (detail, file) = (&self.detail, file.display());
        match self.problem {
            Problem::BadFile => m::ProvisionBadFile { detail, file }.into(),
            Problem::BadText => m::ProvisionBadText { detail, file }.into(),
            Problem::BadIdle => m::ProvisionBadIdle { detail, file }.into(),
            Problem::BadLocale => m::ProvisionBadLocale { detail, file }.into(),
            Problem::BadFingerprint => m::ProvisionBadFingerprint { detail, file }.into(),
            Problem::BadAddress => m::ProvisionBadAddress { detail, file }.into(),
            Problem::BadTeacher => m::ProvisionBadTeacher { file }.into(),
            Problem::TeacherNotHere => m::ProvisionTeacherNotHere { file }.into(),
            Problem::Unreadable => m::ProvisionUnreadable { detail, file }.into(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHub {
    address: String,
    fingerprint: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTeacher {
    mode: String,
    #[serde(default)]
    password_hash: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    school_name: Option<String>,
    #[serde(default)]
    seat: Option<String>,
    #[serde(default)]
    idle_minutes: Option<u32>,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    hub: Option<RawHub>,
    #[serde(default)]
    teacher: Option<RawTeacher>,
}

/// The first of a file's problems as an IPC error payload (`{ code: "provision", messageId,
/// args: { file, detail } }`).
pub fn issues_payload(file: &Path, issues: &[ProvisionIssue]) -> crate::ErrorPayload {
    let message = match issues.first() {
        Some(i) => i.message(file),
        None => m::ProvisionBadFile {
            detail: "",
            file: file.display(),
        }
        .into(),
    };
    crate::ErrorPayload::new("provision", message)
}

fn issue(problem: Problem, detail: impl Into<String>) -> ProvisionIssue {
    ProvisionIssue {
        problem,
        detail: detail.into(),
    }
}

fn printable(s: &str, max: usize) -> bool {
    !s.trim().is_empty()
        && s.chars().count() <= max
        && !s.chars().any(crate::storage::is_hostile_char)
}

impl Provision {
    /// Parses and checks a provisioning file's text; every problem is listed.
    pub fn parse(
        text: &str,
        source: Source,
        path: &Path,
    ) -> Result<Provision, Vec<ProvisionIssue>> {
        let raw: Raw = toml::from_str(text)
            .map_err(|e| vec![issue(Problem::BadFile, e.message().to_string())])?;
        let mut issues = Vec::new();
        if let Some(name) = &raw.school_name {
            if !printable(name, crate::limits::SCHOOL_NAME_CHARS) {
                issues.push(issue(Problem::BadText, "school_name"));
            }
        }
        if let Some(seat) = &raw.seat {
            if !printable(seat, 64) {
                issues.push(issue(Problem::BadText, "seat"));
            }
        }
        if raw.idle_minutes.is_some_and(|m| m > 120) {
            issues.push(issue(Problem::BadIdle, "idle_minutes"));
        }
        if raw
            .locale
            .as_deref()
            .is_some_and(|l| l != "ko" && l != "en")
        {
            issues.push(issue(Problem::BadLocale, "locale"));
        }
        let hub = raw.hub.map(|h| {
            let fp = h.fingerprint.trim().to_ascii_lowercase();
            if fp.len() != 64 || !fp.bytes().all(|b| b.is_ascii_hexdigit()) {
                issues.push(issue(Problem::BadFingerprint, "hub.fingerprint"));
            }
            let address = h.address.trim().to_string();
            if address.is_empty() || address.contains(char::is_whitespace) || address.contains('/')
            {
                issues.push(issue(Problem::BadAddress, "hub.address"));
            }
            ProvisionedHub {
                address,
                fingerprint: fp,
            }
        });
        let teacher = match raw.teacher {
            None => None,
            Some(t) => match (t.mode.as_str(), t.password_hash) {
                ("off", None) => Some(TeacherPolicy::Off),
                ("password", Some(hash))
                    if argon2::password_hash::PasswordHash::new(&hash).is_ok() =>
                {
                    Some(TeacherPolicy::Password(hash))
                }
                ("setup", None) => Some(TeacherPolicy::Setup),
                _ => {
                    issues.push(issue(Problem::BadTeacher, "teacher"));
                    None
                }
            },
        };
        if source == Source::DataFolder
            && teacher.as_ref().is_some_and(|t| *t != TeacherPolicy::Off)
        {
            issues.push(issue(Problem::TeacherNotHere, "teacher"));
        }
        if !issues.is_empty() {
            return Err(issues);
        }
        Ok(Provision {
            source,
            path: path.to_path_buf(),
            school_name: raw.school_name.map(|s| s.trim().to_string()),
            seat: raw.seat.map(|s| s.trim().to_string()),
            idle_minutes: raw.idle_minutes,
            locale: raw.locale,
            hub,
            teacher,
        })
    }

    /// Reads and checks one file.
    pub fn read(path: &Path, source: Source) -> Result<Provision, Vec<ProvisionIssue>> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| vec![issue(Problem::Unreadable, e.to_string())])?;
        Provision::parse(&text, source, path)
    }

    /// The system-wide file's path on this OS (`JIKIM_SYSTEM_PROVISION` overrides it, for tests
    /// and unusual installs).
    pub fn system_path() -> PathBuf {
        if let Some(p) = std::env::var_os("JIKIM_SYSTEM_PROVISION") {
            return PathBuf::from(p);
        }
        if cfg!(windows) {
            let base = std::env::var_os("PROGRAMDATA").unwrap_or_else(|| "C:\\ProgramData".into());
            PathBuf::from(base).join("Jikim").join("provision.toml")
        } else {
            PathBuf::from("/etc/jikim/provision.toml")
        }
    }

    /// The provisioning of this PC: the system-wide file if there is one, else the data
    /// folder's. `Ok(None)` when neither exists; `Err` names the file and its problems.
    pub fn load(data_dir: &Path) -> Result<Option<Provision>, (PathBuf, Vec<ProvisionIssue>)> {
        for (path, source) in [
            (Provision::system_path(), Source::System),
            (data_dir.join("provision.toml"), Source::DataFolder),
        ] {
            if path.exists() {
                return Provision::read(&path, source)
                    .map(Some)
                    .map_err(|issues| (path, issues));
            }
        }
        Ok(None)
    }
}

/// The provisioning file a teacher's app writes for its lab: the hub (address and full
/// fingerprint), the school name, idle sign-out, and teacher mode off. Checked by
/// [`Provision::parse`] before it is returned, so a file it writes is always one a PC reads.
pub fn lab_file(
    school_name: &str,
    hub_address: &str,
    fingerprint: &str,
    idle_minutes: u32,
) -> Result<String, Vec<ProvisionIssue>> {
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut text = String::from(
        "# Jikim lab PC setup: put this file at /etc/jikim/provision.toml (Linux) or\n\
         # %PROGRAMDATA%\\Jikim\\provision.toml (Windows) on the lab image. docs/provisioning.md\n",
    );
    if !school_name.trim().is_empty() {
        text.push_str(&format!("school_name = {}\n", quote(school_name.trim())));
    }
    text.push_str(&format!("idle_minutes = {idle_minutes}\n\n[hub]\n"));
    text.push_str(&format!("address = {}\n", quote(hub_address)));
    text.push_str(&format!("fingerprint = {}\n\n", quote(fingerprint)));
    text.push_str("[teacher]\nmode = \"off\"\n");
    Provision::parse(&text, Source::System, Path::new("provision.toml"))?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lab_file_written_by_the_teacher_app_reads_back() {
        let text = lab_file("지킴\"중학교", "192.168.0.10:7443", FP, 10).expect("valid");
        let p = parse(&text, Source::System).expect("reads back");
        assert_eq!(p.school_name.as_deref(), Some("지킴\"중학교"));
        assert_eq!(p.hub.expect("hub").address, "192.168.0.10:7443");
        assert_eq!(p.teacher, Some(TeacherPolicy::Off));
        assert!(lab_file("", "192.168.0.10:7443", "short", 10).is_err());
    }

    const FP: &str = "3f9c2b7100aaff01deadbeef3f9c2b7100aaff01deadbeef3f9c2b7100aaff01";

    fn parse(text: &str, source: Source) -> Result<Provision, Vec<ProvisionIssue>> {
        Provision::parse(text, source, Path::new("provision.toml"))
    }

    #[test]
    fn a_lab_file_sets_the_hub_and_keeps_teacher_mode_off() {
        let p = parse(
            &format!(
                "school_name = \"지킴중학교\"\nseat = \"LAB1-07\"\nidle_minutes = 10\nlocale = \"ko\"\n\
                 [hub]\naddress = \"192.168.0.10:7443\"\nfingerprint = \"{}\"\n[teacher]\nmode = \"off\"\n",
                FP.to_ascii_uppercase()
            ),
            Source::System,
        )
        .expect("valid");
        assert_eq!(p.school_name.as_deref(), Some("지킴중학교"));
        assert_eq!(p.idle_minutes, Some(10));
        assert_eq!(p.hub.expect("hub").fingerprint, FP);
        assert_eq!(p.teacher, Some(TeacherPolicy::Off));
    }

    #[test]
    fn every_problem_is_listed() {
        let issues = parse(
            "idle_minutes = 500\nlocale = \"fr\"\n[hub]\naddress = \"a b\"\nfingerprint = \"12\"\n[teacher]\nmode = \"password\"\n",
            Source::System,
        )
        .expect_err("invalid");
        let problems: Vec<Problem> = issues.iter().map(|i| i.problem).collect();
        assert_eq!(
            problems,
            vec![
                Problem::BadIdle,
                Problem::BadLocale,
                Problem::BadFingerprint,
                Problem::BadAddress,
                Problem::BadTeacher
            ]
        );
        assert_eq!(
            parse("colour = 1\n", Source::System).expect_err("unknown key")[0].problem,
            Problem::BadFile
        );
    }

    #[test]
    fn only_the_system_file_can_open_teacher_mode() {
        let hash = crate::secret::hash("교사비밀번호2026").expect("hash");
        let text = format!("[teacher]\nmode = \"password\"\npassword_hash = \"{hash}\"\n");
        assert_eq!(
            parse(&text, Source::System).expect("system").teacher,
            Some(TeacherPolicy::Password(hash))
        );
        assert_eq!(
            parse(&text, Source::DataFolder).expect_err("data folder")[0].problem,
            Problem::TeacherNotHere
        );
        assert_eq!(
            parse("[teacher]\nmode = \"setup\"\n", Source::DataFolder).expect_err("data folder")[0]
                .problem,
            Problem::TeacherNotHere
        );
        assert!(parse("[teacher]\nmode = \"off\"\n", Source::DataFolder).is_ok());
    }
}
