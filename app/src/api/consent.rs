//! Server functions of a party's consents. The answer itself is a plain form post
//! (`server::citizen_forms::answer_consent`), so it works without JavaScript.

use super::dto::*;
use leptos::prelude::*;

/// One consent as the logged-in party may see it.
#[server(prefix = "/api", endpoint = "consent")]
pub async fn consent(case_id: String, consent_id: String) -> Result<ConsentPageData, ApiError> {
    super::reading::as_citizen(|person_id, st| async move {
        crate::features::consent::consent_page(
            &st.db,
            crate::features::reading::Reader::Party(&person_id),
            &case_id,
            &consent_id,
            st.today(),
        )
        .await?
        .ok_or(ApiError::NotFound)
    })
    .await
}
