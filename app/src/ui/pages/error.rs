//! The portal's own error pages: a missing page, and every other error status a
//! browser may meet (the server's `error_pages` middleware renders `/feil/{status}`
//! in place of a bare status page). Each says what happened and offers a way on.

use crate::i18n::t;
use crate::ui::components::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[cfg(feature = "ssr")]
fn set_status(code: u16) {
    if let (Some(resp), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(code),
    ) {
        resp.set_status(status);
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_status(404);
    view! {
        <Page heading=t("not-found-heading")>
            <p>{t("not-found-body")}</p>
            <WayBack/>
        </Page>
    }
}

/// What each status means to the reader: (heading, explanation) message keys.
fn error_text(status: u16) -> (&'static str, &'static str) {
    match status {
        404 | 410 => ("not-found-heading", "not-found-body"),
        405 => ("error-page-method-heading", "error-page-method-body"),
        403 => ("error-page-refused-heading", "error-page-refused-body"),
        400 | 413 | 415 | 422 => (
            "error-page-bad-request-heading",
            "error-page-bad-request-body",
        ),
        500..=599 => ("error-page-server-heading", "error-page-server-body"),
        _ => ("error-page-other-heading", "error-page-other-body"),
    }
}

/// Every message key the error pages can show (each must be translated everywhere):
/// one status of each arm of [`error_text`].
pub fn error_page_keys() -> Vec<&'static str> {
    [400, 403, 404, 405, 500, 418]
        .iter()
        .flat_map(|s| {
            let (h, b) = error_text(*s);
            [h, b]
        })
        .collect()
}

#[component]
pub fn ErrorPage() -> impl IntoView {
    let params = use_params_map();
    let status = params
        .read_untracked()
        .get("status")
        .and_then(|s| s.parse::<u16>().ok())
        .filter(|s| (400..600).contains(s))
        .unwrap_or(500);
    #[cfg(feature = "ssr")]
    set_status(status);
    let (heading, body) = error_text(status);
    view! {
        <Page heading=t(heading)>
            <p>{t(body)}</p>
            <WayBack/>
        </Page>
    }
}

/// Back to where the reader came from, or to the front page.
#[component]
fn WayBack() -> impl IntoView {
    view! {
        <p>
            <a href="/">{t("go-to-front-page")}</a>
        </p>
    }
}
