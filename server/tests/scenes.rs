//! Scenes through the API: creating, reading, saving with versions,
//! deleting, who may see each visibility, and the public Explore listing.

mod common;

use common::{
    assert_error, assert_invalid, create_scene, delete_scene, get, get_scene, id_of, post_scene,
    put_scene, scene_body, signed_in, upload_png, TestServer,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn create_answers_201_with_version_1_named_hotspots_and_the_stored_image_size() {
    let server = TestServer::start().await;
    let (ada, me) = signed_in(&server, "ada").await;
    let asset = upload_png(&server, &ada, 3, 2).await;

    let mut body = scene_body("Volcano", "private", asset["id"].as_str());
    // The client's claim about the image's size is ignored.
    body["image"]["width"] = json!(9999);
    body["image"]["height"] = json!(7777);
    body["hotspots"] = json!([
        {"x": 0.25, "y": 0.4, "title": "Crater", "text": "Hot."},
        {"id": "h1", "x": 0.5, "y": 0.5, "title": "Named"},
        {"x": 1.0, "y": 0.0},
    ]);
    let response = post_scene(&server, &ada, &body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let scene: Value = response.json().await.unwrap();

    assert_eq!(id_of(&scene).len(), 22, "128 random bits, base64url");
    assert_eq!(scene["version"], 1);
    assert_eq!(scene["title"], "Volcano");
    assert_eq!(scene["visibility"], "private");
    assert_eq!(
        scene["owner"],
        json!({"id": me["id"], "username": "ada", "avatar": null})
    );
    assert_eq!(scene["image"]["asset_id"], asset["id"]);
    assert_eq!(scene["image"]["width"], 3);
    assert_eq!(scene["image"]["height"], 2);
    assert_eq!(scene["image"]["alt"], "A picture");
    let ids: Vec<&str> = scene["hotspots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["h2", "h1", "h3"],
        "new ids never clash with sent ones"
    );
    let first = &scene["hotspots"][0];
    assert_eq!(first["icon"], "info");
    assert_eq!(first["color"], "#e4572e");
    assert_eq!(first["link"], Value::Null);
    assert!(scene["created_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(scene["created_at"], scene["updated_at"]);
}

#[tokio::test]
async fn a_scene_may_be_drafted_without_an_image() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("Draft", "private", None)).await;
    assert_eq!(scene["image"], Value::Null);
}

#[tokio::test]
async fn the_owner_reads_back_what_was_created() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let asset = upload_png(&server, &ada, 4, 4).await;
    let created = create_scene(
        &server,
        &ada,
        scene_body("Volcano", "private", asset["id"].as_str()),
    )
    .await;

    let response = get_scene(&server, &ada, &id_of(&created)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let read: Value = response.json().await.unwrap();
    assert_eq!(read, created);
}

#[tokio::test]
async fn the_scene_list_holds_only_my_own_scenes() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let mine = create_scene(&server, &ada, scene_body("Mine", "private", None)).await;
    let also_mine = create_scene(&server, &ada, scene_body("Also mine", "public", None)).await;
    create_scene(&server, &grace, scene_body("Grace's", "public", None)).await;

    let list: Vec<Value> = get(&server, &ada, "/api/scenes")
        .await
        .json()
        .await
        .unwrap();
    let mut ids: Vec<String> = list.iter().map(id_of).collect();
    ids.sort();
    let mut expected = vec![id_of(&mine), id_of(&also_mine)];
    expected.sort();
    assert_eq!(ids, expected);
    let summary = list.iter().find(|s| s["id"] == mine["id"]).unwrap();
    assert_eq!(summary["title"], "Mine");
    assert_eq!(summary["hotspot_count"], 1);
    assert_eq!(summary["visibility"], "private");
    assert_eq!(summary["owner"]["username"], "ada");

    let anonymous = get(&server, &server.client(), "/api/scenes").await;
    assert_error(anonymous, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
}

#[tokio::test]
async fn saving_with_the_current_version_increments_it() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let created = create_scene(&server, &ada, scene_body("Volcano", "private", None)).await;
    let id = id_of(&created);

    // The app sends back the whole scene it loaded, with its version.
    let mut edit = created.clone();
    edit["title"] = json!("Volcano, revised");
    edit["hotspots"][0]["link"] = json!("https://example.org/crater");
    let response = put_scene(&server, &ada, &id, &edit).await;
    assert_eq!(response.status(), StatusCode::OK);
    let saved: Value = response.json().await.unwrap();
    assert_eq!(saved["version"], 2);
    assert_eq!(saved["title"], "Volcano, revised");
    assert_eq!(saved["hotspots"][0]["link"], "https://example.org/crater");
    assert_eq!(saved["created_at"], created["created_at"]);

    edit = saved.clone();
    edit["visibility"] = json!("unlisted");
    let saved: Value = put_scene(&server, &ada, &id, &edit)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(saved["version"], 3);
    assert_eq!(saved["visibility"], "unlisted");

    let read: Value = get_scene(&server, &ada, &id).await.json().await.unwrap();
    assert_eq!(read, saved);
}

#[tokio::test]
async fn saving_a_stale_version_is_409_and_keeps_the_newer_scene() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let created = create_scene(&server, &ada, scene_body("Volcano", "private", None)).await;
    let id = id_of(&created);

    let mut first_tab = created.clone();
    first_tab["title"] = json!("First tab");
    assert_eq!(
        put_scene(&server, &ada, &id, &first_tab).await.status(),
        StatusCode::OK
    );

    let mut second_tab = created.clone();
    second_tab["title"] = json!("Second tab");
    let response = put_scene(&server, &ada, &id, &second_tab).await;
    assert_error(response, StatusCode::CONFLICT, "conflict", None).await;

    let read: Value = get_scene(&server, &ada, &id).await.json().await.unwrap();
    assert_eq!(read["title"], "First tab");
    assert_eq!(read["version"], 2);
}

