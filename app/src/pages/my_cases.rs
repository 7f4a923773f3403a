use crate::api::{my_cases, CaseCard};
use crate::components::{ErrorNotice, Page};
use crate::i18n::{t, t_args};
use crate::islands::CaseFilter;
use leptos::prelude::*;

#[component]
pub fn MyCases() -> impl IntoView {
    let cases = Resource::new_blocking(|| (), |_| my_cases());
    view! {
        <Page heading=t("my-cases") islands=true>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match cases.await {
                        Ok(list) if list.is_empty() => {
                            view! { <p>{t("my-cases-empty")}</p> }.into_any()
                        }
                        Ok(list) => case_list(list).into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

fn case_list(list: Vec<CaseCard>) -> impl IntoView {
    let count = list.len();
    view! {
        <p>{t_args("my-cases-intro", &[("count", count.to_string())])}</p>
        <CaseFilter>
            <label for="case-filter-input">{t("filter-cases-label")}</label>
            <input id="case-filter-input" type="search" autocomplete="off"/>
        </CaseFilter>
        <p id="case-filter-status" class="filter-status" role="status" hidden>
            {t("filter-cases-no-match")}
        </p>
        <ul class="card-list">{list.into_iter().map(case_card).collect_view()}</ul>
    }
}

fn case_card(c: CaseCard) -> impl IntoView {
    let phase = t(&format!("phase-{}", c.phase));
    let place = format!("{}, {}", c.unit_name, c.service_name);
    let filter_text = format!("{} {place} {phase}", c.child_first_name).to_lowercase();
    view! {
        <li class="card" data-filter-text=filter_text>
            <h2 class="card__title">
                <a href=format!("/sak/{}", c.id)>{c.child_first_name}</a>
            </h2>
            <dl class="card__facts">
                <dt>{t("case-unit")}</dt>
                <dd>{place}</dd>
                <dt>{t("case-phase")}</dt>
                <dd>{phase}</dd>
            </dl>
        </li>
    }
}
