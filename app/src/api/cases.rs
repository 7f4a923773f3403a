use super::{ApiError, CaseOverviewData, DocumentData, DocumentList};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One line in "Mine saker": only what the policy lets this party see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseCard {
    pub id: String,
    pub child_first_name: String,
    pub unit_name: String,
    pub service_name: String,
    pub phase: String,
}

/// The logged-in citizen's person id, or `Unauthorized`.
#[cfg(feature = "ssr")]
async fn citizen() -> Result<(String, crate::state::AppState), ApiError> {
    let user = crate::auth::current_user()
        .await
        .ok_or(ApiError::Unauthorized)?;
    let person_id = user.person_id().ok_or(ApiError::Unauthorized)?.to_string();
    Ok((person_id, crate::state::app_state()?))
}

/// The cases where the logged-in person is a party today.
#[server(prefix = "/api", endpoint = "my_cases")]
pub async fn my_cases() -> Result<Vec<CaseCard>, ApiError> {
    async {
        let (person_id, st) = citizen().await?;
        Ok(crate::citizen::my_cases(&st.db, &person_id, st.today()).await?)
    }
    .await
    .map_err(ApiError::respond)
}

/// One case's overview, if the logged-in person may see it.
#[server(prefix = "/api", endpoint = "case_overview")]
pub async fn case_overview(case_id: String) -> Result<CaseOverviewData, ApiError> {
    async {
        let (person_id, st) = citizen().await?;
        crate::citizen::case_overview(&st.db, &person_id, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    }
    .await
    .map_err(ApiError::respond)
}

/// The documents of a case as listed for the logged-in person.
#[server(prefix = "/api", endpoint = "case_documents")]
pub async fn case_documents(case_id: String) -> Result<DocumentList, ApiError> {
    async {
        let (person_id, st) = citizen().await?;
        crate::citizen::document_list(&st.db, &person_id, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    }
    .await
    .map_err(ApiError::respond)
}

/// One document as the logged-in person may read it.
#[server(prefix = "/api", endpoint = "read_document")]
pub async fn read_document(case_id: String, document_id: String) -> Result<DocumentData, ApiError> {
    async {
        let (person_id, st) = citizen().await?;
        let locale = crate::i18n::current_locale();
        crate::citizen::read_document(
            &st.db,
            &person_id,
            &case_id,
            &document_id,
            st.today(),
            locale,
        )
        .await?
        .ok_or(ApiError::NotFound)
    }
    .await
    .map_err(ApiError::respond)
}
