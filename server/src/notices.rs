//! The notices' channels and worker (issue 16): e-mail over SMTP with lettre, SMS to
//! a development sink (a file of JSON lines) until a gateway is configured, and the
//! task that runs the worker's pass (`app::features::notices::run_once`) every few
//! seconds. Several instances may run it at once: claims never overlap.

use crate::config::Config;
use app::domain::notice::Channel;
use app::features::notices::{run_once, write_due_deadlines, Deliver, Outgoing, WorkerSettings};
use app::store::Db;
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::io::Write;
use std::time::Duration;

/// What this deployment sends notices with.
pub struct Channels {
    smtp: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    /// The domain of the Message-IDs (the portal's host).
    id_domain: String,
    sms_sink: Option<std::path::PathBuf>,
}

impl Channels {
    pub fn from_config(config: &Config) -> anyhow::Result<Channels> {
        Channels::new(
            config.smtp_url.as_deref(),
            &config.notice_from,
            config.sms_sink_file.as_deref(),
        )
    }

    /// E-mail through the SMTP server at `smtp_url` from `from`; SMS to the development
    /// sink file `sms_sink`.
    pub fn new(
        smtp_url: Option<&str>,
        from: &str,
        sms_sink: Option<&str>,
    ) -> anyhow::Result<Channels> {
        let smtp = match smtp_url {
            Some(url) => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow::anyhow!("SMTP_URL is not a usable SMTP URL: {e}"))?
                    .timeout(Some(Duration::from_secs(30)))
                    .build(),
            ),
            None => None,
        };
        let from: Mailbox = from
            .parse()
            .map_err(|e| anyhow::anyhow!("NOTICE_FROM is not an e-mail address: {e}"))?;
        let id_domain = from.email.domain().to_string();
        Ok(Channels {
            smtp,
            from,
            id_domain,
            sms_sink: sms_sink.map(Into::into),
        })
    }

    async fn email(&self, out: &Outgoing) -> Result<String, String> {
        let Some(smtp) = &self.smtp else {
            return Err("no SMTP server configured".into());
        };
        let to: Mailbox = out
            .to
            .parse()
            .map_err(|_| "not an e-mail address".to_string())?;
        // The same Message-ID on every attempt: a notice sent again after a crash
        // between the send and its record is recognisably the same message.
        let message_id = format!("<{}@{}>", out.notice_id, self.id_domain);
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&out.subject)
            .message_id(Some(message_id.clone()))
            .header(ContentType::TEXT_PLAIN)
            .body(out.body.clone())
            .map_err(|e| format!("could not build the message: {e}"))?;
        let response = smtp.send(message).await.map_err(|e| format!("SMTP: {e}"))?;
        let said: Vec<&str> = response.message().collect();
        Ok(if said.is_empty() {
            message_id
        } else {
            format!("{message_id} {}", said.join(" "))
        })
    }

    /// The development sink: each SMS as a JSON line, as a gateway would get it.
    fn sms(&self, out: &Outgoing) -> Result<String, String> {
        let Some(path) = &self.sms_sink else {
            return Err("no SMS gateway configured".into());
        };
        let line = serde_json::json!({ "id": out.notice_id, "to": out.to, "text": out.body });
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| format!("SMS sink: {e}"))?;
        writeln!(file, "{line}").map_err(|e| format!("SMS sink: {e}"))?;
        Ok(format!("sink:{}", out.notice_id))
    }
}

impl Deliver for Channels {
    async fn deliver(&self, out: &Outgoing) -> Result<String, String> {
        match out.channel {
            Channel::Email => self.email(out).await,
            Channel::Sms => self.sms(out),
        }
    }

    fn offers(&self, channel: Channel) -> bool {
        match channel {
            Channel::Email => self.smtp.is_some(),
            Channel::Sms => self.sms_sink.is_some(),
        }
    }
}

/// Runs the worker's pass every `NOTICE_POLL_MS` until the process ends. Without any
/// channel configured, notices stay in the outbox (said once at start).
pub fn spawn_worker(db: Db, config: &Config) -> anyhow::Result<()> {
    let channels = Channels::from_config(config)?;
    if !channels.offers(Channel::Email) && !channels.offers(Channel::Sms) {
        tracing::warn!("neither SMTP_URL nor SMS_SINK_FILE is set: notices wait in the outbox");
    }
    let settings = WorkerSettings {
        batch_secs: config.notice_batch_seconds,
        ..WorkerSettings::default()
    };
    let every = Duration::from_millis(config.notice_poll_ms);
    spawn_deadline_scan(db.clone());
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match run_once(&db, &channels, settings, app::store::now_unix()).await {
                Ok(pass) if pass.sent + pass.failed + pass.dead + pass.escalated > 0 => {
                    tracing::info!(
                        sent = pass.sent,
                        failed = pass.failed,
                        dead = pass.dead,
                        escalated = pass.escalated,
                        "notices"
                    );
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "the notice worker could not reach the database")
                }
            }
        }
    });
    Ok(())
}

/// How often the parties' deadlines are looked through: the rule is by the day, and
/// each look asks the policy for every party of every case with a deadline near.
const DEADLINE_SCAN: Duration = Duration::from_secs(600);

/// Tells parties of their deadlines within three days, at start and every ten minutes.
fn spawn_deadline_scan(db: Db) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(DEADLINE_SCAN);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let today = app::domain::clock::today();
            match write_due_deadlines(&db, today, app::store::now_unix()).await {
                Ok(0) => {}
                Ok(told) => tracing::info!(told, "deadline notices"),
                Err(e) => {
                    tracing::warn!(error = %e, "the deadline scan could not reach the database")
                }
            }
        }
    });
}

#[cfg(test)]
#[path = "notices_smtp_tests.rs"]
mod smtp_tests;
