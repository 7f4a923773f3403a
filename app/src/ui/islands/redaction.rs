use leptos::prelude::*;

/// The redaction editor: select text inside a paragraph of the document and add it as a
/// redacted span, with a live preview. Without JavaScript the per-paragraph checkboxes
/// (outside this island) do the same job for whole paragraphs.
///
/// Like `CaseFilter` it takes no props (no serde in the bundle): the server renders its
/// children, already translated: the blocks to select from (`[data-block]`), the
/// buttons (`[data-action]`), the preview (`#redaction-preview`, with the marker text
/// in `data-marker`) and the status line (`#redaction-status`, with the "nothing
/// selected" text in `data-empty`). It writes the spans as JSON into the form's hidden
/// `#redaction-spans` field, which the server validates again.
// An island only in the staff bundle; in the citizen bundle it is a plain component,
// never rendered in the browser, so none of its code is shipped to citizens.
#[cfg_attr(any(feature = "ssr", feature = "staff-islands"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "staff-islands")), component)]
pub fn RedactionEditor(children: Children) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <div
            class="redaction-editor"
            hidden=move || !hydrated.get()
            data-hydrated=move || hydrated.get().to_string()
            on:click=on_click
        >
            {children()}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    use web_sys::Element;

    /// (block, start, end) in chars, sorted, never overlapping.
    type Span = (usize, usize, usize);

    /// Converts a UTF-16 offset (what the Selection API counts) into a char offset
    /// (what the server's `Redaction` counts).
    fn char_offset(text: &str, utf16: u32) -> usize {
        let mut units = 0u32;
        for (i, c) in text.chars().enumerate() {
            if units >= utf16 {
                return i;
            }
            units += c.len_utf16() as u32;
        }
        text.chars().count()
    }

    fn block_of(node: Option<web_sys::Node>) -> Option<Element> {
        let node = node?;
        let el = match node.dyn_ref::<Element>() {
            Some(e) => e.clone(),
            None => node.parent_element()?,
        };
        el.closest("[data-block]").ok().flatten()
    }

    /// How many UTF-16 units of `block`'s text come before (`node`, `offset`): the
    /// selection's offsets count within their own text node, and a block may hold
    /// several (markup, or a browser splitting text), so measure from the block start.
    fn utf16_from_block_start(block: &Element, node: &web_sys::Node, offset: u32) -> Option<u32> {
        let range = document().create_range().ok()?;
        range.set_start(block, 0).ok()?;
        range.set_end(node, offset).ok()?;
        Some(range.to_string().length())
    }

    /// The current selection as a span, if it lies inside one block.
    fn selected_span() -> Option<Span> {
        let sel = leptos::prelude::window().get_selection().ok().flatten()?;
        if sel.range_count() == 0 || sel.is_collapsed() {
            return None;
        }
        let range = sel.get_range_at(0).ok()?;
        let start_node = range.start_container().ok()?;
        let end_node = range.end_container().ok()?;
        let start_block = block_of(Some(start_node.clone()))?;
        let end_block = block_of(Some(end_node.clone()))?;
        if start_block != end_block {
            return None;
        }
        let index: usize = start_block.get_attribute("data-block")?.parse().ok()?;
        let text = start_block.text_content().unwrap_or_default();
        let start = utf16_from_block_start(&start_block, &start_node, range.start_offset().ok()?)?;
        let end = utf16_from_block_start(&start_block, &end_node, range.end_offset().ok()?)?;
        let (start, end) = (char_offset(&text, start), char_offset(&text, end));
        let _ = sel.remove_all_ranges();
        (start < end).then_some((index, start, end))
    }

    /// Reads the spans back from the hidden field (it may hold a refused form's spans).
    fn current_spans(field: &web_sys::HtmlInputElement) -> Vec<Span> {
        let Ok(list) = js_sys::JSON::parse(&field.value()) else {
            return Vec::new();
        };
        let num = |obj: &wasm_bindgen::JsValue, key: &str| {
            js_sys::Reflect::get(obj, &key.into())
                .ok()
                .and_then(|v| v.as_f64())
                .map(|n| n as usize)
        };
        js_sys::Array::from(&list)
            .iter()
            .filter_map(|o| Some((num(&o, "block")?, num(&o, "start")?, num(&o, "end")?)))
            .collect()
    }

    /// Adds a span, merging it with any it overlaps or touches in the same block (the
    /// server refuses overlapping spans).
    fn add(mut spans: Vec<Span>, new: Span) -> Vec<Span> {
        let (b, mut s, mut e) = new;
        spans.retain(|&(ob, os, oe)| {
            let joins = ob == b && os <= e && s <= oe;
            if joins {
                s = s.min(os);
                e = e.max(oe);
            }
            !joins
        });
        spans.push((b, s, e));
        spans.sort_unstable();
        spans
    }

    /// The text of block `index` as shown (what the server rendered).
    fn block_text(index: usize) -> Vec<char> {
        document()
            .query_selector(&format!(".redaction-editor [data-block=\"{index}\"]"))
            .ok()
            .flatten()
            .and_then(|b| b.text_content())
            .unwrap_or_default()
            .chars()
            .collect()
    }

    /// The spans as the server wants them: offsets in chars plus the exact text each
    /// hides, so the server can refuse a span that does not cover what was selected.
    fn to_json(spans: &[Span]) -> String {
        let mut json = String::from("[");
        for (i, &(b, s, e)) in spans.iter().enumerate() {
            let chars = block_text(b);
            let quote: String = chars[s.min(chars.len())..e.min(chars.len())]
                .iter()
                .collect();
            let quote = js_sys::JSON::stringify(&quote.into())
                .ok()
                .and_then(|q| q.as_string())
                .unwrap_or_else(|| "\"\"".to_string());
            if i > 0 {
                json.push(',');
            }
            json.push_str(&format!(
                "{{\"block\":{b},\"start\":{s},\"end\":{e},\"quote\":{quote}}}"
            ));
        }
        json.push(']');
        json
    }

    /// Rebuilds the preview: each block with its spans replaced by the marker.
    fn render_preview(spans: &[Span]) {
        let doc = document();
        let Some(preview) = doc.get_element_by_id("redaction-preview") else {
            return;
        };
        let marker = preview.get_attribute("data-marker").unwrap_or_default();
        preview.set_text_content(None);
        let Ok(blocks) = doc.query_selector_all(".redaction-editor [data-block]") else {
            return;
        };
        for i in 0..blocks.length() {
            let Some(block) = blocks.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let index = i as usize;
            let chars: Vec<char> = block.text_content().unwrap_or_default().chars().collect();
            let Ok(p) = doc.create_element("p") else {
                return;
            };
            let mut pos = 0;
            for &(_, s, e) in spans.iter().filter(|sp| sp.0 == index) {
                let s = s.min(chars.len());
                let kept: String = chars[pos.min(s)..s].iter().collect();
                let _ = p.append_with_str_1(&kept);
                if let Ok(mark) = doc.create_element("mark") {
                    mark.set_class_name("redaction");
                    mark.set_text_content(Some(&marker));
                    let _ = p.append_with_node_1(&mark);
                }
                pos = e.min(chars.len());
            }
            let rest: String = chars[pos..].iter().collect();
            let _ = p.append_with_str_1(&rest);
            let _ = preview.append_with_node_1(&p);
        }
    }

    pub fn on_click(ev: leptos::ev::MouseEvent) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let Some(action) = target.get_attribute("data-action") else {
            return;
        };
        let doc = document();
        let Some(field) = doc
            .get_element_by_id("redaction-spans")
            .and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let status = doc.get_element_by_id("redaction-status");
        let mut spans = current_spans(&field);
        if action == "clear" {
            spans.clear();
        } else {
            match selected_span() {
                Some(span) => spans = add(spans, span),
                None => {
                    if let Some(s) = &status {
                        let empty = s.get_attribute("data-empty").unwrap_or_default();
                        s.set_text_content(Some(&empty));
                    }
                    return;
                }
            }
        }
        if let Some(s) = &status {
            s.set_text_content(None);
        }
        field.set_value(&to_json(&spans));
        render_preview(&spans);
    }
}

#[cfg(feature = "hydrate")]
use browser::on_click;

#[cfg(not(feature = "hydrate"))]
fn on_click(_ev: leptos::ev::MouseEvent) {}
