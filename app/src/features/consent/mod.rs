//! Samtykker: consents the service asks of a case's parties, answered, withdrawn and
//! traced per party. The rules are `domain::consent` (what may change, and the status)
//! and `access::consent` (who is asked, who sees); the rows are `store::consents`.

mod citizen;
#[cfg(test)]
mod citizen_tests;
mod staff;
#[cfg(test)]
mod staff_tests;

pub use citizen::{answer_consent, consent_page, consents_for_party, AnswerOutcome};
pub use staff::{
    case_consents, change_consent, consent_detail, create_consent, new_consent_form, unit_consents,
    ConsentForm, StaffOutcome, STAFF_ERROR_KEYS,
};

use crate::domain::consent::{fold, ConsentState, PartyStatus};
use crate::store::consents::ConsentRecord;

/// The state of a stored consent; a history that does not fold is corrupt data.
fn state_of(rec: &ConsentRecord) -> Result<ConsentState, sqlx::Error> {
    fold(&rec.asked, &rec.events).map_err(|e| sqlx::Error::Decode(e.to_string().into()))
}

/// The code pages translate a [`PartyStatus`] by.
pub fn party_status_code(s: PartyStatus) -> &'static str {
    match s {
        PartyStatus::AnswerNeeded => "answer-needed",
        PartyStatus::DeadlinePassed => "deadline-passed",
        PartyStatus::InForce => "in-force",
        PartyStatus::NotAllConsented => "not-all",
        PartyStatus::Declined => "declined",
        PartyStatus::Withdrawn => "withdrawn",
        PartyStatus::Cancelled => "cancelled",
        PartyStatus::Expired => "expired",
    }
}
