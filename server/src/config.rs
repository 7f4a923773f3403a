//! Configuration, read once from the environment with defaults that run the demo.

use std::fmt;

#[derive(Clone)]
pub struct Config {
    pub listen: String,
    /// Where browsers reach the portal; redirect URIs are built from it.
    pub public_url: String,
    pub database_url: String,
    /// PostgreSQL: a role that owns the schema and runs the migrations, so the runtime
    /// role of `database_url` can be kept to INSERT and SELECT on the audit log.
    pub migration_database_url: Option<String>,
    /// The seed of the key that signs the audit log's checkpoints (made when missing).
    pub audit_key_file: String,
    /// Where attachments' bytes are kept: a folder, `file://…`, or `s3://bucket/prefix`.
    pub file_store_url: String,
    /// The citizen provider (ID-porten).
    pub oidc_issuer: String,
    /// The staff provider (defaults to `oidc_issuer`): Entra ID, a municipal IdP, ….
    pub employee_issuer: String,
    pub citizen_client_id: String,
    pub citizen_client_secret: String,
    pub employee_client_id: String,
    pub employee_client_secret: String,
    /// Lowest accepted `acr` for citizens (ID-porten levels).
    pub min_acr: String,
    /// What `acr` an employee login must have (its own provider's values, or none).
    pub employee_min_acr: crate::oidc::AcrRequirement,
    pub session_idle_minutes: i64,
    pub session_absolute_minutes: i64,
    pub site_root: String,
    pub site_pkg_dir: String,
    pub output_name: String,
    pub test_persons_file: String,
    /// Who issues the import API's access tokens (defaults to `oidc_issuer`).
    pub import_issuer: String,
    /// The `aud` an import access token must carry.
    pub import_audience: String,
    /// Import client id → the one service whose data it may write.
    pub import_clients: Vec<(String, String)>,
    /// Largest accepted imported PDF, in bytes (decoded).
    pub import_max_pdf_bytes: usize,
    /// Notices by e-mail: `smtp://host:port` (plain, as maildev in development),
    /// `smtp://host?tls=required` (STARTTLS) or `smtps://user:pass@host` (TLS). Unset:
    /// notices wait in the outbox until it is set.
    pub smtp_url: Option<String>,
    /// The notices' sender.
    pub notice_from: String,
    /// Events for one person within this many seconds become one notice.
    pub notice_batch_seconds: i64,
    /// How often the notice worker looks for due notices, in milliseconds.
    pub notice_poll_ms: u64,
    /// Development: SMS notices are written to this file (JSON lines) instead of sent.
    pub sms_sink_file: Option<String>,
}

/// One variable: its value, or `default` when unset or blank.
fn var(get: &dyn Fn(&str) -> Option<String>, name: &str, default: &str) -> String {
    get(name)
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}

fn positive(
    get: &dyn Fn(&str) -> Option<String>,
    name: &str,
    default: i64,
    unit: &str,
) -> anyhow::Result<i64> {
    let raw = var(get, name, &default.to_string());
    match raw.parse::<i64>() {
        Ok(v) if v > 0 => Ok(v),
        _ => anyhow::bail!("{name} must be a positive number of {unit}, got {raw:?}"),
    }
}

/// The notices' default sender: a no-reply address at the portal's host (`localhost`
/// is not a domain mail servers accept, so the demo uses `example.org`).
fn default_sender(host: &str) -> String {
    let domain = if host.contains('.') {
        host
    } else {
        "example.org"
    };
    format!("Min sak <ikke-svar@{domain}>")
}

fn minutes(get: &dyn Fn(&str) -> Option<String>, name: &str, default: i64) -> anyhow::Result<i64> {
    positive(get, name, default, "minutes")
}

