//! A user's rights over their own account: change it, download all of it,
//! delete it at once.

mod common;

use common::{
    assert_invalid, create_class, create_scene, delete_json, get, get_json, get_scene, id_of,
    patch_json, post_events, post_json, scene_body, school_founder, signed_in, signed_in_student,
    upload_png, viewer_client, TestServer, PASSWORD,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn a_user_changes_their_username_email_and_marketing_choice() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let response = patch_json(
        &server,
        &ada,
        "/api/me",
        &json!({"username": "ada.l", "email": "New@Example.org", "marketing_opt_in": true}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let me: Value = response.json().await.unwrap();
    assert_eq!(
        (
            me["username"].as_str(),
            me["email"].as_str(),
            me["marketing_opt_in"].as_bool()
        ),
        (Some("ada.l"), Some("new@example.org"), Some(true))
    );
    let response = patch_json(&server, &ada, "/api/me", &json!({"kind": "teacher"})).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_student_can_never_opt_in_to_marketing() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let (student, _) = signed_in_student(
        &server,
        "ben",
        "2013-09-12",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let response = patch_json(
        &server,
        &student,
        "/api/me",
        &json!({"marketing_opt_in": true}),
    )
    .await;
    assert_invalid(response, "marketing_opt_in").await;
    assert_eq!(
        get_json(&server, &student, "/api/me").await["marketing_opt_in"],
        false
    );
}

#[tokio::test]
async fn the_export_holds_the_account_scenes_files_feedback_and_classes() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let (student, me) = signed_in_student(
        &server,
        "ben",
        "2013-09-12",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let picture = upload_png(&server, &student, 4, 3).await;
    let scene = create_scene(
        &server,
        &student,
        scene_body("Rivers", "private", picture["id"].as_str()),
    )
    .await;
    post_json(
        &server,
        &teacher,
        &format!("/api/scenes/{}/feedback", id_of(&scene)),
        &json!({"body": "Label the delta"}),
    )
    .await;

    let response = get(&server, &student, "/api/me/export").await;
    assert_eq!(response.status(), StatusCode::OK);
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        disposition.starts_with("attachment;") && disposition.contains("pinpoint-ben.json"),
        "{disposition}"
    );
    let export: Value = response.json().await.unwrap();
    assert_eq!(
        export["account"], me,
        "every account field, birth date and email included"
    );
    assert_eq!(export["account"]["date_of_birth"], "2013-09-12");
    assert_eq!(export["scenes"][0]["title"], "Rivers");
    assert_eq!(export["scenes"][0]["hotspots"][0]["title"], "Crater");
    assert_eq!(export["assets"][0]["id"], picture["id"]);
    assert_eq!(
        get(
            &server,
            &student,
            export["assets"][0]["url"].as_str().unwrap()
        )
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(export["feedback_received"][0]["body"], "Label the delta");
    assert_eq!(export["classes"][0]["name"], "7B");
    assert_eq!(export["classes"][0]["join_code"], Value::Null);
    assert_eq!(export["activity"][0]["kind"], "data_exported");
    assert_eq!(export["activity"][0]["ip"], "127.0.0.1");
    assert_eq!(
        export["activity"].as_array().unwrap().last().unwrap()["kind"],
        "account_created"
    );
    // Every part docs/EXPORT.md names, and nothing it does not.
    let mut parts: Vec<&str> = export
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    parts.sort();
    assert_eq!(
        parts,
        [
            "account",
            "activity",
            "assets",
            "classes",
            "course_platforms",
            "exported_at",
            "feedback_given",
            "feedback_received",
            "scenes",
            "sign_in_providers",
            "statistics"
        ]
    );

    let teachers: Value = get_json(&server, &teacher, "/api/me/export").await;
    assert_eq!(teachers["feedback_given"][0]["scene_id"], scene["id"]);
    assert_eq!(teachers["classes"][0]["join_code"], class["join_code"]);
}

#[tokio::test]
async fn deleting_an_account_takes_everything_at_once_and_needs_the_password() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let picture = upload_png(&server, &ada, 4, 3).await;
    let scene = create_scene(
        &server,
        &ada,
        scene_body("Shared", "public", picture["id"].as_str()),
    )
    .await;
    let response = delete_json(
        &server,
        &ada,
        "/api/me",
        &json!({"password": "not it at all"}),
    )
    .await;
    assert_invalid(response, "password").await;
    assert_eq!(
        get_scene(&server, &ada, &id_of(&scene)).await.status(),
        StatusCode::OK
    );

    let response = delete_json(&server, &ada, "/api/me", &json!({"password": PASSWORD})).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    let anonymous = server.client();
    for path in [
        format!("/api/scenes/{}", id_of(&scene)),
        format!("/api/assets/{}", id_of(&picture)),
    ] {
        assert_eq!(
            get(&server, &anonymous, &path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(
        get(&server, &ada, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let explore: Value = get_json(&server, &anonymous, "/api/explore").await;
    assert!(explore["scenes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["id"] != scene["id"]));
    assert_eq!(server.stored_assets().await, Vec::<String>::new());
}

#[tokio::test]
async fn the_export_holds_each_scenes_statistics() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("Counted", "unlisted", None)).await;
    let id = id_of(&scene);
    let hotspot = scene["hotspots"][0]["id"].as_str().unwrap().to_string();
    for agent in ["Browser A", "Browser B"] {
        let viewer = viewer_client(&server, agent);
        let response = post_events(
            &server,
            &viewer,
            json!([
                {"kind": "view", "scene": id},
                {"kind": "hotspot_open", "scene": id, "hotspot": hotspot}
            ]),
        )
        .await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
    let export = get_json(&server, &ada, "/api/me/export").await;
    let statistics = &export["statistics"][0];
    assert_eq!(statistics["scene_id"], id.as_str());
    let today = statistics["days"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (today["views"].as_u64(), today["visitors"].as_u64()),
        (Some(2), Some(2))
    );
    assert_eq!(statistics["hotspots"][0]["opens"], 2);
}

#[tokio::test]
async fn the_chosen_language_is_kept_with_the_account_until_it_is_forgotten() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    assert_eq!(
        get_json(&server, &ada, "/api/me").await["language"],
        Value::Null
    );
    let response = patch_json(&server, &ada, "/api/me", &json!({"language": "fi"})).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<Value>().await.unwrap()["language"], "fi");

    // Another device, the same account: the same language.
    let (status, elsewhere) = common::logged_in(&server, "ada", PASSWORD).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        get_json(&server, &elsewhere, "/api/me").await["language"],
        "fi"
    );
    // Other changes leave it as it is; a language Pinpoint does not speak is refused.
    patch_json(&server, &ada, "/api/me", &json!({"marketing_opt_in": true})).await;
    assert_eq!(get_json(&server, &ada, "/api/me").await["language"], "fi");
    for wrong in [json!("fi-FI"), json!("klingon"), json!(""), json!(7)] {
        let response = patch_json(&server, &ada, "/api/me", &json!({"language": wrong})).await;
        assert!(response.status().is_client_error(), "{wrong}");
    }
    let response = patch_json(&server, &ada, "/api/me", &json!({"language": "xx"})).await;
    assert_invalid(response, "language").await;
    // Forgotten: the browser's language again.
    patch_json(&server, &ada, "/api/me", &json!({"language": null})).await;
    assert_eq!(
        get_json(&server, &ada, "/api/me").await["language"],
        Value::Null
    );
    // The change is in the activity log.
    let log = get_json(&server, &ada, "/api/me/activity").await;
    assert!(log.to_string().contains("language"), "{log}");
}
