use crate::api::{
    form_state, read_document, BodyBlock, BodySegment, DeadlineStatus, DocumentContent,
    DocumentData, FormState, InnsynStatus, MinutesCommentsSummary, WithholdingInfo,
    INNSYN_MESSAGE_MAX,
};
use crate::i18n::{date_text, t, t_args};
use crate::ui::components::{
    sentence_with_date, ContactCard, DeadlineNotice, ErrorNotice, FormOwner, Page, RestoredNotice,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

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
    // The outcome of an innsyn request form, carried back by its redirect.
    let outcome = use_query_map().with_untracked(|q| q.get("innsyn"));
    let page = format!("/sak/{}/dokumenter/{}", ids.0, ids.1);
    let data = Resource::new_blocking(move || ids.clone(), |(c, d)| read_document(c, d));
    let form = Resource::new_blocking(move || page.clone(), form_state);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new({
                let outcome = outcome.clone();
                async move {
                let form = form.await;
                match data.await {
                    Ok(d) => reader(d, OwnForm { outcome, form }).into_any(),
                    Err(e) => view! {
                        <Page heading=t("document-heading-plain")>
                            <ErrorNotice error=e/>
                        </Page>
                    }.into_any(),
                }
            }})}
        </Suspense>
    }
}

/// The party's own innsyn form: the outcome of its last post (`?innsyn=`), and its
/// owner tag and any text kept from a post after the session ended.
pub(crate) struct OwnForm {
    outcome: Option<String>,
    form: FormState,
}

fn reader(d: DocumentData, own: OwnForm) -> impl IntoView {
    let back = format!("/sak/{}/dokumenter", d.case_id);
    view! {
        <Page heading=d.title.clone()>
            {reader_content(d, back, Some(own))}
        </Page>
    }
}

/// The reader's content, shared with the caseworker's "preview as" page. `own` is
/// `Some` when the party reads it themself; the preview links back to itself and
/// offers no download and no forms.
pub(crate) fn reader_content(d: DocumentData, back: String, own: Option<OwnForm>) -> impl IntoView {
    let form_action = format!("/sak/{}/dokumenter/{}/innsyn", d.case_id, d.id);
    let pdf =
        (d.has_pdf && own.is_some()).then(|| format!("/sak/{}/dokumenter/{}/pdf", d.case_id, d.id));
    let innsyn = d.innsyn.clone();
    // What the reader may ask innsyn for now: the whole document, or its hidden parts.
    let askable = match &d.content {
        DocumentContent::Withheld(_) => Some(Kept::Document),
        DocumentContent::Text { hidden_parts, .. } => hidden_parts.as_ref().map(|_| Kept::Parts),
    };
    let sensitive = SENSITIVE.contains(&d.doc_type.as_str());
    let kind = t(&format!("doctype-{}", d.doc_type));
    let appeal = d.appeal_deadline.clone();
    let unit = d.unit.clone();
    let released = matches!(d.content, DocumentContent::Text { .. });
    let vedtak = released && d.doc_type == "VEDTAK";
    let appealable = d.innsyn.as_ref().is_some_and(|i| i.appeal_by.is_some());
    view! {
        <p><a href=back>{t("back-to-documents")}</a></p>
        <p class="doc-meta">
            {kind} ", " <time datetime=d.doc_date.clone()>{date_text(&d.doc_date)}</time>
        </p>
        {appeal.map(|deadline| view! {
            <DeadlineNotice deadline=deadline open_key="deadline-vedtak-open"/>
        })}
        {sensitive.then(|| view! {
            <div class="notice">
                <p>{t("document-sensitive")}</p>
            </div>
        })}
        {match d.content {
            DocumentContent::Text { blocks, hidden_parts } => view! {
                {hidden_parts.is_some().then(|| view! {
                    <div class="notice notice--warn">
                        <p>
                            {t("document-partly-shared")} " "
                            <a href="#withheld-heading">{t("document-partly-shared-why")}</a>
                        </p>
                    </div>
                })}
                <article class="doc-body">{render_body(blocks)}</article>
                {pdf.map(|href| view! { <p><a href=href download>{t("document-download-pdf")}</a></p> })}
                {hidden_parts.map(|info| withheld(info, Kept::Parts))}
            }.into_any(),
            DocumentContent::Withheld(info) => withheld(info, Kept::Document).into_any(),
        }}
        {own.is_some().then(|| d.minutes.clone().map(|m| minutes_section(&d.case_id, &d.id, m)))}
        {own.is_some().then(|| input_section(&d.case_id, &d.id, released, vedtak, appealable))}
        {innsyn_section(innsyn, askable, own, form_action)}
        <section aria-labelledby="doc-contact">
            <h2 id="doc-contact">{t("document-questions")}</h2>
            <ContactCard unit=unit/>
        </section>
    }
}

