//! The caseworker's page of a møtereferat's comments: the period (open it, or move the
//! deadline), who can comment, and every party's requests with a form to answer each.
//! Nothing is preselected; a refused form comes back filled in, its errors at its
//! fields.

use super::workbench::staff_nav;
use crate::api::{
    staff_minutes_comments, FormFlash, MinutesComment, StaffMinutesData, StaffMinutesParty,
    MINUTES_COMMENT_MAX,
};
use crate::i18n::{t, t_args};
use crate::ui::components::{sentence_with_date, FormOwner, Page};
use crate::ui::pages::forms::{flash_notices, form_page};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const OUTCOMES: [&str; 2] = ["CORRECTED", "KEPT_AS_COMMENT"];

#[component]
pub fn StaffMinutesPage() -> impl IntoView {
    let ids = use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("document_id").unwrap_or_default(),
        )
    });
    let page = format!("/ansatt/sak/{}/dokument/{}/merknader", ids.0, ids.1);
    let data = Resource::new_blocking(move || ids.clone(), |(c, d)| staff_minutes_comments(c, d));
    form_page(data, page, "staff-minutes-heading", true, minutes_view)
}

/// Every field's id is its form's name and its own (`svar-{id}-utfall`); the deadline's
/// field is `frist`.
fn anchor(form: &str, field: &str) -> String {
    if form == "frist" {
        "#frist".to_string()
    } else {
        format!("#{form}-{field}")
    }
}

fn minutes_view(d: StaffMinutesData, flash: FormFlash, owner: String) -> impl IntoView {
    let doc_page = format!("/ansatt/sak/{}/dokument/{}", d.case_id, d.document_id);
    let base = format!("{doc_page}/merknader");
    let is_minutes = d.doc_type == "MOTEREFERAT";
    let any = d.parties.iter().any(|p| !p.comments.is_empty());
    view! {
        <Page heading=d.title.clone()>
            {staff_nav()}
            <p class="lead">{t("staff-minutes-heading")} " – " {t_args("staff-case-heading", &[("name", d.child_name.clone())])}</p>
            <p><a href=doc_page>{t("staff-minutes-back")}</a></p>
            {flash_notices(&flash, anchor)}
            {if is_minutes {
                view! {
                    {period_section(&d, &flash, &owner, &base)}
                    <section aria-labelledby="comments-heading">
                        <h2 id="comments-heading">{t("staff-minutes-comments")}</h2>
                        {(!any).then(|| view! { <p>{t("staff-minutes-none")}</p> })}
                        {d.parties.iter().filter(|p| !p.comments.is_empty()).map(|p| {
                            party_comments(p, &flash, &owner, &base)
                        }).collect_view()}
                    </section>
                }.into_any()
            } else {
                view! { <p class="notice">{t("staff-minutes-not-minutes")}</p> }.into_any()
            }}
        </Page>
    }
}

fn period_section(
    d: &StaffMinutesData,
    flash: &FormFlash,
    owner: &str,
    base: &str,
) -> impl IntoView {
    let mine = flash.form == "frist";
    let value = mine
        .then(|| flash.field("frist").map(str::to_string))
        .flatten()
        .or(d.deadline.clone())
        .unwrap_or(d.default_deadline.clone());
    let error = mine.then(|| flash.error("frist")).flatten().map(t);
    let described = if error.is_some() {
        "frist-error frist-hint"
    } else {
        "frist-hint"
    };
    let submit = if d.deadline.is_some() {
        "staff-minutes-move"
    } else {
        "staff-minutes-open"
    };
    view! {
        <section class="panel" id="frist-skjema" aria-labelledby="period-heading">
            <h2 id="period-heading">{t("staff-minutes-period")}</h2>
            {match d.deadline.clone() {
                Some(day) if d.open => view! { <p>{sentence_with_date("staff-minutes-open-until", &day)}</p> }.into_any(),
                Some(day) => view! { <p>{sentence_with_date("staff-minutes-closed-on", &day)}</p> }.into_any(),
                None => view! { <p>{t("staff-minutes-never-opened")}</p> }.into_any(),
            }}
            <ul>
                {d.parties.iter().map(|p| {
                    let key = if matches!(p.state.as_str(), "SHARED" | "PARTLY_SHARED") {
                        "staff-minutes-party-can"
                    } else {
                        "staff-minutes-party-cannot"
                    };
                    view! { <li>{p.name.clone()} ": " {t(key)}</li> }
                }).collect_view()}
            </ul>
            <form method="post" action=format!("{base}/frist")>
                <FormOwner owner=owner.to_string()/>
                <input type="hidden" name="skjema" value="frist"/>
                <div class="field">
                    <label for="frist">{t("staff-minutes-deadline")}</label>
                    <p class="hint" id="frist-hint">{t("staff-minutes-deadline-hint")}</p>
                    {error.map(|e| view! { <p class="field-error" id="frist-error">{e}</p> })}
                    <input type="date" id="frist" name="frist" value=value aria-describedby=described/>
                </div>
                <button type="submit" class="button">{t(submit)}</button>
            </form>
        </section>
    }
}

