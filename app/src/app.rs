//! The HTML shell and the route table. Pages are server components; only the widgets
//! under `islands/` run in the browser.

use crate::i18n::current_locale;
use crate::pages::{
    CaseOverview, DocumentReader, Documents, Landing, LoggedOut, LoginFailed, MyCases, NotFound,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = current_locale().code();
    let css = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang=lang>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href=css/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title formatter=|page: String| format!("{page} – Min sak")/>
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/") view=Landing ssr=SsrMode::Async/>
                <Route path=path!("/mine-saker") view=MyCases ssr=SsrMode::Async/>
                <Route path=path!("/sak/:case_id") view=CaseOverview ssr=SsrMode::Async/>
                <Route path=path!("/sak/:case_id/dokumenter") view=Documents ssr=SsrMode::Async/>
                <Route
                    path=path!("/sak/:case_id/dokumenter/:document_id")
                    view=DocumentReader
                    ssr=SsrMode::Async
                />
                <Route path=path!("/logget-ut") view=LoggedOut ssr=SsrMode::Async/>
                <Route path=path!("/innlogging-feilet") view=LoginFailed ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}
