//! The read path against a real database, on every backend: every demo person asks for
//! every case and every document, and no answer may hold a sentinel the demo did not
//! release to that person. The forbidden list comes from the demo's own record, not
//! from the policy under test.

use crate::demo::store::insert_demo;
use crate::demo::{generate, DemoData};
use crate::domain::consent::PartyChoice;
use crate::features::consent::{answer_consent, consent_page, AnswerOutcome};
use crate::features::innsyn::{
    case_innsyn_page, request_case_innsyn, request_innsyn, RequestOutcome,
};
use crate::features::post::{party_send, party_thread, party_threads, PostForm, SendOutcome};
use crate::features::reading::{
    case_overview, document_list, document_pdf, my_cases, read_document, Reader,
};
use crate::i18n::Locale;
use crate::store::testing::TestDb;
use crate::store::Db;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// Everything the read path returns to `person_id`, as one string.
async fn everything_seen_by(db: &Db, data: &DemoData, person_id: &str) -> String {
    let mut seen = String::new();
    let mut push = |v: String| {
        seen.push_str(&v);
        seen.push('\n');
    };
    push(format!(
        "{:?}",
        my_cases(db, person_id, today()).await.expect("my cases")
    ));
    for c in &data.cases {
        push(format!(
            "{:?}",
            case_overview(db, person_id, &c.id, today())
                .await
                .expect("overview")
        ));
        push(format!(
            "{:?}",
            document_list(db, person_id, &c.id, today())
                .await
                .expect("list")
        ));
        push(format!(
            "{:?}",
            case_innsyn_page(db, person_id, &c.id, today())
                .await
                .expect("case innsyn")
        ));
    }
    for c in &data.cases {
        let list = party_threads(db, person_id, &c.id, today())
            .await
            .expect("threads");
        push(format!("{list:?}"));
    }
    for (th, _) in &data.threads {
        for case in &data.cases {
            let page = party_thread(db, person_id, &case.id, &th.id, today())
                .await
                .expect("thread");
            push(format!("{page:?}"));
        }
    }
    for c in &data.consents {
        // Under its own case and under every other: no way around the case's policy.
        for case in &data.cases {
            let page = consent_page(db, Reader::Party(person_id), &case.id, &c.id, today())
                .await
                .expect("consent");
            push(format!("{page:?}"));
        }
    }
    for d in &data.documents {
        let doc = read_document(db, person_id, &d.case_id, &d.id, today(), Locale::Nb)
            .await
            .expect("read");
        push(format!("{doc:?}"));
        let minutes = crate::features::minutes::minutes_comments_page(
            db,
            person_id,
            &d.case_id,
            &d.id,
            today(),
        )
        .await
        .expect("minutes");
        push(format!("{minutes:?}"));
        if let Some((title, pdf)) = document_pdf(db, person_id, &d.case_id, &d.id, today())
            .await
            .expect("pdf")
        {
            push(title);
            push(String::from_utf8_lossy(&pdf).into_owned());
        }
    }
    seen
}

#[tokio::test]
async fn no_person_receives_a_sentinel_not_released_to_them() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let mut checked_with_content = 0;
        for person in &data.persons {
            let seen = everything_seen_by(&t.db, &data, &person.id).await;
            let leaked: Vec<String> = data
                .forbidden_for(&person.id, today())
                .into_iter()
                .filter(|s| seen.contains(s.as_str()))
                .collect();
            assert!(
                leaked.is_empty(),
                "{:?} on {:?} received {leaked:?}",
                person.id,
                t.db.backend
            );
            // National ids of others, and names from cases they are not on.
            let foreign: Vec<String> = data
                .forbidden_pids(&person.id)
                .into_iter()
                .chain(data.forbidden_names(&person.id, today()))
                .filter(|s| seen.contains(s.as_str()))
                .collect();
            assert!(foreign.is_empty(), "{:?} received {foreign:?}", person.id);
            if seen.contains("LEAK-FAMILY-") {
                checked_with_content += 1;
            }
        }
        assert!(
            checked_with_content >= 8,
            "too few persons saw anything: {checked_with_content}"
        );
        t.close().await;
    }
}

