//! Class-list imports at their limits: at most 1,000 students a file, a
//! full file in one request whose every student can sign in, time linear in
//! the file however it is shaped, and rows the database refuses (a name or
//! email already taken, a name twice in the file) reported by line while
//! the rest are created.

mod common;

use common::{
    create_class, get_json, id_of, import_class_list, import_summary, logged_in, post_login,
    school_founder, signed_in, TestServer, PASSWORD,
};
use reqwest::{Client, StatusCode};
use serde_json::Value;
use std::time::{Duration, Instant};

/// A class list of `n` valid students `pupil0`, `pupil1`, ..., with a header and a
/// blank line after every row (which are not students).
fn class_list(n: usize) -> String {
    let mut csv = String::from("username,email,date of birth\n");
    for i in 0..n {
        csv.push_str(&format!("pupil{i},pupil{i}@hill.example,2013-04-02\n\n"));
    }
    csv
}

/// The class's student count, as its teacher sees it.
async fn student_count(server: &TestServer, teacher: &Client, class_id: &str) -> u64 {
    let classes = get_json(server, teacher, "/api/classes").await;
    classes
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == class_id)
        .expect("the class is listed")["student_count"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn a_list_of_1001_students_is_422_on_the_file_and_creates_nobody() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = id_of(&create_class(&server, &teacher, "Year 7").await);
    let response = import_class_list(&server, &teacher, &class, class_list(1_001)).await;
    let error = common::assert_invalid(response, "file").await;
    let message = error["message"].as_str().unwrap();
    assert!(
        message.contains("1000") || message.contains("1,000"),
        "the message says the limit: {message}"
    );
    assert_eq!(student_count(&server, &teacher, &class).await, 0);
}

#[tokio::test]
async fn a_list_of_1000_students_imports_in_one_request_and_each_can_sign_in() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = id_of(&create_class(&server, &teacher, "Year 7").await);
    let response = import_class_list(&server, &teacher, &class, class_list(1_000)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let report: Value = response.json().await.unwrap();
    let rows = report["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1_000);
    let mut passwords = std::collections::HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["created"], true, "{row}");
        assert_eq!(row["username"], format!("pupil{i}"));
        // The header is line 1 and each student is followed by a blank line.
        assert_eq!(row["row"], 2 + 2 * i as u64, "{row}");
        let password = row["one_time_password"].as_str().expect("a password");
        assert!(passwords.insert(password.to_string()), "each is new");
    }
    assert_eq!(student_count(&server, &teacher, &class).await, 1_000);

    for i in [0, 499, 999] {
        let password = rows[i]["one_time_password"].as_str().unwrap();
        let response = post_login(&server, &server.client(), &format!("pupil{i}"), password).await;
        assert_eq!(response.status(), StatusCode::OK, "pupil{i} signs in");
        let me: Value = response.json().await.unwrap();
        assert_eq!(me["must_change_password"], true);
        assert_eq!(me["email"], format!("pupil{i}@hill.example"));
    }
}

#[tokio::test]
async fn a_quarter_megabyte_of_short_lines_is_refused_quickly() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = id_of(&create_class(&server, &teacher, "Year 7").await);
    // Each fills the 256 KiB an import may be: many one-letter students,
    // many empty rows (never students, so never stopped by the row cap),
    // nothing but line breaks.
    let bodies = [
        "a\n".repeat(128 * 1024),
        ",\n".repeat(128 * 1024),
        "\n".repeat(256 * 1024),
    ];
    for body in bodies {
        let shape = format!("{:?}...", &body[..2]);
        let started = Instant::now();
        let response = import_class_list(&server, &teacher, &class, body).await;
        let took = started.elapsed();
        common::assert_invalid(response, "file").await;
        assert!(
            took < Duration::from_secs(2),
            "{shape} answered in {took:?}"
        );
    }
    assert_eq!(student_count(&server, &teacher, &class).await, 0);
}

#[tokio::test]
async fn rows_the_database_refuses_are_reported_by_line_and_the_rest_are_created() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    signed_in(&server, "grace").await;
    let class = id_of(&create_class(&server, &teacher, "Year 7").await);
    let csv = "username,email,date of birth\n\
               ada,ada@hill.example,2013-04-02\n\
               grace,,2013-04-02\n\
               ben,grace@example.org,2013-05-05\n\
               \n\
               cyd,,2013-06-06\n\
               cyd,,2013-07-07\n\
               dee,,2013-08-08\n"
        .to_string();
    let response = import_class_list(&server, &teacher, &class, csv).await;
    assert_eq!(response.status(), StatusCode::OK);
    let report: Value = response.json().await.unwrap();
    let rows = report["rows"].as_array().unwrap();
    assert_eq!(
        import_summary(rows),
        [
            (2, "ada", true),
            (3, "grace", false),
            (4, "ben", false),
            (6, "cyd", true),
            (7, "cyd", false),
            (8, "dee", true),
        ]
    );
    for row in rows {
        let created = row["created"] == true;
        assert_eq!(
            row["one_time_password"].is_string(),
            created,
            "a password only for a created student: {row}"
        );
        assert_eq!(
            row["error"].as_str().is_some_and(|e| !e.is_empty()),
            !created,
            "a reason only for a refused row: {row}"
        );
    }
    assert_eq!(student_count(&server, &teacher, &class).await, 3);
    for row in rows.iter().filter(|r| r["created"] == true) {
        let (name, password) = (
            row["username"].as_str().unwrap(),
            row["one_time_password"].as_str().unwrap(),
        );
        assert_eq!(logged_in(&server, name, password).await.0, StatusCode::OK);
    }
    // Grace's account is untouched, and nobody called ben exists.
    assert_eq!(
        logged_in(&server, "grace", PASSWORD).await.0,
        StatusCode::OK
    );
    assert_eq!(
        logged_in(&server, "grace@example.org", PASSWORD).await.0,
        StatusCode::OK
    );
    let students = get_json(&server, &teacher, &format!("/api/classes/{class}/students")).await;
    let names: Vec<&str> = students
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["username"].as_str().unwrap())
        .collect();
    assert!(
        !names.contains(&"ben") && !names.contains(&"grace"),
        "{names:?}"
    );
}
