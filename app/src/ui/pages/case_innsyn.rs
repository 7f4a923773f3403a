//! A party's request to see the whole case: its state and the service's answer, and
//! the form to ask while no request is waiting. A plain form (no JavaScript needed);
//! the server comes back with the receipt, or with the message as typed.

use super::forms::{field_anchor, flash_notices, form_page};
use crate::api::{my_case_innsyn, CaseInnsynData, FormFlash, InnsynStatus, INNSYN_MESSAGE_MAX};
use crate::i18n::{t, t_args};
use crate::ui::components::{sentence_with_date, DeadlineNotice, FormOwner, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CaseInnsynPage() -> impl IntoView {
    let case_id = use_params_map().with_untracked(|p| p.get("case_id").unwrap_or_default());
    let page = format!("/sak/{case_id}/innsyn");
    let data = Resource::new_blocking(move || case_id.clone(), my_case_innsyn);
    form_page(data, page, "case-innsyn-heading", false, case_innsyn_view)
}

fn case_innsyn_view(d: CaseInnsynData, flash: FormFlash, owner: String) -> impl IntoView {
    let case_page = format!("/sak/{}", d.case_id);
    let action = format!("/sak/{}/innsyn/send", d.case_id);
    let klage = format!("/sak/{}/innsyn/klage", d.case_id);
    let may_ask = d.may_ask();
    let typed = flash.field("message").unwrap_or_default().to_string();
    let hint = t_args(
        "innsyn-message-hint",
        &[("max", INNSYN_MESSAGE_MAX.to_string())],
    );
    let invalid = flash.errors.iter().any(|(f, _)| f == "innsyn-message");
    view! {
        <Page heading=t("case-innsyn-heading")>
            <p class="lead">{t_args("consent-in-case", &[("name", d.child_first_name.clone())])}</p>
            {flash_notices(&flash, field_anchor)}
            <p>{t("case-innsyn-intro")}</p>
            {d.status.clone().map(|s| status_section(s, klage))}
            {may_ask.then(|| view! {
                <section class="panel" id="be-om-innsyn" aria-labelledby="case-innsyn-form-heading">
                    <h2 id="case-innsyn-form-heading">{t("case-innsyn-form-heading")}</h2>
                    <form method="post" action=action>
                        <FormOwner owner=owner/>
                        <div class="field">
                            <label for="innsyn-message">{t("case-innsyn-message-label")}</label>
                            <p class="hint" id="innsyn-message-hint">{hint}</p>
                            <textarea
                                id="innsyn-message"
                                name="message"
                                rows="4"
                                maxlength=INNSYN_MESSAGE_MAX.to_string()
                                aria-describedby="innsyn-message-hint"
                                aria-invalid=invalid.then_some("true")
                            >{typed}</textarea>
                        </div>
                        <button type="submit" class="button">{t("case-innsyn-submit")}</button>
                    </form>
                </section>
            })}
            <p><a href=case_page>{t("case-innsyn-back")}</a></p>
        </Page>
    }
}

/// The latest request: when it was sent, with the party's words, and the answer with
/// the service's words and, after a refusal, until when and how to appeal.
fn status_section(s: InnsynStatus, klage: String) -> impl IntoView {
    let answer = s.answer.clone().zip(s.answered_on.clone());
    view! {
        <section class="panel" id="forespørsel" aria-labelledby="case-innsyn-status-heading">
            <h2 id="case-innsyn-status-heading">{t("case-innsyn-status-heading")}</h2>
            <p>{sentence_with_date("innsyn-requested-on", &s.requested_on)}</p>
            {s.message.clone().map(|m| view! {
                <p>{t("innsyn-your-message")} ":"</p>
                <blockquote class="message__body">{m}</blockquote>
            })}
            {match answer {
                Some((kind, on)) => view! {
                    <p><strong>{sentence_with_date(&format!("case-innsyn-answer-{kind}"), &on)}</strong></p>
                    {s.answer_text.clone().map(|text| view! {
                        <p>{t("case-innsyn-answer-words")} ":"</p>
                        <blockquote class="message__body">{text}</blockquote>
                    })}
                }.into_any(),
                None => view! { <p>{t("case-innsyn-waiting")}</p> }.into_any(),
            }}
            {s.appeal_by.clone().map(|deadline| view! {
                <DeadlineNotice deadline=deadline open_key="deadline-innsyn-open"/>
                <p>{t("case-innsyn-appeal-how")} " " <a href=klage>{t("case-innsyn-appeal-link")}</a></p>
            })}
        </section>
    }
}
