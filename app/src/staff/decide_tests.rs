//! The decision rules (pure) and the write path on every database backend.

use super::*;
use crate::db::seed::insert_demo;
use crate::db::testing::TestDb;
use crate::demo::generate;
use crate::domain::rich_text::{Block, BlockKind};

fn body() -> RichText {
    vec![
        Block::new(BlockKind::Heading, "Notat"),
        Block::new(BlockKind::Paragraph, "Første avsnitt, æøå."),
        Block::new(BlockKind::Paragraph, "Andre avsnitt."),
    ]
}

fn parties() -> Vec<String> {
    vec!["mor".into(), "far".into(), "barn".into()]
}

fn grounds() -> Vec<String> {
    vec!["FVL-19-2B".into(), "BVL-12-6-2".into()]
}

fn input(state: &str, parties: &[&str]) -> DecisionFormInput {
    DecisionFormInput {
        parties: parties.iter().map(|p| p.to_string()).collect(),
        state: state.into(),
        ..Default::default()
    }
}

fn check(i: &DecisionFormInput, decided: &[String]) -> Result<ValidDecision, Vec<FieldError>> {
    let (b, p, g) = (body(), parties(), grounds());
    validate_decision(
        i,
        &DecisionContext {
            body: &b,
            parties: &p,
            decided,
            grounds: &g,
        },
    )
}

fn fields(r: Result<ValidDecision, Vec<FieldError>>) -> Vec<String> {
    r.expect_err("refused")
        .into_iter()
        .map(|e| e.field)
        .collect()
}

#[test]
fn sharing_needs_only_parties_and_drops_stray_fields() {
    let mut i = input("SHARED", &["mor", "far"]);
    i.grounds = "FVL-19-2B".into();
    i.justification = "x".into();
    let v = check(&i, &[]).expect("valid");
    assert_eq!(v.parties, vec!["far".to_string(), "mor".to_string()]);
    assert_eq!(v.state, ReleaseState::Shared);
    assert_eq!(v.grounds_code, None);
    assert_eq!(v.justification, None);
}

#[test]
fn withholding_needs_ground_justification_and_merinnsyn() {
    let i = input("WITHHELD", &["far"]);
    assert_eq!(
        fields(check(&i, &[])),
        vec!["grounds", "justification", "merinnsyn"]
    );
    let mut i = input("WITHHELD", &["far"]);
    i.grounds = "NOPE".into();
    i.justification = "  ".into();
    i.merinnsyn = true;
    assert_eq!(fields(check(&i, &[])), vec!["grounds", "justification"]);
    i.grounds = "FVL-19-2B".into();
    i.justification = " Vern av melder. ".into();
    let v = check(&i, &[]).expect("valid");
    assert_eq!(v.justification.as_deref(), Some("Vern av melder."));
    assert!(v.merinnsyn_considered);
}

#[test]
fn parties_must_be_chosen_and_be_parties_today() {
    assert_eq!(fields(check(&input("SHARED", &[]), &[])), vec!["parties"]);
    assert_eq!(
        fields(check(&input("SHARED", &["stranger"]), &[])),
        vec!["parties"]
    );
    assert_eq!(fields(check(&input("MAYBE", &["mor"]), &[])), vec!["state"]);
}

#[test]
fn changing_a_decision_in_force_needs_a_reason() {
    let decided = vec!["mor".to_string()];
    assert_eq!(
        fields(check(&input("SHARED", &["far", "mor"]), &decided)),
        vec!["reason"]
    );
    assert!(check(&input("SHARED", &["far"]), &decided).is_ok());
    let mut i = input("NOT_DECIDED", &["mor"]);
    i.reason = "Delt ved en feil.".into();
    assert_eq!(
        check(&i, &decided).expect("revoke").state,
        ReleaseState::NotDecided
    );
}

#[test]
fn a_partial_share_needs_justification_and_valid_spans() {
    let i = input("PARTLY_SHARED", &["barn"]);
    assert_eq!(fields(check(&i, &[])), vec!["justification", "redactions"]);
    let mut i = input("PARTLY_SHARED", &["barn"]);
    i.justification = "Helse".into();
    i.redact_blocks = vec!["1".into()];
    // An editor span inside the whole block adds nothing; one elsewhere is kept.
    i.spans = r#"[{"block":1,"start":0,"end":3},{"block":2,"start":0,"end":5}]"#.into();
    let v = check(&i, &[]).expect("valid");
    assert_eq!(
        v.redactions,
        vec![
            Redaction {
                block: 1,
                start: 0,
                end: 20
            },
            Redaction {
                block: 2,
                start: 0,
                end: 5
            }
        ]
    );
    for bad in [
        r#"[{"block":9,"start":0,"end":1}]"#,
        r#"[{"block":2,"start":3,"end":3}]"#,
        r#"[{"block":2,"start":0,"end":99}]"#,
        r#"[{"block":2,"start":0,"end":4},{"block":2,"start":3,"end":6}]"#,
        "not json",
    ] {
        let mut i = input("PARTLY_SHARED", &["barn"]);
        i.justification = "Helse".into();
        i.spans = bad.into();
        assert_eq!(fields(check(&i, &[])), vec!["redactions"], "{bad}");
    }
    let mut i = input("PARTLY_SHARED", &["barn"]);
    i.justification = "Helse".into();
    i.redact_blocks = vec!["x".into()];
    assert_eq!(fields(check(&i, &[])), vec!["redactions"]);
}

