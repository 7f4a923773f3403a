//! Plain HTML form posts of the caseworker workbench (not server functions: a post
//! without JavaScript must come back to a page that shows its outcome). Each post is
//! validated, written, and answered with a 303 to the page (post-redirect-get); the
//! outcome travels in a session flash that the page takes once.

use crate::ServerState;
use app::api::{DecisionFlash, DecisionFormInput};
use app::auth::user_from_session;
use app::staff::{
    confirm_expired, new_token, put_flash, put_pending, review_decision, staff_document_pdf,
    submit_decision, take_pending, DecisionOutcome, PendingDecision, StaffCtx,
};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
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
) -> Response {
    let Some(ctx) = staff_ctx(&st, &session).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
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
                    if let Err(e) = put_pending(&session, &pending).await {
                        tracing::error!(error = %e, "could not store the decision to confirm");
                        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                    }
                    (
                        flash(input, Vec::new(), 0, Some(summary), Some(token)),
                        "bekreft",
                    )
                }
                Ok(DecisionOutcome::Refused(errors)) => {
                    (flash(input, errors, 0, None, None), "beslutning")
                }
                Ok(_) => return StatusCode::NOT_FOUND.into_response(),
                Err(e) => return failed(e),
            }
        }
        Step::Edit(token) => match take_pending(&session, &document_id, &token).await {
            Ok(Some(p)) => (flash(p.input, Vec::new(), 0, None, None), "beslutning"),
            Ok(None) => (confirm_expired(&document_id), "beslutning"),
            Err(e) => return failed_session(e),
        },
        Step::Confirm(token) => {
            let pending = match take_pending(&session, &document_id, &token).await {
                Ok(p) => p,
                Err(e) => return failed_session(e),
            };
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
                Ok(_) => return StatusCode::NOT_FOUND.into_response(),
                Err(e) => return failed(e),
            }
        }
    };
    // A lost flash only loses the message: the decision is written or it is not.
    if let Err(e) = put_flash(&session, &flash).await {
        tracing::error!(error = %e, "could not store the decision flash");
    }
    Redirect::to(&format!("{page}#{anchor}")).into_response()
}

fn failed(e: sqlx::Error) -> Response {
    tracing::error!(error = %e, "release decision failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

fn failed_session(e: tower_sessions::session::Error) -> Response {
    tracing::error!(error = %e, "could not read the decision to confirm");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// GET /ansatt/sak/{case_id}/dokument/{document_id}/pdf: the PDF for the caseworker to
/// read before deciding (shown inline; recorded as opened for this version).
pub async fn document_pdf(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
) -> Response {
    let Some(ctx) = staff_ctx(&st, &session).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match staff_document_pdf(&st.app.db, &ctx, &case_id, &document_id, st.app.today()).await {
        Ok(Some((_, bytes))) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (header::CONTENT_DISPOSITION, "inline"),
            ],
            bytes,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => failed(e),
    }
}
