//! Server functions of a party's reading: "Mine saker", a case, its documents, one
//! document. Each runs as the logged-in citizen and answers only what the policy allows.

use super::dto::*;
use leptos::prelude::*;

/// Runs `work` for the logged-in citizen (their person id), or answers
/// `Unauthorized`; any error sets the response's HTTP status.
#[cfg(feature = "ssr")]
pub(super) async fn as_citizen<T, F>(
    work: impl FnOnce(String, crate::web::state::AppState) -> F,
) -> Result<T, ApiError>
where
    F: std::future::Future<Output = Result<T, ApiError>>,
{
    async {
        let (person_id, st) = crate::web::auth::current_citizen().await?;
        work(person_id, st).await
    }
    .await
    .map_err(ApiError::respond)
}

/// The cases where the logged-in person is a party today, and those whose access ended.
#[server(prefix = "/api", endpoint = "my_cases")]
pub async fn my_cases() -> Result<MyCasesData, ApiError> {
    as_citizen(|person_id, st| async move {
        Ok(crate::features::reading::my_cases(&st.db, &person_id, st.today()).await?)
    })
    .await
}

/// One case's overview, if the logged-in person may see it.
#[server(prefix = "/api", endpoint = "case_overview")]
pub async fn case_overview(case_id: String) -> Result<CaseOverviewData, ApiError> {
    as_citizen(|person_id, st| async move {
        crate::features::reading::case_overview(&st.db, &person_id, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// The documents of a case as listed for the logged-in person.
#[server(prefix = "/api", endpoint = "case_documents")]
pub async fn case_documents(case_id: String) -> Result<DocumentList, ApiError> {
    as_citizen(|person_id, st| async move {
        crate::features::reading::document_list(&st.db, &person_id, &case_id, st.today())
            .await?
            .ok_or(ApiError::NotFound)
    })
    .await
}

/// One document as the logged-in person may read it.
#[server(prefix = "/api", endpoint = "read_document")]
pub async fn read_document(case_id: String, document_id: String) -> Result<DocumentData, ApiError> {
    as_citizen(|person_id, st| async move {
        let locale = crate::i18n::current_locale();
        crate::features::reading::read_document(
            &st.db,
            &person_id,
            &case_id,
            &document_id,
            st.today(),
            locale,
        )
        .await?
        .ok_or(ApiError::NotFound)
    })
    .await
}
