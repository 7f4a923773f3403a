//! Server function of "who has looked at my case".

use super::dto::*;
use leptos::prelude::*;

/// One page of the logged-in party's access log of a case.
#[server(prefix = "/api", endpoint = "case_access_log")]
pub async fn case_access_log(case_id: String, page: u32) -> Result<AccessLog, ApiError> {
    super::reading::as_citizen(|person_id, st| async move {
        crate::features::access_log::access_log(&st.db, &person_id, &case_id, st.today(), page)
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}
