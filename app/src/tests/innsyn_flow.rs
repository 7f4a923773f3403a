//! An innsyn request from end to end on every database: a party asks for a document
//! withheld from them, the unit's caseworkers see it, and the next release decision
//! for that party answers it. Nobody else sees the request.

use crate::api::dto::DocumentContent;
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::domain::ReleaseState;
use crate::features::innsyn::open_innsyn_requests;
use crate::features::innsyn::{request_innsyn, RequestOutcome};
use crate::features::reading::{document_list, read_document};
use crate::features::release::{record_decision, ValidDecision};
use crate::i18n::Locale;
use crate::store::testing::TestDb;
use crate::store::{rows, Db};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

const CASE: &str = "case-b";
const DOC: &str = "case-b-d06";
const ASKER: &str = "p-b-ingrid";
const OTHER_PARTY: &str = "p-b-lise";

fn decision(state: ReleaseState) -> ValidDecision {
    let withheld = state == ReleaseState::Withheld;
    ValidDecision {
        parties: vec![ASKER.to_string()],
        state,
        grounds_code: withheld.then(|| "FVL-19-2B".to_string()),
        justification: withheld.then(|| "Hensynet til barnet.".to_string()),
        merinnsyn_considered: withheld,
        redactions: Vec::new(),
        covers_pdf: false,
        reason: Some("test".to_string()),
        version: String::new(),
    }
}

async fn ask(db: &Db, person: &str, doc: &str, message: &str) -> RequestOutcome {
    request_innsyn(db, person, CASE, doc, message, today())
        .await
        .expect("request")
}

async fn read(db: &Db, person: &str) -> crate::api::dto::DocumentData {
    read_document(db, person, CASE, DOC, today(), Locale::Nb)
        .await
        .expect("read")
        .expect("listed for the party")
}

#[tokio::test]
async fn a_request_is_seen_by_the_unit_and_answered_by_the_next_decision() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let case = rows::case_by_id(&db.pool, CASE)
            .await
            .expect("case")
            .expect(CASE);
        let ctx = crate::store::staff::placed_in(db, "staff-lerkendal-1", &case.unit_id)
            .await
            .expect("load")
            .expect("unit");
        record_decision(db, &ctx, CASE, DOC, &decision(ReleaseState::Withheld))
            .await
            .expect("withhold");

        // Only a document withheld from this very party can be asked for.
        let shared_to_other = ValidDecision {
            parties: vec![OTHER_PARTY.to_string()],
            ..decision(ReleaseState::Shared)
        };
        record_decision(db, &ctx, CASE, DOC, &shared_to_other)
            .await
            .expect("share");
        assert_eq!(
            ask(db, OTHER_PARTY, DOC, "").await,
            RequestOutcome::NotFound
        );
        assert_eq!(ask(db, "p-a-kari", DOC, "").await, RequestOutcome::NotFound);
        assert_eq!(
            ask(db, ASKER, "no-such-doc", "").await,
            RequestOutcome::NotFound
        );
        let long = "x".repeat(crate::store::innsyn::MAX_MESSAGE_CHARS + 1);
        assert_eq!(ask(db, ASKER, DOC, &long).await, RequestOutcome::TooLong);

        assert_eq!(
            ask(db, ASKER, DOC, "  Jeg vil se notatet.  ").await,
            RequestOutcome::Sent
        );
        assert_eq!(
            ask(db, ASKER, DOC, "igjen").await,
            RequestOutcome::AlreadyOpen
        );
        let seen = read(db, ASKER).await;
        let status = seen.innsyn.expect("own request shown");
        assert_eq!(status.message.as_deref(), Some("Jeg vil se notatet."));
        assert_eq!(status.answer, None);
        assert_eq!(
            read(db, OTHER_PARTY).await.innsyn,
            None,
            "not another party's"
        );
        let marked = |list: Option<crate::api::dto::DocumentList>| {
            list.expect("listed")
                .items
                .iter()
                .filter(|d| d.innsyn_waiting)
                .map(|d| d.id.clone())
                .collect::<Vec<_>>()
        };
        let own_list = document_list(db, ASKER, CASE, today()).await.expect("list");
        assert_eq!(marked(own_list), vec![DOC.to_string()]);
        let other_list = document_list(db, OTHER_PARTY, CASE, today())
            .await
            .expect("list");
        assert!(marked(other_list).is_empty());

        let open = open_innsyn_requests(db, &ctx, today()).await.expect("list");
        assert_eq!(open.len(), 1);
        assert_eq!(
            (
                open[0].document.as_ref().map(|d| d.0.as_str()),
                open[0].party_name.as_str()
            ),
            (Some(DOC), "Ingrid Lie")
        );
        let stranger = crate::store::staff::placed_in(db, "staff-heimdal-1", "unit-trd-heimdal")
            .await
            .expect("load")
            .expect("unit");
        assert!(open_innsyn_requests(db, &stranger, today())
            .await
            .expect("list")
            .is_empty());

        // Withheld again: refused, with three weeks to appeal.
        record_decision(db, &ctx, CASE, DOC, &decision(ReleaseState::Withheld))
            .await
            .expect("refuse");
        let refused = read(db, ASKER).await.innsyn.expect("status");
        assert_eq!(refused.answer.as_deref(), Some("REFUSED"));
        let answered: NaiveDate = refused.answered_on.expect("date").parse().expect("date");
        let appeal = refused.appeal_by.expect("appeal");
        let appeal_day: NaiveDate = appeal.date.parse().expect("date");
        assert_eq!((appeal_day - answered).num_days(), 21);
        // Refused no earlier than the test's today: at least three weeks left, open.
        assert!(
            matches!(appeal.status, crate::api::dto::DeadlineStatus::Open { days_left } if days_left >= 21),
            "{appeal:?}"
        );
        assert!(open_innsyn_requests(db, &ctx, today())
            .await
            .expect("list")
            .is_empty());

        // Asked again and shared: granted, and the text is there.
        assert_eq!(ask(db, ASKER, DOC, "").await, RequestOutcome::Sent);
        record_decision(db, &ctx, CASE, DOC, &decision(ReleaseState::Shared))
            .await
            .expect("grant");
        let granted = read(db, ASKER).await;
        assert_eq!(
            granted.innsyn.and_then(|s| s.answer).as_deref(),
            Some("GRANTED")
        );
        assert!(matches!(granted.content, DocumentContent::Text { .. }));

        // The list says how long a request has waited (in Norwegian days).
        let ten_days_ago = crate::store::now_unix() - 10 * 86_400;
        sqlx::query(
            "INSERT INTO innsyn_events (case_id, document_id, person_id, kind, message, \
             actor_kind, actor_id, at) VALUES ($1, $2, $3, 'REQUESTED', NULL, 'citizen', $4, $5)",
        )
        .bind(CASE)
        .bind(DOC)
        .bind(OTHER_PARTY)
        .bind(OTHER_PARTY)
        .bind(ten_days_ago)
        .execute(&db.pool)
        .await
        .expect("old request");
        let old = open_innsyn_requests(db, &ctx, crate::domain::clock::today())
            .await
            .expect("list");
        assert_eq!(old.len(), 1);
        assert!(
            (9..=11).contains(&old[0].days_waiting),
            "{}",
            old[0].days_waiting
        );

        let audited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'citizen.innsyn.request' AND actor_id = $1",
        )
        .bind(ASKER)
        .fetch_one(&db.pool)
        .await
        .expect("count");
        assert_eq!(audited, 2);
        assert!(
            sqlx::query("UPDATE innsyn_events SET kind = 'GRANTED'")
                .execute(&db.pool)
                .await
                .is_err(),
            "innsyn events cannot be changed"
        );
        t.close().await;
    }
}

