//! The staff context is what the staff table says now, not what the session said at
//! login: a removed employee is out, a moved one is in the new unit, at once.

use crate::access::StaffCtx;
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::domain::StaffRole;
use crate::store::testing::TestDb;
use crate::store::Db;
use crate::web::auth::{Principal, SessionUser};
use chrono::NaiveDate;

const STAFF: &str = "staff-lerkendal-1";
const HEIMDAL: &str = "unit-trd-heimdal";
const LERKENDAL: &str = "unit-trd-lerkendal";
const MELHUS: &str = "unit-ms-barnevern";

/// The session as the login left it, with a unit and roles that are stale on purpose.
fn session_user() -> SessionUser {
    SessionUser {
        principal: Principal::Staff {
            staff_id: STAFF.into(),
            unit_id: HEIMDAL.into(),
            roles: vec!["leder".into()],
        },
        display_name: "Saksbehandler".into(),
        acr: "idporten-loa-high".into(),
        login_at: 0,
    }
}

async fn ctx(db: &Db) -> Option<StaffCtx> {
    super::auth::staff_of(db, session_user())
        .await
        .expect("lookup")
}

async fn exec(db: &Db, sql: &str, unit: Option<&str>) {
    let q = sqlx::query(sql);
    let q = match unit {
        Some(u) => q.bind(u).bind(STAFF),
        None => q.bind(STAFF),
    };
    q.execute(&db.pool).await.expect(sql);
}

#[tokio::test]
async fn unit_and_role_come_from_the_staff_row_not_the_session() {
    let data = generate(NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let now = ctx(db).await.expect("a staff member on record");
        assert_eq!(
            now.unit_id, LERKENDAL,
            "the unit on record, not the session's"
        );
        assert_eq!(now.service_id, "svc-trondheim");
        assert_eq!(now.role, Some(StaffRole::Saksbehandler));
        assert!(now.may_decide_release());

        // Moved to another service's unit: the next request sees that unit only.
        exec(
            db,
            "UPDATE staff SET unit_id = $1 WHERE id = $2",
            Some(MELHUS),
        )
        .await;
        let moved = ctx(db).await.expect("still on record");
        assert_eq!(moved.unit_id, MELHUS);
        assert_eq!(moved.service_id, "svc-melhus-skaun");

        // A role we do not know may still be looked up, but decides nothing.
        exec(
            db,
            "UPDATE staff SET role = 'lesetilgang' WHERE id = $1",
            None,
        )
        .await;
        let reader = ctx(db).await.expect("still on record");
        assert_eq!(reader.role, None);
        assert!(!reader.may_decide_release());

        // Removed: out at once, as if not logged in as staff.
        exec(
            db,
            "UPDATE cases SET caseworker_id = NULL WHERE caseworker_id = $1",
            None,
        )
        .await;
        exec(db, "DELETE FROM staff WHERE id = $1", None).await;
        assert!(
            ctx(db).await.is_none(),
            "a removed employee has no staff context"
        );
        t.close().await;
    }
}
