//! Sealed values are bound to their row and column: someone who can write
//! the database but lacks the key cannot move one account's email, birth
//! date or address to another. Swapped values fail to open (the server
//! answers 500) instead of showing one person's data as another's.

mod common;

use common::{
    create_class, get, get_json, id_of, school_founder, signed_in, signed_in_with, signup,
    student_body, TestServer,
};
use reqwest::{Client, StatusCode};

/// Swaps `column` of the `table` rows whose `key` is `a` and `b`, as an
/// attacker with write access to the database file (but not the key) could.
fn swap(server: &TestServer, table: &str, key: &str, column: &str, a: &str, b: &str) {
    let read = |row: &str| -> Option<Vec<u8>> {
        server.sql(|conn| {
            conn.query_one(
                &format!("SELECT {column} FROM {table} WHERE CAST({key} AS TEXT) = ?1"),
                pinpoint_server::params![row],
                |r| Ok(r.get(0)?),
            )
        })
    };
    let (from_a, from_b) = (read(a), read(b));
    assert!(from_a.is_some() && from_b.is_some() && from_a != from_b);
    let write = |row: &str, value: &Option<Vec<u8>>| {
        let changed = server.sql_execute(
            &format!("UPDATE {table} SET {column} = ?2 WHERE CAST({key} AS TEXT) = ?1"),
            pinpoint_server::params![row, value],
        );
        assert_eq!(changed, 1);
    };
    write(a, &from_b);
    write(b, &from_a);
}

/// `GET path` must fail, and its answer must not hold `other`'s `secret`.
async fn fails_without_showing(server: &TestServer, client: &Client, path: &str, secret: &str) {
    let response = get(server, client, path).await;
    let status = response.status();
    let body = response.text().await.unwrap();
    assert!(!body.contains(secret), "{path} shows {secret}: {body}");
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{path}: {body}");
}

#[tokio::test]
async fn swapped_emails_open_for_neither_account() {
    let server = TestServer::start().await;
    let (ada, ada_me) = signed_in(&server, "ada").await;
    let (grace, grace_me) = signed_in(&server, "grace").await;
    let (ada_id, grace_id) = (id_of(&ada_me), id_of(&grace_me));

    swap(&server, "users", "id", "email_sealed", &ada_id, &grace_id);
    fails_without_showing(&server, &ada, "/api/me", "grace@example.org").await;
    fails_without_showing(&server, &grace, "/api/me", "ada@example.org").await;

    // Put back, each opens again: it was only where they were.
    swap(&server, "users", "id", "email_sealed", &ada_id, &grace_id);
    let me = get_json(&server, &ada, "/api/me").await;
    assert_eq!(me["email"], "ada@example.org");
    let me = get_json(&server, &grace, "/api/me").await;
    assert_eq!(me["email"], "grace@example.org");
}

#[tokio::test]
async fn swapped_birth_dates_open_for_neither_student() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let (ada, ada_me) = signed_in_with(&server, student_body("ada", "2013-04-02", code)).await;
    let (ben, ben_me) = signed_in_with(&server, student_body("ben", "2012-11-30", code)).await;

    swap(
        &server,
        "users",
        "id",
        "birth_date_sealed",
        &id_of(&ada_me),
        &id_of(&ben_me),
    );
    fails_without_showing(&server, &ada, "/api/me", "2012-11-30").await;
    fails_without_showing(&server, &ben, "/api/me", "2013-04-02").await;
}

#[tokio::test]
async fn swapped_addresses_in_two_activity_logs_open_for_neither() {
    let server = TestServer::start_behind_proxy().await;
    let signup_from = |username: &'static str, address: &'static str| {
        let server = &server;
        async move {
            let client = server.client_at(address);
            signup(server, &client, username).await;
            client
        }
    };
    let ada = signup_from("ada", "203.0.113.1").await;
    let grace = signup_from("grace", "198.51.100.2").await;
    assert_eq!(
        get_json(&server, &ada, "/api/me/activity").await[0]["ip"],
        "203.0.113.1"
    );

    let entries: Vec<String> = server.sql(|conn| {
        conn.query_all(
            "SELECT id FROM activity ORDER BY id",
            pinpoint_server::params![],
            |r| Ok(r.get::<i64>(0)?.to_string()),
        )
    });
    assert_eq!(entries.len(), 2, "one sign-up each");
    swap(
        &server,
        "activity",
        "id",
        "ip_sealed",
        &entries[0],
        &entries[1],
    );
    fails_without_showing(&server, &ada, "/api/me/activity", "198.51.100.2").await;
    fails_without_showing(&server, &grace, "/api/me/activity", "203.0.113.1").await;
}