/// The development secrets: published in this repository and in the dev provider, so
/// anyone could use them against a deployment that kept them.
const DEV_CITIZEN_SECRET: &str = "dev-citizen-secret";
const DEV_EMPLOYEE_SECRET: &str = "dev-employee-secret";

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        Self::from_vars(&|name| std::env::var(name).ok())
    }

    /// The configuration from variables looked up with `get` (the environment, or a
    /// test's table).
    pub fn from_vars(get: &dyn Fn(&str) -> Option<String>) -> anyhow::Result<Config> {
        let var = |name: &str, default: &str| var(get, name, default);
        let site_root = var("LEPTOS_SITE_ROOT", "target/site");
        // The build script writes the content-hashed package directory here, so the
        // browser may cache /pkg files forever.
        let built_pkg_dir = std::fs::read_to_string(format!("{site_root}/pkg-dir.txt"))
            .map(|s| s.trim().to_string())
            .unwrap_or_else(|_| "pkg".to_string());
        let min_acr = var("OIDC_MIN_ACR", "idporten-loa-high");
        if crate::oidc::acr_level(&min_acr).is_none() {
            anyhow::bail!("OIDC_MIN_ACR must be idporten-loa-substantial or idporten-loa-high");
        }
        // Staff keep ID-porten's high level unless their provider's own value (or
        // `none`, its own policy) is configured.
        let employee_min_acr =
            crate::oidc::AcrRequirement::parse(&var("OIDC_EMPLOYEE_MIN_ACR", "idporten-loa-high"));
        let public_url = var("MINSAK_PUBLIC_URL", "http://localhost:3000")
            .trim_end_matches('/')
            .to_string();
        let oidc_issuer = var("OIDC_ISSUER", "http://localhost:9090");
        let import_max_pdf_bytes = match var("IMPORT_MAX_PDF_BYTES", "10485760").parse::<usize>() {
            Ok(v) if v > 0 => v,
            _ => anyhow::bail!("IMPORT_MAX_PDF_BYTES must be a positive number of bytes"),
        };
        let import_clients_set = get("IMPORT_CLIENTS").is_some_and(|v| !v.trim().is_empty());
        let public_url_host = url::Url::parse(&public_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "localhost".to_string());
        let config = Config {
            import_issuer: var("IMPORT_ISSUER", &oidc_issuer),
            import_audience: var("IMPORT_AUDIENCE", &format!("{public_url}/api/import")),
            import_clients: parse_import_clients(&var("IMPORT_CLIENTS", DEFAULT_IMPORT_CLIENTS))?,
            import_max_pdf_bytes,
            listen: var("MINSAK_LISTEN", "127.0.0.1:3000"),
            public_url,
            database_url: var("DATABASE_URL", "sqlite://data/minsak.db"),
            migration_database_url: get("MIGRATION_DATABASE_URL").filter(|v| !v.trim().is_empty()),
            audit_key_file: var("AUDIT_KEY_FILE", "data/audit-signing.key"),
            file_store_url: var("FILE_STORE_URL", "data/files"),
            employee_issuer: var("OIDC_EMPLOYEE_ISSUER", &oidc_issuer),
            oidc_issuer,
            citizen_client_id: var("OIDC_CITIZEN_CLIENT_ID", "citizen"),
            citizen_client_secret: var("OIDC_CITIZEN_CLIENT_SECRET", DEV_CITIZEN_SECRET),
            employee_client_id: var("OIDC_EMPLOYEE_CLIENT_ID", "employee"),
            employee_client_secret: var("OIDC_EMPLOYEE_CLIENT_SECRET", DEV_EMPLOYEE_SECRET),
            min_acr,
            employee_min_acr,
            session_idle_minutes: minutes(get, "SESSION_IDLE_MINUTES", 30)?,
            session_absolute_minutes: minutes(get, "SESSION_ABSOLUTE_MINUTES", 120)?,
            site_pkg_dir: var("LEPTOS_SITE_PKG_DIR", &built_pkg_dir),
            site_root,
            output_name: var("LEPTOS_OUTPUT_NAME", "minsak"),
            test_persons_file: var("TEST_PERSONS_FILE", "data/testpersons.json"),
            smtp_url: get("SMTP_URL").filter(|v| !v.trim().is_empty()),
            notice_from: var("NOTICE_FROM", &default_sender(&public_url_host)),
            notice_batch_seconds: positive(get, "NOTICE_BATCH_SECONDS", 3600, "seconds")?,
            notice_poll_ms: positive(get, "NOTICE_POLL_MS", 5000, "milliseconds")?.unsigned_abs(),
            sms_sink_file: get("SMS_SINK_FILE").filter(|v| !v.trim().is_empty()),
        };
        config.refuse_development_defaults(import_clients_set)?;
        Ok(config)
    }

    /// On https (a real deployment) the development secrets and the demo's import
    /// client are refused: they are public, and a portal using them would let anyone
    /// who read this repository log in as the portal or write as a municipality.
    fn refuse_development_defaults(&self, import_clients_set: bool) -> anyhow::Result<()> {
        if !self.secure_cookies() {
            return Ok(());
        }
        let mut defaults = Vec::new();
        if self.citizen_client_secret == DEV_CITIZEN_SECRET {
            defaults.push("OIDC_CITIZEN_CLIENT_SECRET");
        }
        if self.employee_client_secret == DEV_EMPLOYEE_SECRET {
            defaults.push("OIDC_EMPLOYEE_CLIENT_SECRET");
        }
        if !import_clients_set {
            defaults.push("IMPORT_CLIENTS");
        }
        if !defaults.is_empty() {
            anyhow::bail!(
                "MINSAK_PUBLIC_URL is https, but {} still use the development default; \
                 set them to this deployment's own values",
                defaults.join(", ")
            );
        }
        Ok(())
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Secrets never reach logs.
impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("public_url", &self.public_url)
            .field("database", &redact_url(&self.database_url))
            .field(
                "migration_database",
                &self.migration_database_url.as_deref().map(redact_url),
            )
            .field("audit_key_file", &self.audit_key_file)
            .field("oidc_issuer", &self.oidc_issuer)
            .field("employee_issuer", &self.employee_issuer)
            .field("citizen_client_id", &self.citizen_client_id)
            .field("employee_client_id", &self.employee_client_id)
            .field("min_acr", &self.min_acr)
            .field("employee_min_acr", &self.employee_min_acr)
            .field("session_idle_minutes", &self.session_idle_minutes)
            .field("session_absolute_minutes", &self.session_absolute_minutes)
            .field("site_root", &self.site_root)
            .field("site_pkg_dir", &self.site_pkg_dir)
            .field("import_issuer", &self.import_issuer)
            .field("import_audience", &self.import_audience)
            .field("import_clients", &self.import_clients)
            .field("import_max_pdf_bytes", &self.import_max_pdf_bytes)
            .field("smtp", &self.smtp_url.as_deref().map(redact_url))
            .field("notice_from", &self.notice_from)
            .field("notice_batch_seconds", &self.notice_batch_seconds)
            .field("sms_sink_file", &self.sms_sink_file)
            .finish_non_exhaustive()
    }
}

