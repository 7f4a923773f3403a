//! Server functions: the only data API the pages use. Each one first asks who is
//! logged in and then the access policy; errors carry a code, never internal detail.

mod cases;
mod error;
mod staff;
mod types;
mod workbench;

pub use cases::*;
pub use error::ApiError;
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
