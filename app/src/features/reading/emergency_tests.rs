//! Issue 11, point 5: a party who is told to call the barnevernvakt gets its number, on
//! every backend, for every demo case; the footer's list names only the services of the
//! cases the person may see.

use super::cases::unit_contact;
use super::{case_overview, emergency_for_person, emergency_for_unit, my_cases};
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::store::testing::TestDb;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// The vakt number the demo gives the service of `unit_id`, from the demo's own record.
fn expected_vakt(data: &crate::demo::DemoData, unit_id: &str) -> String {
    let unit = data.units.iter().find(|u| u.id == unit_id).expect("unit");
    let service = data
        .services
        .iter()
        .find(|s| s.id == unit.service_id)
        .expect("service");
    service.emergency_phone.clone().expect("demo vakt")
}

#[tokio::test]
async fn every_demo_case_carries_its_services_vakt_number() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        for c in &data.cases {
            let contact = unit_contact(&t.db, &c.unit_id).await.expect("contact");
            let vakt = contact.emergency.expect("every service has a vakt");
            assert_eq!(vakt.phone, expected_vakt(&data, &c.unit_id), "{}", c.id);
            assert!(!vakt.hours.is_empty(), "{}: hours", c.id);
        }
        // And as a party receives it: every case someone can see, via the overview.
        let mut seen_cases = 0;
        for p in &data.persons {
            for c in &data.cases {
                let Some(o) = case_overview(&t.db, &p.id, &c.id, today())
                    .await
                    .expect("overview")
                else {
                    continue;
                };
                seen_cases += 1;
                let vakt = o.unit.emergency.expect("vakt in the overview");
                assert_eq!(vakt.phone, expected_vakt(&data, &c.unit_id));
                // The caseworker a party is told to call has their own number.
                if let Some(w) = o.caseworker {
                    assert_ne!(w.phone, "00 00 00 00", "placeholder for {}", w.name);
                    assert_ne!(w.phone, o.unit.phone, "{} has the unit's number", w.name);
                }
            }
        }
        assert!(seen_cases >= 8, "too few visible cases: {seen_cases}");
        t.close().await;
    }
}

#[tokio::test]
async fn the_footer_lists_the_vakt_of_exactly_the_persons_services() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let mut with_cases = 0;
        for p in &data.persons {
            let cards = my_cases(&t.db, &p.id, today()).await.expect("cases").cases;
            let mut expected: Vec<String> = cards.iter().map(|c| c.service_name.clone()).collect();
            expected.sort();
            expected.dedup();
            let mut got: Vec<String> = emergency_for_person(&t.db, &p.id, today())
                .await
                .expect("vakt")
                .into_iter()
                .map(|v| v.service_name)
                .collect();
            got.sort();
            // No service the person has no visible case with, none missing, none twice.
            assert_eq!(got, expected, "{}", p.id);
            if !cards.is_empty() {
                with_cases += 1;
            }
        }
        assert!(with_cases >= 8, "too few persons with cases: {with_cases}");
        for u in &data.units {
            let vakt = emergency_for_unit(&t.db, &u.id).await.expect("unit vakt");
            assert_eq!(vakt.len(), 1, "{}", u.id);
            assert_eq!(vakt[0].phone, expected_vakt(&data, &u.id));
        }
        assert!(emergency_for_unit(&t.db, "no-such-unit")
            .await
            .expect("none")
            .is_empty());
        t.close().await;
    }
}
