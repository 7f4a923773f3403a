use crate::i18n::t;
use crate::ui::components::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Why a login was refused. The reason arrives as a code in the query string; only
/// known codes are shown, anything else falls back to a generic message.
#[component]
pub fn LoginFailed() -> impl IntoView {
    login_failed("/auth/login")
}

/// The same for the employee login.
#[component]
pub fn StaffLoginFailed() -> impl IntoView {
    login_failed("/ansatt/auth/login")
}

fn login_failed(login: &'static str) -> impl IntoView {
    let query = use_query_map();
    let key = match query.read_untracked().get("grunn").as_deref() {
        Some("acr") => "login-failed-acr",
        Some("ukjent-person") => "login-failed-unknown-person",
        Some("avbrutt") => "login-failed-cancelled",
        Some("utlopt") => "login-failed-expired",
        Some("ikke-ansatt") => "login-failed-not-staff",
        _ => "login-failed-generic",
    };
    view! {
        <Page heading=t("login-failed-heading")>
            <div class="notice notice--error" role="alert">
                <p>{t(key)}</p>
            </div>
            <p>
                <a class="button" href=login>{t("log-in-again")}</a>
            </p>
            <p>{t("login-failed-help")}</p>
        </Page>
    }
}
