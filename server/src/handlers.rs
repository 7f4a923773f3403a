//! Plain axum handlers around the leptos app: login/logout, language choice, health.

use crate::oidc::{
    pending_key, safe_next, CallbackParams, LoginFailure, PendingLogin, RelyingParty, VerifiedLogin,
};
use crate::ServerState;
use app::api::ApiError;
use app::audit::{self, Action, Actor, Entry, Reason};
use app::domain::StaffRole;
use app::i18n::{Locale, LOCALE_COOKIE};
use app::store::{now_unix, rows};
use app::web::auth::{Principal, SessionUser, ID_TOKEN_KEY, USER_KEY};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use serde::Deserialize;
use sqlx::Row;
use tower_sessions::Session;

#[derive(Deserialize)]
pub struct LoginQuery {
    neste: Option<String>,
}

/// The two logins: citizens through ID-porten, employees through the staff provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Citizen,
    Staff,
}

impl Flow {
    fn rp(self, st: &ServerState) -> &RelyingParty {
        match self {
            Flow::Citizen => &st.citizen_rp,
            Flow::Staff => &st.staff_rp,
        }
    }
    fn home(self) -> &'static str {
        match self {
            Flow::Citizen => "/mine-saker",
            Flow::Staff => "/ansatt/saker",
        }
    }
    fn failed(self, reason: LoginFailure) -> Response {
        let page = match self {
            Flow::Citizen => "/innlogging-feilet",
            Flow::Staff => "/ansatt/innlogging-feilet",
        };
        Redirect::to(&format!("{page}?grunn={}", reason.code())).into_response()
    }
}

async fn begin_login(
    st: &ServerState,
    session: &Session,
    flow: Flow,
    next: Option<&str>,
) -> Response {
    let next = safe_next(next, flow.home());
    match flow.rp(st).begin(next, now_unix()).await {
        Ok((url, pending)) => {
            if let Err(e) = session
                .insert(pending_key(flow == Flow::Staff), pending)
                .await
            {
                tracing::error!(error = %e, "could not store the pending login");
                return flow.failed(LoginFailure::Generic);
            }
            Redirect::to(&url).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "could not start a login (is the provider up?)");
            flow.failed(LoginFailure::Generic)
        }
    }
}

pub async fn login(
    State(st): State<ServerState>,
    session: Session,
    Query(q): Query<LoginQuery>,
) -> Response {
    begin_login(&st, &session, Flow::Citizen, q.neste.as_deref()).await
}

pub async fn staff_login(
    State(st): State<ServerState>,
    session: Session,
    Query(q): Query<LoginQuery>,
) -> Response {
    begin_login(&st, &session, Flow::Staff, q.neste.as_deref()).await
}

/// Maps a verified citizen login to a person: the `pid` must name one we know.
async fn citizen_principal(
    st: &ServerState,
    login: &VerifiedLogin,
) -> Result<(Principal, String), LoginFailure> {
    let Some(pid) = &login.pid else {
        tracing::warn!("login refused: id_token without a valid pid");
        return Err(LoginFailure::UnknownPerson);
    };
    match rows::person_by_pid(&st.app.db.pool, pid).await {
        Ok(Some(p)) => Ok((
            Principal::Citizen {
                person_id: p.id.clone(),
            },
            p.full_name(),
        )),
        Ok(None) => {
            tracing::info!("login refused: pid not known as a person");
            Err(LoginFailure::UnknownPerson)
        }
        Err(e) => {
            tracing::error!(error = %e, "person lookup failed");
            Err(LoginFailure::Generic)
        }
    }
}

