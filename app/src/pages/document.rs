use crate::api::{
    read_document, BodyBlock, BodySegment, DocumentContent, DocumentData, WithholdingInfo,
};
use crate::components::{ContactCard, ErrorNotice, Page};
use crate::i18n::{t, t_args};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Document types that often hold hard reading; the reader gets a calm word first.
const SENSITIVE: [&str; 4] = ["UNDERSOKELSESRAPPORT", "MELDING", "VEDTAK", "EVALUERING"];

#[component]
pub fn DocumentReader() -> impl IntoView {
    let params = use_params_map();
    let ids = params.with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("document_id").unwrap_or_default(),
        )
    });
    let data = Resource::new_blocking(move || ids.clone(), |(c, d)| read_document(c, d));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => reader(d).into_any(),
                    Err(e) => view! {
                        <Page heading=t("document-heading-plain")>
                            <ErrorNotice error=e/>
                        </Page>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn reader(d: DocumentData) -> impl IntoView {
    let back = format!("/sak/{}/dokumenter", d.case_id);
    view! {
        <Page heading=d.title.clone()>
            {reader_content(d, back, true)}
        </Page>
    }
}

/// The reader's content, shared with the caseworker's "preview as" page (which links
/// back to the preview and offers no download: the PDF route is the party's own).
pub(crate) fn reader_content(d: DocumentData, back: String, offer_pdf: bool) -> impl IntoView {
    let pdf =
        (d.has_pdf && offer_pdf).then(|| format!("/sak/{}/dokumenter/{}/pdf", d.case_id, d.id));
    let sensitive = SENSITIVE.contains(&d.doc_type.as_str());
    let kind = t(&format!("doctype-{}", d.doc_type));
    let appeal = d.appeal_deadline.clone();
    let unit = d.unit.clone();
    view! {
        <p><a href=back>{t("back-to-documents")}</a></p>
        <p class="doc-meta">
            {kind} ", " <time datetime=d.doc_date.clone()>{d.doc_date.clone()}</time>
        </p>
        {appeal.map(|date| view! {
            <div class="notice notice--warn">
                <p>{t_args("document-appeal-deadline", &[("date", date)])}</p>
            </div>
        })}
        {sensitive.then(|| view! {
            <div class="notice">
                <p>{t("document-sensitive")}</p>
            </div>
        })}
        {match d.content {
            DocumentContent::Text { blocks, redacted } => view! {
                {redacted.then(|| view! {
                    <div class="notice notice--warn"><p>{t("document-partly-shared")}</p></div>
                })}
                <article class="doc-body">{render_body(blocks)}</article>
                {pdf.map(|href| view! { <p><a href=href download>{t("document-download-pdf")}</a></p> })}
            }.into_any(),
            DocumentContent::Withheld(info) => withheld(info).into_any(),
        }}
        <section aria-labelledby="doc-contact">
            <h2 id="doc-contact">{t("document-questions")}</h2>
            <ContactCard unit=unit/>
        </section>
    }
}

/// A body rendered from blocks: every piece of text escaped, redactions marked.
fn render_body(blocks: Vec<BodyBlock>) -> impl IntoView {
    let redacted_label = t("document-redacted-marker");
    let mut out = Vec::new();
    let mut list: Vec<AnyView> = Vec::new();
    let flush = |list: &mut Vec<AnyView>, out: &mut Vec<AnyView>| {
        if !list.is_empty() {
            let items = std::mem::take(list);
            out.push(view! { <ul>{items}</ul> }.into_any());
        }
    };
    for b in blocks {
        let segs = b
            .segments
            .into_iter()
            .map(|s| match s {
                BodySegment::Text(text) => text.into_any(),
                BodySegment::Redacted => view! {
                    <mark class="redaction">{redacted_label.clone()}</mark>
                }
                .into_any(),
            })
            .collect::<Vec<_>>();
        match b.kind.as_str() {
            "li" => list.push(view! { <li>{segs}</li> }.into_any()),
            "h" => {
                flush(&mut list, &mut out);
                out.push(view! { <h2>{segs}</h2> }.into_any());
            }
            _ => {
                flush(&mut list, &mut out);
                out.push(view! { <p>{segs}</p> }.into_any());
            }
        }
    }
    flush(&mut list, &mut out);
    out
}

fn withheld(info: WithholdingInfo) -> impl IntoView {
    view! {
        <section class="panel panel--withheld" aria-labelledby="withheld-heading">
            <h2 id="withheld-heading">{t("withheld-heading")}</h2>
            <p>{t("withheld-intro")}</p>
            <dl class="facts">
                {info.label.map(|l| view! { <dt>{t("withheld-ground")}</dt><dd>{l}</dd> })}
                {info.basis.map(|b| view! { <dt>{t("withheld-law")}</dt><dd>{b}</dd> })}
                {info.justification.map(|j| view! { <dt>{t("withheld-justification")}</dt><dd>{j}</dd> })}
                <dt>{t("withheld-merinnsyn")}</dt>
                <dd>{if info.merinnsyn_considered { t("withheld-merinnsyn-yes") } else { t("withheld-merinnsyn-no") }}</dd>
            </dl>
            {info.explanation.map(|e| view! { <p>{e}</p> })}
            <h3>{t("withheld-what-you-can-do")}</h3>
            <ul>
                <li>{t("withheld-ask-innsyn")}</li>
                <li>{t("withheld-appeal")}</li>
                <li>{t("withheld-representative")}</li>
            </ul>
        </section>
    }
}
