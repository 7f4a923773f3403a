use crate::i18n::t;
use crate::ui::components::Page;
use leptos::prelude::*;

#[component]
pub fn LoggedOut() -> impl IntoView {
    view! {
        <Page heading=t("logged-out-heading")>
            <p>{t("logged-out-body")}</p>
            <p>
                <a class="button" href="/auth/login">{t("log-in-again")}</a>
            </p>
        </Page>
    }
}
