use crate::api::{staff_unit_cases, StaffCaseRow};
use crate::i18n::{date_text, t, t_args};
use crate::ui::components::{ErrorNotice, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The unit's cases, with how many release decisions are still missing in each. The
/// filter is a plain GET form applied on the server, so it works without JavaScript.
#[component]
pub fn StaffCases() -> impl IntoView {
    let cases = Resource::new_blocking(|| (), |_| staff_unit_cases());
    let query = use_query_map().read_untracked().clone();
    let phase = query.get("fase").filter(|p| !p.is_empty());
    let only_undecided = query.get("uavgjort").is_some_and(|v| !v.is_empty());
    view! {
        <Page heading=t("staff-cases")>
            {super::workbench::staff_nav()}
            <Suspense fallback=|| ()>
                {move || {
                    let phase = phase.clone();
                    Suspend::new(async move {
                        match cases.await {
                            Ok(list) if list.is_empty() => view! { <p>{t("staff-cases-empty")}</p> }.into_any(),
                            Ok(list) => {
                                let form = filter_form(&list, phase.as_deref(), only_undecided);
                                let shown: Vec<StaffCaseRow> = list
                                    .into_iter()
                                    .filter(|c| phase.as_ref().is_none_or(|p| &c.phase == p))
                                    .filter(|c| !only_undecided || c.undecided > 0)
                                    .collect();
                                view! { {form} {case_table(shown)} }.into_any()
                            }
                            Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </Page>
    }
}

fn filter_form(list: &[StaffCaseRow], phase: Option<&str>, only_undecided: bool) -> impl IntoView {
    let mut phases: Vec<String> = list.iter().map(|c| c.phase.clone()).collect();
    phases.sort();
    phases.dedup();
    view! {
        <form method="get" class="filter-form">
            <div class="field">
                <label for="fase">{t("staff-filter-phase")}</label>
                <select id="fase" name="fase">
                    <option value="">{t("staff-filter-all-phases")}</option>
                    {phases.into_iter().map(|p| {
                        let selected = phase == Some(p.as_str());
                        view! { <option value=p.clone() selected=selected>{t(&format!("phase-{p}"))}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="choice">
                <input type="checkbox" id="uavgjort" name="uavgjort" value="1" checked=only_undecided/>
                <label for="uavgjort">{t("staff-filter-undecided")}</label>
            </div>
            <button type="submit" class="button button--secondary">{t("documents-apply")}</button>
        </form>
    }
}

fn case_table(list: Vec<StaffCaseRow>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption>{t_args("staff-cases-caption", &[("count", list.len().to_string())])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-col-child")}</th>
                        <th scope="col">{t("case-phase")}</th>
                        <th scope="col">{t("staff-col-opened")}</th>
                        <th scope="col">{t("staff-col-documents")}</th>
                        <th scope="col">{t("staff-col-undecided")}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|c| view! {
                        <tr>
                            <th scope="row"><a href=format!("/ansatt/sak/{}", c.id)>{c.child_name}</a></th>
                            <td>{t(&format!("phase-{}", c.phase))}</td>
                            <td><time datetime=c.opened_on.clone()>{date_text(&c.opened_on)}</time></td>
                            <td>{c.documents}</td>
                            <td>{c.undecided}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
