//! Notices (issue 16): telling a party that something new is waiting in the portal,
//! never what, and the caseworker that a party has written. The triggers write to the
//! outbox (`store::notices::enqueue`) in their own transactions; this is the worker's
//! step: claim what is due, compose the text in the recipient's language, hand it to a
//! channel, and record the outcome; and a week later a reminder, while what it pointed
//! to is still unread. A notice whose news was opened before it went out is cancelled.
//! The channels themselves (SMTP, an SMS gateway) are the server's.

use crate::domain::notice::{self, Channel, NoticeKind, NoticeState};
use crate::i18n::{translate, Locale};
use crate::store::notices::{self as outbox, Claimed, Recipient};
use crate::store::Db;
use std::future::Future;

/// What goes out: the same few words for every notice, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub notice_id: String,
    pub channel: Channel,
    /// An e-mail address or a mobile number in international form.
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Hands a notice to e-mail or SMS; the provider's id for it, or why it failed.
pub trait Deliver: Sync {
    fn deliver(&self, out: &Outgoing) -> impl Future<Output = Result<String, String>> + Send;
    /// The channels this deployment can send on (SMS only with a gateway configured).
    fn offers(&self, channel: Channel) -> bool;
}

/// How the worker runs.
#[derive(Clone, Copy, Debug)]
pub struct WorkerSettings {
    /// Events within this many seconds of a notice's first become that notice.
    pub batch_secs: i64,
    /// Notices claimed at a time.
    pub claim: i64,
    /// Whether a pass brings unopened party messages to the unit's leaders.
    pub escalate: bool,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        WorkerSettings {
            batch_secs: notice::BATCH_SECS,
            claim: 20,
            escalate: true,
        }
    }
}

/// Which words a notice uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    /// To a party: something new waits.
    Notice,
    /// To a party, a week later: it still waits.
    Reminder,
    /// To an employee: a new message to the service.
    Staff,
    /// To a leader: a party's message has waited unopened too long.
    Escalation,
    /// To a party: a deadline of theirs runs out within days.
    Deadline,
}

/// The subject and text of a notice: the portal's name and that something new is
/// waiting. No names, titles, case words or links (eForvaltningsforskriften).
pub fn compose(locale: Locale, channel: Channel, wording: Wording) -> (String, String) {
    let (subject, email, sms) = match wording {
        Wording::Notice => ("notice-subject", "notice-email-body", "notice-sms"),
        Wording::Reminder => ("notice-reminder-subject", "notice-email-body", "notice-sms"),
        Wording::Staff => (
            "notice-staff-subject",
            "notice-staff-email-body",
            "notice-staff-subject",
        ),
        Wording::Deadline => (
            "notice-deadline-subject",
            "notice-deadline-email-body",
            "notice-deadline-sms",
        ),
        Wording::Escalation => (
            "notice-escalation-subject",
            "notice-escalation-email-body",
            "notice-escalation-subject",
        ),
    };
    let body = match channel {
        Channel::Email => email,
        Channel::Sms => sms,
    };
    (translate(locale, subject), translate(locale, body))
}

/// What one pass of the worker did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub failed: usize,
    pub dead: usize,
    pub cancelled: usize,
    /// Held back: an SMS outside 09–17 Oslo time waits for the morning.
    pub held: usize,
    /// Reminders written (a week after a notice whose news is still unread).
    pub reminders: usize,
    /// Leaders told of a party's message left unopened past its two working days.
    pub escalated: usize,
}

/// Claims the due notices and sends each on the first channel the person has and the
/// deployment offers (e-mail before SMS).
pub async fn run_once<D: Deliver>(
    db: &Db,
    deliver: &D,
    settings: WorkerSettings,
    now: i64,
) -> Result<Pass, sqlx::Error> {
    let mut pass = Pass {
        reminders: outbox::write_due_reminders(db, now, settings.claim).await?,
        ..Pass::default()
    };
    if settings.escalate {
        pass.escalated = outbox::write_due_escalations(db, now, settings.claim).await?;
    }
    for n in outbox::claim(db, now, settings.batch_secs, settings.claim).await? {
        if n.interrupted {
            // The earlier attempt may have gone out: the same Message-ID lets the
            // receiving side recognise it; operators see it here.
            tracing::warn!(notice = %n.id, attempt = n.attempt, "sending a notice again after an attempt that did not finish");
        }
        send_one(db, deliver, &n, now, &mut pass).await?;
    }
    Ok(pass)
}

async fn send_one<D: Deliver>(
    db: &Db,
    deliver: &D,
    n: &Claimed,
    now: i64,
    pass: &mut Pass,
) -> Result<(), sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let found = outbox::contact_of(&mut conn, n.to.to()).await?;
    let unread = outbox::unread_items(&mut conn, &n.id, n.to.to()).await?;
    let urgent = match n.to {
        Recipient::Staff(_) => NoticeKind::Escalation,
        Recipient::Person(_) => NoticeKind::Deadline,
    };
    // A deadline or an escalation among the news changes the words.
    let urgent = !n.reminder && outbox::holds(&mut conn, &n.id, urgent).await?;
    drop(conn);
    if unread == 0 {
        // Everything it points to was opened meanwhile: nothing to tell.
        outbox::cancel(db, n, "read before sending").await?;
        pass.cancelled += 1;
        return Ok(());
    }
    let Some((contact, language)) = found else {
        outbox::cancel(db, n, "no such recipient").await?;
        pass.cancelled += 1;
        return Ok(());
    };
    let channel = notice::channels(&contact)
        .into_iter()
        .find(|c| deliver.offers(*c));
    let Some(channel) = channel else {
        // Reserved or without an address since the event: paper, as staff are shown.
        outbox::cancel(db, n, "no digital channel").await?;
        pass.cancelled += 1;
        return Ok(());
    };
    if channel == Channel::Sms && notice::sms_send_at(now) > now {
        outbox::hold_until(db, n, notice::sms_send_at(now)).await?;
        pass.held += 1;
        return Ok(());
    }
    let to = match channel {
        Channel::Email => contact.email,
        Channel::Sms => contact.mobile,
    }
    .unwrap_or_default();
    let locale = language
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or_default();
    let wording = match (&n.to, n.reminder) {
        (Recipient::Staff(_), _) if urgent => Wording::Escalation,
        (Recipient::Person(_), _) if urgent => Wording::Deadline,
        (Recipient::Staff(_), _) => Wording::Staff,
        (Recipient::Person(_), true) => Wording::Reminder,
        (Recipient::Person(_), false) => Wording::Notice,
    };
    let (subject, body) = compose(locale, channel, wording);
    let out = Outgoing {
        notice_id: n.id.clone(),
        channel,
        to,
        subject,
        body,
    };
    match deliver.deliver(&out).await {
        Ok(provider_id) => {
            if !outbox::mark_sent(db, n, channel, &provider_id, now).await? {
                tracing::warn!(notice = %n.id, "a notice was sent by an attempt another worker had taken over");
            }
            pass.sent += 1;
        }
        Err(e) => {
            let state = outbox::mark_failed(db, n, &e, now).await?;
            if state == NoticeState::Dead {
                tracing::error!(notice = %n.id, attempts = n.attempt, "a notice was given up after its last attempt");
                pass.dead += 1;
            } else {
                tracing::warn!(notice = %n.id, attempt = n.attempt, "a notice could not be sent; it is tried again later");
                pass.failed += 1;
            }
        }
    }
    Ok(())
}

mod deadlines;
#[cfg(test)]
mod deadlines_tests;
#[cfg(test)]
mod tests;

pub use deadlines::{due_deadlines, write_due_deadlines, Due};
