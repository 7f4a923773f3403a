//! Server functions: the only data API the pages use. Each one first asks who is
//! logged in and then the access policy; errors carry a code, never internal detail.

mod cases;
mod error;
mod types;

pub use cases::*;
pub use error::ApiError;
pub use types::*;

use leptos::prelude::*;

/// The logged-in user's display name, for the page header.
#[server(prefix = "/api", endpoint = "whoami")]
pub async fn whoami() -> Result<Option<String>, ApiError> {
    Ok(crate::auth::current_user().await.map(|u| u.display_name))
}
