//! The service's side: consents of a case and of the unit, one consent with its whole
//! history, and the changes staff make (create, change the dates, cancel, register an
//! answer given on paper or by phone). Staff reach a case only through the staff policy;
//! each change is decided by `domain::consent::decide` on the stored state with the
//! consent locked, and written with its audit entry in one transaction.

use super::state_of;
use crate::access::consent::{check_asked, may_be_asked, AskRefusal, NotAskable};
use crate::access::StaffCtx;
use crate::api::dto::{
    ConsentCandidate, NewConsentData, StaffConsentAnswer, StaffConsentData, StaffConsentEvent,
    StaffConsentRow, CONSENT_NOTE_MAX, CONSENT_RECIPIENTS_MAX, CONSENT_TEXT_MAX,
};
use crate::audit::{self, Action, Actor, Entry};
use crate::domain::clock::norwegian_time;
use crate::domain::consent::{
    dates_valid, decide, on_behalf_allowed, status, Answer, Command, ConsentState, Dates, Event,
    EventActor, EventKind, Outcome, Purpose, Refusal, Status,
};
use crate::domain::notice::NoticeKind;
use crate::domain::{Case, Party, Person};
use crate::features::staff_case::{staff_case_of, staff_cases_in_unit, StaffCaseOf};
use crate::store::consents::{self, ConsentRecord, NewConsent};
use crate::store::{notices, now_unix, rows, Db};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

/// Display names of the persons asked or answering and of the staff who acted, by id.
async fn names(db: &Db, recs: &[ConsentRecord]) -> Result<HashMap<String, String>, sqlx::Error> {
    let persons: Vec<String> = recs
        .iter()
        .flat_map(|r| {
            r.asked
                .iter()
                .chain(r.events.iter().filter_map(|e| e.party.as_ref()))
        })
        .cloned()
        .collect();
    let staff: Vec<String> = recs
        .iter()
        .flat_map(|r| r.events.iter())
        .filter_map(|e| match &e.actor {
            EventActor::Staff(id) => Some(id.clone()),
            _ => None,
        })
        .collect();
    rows::display_names(&db.pool, persons, staff).await
}

fn name_of(names: &HashMap<String, String>, id: &str) -> String {
    names.get(id).cloned().unwrap_or_default()
}

fn day_of(at: i64) -> String {
    norwegian_time(at).date_naive().to_string()
}

fn row_of(
    rec: &ConsentRecord,
    state: &ConsentState,
    child_name: &str,
    names: &HashMap<String, String>,
    today: NaiveDate,
) -> StaffConsentRow {
    let overall = status(state, today);
    let open = !matches!(overall, Status::Cancelled | Status::Expired);
    let withdrawn = rec
        .events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::WithdrawnByParty)
        .map(|e| norwegian_time(e.at).date_naive());
    StaffConsentRow {
        case_id: rec.case_id.clone(),
        consent_id: rec.id.clone(),
        child_name: child_name.to_string(),
        purpose: rec.purpose.as_str().to_string(),
        status: overall.as_str().to_string(),
        deadline: state.dates.deadline.to_string(),
        end: state.dates.end.map(|d| d.to_string()),
        withdrawn_on: withdrawn.map(|d| d.to_string()),
        withdrawn_recently: overall == Status::Withdrawn
            && withdrawn.is_some_and(|d| d + Days::new(30) >= today),
        due_soon: overall == Status::Waiting && state.dates.deadline <= today + Days::new(7),
        answers: state
            .answers
            .iter()
            .map(|(id, answer)| StaffConsentAnswer {
                person_id: id.clone(),
                name: name_of(names, id),
                answer: answer.as_str().to_string(),
                may_register: if open {
                    Answer::ALL
                        .iter()
                        .filter(|to| on_behalf_allowed(*answer, **to))
                        .map(|a| a.as_str().to_string())
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect(),
    }
}

/// The consents of one case, newest first (`None`: no such case for this staff member).
pub async fn case_consents(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<Vec<StaffConsentRow>>, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(None);
    };
    let rows = rows_of_case(db, &c, today).await?;
    audit::staff_read(db, ctx, Action::StaffConsentList, Some(&c.case), None).await?;
    Ok(Some(rows))
}

async fn rows_of_case(
    db: &Db,
    c: &StaffCaseOf,
    today: NaiveDate,
) -> Result<Vec<StaffConsentRow>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let recs = consents::of_case(&mut conn, &c.access).await?;
    drop(conn);
    let names = names(db, &recs).await?;
    let child = c.main_person.full_name();
    recs.iter()
        .rev()
        .map(|rec| listed_row(rec, &child, &names, today))
        .collect()
}

