//! The demo services, units and staff. All phone numbers start with 00 (not a valid
//! Norwegian number) and all e-mail addresses use the reserved `.example` domain, so
//! nothing here can reach a real person.

use crate::demo::{ServiceRow, StaffRow, UnitRow};
use crate::domain::StaffRole;

pub const TRONDHEIM: &str = "svc-trondheim";
pub const MELHUS_SKAUN: &str = "svc-melhus-skaun";

pub const HEIMDAL: &str = "unit-trd-heimdal";
pub const LERKENDAL: &str = "unit-trd-lerkendal";
pub const MIDTBYEN: &str = "unit-trd-midtbyen";
pub const OSTBYEN: &str = "unit-trd-ostbyen";
pub const OMSORG: &str = "unit-trd-omsorg";
pub const MELHUS: &str = "unit-ms-barnevern";

/// Units that take new families in the generated data (all but the care unit).
pub const FIELD_UNITS: &[&str] = &[HEIMDAL, LERKENDAL, MIDTBYEN, OSTBYEN, MELHUS];

pub fn services() -> Vec<ServiceRow> {
    vec![
        ServiceRow {
            id: TRONDHEIM.into(),
            name: "Trondheim kommune – barnevernstjenesten".into(),
            phone: "00 00 10 00".into(),
            email: "barnevern@trondheim.example".into(),
            postal_address: "Postboks 0000 Sentrum, 7004 Trondheim (fiktiv)".into(),
            emergency_phone: Some("00 00 10 01".into()),
            emergency_hours: Some(VAKT_HOURS.into()),
            access_log_names_staff: true,
        },
        ServiceRow {
            id: MELHUS_SKAUN.into(),
            name: "Melhus og Skaun barneverntjeneste".into(),
            phone: "00 00 20 00".into(),
            email: "barnevern@melhus-skaun.example".into(),
            postal_address: "Postboks 0000, 7224 Melhus (fiktiv)".into(),
            emergency_phone: Some("00 00 20 01".into()),
            emergency_hours: Some(VAKT_HOURS.into()),
            // Shows the other setting: staff by role and unit in parties' access logs.
            access_log_names_staff: false,
        },
    ]
}

const WEEKDAYS: &str = "Mandag–fredag 08.00–15.30. Barnevernvakta svarer utenom kontortid.";
/// The demo vakt answers when the offices are closed (as real barnevernvakter do).
const VAKT_HOURS: &str = "Hverdager 15.30–08.00, hele døgnet i helger og på helligdager";

fn unit(id: &str, service: &str, name: &str, n: u32, street: &str, postcode: &str) -> UnitRow {
    let slug = id.rsplit('-').next().unwrap_or(id);
    UnitRow {
        id: id.into(),
        service_id: service.into(),
        name: name.into(),
        phone: format!("00 00 1{n} 00"),
        email: format!("{slug}.barnevern@{}.example", service_domain(service)),
        visiting_address: format!("{street} (fiktiv), {postcode}"),
        opening_hours: WEEKDAYS.into(),
    }
}

fn service_domain(service: &str) -> &'static str {
    if service == MELHUS_SKAUN {
        "melhus-skaun"
    } else {
        "trondheim"
    }
}

pub fn units() -> Vec<UnitRow> {
    vec![
        unit(
            HEIMDAL,
            TRONDHEIM,
            "Heimdal",
            1,
            "Eksempelvegen 10",
            "7080 Heimdal",
        ),
        unit(
            LERKENDAL,
            TRONDHEIM,
            "Lerkendal",
            2,
            "Prøvegata 22",
            "7030 Trondheim",
        ),
        unit(
            MIDTBYEN,
            TRONDHEIM,
            "Midtbyen",
            3,
            "Demogata 5",
            "7011 Trondheim",
        ),
        unit(
            OSTBYEN,
            TRONDHEIM,
            "Østbyen",
            4,
            "Testvegen 41",
            "7043 Trondheim",
        ),
        unit(
            OMSORG,
            TRONDHEIM,
            "Omsorgsenheten",
            5,
            "Fiktivgata 2",
            "7011 Trondheim",
        ),
        unit(
            MELHUS,
            MELHUS_SKAUN,
            "Melhus og Skaun barneverntjeneste",
            9,
            "Rådhusvegen 0",
            "7224 Melhus",
        ),
    ]
}

