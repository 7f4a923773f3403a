//! Issue 11, point 4: a person whose access ended is told which case, why and since
//! when, on every backend; nobody who never had access is told anything; the notice
//! carries nothing else of the case. The expectations come from the demo's own record
//! of party windows, not from the policy under test.

use super::{case_overview, my_cases};
use crate::api::dto::EndedReason;
use crate::demo::store::insert_demo;
use crate::demo::{generate, DemoData};
use crate::domain::age::{age_on, date_turning, ADULT_AGE};
use crate::store::testing::TestDb;
use chrono::NaiveDate;
use std::collections::BTreeMap;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// Per case, the first day without access for each case where the demo gave
/// `person_id` party rights that have all ended before `today`.
fn ended_by_demo_record(data: &DemoData, person_id: &str) -> BTreeMap<String, NaiveDate> {
    let mut out = BTreeMap::new();
    for c in &data.cases {
        if data.has_window(person_id, &c.id, today()) {
            continue;
        }
        let last = data
            .windows
            .iter()
            .filter(|w| w.person_id == person_id && w.case_id == c.id)
            .filter_map(|w| w.until.filter(|u| w.from <= *u && *u < today()))
            .max();
        if let Some(last) = last {
            out.insert(c.id.clone(), last.succ_opt().expect("date"));
        }
    }
    out
}

#[tokio::test]
async fn exactly_the_former_parties_are_told_and_from_the_right_day() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let mut told = 0;
        for p in &data.persons {
            let seen = my_cases(&t.db, &p.id, today()).await.expect("my cases");
            let expected = ended_by_demo_record(&data, &p.id);
            assert_eq!(
                seen.ended.len(),
                expected.len(),
                "{} on {:?}: {:?}",
                p.id,
                t.db.backend,
                seen.ended
            );
            // The notices carry no case id; match them by the child's name and day.
            for (case_id, day) in &expected {
                let case = data.cases.iter().find(|c| &c.id == case_id).expect("case");
                let child = data
                    .persons
                    .iter()
                    .find(|x| x.id == case.main_person_id)
                    .expect("child");
                let of_age = age_on(child.birth_date, *day) >= ADULT_AGE;
                let reason = match &case.moved {
                    Some(m) if m.on == *day => EndedReason::CaseMoved {
                        to_service: (!child.protected_address || child.id == p.id)
                            .then(|| m.to_service.clone()),
                    },
                    _ if of_age => EndedReason::ChildCameOfAge,
                    _ => EndedReason::PartyRightsEnded,
                };
                assert!(
                    seen.ended
                        .iter()
                        .any(|n| n.child_first_name == child.given_name
                            && n.ended_on == day.to_string()
                            && n.reason == reason),
                    "{} about {case_id}: {:?}",
                    p.id,
                    seen.ended
                );
            }
            told += seen.ended.len();
        }
        assert!(
            told >= 3,
            "the demo has a former parent (Fadumo) and a moved family"
        );
        t.close().await;
    }
}

#[tokio::test]
async fn fadumo_is_told_that_amina_turned_18_and_whom_to_call_and_nothing_else() {
    let data = generate(today(), 1);
    let amina = data
        .persons
        .iter()
        .find(|p| p.id == "p-c-amina")
        .expect("demo");
    let case = data.cases.iter().find(|c| c.id == "case-c").expect("demo");
    let service = data
        .services
        .iter()
        .find(|s| s.id == case.service_id)
        .expect("service");
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let seen = my_cases(&t.db, "p-c-fadumo", today())
            .await
            .expect("my cases");
        assert!(seen.cases.is_empty(), "{:?}", seen.cases);
        let [notice] = seen.ended.as_slice() else {
            panic!("one notice: {:?}", seen.ended);
        };
        assert_eq!(notice.child_first_name, "Amina");
        assert_eq!(notice.reason, EndedReason::ChildCameOfAge);
        let birthday = date_turning(amina.birth_date, ADULT_AGE).expect("date");
        assert_eq!(notice.ended_on, birthday.to_string());
        let contact = notice.contact.as_ref().expect("a contact");
        assert_eq!(contact.phone, service.phone);
        assert_eq!(contact.name, service.name);
        // Nothing of the case: no full name, unit, phase, caseworker or document title.
        let text = format!("{notice:?}");
        let unit = data
            .units
            .iter()
            .find(|u| u.id == case.unit_id)
            .expect("unit");
        let mut never = vec![
            amina.full_name(),
            unit.name.clone(),
            unit.phone.clone(),
            case.id.clone(),
            case.phase.as_str().to_string(),
        ];
        never.extend(
            data.documents
                .iter()
                .filter(|d| d.case_id == case.id)
                .map(|d| d.title.clone()),
        );
        never.extend(data.staff.iter().map(|s| s.name.clone()));
        let shown: Vec<&String> = never.iter().filter(|n| text.contains(n.as_str())).collect();
        assert!(shown.is_empty(), "{shown:?} in {text}");
        // The case itself is still "not found" for her.
        let overview = case_overview(&t.db, "p-c-fadumo", &case.id, today())
            .await
            .expect("overview");
        assert!(overview.is_none());
        // The notice is audited as what it is, with the reason it gives.
        let reasons: Vec<String> = sqlx::query_scalar(
            "SELECT reason FROM audit_log WHERE actor_id = $1 AND action = 'case.ended_notice' \
             AND case_id = $2",
        )
        .bind("p-c-fadumo")
        .bind(&case.id)
        .fetch_all(&t.db.pool)
        .await
        .expect("audit");
        assert_eq!(
            reasons,
            vec![format!("tilgang-avsluttet:myndig:{birthday}")]
        );
        t.close().await;
    }
}

