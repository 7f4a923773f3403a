//! Shared server state, provided to every server function and server component.

use crate::api::ApiError;
use crate::db::Db;
use chrono::NaiveDate;

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    /// Absolute session lifetime in seconds, whatever the activity.
    pub session_absolute_secs: i64,
}

impl AppState {
    pub fn today(&self) -> NaiveDate {
        today()
    }
}

/// Today's date in Norway, for age rules and deadlines.
pub fn today() -> NaiveDate {
    // Oslo is UTC+1 or +2; UTC+1 puts an age boundary at most an hour late in summer,
    // never early.
    (chrono::Utc::now() + chrono::Duration::hours(1)).date_naive()
}

pub fn app_state() -> Result<AppState, ApiError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from context");
        ApiError::Internal
    })
}
