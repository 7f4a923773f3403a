use leptos::prelude::*;

/// The quick filter over the server-rendered case list. The list is complete without
/// JavaScript; the filter field (passed in as children, already translated) stays
/// hidden until this island has hydrated, because it does nothing before that.
/// It takes no props and filters the `[data-filter-text]` elements in place, which
/// keeps the browser bundle free of serde and list rendering.
#[island]
pub fn CaseFilter(children: Children) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <div
            class="case-filter"
            hidden=move || !hydrated.get()
            data-hydrated=move || hydrated.get().to_string()
            on:input=filter_cases
        >
            {children()}
        </div>
    }
}

/// Hides the list items whose (lower-cased) filter text lacks the query, and shows
/// the "no match" status when none is left.
#[cfg(feature = "hydrate")]
fn filter_cases(ev: leptos::ev::Event) {
    use wasm_bindgen::JsCast;
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    // The browser lower-cases, so no Unicode tables are shipped in the wasm.
    let query = String::from(js_sys::JsString::from(input.value()).to_lower_case());
    let doc = document();
    let Ok(items) = doc.query_selector_all("[data-filter-text]") else {
        return;
    };
    let mut shown = 0;
    for i in 0..items.length() {
        let Some(el) = items
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let hit = el
            .get_attribute("data-filter-text")
            .is_some_and(|t| t.contains(query.trim()));
        shown += usize::from(hit);
        let _ = el.toggle_attribute_with_force("hidden", !hit);
    }
    if let Some(status) = doc.get_element_by_id("case-filter-status") {
        let _ = status.toggle_attribute_with_force("hidden", shown > 0);
    }
}

#[cfg(not(feature = "hydrate"))]
fn filter_cases(_ev: leptos::ev::Event) {}
