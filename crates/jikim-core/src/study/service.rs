//! The study service: the one entry point the app and the CLI use to study a module. It checks
//! that every attempt belongs to the signed-in learner, grades in the core, and commits each
//! record before returning.

use super::flow::{self, Position};
use super::grading::{grade, option_order, percent};
use super::standing::standing;
use super::view::*;
use crate::content::{LazyLibrary, Library, Module};
use crate::error::{CoreError, Result};
use crate::facts::AttemptFacts;
use crate::storage::{CompletionScore, Db, HubLink, KnownHub, Learner, NewAnswer, SignIn};
use crate::sync::protocol::SyncRecord;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};
use uuid::Uuid;

/// Wrong PINs allowed before sign-in for that learner pauses.
pub const PIN_ATTEMPTS: u32 = 5;
/// How long sign-in pauses after too many wrong PINs.
pub const PIN_LOCK: Duration = Duration::from_secs(60);

/// Content plus the learner database.
pub struct StudyService {
    /// Parsed on first use or by the app's start-up thread (the sign-in path does not need it).
    library: std::sync::Arc<LazyLibrary>,
    db: Mutex<Db>,
    /// Wrong-PIN counters per sign-in identity (in memory: a restart clears them, which is
    /// acceptable on a lab PC where the threat is a classmate guessing, not an offline attack).
    pin_failures: Mutex<HashMap<SignInKey, PinFailures>>,
    /// Called after every learning record the service commits ([`StudyService::on_record`]).
    on_record: std::sync::OnceLock<Box<dyn Fn() + Send + Sync>>,
}

/// (grade, class, number, name): who is trying to sign in.
type SignInKey = (u32, u32, u32, String);
/// (wrong PINs so far, locked until).
type PinFailures = (u32, Option<Instant>);

impl StudyService {
    /// A service over a loaded library and an open database.
    pub fn new(library: Library, db: Db) -> StudyService {
        StudyService::with_library(std::sync::Arc::new(LazyLibrary::ready(library)), db)
    }

    /// A service over a library that may still be parsing: signing in, the outbox and the hub
    /// link do not wait for it; what reads modules does.
    pub fn with_library(library: std::sync::Arc<LazyLibrary>, db: Db) -> StudyService {
        StudyService {
            library,
            db: Mutex::new(db),
            pin_failures: Mutex::new(HashMap::new()),
            on_record: std::sync::OnceLock::new(),
        }
    }

    /// Sets what runs after every learning record the service commits (once; later calls are
    /// ignored). The app wakes its sync worker with it, so no command has to remember to: the
    /// record is in the outbox, and the worker sends it now rather than at its next poll.
    pub fn on_record(&self, hook: impl Fn() + Send + Sync + 'static) {
        let _ = self.on_record.set(Box::new(hook));
    }

    /// A record was committed.
    fn recorded(&self) {
        if let Some(hook) = self.on_record.get() {
            hook();
        }
    }

    /// The library (waits for it while it is being parsed).
    pub fn library(&self) -> &Library {
        self.library.get()
    }

    fn db(&self) -> MutexGuard<'_, Db> {
        // A panic while holding the lock cannot leave a half-written record (SQLite
        // transactions), so a poisoned lock is safe to keep using.
        self.db.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn module(&self, id: &str) -> Result<&Module> {
        self.library()
            .module(id)
            .ok_or_else(|| CoreError::ModuleNotFound(id.to_string()))
    }

