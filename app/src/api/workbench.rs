//! The caseworker workbench's data and server functions: a case's release grid, the
//! release queue, one document with its decisions, the decision form's flash, and
//! "preview as" a party. Every function starts with `staff()` and goes through
//! `staff::staff_case` (the unit check); a case of another unit is "not found".

use super::{ApiError, CaseOverviewData, DocumentData, DocumentList};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A party today, as a column of the release grid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffPartyCol {
    pub person_id: String,
    pub name: String,
    /// `PartyRole` codes.
    pub roles: Vec<String>,
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

/// A case of the caseworker's unit: documents × parties with the release states.
#[server(prefix = "/api", endpoint = "staff_case_detail")]
pub async fn staff_case_detail(case_id: String) -> Result<StaffCaseData, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::staff::case_detail(&st.db, &ctx, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// The unit's documents with at least one party still undecided, oldest first.
#[server(prefix = "/api", endpoint = "staff_queue")]
pub async fn staff_queue() -> Result<Vec<QueueItem>, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        Ok(crate::staff::release_queue(&st.db, &ctx, st.today()).await?)
    })
    .await
}

/// One document of a case of the caseworker's unit, with every party's decisions.
#[server(prefix = "/api", endpoint = "staff_document")]
pub async fn staff_document(
    case_id: String,
    document_id: String,
) -> Result<StaffDocumentData, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        let locale = crate::i18n::current_locale();
        crate::staff::document_detail(&st.db, &ctx, &case_id, &document_id, st.today(), locale)
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// The unit's unanswered innsyn requests, oldest first.
#[server(prefix = "/api", endpoint = "staff_innsyn_requests")]
pub async fn staff_innsyn_requests() -> Result<Vec<super::InnsynRequestItem>, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        Ok(crate::staff::open_innsyn_requests(&st.db, &ctx, st.today()).await?)
    })
    .await
}

/// Takes (reads and removes) the decision form's flash for this document, if any; or,
/// when the form was posted after the session ended, the form as it was typed.
#[server(prefix = "/api", endpoint = "take_decision_flash")]
pub async fn take_decision_flash(
    case_id: String,
    document_id: String,
) -> Result<Option<DecisionFlash>, ApiError> {
    super::staff::as_staff(|_, _| async move {
        let session = leptos_axum::extract::<tower_sessions::Session>()
            .await
            .map_err(|_| ApiError::Internal)?;
        let failed = |e: tower_sessions::session::Error| {
            tracing::error!(error = %e, "could not read the decision flash");
            ApiError::Internal
        };
        if let Some(flash) = crate::staff::take_flash(&session, &document_id)
            .await
            .map_err(failed)?
        {
            return Ok(Some(flash));
        }
        let user = crate::auth::current_user()
            .await
            .ok_or(ApiError::Unauthorized)?;
        let page = format!("/ansatt/sak/{case_id}/dokument/{document_id}");
        let kept = crate::form_drafts::take(&session, &user.principal, &page)
            .await
            .map_err(failed)?;
        Ok(kept.map(|fields| crate::staff::flash_from_draft(&document_id, fields)))
    })
    .await
}

/// What `person_id` sees of a case of the caseworker's unit, through the citizen read
/// path and the same policy.
#[server(prefix = "/api", endpoint = "staff_preview_case")]
pub async fn staff_preview_case(
    case_id: String,
    person_id: String,
) -> Result<PreviewCase, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::staff::preview_case(&st.db, &ctx, &case_id, &person_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// One document as `person_id` would read it.
#[server(prefix = "/api", endpoint = "staff_preview_document")]
pub async fn staff_preview_document(
    case_id: String,
    person_id: String,
    document_id: String,
) -> Result<PreviewDocument, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        let locale = crate::i18n::current_locale();
        crate::staff::preview_document(
            &st.db,
            &ctx,
            &case_id,
            &person_id,
            &document_id,
            st.today(),
            locale,
        )
        .await?
        .ok_or(ApiError::NotFound)
    })
    .await
}
