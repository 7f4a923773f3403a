//! SSR glue between HTTP and the features: the app state, who is logged in, and what a
//! form carries across a redirect or an expired session.

pub mod auth;
pub mod flash;
pub mod form_drafts;
pub mod state;

#[cfg(test)]
mod staff_session_tests;
