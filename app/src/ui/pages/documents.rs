use crate::api::{case_documents, DocumentList, DocumentListItem, ReleaseView};
use crate::i18n::{date_text, t, t_args};
use crate::ui::components::{ErrorNotice, Page};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The document list. Filter and sort are a plain GET form, so they work without
/// JavaScript; the server applies them.
#[component]
pub fn Documents() -> impl IntoView {
    let case_id = use_params_map()
        .read_untracked()
        .get("case_id")
        .unwrap_or_default();
    let query = use_query_map().read_untracked().clone();
    let type_filter = query.get("type").filter(|t| !t.is_empty());
    let oldest_first = query.get("sort").as_deref() == Some("eldst");
    let data = Resource::new_blocking(move || case_id.clone(), case_documents);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let type_filter = type_filter.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(list) => document_list(list, type_filter, oldest_first).into_any(),
                        Err(e) => view! {
                            <Page heading=t("documents-heading-plain")>
                                <ErrorNotice error=e/>
                            </Page>
                        }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn document_list(
    list: DocumentList,
    type_filter: Option<String>,
    oldest_first: bool,
) -> impl IntoView {
    let heading = t_args(
        "documents-heading",
        &[("name", list.child_first_name.clone())],
    );
    let mut types: Vec<String> = list.items.iter().map(|d| d.doc_type.clone()).collect();
    types.sort();
    types.dedup();
    let mut items: Vec<DocumentListItem> = list
        .items
        .into_iter()
        .filter(|d| type_filter.as_ref().is_none_or(|t| &d.doc_type == t))
        .collect();
    items.sort_by(|a, b| a.doc_date.cmp(&b.doc_date).then(a.id.cmp(&b.id)));
    if !oldest_first {
        items.reverse();
    }
    let case_id = list.case_id.clone();
    let shown = items.len();
    view! {
        <Page heading=heading>
            <p><a href=format!("/sak/{case_id}")>{t("back-to-case")}</a></p>
            <form method="get" class="filter-form">
                <div class="field">
                    <label for="type">{t("documents-filter-type")}</label>
                    <select id="type" name="type">
                        <option value="">{t("documents-all-types")}</option>
                        {types.into_iter().map(|ty| {
                            let selected = type_filter.as_deref() == Some(ty.as_str());
                            view! { <option value=ty.clone() selected=selected>{t(&format!("doctype-{ty}"))}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="sort">{t("documents-sort")}</label>
                    <select id="sort" name="sort">
                        <option value="nyest" selected=!oldest_first>{t("documents-newest-first")}</option>
                        <option value="eldst" selected=oldest_first>{t("documents-oldest-first")}</option>
                    </select>
                </div>
                <button type="submit" class="button button--secondary">{t("documents-apply")}</button>
            </form>
            <p role="status">{t_args("documents-count", &[("count", shown.to_string())])}</p>
            {document_items(items, &|id| format!("/sak/{case_id}/dokumenter/{id}"))}
        </Page>
    }
}

/// The list itself, shared with the caseworker's "preview as" page; `href` makes the
/// link to a document from its id.
pub(crate) fn document_items(
    items: Vec<DocumentListItem>,
    href: &dyn Fn(&str) -> String,
) -> impl IntoView {
    view! {
        <ul class="doc-list">
            {items.into_iter().map(|d| {
                let link = href(&d.id);
                document_item(link, d)
            }).collect_view()}
        </ul>
    }
}

fn document_item(href: String, d: DocumentListItem) -> impl IntoView {
    let state = match d.view {
        ReleaseView::Full => None,
        ReleaseView::Redacted => Some(("tag tag--redacted", t("documents-partly-shared"))),
        ReleaseView::Withheld => Some(("tag tag--withheld", t("documents-withheld"))),
    };
    view! {
        <li class="doc-list__item">
            <a href=href class="doc-list__title">{d.title}</a>
            <span class="doc-list__meta">
                {t(&format!("doctype-{}", d.doc_type))} ", " <time datetime=d.doc_date.clone()>{date_text(&d.doc_date)}</time>
            </span>
            {d.unread.then(|| view! { <span class="tag tag--new">{t("documents-new")}</span> })}
            {state.map(|(class, text)| view! { <span class=class>{text}</span> })}
            {d.innsyn_waiting.then(|| view! { <span class="tag">{t("documents-innsyn-waiting")}</span> })}
        </li>
    }
}
