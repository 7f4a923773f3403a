//! What the fagsystem may send, as checked, typed values. Parsing is pure: everything
//! that can be judged without the database is judged here (formats, enums, sizes,
//! date order); what needs the database (references, services) is `store`'s.

use super::error::{ImportError, Status};
use super::reader::{check_text, Obj, MAX_BLOCK_TEXT, MAX_SHORT_TEXT};
use crate::domain::consent::{Answer, Purpose};
use crate::domain::notice::{self, NotificationStatus};
use crate::domain::rich_text::{normalize_text, Block, BlockKind, RichText};
use crate::domain::{CaseMove, DocType, MilestoneKind, PartyRole, Phase};
use base64::Engine;
use chrono::NaiveDate;
use serde_json::Value;

/// Limits that come from configuration.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_pdf_bytes: usize,
}

/// Most blocks one document body may have.
pub const MAX_BLOCKS: usize = 5_000;
/// Most items one batch may hold (one transaction should stay short).
pub const MAX_BATCH_ITEMS: usize = 1_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonIn {
    pub pid: String,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: NaiveDate,
    pub address: Option<String>,
    pub protected_address: bool,
    pub reserved_digital: bool,
    /// The contact register's `varslingsstatus` is KAN_VARSLES (the default).
    pub may_be_notified: bool,
    /// Where notices go, as the register gives them (checked and normalised).
    pub email: Option<String>,
    pub mobile: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseIn {
    pub unit_id: String,
    pub main_person_id: String,
    pub phase: Phase,
    pub caseworker_id: Option<String>,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub nemnd_party_grant: bool,
    pub moved: Option<CaseMove>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyIn {
    pub person_id: String,
    pub role: PartyRole,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MilestoneIn {
    pub kind: MilestoneKind,
    pub phase: Phase,
    pub occurred_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub seq: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentIn {
    pub case_id: String,
    pub doc_type: DocType,
    pub title: String,
    pub doc_date: NaiveDate,
    pub body: RichText,
    pub pdf: Option<Vec<u8>>,
    pub appeal_deadline: Option<NaiveDate>,
}

/// A consent as the fagsystem records it (KS Fiks samtykke's fields): what it asks,
/// of whom, each party's answer as it stands, and whether the service cancelled it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentIn {
    pub case_id: String,
    pub purpose: Purpose,
    pub purpose_text: String,
    pub recipients: String,
    pub deadline: NaiveDate,
    pub end_date: Option<NaiveDate>,
    /// (person id, answer), in the order asked.
    pub parties: Vec<(String, Answer)>,
    /// The service's reason, when it cancelled the consent.
    pub cancelled: Option<String>,
}

/// Several writes applied in one transaction, in this order (referenced rows first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchIn {
    pub persons: Vec<(String, PersonIn)>,
    pub cases: Vec<(String, CaseIn)>,
    /// (case id, party id, party)
    pub parties: Vec<(String, String, PartyIn)>,
    /// (case id, milestone id, milestone)
    pub milestones: Vec<(String, String, MilestoneIn)>,
    pub documents: Vec<(String, DocumentIn)>,
    pub consents: Vec<(String, ConsentIn)>,
}

/// Parses a request body: 400 unless it is JSON (the only 400 of the API).
pub fn parse_json(bytes: &[u8]) -> Result<Value, ImportError> {
    serde_json::from_slice(bytes).map_err(|e| {
        ImportError::new(
            Status::BadRequest,
            "malformed_json",
            "$",
            format!(
                "the body is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ),
        )
    })
}

fn order<T: PartialOrd>(
    first: T,
    then: Option<T>,
    path: String,
    message: &str,
) -> Result<(), ImportError> {
    match then {
        Some(t) if t < first => Err(ImportError::invalid("date_order", path, message)),
        _ => Ok(()),
    }
}

pub fn person(v: &Value, path: &str) -> Result<PersonIn, ImportError> {
    let mut o = Obj::new(v, path)?;
    let p = person_fields(&mut o)?;
    o.finish()?;
    Ok(p)
}

fn person_fields(o: &mut Obj) -> Result<PersonIn, ImportError> {
    let pid = o.str("pid", MAX_SHORT_TEXT)?;
    if pid.len() != 11 || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ImportError::invalid(
            "invalid_pid",
            o.path("pid"),
            "pid must be a national identity number of 11 digits",
        ));
    }
    Ok(PersonIn {
        pid,
        given_name: o.str("given_name", MAX_SHORT_TEXT)?,
        family_name: o.str("family_name", MAX_SHORT_TEXT)?,
        birth_date: o.date("birth_date")?,
        address: o.opt_str("address", MAX_SHORT_TEXT)?,
        protected_address: o.bool_or_false("protected_address")?,
        reserved_digital: o.bool_or_false("reserved_digital")?,
        may_be_notified: o
            .enum_value(
                "notification_status",
                NotificationStatus::parse,
                NotificationStatus::ALL,
                NotificationStatus::as_str,
            )?
            .is_none_or(|s| s == NotificationStatus::KanVarsles),
        email: contact_field(o, "email", notice::email_address, "an e-mail address")?,
        mobile: contact_field(o, "mobile", notice::mobile_number, "a mobile number")?,
    })
}

/// An optional contact address, refused when it cannot be one (a notice must not go to
/// a mistyped address).
fn contact_field(
    o: &mut Obj,
    key: &'static str,
    check: fn(&str) -> Option<String>,
    what: &str,
) -> Result<Option<String>, ImportError> {
    match o.opt_str(key, MAX_SHORT_TEXT)? {
        None => Ok(None),
        Some(text) => check(&text).map(Some).ok_or_else(|| {
            ImportError::invalid(
                "invalid_value",
                o.path(key),
                format!("{key} must be {what}"),
            )
        }),
    }
}

pub fn case(v: &Value, path: &str) -> Result<CaseIn, ImportError> {
    let mut o = Obj::new(v, path)?;
    let c = case_fields(&mut o)?;
    o.finish()?;
    Ok(c)
}

fn case_fields(o: &mut Obj) -> Result<CaseIn, ImportError> {
    let phase = o
        .enum_value("phase", Phase::parse, Phase::ALL, Phase::as_str)?
        .ok_or_else(|| required(o, "phase"))?;
    let c = CaseIn {
        unit_id: o.id("unit_id")?,
        main_person_id: o.id("main_person_id")?,
        phase,
        caseworker_id: o.opt_id("caseworker_id")?,
        opened_on: o.date("opened_on")?,
        closed_on: o.opt_date("closed_on")?,
        nemnd_party_grant: o.bool_or_false("nemnd_party_grant")?,
        moved: case_move(o)?,
    };
    order(
        c.opened_on,
        c.closed_on,
        o.path("closed_on"),
        "closed_on is before opened_on",
    )?;
    order(
        c.opened_on,
        c.moved.as_ref().map(|m| m.on),
        o.path("moved_on"),
        "moved_on is before opened_on",
    )?;
    Ok(c)
}

/// `moved_to` (the receiving service's name) and `moved_on` (its first day with the
/// case) come together or not at all: half a move would end access without saying where.
fn case_move(o: &mut Obj) -> Result<Option<CaseMove>, ImportError> {
    let to = o.opt_str("moved_to", MAX_SHORT_TEXT)?;
    let on = o.opt_date("moved_on")?;
    match (to, on) {
        (None, None) => Ok(None),
        (Some(to), Some(on)) if !to.trim().is_empty() => Ok(Some(CaseMove {
            to_service: to.trim().to_string(),
            on,
        })),
        (Some(_), Some(_)) => Err(ImportError::invalid(
            "blank",
            o.path("moved_to"),
            "moved_to must not be blank",
        )),
        (to, _) => {
            let missing = if to.is_some() { "moved_on" } else { "moved_to" };
            Err(ImportError::invalid(
                "required",
                o.path(missing),
                "moved_to and moved_on are given together",
            ))
        }
    }
}

fn required(o: &Obj, key: &str) -> ImportError {
    ImportError::invalid("required", o.path(key), format!("{key} is required"))
}

pub fn party(v: &Value, path: &str) -> Result<PartyIn, ImportError> {
    let mut o = Obj::new(v, path)?;
    let p = party_fields(&mut o)?;
    o.finish()?;
    Ok(p)
}

fn party_fields(o: &mut Obj) -> Result<PartyIn, ImportError> {
    let role = o
        .enum_value("role", PartyRole::parse, PartyRole::ALL, PartyRole::as_str)?
        .ok_or_else(|| required(o, "role"))?;
    let p = PartyIn {
        person_id: o.id("person_id")?,
        role,
        valid_from: o.date("valid_from")?,
        valid_to: o.opt_date("valid_to")?,
    };
    order(
        p.valid_from,
        p.valid_to,
        o.path("valid_to"),
        "valid_to is before valid_from",
    )?;
    Ok(p)
}

pub fn milestone(v: &Value, path: &str) -> Result<MilestoneIn, ImportError> {
    let mut o = Obj::new(v, path)?;
    let m = milestone_fields(&mut o)?;
    o.finish()?;
    Ok(m)
}

fn milestone_fields(o: &mut Obj) -> Result<MilestoneIn, ImportError> {
    let kind = o
        .enum_value(
            "kind",
            MilestoneKind::parse,
            MilestoneKind::ALL,
            MilestoneKind::as_str,
        )?
        .ok_or_else(|| required(o, "kind"))?;
    // The phase normally follows from the kind; the fagsystem may say otherwise.
    let phase = o
        .enum_value("phase", Phase::parse, Phase::ALL, Phase::as_str)?
        .unwrap_or_else(|| kind.phase());
    Ok(MilestoneIn {
        kind,
        phase,
        occurred_on: o.opt_date("occurred_on")?,
        due_on: o.opt_date("due_on")?,
        seq: o.int("seq")?,
    })
}

pub fn document(v: &Value, path: &str, limits: Limits) -> Result<DocumentIn, ImportError> {
    let mut o = Obj::new(v, path)?;
    let d = document_fields(&mut o, limits)?;
    o.finish()?;
    Ok(d)
}

fn document_fields(o: &mut Obj, limits: Limits) -> Result<DocumentIn, ImportError> {
    let doc_type = o
        .enum_value("doc_type", DocType::parse, DocType::ALL, DocType::as_str)?
        .ok_or_else(|| required(o, "doc_type"))?;
    let case_id = o.id("case_id")?;
    let title = o.str("title", MAX_SHORT_TEXT)?;
    let doc_date = o.date("doc_date")?;
    let body = match o.value("body") {
        Some(v) => body(v, &o.path("body"))?,
        None => Vec::new(),
    };
    let pdf = match o.value("pdf_base64") {
        Some(v) => Some(pdf(v, &o.path("pdf_base64"), limits)?),
        None => None,
    };
    if body.is_empty() && pdf.is_none() {
        return Err(ImportError::invalid(
            "no_content",
            o.path("body"),
            "a document needs a non-empty body, a pdf_base64, or both",
        ));
    }
    let appeal_deadline = o.opt_date("appeal_deadline")?;
    order(
        doc_date,
        appeal_deadline,
        o.path("appeal_deadline"),
        "appeal_deadline is before doc_date",
    )?;
    Ok(DocumentIn {
        case_id,
        doc_type,
        title,
        doc_date,
        body,
        pdf,
        appeal_deadline,
    })
}

/// A body in the stored block format and nothing else: HTML or other markup formats
/// are refused, because bodies are rendered as escaped text and a caseworker's
/// redaction works on these blocks.
pub fn body(v: &Value, path: &str) -> Result<RichText, ImportError> {
    let items = match v {
        Value::Array(items) => items,
        Value::String(_) => {
            return Err(ImportError::invalid(
                "body_not_structured",
                path,
                "body must be a list of blocks [{\"kind\":\"p\"|\"h\"|\"li\",\"text\":\"...\"}]; HTML or plain strings are not accepted",
            ))
        }
        _ => {
            return Err(ImportError::invalid(
                "invalid_type",
                path,
                "body must be a list of blocks",
            ))
        }
    };
    if items.len() > MAX_BLOCKS {
        return Err(ImportError::invalid(
            "too_long",
            path,
            format!("at most {MAX_BLOCKS} blocks"),
        ));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let at = format!("{path}[{i}]");
            let mut o = Obj::new(item, &at)?;
            let kind = match o.opt_str("kind", 100)?.as_deref() {
                Some("p") => BlockKind::Paragraph,
                Some("h") => BlockKind::Heading,
                Some("li") => BlockKind::ListItem,
                Some(_) | None => {
                    return Err(ImportError::invalid(
                        "invalid_value",
                        o.path("kind"),
                        "kind must be one of p, h, li",
                    ))
                }
            };
            let text = match o.value("text") {
                Some(Value::String(s)) => s.clone(),
                _ => {
                    return Err(ImportError::invalid(
                        "invalid_type",
                        o.path("text"),
                        "text must be a string",
                    ))
                }
            };
            check_text(&text, MAX_BLOCK_TEXT, &o.path("text"))?;
            o.finish()?;
            // Stored normalised (LF, NFC), so the redaction editor's offsets and the
            // server's count the same characters.
            Ok(Block::new(kind, normalize_text(&text)))
        })
        .collect()
}

