//! Server functions: the only data API the pages use. Each one first asks who is
//! logged in and then the access policy; errors carry a code, never internal detail.

mod cases;
mod error;
mod forms;
mod staff;
mod types;
mod workbench;

pub use cases::*;
pub use error::ApiError;
pub use forms::*;
pub use staff::*;
pub use types::*;
pub use workbench::*;

use leptos::prelude::*;

/// Who is logged in, for the page header.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WhoAmI {
    pub name: String,
    pub staff: bool,
}

#[server(prefix = "/api", endpoint = "whoami")]
pub async fn whoami() -> Result<Option<WhoAmI>, ApiError> {
    Ok(crate::auth::current_user().await.map(|u| WhoAmI {
        staff: matches!(u.principal, crate::auth::Principal::Staff { .. }),
        name: u.display_name,
    }))
}

/// The barnevernvakt numbers for the page footer, read on the server while the page
/// renders; deliberately no endpoint, since nothing in the browser asks for them.
/// `None` when nobody is logged in. A failed read is logged and gives an empty list:
/// the footer still shows the national numbers and the page's status is left alone.
pub async fn footer_emergency() -> Option<Vec<EmergencyContact>> {
    #[cfg(feature = "ssr")]
    {
        let user = crate::auth::current_user().await?;
        let st = crate::state::app_state().ok()?;
        let read = match &user.principal {
            crate::auth::Principal::Citizen { person_id } => {
                crate::citizen::emergency_for_person(&st.db, person_id, st.today()).await
            }
            crate::auth::Principal::Staff { unit_id, .. } => {
                crate::citizen::emergency_for_unit(&st.db, unit_id).await
            }
        };
        Some(read.unwrap_or_else(|e| {
            tracing::error!(error = %e, "emergency contacts for the footer");
            Vec::new()
        }))
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}
