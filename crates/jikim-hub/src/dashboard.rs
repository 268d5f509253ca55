//! The teacher's live dashboard, refreshed incrementally (issue 15): a class's records are read
//! from the hub database once, and each refresh reads only the records received since the last
//! one (by receive order), then computes the results with the one standing rule
//! (`jikim_core::study::dashboard`). The teacher app runs it off the window's thread.

use crate::store::HubStore;
use crate::HubError;
use jikim_core::content::{Library, Module};
use jikim_core::study::dashboard::{self, ClassResults, ItemStat, RosterStudent};
use jikim_core::sync::protocol::SyncRecord;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Default)]
struct ClassCache {
    /// Receive cursor: every record up to here is in `records`.
    after: i64,
    records: Vec<(Uuid, SyncRecord)>,
}

/// Records of the classes the teacher looked at, kept up to date by receive order.
#[derive(Default)]
pub struct Dashboard {
    classes: HashMap<Uuid, ClassCache>,
}

impl Dashboard {
    /// Reads the records received since the last refresh of this class; returns how many.
    pub fn refresh(&mut self, store: &HubStore, class_id: Uuid) -> Result<usize, HubError> {
        let cache = self.classes.entry(class_id).or_default();
        let (new, after) = store.class_records_since(class_id, cache.after)?;
        cache.after = after;
        let n = new.len();
        cache.records.extend(new);
        Ok(n)
    }

    /// Forgets what was read (after something rewrote records, e.g. a merge).
    pub fn invalidate(&mut self) {
        self.classes.clear();
    }

    fn records(&self, class_id: Uuid) -> &[(Uuid, SyncRecord)] {
        self.classes
            .get(&class_id)
            .map_or(&[][..], |c| c.records.as_slice())
    }

    /// The class results for the roster (students no longer on it are left out), with what the
    /// hub refused of each student beside them: records it set aside, pushes into another
    /// student's attempt (403) and requests with an ended or revoked sign-in (401).
    pub fn results(
        &mut self,
        store: &HubStore,
        library: &Library,
        class_id: Uuid,
        roster: &[RosterStudent],
    ) -> Result<ClassResults, HubError> {
        self.refresh(store, class_id)?;
        let mut results = dashboard::class_results(library, roster, self.records(class_id));
        let set_aside = store.set_aside_counts(class_id)?;
        let refusals = store.refusal_counts(class_id)?;
        for (row, student) in results.students.iter_mut().zip(roster) {
            row.set_aside = set_aside.get(&student.student_id).copied().unwrap_or(0);
            for (who, code, count) in &refusals {
                if *who == student.student_id {
                    match code.as_str() {
                        "forbidden" => row.refused_pushes = *count,
                        "token_ended" => row.ended_sign_ins = *count,
                        _ => {}
                    }
                }
            }
        }
        Ok(results)
    }

    /// Item analysis of one module for the roster.
    pub fn items(
        &mut self,
        store: &HubStore,
        module: &Module,
        class_id: Uuid,
        roster: &[RosterStudent],
    ) -> Result<Vec<ItemStat>, HubError> {
        self.refresh(store, class_id)?;
        Ok(dashboard::item_analysis(
            module,
            roster,
            self.records(class_id),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jikim_core::sync::protocol::RecordKind;

    fn answer(attempt: Uuid, item: &str) -> SyncRecord {
        SyncRecord {
            id: Uuid::now_v7(),
            attempt_id: attempt,
            module_id: "sample".into(),
            module_version: 1,
            kind: RecordKind::Answer,
            page_index: None,
            item_id: Some(item.into()),
            round: Some(1),
            response: Some("[\"a\"]".into()),
            correct: None,
            recorded_at: "2026-11-24T10:00:00Z".into(),
            active_ms: 100,
        }
    }

    #[test]
    fn a_refresh_reads_only_what_arrived_and_gives_the_full_answer() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = HubStore::open(dir.path()).expect("store");
        let library = Library::load_dir(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/modules"),
            jikim_core::content::today(),
        );
        store.archive_library(&library).expect("archive");
        let class = store.create_class(1, 1).expect("class");
        let roster_rows = store
            .set_roster(class.id, &[(1, "가".into()), (2, "나".into())])
            .expect("roster");
        let roster: Vec<RosterStudent> = roster_rows.iter().map(RosterStudent::from).collect();
        let mut dash = Dashboard::default();
        store
            .apply(roster[0].student_id, &[answer(Uuid::now_v7(), "q-single")])
            .expect("push");
        assert_eq!(dash.refresh(&store, class.id).expect("refresh"), 1);
        assert_eq!(
            dash.refresh(&store, class.id).expect("again"),
            0,
            "nothing new"
        );
        store
            .apply(roster[1].student_id, &[answer(Uuid::now_v7(), "q-single")])
            .expect("push");
        let incremental = dash
            .results(&store, &library, class.id, &roster)
            .expect("results");
        let full = dashboard::class_results(
            &library,
            &roster,
            &store.class_records(class.id).expect("records"),
        );
        assert_eq!(
            serde_json::to_string(&incremental).expect("json"),
            serde_json::to_string(&full).expect("json"),
            "the incremental dashboard says what a full read says"
        );
    }
}
