//! What the pages with plain forms share: loading a page's data with the flash its last
//! post left and the form owner tag, and showing that flash (the receipt, or the errors
//! linked to where they are).

use crate::api::{form_flash, form_owner, ApiError, FormFlash};
use crate::i18n::t;
use crate::ui::components::{ErrorNotice, Page, RestoredNotice};
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

/// A page with a form: its data, the flash for `page` and the form owner tag, rendered
/// by `render`; otherwise the error under `plain_heading` (with the staff menu on staff
/// pages).
pub(crate) fn form_page<T, V>(
    data: Resource<Result<T, ApiError>>,
    page: String,
    plain_heading: &'static str,
    staff: bool,
    render: fn(T, FormFlash, String) -> V,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    let flash = Resource::new_blocking(move || page.clone(), form_flash);
    let owner = Resource::new_blocking(|| (), |_| form_owner());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let flash = flash.await;
                let owner = owner.await;
                match data.await {
                    Ok(d) => render(d, flash, owner).into_any(),
                    Err(e) => view! {
                        <Page heading=t(plain_heading)>
                            {staff.then(super::staff::workbench::staff_nav)}
                            <ErrorNotice error=e/>
                        </Page>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The flash's receipt, and its errors listed, each linked to `anchor(form, field)`
/// (an error of no field to the list itself).
pub(crate) fn flash_notices(flash: &FormFlash, anchor: fn(&str, &str) -> String) -> impl IntoView {
    let saved = flash.saved.clone().map(|key| {
        view! { <p class="notice notice--ok" role="status" id="kvittering">{t(&key)}</p> }
    });
    let restored = flash.restored.then(|| view! { <RestoredNotice/> });
    let errors = (!flash.errors.is_empty() || !flash.file_errors.is_empty()).then(|| {
        view! {
            <div class="notice notice--error" role="alert" id="skjemafeil" tabindex="-1">
                <p><strong>{t("consent-errors-heading")}</strong></p>
                <ul>
                    {flash.errors.iter().map(|(field, key)| {
                        let href = if field.is_empty() {
                            "#skjemafeil".to_string()
                        } else {
                            anchor(&flash.form, field)
                        };
                        view! { <li><a href=href>{t(key)}</a></li> }
                    }).collect_view()}
                    {flash.file_errors.iter().map(|(name, key)| view! {
                        <li><a href="#vedlegg">{name.clone()} ": " {t(key)}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        }
    });
    view! { {saved} {restored} {errors} }
}

/// The usual anchor: the field's own id.
pub(crate) fn field_anchor(_form: &str, field: &str) -> String {
    format!("#{field}")
}

/// The idempotency key a form carries: the one it was sent with when it comes back
/// refused (so the corrected form is still the same message), else the fresh one.
pub(crate) fn form_token(flash: &FormFlash, form: &str, name: &str, fresh: &str) -> String {
    (flash.form == form)
        .then(|| flash.field(name).map(str::to_string))
        .flatten()
        .unwrap_or_else(|| fresh.to_string())
}

/// A field's error line, for `aria-describedby`.
pub(crate) fn field_error(flash: &FormFlash, field: &'static str) -> Option<impl IntoView> {
    flash.error(field).map(|key| {
        view! { <p class="field-error" id=format!("{field}-error")>{t(key)}</p> }
    })
}

/// The id of a field's error line, when it has one.
pub(crate) fn described(flash: &FormFlash, field: &str) -> Option<String> {
    flash.error(field).map(|_| format!("{field}-error"))
}
