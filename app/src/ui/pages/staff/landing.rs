use crate::i18n::t;
use crate::ui::components::Page;
use leptos::prelude::*;

#[component]
pub fn StaffLanding() -> impl IntoView {
    view! {
        <Page heading=t("staff-landing-heading")>
            <p class="lead">{t("staff-landing-intro")}</p>
            <p>
                <a class="button" href="/ansatt/auth/login">{t("staff-log-in")}</a>
            </p>
            <p class="hint">{t("staff-landing-citizen-hint")} " " <a href="/">{t("go-to-front-page")}</a></p>
        </Page>
    }
}
