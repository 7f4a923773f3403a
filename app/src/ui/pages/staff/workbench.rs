//! The caseworker workbench pages: a case's release grid, the release queue, one
//! document with the decision form, and "preview as" a party.

use crate::api::{
    form_owner, staff_case_detail, staff_document, staff_preview_case, staff_preview_document,
    staff_queue, take_decision_flash, ApiError, DecisionFlash, DecisionFormInput, DecisionSummary,
    PreviewCase, PreviewDocument, QueueItem, StaffCaseData, StaffDocumentData, StaffPartyDecisions,
};
use crate::i18n::{date_text, t, t_args};
use crate::ui::components::{
    sentence_with_date_args, ErrorNotice, FormOwner, Page, RestoredNotice,
};
use crate::ui::islands::RedactionEditor;
use crate::ui::pages::case_overview::overview_sections;
use crate::ui::pages::document::reader_content;
use crate::ui::pages::documents::document_items;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{de::DeserializeOwned, Serialize};

/// Links between the workbench pages.
pub(crate) fn staff_nav() -> impl IntoView {
    view! {
        <nav class="staff-nav" aria-label=t("staff-nav")>
            <ul>
                <li><a href="/ansatt/saker">{t("staff-cases")}</a></li>
                <li><a href="/ansatt/ko">{t("staff-queue")}</a></li>
                <li><a href="/ansatt/innsyn">{t("staff-innsyn")}</a></li>
                <li><a href="/ansatt/samtykker">{t("staff-consents")}</a></li>
                <li><a href="/ansatt/meldinger">{t("staff-post")}</a></li>
            </ul>
        </nav>
    }
}

