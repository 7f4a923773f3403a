//! Plain HTML form posts of minutes for comment (post-redirect-get): the party's request
//! for a correction, the caseworker's opening of the minutes (or a new deadline) and
//! answer. Each comes back to its page with the receipt only after the commit, or with
//! what was typed and why it was refused (a session flash, never the query).

use crate::form_post::{field, party, respond_form, staff};
use crate::ServerState;
use app::api::ApiError;
use app::features::minutes::{
    answer_minutes_comment, open_minutes_for_comments, send_minutes_comment, CommentForm,
};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use tower_sessions::Session;

/// POST /sak/{case_id}/dokumenter/{document_id}/merknader/send: the party asks for a
/// correction (`del`: `hele` or a part's number; `merknad`; `token`: the form's key).
pub async fn send_comment(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let token = field(&body, "token").unwrap_or_default();
    let part = field(&body, "del").unwrap_or_default();
    let text = field(&body, "merknad").unwrap_or_default();
    let form = CommentForm {
        token: &token,
        part: &part,
        text: &text,
    };
    let outcome = send_minutes_comment(
        &st.app.db,
        &person_id,
        &case_id,
        &document_id,
        &form,
        st.app.today(),
    )
    .await?;
    let page = format!("/sak/{case_id}/dokumenter/{document_id}/merknader");
    let receipts = ("minutes-comment-sent", "minutes-comment-sent");
    let form = format!("merknad-{}", part_form(&part));
    respond_form(&session, page, (&form, &body), outcome, receipts).await
}

/// Which of the page's forms a part names (one per part, `hele` for the whole): the
/// form a refusal brings back open and filled in.
fn part_form(part: &str) -> &str {
    let number = !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit());
    if number {
        part
    } else {
        "hele"
    }
}

/// POST /ansatt/sak/{case_id}/dokument/{document_id}/merknader/frist: the caseworker
/// opens the minutes for comments until `frist`, or moves the deadline.
pub async fn open_comments(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let deadline = field(&body, "frist").unwrap_or_default();
    let outcome = open_minutes_for_comments(
        &st.app.db,
        &ctx,
        &case_id,
        &document_id,
        &deadline,
        st.app.today(),
    )
    .await?;
    let page = format!("/ansatt/sak/{case_id}/dokument/{document_id}/merknader");
    let receipts = ("minutes-opened", "minutes-deadline-unchanged");
    respond_form(&session, page, ("frist", &body), outcome, receipts).await
}

/// POST /ansatt/sak/{case_id}/dokument/{document_id}/merknader/svar: the caseworker
/// answers one request (`merknad_id`, `utfall`, `svar`). The request's id is a field, so
/// the action sits under its page as every form's does (a post after the session ended
/// is kept for that page).
pub async fn answer_comment(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let comment_id = field(&body, "merknad_id").unwrap_or_default();
    let outcome_field = field(&body, "utfall").unwrap_or_default();
    let text = field(&body, "svar").unwrap_or_default();
    let outcome = answer_minutes_comment(
        &st.app.db,
        &ctx,
        (&case_id, &document_id, &comment_id),
        (&outcome_field, &text),
        st.app.today(),
    )
    .await?;
    let page = format!("/ansatt/sak/{case_id}/dokument/{document_id}/merknader");
    let form = format!("svar-{comment_id}");
    let receipts = ("minutes-answered", "minutes-already-answered");
    respond_form(&session, page, (&form, &body), outcome, receipts).await
}
