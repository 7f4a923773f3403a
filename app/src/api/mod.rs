//! Server functions: the only data API the pages use. Each one first asks who is
//! logged in and then the access policy; errors carry a code, never internal detail.

mod access_log;
mod consent;
pub mod dto;
mod forms;
mod innsyn;
mod minutes;
mod post;
mod reading;
mod release;
mod staff;

pub use access_log::*;
pub use consent::*;
pub use dto::*;
pub use forms::*;
pub use innsyn::*;
pub use minutes::*;
pub use post::*;
pub use reading::*;
pub use release::*;
pub use staff::*;

use leptos::prelude::*;

/// Who is logged in, for the page header.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WhoAmI {
    pub name: String,
    pub staff: bool,
}

#[server(prefix = "/api", endpoint = "whoami")]
pub async fn whoami() -> Result<Option<WhoAmI>, ApiError> {
    Ok(crate::web::auth::current_user().await.map(|u| WhoAmI {
        staff: matches!(u.principal, crate::web::auth::Principal::Staff { .. }),
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
        let user = crate::web::auth::current_user().await?;
        let st = crate::web::state::app_state().ok()?;
        let read = match &user.principal {
            crate::web::auth::Principal::Citizen { person_id } => {
                crate::features::reading::emergency_for_person(&st.db, person_id, st.today()).await
            }
            crate::web::auth::Principal::Staff { unit_id, .. } => {
                crate::features::reading::emergency_for_unit(&st.db, unit_id).await
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
