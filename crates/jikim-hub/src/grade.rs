//! The hub decides: it grades what a student PC pushes instead of believing it.
//!
//! The hub keeps every module version it has been given ([`Archive`], table `module_version`), so
//! an answer is graded against the version its record names even after the library moved on. For
//! each pushed record [`vet`] either refuses it with a reason (unknown module, version, item or
//! page; a response that is not a valid choice; an id that is not a UUIDv7 or lies in the future;
//! the per-student quota of the module spent) or returns the record as the hub will store it:
//! an answer's `correct` is the hub's grade and its response the normalised choice; a
//! completion's score is derived by the hub from the answers it holds for that attempt; nothing
//! else keeps a `correct` or a response.

use jikim_core::content::Item;
use jikim_core::content::Module;
use jikim_core::facts::AttemptFacts;
use jikim_core::storage::CompletionScore;
use jikim_core::study::flow;
use jikim_core::study::grading::{grade, Grade};
use jikim_core::sync::protocol::{RecordKind, SyncRecord};
use std::collections::HashMap;
use uuid::Uuid;

/// How far ahead of the hub's clock a record id's timestamp may be (a lab PC's clock drifts a
/// little; an id far in the future is an attempt to order records).
pub const ID_FUTURE_WINDOW_MS: u64 = 24 * 60 * 60 * 1000;

/// Every module version the hub knows, by (module id, version).
#[derive(Debug, Default, Clone)]
pub struct Archive {
    modules: HashMap<(String, u32), Module>,
}

impl Archive {
    /// An archive of the given modules (later ones replace earlier ones with the same version).
    pub fn of(modules: impl IntoIterator<Item = Module>) -> Archive {
        Archive {
            modules: modules
                .into_iter()
                .map(|m| ((m.id.clone(), m.version), m))
                .collect(),
        }
    }

    /// The module at `version`, if held.
    pub fn get(&self, id: &str, version: u32) -> Option<&Module> {
        self.modules.get(&(id.to_string(), version))
    }

    /// Whether any version of the module is held.
    pub fn knows(&self, id: &str) -> bool {
        self.modules.keys().any(|(m, _)| m == id)
    }
}

/// Why a record was refused. The code is stored with the set-aside record and returned to the PC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    UnknownModule,
    UnknownVersion,
    UnknownItem,
    BadPage,
    BadResponse,
    IdNotV7,
    IdInFuture,
    Quota,
}

impl Refused {
    /// The stable code (`docs/sync-protocol.md`).
    pub fn code(self) -> &'static str {
        match self {
            Refused::UnknownModule => "unknown_module",
            Refused::UnknownVersion => "unknown_version",
            Refused::UnknownItem => "unknown_item",
            Refused::BadPage => "bad_page",
            Refused::BadResponse => "bad_response",
            Refused::IdNotV7 => "id_not_v7",
            Refused::IdInFuture => "id_in_future",
            Refused::Quota => "quota",
        }
    }

    /// Whether the record may become acceptable once the hub learns a newer library (it is kept
    /// aside and applied again then).
    pub fn awaits_library(self) -> bool {
        matches!(self, Refused::UnknownModule | Refused::UnknownVersion)
    }
}

/// The most records one student may hold for one module (all versions, all attempts): enough for
/// 20 attempts that each read every page five times and answer every item in ten rounds.
pub fn record_quota(module: &Module) -> u64 {
    let per_attempt = 5 * module.pages.len() as u64 + 10 * module.items.len() as u64 + 10;
    20 * per_attempt
}

/// The milliseconds since the Unix epoch in a UUIDv7, if it is one.
fn v7_millis(id: Uuid) -> Option<u64> {
    if id.get_version_num() != 7 {
        return None;
    }
    let (secs, nanos) = id.get_timestamp()?.to_unix();
    Some(secs.saturating_mul(1000) + u64::from(nanos / 1_000_000))
}

/// Checks the id of a record against the hub's clock (`now_ms`, Unix milliseconds).
pub fn vet_id(id: Uuid, now_ms: u64) -> Result<(), Refused> {
    let at = v7_millis(id).ok_or(Refused::IdNotV7)?;
    if at > now_ms.saturating_add(ID_FUTURE_WINDOW_MS) {
        return Err(Refused::IdInFuture);
    }
    Ok(())
}