/// A consent's row in a list: its status folded from its events, the child named.
fn listed_row(
    rec: &ConsentRecord,
    child: &str,
    names: &HashMap<String, String>,
    today: NaiveDate,
) -> Result<StaffConsentRow, sqlx::Error> {
    Ok(row_of(rec, &state_of(rec)?, child, names, today))
}

/// Every consent in the unit's cases (the policy checks each case), newest first
/// within each case: four queries whatever the unit's size.
pub async fn unit_consents(
    db: &Db,
    ctx: &StaffCtx,
    today: NaiveDate,
) -> Result<Vec<StaffConsentRow>, sqlx::Error> {
    let cases = staff_cases_in_unit(db, ctx).await?;
    let mut conn = db.pool.acquire().await?;
    let mut recs = consents::in_unit(&mut conn, &ctx.unit_id).await?;
    drop(conn);
    recs.retain(|r| cases.contains_key(&r.case_id));
    let names = names(db, &recs).await?;
    // Cases in id order, each case's consents newest first.
    recs.reverse();
    recs.sort_by(|a, b| a.case_id.cmp(&b.case_id));
    let out = recs
        .iter()
        .map(|rec| {
            let child = cases[&rec.case_id].main_person.full_name();
            listed_row(rec, &child, &names, today)
        })
        .collect::<Result<Vec<_>, _>>()?;
    audit::staff_read(db, ctx, Action::StaffConsentList, None, None).await?;
    Ok(out)
}

/// One consent with its whole history, for staff.
pub async fn consent_detail(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    consent_id: &str,
    today: NaiveDate,
) -> Result<Option<StaffConsentData>, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(None);
    };
    let mut conn = db.pool.acquire().await?;
    let Some(rec) = consents::in_case(&mut conn, &c.access, consent_id).await? else {
        return Ok(None);
    };
    drop(conn);
    let state = state_of(&rec)?;
    let names = names(db, std::slice::from_ref(&rec)).await?;
    let history = rec
        .events
        .iter()
        .rev()
        .map(|e| StaffConsentEvent {
            on: day_of(e.at),
            kind: e.kind.as_str().to_string(),
            by: match &e.actor {
                EventActor::Party(id) | EventActor::Staff(id) => name_of(&names, id),
                EventActor::Import => String::new(),
            },
            party_name: e.party.as_deref().map(|id| name_of(&names, id)),
            answer: e.answer.map(|a| a.as_str().to_string()),
            deadline: e.dates.map(|d| d.deadline.to_string()),
            end: e.dates.and_then(|d| d.end).map(|d| d.to_string()),
            note: e.note.clone(),
        })
        .collect();
    // One entry per party asked, so each sees the look in their own access log and
    // nobody else learns of the consent.
    let reason = format!("{};samtykke:{}", audit::staff_scope(ctx), rec.id);
    for party in &rec.asked {
        let entry = Entry {
            action: Action::StaffConsentView,
            why: ctx.capacity(c.case.caseworker_id.as_deref()),
            case_id: Some(&c.case.id),
            document_id: None,
            subject_person_id: Some(party),
            reason: Some(&reason),
        };
        audit::record(db, Actor::Staff(&ctx.staff_id), entry).await?;
    }
    Ok(Some(StaffConsentData {
        row: row_of(&rec, &state, &c.main_person.full_name(), &names, today),
        purpose_text: rec.purpose_text.clone(),
        recipients: rec.recipients.clone(),
        cancelled: state.cancelled,
        history,
    }))
}

/// The people of a case who could be asked, each with whether they can be today.
async fn candidates(
    db: &Db,
    c: &StaffCaseOf,
    today: NaiveDate,
) -> Result<Vec<(Person, Vec<String>, Result<(), NotAskable>)>, sqlx::Error> {
    let party_rows: Vec<Party> = rows::parties_of_case(&db.pool, &c.access).await?;
    let mut ids: Vec<String> = vec![c.case.main_person_id.clone()];
    for p in &party_rows {
        if !ids.contains(&p.person_id) {
            ids.push(p.person_id.clone());
        }
    }
    let mut out = Vec::new();
    for id in ids {
        let Some(person) = rows::person_by_id(&db.pool, &id).await? else {
            continue;
        };
        let mut roles: Vec<String> = party_rows
            .iter()
            .filter(|p| p.person_id == id)
            .map(|p| p.role.as_str().to_string())
            .collect();
        roles.dedup();
        if id == c.case.main_person_id && roles.is_empty() {
            roles.push("HOVEDPERSON".to_string());
        }
        let askable = may_be_asked(&person, today, &c.case, &party_rows, &c.main_person);
        out.push((person, roles, askable));
    }
    Ok(out)
}

