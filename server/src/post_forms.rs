//! Plain HTML form posts of digital post, the party's and the service's
//! (post-redirect-get: the "sent" page comes only after the commit). The outcome, or
//! the errors with what was typed, travel in a session flash to the page.

use crate::form_post::{attachment_response, party, read_posted, staff, to_page, Posted};
use crate::ServerState;
use app::api::{ApiError, FormFlash};
use app::features::post::{
    kind_of, party_attachment, party_send, party_send_case_klage, party_send_on_document,
    staff_attachment, staff_change, staff_send, PostForm, SendOutcome,
};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use tower_sessions::Session;

/// The fields as typed (kept for a refusal) and the form with its files.
async fn form_of(req: Request) -> Result<(Vec<(String, String)>, PostForm), ApiError> {
    let Posted { fields, uploads } = read_posted(req).await?;
    let form = PostForm::from_pairs(fields.clone()).with_uploads(uploads);
    Ok((fields, form))
}

/// Tells the pages that have the thread open, once a message was stored in it.
async fn tell_open_pages(st: &ServerState, outcome: &SendOutcome) {
    if let SendOutcome::Sent { thread_id } = outcome {
        st.app.live.message_stored(&st.app.db, thread_id).await;
    }
}

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
        SendOutcome::Refused(errors, files) => {
            let mut flash = FormFlash::refused(form_page, form, &errors, input);
            flash.file_errors = files
                .refused
                .into_iter()
                .map(|(name, key)| (name, key.to_string()))
                .collect();
            flash.staged = files.staged;
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
    req: Request,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let (typed, form) = form_of(req).await?;
    let outcome = party_send(
        &st.app.db,
        &st.app.files,
        &person_id,
        &case_id,
        None,
        &form,
        st.app.today(),
    )
    .await?;
    tell_open_pages(&st, &outcome).await;
    let threads = format!("/sak/{case_id}/meldinger");
    respond(&session, outcome, &threads, &threads, "ny", typed).await
}

/// POST /sak/{case_id}/meldinger/{thread_id}/svar: the party replies.
pub async fn party_reply(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, thread_id)): Path<(String, String)>,
    req: Request,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let (typed, form) = form_of(req).await?;
    let today = st.app.today();
    let outcome = party_send(
        &st.app.db,
        &st.app.files,
        &person_id,
        &case_id,
        Some(&thread_id),
        &form,
        today,
    )
    .await?;
    tell_open_pages(&st, &outcome).await;
    let threads = format!("/sak/{case_id}/meldinger");
    let page = format!("{threads}/{thread_id}");
    respond(&session, outcome, &threads, &page, "svar", typed).await
}

/// POST /sak/{case_id}/dokumenter/{document_id}/{svar|klage}/send: the party replies
/// to a document or appeals, starting a thread on it.
pub async fn party_document_send(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id, kind)): Path<(String, String, String)>,
    req: Request,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let thread_kind = kind_of(&kind).ok_or(ApiError::NotFound)?;
    let (typed, form) = form_of(req).await?;
    let outcome = party_send_on_document(
        &st.app.db,
        &st.app.files,
        &person_id,
        &case_id,
        &document_id,
        thread_kind,
        &form,
        st.app.today(),
    )
    .await?;
    tell_open_pages(&st, &outcome).await;
    let threads = format!("/sak/{case_id}/meldinger");
    let page = format!("/sak/{case_id}/dokumenter/{document_id}/{kind}");
    respond(&session, outcome, &threads, &page, "ny", typed).await
}

/// POST /sak/{case_id}/innsyn/klage/send: the party appeals the answer to their
/// request to see the whole case, starting a `KLAGE` thread of the case.
pub async fn party_case_klage(
    State(st): State<ServerState>,
    session: Session,
    Path(case_id): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let (typed, form) = form_of(req).await?;
    let outcome = party_send_case_klage(
        &st.app.db,
        &st.app.files,
        &person_id,
        &case_id,
        &form,
        st.app.today(),
    )
    .await?;
    tell_open_pages(&st, &outcome).await;
    let threads = format!("/sak/{case_id}/meldinger");
    let page = format!("/sak/{case_id}/innsyn/klage");
    respond(&session, outcome, &threads, &page, "ny", typed).await
}

/// POST /ansatt/sak/{case_id}/meldinger/ny: the service writes to a party first.
pub async fn staff_new(
    State(st): State<ServerState>,
    session: Session,
    Path(case_id): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let (typed, form) = form_of(req).await?;
    let outcome = staff_send(
        &st.app.db,
        &st.app.files,
        &ctx,
        &case_id,
        None,
        &form,
        st.app.today(),
    )
    .await?;
    tell_open_pages(&st, &outcome).await;
    let threads = format!("/ansatt/sak/{case_id}/meldinger");
    respond(&session, outcome, &threads, &threads, "ny", typed).await
}

/// POST /ansatt/sak/{case_id}/meldinger/{thread_id}/{svar|ta|behandlet}: reply, take
/// the thread, or mark the party's messages handled.
pub async fn staff_thread_post(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, thread_id, which)): Path<(String, String, String)>,
    req: Request,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let threads = format!("/ansatt/sak/{case_id}/meldinger");
    let page = format!("{threads}/{thread_id}");
    if which == "svar" {
        let (typed, form) = form_of(req).await?;
        let today = st.app.today();
        let outcome = staff_send(
            &st.app.db,
            &st.app.files,
            &ctx,
            &case_id,
            Some(&thread_id),
            &form,
            today,
        )
        .await?;
        tell_open_pages(&st, &outcome).await;
        return respond(&session, outcome, &threads, &page, "svar", typed).await;
    }
    let receipt = staff_change(&st.app.db, &ctx, &case_id, &thread_id, &which)
        .await?
        .ok_or(ApiError::NotFound)?;
    to_page(&session, FormFlash::saved(page, receipt), "kvittering").await
}

/// GET /sak/{case_id}/meldinger/{thread_id}/vedlegg/{id}: a file of the party's own
/// thread, as a download.
pub async fn party_file(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, thread_id, id)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let (a, bytes) = party_attachment(
        &st.app.db,
        &st.app.files,
        &person_id,
        &case_id,
        &thread_id,
        &id,
        st.app.today(),
    )
    .await?
    .ok_or(ApiError::NotFound)?;
    Ok(attachment_response(&a.file_name, a.kind.as_str(), bytes))
}

/// GET /ansatt/sak/{case_id}/meldinger/{thread_id}/vedlegg/{id}: the same for staff.
pub async fn staff_file(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, thread_id, id)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let (a, bytes) = staff_attachment(&st.app.db, &st.app.files, &ctx, &case_id, &thread_id, &id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(attachment_response(&a.file_name, a.kind.as_str(), bytes))
}