/// A base64 PDF, size-checked before and after decoding.
pub fn pdf(v: &Value, path: &str, limits: Limits) -> Result<Vec<u8>, ImportError> {
    let Value::String(encoded) = v else {
        return Err(ImportError::invalid(
            "invalid_type",
            path,
            "pdf_base64 must be a base64 string",
        ));
    };
    let too_large = || {
        ImportError::new(
            Status::TooLarge,
            "pdf_too_large",
            path,
            format!("the PDF is larger than {} bytes", limits.max_pdf_bytes),
        )
    };
    // Base64 holds 3 bytes in 4 characters: refuse before spending memory on decoding.
    if encoded.len() / 4 * 3 > limits.max_pdf_bytes + 3 {
        return Err(too_large());
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.as_bytes())
        .map_err(|_| {
            ImportError::invalid(
                "invalid_base64",
                path,
                "pdf_base64 is not valid base64 (standard alphabet, with padding)",
            )
        })?;
    if bytes.len() > limits.max_pdf_bytes {
        return Err(too_large());
    }
    if !bytes.starts_with(b"%PDF-") {
        return Err(ImportError::invalid(
            "not_a_pdf",
            path,
            "pdf_base64 does not hold a PDF (it must start with %PDF-)",
        ));
    }
    Ok(bytes)
}

