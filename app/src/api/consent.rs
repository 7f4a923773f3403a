//! Server functions of consents, for the party asked and for staff. Every change is a
//! plain form post (`server::consent_forms`), so it works without JavaScript.

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

/// The consents of a case, for staff.
#[server(prefix = "/api", endpoint = "staff_case_consents")]
pub async fn staff_case_consents(case_id: String) -> Result<Vec<StaffConsentRow>, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::features::consent::case_consents(&st.db, &ctx, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// One consent with its whole history, for staff.
#[server(prefix = "/api", endpoint = "staff_consent")]
pub async fn staff_consent(
    case_id: String,
    consent_id: String,
) -> Result<StaffConsentData, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::features::consent::consent_detail(&st.db, &ctx, &case_id, &consent_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// The form for a new consent on a case.
#[server(prefix = "/api", endpoint = "staff_new_consent")]
pub async fn staff_new_consent(case_id: String) -> Result<NewConsentData, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        crate::features::consent::new_consent_form(&st.db, &ctx, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// Every consent in the unit's cases.
#[server(prefix = "/api", endpoint = "staff_unit_consents")]
pub async fn staff_unit_consents() -> Result<Vec<StaffConsentRow>, ApiError> {
    super::staff::as_staff(|ctx, st| async move {
        Ok(crate::features::consent::unit_consents(&st.db, &ctx, st.today()).await?)
    })
    .await
}
