//! Translation happens on the server while rendering; islands receive the strings they
//! show as props, so no i18n runtime or locale data reaches the browser bundle.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    Nb,
    Nn,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Nb, Locale::Nn, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Nb => "nb",
            Locale::Nn => "nn",
            Locale::En => "en",
        }
    }

    /// The language's own name, shown in the language switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Nb => "Bokmål",
            Locale::Nn => "Nynorsk",
            Locale::En => "English",
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nb" | "no" | "nb-no" | "no-no" => Some(Locale::Nb),
            "nn" | "nn-no" => Some(Locale::Nn),
            "en" | "en-gb" | "en-us" => Some(Locale::En),
            _ => None,
        }
    }

    /// Picks from a cookie value first, then the Accept-Language header, else bokmål.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        if let Some(l) = cookie.and_then(Locale::parse) {
            return l;
        }
        accept_language
            .into_iter()
            .flat_map(|h| h.split(','))
            .filter_map(|part| part.split(';').next())
            .find_map(|tag| {
                Locale::parse(tag).or_else(|| Locale::parse(tag.split('-').next().unwrap_or("")))
            })
            .unwrap_or_default()
    }
}

pub const LOCALE_COOKIE: &str = "minsak_lang";

#[cfg(feature = "ssr")]
mod server {
    use super::{Locale, LOCALE_COOKIE};
    use fluent_templates::fluent_bundle::FluentValue;
    use fluent_templates::{LanguageIdentifier, Loader};
    use std::borrow::Cow;
    use std::collections::HashMap;
    use std::sync::LazyLock;

    fluent_templates::static_loader! {
        static LOCALES = {
            locales: "./locales",
            fallback_language: "nb",
            customise: |bundle| bundle.set_use_isolating(false),
        };
    }

    static IDS: LazyLock<[LanguageIdentifier; 3]> =
        LazyLock::new(|| Locale::ALL.map(|l| l.code().parse().expect("static language tag")));

    fn lang_id(locale: Locale) -> &'static LanguageIdentifier {
        &IDS[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)]
    }

    pub fn translate(locale: Locale, key: &str) -> String {
        LOCALES.lookup(lang_id(locale), key)
    }

    pub fn translate_args(locale: Locale, key: &str, args: &[(&'static str, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| {
                // Numbers go in as numbers, so Fluent's plural rules ([one], [0]) apply.
                let value = match v.parse::<i64>() {
                    Ok(n) => FluentValue::from(n),
                    Err(_) => FluentValue::from(v.clone()),
                };
                (Cow::Borrowed(*k), value)
            })
            .collect();
        LOCALES.lookup_with_args(lang_id(locale), key, &map)
    }

    /// A date as words in `locale` ("24. mai 2026", "24 May 2026"): what a party reads,
    /// never the ISO form.
    pub fn date_words(locale: Locale, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = translate(locale, &format!("month-{}", date.month()));
        translate_args(
            locale,
            "date-words",
            &[
                ("day", date.day().to_string()),
                ("month", month),
                ("year", date.year().to_string()),
            ],
        )
    }

    /// The locale of the request being rendered (cookie, then Accept-Language).
    pub fn request_locale() -> Locale {
        use leptos::prelude::use_context;
        if let Some(l) = use_context::<Locale>() {
            return l;
        }
        let locale = use_context::<axum::http::request::Parts>()
            .map(|parts| locale_from_headers(&parts.headers))
            .unwrap_or_default();
        leptos::prelude::provide_context(locale);
        locale
    }

    pub fn locale_from_headers(headers: &axum::http::HeaderMap) -> Locale {
        let cookie = headers
            .get_all(axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == LOCALE_COOKIE)
            .map(|(_, v)| v.to_string());
        let accept = headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Locale::negotiate(cookie.as_deref(), accept)
    }
}

#[cfg(feature = "ssr")]
pub use server::*;

/// Translates `key` for the current request. Only server components call this; in the
/// browser build it is never reached (islands get their strings as props).
pub fn t(key: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        translate(request_locale(), key)
    }
    #[cfg(not(feature = "ssr"))]
    {
        key.to_string()
    }
}

