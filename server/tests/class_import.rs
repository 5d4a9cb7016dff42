//! Teachers sign students up themselves: one at a time (with or without an
//! email address) or from a CSV class list, with a report of every row.

mod common;

use common::{
    assert_error, assert_invalid, create_class, get, get_json, id_of, import_class_list,
    import_summary, logged_in, patch_json, post_json, school_founder, TestServer,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn a_teacher_signs_up_a_student_without_email_who_logs_in_with_the_one_time_password() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let response = post_json(
        &server,
        &teacher,
        &format!("/api/classes/{}/students", id_of(&class)),
        &json!({"username": "noor", "date_of_birth": "2014-02-03"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    let password = report["rows"][0]["one_time_password"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, noor) = logged_in(&server, "noor", &password).await;
    assert_eq!(status, StatusCode::OK);
    let me = get_json(&server, &noor, "/api/me").await;
    assert_eq!(
        (me["kind"].as_str(), me["email"].clone()),
        (Some("student"), Value::Null)
    );
    assert_eq!(me["marketing_opt_in"], false);
    let classes = get_json(&server, &noor, "/api/classes").await;
    assert_eq!(classes[0]["name"], "7B");

    let response = post_json(
        &server,
        &teacher,
        &format!("/api/classes/{}/students", id_of(&class)),
        &json!({"username": "noor", "date_of_birth": "2014-02-03"}),
    )
    .await;
    assert_invalid(response, "username").await;
}

#[tokio::test]
async fn a_csv_import_creates_the_good_rows_and_says_why_it_refused_the_others() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let csv = "username,email,date of birth\n\
               ada,ada@hill.example,2013-04-02\n\
               ben,,2013-09-12\n\
               Bad Name,,2013-01-01\n\
               ada,other@hill.example,2013-04-02\n\
               cyd,cyd@hill.example,2030-01-01\n\
               dee,not-an-email,2013-05-05\n\
               \n\
               eve,\"eve@hill.example\",2012-12-12\n";
    let response = import_class_list(&server, &teacher, &id_of(&class), csv).await;
    assert_eq!(response.status(), StatusCode::OK);
    let report: Value = response.json().await.unwrap();
    let rows = report["rows"].as_array().unwrap();
    assert_eq!(
        import_summary(rows),
        [
            (2, "ada", true),
            (3, "ben", true),
            (4, "Bad Name", false),
            (5, "ada", false),
            (6, "cyd", false),
            (7, "dee", false),
            (9, "eve", true)
        ]
    );
    for refused in rows.iter().filter(|r| r["created"] == false) {
        assert!(
            refused["error"].as_str().is_some_and(|e| !e.is_empty()),
            "a reason for {refused}"
        );
        assert_eq!(refused["one_time_password"], Value::Null);
    }
    assert!(rows[3]["error"].as_str().unwrap().contains("taken"));
    assert!(rows[4]["error"].as_str().unwrap().contains("future"));

    let students = get_json(
        &server,
        &teacher,
        &format!("/api/classes/{}/students", id_of(&class)),
    )
    .await;
    let names: Vec<&str> = students
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ada", "ben", "eve"]);
    let ben_password = rows[1]["one_time_password"].as_str().unwrap();
    assert_eq!(
        logged_in(&server, "ben", ben_password).await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn only_the_classes_teacher_imports_and_an_empty_file_is_refused() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let (other, _) = school_founder(&server, "dale.head", "Dale School").await;
    let response = import_class_list(&server, &other, &id_of(&class), "zed,,2013-01-01\n").await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    let response = import_class_list(
        &server,
        &teacher,
        &id_of(&class),
        "username,email,date_of_birth\n",
    )
    .await;
    assert_invalid(response, "file").await;
    assert_eq!(
        get(
            &server,
            &server.client(),
            &format!("/api/classes/{}/students", id_of(&class))
        )
        .await
        .status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_student_replaces_the_one_time_password_and_other_sessions_end() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let report: Value = post_json(
        &server,
        &teacher,
        &format!("/api/classes/{}/students", id_of(&class)),
        &json!({"username": "noor", "date_of_birth": "2014-02-03"}),
    )
    .await
    .json()
    .await
    .unwrap();
    let one_time = report["rows"][0]["one_time_password"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, noor) = logged_in(&server, "noor", &one_time).await;
    let (_, elsewhere) = logged_in(&server, "noor", &one_time).await;
    assert_eq!(
        get_json(&server, &noor, "/api/me").await["must_change_password"],
        true
    );

    let change = |current: &str, new: &str| {
        noor.post(server.url("/api/me/password"))
            .json(&json!({"current_password": current, "new_password": new}))
            .send()
    };
    assert_error(
        change("wrong one", "a brand new secret").await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
        Some("current_password"),
    )
    .await;
    assert_error(
        change(&one_time, "short").await.unwrap(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
        Some("new_password"),
    )
    .await;
    assert_eq!(
        change(&one_time, "a brand new secret")
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );

    assert_eq!(
        get_json(&server, &noor, "/api/me").await["must_change_password"],
        false,
        "this session goes on"
    );
    assert_eq!(
        get(&server, &elsewhere, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED,
        "other sessions end"
    );
    assert_eq!(
        logged_in(&server, "noor", &one_time).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        logged_in(&server, "noor", "a brand new secret").await.0,
        StatusCode::OK
    );

    // An admin's reset asks for a new choice again.
    let changed: Value = patch_json(
        &server,
        &teacher,
        &format!(
            "/api/school/users/{}",
            id_of(&get_json(&server, &noor, "/api/me").await)
        ),
        &json!({"reset_password": true}),
    )
    .await
    .json()
    .await
    .unwrap();
    let reset = changed["one_time_password"].as_str().unwrap();
    let (_, again) = logged_in(&server, "noor", reset).await;
    assert_eq!(
        get_json(&server, &again, "/api/me").await["must_change_password"],
        true
    );
}