fn not_askable_code(why: NotAskable) -> &'static str {
    match why {
        NotAskable::ChildUnder15 => "under-15",
        NotAskable::ChildIsAdult => "adult",
        NotAskable::NoPartyRights => "no-rights",
    }
}

/// The form for a new consent on the case.
pub async fn new_consent_form(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<NewConsentData>, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(None);
    };
    let candidates = candidates(db, &c, today)
        .await?
        .into_iter()
        .map(|(person, roles, askable)| ConsentCandidate {
            person_id: person.id.clone(),
            name: person.full_name(),
            roles,
            not_askable: askable.err().map(|w| not_askable_code(w).to_string()),
        })
        .collect();
    audit::staff_read(db, ctx, Action::StaffCaseView, Some(&c.case), None).await?;
    Ok(Some(NewConsentData {
        case_id: c.case.id.clone(),
        child_name: c.main_person.full_name(),
        purposes: Purpose::ALL
            .iter()
            .map(|p| p.as_str().to_string())
            .collect(),
        candidates,
        token: uuid::Uuid::new_v4().to_string(),
        suggested_deadline: (today + Days::new(14)).to_string(),
    }))
}

/// What a staff consent form asked for, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsentForm {
    pairs: Vec<(String, String)>,
}

impl ConsentForm {
    pub fn from_pairs(pairs: Vec<(String, String)>) -> ConsentForm {
        ConsentForm { pairs }
    }
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
    fn get(&self, name: &str) -> String {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    }
    fn all(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// What became of a staff change: saved (the i18n key of the receipt, and the consent's
/// id), already so, refused with (field, i18n key) errors, or no such consent.
#[derive(Debug, PartialEq, Eq)]
pub enum StaffOutcome {
    Saved {
        receipt: &'static str,
        consent_id: String,
    },
    Unchanged,
    Refused(Vec<(&'static str, &'static str)>),
    NotFound,
}

type Errors = Vec<(&'static str, &'static str)>;

fn date_field(
    form: &ConsentForm,
    name: &'static str,
    errors: &mut Errors,
    required: bool,
) -> Option<NaiveDate> {
    let text = form.get(name);
    if text.is_empty() {
        if required {
            errors.push((name, "consent-error-date-missing"));
        }
        return None;
    }
    match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push((name, "consent-error-date-invalid"));
            None
        }
    }
}

/// The dates of a form (`svarfrist`, `sluttdato`), checked.
fn dates_of(form: &ConsentForm, today: NaiveDate, errors: &mut Errors) -> Option<Dates> {
    let deadline = date_field(form, "svarfrist", errors, true);
    let end = date_field(form, "sluttdato", errors, false);
    let had_end = !form.get("sluttdato").is_empty();
    let deadline = deadline?;
    if had_end && end.is_none() {
        return None;
    }
    let dates = Dates { deadline, end };
    if dates.deadline < today {
        errors.push(("svarfrist", "consent-error-deadline-past"));
        return None;
    }
    if !dates_valid(dates, today) {
        errors.push(("sluttdato", "consent-error-end-before-deadline"));
        return None;
    }
    Some(dates)
}

fn text_field(form: &ConsentForm, name: &'static str, max: usize, errors: &mut Errors) -> String {
    let text = form.get(name);
    if text.is_empty() {
        errors.push((name, "consent-error-required"));
    } else if text.chars().count() > max {
        errors.push((name, "consent-error-too-long"));
    }
    text
}

