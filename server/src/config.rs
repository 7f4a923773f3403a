//! Configuration, read once from the environment with defaults that run the demo.

use std::fmt;

#[derive(Clone)]
pub struct Config {
    pub listen: String,
    /// Where browsers reach the portal; redirect URIs are built from it.
    pub public_url: String,
    pub database_url: String,
    pub oidc_issuer: String,
    pub citizen_client_id: String,
    pub citizen_client_secret: String,
    pub employee_client_id: String,
    pub employee_client_secret: String,
    /// Lowest accepted `acr` for citizens (ID-porten levels).
    pub min_acr: String,
    /// Lowest accepted `acr` for employees.
    pub employee_min_acr: String,
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
}

fn var(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}

fn minutes(name: &str, default: i64) -> anyhow::Result<i64> {
    let raw = var(name, &default.to_string());
    match raw.parse::<i64>() {
        Ok(v) if v > 0 => Ok(v),
        _ => anyhow::bail!("{name} must be a positive number of minutes, got {raw:?}"),
    }
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let site_root = var("LEPTOS_SITE_ROOT", "target/site");
        // The build script writes the content-hashed package directory here, so the
        // browser may cache /pkg files forever.
        let built_pkg_dir = std::fs::read_to_string(format!("{site_root}/pkg-dir.txt"))
            .map(|s| s.trim().to_string())
            .unwrap_or_else(|_| "pkg".to_string());
        let min_acr = var("OIDC_MIN_ACR", "idporten-loa-high");
        let employee_min_acr = var("OIDC_EMPLOYEE_MIN_ACR", "idporten-loa-high");
        for (name, value) in [
            ("OIDC_MIN_ACR", &min_acr),
            ("OIDC_EMPLOYEE_MIN_ACR", &employee_min_acr),
        ] {
            if crate::oidc::acr_level(value).is_none() {
                anyhow::bail!("{name} must be idporten-loa-substantial or idporten-loa-high");
            }
        }
        let public_url = var("MINSAK_PUBLIC_URL", "http://localhost:3000")
            .trim_end_matches('/')
            .to_string();
        let oidc_issuer = var("OIDC_ISSUER", "http://localhost:9090");
        let import_max_pdf_bytes = match var("IMPORT_MAX_PDF_BYTES", "10485760").parse::<usize>() {
            Ok(v) if v > 0 => v,
            _ => anyhow::bail!("IMPORT_MAX_PDF_BYTES must be a positive number of bytes"),
        };
        Ok(Config {
            import_issuer: var("IMPORT_ISSUER", &oidc_issuer),
            import_audience: var("IMPORT_AUDIENCE", &format!("{public_url}/api/import")),
            import_clients: parse_import_clients(&var("IMPORT_CLIENTS", DEFAULT_IMPORT_CLIENTS))?,
            import_max_pdf_bytes,
            listen: var("MINSAK_LISTEN", "127.0.0.1:3000"),
            public_url,
            database_url: var("DATABASE_URL", "sqlite://data/minsak.db"),
            oidc_issuer,
            citizen_client_id: var("OIDC_CITIZEN_CLIENT_ID", "citizen"),
            citizen_client_secret: var("OIDC_CITIZEN_CLIENT_SECRET", "dev-citizen-secret"),
            employee_client_id: var("OIDC_EMPLOYEE_CLIENT_ID", "employee"),
            employee_client_secret: var("OIDC_EMPLOYEE_CLIENT_SECRET", "dev-employee-secret"),
            min_acr,
            employee_min_acr,
            session_idle_minutes: minutes("SESSION_IDLE_MINUTES", 30)?,
            session_absolute_minutes: minutes("SESSION_ABSOLUTE_MINUTES", 120)?,
            site_pkg_dir: var("LEPTOS_SITE_PKG_DIR", &built_pkg_dir),
            site_root,
            output_name: var("LEPTOS_OUTPUT_NAME", "minsak"),
            test_persons_file: var("TEST_PERSONS_FILE", "data/testpersons.json"),
        })
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
            .field("oidc_issuer", &self.oidc_issuer)
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
    use super::{parse_import_clients, redact_url};

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