/// A batch: `{"persons":[...],"cases":[...],"parties":[...],"milestones":[...],
/// "documents":[...]}`, every item with its `id` (parties and milestones also
/// `case_id`), all optional lists.
pub fn batch(v: &Value, limits: Limits) -> Result<BatchIn, ImportError> {
    let mut o = Obj::new(v, "$")?;
    let mut b = BatchIn::default();
    let mut count = 0usize;
    each_item(&mut o, &mut count, "persons", |item, at| {
        let mut i = Obj::new(item, &at)?;
        let id = i.id("id")?;
        let p = person_fields(&mut i)?;
        i.finish()?;
        b.persons.push((id, p));
        Ok(())
    })?;
    each_item(&mut o, &mut count, "cases", |item, at| {
        let mut i = Obj::new(item, &at)?;
        let id = i.id("id")?;
        let c = case_fields(&mut i)?;
        i.finish()?;
        b.cases.push((id, c));
        Ok(())
    })?;
    each_item(&mut o, &mut count, "parties", |item, at| {
        let mut i = Obj::new(item, &at)?;
        let (id, case_id) = (i.id("id")?, i.id("case_id")?);
        let p = party_fields(&mut i)?;
        i.finish()?;
        b.parties.push((case_id, id, p));
        Ok(())
    })?;
    each_item(&mut o, &mut count, "milestones", |item, at| {
        let mut i = Obj::new(item, &at)?;
        let (id, case_id) = (i.id("id")?, i.id("case_id")?);
        let m = milestone_fields(&mut i)?;
        i.finish()?;
        b.milestones.push((case_id, id, m));
        Ok(())
    })?;
    each_item(&mut o, &mut count, "documents", |item, at| {
        let mut i = Obj::new(item, &at)?;
        let id = i.id("id")?;
        let d = document_fields(&mut i, limits)?;
        i.finish()?;
        b.documents.push((id, d));
        Ok(())
    })?;
    each_item(&mut o, &mut count, "consents", |item, at| {
        let mut i = Obj::new(item, &at)?;
        let id = consent_id(&mut i)?;
        let c = consent_fields(&mut i)?;
        i.finish()?;
        b.consents.push((id, c));
        Ok(())
    })?;
    o.finish()?;
    Ok(b)
}

