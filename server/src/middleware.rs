//! Cross-cutting response rules: who may reach private pages, what browsers may cache,
//! and the security headers every response carries.

use crate::ServerState;
use app::auth::{user_from_session, Principal};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// Who a path is for. The server functions behind the pages check again (and the
/// policy decides what each shows); this only sends visitors to the right login.
#[derive(Debug, PartialEq, Eq)]
enum Audience {
    Public,
    Citizen,
    Staff,
}

fn audience(path: &str) -> Audience {
    let under = |prefix: &str| path == prefix || path.starts_with(&format!("{prefix}/"));
    if under("/mine-saker") || path.starts_with("/sak/") {
        Audience::Citizen
    } else if under("/ansatt")
        && path != "/ansatt"
        && !path.starts_with("/ansatt/auth/")
        && path != "/ansatt/innlogging-feilet"
    {
        Audience::Staff
    } else {
        Audience::Public
    }
}

/// A citizen session never reaches staff pages, and a staff session never reaches a
/// citizen's pages: each is sent to its own login instead.
pub async fn require_login(
    State(st): State<ServerState>,
    session: Session,
    req: Request,
    next: Next,
) -> Response {
    let path = req.uri().path().to_string();
    let needed = audience(&path);
    if needed != Audience::Public {
        let user = user_from_session(&session, st.app.session_absolute_secs).await;
        let ok = match user.map(|u| u.principal) {
            Some(Principal::Citizen { .. }) => needed == Audience::Citizen,
            Some(Principal::Staff { .. }) => needed == Audience::Staff,
            None => false,
        };
        if !ok {
            let target = match req.uri().query() {
                Some(q) => format!("{path}?{q}"),
                None => path,
            };
            let encoded: String = url::form_urlencoded::byte_serialize(target.as_bytes()).collect();
            let login = if needed == Audience::Staff {
                "/ansatt/auth/login"
            } else {
                "/auth/login"
            };
            return Redirect::to(&format!("{login}?neste={encoded}")).into_response();
        }
    }
    next.run(req).await
}

/// Refuses state-changing requests whose Origin (or, lacking it, Referer) is another
/// site: with SameSite=Lax cookies a cross-site form cannot ride a session anyway, this
/// is the second lock. The machine-to-machine import API (bearer tokens, no cookies)
/// is exempt.
pub async fn same_origin_writes(
    State(st): State<ServerState>,
    req: Request,
    next: Next,
) -> Response {
    let writes = !matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD | axum::http::Method::OPTIONS
    );
    if writes && !req.uri().path().starts_with("/api/import/") {
        let header = |name| {
            req.headers()
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        let source = header(header::ORIGIN).or_else(|| header(header::REFERER));
        let ours = source
            .as_deref()
            .is_some_and(|s| same_origin(s, &st.config.public_url));
        if source.is_some() && !ours {
            tracing::warn!("refused a cross-site write");
            return axum::http::StatusCode::FORBIDDEN.into_response();
        }
    }
    next.run(req).await
}

fn same_origin(a: &str, b: &str) -> bool {
    match (url::Url::parse(a), url::Url::parse(b)) {
        (Ok(a), Ok(b)) => a.origin() == b.origin(),
        _ => false,
    }
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

#[cfg(test)]
mod tests {
    use super::{audience, Audience};

    #[test]
    fn origins_compare_scheme_host_and_port() {
        use super::same_origin;
        assert!(same_origin(
            "http://localhost:3000/x",
            "http://localhost:3000"
        ));
        assert!(!same_origin(
            "http://localhost:9090",
            "http://localhost:3000"
        ));
        assert!(!same_origin(
            "https://evil.example",
            "http://localhost:3000"
        ));
        assert!(!same_origin("null", "http://localhost:3000"));
    }

    #[test]
    fn paths_are_assigned_to_their_audience() {
        assert_eq!(audience("/mine-saker"), Audience::Citizen);
        assert_eq!(audience("/sak/case-a/dokumenter"), Audience::Citizen);
        assert_eq!(audience("/ansatt/saker"), Audience::Staff);
        assert_eq!(audience("/ansatt"), Audience::Public);
        assert_eq!(audience("/ansatt/auth/login"), Audience::Public);
        assert_eq!(audience("/ansattx"), Audience::Public);
        assert_eq!(audience("/"), Audience::Public);
        assert_eq!(audience("/mine-sakerx"), Audience::Public);
    }

    /// Server functions check the session themselves (the path-based login check does
    /// not cover /api). The end-to-end authorization matrix probes each of them for
    /// every role; this fails when one is added without being put in the matrix.
    #[test]
    fn every_server_function_is_in_the_authorization_matrix() {
        let matrix = include_str!("../../end2end/tests/helpers.ts");
        let paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
            .map(|(path, _)| path)
            .collect();
        assert!(paths.len() >= 12, "server functions found: {paths:?}");
        // whoami answers everyone (with nobody's data) and is not in the matrix.
        let missing: Vec<&&str> = paths
            .iter()
            .filter(|p| **p != "/api/whoami" && !matrix.contains(&format!("'{p}'")))
            .collect();
        assert!(missing.is_empty(), "not probed by the matrix: {missing:?}");
    }
}