#[tokio::test]
async fn saving_without_a_version_is_422_on_version() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let created = create_scene(&server, &ada, scene_body("Volcano", "private", None)).await;

    let body = scene_body("No version", "private", None);
    let response = put_scene(&server, &ada, &id_of(&created), &body).await;
    assert_invalid(response, "version").await;
}

#[tokio::test]
async fn invalid_scenes_are_422_naming_the_field() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;

    let mut cases = Vec::new();
    for link in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,hi",
    ] {
        let mut body = scene_body("Volcano", "private", None);
        body["hotspots"][0]["link"] = json!(link);
        cases.push((body, "hotspots[0].link"));
    }
    for title in ["", "   "] {
        cases.push((scene_body(title, "private", None), "title"));
    }
    cases.push((scene_body(&"t".repeat(121), "private", None), "title"));
    for x in [1.5, -0.1] {
        let mut body = scene_body("Volcano", "private", None);
        body["hotspots"][0]["x"] = json!(x);
        cases.push((body, "hotspots[0].x"));
    }
    let mut body = scene_body("Volcano", "private", None);
    body["hotspots"][0]["color"] = json!("red");
    cases.push((body, "hotspots[0].color"));
    let mut body = scene_body("Volcano", "private", None);
    body["hotspots"][0]["media"] = json!({"kind": "youtube", "video_id": "<script>"});
    cases.push((body, "hotspots[0].media"));

    for (body, field) in cases {
        let response = post_scene(&server, &ada, &body).await;
        assert_invalid(response, field).await;
    }

    // The same rules hold when saving.
    let created = create_scene(&server, &ada, scene_body("Volcano", "private", None)).await;
    let mut edit = created.clone();
    edit["hotspots"][0]["link"] = json!("javascript:alert(1)");
    let response = put_scene(&server, &ada, &id_of(&created), &edit).await;
    assert_invalid(response, "hotspots[0].link").await;

    let list: Vec<Value> = get(&server, &ada, "/api/scenes")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list.len(), 1, "no invalid scene was stored");
    assert_eq!(list[0]["hotspot_count"], 1);
}

#[tokio::test]
async fn another_users_image_cannot_be_used_and_is_422() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let graces = upload_png(&server, &grace, 2, 2).await;
    let grace_id = graces["id"].as_str().unwrap();

    let response = post_scene(
        &server,
        &ada,
        &scene_body("Borrowed", "public", Some(grace_id)),
    )
    .await;
    assert_invalid(response, "image.asset_id").await;

    let mut body = scene_body("Borrowed media", "public", None);
    body["hotspots"][0]["media"] = json!({"kind": "image", "asset_id": grace_id});
    let response = post_scene(&server, &ada, &body).await;
    assert_invalid(response, "hotspots[0].media").await;

    let response = post_scene(
        &server,
        &ada,
        &scene_body("Made up", "public", Some("nope")),
    )
    .await;
    assert_invalid(response, "image.asset_id").await;
}

