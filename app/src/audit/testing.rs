//! Test support: an audit log that refuses entries, to show a change fails with its entry.

use super::Action;
use crate::store::{Backend, Db};

/// Makes the database refuse every audit entry of `action` (a trigger), so a test can
/// show that a change whose entry cannot be written is not stored either.
pub async fn refuse(db: &Db, action: Action) {
    let action = action.as_str();
    let sql: Vec<String> = match db.backend {
        Backend::Sqlite => vec![format!(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log \
             WHEN NEW.action = '{action}' \
             BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END"
        )],
        Backend::Postgres => vec![
            format!(
                "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN \
                 IF NEW.action = '{action}' THEN \
                 RAISE EXCEPTION 'audit unavailable'; END IF; RETURN NEW; END $$ \
                 LANGUAGE plpgsql"
            ),
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log \
             FOR EACH ROW EXECUTE FUNCTION refuse_audit()"
                .to_string(),
        ],
    };
    for s in sql {
        sqlx::query(&s).execute(&db.pool).await.expect("trigger");
    }
}

/// Undoes [`refuse`] (so a test may refuse another action after it).
pub async fn allow(db: &Db) {
    let sql: &[&str] = match db.backend {
        Backend::Sqlite => &["DROP TRIGGER refuse_audit"],
        Backend::Postgres => &[
            "DROP TRIGGER refuse_audit ON audit_log",
            "DROP FUNCTION refuse_audit()",
        ],
    };
    for statement in sql {
        sqlx::query(statement)
            .execute(&db.pool)
            .await
            .expect("drop trigger");
    }
}
