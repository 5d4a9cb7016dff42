//! A user's picture: square, replaced whole, and seen only by those who may
//! see its owner.

mod common;

use common::{
    assert_invalid, create_class, delete, get, get_asset, get_json, png, put_avatar,
    school_founder, set_school_settings, signed_in, signed_in_student, TestServer,
};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

async fn avatar_of(server: &TestServer, client: &Client, bytes: Vec<u8>) -> String {
    let response = put_avatar(server, client, bytes).await;
    assert_eq!(response.status(), StatusCode::OK);
    let me: Value = response.json().await.unwrap();
    me["avatar"].as_str().expect("an avatar id").to_string()
}

#[tokio::test]
async fn a_user_sets_replaces_and_removes_their_picture() {
    let server = TestServer::start().await;
    let (ada, me) = signed_in(&server, "ada").await;
    assert_eq!(me["avatar"], Value::Null);

    let first = avatar_of(&server, &ada, png(256, 256)).await;
    let picture = get_asset(&server, &ada, &first).await;
    assert_eq!(picture.status(), StatusCode::OK);
    assert_eq!(picture.bytes().await.unwrap().to_vec(), png(256, 256));

    let second = avatar_of(&server, &ada, png(64, 64)).await;
    assert_ne!(first, second);
    let me: Value = get(&server, &ada, "/api/me").await.json().await.unwrap();
    assert_eq!(me["avatar"], second.as_str());
    // The old picture is gone, record and file.
    let old = get_asset(&server, &ada, &first).await;
    assert_eq!(old.status(), StatusCode::NOT_FOUND);
    assert!(!server.stored_assets().await.contains(&first));

    let removed = delete(&server, &ada, "/api/me/avatar").await;
    assert_eq!(removed.status(), StatusCode::OK);
    let me: Value = removed.json().await.unwrap();
    assert_eq!(me["avatar"], Value::Null);
    assert!(!server.stored_assets().await.contains(&second));

    let log: Value = get(&server, &ada, "/api/me/activity")
        .await
        .json()
        .await
        .unwrap();
    let pictures = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["detail"] == "picture")
        .count();
    assert_eq!(pictures, 3, "{log}");
}

#[tokio::test]
async fn a_picture_must_be_a_square_image_of_a_sensible_size() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let wide = put_avatar(&server, &ada, png(300, 200)).await;
    let error = assert_invalid(wide, "avatar").await;
    assert!(
        error["message"].as_str().unwrap().contains("square"),
        "{error}"
    );
    let tiny = put_avatar(&server, &ada, png(8, 8)).await;
    assert_invalid(tiny, "avatar").await;
    let text = put_avatar(&server, &ada, b"not a picture at all".to_vec()).await;
    assert_eq!(text.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let huge = put_avatar(&server, &ada, vec![0; 3 * 1024 * 1024]).await;
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let anonymous = put_avatar(&server, &server.client(), png(64, 64)).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let me: Value = get(&server, &ada, "/api/me").await.json().await.unwrap();
    assert_eq!(me["avatar"], Value::Null, "nothing refused was kept");
}