#[tokio::test]
async fn an_unknown_scene_is_404() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    for client in [&ada, &server.client()] {
        let response = get_scene(&server, client, "AAAAAAAAAAAAAAAAAAAAAA").await;
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    }
}

#[tokio::test]
async fn a_private_scene_is_404_to_anyone_but_its_owner() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let scene = create_scene(&server, &ada, scene_body("Diary", "private", None)).await;
    let id = id_of(&scene);

    let missing = assert_error(
        get_scene(&server, &ada, "AAAAAAAAAAAAAAAAAAAAAA").await,
        StatusCode::NOT_FOUND,
        "not_found",
        None,
    )
    .await;
    for stranger in [&server.client(), &grace] {
        let hidden = assert_error(
            get_scene(&server, stranger, &id).await,
            StatusCode::NOT_FOUND,
            "not_found",
            None,
        )
        .await;
        assert_eq!(hidden, missing, "hidden looks exactly like missing");
    }

    let response = get_scene(&server, &ada, &id).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["x-robots-tag"], "noindex");
}

#[tokio::test]
async fn an_unlisted_scene_opens_for_anyone_with_the_link_but_is_never_indexed() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("By link", "unlisted", None)).await;

    let response = get_scene(&server, &server.bare_client(), &id_of(&scene)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["x-robots-tag"], "noindex");
    let read: Value = response.json().await.unwrap();
    assert_eq!(read["title"], "By link");
    assert!(
        !read.to_string().contains("ada@example.org"),
        "no email in a scene"
    );
}

#[tokio::test]
async fn a_public_scene_opens_for_anyone_and_may_be_indexed() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("For all", "public", None)).await;

    let response = get_scene(&server, &server.bare_client(), &id_of(&scene)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().get("x-robots-tag").is_none());
    assert!(
        response.headers().get("set-cookie").is_none(),
        "viewers get no cookie"
    );
}

#[tokio::test]
async fn only_the_owner_may_save_or_delete_a_scene() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let public = create_scene(&server, &ada, scene_body("Public", "public", None)).await;
    let private = create_scene(&server, &ada, scene_body("Private", "private", None)).await;

    for scene in [&public, &private] {
        let id = id_of(scene);
        let mut edit = scene.clone();
        edit["title"] = json!("Defaced");
        // A scene grace can see refuses her (403); one she cannot see stays
        // hidden (404).
        let status = if scene["visibility"] == "public" {
            StatusCode::FORBIDDEN
        } else {
            StatusCode::NOT_FOUND
        };
        let saved = put_scene(&server, &grace, &id, &edit).await;
        assert_eq!(saved.status(), status, "grace saving {}", scene["title"]);
        let deleted = delete_scene(&server, &grace, &id).await;
        assert_eq!(
            deleted.status(),
            status,
            "grace deleting {}",
            scene["title"]
        );

        // Signed out is refused before anything else.
        let anonymous = server.client();
        assert_eq!(
            put_scene(&server, &anonymous, &id, &edit).await.status(),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            delete_scene(&server, &anonymous, &id).await.status(),
            StatusCode::UNAUTHORIZED
        );

        let read: Value = get_scene(&server, &ada, &id).await.json().await.unwrap();
        assert_eq!(&read, scene, "unchanged");
    }
}

#[tokio::test]
async fn the_owner_deletes_a_scene_and_its_link_then_answers_404() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("Short-lived", "public", None)).await;
    let id = id_of(&scene);

    let response = delete_scene(&server, &ada, &id).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    for client in [&ada, &server.client()] {
        assert_error(
            get_scene(&server, client, &id).await,
            StatusCode::NOT_FOUND,
            "not_found",
            None,
        )
        .await;
    }
    assert_error(
        delete_scene(&server, &ada, &id).await,
        StatusCode::NOT_FOUND,
        "not_found",
        None,
    )
    .await;
    let list: Vec<Value> = get(&server, &ada, "/api/scenes")
        .await
        .json()
        .await
        .unwrap();
    assert!(list.is_empty());
}

