//! Notices (issue 16, first piece): when and how a person is told that something new is
//! waiting, never what. Pure rules on plain values: which channels the national contact
//! register allows, when a batch of events becomes one notice, when an SMS may go out
//! (09:00–17:00 Oslo time, otherwise the next morning), and when a reminder is due.

use chrono::{Days, NaiveDate, NaiveTime, TimeZone};
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

super::model::db_enum!(
    /// The contact register's `varslingsstatus`.
    NotificationStatus {
        KanVarsles => "KAN_VARSLES",
        KanIkkeVarsles => "KAN_IKKE_VARSLES",
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
/// is due: at the end of the batch window (`window` seconds, [`BATCH_SECS`] unless
/// configured), so later events join the notice that still waits.
pub fn batch_due(first_event_at: i64, window: i64) -> i64 {
    first_event_at + window
}

/// Attempts at sending one notice before it is given up (DEAD) for an operator to see.
pub const MAX_ATTEMPTS: i64 = 8;

/// A claimed notice not marked sent or failed within this many seconds was being sent
/// by a worker that stopped: it is tried again (with the same Message-ID).
pub const LEASE_SECS: i64 = 300;

/// The longest wait between two attempts.
const MAX_BACKOFF_SECS: i64 = 6 * 60 * 60;

/// After a failed attempt (the `attempts`th): when to try again, doubling from a
/// minute up to six hours, or `None` when the limit is reached.
pub fn retry_at(attempts: i64, failed_at: i64) -> Option<i64> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let doublings = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    Some(failed_at + (60_i64 << doublings).min(MAX_BACKOFF_SECS))
}

super::model::db_enum!(
    /// What a notice item points to. Never shown in the notice itself.
    NoticeKind {
        Document => "DOCUMENT",
        Message => "MESSAGE",
        Consent => "CONSENT",
        InnsynAnswer => "INNSYN_ANSWER",
        /// To a leader: a party's message left unopened past its two working days.
        Escalation => "ESCALATION",
        /// To a party: a deadline of theirs within three days (a consent to answer,
        /// a klagefrist, comments on minutes); `about` is the consent or document.
        Deadline => "DEADLINE",
    }
);

super::model::db_enum!(
    /// Where a notice is on its way.
    NoticeState {
        Pending => "PENDING",
        Sending => "SENDING",
        /// Failed; waits for its next attempt.
        Retry => "RETRY",
        Sent => "SENT",
        Dead => "DEAD",
        Cancelled => "CANCELLED",
    }
);

/// An e-mail address as the contact register gives it, trimmed, or `None` when it
/// cannot be one (nothing is sent to a malformed address).
pub fn email_address(text: &str) -> Option<String> {
    let t = text.trim();
    let (local, domain) = t.split_once('@')?;
    let plain = |s: &str| !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control());
    (t.len() <= 254
        && plain(local)
        && plain(domain)
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.'))
    .then(|| t.to_string())
}

/// A mobile number in international form: a Norwegian eight-digit number gets +47;
/// spaces are dropped; anything else but `+` and 8 to 15 digits is `None`.
pub fn mobile_number(text: &str) -> Option<String> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if t.len() == 8 && digits(&t) {
        return Some(format!("+47{t}"));
    }
    let rest = t.strip_prefix('+')?;
    ((8..=15).contains(&rest.len()) && digits(rest)).then_some(t)
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

/// A party is told of a deadline of theirs this many days ahead.
pub const DEADLINE_NOTICE_DAYS: u64 = 3;

/// Whether a deadline (the last day that counts) is near enough on `today` to tell the
/// party: from three days before it to the day itself.
pub fn deadline_soon(deadline: NaiveDate, today: NaiveDate) -> bool {
    today <= deadline && deadline <= today + Days::new(DEADLINE_NOTICE_DAYS)
}

/// Whether an SMS text may be sent as it is: within the length, one message.
pub fn sms_fits(text: &str) -> bool {
    text.chars().count() <= SMS_MAX_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_is_told_from_three_days_before_to_the_day_itself() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 10).expect("date");
        let on = |day: u32| NaiveDate::from_ymd_opt(2026, 12, day).expect("date");
        assert!(!deadline_soon(d, on(6)));
        assert!(deadline_soon(d, on(7)));
        assert!(deadline_soon(d, on(10)));
        assert!(!deadline_soon(d, on(11)), "passed");
    }

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
    fn a_batch_is_due_at_the_end_of_its_window() {
        let first = oslo(2026, 12, 3, 10, 0);
        assert_eq!(batch_due(first, BATCH_SECS), oslo(2026, 12, 3, 11, 0));
        assert_eq!(batch_due(first, 5), first + 5);
    }

    #[test]
    fn retries_back_off_from_a_minute_to_six_hours_then_stop() {
        assert_eq!(retry_at(1, 1000), Some(1060));
        assert_eq!(retry_at(2, 1000), Some(1120));
        assert_eq!(retry_at(3, 1000), Some(1240));
        assert_eq!(retry_at(MAX_ATTEMPTS - 1, 0), Some(60 * 64));
        assert_eq!(retry_at(MAX_ATTEMPTS, 0), None);
        assert_eq!(retry_at(MAX_ATTEMPTS + 5, 0), None);
        // Every wait is within the cap, and waits never shrink.
        let waits: Vec<i64> = (1..MAX_ATTEMPTS).filter_map(|a| retry_at(a, 0)).collect();
        assert!(waits.windows(2).all(|w| w[0] <= w[1]));
        assert!(waits.iter().all(|&w| w <= MAX_BACKOFF_SECS));
    }

    #[test]
    fn contact_addresses_are_checked_and_put_in_one_form() {
        assert_eq!(
            email_address(" kari@example.no "),
            Some("kari@example.no".into())
        );
        for bad in [
            "",
            "kari",
            "kari@",
            "@example.no",
            "ka ri@example.no",
            "kari@no",
            "a@b@c.no",
            "kari@.no",
            "kari@example.no.",
        ] {
            assert_eq!(email_address(bad), None, "{bad:?}");
        }
        assert_eq!(mobile_number("999 99 999"), Some("+4799999999".into()));
        assert_eq!(
            mobile_number("+46 70 123 45 67"),
            Some("+46701234567".into())
        );
        for bad in ["", "9999999", "+47 9999 999x", "0047 99999999", "+1234567"] {
            assert_eq!(mobile_number(bad), None, "{bad:?}");
        }
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