/// A consent's id: a UUID, as in Fiks (checked like the URL's, see [`uuid_id`]).
fn consent_id(o: &mut Obj) -> Result<String, ImportError> {
    let id = o.id("id")?;
    uuid_id(&id, &o.path("id"))
}

/// `raw` as a UUID in its lower-case hyphenated form, or a 422 at `path`.
pub fn uuid_id(raw: &str, path: &str) -> Result<String, ImportError> {
    uuid::Uuid::parse_str(raw)
        .map(|u| u.to_string())
        .map_err(|_| ImportError::invalid("invalid_id", path, "a consent's id is a UUID"))
}

/// Most parties one consent may ask.
pub const MAX_CONSENT_PARTIES: usize = 20;

pub fn consent(v: &Value, path: &str) -> Result<ConsentIn, ImportError> {
    let mut o = Obj::new(v, path)?;
    let c = consent_fields(&mut o)?;
    o.finish()?;
    Ok(c)
}

fn consent_fields(o: &mut Obj) -> Result<ConsentIn, ImportError> {
    let purpose = o
        .enum_value("purpose", Purpose::parse, Purpose::ALL, Purpose::as_str)?
        .ok_or_else(|| required(o, "purpose"))?;
    let case_id = o.id("case_id")?;
    let purpose_text = o.str("purpose_text", crate::api::dto::CONSENT_TEXT_MAX)?;
    let recipients = o.str("recipients", crate::api::dto::CONSENT_RECIPIENTS_MAX)?;
    let deadline = o.date("deadline")?;
    let end_date = o.opt_date("end_date")?;
    order(
        deadline,
        end_date,
        o.path("end_date"),
        "end_date is before deadline",
    )?;
    let cancelled = o.opt_str("cancelled", crate::api::dto::CONSENT_NOTE_MAX)?;
    let path = o.path("parties");
    let parties = match o.value("parties") {
        Some(Value::Array(items)) if !items.is_empty() && items.len() <= MAX_CONSENT_PARTIES => {
            let mut out: Vec<(String, Answer)> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let mut p = Obj::new(item, &format!("{path}[{i}]"))?;
                let person = p.id("person_id")?;
                let answer = p
                    .enum_value("answer", Answer::parse, Answer::ALL, Answer::as_str)?
                    .unwrap_or(Answer::Waiting);
                if out.iter().any(|(id, _)| *id == person) {
                    return Err(ImportError::invalid(
                        "duplicate",
                        p.path("person_id"),
                        "the person is asked twice",
                    ));
                }
                p.finish()?;
                out.push((person, answer));
            }
            out
        }
        Some(Value::Array(_)) => {
            return Err(ImportError::invalid(
                "invalid_value",
                path,
                format!("a consent asks 1 to {MAX_CONSENT_PARTIES} parties"),
            ))
        }
        Some(_) => {
            return Err(ImportError::invalid(
                "invalid_type",
                path,
                "parties must be a list",
            ))
        }
        None => return Err(required(o, "parties")),
    };
    Ok(ConsentIn {
        case_id,
        purpose,
        purpose_text,
        recipients,
        deadline,
        end_date,
        parties,
        cancelled: cancelled.filter(|c| !c.trim().is_empty()),
    })
}

/// Runs `f` on every item of the optional list `key`, counting items against the
/// batch limit.
fn each_item(
    o: &mut Obj,
    count: &mut usize,
    key: &'static str,
    mut f: impl FnMut(&Value, String) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    match o.value(key) {
        None => Ok(()),
        Some(Value::Array(items)) => {
            *count += items.len();
            if *count > MAX_BATCH_ITEMS {
                return Err(ImportError::invalid(
                    "too_many_items",
                    o.path(key),
                    format!("a batch holds at most {MAX_BATCH_ITEMS} items"),
                ));
            }
            let base = o.path(key);
            items
                .iter()
                .enumerate()
                .try_for_each(|(i, item)| f(item, format!("{base}[{i}]")))
        }
        Some(_) => Err(ImportError::invalid(
            "invalid_type",
            o.path(key),
            format!("{key} must be a list"),
        )),
    }
}
