use super::workbench::list_page;
use crate::api::{staff_innsyn_requests, InnsynRequestItem};
use crate::i18n::{date_text, t, t_args};
use leptos::prelude::*;

/// No law sets a deadline for answering ("without undue delay"); past a week a request
/// is marked, so old ones are not forgotten.
const LONG_WAIT_DAYS: i64 = 7;

/// The unit's unanswered innsyn requests, oldest first. A request is answered on the
/// document's page, by a new release decision for the party who asked.
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
                        let href = format!("/ansatt/sak/{}/dokument/{}", r.case_id, r.document_id);
                        let waiting = t_args("staff-innsyn-days", &[("count", r.days_waiting.to_string())]);
                        view! {
                            <tr>
                                <th scope="row">
                                    <a href=href>{r.title}</a>
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
