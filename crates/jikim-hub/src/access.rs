//! The access log (issue 16, PIPA safety measures): every time a teacher opens a student's
//! answers and every export or bundle, with who (the OS account and PC), when (the hub's clock)
//! and which scope. Kept in `hub.db`; administrators read it in the report screen or export it
//! with `jikim access-log`. It names no answer.

use crate::store::{now, HubStore};
use crate::HubError;
use jikim_core::i18n::{messages as m, Msg};
use rusqlite::params;
use serde::Serialize;

pub(crate) const V5: &str = "
CREATE TABLE access_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,        -- RFC 3339, the hub's clock
    who     TEXT NOT NULL,        -- OS account @ PC
    action  TEXT NOT NULL,        -- view_answers | export_csv | export_xlsx | export_summary | export_certificates | bundle
    scope   TEXT NOT NULL         -- e.g. 2-3 5번 deepfake-law, or the export's filter
);
";

/// One access.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AccessEntry {
    pub at: String,
    pub who: String,
    pub action: String,
    /// The action in words ([`action_name`]'s message id), `None` for one this version does not
    /// know: the window shows it as logged.
    #[ts(type = "MessageId | null")]
    pub action_name: Option<String>,
    pub scope: String,
}

/// A logged action in the teacher's words (`teacher-access-*`), or `None` for one this version
/// does not know (written by a newer hub).
pub fn action_name(action: &str) -> Option<Msg> {
    Some(match action {
        "view_answers" => m::TEACHER_ACCESS_VIEW_ANSWERS,
        "export_csv" => m::TEACHER_ACCESS_EXPORT_CSV,
        "export_xlsx" => m::TEACHER_ACCESS_EXPORT_XLSX,
        "export_summary" => m::TEACHER_ACCESS_EXPORT_SUMMARY,
        "export_certificates" => m::TEACHER_ACCESS_EXPORT_CERTIFICATES,
        "bundle" => m::TEACHER_ACCESS_BUNDLE,
        "export_ledger" => m::TEACHER_ACCESS_EXPORT_LEDGER,
        "purge" => m::TEACHER_ACCESS_PURGE,
        "rollover" => m::TEACHER_ACCESS_ROLLOVER,
        "owed" => m::TEACHER_ACCESS_OWED,
        _ => return None,
    })
}

/// Who is at this PC: the OS account and the PC's name.
pub fn who_here() -> String {
    let user = std::env::var("USERNAME")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_else(|_| "?".into());
    format!("{user}@{}", jikim_core::sync::protocol::this_pc_name())
}

impl HubStore {
    /// Records an access.
    pub fn log_access(&self, who: &str, action: &str, scope: &str) -> Result<(), HubError> {
        self.conn().execute(
            "INSERT INTO access_log (at, who, action, scope) VALUES (?1, ?2, ?3, ?4)",
            params![now(), who, action, scope],
        )?;
        Ok(())
    }

    /// Records an access by whoever is at this PC ([`who_here`]). Every front end (the window,
    /// the `jikim` CLI) reaches the log through the shared code that does the access
    /// (`jikim_report::export`, [`HubStore::set_owed`], [`HubStore::roll_over`]), never on its own.
    /// What was done stands if the log cannot be written; that is said in the app's log.
    pub fn note_access(&self, action: &str, scope: &str) {
        if let Err(e) = self.log_access(&who_here(), action, scope) {
            tracing::warn!(error = %e, action, "access log not written");
        }
    }

    /// The newest `limit` accesses, newest first.
    pub fn access_log(&self, limit: usize) -> Result<Vec<AccessEntry>, HubError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare("SELECT at, who, action, scope FROM access_log ORDER BY id DESC LIMIT ?1")?;
        let rows = stmt.query_map(params![limit.min(1_000_000) as i64], |r| {
            let action: String = r.get(2)?;
            Ok(AccessEntry {
                at: r.get(0)?,
                who: r.get(1)?,
                action_name: action_name(&action).map(|m| m.id().to_string()),
                action,
                scope: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accesses_are_kept_newest_first() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = HubStore::open(dir.path()).expect("open");
        store
            .log_access("teacher@T-PC", "view_answers", "2-3 5번 deepfake-law")
            .expect("log");
        store
            .log_access("teacher@T-PC", "export_csv", "school")
            .expect("log");
        let log = store.access_log(10).expect("read");
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].action, "export_csv");
        assert_eq!(
            log[0].action_name.as_deref(),
            Some("teacher-access-export-csv")
        );
        assert_eq!(log[1].scope, "2-3 5번 deepfake-law");
        assert!(who_here().contains('@'));
    }
}
