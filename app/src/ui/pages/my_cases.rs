use crate::api::{my_cases, CaseCard, EndedCaseNotice, EndedReason, MyCasesData};
use crate::i18n::{t, t_args};
use crate::ui::components::{sentence_with_date_args, ErrorNotice, Page, ServiceContactCard};
use crate::ui::islands::CaseFilter;
use crate::ui::pages::consent::consent_list;
use leptos::prelude::*;

#[component]
pub fn MyCases() -> impl IntoView {
    let cases = Resource::new_blocking(|| (), |_| my_cases());
    view! {
        <Page heading=t("my-cases") islands=true>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match cases.await {
                        Ok(data) => my_cases_view(data).into_any(),
                        Err(e) => view! { <ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// The current cases, then the cases whose access ended; the plain "no cases" line only
/// for someone with neither (who never had access, as far as the policy knows).
fn my_cases_view(data: MyCasesData) -> impl IntoView {
    let MyCasesData {
        cases,
        ended,
        consents_waiting,
    } = data;
    // What waits for the person's answer comes first, with its deadline.
    let waiting = (!consents_waiting.is_empty()).then(|| {
        view! {
            <section aria-labelledby="consents-waiting-heading">
                <h2 id="consents-waiting-heading">{t("consents-waiting-heading")}</h2>
                {consent_list(consents_waiting, true, true)}
            </section>
        }
    });
    let current = if cases.is_empty() {
        ended
            .is_empty()
            .then(|| view! { <p>{t("my-cases-empty")}</p> }.into_any())
    } else {
        Some(case_list(cases).into_any())
    };
    let ended = (!ended.is_empty()).then(|| {
        view! {
            <section aria-labelledby="ended-heading">
                <h2 id="ended-heading">{t("ended-heading")}</h2>
                <ul class="card-list">{ended.into_iter().map(ended_notice).collect_view()}</ul>
            </section>
        }
    });
    view! { {waiting} {current} {ended} }
}

/// What the policy said about one case: which child, why and from when, what the young
/// adult can do, whom to contact. Deliberately no link and no other fact of the case.
fn ended_notice(n: EndedCaseNotice) -> impl IntoView {
    let mut args = vec![("name", n.child_first_name.clone())];
    let heading = if n.own_case {
        "ended-case-own"
    } else {
        "ended-case"
    };
    let (why, after, innsyn) = match &n.reason {
        EndedReason::ChildCameOfAge => ("ended-came-of-age", Some("ended-share"), "ended-innsyn"),
        EndedReason::PartyRightsEnded => ("ended-party-rights", None, "ended-innsyn"),
        EndedReason::CaseMoved {
            to_service: Some(service),
        } => {
            args.push(("service", service.clone()));
            let why = if n.own_case {
                "ended-moved-own"
            } else {
                "ended-moved"
            };
            (why, Some("ended-moved-next"), "ended-moved-innsyn")
        }
        EndedReason::CaseMoved { to_service: None } => {
            ("ended-moved-elsewhere", None, "ended-moved-innsyn")
        }
    };
    view! {
        <li class="card ended-case">
            <h3 class="card__title">{t_args(heading, &args)}</h3>
            <p>{sentence_with_date_args(why, &n.ended_on, &args)}</p>
            {after.map(|key| view! { <p>{t_args(key, &args)}</p> })}
            <p>{t(innsyn)}</p>
            <h4 class="ended-case__contact">{t("ended-contact")}</h4>
            {match n.contact {
                Some(contact) => view! { <ServiceContactCard contact=contact/> }.into_any(),
                None => view! { <p>{t("ended-contact-protected")}</p> }.into_any(),
            }}
        </li>
    }
}

fn case_list(list: Vec<CaseCard>) -> impl IntoView {
    let count = list.len();
    view! {
        <p>{t_args("my-cases-intro", &[("count", count.to_string())])}</p>
        <CaseFilter>
            <label for="case-filter-input">{t("filter-cases-label")}</label>
            <input id="case-filter-input" type="search" autocomplete="off"/>
        </CaseFilter>
        <p id="case-filter-status" class="filter-status" role="status" hidden>
            {t("filter-cases-no-match")}
        </p>
        <ul class="card-list">{list.into_iter().map(case_card).collect_view()}</ul>
    }
}

fn case_card(c: CaseCard) -> impl IntoView {
    let phase = t(&format!("phase-{}", c.phase));
    let place = format!("{}, {}", c.unit_name, c.service_name);
    let filter_text = format!("{} {place} {phase}", c.child_first_name).to_lowercase();
    view! {
        <li class="card" data-filter-text=filter_text>
            <h2 class="card__title">
                <a href=format!("/sak/{}", c.id)>{c.child_first_name}</a>
            </h2>
            <dl class="card__facts">
                <dt>{t("case-unit")}</dt>
                <dd>{place}</dd>
                <dt>{t("case-phase")}</dt>
                <dd>{phase}</dd>
            </dl>
        </li>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::api::ServiceContact;

    fn rendered(data: MyCasesData) -> String {
        let owner = Owner::new();
        owner.with(|| my_cases_view(data).to_html())
    }

    fn notice(reason: EndedReason) -> EndedCaseNotice {
        EndedCaseNotice {
            child_first_name: "Amina".into(),
            own_case: false,
            reason,
            ended_on: "2025-10-14".into(),
            contact: Some(ServiceContact {
                name: "Trondheim kommune – barnevernstjenesten".into(),
                phone: "00 00 10 00".into(),
                email: "post@example.org".into(),
                postal_address: "Postboks 0000".into(),
            }),
        }
    }

    #[test]
    fn someone_who_never_had_a_case_sees_only_the_plain_line() {
        let html = rendered(MyCasesData::default());
        assert!(
            html.contains("Du er ikke part i noen saker som vises her."),
            "{html}"
        );
        assert!(!html.contains("ended-heading"), "{html}");
    }

    #[test]
    fn a_former_parent_is_told_which_child_why_since_when_and_whom_to_call() {
        let html = rendered(MyCasesData {
            cases: vec![],
            ended: vec![notice(EndedReason::ChildCameOfAge)],
            ..Default::default()
        });
        assert!(!html.contains("Du er ikke part i noen saker"), "{html}");
        assert!(html.contains("Saken om Amina"), "{html}");
        assert!(
            html.contains(
                r#"Amina fylte 18 år <time datetime="2025-10-14">14. oktober 2025</time>."#
            ),
            "{html}"
        );
        assert!(html.contains("kan Amina dele dokumenter med deg"), "{html}");
        assert!(html.contains(r#"href="tel:00001000""#), "{html}");
        assert!(
            !html.contains("href=\"/sak/"),
            "no way into the case: {html}"
        );
    }

    #[test]
    fn ended_party_rights_are_worded_without_the_young_adults_offer() {
        // (The list of current cases holds an island, which this render cannot host.)
        let html = rendered(MyCasesData {
            cases: vec![],
            ended: vec![notice(EndedReason::PartyRightsEnded)],
            ..Default::default()
        });
        assert!(
            html.contains(r#"Fra og med <time datetime="2025-10-14">14. oktober 2025</time> er du ikke lenger part i saken om Amina"#),
            "{html}"
        );
        assert!(!html.contains("fylte 18 år"), "{html}");
        assert!(!html.contains("dele dokumenter med deg"), "{html}");
    }

    #[test]
    fn a_moved_case_says_where_it_went_and_whom_to_ask_for_the_old_documents() {
        let moved = |to: Option<&str>, own_case| EndedCaseNotice {
            own_case,
            ..notice(EndedReason::CaseMoved {
                to_service: to.map(String::from),
            })
        };
        let html = rendered(MyCasesData {
            cases: vec![],
            ended: vec![moved(Some("Bodø kommune – barneverntjenesten"), false)],
            ..Default::default()
        });
        assert!(
            html.contains(r#"Fra og med <time datetime="2025-10-14">14. oktober 2025</time> har Bodø kommune – barneverntjenesten saken om Amina."#),
            "{html}"
        );
        assert!(
            html.contains("kontakt Bodø kommune – barneverntjenesten"),
            "{html}"
        );
        assert!(html.contains("før saken ble flyttet"), "{html}");
        assert!(!html.contains("fylte 18 år"), "{html}");

        let own = rendered(MyCasesData {
            cases: vec![],
            ended: vec![moved(Some("Bodø kommune – barneverntjenesten"), true)],
            ..Default::default()
        });
        assert!(own.contains("Saken din"), "{own}");
        assert!(
            own.contains("har Bodø kommune – barneverntjenesten saken din."),
            "{own}"
        );

        // Where a protected child's case went is not the parent's to know.
        let hidden = rendered(MyCasesData {
            cases: vec![],
            ended: vec![moved(None, false)],
            ..Default::default()
        });
        assert!(
            hidden.contains("en annen barnevernstjeneste saken om Amina"),
            "{hidden}"
        );
        assert!(!hidden.contains("Bodø"), "{hidden}");
        assert!(!hidden.contains("Har du spørsmål om saken nå"), "{hidden}");
    }
}