    /// Signs a learner in (finding or creating their record). After [`PIN_ATTEMPTS`] wrong PINs
    /// sign-in for that learner pauses for [`PIN_LOCK`].
    pub fn sign_in(&self, sign_in: &SignIn) -> Result<Learner> {
        let key = (
            sign_in.grade,
            sign_in.class_no,
            sign_in.number,
            sign_in.name.trim().to_string(),
        );
        let mut failures = self.pin_failures.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, Some(until))) = failures.get(&key) {
            let now = Instant::now();
            if *until > now {
                return Err(CoreError::PinLocked {
                    seconds: (*until - now).as_secs().max(1),
                });
            }
            failures.remove(&key);
        }
        match self.db().sign_in(sign_in) {
            Err(CoreError::PinMismatch) => {
                let entry = failures.entry(key).or_insert((0, None));
                entry.0 += 1;
                if entry.0 >= PIN_ATTEMPTS {
                    entry.1 = Some(Instant::now() + PIN_LOCK);
                }
                Err(CoreError::PinMismatch)
            }
            Ok(learner) => {
                failures.remove(&key);
                Ok(learner)
            }
            other => other,
        }
    }

    /// Signs in a learner the hub verified by PIN ([`Db::sign_in_verified`]): no local PIN
    /// check, squatted local data dropped. Clears the local wrong-PIN counter.
    pub fn sign_in_verified(&self, sign_in: &SignIn) -> Result<(Learner, usize)> {
        let result = self.db().sign_in_verified(sign_in)?;
        self.pin_failures
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .retain(|k, _| {
                k != &(
                    sign_in.grade,
                    sign_in.class_no,
                    sign_in.number,
                    sign_in.name.trim().to_string(),
                )
            });
        Ok(result)
    }

    /// The hub this PC paired with, if any.
    pub fn known_hub(&self) -> Result<Option<KnownHub>> {
        self.db().known_hub()
    }

    /// Remembers the hub a join code confirmed.
    pub fn set_known_hub(&self, hub: &KnownHub) -> Result<()> {
        self.db().set_known_hub(hub)
    }

    /// Linked learners with records waiting for the hub.
    pub fn links_with_pending(&self) -> Result<Vec<HubLink>> {
        self.db().links_with_pending()
    }

    /// Up to `limit` queued records of one learner, in wire form.
    pub fn pending_records(&self, learner: Uuid, limit: usize) -> Result<Vec<SyncRecord>> {
        self.db().pending_records(learner, limit)
    }

    /// Removes acknowledged records from the outbox.
    pub fn ack(&self, ids: &[Uuid]) -> Result<usize> {
        self.db().ack(ids)
    }

    /// Erases a learner the school deleted ([`Db::erase_learner`]).
    pub fn erase_learner(&self, learner: Uuid) -> Result<usize> {
        self.db().erase_learner(learner)
    }

    /// Forgets synced learners on this PC except `keep` ([`Db::forget_synced`]).
    pub fn forget_synced(&self, keep: Option<Uuid>) -> Result<usize> {
        self.db().forget_synced(keep)
    }

    /// Records of one learner waiting for the hub.
    pub fn outbox_len_of(&self, learner: Uuid) -> Result<u64> {
        self.db().outbox_len_of(learner)
    }

    /// Records waiting for the hub (all learners).
    pub fn outbox_len(&self) -> Result<u64> {
        self.db().outbox_len()
    }

    /// Links a learner to the hub and restores what the hub holds for them (after a wipe).
    pub fn link_and_restore(&self, link: &HubLink, records: &[SyncRecord]) -> Result<usize> {
        let mut db = self.db();
        db.set_hub_link(link)?;
        db.restore(link.learner_id, records)
    }

    /// The learner's hub link, if any.
    pub fn hub_link(&self, learner: Uuid) -> Result<Option<HubLink>> {
        self.db().hub_link(learner)
    }

    /// The learner's module list with status and progress.
    pub fn modules(&self, learner: Uuid) -> Result<Vec<ModuleSummary>> {
        let records = self.db().learner_records(learner)?;
        let records: Vec<&SyncRecord> = records.iter().collect();
        let mut out = Vec::new();
        for m in &self.library().modules {
            let progress = standing(m, &[], &records);
            out.push(ModuleSummary {
                id: m.id.clone(),
                title: m.title.clone(),
                summary: m.summary.clone(),
                audience: m.audience.clone(),
                estimated_minutes: m.estimated_minutes,
                law_as_of: m.law_as_of.clone(),
                pass_mark: m.pass_mark,
                item_count: m.items.len(),
                answered: progress.answered,
                status: progress.status,
                score_percent: progress.score_percent,
                due: None,
            });
        }
        Ok(out)
    }

    /// Opens a module where the learner left it (or starts an attempt at its current version).
    pub fn open_module(&self, learner: Uuid, module_id: &str) -> Result<StudyView> {
        let module = self.module(module_id)?;
        let mut db = self.db();
        let attempt = match db.latest_attempt(learner, module_id, module.version)? {
            Some(a) => a,
            None => db.start_attempt(learner, module_id, module.version)?,
        };
        let facts = db.attempt_facts(attempt.id)?;
        let pos = flow::position(module, &facts);
        if let Position::Page(i) = pos {
            db.record_page_view(attempt.id, i, 0)?;
            self.recorded();
        }
        self.view(&db, module, attempt.id, &facts, pos)
    }

    /// Starts a fresh attempt (the previous one stays as it was).
    pub fn restart(&self, learner: Uuid, module_id: &str) -> Result<StudyView> {
        let module = self.module(module_id)?;
        let mut db = self.db();
        let attempt = db.start_attempt(learner, module_id, module.version)?;
        db.record_page_view(attempt.id, 0, 0)?;
        self.recorded();
        let facts = db.attempt_facts(attempt.id)?;
        self.view(&db, module, attempt.id, &facts, Position::Page(0))
    }

    /// Shows lesson page `index` and records the view.
    pub fn view_page(
        &self,
        learner: Uuid,
        attempt_id: Uuid,
        index: usize,
        active_ms: u64,
    ) -> Result<StudyView> {
        let mut db = self.db();
        let attempt = db.attempt_of(learner, attempt_id)?;
        let module = self.module(&attempt.module_id)?;
        if index >= module.pages.len() {
            return Err(CoreError::PageNotFound {
                module: module.id.clone(),
                index,
            });
        }
        db.record_page_view(attempt_id, index, active_ms)?;
        self.recorded();
        let facts = db.attempt_facts(attempt_id)?;
        self.view(&db, module, attempt_id, &facts, Position::Page(index))
    }

    /// Moves from the lesson to the quiz (or back to where the quiz stands).
    pub fn start_quiz(&self, learner: Uuid, attempt_id: Uuid, active_ms: u64) -> Result<StudyView> {
        let mut db = self.db();
        let attempt = db.attempt_of(learner, attempt_id)?;
        let module = self.module(&attempt.module_id)?;
        let mut facts = db.attempt_facts(attempt_id)?;
        if !facts.quiz_started {
            db.record_quiz_start(attempt_id, active_ms)?;
            self.recorded();
            facts.quiz_started = true;
        }
        let pos = flow::position(module, &facts);
        self.view(&db, module, attempt_id, &facts, pos)
    }

    /// The current screen of an attempt, without recording anything.
    pub fn current(&self, learner: Uuid, attempt_id: Uuid) -> Result<StudyView> {
        let db = self.db();
        let attempt = db.attempt_of(learner, attempt_id)?;
        let module = self.module(&attempt.module_id)?;
        let facts = db.attempt_facts(attempt_id)?;
        let pos = flow::position(module, &facts);
        self.view(&db, module, attempt_id, &facts, pos)
    }

    /// Starts the next round with the items still missed.
    pub fn retry_missed(&self, learner: Uuid, attempt_id: Uuid) -> Result<StudyView> {
        let db = self.db();
        let attempt = db.attempt_of(learner, attempt_id)?;
        let module = self.module(&attempt.module_id)?;
        let facts = db.attempt_facts(attempt_id)?;
        match flow::position(module, &facts) {
            Position::Result { round } => {
                match flow::round_items(module, &facts, round + 1).first() {
                    Some(&index) => self.view(
                        &db,
                        module,
                        attempt_id,
                        &facts,
                        Position::Item {
                            index,
                            round: round + 1,
                        },
                    ),
                    None => self.view(&db, module, attempt_id, &facts, Position::Result { round }),
                }
            }
            pos => self.view(&db, module, attempt_id, &facts, pos),
        }
    }

    /// Grades and records an answer (committed before returning), then returns its feedback and
    /// the next screen. Only the current item of the current round (or the first item of the
    /// next round after a result) may be answered.
    pub fn answer(
        &self,
        learner: Uuid,
        attempt_id: Uuid,
        item_id: &str,
        chosen: &[String],
        active_ms: u64,
    ) -> Result<AnswerOutcome> {
        let mut db = self.db();
        let attempt = db.attempt_of(learner, attempt_id)?;
        let module = self.module(&attempt.module_id)?;
        let item = module
            .item(item_id)
            .ok_or_else(|| CoreError::ItemNotFound {
                module: module.id.clone(),
                item: item_id.to_string(),
            })?;
        let mut facts = db.attempt_facts(attempt_id)?;
        let round = match flow::position(module, &facts) {
            Position::Item { index, round } if module.items[index].id == item_id => round,
            Position::Result { round }
                if flow::round_items(module, &facts, round + 1)
                    .first()
                    .is_some_and(|&i| module.items[i].id == item_id) =>
            {
                round + 1
            }
            Position::Page(_) if !facts.quiz_started && module.items[0].id == item_id => 1,
            _ => {
                if flow::answered_in(&facts, item_id, flow::current_round(&facts).max(1)) {
                    return Err(CoreError::AlreadyAnswered(item_id.to_string()));
                }
                return Err(CoreError::InvalidResponse("not the current item".into()));
            }
        };
        let g = grade(item, chosen)?;
        facts.answers.push(crate::facts::AnswerFact {
            item_id: item_id.to_string(),
            round,
            correct: g.correct,
        });
        let completion = (round == 1 && flow::first_round_complete(module, &facts)).then(|| {
            let (correct, total) = flow::score(module, &facts);
            CompletionScore {
                correct,
                total,
                passed: flow::passes(module, correct, total),
            }
        });
        db.record_answer(
            &NewAnswer {
                attempt: attempt_id,
                item_id,
                round,
                chosen: &g.chosen,
                correct: g.correct,
                active_ms,
            },
            completion,
        )?;
        self.recorded();
        let feedback = FeedbackView {
            item_id: item.id.clone(),
            correct: g.correct,
            chosen: g
                .chosen
                .iter()
                .filter_map(|id| item.choice(id))
                .map(|c| ChosenFeedback {
                    id: c.id.clone(),
                    text: c.text.clone(),
                    correct: c.correct,
                    feedback: c.feedback.clone(),
                })
                .collect(),
            correct_options: item
                .choices
                .iter()
                .filter(|c| c.correct)
                .map(|c| OptionView {
                    id: c.id.clone(),
                    text: c.text.clone(),
                })
                .collect(),
            explanation: item.explanation.clone(),
            legal_basis: LegalBasisView::list(module, &item.legal_basis),
        };
        let pos = flow::position(module, &facts);
        let next = self.view(&db, module, attempt_id, &facts, pos)?;
        Ok(AnswerOutcome { feedback, next })
    }

    fn view(
        &self,
        db: &Db,
        module: &Module,
        attempt_id: Uuid,
        facts: &AttemptFacts,
        pos: Position,
    ) -> Result<StudyView> {
        let state = match pos {
            Position::Page(index) => {
                let page = module
                    .pages
                    .get(index)
                    .ok_or_else(|| CoreError::PageNotFound {
                        module: module.id.clone(),
                        index,
                    })?;
                StudyState::Page {
                    page: PageView {
                        index,
                        total: module.pages.len(),
                        id: page.id.clone(),
                        title: page.title.clone(),
                        body: page.body.clone(),
                        legal_basis: LegalBasisView::list(module, &page.legal_basis),
                    },
                }
            }
            Position::Item { index, round } => {
                let item = &module.items[index];
                let in_round = flow::round_items(module, facts, round);
                let number = in_round.iter().position(|&i| i == index).unwrap_or(0) + 1;
                StudyState::Item {
                    item: ItemView {
                        id: item.id.clone(),
                        kind: item.kind,
                        multi: item.kind.is_multi(),
                        prompt: item.prompt.clone(),
                        scenario: item.scenario.clone(),
                        options: option_order(item, attempt_id)
                            .into_iter()
                            .map(|i| OptionView {
                                id: item.choices[i].id.clone(),
                                text: item.choices[i].text.clone(),
                            })
                            .collect(),
                        number,
                        count: in_round.len(),
                        round,
                    },
                }
            }
            Position::Result { round } => {
                let (correct, total) = flow::score(module, facts);
                let review: Vec<ReviewRow> = module
                    .items
                    .iter()
                    .map(|item| ReviewRow {
                        item_id: item.id.clone(),
                        prompt: item.prompt.clone(),
                        first_correct: facts
                            .answers
                            .iter()
                            .any(|a| a.round == 1 && a.item_id == item.id && a.correct),
                        mastered: flow::mastered(facts, &item.id),
                        explanation: item.explanation.clone(),
                    })
                    .collect();
                StudyState::Result {
                    result: ResultView {
                        correct,
                        total,
                        percent: percent(correct, total),
                        passed: flow::passes(module, correct, total),
                        pass_mark: module.pass_mark,
                        round,
                        missed: review.iter().filter(|r| !r.mastered).count(),
                        active_minutes: db.active_ms(attempt_id)?.div_ceil(60_000),
                        review,
                    },
                }
            }
        };
        Ok(StudyView {
            attempt_id,
            module: ModuleHeader::of(module),
            state,
        })
    }
}
