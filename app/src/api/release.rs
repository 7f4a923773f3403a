//! The caseworker workbench's server functions: a case's release grid, the release
//! queue, one document with its decisions, the decision form's flash, and "preview as"
//! a party. Each runs as the logged-in staff member (`as_staff`) and goes through
//! `features::release::staff_case` (the unit check): another unit's case is "not found".

use super::dto::*;
use leptos::prelude::*;

/// A case of the caseworker's unit: documents × parties with the release states.
#[server(prefix = "/api", endpoint = "staff_case_detail")]
pub async fn staff_case_detail(case_id: String) -> Result<StaffCaseData, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::features::release::case_detail(&st.db, &ctx, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// The unit's documents with at least one party still undecided, oldest first.
#[server(prefix = "/api", endpoint = "staff_queue")]
pub async fn staff_queue() -> Result<Vec<QueueItem>, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        Ok(crate::features::release::release_queue(&st.db, &ctx, st.today()).await?)
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
        crate::features::release::document_detail(
            &st.db,
            &ctx,
            &case_id,
            &document_id,
            st.today(),
            locale,
        )
        .await?
        .ok_or(ApiError::NotFound)
    })
    .await
}

/// The unit's unanswered innsyn requests, oldest first.
#[server(prefix = "/api", endpoint = "staff_innsyn_requests")]
pub async fn staff_innsyn_requests() -> Result<Vec<super::InnsynRequestItem>, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        Ok(crate::features::innsyn::open_innsyn_requests(&st.db, &ctx, st.today()).await?)
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
        if let Some(flash) = crate::web::flash::take_flash(&session, &document_id).await? {
            return Ok(Some(flash));
        }
        let user = crate::web::auth::current_user()
            .await
            .ok_or(ApiError::Unauthorized)?;
        let page = format!("/ansatt/sak/{case_id}/dokument/{document_id}");
        let kept = crate::web::form_drafts::take(&session, &user.principal, &page).await?;
        Ok(kept.map(|fields| crate::features::release::flash_from_draft(&document_id, fields)))
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
        crate::features::release::preview_case(&st.db, &ctx, &case_id, &person_id, st.today())
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
        crate::features::release::preview_document(
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
