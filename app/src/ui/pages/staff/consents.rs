//! The caseworkers' consent pages: the unit overview (withdrawals first: something must
//! stop), a new consent on a case, and one consent with every answer, its history and
//! the changes staff make. Plain forms; refusals come back with what was typed.

use super::workbench::staff_nav;
use crate::api::{
    staff_consent, staff_new_consent, staff_unit_consents, FormFlash, NewConsentData,
    StaffConsentData, StaffConsentRow, CONSENT_NOTE_MAX, CONSENT_RECIPIENTS_MAX, CONSENT_TEXT_MAX,
};
use crate::i18n::{date_text, t, t_args};
use crate::ui::components::{ErrorNotice, FormOwner, Page};
use crate::ui::pages::forms::{described, field_error, flash_notices, form_page};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn params() -> (String, String) {
    use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("consent_id").unwrap_or_default(),
        )
    })
}

fn purpose_name(code: &str) -> String {
    t(&format!("consent-purpose-{code}"))
}

fn overall_tag(status: &str) -> impl IntoView {
    let class = format!("tag tag--consent-{}", status.to_ascii_lowercase());
    view! { <span class=class>{t(&format!("consent-overall-{status}"))}</span> }
}

fn day(iso: &str) -> impl IntoView {
    view! { <time datetime=iso.to_string()>{date_text(iso)}</time> }
}

/// Where an error leads: the new consent's fields have their own names as ids; on a
/// consent's page each error leads to its form.
fn consent_anchor(form: &str, field: &str) -> String {
    match form {
        "create" | "" => format!("#{field}"),
        "svar" => "#registrer".to_string(),
        form => format!("#{form}"),
    }
}

// ---- the unit overview ----

#[component]
pub fn StaffConsents() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| staff_unit_consents());
    view! {
        <Page heading=t("staff-consents")>
            {staff_nav()}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(rows) => overview(rows).into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// Statuses in the order the overview groups them.
const GROUPS: [&str; 7] = [
    "TRUKKET",
    "VENTER_PAA_SVAR",
    "SVARFRIST_PASSERT",
    "IKKE_SAMTYKKET",
    "SAMTYKKET",
    "UTLOPT",
    "AVBRUTT",
];

fn overview(rows: Vec<StaffConsentRow>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>{t("staff-consents-empty")}</p> }.into_any();
    }
    let withdrawn: Vec<StaffConsentRow> = rows
        .iter()
        .filter(|r| r.withdrawn_recently)
        .cloned()
        .collect();
    let due: Vec<StaffConsentRow> = rows.iter().filter(|r| r.due_soon).cloned().collect();
    view! {
        {(!withdrawn.is_empty()).then(|| view! {
            <section class="notice notice--warn" aria-labelledby="withdrawn-heading">
                <h2 id="withdrawn-heading">{t("staff-consents-withdrawn")}</h2>
                <p>{t("staff-consents-withdrawn-intro")}</p>
                {consent_table(withdrawn, "staff-consents-withdrawn")}
            </section>
        })}
        {(!due.is_empty()).then(|| view! {
            <section aria-labelledby="due-heading">
                <h2 id="due-heading">{t("staff-consents-due")}</h2>
                {consent_table(due, "staff-consents-due")}
            </section>
        })}
        {GROUPS.iter().filter_map(|status| {
            let group: Vec<StaffConsentRow> = rows.iter().filter(|r| r.status == *status).cloned().collect();
            (!group.is_empty()).then(|| {
                let id = format!("status-{}", status.to_ascii_lowercase());
                let label = id.clone();
                let heading = t_args(
                    "staff-consents-group",
                    &[("status", t(&format!("consent-overall-{status}"))), ("count", group.len().to_string())],
                );
                view! {
                    <section aria-labelledby=label>
                        <h2 id=id>{heading.clone()}</h2>
                        {consent_table(group, "staff-consents-caption")}
                    </section>
                }
            })
        }).collect_view()}
    }
    .into_any()
}

