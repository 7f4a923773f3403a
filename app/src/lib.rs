#![recursion_limit = "256"]
//! Min sak: components, routes and server functions. Compiled twice: with `ssr` for the
//! server and with `hydrate` for the browser, where only the islands run.

// The layers, lowest first; a module uses only those below it (`layers_tests` checks).
// Shared with the browser build: translations, and the server functions with their
// data types (`api::dto`), the pages and islands (`ui`).
pub mod api;
pub mod i18n;
pub mod ui;

/// Every rule of who may see or decide what, citizen and staff.
#[cfg(feature = "ssr")]
pub mod access;
/// The append-only audit log.
#[cfg(feature = "ssr")]
pub mod audit;
/// Demo data with leak sentinels.
#[cfg(feature = "ssr")]
pub mod demo;
/// Pure values and rules of the domain: no web, no SQL.
#[cfg(feature = "ssr")]
pub mod domain;
/// One folder per capability, citizen and staff sides together.
#[cfg(feature = "ssr")]
pub mod features;
/// The case system's import: payload checks, writes through `store`.
#[cfg(feature = "ssr")]
pub mod import;
/// Queries per table group.
#[cfg(feature = "ssr")]
pub mod store;
/// SSR glue: app state, who is logged in, session-kept form state.
#[cfg(feature = "ssr")]
pub mod web;

#[cfg(test)]
mod layers_tests;
/// Tests that cross features: the leak matrix, the innsyn flow.
#[cfg(test)]
mod tests;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
