//! Korean time, by which a school's days are counted: a module's `law_as_of`, report dates,
//! backups, term ends. Korea has no daylight saving time, so the fixed offset +09:00 is exact.

use time::{Date, OffsetDateTime, UtcOffset};

/// Korea Standard Time, +09:00.
pub fn kst() -> UtcOffset {
    UtcOffset::from_hms(9, 0, 0).unwrap_or(UtcOffset::UTC)
}

/// `t` in Korean time, or `None` when that falls outside the dates `time` can hold (a record
/// dated 9999-12-31T23:00Z is 10000-01-01 in Korea). Records come from student PCs, so a report
/// never converts one of their times with the panicking `to_offset`.
pub fn in_kst(t: OffsetDateTime) -> Option<OffsetDateTime> {
    t.checked_to_offset(kst())
}

/// The date in Korea at `t`. A time whose Korean date `time` cannot hold (after 9999-12-31
/// 15:00 UTC) keeps its UTC date instead of panicking.
pub fn date_in_korea(t: OffsetDateTime) -> Date {
    in_kst(t).map_or(t.date(), |local| local.date())
}

/// Today in Korea.
pub fn today_kst() -> Date {
    date_in_korea(OffsetDateTime::now_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn korea_is_on_the_next_day_from_15_00_utc() {
        assert_eq!(
            date_in_korea(datetime!(2026-11-27 14:59:59 UTC)),
            date!(2026 - 11 - 27)
        );
        assert_eq!(
            date_in_korea(datetime!(2026-11-27 15:00 UTC)),
            date!(2026 - 11 - 28)
        );
        assert_eq!(
            date_in_korea(datetime!(2026-11-28 08:30 +09:00)),
            date!(2026 - 11 - 28)
        );
    }

    #[test]
    fn a_date_beyond_the_calendar_keeps_its_utc_date() {
        assert_eq!(
            date_in_korea(datetime!(9999-12-31 23:00 UTC)),
            date!(9999 - 12 - 31)
        );
    }
}
