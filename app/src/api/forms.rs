//! What a page needs to make its form survive an ended session (see `form_drafts`):
//! the owner tag the form carries, and what was typed before the session ended.

use serde::{Deserialize, Serialize};

/// The state of the logged-in user's form on one page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormState {
    /// The `form_owner` value the form carries.
    pub owner: String,
    /// The fields posted after the session ended, handed back once.
    pub restored: Option<Vec<(String, String)>>,
}

impl FormState {
    /// A restored field's value.
    pub fn field(&self, name: &str) -> Option<String> {
        self.restored
            .as_ref()?
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// The form state for `page`, taking a kept draft. Read on the server while the page
/// renders; deliberately no endpoint, as nothing in the browser asks for it.
pub async fn form_state(page: String) -> FormState {
    #[cfg(feature = "ssr")]
    {
        let Some(user) = crate::web::auth::current_user().await else {
            return FormState::default();
        };
        let restored = match leptos_axum::extract::<tower_sessions::Session>().await {
            Ok(session) => crate::web::form_drafts::take(&session, &user.principal, &page)
                .await
                .unwrap_or_else(|e| {
                    tracing::error!(error = %e, "could not read a kept form");
                    None
                }),
            Err(_) => None,
        };
        FormState {
            owner: crate::web::form_drafts::owner_tag(&user.principal),
            restored,
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = page;
        FormState::default()
    }
}

/// The `form_owner` tag of the logged-in user (empty when nobody is).
pub async fn form_owner() -> String {
    #[cfg(feature = "ssr")]
    {
        crate::web::auth::current_user()
            .await
            .map(|u| crate::web::form_drafts::owner_tag(&u.principal))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}
