//! Cross-cutting response rules: who may reach private pages, what browsers may cache,
//! and the security headers every response carries.

use crate::ServerState;
use app::web::auth::{user_from_session, Principal};
use app::web::form_drafts;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::Arc;
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
            let target = if req.method() == Method::POST {
                // A form sent after the session ended: keep what was typed, and come
                // back to the form's page (its action answers POST only).
                keep_posted_form(&session, &path, req).await;
                form_drafts::page_of_action(&path)
                    .unwrap_or("/")
                    .to_string()
            } else {
                match req.uri().query() {
                    Some(q) => format!("{path}?{q}"),
                    None => path,
                }
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

/// Keeps the fields of a form posted without a valid session (see `app::web::form_drafts`).
/// Losing them only costs the convenience: the login still happens.
async fn keep_posted_form(session: &Session, path: &str, req: Request) {
    let draft = if crate::form_post::is_multipart(&req) {
        // Files are not kept: only the text fields before them.
        let fields = crate::form_post::leading_text_fields(req, form_drafts::MAX_DRAFT_BYTES).await;
        form_drafts::draft_from_fields(path, fields)
    } else {
        match axum::body::to_bytes(req.into_body(), form_drafts::MAX_DRAFT_BYTES).await {
            Ok(body) => form_drafts::draft_from_post(path, &body),
            Err(_) => return,
        }
    };
    if let Some(draft) = draft {
        if let Err(e) = form_drafts::keep(session, &draft).await {
            tracing::warn!(error = %e, "could not keep a form posted after the session ended");
        }
    }
}

/// Refuses state-changing requests not shown to come from our own pages: they must
/// carry an Origin of the portal, or (lacking Origin) `Sec-Fetch-Site: same-origin`.
/// A request with neither is refused too: browsers send one of them on every POST, so
/// only something that hides where it comes from lacks both. With SameSite=Lax cookies
/// a cross-site form cannot ride a session anyway; this is the second lock. The
/// machine-to-machine import API (bearer tokens, no cookies) is exempt.
pub async fn same_origin_writes(
    State(public_url): State<Arc<str>>,
    req: Request,
    next: Next,
) -> Response {
    // In a block: the borrow of the request (whose body is not Sync) must end before
    // the await below.
    let allowed = {
        let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
        write_allowed(
            req.method(),
            req.uri().path(),
            header(header::ORIGIN.as_str()),
            header("sec-fetch-site"),
            &public_url,
        )
    };
    if !allowed {
        tracing::warn!(method = %req.method(), "refused a write not shown to be same-origin");
        return axum::http::StatusCode::FORBIDDEN.into_response();
    }
    next.run(req).await
}

/// The rule of [`same_origin_writes`]: reads pass; writes need our Origin, or no Origin
/// and `Sec-Fetch-Site: same-origin`; the import API is not a browser's.
fn write_allowed(
    method: &Method,
    path: &str,
    origin: Option<&str>,
    fetch_site: Option<&str>,
    public_url: &str,
) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    if path == "/api/import" || path.starts_with("/api/import/") {
        return true;
    }
    match origin {
        // A foreign (or "null") Origin is refused whatever else the request says.
        Some(origin) => same_origin(origin, public_url),
        None => fetch_site == Some("same-origin"),
    }
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

/// Renders a page of the portal for a request (leptos' renderer, made nameable).
pub type PageRenderer = Arc<
    dyn Fn(Request) -> std::pin::Pin<Box<dyn std::future::Future<Output = Response> + Send>>
        + Send
        + Sync,
>;

/// A browser never gets a bare status page: an error answer without a page of its own
/// (a 405 from the router, a 404 or 500 from a handler) to a page load is replaced by
/// the portal's translated error page for that status, in the reader's language and
/// with a way back. Answers to scripts and pages that already explain themselves pass.
pub async fn error_pages(State(render): State<PageRenderer>, req: Request, next: Next) -> Response {
    let navigation = is_page_load(req.headers());
    let (headers, extensions) = (req.headers().clone(), req.extensions().clone());
    let res = next.run(req).await;
    let status = res.status();
    if !navigation || !(status.is_client_error() || status.is_server_error()) || is_html(&res) {
        return res;
    }
    let mut page_req = Request::new(axum::body::Body::empty());
    *page_req.uri_mut() = match format!("/feil/{}", status.as_u16()).parse() {
        Ok(uri) => uri,
        Err(_) => return res,
    };
    *page_req.headers_mut() = headers;
    *page_req.extensions_mut() = extensions;
    let mut page = render(page_req).await;
    *page.status_mut() = status;
    page
}

/// A top-level page load by a browser (not a script's fetch or an image).
fn is_page_load(headers: &axum::http::HeaderMap) -> bool {
    let value = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    match value("sec-fetch-mode") {
        Some(mode) => mode == "navigate",
        None => value(header::ACCEPT.as_str()).is_some_and(|a| a.contains("text/html")),
    }
}

fn is_html(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"))
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
/// hence 'unsafe-inline' for scripts; forms may post to us and (logout) the providers.
pub fn content_security_policy(issuers: &[&str]) -> String {
    let mut origins: Vec<String> = issuers
        .iter()
        .filter_map(|i| url::Url::parse(i).ok())
        .map(|u| u.origin().ascii_serialization())
        .collect();
    origins.dedup();
    let origins = origins.join(" ");
    format!(
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         form-action 'self' {origins}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
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

    /// Through a router with the middleware, as a browser or an attacker would post.
    mod writes {
        use super::super::same_origin_writes;
        use axum::body::Body;
        use axum::http::{Request, StatusCode};
        use axum::routing::post;
        use axum::Router;
        use std::sync::Arc;
        use tower::ServiceExt;

        const PORTAL: &str = "http://localhost:3000";

        async fn status(method: &str, path: &str, headers: &[(&str, &str)]) -> StatusCode {
            let router = Router::new()
                .route(
                    "/auth/logout",
                    post(|| async { "ok" }).get(|| async { "ok" }),
                )
                .route("/api/import/v1/batch", post(|| async { "ok" }))
                .layer(axum::middleware::from_fn_with_state(
                    Arc::<str>::from(PORTAL),
                    same_origin_writes,
                ));
            let mut req = Request::builder().method(method).uri(path);
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            let req = req.body(Body::empty()).expect("request");
            router.oneshot(req).await.expect("response").status()
        }

        #[tokio::test]
        async fn a_post_with_neither_origin_nor_fetch_site_is_refused() {
            assert_eq!(
                status("POST", "/auth/logout", &[]).await,
                StatusCode::FORBIDDEN
            );
            // A Referer alone proves nothing (it was accepted before).
            let referer = [("referer", "http://localhost:3000/mine-saker")];
            assert_eq!(
                status("POST", "/auth/logout", &referer).await,
                StatusCode::FORBIDDEN
            );
            for method in ["PUT", "PATCH", "DELETE"] {
                assert_eq!(
                    status(method, "/auth/logout", &[]).await,
                    StatusCode::FORBIDDEN,
                    "{method}"
                );
            }
        }

        #[tokio::test]
        async fn a_foreign_origin_is_refused() {
            for origin in ["https://evil.example", "http://localhost:9090", "null"] {
                let h = [("origin", origin), ("sec-fetch-site", "same-origin")];
                assert_eq!(
                    status("POST", "/auth/logout", &h).await,
                    StatusCode::FORBIDDEN,
                    "{origin}"
                );
            }
        }

        #[tokio::test]
        async fn our_origin_passes() {
            let h = [("origin", PORTAL)];
            assert_eq!(status("POST", "/auth/logout", &h).await, StatusCode::OK);
        }

        #[tokio::test]
        async fn fetch_site_same_origin_alone_passes() {
            let h = [("sec-fetch-site", "same-origin")];
            assert_eq!(status("POST", "/auth/logout", &h).await, StatusCode::OK);
        }

        #[tokio::test]
        async fn fetch_site_cross_site_or_same_site_is_refused() {
            for site in ["cross-site", "same-site", "none"] {
                let h = [("sec-fetch-site", site)];
                assert_eq!(
                    status("POST", "/auth/logout", &h).await,
                    StatusCode::FORBIDDEN,
                    "{site}"
                );
            }
        }

        #[tokio::test]
        async fn reads_and_the_import_api_need_neither() {
            assert_eq!(status("GET", "/auth/logout", &[]).await, StatusCode::OK);
            assert_eq!(
                status("POST", "/api/import/v1/batch", &[]).await,
                StatusCode::OK
            );
        }
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

    /// The error-page rule, with a renderer that marks what it rendered.
    mod error_pages {
        use super::super::{error_pages, PageRenderer};
        use axum::body::Body;
        use axum::http::{header, Request, StatusCode};
        use axum::response::{Html, IntoResponse};
        use axum::routing::get;
        use axum::Router;
        use std::sync::Arc;
        use tower::ServiceExt;

        async fn fetch(path: &str, headers: &[(&str, &str)]) -> (StatusCode, String) {
            let render: PageRenderer = Arc::new(|req: Request<Body>| {
                let path = req.uri().path().to_string();
                Box::pin(async move { Html(format!("portal page for {path}")).into_response() })
            });
            let router = Router::new()
                .route("/bare", get(|| async { StatusCode::INTERNAL_SERVER_ERROR }))
                .route(
                    "/explained",
                    get(|| async { (StatusCode::NOT_FOUND, Html("our own 404")) }),
                )
                .route("/ok", get(|| async { "fine" }))
                .route("/post-only", axum::routing::post(|| async { "posted" }))
                .layer(axum::middleware::from_fn_with_state(render, error_pages));
            let mut req = Request::builder().uri(path);
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            let res = router
                .oneshot(req.body(Body::empty()).expect("request"))
                .await
                .expect("response");
            let status = res.status();
            let body = axum::body::to_bytes(res.into_body(), 1 << 16)
                .await
                .expect("body");
            (status, String::from_utf8_lossy(&body).into_owned())
        }

        const NAVIGATE: &[(&str, &str)] = &[("sec-fetch-mode", "navigate")];

        #[tokio::test]
        async fn a_page_load_never_gets_a_bare_status() {
            assert_eq!(
                fetch("/bare", NAVIGATE).await,
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "portal page for /feil/500".into()
                )
            );
            assert_eq!(
                fetch("/post-only", NAVIGATE).await,
                (
                    StatusCode::METHOD_NOT_ALLOWED,
                    "portal page for /feil/405".into()
                )
            );
            // Without Sec-Fetch-Mode, a browser's Accept says it is a page load.
            let accept = [(header::ACCEPT.as_str(), "text/html,application/xhtml+xml")];
            assert_eq!(fetch("/bare", &accept).await.1, "portal page for /feil/500");
        }

        #[tokio::test]
        async fn pages_that_explain_themselves_and_scripts_pass_untouched() {
            assert_eq!(
                fetch("/explained", NAVIGATE).await,
                (StatusCode::NOT_FOUND, "our own 404".into())
            );
            assert_eq!(
                fetch("/ok", NAVIGATE).await,
                (StatusCode::OK, "fine".into())
            );
            let script = [("sec-fetch-mode", "cors"), ("accept", "text/html")];
            assert_eq!(
                fetch("/bare", &script).await,
                (StatusCode::INTERNAL_SERVER_ERROR, String::new())
            );
        }
    }
}