/// Creates a consent on the case from the form (`token` is its id: a second submit of
/// the same form finds it and stores nothing).
pub async fn create_consent(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    form: &ConsentForm,
    today: NaiveDate,
) -> Result<StaffOutcome, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(StaffOutcome::NotFound);
    };
    let token = form.get("token");
    let Ok(id) = uuid::Uuid::parse_str(&token) else {
        return Ok(StaffOutcome::Refused(vec![(
            "token",
            "consent-error-form-old",
        )]));
    };
    let id = id.to_string();
    let mut errors: Errors = Vec::new();
    let purpose = Purpose::parse(&form.get("formaal"));
    if purpose.is_none() {
        errors.push(("formaal", "consent-error-purpose"));
    }
    let text = text_field(form, "tekst", CONSENT_TEXT_MAX, &mut errors);
    let recipients = text_field(form, "mottakere", CONSENT_RECIPIENTS_MAX, &mut errors);
    let dates = dates_of(form, today, &mut errors);
    let chosen = form.all("part");
    let candidates = candidates(db, &c, today).await?;
    let mut asked: Vec<(String, Result<(), NotAskable>)> = Vec::new();
    for id in &chosen {
        match candidates.iter().find(|(p, _, _)| &p.id == id) {
            Some((p, _, askable)) => asked.push((p.id.clone(), *askable)),
            None => asked.push((id.clone(), Err(NotAskable::NoPartyRights))),
        }
    }
    // Who is asked is checked whether or not a purpose was chosen (the youth rule needs
    // one), so every field's error comes at once.
    let refusal = match purpose {
        Some(purpose) => check_asked(purpose, &asked, &c.case, &c.main_person, today).err(),
        None if asked.is_empty() => Some(AskRefusal::NobodyAsked),
        None => None,
    };
    match refusal {
        None => {}
        Some(AskRefusal::NobodyAsked) => errors.push(("part", "consent-error-nobody")),
        Some(AskRefusal::NotAskable(..)) => errors.push(("part", "consent-error-not-askable")),
        Some(AskRefusal::YouthMustBeAsked) => errors.push(("part", "consent-error-youth")),
    }
    let (Some(purpose), Some(dates), true) = (purpose, dates, errors.is_empty()) else {
        return Ok(StaffOutcome::Refused(errors));
    };
    let asked: Vec<String> = asked.into_iter().map(|(id, _)| id).collect();
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    if consents::in_case(&mut tx, &c.access, &id).await?.is_some() {
        return Ok(StaffOutcome::Unchanged);
    }
    let created = Event {
        seq: 1,
        at: now,
        kind: EventKind::Created,
        actor: EventActor::Staff(ctx.staff_id.clone()),
        party: None,
        answer: None,
        dates: Some(dates),
        note: None,
    };
    let new = NewConsent {
        id: &id,
        case_id: &c.case.id,
        purpose,
        purpose_text: &text,
        recipients: &recipients,
        asked: &asked,
        created_at: now,
    };
    consents::insert(&mut tx, &new, &created).await?;
    // Each party asked is told that something waits for their answer.
    for person_id in &asked {
        let notice = notices::Event {
            to: notices::To::Person(person_id),
            kind: NoticeKind::Consent,
            about: &id,
            case_id: &c.case.id,
            at: now,
        };
        notices::enqueue(&mut tx, notice).await?;
    }
    let reason = format!(
        "{};samtykke:{id}:{}:{}",
        audit::staff_scope(ctx),
        EventKind::Created,
        asked.join(",")
    );
    record_change(
        &mut tx,
        ctx,
        &c.case,
        Action::StaffConsentCreate,
        &asked,
        &reason,
    )
    .await?;
    tx.commit().await?;
    Ok(StaffOutcome::Saved {
        receipt: "consent-staff-created",
        consent_id: id,
    })
}

/// A staff change's audit entries, one per party asked (see [`consent_detail`]), in the
/// change's transaction.
async fn record_change(
    conn: &mut sqlx::AnyConnection,
    ctx: &StaffCtx,
    case: &Case,
    action: Action,
    asked: &[String],
    reason: &str,
) -> Result<(), sqlx::Error> {
    for party in asked {
        let entry = Entry {
            action,
            why: ctx.capacity(case.caseworker_id.as_deref()),
            case_id: Some(&case.id),
            document_id: None,
            subject_person_id: Some(party),
            reason: Some(reason),
        };
        audit::record_with(&mut *conn, Actor::Staff(&ctx.staff_id), entry).await?;
    }
    Ok(())
}

