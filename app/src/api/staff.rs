//! Server functions for the caseworker workbench. Each first establishes a staff
//! session (a citizen session is refused), then asks the staff policy.

use super::{ApiError, StaffCaseRow};
use leptos::prelude::*;

/// Runs `work` for the logged-in staff member, or answers `Unauthorized` (also to a
/// citizen session); any error sets the response's HTTP status.
#[cfg(feature = "ssr")]
pub(crate) async fn as_staff<T, F>(
    work: impl FnOnce(crate::staff::StaffCtx, crate::state::AppState) -> F,
) -> Result<T, ApiError>
where
    F: std::future::Future<Output = Result<T, ApiError>>,
{
    async {
        let (ctx, st) = staff().await?;
        work(ctx, st).await
    }
    .await
    .map_err(ApiError::respond)
}

/// The logged-in staff member, or `Unauthorized` (also for a citizen session).
#[cfg(feature = "ssr")]
async fn staff() -> Result<(crate::staff::StaffCtx, crate::state::AppState), ApiError> {
    let user = crate::auth::current_user()
        .await
        .ok_or(ApiError::Unauthorized)?;
    let st = crate::state::app_state()?;
    let ctx = crate::staff::StaffCtx::of_user(&st.db, user)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    Ok((ctx, st))
}

/// The cases of the caseworker's unit.
#[server(prefix = "/api", endpoint = "staff_unit_cases")]
pub async fn staff_unit_cases() -> Result<Vec<StaffCaseRow>, ApiError> {
    as_staff(|ctx, st| async move { Ok(crate::staff::unit_cases(&st.db, &ctx, st.today()).await?) })
        .await
}