/// Like [`t`] with named Fluent arguments.
pub fn t_args(key: &str, args: &[(&'static str, String)]) -> String {
    #[cfg(feature = "ssr")]
    {
        translate_args(request_locale(), key, args)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = args;
        key.to_string()
    }
}

/// An ISO date (as the api carries it) in words in the current request's language;
/// anything that is not a date is shown as it came.
pub fn date_text(iso: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        match chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
            Ok(date) => date_words(request_locale(), date),
            Err(_) => iso.to_string(),
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        iso.to_string()
    }
}

/// A clock time ("14:05", as the api carries it) as written in the current request's
/// language: "14.05" in Norwegian, "14:05" in English. Built here, not by Fluent, which
/// would read "05" as the number 5.
pub fn time_text(hh_mm: &str) -> String {
    match current_locale() {
        Locale::Nb | Locale::Nn => hh_mm.replace(':', "."),
        Locale::En => hh_mm.to_string(),
    }
}

/// The current request's locale (bokmål in the browser build, where it is unused).
pub fn current_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        request_locale()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Locale::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "ssr")]
    #[test]
    fn plural_forms_follow_the_number() {
        let one = translate_args(Locale::Nb, "my-cases-intro", &[("count", "1".into())]);
        let many = translate_args(Locale::Nb, "my-cases-intro", &[("count", "3".into())]);
        assert_eq!(one, "Du er part i én sak.");
        assert_eq!(many, "Du er part i 3 saker.");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn dates_are_words_in_each_language() {
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).expect("date");
        assert_eq!(date_words(Locale::Nb, d(2026, 5, 24)), "24. mai 2026");
        assert_eq!(date_words(Locale::Nn, d(2026, 5, 24)), "24. mai 2026");
        assert_eq!(date_words(Locale::En, d(2026, 5, 24)), "24 May 2026");
        assert_eq!(date_words(Locale::Nb, d(2027, 1, 2)), "2. januar 2027");
        assert_eq!(date_words(Locale::En, d(2026, 12, 31)), "31 December 2026");
    }

    #[test]
    fn negotiates_cookie_before_header() {
        assert_eq!(Locale::negotiate(Some("en"), Some("nn")), Locale::En);
        assert_eq!(Locale::negotiate(None, Some("nn-NO,nb;q=0.8")), Locale::Nn);
        assert_eq!(
            Locale::negotiate(Some("xx"), Some("de, en;q=0.5")),
            Locale::En
        );
        assert_eq!(Locale::negotiate(None, None), Locale::Nb);
    }
}

#[cfg(all(test, feature = "ssr"))]
mod key_tests {
    use super::Locale;
    use std::collections::BTreeSet;

