//! The leak check's input: for every person who can log in, the sentinels they must
//! never receive, plus every case and document id to probe directly. Written by
//! `minsak seed --leak-check FILE` for the end-to-end authorization matrix.

use super::DemoData;
use chrono::NaiveDate;

impl DemoData {
    pub fn leak_check_json(&self, today: NaiveDate) -> serde_json::Value {
        let persons: Vec<serde_json::Value> = self
            .persons
            .iter()
            .map(|p| {
                serde_json::json!({
                    "id": p.id,
                    "pid": p.pid,
                    "name": p.full_name(),
                    "forbidden": self.forbidden_for(&p.id, today),
                })
            })
            .collect();
        let documents: Vec<serde_json::Value> = self
            .documents
            .iter()
            .map(|d| serde_json::json!({ "id": d.id, "case_id": d.case_id }))
            .collect();
        let cases: Vec<&str> = self.cases.iter().map(|c| c.id.as_str()).collect();
        serde_json::json!({
            "persons": persons,
            "cases": cases,
            "documents": documents,
            "all_sentinels": self.sentinels,
        })
    }
}