#[tokio::test]
async fn a_students_picture_is_seen_only_inside_their_school() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let (ben, _) = signed_in_student(&server, "ben", "2013-09-12", code).await;
    let (cara, _) = signed_in_student(&server, "cara", "2013-01-02", code).await;
    let (stranger, _) = signed_in(&server, "stranger").await;
    let ben_picture = avatar_of(&server, &ben, png(64, 64)).await;
    let teacher_picture = avatar_of(&server, &teacher, png(64, 64)).await;
    let path = format!("/api/assets/{ben_picture}");

    let status = |client: Client| {
        let (server, path) = (&server, path.clone());
        async move { get(server, &client, &path).await.status() }
    };
    assert_eq!(
        status(teacher.clone()).await,
        StatusCode::OK,
        "their teacher"
    );
    assert_eq!(status(cara.clone()).await, StatusCode::OK, "a classmate");
    assert_eq!(status(stranger.clone()).await, StatusCode::NOT_FOUND);
    assert_eq!(
        status(server.client()).await,
        StatusCode::NOT_FOUND,
        "anonymous"
    );
    set_school_settings(&server, &teacher, json!({"peer_visibility": false})).await;
    assert_eq!(status(cara).await, StatusCode::NOT_FOUND, "peers hidden");

    // A teacher's picture is as public as their name.
    let teachers = get_asset(&server, &server.client(), &teacher_picture).await;
    assert_eq!(teachers.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_new_picture_never_takes_an_image_away_from_a_scene() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let first = avatar_of(&server, &ada, png(64, 64)).await;
    // Ada also shows her picture in a scene, through the API.
    let scene = common::create_scene(
        &server,
        &ada,
        common::scene_body("Me", "unlisted", Some(&first)),
    )
    .await;
    avatar_of(&server, &ada, png(32, 32)).await;
    let stranger = server.client();
    let shown = get_asset(&server, &stranger, &first).await;
    assert_eq!(
        shown.status(),
        StatusCode::OK,
        "the scene {} still shows it",
        scene["id"]
    );
}

#[tokio::test]
async fn a_students_picture_id_reaches_only_those_who_may_see_the_picture() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    set_school_settings(&server, &teacher, json!({"students_can_publish": true})).await;
    let class = create_class(&server, &teacher, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let (ben, _) = signed_in_student(&server, "ben", "2013-09-12", code).await;
    let (cara, _) = signed_in_student(&server, "cara", "2013-01-02", code).await;
    let (stranger, _) = signed_in(&server, "stranger").await;
    let picture = avatar_of(&server, &ben, png(64, 64)).await;
    let scene =
        common::create_scene(&server, &ben, common::scene_body("Volcano", "public", None)).await;
    let path = format!("/api/scenes/{}", scene["id"].as_str().unwrap());

    let owner_avatar = |client: Client| {
        let (server, path) = (&server, path.clone());
        async move { get_json(server, &client, &path).await["owner"]["avatar"].clone() }
    };
    assert_eq!(
        owner_avatar(ben.clone()).await,
        picture.as_str(),
        "the owner"
    );
    assert_eq!(
        owner_avatar(teacher.clone()).await,
        picture.as_str(),
        "their teacher"
    );
    assert_eq!(
        owner_avatar(cara.clone()).await,
        picture.as_str(),
        "a classmate"
    );
    assert_eq!(
        owner_avatar(stranger.clone()).await,
        Value::Null,
        "a stranger"
    );
    assert_eq!(
        owner_avatar(server.client()).await,
        Value::Null,
        "anonymous"
    );
    set_school_settings(&server, &teacher, json!({"peer_visibility": false})).await;
    assert_eq!(owner_avatar(cara).await, Value::Null, "peers hidden");

    // Explore reaches anyone: no student's picture id there.
    let explore = get_json(&server, &server.client(), "/api/explore").await;
    let listed = &explore["scenes"][0];
    assert_eq!(listed["id"], scene["id"]);
    assert_eq!(listed["owner"]["username"], "ben");
    assert_eq!(listed["owner"]["avatar"], Value::Null);
    let raw = get(&server, &stranger, &path).await.text().await.unwrap();
    assert!(!raw.contains(&picture), "{raw}");

    // A teacher's picture is as public as their name.
    let own = avatar_of(&server, &teacher, png(64, 64)).await;
    let theirs =
        common::create_scene(&server, &teacher, common::scene_body("Map", "public", None)).await;
    let seen = get_json(
        &server,
        &server.client(),
        &format!("/api/scenes/{}", theirs["id"].as_str().unwrap()),
    )
    .await;
    assert_eq!(seen["owner"]["avatar"], own.as_str());
}
