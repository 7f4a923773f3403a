//! Cross-cutting response rules: who may reach private pages, what browsers may cache,
//! and the security headers every response carries.

use crate::ServerState;
use app::auth::{user_from_session, Principal};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// Pages only a logged-in citizen may open. The server functions behind them check
/// again (and the policy decides what each shows); this only sends visitors to login.
fn citizen_only(path: &str) -> bool {
    path == "/mine-saker" || path.starts_with("/mine-saker/") || path.starts_with("/sak/")
}

pub async fn require_citizen(
    State(st): State<ServerState>,
    session: Session,
    req: Request,
    next: Next,
) -> Response {
    let path = req.uri().path().to_string();
    if citizen_only(&path) {
        let user = user_from_session(&session, st.app.session_absolute_secs).await;
        let is_citizen = matches!(user.map(|u| u.principal), Some(Principal::Citizen { .. }));
        if !is_citizen {
            let target = match req.uri().query() {
                Some(q) => format!("{path}?{q}"),
                None => path,
            };
            let encoded: String = url::form_urlencoded::byte_serialize(target.as_bytes()).collect();
            return Redirect::to(&format!("/auth/login?neste={encoded}")).into_response();
        }
    }
    next.run(req).await
}

/// Pages may hold personal data: never store them (the back button after logout shows
/// nothing private).
pub async fn private_pages(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store, max-age=0"),
    );
    res
}

pub async fn security_headers(State(st): State<ServerState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    if let Ok(csp) = HeaderValue::from_str(&st.csp) {
        h.insert("content-security-policy", csp);
    }
    res
}

/// The Content-Security-Policy. Leptos' hydration loader is an inline module script,
/// hence 'unsafe-inline' for scripts; forms may post to us and (logout) the provider.
pub fn content_security_policy(issuer: &str) -> String {
    let origin = url::Url::parse(issuer)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         form-action 'self' {origin}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )
}
