//! Pure grading and option ordering. No I/O.

use crate::content::{Item, ItemKind};
use crate::error::{CoreError, Result};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

/// The outcome of one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    /// Whether the chosen set equals the correct set.
    pub correct: bool,
    /// The chosen option ids, sorted and de-duplicated.
    pub chosen: Vec<String>,
}

/// Grades a response. Rejects empty responses, unknown option ids and several options on a
/// single-answer item, so nothing malformed is ever stored.
pub fn grade(item: &Item, chosen: &[String]) -> Result<Grade> {
    let mut chosen: Vec<String> = chosen.to_vec();
    chosen.sort();
    chosen.dedup();
    if chosen.is_empty() {
        return Err(CoreError::InvalidResponse("no option chosen".into()));
    }
    if let Some(bad) = chosen.iter().find(|c| item.choice(c).is_none()) {
        return Err(CoreError::InvalidResponse(format!("unknown option {bad}")));
    }
    if !item.kind.is_multi() && chosen.len() != 1 {
        return Err(CoreError::InvalidResponse(
            "exactly one option must be chosen".into(),
        ));
    }
    let mut correct: Vec<&str> = item.correct_ids();
    correct.sort_unstable();
    let is_correct =
        chosen.len() == correct.len() && chosen.iter().zip(&correct).all(|(a, b)| a == b);
    Ok(Grade {
        correct: is_correct,
        chosen,
    })
}

/// The order in which an item's options are shown in one attempt: a permutation of the option
/// indexes, shuffled deterministically from the attempt id and item id, so a resumed attempt shows
/// the same order and another attempt a different one. O/X items keep O before X.
pub fn option_order(item: &Item, attempt_id: Uuid) -> Vec<usize> {
    let mut order: Vec<usize> = (0..item.choices.len()).collect();
    if item.kind == ItemKind::Ox {
        return order;
    }
    // FNV-1a over attempt id and item id: stable across builds and platforms.
    let mut seed: u64 = 0xcbf2_9ce4_8422_2325;
    for b in attempt_id.as_bytes().iter().chain(item.id.as_bytes()) {
        seed ^= u64::from(*b);
        seed = seed.wrapping_mul(0x0100_0000_01b3);
    }
    order.shuffle(&mut ChaCha8Rng::seed_from_u64(seed));
    order
}

/// Whole percent of `correct` out of `total` (0 when there are no items).
pub fn percent(correct: u32, total: u32) -> u32 {
    // In u64, so a forged score (4294967295 of 1) cannot overflow; capped at 100.
    (u64::from(correct) * 100)
        .checked_div(u64::from(total))
        .map_or(0, |p| p.min(100) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Choice, Item, ItemKind};

    fn item(kind: ItemKind, correct: &[&str]) -> Item {
        Item {
            id: "q".into(),
            kind,
            prompt: "p".into(),
            scenario: None,
            choices: ["a", "b", "c", "d"]
                .iter()
                .map(|id| Choice {
                    id: id.to_string(),
                    text: id.to_string(),
                    correct: correct.contains(id),
                    feedback: "f".into(),
                })
                .collect(),
            explanation: "e".into(),
            legal_basis: vec![],
            misconception: None,
        }
    }

    fn ox(answer: &str) -> Item {
        let mut it = item(ItemKind::Ox, &[]);
        it.choices = ["o", "x"]
            .iter()
            .map(|id| Choice {
                id: id.to_string(),
                text: id.to_uppercase(),
                correct: *id == answer,
                feedback: "f".into(),
            })
            .collect();
        it
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn grades_every_item_kind() {
        let cases: Vec<(Item, Vec<String>, bool)> = vec![
            (ox("x"), s(&["x"]), true),
            (ox("x"), s(&["o"]), false),
            (item(ItemKind::Single, &["b"]), s(&["b"]), true),
            (item(ItemKind::Single, &["b"]), s(&["a"]), false),
            (item(ItemKind::Scenario, &["c"]), s(&["c"]), true),
            (item(ItemKind::Scenario, &["c"]), s(&["d"]), false),
            (item(ItemKind::Multi, &["a", "c"]), s(&["c", "a"]), true),
            (item(ItemKind::Multi, &["a", "c"]), s(&["a"]), false),
            (
                item(ItemKind::Multi, &["a", "c"]),
                s(&["a", "c", "d"]),
                false,
            ),
            (
                item(ItemKind::Multi, &["a", "c"]),
                s(&["a", "a", "c"]),
                true,
            ),
        ];
        for (i, (it, chosen, expect)) in cases.into_iter().enumerate() {
            let g = grade(&it, &chosen).expect("valid response");
            assert_eq!(g.correct, expect, "case {i}");
        }
    }

    #[test]
    fn rejects_malformed_responses() {
        let single = item(ItemKind::Single, &["b"]);
        assert!(grade(&single, &[]).is_err());
        assert!(grade(&single, &s(&["z"])).is_err());
        assert!(grade(&single, &s(&["a", "b"])).is_err());
        assert!(grade(&ox("o"), &s(&["a"])).is_err());
    }

    #[test]
    fn option_order_is_deterministic_per_attempt_and_varies_between_attempts() {
        let it = item(ItemKind::Single, &["a"]);
        let a = Uuid::now_v7();
        assert_eq!(option_order(&it, a), option_order(&it, a));
        let mut perm = option_order(&it, a);
        perm.sort();
        assert_eq!(perm, vec![0, 1, 2, 3]);
        // Over many attempts the orders must not all be equal.
        let orders: std::collections::HashSet<Vec<usize>> =
            (0..20).map(|_| option_order(&it, Uuid::now_v7())).collect();
        assert!(orders.len() > 1);
    }

    #[test]
    fn ox_order_is_fixed() {
        for _ in 0..10 {
            assert_eq!(option_order(&ox("o"), Uuid::now_v7()), vec![0, 1]);
        }
    }
}
