//! The data layer's promises, on whichever database the tests run
//! (SQLite, or PostgreSQL under `scripts/with-postgres`): a transaction in
//! which a statement failed never reports a commit that did not happen,
//! and a server with another key is refused by data sealed with the first.

mod common;

use common::TestServer;
use pinpoint_server::params;

#[tokio::test]
async fn a_commit_is_reported_only_when_its_writes_are_kept() {
    let server = TestServer::start().await;
    let committed = server.sql(|conn| {
        let mut tx = conn.transaction()?;
        // Refused (the value may not be NULL); the caller goes on anyway.
        let refused = tx.execute(
            "INSERT INTO meta (key, value) VALUES ('refused', NULL)",
            params![],
        );
        assert!(refused.is_err());
        let _ = tx.execute(
            "INSERT INTO meta (key, value) VALUES ('kept', 'yes')",
            params![],
        );
        Ok(tx.commit().is_ok())
    });
    let kept = server.sql_count("SELECT COUNT(*) FROM meta WHERE key = 'kept'");
    // SQLite keeps the transaction going past a refused statement;
    // PostgreSQL aborts it, and its commit must say so.
    assert_eq!(
        committed,
        kept == 1,
        "committed: {committed}, rows kept: {kept}"
    );
}

#[tokio::test]
async fn a_failure_undone_by_a_savepoint_leaves_the_transaction_whole() {
    let server = TestServer::start().await;
    let committed = server.sql(|conn| {
        let mut tx = conn.transaction()?;
        {
            let mut attempt = tx.transaction()?;
            assert!(attempt
                .execute(
                    "INSERT INTO meta (key, value) VALUES ('refused', NULL)",
                    params![]
                )
                .is_err());
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('kept', 'yes')",
            params![],
        )?;
        Ok(tx.commit().is_ok())
    });
    assert!(committed);
    assert_eq!(
        server.sql_count("SELECT COUNT(*) FROM meta WHERE key = 'kept'"),
        1
    );
}
