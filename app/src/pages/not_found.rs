use crate::components::Page;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Page heading=t("not-found-heading")>
            <p>{t("not-found-body")}</p>
            <p>
                <a href="/">{t("go-to-front-page")}</a>
            </p>
        </Page>
    }
}
