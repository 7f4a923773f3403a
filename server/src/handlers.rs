//! Plain axum handlers around the leptos app: login/logout, language choice, health.

use crate::oidc::{safe_next, CallbackParams, LoginFailure, PendingLogin, PENDING_KEY};
use crate::ServerState;
use app::audit::{self, Actor, Entry};
use app::auth::{Principal, SessionUser, ID_TOKEN_KEY, USER_KEY};
use app::db::now_unix;
use app::i18n::{Locale, LOCALE_COOKIE};
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

fn login_failed(reason: LoginFailure) -> Response {
    Redirect::to(&format!("/innlogging-feilet?grunn={}", reason.code())).into_response()
}

pub async fn login(
    State(st): State<ServerState>,
    session: Session,
    Query(q): Query<LoginQuery>,
) -> Response {
    let next = safe_next(q.neste.as_deref(), "/mine-saker");
    match st.citizen_rp.begin(next, now_unix()).await {
        Ok((url, pending)) => {
            if let Err(e) = session.insert(PENDING_KEY, pending).await {
                tracing::error!(error = %e, "could not store the pending login");
                return login_failed(LoginFailure::Generic);
            }
            Redirect::to(&url).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "could not start a login (is the provider up?)");
            login_failed(LoginFailure::Generic)
        }
    }
}

pub async fn callback(
    State(st): State<ServerState>,
    session: Session,
    Query(params): Query<CallbackParams>,
) -> Response {
    // One use only: a replayed callback finds nothing pending.
    let pending: Option<PendingLogin> = session.remove(PENDING_KEY).await.ok().flatten();
    let Some(pending) = pending else {
        return login_failed(LoginFailure::Expired);
    };
    let verified = match st.citizen_rp.finish(&params, &pending, now_unix()).await {
        Ok(v) => v,
        Err(reason) => return login_failed(reason),
    };
    let person = sqlx::query("SELECT id, given_name, family_name FROM persons WHERE pid = $1")
        .bind(&verified.pid)
        .fetch_optional(&st.app.db.pool)
        .await;
    let (person_id, name) = match person {
        Ok(Some(row)) => {
            let id: String = row.try_get("id").unwrap_or_default();
            let given: String = row.try_get("given_name").unwrap_or_default();
            let family: String = row.try_get("family_name").unwrap_or_default();
            (id, format!("{given} {family}"))
        }
        Ok(None) => {
            tracing::info!("login refused: pid not known as a person");
            return login_failed(LoginFailure::UnknownPerson);
        }
        Err(e) => {
            tracing::error!(error = %e, "person lookup failed");
            return login_failed(LoginFailure::Generic);
        }
    };
    // A new session id at login, so a planted id cannot be ridden (session fixation).
    if let Err(e) = session.cycle_id().await {
        tracing::error!(error = %e, "could not renew the session id");
        return login_failed(LoginFailure::Generic);
    }
    let user = SessionUser {
        principal: Principal::Citizen {
            person_id: person_id.clone(),
        },
        display_name: name,
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
        return login_failed(LoginFailure::Generic);
    }
    let entry = Entry {
        action: "login",
        subject_person_id: Some(&person_id),
        reason: Some(&user.acr),
        ..Default::default()
    };
    if let Err(e) = audit::record(&st.app.db, Actor::Citizen(&person_id), entry).await {
        tracing::error!(error = %e, "audit write failed at login");
    }
    Redirect::to(&pending.next).into_response()
}

pub async fn logout(State(st): State<ServerState>, session: Session) -> Response {
    let user: Option<SessionUser> = session.get(USER_KEY).await.ok().flatten();
    let hint: Option<String> = session.get(ID_TOKEN_KEY).await.ok().flatten();
    if let Err(e) = session.flush().await {
        tracing::error!(error = %e, "could not end the session");
    }
    if let Some(Principal::Citizen { person_id }) = user.as_ref().map(|u| &u.principal) {
        let entry = Entry {
            action: "logout",
            subject_person_id: Some(person_id),
            ..Default::default()
        };
        if let Err(e) = audit::record(&st.app.db, Actor::Citizen(person_id), entry).await {
            tracing::error!(error = %e, "audit write failed at logout");
        }
    }
    let after = format!("{}/logget-ut", st.config.public_url);
    match st.citizen_rp.logout_url(hint.as_deref(), &after).await {
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
        return StatusCode::NOT_FOUND.into_response();
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

/// A document's PDF, served only when the policy gives the viewer the whole document.
pub async fn document_pdf(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, document_id)): Path<(String, String)>,
) -> Response {
    let user = app::auth::user_from_session(&session, st.app.session_absolute_secs).await;
    let Some(person_id) = user.as_ref().and_then(|u| u.person_id()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let today = st.app.today();
    match app::citizen::document_pdf(&st.app.db, person_id, &case_id, &document_id, today).await {
        Ok(Some((_title, bytes))) => (
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
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "PDF download failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
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