#[tokio::test]
async fn a_non_party_child_and_an_unrelated_person_see_nothing() {
    let data = generate(today(), 1);
    let t = TestDb::sqlite().await;
    insert_demo(&t.db, &data).await.expect("seed");
    for pid_owner in data
        .persons
        .iter()
        .filter(|p| p.given_name == "Nora" || p.given_name == "Henrik" || p.given_name == "Yonas")
    {
        let seen = my_cases(&t.db, &pid_owner.id, today())
            .await
            .expect("cases");
        assert!(
            seen.cases.is_empty(),
            "{} must have no visible case",
            pid_owner.given_name
        );
        assert!(
            seen.ended.is_empty(),
            "{} never had access, so nothing ended: {:?}",
            pid_owner.given_name,
            seen.ended
        );
    }
    t.close().await;
}

#[tokio::test]
async fn reads_are_audited_and_the_audit_log_is_append_only() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let mother = data
            .persons
            .iter()
            .find(|p| p.id == "p-a-kari")
            .expect("demo mother");
        let cases = my_cases(&t.db, &mother.id, today())
            .await
            .expect("cases")
            .cases;
        assert!(!cases.is_empty());
        let doc = data
            .documents
            .iter()
            .find(|d| d.case_id == cases[0].id)
            .expect("a document");
        let _ = read_document(
            &t.db,
            &mother.id,
            &doc.case_id,
            &doc.id,
            today(),
            Locale::Nb,
        )
        .await
        .expect("read");
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND action = 'case.list'",
        )
        .bind(&mother.id)
        .fetch_one(&t.db.pool)
        .await
        .expect("count");
        assert!(n >= 1, "listing cases is audited");
        assert!(
            sqlx::query("UPDATE audit_log SET action = 'x'")
                .execute(&t.db.pool)
                .await
                .is_err(),
            "audit rows cannot be changed"
        );
        assert!(
            sqlx::query("DELETE FROM audit_log")
                .execute(&t.db.pool)
                .await
                .is_err(),
            "audit rows cannot be deleted"
        );
        t.close().await;
    }
}

