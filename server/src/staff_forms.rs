//! Plain HTML form posts of the caseworker workbench (not server functions: a post
//! without JavaScript must come back to a page that shows its outcome). Each post is
//! validated, written, and answered with a 303 to the page (post-redirect-get); the
//! outcome travels in a session flash that the page takes once.

use crate::ServerState;
use app::api::{DecisionFlash, DecisionFormInput};
use app::auth::user_from_session;
use app::staff::{put_flash, submit_decision, DecisionOutcome, StaffCtx};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// The logged-in staff member, or `None` (the login middleware has already sent
/// everyone else to the employee login; this is the second check).
async fn staff_ctx(st: &ServerState, session: &Session) -> Option<StaffCtx> {
    let user = user_from_session(session, st.app.session_absolute_secs).await?;
    StaffCtx::of_user(&st.app.db, user)
        .await
        .inspect_err(|e| tracing::error!(error = %e, "staff lookup failed"))
        .ok()
        .flatten()
}

/// POST /ansatt/sak/{case_id}/dokument/{document_id}/beslutning: one release decision
/// for one or more parties.
pub async fn decide(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let Some(ctx) = staff_ctx(&st, &session).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let input = DecisionFormInput::from_pairs(
        url::form_urlencoded::parse(&body).map(|(k, v)| (k.into_owned(), v.into_owned())),
    );
    let page = format!("/ansatt/sak/{case_id}/dokument/{document_id}");
    let outcome = submit_decision(
        &st.app.db,
        &ctx,
        &case_id,
        &document_id,
        st.app.today(),
        &input,
    )
    .await;
    let (flash, target) = match outcome {
        Ok(DecisionOutcome::NotFound) => return StatusCode::NOT_FOUND.into_response(),
        Ok(DecisionOutcome::Refused(errors)) => (
            DecisionFlash {
                document_id: document_id.clone(),
                saved: 0,
                errors,
                input,
            },
            format!("{page}#beslutning"),
        ),
        Ok(DecisionOutcome::Saved(n)) => (
            DecisionFlash {
                document_id: document_id.clone(),
                saved: n,
                errors: Vec::new(),
                input: DecisionFormInput::default(),
            },
            format!("{page}#lagret"),
        ),
        Err(e) => {
            tracing::error!(error = %e, "release decision failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    // The decision is already written; a lost flash only loses the message.
    if let Err(e) = put_flash(&session, &flash).await {
        tracing::error!(error = %e, "could not store the decision flash");
    }
    Redirect::to(&target).into_response()
}
