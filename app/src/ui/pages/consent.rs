//! One consent as the party asked sees it: what, with whom, why, from and until when,
//! what a no means; their answer as plain forms (no JavaScript needed), withdrawing in
//! the same place and with the same weight as giving; and their own history.

use crate::api::{
    consent, form_state, ConsentHistoryItem, ConsentPageData, ConsentSummary, FormState,
};
use crate::i18n::{date_text, t, t_args};
use crate::ui::components::{sentence_with_date, ErrorNotice, FormOwner, Page, RestoredNotice};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Every status and history code a page may translate (for the i18n check).
#[cfg(test)]
pub fn consent_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for p in [
        "INFO_SKOLE",
        "INFO_HELSE",
        "INFO_BARNEHAGE",
        "TILTAK_FORELDREVEILEDNING",
        "TILTAK_STOTTEKONTAKT",
        "TILTAK_BESOKSHJEM",
        "TILTAK_ANNET",
    ] {
        keys.push(format!("consent-purpose-{p}"));
    }
    for s in STATUSES {
        keys.push(format!("consent-label-{s}"));
        keys.push(format!("consent-status-{s}"));
    }
    for h in [
        "asked",
        "yes",
        "no",
        "withdrawn",
        "reset",
        "dates",
        "cancelled",
    ] {
        keys.push(format!("consent-history-{h}"));
    }
    for c in ["ja", "nei", "trekk"] {
        keys.push(format!("consent-saved-{c}"));
    }
    keys
}

#[cfg(test)]
const STATUSES: [&str; 8] = [
    "answer-needed",
    "deadline-passed",
    "in-force",
    "not-all",
    "declined",
    "withdrawn",
    "cancelled",
    "expired",
];

/// The purpose's name in the reader's language.
fn purpose_name(code: &str) -> String {
    t(&format!("consent-purpose-{code}"))
}

#[component]
pub fn ConsentPage() -> impl IntoView {
    let params = use_params_map();
    let ids = params.with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("consent_id").unwrap_or_default(),
        )
    });
    let (outcome, confirm) = use_query_map().with_untracked(|q| {
        (
            q.get("svar"),
            q.get("trekk").is_some_and(|v| v == "bekreft"),
        )
    });
    let page = format!("/sak/{}/samtykker/{}", ids.0, ids.1);
    let data = Resource::new_blocking(move || ids.clone(), |(c, s)| consent(c, s));
    let form = Resource::new_blocking(move || page.clone(), form_state);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new({
                let outcome = outcome.clone();
                async move {
                    let form = form.await;
                    match data.await {
                        Ok(d) => consent_view(d, outcome, confirm, form).into_any(),
                        Err(e) => view! {
                            <Page heading=t("consents-heading")>
                                <ErrorNotice error=e/>
                            </Page>
                        }
                        .into_any(),
                    }
                }
            })}
        </Suspense>
    }
}

fn consent_view(
    d: ConsentPageData,
    outcome: Option<String>,
    confirm: bool,
    form: FormState,
) -> impl IntoView {
    let heading = t_args("consent-heading", &[("purpose", purpose_name(&d.purpose))]);
    let page = format!("/sak/{}/samtykker/{}", d.case_id, d.consent_id);
    let back = format!("/sak/{}", d.case_id);
    view! {
        <Page heading=heading>
            <p class="lead">{t_args("consent-in-case", &[("name", d.child_first_name.clone())])}</p>
            {outcome_notice(outcome)}
            <div class="notice consent__now">
                <p>{status_sentence(&d)}</p>
            </div>
            {what_section(&d)}
            {answer_section(&d, &page, confirm, form)}
            {history_section(d.history)}
            <p><a href=back>{t("consent-back-to-case")}</a></p>
        </Page>
    }
}

/// The receipt or refusal carried back by the form's redirect (`?svar=`).
fn outcome_notice(outcome: Option<String>) -> Option<AnyView> {
    let code = outcome?;
    let ok = |key: String| {
        view! { <p class="notice notice--ok" role="status" id="kvittering">{t(&key)}</p> }
            .into_any()
    };
    let refused =
        |key: &str| view! { <p class="notice notice--error" role="alert">{t(key)}</p> }.into_any();
    Some(match code.as_str() {
        "ja" | "nei" | "trekk" => ok(format!("consent-saved-{code}")),
        "uendret" => ok("consent-unchanged".to_string()),
        "frist" => refused("consent-refused-deadline"),
        _ => refused("consent-refused"),
    })
}

fn status_sentence(d: &ConsentPageData) -> AnyView {
    let key = format!("consent-status-{}", d.status);
    match d.status.as_str() {
        "answer-needed" | "deadline-passed" => sentence_with_date(&key, &d.deadline).into_any(),
        "expired" => match &d.end {
            Some(end) => sentence_with_date(&key, end).into_any(),
            None => t(&key).into_any(),
        },
        _ => t(&key).into_any(),
    }
}

