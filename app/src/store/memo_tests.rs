use super::memo::party_rows;
use crate::demo::testing::seeded;
use crate::store::Db;

async fn name_of(db: &Db, person: &str) -> String {
    party_rows(db, person)
        .await
        .expect("read")
        .expect("person")
        .viewer
        .given_name
        .clone()
}

async fn rename(db: &Db, person: &str, name: &str) {
    sqlx::query("UPDATE persons SET given_name = $1 WHERE id = $2")
        .bind(name)
        .bind(person)
        .execute(&db.pool)
        .await
        .expect("update");
}

#[tokio::test]
async fn a_requests_rows_are_of_the_person_asked_about_and_end_with_the_request() {
    for t in seeded().await {
        let request = t.db.for_request();
        let kari = name_of(&request, "p-a-kari").await;
        rename(&t.db, "p-a-kari", "Endret").await;
        // Within the request the first read stands (one read per request) ...
        assert_eq!(name_of(&request, "p-a-kari").await, kari);
        // ... but a question about someone else is never answered with it.
        let ole = party_rows(&request, "p-a-ole")
            .await
            .expect("read")
            .expect("ole");
        assert_eq!(ole.viewer.id, "p-a-ole");
        assert!(ole.parties.iter().all(|p| p.person_id == "p-a-ole"));
        assert!(party_rows(&request, "p-nobody")
            .await
            .expect("read")
            .is_none());
        // The next request, and any read outside a request, reads anew.
        assert_eq!(name_of(&t.db.for_request(), "p-a-kari").await, "Endret");
        assert_eq!(name_of(&t.db, "p-a-kari").await, "Endret");
    }
}
