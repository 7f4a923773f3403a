//! The import API (`/api/import/v1/…`): the municipality's case-management system
//! (fagsystem) pushes persons, cases, parties, milestones, documents and consents in.
//!
//! Machine-to-machine: every write needs a bearer access token (`auth`), never a
//! session cookie. Nested outside the page routes, so the citizen login redirect and
//! the session never apply. Only the OpenAPI document is public: it is documentation
//! and holds no data. Parsing, checks and writes are in `app::import`.

mod auth;
mod errors;
mod handlers;
mod jwks;
#[cfg(test)]
mod tests;

use crate::ServerState;
use app::import::Limits;
use app::store::Db;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::routing::{get, post, put};
use axum::Router;
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;

pub use auth::Verifier;

/// The scope a case system's access token must carry (checked by `auth`, named in the
/// `insufficient_scope` challenge by `errors`).
pub const SCOPE: &str = "minsak:import";

#[derive(Clone)]
pub struct ImportState {
    pub db: Db,
    pub verifier: Arc<Verifier>,
    pub limits: Limits,
}

impl ImportState {
    /// The largest request body: the base64 PDF (4 characters per 3 bytes) plus room
    /// for the rest of the document. Above it the answer is 413 before parsing.
    pub fn body_limit(&self) -> usize {
        self.limits.max_pdf_bytes / 3 * 4 + 1024 * 1024
    }
}

/// The production router: keys come from the issuer's discovery document.
pub fn router(st: &ServerState) -> Router<()> {
    let c = &st.config;
    let keys = match jwks::KeySource::discovered(&c.import_issuer) {
        Ok(keys) => keys,
        Err(e) => {
            // Only an HTTP client that cannot be built ends here; without it no token
            // can be checked, so every import request is refused (503), nothing opens.
            tracing::error!(error = %e, "import API disabled: no HTTP client");
            return Router::new().fallback(|| async { errors::ApiError::keys_unavailable() });
        }
    };
    let verifier = Verifier::new(
        &c.import_issuer,
        &c.import_audience,
        &c.import_clients,
        keys,
    );
    routes(ImportState {
        db: st.app.db.clone(),
        verifier: Arc::new(verifier),
        limits: Limits {
            max_pdf_bytes: c.import_max_pdf_bytes,
        },
    })
}

/// The routes, relative to `/api/import`.
pub fn routes(state: ImportState) -> Router<()> {
    let limit = state.body_limit();
    Router::new()
        .route("/v1/openapi.json", get(handlers::openapi))
        .route("/v1/persons/{id}", put(handlers::put_person))
        .route("/v1/cases/{id}", put(handlers::put_case))
        .route("/v1/cases/{case_id}/parties/{id}", put(handlers::put_party))
        .route(
            "/v1/cases/{case_id}/milestones/{id}",
            put(handlers::put_milestone),
        )
        .route("/v1/documents/{id}", put(handlers::put_document))
        .route("/v1/consents/{id}", put(handlers::put_consent))
        .route("/v1/batch", post(handlers::batch))
        .fallback(|| async { errors::ApiError::not_found() })
        .layer(DefaultBodyLimit::max(limit))
        // Answers hold personal data (and echo ids): never cache them anywhere.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(state)
}
