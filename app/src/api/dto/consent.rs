//! What a party sees of the consents that ask them: their own answer and the state of
//! the whole as far as it concerns them, never what another party answered.

use serde::{Deserialize, Serialize};

/// A consent in a list (the case page, "Mine saker").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentSummary {
    pub case_id: String,
    pub consent_id: String,
    pub child_first_name: String,
    /// `Purpose` code, translated by the page.
    pub purpose: String,
    /// The answer deadline (ISO, shown in words).
    pub deadline: String,
    /// What the party is told of the whole: `answer-needed`, `deadline-passed`, `in-force`,
    /// `not-all`, `declined`, `withdrawn`, `cancelled`, `expired`.
    pub status: String,
}

impl ConsentSummary {
    /// Waiting for this party's answer: listed first, with the deadline.
    pub fn needs_answer(&self) -> bool {
        self.status == "answer-needed"
    }
}

/// One step of the party's own history with the consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentHistoryItem {
    /// The day, in Norway (ISO, shown in words).
    pub on: String,
    /// `asked` | `yes` | `no` | `withdrawn` | `reset` (the service set it back to
    /// waiting) | `dates` | `cancelled`.
    pub what: String,
    /// Registered by the service (given on paper or by phone), not by the party online.
    pub by_service: bool,
}

/// The consent page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentPageData {
    pub case_id: String,
    pub consent_id: String,
    pub child_first_name: String,
    pub purpose: String,
    pub help_measure: bool,
    pub purpose_text: String,
    pub recipients: String,
    pub deadline: String,
    pub end: Option<String>,
    pub status: String,
    /// The choices the party can make now: `ja`, `nei`, `trekk`.
    pub choices: Vec<String>,
    /// Others are asked too (they are not named, nor their answers).
    pub others_asked: bool,
    pub history: Vec<ConsentHistoryItem>,
}

/// The most a consent's own words may hold (characters).
pub const CONSENT_TEXT_MAX: usize = 2000;
/// The most its recipients may hold (characters).
pub const CONSENT_RECIPIENTS_MAX: usize = 500;
/// The most a staff member's reason may hold (characters).
pub const CONSENT_NOTE_MAX: usize = 1000;

/// One asked party's answer, for staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffConsentAnswer {
    pub person_id: String,
    pub name: String,
    /// `Answer` code.
    pub answer: String,
    /// The answers the service may register for this party now (`Answer` codes).
    pub may_register: Vec<String>,
}

/// A consent in the staff lists (the case, the unit overview).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffConsentRow {
    pub case_id: String,
    pub consent_id: String,
    pub child_name: String,
    pub purpose: String,
    /// Overall `Status` code.
    pub status: String,
    pub deadline: String,
    pub end: Option<String>,
    /// The day of the latest withdrawal by a party, if any.
    pub withdrawn_on: Option<String>,
    /// Withdrawn within the last 30 days: something must likely stop.
    pub withdrawn_recently: bool,
    /// Still waiting, with the answer deadline within the coming week.
    pub due_soon: bool,
    pub answers: Vec<StaffConsentAnswer>,
}

/// One event of a consent's history, for staff (with the service's own notes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffConsentEvent {
    pub on: String,
    /// `EventKind` code.
    pub kind: String,
    /// Who did it: a staff member's name, the party's name, or the case system.
    pub by: String,
    pub party_name: Option<String>,
    pub answer: Option<String>,
    pub deadline: Option<String>,
    pub end: Option<String>,
    pub note: Option<String>,
}

/// A consent's page for staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffConsentData {
    pub row: StaffConsentRow,
    pub purpose_text: String,
    pub recipients: String,
    pub cancelled: bool,
    pub history: Vec<StaffConsentEvent>,
}

/// Someone who could be asked on a case, and whether they can be.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentCandidate {
    pub person_id: String,
    pub name: String,
    /// Party role codes (`HOVEDPERSON` for the child).
    pub roles: Vec<String>,
    /// Why they cannot be asked (`under-15`, `adult`, `no-rights`), or `None`.
    pub not_askable: Option<String>,
}

/// The form for a new consent on a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewConsentData {
    pub case_id: String,
    pub child_name: String,
    pub purposes: Vec<String>,
    pub candidates: Vec<ConsentCandidate>,
    /// A fresh id for the consent: the form's idempotency key (a second submit finds
    /// the consent made by the first).
    pub token: String,
    /// Two weeks from today, offered as the answer deadline.
    pub suggested_deadline: String,
}
