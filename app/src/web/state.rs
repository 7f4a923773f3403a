//! Shared server state, provided to every server function and server component.

use crate::api::dto::ApiError;
use crate::store::Db;
use chrono::NaiveDate;

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    /// Attachments' bytes (outside the database).
    pub files: crate::store::files::FileStore,
    /// Absolute session lifetime in seconds, whatever the activity.
    pub session_absolute_secs: i64,
    /// Open thread pages waiting for new messages.
    pub live: crate::features::post::LiveThreads,
}

impl AppState {
    /// The state for one request: its database handle keeps what the request read
    /// once ([`crate::store::memo`]).
    pub fn for_request(&self) -> AppState {
        AppState {
            db: self.db.for_request(),
            ..self.clone()
        }
    }

    pub fn today(&self) -> NaiveDate {
        crate::domain::clock::today()
    }
}

pub fn app_state() -> Result<AppState, ApiError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context");
        ApiError::Internal
    })
}
