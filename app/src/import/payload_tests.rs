//! Pure validation: every refusal names its code and the JSON path of its field.

use super::error::Status;
use super::payload::{batch, body, document, parse_json, party, person, Limits};
use super::reader::{is_valid_id, parse_date};
use serde_json::{json, Value};

const LIMITS: Limits = Limits {
    max_pdf_bytes: 1_000,
};

fn doc(extra: Value) -> Value {
    let mut d = json!({
        "case_id": "case-a", "doc_type": "BREV", "title": "Brev", "doc_date": "2025-01-02",
        "body": [{"kind": "p", "text": "Hei"}]
    });
    if let (Some(d), Value::Object(extra)) = (d.as_object_mut(), extra) {
        d.extend(extra);
    }
    d
}

/// (status, code, field) of the refusal.
fn refusal<T: std::fmt::Debug>(r: Result<T, super::ImportError>) -> (Status, &'static str, String) {
    let e = r.expect_err("should be refused");
    (e.status, e.code, e.field.unwrap_or_default())
}

#[test]
fn malformed_json_is_400_and_the_rest_422() {
    assert_eq!(refusal(parse_json(b"{\"a\":")).0, Status::BadRequest);
    assert_eq!(
        refusal(document(&json!([1]), "$", LIMITS)),
        (Status::Unprocessable, "invalid_type", "$".into())
    );
}

#[test]
fn a_good_document_parses() {
    let d = document(&doc(json!({})), "$", LIMITS).expect("valid");
    assert_eq!(d.body.len(), 1);
    assert_eq!(d.pdf, None);
}

#[test]
fn document_fields_are_named_precisely() {
    let cases = [
        (json!({"doc_type": "LETTER"}), "invalid_value", "$.doc_type"),
        (
            json!({"doc_date": "2025-1-2"}),
            "invalid_date",
            "$.doc_date",
        ),
        (
            json!({"doc_date": "2025-02-30"}),
            "invalid_date",
            "$.doc_date",
        ),
        (json!({"title": "  "}), "blank", "$.title"),
        (json!({"case_id": "a b"}), "invalid_id", "$.case_id"),
        (json!({"case_id": "x~2"}), "invalid_id", "$.case_id"),
        (json!({"colour": "red"}), "unknown_field", "$.colour"),
        (
            json!({"appeal_deadline": "2024-12-31"}),
            "date_order",
            "$.appeal_deadline",
        ),
        (json!({"body": []}), "no_content", "$.body"),
        (json!({"title": "a\u{0}b"}), "invalid_text", "$.title"),
    ];
    for (extra, code, field) in cases {
        let (status, c, f) = refusal(document(&doc(extra.clone()), "$", LIMITS));
        assert_eq!(
            (status, c, f.as_str()),
            (Status::Unprocessable, code, field),
            "{extra}"
        );
    }
}

#[test]
fn bodies_are_blocks_only_never_html() {
    let refused = [
        (json!("<p>Hei</p>"), "body_not_structured", "$.body"),
        (
            json!([{"kind": "script", "text": "x"}]),
            "invalid_value",
            "$.body[0].kind",
        ),
        (
            json!([{"kind": "p", "text": "ok"}, {"kind": "p"}]),
            "invalid_type",
            "$.body[1].text",
        ),
        (
            json!([{"kind": "p", "text": "x", "html": "<b>x</b>"}]),
            "unknown_field",
            "$.body[0].html",
        ),
        (json!({"kind": "p"}), "invalid_type", "$.body"),
    ];
    for (b, code, field) in refused {
        let (_, c, f) = refusal(body(&b, "$.body"));
        assert_eq!((c, f.as_str()), (code, field), "{b}");
    }
    let ok = body(
        &json!([{"kind": "h", "text": "T"}, {"kind": "li", "text": "a < b"}]),
        "$.body",
    );
    assert_eq!(
        ok.expect("valid").len(),
        2,
        "text is escaped on output, so < is fine"
    );
}

#[test]
fn pdfs_are_checked_for_size_and_magic() {
    use base64::Engine;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let pdf = b"%PDF-1.4 tiny".to_vec();
    let d = document(
        &doc(json!({"pdf_base64": b64(&pdf), "body": null})),
        "$",
        LIMITS,
    );
    assert_eq!(d.expect("valid").pdf, Some(pdf));
    let (_, c, f) = refusal(document(
        &doc(json!({"pdf_base64": b64(b"<html>")})),
        "$",
        LIMITS,
    ));
    assert_eq!((c, f.as_str()), ("not_a_pdf", "$.pdf_base64"));
    let (_, c, _) = refusal(document(&doc(json!({"pdf_base64": "%%%"})), "$", LIMITS));
    assert_eq!(c, "invalid_base64");
    let mut big = b"%PDF-".to_vec();
    big.resize(1_001, b'x');
    let (s, c, _) = refusal(document(
        &doc(json!({"pdf_base64": b64(&big)})),
        "$",
        LIMITS,
    ));
    assert_eq!((s, c), (Status::TooLarge, "pdf_too_large"));
}

