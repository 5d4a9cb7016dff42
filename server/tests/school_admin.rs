//! A school admin's powers over the school's users: rename, change email,
//! reset a password, take out of the school, delete; and nobody else's.

mod common;

use common::{
    assert_error, assert_invalid, create_class, create_scene, delete, get, id_of, logged_in,
    patch_json, patch_school_user, post_empty, post_json, post_login, post_scene, post_signup,
    scene_body, school_founder, school_teacher, signed_in_student, upload_png, TestServer,
    PASSWORD,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn an_admin_renames_a_student_and_changes_their_email() {
    let server = TestServer::start().await;
    let (admin, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &admin, "7B").await;
    let (_, ada) = signed_in_student(
        &server,
        "ada",
        "2013-04-02",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let response = patch_school_user(
        &server,
        &admin,
        &id_of(&ada),
        json!({"username": "ada.l", "email": "Ada.L@Hill.example"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let changed: Value = response.json().await.unwrap();
    assert_eq!(changed["user"]["username"], "ada.l");
    assert_eq!(changed["user"]["email"], "ada.l@hill.example");
    assert_eq!(changed["one_time_password"], Value::Null);
    assert_eq!(
        logged_in(&server, "ada.l@hill.example", PASSWORD).await.0,
        StatusCode::OK
    );

    let response =
        patch_school_user(&server, &admin, &id_of(&ada), json!({"username": "head"})).await;
    assert_invalid(response, "username").await;
    let response = patch_school_user(
        &server,
        &admin,
        &id_of(&ada),
        json!({"email": "not an email"}),
    )
    .await;
    assert_invalid(response, "email").await;
}

#[tokio::test]
async fn only_an_admin_changes_a_students_date_of_birth_and_the_student_sees_it_logged() {
    let server = TestServer::start().await;
    let (admin, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &admin, "7B").await;
    let (ada_client, ada) = signed_in_student(
        &server,
        "ada",
        "2013-04-02",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let (_, teacher) = school_teacher(&server, "mr.t", ada["school"]["id"].as_str().unwrap()).await;

    let response = patch_school_user(
        &server,
        &admin,
        &id_of(&ada),
        json!({"date_of_birth": "2013-05-02"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let changed: Value = response.json().await.unwrap();
    assert_eq!(changed["user"]["date_of_birth"], "2013-05-02");
    let me: Value = get(&server, &ada_client, "/api/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["date_of_birth"], "2013-05-02");
    let log: Value = get(&server, &ada_client, "/api/me/activity")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(log[0]["kind"], "changed_by_admin");
    assert_eq!(log[0]["detail"], "date of birth");
    assert_eq!(log[0]["ip"], Value::Null, "not the admin's address");

    // The student cannot change it themself: it is not a field of theirs.
    let own = patch_json(
        &server,
        &ada_client,
        "/api/me",
        &json!({"date_of_birth": "2010-01-01"}),
    )
    .await;
    assert_eq!(own.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for (patch, field) in [
        (json!({"date_of_birth": "2031-01-01"}), "date_of_birth"),
        (json!({"date_of_birth": "yesterday"}), "date_of_birth"),
    ] {
        let response = patch_school_user(&server, &admin, &id_of(&ada), patch).await;
        assert_invalid(response, field).await;
    }
    let response = patch_school_user(
        &server,
        &admin,
        &id_of(&teacher),
        json!({"date_of_birth": "1990-01-01"}),
    )
    .await;
    assert_invalid(response, "date_of_birth").await;
}

#[tokio::test]
async fn a_reset_password_is_shown_once_works_and_signs_the_user_out() {
    let server = TestServer::start().await;
    let (admin, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &admin, "7B").await;
    let (ada_client, ada) = signed_in_student(
        &server,
        "ada",
        "2013-04-02",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let response = patch_school_user(
        &server,
        &admin,
        &id_of(&ada),
        json!({"reset_password": true}),
    )
    .await;
    let changed: Value = response.json().await.unwrap();
    let password = changed["one_time_password"]
        .as_str()
        .expect("a one-time password")
        .to_string();
    assert_eq!(password.len(), 14, "three groups of four: {password}");
    assert_eq!(
        get(&server, &ada_client, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED,
        "old sessions end"
    );
    assert_eq!(
        logged_in(&server, "ada", PASSWORD).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(logged_in(&server, "ada", &password).await.0, StatusCode::OK);

    // Signed in with it, Ada may read but must choose her own password
    // before she changes anything.
    let ada_again = server.client();
    let response = post_login(&server, &ada_again, "ada", &password).await;
    let me: Value = response.json().await.unwrap();
    assert_eq!(me["must_change_password"], true);
    let refused = post_scene(
        &server,
        &ada_again,
        &scene_body("Too soon", "private", None),
    )
    .await;
    let error = assert_error(refused, StatusCode::FORBIDDEN, "forbidden", None).await;
    assert!(
        error["message"].as_str().unwrap().contains("password"),
        "{error}"
    );
    assert_eq!(
        get(&server, &ada_again, "/api/scenes").await.status(),
        StatusCode::OK
    );
    let changed = post_json(
        &server,
        &ada_again,
        "/api/me/password",
        &json!({"current_password": password, "new_password": "ada's own secret"}),
    )
    .await;
    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    create_scene(&server, &ada_again, scene_body("Now", "private", None)).await;
}

#[tokio::test]
async fn a_removed_teacher_loses_their_classes_and_the_admin_keeps_them() {
    let server = TestServer::start().await;
    let (admin, head) = school_founder(&server, "head", "Hill School").await;
    let school_id = head["school"]["id"].as_str().unwrap().to_string();
    let (teacher, rivera) = school_teacher(&server, "rivera", &school_id).await;
    let class = create_class(&server, &teacher, "7B").await;
    let (ada, _) = signed_in_student(
        &server,
        "ada",
        "2013-04-02",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let picture = upload_png(&server, &ada, 4, 3).await;
    let scene = create_scene(
        &server,
        &ada,
        scene_body("Private work", "private", picture["id"].as_str()),
    )
    .await;
    let scene_path = format!("/api/scenes/{}", id_of(&scene));
    assert_eq!(
        get(&server, &teacher, &scene_path).await.status(),
        StatusCode::OK
    );

    let response = patch_school_user(
        &server,
        &admin,
        &id_of(&rivera),
        json!({"remove_from_school": true}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        get(&server, &teacher, &scene_path).await.status(),
        StatusCode::NOT_FOUND,
        "no longer the student's teacher"
    );
    let classes: Value = get(&server, &admin, "/api/classes")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        classes[0]["teacher"]["username"], "head",
        "the class passed to the admin"
    );
    let me: Value = get(&server, &teacher, "/api/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["school"], Value::Null);
}

#[tokio::test]
async fn a_deleted_student_and_their_scenes_and_pictures_are_gone_at_once() {
    let server = TestServer::start().await;
    let (admin, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &admin, "7B").await;
    let (ada_client, ada) = signed_in_student(
        &server,
        "ada",
        "2013-04-02",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let picture = upload_png(&server, &ada_client, 4, 3).await;
    let scene = create_scene(
        &server,
        &ada_client,
        scene_body("Shared", "unlisted", picture["id"].as_str()),
    )
    .await;
    let anonymous = server.client();
    let asset_path = format!("/api/assets/{}", id_of(&picture));
    assert_eq!(
        get(&server, &anonymous, &asset_path).await.status(),
        StatusCode::OK
    );

    let response = delete(
        &server,
        &admin,
        &format!("/api/school/users/{}", id_of(&ada)),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    for path in [format!("/api/scenes/{}", id_of(&scene)), asset_path.clone()] {
        assert_eq!(
            get(&server, &anonymous, &path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(
        get(&server, &ada_client, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        logged_in(&server, "ada", PASSWORD).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        server.stored_assets().await,
        Vec::<String>::new(),
        "the picture's file is deleted too"
    );
}

#[tokio::test]
async fn only_an_admin_of_the_same_school_manages_its_users() {
    let server = TestServer::start().await;
    let (admin, head) = school_founder(&server, "head", "Hill School").await;
    let school_id = head["school"]["id"].as_str().unwrap().to_string();
    let class = create_class(&server, &admin, "7B").await;
    let (_, ada) = signed_in_student(
        &server,
        "ada",
        "2013-04-02",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let (teacher, _) = school_teacher(&server, "rivera", &school_id).await;
    let (other_admin, _) = school_founder(&server, "dale.head", "Dale School").await;
    let ada_path = format!("/api/school/users/{}", id_of(&ada));

    let response = patch_school_user(
        &server,
        &teacher,
        &id_of(&ada),
        json!({"username": "x.y.z"}),
    )
    .await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    let response = patch_school_user(
        &server,
        &other_admin,
        &id_of(&ada),
        json!({"username": "x.y.z"}),
    )
    .await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    let response = delete(&server, &other_admin, &ada_path).await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    let response = delete(&server, &server.client(), &ada_path).await;
    assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
    let response = delete(
        &server,
        &admin,
        &format!("/api/school/users/{}", id_of(&head)),
    )
    .await;
    assert_invalid(response, "id").await;
    let response =
        patch_school_user(&server, &admin, &id_of(&ada), json!({"kind": "teacher"})).await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown fields are refused"
    );
}

#[tokio::test]
async fn a_teacher_joins_the_school_with_the_admins_invitation() {
    let server = TestServer::start().await;
    let (admin, head) = school_founder(&server, "head", "Hill School").await;
    let school: Value = get(&server, &admin, "/api/school")
        .await
        .json()
        .await
        .unwrap();
    let code = school["teacher_invite_code"]
        .as_str()
        .expect("admins see the invitation")
        .to_string();

    let teacher = server.client();
    let response = post_signup(
        &server,
        &teacher,
        &json!({"username": "rivera", "email": "rivera@hill.example", "password": PASSWORD,
                      "kind": "teacher", "join_code": code.to_lowercase()}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let me: Value = response.json().await.unwrap();
    assert_eq!(me["school"]["id"], head["school"]["id"]);
    assert_eq!(me["is_admin"], false);
    let seen: Value = get(&server, &teacher, "/api/school")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        seen["teacher_invite_code"],
        Value::Null,
        "only admins see the invitation"
    );

    let rotated: Value = post_empty(&server, &admin, "/api/school/rotate-invite")
        .await
        .json()
        .await
        .unwrap();
    assert_ne!(rotated["teacher_invite_code"], json!(code));
    let response = post_signup(
        &server,
        &server.client(),
        &json!({"username": "late", "email": "late@hill.example", "password": PASSWORD,
                      "kind": "teacher", "join_code": code}),
    )
    .await;
    assert_invalid(response, "join_code").await;
    let response = post_empty(&server, &teacher, "/api/school/rotate-invite").await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
}