/// The demo's own record decides what each person finds: their cases and listed
/// documents are there, everything else is "not found", also a document asked for
/// under another of their cases (a read that checked the case but not that the
/// document belongs to it would serve it). A refused innsyn request stores nothing.
#[tokio::test]
async fn what_is_not_theirs_is_not_found_and_a_refused_request_stores_nothing() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let events = || async {
            sqlx::query_scalar::<_, i64>(
                "SELECT (SELECT COUNT(*) FROM innsyn_events) + \
                 (SELECT COUNT(*) FROM case_innsyn_events)",
            )
            .fetch_one(&db.pool)
            .await
            .expect("count")
        };
        let stored = events().await;
        let in_force = data.decisions_in_force();
        for person in &data.persons {
            let cases = data.visible_cases(&person.id, today());
            let (listed, pdfs) = data.visible_documents(&person.id, today());
            for c in &data.cases {
                let found = case_overview(db, &person.id, &c.id, today())
                    .await
                    .expect("overview")
                    .is_some();
                assert_eq!(found, cases.contains(&c.id), "{} {}", person.id, c.id);
                let page = case_innsyn_page(db, &person.id, &c.id, today())
                    .await
                    .expect("case innsyn");
                assert_eq!(page.is_some(), found, "case innsyn {} {}", person.id, c.id);
                // The demo's own request comes back to its asker, and to nobody else.
                let asked = data
                    .case_innsyn
                    .iter()
                    .any(|r| r.case_id == c.id && r.person_id == person.id);
                assert_eq!(
                    page.and_then(|p| p.status).is_some(),
                    asked && found,
                    "the request of {} in {}",
                    person.id,
                    c.id
                );
                if !found {
                    let asked = request_case_innsyn(db, &person.id, &c.id, "matrix", today())
                        .await
                        .expect("ask");
                    assert_eq!(asked, RequestOutcome::NotFound, "{} {}", person.id, c.id);
                }
            }
            for d in &data.documents {
                let other = cases.iter().find(|c| **c != d.case_id);
                for case_id in std::iter::once(&d.case_id).chain(other) {
                    let own = *case_id == d.case_id;
                    let read = read_document(db, &person.id, case_id, &d.id, today(), Locale::Nb)
                        .await
                        .expect("read");
                    let what = format!("{} {} under {case_id}", person.id, d.id);
                    assert_eq!(read.is_some(), own && listed.contains(&d.id), "{what}");
                    let pdf = document_pdf(db, &person.id, case_id, &d.id, today())
                        .await
                        .expect("pdf");
                    assert_eq!(pdf.is_some(), own && pdfs.contains(&d.id), "pdf {what}");
                    document_threads_only_where_listed(
                        db,
                        &person.id,
                        case_id,
                        &d.id,
                        own && listed.contains(&d.id),
                    )
                    .await;
                    // Not for one withheld or partly shared with them in its own case
                    // (that request would be right to store); a full share has nothing
                    // to ask for.
                    let fully_shared = in_force.iter().any(|x| {
                        x.document_id == d.id
                            && x.person_id == person.id
                            && x.state == crate::domain::ReleaseState::Shared
                    });
                    if !(own && listed.contains(&d.id)) || fully_shared {
                        let outcome =
                            request_innsyn(db, &person.id, case_id, &d.id, "matrix", today())
                                .await
                                .expect("innsyn");
                        assert_eq!(outcome, RequestOutcome::NotFound, "innsyn {what}");
                    }
                }
            }
        }
        assert_eq!(events().await, stored, "a refused request stored an event");
        let threads: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM threads WHERE kind <> 'POST'")
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert_eq!(threads, 0, "a refused reply or appeal stored a thread");
        consents_are_found_exactly_by_the_parties_asked(db, &data).await;
        threads_are_found_exactly_by_their_party(db, &data).await;
        t.close().await;
    }
}

/// A reply or appeal form exists exactly for a document listed for the person in its own
/// case; elsewhere both are "not found" (the caller counts that nothing was stored).
async fn document_threads_only_where_listed(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    listed: bool,
) {
    use crate::domain::post::ThreadKind;
    use crate::features::post::{document_thread_form, party_send_on_document};
    for kind in [ThreadKind::Svar, ThreadKind::Klage] {
        let what = format!("{kind:?} {person_id} {document_id} under {case_id}");
        let form = document_thread_form(db, person_id, case_id, document_id, kind, today())
            .await
            .expect("form");
        assert_eq!(form.is_some(), listed, "{what}");
        if !listed {
            let post = PostForm::from_pairs(vec![
                (
                    "nokkel".into(),
                    "5a5a5a5a-0000-4000-8000-000000000005".into(),
                ),
                ("emne".into(), "matrix".into()),
                ("tekst".into(), "matrix".into()),
            ]);
            let files = crate::store::files::FileStore::memory();
            let outcome = party_send_on_document(
                db,
                &files,
                person_id,
                case_id,
                document_id,
                kind,
                &post,
                today(),
            )
            .await
            .expect("send");
            assert_eq!(outcome, SendOutcome::NotFound, "{what}");
        }
    }
}

