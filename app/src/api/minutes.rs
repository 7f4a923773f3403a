//! Server functions of minutes for comment, for the party and for staff. Sending a
//! request, opening the minutes and answering are plain form posts
//! (`server::minutes_forms`), so they work without JavaScript.

use super::dto::*;
use leptos::prelude::*;

/// The logged-in party's page of a møtereferat for comments.
#[server(prefix = "/api", endpoint = "my_minutes_comments")]
pub async fn my_minutes_comments(
    case_id: String,
    document_id: String,
) -> Result<MinutesCommentsData, ApiError> {
    super::reading::as_citizen(|person_id, st| async move {
        crate::features::minutes::minutes_comments_page(
            &st.db,
            &person_id,
            &case_id,
            &document_id,
            st.today(),
        )
        .await?
        .ok_or(ApiError::NotFound)
    })
    .await
}

/// The comments on a møtereferat, for staff.
#[server(prefix = "/api", endpoint = "staff_minutes_comments")]
pub async fn staff_minutes_comments(
    case_id: String,
    document_id: String,
) -> Result<StaffMinutesData, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::features::minutes::staff_minutes(&st.db, &ctx, &case_id, &document_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}
