//! The caseworker workbench's data: the release grid, the queue, a document with its
//! decisions, the decision form's flash, and "preview as" a party.

use super::*;
use serde::{Deserialize, Serialize};

/// A party today, as a column of the release grid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffPartyCol {
    pub person_id: String,
    pub name: String,
    /// `PartyRole` codes.
    pub roles: Vec<String>,
    /// Gets no digital notices (reserved, not to be notified, no address): write on paper.
    pub paper_needed: bool,
}

/// One document with the release state in force for each party (same order as the
/// parties), as `ReleaseState` codes (`NOT_DECIDED` when there is no decision).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffDocRow {
    pub id: String,
    pub title: String,
    pub doc_type: String,
    pub doc_date: String,
    pub states: Vec<String>,
    /// Requests for corrections to these minutes that wait for an answer.
    pub comments_waiting: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffCaseData {
    pub case_id: String,
    pub child_name: String,
    pub phase: String,
    /// The receiving service and its first day with the case (ISO), when the case moved.
    pub moved: Option<(String, String)>,
    pub parties: Vec<StaffPartyCol>,
    pub documents: Vec<StaffDocRow>,
}

/// A document in the release queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub case_id: String,
    pub child_name: String,
    pub document_id: String,
    pub title: String,
    pub doc_type: String,
    pub doc_date: String,
    /// Names of the parties still without a decision.
    pub undecided: Vec<String>,
}

/// One row of a party's decision history (oldest first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionHistoryItem {
    pub state: String,
    pub grounds_code: Option<String>,
    pub justification: Option<String>,
    pub merinnsyn_considered: bool,
    pub redactions: usize,
    pub reason: Option<String>,
    /// The decision maker's name (their id if unknown).
    pub decided_by: String,
    /// Local time, "YYYY-MM-DD HH:MM".
    pub decided_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffPartyDecisions {
    pub person_id: String,
    pub name: String,
    pub roles: Vec<String>,
    /// The state in force (`NOT_DECIDED` without any decision).
    pub current: String,
    pub history: Vec<DecisionHistoryItem>,
    /// The party's unanswered innsyn request for this document: (date, message).
    pub open_innsyn: Option<(String, Option<String>)>,
}

/// A withholding ground from the catalogue, labelled in the user's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroundOption {
    pub code: String,
    pub label: String,
    /// Law and paragraph.
    pub basis: String,
    /// False where the legal reference is still to be checked by a lawyer.
    pub verified: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffBlock {
    /// "h", "p" or "li".
    pub kind: String,
    pub text: String,
}

/// A document as staff see it: the full text and every party's decisions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffDocumentData {
    pub case_id: String,
    pub child_name: String,
    pub id: String,
    pub title: String,
    pub doc_type: String,
    pub doc_date: String,
    pub blocks: Vec<StaffBlock>,
    /// The content hash of the text and PDF shown: the form carries it back, and a
    /// decision on another version is refused.
    pub version: String,
    pub has_pdf: bool,
    /// This caseworker has opened the PDF of this version (sharing it needs that).
    pub pdf_opened: bool,
    pub parties: Vec<StaffPartyDecisions>,
    pub grounds: Vec<GroundOption>,
}

/// What the caseworker typed into the decision form, kept verbatim so a refused form
/// comes back filled in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionFormInput {
    pub parties: Vec<String>,
    pub state: String,
    pub grounds: String,
    pub justification: String,
    pub merinnsyn: bool,
    pub reason: String,
    /// Indexes of blocks to redact whole (the no-JavaScript path).
    pub redact_blocks: Vec<String>,
    /// Spans from the redaction editor with the text each hides, as JSON
    /// `[{"block":0,"start":0,"end":5,"quote":"Hilde"}]`.
    pub spans: String,
    /// Share the PDF too (only with "share the whole document").
    pub include_pdf: bool,
    /// The content hash of the version the form was shown with.
    pub version: String,
}

/// A party a decision applies to, with the state in force before it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryParty {
    pub person_id: String,
    pub name: String,
    pub roles: Vec<String>,
    /// `ReleaseState` code in force before this decision.
    pub from: String,
}

/// Exactly what the chosen parties will see (before confirming) or now see (after):
/// made from the validated decision, not from the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionSummary {
    /// `ReleaseState` code.
    pub state: String,
    pub parties: Vec<SummaryParty>,
    /// The ground's label and legal basis, as the party reads it.
    pub ground: Option<String>,
    pub justification: Option<String>,
    pub merinnsyn_considered: bool,
    pub covers_pdf: bool,
    /// A partial share: the text as the party will read it, redactions marked.
    pub redacted: Option<Vec<super::BodyBlock>>,
    pub reason: Option<String>,
}

/// A field the server refused, with the i18n key of the message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub key: String,
}

/// The outcome of a decision post, kept in the session for the page after the
/// redirect (post-redirect-get), and removed when shown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionFlash {
    pub document_id: String,
    /// How many parties the saved decision applied to; 0 when refused or in review.
    pub saved: usize,
    pub errors: Vec<FieldError>,
    pub input: DecisionFormInput,
    /// In review: what will be written; after saving: what was written.
    pub summary: Option<DecisionSummary>,
    /// In review: the token the confirmation posts (the pending decision stays in the
    /// session, so nothing but the token comes back from the browser).
    pub confirm_token: Option<String>,
    /// The form was posted after the session ended and comes back as it was typed.
    #[serde(default)]
    pub restored: bool,
}

/// "Preview as" a party: their case overview and document list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewCase {
    pub person_name: String,
    pub overview: CaseOverviewData,
    pub documents: DocumentList,
}

/// "Preview as" a party: one document as they would read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewDocument {
    pub person_name: String,
    pub document: DocumentData,
}

impl DecisionFormInput {
    /// Collects the form fields from url-encoded pairs; repeated fields (`party`,
    /// `redact_block`) accumulate. Fields of the review step (`step`, `token`) are the
    /// handler's; anything else is not part of a decision.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> DecisionFormInput {
        let mut input = DecisionFormInput::default();
        for (k, v) in pairs {
            match k.as_str() {
                "party" => input.parties.push(v),
                "state" => input.state = v,
                "grounds" => input.grounds = v,
                "justification" => input.justification = v,
                "merinnsyn" => input.merinnsyn = !v.is_empty(),
                "include_pdf" => input.include_pdf = !v.is_empty(),
                "reason" => input.reason = v,
                "redact_block" => input.redact_blocks.push(v),
                "spans" => input.spans = v,
                "version" => input.version = v,
                _ => {}
            }
        }
        input
    }
}