/// The demo's import client writes for the demo's Trondheim service.
const DEFAULT_IMPORT_CLIENTS: &str = "fagsystem=svc-trondheim";

/// `IMPORT_CLIENTS`: comma-separated `client_id=service_id` pairs. Each client writes
/// for exactly one service, so a leaked token of one municipality cannot touch another's.
fn parse_import_clients(raw: &str) -> anyhow::Result<Vec<(String, String)>> {
    raw.split(',')
        .map(str::trim)
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((client, service)) if !client.trim().is_empty() && !service.trim().is_empty() => {
                Ok((client.trim().to_string(), service.trim().to_string()))
            }
            _ => anyhow::bail!("IMPORT_CLIENTS must be client_id=service_id pairs, got {pair:?}"),
        })
        .collect()
}

/// Drops a password from a database URL before it is logged.
fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_import_clients, redact_url, Config};
    use crate::oidc::AcrRequirement;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> anyhow::Result<Config> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_vars(&|name| vars.get(name).cloned())
    }

    const PRODUCTION: &[(&str, &str)] = &[
        ("MINSAK_PUBLIC_URL", "https://minsak.kommune.no"),
        ("OIDC_CITIZEN_CLIENT_SECRET", "s3cret-c"),
        ("OIDC_EMPLOYEE_CLIENT_SECRET", "s3cret-e"),
        ("IMPORT_CLIENTS", "fagsystem=svc-trondheim"),
    ];

    fn production_without(name: &str) -> Vec<(&'static str, &'static str)> {
        PRODUCTION
            .iter()
            .copied()
            .filter(|(k, _)| *k != name)
            .collect()
    }

    #[test]
    fn the_demo_runs_on_http_with_every_default() {
        let c = config(&[]).expect("defaults");
        assert_eq!(c.citizen_client_secret, "dev-citizen-secret");
        assert_eq!(
            c.import_clients,
            vec![("fagsystem".into(), "svc-trondheim".into())]
        );
    }

    #[test]
    fn https_with_a_development_default_does_not_start() {
        assert!(config(PRODUCTION).is_ok(), "every default replaced");
        for name in [
            "OIDC_CITIZEN_CLIENT_SECRET",
            "OIDC_EMPLOYEE_CLIENT_SECRET",
            "IMPORT_CLIENTS",
        ] {
            let err = config(&production_without(name))
                .expect_err(name)
                .to_string();
            assert!(err.contains(name), "the error names {name}: {err}");
            assert!(err.contains("MINSAK_PUBLIC_URL"), "{err}");
        }
        // Set, but to the published value, is no better than unset.
        let mut vars = production_without("OIDC_EMPLOYEE_CLIENT_SECRET");
        vars.push(("OIDC_EMPLOYEE_CLIENT_SECRET", "dev-employee-secret"));
        let err = config(&vars).expect_err("published secret").to_string();
        assert!(err.contains("OIDC_EMPLOYEE_CLIENT_SECRET"), "{err}");
        assert!(!err.contains("s3cret"), "no secret in the message: {err}");
    }

    #[test]
    fn the_employee_provider_has_its_own_issuer_and_acr() {
        let c = config(&[("OIDC_ISSUER", "https://idporten.no")]).expect("defaults");
        assert_eq!(
            c.employee_issuer, "https://idporten.no",
            "defaults to OIDC_ISSUER"
        );
        assert_eq!(
            c.employee_min_acr,
            AcrRequirement::AtLeast("idporten-loa-high".into()),
            "today's rule unless configured"
        );
        let c = config(&[
            ("OIDC_ISSUER", "https://idporten.no"),
            (
                "OIDC_EMPLOYEE_ISSUER",
                "https://login.microsoftonline.com/t/v2.0",
            ),
            ("OIDC_EMPLOYEE_MIN_ACR", "none"),
        ])
        .expect("entra");
        assert_eq!(c.oidc_issuer, "https://idporten.no");
        assert_eq!(
            c.employee_issuer,
            "https://login.microsoftonline.com/t/v2.0"
        );
        assert_eq!(c.employee_min_acr, AcrRequirement::None);
        // The citizens' level stays an ID-porten one.
        assert!(config(&[("OIDC_MIN_ACR", "none")]).is_err());
    }

    #[test]
    fn import_clients_are_pairs() {
        assert_eq!(
            parse_import_clients(" a=svc-1, b=svc-2 ,").expect("valid"),
            vec![("a".into(), "svc-1".into()), ("b".into(), "svc-2".into())]
        );
        assert!(parse_import_clients("a").is_err());
        assert!(parse_import_clients("=svc").is_err());
    }

    #[test]
    fn database_password_is_redacted() {
        let r = redact_url("postgres://u:secret@h/db");
        assert!(!r.contains("secret"));
        assert!(r.contains("***"));
    }
}
