//! What a person may type, in one place. The core checks input against these bounds, and the
//! window's inputs show the same ones: src-tauri's contract test writes [`limits`] into
//! `ui/src/api/limits.ts`, so a form never takes what the core refuses, nor refuses what it takes.

use std::ops::RangeInclusive;

use serde::Serialize;

/// A learner's grade (학년): 1–6 in primary school, 7–12 counted on through secondary.
pub const GRADE: RangeInclusive<u32> = 1..=12;
/// A class number (반) within a grade.
pub const CLASS_NO: RangeInclusive<u32> = 1..=99;
/// A learner's number (번호) within a class.
pub const NUMBER: RangeInclusive<u32> = 1..=99;
/// A learner's name, in characters (after trimming).
pub const NAME_CHARS: usize = 40;
/// A learner's PIN, in digits.
pub const PIN_DIGITS: RangeInclusive<usize> = 4..=6;
/// The teacher password's least length, in characters.
pub const TEACHER_PASSWORD_MIN_CHARS: usize = 8;
/// The school's name on certificates and reports, in characters.
pub const SCHOOL_NAME_CHARS: usize = 60;
/// A school year a hub can roll over into.
pub const SCHOOL_YEAR: RangeInclusive<i32> = 2000..=2100;
/// The hub's port: below 1024 a port needs administrator rights.
pub const HUB_PORT: RangeInclusive<u16> = 1024..=65535;
/// Minutes of one requirement every student of a grade owes in a school year (0 removes it; at
/// most 100 hours, so a typo of 1800 for 180 is caught).
pub const OWED_MINUTES: RangeInclusive<u32> = 0..=6000;

/// Whether `name` (as typed: it is trimmed here) is a learner's name the core keeps: not empty,
/// at most [`NAME_CHARS`] characters, none of them a control or direction-changing character.
pub fn name_ok(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty()
        && name.chars().count() <= NAME_CHARS
        && !name.chars().any(crate::storage::is_hostile_char)
}

/// Whether every student of `grade` may owe `minutes` of a requirement (the hub's and the
/// district's setting alike): a grade Jikim knows and at most [`OWED_MINUTES`] (0 removes it).
pub fn owed_ok(grade: u32, minutes: u32) -> bool {
    GRADE.contains(&grade) && OWED_MINUTES.contains(&minutes)
}

/// Inclusive bounds of a number, as the window's `min`/`max` attributes take them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Bounds {
    pub min: i64,
    pub max: i64,
}

impl<T: Copy + Into<i64>> From<&RangeInclusive<T>> for Bounds {
    fn from(r: &RangeInclusive<T>) -> Bounds {
        Bounds {
            min: (*r.start()).into(),
            max: (*r.end()).into(),
        }
    }
}

/// Every bound above, for the window (`ui/src/api/constants.ts`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    pub grade: Bounds,
    pub class_no: Bounds,
    pub number: Bounds,
    pub name_chars: usize,
    pub pin_digits: Bounds,
    pub teacher_password_min_chars: usize,
    pub school_name_chars: usize,
    pub school_year: Bounds,
    pub hub_port: Bounds,
    pub owed_minutes: Bounds,
}

/// The bounds of this module's constants.
pub fn limits() -> Limits {
    let digits = Bounds {
        min: *PIN_DIGITS.start() as i64,
        max: *PIN_DIGITS.end() as i64,
    };
    Limits {
        grade: (&GRADE).into(),
        class_no: (&CLASS_NO).into(),
        number: (&NUMBER).into(),
        name_chars: NAME_CHARS,
        pin_digits: digits,
        teacher_password_min_chars: TEACHER_PASSWORD_MIN_CHARS,
        school_name_chars: SCHOOL_NAME_CHARS,
        school_year: (&SCHOOL_YEAR).into(),
        hub_port: (&HUB_PORT).into(),
        owed_minutes: (&OWED_MINUTES).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_gets_the_bounds_the_core_checks() {
        let l = limits();
        assert_eq!((l.grade.min, l.grade.max), (1, 12));
        assert_eq!((l.pin_digits.min, l.pin_digits.max), (4, 6));
        assert_eq!((l.hub_port.min, l.hub_port.max), (1024, 65535));
        assert_eq!(l.teacher_password_min_chars, TEACHER_PASSWORD_MIN_CHARS);
    }
}
