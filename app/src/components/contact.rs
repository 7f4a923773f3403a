use crate::api::UnitContact;
use crate::i18n::t;
use leptos::prelude::*;

/// How to reach the unit handling the case.
#[component]
pub fn ContactCard(unit: UnitContact) -> impl IntoView {
    let tel = format!("tel:{}", unit.phone.replace(' ', ""));
    let mail = format!("mailto:{}", unit.email);
    view! {
        <div class="contact-card">
            <p><strong>{unit.name}</strong> ", " {unit.service_name}</p>
            <dl class="facts">
                <dt>{t("contact-phone")}</dt><dd><a href=tel>{unit.phone.clone()}</a></dd>
                <dt>{t("contact-email")}</dt><dd><a href=mail>{unit.email.clone()}</a></dd>
                <dt>{t("contact-visit")}</dt><dd>{unit.visiting_address}</dd>
                <dt>{t("contact-hours")}</dt><dd>{unit.opening_hours}</dd>
            </dl>
        </div>
    }
}
