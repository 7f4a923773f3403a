//! Applies checked payloads to the database: one transaction per request, every
//! reference resolved under the client's own service inside it (`keys`), the audit
//! entries written once it has committed.

mod cases;
mod consents;
mod documents;
pub mod keys;
mod persons;

use super::error::ImportError;
use super::payload::{BatchIn, CaseIn, ConsentIn, DocumentIn, MilestoneIn, PartyIn, PersonIn};
use crate::audit::{self, Action, Actor, Entry, Reason};
use crate::store::Db;
use sqlx::AnyConnection;

/// An authenticated import client and the one service whose data it may write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportClient {
    pub client_id: String,
    pub service_id: String,
}

/// Where a write came from in the request, so errors found in the database name the
/// field: a single PUT (`None`: ids in the URL, fields at `$`), or a batch item
/// (`Some("$.parties[2]")`: everything inside the item).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Loc(pub Option<String>);

impl Loc {
    pub fn field(&self, name: &str) -> String {
        match &self.0 {
            None => format!("$.{name}"),
            Some(at) => format!("{at}.{name}"),
        }
    }

    /// An id that a single PUT carries in its URL.
    pub fn param(&self, name: &str) -> String {
        match &self.0 {
            None => format!("path.{name}"),
            Some(at) => format!("{at}.{name}"),
        }
    }
}

/// One create-or-update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Person {
        id: String,
        person: PersonIn,
    },
    Case {
        id: String,
        case: CaseIn,
    },
    Party {
        case_id: String,
        id: String,
        party: PartyIn,
    },
    Milestone {
        case_id: String,
        id: String,
        milestone: MilestoneIn,
    },
    Document {
        id: String,
        document: DocumentIn,
    },
    Consent {
        id: String,
        consent: ConsentIn,
    },
}

impl Write {
    fn audit_action(&self) -> Action {
        match self {
            Write::Person { .. } => Action::ImportPerson,
            Write::Case { .. } => Action::ImportCase,
            Write::Party { .. } => Action::ImportParty,
            Write::Milestone { .. } => Action::ImportMilestone,
            Write::Document { .. } => Action::ImportDocument,
            Write::Consent { .. } => Action::ImportConsent,
        }
    }
}

/// The writes of a batch, referenced rows first, each with its place in the request.
pub fn batch_writes(b: BatchIn) -> Vec<(Loc, Write)> {
    let at = |list: &str, i: usize| Loc(Some(format!("$.{list}[{i}]")));
    let mut out = Vec::new();
    for (i, (id, person)) in b.persons.into_iter().enumerate() {
        out.push((at("persons", i), Write::Person { id, person }));
    }
    for (i, (id, case)) in b.cases.into_iter().enumerate() {
        out.push((at("cases", i), Write::Case { id, case }));
    }
    for (i, (case_id, id, party)) in b.parties.into_iter().enumerate() {
        out.push((at("parties", i), Write::Party { case_id, id, party }));
    }
    for (i, (case_id, id, milestone)) in b.milestones.into_iter().enumerate() {
        let w = Write::Milestone {
            case_id,
            id,
            milestone,
        };
        out.push((at("milestones", i), w));
    }
    for (i, (id, document)) in b.documents.into_iter().enumerate() {
        out.push((at("documents", i), Write::Document { id, document }));
    }
    for (i, (id, consent)) in b.consents.into_iter().enumerate() {
        out.push((at("consents", i), Write::Consent { id, consent }));
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Created,
    Updated,
    /// The same content was already stored: nothing was written.
    Unchanged,
    /// The document had release decisions: the new content is a new version.
    Superseded,
}

/// What one write did. The serialised fields are the client's own keys; the skipped
/// ones are internal row ids, for the audit log only.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Written {
    pub kind: &'static str,
    pub id: String,
    pub result: Change,
    /// For documents: the version now holding the content, under the client's key
    /// (the id itself, or `<id>~<n>` for the n-th version).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
    #[serde(skip)]
    pub case_id: Option<String>,
    #[serde(skip)]
    pub person_id: Option<String>,
    /// For documents: the internal id of that version.
    #[serde(skip)]
    pub document_id: Option<String>,
}

/// Applies `writes` in one transaction with their audit entries: all or nothing, taking
/// SQLite's write lock at once (`Db::begin_write`), since the portal writes the audit
/// log on every read. A write whose audit entry cannot be written is not stored either.
pub async fn apply(
    db: &Db,
    client: &ImportClient,
    writes: Vec<(Loc, Write)>,
) -> Result<Vec<Written>, ImportError> {
    let mut tx = db.begin_write().await?;
    let mut done = Vec::with_capacity(writes.len());
    for (loc, write) in &writes {
        // An error returns early and drops `tx`, which rolls everything back.
        let w = apply_one(&mut tx, client, loc, write).await?;
        audit::record_with(
            &mut tx,
            Actor::System,
            Entry {
                action: write.audit_action(),
                why: Reason::Import,
                case_id: w.case_id.as_deref(),
                document_id: w.document_id.as_deref(),
                subject_person_id: w.person_id.as_deref(),
                reason: Some(&client.client_id),
            },
        )
        .await?;
        done.push(w);
    }
    tx.commit().await?;
    Ok(done)
}

async fn apply_one(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    write: &Write,
) -> Result<Written, ImportError> {
    match write {
        Write::Person { id, person } => persons::put(conn, client, loc, id, person).await,
        Write::Case { id, case } => cases::put_case(conn, client, loc, id, case).await,
        Write::Party { case_id, id, party } => {
            cases::put_party(conn, client, loc, case_id, id, party).await
        }
        Write::Milestone {
            case_id,
            id,
            milestone,
        } => cases::put_milestone(conn, client, loc, case_id, id, milestone).await,
        Write::Document { id, document } => documents::put(conn, client, loc, id, document).await,
        Write::Consent { id, consent } => consents::put(conn, client, loc, id, consent).await,
    }
}

/// The internal id of the client's own case under its key. A key the client has not
/// imported is "no case", whether or not another service uses it.
async fn own_case(
    conn: &mut AnyConnection,
    client: &ImportClient,
    case_id: &str,
    field: String,
) -> Result<String, ImportError> {
    keys::lookup(conn, &client.service_id, keys::Kind::Case, case_id)
        .await?
        .ok_or_else(|| {
            ImportError::invalid(
                "not_found",
                field,
                format!("there is no case {case_id}; import the case first"),
            )
        })
}

/// The internal id of the client's own person under its key (see `own_case`).
async fn own_person(
    conn: &mut AnyConnection,
    client: &ImportClient,
    person_id: &str,
    field: String,
) -> Result<String, ImportError> {
    keys::lookup(conn, &client.service_id, keys::Kind::Person, person_id)
        .await?
        .ok_or_else(|| {
            ImportError::invalid(
                "not_found",
                field,
                "there is no person with this id; import the person first",
            )
        })
}

fn opt_date(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn flag(b: bool) -> i64 {
    i64::from(b)
}
