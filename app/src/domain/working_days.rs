//! Working days in Norway: Monday to Friday except the public holidays of
//! helligdagsloven and 1 May and 17 May (lov om 1. og 17. mai som høgtidsdagar). Easter
//! follows the Gregorian computus; the movable holidays hang on it.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday of `year` (the anonymous Gregorian algorithm, valid 1583–4099).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Whether `date` is a Norwegian public holiday (a Sunday is not counted here: it is
/// no working day anyway).
pub fn is_public_holiday(date: NaiveDate) -> bool {
    let fixed = matches!(
        (date.month(), date.day()),
        (1, 1) | (5, 1) | (5, 17) | (12, 25) | (12, 26)
    );
    if fixed {
        return true;
    }
    let Some(easter) = easter_sunday(date.year()) else {
        return false;
    };
    // Skjærtorsdag, langfredag, 2. påskedag, Kristi himmelfartsdag, 2. pinsedag (the
    // Sundays among them are Sundays).
    let offset = (date - easter).num_days();
    matches!(offset, -3 | -2 | 0 | 1 | 39 | 49 | 50)
}

pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(date)
}

/// The `n`-th working day after `date` (not counting `date` itself).
pub fn working_days_after(date: NaiveDate, n: u32) -> NaiveDate {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day = day + Days::new(1);
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn easter_falls_where_the_almanac_says() {
        for (year, m, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(year), Some(d(year, m, day)), "{year}");
        }
    }

    #[test]
    fn the_holidays_of_2026_are_no_working_days() {
        let holidays = [
            d(2026, 1, 1),
            d(2026, 4, 2),
            d(2026, 4, 3),
            d(2026, 4, 6),
            d(2026, 5, 1),
            d(2026, 5, 14),
            d(2026, 5, 25),
            d(2026, 12, 25),
        ];
        for h in holidays {
            assert!(is_public_holiday(h), "{h}");
            assert!(!is_working_day(h), "{h}");
        }
        // 17 May 2026 is a Sunday; in 2027 a Monday.
        assert!(!is_working_day(d(2026, 5, 17)));
        assert!(!is_working_day(d(2027, 5, 17)));
        assert!(is_working_day(d(2026, 4, 7)), "the Tuesday after Easter");
        assert!(is_working_day(d(2026, 12, 23)));
        assert!(!is_working_day(d(2026, 12, 26)), "2. juledag");
        assert!(!is_working_day(d(2026, 12, 5)), "a Saturday");
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // From the Wednesday before Easter: Thursday to Monday are off.
        assert_eq!(working_days_after(d(2026, 4, 1), 1), d(2026, 4, 7));
        assert_eq!(working_days_after(d(2026, 4, 1), 2), d(2026, 4, 8));
        // From Friday 11 December: Monday and Tuesday.
        assert_eq!(working_days_after(d(2026, 12, 11), 2), d(2026, 12, 15));
        // Over Christmas 2026: 24th (Thursday) is a working day, 25th and 26th are not.
        assert_eq!(working_days_after(d(2026, 12, 23), 2), d(2026, 12, 28));
        // Around 17 May 2027 (a Monday) and Kristi himmelfart (6 May 2027).
        assert_eq!(working_days_after(d(2027, 5, 14), 1), d(2027, 5, 18));
        assert_eq!(working_days_after(d(2027, 5, 5), 1), d(2027, 5, 7));
        assert_eq!(working_days_after(d(2026, 6, 1), 0), d(2026, 6, 1));
    }
}
