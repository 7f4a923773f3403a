//! Digital post between a party and the service, modelled on Fiks' eDialog: a thread
//! belongs to one case and one party and is private between them and the service.
//! Pure rules: what a message may hold, when an unopened message to the service must be
//! raised with the unit's leaders, and how a thread stands in the service's inbox.

use super::model::db_enum;
use super::working_days::working_days_after;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

db_enum!(
    /// What a thread is about (eDialog's kinds).
    ThreadKind {
        /// A message on the case.
        Post => "POST",
        /// A reply to a document.
        Svar => "SVAR",
        /// An appeal, addressed to Statsforvalteren through the service.
        Klage => "KLAGE",
    }
);

db_enum!(
    /// Who wrote a message.
    Side {
        Party => "PARTY",
        Service => "SERVICE",
    }
);

/// Working days the service has to open a message before its leaders are told.
pub const OPEN_WITHIN_WORKING_DAYS: u32 = 2;

/// Why a message cannot be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong,
}

/// The message as stored: line breaks as `\n`, no blank lines around it; refused when
/// empty or longer than `max` characters. Shown escaped, with its line breaks kept.
pub fn message_text(raw: &str, max: usize) -> Result<String, TextError> {
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim_matches(|c: char| c.is_whitespace());
    if text.is_empty() {
        return Err(TextError::Empty);
    }
    if text.chars().count() > max {
        return Err(TextError::TooLong);
    }
    Ok(text.to_string())
}

/// The last day on which a party's message sent on `sent_on` (Norwegian date) is on
/// time if the service opens it: the end of the second working day after it.
pub fn open_by(sent_on: NaiveDate) -> NaiveDate {
    working_days_after(sent_on, OPEN_WITHIN_WORKING_DAYS)
}

/// Whether a party's message sent on `sent_on` and not opened yet is overdue on
/// `today`: its leaders are told, and the party is told that they have been.
pub fn overdue(sent_on: NaiveDate, opened: bool, today: NaiveDate) -> bool {
    !opened && today > open_by(sent_on)
}

/// One message as the inbox rule needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageFacts {
    pub side: Side,
    /// Opened by the other side.
    pub read: bool,
    /// A party's message marked handled by the service.
    pub handled: bool,
}

/// Where a thread stands in the service's inbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxState {
    /// A party's message nobody at the service has opened.
    New,
    /// Opened, not yet handled.
    Open,
    /// The service wrote last and has handled what came before: the party's turn.
    WaitingForParty,
    /// Every message of the party is handled.
    Handled,
}

/// The inbox state of a thread with `messages` (oldest first).
pub fn inbox_state(messages: &[MessageFacts]) -> InboxState {
    let from_party = || messages.iter().filter(|m| m.side == Side::Party);
    if from_party().any(|m| !m.read) {
        return InboxState::New;
    }
    if from_party().any(|m| !m.handled) {
        return InboxState::Open;
    }
    match messages.last() {
        Some(m) if m.side == Side::Service => InboxState::WaitingForParty,
        _ => InboxState::Handled,
    }
}

/// What a party may start a thread on a document from: what they can read of it, and
/// the deadlines that allow an appeal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocumentFacts {
    /// Released to the party, in whole or in part.
    pub released: bool,
    pub is_vedtak: bool,
    /// The vedtak's klagefrist.
    pub appeal_deadline: Option<NaiveDate>,
    /// The last day to appeal the party's refused (or partly refused) innsyn request.
    pub innsyn_appeal_by: Option<NaiveDate>,
}

/// Why a party cannot start that kind of thread on the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentThreadRefusal {
    /// A reply needs a document the party can read.
    NotReleased,
    /// Neither a vedtak shared with them nor a refused innsyn request.
    NothingToAppeal,
    /// The klagefrist has passed (the last day counts).
    DeadlinePassed(NaiveDate),
}