#[test]
fn persons_need_an_eleven_digit_pid() {
    let p = |pid: &str| json!({"pid": pid, "given_name": "A", "family_name": "B", "birth_date": "2010-01-01"});
    assert!(person(&p("12345678901"), "$").is_ok());
    for bad in ["1234567890", "123456789012", "1234567890a"] {
        assert_eq!(refusal(person(&p(bad), "$")).1, "invalid_pid");
    }
    let (_, c, f) = refusal(person(&json!({"pid": "12345678901"}), "$"));
    assert_eq!((c, f.as_str()), ("required", "$.given_name"));
}

#[test]
fn a_persons_contact_details_are_the_registers_checked_and_notifiable_by_default() {
    let base = json!({"pid": "12345678901", "given_name": "A", "family_name": "B", "birth_date": "2010-01-01"});
    let with = |extra: serde_json::Value| {
        let mut v = base.clone();
        if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
            o.extend(e.clone());
        }
        person(&v, "$")
    };
    let plain = with(json!({})).expect("no contact details");
    assert!(plain.may_be_notified && !plain.reserved_digital);
    assert_eq!((plain.email, plain.mobile), (None, None));
    let full = with(json!({"email": " a@example.no ", "mobile": "999 99 999", "notification_status": "KAN_IKKE_VARSLES"}))
        .expect("valid");
    assert!(!full.may_be_notified);
    assert_eq!(full.email.as_deref(), Some("a@example.no"));
    assert_eq!(full.mobile.as_deref(), Some("+4799999999"));
    for (extra, field) in [
        (json!({"email": "ikke en adresse"}), "$.email"),
        (json!({"mobile": "12"}), "$.mobile"),
        (
            json!({"notification_status": "JA"}),
            "$.notification_status",
        ),
    ] {
        let (_, c, f) = refusal(with(extra));
        assert_eq!((c, f.as_str()), ("invalid_value", field));
    }
}

#[test]
fn party_roles_come_from_the_domain() {
    let p = json!({"person_id": "p1", "role": "mor", "valid_from": "2025-01-01"});
    let e = party(&p, "$").expect_err("lower case is not a role");
    assert_eq!(e.field.as_deref(), Some("$.role"));
    assert!(
        e.message.contains("HOVEDPERSON"),
        "lists the allowed values"
    );
    let p = json!({"person_id": "p1", "role": "MOR", "valid_from": "2025-01-02", "valid_to": "2025-01-01"});
    assert_eq!(refusal(party(&p, "$")).1, "date_order");
}

#[test]
fn batch_errors_name_the_item() {
    let b = json!({
        "parties": [
            {"id": "x1", "case_id": "c", "person_id": "p", "role": "MOR", "valid_from": "2025-01-01"},
            {"id": "x2", "case_id": "c", "person_id": "p", "role": "ONKEL", "valid_from": "2025-01-01"}
        ]
    });
    let (_, c, f) = refusal(batch(&b, LIMITS));
    assert_eq!((c, f.as_str()), ("invalid_value", "$.parties[1].role"));
    assert_eq!(
        refusal(batch(&json!({"people": []}), LIMITS)).1,
        "unknown_field"
    );
}

#[test]
fn ids_and_dates_are_strict() {
    assert!(is_valid_id("case-a.d06:1_x"));
    for bad in ["", "-a", "a b", "a/b", "a~1", "æ", "a".repeat(101).as_str()] {
        assert!(!is_valid_id(bad), "{bad}");
    }
    assert!(parse_date("2024-02-29").is_some());
    for bad in ["2023-02-29", "2024-2-01", "24-02-01", "2024-02-01T00:00"] {
        assert!(parse_date(bad).is_none(), "{bad}");
    }
}

#[test]
fn a_move_names_the_receiving_service_and_its_day_together() {
    let case = |extra: Value| {
        let mut c = json!({
            "unit_id": "unit-a", "main_person_id": "p-a", "phase": "HJELPETILTAK",
            "opened_on": "2025-01-02"
        });
        if let (Some(c), Value::Object(extra)) = (c.as_object_mut(), extra) {
            c.extend(extra);
        }
        c
    };
    let moved = super::payload::case(
        &case(json!({"moved_to": " Bodø kommune ", "moved_on": "2025-03-01"})),
        "$",
    )
    .expect("valid");
    let m = moved.moved.expect("a move");
    assert_eq!(
        (m.to_service.as_str(), m.on.to_string()),
        ("Bodø kommune", "2025-03-01".to_string())
    );
    let refused = [
        (
            json!({"moved_to": "Bodø kommune"}),
            "required",
            "$.moved_on",
        ),
        (json!({"moved_on": "2025-03-01"}), "required", "$.moved_to"),
        (
            json!({"moved_to": " ", "moved_on": "2025-03-01"}),
            "blank",
            "$.moved_to",
        ),
        (
            json!({"moved_to": "Bodø kommune", "moved_on": "2024-12-31"}),
            "date_order",
            "$.moved_on",
        ),
    ];
    for (extra, code, field) in refused {
        let r = super::payload::case(&case(extra.clone()), "$");
        assert_eq!(
            refusal(r),
            (Status::Unprocessable, code, field.to_string()),
            "{extra}"
        );
    }
}