/// A change of an existing consent by staff, from its form (`form` says which).
pub async fn change_consent(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    consent_id: &str,
    which: &str,
    form: &ConsentForm,
    today: NaiveDate,
) -> Result<StaffOutcome, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(StaffOutcome::NotFound);
    };
    let mut errors: Errors = Vec::new();
    let note_of = |errors: &mut Errors| text_field(form, "begrunnelse", CONSENT_NOTE_MAX, errors);
    let (cmd, receipt) = match which {
        "datoer" => match dates_of(form, today, &mut errors) {
            Some(dates) => (Command::EditDates(dates), "consent-staff-dates-saved"),
            None => return Ok(StaffOutcome::Refused(errors)),
        },
        "avbryt" => {
            let note = note_of(&mut errors);
            if !errors.is_empty() {
                return Ok(StaffOutcome::Refused(errors));
            }
            (Command::Cancel { note }, "consent-staff-cancelled")
        }
        "svar" => {
            let answer = Answer::parse(&form.get("svar"));
            if answer.is_none() {
                errors.push(("svar", "consent-error-answer"));
            }
            let note = note_of(&mut errors);
            let (Some(answer), true) = (answer, errors.is_empty()) else {
                return Ok(StaffOutcome::Refused(errors));
            };
            let cmd = Command::OnBehalf {
                party: form.get("part"),
                answer,
                note,
            };
            (cmd, "consent-staff-answer-saved")
        }
        _ => return Ok(StaffOutcome::NotFound),
    };
    let mut tx = db.begin_write().await?;
    consents::lock(&mut tx, consent_id).await?;
    let Some(rec) = consents::in_case(&mut tx, &c.access, consent_id).await? else {
        return Ok(StaffOutcome::NotFound);
    };
    let state = state_of(&rec)?;
    let (kind, answer) = match decide(&state, today, &cmd) {
        Ok(Outcome::Append { kind, answer }) => (kind, answer),
        Ok(Outcome::Unchanged) => return Ok(StaffOutcome::Unchanged),
        Err(refusal) => return Ok(StaffOutcome::Refused(vec![refusal_error(refusal)])),
    };
    let (party, dates, note) = match &cmd {
        Command::EditDates(d) => (None, Some(*d), None),
        Command::Cancel { note } => (None, None, Some(note.clone())),
        Command::OnBehalf { party, note, .. } => (Some(party.clone()), None, Some(note.clone())),
        Command::Party { .. } => return Ok(StaffOutcome::NotFound),
    };
    let event = Event {
        seq: rec.events.len() as i64 + 1,
        at: now_unix(),
        kind,
        actor: EventActor::Staff(ctx.staff_id.clone()),
        party,
        answer,
        dates,
        note,
    };
    consents::append(&mut tx, &rec.id, &event).await?;
    let reason = format!("{};samtykke:{}:{kind}", audit::staff_scope(ctx), rec.id);
    record_change(
        &mut tx,
        ctx,
        &c.case,
        Action::StaffConsentChange,
        &rec.asked,
        &reason,
    )
    .await?;
    tx.commit().await?;
    Ok(StaffOutcome::Saved {
        receipt,
        consent_id: rec.id,
    })
}

/// The form error for a change the rules refuse.
fn refusal_error(r: Refusal) -> (&'static str, &'static str) {
    match r {
        Refusal::Cancelled => ("", "consent-error-cancelled"),
        Refusal::Expired => ("", "consent-error-expired"),
        Refusal::DeadlinePassed => ("", "consent-error-deadline-passed"),
        Refusal::NotAsked => ("part", "consent-error-not-asked"),
        Refusal::NotAllowed { .. } => ("svar", "consent-error-transition"),
        Refusal::NoteRequired => ("begrunnelse", "consent-error-required"),
        Refusal::BadDates => ("svarfrist", "consent-error-deadline-past"),
    }
}

/// Every error key the staff forms can show (for the i18n check).
pub const STAFF_ERROR_KEYS: &[&str] = &[
    "consent-error-form-old",
    "consent-error-purpose",
    "consent-error-required",
    "consent-error-too-long",
    "consent-error-date-missing",
    "consent-error-date-invalid",
    "consent-error-deadline-past",
    "consent-error-end-before-deadline",
    "consent-error-nobody",
    "consent-error-not-askable",
    "consent-error-youth",
    "consent-error-answer",
    "consent-error-cancelled",
    "consent-error-expired",
    "consent-error-deadline-passed",
    "consent-error-not-asked",
    "consent-error-transition",
    "consent-staff-created",
    "consent-staff-dates-saved",
    "consent-staff-cancelled",
    "consent-staff-answer-saved",
];
