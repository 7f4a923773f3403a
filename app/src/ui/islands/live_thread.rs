use leptos::prelude::*;

/// Keeps an open thread up to date: the server-rendered list (its children) gets each
/// new message as it is stored, rendered and escaped by the server as on a reload.
/// Without JavaScript the list is complete and a reload shows new messages. It takes no
/// props: the list names its events' address (`data-live`), which keeps serde out of
/// the bundle, and marks itself `data-listening` once connected (for the tests).
#[island]
pub fn LiveThread(children: Children) -> impl IntoView {
    Effect::new(move |_| listen());
    view! { <div class="live-thread">{children()}</div> }
}

#[cfg(feature = "hydrate")]
fn listen() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(list) = document().query_selector("[data-live]").ok().flatten() else {
        return;
    };
    let Some(url) = list.get_attribute("data-live") else {
        return;
    };
    let Ok(source) = web_sys::EventSource::new(&url) else {
        return;
    };
    let target = list.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(html) = e.data().as_string() {
                let _ = target.insert_adjacent_html("beforeend", &html);
            }
        });
    source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let marked = list.clone();
    let on_open = Closure::<dyn FnMut()>::new(move || {
        let _ = marked.set_attribute("data-listening", "true");
    });
    source.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    // Both live as long as the page.
    on_message.forget();
    on_open.forget();
    std::mem::forget(source);
}

#[cfg(not(feature = "hydrate"))]
fn listen() {}
