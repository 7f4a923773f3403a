//! Dates and times as in Norway: "today" (ages, deadlines) turns at Norwegian midnight.

use chrono::NaiveDate;

/// Today's date in Norway, for age rules and deadlines.
pub fn today() -> NaiveDate {
    norwegian_date(chrono::Utc::now())
}

/// The date in Norway at the instant `at`.
pub fn norwegian_date(at: chrono::DateTime<chrono::Utc>) -> NaiveDate {
    at.with_timezone(&chrono_tz::Europe::Oslo).date_naive()
}

/// Norwegian local time of a stored instant (unix seconds, as the database keeps them).
pub fn norwegian_time(unix: i64) -> chrono::DateTime<chrono_tz::Tz> {
    chrono::DateTime::from_timestamp(unix, 0)
        .unwrap_or_default()
        .with_timezone(&chrono_tz::Europe::Oslo)
}

#[cfg(test)]
mod tests {
    use super::{norwegian_date, norwegian_time};
    use chrono::{NaiveDate, TimeZone, Utc};

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .expect("valid instant")
    }

    #[test]
    fn the_day_turns_at_norwegian_midnight_in_winter_and_summer() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("valid date");
        // Winter, UTC+1: 23:00 UTC is midnight in Oslo.
        assert_eq!(norwegian_date(utc(2026, 1, 14, 22, 59)), day(2026, 1, 14));
        assert_eq!(norwegian_date(utc(2026, 1, 14, 23, 0)), day(2026, 1, 15));
        // Summer, UTC+2: 22:00 UTC is midnight in Oslo.
        assert_eq!(norwegian_date(utc(2026, 7, 14, 21, 59)), day(2026, 7, 14));
        assert_eq!(norwegian_date(utc(2026, 7, 14, 22, 0)), day(2026, 7, 15));
    }

    #[test]
    fn stored_instants_are_shown_in_norwegian_time_summer_and_winter() {
        let shown = |at: chrono::DateTime<Utc>| {
            norwegian_time(at.timestamp())
                .format("%Y-%m-%d %H:%M")
                .to_string()
        };
        assert_eq!(shown(utc(2026, 1, 14, 23, 30)), "2026-01-15 00:30");
        assert_eq!(shown(utc(2026, 7, 14, 22, 30)), "2026-07-15 00:30");
    }
}
