//! "Who has looked at my case": what a party is shown of their case's audit log.

use serde::{Deserialize, Serialize};

/// One page of a party's access log, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessLog {
    pub case_id: String,
    pub child_first_name: String,
    pub entries: Vec<AccessLogItem>,
    /// 1-based; `pages` is at least 1.
    pub page: u32,
    pub pages: u32,
    pub total: u32,
    /// The service shows staff by role and unit only (its own setting).
    pub staff_by_role_only: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessLogItem {
    /// Norwegian date (ISO) and time ("14:05") of the entry.
    pub date: String,
    pub time: String,
    pub who: AccessLogWho,
    /// The stored action name ("staff.case.view").
    pub action: String,
    /// The typed reason's stored name, when the entry has one.
    pub why: Option<String>,
    /// A document released to this party, by its title.
    pub document: Option<AccessLogDocument>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessLogDocument {
    pub id: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccessLogWho {
    /// A staff member by name (`None` where the service shows role and unit only),
    /// their role's stored name and their unit.
    Staff {
        name: Option<String>,
        role: Option<String>,
        unit: String,
    },
    /// The case system (the import).
    CaseSystem,
    /// An employee no longer on record.
    FormerStaff,
}
