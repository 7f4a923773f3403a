//! The decision rules (pure) and the write path on every database backend.

use super::*;
use crate::access::policy::unchecked_access_for_tests;
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::domain::rich_text::{Block, BlockKind};
use crate::i18n::Locale;
use crate::store::testing::TestDb;

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

const VERSION: &str = "v1";

fn input(state: &str, parties: &[&str]) -> DecisionFormInput {
    DecisionFormInput {
        parties: parties.iter().map(|p| p.to_string()).collect(),
        state: state.into(),
        version: VERSION.into(),
        ..Default::default()
    }
}

/// A complete ground: what withholding and partial sharing need.
fn with_basis(mut i: DecisionFormInput) -> DecisionFormInput {
    i.grounds = "FVL-19-2B".into();
    i.justification = "Vern av melder.".into();
    i.merinnsyn = true;
    i
}

struct Doc {
    body: RichText,
    has_pdf: bool,
    pdf_opened: bool,
}

fn text_doc() -> Doc {
    Doc {
        body: body(),
        has_pdf: false,
        pdf_opened: false,
    }
}

fn check_doc(
    i: &DecisionFormInput,
    decided: &[String],
    doc: &Doc,
) -> Result<ValidDecision, Vec<FieldError>> {
    let (p, g) = (parties(), grounds());
    validate_decision(
        i,
        &DecisionContext {
            body: &doc.body,
            has_pdf: doc.has_pdf,
            version: VERSION,
            pdf_opened: doc.pdf_opened,
            parties: &p,
            decided,
            grounds: &g,
        },
    )
}

fn check(i: &DecisionFormInput, decided: &[String]) -> Result<ValidDecision, Vec<FieldError>> {
    check_doc(i, decided, &text_doc())
}

fn fields(r: Result<ValidDecision, Vec<FieldError>>) -> Vec<String> {
    r.expect_err("refused")
        .into_iter()
        .map(|e| e.field)
        .collect()
}

fn keys(r: Result<ValidDecision, Vec<FieldError>>) -> Vec<(String, String)> {
    r.expect_err("refused")
        .into_iter()
        .map(|e| (e.field, e.key))
        .collect()
}

fn stray(field: &str) -> (String, String) {
    (field.to_string(), "decision-error-stray".to_string())
}

/// Issue 10, point 0, as a busy caseworker did it: ticked the youth, picked a ground,
/// wrote a justification, ticked a paragraph, and left the choice untouched. The old
/// form opened on "share" and stored SHARED with the rest dropped; now nothing is
/// chosen until the caseworker chooses, and that form is refused whole.
#[test]
fn an_untouched_choice_releases_nothing() {
    let mut i = with_basis(input("", &["barn"]));
    i.redact_blocks = vec!["1".into()];
    assert_eq!(fields(check(&i, &[])), vec!["state"]);
}

/// The old test `sharing_needs_only_parties_and_drops_stray_fields` asserted that a
/// share silently dropped a typed ground and justification: now each is an error.
#[test]
fn fields_of_another_choice_are_refused_not_dropped() {
    let mut i = with_basis(input("SHARED", &["mor"]));
    i.redact_blocks = vec!["1".into()];
    assert_eq!(
        keys(check(&i, &[])),
        vec![
            stray("grounds"),
            stray("justification"),
            stray("merinnsyn"),
            stray("redactions")
        ]
    );
    let mut i = with_basis(input("WITHHELD", &["far"]));
    i.spans = r#"[{"block":2,"start":0,"end":5,"quote":"Andre"}]"#.into();
    assert_eq!(keys(check(&i, &[])), vec![stray("redactions")]);
    let mut i = input("NOT_DECIDED", &["far"]);
    i.justification = "x".into();
    assert_eq!(keys(check(&i, &[])), vec![stray("justification")]);
    // An editor cleared of every span leaves "[]": that is no redaction.
    let mut i = input("SHARED", &["mor", "far"]);
    i.spans = "[]".into();
    let v = check(&i, &[]).expect("valid");
    assert_eq!(v.parties, vec!["far".to_string(), "mor".to_string()]);
    assert_eq!((v.grounds_code, v.justification), (None, None));
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
fn a_decision_on_another_version_is_refused() {
    let mut i = input("SHARED", &["mor"]);
    i.version = "v0".into();
    assert_eq!(
        keys(check(&i, &[])),
        vec![("version".to_string(), "decision-error-changed".to_string())]
    );
    i.version = String::new();
    assert_eq!(fields(check(&i, &[])), vec!["version"]);
}

#[test]
fn a_partial_share_needs_a_basis_and_spans_that_quote_the_text() {
    let i = input("PARTLY_SHARED", &["barn"]);
    assert_eq!(
        fields(check(&i, &[])),
        vec!["grounds", "justification", "merinnsyn", "redactions"]
    );
    let mut i = with_basis(input("PARTLY_SHARED", &["barn"]));
    i.redact_blocks = vec!["1".into()];
    // An editor span inside the whole block adds nothing; one elsewhere is kept.
    i.spans = r#"[{"block":1,"start":0,"end":3,"quote":"Før"},{"block":2,"start":0,"end":5,"quote":"Andre"}]"#.into();
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
        r#"[{"block":9,"start":0,"end":1,"quote":"x"}]"#,
        r#"[{"block":2,"start":3,"end":3,"quote":""}]"#,
        r#"[{"block":2,"start":0,"end":99,"quote":"Andre avsnitt."}]"#,
        r#"[{"block":2,"start":0,"end":4,"quote":"Andr"},{"block":2,"start":3,"end":6,"quote":"re "}]"#,
        // Offsets one off (what CRLF text did): the quote does not match.
        r#"[{"block":2,"start":1,"end":6,"quote":"Andre"}]"#,
        // No quote at all.
        r#"[{"block":2,"start":0,"end":5}]"#,
        "not json",
    ] {
        let mut i = with_basis(input("PARTLY_SHARED", &["barn"]));
        i.spans = bad.into();
        assert_eq!(fields(check(&i, &[])), vec!["redactions"], "{bad}");
    }
    let mut i = with_basis(input("PARTLY_SHARED", &["barn"]));
    i.redact_blocks = vec!["x".into()];
    assert_eq!(fields(check(&i, &[])), vec!["redactions"]);
}

