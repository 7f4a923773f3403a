//! The service's digital post: the unit's inbox (for leaders, what has waited unopened
//! past two working days first), a case's threads with a form to write to a party, and
//! one thread with when the party opened each reply, a reply form, "take" and
//! "handled".

use super::workbench::staff_nav;
use crate::api::{
    staff_case_post, staff_inbox, staff_post_thread, FormFlash, Inbox, InboxRow, NewThreadData,
    StaffThread,
};
use crate::i18n::{date_text, t};
use crate::ui::components::{ErrorNotice, FormOwner, Page};
use crate::ui::pages::forms::{field_anchor, flash_notices, form_page};
use crate::ui::pages::post::{message_list, reply_section, send_form, subject_field};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn params() -> (String, String) {
    use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("thread_id").unwrap_or_default(),
        )
    })
}

const STATES: [&str; 4] = ["new", "open", "waiting", "handled"];

#[component]
pub fn StaffInbox() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| staff_inbox());
    view! {
        <Page heading=t("staff-post")>
            {staff_nav()}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(inbox) => inbox_view(inbox).into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

fn inbox_view(inbox: Inbox) -> impl IntoView {
    if inbox.rows.is_empty() {
        return view! { <p>{t("staff-post-empty")}</p> }.into_any();
    }
    let mine: Vec<InboxRow> = inbox
        .rows
        .iter()
        .filter(|r| r.assigned_to_me && r.state != "handled")
        .cloned()
        .collect();
    view! {
        {(!inbox.overdue.is_empty()).then(|| view! {
            <section class="notice notice--warn" aria-labelledby="overdue-heading">
                <h2 id="overdue-heading">{t("staff-post-overdue")}</h2>
                <p>{t("staff-post-overdue-intro")}</p>
                {thread_table(inbox.overdue.clone())}
            </section>
        })}
        {(!mine.is_empty()).then(|| view! {
            <section aria-labelledby="mine-heading">
                <h2 id="mine-heading">{t("staff-post-mine")}</h2>
                {thread_table(mine)}
            </section>
        })}
        {STATES.iter().filter_map(|state| {
            let group: Vec<InboxRow> = inbox.rows.iter().filter(|r| r.state == *state).cloned().collect();
            (!group.is_empty()).then(|| {
                let id = format!("state-{state}");
                let label = id.clone();
                view! {
                    <section aria-labelledby=label>
                        <h2 id=id>{t(&format!("staff-post-state-{state}"))} " (" {group.len()} ")"</h2>
                        {thread_table(group)}
                    </section>
                }
            })
        }).collect_view()}
    }
    .into_any()
}

/// A reply or an appeal says so next to its subject.
fn kind_tag(kind: &str) -> Option<impl IntoView> {
    let key = match kind {
        "SVAR" => "staff-post-kind-svar",
        "KLAGE" => "staff-post-kind-klage",
        _ => return None,
    };
    Some(view! { <span class="tag">" " {t(key)}</span> })
}

fn thread_table(rows: Vec<InboxRow>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t("post-subject")}</th>
                        <th scope="col">{t("staff-col-child")}</th>
                        <th scope="col">{t("staff-col-party")}</th>
                        <th scope="col">{t("post-last")}</th>
                        <th scope="col">{t("staff-post-assigned")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let href = format!("/ansatt/sak/{}/meldinger/{}", r.case_id, r.thread_id);
                        view! {
                            <tr>
                                <th scope="row">
                                    <a href=href>{r.subject.clone()}</a>
                                    {kind_tag(&r.kind)}
                                    {r.overdue.then(|| view! { <span class="tag tag--warn">" " {t("staff-post-late")}</span> })}
                                </th>
                                <td>{r.child_name.clone()}</td>
                                <td>{r.party_name.clone()}</td>
                                <td><time datetime=r.last_on.clone()>{date_text(&r.last_on)}</time></td>
                                <td>{r.assigned_name.clone().unwrap_or_default()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn StaffCasePost() -> impl IntoView {
    let (case_id, _) = params();
    let page = format!("/ansatt/sak/{case_id}/meldinger");
    let data = Resource::new_blocking(move || case_id.clone(), staff_case_post);
    form_page(data, page, "staff-post", true, case_post_view)
}

fn case_post_view(d: NewThreadData, flash: FormFlash, owner: String) -> impl IntoView {
    let action = format!("/ansatt/sak/{}/meldinger/ny", d.case_id);
    let chosen = if flash.form == "ny" {
        flash.field("part").map(str::to_string)
    } else {
        None
    };
    let party_error = (flash.form == "ny")
        .then(|| flash.error("part"))
        .flatten()
        .map(|key| view! { <p class="field-error" id="part-error">{t(key)}</p> });
    view! {
        <Page heading=t("staff-post")>
            {staff_nav()}
            <p class="lead"><a href=format!("/ansatt/sak/{}", d.case_id)>{d.child_name.clone()}</a></p>
            {flash_notices(&flash, field_anchor)}
            {if d.threads.is_empty() {
                view! { <p>{t("post-none")}</p> }.into_any()
            } else {
                thread_table(d.threads).into_any()
            }}
            <section class="panel" id="ny" aria-labelledby="new-heading">
                <h2 id="new-heading">{t("staff-post-new")}</h2>
                {send_form(action, "ny", &flash, owner, &d.token, view! {
                    <div class="field">
                        <label for="part">{t("staff-post-to")}</label>
                        {party_error}
                        <select id="part" name="part">
                            <option value="">{t("staff-consent-choose-party")}</option>
                            {d.parties.into_iter().map(|(id, name)| {
                                let selected = chosen.as_deref() == Some(id.as_str());
                                view! { <option value=id selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    {subject_field(&flash, String::new())}
                })}
            </section>
        </Page>
    }
}

#[component]
pub fn StaffThreadPage() -> impl IntoView {
    let ids = params();
    let page = format!("/ansatt/sak/{}/meldinger/{}", ids.0, ids.1);
    let data = Resource::new_blocking(move || ids.clone(), |(c, th)| staff_post_thread(c, th));
    form_page(data, page, "staff-post", true, thread_view)
}

fn thread_view(d: StaffThread, flash: FormFlash, owner: String) -> impl IntoView {
    let r = d.row.clone();
    let base = format!("/ansatt/sak/{}/meldinger/{}", r.case_id, r.thread_id);
    let handled = r.state == "handled" || r.state == "waiting";
    view! {
        <Page heading=r.subject.clone() islands=true>
            {staff_nav()}
            <p class="lead">
                <a href=format!("/ansatt/sak/{}/meldinger", r.case_id)>{r.child_name.clone()}</a>
                " – " {r.party_name.clone()}
            </p>
            {flash_notices(&flash, field_anchor)}
            {r.document_id.clone().map(|doc| view! {
                <p>
                    {kind_tag(&r.kind)} " "
                    <a href=format!("/ansatt/sak/{}/dokument/{doc}", r.case_id)>{t("staff-post-document")}</a>
                </p>
            })}
            {(r.kind == "KLAGE").then(|| view! { <p class="notice notice--warn">{t("staff-post-klage-intro")}</p> })}
            <p>{t("staff-col-status")} ": " {t(&format!("staff-post-state-{}", r.state))}
                {r.assigned_name.clone().map(|n| view! { " – " {t("staff-post-assigned")} ": " {n} })}
            </p>
            {message_list(d.messages, t("post-the-party"), base.clone())}
            <div class="consent__choices">
                {(!r.assigned_to_me).then(|| view! {
                    <form method="post" action=format!("{base}/ta")>
                        <FormOwner owner=owner.clone()/>
                        <button type="submit" class="button button--secondary">{t("staff-post-take")}</button>
                    </form>
                })}
                {(!handled).then(|| view! {
                    <form method="post" action=format!("{base}/behandlet")>
                        <FormOwner owner=owner.clone()/>
                        <button type="submit" class="button button--secondary">{t("staff-post-mark-handled")}</button>
                    </form>
                })}
            </div>
            {reply_section(format!("{base}/svar"), &flash, owner, &d.token)}
        </Page>
    }
}

/// Every state label the inbox translates (for the i18n check).
#[cfg(test)]
pub fn staff_post_keys() -> Vec<String> {
    STATES
        .iter()
        .map(|s| format!("staff-post-state-{s}"))
        .collect()
}