/// Minutes opened for comments: until when, the party's own requests, and the way to
/// the page where they ask for corrections in place.
fn minutes_section(case_id: &str, doc_id: &str, m: MinutesCommentsSummary) -> impl IntoView {
    let href = format!("/sak/{case_id}/dokumenter/{doc_id}/merknader");
    let link = if m.open {
        "minutes-link-open"
    } else {
        "minutes-link-closed"
    };
    let passed = m.deadline.status == DeadlineStatus::Passed;
    view! {
        <section class="panel" id="merknader" aria-labelledby="doc-minutes">
            <h2 id="doc-minutes">{t("minutes-heading")}</h2>
            {if passed {
                view! { <p>{sentence_with_date("minutes-closed", &m.deadline.date)}</p> }.into_any()
            } else {
                view! { <DeadlineNotice deadline=m.deadline.clone() open_key="deadline-minutes-open"/> }.into_any()
            }}
            {(m.sent > 0).then(|| view! {
                <p>{t_args("minutes-sent-count", &[("sent", m.sent.to_string()), ("answered", m.answered.to_string())])}</p>
            })}
            <p><a href=href>{t(link)}</a></p>
        </section>
    }
}

/// Where the party replies to the document or appeals: a vedtak shared with them, or
/// their refused innsyn request (the form page says when the klagefrist has passed).
fn input_section(
    case_id: &str,
    doc_id: &str,
    released: bool,
    vedtak: bool,
    appealable: bool,
) -> impl IntoView {
    let base = format!("/sak/{case_id}/dokumenter/{doc_id}");
    let klage = if vedtak {
        Some("post-klage-vedtak-link")
    } else if appealable {
        Some("post-klage-innsyn-link")
    } else {
        None
    };
    (released || klage.is_some()).then(|| {
        view! {
            <section aria-labelledby="doc-input">
                <h2 id="doc-input">{t("post-doc-input")}</h2>
                <ul>
                    {released.then(|| view! { <li><a href=format!("{base}/svar")>{t("post-svar-link")}</a></li> })}
                    {klage.map(|key| view! { <li><a href=format!("{base}/klage")>{t(key)}</a></li> })}
                </ul>
            </section>
        }
    })
}

/// A body rendered from blocks: every piece of text escaped, redactions marked.
pub(crate) fn render_body(blocks: Vec<BodyBlock>) -> impl IntoView {
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

/// What is kept from the reader: the whole document, or parts of one they can read.
/// Both get the same reasons and the same request; only the words differ.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kept {
    Document,
    Parts,
}

impl Kept {
    /// The text for the whole document or for its hidden parts. Callers translate both
    /// with literal keys, so the check that every key is translated finds them.
    fn pick(self, document: String, parts: String) -> String {
        match self {
            Kept::Document => document,
            Kept::Parts => parts,
        }
    }
}

/// Why something is kept from the reader and what they can do: ground, legal basis,
/// the caseworker's justification (written for this reader), merinnsyn.
fn withheld(info: WithholdingInfo, kept: Kept) -> impl IntoView {
    view! {
        <section class="panel panel--withheld" aria-labelledby="withheld-heading">
            <h2 id="withheld-heading">{kept.pick(t("withheld-heading"), t("hidden-parts-heading"))}</h2>
            <p>{kept.pick(t("withheld-intro"), t("hidden-parts-intro"))}</p>
            <dl class="facts">
                {info.label.map(|l| view! { <dt>{t("withheld-ground")}</dt><dd>{l}</dd> })}
                {info.basis.map(|b| view! { <dt>{t("withheld-law")}</dt><dd>{b}</dd> })}
                {info.justification.map(|j| view! { <dt>{t("withheld-justification")}</dt><dd>{j}</dd> })}
                <dt>{kept.pick(t("withheld-merinnsyn"), t("hidden-parts-merinnsyn"))}</dt>
                <dd>{if info.merinnsyn_considered { t("withheld-merinnsyn-yes") } else { t("withheld-merinnsyn-no") }}</dd>
            </dl>
            {info.explanation.map(|e| view! { <p>{e}</p> })}
            <h3>{t("withheld-what-you-can-do")}</h3>
            <ul>
                <li>{kept.pick(t("withheld-ask-innsyn"), t("hidden-parts-ask-innsyn"))}</li>
                <li>{t("withheld-appeal")}</li>
                <li>{kept.pick(t("withheld-representative"), t("hidden-parts-representative"))}</li>
            </ul>
        </section>
    }
}

