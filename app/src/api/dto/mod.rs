//! What server functions return to pages. Every field here has been cleared by the
//! policy for the viewer; nothing else leaves the server.

use serde::{Deserialize, Serialize};

mod access_log;
mod consent;
mod error;
mod innsyn;
mod minutes;
mod post;
mod reading;
mod release;

pub use access_log::*;
pub use consent::*;
pub use error::ApiError;
pub use innsyn::*;
pub use minutes::*;
pub use post::*;
pub use reading::*;
pub use release::*;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitContact {
    pub name: String,
    pub service_name: String,
    pub phone: String,
    pub email: String,
    pub visiting_address: String,
    pub opening_hours: String,
    /// The service's barnevernvakt, when the service has given one.
    pub emergency: Option<EmergencyContact>,
}

/// A service's barnevernvakt: whom to call outside office hours.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmergencyContact {
    pub service_name: String,
    pub phone: String,
    pub hours: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseworkerContact {
    pub name: String,
    pub phone: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneItem {
    /// `MilestoneKind` code, translated by the page.
    pub kind: String,
    pub occurred_on: Option<String>,
    pub due_on: Option<String>,
    /// A deadline in the past that has not been met.
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseOverviewData {
    pub case_id: String,
    pub child_first_name: String,
    /// `Phase` code.
    pub phase: String,
    pub closed: bool,
    /// The consents that ask the viewer, those waiting for their answer first.
    pub consents: Vec<ConsentSummary>,
    /// Why the viewer sees the case (policy basis codes, e.g. `part:MOR`).
    pub bases: Vec<String>,
    pub milestones: Vec<MilestoneItem>,
    pub unit: UnitContact,
    pub caseworker: Option<CaseworkerContact>,
    pub documents: usize,
    pub unread: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReleaseView {
    Full,
    Redacted,
    Withheld,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentListItem {
    pub id: String,
    pub title: String,
    /// `DocType` code.
    pub doc_type: String,
    pub doc_date: String,
    pub view: ReleaseView,
    pub unread: bool,
    /// The reader asked for innsyn in it and is waiting for the answer.
    pub innsyn_waiting: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentList {
    pub case_id: String,
    pub child_first_name: String,
    pub items: Vec<DocumentListItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BodySegment {
    Text(String),
    Redacted,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyBlock {
    /// "h", "p" or "li".
    pub kind: String,
    pub segments: Vec<BodySegment>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithholdingInfo {
    pub code: Option<String>,
    /// The legal basis as the catalogue words it for a party (`citizen_basis_*`).
    pub basis: Option<String>,
    pub label: Option<String>,
    pub explanation: Option<String>,
    pub justification: Option<String>,
    pub merinnsyn_considered: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DocumentContent {
    /// The body; `hidden_parts` when parts were removed for this viewer, with why (shown
    /// like a withheld document's reasons).
    Text {
        blocks: Vec<BodyBlock>,
        hidden_parts: Option<WithholdingInfo>,
    },
    Withheld(WithholdingInfo),
}

/// Where a party's deadline stands today (Oslo), computed on the server; the page only
/// words it. Mirrors `domain::deadline::DeadlineState`, which the browser build lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeadlineStatus {
    Open {
        days_left: i64,
    },
    /// At most three days left; the deadline day itself is `days_left: 0`.
    LastDays {
        days_left: i64,
    },
    Passed,
}

/// A deadline shown to a party: the day (ISO, for `<time datetime>`) and its state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub date: String,
    pub status: DeadlineStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentData {
    pub case_id: String,
    pub id: String,
    pub title: String,
    pub doc_type: String,
    pub doc_date: String,
    /// A vedtak's klagefrist.
    pub appeal_deadline: Option<Deadline>,
    pub content: DocumentContent,
    /// Only a fully shared document offers its PDF (a PDF cannot be redacted).
    pub has_pdf: bool,
    pub unit: UnitContact,
    /// The reader's own latest innsyn request for this document, if any.
    pub innsyn: Option<InnsynStatus>,
    /// Minutes opened for comments: the deadline and the reader's own requests.
    pub minutes: Option<MinutesCommentsSummary>,
}

/// The most a party may write with an innsyn request, in characters: the form's
/// `maxlength` (the browser keeps typing within it) and the server's check.
pub const INNSYN_MESSAGE_MAX: usize = 2000;

/// A party's own innsyn request for one document, as they see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InnsynStatus {
    pub requested_on: String,
    pub message: Option<String>,
    /// `InnsynEvent` code of the answer, when there is one.
    pub answer: Option<String>,
    pub answered_on: Option<String>,
    /// The service's words with the answer (a request for the whole case is answered
    /// in words; one for a document by its release decision).
    pub answer_text: Option<String>,
    /// After a refusal (or a partial grant, which refuses the rest): the last day to
    /// appeal.
    pub appeal_by: Option<Deadline>,
}

/// An unanswered innsyn request in the caseworker's unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InnsynRequestItem {
    pub case_id: String,
    /// The document and its title; `None` for a request to see the whole case.
    pub document: Option<(String, String)>,
    pub person_id: String,
    pub party_name: String,
    pub requested_on: String,
    pub days_waiting: i64,
    pub message: Option<String>,
    /// The party reads the document partly shared: the request is about its hidden
    /// parts (otherwise about the document withheld from them).
    pub hidden_parts: bool,
}

/// One case in a caseworker's unit list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffCaseRow {
    pub id: String,
    pub child_name: String,
    pub phase: String,
    pub opened_on: String,
    pub documents: usize,
    pub parties: usize,
    /// (document, party) pairs still without a release decision.
    pub undecided: usize,
}

#[cfg(feature = "ssr")]
impl Deadline {
    /// The deadline `date` as a party sees it on `today`.
    pub fn on(date: chrono::NaiveDate, today: chrono::NaiveDate) -> Deadline {
        use crate::domain::deadline::DeadlineState;
        let status = match DeadlineState::of(date, today) {
            DeadlineState::Open { days_left } => DeadlineStatus::Open { days_left },
            DeadlineState::LastDays { days_left } => DeadlineStatus::LastDays { days_left },
            DeadlineState::Passed => DeadlineStatus::Passed,
        };
        Deadline {
            date: date.to_string(),
            status,
        }
    }
}

/// What a form post leaves in the session for its page (post-redirect-get): the
/// outcome, or the errors (field, i18n key) with what was typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFlash {
    pub page: String,
    /// Which form on the page (its hidden `skjema` field).
    pub form: String,
    /// The outcome's i18n key when something was saved (or nothing needed to be).
    pub saved: Option<String>,
    pub errors: Vec<(String, String)>,
    pub input: Vec<(String, String)>,
    /// Posted after the session ended and kept for after the login: nothing was saved.
    pub restored: bool,
    /// Files refused: (the name as chosen, i18n key of the reason).
    #[serde(default)]
    pub file_errors: Vec<(String, String)>,
    /// Files kept for the form while the rest of it is fixed.
    #[serde(default)]
    pub staged: Vec<post::StagedFile>,
}

impl FormFlash {
    /// Something was saved (or needed not be): the receipt `key` for `page`.
    pub fn saved(page: impl Into<String>, key: &str) -> Self {
        FormFlash {
            page: page.into(),
            saved: Some(key.to_string()),
            ..FormFlash::default()
        }
    }
    /// `form` on `page` was refused: its errors (field, i18n key) and what was typed.
    pub fn refused(
        page: impl Into<String>,
        form: &str,
        errors: &[(&str, &str)],
        input: Vec<(String, String)>,
    ) -> Self {
        FormFlash {
            page: page.into(),
            form: form.to_string(),
            errors: errors
                .iter()
                .map(|(f, k)| (f.to_string(), k.to_string()))
                .collect(),
            input,
            ..FormFlash::default()
        }
    }
    pub fn field(&self, name: &str) -> Option<&str> {
        self.input
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.input
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, k)| k.as_str())
    }
}