/// Per unit: (unit id, short slug for `sub`, leader name, caseworker names).
const STAFF: &[(&str, &str, &str, &[&str])] = &[
    (
        HEIMDAL,
        "heimdal",
        "Gunn Røstad",
        &["Marte Fjeldstad", "Jon Are Kvam"],
    ),
    (
        LERKENDAL,
        "lerkendal",
        "Håkon Solli",
        &["Siri Aune", "Mohammed Rahimi"],
    ),
    (
        MIDTBYEN,
        "midtbyen",
        "Bente Ulvik",
        &["Tuva Lien", "Kristoffer Moe"],
    ),
    (
        OSTBYEN,
        "ostbyen",
        "Arne Flatås",
        &["Ragnhild Sæther", "Ida Krogstad"],
    ),
    (
        OMSORG,
        "omsorg",
        "Liv Grønning",
        &["Eirik Hoel", "Anette Brekken"],
    ),
    (
        MELHUS,
        "melhus",
        "Odd Inge Rønning",
        &["Camilla Lykke", "Stian Gorseth"],
    ),
];

pub fn staff() -> Vec<StaffRow> {
    let mut rows = Vec::new();
    for (unit_index, (unit_id, slug, leader, workers)) in STAFF.iter().enumerate() {
        let first = rows.len();
        let domain = if *unit_id == MELHUS {
            "melhus-skaun"
        } else {
            "trondheim"
        };
        let unit_name = units()
            .into_iter()
            .find(|u| u.id == *unit_id)
            .map(|u| u.name)
            .unwrap_or_default();
        rows.push(staff_row(
            &format!("staff-{slug}-leder"),
            &format!("demo-leder-{slug}"),
            leader,
            unit_id,
            StaffRole::Leder,
            domain,
            format!("Leder, {unit_name}: ser enhetens saker og beslutningskø."),
        ));
        for (i, name) in workers.iter().enumerate() {
            rows.push(staff_row(
                &format!("staff-{slug}-{}", i + 1),
                &format!("demo-saksbehandler-{slug}-{}", i + 1),
                name,
                unit_id,
                StaffRole::Saksbehandler,
                domain,
                format!("Saksbehandler, {unit_name}."),
            ));
        }
        for (k, row) in rows[first..].iter_mut().enumerate() {
            row.phone = staff_phone(unit_index, k);
        }
    }
    rows
}

fn staff_row(
    id: &str,
    sub: &str,
    name: &str,
    unit_id: &str,
    role: StaffRole,
    domain: &str,
    description: String,
) -> StaffRow {
    let local: String = name
        .to_lowercase()
        .replace(' ', ".")
        .replace('æ', "ae")
        .replace('ø', "o")
        .replace('å', "aa");
    StaffRow {
        id: id.into(),
        sub: sub.into(),
        name: name.into(),
        unit_id: unit_id.into(),
        role,
        phone: String::new(),
        email: format!("{local}@{domain}.example"),
        description,
    }
}

/// A distinct fictitious direct number per staff member (`00 00 3u nn`), so a party
/// calls the person named next to it, not a shared placeholder.
fn staff_phone(unit_index: usize, person_index: usize) -> String {
    format!("00 00 3{unit_index} {:02}", person_index + 1)
}

/// The id of caseworker number `n` (1 or 2) of a unit.
pub fn caseworker(unit_id: &str, n: usize) -> String {
    let slug = STAFF
        .iter()
        .find(|(u, ..)| *u == unit_id)
        .map(|(_, s, ..)| *s)
        .unwrap_or("heimdal");
    format!("staff-{slug}-{n}")
}

/// The service a unit belongs to.
pub fn service_of(unit_id: &str) -> &'static str {
    if unit_id == MELHUS {
        MELHUS_SKAUN
    } else {
        TRONDHEIM
    }
}

#[cfg(test)]
mod tests {
    use super::{services, staff, units};
    use std::collections::HashSet;

    /// A party calls the number next to a name: no two people, units or vakter share
    /// one, and no one has the old placeholder.
    #[test]
    fn every_demo_number_is_distinct_and_fictitious() {
        let numbers: Vec<String> = staff()
            .into_iter()
            .map(|s| s.phone)
            .chain(units().into_iter().map(|u| u.phone))
            .chain(services().into_iter().map(|s| s.phone))
            .chain(services().into_iter().filter_map(|s| s.emergency_phone))
            .collect();
        let distinct: HashSet<&String> = numbers.iter().collect();
        assert_eq!(distinct.len(), numbers.len(), "{numbers:?}");
        assert!(numbers
            .iter()
            .all(|n| n.starts_with("00 ") && n != "00 00 00 00"));
        assert!(services().iter().all(|s| s.emergency_phone.is_some()));
    }
}
