//! Server functions of a request to see the whole case, for the party and for staff.
//! The request and the answer are plain form posts (`server::innsyn_forms`), so they
//! work without JavaScript.

use super::dto::*;
use leptos::prelude::*;

/// The logged-in party's request to see their whole case.
#[server(prefix = "/api", endpoint = "my_case_innsyn")]
pub async fn my_case_innsyn(case_id: String) -> Result<CaseInnsynData, ApiError> {
    super::reading::as_citizen(|person_id, st| async move {
        crate::features::innsyn::case_innsyn_page(&st.db, &person_id, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// One party's request to see the whole case, for staff.
#[server(prefix = "/api", endpoint = "staff_case_innsyn")]
pub async fn staff_case_innsyn(
    case_id: String,
    person_id: String,
) -> Result<StaffCaseInnsynData, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::features::innsyn::staff_case_innsyn(&st.db, &ctx, &case_id, &person_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}
