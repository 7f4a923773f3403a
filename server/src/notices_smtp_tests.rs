//! The notices' real sending path against a real SMTP server that keeps what it gets
//! (maildev, started by `.ci/test`: `TEST_SMTP_URL`, its REST API at `TEST_MAILDEV_URL`),
//! with the worker's clock in the test's hands: two events become one mail, a week on
//! comes one reminder, news read before sending sends nothing, and a send whose record
//! was lost (a crash between the two) goes again under the same Message-ID.

use super::Channels;
use app::domain::notice::{Channel, NoticeKind, BATCH_SECS, LEASE_SECS};
use app::features::notices::{run_once, Deliver, Outgoing, WorkerSettings};
use app::i18n::Locale;
use app::store::notices::{self as outbox, Event, To};
use app::store::{now_unix, Db};

const LUCAS: &str = "p-d-lucas";
const CASE: &str = "case-d";

struct Maildev {
    smtp: String,
    api: String,
}

/// maildev's addresses, or `None` outside CI when it is not running (CI must have it).
fn maildev() -> Option<Maildev> {
    match (
        std::env::var("TEST_SMTP_URL"),
        std::env::var("TEST_MAILDEV_URL"),
    ) {
        (Ok(smtp), Ok(api)) => Some(Maildev { smtp, api }),
        _ if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI runs the SMTP tests: TEST_SMTP_URL and TEST_MAILDEV_URL must be set")
        }
        _ => {
            eprintln!(
                "TEST_SMTP_URL is not set: the SMTP tests are skipped (bash .ci/test sets it)"
            );
            None
        }
    }
}

/// (subject, Message-ID) of every mail maildev holds for `address`, oldest first.
async fn mails_to(api: &str, address: &str) -> Vec<(String, String)> {
    let all: Vec<serde_json::Value> = reqwest::get(format!("{api}/email"))
        .await
        .expect("maildev answers")
        .json()
        .await
        .expect("maildev's list");
    all.iter()
        .filter(|m| {
            m["to"]
                .as_array()
                .is_some_and(|to| to.iter().any(|t| t["address"] == address))
        })
        .map(|m| {
            let id = m["messageId"].as_str().unwrap_or_default();
            (
                m["subject"].as_str().unwrap_or_default().to_string(),
                id.trim_matches(['<', '>']).to_string(),
            )
        })
        .collect()
}

/// A name no other test run uses.
fn unique() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}-{nanos}", std::process::id())
}

