//! The leak check's input: for every person who can log in, the sentinels, national
//! ids and names they must never receive and what they may open (so a probe of
//! anything else must answer "not found"), plus every case and document id to probe.
//! Written by `minsak seed --leak-check FILE` for the end-to-end authorization matrix,
//! and again by `minsak leak-check FILE` from the decisions the database holds then:
//! specs that decide on demo documents run before the matrix, and a list fixed at seed
//! time would then be wrong in both directions.

use super::DemoData;
use crate::store::Db;
use chrono::NaiveDate;

impl DemoData {
    pub fn leak_check_json(&self, today: NaiveDate) -> serde_json::Value {
        let persons: Vec<serde_json::Value> = self
            .persons
            .iter()
            .map(|p| {
                let (documents, pdfs) = self.visible_documents(&p.id, today);
                serde_json::json!({
                    "id": p.id,
                    "pid": p.pid,
                    "name": p.full_name(),
                    "forbidden": self.forbidden_for(&p.id, today),
                    "forbidden_pids": self.forbidden_pids(&p.id),
                    "forbidden_names": self.forbidden_names(&p.id, today),
                    "cases": self.visible_cases(&p.id, today),
                    "documents": documents,
                    "pdfs": pdfs,
                    "minutes": self.readable_minutes(&p.id, today),
                    "consents": self.visible_consents(&p.id, today),
                    "threads": self.visible_threads(&p.id, today),
                })
            })
            .collect();
        let documents: Vec<serde_json::Value> = self
            .documents
            .iter()
            .map(|d| {
                serde_json::json!({ "id": d.id, "case_id": d.case_id, "doc_type": d.doc_type.as_str() })
            })
            .collect();
        let cases: Vec<&str> = self.cases.iter().map(|c| c.id.as_str()).collect();
        let consents: Vec<serde_json::Value> = self
            .consents
            .iter()
            .map(|c| serde_json::json!({ "id": c.id, "case_id": c.case_id }))
            .collect();
        // The persons with a party row per case: whom "preview as" is probed for.
        let case_parties: serde_json::Map<String, serde_json::Value> = self
            .cases
            .iter()
            .map(|c| {
                let mut ids: Vec<&str> = self
                    .parties
                    .iter()
                    .filter(|p| p.case_id == c.id)
                    .map(|p| p.person_id.as_str())
                    .collect();
                ids.dedup();
                (c.id.clone(), serde_json::json!(ids))
            })
            .collect();
        serde_json::json!({
            "persons": persons,
            "cases": cases,
            "case_parties": case_parties,
            "documents": documents,
            "consents": consents,
            "threads": self
                .threads
                .iter()
                .map(|(t, _)| serde_json::json!({ "id": t.id, "case_id": t.case_id }))
                .collect::<Vec<_>>(),
            "attachments": self
                .attachments
                .iter()
                .filter_map(|(a, _)| {
                    let t = self.thread_of(a)?;
                    Some(serde_json::json!({ "id": a.id, "thread_id": t.id, "case_id": t.case_id }))
                })
                .collect::<Vec<_>>(),
            "all_sentinels": self.sentinels,
        })
    }

    /// The leak check for `today` with the release decisions `db` holds now.
    pub async fn leak_check_from_db(
        mut self,
        db: &Db,
        today: NaiveDate,
    ) -> Result<serde_json::Value, sqlx::Error> {
        let decisions = crate::store::rows::all_decisions(&db.pool).await?;
        self.regrant(decisions);
        Ok(self.leak_check_json(today))
    }
}