/// "Preview as" through the same read functions: staff of the case's unit previewing
/// each party see nothing forbidden to that party, and exactly what the party finds.
#[tokio::test]
async fn the_staff_preview_shows_each_party_only_what_is_theirs() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        for case in &data.cases {
            let staff = case.caseworker_id.as_deref().expect("caseworker");
            let ctx = crate::store::staff::placed_in(db, staff, &case.unit_id)
                .await
                .expect("load")
                .expect("unit");
            for party in data.parties.iter().filter(|p| p.case_id == case.id) {
                let who = &party.person_id;
                let forbidden = data.forbidden_for(who, today());
                let (listed, _) = data.visible_documents(who, today());
                let mut seen = format!(
                    "{:?}",
                    crate::features::release::preview_case(db, &ctx, &case.id, who, today())
                        .await
                        .expect("preview")
                );
                for d in data.documents.iter().filter(|d| d.case_id == case.id) {
                    let doc = crate::features::release::preview_document(
                        db,
                        &ctx,
                        &case.id,
                        who,
                        &d.id,
                        today(),
                        Locale::Nb,
                    )
                    .await
                    .expect("preview");
                    assert_eq!(doc.is_some(), listed.contains(&d.id), "{who} {}", d.id);
                    seen.push_str(&format!("{doc:?}"));
                }
                let leaked: Vec<&String> = forbidden
                    .iter()
                    .filter(|s| seen.contains(s.as_str()))
                    .collect();
                assert!(
                    leaked.is_empty(),
                    "preview of {who} on {:?}: {leaked:?}",
                    db.backend
                );
                for pid in data.forbidden_pids(who) {
                    assert!(!seen.contains(&pid), "preview of {who} shows {pid}");
                }
            }
        }
        t.close().await;
    }
}

/// Each consent is found by exactly the persons the demo asked it of who are parties
/// today, under its own case only; everyone else's answer, even a withdrawal, is "not
/// found" and stores nothing.
async fn consents_are_found_exactly_by_the_parties_asked(db: &Db, data: &DemoData) {
    let events = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM consent_events")
            .fetch_one(&db.pool)
            .await
            .expect("count")
    };
    let stored = events().await;
    let mut found_any = 0;
    for person in &data.persons {
        for c in &data.consents {
            let asked = data.visible_consents(&person.id, today()).contains(&c.id);
            for case in &data.cases {
                let expected = asked && case.id == c.case_id;
                let page = consent_page(db, Reader::Party(&person.id), &case.id, &c.id, today())
                    .await
                    .expect("consent");
                let what = format!("{} {} under {}", person.id, c.id, case.id);
                assert_eq!(page.is_some(), expected, "{what}");
                found_any += usize::from(expected);
                if !expected {
                    for choice in [PartyChoice::Yes, PartyChoice::No, PartyChoice::Withdraw] {
                        let outcome =
                            answer_consent(db, &person.id, &case.id, &c.id, choice, today())
                                .await
                                .expect("answer");
                        assert_eq!(outcome, AnswerOutcome::NotFound, "{what} {choice:?}");
                    }
                }
            }
        }
    }
    assert!(found_any >= 10, "too few consents found: {found_any}");
    assert_eq!(events().await, stored, "a refused answer stored an event");
}

