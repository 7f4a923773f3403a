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