fn consent_table(rows: Vec<StaffConsentRow>, caption: &'static str) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{t(caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-col-child")}</th>
                        <th scope="col">{t("staff-col-consent")}</th>
                        <th scope="col">{t("staff-col-status")}</th>
                        <th scope="col">{t("consent-deadline")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let href = format!("/ansatt/sak/{}/samtykker/{}", r.case_id, r.consent_id);
                        view! {
                            <tr>
                                <th scope="row">{r.child_name.clone()}</th>
                                <td><a href=href>{purpose_name(&r.purpose)}</a></td>
                                <td>
                                    {overall_tag(&r.status)}
                                    {r.withdrawn_on.clone().map(|d| view! {
                                        <span class="hint">" " {t("staff-consents-withdrawn-on")} " " {day(&d)}</span>
                                    })}
                                </td>
                                <td>{day(&r.deadline)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The consents of one case, on the caseworker's case page.
pub(crate) fn case_consents_section(case_id: &str, rows: Vec<StaffConsentRow>) -> impl IntoView {
    let new = format!("/ansatt/sak/{case_id}/nytt-samtykke");
    view! {
        <section aria-labelledby="consents-heading">
            <h2 id="consents-heading">{t("consents-heading")}</h2>
            {if rows.is_empty() {
                view! { <p>{t("staff-consents-none-in-case")}</p> }.into_any()
            } else {
                consent_table(rows, "consents-heading").into_any()
            }}
            <p><a class="button button--secondary" href=new>{t("staff-consent-new")}</a></p>
        </section>
    }
}

// ---- a new consent ----

#[component]
pub fn StaffNewConsent() -> impl IntoView {
    let (case_id, _) = params();
    let page = format!("/ansatt/sak/{case_id}/nytt-samtykke");
    let data = Resource::new_blocking(move || case_id.clone(), staff_new_consent);
    form_page(data, page, "staff-consent-new", true, new_consent)
}

fn new_consent(d: NewConsentData, flash: FormFlash, owner: String) -> impl IntoView {
    let action = format!("/ansatt/sak/{}/nytt-samtykke/opprett", d.case_id);
    let typed = |name: &str| flash.field(name).map(str::to_string);
    // A refused form comes back with its own token, so a fixed form is still one consent.
    let token = typed("token").unwrap_or(d.token.clone());
    let purpose = typed("formaal").unwrap_or_default();
    let chosen: Vec<String> = flash
        .values("part")
        .into_iter()
        .map(str::to_string)
        .collect();
    let deadline = typed("svarfrist").unwrap_or(d.suggested_deadline.clone());
    let end = typed("sluttdato").unwrap_or_default();
    let text = typed("tekst").unwrap_or_default();
    let recipients = typed("mottakere").unwrap_or_default();
    view! {
        <Page heading=t("staff-consent-new")>
            {staff_nav()}
            <p class="lead">{t_args("staff-case-heading", &[("name", d.child_name.clone())])}</p>
            {flash_notices(&flash, consent_anchor)}
            <form method="post" action=action class="consent-form">
                <FormOwner owner=owner/>
                <input type="hidden" name="token" value=token/>
                <input type="hidden" name="skjema" value="create"/>
                <div class="field">
                    <label for="formaal">{t("staff-consent-purpose")}</label>
                    {field_error(&flash, "formaal")}
                    <select id="formaal" name="formaal" aria-describedby=described(&flash, "formaal")>
                        <option value="">{t("staff-consent-choose-purpose")}</option>
                        {d.purposes.iter().map(|p| {
                            let selected = *p == purpose;
                            view! { <option value=p.clone() selected=selected>{purpose_name(p)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="tekst">{t("staff-consent-text")}</label>
                    <p class="hint" id="tekst-hint">{t_args("staff-consent-text-hint", &[("max", CONSENT_TEXT_MAX.to_string())])}</p>
                    {field_error(&flash, "tekst")}
                    <textarea id="tekst" name="tekst" rows="5" maxlength=CONSENT_TEXT_MAX.to_string()
                        aria-describedby=described(&flash, "tekst").unwrap_or_else(|| "tekst-hint".into())>
                        {text}
                    </textarea>
                </div>
                <div class="field">
                    <label for="mottakere">{t("staff-consent-recipients")}</label>
                    {field_error(&flash, "mottakere")}
                    <input type="text" id="mottakere" name="mottakere" maxlength=CONSENT_RECIPIENTS_MAX.to_string()
                        value=recipients
                        aria-describedby=described(&flash, "mottakere")/>
                </div>
                <fieldset id="part" aria-describedby=described(&flash, "part")>
                    <legend>{t("staff-consent-parties")}</legend>
                    {field_error(&flash, "part")}
                    {d.candidates.into_iter().map(|c| {
                        let id = format!("part-{}", c.person_id);
                        let why = c.not_askable.clone().map(|w| t(&format!("staff-consent-not-askable-{w}")));
                        let checked = chosen.contains(&c.person_id);
                        let roles = c.roles.iter().map(|r| t(&format!("role-{r}"))).collect::<Vec<_>>().join(", ");
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() name="part" value=c.person_id.clone()
                                    checked=checked disabled=why.is_some()/>
                                <label for=id>{c.name.clone()} " (" {roles} ")"
                                    {why.map(|w| view! { <span class="hint">" – " {w}</span> })}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="svarfrist">{t("consent-deadline")}</label>
                    {field_error(&flash, "svarfrist")}
                    <input type="date" id="svarfrist" name="svarfrist" value=deadline
                        aria-describedby=described(&flash, "svarfrist")/>
                </div>
                <div class="field">
                    <label for="sluttdato">{t("staff-consent-end")}</label>
                    <p class="hint" id="sluttdato-hint">{t("staff-consent-end-hint")}</p>
                    {field_error(&flash, "sluttdato")}
                    <input type="date" id="sluttdato" name="sluttdato" value=end
                        aria-describedby=described(&flash, "sluttdato").unwrap_or_else(|| "sluttdato-hint".into())/>
                </div>
                <button type="submit" class="button">{t("staff-consent-create")}</button>
            </form>
        </Page>
    }
}

// ---- one consent ----

#[component]
pub fn StaffConsentPage() -> impl IntoView {
    let ids = params();
    let page = format!("/ansatt/sak/{}/samtykker/{}", ids.0, ids.1);
    let data = Resource::new_blocking(move || ids.clone(), |(c, s)| staff_consent(c, s));
    form_page(data, page, "consents-heading", true, consent_detail)
}

fn consent_detail(d: StaffConsentData, flash: FormFlash, owner: String) -> impl IntoView {
    let r = d.row.clone();
    let heading = t_args("consent-heading", &[("purpose", purpose_name(&r.purpose))]);
    let base = format!("/ansatt/sak/{}/samtykker/{}", r.case_id, r.consent_id);
    let open = !d.cancelled;
    let case_link = format!("/ansatt/sak/{}", r.case_id);
    view! {
        <Page heading=heading>
            {staff_nav()}
            <p class="lead"><a href=case_link>{t_args("staff-case-heading", &[("name", r.child_name.clone())])}</a></p>
            {flash_notices(&flash, consent_anchor)}
            <p>{t("staff-col-status")} ": " {overall_tag(&r.status)}</p>
            <dl class="facts">
                <dt>{t("consent-service-words")}</dt>
                <dd class="consent__text">{d.purpose_text.clone()}</dd>
                <dt>{t("consent-recipients-exchange")}</dt>
                <dd>{d.recipients.clone()}</dd>
                <dt>{t("consent-deadline")}</dt>
                <dd>{day(&r.deadline)}</dd>
                <dt>{t("consent-until")}</dt>
                <dd>{match &r.end { Some(e) => day(e).into_any(), None => t("consent-until-withdrawn").into_any() }}</dd>
            </dl>
            <div class="table-wrap">
                <table class="table">
                    <caption>{t("staff-consent-answers")}</caption>
                    <thead><tr><th scope="col">{t("staff-col-party")}</th><th scope="col">{t("staff-col-answer")}</th></tr></thead>
                    <tbody>
                        {r.answers.iter().map(|a| view! {
                            <tr><th scope="row">{a.name.clone()}</th><td>{t(&format!("consent-answer-{}", a.answer))}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {open.then(|| change_forms(&d, &flash, &base, owner))}
            {history(&d)}
        </Page>
    }
}

fn change_forms(
    d: &StaffConsentData,
    flash: &FormFlash,
    base: &str,
    owner: String,
) -> impl IntoView {
    let mine = |form: &str| flash.form == form;
    let typed = |form: &str, name: &str| {
        mine(form)
            .then(|| flash.field(name).map(str::to_string))
            .flatten()
    };
    let r = &d.row;
    let registrable: Vec<_> = r
        .answers
        .iter()
        .filter(|a| !a.may_register.is_empty())
        .cloned()
        .collect();
    let chosen_party = typed("svar", "part").unwrap_or_default();
    let chosen_answer = typed("svar", "svar").unwrap_or_default();
    let err = |form: &str, field: &'static str| {
        if mine(form) {
            field_error(flash, field).map(|v| v.into_any())
        } else {
            None
        }
    };
    let tied = |form: &str, field: &str| mine(form).then(|| described(flash, field)).flatten();
    // Nobody's answer can be registered once the consent has ended (`may_register` is
    // empty then): no form for it.
    let register = (!registrable.is_empty()).then(|| view! {
        <section class="panel" id="registrer" aria-labelledby="register-heading">
            <h2 id="register-heading">{t("staff-consent-register")}</h2>
            <p class="hint">{t("staff-consent-register-hint")}</p>
            <form method="post" action=format!("{base}/svar")>
                <FormOwner owner=owner.clone()/>
                <input type="hidden" name="skjema" value="svar"/>
                <div class="field">
                    <label for="svar-part">{t("staff-col-party")}</label>
                    {err("svar", "part")}
                    <select id="svar-part" name="part" aria-describedby=tied("svar", "part")>
                        <option value="">{t("staff-consent-choose-party")}</option>
                        {registrable.iter().map(|a| {
                            let selected = a.person_id == chosen_party;
                            let allowed = a.may_register.iter().map(|x| t(&format!("consent-answer-{x}"))).collect::<Vec<_>>().join(", ");
                            view! { <option value=a.person_id.clone() selected=selected>{a.name.clone()} " (" {t("staff-consent-may-set")} " " {allowed} ")"</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="svar">{t("staff-col-answer")}</label>
                    {err("svar", "svar")}
                    <select id="svar" name="svar" aria-describedby=tied("svar", "svar")>
                        <option value="">{t("staff-consent-choose-answer")}</option>
                        {["SAMTYKKET", "IKKE_SAMTYKKET", "TRUKKET", "VENTER_PAA_SVAR"].into_iter().map(|a| {
                            view! { <option value=a selected=a == chosen_answer>{t(&format!("consent-answer-{a}"))}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="svar-begrunnelse">{t("staff-consent-note")}</label>
                    {err("svar", "begrunnelse")}
                    <textarea id="svar-begrunnelse" name="begrunnelse" rows="2" maxlength=CONSENT_NOTE_MAX.to_string()
                        aria-describedby=tied("svar", "begrunnelse")>
                        {typed("svar", "begrunnelse").unwrap_or_default()}
                    </textarea>
                </div>
                <button type="submit" class="button">{t("staff-consent-register-submit")}</button>
            </form>
        </section>
    });
    view! {
        {register}
        <section class="panel" id="datoer" aria-labelledby="dates-heading">
            <h2 id="dates-heading">{t("staff-consent-dates")}</h2>
            <form method="post" action=format!("{base}/datoer")>
                <FormOwner owner=owner.clone()/>
                <input type="hidden" name="skjema" value="datoer"/>
                <div class="field">
                    <label for="svarfrist">{t("consent-deadline")}</label>
                    {err("datoer", "svarfrist")}
                    <input type="date" id="svarfrist" name="svarfrist" value=typed("datoer", "svarfrist").unwrap_or(r.deadline.clone())
                        aria-describedby=tied("datoer", "svarfrist")/>
                </div>
                <div class="field">
                    <label for="sluttdato">{t("staff-consent-end")}</label>
                    {err("datoer", "sluttdato")}
                    <input type="date" id="sluttdato" name="sluttdato" value=typed("datoer", "sluttdato").unwrap_or(r.end.clone().unwrap_or_default())
                        aria-describedby=tied("datoer", "sluttdato")/>
                </div>
                <button type="submit" class="button button--secondary">{t("staff-consent-dates-submit")}</button>
            </form>
        </section>
        <section class="panel" id="avbryt" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t("staff-consent-cancel")}</h2>
            <p>{t("staff-consent-cancel-hint")}</p>
            <form method="post" action=format!("{base}/avbryt")>
                <FormOwner owner=owner/>
                <input type="hidden" name="skjema" value="avbryt"/>
                <div class="field">
                    <label for="avbryt-begrunnelse">{t("staff-consent-note")}</label>
                    {err("avbryt", "begrunnelse")}
                    <textarea id="avbryt-begrunnelse" name="begrunnelse" rows="2" maxlength=CONSENT_NOTE_MAX.to_string()
                        aria-describedby=tied("avbryt", "begrunnelse")>
                        {typed("avbryt", "begrunnelse").unwrap_or_default()}
                    </textarea>
                </div>
                <button type="submit" class="button button--secondary">{t("staff-consent-cancel-submit")}</button>
            </form>
        </section>
    }
}

fn history(d: &StaffConsentData) -> impl IntoView {
    view! {
        <section aria-labelledby="staff-history-heading">
            <h2 id="staff-history-heading">{t("consent-history-heading")}</h2>
            <div class="table-wrap">
                <table class="table">
                    <caption class="visually-hidden">{t("consent-history-heading")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("staff-col-date")}</th>
                            <th scope="col">{t("staff-col-event")}</th>
                            <th scope="col">{t("staff-col-by")}</th>
                            <th scope="col">{t("staff-col-note")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d.history.iter().map(|e| {
                            let what = match (&e.party_name, &e.answer) {
                                (Some(p), Some(a)) => format!("{}: {p} – {}", t(&format!("consent-event-{}", e.kind)), t(&format!("consent-answer-{a}"))),
                                _ => t(&format!("consent-event-{}", e.kind)),
                            };
                            let by = if e.by.is_empty() { t("staff-consent-by-import") } else { e.by.clone() };
                            view! {
                                <tr>
                                    <td>{day(&e.on)}</td>
                                    <td>{what}
                                        {e.deadline.clone().map(|dl| view! {
                                            <span class="hint">" (" {t("consent-deadline")} " " {day(&dl)} ")"</span>
                                        })}
                                    </td>
                                    <td>{by}</td>
                                    <td>{e.note.clone().unwrap_or_default()}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Every code the staff pages translate (for the i18n check).
#[cfg(test)]
pub fn staff_consent_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for s in GROUPS {
        keys.push(format!("consent-overall-{s}"));
    }
    for a in ["VENTER_PAA_SVAR", "SAMTYKKET", "IKKE_SAMTYKKET", "TRUKKET"] {
        keys.push(format!("consent-answer-{a}"));
    }
    for e in [
        "OPPRETTET",
        "AKSEPTERT_AV_PART",
        "AVSLAATT_AV_PART",
        "TRUKKET_AV_PART",
        "OPPDATERT_PAA_VEGNE_AV_PART",
        "REDIGERT",
        "AVBRUTT",
    ] {
        keys.push(format!("consent-event-{e}"));
    }
    for w in ["under-15", "adult", "no-rights"] {
        keys.push(format!("staff-consent-not-askable-{w}"));
    }
    keys
}
