//! What the pages of minutes for comment get: the party's page with the minutes as they
//! may read them and their own requests for corrections, and the caseworker's page with
//! every party's requests and the answers.

use super::{BodyBlock, Deadline};
use serde::{Deserialize, Serialize};

/// The most a party may write in one request for a correction, and the service in one
/// answer (the forms' `maxlength` and the server's check).
pub const MINUTES_COMMENT_MAX: usize = 2000;

/// One request for a correction as its party and the service see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinutesComment {
    pub id: String,
    /// 1-based part of the minutes, `None` for the whole minutes.
    pub part: Option<usize>,
    /// That part's text as the party saw it.
    pub quote: Option<String>,
    pub text: String,
    pub sent_on: String,
    pub answer: Option<MinutesAnswer>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinutesAnswer {
    /// `CORRECTED` | `KEPT_AS_COMMENT`
    pub outcome: String,
    pub text: Option<String>,
    pub answered_on: String,
}

/// The party's page: the minutes as shared with them, parted as they may comment on
/// them, the deadline, and their own requests (never another party's).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinutesCommentsData {
    pub case_id: String,
    pub document_id: String,
    pub title: String,
    pub doc_date: String,
    pub blocks: Vec<BodyBlock>,
    /// The last day for comments; `None` if the minutes were never opened for them.
    pub deadline: Option<Deadline>,
    /// Comments may be sent today.
    pub open: bool,
    pub comments: Vec<MinutesComment>,
    /// The new form's key (a second submit stores one comment).
    pub token: String,
}

/// The minutes' state for comments, as the document page shows it to the party.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinutesCommentsSummary {
    pub deadline: Deadline,
    pub open: bool,
    pub sent: usize,
    pub answered: usize,
}

/// One party's requests, for the caseworker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMinutesParty {
    pub person_id: String,
    pub name: String,
    /// `ReleaseState` code of the minutes for them.
    pub state: String,
    pub comments: Vec<MinutesComment>,
}

/// The caseworker's page of the minutes' comments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMinutesData {
    pub case_id: String,
    pub document_id: String,
    pub title: String,
    pub doc_type: String,
    pub child_name: String,
    /// The period's last day (ISO), if ever opened.
    pub deadline: Option<String>,
    pub open: bool,
    /// The day offered when opening (three weeks ahead).
    pub default_deadline: String,
    /// Every party of the case today, with what they have of the minutes.
    pub parties: Vec<StaffMinutesParty>,
}
