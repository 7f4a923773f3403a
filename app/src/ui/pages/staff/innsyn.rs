//! The caseworkers' innsyn pages: the unit's unanswered requests, and one party's
//! request to see the whole case with what they have of each document and the answer.

use super::workbench::{list_page, staff_nav};
use crate::api::{
    staff_case_innsyn, staff_innsyn_requests, FormFlash, InnsynRequestItem, StaffCaseInnsynData,
    CASE_INNSYN_ANSWER_MAX,
};
use crate::i18n::{date_text, t, t_args};
use crate::ui::components::{sentence_with_date, FormOwner, Page};
use crate::ui::pages::forms::{described, field_anchor, field_error, flash_notices, form_page};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// No law sets a deadline for answering ("without undue delay"); past a week a request
/// is marked, so old ones are not forgotten.
const LONG_WAIT_DAYS: i64 = 7;

/// The unit's unanswered innsyn requests, oldest first. A request for a document is
/// answered on the document's page, by a new release decision for the party who asked;
/// one for the whole case on its own page.
#[component]
pub fn StaffInnsyn() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| staff_innsyn_requests());
    list_page(
        ("staff-innsyn", "staff-innsyn-intro", "staff-innsyn-empty"),
        data,
        requests_table,
    )
}

fn requests_table(list: Vec<InnsynRequestItem>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption>{t_args("staff-innsyn-caption", &[("count", list.len().to_string())])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-col-document")}</th>
                        <th scope="col">{t("staff-col-party")}</th>
                        <th scope="col">{t("staff-col-requested")}</th>
                        <th scope="col">{t("staff-col-message")}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|r| {
                        let (href, title) = match r.document {
                            Some((id, title)) => (format!("/ansatt/sak/{}/dokument/{id}", r.case_id), title),
                            None => (
                                format!("/ansatt/sak/{}/innsyn/{}", r.case_id, r.person_id),
                                t("staff-innsyn-whole-case"),
                            ),
                        };
                        let waiting = t_args("staff-innsyn-days", &[("count", r.days_waiting.to_string())]);
                        view! {
                            <tr>
                                <th scope="row">
                                    <a href=href>{title}</a>
                                    {r.hidden_parts.then(|| view! {
                                        <p class="hint">{t("staff-innsyn-hidden-parts")}</p>
                                    })}
                                </th>
                                <td>{r.party_name}</td>
                                <td>
                                    <time datetime=r.requested_on.clone()>{date_text(&r.requested_on)}</time> " (" {waiting} ")"
                                    {(r.days_waiting >= LONG_WAIT_DAYS).then(|| view! {
                                        " " <span class="tag tag--warn">{t("staff-innsyn-long-wait")}</span>
                                    })}
                                </td>
                                <td>{r.message.unwrap_or_default()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// One party's request to see the whole case.
#[component]
pub fn StaffCaseInnsynPage() -> impl IntoView {
    let ids = use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("person_id").unwrap_or_default(),
        )
    });
    let page = format!("/ansatt/sak/{}/innsyn/{}", ids.0, ids.1);
    let data = Resource::new_blocking(move || ids.clone(), |(c, p)| staff_case_innsyn(c, p));
    form_page(
        data,
        page,
        "staff-case-innsyn-heading",
        true,
        case_innsyn_view,
    )
}

const ANSWERS: [&str; 3] = ["GRANTED", "PARTLY_GRANTED", "REFUSED"];

fn case_innsyn_view(d: StaffCaseInnsynData, flash: FormFlash, owner: String) -> impl IntoView {
    let action = format!("/ansatt/sak/{}/innsyn/{}/svar", d.case_id, d.person_id);
    let open = d.is_open();
    let chosen = flash.field("svar").unwrap_or_default().to_string();
    let words = flash.field("begrunnelse").unwrap_or_default().to_string();
    let kept = d.documents.iter().filter(|x| x.state != "SHARED").count();
    view! {
        <Page heading=t("staff-case-innsyn-heading")>
            {staff_nav()}
            <p class="lead">{t_args("staff-case-heading", &[("name", d.child_name.clone())])}</p>
            {flash_notices(&flash, field_anchor)}
            <section class="panel" aria-labelledby="request-heading">
                <h2 id="request-heading">{t_args("staff-case-innsyn-from", &[("name", d.party_name.clone())])}</h2>
                {match d.status.clone() {
                    Some(s) => view! {
                        <p>{sentence_with_date("innsyn-requested-on", &s.requested_on)}</p>
                        {s.message.clone().map(|m| view! {
                            <p>{t("staff-col-message")} ":"</p>
                            <blockquote class="message__body">{m}</blockquote>
                        })}
                        {s.answer.clone().zip(s.answered_on.clone()).map(|(kind, on)| view! {
                            <p><strong>{sentence_with_date(&format!("staff-case-innsyn-answered-{kind}"), &on)}</strong></p>
                            {s.answer_text.clone().map(|text| view! {
                                <blockquote class="message__body">{text}</blockquote>
                            })}
                        })}
                    }.into_any(),
                    None => view! { <p>{t("staff-case-innsyn-none")}</p> }.into_any(),
                }}
            </section>
            <section class="panel" aria-labelledby="documents-heading">
                <h2 id="documents-heading">{t("staff-case-innsyn-documents")}</h2>
                <p>{t_args("staff-case-innsyn-kept", &[("count", kept.to_string())])}</p>
                <div class="table-wrap">
                    <table class="table">
                        <caption>{t_args("staff-case-innsyn-caption", &[("name", d.party_name.clone())])}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("staff-col-document")}</th>
                                <th scope="col">{t("staff-col-date")}</th>
                                <th scope="col">{t("staff-case-innsyn-col-state")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {d.documents.iter().map(|doc| {
                                let href = format!("/ansatt/sak/{}/dokument/{}", d.case_id, doc.id);
                                view! {
                                    <tr>
                                        <th scope="row"><a href=href>{doc.title.clone()}</a></th>
                                        <td><time datetime=doc.doc_date.clone()>{date_text(&doc.doc_date)}</time></td>
                                        <td>{t(&format!("release-state-{}", doc.state))}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
            {open.then(|| view! {
                <section class="panel" id="svar-skjema" aria-labelledby="answer-heading">
                    <h2 id="answer-heading">{t("staff-case-innsyn-answer")}</h2>
                    <p>{t("staff-case-innsyn-answer-intro")}</p>
                    <form method="post" action=action>
                        <FormOwner owner=owner/>
                        <fieldset id="svar" aria-describedby=described(&flash, "svar")>
                            <legend>{t("staff-case-innsyn-choice")}</legend>
                            {field_error(&flash, "svar")}
                            {ANSWERS.iter().map(|a| {
                                let id = format!("svar-{a}");
                                view! {
                                    <div class="choice">
                                        <input type="radio" id=id.clone() name="svar" value=*a checked=chosen == *a/>
                                        <label for=id>{t(&format!("staff-case-innsyn-choice-{a}"))}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        <div class="field">
                            <label for="begrunnelse">{t("staff-case-innsyn-words")}</label>
                            <p class="hint" id="begrunnelse-hint">{t_args("staff-case-innsyn-words-hint", &[("max", CASE_INNSYN_ANSWER_MAX.to_string())])}</p>
                            {field_error(&flash, "begrunnelse")}
                            <textarea id="begrunnelse" name="begrunnelse" rows="6"
                                maxlength=CASE_INNSYN_ANSWER_MAX.to_string()
                                aria-describedby=described(&flash, "begrunnelse").unwrap_or_else(|| "begrunnelse-hint".into())>
                                {words}
                            </textarea>
                        </div>
                        <button type="submit" class="button">{t("staff-case-innsyn-send")}</button>
                    </form>
                </section>
            })}
        </Page>
    }
}
