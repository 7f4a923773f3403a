use crate::api::{case_access_log, AccessLog, AccessLogItem, AccessLogWho};
use crate::i18n::{date_text, t, t_args, time_text};
use crate::ui::components::{ErrorNotice, Page};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// "Who has looked at my case": newest first, a page at a time (`?side=N`, plain links,
/// so it works without JavaScript).
#[component]
pub fn AccessLogPage() -> impl IntoView {
    let case_id = use_params_map()
        .read_untracked()
        .get("case_id")
        .unwrap_or_default();
    let page = use_query_map()
        .read_untracked()
        .get("side")
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1);
    let data = Resource::new_blocking(
        move || (case_id.clone(), page),
        |(case_id, page)| case_access_log(case_id, page),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(log) => access_log(log).into_any(),
                    Err(e) => view! {
                        <Page heading=t("access-log-heading-plain")>
                            <ErrorNotice error=e/>
                        </Page>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn access_log(log: AccessLog) -> impl IntoView {
    let heading = t("access-log-heading");
    let case_id = log.case_id.clone();
    let href = move |page: u32| format!("/sak/{case_id}/hvem-har-sett?side={page}");
    let newer = (log.page > 1).then(|| href(log.page - 1));
    let older = (log.page < log.pages).then(|| href(log.page + 1));
    let case_id = log.case_id.clone();
    view! {
        <Page heading=heading>
            <p><a href=format!("/sak/{}", log.case_id)>{t("back-to-case")}</a></p>
            <p>{t_args("access-log-intro", &[("name", log.child_first_name.clone())])}</p>
            <p>{t("access-log-not-listed")}</p>
            {log.staff_by_role_only.then(|| view! { <p class="notice">{t("access-log-by-role")}</p> })}
            {if log.entries.is_empty() {
                view! { <p role="status">{t("access-log-empty")}</p> }.into_any()
            } else {
                view! {
                    <p role="status">{t_args("access-log-count", &[("count", log.total.to_string())])}</p>
                    <ol class="access-log">
                        {log.entries.into_iter().map(|e| entry(&case_id, e)).collect_view()}
                    </ol>
                }.into_any()
            }}
            {(log.pages > 1).then(|| view! {
                <nav class="pager" aria-label=t("access-log-pages")>
                    {newer.map(|h| view! { <a href=h rel="prev">{t("access-log-newer")}</a> })}
                    <span>{t_args("access-log-page-of", &[("page", log.page.to_string()), ("pages", log.pages.to_string())])}</span>
                    {older.map(|h| view! { <a href=h rel="next">{t("access-log-older")}</a> })}
                </nav>
            })}
            <h2>{t("access-log-question-heading")}</h2>
            <p>{t("access-log-question")}</p>
        </Page>
    }
}

fn entry(case_id: &str, e: AccessLogItem) -> impl IntoView {
    let who = match e.who {
        AccessLogWho::Staff { name, role, unit } => {
            let role = t(&role_key(role.as_deref()));
            match name {
                Some(name) => t_args(
                    "access-log-who-named",
                    &[("name", name), ("role", role), ("unit", unit)],
                ),
                None => t_args("access-log-who-role", &[("role", role), ("unit", unit)]),
            }
        }
        AccessLogWho::CaseSystem => t("access-log-who-case-system"),
        AccessLogWho::FormerStaff => t("access-log-who-former"),
    };
    let what = t(&did_key(&e.action));
    let why = e.why.map(|w| t(&why_key(&w)));
    let at = t_args(
        "access-log-at",
        &[("date", date_text(&e.date)), ("time", time_text(&e.time))],
    );
    let datetime = format!("{}T{}", e.date, e.time);
    view! {
        <li class="access-log__entry">
            <time class="access-log__when" datetime=datetime>{at}</time>
            <span class="access-log__who">{who}</span>
            <span class="access-log__what">
                {what}
                {e.document.map(|d| view! {
                    ": " <a href=format!("/sak/{case_id}/dokumenter/{}", d.id)>{d.title}</a>
                })}
            </span>
            {why.map(|w| view! { <span class="access-log__why">{t("access-log-why")} ": " {w}</span> })}
        </li>
    }
}

fn did_key(action: &str) -> String {
    format!("access-log-did-{}", action.replace('.', "-"))
}

fn why_key(reason: &str) -> String {
    format!("access-log-why-{}", reason.replace('_', "-"))
}

fn role_key(role: Option<&str>) -> String {
    format!("staff-role-{}", role.unwrap_or("unknown"))
}

/// Every message key the page can show for an entry (each must be translated).
#[cfg(test)]
pub fn access_log_keys() -> Vec<String> {
    use crate::access::access_log::SHOWN_ACTIONS;
    use crate::domain::{audit::Reason, StaffRole};
    let mut keys: Vec<String> = SHOWN_ACTIONS.iter().map(|a| did_key(a.as_str())).collect();
    keys.extend(Reason::ALL.iter().map(|r| why_key(r.as_str())));
    keys.extend(StaffRole::ALL.iter().map(|r| role_key(Some(r.as_str()))));
    keys.push(role_key(None));
    keys.push("access-log-at".to_string());
    keys
}
