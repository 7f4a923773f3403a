//! Server functions for the caseworker workbench. Each first establishes a staff
//! session (a citizen session is refused), then asks the staff policy.

use super::{ApiError, StaffCaseRow};
use leptos::prelude::*;

/// The logged-in staff member, or `Unauthorized` (also for a citizen session).
#[cfg(feature = "ssr")]
pub(crate) async fn staff() -> Result<(crate::staff::StaffCtx, crate::state::AppState), ApiError> {
    use crate::auth::Principal;
    let user = crate::auth::current_user()
        .await
        .ok_or(ApiError::Unauthorized)?;
    let Principal::Staff {
        staff_id,
        unit_id,
        roles,
    } = user.principal
    else {
        return Err(ApiError::Unauthorized);
    };
    let st = crate::state::app_state()?;
    let ctx = crate::staff::StaffCtx::load(&st.db, &staff_id, &unit_id, &roles)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    Ok((ctx, st))
}

/// The cases of the caseworker's unit.
#[server(prefix = "/api", endpoint = "staff_unit_cases")]
pub async fn staff_unit_cases() -> Result<Vec<StaffCaseRow>, ApiError> {
    async {
        let (ctx, st) = staff().await?;
        Ok(crate::staff::unit_cases(&st.db, &ctx, st.today()).await?)
    }
    .await
    .map_err(ApiError::respond)
}
