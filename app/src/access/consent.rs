//! Who may be asked for a consent, who may see and answer one. On plain values, beside
//! the case policy it builds on: a person is asked, and answers, only while the policy
//! gives them access to the case; a consent exists only for the parties it asks.

use super::policy::{case_access, CaseAccess};
use crate::domain::age::{age_on, ADULT_AGE, PARTY_AGE};
use crate::domain::consent::Purpose;
use crate::domain::{Case, Party, Person};
use chrono::NaiveDate;

/// Why a person cannot be asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAskable {
    /// The child is under 15 and the nemnd has not granted party rights (bvl § 12-3).
    ChildUnder15,
    /// The child is 18 or older and answers alone: parents are not asked.
    ChildIsAdult,
    /// No party rights in the case today (never had, or they ended).
    NoPartyRights,
}

/// Whether `person` may be asked for a consent on `case` today. Same arguments as
/// [`case_access`]: being asked needs the party rights that let one read the case.
pub fn may_be_asked(
    person: &Person,
    today: NaiveDate,
    case: &Case,
    person_parties: &[Party],
    main_person: &Person,
) -> Result<(), NotAskable> {
    if case_access(person, today, case, person_parties, main_person).is_some() {
        return Ok(());
    }
    let child_age = age_on(main_person.birth_date, today);
    Err(if person.id == case.main_person_id {
        if child_age < PARTY_AGE {
            NotAskable::ChildUnder15
        } else {
            NotAskable::NoPartyRights
        }
    } else if child_age >= ADULT_AGE
        && person_parties
            .iter()
            .any(|p| p.case_id == case.id && p.person_id == person.id)
    {
        NotAskable::ChildIsAdult
    } else {
        NotAskable::NoPartyRights
    })
}

/// Why the chosen set of parties is not one a consent may ask.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AskRefusal {
    NobodyAsked,
    /// One of them cannot be asked (their id and why).
    NotAskable(String, NotAskable),
    /// A help measure for a youth of 15–17 needs the youth's own consent too.
    YouthMustBeAsked,
}

/// Checks a consent's asked parties: each askable (`askable` is [`may_be_asked`] per
/// person), and for a help measure a youth of 15–17 among them.
pub fn check_asked(
    purpose: Purpose,
    asked: &[(String, Result<(), NotAskable>)],
    case: &Case,
    main_person: &Person,
    today: NaiveDate,
) -> Result<(), AskRefusal> {
    if asked.is_empty() {
        return Err(AskRefusal::NobodyAsked);
    }
    if let Some((id, Err(why))) = asked.iter().find(|(_, r)| r.is_err()) {
        return Err(AskRefusal::NotAskable(id.clone(), *why));
    }
    let age = age_on(main_person.birth_date, today);
    let youth = main_person.id == case.main_person_id && (PARTY_AGE..ADULT_AGE).contains(&age);
    if purpose.is_help_measure() && youth && !asked.iter().any(|(id, _)| *id == main_person.id) {
        return Err(AskRefusal::YouthMustBeAsked);
    }
    Ok(())
}

/// Proof that the viewer may see (and answer) one consent: they have access to its case
/// and are among those it asks. Only made by [`consent_access`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentAccess {
    consent_id: String,
    party_id: String,
}

impl ConsentAccess {
    pub fn consent_id(&self) -> &str {
        &self.consent_id
    }
    /// The asked party who is looking: the only answer they are shown.
    pub fn party_id(&self) -> &str {
        &self.party_id
    }
}

/// Whether the holder of `case` (a party's access to the consent's own case) may see
/// the consent `consent_id` on `consent_case_id` asking `asked`.
pub fn consent_access(
    case: &CaseAccess,
    consent_id: &str,
    consent_case_id: &str,
    asked: &[String],
) -> Option<ConsentAccess> {
    (case.case_id() == consent_case_id && asked.iter().any(|p| p == case.viewer_id())).then(|| {
        ConsentAccess {
            consent_id: consent_id.to_string(),
            party_id: case.viewer_id().to_string(),
        }
    })
}

#[cfg(test)]
#[path = "consent_tests.rs"]
mod tests;
