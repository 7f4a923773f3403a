//! The two pieces every form that survives an ended session carries: the owner tag
//! (see `form_drafts`) and, when the form comes back after a login, the line saying
//! that nothing was sent yet.

use crate::i18n::t;
use leptos::prelude::*;

/// The hidden `form_owner` field.
#[component]
pub fn FormOwner(owner: String) -> impl IntoView {
    view! { <input type="hidden" name="form_owner" value=owner/> }
}

/// Shown above a form restored after the login.
#[component]
pub fn RestoredNotice() -> impl IntoView {
    view! {
        <div class="notice notice--warn" role="status" id="skjema-tatt-vare-pa">
            <p>{t("form-draft-restored")}</p>
        </div>
    }
}
