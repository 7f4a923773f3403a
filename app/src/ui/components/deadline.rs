use crate::api::{Deadline, DeadlineStatus};
use crate::i18n::{date_text, t_args};
use leptos::prelude::*;

/// Stands in for the date while translating, so the sentence can carry the date as a
/// `<time>` element (the ISO day for machines, words for people).
const DATE_SLOT: &str = "\u{E000}";

/// A translated sentence with its `$date` as `<time datetime="YYYY-MM-DD">words</time>`.
pub fn sentence_with_date(key: &str, iso: &str) -> impl IntoView {
    sentence_with_date_args(key, iso, &[])
}

/// [`sentence_with_date`] with further Fluent arguments (`$date` is added).
pub fn sentence_with_date_args(
    key: &str,
    iso: &str,
    args: &[(&'static str, String)],
) -> impl IntoView {
    let mut args = args.to_vec();
    args.push(("date", DATE_SLOT.to_string()));
    let text = t_args(key, &args);
    let (before, after) = text
        .split_once(DATE_SLOT)
        .map(|(b, a)| (b.to_string(), a.to_string()))
        .unwrap_or((text.clone(), String::new()));
    view! { {before} <time datetime=iso.to_string()>{date_text(iso)}</time> {after} }
}

/// A party's deadline worded for where it stands today: open with the days left, in its
/// last days (marked), or passed with what the party can still do (fvl § 31).
/// `open_key` words the open deadline (what can be done, until when).
#[component]
pub fn DeadlineNotice(deadline: Deadline, open_key: &'static str) -> impl IntoView {
    let iso = deadline.date.clone();
    match deadline.status {
        DeadlineStatus::Open { days_left } => view! {
            <div class="notice notice--warn deadline deadline--open">
                <p>{sentence_with_date(open_key, &iso)} " "
                   {t_args("deadline-days-left", &[("days", days_left.to_string())])}</p>
            </div>
        }
        .into_any(),
        DeadlineStatus::LastDays { days_left } => view! {
            <div class="notice notice--warn deadline deadline--last">
                <p><strong>{t_args("deadline-last-days", &[("days", days_left.to_string())])}</strong></p>
                <p>{sentence_with_date(open_key, &iso)}</p>
            </div>
        }
        .into_any(),
        DeadlineStatus::Passed => view! {
            <div class="notice deadline deadline--passed">
                <p>{sentence_with_date("deadline-passed", &iso)}</p>
            </div>
        }
        .into_any(),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn rendered(days_left: Option<i64>) -> String {
        let status = match days_left {
            None => DeadlineStatus::Passed,
            Some(d) if d <= 3 => DeadlineStatus::LastDays { days_left: d },
            Some(d) => DeadlineStatus::Open { days_left: d },
        };
        let deadline = Deadline {
            date: "2026-05-24".to_string(),
            status,
        };
        let owner = Owner::new();
        owner.with(|| {
            view! { <DeadlineNotice deadline=deadline open_key="deadline-vedtak-open"/> }.to_html()
        })
    }

    #[test]
    fn each_state_is_worded_for_itself_with_the_date_in_words() {
        let open = rendered(Some(12));
        assert!(
            open.contains("Du kan klage på vedtaket til og med"),
            "{open}"
        );
        assert!(open.contains("Det er 12 dager igjen."), "{open}");
        assert!(
            open.contains(r#"<time datetime="2026-05-24">24. mai 2026</time>"#),
            "{open}"
        );
        assert!(!open.contains("deadline--last"), "{open}");

        let tomorrow = rendered(Some(1));
        assert!(tomorrow.contains("deadline--last"), "{tomorrow}");
        assert!(tomorrow.contains("Fristen går ut i morgen."), "{tomorrow}");
        let today = rendered(Some(0));
        assert!(today.contains("Fristen går ut i dag."), "{today}");
        assert!(
            today.contains("til og med"),
            "still open on its last day: {today}"
        );

        let passed = rendered(None);
        assert!(passed.contains("Fristen gikk ut"), "{passed}");
        assert!(passed.contains("forvaltningsloven § 31"), "{passed}");
        assert!(
            !passed.contains("Du kan klage på vedtaket til og med"),
            "{passed}"
        );
        assert!(
            !passed.contains("2026-05-24<"),
            "no ISO date for people: {passed}"
        );
    }
}
