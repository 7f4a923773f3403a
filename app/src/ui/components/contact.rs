use crate::api::{EmergencyContact, ServiceContact, UnitContact};
use crate::i18n::{t, t_args};
use leptos::prelude::*;

/// A `tel:` address for a number as printed ("00 00 10 01" → "tel:00001001").
fn tel(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// How to reach the unit handling the case, and whom to call when it cannot wait.
#[component]
pub fn ContactCard(unit: UnitContact) -> impl IntoView {
    let mail = format!("mailto:{}", unit.email);
    let vakt: Vec<EmergencyContact> = unit.emergency.into_iter().collect();
    view! {
        <div class="contact-card">
            <p><strong>{unit.name}</strong> ", " {unit.service_name}</p>
            <dl class="facts">
                <dt>{t("contact-phone")}</dt><dd><a href=tel(&unit.phone)>{unit.phone.clone()}</a></dd>
                <dt>{t("contact-email")}</dt><dd><a href=mail>{unit.email.clone()}</a></dd>
                <dt>{t("contact-visit")}</dt><dd>{unit.visiting_address}</dd>
                <dt>{t("contact-hours")}</dt><dd>{unit.opening_hours}</dd>
            </dl>
            <EmergencyNumbers vakt nested=true/>
        </div>
    }
}

/// How to reach a service itself (not a unit): for someone who is no longer a party.
#[component]
pub fn ServiceContactCard(contact: ServiceContact) -> impl IntoView {
    let mail = format!("mailto:{}", contact.email);
    view! {
        <div class="contact-card">
            <p><strong>{contact.name}</strong></p>
            <dl class="facts">
                <dt>{t("contact-phone")}</dt><dd><a href=tel(&contact.phone)>{contact.phone.clone()}</a></dd>
                <dt>{t("contact-email")}</dt><dd><a href=mail>{contact.email.clone()}</a></dd>
                <dt>{t("contact-postal")}</dt><dd>{contact.postal_address}</dd>
            </dl>
        </div>
    }
}

/// The services' barnevernvakt, then the national numbers for danger now (112) and for
/// children and young people (116 111), all as `tel:` links. `nested`: under a section's
/// `<h2>` (its heading is then an `<h3>`).
#[component]
pub fn EmergencyNumbers(
    vakt: Vec<EmergencyContact>,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let heading = if nested {
        view! { <h3 class="emergency__heading">{t("emergency-heading")}</h3> }.into_any()
    } else {
        view! { <h2 class="emergency__heading">{t("emergency-heading")}</h2> }.into_any()
    };
    view! {
        <div class="emergency">
            {heading}
            <ul>
                {vakt
                    .into_iter()
                    .map(|v| {
                        let hours = (!v.hours.is_empty()).then(|| format!(" ({})", v.hours));
                        view! {
                            <li>
                                {t_args("emergency-vakt", &[("service", v.service_name)])} " "
                                <a href=tel(&v.phone)>{v.phone.clone()}</a>
                                {hours}
                            </li>
                        }
                    })
                    .collect_view()}
                <li>{t("emergency-danger")} " " <a href="tel:112">"112"</a></li>
                <li>{t("emergency-alarm")} " " <a href="tel:116111">"116 111"</a></li>
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::tel;

    #[test]
    fn tel_links_dial_only_the_digits() {
        assert_eq!(tel("00 00 10 01"), "tel:00001001");
        assert_eq!(tel("+47 116 111"), "tel:+47116111");
    }
}