fn param(name: &str) -> String {
    use_params_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

/// The translated name of a release state.
fn state_label(state: &str) -> String {
    t(&format!("release-state-{state}"))
}

fn state_tag(state: &str) -> impl IntoView {
    let class = format!("tag tag--state-{}", state.to_ascii_lowercase());
    view! { <span class=class>{state_label(state)}</span> }
}

fn roles_text(roles: &[String]) -> String {
    roles
        .iter()
        .map(|r| t(&format!("role-{r}")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The page `render` makes of `data` once loaded (blocking: a page without JavaScript
/// gets it whole), or the staff chrome with the error under `plain_heading`, a heading
/// that names nothing from the data.
fn loaded_page<T, V>(
    data: Resource<Result<T, ApiError>>,
    plain_heading: &'static str,
    render: fn(T) -> V,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => render(d).into_any(),
                    Err(e) => view! {
                        <Page heading=t(plain_heading)>
                            {staff_nav()}
                            <ErrorNotice error=e/>
                        </Page>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn StaffCaseView() -> impl IntoView {
    let case_id = param("case_id");
    let data = Resource::new_blocking(move || case_id.clone(), staff_case_detail);
    loaded_page(data, "staff-case-plain", case_grid)
}

/// The case's consents, on its page (their own read, so the grid's stays as it was).
#[component]
fn CaseConsents(case_id: String) -> impl IntoView {
    let id = case_id.clone();
    let rows = Resource::new_blocking(move || id.clone(), crate::api::staff_case_consents);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let case_id = case_id.clone();
                Suspend::new(async move {
                    match rows.await {
                        Ok(rows) => super::consents::case_consents_section(&case_id, rows).into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn case_grid(d: StaffCaseData) -> impl IntoView {
    let heading = t_args("staff-case-heading", &[("name", d.child_name.clone())]);
    let case_id = d.case_id.clone();
    let parties = d.parties.clone();
    view! {
        <Page heading=heading>
            {staff_nav()}
            <p>{t("case-phase")} ": " {t(&format!("phase-{}", d.phase))}</p>
            {d.moved.clone().map(|(service, on)| view! {
                <p class="notice notice--warn">
                    {sentence_with_date_args("staff-case-moved", &on, &[("service", service)])}
                </p>
            })}
            <div class="table-wrap">
                <table class="table">
                    <caption>{t("staff-grid-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("staff-col-document")}</th>
                            {parties.iter().map(|p| view! {
                                <th scope="col">
                                    {p.name.clone()} <span class="hint">" (" {roles_text(&p.roles)} ")"</span>
                                    {p.paper_needed.then(|| view! { " " <span class="tag tag--warn">{t("staff-paper-needed")}</span> })}
                                </th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {d.documents.into_iter().map(|doc| {
                            let href = format!("/ansatt/sak/{case_id}/dokument/{}", doc.id);
                            view! {
                                <tr>
                                    <th scope="row">
                                        <a href=href>{doc.title}</a>
                                        <span class="doc-list__meta">
                                            {t(&format!("doctype-{}", doc.doc_type))} ", " <time datetime=doc.doc_date.clone()>{date_text(&doc.doc_date)}</time>
                                        </span>
                                        {(doc.comments_waiting > 0).then(|| view! {
                                            " " <a class="tag tag--warn" href=format!("/ansatt/sak/{case_id}/dokument/{}/merknader", doc.id)>
                                                {t_args("staff-minutes-waiting", &[("count", doc.comments_waiting.to_string())])}
                                            </a>
                                        })}
                                    </th>
                                    {doc.states.iter().map(|s| view! { <td>{state_tag(s)}</td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {parties.iter().any(|p| p.paper_needed).then(|| view! {
                <p class="notice notice--warn">{t("staff-paper-needed-why")}</p>
            })}
            <CaseConsents case_id=d.case_id.clone()/>
            <p><a href=format!("/ansatt/sak/{}/meldinger", d.case_id)>{t("staff-post-of-case")}</a></p>
            <section aria-labelledby="preview-heading">
                <h2 id="preview-heading">{t("staff-preview-heading")}</h2>
                <ul>
                    {d.parties.into_iter().map(|p| {
                        let href = format!("/ansatt/sak/{}/forhandsvis/{}", d.case_id, p.person_id);
                        view! { <li><a href=href>{t_args("staff-preview-as", &[("name", p.name)])}</a></li> }
                    }).collect_view()}
                </ul>
            </section>
        </Page>
    }
}

/// A workbench list page: the heading and intro (i18n keys), then the loaded rows as
/// `table`, or the `empty` text when there are none.
pub(super) fn list_page<T, V>(
    keys: (&'static str, &'static str, &'static str),
    data: Resource<Result<Vec<T>, ApiError>>,
    table: fn(Vec<T>) -> V,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    let (heading, intro, empty) = keys;
    view! {
        <Page heading=t(heading)>
            {staff_nav()}
            <p>{t(intro)}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) if list.is_empty() => view! { <p>{t(empty)}</p> }.into_any(),
                        Ok(list) => table(list).into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
pub fn StaffQueue() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| staff_queue());
    list_page(
        ("staff-queue", "staff-queue-intro", "staff-queue-empty"),
        data,
        queue_table,
    )
}

fn queue_table(list: Vec<QueueItem>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption>{t_args("staff-queue-caption", &[("count", list.len().to_string())])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-col-document")}</th>
                        <th scope="col">{t("staff-col-child")}</th>
                        <th scope="col">{t("staff-col-date")}</th>
                        <th scope="col">{t("staff-col-waiting-for")}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|q| {
                        let href = format!("/ansatt/sak/{}/dokument/{}", q.case_id, q.document_id);
                        view! {
                            <tr>
                                <th scope="row"><a href=href>{q.title}</a></th>
                                <td>{q.child_name}</td>
                                <td><time datetime=q.doc_date.clone()>{date_text(&q.doc_date)}</time></td>
                                <td>{q.undecided.join(", ")}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn StaffDocument() -> impl IntoView {
    let ids = (param("case_id"), param("document_id"));
    let flash_ids = ids.clone();
    let data = Resource::new_blocking(move || ids.clone(), |(c, d)| staff_document(c, d));
    let flash = Resource::new_blocking(
        move || flash_ids.clone(),
        |(c, d)| take_decision_flash(c, d),
    );
    let owner = Resource::new_blocking(|| (), |_| form_owner());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                let owner = owner.await;
                match data.await {
                    Ok(d) => document_page(d, flash, owner).into_any(),
                    Err(e) => view! {
                        <Page heading=t("staff-document-plain")>
                            {staff_nav()}
                            <ErrorNotice error=e/>
                        </Page>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn document_page(
    d: StaffDocumentData,
    flash: Option<DecisionFlash>,
    owner: String,
) -> impl IntoView {
    let back = format!("/ansatt/sak/{}", d.case_id);
    // A flash is one of: saved (with what was written), in review (what will be written,
    // and the token to confirm it), or the form's refused or re-opened input.
    let restored = flash
        .as_ref()
        .is_some_and(|f| f.restored)
        .then(|| view! { <RestoredNotice/> });
    let (saved, review, form_flash) = match flash {
        Some(f) if f.saved > 0 => (Some((f.saved, f.summary)), None, None),
        Some(DecisionFlash {
            summary: Some(summary),
            confirm_token: Some(token),
            ..
        }) => (None, Some((summary, token)), None),
        other => (None, None, other),
    };
    view! {
        <Page heading=d.title.clone() staff_islands=true>
            {staff_nav()}
            <p><a href=back>{t_args("staff-back-to-case", &[("name", d.child_name.clone())])}</a></p>
            {saved.map(|(n, summary)| view! {
                <div class="notice notice--success" role="status" id="lagret">
                    <p>{if n == 1 {
                        t("decision-saved-one")
                    } else {
                        t_args("decision-saved", &[("count", n.to_string())])
                    }}</p>
                    {summary.map(|s| summary_view(&d, s))}
                </div>
            })}
            <p class="doc-meta">
                {t(&format!("doctype-{}", d.doc_type))} ", " <time datetime=d.doc_date.clone()>{date_text(&d.doc_date)}</time>
            </p>
            <section aria-labelledby="text-heading">
                <h2 id="text-heading">{t("staff-document-text")}</h2>
                {if d.blocks.iter().all(|b| b.text.trim().is_empty()) {
                    view! { <p class="hint">{t("staff-document-no-text")}</p> }.into_any()
                } else {
                    view! {
                        <article class="doc-body doc-body--staff">
                            {d.blocks.iter().map(|b| match b.kind.as_str() {
                                "h" => view! { <h3>{b.text.clone()}</h3> }.into_any(),
                                _ => view! { <p>{b.text.clone()}</p> }.into_any(),
                            }).collect_view()}
                        </article>
                    }.into_any()
                }}
            </section>
            {d.has_pdf.then(|| pdf_section(&d))}
            {(d.doc_type == "MOTEREFERAT").then(|| view! {
                <p><a href=format!("/ansatt/sak/{}/dokument/{}/merknader", d.case_id, d.id)>{t("staff-minutes-link")}</a></p>
            })}
            <section aria-labelledby="decisions-heading">
                <h2 id="decisions-heading">{t("staff-decisions-heading")}</h2>
                {d.parties.iter().map(party_history).collect_view()}
            </section>
            {restored}
            {match review {
                Some((summary, token)) => review_section(&d, summary, token, owner).into_any(),
                None => decision_form(&d, form_flash, owner).into_any(),
            }}
        </Page>
    }
}

/// The PDF the document carries: a caseworker opens it before it can be shared.
fn pdf_section(d: &StaffDocumentData) -> impl IntoView {
    let href = format!("/ansatt/sak/{}/dokument/{}/pdf", d.case_id, d.id);
    let pdf_only = d.blocks.iter().all(|b| b.text.trim().is_empty());
    view! {
        <section aria-labelledby="pdf-heading" id="pdf">
            <h2 id="pdf-heading">{t("staff-pdf-heading")}</h2>
            <p><a href=href>{t("staff-pdf-open")}</a></p>
            <p class=if d.pdf_opened { "hint" } else { "notice notice--warn" }>
                {if d.pdf_opened { t("staff-pdf-opened") } else { t("staff-pdf-not-opened") }}
            </p>
            {pdf_only.then(|| view! { <p class="hint">{t("staff-pdf-only")}</p> })}
        </section>
    }
}

/// What the decision means for each party it applies to: the same words before
/// confirming and after saving, made by the server from the validated decision.
fn summary_view(d: &StaffDocumentData, s: DecisionSummary) -> impl IntoView {
    let case_id = d.case_id.clone();
    let sees = match s.state.as_str() {
        "SHARED" => view! {
            <p>{t("decision-summary-SHARED")}</p>
            {d.has_pdf.then(|| view! {
                <p>{if s.covers_pdf { t("decision-summary-pdf-yes") } else { t("decision-summary-pdf-no") }}</p>
            })}
        }.into_any(),
        "PARTLY_SHARED" => view! {
            <p>{t("decision-summary-PARTLY_SHARED")}</p>
            <div class="doc-body decision-summary__text">
                {s.redacted.clone().map(crate::ui::pages::document::render_body)}
            </div>
        }.into_any(),
        "WITHHELD" => view! { <p>{t("decision-summary-WITHHELD")}</p> }.into_any(),
        _ => view! { <p>{t("decision-summary-NOT_DECIDED")}</p> }.into_any(),
    };
    view! {
        <div class="decision-summary">
            <h3>{t("decision-summary-parties")}</h3>
            <ul>
                {s.parties.iter().map(|p| {
                    let preview = format!("/ansatt/sak/{case_id}/forhandsvis/{}", p.person_id);
                    view! {
                        <li>
                            {p.name.clone()} " (" {roles_text(&p.roles)} "): "
                            {state_label(&p.from)} " → " <strong>{state_label(&s.state)}</strong>
                            " · " <a href=preview>{t_args("decision-summary-preview", &[("name", p.name.clone())])}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h3>{t("decision-summary-sees")}</h3>
            {sees}
            <dl class="facts">
                {s.ground.clone().map(|g| view! { <dt>{t("decision-grounds")}</dt><dd>{g}</dd> })}
                {s.justification.clone().map(|j| view! { <dt>{t("decision-justification")}</dt><dd>{j}</dd> })}
                {s.ground.is_some().then(|| view! {
                    <dt>{t("withheld-merinnsyn")}</dt>
                    <dd>{if s.merinnsyn_considered { t("withheld-merinnsyn-yes") } else { t("withheld-merinnsyn-no") }}</dd>
                })}
                {s.reason.clone().map(|r| view! { <dt>{t("decision-reason")}</dt><dd>{r}</dd> })}
            </dl>
        </div>
    }
}

/// The review step: the summary, and two buttons: confirm (writes) or change (back to
/// the form with everything as typed). Only the token goes back to the server.
fn review_section(
    d: &StaffDocumentData,
    summary: DecisionSummary,
    token: String,
    owner: String,
) -> impl IntoView {
    let action = format!("/ansatt/sak/{}/dokument/{}/beslutning", d.case_id, d.id);
    view! {
        <section aria-labelledby="review-heading" id="bekreft" class="panel decision-review">
            <h2 id="review-heading" tabindex="-1">{t("decision-review-heading")}</h2>
            <p>{t("decision-review-intro")}</p>
            {summary_view(d, summary)}
            <form method="post" action=action.clone() class="decision-review__actions">
                <input type="hidden" name="token" value=token.clone()/>
                <FormOwner owner=owner/>
                <button type="submit" class="button" name="step" value="confirm">{t("decision-confirm")}</button>
                " "
                <button type="submit" class="button button--secondary" name="step" value="edit">{t("decision-edit")}</button>
            </form>
        </section>
    }
}

fn party_history(p: &StaffPartyDecisions) -> impl IntoView {
    view! {
        <div class="panel party-decisions">
            <h3>{p.name.clone()} " (" {roles_text(&p.roles)} ")"</h3>
            <p>{t("staff-current-state")} ": " {state_tag(&p.current)}</p>
            {p.open_innsyn.clone().map(|(on, message)| view! {
                <div class="notice notice--warn">
                    <p>{if p.current == "PARTLY_SHARED" {
                        t_args("staff-innsyn-open-hidden-parts", &[("date", date_text(&on))])
                    } else {
                        t_args("staff-innsyn-open", &[("date", date_text(&on))])
                    }}</p>
                    {message.map(|m| view! { <p><q>{m}</q></p> })}
                </div>
            })}
            {if p.history.is_empty() {
                view! { <p class="hint">{t("staff-no-history")}</p> }.into_any()
            } else {
                view! {
                    <details>
                        <summary>{t_args("staff-history", &[("count", p.history.len().to_string())])}</summary>
                        <ol class="history">
                            {p.history.iter().map(|h| view! {
                                <li>
                                    <strong>{state_label(&h.state)}</strong> ", " {h.decided_at.clone()} ", " {h.decided_by.clone()}
                                    <dl class="facts">
                                        {h.grounds_code.clone().map(|g| view! { <dt>{t("decision-grounds")}</dt><dd>{g}</dd> })}
                                        {h.justification.clone().map(|j| view! { <dt>{t("decision-justification")}</dt><dd>{j}</dd> })}
                                        {(h.state == "WITHHELD").then(|| view! {
                                            <dt>{t("withheld-merinnsyn")}</dt>
                                            <dd>{if h.merinnsyn_considered { t("withheld-merinnsyn-yes") } else { t("withheld-merinnsyn-no") }}</dd>
                                        })}
                                        {(h.redactions > 0).then(|| view! { <dt>{t("decision-redactions")}</dt><dd>{h.redactions}</dd> })}
                                        {h.reason.clone().map(|r| view! { <dt>{t("decision-reason")}</dt><dd>{r}</dd> })}
                                    </dl>
                                </li>
                            }).collect_view()}
                        </ol>
                    </details>
                }.into_any()
            }}
        </div>
    }
}

/// The one decision form. Every field has a label; a refused post comes back with the
/// errors listed at the top (linked to the fields), next to each field (tied with
/// aria-describedby) and the input refilled.
fn decision_form(
    d: &StaffDocumentData,
    flash: Option<DecisionFlash>,
    owner: String,
) -> impl IntoView {
    let action = format!("/ansatt/sak/{}/dokument/{}/beslutning", d.case_id, d.id);
    // A refused form, or one reopened from its review ("change"), comes back as typed.
    let (errors, input) = match flash {
        Some(f) => (f.errors, f.input),
        None => (Vec::new(), DecisionFormInput::default()),
    };
    let error_for = |field: &str| errors.iter().find(|e| e.field == field).map(|e| t(&e.key));
    let field_error = move |field: &'static str, msg: Option<String>| {
        msg.map(|m| view! { <p class="field-error" id=format!("{field}-error")>{m}</p> })
    };
    let described = |field: &str, has: bool| has.then(|| format!("{field}-error"));
    let e_parties = error_for("parties");
    let e_state = error_for("state");
    let e_grounds = error_for("grounds");
    let e_just = error_for("justification");
    let e_merinnsyn = error_for("merinnsyn");
    let e_redactions = error_for("redactions");
    let e_reason = error_for("reason");
    let e_pdf = error_for("include_pdf");
    let first_field = |field: &str| match field {
        "version" => "text-heading",
        "include_pdf" if d.has_pdf => "include_pdf",
        "include_pdf" => "state-SHARED",
        "parties" => "party-0",
        "state" => "state-SHARED",
        "grounds" => "grounds",
        "justification" => "justification",
        "merinnsyn" => "merinnsyn",
        "redactions" => "redactions",
        _ => "reason",
    };
    let summary = (!errors.is_empty()).then(|| {
        view! {
            <div class="notice notice--error" role="alert" id="decision-errors" tabindex="-1">
                <p><strong>{t("decision-errors-heading")}</strong></p>
                <ul>
                    {errors.iter().map(|e| view! {
                        <li><a href=format!("#{}", first_field(&e.field))>{t(&e.key)}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        }
    });
    // Nothing is preselected: an untouched form releases nothing.
    let state = input.state.clone();
    let states = ["SHARED", "PARTLY_SHARED", "WITHHELD", "NOT_DECIDED"];
    let blocks: Vec<(usize, String)> = d
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| (i, b.text.clone()))
        .collect();
    view! {
        <section aria-labelledby="decide-heading" id="beslutning">
            <h2 id="decide-heading">{t("decision-heading")}</h2>
            {summary}
            <form method="post" action=action class="decision-form">
                <input type="hidden" name="version" value=d.version.clone()/>
                <input type="hidden" name="step" value="review"/>
                <FormOwner owner=owner/>
                <fieldset aria-describedby=described("parties", e_parties.is_some())>
                    <legend>{t("decision-parties")}</legend>
                    {field_error("parties", e_parties.clone())}
                    {d.parties.iter().enumerate().map(|(i, p)| {
                        let id = format!("party-{i}");
                        let checked = input.parties.contains(&p.person_id);
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() name="party" value=p.person_id.clone() checked=checked/>
                                <label for=id>
                                    {p.name.clone()} " (" {roles_text(&p.roles)} "), " {state_label(&p.current).to_lowercase()}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <fieldset aria-describedby=described("state", e_state.is_some())>
                    <legend>{t("decision-state")}</legend>
                    {field_error("state", e_state.clone())}
                    {states.iter().map(|s| {
                        let id = format!("state-{s}");
                        view! {
                            <div class="choice">
                                <input type="radio" id=id.clone() name="state" value=*s checked=state == *s/>
                                <label for=id>{t(&format!("decision-choice-{s}"))}</label>
                            </div>
                        }
                    }).collect_view()}
                    {d.has_pdf.then(|| view! {
                        <div class="field">
                            {field_error("include_pdf", e_pdf.clone())}
                            <div class="choice">
                                <input
                                    type="checkbox"
                                    id="include_pdf"
                                    name="include_pdf"
                                    value="on"
                                    checked=input.include_pdf
                                    aria-describedby=if e_pdf.is_some() { "include_pdf-hint include_pdf-error" } else { "include_pdf-hint" }
                                    aria-invalid=e_pdf.is_some().then_some("true")
                                />
                                <label for="include_pdf">{t("decision-include-pdf")}</label>
                            </div>
                            <p class="hint" id="include_pdf-hint">{t("decision-include-pdf-hint")}</p>
                        </div>
                    })}
                </fieldset>
                <div class="field">
                    <label for="grounds">{t("decision-grounds")}</label>
                    <p class="hint" id="grounds-hint">{t("decision-grounds-hint")}</p>
                    {field_error("grounds", e_grounds.clone())}
                    <select
                        id="grounds"
                        name="grounds"
                        aria-describedby=if e_grounds.is_some() { "grounds-hint grounds-error" } else { "grounds-hint" }
                        aria-invalid=e_grounds.is_some().then_some("true")
                    >
                        <option value="">{t("decision-grounds-none")}</option>
                        {d.grounds.iter().map(|g| {
                            let selected = input.grounds == g.code;
                            let unverified = (!g.verified).then(|| t("decision-grounds-unverified"));
                            view! {
                                <option value=g.code.clone() selected=selected>
                                    {g.label.clone()} " (" {g.basis.clone()} ")" {unverified.map(|u| format!(" – {u}"))}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="justification">{t("decision-justification")}</label>
                    <p class="hint" id="justification-hint">{t("decision-justification-hint")}</p>
                    {field_error("justification", e_just.clone())}
                    <textarea
                        id="justification"
                        name="justification"
                        rows="4"
                        aria-describedby=if e_just.is_some() { "justification-hint justification-error" } else { "justification-hint" }
                        aria-invalid=e_just.is_some().then_some("true")
                    >{input.justification.clone()}</textarea>
                </div>
                <div class="field">
                    {field_error("merinnsyn", e_merinnsyn.clone())}
                    <div class="choice">
                        <input
                            type="checkbox"
                            id="merinnsyn"
                            name="merinnsyn"
                            value="on"
                            checked=input.merinnsyn
                            aria-describedby=described("merinnsyn", e_merinnsyn.is_some())
                            aria-invalid=e_merinnsyn.is_some().then_some("true")
                        />
                        <label for="merinnsyn">{t("decision-merinnsyn")}</label>
                    </div>
                </div>
                <fieldset id="redactions" aria-describedby=if e_redactions.is_some() { "redactions-hint redactions-error" } else { "redactions-hint" }>
                    <legend>{t("decision-redactions")}</legend>
                    <p class="hint" id="redactions-hint">{t("decision-redactions-hint")}</p>
                    {field_error("redactions", e_redactions.clone())}
                    {blocks.iter().map(|(i, text)| {
                        let id = format!("redact-{i}");
                        let checked = input.redact_blocks.contains(&i.to_string());
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() name="redact_block" value=i.to_string() checked=checked/>
                                <label for=id>
                                    <span class="visually-hidden">{t("decision-redact-block")} " "</span>
                                    {text.clone()}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                    <input type="hidden" id="redaction-spans" name="spans" value=input.spans.clone()/>
                    <RedactionEditor>
                        <h3>{t("redaction-editor-heading")}</h3>
                        <p class="hint">{t("redaction-editor-hint")}</p>
                        <div class="redaction-source">
                            {blocks.iter().map(|(i, text)| view! {
                                <p data-block=i.to_string()>{text.clone()}</p>
                            }).collect_view()}
                        </div>
                        <p>
                            <button type="button" class="button button--secondary" data-action="add">{t("redaction-editor-add")}</button>
                            " "
                            <button type="button" class="button button--secondary" data-action="clear">{t("redaction-editor-clear")}</button>
                        </p>
                        <p id="redaction-status" role="status" data-empty=t("redaction-editor-nothing")></p>
                        <h3>{t("redaction-editor-preview")}</h3>
                        <div id="redaction-preview" class="doc-body" data-marker=t("document-redacted-marker")></div>
                    </RedactionEditor>
                </fieldset>
                <div class="field">
                    <label for="reason">{t("decision-reason")}</label>
                    <p class="hint" id="reason-hint">{t("decision-reason-hint")}</p>
                    {field_error("reason", e_reason.clone())}
                    <textarea
                        id="reason"
                        name="reason"
                        rows="2"
                        aria-describedby=if e_reason.is_some() { "reason-hint reason-error" } else { "reason-hint" }
                        aria-invalid=e_reason.is_some().then_some("true")
                    >{input.reason.clone()}</textarea>
                </div>
                <button type="submit" class="button">{t("decision-review")}</button>
            </form>
        </section>
    }
}

fn preview_banner(name: String, back: String) -> impl IntoView {
    view! {
        <div class="notice notice--preview" role="note">
            <p>{t_args("staff-preview-banner", &[("name", name)])}</p>
            <p><a href=back>{t("staff-preview-leave")}</a></p>
        </div>
    }
}

#[component]
pub fn StaffPreviewCase() -> impl IntoView {
    let ids = (param("case_id"), param("person_id"));
    let data = Resource::new_blocking(move || ids.clone(), |(c, p)| staff_preview_case(c, p));
    loaded_page(data, "staff-preview-plain", preview_case)
}

fn preview_case(d: PreviewCase) -> impl IntoView {
    let heading = t_args(
        "staff-preview-heading-as",
        &[("name", d.person_name.clone())],
    );
    let case_id = d.overview.case_id.clone();
    let base = format!(
        "/ansatt/sak/{case_id}/forhandsvis/{}",
        // The person id is in the URL already; the overview does not carry it.
        param("person_id")
    );
    let back = format!("/ansatt/sak/{case_id}");
    let count = d.documents.items.len();
    view! {
        <Page heading=heading>
            {staff_nav()}
            {preview_banner(d.person_name, back)}
            <h2>{t_args("case-heading", &[("name", d.overview.child_first_name.clone())])}</h2>
            {overview_sections(d.overview, None)}
            <section aria-labelledby="preview-docs">
                <h2 id="preview-docs">{t_args("documents-heading", &[("name", d.documents.child_first_name.clone())])}</h2>
                <p>{t_args("documents-count", &[("count", count.to_string())])}</p>
                {document_items(d.documents.items, &|id| format!("{base}/dokument/{id}"))}
            </section>
        </Page>
    }
}

#[component]
pub fn StaffPreviewDocument() -> impl IntoView {
    let ids = (param("case_id"), param("person_id"), param("document_id"));
    let data = Resource::new_blocking(
        move || ids.clone(),
        |(c, p, d)| staff_preview_document(c, p, d),
    );
    loaded_page(data, "staff-preview-plain", preview_document)
}

fn preview_document(d: PreviewDocument) -> impl IntoView {
    let case_id = d.document.case_id.clone();
    let list = format!("/ansatt/sak/{case_id}/forhandsvis/{}", param("person_id"));
    let back = format!("/ansatt/sak/{case_id}");
    view! {
        <Page heading=d.document.title.clone()>
            {staff_nav()}
            {preview_banner(d.person_name, back)}
            {reader_content(d.document, list, None)}
        </Page>
    }
}