/// Maps a verified employee login to a staff member: known `sub`, a staff role, and
/// the unit the provider says must be the one we have on record.
async fn staff_principal(
    st: &ServerState,
    login: &VerifiedLogin,
) -> Result<(Principal, String), LoginFailure> {
    let roles: Vec<String> = login
        .roles
        .iter()
        .filter(|r| StaffRole::parse(r).is_some())
        .cloned()
        .collect();
    if roles.is_empty() || login.pid.is_some() {
        tracing::info!("staff login refused: no staff role, or a citizen token");
        return Err(LoginFailure::NotStaff);
    }
    let row = sqlx::query("SELECT id, name, unit_id FROM staff WHERE sub = $1")
        .bind(&login.subject)
        .fetch_optional(&st.app.db.pool)
        .await;
    match row {
        Ok(Some(r)) => {
            let staff_id: String = r.try_get("id").map_err(|_| LoginFailure::Generic)?;
            let name: String = r.try_get("name").map_err(|_| LoginFailure::Generic)?;
            let unit_id: String = r.try_get("unit_id").map_err(|_| LoginFailure::Generic)?;
            if login.unit.as_deref() != Some(unit_id.as_str()) {
                tracing::info!("staff login refused: unit claim differs from our record");
                return Err(LoginFailure::NotStaff);
            }
            Ok((
                Principal::Staff {
                    staff_id,
                    unit_id,
                    roles,
                },
                name,
            ))
        }
        Ok(None) => {
            tracing::info!("staff login refused: unknown staff subject");
            Err(LoginFailure::NotStaff)
        }
        Err(e) => {
            tracing::error!(error = %e, "staff lookup failed");
            Err(LoginFailure::Generic)
        }
    }
}

/// `language`: the one the citizen logs in with, kept for their notices.
async fn finish_login(
    st: &ServerState,
    session: &Session,
    flow: Flow,
    params: &CallbackParams,
    language: Option<app::i18n::Locale>,
) -> Response {
    // One use only: a replayed callback finds nothing pending.
    let key = pending_key(flow == Flow::Staff);
    let pending: Option<PendingLogin> = session.remove(key).await.ok().flatten();
    let Some(pending) = pending else {
        return flow.failed(LoginFailure::Expired);
    };
    let verified = match flow.rp(st).finish(params, &pending, now_unix()).await {
        Ok(v) => v,
        Err(reason) => return flow.failed(reason),
    };
    let mapped = match flow {
        Flow::Citizen => citizen_principal(st, &verified).await,
        Flow::Staff => staff_principal(st, &verified).await,
    };
    let (principal, display_name) = match mapped {
        Ok(m) => m,
        Err(reason) => return flow.failed(reason),
    };
    // A new session id at login, so a planted id cannot be ridden (session fixation).
    if let Err(e) = session.cycle_id().await {
        tracing::error!(error = %e, "could not renew the session id");
        return flow.failed(LoginFailure::Generic);
    }
    let user = SessionUser {
        principal,
        display_name,
        acr: verified.acr,
        login_at: now_unix(),
    };
    let stored = async {
        session.insert(USER_KEY, &user).await?;
        session.insert(ID_TOKEN_KEY, &verified.id_token).await
    }
    .await;
    if let Err(e) = stored {
        tracing::error!(error = %e, "could not store the login in the session");
        return flow.failed(LoginFailure::Generic);
    }
    audit_session(st, &user, Action::Login).await;
    if let (Principal::Citizen { person_id }, Some(locale)) = (&user.principal, language) {
        remember_language(st, person_id, locale).await;
    }
    Redirect::to(&pending.next).into_response()
}

/// Logins and logouts are audited like reads.
async fn audit_session(st: &ServerState, user: &SessionUser, action: Action) {
    let (actor, subject) = match &user.principal {
        Principal::Citizen { person_id } => (Actor::Citizen(person_id), Some(person_id.as_str())),
        Principal::Staff { staff_id, .. } => (Actor::Staff(staff_id), None),
    };
    let entry = Entry {
        action,
        why: Reason::OwnSession,
        case_id: None,
        document_id: None,
        subject_person_id: subject,
        reason: Some(&user.acr),
    };
    if let Err(e) = audit::record(&st.app.db, actor, entry).await {
        tracing::error!(error = %e, "audit write failed for {action}");
    }
}