/// A demo database where Lucas has an address no other test uses.
async fn demo_with_lucas_at() -> (Db, String, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("minsak_smtp_{}", unique()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let db = Db::connect(&format!("sqlite://{}/t.db", dir.display()))
        .await
        .expect("database");
    let data = app::demo::generate(app::domain::clock::today(), 1);
    app::demo::store::insert_demo(&db, &data)
        .await
        .expect("demo");
    let address = format!("lucas-{}@example.org", unique());
    sqlx::query("UPDATE persons SET email = $1 WHERE id = $2")
        .bind(&address)
        .bind(LUCAS)
        .execute(&db.pool)
        .await
        .expect("address");
    (db, address, dir)
}

async fn tell_lucas(db: &Db, kind: NoticeKind, about: &str, at: i64) {
    let mut tx = db.begin_write().await.expect("tx");
    let event = Event {
        to: To::Person(LUCAS),
        kind,
        about,
        case_id: CASE,
        at,
    };
    assert!(outbox::enqueue(&mut tx, event).await.expect("enqueue"));
    tx.commit().await.expect("commit");
}

fn settings() -> WorkerSettings {
    WorkerSettings {
        escalate: false,
        ..WorkerSettings::default()
    }
}

/// maildev, a demo database where Lucas has his own address, channels sending to
/// maildev, and a first event for Lucas at the returned time.
struct Setup {
    maildev: Maildev,
    db: Db,
    address: String,
    dir: std::path::PathBuf,
    channels: Channels,
    now: i64,
}

async fn setup() -> Option<Setup> {
    let maildev = maildev()?;
    let (db, address, dir) = demo_with_lucas_at().await;
    let channels = Channels::new(Some(&maildev.smtp), "Min sak <varsel@minsak.example>", None)
        .expect("channels");
    let now = now_unix();
    tell_lucas(&db, NoticeKind::Message, "thread-1", now).await;
    Some(Setup {
        maildev,
        db,
        address,
        dir,
        channels,
        now,
    })
}

impl Setup {
    async fn close(self) {
        self.db.pool.close().await;
        let _ = std::fs::remove_dir_all(self.dir);
    }
}

fn words(key: &str) -> String {
    app::i18n::translate(Locale::Nb, key)
}

#[tokio::test]
async fn events_are_batched_reminded_once_and_read_news_is_not_sent_over_real_smtp() {
    let Some(setup) = setup().await else { return };
    let (db, channels, now) = (&setup.db, &setup.channels, setup.now);
    let (maildev, address) = (&setup.maildev, &setup.address);
    tell_lucas(db, NoticeKind::Consent, "consent-1", now + 60).await;
    let pass = run_once(db, channels, settings(), now + BATCH_SECS + 1)
        .await
        .expect("run");
    assert_eq!(pass.sent, 1, "{pass:?}");
    let mails = mails_to(&maildev.api, address).await;
    assert_eq!(
        mails.len(),
        1,
        "two events within the hour, one mail: {mails:?}"
    );
    assert_eq!(mails[0].0, words("notice-subject"));
    assert!(mails[0].1.ends_with("@minsak.example"), "{mails:?}");
    // A week later, still unread: one reminder, and no second one.
    let week = app::domain::notice::reminder_due(0);
    let sent_at = now + BATCH_SECS + 1;
    run_once(db, channels, settings(), sent_at + week)
        .await
        .expect("run");
    run_once(db, channels, settings(), sent_at + 2 * week)
        .await
        .expect("run");
    let mails = mails_to(&maildev.api, address).await;
    assert_eq!(mails.len(), 2, "{mails:?}");
    assert_eq!(mails[1].0, words("notice-reminder-subject"));
    // News he has read before it went out: nothing is sent.
    let at = now_unix() - 10;
    tell_lucas(db, NoticeKind::Document, "case-d-d01", at).await;
    app::features::reading::read_document(
        db,
        LUCAS,
        CASE,
        "case-d-d01",
        app::domain::clock::today(),
        Locale::Nb,
    )
    .await
    .expect("read")
    .expect("shared with him");
    let pass = run_once(db, channels, settings(), at + BATCH_SECS + 1)
        .await
        .expect("run");
    assert_eq!((pass.sent, pass.cancelled), (0, 1), "{pass:?}");
    assert_eq!(mails_to(&maildev.api, address).await.len(), 2);
    setup.close().await;
}

#[tokio::test]
async fn a_send_whose_record_was_lost_goes_again_under_the_same_message_id() {
    let Some(setup) = setup().await else { return };
    let (db, channels, now) = (&setup.db, &setup.channels, setup.now);
    let (maildev, address) = (&setup.maildev, &setup.address);
    // A worker claims it and sends it, and the process dies before recording the send.
    let due = now + BATCH_SECS + 1;
    let claimed = outbox::claim(db, due, BATCH_SECS, 10).await.expect("claim");
    assert_eq!(claimed.len(), 1);
    let (subject, body) = app::features::notices::compose(
        Locale::Nb,
        Channel::Email,
        app::features::notices::Wording::Notice,
    );
    let out = Outgoing {
        notice_id: claimed[0].id.clone(),
        channel: Channel::Email,
        to: address.to_string(),
        subject,
        body,
    };
    channels.deliver(&out).await.expect("sent");
    // Within the lease nobody takes it up; after it, the next worker sends it again.
    let pass = run_once(db, channels, settings(), due + LEASE_SECS - 1)
        .await
        .expect("run");
    assert_eq!(pass.sent, 0, "{pass:?}");
    let pass = run_once(db, channels, settings(), due + LEASE_SECS + 1)
        .await
        .expect("run");
    assert_eq!(pass.sent, 1, "{pass:?}");
    let mails = mails_to(&maildev.api, address).await;
    assert_eq!(mails.len(), 2, "{mails:?}");
    assert_eq!(
        mails[0].1, mails[1].1,
        "the same Message-ID: a recognisable duplicate"
    );
    assert_eq!(mails[0].1, format!("{}@minsak.example", claimed[0].id));
    setup.close().await;
}
