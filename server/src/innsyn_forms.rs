//! Plain HTML form posts of innsyn requests (not server functions: a post without
//! JavaScript must come back to a page that shows its outcome), post-redirect-get. A
//! document's request carries its outcome in the query (`?innsyn=`, never the party's
//! input); the whole case's request and its answer in a session flash with what was
//! typed, so a refused form comes back filled in.

use crate::form_post::{field, party, respond_form, staff};
use crate::ServerState;
use app::api::ApiError;
use app::features::form_outcome::FormOutcome;
use app::features::innsyn::{
    answer_case_innsyn, request_case_innsyn, request_innsyn, AnswerOutcome, RequestOutcome,
};
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

/// POST /sak/{case_id}/innsyn/send: the party asks to see the whole case, with an
/// optional message. Back to the case's innsyn page with the receipt only after the
/// commit, or with the message as typed and why it was refused.
pub async fn ask_case_innsyn(
    State(st): State<ServerState>,
    session: Session,
    Path(case_id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let message = field(&body, "message").unwrap_or_default();
    let outcome =
        request_case_innsyn(&st.app.db, &person_id, &case_id, &message, st.app.today()).await?;
    let page = format!("/sak/{case_id}/innsyn");
    let outcome = match outcome {
        RequestOutcome::Sent | RequestOutcome::AlreadyOpen => FormOutcome::Saved,
        RequestOutcome::TooLong => {
            FormOutcome::Refused(vec![("innsyn-message", "case-innsyn-too-long")])
        }
        RequestOutcome::NotFound => FormOutcome::NotFound,
    };
    let receipts = ("case-innsyn-sent", "case-innsyn-sent");
    respond_form(&session, page, ("innsyn", &body), outcome, receipts).await
}

/// POST /ansatt/sak/{case_id}/innsyn/{person_id}/svar: the caseworker answers the
/// party's request to see the whole case (`svar`, `begrunnelse`).
pub async fn answer_case(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, person_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let choice = field(&body, "svar").unwrap_or_default();
    let text = field(&body, "begrunnelse").unwrap_or_default();
    let outcome = answer_case_innsyn(
        &st.app.db,
        &ctx,
        &case_id,
        &person_id,
        (&choice, &text),
        st.app.today(),
    )
    .await?;
    let page = format!("/ansatt/sak/{case_id}/innsyn/{person_id}");
    let outcome = match outcome {
        AnswerOutcome::Answered(_) => FormOutcome::Saved,
        AnswerOutcome::NothingOpen => FormOutcome::Unchanged,
        AnswerOutcome::Refused(errors) => FormOutcome::Refused(errors),
        AnswerOutcome::NotFound => FormOutcome::NotFound,
    };
    let receipts = ("case-innsyn-answered", "case-innsyn-nothing-open");
    respond_form(&session, page, ("svar", &body), outcome, receipts).await
}