/// Whether a party may start a thread of `kind` on the document on `today`, and the
/// deadline that applies. A reply (`SVAR`) needs the document shared with them. An
/// appeal (`KLAGE`) is on a vedtak shared with them until its klagefrist, or on their
/// refused innsyn request until its own; with both open, the later counts.
pub fn document_thread(
    kind: ThreadKind,
    f: DocumentFacts,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, DocumentThreadRefusal> {
    match kind {
        ThreadKind::Post => Ok(None),
        ThreadKind::Svar if f.released => Ok(None),
        ThreadKind::Svar => Err(DocumentThreadRefusal::NotReleased),
        ThreadKind::Klage => {
            let vedtak = (f.released && f.is_vedtak).then_some(f.appeal_deadline);
            let deadlines: Vec<NaiveDate> = [vedtak.flatten(), f.innsyn_appeal_by]
                .into_iter()
                .flatten()
                .collect();
            match deadlines.iter().max() {
                Some(&last) if today <= last => Ok(Some(last)),
                Some(&last) => Err(DocumentThreadRefusal::DeadlinePassed(last)),
                // A vedtak shared without a recorded klagefrist can still be appealed.
                None if vedtak.is_some() => Ok(None),
                None => Err(DocumentThreadRefusal::NothingToAppeal),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn a_message_is_stored_as_written_with_its_line_breaks_and_within_the_limit() {
        assert_eq!(
            message_text("  Hei\r\nLinje to\r\n\r\n", 100),
            Ok("Hei\nLinje to".to_string())
        );
        assert_eq!(
            message_text("<script>alert(1)</script>", 100),
            Ok("<script>alert(1)</script>".to_string()),
            "stored as written; escaping is the page's"
        );
        assert_eq!(message_text(" \n\t ", 100), Err(TextError::Empty));
        assert_eq!(message_text(&"å".repeat(101), 100), Err(TextError::TooLong));
        assert!(message_text(&"å".repeat(100), 100).is_ok());
    }

    #[test]
    fn an_unopened_message_is_overdue_after_two_working_days() {
        // Sent Friday 11 December 2026: on time through Tuesday 15th.
        let sent = d(2026, 12, 11);
        assert_eq!(open_by(sent), d(2026, 12, 15));
        assert!(!overdue(sent, false, d(2026, 12, 15)));
        assert!(overdue(sent, false, d(2026, 12, 16)));
        assert!(
            !overdue(sent, true, d(2026, 12, 20)),
            "opened is never overdue"
        );
        // Sent the Wednesday before Easter 2026: Thursday to Monday are holidays.
        assert_eq!(open_by(d(2026, 4, 1)), d(2026, 4, 8));
        // Sent on 23 December: the 24th counts, Christmas and the weekend do not.
        assert_eq!(open_by(d(2026, 12, 23)), d(2026, 12, 28));
    }

    #[test]
    fn the_inbox_state_follows_the_messages() {
        let party = |read, handled| MessageFacts {
            side: Side::Party,
            read,
            handled,
        };
        let service = MessageFacts {
            side: Side::Service,
            read: false,
            handled: false,
        };
        assert_eq!(inbox_state(&[party(false, false)]), InboxState::New);
        assert_eq!(inbox_state(&[party(true, false)]), InboxState::Open);
        assert_eq!(
            inbox_state(&[party(true, true), service]),
            InboxState::WaitingForParty
        );
        assert_eq!(inbox_state(&[party(true, true)]), InboxState::Handled);
        assert_eq!(
            inbox_state(&[party(true, true), service, party(false, false)]),
            InboxState::New,
            "a new message from the party reopens the thread"
        );
        assert_eq!(inbox_state(&[service]), InboxState::WaitingForParty);
    }

    #[test]
    fn a_reply_needs_the_document_shared_and_an_appeal_a_deadline_not_passed() {
        use DocumentThreadRefusal::*;
        let today = d(2026, 12, 2);
        let vedtak = DocumentFacts {
            released: true,
            is_vedtak: true,
            appeal_deadline: Some(today),
            innsyn_appeal_by: None,
        };
        assert_eq!(
            document_thread(ThreadKind::Klage, vedtak, today),
            Ok(Some(today)),
            "the last day counts"
        );
        let passed = DocumentFacts {
            appeal_deadline: Some(d(2026, 12, 1)),
            ..vedtak
        };
        assert_eq!(
            document_thread(ThreadKind::Klage, passed, today),
            Err(DeadlinePassed(d(2026, 12, 1)))
        );
        assert_eq!(
            document_thread(ThreadKind::Svar, passed, today),
            Ok(None),
            "a reply has no deadline"
        );
        let withheld = DocumentFacts {
            released: false,
            ..vedtak
        };
        assert_eq!(
            document_thread(ThreadKind::Svar, withheld, today),
            Err(NotReleased)
        );
        assert_eq!(
            document_thread(ThreadKind::Klage, withheld, today),
            Err(NothingToAppeal),
            "a vedtak withheld from them is no appeal of theirs"
        );
        let refused = DocumentFacts {
            innsyn_appeal_by: Some(d(2026, 12, 10)),
            ..withheld
        };
        assert_eq!(
            document_thread(ThreadKind::Klage, refused, today),
            Ok(Some(d(2026, 12, 10)))
        );
        assert_eq!(
            document_thread(ThreadKind::Klage, refused, d(2026, 12, 11)),
            Err(DeadlinePassed(d(2026, 12, 10)))
        );
        let both = DocumentFacts {
            innsyn_appeal_by: Some(d(2026, 12, 10)),
            ..passed
        };
        assert_eq!(
            document_thread(ThreadKind::Klage, both, today),
            Ok(Some(d(2026, 12, 10))),
            "the later counts"
        );
        let letter = DocumentFacts {
            is_vedtak: false,
            appeal_deadline: None,
            ..vedtak
        };
        assert_eq!(
            document_thread(ThreadKind::Klage, letter, today),
            Err(NothingToAppeal)
        );
        let no_frist = DocumentFacts {
            appeal_deadline: None,
            ..vedtak
        };
        assert_eq!(
            document_thread(ThreadKind::Klage, no_frist, today),
            Ok(None)
        );
    }
}