/// Vets one record for storage. `held` is how many records the student already holds for this
/// module; `attempt_answers` the answers the hub holds for the record's attempt (in receive
/// order), used to derive a completion.
pub fn vet(
    archive: &Archive,
    r: &SyncRecord,
    now_ms: u64,
    held: u64,
    attempt_answers: &[SyncRecord],
) -> Result<SyncRecord, Refused> {
    vet_id(r.id, now_ms)?;
    let module = match archive.get(&r.module_id, r.module_version) {
        Some(m) => m,
        None if archive.knows(&r.module_id) => return Err(Refused::UnknownVersion),
        None => return Err(Refused::UnknownModule),
    };
    if held >= record_quota(module) {
        return Err(Refused::Quota);
    }
    let mut out = r.clone();
    match r.kind {
        RecordKind::PageView => {
            let page = r.page_index.ok_or(Refused::BadPage)? as usize;
            if page >= module.pages.len() {
                return Err(Refused::BadPage);
            }
            out.item_id = None;
            out.round = None;
            out.response = None;
            out.correct = None;
        }
        RecordKind::QuizStart => {
            out.page_index = None;
            out.item_id = None;
            out.round = None;
            out.response = None;
            out.correct = None;
        }
        RecordKind::Answer => {
            let item = answered_item(module, r)?;
            let round = r.round.ok_or(Refused::BadResponse)?;
            if round == 0 || round > 100 {
                return Err(Refused::BadResponse);
            }
            let g = grade_answer(item, r)?;
            out.page_index = None;
            out.correct = Some(g.correct);
            out.response = serde_json::to_string(&g.chosen).ok();
        }
        RecordKind::Completion => {
            let score = derived_score(module, attempt_answers);
            out.page_index = None;
            out.item_id = None;
            out.correct = Some(score.as_ref().is_some_and(|s| s.passed));
            out.response = score.and_then(|s| serde_json::to_string(&s).ok());
        }
    }
    out.recorded_at = clamp_to_receipt(&r.recorded_at, now_ms);
    Ok(out)
}

/// The PC's own time for a record, never later than the hub received it: client time is kept
/// only as a detail inside an attempt, and a PC clock set ahead cannot date a record in the
/// future. (Reports and attempt order use the hub's receive time.)
fn clamp_to_receipt(recorded_at: &str, now_ms: u64) -> String {
    let fmt = &time::format_description::well_known::Rfc3339;
    let received =
        time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(now_ms) * 1_000_000).ok();
    match (time::OffsetDateTime::parse(recorded_at, fmt).ok(), received) {
        (Some(at), Some(received)) if at > received => received.format(fmt).unwrap_or_default(),
        _ => recorded_at.to_string(),
    }
}

/// The item of `module` an answer record names.
pub fn answered_item<'m>(module: &'m Module, r: &SyncRecord) -> Result<&'m Item, Refused> {
    r.item_id
        .as_deref()
        .and_then(|i| module.item(i))
        .ok_or(Refused::UnknownItem)
}

/// The hub's grade of an answer record's response (a JSON list of option ids) to `item`.
pub fn grade_answer(item: &Item, r: &SyncRecord) -> Result<Grade, Refused> {
    let chosen: Vec<String> = r
        .response
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .ok_or(Refused::BadResponse)?;
    grade(item, &chosen).map_err(|_| Refused::BadResponse)
}

/// The first-round score of an attempt from the answers the hub holds (already graded by the
/// hub), once every item has a first-round answer; `None` before that.
pub fn derived_score(module: &Module, answers: &[SyncRecord]) -> Option<CompletionScore> {
    let refs: Vec<&SyncRecord> = answers.iter().collect();
    let facts: AttemptFacts = jikim_core::study::standing::facts_of(&refs);
    if !flow::first_round_complete(module, &facts) {
        return None;
    }
    let (correct, total) = flow::score(module, &facts);
    Some(CompletionScore {
        correct,
        total,
        passed: flow::passes(module, correct, total),
    })
}

