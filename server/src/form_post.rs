//! What every plain HTML form post needs: who posts, what they typed, and the answer
//! (post-redirect-get: the outcome in a session flash for the page, then a 303 there).

use crate::ServerState;
use app::access::StaffCtx;
use app::api::{ApiError, FormFlash};
use app::web::auth::{citizen_in, staff_in};
use app::web::flash::put_form_flash;
use app::web::form_drafts::OWNER_FIELD;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// A field of a urlencoded form body.
pub(crate) fn field(body: &[u8], name: &str) -> Option<String> {
    url::form_urlencoded::parse(body)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The fields of a urlencoded body as typed, without the owner tag (which only the
/// expired-session path reads).
pub(crate) fn typed(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .filter(|(k, _)| k != OWNER_FIELD)
        .collect()
}

/// The logged-in party, or "not found" (the login middleware has sent everyone else
/// to log in; this is the second check).
pub(crate) async fn party(st: &ServerState, session: &Session) -> Result<String, ApiError> {
    citizen_in(session, &st.app).await.ok_or(ApiError::NotFound)
}

/// The logged-in staff member, or "not found".
pub(crate) async fn staff(st: &ServerState, session: &Session) -> Result<StaffCtx, ApiError> {
    staff_in(session, &st.app).await?.ok_or(ApiError::NotFound)
}

/// Leaves `flash` for its page and sends the browser there, to `anchor`.
pub(crate) async fn to_page(
    session: &Session,
    flash: FormFlash,
    anchor: &str,
) -> Result<Response, ApiError> {
    put_form_flash(session, &flash).await?;
    Ok(Redirect::to(&format!("{}#{anchor}", flash.page)).into_response())
}
