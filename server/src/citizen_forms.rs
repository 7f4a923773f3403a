//! Plain HTML form posts of a party (not server functions: a post without JavaScript
//! must come back to a page that shows its outcome). Post-redirect-get, the outcome in
//! the query (`?innsyn=`), never anything of the party's input in a URL.

use crate::ServerState;
use app::citizen::{request_innsyn, RequestOutcome};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
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
) -> Response {
    let user = app::auth::user_from_session(&session, st.app.session_absolute_secs).await;
    let Some(person_id) = user.as_ref().and_then(|u| u.person_id()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let message: String = url::form_urlencoded::parse(&body)
        .find(|(k, _)| k == "message")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let outcome = request_innsyn(
        &st.app.db,
        person_id,
        &case_id,
        &document_id,
        &message,
        st.app.today(),
    )
    .await;
    let code = match outcome {
        Ok(RequestOutcome::Sent | RequestOutcome::AlreadyOpen) => "sendt",
        Ok(RequestOutcome::TooLong) => "for-lang",
        Ok(RequestOutcome::NotFound) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "could not store an innsyn request");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    Redirect::to(&format!(
        "/sak/{case_id}/dokumenter/{document_id}?innsyn={code}#innsyn"
    ))
    .into_response()
}