#[test]
fn a_pdf_is_shared_only_when_chosen_and_opened_and_never_partly() {
    let with_pdf = |opened| Doc {
        body: body(),
        has_pdf: true,
        pdf_opened: opened,
    };
    let pdf_only = |opened| Doc {
        body: vec![],
        has_pdf: true,
        pdf_opened: opened,
    };
    let err = |key: &str| vec![("include_pdf".to_string(), key.to_string())];
    // Text shared, PDF not: allowed, and says so.
    let v = check_doc(&input("SHARED", &["mor"]), &[], &with_pdf(false)).expect("text only");
    assert!(!v.covers_pdf);
    let mut i = input("SHARED", &["mor"]);
    i.include_pdf = true;
    assert_eq!(
        keys(check_doc(&i, &[], &with_pdf(false))),
        err("decision-error-pdf-not-opened")
    );
    assert!(
        check_doc(&i, &[], &with_pdf(true))
            .expect("opened")
            .covers_pdf
    );
    // A PDF-only document: sharing means sharing the PDF; it cannot be redacted.
    assert_eq!(
        keys(check_doc(&input("SHARED", &["mor"]), &[], &pdf_only(true))),
        err("decision-error-pdf-only-share")
    );
    let mut partly = with_basis(input("PARTLY_SHARED", &["mor"]));
    partly.redact_blocks = vec!["0".into()];
    assert_eq!(
        keys(check_doc(&partly, &[], &pdf_only(true))),
        vec![(
            "state".to_string(),
            "decision-error-pdf-only-partly".to_string()
        )]
    );
    // Only a full share can carry the PDF.
    partly.include_pdf = true;
    assert_eq!(
        keys(check_doc(&partly, &[], &with_pdf(true))),
        vec![stray("include_pdf")]
    );
    let mut withheld = with_basis(input("WITHHELD", &["far"]));
    withheld.include_pdf = true;
    assert_eq!(
        keys(check_doc(&withheld, &[], &with_pdf(true))),
        vec![stray("include_pdf")]
    );
    // A document without a PDF has nothing to include.
    assert_eq!(keys(check(&i, &[])), vec![stray("include_pdf")]);
}

#[test]
fn every_error_key_is_listed_for_translation() {
    let src = include_str!("decide.rs");
    for (i, _) in src.match_indices("\"decision-error-") {
        let key = &src[i + 1..i + 1 + src[i + 1..].find('"').expect("closing quote")];
        assert!(
            DECISION_ERROR_KEYS.contains(&key),
            "{key} not in DECISION_ERROR_KEYS"
        );
    }
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
        let case = rows::case_by_id(&t.db.pool, "case-b")
            .await
            .expect("case")
            .expect("case-b");
        let ctx = crate::store::staff::placed_in(&t.db, "staff-lerkendal-1", &case.unit_id)
            .await
            .expect("load")
            .expect("unit");
        run_write_path(&t.db, &ctx).await;
        t.close().await;
    }
}

