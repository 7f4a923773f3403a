use crate::api::{case_overview, CaseOverviewData, MilestoneItem};
use crate::i18n::{t, t_args};
use crate::ui::components::{sentence_with_date, ContactCard, ErrorNotice, Page};
use crate::ui::pages::consent::consent_list;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CaseOverview() -> impl IntoView {
    let params = use_params_map();
    let case_id = params.read_untracked().get("case_id").unwrap_or_default();
    let data = Resource::new_blocking(move || case_id.clone(), case_overview);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => overview(d).into_any(),
                    Err(e) => {
                        view! {
                            <Page heading=t("case-overview")>
                                <ErrorNotice error=e/>
                            </Page>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

fn overview(d: CaseOverviewData) -> impl IntoView {
    let heading = t_args("case-heading", &[("name", d.child_first_name.clone())]);
    let docs_link = format!("/sak/{}/dokumenter", d.case_id);
    let log_link = format!("/sak/{}/hvem-har-sett", d.case_id);
    let post_link = format!("/sak/{}/meldinger", d.case_id);
    let innsyn_link = format!("/sak/{}/innsyn", d.case_id);
    view! {
        <Page heading=heading>
            {overview_sections(d, Some(docs_link))}
            <section aria-labelledby="post-heading" class="panel">
                <h2 id="post-heading">{t("post-heading")}</h2>
                <p>{t("post-teaser")}</p>
                <p><a href=post_link>{t("post-link")}</a></p>
            </section>
            <section aria-labelledby="case-innsyn-heading" class="panel">
                <h2 id="case-innsyn-heading">{t("case-innsyn-heading")}</h2>
                <p>{t("case-innsyn-link-hint")}</p>
                <p><a href=innsyn_link>{t("case-innsyn-link")}</a></p>
            </section>
            <section aria-labelledby="access-log-heading" class="panel">
                <h2 id="access-log-heading">{t("access-log-heading")}</h2>
                <p>{t("access-log-teaser")}</p>
                <p><a href=log_link>{t("access-log-link")}</a></p>
            </section>
        </Page>
    }
}

/// The overview's content, shared with the caseworker's "preview as" page; the link to
/// the document list only where the list is another page.
pub(crate) fn overview_sections(d: CaseOverviewData, docs_link: Option<String>) -> impl IntoView {
    let docs_text = t_args(
        "case-documents-link",
        &[
            ("count", d.documents.to_string()),
            ("unread", d.unread.to_string()),
        ],
    );
    let phase_name = t(&format!("phase-{}", d.phase));
    // The party's own page links each consent to its page; the staff preview (which
    // has no document list link either) has no consent pages to go to.
    let linked = docs_link.is_some();
    let consents = (!d.consents.is_empty()).then(|| {
        view! {
            <section aria-labelledby="consents-heading">
                <h2 id="consents-heading">{t("consents-heading")}</h2>
                {consent_list(d.consents, false, linked)}
            </section>
        }
    });
    let phase_explained = t(&format!("phase-explain-{}", d.phase));
    view! {
        {consents}
        <section aria-labelledby="phase-heading" class="panel">
            <h2 id="phase-heading">{t("case-phase-now")} ": " {phase_name}</h2>
            <p>{phase_explained}</p>
            {d.closed.then(|| view! { <p class="notice">{t("case-closed-still-readable")}</p> })}
        </section>
        {docs_link.map(|href| view! {
            <p>
                <a class="button" href=href>{docs_text}</a>
            </p>
        })}
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t("case-timeline")}</h2>
            <ol class="timeline">
                {d.milestones.into_iter().map(milestone).collect_view()}
            </ol>
        </section>
        <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t("case-contact")}</h2>
            {d.caseworker.map(|c| view! {
                <p>
                    {t("case-your-caseworker")} ": " <strong>{c.name}</strong> ", "
                    <a href=format!("tel:{}", c.phone.replace(' ', ""))>{c.phone.clone()}</a> ", "
                    <a href=format!("mailto:{}", c.email)>{c.email.clone()}</a>
                </p>
            })}
            <ContactCard unit=d.unit/>
        </section>
    }
}

fn milestone(m: MilestoneItem) -> impl IntoView {
    let label = t(&format!("milestone-{}", m.kind));
    // The service's own deadlines (the law's time limits for its work), not the
    // party's: shown as dates in words, without a call to act.
    let status = match (&m.occurred_on, &m.due_on) {
        (Some(done), _) => sentence_with_date("milestone-done", done).into_any(),
        (None, Some(due)) if m.overdue => sentence_with_date("milestone-overdue", due).into_any(),
        (None, Some(due)) => sentence_with_date("milestone-due", due).into_any(),
        (None, None) => t("milestone-planned").into_any(),
    };
    let class = if m.occurred_on.is_some() {
        "timeline__item timeline__item--done"
    } else {
        "timeline__item timeline__item--open"
    };
    view! {
        <li class=class>
            <span class="timeline__label">{label}</span>
            <span class="timeline__status">{status}</span>
        </li>
    }
}
