//! The page frame: skip link, header with language switcher and the logged-in user,
//! one `<main>` landmark, footer. Every page renders inside it.

use super::EmergencyNumbers;
use crate::api::{footer_emergency, whoami, ApiError};
use crate::i18n::{current_locale, t, Locale};
use leptos::prelude::*;
use leptos_meta::Title;

/// A page with its heading and title. `heading` is the page's only `<h1>`. A page that
/// contains islands sets `islands` (the citizen bundle) or `staff_islands` (the bundle
/// that also holds the caseworker's islands); other pages ship no JavaScript or wasm.
#[component]
pub fn Page(
    #[prop(into)] heading: String,
    #[prop(optional)] islands: bool,
    #[prop(optional)] staff_islands: bool,
    children: Children,
) -> impl IntoView {
    let hydration = (islands || staff_islands)
        .then(use_context::<LeptosOptions>)
        .flatten()
        .map(|mut options| {
            if staff_islands {
                options.output_name = format!("{}-staff", options.output_name).into();
            }
            view! { <HydrationScripts options islands=true/> }
        });
    let me = Resource::new_blocking(|| (), |_| whoami());
    let vakt = Resource::new_blocking(|| (), |_| footer_emergency());
    let current = current_locale();
    // The language links bring the reader back to this page.
    let here = {
        let loc = leptos_router::hooks::use_location();
        let path = loc.pathname.get_untracked();
        let search = loc.search.get_untracked();
        let target = if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        };
        url_encode(&target)
    };
    view! {
        <Title text=heading.clone()/>
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="/">{t("app-name")}</a>
                <nav class="lang-switch" aria-label=t("language-switcher")>
                    <ul>
                        {Locale::ALL
                            .iter()
                            .map(|l| {
                                let current_attr = (*l == current).then_some("true");
                                view! {
                                    <li>
                                        <a
                                            href=format!("/sprak/{}?til={}", l.code(), here)
                                            hreflang=l.code()
                                            lang=l.code()
                                            aria-current=current_attr
                                        >
                                            {l.endonym()}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        me.await
                            .ok()
                            .flatten()
                            .map(|me| {
                                let (home, home_label) = if me.staff {
                                    ("/ansatt/saker", t("staff-cases"))
                                } else {
                                    ("/mine-saker", t("my-cases"))
                                };
                                view! {
                                    <div class="user-menu">
                                        <span class="user-menu__name">
                                            {t("logged-in-as")} " " <strong>{me.name}</strong>
                                        </span>
                                        <a href=home>{home_label}</a>
                                        <form method="post" action="/auth/logout">
                                            <button type="submit" class="button button--secondary">
                                                {t("log-out")}
                                            </button>
                                        </form>
                                    </div>
                                }
                            })
                    })}
                </Suspense>
            </div>
        </header>
        <main id="main" tabindex="-1">
            <h1>{heading}</h1>
            {children()}
        </main>
        <footer class="site-footer">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    // Only when logged in: a visitor has no service yet.
                    vakt.await.map(|list| view! { <EmergencyNumbers vakt=list/> })
                })}
            </Suspense>
            <p>{t("footer-about")}</p>
        </footer>
        {hydration}
    }
}

/// A translated, announced error message for a failed load; also sets the HTTP status
/// so "not found" is a 404 whether the case is missing or not the viewer's.
#[component]
pub fn ErrorNotice(error: ApiError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let error = error.respond();
    view! {
        <div class="notice notice--error" role="alert">
            <p>{t(error.message_key())}</p>
        </div>
    }
}

/// Percent-encodes a path for use as a query value.
fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
