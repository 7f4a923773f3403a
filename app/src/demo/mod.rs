//! Synthetic demo data: realistic, deterministic, and never real.
//!
//! `generate(today, scale)` builds hand-made families covering every rule of the access
//! policy (see `families`) plus random families for volume (see `generated`). Dates are
//! relative to `today`, so the 16-year-old stays 16 whenever the demo is seeded.
//!
//! Leak sentinels: every text some party must not see carries a unique token
//! `LEAK-<kind>-<n>`: `REDACTED-START/MID/END` (start, middle and end of every redacted
//! span), `WITHHELD-START/MID/END` (first, middle and last block of a document withheld
//! from someone), `FAMILY-<family>` (every body), `TITLE` (every title), `JUSTIFICATION`
//! (every decision's justification, for its own party), `PDF` (only in a PDF), `INNSYN`
//! (an innsyn request's message), `CONSENT` (a consent's purpose, for the parties asked),
//! `STAFFNOTE` (the service's own note on a consent, for nobody), `MESSAGE` (digital post,
//! for the thread's party) and `ADDR` (a protected
//! address). The demo records,
//! from its own bookkeeping of what it released to whom (not by asking the policy), who
//! may see each token; [`DemoData::forbidden_for`] answers a leak test. The grants that
//! follow from release decisions can be derived again from the decisions a database
//! holds later ([`DemoData::regrant`]), so a leak check stays right after tests decide.

mod builder;
mod families;
mod generated;
pub(crate) mod grants;
pub mod history;
mod leakcheck;
mod names;
mod org;
pub mod pdf;
pub mod pid;
pub mod store;
#[cfg(test)]
pub mod testing;
mod texts;

use crate::domain::{Case, Document, Milestone, Party, Person, ReleaseDecision, StaffRole};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashSet;

pub use org::{MELHUS_SKAUN, TRONDHEIM};

/// Seed for the random parts; fixed so every run builds the same data.
pub const SEED: u64 = 0x6d69_6e73_616b;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ServiceRow {
    pub id: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub postal_address: String,
    /// The barnevernvakt's number and hours, for help outside office hours.
    pub emergency_phone: Option<String>,
    pub emergency_hours: Option<String>,
    /// Parties' access logs name the staff (or give role and unit only).
    pub access_log_names_staff: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnitRow {
    pub id: String,
    pub service_id: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub visiting_address: String,
    pub opening_hours: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StaffRow {
    pub id: String,
    /// Stable login subject for the dev login.
    pub sub: String,
    pub name: String,
    pub unit_id: String,
    pub role: StaffRole,
    pub phone: String,
    pub email: String,
    /// One line for the dev login page.
    pub description: String,
}

/// A citizen offered on the dev login page, with what they should experience.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DemoCitizen {
    pub person_id: String,
    pub description: String,
}

/// Person `person_id` may see `token` from `from` until `until` (inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentinelGrant {
    pub token: String,
    pub person_id: String,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// The demo's own statement that `person_id` has party rights in `case_id` from `from`
/// to `until` (inclusive; open-ended when `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyWindow {
    pub case_id: String,
    pub person_id: String,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// An innsyn request seeded with the demo (one `innsyn_events` row of kind REQUESTED).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoInnsyn {
    pub case_id: String,
    pub document_id: String,
    pub person_id: String,
    pub message: String,
    pub at: i64,
}

/// A request to see the whole case seeded with the demo (`case_innsyn_events`): the
/// party's words, and the service's answer if given. Both carry `CASEINNSYN` sentinels
/// for that party alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoCaseInnsyn {
    pub case_id: String,
    pub person_id: String,
    pub message: String,
    pub at: i64,
    pub answer: Option<DemoCaseAnswer>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoCaseAnswer {
    pub kind: crate::domain::InnsynEvent,
    pub words: String,
    pub staff_id: String,
    pub at: i64,
}

/// Minutes the demo opened for comments (`minutes_comment_periods`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoMinutesPeriod {
    pub case_id: String,
    pub document_id: String,
    pub deadline: NaiveDate,
    pub staff_id: String,
    pub at: i64,
}