#[cfg(test)]
mod clamp_tests {
    #[test]
    fn a_record_dated_after_the_hub_received_it_is_dated_at_receipt() {
        let received = 1_795_834_800_000; // 2026-11-28T03:00:00Z
        assert_eq!(
            super::clamp_to_receipt("2031-01-01T00:00:00Z", received),
            "2026-11-28T03:00:00Z"
        );
        assert_eq!(
            super::clamp_to_receipt("2026-11-28T02:59:00+09:00", received),
            "2026-11-28T02:59:00+09:00",
            "earlier times stay as the PC wrote them"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jikim_core::content::parse_module;
    use std::path::Path;

    fn sample() -> Module {
        let src = include_str!("../../../tests/fixtures/modules/sample.toml");
        let today = time::macros::date!(2026 - 11 - 24);
        parse_module(src, Path::new("sample.toml"), today).expect("fixture is valid")
    }

    fn now_ms() -> u64 {
        (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as u64
    }

    fn answer(m: &Module, item: usize, chosen: &[&str], claimed: bool) -> SyncRecord {
        SyncRecord {
            id: Uuid::now_v7(),
            attempt_id: Uuid::now_v7(),
            module_id: m.id.clone(),
            module_version: m.version,
            kind: RecordKind::Answer,
            page_index: None,
            item_id: Some(m.items[item].id.clone()),
            round: Some(1),
            response: serde_json::to_string(chosen).ok(),
            correct: Some(claimed),
            recorded_at: "2026-11-24T10:00:00Z".into(),
            active_ms: 1000,
        }
    }

    #[test]
    fn the_hub_grades_an_answer_whatever_the_pc_claimed() {
        let m = sample();
        let archive = Archive::of([m.clone()]);
        let item = &m.items[0];
        let wrong = item
            .choices
            .iter()
            .find(|c| !c.correct)
            .expect("a wrong option");
        let forged = answer(&m, 0, &[wrong.id.as_str()], true);
        let stored = vet(&archive, &forged, now_ms(), 0, &[]).expect("accepted");
        assert_eq!(stored.correct, Some(false));
        let right = item.choices.iter().find(|c| c.correct).expect("right");
        let honest = answer(&m, 0, &[right.id.as_str()], false);
        let stored = vet(&archive, &honest, now_ms(), 0, &[]).expect("accepted");
        assert_eq!(stored.correct, Some(true));
    }

    #[test]
    fn unknown_modules_versions_items_and_options_are_refused() {
        let m = sample();
        let archive = Archive::of([m.clone()]);
        let mut r = answer(&m, 0, &["a"], true);
        r.module_id = "made-up".into();
        assert_eq!(
            vet(&archive, &r, now_ms(), 0, &[]),
            Err(Refused::UnknownModule)
        );
        let mut r = answer(&m, 0, &["a"], true);
        r.module_version = 99;
        assert_eq!(
            vet(&archive, &r, now_ms(), 0, &[]),
            Err(Refused::UnknownVersion)
        );
        let mut r = answer(&m, 0, &["a"], true);
        r.item_id = Some("no-such-item".into());
        assert_eq!(
            vet(&archive, &r, now_ms(), 0, &[]),
            Err(Refused::UnknownItem)
        );
        let r = answer(&m, 0, &["zz"], true);
        assert_eq!(
            vet(&archive, &r, now_ms(), 0, &[]),
            Err(Refused::BadResponse)
        );
        let mut r = answer(&m, 0, &["a"], true);
        r.kind = RecordKind::PageView;
        r.page_index = Some(99);
        assert_eq!(vet(&archive, &r, now_ms(), 0, &[]), Err(Refused::BadPage));
    }

    #[test]
    fn a_completion_carries_the_hubs_score_not_the_pcs() {
        let m = sample();
        let archive = Archive::of([m.clone()]);
        let mut forged = answer(&m, 0, &["a"], true);
        forged.kind = RecordKind::Completion;
        forged.item_id = None;
        forged.round = None;
        forged.response = Some(r#"{"correct":4294967295,"total":1,"passed":true}"#.into());
        forged.correct = Some(true);
        let stored = vet(&archive, &forged, now_ms(), 0, &[]).expect("accepted");
        assert_eq!((stored.correct, stored.response), (Some(false), None));
    }

    #[test]
    fn ids_must_be_uuidv7_and_not_from_the_future() {
        let now = now_ms();
        assert_eq!(vet_id(Uuid::now_v7(), now), Ok(()));
        assert_eq!(vet_id(Uuid::new_v4(), now), Err(Refused::IdNotV7));
        let future = Uuid::parse_str("ffffffff-ffff-7fff-bfff-ffffffffffff").expect("uuid");
        assert_eq!(vet_id(future, now), Err(Refused::IdInFuture));
    }

    #[test]
    fn the_quota_follows_the_module_size() {
        let m = sample();
        let archive = Archive::of([m.clone()]);
        let first = m.items[0].choices[0].id.clone();
        let r = answer(&m, 0, &[first.as_str()], true);
        let quota = record_quota(&m);
        assert!(vet(&archive, &r, now_ms(), quota - 1, &[]).is_ok());
        assert_eq!(vet(&archive, &r, now_ms(), quota, &[]), Err(Refused::Quota));
    }
}
