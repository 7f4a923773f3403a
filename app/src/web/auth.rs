//! Who is logged in. The OIDC handshake lives in the server crate; it stores a
//! [`SessionUser`] in the server-side session, and everything here reads it back.
//! Tokens stay in the session store and never reach the browser.

use super::state::{app_state, AppState};
use crate::access::StaffCtx;
use crate::api::dto::ApiError;
use crate::store::Db;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// Session key of the logged-in user.
pub const USER_KEY: &str = "user";
/// Session key of the id_token, kept only as the hint for RP-initiated logout.
pub const ID_TOKEN_KEY: &str = "id_token_hint";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Principal {
    Citizen {
        person_id: String,
    },
    Staff {
        staff_id: String,
        unit_id: String,
        roles: Vec<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub principal: Principal,
    pub display_name: String,
    pub acr: String,
    pub login_at: i64,
}

impl SessionUser {
    pub fn person_id(&self) -> Option<&str> {
        match &self.principal {
            Principal::Citizen { person_id } => Some(person_id),
            Principal::Staff { .. } => None,
        }
    }

    /// Past the absolute lifetime (whatever the activity; the idle timeout is the
    /// session store's), or logged in "in the future", which nobody can be.
    fn expired(&self, now: i64, absolute_lifetime_secs: i64) -> bool {
        now - self.login_at > absolute_lifetime_secs || self.login_at > now + 60
    }
}

/// Reads the user from a session, ending the session when its absolute lifetime is over.
pub async fn user_from_session(
    session: &Session,
    absolute_lifetime_secs: i64,
) -> Option<SessionUser> {
    let user: SessionUser = match session.get(USER_KEY).await {
        Ok(user) => user?,
        Err(e) => {
            // Treated as logged out (the login brings the user back), but said: a store
            // failure must not pass for an ended session in the log.
            tracing::error!(error = %e, "could not read the session");
            return None;
        }
    };
    if user.expired(crate::store::now_unix(), absolute_lifetime_secs) {
        // A failed flush leaves a session nobody can use: it is expired either way.
        let _ = session.flush().await;
        return None;
    }
    Some(user)
}

/// The user of the request being handled (server functions and server components).
pub async fn current_user() -> Option<SessionUser> {
    let session = leptos_axum::extract::<Session>().await.ok()?;
    let state = leptos::prelude::use_context::<AppState>()?;
    user_from_session(&session, state.session_absolute_secs).await
}

// Session -> principal: the only place that turns a session into a citizen or a staff
// member, for server functions (`current_*`) and plain form handlers (`*_in`) alike.

/// The person id of the citizen logged in to `session`; `None` for staff and nobody.
pub async fn citizen_in(session: &Session, app: &AppState) -> Option<String> {
    let user = user_from_session(session, app.session_absolute_secs).await?;
    user.person_id().map(str::to_string)
}

/// The staff member logged in to `session`, as the staff table has them now; `None`
/// for a citizen, nobody, or an employee no longer on record.
pub async fn staff_in(session: &Session, app: &AppState) -> Result<Option<StaffCtx>, sqlx::Error> {
    match user_from_session(session, app.session_absolute_secs).await {
        Some(user) => staff_of(&app.db, user).await,
        None => Ok(None),
    }
}

/// The staff member of a session's user as on record now: only the staff id is taken
/// from the session, so the unit and role are never those of an old login.
pub async fn staff_of(db: &Db, user: SessionUser) -> Result<Option<StaffCtx>, sqlx::Error> {
    match user.principal {
        Principal::Staff { staff_id, .. } => crate::store::staff::current(db, &staff_id).await,
        Principal::Citizen { .. } => Ok(None),
    }
}

/// The citizen of the request being handled, or `Unauthorized` (also for staff).
pub async fn current_citizen() -> Result<(String, AppState), ApiError> {
    let user = current_user().await.ok_or(ApiError::Unauthorized)?;
    let person_id = user.person_id().ok_or(ApiError::Unauthorized)?.to_string();
    Ok((person_id, app_state()?))
}

/// The staff member of the request being handled, or `Unauthorized` (also for a
/// citizen, or an employee no longer on record).
pub async fn current_staff() -> Result<(StaffCtx, AppState), ApiError> {
    let user = current_user().await.ok_or(ApiError::Unauthorized)?;
    let st = app_state()?;
    let ctx = staff_of(&st.db, user)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    Ok((ctx, st))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_lifetime_is_enforced() {
        let u = SessionUser {
            principal: Principal::Citizen {
                person_id: "p".into(),
            },
            display_name: "x".into(),
            acr: "idporten-loa-high".into(),
            login_at: 1_000,
        };
        let life = 7_200;
        assert!(!u.expired(1_000 + life, life));
        assert!(u.expired(1_001 + life, life));
        assert!(u.expired(0, life), "a login in the future is not trusted");
    }
}