/// The party's innsyn request for this document: its state and answer, and, while
/// something is kept from them (`askable`) and no request is waiting, the form to ask.
/// A plain form (no JavaScript needed); the server redirects back with the outcome in
/// `?innsyn=`.
fn innsyn_section(
    status: Option<InnsynStatus>,
    askable: Option<Kept>,
    own: Option<OwnForm>,
    action: String,
) -> impl IntoView {
    let waiting = status.as_ref().is_some_and(|s| s.answer.is_none());
    let show_form = askable.is_some() && !waiting && own.is_some();
    // Worded for what is kept now (a request answered in full has nothing kept).
    let kept = askable.unwrap_or(Kept::Document);
    let (outcome, form) = match own {
        Some(o) => (o.outcome, o.form),
        None => (None, FormState::default()),
    };
    let restored = form.restored.is_some().then(|| view! { <RestoredNotice/> });
    let typed = form.field("message").unwrap_or_default();
    let owner = form.owner.clone();
    if status.is_none() && !show_form {
        return ().into_any();
    }
    let notice = outcome.map(|o| match o.as_str() {
        "sendt" => {
            view! { <p class="notice notice--ok" role="status">{t("innsyn-sent")}</p> }.into_any()
        }
        "for-lang" => view! {
            <p class="notice notice--error" role="alert">
                {t_args("innsyn-too-long", &[("max", INNSYN_MESSAGE_MAX.to_string())])}
            </p>
        }
        .into_any(),
        _ => ().into_any(),
    });
    let hint = t_args(
        "innsyn-message-hint",
        &[("max", INNSYN_MESSAGE_MAX.to_string())],
    );
    view! {
        <section class="panel" id="innsyn" aria-labelledby="innsyn-heading">
            <h2 id="innsyn-heading">{kept.pick(t("innsyn-heading"), t("innsyn-heading-hidden-parts"))}</h2>
            {notice}
            {status.map(|s| {
                let answer = s.answer.clone().zip(s.answered_on.clone()).map(|(kind, date)| {
                    view! { <p>{sentence_with_date(&format!("innsyn-answer-{kind}"), &date)}</p> }
                });
                view! {
                    <p>{sentence_with_date("innsyn-requested-on", &s.requested_on)}</p>
                    {s.message.clone().map(|m| view! {
                        <p>{t("innsyn-your-message")} ": " <q>{m}</q></p>
                    })}
                    {match answer {
                        Some(a) => a.into_any(),
                        None => view! { <p>{t("innsyn-waiting")}</p> }.into_any(),
                    }}
                    {s.appeal_by.clone().map(|deadline| view! {
                        <DeadlineNotice deadline=deadline open_key="deadline-innsyn-open"/>
                    })}
                }
            })}
            {show_form.then(|| view! {
                <p>{kept.pick(t("innsyn-intro"), t("innsyn-intro-hidden-parts"))}</p>
                {restored}
                <form method="post" action=action>
                    <FormOwner owner=owner/>
                    <div class="field">
                        <label for="innsyn-message">{kept.pick(t("innsyn-message-label"), t("innsyn-message-label-hidden-parts"))}</label>
                        <p class="hint" id="innsyn-message-hint">{hint}</p>
                        <textarea
                            id="innsyn-message"
                            name="message"
                            rows="4"
                            maxlength=INNSYN_MESSAGE_MAX.to_string()
                            aria-describedby="innsyn-message-hint"
                        >{typed}</textarea>
                    </div>
                    <button type="submit" class="button">{t("innsyn-submit")}</button>
                </form>
            })}
        </section>
    }
    .into_any()
}