/// The content hash of the document as stored (what the page would put in the form).
pub(super) async fn version_of(db: &Db, doc: &str) -> String {
    let case_id: String = sqlx::query_scalar("SELECT case_id FROM documents WHERE id = $1")
        .bind(doc)
        .fetch_one(&db.pool)
        .await
        .expect("case of doc");
    let access = unchecked_access_for_tests(&case_id);
    let d = rows::document_by_id(&db.pool, &access, doc)
        .await
        .expect("doc")
        .expect(doc);
    let pdf = rows::document_pdf(&db.pool, &access, doc)
        .await
        .expect("pdf");
    content_hash(&d.body, pdf.as_deref())
}

/// Reviews and, when valid, confirms: the form's whole path, with the page's version.
async fn decide(db: &Db, ctx: &StaffCtx, doc: &str, input: &DecisionFormInput) -> DecisionOutcome {
    let mut input = input.clone();
    input.version = version_of(db, doc).await;
    match review_decision(db, ctx, "case-b", doc, today(), &input, Locale::Nb)
        .await
        .expect("review")
    {
        DecisionOutcome::Review(_) => submit_decision(
            db,
            ctx,
            "case-b",
            doc,
            today(),
            &input,
            &new_token(),
            Locale::Nb,
        )
        .await
        .expect("submit"),
        other => other,
    }
}

fn saved_for(out: &DecisionOutcome) -> usize {
    match out {
        DecisionOutcome::Saved(s) => s.parties.len(),
        other => panic!("not saved: {other:?}"),
    }
}

async fn count(db: &Db, youth: &str) -> usize {
    rows::decisions_for(&db.pool, &unchecked_access_for_tests("case-b"), youth)
        .await
        .expect("d")
        .len()
}

async fn run_write_path(db: &Db, ctx: &StaffCtx) {
    let doc = "case-b-d06";
    let (StaffCase { parties, .. }, body) = staff_document_of_case(db, ctx, "case-b", doc, today())
        .await
        .expect("load")
        .expect("case-b is Lerkendal's");
    let youth = "p-b-sander";
    assert!(parties.iter().any(|p| p.person.id == youth));
    let last = body.body.len() - 1;

    // Refused: partial share without a basis; nothing is written.
    let mut input = DecisionFormInput {
        parties: vec![youth.into()],
        state: "PARTLY_SHARED".into(),
        redact_blocks: vec![last.to_string()],
        ..Default::default()
    };
    let before = count(db, youth).await;
    assert!(matches!(
        decide(db, ctx, doc, &input).await,
        DecisionOutcome::Refused(_)
    ));
    assert_eq!(count(db, youth).await, before);

    // The review writes nothing and shows the redacted text as the youth will read it.
    input.grounds = "FVL-19-2B".into();
    input.justification = "Kontrollkoden er tatt ut.".into();
    input.merinnsyn = true;
    input.version = version_of(db, doc).await;
    let DecisionOutcome::Review(summary) =
        review_decision(db, ctx, "case-b", doc, today(), &input, Locale::Nb)
            .await
            .expect("review")
    else {
        panic!("valid");
    };
    assert_eq!(count(db, youth).await, before, "a review writes nothing");
    let shown = format!("{:?}", summary.redacted);
    assert!(
        !shown.contains(&body.body[last].text),
        "the summary shows it hidden"
    );
    assert!(shown.contains(&body.body[1].text));

    // Confirmed twice (a double click): written once.
    let key = new_token();
    let confirm = || submit_decision(db, ctx, "case-b", doc, today(), &input, &key, Locale::Nb);
    let first = confirm().await.expect("confirm");
    assert_eq!(saved_for(&first), 1);
    assert_eq!(first, DecisionOutcome::Saved(summary));
    assert_eq!(
        confirm().await.expect("again"),
        DecisionOutcome::AlreadySaved(1)
    );
    assert_eq!(count(db, youth).await, before + 1);
    let seen =
        crate::features::reading::read_document(db, youth, "case-b", doc, today(), Locale::Nb)
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
    assert_eq!(
        decide(db, ctx, doc, &revoke).await,
        DecisionOutcome::Refused(vec![FieldError {
            field: "reason".into(),
            key: "decision-error-reason".into()
        }])
    );
    let revoke = DecisionFormInput {
        reason: "Feil dokument.".into(),
        ..revoke
    };
    assert_eq!(saved_for(&decide(db, ctx, doc, &revoke).await), 1);
    assert_eq!(count(db, youth).await, before + 2);
    assert!(
        crate::features::reading::read_document(db, youth, "case-b", doc, today(), Locale::Nb)
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
    let stranger = crate::store::staff::current(db, "staff-heimdal-1")
        .await
        .expect("load")
        .expect("employed");
    assert_eq!(
        decide(db, &stranger, doc, &input).await,
        DecisionOutcome::NotFound
    );
    assert_eq!(
        submit_decision(
            db,
            &stranger,
            "case-b",
            doc,
            today(),
            &input,
            &new_token(),
            Locale::Nb
        )
        .await
        .expect("submit"),
        DecisionOutcome::NotFound
    );
}