fn party_comments(
    p: &StaffMinutesParty,
    flash: &FormFlash,
    owner: &str,
    base: &str,
) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby=format!("party-{}", p.person_id)>
            <h3 id=format!("party-{}", p.person_id)>{t_args("staff-minutes-from", &[("name", p.name.clone())])}</h3>
            <ul class="minutes-comments">
                {p.comments.iter().map(|c| view! {
                    <li class="minutes-comment">{comment_view(c, flash, owner, base)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

fn comment_view(c: &MinutesComment, flash: &FormFlash, owner: &str, base: &str) -> impl IntoView {
    let part = match c.part {
        Some(n) => t_args("minutes-part", &[("number", n.to_string())]),
        None => t("minutes-whole-heading"),
    };
    view! {
        <p><strong>{part}</strong> " · " {sentence_with_date("staff-minutes-sent-on", &c.sent_on)}</p>
        {c.quote.clone().map(|q| view! {
            <p class="hint">{t("staff-minutes-quote")}</p>
            <blockquote class="minutes-quote">{q}</blockquote>
        })}
        <p class="hint">{t("staff-minutes-request")}</p>
        <blockquote class="message__body">{c.text.clone()}</blockquote>
        {match c.answer.clone() {
            Some(a) => view! {
                <p><strong>{sentence_with_date(&format!("staff-minutes-answered-{}", a.outcome), &a.answered_on)}</strong></p>
                {a.text.map(|text| view! { <blockquote class="message__body">{text}</blockquote> })}
            }.into_any(),
            None => answer_form(c, flash, owner, base).into_any(),
        }}
    }
}

fn answer_form(c: &MinutesComment, flash: &FormFlash, owner: &str, base: &str) -> impl IntoView {
    let form = format!("svar-{}", c.id);
    let mine = flash.form == form;
    let typed = |field: &str| {
        mine.then(|| flash.field(field).map(str::to_string))
            .flatten()
            .unwrap_or_default()
    };
    let error = |field: &str| mine.then(|| flash.error(field)).flatten().map(t);
    let chosen = typed("utfall");
    let (outcome_id, text_id) = (format!("{form}-utfall"), format!("{form}-svar"));
    let outcome_error = error("utfall")
        .map(|e| view! { <p class="field-error" id=format!("{outcome_id}-error")>{e}</p> });
    let outcome_described = outcome_error
        .is_some()
        .then(|| format!("{outcome_id}-error"));
    let text_error = error("svar");
    let hint_id = format!("{text_id}-hint");
    let described = if text_error.is_some() {
        format!("{text_id}-error {hint_id}")
    } else {
        hint_id.clone()
    };
    view! {
        <form method="post" action=format!("{base}/svar") class="minutes-answer">
            <FormOwner owner=owner.to_string()/>
            <input type="hidden" name="skjema" value=form.clone()/>
            <input type="hidden" name="merknad_id" value=c.id.clone()/>
            <fieldset id=outcome_id.clone() aria-describedby=outcome_described>
                <legend>{t("staff-minutes-outcome")}</legend>
                {outcome_error}
                {OUTCOMES.iter().map(|o| {
                    let id = format!("{form}-{o}");
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name="utfall" value=*o checked=chosen == *o/>
                            <label for=id>{t(&format!("staff-minutes-outcome-{o}"))}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for=text_id.clone()>{t("staff-minutes-answer")}</label>
                <p class="hint" id=hint_id>{t_args("staff-minutes-answer-hint", &[("max", MINUTES_COMMENT_MAX.to_string())])}</p>
                {text_error.map(|e| view! { <p class="field-error" id=format!("{text_id}-error")>{e}</p> })}
                <textarea id=text_id name="svar" rows="4" maxlength=MINUTES_COMMENT_MAX.to_string() aria-describedby=described>
                    {typed("svar")}
                </textarea>
            </div>
            <button type="submit" class="button">{t("staff-minutes-answer-submit")}</button>
        </form>
    }
}
