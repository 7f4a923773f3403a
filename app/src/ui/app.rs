//! The HTML shell and the route table. Pages are server components; only the widgets
//! under `islands/` run in the browser.

use crate::i18n::current_locale;
use crate::ui::pages::{
    AccessLogPage, CaseInnsynPage, CaseKlagePage, CaseOverview, ConsentPage, DocumentReader,
    DocumentThreadPage, Documents, ErrorPage, Landing, LoggedOut, LoginFailed, MinutesCommentsPage,
    MyCases, NotFound, PartyThreadPage, PartyThreadsPage, StaffCaseInnsynPage, StaffCasePost,
    StaffCaseView, StaffCases, StaffConsentPage, StaffConsents, StaffDocument, StaffInbox,
    StaffInnsyn, StaffLanding, StaffLoginFailed, StaffMinutesPage, StaffNewConsent,
    StaffPreviewCase, StaffPreviewDocument, StaffQueue, StaffThreadPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The document shell. The hydration scripts are not here: a page that has islands asks
/// for them (see `components::Page`), so pages without islands load no JavaScript or
/// wasm at all.
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
                <Route path=path!("/sak/:case_id/meldinger") view=PartyThreadsPage ssr=SsrMode::Async/>
                <Route
                    path=path!("/sak/:case_id/meldinger/:thread_id")
                    view=PartyThreadPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/sak/:case_id/samtykker/:consent_id")
                    view=ConsentPage
                    ssr=SsrMode::Async
                />
                <Route path=path!("/sak/:case_id/innsyn") view=CaseInnsynPage ssr=SsrMode::Async/>
                <Route
                    path=path!("/sak/:case_id/innsyn/klage")
                    view=CaseKlagePage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/sak/:case_id/hvem-har-sett")
                    view=AccessLogPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/sak/:case_id/dokumenter/:document_id")
                    view=DocumentReader
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/sak/:case_id/dokumenter/:document_id/merknader")
                    view=MinutesCommentsPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/sak/:case_id/dokumenter/:document_id/:kind")
                    view=DocumentThreadPage
                    ssr=SsrMode::Async
                />
                <Route path=path!("/feil/:status") view=ErrorPage ssr=SsrMode::Async/>
                <Route path=path!("/logget-ut") view=LoggedOut ssr=SsrMode::Async/>
                <Route path=path!("/innlogging-feilet") view=LoginFailed ssr=SsrMode::Async/>
                <Route path=path!("/ansatt") view=StaffLanding ssr=SsrMode::Async/>
                <Route
                    path=path!("/ansatt/innlogging-feilet")
                    view=StaffLoginFailed
                    ssr=SsrMode::Async
                />
                <Route path=path!("/ansatt/saker") view=StaffCases ssr=SsrMode::Async/>
                <Route path=path!("/ansatt/ko") view=StaffQueue ssr=SsrMode::Async/>
                <Route path=path!("/ansatt/innsyn") view=StaffInnsyn ssr=SsrMode::Async/>
                <Route path=path!("/ansatt/samtykker") view=StaffConsents ssr=SsrMode::Async/>
                <Route path=path!("/ansatt/meldinger") view=StaffInbox ssr=SsrMode::Async/>
                <Route
                    path=path!("/ansatt/sak/:case_id/meldinger")
                    view=StaffCasePost
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/ansatt/sak/:case_id/meldinger/:thread_id")
                    view=StaffThreadPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/ansatt/sak/:case_id/innsyn/:person_id")
                    view=StaffCaseInnsynPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/ansatt/sak/:case_id/nytt-samtykke")
                    view=StaffNewConsent
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/ansatt/sak/:case_id/samtykker/:consent_id")
                    view=StaffConsentPage
                    ssr=SsrMode::Async
                />
                <Route path=path!("/ansatt/sak/:case_id") view=StaffCaseView ssr=SsrMode::Async/>
                <Route
                    path=path!("/ansatt/sak/:case_id/dokument/:document_id")
                    view=StaffDocument
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/ansatt/sak/:case_id/dokument/:document_id/merknader")
                    view=StaffMinutesPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/ansatt/sak/:case_id/forhandsvis/:person_id")
                    view=StaffPreviewCase
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/ansatt/sak/:case_id/forhandsvis/:person_id/dokument/:document_id")
                    view=StaffPreviewDocument
                    ssr=SsrMode::Async
                />
            </Routes>
        </Router>
    }
}
