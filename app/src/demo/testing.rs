//! What the feature tests share: the day, the demo-seeded databases of every engine,
//! a demo staff member as logged in, and a form's fields as posted.

use crate::access::StaffCtx;
use crate::store::testing::TestDb;
use crate::store::Db;
use chrono::NaiveDate;

pub fn today() -> NaiveDate {
    crate::domain::clock::today()
}

/// Every engine this machine offers, each seeded with the demo data of today.
pub async fn seeded() -> Vec<TestDb> {
    super::store::seeded_test_dbs(today()).await
}

/// The demo staff member `id` as a login makes them.
pub async fn staff(db: &Db, id: &str) -> StaffCtx {
    crate::store::staff::current(db, id)
        .await
        .expect("read")
        .expect("staff member")
}

/// The actions `person` finds on the first page of their access log of `case_id`.
pub async fn access_log_actions(db: &Db, person: &str, case_id: &str) -> Vec<String> {
    crate::features::access_log::access_log(db, person, case_id, today(), 1)
        .await
        .expect("read")
        .expect("their case")
        .entries
        .into_iter()
        .map(|e| e.action)
        .collect()
}

/// Form fields as a browser posts them.
pub fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
