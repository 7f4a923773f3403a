//! Plain HTML form posts of a party (not server functions: a post without JavaScript
//! must come back to a page that shows its outcome). Post-redirect-get, the outcome in
//! the query (`?innsyn=`), never anything of the party's input in a URL.

use crate::ServerState;
use app::api::ApiError;
use app::domain::consent::{PartyChoice, Refusal};
use app::features::consent::{answer_consent, AnswerOutcome};
use app::features::innsyn::{request_innsyn, RequestOutcome};
use app::web::auth::citizen_in;
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
    let person_id = citizen_in(&session, &st.app)
        .await
        .ok_or(ApiError::NotFound)?;
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

/// A field of a urlencoded form body.
fn field(body: &[u8], name: &str) -> Option<String> {
    url::form_urlencoded::parse(body)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// POST /sak/{case_id}/samtykker/{consent_id}/svar: the party answers yes or no, or
/// withdraws (`svar` = `ja` | `nei` | `trekk`). Back to the consent page with the
/// receipt or the reason in `?svar=`, only after the answer is committed.
pub async fn answer(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, consent_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let person_id = citizen_in(&session, &st.app)
        .await
        .ok_or(ApiError::NotFound)?;
    let page = format!("/sak/{case_id}/samtykker/{consent_id}");
    let Some(choice) = field(&body, "svar").as_deref().and_then(PartyChoice::parse) else {
        return Ok(Redirect::to(&format!("{page}?svar=ugyldig#svar")).into_response());
    };
    let outcome = answer_consent(
        &st.app.db,
        &person_id,
        &case_id,
        &consent_id,
        choice,
        st.app.today(),
    )
    .await?;
    let code = match outcome {
        AnswerOutcome::Saved(c) => c.as_str(),
        AnswerOutcome::Unchanged(_) => "uendret",
        AnswerOutcome::Refused(Refusal::DeadlinePassed) => "frist",
        AnswerOutcome::Refused(_) => "ikke-mulig",
        AnswerOutcome::NotFound => return Err(ApiError::NotFound),
    };
    // The receipt sits at the top of the page; a refusal next to the choices.
    let anchor = if code == "ikke-mulig" || code == "frist" {
        "svar"
    } else {
        "kvittering"
    };
    Ok(Redirect::to(&format!("{page}?svar={code}#{anchor}")).into_response())
}
