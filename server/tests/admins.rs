//! School admins and each other: an admin cannot rename, reset, remove or
//! delete another admin of the same school (403, nothing changed), and
//! still manages the school's teachers and students.

mod common;

use common::{
    assert_error, create_class, delete_school_user, get_json, id_of, patch_school_user, post_login,
    school_founder, school_teacher, signed_in_student, TestServer, PASSWORD,
};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

/// A teacher of the school `school_id` made its second admin. No API makes
/// an admin yet (only founding a school does), so this sets `is_admin`
/// directly in the running server's database.
async fn second_admin(server: &TestServer, username: &str, school_id: &str) -> (Client, Value) {
    let (client, me) = school_teacher(server, username, school_id).await;
    let changed = server.sql_execute(
        "UPDATE users SET is_admin = TRUE WHERE id = ?1",
        pinpoint_server::params![id_of(&me)],
    );
    assert_eq!(changed, 1);
    let me = get_json(server, &client, "/api/me").await;
    assert_eq!(me["is_admin"], true, "{me}");
    (client, me)
}

#[tokio::test]
async fn an_admin_cannot_rename_reset_remove_or_delete_another_admin() {
    let server = TestServer::start().await;
    let (head, head_me) = school_founder(&server, "head", "Hill School").await;
    let school_id = head_me["school"]["id"].as_str().unwrap().to_string();
    let (rivera, rivera_me) = second_admin(&server, "rivera", &school_id).await;

    for (admin, other) in [(&head, &rivera_me), (&rivera, &head_me)] {
        let id = id_of(other);
        for patch in [
            json!({"username": "renamed"}),
            json!({"email": "taken.over@example.org"}),
            json!({"reset_password": true}),
            json!({"remove_from_school": true}),
        ] {
            let response = patch_school_user(&server, admin, &id, patch.clone()).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{patch}");
            assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
        }
        let response = delete_school_user(&server, admin, &id).await;
        assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    }

    // Both are as they were: signed in, named, in the school, admins, with
    // their own passwords, and nothing done to them in their logs.
    for (client, before) in [(&head, &head_me), (&rivera, &rivera_me)] {
        let me = get_json(&server, client, "/api/me").await;
        assert_eq!(me, *before, "unchanged");
        let username = before["username"].as_str().unwrap();
        let response = post_login(&server, &server.client(), username, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK, "{username} signs in");
        let log = get_json(&server, client, "/api/me/activity").await;
        assert!(
            log.as_array()
                .unwrap()
                .iter()
                .all(|e| e["kind"] != "changed_by_admin"),
            "{log}"
        );
    }
}

#[tokio::test]
async fn with_two_admins_each_still_manages_the_schools_teachers_and_students() {
    let server = TestServer::start().await;
    let (head, head_me) = school_founder(&server, "head", "Hill School").await;
    let school_id = head_me["school"]["id"].as_str().unwrap().to_string();
    let (rivera, _) = second_admin(&server, "rivera", &school_id).await;
    let (_, noor) = school_teacher(&server, "noor", &school_id).await;
    let class = create_class(&server, &head, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let (_, ada) = signed_in_student(&server, "ada", "2013-04-02", code).await;
    let (_, ben) = signed_in_student(&server, "ben", "2013-05-02", code).await;

    let response =
        patch_school_user(&server, &head, &id_of(&noor), json!({"username": "noor.k"})).await;
    assert_eq!(response.status(), StatusCode::OK);
    let changed: Value = response.json().await.unwrap();
    assert_eq!(changed["user"]["username"], "noor.k");

    let response = patch_school_user(
        &server,
        &rivera,
        &id_of(&ada),
        json!({"reset_password": true}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let changed: Value = response.json().await.unwrap();
    let password = changed["one_time_password"].as_str().expect("a password");
    let response = post_login(&server, &server.client(), "ada", password).await;
    assert_eq!(response.status(), StatusCode::OK);

    let response = delete_school_user(&server, &rivera, &id_of(&ben)).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let users = get_json(&server, &head, "/api/school/users").await;
    let names: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert!(!names.contains(&"ben"), "{names:?}");
    assert!(
        names.contains(&"noor.k") && names.contains(&"rivera"),
        "{names:?}"
    );
}
