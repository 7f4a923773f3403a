use crate::i18n::t;
use crate::ui::components::Page;
use leptos::prelude::*;

#[component]
pub fn Landing() -> impl IntoView {
    view! {
        <Page heading=t("landing-heading")>
            <p class="lead">{t("landing-intro")}</p>
            <ul class="checklist">
                <li>{t("landing-point-cases")}</li>
                <li>{t("landing-point-documents")}</li>
                <li>{t("landing-point-contact")}</li>
            </ul>
            <p>
                <a class="button" href="/auth/login">{t("log-in-idporten")}</a>
            </p>
            <p class="hint">{t("landing-who")}</p>
        </Page>
    }
}
