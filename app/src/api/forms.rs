//! What a page needs to make its form survive an ended session (see `form_drafts`):
//! the owner tag the form carries, and what was typed before the session ended.

use super::dto::FormFlash;
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

/// The flash a form left for `page` (its outcome, or its errors and what was typed), or the form as typed when it was posted after the session ended. Read on
/// the server while the page renders; deliberately no endpoint.
pub async fn form_flash(page: String) -> FormFlash {
    #[cfg(feature = "ssr")]
    {
        let Ok(session) = leptos_axum::extract::<tower_sessions::Session>().await else {
            return FormFlash::default();
        };
        match crate::web::flash::take_form_flash(&session, &page).await {
            Ok(Some(flash)) => return flash,
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, "could not read a form flash"),
        }
        let Some(user) = crate::web::auth::current_user().await else {
            return FormFlash::default();
        };
        match crate::web::form_drafts::take(&session, &user.principal, &page).await {
            Ok(Some(input)) => FormFlash {
                page,
                form: input
                    .iter()
                    .find(|(k, _)| k == "skjema")
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
                input,
                restored: true,
                ..FormFlash::default()
            },
            Ok(None) => FormFlash::default(),
            Err(e) => {
                tracing::error!(error = %e, "could not read a kept form");
                FormFlash::default()
            }
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = page;
        FormFlash::default()
    }
}
