//! Server-sent events for an open thread: the page's island listens, and each message
//! stored in the thread arrives rendered as the page renders it (escaped, in the
//! reader's language). Each delivery is a read through the thread's policy, marked
//! and audited as a reload would be. A connection lives at most `MAX_CONNECTION`; the
//! browser then connects again with the session it has (so an ended session or lost
//! access stops it), and the event ids tell it where it was.

use crate::form_post::{party, staff};
use crate::ServerState;
use app::api::{ApiError, MessageItem};
use app::features::post::{party_thread, party_thread_len, staff_thread, staff_thread_len};
use app::i18n::locale_from_headers;
use app::ui::pages::message_html;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tower_sessions::Session;

/// The longest one connection is kept open.
const MAX_CONNECTION: Duration = Duration::from_secs(10 * 60);

#[derive(Deserialize)]
pub struct Shown {
    /// How many messages the page shows already.
    #[serde(default)]
    vist: usize,
}

/// How many messages the page has: what it was rendered with, or what the last event
/// it received said (`Last-Event-ID`, sent by the browser when it connects again).
fn shown(q: &Shown, headers: &HeaderMap) -> usize {
    headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .map_or(q.vist, |n| n.max(q.vist))
}

/// Who reads the thread, and how their messages look.
#[derive(Clone)]
enum Reader {
    Party(String),
    Staff(app::access::StaffCtx),
}

struct Live {
    st: ServerState,
    reader: Reader,
    case_id: String,
    thread_id: String,
    locale: app::i18n::Locale,
}

impl Live {
    /// The thread's messages as the reader may see them now (a read, audited); `None`
    /// once they may not.
    async fn read(&self) -> Result<Option<Vec<MessageItem>>, ApiError> {
        let (db, today) = (&self.st.app.db, self.st.app.today());
        Ok(match &self.reader {
            Reader::Party(person_id) => {
                party_thread(db, person_id, &self.case_id, &self.thread_id, today)
                    .await?
                    .map(|t| t.messages)
            }
            Reader::Staff(ctx) => staff_thread(db, ctx, &self.case_id, &self.thread_id, today)
                .await?
                .map(|t| t.messages),
        })
    }

    /// The thread page's path (its files' links hang under it) and the i18n key naming
    /// the other side ("read by ...").
    fn page(&self) -> (String, &'static str) {
        match self.reader {
            Reader::Party(_) => (
                format!("/sak/{}/meldinger/{}", self.case_id, self.thread_id),
                "post-the-service",
            ),
            Reader::Staff(_) => (
                format!("/ansatt/sak/{}/meldinger/{}", self.case_id, self.thread_id),
                "post-the-party",
            ),
        }
    }

    /// Sends the messages after the first `shown`; the number shown then, or `None`
    /// when the page is gone or the reader may no longer see the thread.
    async fn send_new(
        &self,
        out: &mpsc::Sender<Result<Event, Infallible>>,
        shown: usize,
    ) -> Option<usize> {
        let messages = match self.read().await {
            Ok(Some(read)) => read,
            Ok(None) => return None,
            Err(e) => {
                tracing::warn!(error = ?e, "a live thread could not be read");
                return None;
            }
        };
        let total = messages.len();
        let (path, other) = self.page();
        for (n, m) in messages.into_iter().enumerate().skip(shown) {
            let html = message_html(self.locale, m, other, &path);
            let event = Event::default().id((n + 1).to_string()).data(html);
            out.send(Ok(event)).await.ok()?;
        }
        Some(total.max(shown))
    }

    /// Until the page goes, the connection's time is up, or access ends: every notice
    /// for this thread sends what is new.
    async fn run(self, out: mpsc::Sender<Result<Event, Infallible>>, mut shown: usize) {
        let mut notices = self.st.app.live.subscribe();
        let deadline = tokio::time::sleep(MAX_CONNECTION);
        let stopping = self.st.app.live.stopping();
        tokio::pin!(deadline, stopping);
        loop {
            tokio::select! {
                notice = notices.recv() => match notice {
                    Ok(id) if id != self.thread_id => continue,
                    Ok(_) | Err(RecvError::Lagged(_)) => {}
                    Err(RecvError::Closed) => return,
                },
                () = out.closed() => return,
                () = &mut deadline => return,
                () = &mut stopping => return,
            }
            match self.send_new(&out, shown).await {
                Some(n) => shown = n,
                None => return,
            }
        }
    }
}

/// The event stream of `reader`'s open thread, whose page shows what `q` and the
/// headers say and which holds `total` messages now.
fn open(
    st: ServerState,
    reader: Reader,
    (case_id, thread_id): (String, String),
    (q, headers): (&Shown, &HeaderMap),
    total: usize,
) -> Response {
    let live = Live {
        locale: locale_from_headers(headers),
        st,
        reader,
        case_id,
        thread_id,
    };
    stream(live, shown(q, headers), total)
}

fn stream(live: Live, shown: usize, total: usize) -> Response {
    let (out, events) = mpsc::channel(16);
    tokio::spawn(async move {
        // What came between the page's rendering and this connection, first.
        let shown = if total > shown {
            match live.send_new(&out, shown).await {
                Some(n) => n,
                None => return,
            }
        } else {
            shown
        };
        live.run(out, shown).await;
    });
    Sse::new(ReceiverStream::new(events))
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// GET /sak/{case_id}/meldinger/{thread_id}/nye?vist=N: the party's open thread.
pub async fn party_events(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, thread_id)): Path<(String, String)>,
    Query(q): Query<Shown>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let person_id = party(&st, &session).await?;
    let total = party_thread_len(&st.app.db, &person_id, &case_id, &thread_id, st.app.today())
        .await?
        .ok_or(ApiError::NotFound)?;
    let reader = Reader::Party(person_id);
    Ok(open(
        st,
        reader,
        (case_id, thread_id),
        (&q, &headers),
        total,
    ))
}

/// GET /ansatt/sak/{case_id}/meldinger/{thread_id}/nye?vist=N: the same for staff.
pub async fn staff_events(
    State(st): State<ServerState>,
    session: Session,
    Path((case_id, thread_id)): Path<(String, String)>,
    Query(q): Query<Shown>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let ctx = staff(&st, &session).await?;
    let total = staff_thread_len(&st.app.db, &ctx, &case_id, &thread_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let reader = Reader::Staff(ctx);
    Ok(open(
        st,
        reader,
        (case_id, thread_id),
        (&q, &headers),
        total,
    ))
}
