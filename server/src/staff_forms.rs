//! Plain HTML form posts of the caseworker workbench (not server functions: a post
//! without JavaScript must come back to a page that shows its outcome). Each post is
//! validated, written, and answered with a 303 to the page (post-redirect-get); the
//! outcome travels in a session flash that the page takes once.

use crate::form_post::staff;
use crate::ServerState;
use app::api::{ApiError, DecisionFlash, DecisionFormInput};
use app::features::release::{
    confirm_expired, new_token, review_decision, staff_document_pdf, submit_decision,
    DecisionOutcome,
};
use app::web::flash::{put_flash, put_pending, take_pending, PendingDecision};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// What the decision form asks for: check the form and show what each party will see
/// (`review`, the form's own button), write the reviewed decision (`confirm`), or go
/// back to the form with the reviewed input (`edit`).
enum Step {
    Review,
    Confirm(String),
    Edit(String),
}

fn step_of(pairs: &[(String, String)]) -> Step {
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let token = field("token").unwrap_or_default();
    match field("step").as_deref() {
        Some("confirm") => Step::Confirm(token),
        Some("edit") => Step::Edit(token),
        _ => Step::Review,
    }
}

/// POST /ansatt/sak/{case_id}/dokument/{document_id}/beslutning: one release decision
/// for one or more parties, reviewed before it is written.
pub async fn decide(
    State(st): State<ServerState>,
    session: Session,
    headers: HeaderMap,
    Path((case_id, document_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let locale = app::i18n::locale_from_headers(&headers);
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let page = format!("/ansatt/sak/{case_id}/dokument/{document_id}");
    let db = &st.app.db;
    let today = st.app.today();
    let flash = |input, errors, saved, summary, confirm_token| DecisionFlash {
        document_id: document_id.clone(),
        saved,
        errors,
        input,
        summary,
        confirm_token,
        restored: false,
    };
    let (flash, anchor) = match step_of(&pairs) {
        Step::Review => {
            let input = DecisionFormInput::from_pairs(pairs);
            match review_decision(db, &ctx, &case_id, &document_id, today, &input, locale).await {
                Ok(DecisionOutcome::Review(summary)) => {
                    let token = new_token();
                    let pending = PendingDecision {
                        token: token.clone(),
                        document_id: document_id.clone(),
                        input: input.clone(),
                    };
                    put_pending(&session, &pending).await?;
                    (
                        flash(input, Vec::new(), 0, Some(summary), Some(token)),
                        "bekreft",
                    )
                }
                Ok(DecisionOutcome::Refused(errors)) => {
                    (flash(input, errors, 0, None, None), "beslutning")
                }
                Ok(_) => return Err(ApiError::NotFound),
                Err(e) => return Err(e.into()),
            }
        }
        Step::Edit(token) => match take_pending(&session, &document_id, &token).await? {
            Some(p) => (flash(p.input, Vec::new(), 0, None, None), "beslutning"),
            None => (confirm_expired(&document_id), "beslutning"),
        },
        Step::Confirm(token) => {
            let pending = take_pending(&session, &document_id, &token).await?;
            // A second submit of the same confirmation finds no pending decision; the
            // token (the idempotency key) still says whether it was written.
            let input = pending.map(|p| p.input).unwrap_or_default();
            let outcome = submit_decision(
                db,
                &ctx,
                &case_id,
                &document_id,
                today,
                &input,
                &token,
                locale,
            )
            .await;
            match outcome {
                Ok(DecisionOutcome::Saved(summary)) => {
                    let n = summary.parties.len();
                    (
                        flash(
                            DecisionFormInput::default(),
                            Vec::new(),
                            n,
                            Some(summary),
                            None,
                        ),
                        "lagret",
                    )
                }
                Ok(DecisionOutcome::AlreadySaved(n)) => (
                    flash(DecisionFormInput::default(), Vec::new(), n, None, None),
                    "lagret",
                ),
                Ok(DecisionOutcome::Refused(_)) if input == DecisionFormInput::default() => {
                    (confirm_expired(&document_id), "beslutning")
                }
                Ok(DecisionOutcome::Refused(errors)) => {
                    (flash(input, errors, 0, None, None), "beslutning")
                }
                Ok(_) => return Err(ApiError::NotFound),
                Err(e) => return Err(e.into()),
            }
        }
    };
    // A lost flash only loses the message: the decision is written or it is not.
    if let Err(e) = put_flash(&session, &flash).await {
        tracing::error!(error = %e, "could not store the decision flash");
    }
    Ok(Redirect::to(&format!("{page}#{anchor}")).into_response())
}

/// GET /ansatt/sak/{case_id}/dokument/{document_id}/pdf: the PDF for the caseworker to
/// read before deciding (shown inline; recorded as opened for this version).
pub async fn document_pdf(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    match staff_document_pdf(&st.app.db, &ctx, &case_id, &document_id, st.app.today()).await? {
        Some((_, bytes)) => Ok((
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (header::CONTENT_DISPOSITION, "inline"),
            ],
            bytes,
        )
            .into_response()),
        None => Err(ApiError::NotFound),
    }
}
