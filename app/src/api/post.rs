//! Server functions of digital post, for the party and for staff. Sending is a plain
//! form post (`server::post_forms`), so it works without JavaScript.

use super::dto::*;
use leptos::prelude::*;

/// The logged-in party's threads in a case.
#[server(prefix = "/api", endpoint = "my_threads")]
pub async fn my_threads(case_id: String) -> Result<PartyThreads, ApiError> {
    super::reading::as_citizen(|person_id, st| async move {
        crate::features::post::party_threads(&st.db, &person_id, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// One thread of the logged-in party (opening it marks the service's messages read).
#[server(prefix = "/api", endpoint = "my_thread")]
pub async fn my_thread(case_id: String, thread_id: String) -> Result<PartyThread, ApiError> {
    super::reading::as_citizen(|person_id, st| async move {
        crate::features::post::party_thread(&st.db, &person_id, &case_id, &thread_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// The form for a reply to a document (`kind` = `svar`) or an appeal (`klage`).
/// The appeal form on the answer to the logged-in party's request to see the whole case.
#[server(prefix = "/api", endpoint = "my_case_klage_form")]
pub async fn my_case_klage_form(case_id: String) -> Result<DocumentThreadForm, ApiError> {
    super::reading::as_citizen(|person_id, st| async move {
        crate::features::post::case_klage_form(&st.db, &person_id, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

#[server(prefix = "/api", endpoint = "my_document_thread_form")]
pub async fn my_document_thread_form(
    case_id: String,
    document_id: String,
    kind: String,
) -> Result<DocumentThreadForm, ApiError> {
    super::reading::as_citizen(|person_id, st| async move {
        let kind = crate::features::post::kind_of(&kind).ok_or(ApiError::NotFound)?;
        crate::features::post::document_thread_form(
            &st.db,
            &person_id,
            &case_id,
            &document_id,
            kind,
            st.today(),
        )
        .await?
        .ok_or(ApiError::NotFound)
    })
    .await
}

/// The unit's inbox.
#[server(prefix = "/api", endpoint = "staff_inbox")]
pub async fn staff_inbox() -> Result<Inbox, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        Ok(crate::features::post::inbox(&st.db, &ctx, st.today()).await?)
    })
    .await
}

/// One thread for staff (opening it marks the party's messages read by them).
#[server(prefix = "/api", endpoint = "staff_post_thread")]
pub async fn staff_post_thread(
    case_id: String,
    thread_id: String,
) -> Result<StaffThread, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::features::post::staff_thread(&st.db, &ctx, &case_id, &thread_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// A case's threads and its parties, for writing to one of them.
#[server(prefix = "/api", endpoint = "staff_case_post")]
pub async fn staff_case_post(case_id: String) -> Result<NewThreadData, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::features::post::new_thread_form(&st.db, &ctx, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}