/// Everything the demo seeds, as plain rows.
#[derive(Clone, Debug, Default)]
pub struct DemoData {
    pub services: Vec<ServiceRow>,
    pub units: Vec<UnitRow>,
    pub staff: Vec<StaffRow>,
    pub persons: Vec<Person>,
    pub cases: Vec<Case>,
    pub milestones: Vec<Milestone>,
    pub parties: Vec<Party>,
    pub documents: Vec<Document>,
    pub decisions: Vec<ReleaseDecision>,
    /// PDF files by document id (documents with `has_pdf`).
    pub pdfs: Vec<(String, Vec<u8>)>,
    /// Citizens for the dev login page, in display order.
    pub login_citizens: Vec<DemoCitizen>,
    /// Every sentinel token placed in the data.
    pub sentinels: Vec<String>,
    /// Who may see which sentinel, and when: `fixed_grants` plus those following from
    /// `decisions`.
    pub grants: Vec<SentinelGrant>,
    /// Grants that do not depend on release decisions (a person's own address).
    pub fixed_grants: Vec<SentinelGrant>,
    /// Who has party rights where, and when.
    pub windows: Vec<PartyWindow>,
    /// The PDF-only sentinel of each document with a PDF.
    pub pdf_tokens: Vec<(String, String)>,
    pub innsyn: Vec<DemoInnsyn>,
    /// Requests to see the whole case (`CASEINNSYN` sentinels).
    pub case_innsyn: Vec<DemoCaseInnsyn>,
    /// Consents in every status (`CONSENT` sentinels in their purposes).
    pub consents: Vec<crate::store::consents::ConsentRecord>,
    /// Threads of digital post with their messages (`MESSAGE` sentinels).
    pub threads: Vec<(crate::store::post::Thread, Vec<crate::store::post::Message>)>,
    /// Files sent with messages, with their bytes (a PDF with a `MESSAGE` sentinel, for
    /// the thread's party alone).
    pub attachments: Vec<(crate::store::attachments::Attachment, Vec<u8>)>,
    /// Minutes opened for comments.
    pub minutes_periods: Vec<DemoMinutesPeriod>,
    /// Requests for corrections with their answers (`MINUTES` sentinels, for the party
    /// who asked alone).
    pub minutes_comments: Vec<crate::store::minutes::Comment>,
    /// Each person's e-mail address for notices, as the contact register would give
    /// it (`{id}@example.org`; none for a reserved person).
    pub emails: std::collections::BTreeMap<String, String>,
}

/// Builds the demo data for `today`. `scale` 1 (or 0) is the hand-made families plus a
/// few generated ones; each further step adds as many generated families again as
/// scale 1 holds in total, for benchmarks.
pub fn generate(today: NaiveDate, scale: usize) -> DemoData {
    let mut b = builder::Builder::new(today);
    org::services()
        .into_iter()
        .for_each(|s| b.data.services.push(s));
    b.data.units = org::units();
    b.data.staff = org::staff();
    let hand_made = families::add_all(&mut b);
    let generated_count =
        generated::PER_SCALE_ONE + scale.saturating_sub(1) * (hand_made + generated::PER_SCALE_ONE);
    generated::add(&mut b, generated_count);
    b.finish()
}

impl DemoData {
    /// The sentinels `person_id` must never receive on `today`: all tokens minus those
    /// the demo released to them for a period covering `today`.
    pub fn forbidden_for(&self, person_id: &str, today: NaiveDate) -> Vec<String> {
        let allowed: HashSet<&str> = self
            .grants
            .iter()
            .filter(|g| g.person_id == person_id)
            .filter(|g| g.from <= today && g.until.is_none_or(|u| u >= today))
            .map(|g| g.token.as_str())
            .collect();
        self.sentinels
            .iter()
            .filter(|t| !allowed.contains(t.as_str()))
            .cloned()
            .collect()
    }

    /// The dev login page's list of test users.
    pub fn test_persons_json(&self) -> serde_json::Value {
        let citizens: Vec<serde_json::Value> = self
            .login_citizens
            .iter()
            .filter_map(|c| {
                let p = self.persons.iter().find(|p| p.id == c.person_id)?;
                Some(serde_json::json!({
                    "pid": p.pid,
                    "name": p.full_name(),
                    "description": c.description,
                }))
            })
            .collect();
        let employees: Vec<serde_json::Value> = self
            .staff
            .iter()
            .map(|s| {
                serde_json::json!({
                    "sub": s.sub,
                    "name": s.name,
                    "roles": [s.role.as_str()],
                    "unit": s.unit_id,
                    "description": s.description,
                })
            })
            .collect();
        serde_json::json!({ "citizens": citizens, "employees": employees })
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.persons.iter().find(|p| p.id == id)
    }

    /// The person with this national id (the dev login's key).
    pub fn person_by_pid(&self, pid: &str) -> Option<&Person> {
        self.persons.iter().find(|p| p.pid == pid)
    }
}

#[cfg(test)]
mod tests;