/// Family A's report after the investigation: partly shared with the father (the
/// mother's health taken out, FVL-19-2A), shared in full with the mother.
const REPORT: &str = "case-a-d02";
const FATHER_A: &str = "p-a-ole";
const MOTHER_A: &str = "p-a-kari";

#[tokio::test]
async fn the_hidden_parts_of_a_partly_shared_document_say_why_and_can_be_asked_for() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let read_as = |person: &'static str| async move {
            read_document(db, person, "case-a", REPORT, today(), Locale::Nb)
                .await
                .expect("read")
                .expect("listed")
        };
        let father = read_as(FATHER_A).await;
        let DocumentContent::Text {
            hidden_parts: Some(why),
            ..
        } = &father.content
        else {
            panic!("partly shared with the father: {:?}", father.content);
        };
        // The ground in the catalogue's citizen words, the caseworker's justification
        // written for him, and merinnsyn.
        assert_eq!(why.code.as_deref(), Some("FVL-19-2A"));
        assert!(why.label.is_some() && why.basis.is_some() && why.explanation.is_some());
        let justification = why.justification.clone().expect("justification");
        assert!(
            justification.starts_with("Opplysninger om mors helse er tatt ut."),
            "{justification}"
        );
        assert!(why.merinnsyn_considered);
        // The mother reads it all: no reasons, and never the father's justification.
        let mother = read_as(MOTHER_A).await;
        assert!(matches!(
            mother.content,
            DocumentContent::Text {
                hidden_parts: None,
                ..
            }
        ));
        let to_mother = serde_json::to_string(&mother).expect("json");
        assert!(!to_mother.contains(&justification), "{to_mother}");
        assert_eq!(
            request_innsyn(db, MOTHER_A, "case-a", REPORT, "", today())
                .await
                .expect("request"),
            RequestOutcome::NotFound,
            "nothing is kept from her"
        );

        // He asks about the hidden parts; the unit sees the request as such.
        assert_eq!(
            request_innsyn(db, FATHER_A, "case-a", REPORT, "Hva er tatt ut?", today())
                .await
                .expect("request"),
            RequestOutcome::Sent
        );
        let case = rows::case_by_id(&db.pool, "case-a")
            .await
            .expect("case")
            .expect("A");
        let ctx = crate::store::staff::placed_in(db, "staff-heimdal-1", &case.unit_id)
            .await
            .expect("load")
            .expect("unit");
        let open = open_innsyn_requests(db, &ctx, today()).await.expect("list");
        let his = open
            .iter()
            .find(|r| r.document.as_ref().is_some_and(|d| d.0 == REPORT))
            .expect("his request in the unit's list");
        assert_eq!(his.party_name, "Ole Berg");
        assert!(his.hidden_parts, "about the hidden parts");

        // Decided again with the same parts hidden: nothing he asked for was shown, so
        // it is a refusal he can appeal.
        let in_force = data
            .decisions
            .iter()
            .rfind(|d| d.document_id == REPORT && d.person_id == FATHER_A)
            .expect("decision");
        let again = ValidDecision {
            parties: vec![FATHER_A.to_string()],
            state: ReleaseState::PartlyShared,
            grounds_code: in_force.grounds_code.clone(),
            justification: in_force.justification.clone(),
            merinnsyn_considered: true,
            redactions: in_force.redactions.clone(),
            covers_pdf: false,
            reason: Some("test".to_string()),
            version: String::new(),
        };
        record_decision(db, &ctx, "case-a", REPORT, &again)
            .await
            .expect("decide");
        let status = read_as(FATHER_A).await.innsyn.expect("status");
        assert_eq!(status.answer.as_deref(), Some("REFUSED"));
        assert!(status.appeal_by.is_some());
        t.close().await;
    }
}