/// A child whose address is protected: the former parent is told that access ended,
/// but not which service has the case now (its name could say where the child lives).
#[tokio::test]
async fn a_protected_childs_service_is_not_named_to_a_former_parent() {
    let mut data = generate(today(), 1);
    let service_name = {
        let case = data.cases.iter().find(|c| c.id == "case-c").expect("demo");
        let service = data.services.iter().find(|s| s.id == case.service_id);
        service.expect("service").name.clone()
    };
    for p in data.persons.iter_mut().filter(|p| p.id == "p-c-amina") {
        p.protected_address = true;
    }
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let seen = my_cases(&t.db, "p-c-fadumo", today())
            .await
            .expect("my cases");
        let [notice] = seen.ended.as_slice() else {
            panic!("one notice: {:?}", seen.ended);
        };
        assert_eq!(notice.contact, None);
        assert!(!format!("{notice:?}").contains(&service_name));
        t.close().await;
    }
}

/// A case that moved to another service: from that day the child and the parents who
/// read it are told where it went, and the case is "not found" for each of them.
#[tokio::test]
async fn a_moved_case_tells_each_of_its_readers_where_it_went_and_shows_nothing() {
    let mut data = generate(today(), 1);
    let moved_on = today() - chrono::Duration::days(10);
    let eve = moved_on.pred_opt().expect("date");
    // A case the child reads themselves (15–17) and at least one parent reads too.
    let (case_id, readers) = data
        .cases
        .iter()
        .filter_map(|c| {
            let child = data.persons.iter().find(|p| p.id == c.main_person_id)?;
            let age = age_on(child.birth_date, eve);
            let parents: Vec<String> = data
                .persons
                .iter()
                .filter(|p| p.id != child.id && data.has_window(&p.id, &c.id, eve))
                .map(|p| p.id.clone())
                .collect();
            ((15..ADULT_AGE).contains(&age) && !parents.is_empty() && !child.protected_address)
                .then(|| (c.id.clone(), [vec![child.id.clone()], parents].concat()))
        })
        .next()
        .expect("the demo has a youth of 15–17 with a parent");
    let to = "Bodø kommune – barneverntjenesten";
    for c in data.cases.iter_mut().filter(|c| c.id == case_id) {
        c.moved = Some(crate::domain::CaseMove {
            to_service: to.into(),
            on: moved_on,
        });
    }
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        for reader in &readers {
            let seen = my_cases(&t.db, reader, today()).await.expect("my cases");
            let moved: Vec<_> = seen
                .ended
                .iter()
                .filter(|n| n.ended_on == moved_on.to_string())
                .collect();
            let [notice] = moved.as_slice() else {
                panic!("{reader}: one notice for the move: {:?}", seen.ended);
            };
            assert_eq!(
                notice.reason,
                EndedReason::CaseMoved {
                    to_service: Some(to.into())
                },
                "{reader}"
            );
            assert_eq!(notice.own_case, reader == &readers[0], "{reader}");
            let overview = case_overview(&t.db, reader, &case_id, today())
                .await
                .expect("overview");
            assert!(overview.is_none(), "{reader} still reads the moved case");
            let reasons: Vec<String> = sqlx::query_scalar(
                "SELECT reason FROM audit_log WHERE actor_id = $1 \
                 AND action = 'case.ended_notice' AND case_id = $2",
            )
            .bind(reader)
            .bind(&case_id)
            .fetch_all(&t.db.pool)
            .await
            .expect("audit");
            assert_eq!(
                reasons,
                vec![format!("tilgang-avsluttet:flyttet:{moved_on}")]
            );
        }
        t.close().await;
    }
}