async fn explore(server: &TestServer) -> Value {
    let response = get(server, &server.bare_client(), "/api/explore").await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn explore_ids(page: &Value) -> Vec<String> {
    page["scenes"]
        .as_array()
        .unwrap()
        .iter()
        .map(id_of)
        .collect()
}

#[tokio::test]
async fn explore_lists_only_public_scenes_newest_first() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;

    let empty = explore(&server).await;
    assert_eq!(empty, json!({"scenes": [], "page": 1, "has_more": false}));

    let first = create_scene(&server, &ada, scene_body("First", "public", None)).await;
    create_scene(&server, &ada, scene_body("Hidden", "private", None)).await;
    create_scene(&server, &grace, scene_body("By link", "unlisted", None)).await;
    let second = create_scene(&server, &grace, scene_body("Second", "public", None)).await;
    let third = create_scene(&server, &ada, scene_body("Third", "public", None)).await;

    let page = explore(&server).await;
    assert_eq!(
        explore_ids(&page),
        [id_of(&third), id_of(&second), id_of(&first)]
    );
    assert_eq!(page["has_more"], false);
    assert_eq!(page["scenes"][1]["owner"]["username"], "grace");
    assert!(!page.to_string().contains("@example.org"), "no emails");

    // Made private, a scene leaves the listing.
    let mut edit = second.clone();
    edit["visibility"] = json!("private");
    assert_eq!(
        put_scene(&server, &grace, &id_of(&second), &edit)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        explore_ids(&explore(&server).await),
        [id_of(&third), id_of(&first)]
    );
}

#[tokio::test]
async fn explore_rejects_a_page_that_is_not_a_number() {
    let server = TestServer::start().await;
    let response = get(&server, &server.bare_client(), "/api/explore?page=two").await;
    assert_error(response, StatusCode::BAD_REQUEST, "bad_request", None).await;
}

#[tokio::test]
async fn a_scene_sent_to_its_owner_says_so_and_to_anyone_else_not() {
    // The viewer counts no visit of the owner's; the mark spares it a call.
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let scene = create_scene(&server, &ada, scene_body("Mine", "unlisted", None)).await;
    let path = format!("/api/scenes/{}", scene["id"].as_str().unwrap());
    let mark = |response: &reqwest::Response| {
        response
            .headers()
            .get("pinpoint-viewer-is-owner")
            .map(|v| v.to_str().unwrap().to_string())
    };
    let own = get(&server, &ada, &path).await;
    assert_eq!(mark(&own).as_deref(), Some("1"));
    for client in [grace, server.client()] {
        let other = get(&server, &client, &path).await;
        assert_eq!(other.status(), reqwest::StatusCode::OK);
        assert_eq!(mark(&other), None);
    }
}

#[tokio::test]
async fn a_360_scene_is_a_two_to_one_upload_with_an_optional_start_view() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let panorama = upload_png(&server, &ada, 400, 200).await;
    let photo = upload_png(&server, &ada, 400, 300).await;

    let mut body = scene_body("Crater", "unlisted", panorama["id"].as_str());
    body["image"]["projection"] = json!("equirectangular");
    body["image"]["initial_view"] = json!({"x": 0.25, "y": 0.4, "fov": 75});
    body["hotspots"] = json!([{"x": 0.0, "y": 0.5, "title": "Behind"}]);
    let scene = create_scene(&server, &ada, body.clone()).await;
    assert_eq!(scene["image"]["projection"], "equirectangular");
    assert_eq!(scene["image"]["initial_view"]["fov"], 75.0);
    let read: Value = get_scene(&server, &ada, id_of(&scene).as_str())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(read["image"], scene["image"]);

    // What the upload really is decides, whatever the client claims.
    let mut claimed = body.clone();
    claimed["image"]["asset_id"] = photo["id"].clone();
    claimed["image"]["width"] = json!(800);
    claimed["image"]["height"] = json!(400);
    assert_invalid(
        post_scene(&server, &ada, &claimed).await,
        "image.projection",
    )
    .await;

    let mut wide = body.clone();
    wide["image"]["initial_view"]["fov"] = json!(150);
    assert_invalid(
        post_scene(&server, &ada, &wide).await,
        "image.initial_view.fov",
    )
    .await;
    let mut flat = scene_body("Photo", "private", photo["id"].as_str());
    flat["image"]["initial_view"] = json!({"x": 0.5, "y": 0.5, "fov": 90});
    assert_invalid(post_scene(&server, &ada, &flat).await, "image.initial_view").await;
    let mut unknown = body;
    unknown["image"]["projection"] = json!("cylindrical");
    let response = post_scene(&server, &ada, &unknown).await;
    assert!(response.status().is_client_error());

    // A flat scene reads as before: no projection, no start view.
    let flat = create_scene(
        &server,
        &ada,
        scene_body("Photo", "private", photo["id"].as_str()),
    )
    .await;
    assert!(flat["image"].get("projection").is_none());
    assert!(flat["image"].get("initial_view").is_none());
}
