//! What the pages of a request to see the whole case get: the party's own page, and
//! the caseworker's page for answering one party's request.

use super::InnsynStatus;
use serde::{Deserialize, Serialize};

/// The most the service may write with an answer to a request for the whole case.
pub const CASE_INNSYN_ANSWER_MAX: usize = 5000;

/// The party's request to see their whole case, as they see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseInnsynData {
    pub case_id: String,
    pub child_first_name: String,
    /// Their latest request and its answer, if they have asked.
    pub status: Option<InnsynStatus>,
}

impl CaseInnsynData {
    /// A new request may be sent: none is waiting for its answer.
    pub fn may_ask(&self) -> bool {
        self.status.as_ref().is_none_or(|s| s.answer.is_some())
    }
}

/// One document of the case as it stands for the party who asked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseInnsynDocument {
    pub id: String,
    pub title: String,
    pub doc_date: String,
    /// `ReleaseState` code for this party.
    pub state: String,
}

/// One party's request to see the whole case, for the caseworker who answers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffCaseInnsynData {
    pub case_id: String,
    pub child_name: String,
    pub person_id: String,
    pub party_name: String,
    pub status: Option<InnsynStatus>,
    /// Every document of the case, newest first, with what the party sees of it.
    pub documents: Vec<CaseInnsynDocument>,
}

impl StaffCaseInnsynData {
    /// The request is waiting for its answer.
    pub fn is_open(&self) -> bool {
        self.status.as_ref().is_some_and(|s| s.answer.is_none())
    }
}