pub async fn callback(
    State(st): State<ServerState>,
    session: Session,
    headers: axum::http::HeaderMap,
    Query(params): Query<CallbackParams>,
) -> Response {
    let language = app::i18n::locale_from_headers(&headers);
    finish_login(&st, &session, Flow::Citizen, &params, Some(language)).await
}

/// A citizen's notices are written in the language they last logged in with.
async fn remember_language(st: &ServerState, person_id: &str, locale: app::i18n::Locale) {
    if let Err(e) = app::store::notices::set_language(&st.app.db, person_id, locale.code()).await {
        tracing::warn!(error = %e, "could not remember the language for notices");
    }
}

pub async fn staff_callback(
    State(st): State<ServerState>,
    session: Session,
    Query(params): Query<CallbackParams>,
) -> Response {
    finish_login(&st, &session, Flow::Staff, &params, None).await
}

/// Ends our session, then the provider's (RP-initiated logout) when it offers that.
pub async fn logout(State(st): State<ServerState>, session: Session) -> Response {
    let user: Option<SessionUser> = session.get(USER_KEY).await.ok().flatten();
    let hint: Option<String> = session.get(ID_TOKEN_KEY).await.ok().flatten();
    if let Err(e) = session.flush().await {
        tracing::error!(error = %e, "could not end the session");
    }
    let Some(user) = user else {
        return Redirect::to("/logget-ut").into_response();
    };
    audit_session(&st, &user, Action::Logout).await;
    let flow = match user.principal {
        Principal::Citizen { .. } => Flow::Citizen,
        Principal::Staff { .. } => Flow::Staff,
    };
    let after = format!("{}/logget-ut", st.config.public_url);
    match flow.rp(&st).logout_url(hint.as_deref(), &after).await {
        Some(url) if hint.is_some() => Redirect::to(&url).into_response(),
        _ => Redirect::to("/logget-ut").into_response(),
    }
}

#[derive(Deserialize)]
pub struct LanguageQuery {
    til: Option<String>,
}

/// Sets the language cookie and goes back; a plain link, so it works without JavaScript.
pub async fn set_language(
    State(st): State<ServerState>,
    Path(code): Path<String>,
    Query(q): Query<LanguageQuery>,
) -> Response {
    let Some(locale) = Locale::parse(&code) else {
        return ApiError::NotFound.into_response();
    };
    let secure = if st.config.secure_cookies() {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        locale.code()
    );
    let back = safe_next(q.til.as_deref(), "/");
    (
        AppendHeaders([(header::SET_COOKIE, cookie)]),
        Redirect::to(&back),
    )
        .into_response()
}

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(st): State<ServerState>) -> Response {
    if st.app.db.ping().await {
        (StatusCode::OK, "ready").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

/// For operators: notices waiting and given up (a count above zero of `dead` needs a
/// look at the log). No personal data.
pub async fn metrics(State(st): State<ServerState>) -> Response {
    match app::store::notices::counts(&st.app.db).await {
        Ok((waiting, dead)) => (
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
            format!("minsak_notices_waiting {waiting}\nminsak_notices_dead {dead}\n"),
        )
            .into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response(),
    }
}

/// A document's PDF, served only when the policy gives the viewer the whole document.
pub async fn document_pdf(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let person_id = app::web::auth::citizen_in(&session, &st.app)
        .await
        .ok_or(ApiError::NotFound)?;
    let today = st.app.today();
    let pdf =
        app::features::reading::document_pdf(&st.app.db, &person_id, &case_id, &document_id, today)
            .await?;
    match pdf {
        Some((_title, bytes)) => Ok((
            [
                (header::CONTENT_TYPE, "application/pdf".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"{}.pdf\"",
                        ascii_file_name(&document_id)
                    ),
                ),
            ],
            bytes,
        )
            .into_response()),
        None => Err(ApiError::NotFound),
    }
}

/// A file name that cannot break the header: ASCII letters, digits and dashes only.
fn ascii_file_name(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}