fn what_section(d: &ConsentPageData) -> impl IntoView {
    let (explain, recipients, if_no) = if d.help_measure {
        (
            "consent-explain-measure",
            "consent-recipients-measure",
            "consent-if-no-measure",
        )
    } else {
        (
            "consent-explain-exchange",
            "consent-recipients-exchange",
            "consent-if-no-exchange",
        )
    };
    let until = match &d.end {
        Some(end) => sentence_with_date("consent-until-date", end).into_any(),
        None => t("consent-until-withdrawn").into_any(),
    };
    view! {
        <section aria-labelledby="what-heading">
            <h2 id="what-heading">{t("consent-what-heading")}</h2>
            <p>{t(explain)}</p>
            <dl class="facts">
                <dt>{t("consent-service-words")}</dt>
                <dd class="consent__text">{d.purpose_text.clone()}</dd>
                <dt>{t(recipients)}</dt>
                <dd>{d.recipients.clone()}</dd>
                <dt>{t("consent-from")}</dt>
                <dd>{t("consent-from-answer")}</dd>
                <dt>{t("consent-until")}</dt>
                <dd>{until}</dd>
                <dt>{t("consent-deadline")}</dt>
                <dd><time datetime=d.deadline.clone()>{date_text(&d.deadline)}</time></dd>
            </dl>
            <h3>{t("consent-if-no-heading")}</h3>
            <p>{t(if_no)}</p>
            <p>{t("consent-withdraw-anytime")}</p>
            {d.others_asked.then(|| view! { <p>{t("consent-others")}</p> })}
        </section>
    }
}

/// The party's choices as plain forms. Yes and no are two equal buttons; withdrawing
/// takes their place once given, with the same weight, and one confirmation that says
/// beforehand what it means.
fn answer_section(
    d: &ConsentPageData,
    page: &str,
    confirm: bool,
    form: FormState,
) -> Option<AnyView> {
    if d.choices.is_empty() {
        return None;
    }
    let action = format!("{page}/svar");
    let may = |c: &str| d.choices.iter().any(|x| x == c);
    let restored = form.restored.is_some().then(|| {
        let choice = form.field("svar").map(|c| match c.as_str() {
            "ja" => t("consent-yes"),
            "nei" => t("consent-no"),
            _ => t("consent-withdraw"),
        });
        view! {
            <RestoredNotice/>
            {choice.map(|c| view! { <p>{t_args("consent-restored-choice", &[("choice", c)])}</p> })}
        }
    });
    let owner = form.owner;
    let body = if may("trekk") && confirm {
        view! {
            <h3 id="confirm-heading">{t("consent-withdraw-confirm-heading")}</h3>
            <p>{t("consent-withdraw-before")}</p>
            <form method="post" action=action class="consent__choices">
                <FormOwner owner=owner/>
                <button type="submit" name="svar" value="trekk" class="button">
                    {t("consent-withdraw-confirm")}
                </button>
                <a class="button button--secondary" href=format!("{page}#svar")>{t("consent-withdraw-back")}</a>
            </form>
        }
        .into_any()
    } else {
        view! {
            <form method="post" action=action class="consent__choices">
                <FormOwner owner=owner/>
                {may("ja").then(|| view! {
                    <button type="submit" name="svar" value="ja" class="button">{t("consent-yes")}</button>
                })}
                {may("nei").then(|| view! {
                    <button type="submit" name="svar" value="nei" class="button">{t("consent-no")}</button>
                })}
            </form>
            {may("trekk").then(|| view! {
                <p>{t("consent-withdraw-before")}</p>
                <p class="consent__choices">
                    <a class="button" href=format!("{page}?trekk=bekreft#svar")>{t("consent-withdraw")}</a>
                </p>
            })}
        }
        .into_any()
    };
    Some(
        view! {
            <section class="panel" id="svar" aria-labelledby="answer-heading">
                <h2 id="answer-heading">{t("consent-answer-heading")}</h2>
                {restored}
                {body}
            </section>
        }
        .into_any(),
    )
}

fn history_section(history: Vec<ConsentHistoryItem>) -> impl IntoView {
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t("consent-history-heading")}</h2>
            <ol class="timeline">
                {history.into_iter().map(|h| {
                    let by = h.by_service.then(|| format!(" ({})", t("consent-history-by-service")));
                    view! {
                        <li class="timeline__item timeline__item--done">
                            <span class="timeline__label">{t(&format!("consent-history-{}", h.what))}{by}</span>
                            <span class="timeline__status"><time datetime=h.on.clone()>{date_text(&h.on)}</time></span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Consents in a list (the case page, "Mine saker"): purpose, status, the deadline while
/// an answer is needed; `with_case` names the child's case too, `linked` links each to
/// its page.
pub(crate) fn consent_list(
    items: Vec<ConsentSummary>,
    with_case: bool,
    linked: bool,
) -> impl IntoView {
    view! {
        <ul class="card-list">
            {items.into_iter().map(|s| {
                let href = format!("/sak/{}/samtykker/{}", s.case_id, s.consent_id);
                let deadline = s.needs_answer().then(|| view! {
                    <p class="consent__deadline">{sentence_with_date("consent-deadline-on", &s.deadline)}</p>
                });
                let class = if s.needs_answer() { "card consent consent--waiting" } else { "card consent" };
                view! {
                    <li class=class>
                        <h3 class="card__title">
                            {if linked {
                                view! { <a href=href>{purpose_name(&s.purpose)}</a> }.into_any()
                            } else {
                                purpose_name(&s.purpose).into_any()
                            }}
                        </h3>
                        {with_case.then(|| view! {
                            <p>{t_args("consent-in-case", &[("name", s.child_first_name.clone())])}</p>
                        })}
                        <p class="consent__status">{t(&format!("consent-label-{}", s.status))}</p>
                        {deadline}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
