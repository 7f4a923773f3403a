//! Where a deadline stands on a given day, so every page words it for its state.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// At most this many days left counts as the last days (marked on the page).
pub const LAST_DAYS: i64 = 3;

/// A party's deadline seen on one day. The deadline day itself is the last day to act
/// (0 days left), so a deadline is passed only from the day after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeadlineState {
    Open { days_left: i64 },
    LastDays { days_left: i64 },
    Passed,
}

impl DeadlineState {
    pub fn of(deadline: NaiveDate, today: NaiveDate) -> DeadlineState {
        let days_left = (deadline - today).num_days();
        if days_left < 0 {
            DeadlineState::Passed
        } else if days_left <= LAST_DAYS {
            DeadlineState::LastDays { days_left }
        } else {
            DeadlineState::Open { days_left }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DeadlineState::{self, *};
    use chrono::{Days, NaiveDate};

    fn state(days_from_today: i64) -> DeadlineState {
        let today = NaiveDate::from_ymd_opt(2026, 5, 24).expect("date");
        let deadline = if days_from_today >= 0 {
            today + Days::new(days_from_today as u64)
        } else {
            today - Days::new(days_from_today.unsigned_abs())
        };
        DeadlineState::of(deadline, today)
    }

    #[test]
    fn the_deadline_day_is_the_last_day_and_the_day_after_is_passed() {
        assert_eq!(state(0), LastDays { days_left: 0 });
        assert_eq!(state(-1), Passed);
        assert_eq!(state(-200), Passed);
    }

    #[test]
    fn three_days_left_are_the_last_days_four_are_open() {
        assert_eq!(state(1), LastDays { days_left: 1 });
        assert_eq!(state(3), LastDays { days_left: 3 });
        assert_eq!(state(4), Open { days_left: 4 });
        assert_eq!(state(12), Open { days_left: 12 });
    }

    #[test]
    fn counts_calendar_days_across_a_month_and_a_year() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("date");
        assert_eq!(
            DeadlineState::of(d(2027, 1, 2), d(2026, 12, 30)),
            LastDays { days_left: 3 }
        );
        assert_eq!(
            DeadlineState::of(d(2026, 3, 1), d(2026, 2, 28)),
            LastDays { days_left: 1 }
        );
    }
}
