//! PostgreSQL roles: when migrations run as an owner role, the runtime role gets what
//! the portal needs and no more. On the append-only tables (the audit log, its chain
//! and checkpoints, release decisions) that is INSERT and SELECT: it cannot change,
//! delete or truncate a row, and, not owning them, cannot disable their triggers.

use sqlx::PgPool;

/// Tables the runtime role may only add to and read.
pub const APPEND_ONLY: &[&str] = &[
    "audit_log",
    "audit_chain",
    "audit_checkpoints",
    "release_decisions",
    "consent_events",
    "consent_parties",
    "innsyn_events",
    "case_innsyn_events",
    "minutes_comment_periods",
    "minutes_comments",
    "minutes_comment_answers",
    "escalations",
    "deadline_notices",
];

/// The name of the role `pool` logs in as.
pub async fn current_role(pool: &PgPool) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT current_user::text")
        .fetch_one(pool)
        .await
}

fn quoted(role: &str) -> String {
    format!("\"{}\"", role.replace('"', "\"\""))
}

/// Grants `runtime` its privileges, as the owner (`owner` runs the migrations). Run
/// after every migration: new tables get the same rules.
pub async fn grant_runtime(owner: &PgPool, runtime: &str) -> Result<(), sqlx::Error> {
    let role = quoted(runtime);
    let mut schemas = vec!["public"];
    let sessions: Option<i32> =
        sqlx::query_scalar("SELECT 1 FROM pg_namespace WHERE nspname = 'tower_sessions'")
            .fetch_optional(owner)
            .await?;
    if sessions.is_some() {
        schemas.push("tower_sessions");
    }
    let mut statements = Vec::new();
    for schema in &schemas {
        statements.push(format!("GRANT USAGE ON SCHEMA {schema} TO {role}"));
        statements.push(format!(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}"
        ));
        statements.push(format!(
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}"
        ));
    }
    statements.push(format!(
        "REVOKE UPDATE, DELETE, TRUNCATE ON {} FROM {role}",
        APPEND_ONLY.join(", ")
    ));
    // The migrations' own record: readable, never writable at runtime.
    statements.push(format!(
        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON _sqlx_migrations FROM {role}"
    ));
    for statement in statements {
        sqlx::query(&statement).execute(owner).await?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "roles_tests.rs"]
mod tests;
