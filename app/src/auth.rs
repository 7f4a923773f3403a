//! Who is logged in. The OIDC handshake lives in the server crate; it stores a
//! [`SessionUser`] in the server-side session, and everything here reads it back.
//! Tokens stay in the session store and never reach the browser.

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
    let user: SessionUser = session.get(USER_KEY).await.ok().flatten()?;
    if user.expired(crate::db::now_unix(), absolute_lifetime_secs) {
        // A failed flush leaves a session nobody can use: it is expired either way.
        let _ = session.flush().await;
        return None;
    }
    Some(user)
}

/// The user of the request being handled (server functions and server components).
pub async fn current_user() -> Option<SessionUser> {
    let session = leptos_axum::extract::<Session>().await.ok()?;
    let state = leptos::prelude::use_context::<crate::state::AppState>()?;
    user_from_session(&session, state.session_absolute_secs).await
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
