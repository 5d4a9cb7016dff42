//! What viewer events and scene listings know of a scene without reading
//! its body: an event may name only a hotspot of the scene's current
//! version, and Explore and "my scenes" show the current picture and number
//! of hotspots, through saves and link resets; neither reads the body.

mod common;

use common::{
    assert_invalid, create_scene, get_json, get_scene, id_of, post_empty, post_events, put_scene,
    signed_in, upload_png, viewer_client, TestServer,
};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

/// A public scene body with these hotspot ids and picture.
fn scene_with(hotspots: &[&str], image: Option<&Value>) -> Value {
    let hotspots: Vec<Value> = hotspots
        .iter()
        .enumerate()
        .map(|(i, id)| {
            json!({"id": id, "x": 0.1 + 0.1 * i as f64, "y": 0.5, "title": format!("Spot {id}"), "text": ""})
        })
        .collect();
    json!({
        "title": "Volcano",
        "description": "",
        "image": image.map(|asset| json!({"asset_id": asset["id"], "width": 1, "height": 1, "alt": "A picture"})),
        "hotspots": hotspots,
        "visibility": "public",
    })
}

/// Saves `body` over the scene `scene` (as last read); answers the saved scene.
async fn save(server: &TestServer, owner: &Client, scene: &Value, mut body: Value) -> Value {
    body["version"] = scene["version"].clone();
    let response = put_scene(server, owner, &id_of(scene), &body).await;
    assert_eq!(response.status(), StatusCode::OK, "saving {body}");
    response.json().await.unwrap()
}

async fn reset_link(server: &TestServer, owner: &Client, scene: &Value) -> Value {
    let response = post_empty(
        server,
        owner,
        &format!("/api/scenes/{}/reset-link", id_of(scene)),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn open(scene: &str, hotspot: &str) -> Value {
    json!({"kind": "hotspot_open", "scene": scene, "hotspot": hotspot})
}

/// Checks that a viewer's batch is accepted.
async fn accepted(server: &TestServer, viewer: &Client, events: Value) {
    let response = post_events(server, viewer, events.clone()).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT, "{events}");
}

/// Checks that a viewer's batch is refused, naming `field`.
async fn refused(server: &TestServer, viewer: &Client, events: Value, field: &str) {
    let response = post_events(server, viewer, events).await;
    assert_invalid(response, field).await;
}

#[tokio::test]
async fn an_event_may_name_only_a_hotspot_of_the_scenes_current_version() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let viewer = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");
    let scene = create_scene(&server, &ada, scene_with(&["h1", "h2"], None)).await;
    let id = id_of(&scene);
    accepted(&server, &viewer, json!([open(&id, "h1"), open(&id, "h2")])).await;

    // h2 is removed and h3 added.
    let scene = save(&server, &ada, &scene, scene_with(&["h1", "h3"], None)).await;
    refused(
        &server,
        &viewer,
        json!([open(&id, "h2")]),
        "events[0].hotspot",
    )
    .await;
    refused(
        &server,
        &viewer,
        json!([{"kind": "view", "scene": id}, open(&id, "h1"), open(&id, "h2")]),
        "events[2].hotspot",
    )
    .await;
    accepted(&server, &viewer, json!([open(&id, "h1"), open(&id, "h3")])).await;

    // A new link: the old id is no scene; the new one has the same hotspots.
    let moved = reset_link(&server, &ada, &scene).await;
    let new_id = id_of(&moved);
    assert_ne!(new_id, id);
    refused(
        &server,
        &viewer,
        json!([open(&id, "h1")]),
        "events[0].scene",
    )
    .await;
    accepted(
        &server,
        &viewer,
        json!([open(&new_id, "h1"), open(&new_id, "h3")]),
    )
    .await;
    refused(
        &server,
        &viewer,
        json!([open(&new_id, "h2")]),
        "events[0].hotspot",
    )
    .await;

    // And a save after the reset is checked against the new id too.
    save(&server, &ada, &moved, scene_with(&["h4"], None)).await;
    accepted(&server, &viewer, json!([open(&new_id, "h4")])).await;
    refused(
        &server,
        &viewer,
        json!([open(&new_id, "h1")]),
        "events[0].hotspot",
    )
    .await;
}

/// `(hotspot_count, image)` of the scene `id` in a listing of scenes.
fn listed(scenes: &Value, id: &str) -> Option<(u64, Value)> {
    scenes.as_array().unwrap().iter().find_map(|s| {
        (s["id"] == id).then(|| (s["hotspot_count"].as_u64().unwrap(), s["image"].clone()))
    })
}

/// The scene `id` as Explore and as its owner's list show it; both must agree.
async fn summaries(server: &TestServer, owner: &Client, id: &str) -> Option<(u64, Value)> {
    let explore = get_json(server, &server.client(), "/api/explore").await;
    let mine = get_json(server, owner, "/api/scenes").await;
    let public = listed(&explore["scenes"], id);
    assert_eq!(public, listed(&mine, id), "Explore and my scenes agree");
    public
}

fn image(asset: &Value, width: u64, height: u64) -> Value {
    json!({"asset_id": asset["id"], "width": width, "height": height, "alt": "A picture"})
}

#[tokio::test]
async fn explore_and_my_scenes_show_the_current_picture_and_hotspot_count() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let small = upload_png(&server, &ada, 4, 4).await;
    let wide = upload_png(&server, &ada, 8, 6).await;

    let scene = create_scene(&server, &ada, scene_with(&["h1"], Some(&small))).await;
    let id = id_of(&scene);
    assert_eq!(
        summaries(&server, &ada, &id).await,
        Some((1, image(&small, 4, 4)))
    );

    let scene = save(
        &server,
        &ada,
        &scene,
        scene_with(&["h1", "h2", "h3"], Some(&wide)),
    )
    .await;
    assert_eq!(
        summaries(&server, &ada, &id).await,
        Some((3, image(&wide, 8, 6)))
    );

    let moved = reset_link(&server, &ada, &scene).await;
    let new_id = id_of(&moved);
    assert_eq!(summaries(&server, &ada, &id).await, None);
    assert_eq!(
        summaries(&server, &ada, &new_id).await,
        Some((3, image(&wide, 8, 6)))
    );

    save(&server, &ada, &moved, scene_with(&["h1", "h2"], None)).await;
    assert_eq!(
        summaries(&server, &ada, &new_id).await,
        Some((2, Value::Null))
    );
}

#[tokio::test]
async fn explore_my_scenes_and_events_answer_without_reading_a_scenes_body() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let picture = upload_png(&server, &ada, 4, 4).await;
    let scene = create_scene(&server, &ada, scene_with(&["h1", "h2"], Some(&picture))).await;
    let id = id_of(&scene);

    // A body the server cannot read at all stands in for one too big to
    // read on every request: what answers without it still works.
    let changed = server.sql_execute(
        "UPDATE scenes SET body = 'not a scene' WHERE id = ?1",
        pinpoint_server::params![id],
    );
    assert_eq!(changed, 1);
    let whole = get_scene(&server, &ada, &id).await;
    assert!(
        whole.status().is_server_error(),
        "the scene itself needs its body: {}",
        whole.status()
    );

    assert_eq!(
        summaries(&server, &ada, &id).await,
        Some((2, image(&picture, 4, 4)))
    );
    let viewer = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");
    accepted(
        &server,
        &viewer,
        json!([{"kind": "view", "scene": id}, open(&id, "h2")]),
    )
    .await;
    refused(
        &server,
        &viewer,
        json!([open(&id, "h9")]),
        "events[0].hotspot",
    )
    .await;
}
