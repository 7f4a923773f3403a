//! Plain HTML form posts of a party (not server functions: a post without JavaScript
//! must come back to a page that shows its outcome). Post-redirect-get, the outcome in
//! the query (`?innsyn=`), never anything of the party's input in a URL.

use crate::form_post::{field, party};
use crate::ServerState;
use app::api::ApiError;
use app::features::innsyn::{request_innsyn, RequestOutcome};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// POST /sak/{case_id}/dokumenter/{document_id}/innsyn: the party asks to see a
/// document withheld from them, or the hidden parts of one partly shared with them,
/// with an optional message.
pub async fn ask_innsyn(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let message = field(&body, "message").unwrap_or_default();
    let outcome = request_innsyn(
        &st.app.db,
        &person_id,
        &case_id,
        &document_id,
        &message,
        st.app.today(),
    )
    .await?;
    let code = match outcome {
        RequestOutcome::Sent | RequestOutcome::AlreadyOpen => "sendt",
        RequestOutcome::TooLong => "for-lang",
        RequestOutcome::NotFound => return Err(ApiError::NotFound),
    };
    Ok(Redirect::to(&format!(
        "/sak/{case_id}/dokumenter/{document_id}?innsyn={code}#innsyn"
    ))
    .into_response())
}
