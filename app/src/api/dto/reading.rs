//! What a party sees of their cases ("Mine saker").

use serde::{Deserialize, Serialize};

/// One line in "Mine saker": only what the policy lets this party see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseCard {
    pub id: String,
    pub child_first_name: String,
    pub unit_name: String,
    pub service_name: String,
    pub phase: String,
}

/// "Mine saker": the cases the person sees today, and those whose access has ended.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCasesData {
    pub cases: Vec<CaseCard>,
    pub ended: Vec<EndedCaseNotice>,
    /// Consents waiting for this person's answer, in every case they see.
    pub consents_waiting: Vec<super::ConsentSummary>,
}

/// A case the person saw once and no longer does, as the policy explains it: the
/// child's first name, why and from when, and whom to contact. Nothing else of the case
/// (no phase, no unit, no link): the person is no longer a party.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndedCaseNotice {
    pub child_first_name: String,
    /// The reader is the child the case is about (only a move ends their access).
    pub own_case: bool,
    pub reason: EndedReason,
    /// The first day without access (ISO, for `<time datetime>`; shown in words).
    pub ended_on: String,
    /// `None` when the child's address is protected: the service's name could tell
    /// where the child lives now.
    pub contact: Option<ServiceContact>,
}

/// Why access ended. Mirrors `access::policy::EndReason`, which the browser build lacks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EndedReason {
    /// The child turned 18 (on `ended_on`).
    ChildCameOfAge,
    /// The service ended the person's party rights.
    PartyRightsEnded,
    /// The case went to another service on `ended_on`; its name, unless the policy
    /// keeps it from this reader (a parent of a child with a protected address).
    CaseMoved { to_service: Option<String> },
}

/// The service's own contact details: for a former party, who is told no more of the
/// case than that it exists, the service rather than the unit (a unit's name, such as
/// an omsorg unit, can say what kind of case it is).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceContact {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub postal_address: String,
}
