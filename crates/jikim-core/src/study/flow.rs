//! Where a learner is in a module, derived from their learning records alone (so resuming after
//! a crash and restoring from a hub are the same computation), and the mastery loop: after the
//! first round, missed items are asked again, round after round, until all are mastered or the
//! learner stops. The score is the first round's.

use crate::content::Module;
use crate::facts::AttemptFacts;

/// The learner's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Reading lesson page `index`.
    Page(usize),
    /// Answering item `index` (into `module.items`) in `round` (1 = first pass).
    Item { index: usize, round: u32 },
    /// A round is complete: show the result.
    Result { round: u32 },
}

/// Item indexes asked in `round`: all items in round 1; in later rounds the items answered
/// wrongly in the previous round.
pub fn round_items(module: &Module, facts: &AttemptFacts, round: u32) -> Vec<usize> {
    if round <= 1 {
        return (0..module.items.len()).collect();
    }
    module
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            facts
                .answers
                .iter()
                .any(|a| a.round == round - 1 && a.item_id == item.id && !a.correct)
        })
        .map(|(i, _)| i)
        .collect()
}

/// The highest round with an answer (0 when nothing is answered).
pub fn current_round(facts: &AttemptFacts) -> u32 {
    facts.answers.iter().map(|a| a.round).max().unwrap_or(0)
}

/// Whether `item_id` was answered in `round`.
pub fn answered_in(facts: &AttemptFacts, item_id: &str, round: u32) -> bool {
    facts
        .answers
        .iter()
        .any(|a| a.round == round && a.item_id == item_id)
}

/// Derives the position.
pub fn position(module: &Module, facts: &AttemptFacts) -> Position {
    let round = current_round(facts);
    if round == 0 {
        if facts.quiz_started && !module.items.is_empty() {
            return Position::Item { index: 0, round: 1 };
        }
        let last = facts.page_views.last().copied().unwrap_or(0);
        return Position::Page(last.min(module.pages.len().saturating_sub(1)));
    }
    let next = round_items(module, facts, round)
        .into_iter()
        .find(|&i| !answered_in(facts, &module.items[i].id, round));
    match next {
        Some(index) => Position::Item { index, round },
        None => Position::Result { round },
    }
}

/// First-round score: (correct, total).
pub fn score(module: &Module, facts: &AttemptFacts) -> (u32, u32) {
    let correct = module
        .items
        .iter()
        .filter(|item| {
            facts
                .answers
                .iter()
                .any(|a| a.round == 1 && a.item_id == item.id && a.correct)
        })
        .count();
    (correct as u32, module.items.len() as u32)
}

/// Whether the first round is complete.
pub fn first_round_complete(module: &Module, facts: &AttemptFacts) -> bool {
    module
        .items
        .iter()
        .all(|item| answered_in(facts, &item.id, 1))
}

/// Whether a score passes the module's pass mark (percent, inclusive).
pub fn passes(module: &Module, correct: u32, total: u32) -> bool {
    total > 0 && correct * 100 >= module.pass_mark * total
}

/// Whether the item's latest answer is correct.
pub fn mastered(facts: &AttemptFacts, item_id: &str) -> bool {
    facts
        .answers
        .iter()
        .rev()
        .find(|a| a.item_id == item_id)
        .is_some_and(|a| a.correct)
}

/// A learner's standing on a module, as lists and reports show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub status: super::view::ModuleStatus,
    /// First-round items answered.
    pub answered: usize,
    /// First-round score, once the first round is complete.
    pub score_percent: Option<u32>,
}

/// The learner's standing from the facts of their current attempt.
pub fn progress(module: &Module, facts: &AttemptFacts) -> Progress {
    use super::view::ModuleStatus;
    let answered = module
        .items
        .iter()
        .filter(|i| answered_in(facts, &i.id, 1))
        .count();
    let complete = first_round_complete(module, facts);
    let (correct, total) = score(module, facts);
    let touched = !facts.page_views.is_empty() || facts.quiz_started || answered > 0;
    let status = if complete {
        if passes(module, correct, total) {
            ModuleStatus::Passed
        } else {
            ModuleStatus::NotPassed
        }
    } else if touched {
        ModuleStatus::InProgress
    } else {
        ModuleStatus::NotStarted
    };
    Progress {
        status,
        answered,
        score_percent: complete.then(|| super::grading::percent(correct, total)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_module;
    use crate::facts::AnswerFact;
    use std::path::Path;

    pub(crate) fn sample() -> Module {
        let src = include_str!("../../../../tests/fixtures/modules/sample.toml");
        let today = time::macros::date!(2026 - 11 - 24);
        parse_module(src, Path::new("sample.toml"), today).expect("fixture is valid")
    }

    fn ans(item: &str, round: u32, correct: bool) -> AnswerFact {
        AnswerFact {
            item_id: item.into(),
            round,
            correct,
        }
    }

    #[test]
    fn fresh_attempt_starts_on_first_page_and_resumes_on_last_viewed() {
        let m = sample();
        let mut f = AttemptFacts::default();
        assert_eq!(position(&m, &f), Position::Page(0));
        f.page_views = vec![0, 1, 0, 1];
        assert_eq!(position(&m, &f), Position::Page(1));
        f.quiz_started = true;
        assert_eq!(position(&m, &f), Position::Item { index: 0, round: 1 });
    }

    #[test]
    fn mastery_loop_asks_missed_items_until_mastered() {
        let m = sample();
        let ids: Vec<String> = m.items.iter().map(|i| i.id.clone()).collect();
        let mut f = AttemptFacts {
            quiz_started: true,
            ..Default::default()
        };
        // Round 1: first item wrong, rest right.
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(position(&m, &f), Position::Item { index: i, round: 1 });
            f.answers.push(ans(id, 1, i != 0));
        }
        assert_eq!(position(&m, &f), Position::Result { round: 1 });
        assert_eq!(score(&m, &f), (ids.len() as u32 - 1, ids.len() as u32));
        assert!(!mastered(&f, &ids[0]));
        assert_eq!(round_items(&m, &f, 2), vec![0]);
        // Round 2: wrong again; round 3: right.
        f.answers.push(ans(&ids[0], 2, false));
        assert_eq!(position(&m, &f), Position::Result { round: 2 });
        assert_eq!(round_items(&m, &f, 3), vec![0]);
        f.answers.push(ans(&ids[0], 3, true));
        assert_eq!(position(&m, &f), Position::Result { round: 3 });
        assert!(mastered(&f, &ids[0]));
        assert!(round_items(&m, &f, 4).is_empty());
        // The score stays the first round's.
        assert_eq!(score(&m, &f).0, ids.len() as u32 - 1);
    }

    #[test]
    fn pass_mark_is_inclusive() {
        let m = sample(); // pass_mark = 60
        assert!(passes(&m, 3, 5));
        assert!(!passes(&m, 2, 5));
        assert!(!passes(&m, 0, 0));
    }
}
