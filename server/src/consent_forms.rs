//! Plain HTML form posts of samtykker, the party's and the service's (post-redirect-get,
//! so everything works without JavaScript). The party's outcome travels in the query
//! (`?svar=`, a code, never their input); staff's in a session flash with what was
//! typed, so a refused form comes back filled in.

use crate::form_post::{field, party, staff, to_page, typed};
use crate::ServerState;
use app::access::StaffCtx;
use app::api::{ApiError, FormFlash};
use app::domain::consent::{PartyChoice, Refusal};
use app::features::consent::{
    answer_consent, change_consent, create_consent, AnswerOutcome, ConsentForm, StaffOutcome,
};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// POST /sak/{case_id}/samtykker/{consent_id}/svar: the party answers yes or no, or
/// withdraws (`svar` = `ja` | `nei` | `trekk`). Back to the consent page with the
/// receipt or the reason in `?svar=`, only after the answer is committed.
pub async fn answer(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, consent_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
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
    let anchor = if matches!(code, "ikke-mulig" | "frist") {
        "svar"
    } else {
        "kvittering"
    };
    Ok(Redirect::to(&format!("{page}?svar={code}#{anchor}")).into_response())
}

/// The staff member posting (or "not found") and what they posted, as typed.
async fn staff_post(
    st: &ServerState,
    session: &Session,
    body: &[u8],
) -> Result<(StaffCtx, Vec<(String, String)>, ConsentForm), ApiError> {
    let ctx = staff(st, session).await?;
    let input = typed(body);
    let form = ConsentForm::from_pairs(input.clone());
    Ok((ctx, input, form))
}

/// Leaves the outcome for the page and sends the browser there: to the consent on
/// success, back to the form (filled in as typed) on a refusal.
async fn respond(
    session: &Session,
    outcome: StaffOutcome,
    form_page: &str,
    which: &str,
    case_id: &str,
    input: Vec<(String, String)>,
) -> Result<Response, ApiError> {
    match outcome {
        StaffOutcome::Saved {
            receipt,
            consent_id,
        } => {
            let page = format!("/ansatt/sak/{case_id}/samtykker/{consent_id}");
            to_page(session, FormFlash::saved(page, receipt), "kvittering").await
        }
        StaffOutcome::Unchanged => {
            let flash = FormFlash::saved(form_page, "consent-staff-unchanged");
            to_page(session, flash, "kvittering").await
        }
        StaffOutcome::Refused(errors) => {
            let flash = FormFlash::refused(form_page, which, &errors, input);
            to_page(session, flash, "skjemafeil").await
        }
        StaffOutcome::NotFound => Err(ApiError::NotFound),
    }
}

/// POST /ansatt/sak/{case_id}/nytt-samtykke/opprett: a new consent on the case.
pub async fn create(
    State(st): State<ServerState>,
    session: Session,
    Path(case_id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (ctx, input, form) = staff_post(&st, &session, &body).await?;
    let outcome = create_consent(&st.app.db, &ctx, &case_id, &form, st.app.today()).await?;
    // A second submit of the same form: the consent the first one made.
    let outcome = match outcome {
        StaffOutcome::Unchanged => StaffOutcome::Saved {
            receipt: "consent-staff-unchanged",
            consent_id: field(&body, "token").unwrap_or_default(),
        },
        other => other,
    };
    let form_page = format!("/ansatt/sak/{case_id}/nytt-samtykke");
    respond(&session, outcome, &form_page, "create", &case_id, input).await
}

/// POST /ansatt/sak/{case_id}/samtykker/{consent_id}/{svar|datoer|avbryt}: register an
/// answer given on paper or by phone, change the dates, or cancel.
pub async fn change(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, consent_id, which)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (ctx, input, form) = staff_post(&st, &session, &body).await?;
    let outcome = change_consent(
        &st.app.db,
        &ctx,
        &case_id,
        &consent_id,
        &which,
        &form,
        st.app.today(),
    )
    .await?;
    let page = format!("/ansatt/sak/{case_id}/samtykker/{consent_id}");
    respond(&session, outcome, &page, &which, &case_id, input).await
}
