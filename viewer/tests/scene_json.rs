//! The viewer's scene reader against serde's reading of the same JSON: the
//! same scene from every shape the server sends, and a refusal wherever
//! serde refuses.
#![cfg(target_arch = "wasm32")]

use model::Scene;
use pinpoint_viewer::scene_json;
use serde_json::{json, Value};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn both(json: &Value) -> (Option<Scene>, Option<Scene>) {
    let parsed = js_sys::JSON::parse(&json.to_string()).unwrap();
    let ours = scene_json::scene(&parsed);
    let serdes = serde_wasm_bindgen::from_value::<Scene>(parsed).ok();
    (ours, serdes)
}

fn full() -> Value {
    json!({
        "id": "s1",
        "owner": {"id": "u1", "username": "ada", "avatar": "a9"},
        "title": "Tulivuori",
        "description": "Kuuma",
        "image": {
            "asset_id": "a1", "width": 4000, "height": 2000, "alt": "A crater",
            "projection": "equirectangular",
            "initial_view": {"x": 0.25, "y": 0.5, "fov": 75.5}
        },
        "hotspots": [
            {"id": "h1", "x": 0.1, "y": 0.9, "title": "Rim", "text": "Hot", "link": "https://example.org",
             "media": {"kind": "image", "asset_id": "a2"}, "scene_link": "s2", "icon": "star", "color": "#123456"},
            {"id": "h2", "x": 0.5, "y": 0.5, "media": {"kind": "youtube", "video_id": "dQw4w9WgXcQ"}},
            {"x": 1, "y": 0, "media": {"kind": "audio", "asset_id": "a3"}, "link": null},
            {"x": 0.3, "y": 0.3, "media": {"kind": "vimeo", "video_id": "76979871", "asset_id": "ignored"}}
        ],
        "visibility": "unlisted",
        "version": 7,
        "created_at": "2026-11-30T10:00:00Z",
        "updated_at": "2026-11-30T11:00:00Z",
        "is_something_new": true
    })
}

#[wasm_bindgen_test]
fn every_shape_the_server_sends_reads_as_serde_reads_it() {
    let mut flat = full();
    flat["image"] = json!({"asset_id": "a1", "width": 800, "height": 600});
    let mut no_picture = full();
    no_picture["image"] = Value::Null;
    no_picture["owner"]["avatar"] = Value::Null;
    no_picture["hotspots"] = json!([]);
    let mut missing_optional = full();
    missing_optional.as_object_mut().unwrap().remove("image");
    missing_optional["owner"]
        .as_object_mut()
        .unwrap()
        .remove("avatar");
    for json in [full(), flat, no_picture, missing_optional] {
        let (ours, serdes) = both(&json);
        assert!(serdes.is_some(), "{json}");
        assert_eq!(ours, serdes, "{json}");
    }
}

/// `json` with the field at `pointer` set to `value`, or removed.
fn changed(mut json: Value, pointer: &str, value: Option<Value>) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = json.pointer_mut(parent).unwrap();
    match value {
        Some(value) => parent[key] = value,
        None => {
            parent.as_object_mut().unwrap().remove(key);
        }
    }
    json
}

#[wasm_bindgen_test]
fn whatever_serde_refuses_is_refused() {
    let broken = [
        ("/title", Some(json!(5))),
        ("/description", None),
        ("/visibility", Some(json!("secret"))),
        ("/version", Some(json!(1.5))),
        ("/version", Some(json!("7"))),
        ("/hotspots", Some(json!({"0": {"x": 0, "y": 0}}))),
        ("/hotspots/0/x", Some(json!("left"))),
        ("/hotspots/1/y", None),
        ("/hotspots/0/icon", Some(json!("skull"))),
        (
            "/hotspots/0/media",
            Some(json!({"kind": "flash", "asset_id": "a"})),
        ),
        (
            "/hotspots/0/media",
            Some(json!({"kind": "image", "video_id": "x"})),
        ),
        ("/image/width", Some(json!(-1))),
        ("/image/height", Some(json!(2.5))),
        ("/image/projection", Some(json!("fisheye"))),
        ("/image/initial_view", Some(json!({"x": 0.5, "y": 0.5}))),
        ("/owner", Some(json!("ada"))),
        ("/updated_at", None),
    ];
    for (pointer, value) in broken {
        let json = changed(full(), pointer, value);
        let (ours, serdes) = both(&json);
        assert_eq!(serdes, None, "{pointer}: serde reads {json}");
        assert_eq!(ours, None, "{pointer}: {json}");
    }
}
