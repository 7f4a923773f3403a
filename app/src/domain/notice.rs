//! Notices (issue 16, first piece): when and how a person is told that something new is
//! waiting, never what. Pure rules on plain values: which channels the national contact
//! register allows, when a batch of events becomes one notice, when an SMS may go out
//! (09:00–17:00 Oslo time, otherwise the next morning), and when a reminder is due.

use chrono::{Days, NaiveTime, TimeZone};
use chrono_tz::Europe::Oslo;
use serde::{Deserialize, Serialize};

/// Events for one person within this many seconds of the first become one notice.
pub const BATCH_SECS: i64 = 60 * 60;

/// A reminder goes out this many days after a notice whose news is still unread.
pub const REMINDER_DAYS: i64 = 7;

/// The longest SMS text.
pub const SMS_MAX_CHARS: usize = 160;

/// The first and the last hour (Oslo time, 09:00 up to 17:00) an SMS may be sent.
const SMS_FROM: (u32, u32) = (9, 17);

super::model::db_enum!(
    /// How a notice reaches the person.
    Channel {
        Email => "EMAIL",
        Sms => "SMS",
    }
);

/// What the national contact register (KRR) says of a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// `reservasjon` = JA: the person has opted out of digital communication.
    pub reserved: bool,
    /// `varslingsstatus` = KAN_VARSLES.
    pub may_be_notified: bool,
    pub email: Option<String>,
    pub mobile: Option<String>,
}

/// The channels a notice may use: none for a reserved person or one who cannot be
/// notified (the service must then use paper), otherwise those with an address.
pub fn channels(c: &Contact) -> Vec<Channel> {
    if c.reserved || !c.may_be_notified {
        return Vec::new();
    }
    let has = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    let mut out = Vec::new();
    if has(&c.email) {
        out.push(Channel::Email);
    }
    if has(&c.mobile) {
        out.push(Channel::Sms);
    }
    out
}

/// When the notice for a batch whose first event was at `first_event_at` (unix seconds)
/// is due: at the end of the batch window, so later events in it join the same notice.
pub fn batch_due(first_event_at: i64) -> i64 {
    first_event_at + BATCH_SECS
}

/// Whether an event at `at` joins the batch that began at `batch_started_at`.
pub fn joins_batch(batch_started_at: i64, at: i64) -> bool {
    (batch_started_at..batch_started_at + BATCH_SECS).contains(&at)
}

/// When an SMS due at `due` (unix seconds) may be sent: then, if that is between 09:00
/// and 17:00 in Oslo; otherwise at the next 09:00 Oslo time (summer time counted).
pub fn sms_send_at(due: i64) -> i64 {
    let Some(local) = Oslo.timestamp_opt(due, 0).single() else {
        return due;
    };
    let (from, until) = SMS_FROM;
    let hour = chrono::Timelike::hour(&local);
    if (from..until).contains(&hour) {
        return due;
    }
    let day = if hour < from {
        local.date_naive()
    } else {
        local.date_naive() + Days::new(1)
    };
    let nine = day.and_time(NaiveTime::from_hms_opt(from, 0, 0).unwrap_or_default());
    // 09:00 exists on every day in Oslo (the clocks change at night).
    Oslo.from_local_datetime(&nine)
        .single()
        .map_or(due, |t| t.timestamp())
}

/// When the reminder for a notice sent at `sent_at` is due, if what it points to is
/// still unread then.
pub fn reminder_due(sent_at: i64) -> i64 {
    sent_at + REMINDER_DAYS * 24 * 60 * 60
}

/// Whether an SMS text may be sent as it is: within the length, one message.
pub fn sms_fits(text: &str) -> bool {
    text.chars().count() <= SMS_MAX_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
        Oslo.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .expect("a time in Oslo")
            .timestamp()
    }

    fn contact(reserved: bool, may: bool, email: Option<&str>, mobile: Option<&str>) -> Contact {
        Contact {
            reserved,
            may_be_notified: may,
            email: email.map(str::to_string),
            mobile: mobile.map(str::to_string),
        }
    }

    #[test]
    fn a_reserved_person_or_one_who_cannot_be_notified_gets_no_digital_notice() {
        let both = (Some("a@example.no"), Some("+4799999999"));
        assert_eq!(channels(&contact(true, true, both.0, both.1)), vec![]);
        assert_eq!(channels(&contact(false, false, both.0, both.1)), vec![]);
        assert_eq!(
            channels(&contact(false, true, both.0, both.1)),
            vec![Channel::Email, Channel::Sms]
        );
        assert_eq!(
            channels(&contact(false, true, Some(" "), Some("+4799999999"))),
            vec![Channel::Sms]
        );
        assert_eq!(channels(&contact(false, true, None, None)), vec![]);
    }

    #[test]
    fn events_within_an_hour_become_one_notice_due_at_the_hours_end() {
        let first = oslo(2026, 12, 3, 10, 0);
        assert_eq!(batch_due(first), oslo(2026, 12, 3, 11, 0));
        assert!(joins_batch(first, first));
        assert!(joins_batch(first, oslo(2026, 12, 3, 10, 59)));
        assert!(!joins_batch(first, oslo(2026, 12, 3, 11, 0)));
        assert!(!joins_batch(first, first - 1));
    }

    #[test]
    fn an_sms_goes_out_between_nine_and_five_oslo_time_or_the_next_morning() {
        let at = |h, m| oslo(2026, 12, 3, h, m);
        assert_eq!(sms_send_at(at(9, 0)), at(9, 0));
        assert_eq!(sms_send_at(at(16, 59)), at(16, 59));
        assert_eq!(sms_send_at(at(8, 59)), at(9, 0));
        assert_eq!(sms_send_at(at(0, 30)), at(9, 0));
        assert_eq!(sms_send_at(at(17, 0)), oslo(2026, 12, 4, 9, 0));
        assert_eq!(sms_send_at(at(23, 45)), oslo(2026, 12, 4, 9, 0));
        // New Year's Eve evening: the next morning is next year.
        assert_eq!(
            sms_send_at(oslo(2026, 12, 31, 20, 0)),
            oslo(2027, 1, 1, 9, 0)
        );
    }

    #[test]
    fn the_morning_after_a_clock_change_is_nine_local_time() {
        // Summer time begins at 02:00 on 29 March 2026 and ends at 03:00 on 25 October.
        assert_eq!(
            sms_send_at(oslo(2026, 3, 28, 22, 0)),
            oslo(2026, 3, 29, 9, 0)
        );
        assert_eq!(
            sms_send_at(oslo(2026, 10, 24, 22, 0)),
            oslo(2026, 10, 25, 9, 0)
        );
        assert_eq!(
            oslo(2026, 3, 29, 9, 0) - oslo(2026, 3, 28, 22, 0),
            10 * 3600
        );
    }

    #[test]
    fn a_reminder_is_due_a_week_after_the_notice() {
        let sent = oslo(2026, 12, 3, 11, 0);
        assert_eq!(reminder_due(sent), oslo(2026, 12, 10, 11, 0));
    }

    #[test]
    fn an_sms_is_at_most_160_characters_counted_as_characters() {
        assert!(sms_fits(&"ø".repeat(160)));
        assert!(!sms_fits(&"a".repeat(161)));
    }
}
