//! Age from date of birth. Rights follow age automatically (domain.md: "never from a
//! flag someone forgets to flip"), so this is the single age computation.
//!
//! Leap-day births: someone born 29 February has their birthday on **1 March** in
//! years without a 29 February. We chose the later day on purpose: age-based rights
//! (party at 15) then start at the latest defensible moment, never a day early, and
//! the rule matches how Norwegian registry practice counts such birthdays.

use chrono::{Datelike, NaiveDate};

/// A child becomes a party in their own case (bvl § 12-3).
pub const PARTY_AGE: u32 = 15;
/// Majority: the youth becomes a young adult; ettervern may start.
pub const ADULT_AGE: u32 = 18;
/// Ettervern may last until this age (inclusive of the 25th year up to the birthday).
pub const ETTERVERN_MAX_AGE: u32 = 25;

/// The date of the birthday in `year` (1 March for a 29 February birth in a
/// non-leap year). `None` only outside chrono's date range.
pub fn birthday_in(birth: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// The day the person turns `years` old.
pub fn date_turning(birth: NaiveDate, years: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(years).ok()?)?;
    birthday_in(birth, year)
}

/// Age in whole years on `today`; 0 before birth.
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> u32 {
    if today < birth {
        return 0;
    }
    let mut years = today.year() - birth.year();
    match birthday_in(birth, today.year()) {
        Some(birthday) if today < birthday => years -= 1,
        _ => {}
    }
    u32::try_from(years).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn birthday_today_counts() {
        assert_eq!(age_on(d(2009, 6, 10), d(2024, 6, 10)), 15);
        assert_eq!(age_on(d(2009, 6, 10), d(2024, 6, 9)), 14);
        assert_eq!(age_on(d(2009, 6, 10), d(2024, 6, 11)), 15);
    }

    #[test]
    fn before_birth_is_zero() {
        assert_eq!(age_on(d(2024, 6, 10), d(2024, 1, 1)), 0);
        assert_eq!(age_on(d(2024, 6, 10), d(2024, 6, 10)), 0);
    }

    #[test]
    fn leap_day_birthday_is_first_of_march_in_common_years() {
        let birth = d(2008, 2, 29);
        assert_eq!(age_on(birth, d(2023, 2, 28)), 14);
        assert_eq!(age_on(birth, d(2023, 3, 1)), 15);
        // In a leap year the birthday is the 29th itself.
        assert_eq!(age_on(birth, d(2024, 2, 28)), 15);
        assert_eq!(age_on(birth, d(2024, 2, 29)), 16);
        assert_eq!(date_turning(birth, 15), Some(d(2023, 3, 1)));
        assert_eq!(date_turning(birth, 16), Some(d(2024, 2, 29)));
    }

    #[test]
    fn thresholds() {
        assert_eq!((PARTY_AGE, ADULT_AGE, ETTERVERN_MAX_AGE), (15, 18, 25));
    }

    proptest! {
        #[test]
        fn turning_date_is_exactly_where_age_changes(days in 0i64..40_000, years in 1u32..100) {
            let birth = d(1920, 1, 1) + chrono::Duration::days(days);
            let turning = date_turning(birth, years).expect("in range");
            prop_assert_eq!(age_on(birth, turning), years);
            prop_assert_eq!(age_on(birth, turning - chrono::Duration::days(1)), years - 1);
        }

        #[test]
        fn age_never_decreases(days in 0i64..40_000, a in 0i64..40_000, b in 0i64..40_000) {
            let birth = d(1920, 1, 1) + chrono::Duration::days(days);
            let (lo, hi) = (a.min(b), a.max(b));
            let base = d(1920, 1, 1);
            prop_assert!(age_on(birth, base + chrono::Duration::days(lo)) <= age_on(birth, base + chrono::Duration::days(hi)));
        }
    }
}