#[test]
fn form_pairs_accumulate_repeated_fields() {
    let i = DecisionFormInput::from_pairs([
        ("party".to_string(), "a".to_string()),
        ("party".to_string(), "b".to_string()),
        ("merinnsyn".to_string(), "on".to_string()),
        ("redact_block".to_string(), "2".to_string()),
        ("ignored".to_string(), "x".to_string()),
    ]);
    assert_eq!(i.parties, vec!["a", "b"]);
    assert!(i.merinnsyn);
    assert_eq!(i.redact_blocks, vec!["2"]);
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

#[tokio::test]
async fn decisions_are_appended_in_one_go_audited_and_seen_through_the_policy() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let case = rows::case_by_id(&t.db, "case-b")
            .await
            .expect("case")
            .expect("case-b");
        let ctx = StaffCtx::load(&t.db, "staff-lerkendal-1", &case.unit_id, &[])
            .await
            .expect("load")
            .expect("unit");
        run_write_path(&t.db, &ctx).await;
        t.close().await;
    }
}

async fn run_write_path(db: &Db, ctx: &StaffCtx) {
    let doc = "case-b-d06";
    let (_, parties, body) = staff_document_of_case(db, ctx, "case-b", doc, today())
        .await
        .expect("load")
        .expect("case-b is Lerkendal's");
    let youth = "p-b-sander";
    assert!(parties.iter().any(|p| p.person.id == youth));
    let last = body.body.len() - 1;

    // Refused: partial share without justification; nothing is written.
    let mut input = DecisionFormInput {
        parties: vec![youth.into()],
        state: "PARTLY_SHARED".into(),
        redact_blocks: vec![last.to_string()],
        ..Default::default()
    };
    let before = rows::decisions_for(db, "case-b", youth)
        .await
        .expect("d")
        .len();
    let out = submit_decision(db, ctx, "case-b", doc, today(), &input)
        .await
        .expect("submit");
    assert!(matches!(out, DecisionOutcome::Refused(_)));
    assert_eq!(
        rows::decisions_for(db, "case-b", youth)
            .await
            .expect("d")
            .len(),
        before
    );

    input.justification = "Kontrollkoden er tatt ut.".into();
    let out = submit_decision(db, ctx, "case-b", doc, today(), &input)
        .await
        .expect("submit");
    assert_eq!(out, DecisionOutcome::Saved(1));
    let seen =
        crate::citizen::read_document(db, youth, "case-b", doc, today(), crate::i18n::Locale::Nb)
            .await
            .expect("read")
            .expect("now visible to the youth");
    let text = format!("{seen:?}");
    assert!(
        !text.contains(&body.body[last].text),
        "the redacted block never reaches him"
    );
    assert!(text.contains(&body.body[1].text));

    // Changing it needs a reason; with one, a new row is appended (history kept).
    let revoke = DecisionFormInput {
        parties: vec![youth.into()],
        state: "NOT_DECIDED".into(),
        ..Default::default()
    };
    let out = submit_decision(db, ctx, "case-b", doc, today(), &revoke)
        .await
        .expect("submit");
    assert_eq!(
        out,
        DecisionOutcome::Refused(vec![FieldError {
            field: "reason".into(),
            key: "decision-error-reason".into()
        }])
    );
    let revoke = DecisionFormInput {
        reason: "Feil dokument.".into(),
        ..revoke
    };
    assert_eq!(
        submit_decision(db, ctx, "case-b", doc, today(), &revoke)
            .await
            .expect("submit"),
        DecisionOutcome::Saved(1)
    );
    assert_eq!(
        rows::decisions_for(db, "case-b", youth)
            .await
            .expect("d")
            .len(),
        before + 2
    );
    assert!(
        crate::citizen::read_document(db, youth, "case-b", doc, today(), crate::i18n::Locale::Nb)
            .await
            .expect("read")
            .is_none(),
        "revoked: gone again"
    );
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'staff.decision' AND actor_id = $1 \
         AND document_id = $2",
    )
    .bind(&ctx.staff_id)
    .bind(doc)
    .fetch_one(&db.pool)
    .await
    .expect("count");
    assert_eq!(audited, 2);

    // Another unit's caseworker gets "not found", and nothing is written.
    let other = rows::case_by_id(db, "case-a")
        .await
        .expect("c")
        .expect("case-a");
    let stranger = StaffCtx::load(db, "staff-heimdal-1", &other.unit_id, &[])
        .await
        .expect("load")
        .expect("unit");
    assert_eq!(
        submit_decision(db, &stranger, "case-b", doc, today(), &input)
            .await
            .expect("submit"),
        DecisionOutcome::NotFound
    );
}