    /// The message ids defined in a locale's Fluent files.
    fn defined(locale: Locale) -> BTreeSet<String> {
        let dir = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), locale.code());
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(dir).expect("locale dir") {
            let src = std::fs::read_to_string(entry.expect("entry").path()).expect("ftl");
            for line in src.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
        ids
    }
    use crate::domain::{DocType, MilestoneKind, Phase};

    /// Every key written literally in a call of `t` or `t_args` in the app's sources.
    fn literal_keys() -> Vec<String> {
        let mut keys = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("source dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let src = std::fs::read_to_string(&path).expect("source");
                    for marker in ["t(\"", "t_args(\""] {
                        for (i, _) in src.match_indices(marker) {
                            // Only the functions themselves, not `get("`, `expect("`, ...
                            let before = src[..i].chars().next_back();
                            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                                continue;
                            }
                            let rest = &src[i + marker.len()..];
                            if let Some(end) = rest.find('"') {
                                keys.push(rest[..end].to_string());
                            }
                        }
                    }
                }
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }

    fn dynamic_keys() -> Vec<String> {
        let mut keys = Vec::new();
        for p in Phase::ALL {
            keys.push(format!("phase-{}", p.as_str()));
            keys.push(format!("phase-explain-{}", p.as_str()));
        }
        for k in MilestoneKind::ALL {
            keys.push(format!("milestone-{}", k.as_str()));
        }
        for d in DocType::ALL {
            keys.push(format!("doctype-{}", d.as_str()));
        }
        keys.extend((1..=12).map(|m| format!("month-{m}")));
        keys.push("date-words".to_string());
        // Sentences that carry a date as `<time>` (components::sentence_with_date).
        for k in [
            "deadline-vedtak-open",
            "deadline-innsyn-open",
            "deadline-passed",
            "innsyn-requested-on",
            "milestone-done",
            "milestone-due",
            "milestone-overdue",
            "ended-came-of-age",
            "ended-party-rights",
        ] {
            keys.push(k.to_string());
        }
        for a in ["GRANTED", "PARTLY_GRANTED", "REFUSED"] {
            keys.push(format!("innsyn-answer-{a}"));
            keys.push(format!("case-innsyn-answer-{a}"));
            keys.push(format!("staff-case-innsyn-answered-{a}"));
            keys.push(format!("staff-case-innsyn-choice-{a}"));
        }
        keys.extend(
            crate::domain::case_innsyn::AnswerRefusal::ALL
                .iter()
                .map(|r| r.field_and_key().1.to_string()),
        );
        keys.extend(
            [
                "case-innsyn-sent",
                "case-innsyn-too-long",
                "case-innsyn-answered",
                "case-innsyn-nothing-open",
            ]
            .map(str::to_string),
        );
        keys.extend(minutes_keys());
        keys.extend(crate::ui::pages::access_log::access_log_keys());
        keys.extend(crate::ui::pages::consent::consent_keys());
        keys.extend(crate::ui::pages::staff::consents::staff_consent_keys());
        keys.extend(crate::ui::pages::staff::post::staff_post_keys());
        keys.extend(
            crate::features::post::POST_ERROR_KEYS
                .iter()
                .map(|k| k.to_string()),
        );
        keys.extend(["post-sent", "staff-post-taken", "staff-post-handled"].map(str::to_string));
        keys.extend(
            crate::features::post::DOCUMENT_THREAD_KEYS
                .iter()
                .map(|k| k.to_string()),
        );
        keys.extend(
            crate::domain::attachment::FileRefusal::ALL
                .iter()
                .map(|r| r.i18n_key().to_string()),
        );
        keys.extend(
            crate::features::consent::STAFF_ERROR_KEYS
                .iter()
                .map(|k| k.to_string()),
        );
        keys.extend(
            [
                "consent-status-answer-needed",
                "consent-status-deadline-passed",
            ]
            .map(str::to_string),
        );
        keys.extend(
            crate::ui::pages::error_page_keys()
                .iter()
                .map(|k| k.to_string()),
        );
        keys.extend(
            crate::features::release::DECISION_ERROR_KEYS
                .iter()
                .map(|k| k.to_string()),
        );
        for e in [
            "error-unauthorized",
            "error-not-found",
            "error-internal",
            "error-request",
        ] {
            keys.push(e.to_string());
        }
        keys
    }

    /// Minutes for comment: refusals, receipts, outcomes and the sentences with a date.
    fn minutes_keys() -> Vec<String> {
        use crate::domain::minutes::{AnswerRefusal, CommentRefusal, OpeningRefusal, Outcome};
        let mut keys: Vec<String> = CommentRefusal::ALL
            .iter()
            .map(|r| r.field_and_key().1)
            .chain(OpeningRefusal::ALL.iter().map(|r| r.field_and_key().1))
            .chain(AnswerRefusal::ALL.iter().map(|r| r.field_and_key().1))
            .map(str::to_string)
            .collect();
        for o in Outcome::ALL {
            keys.push(format!("minutes-answer-{o}"));
            keys.push(format!("staff-minutes-answered-{o}"));
            keys.push(format!("staff-minutes-outcome-{o}"));
        }
        keys.extend(
            [
                "minutes-error-form",
                "minutes-comment-sent",
                "minutes-opened",
                "minutes-deadline-unchanged",
                "minutes-answered",
                "minutes-already-answered",
                "minutes-closed",
                "minutes-you-asked-on",
                "minutes-link-open",
                "minutes-link-closed",
                "deadline-minutes-open",
                "staff-minutes-open-until",
                "staff-minutes-closed-on",
                "staff-minutes-sent-on",
                "staff-minutes-open",
                "staff-minutes-move",
                "staff-minutes-party-can",
                "staff-minutes-party-cannot",
            ]
            .map(str::to_string),
        );
        keys
    }

    #[test]
    fn every_key_is_translated_in_every_language() {
        let keys: Vec<String> = literal_keys().into_iter().chain(dynamic_keys()).collect();
        assert!(
            keys.len() > 50,
            "the key scan found too little: {}",
            keys.len()
        );
        for locale in Locale::ALL {
            let ids = defined(locale);
            let missing: Vec<&String> = keys.iter().filter(|k| !ids.contains(*k)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
        }
        assert_eq!(
            defined(Locale::Nb),
            defined(Locale::Nn),
            "nb and nn define the same ids"
        );
        assert_eq!(
            defined(Locale::Nb),
            defined(Locale::En),
            "nb and en define the same ids"
        );
    }
}
