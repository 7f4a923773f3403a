//! Plain HTML form posts of digital post, the party's and the service's
//! (post-redirect-get: the "sent" page comes only after the commit). The outcome, or
//! the errors with what was typed, travel in a session flash to the page.

use crate::form_post::{party, staff, to_page, typed};
use crate::ServerState;
use app::api::{ApiError, FormFlash};
use app::features::post::{party_send, staff_change, staff_send, PostForm, SendOutcome};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use tower_sessions::Session;

/// To the thread with the receipt, or back to the form (`form_page`) with the errors
/// and the text as typed.
async fn respond(
    session: &Session,
    outcome: SendOutcome,
    threads: &str,
    form_page: &str,
    form: &str,
    input: Vec<(String, String)>,
) -> Result<Response, ApiError> {
    match outcome {
        SendOutcome::Sent { thread_id } | SendOutcome::AlreadySent { thread_id } => {
            let flash = FormFlash::saved(format!("{threads}/{thread_id}"), "post-sent");
            to_page(session, flash, "kvittering").await
        }
        SendOutcome::Refused(errors) => {
            let flash = FormFlash::refused(form_page, form, &errors, input);
            to_page(session, flash, "skjemafeil").await
        }
        SendOutcome::NotFound => Err(ApiError::NotFound),
    }
}

/// POST /sak/{case_id}/meldinger/ny: the party starts a thread.
pub async fn party_new(
    State(st): State<ServerState>,
    session: Session,
    Path(case_id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let typed = typed(&body);
    let form = PostForm::from_pairs(typed.clone());
    let outcome = party_send(
        &st.app.db,
        &person_id,
        &case_id,
        None,
        &form,
        st.app.today(),
    )
    .await?;
    let threads = format!("/sak/{case_id}/meldinger");
    respond(&session, outcome, &threads, &threads, "ny", typed).await
}

/// POST /sak/{case_id}/meldinger/{thread_id}/svar: the party replies.
pub async fn party_reply(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, thread_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let typed = typed(&body);
    let form = PostForm::from_pairs(typed.clone());
    let today = st.app.today();
    let outcome = party_send(
        &st.app.db,
        &person_id,
        &case_id,
        Some(&thread_id),
        &form,
        today,
    )
    .await?;
    let threads = format!("/sak/{case_id}/meldinger");
    let page = format!("{threads}/{thread_id}");
    respond(&session, outcome, &threads, &page, "svar", typed).await
}

/// POST /ansatt/sak/{case_id}/meldinger/ny: the service writes to a party first.
pub async fn staff_new(
    State(st): State<ServerState>,
    session: Session,
    Path(case_id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let typed = typed(&body);
    let form = PostForm::from_pairs(typed.clone());
    let outcome = staff_send(&st.app.db, &ctx, &case_id, None, &form, st.app.today()).await?;
    let threads = format!("/ansatt/sak/{case_id}/meldinger");
    respond(&session, outcome, &threads, &threads, "ny", typed).await
}

/// POST /ansatt/sak/{case_id}/meldinger/{thread_id}/{svar|ta|behandlet}: reply, take
/// the thread, or mark the party's messages handled.
pub async fn staff_thread_post(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, thread_id, which)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let threads = format!("/ansatt/sak/{case_id}/meldinger");
    let page = format!("{threads}/{thread_id}");
    if which == "svar" {
        let typed = typed(&body);
        let form = PostForm::from_pairs(typed.clone());
        let today = st.app.today();
        let outcome =
            staff_send(&st.app.db, &ctx, &case_id, Some(&thread_id), &form, today).await?;
        return respond(&session, outcome, &threads, &page, "svar", typed).await;
    }
    let receipt = staff_change(&st.app.db, &ctx, &case_id, &thread_id, &which)
        .await?
        .ok_or(ApiError::NotFound)?;
    to_page(&session, FormFlash::saved(page, receipt), "kvittering").await
}