/// Each thread is found by exactly its party while a party of its case, under its own
/// case only; everyone else's reply to it is "not found" and stores nothing.
async fn threads_are_found_exactly_by_their_party(db: &Db, data: &DemoData) {
    let messages = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM messages")
            .fetch_one(&db.pool)
            .await
            .expect("count")
    };
    let stored = messages().await;
    let mut found_any = 0;
    for person in &data.persons {
        let theirs = data.visible_threads(&person.id, today());
        for (th, _) in &data.threads {
            for case in &data.cases {
                let expected = theirs.contains(&th.id) && case.id == th.case_id;
                let page = party_thread(db, &person.id, &case.id, &th.id, today())
                    .await
                    .expect("thread");
                let what = format!("{} {} under {}", person.id, th.id, case.id);
                assert_eq!(page.is_some(), expected, "{what}");
                found_any += usize::from(expected);
                if !expected {
                    let reply = PostForm::from_pairs(vec![
                        (
                            "nokkel".into(),
                            "5a5a5a5a-0000-4000-8000-000000000001".into(),
                        ),
                        ("tekst".into(), "matrix".into()),
                    ]);
                    let outcome = party_send(
                        db,
                        &crate::store::files::FileStore::memory(),
                        &person.id,
                        &case.id,
                        Some(&th.id),
                        &reply,
                        today(),
                    )
                    .await
                    .expect("send");
                    assert_eq!(outcome, SendOutcome::NotFound, "{what}");
                }
            }
        }
    }
    assert!(found_any >= 3, "too few threads found: {found_any}");
    // A file downloads exactly where its thread opens, with the bytes the demo sent.
    let files = crate::store::files::FileStore::memory();
    crate::demo::store::write_demo_files(&files, data)
        .await
        .expect("files");
    let mut downloaded = 0;
    for person in &data.persons {
        let theirs = data.visible_threads(&person.id, today());
        for (a, bytes) in &data.attachments {
            let th = data.thread_of(a).expect("the attachment's thread");
            for case in &data.cases {
                let expected = theirs.contains(&th.id) && case.id == th.case_id;
                let got = crate::features::post::party_attachment(
                    db,
                    &files,
                    &person.id,
                    &case.id,
                    &th.id,
                    &a.id,
                    today(),
                )
                .await
                .expect("download");
                let what = format!("{} {} under {}", person.id, a.id, case.id);
                assert_eq!(got.is_some(), expected, "{what}");
                if let Some((_, got)) = got {
                    assert_eq!(&got[..], &bytes[..], "{what}");
                    downloaded += 1;
                }
            }
        }
    }
    assert!(downloaded >= 1, "no demo attachment downloaded");
    assert_eq!(messages().await, stored, "a refused reply stored a message");
}

/// Minutes for comment: the page exists exactly for minutes a person can read (shared
/// with them in full or in part, asked for under its own case), and holds their own
/// requests alone; anywhere else a request is "not found" and stores nothing.
#[tokio::test]
async fn minutes_for_comment_exist_where_readable_and_hold_only_ones_own_requests() {
    use crate::features::minutes::{
        minutes_comments_page, send_minutes_comment, CommentForm, FormOutcome,
    };
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let count = || async {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM minutes_comments")
                .fetch_one(&db.pool)
                .await
                .expect("count")
        };
        let stored = count().await;
        assert!(stored >= 2, "the demo has requests");
        let mut pages_with_requests = 0;
        for person in &data.persons {
            let cases = data.visible_cases(&person.id, today());
            let readable_minutes = data.readable_minutes(&person.id, today());
            for d in &data.documents {
                let readable = readable_minutes.contains(&d.id);
                let other = cases.iter().find(|c| **c != d.case_id);
                for case_id in std::iter::once(&d.case_id).chain(other) {
                    let own = *case_id == d.case_id;
                    let what = format!("{} {} under {case_id}", person.id, d.id);
                    let page = minutes_comments_page(db, &person.id, case_id, &d.id, today())
                        .await
                        .expect("page");
                    assert_eq!(page.is_some(), own && readable, "{what}");
                    match page {
                        Some(p) => {
                            let expected: Vec<&str> = data
                                .minutes_comments
                                .iter()
                                .filter(|c| c.document_id == d.id && c.person_id == person.id)
                                .map(|c| c.id.as_str())
                                .collect();
                            let got: Vec<&str> = p.comments.iter().map(|c| c.id.as_str()).collect();
                            assert_eq!(got, expected, "{what}");
                            if !got.is_empty() {
                                pages_with_requests += 1;
                            }
                        }
                        None => {
                            let token = uuid::Uuid::new_v4().to_string();
                            let form = CommentForm {
                                token: &token,
                                part: "1",
                                text: "matrix",
                            };
                            let sent = send_minutes_comment(
                                db,
                                &person.id,
                                case_id,
                                &d.id,
                                &form,
                                today(),
                            )
                            .await
                            .expect("send");
                            assert_eq!(sent, FormOutcome::NotFound, "{what}");
                        }
                    }
                }
            }
        }
        assert!(pages_with_requests >= 1);
        assert_eq!(count().await, stored, "nothing stored where not found");
        t.close().await;
    }
}
