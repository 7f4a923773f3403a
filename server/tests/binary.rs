//! The built `minsak` binary, run as a newcomer or the browser suite runs it: `seed`
//! fills a fresh SQLite database with the demo data and writes the test persons and the
//! leak check; the seeded audit log verifies, and an entry changed in the database file
//! is named; an unknown command is refused with the usage line.

use std::path::PathBuf;
use std::process::Command;

fn scratch_dir() -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("minsak_bin_{}_{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn minsak(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minsak"));
    cmd.current_dir(dir)
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/demo.db", dir.display()),
        )
        .env("TEST_PERSONS_FILE", dir.join("testpersons.json"))
        .env("AUDIT_KEY_FILE", dir.join("audit.key"))
        .env("MINSAK_LOG", "warn");
    cmd
}

#[test]
fn seed_fills_a_fresh_database_and_writes_the_leak_check() {
    let dir = scratch_dir();
    let out = minsak(&dir)
        .args(["seed", "--leak-check", "leak.json"])
        .output()
        .expect("run minsak seed");
    assert!(
        out.status.success(),
        "seed failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let leak: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("leak.json")).expect("leak check written"))
            .expect("leak check is JSON");
    let sentinels = leak["all_sentinels"].as_array().map_or(0, Vec::len);
    assert!(
        sentinels > 10,
        "the demo carries its sentinels ({sentinels})"
    );
    let persons: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("testpersons.json")).expect("test persons written"),
    )
    .expect("test persons are JSON");
    assert!(persons.to_string().contains("Kari"), "{persons}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unknown_command_is_refused_with_the_usage_line() {
    let dir = scratch_dir();
    let out = minsak(&dir).arg("sed").output().expect("run minsak");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("usage: minsak"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_seeded_audit_log_verifies_and_an_entry_changed_in_the_file_is_named() {
    let dir = scratch_dir();
    let run = |args: &[&str]| minsak(&dir).args(args).output().expect("run minsak");
    assert!(run(&["seed"]).status.success());
    let ok = run(&["audit", "verify"]);
    let said = String::from_utf8_lossy(&ok.stdout).to_string();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(said.starts_with("audit log verifies: "), "{said}");
    let exported = run(&["audit", "checkpoints"]);
    assert!(String::from_utf8_lossy(&exported.stdout).contains("\"signature\""));

    // Past the trigger, as whoever holds the file could.
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}/demo.db", dir.display()))
        .await
        .expect("open the file");
    for sql in [
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 3",
    ] {
        sqlx::query(sql).execute(&pool).await.expect(sql);
    }
    pool.close().await;
    let bad = run(&["audit", "verify"]);
    let err = String::from_utf8_lossy(&bad.stderr).to_string();
    assert!(!bad.status.success(), "a changed log verified");
    assert!(
        err.contains("entry 3 (chain position 3) does not match its seal"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
