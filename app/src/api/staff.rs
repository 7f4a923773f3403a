//! Server functions for the caseworker workbench. Each first establishes a staff
//! session (a citizen session is refused), then asks the staff policy.

use super::dto::{ApiError, StaffCaseRow};
use leptos::prelude::*;

/// Runs `work` for the logged-in staff member, or answers `Unauthorized` (also to a
/// citizen session); any error sets the response's HTTP status.
#[cfg(feature = "ssr")]
pub(crate) async fn as_staff<T, F>(
    work: impl FnOnce(crate::access::StaffCtx, crate::web::state::AppState) -> F,
) -> Result<T, ApiError>
where
    F: std::future::Future<Output = Result<T, ApiError>>,
{
    async {
        let (ctx, st) = crate::web::auth::current_staff().await?;
        work(ctx, st).await
    }
    .await
    .map_err(ApiError::respond)
}

/// The cases of the caseworker's unit.
#[server(prefix = "/api", endpoint = "staff_unit_cases")]
pub async fn staff_unit_cases() -> Result<Vec<StaffCaseRow>, ApiError> {
    as_staff(|ctx, st| async move {
        Ok(crate::features::release::unit_cases(&st.db, &ctx, st.today()).await?)
    })
    .await
}
