//! Image uploads, judged by their bytes, and image downloads, which follow
//! the visibility of the scenes that show them.

mod common;

use common::{
    assert_error, assert_invalid, create_scene, get_asset, gif, jpeg, png, post_asset, post_bytes,
    post_scene, put_scene, scene_body, signed_in, upload_png, webp, TestServer,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn a_png_upload_answers_201_with_its_type_and_size() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let response = post_asset(&server, &ada, png(7, 5)).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let asset: Value = response.json().await.unwrap();
    assert_eq!(asset["content_type"], "image/png");
    assert_eq!(asset["width"], 7);
    assert_eq!(asset["height"], 5);
    assert_eq!(asset["id"].as_str().unwrap().len(), 22);
}

#[tokio::test]
async fn jpeg_gif_and_webp_uploads_are_recognised_by_their_bytes() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let cases = [
        (jpeg(640, 480), "image/jpeg", 640, 480),
        (gif(33, 21), "image/gif", 33, 21),
        (webp(300, 200), "image/webp", 300, 200),
    ];
    for (bytes, content_type, width, height) in cases {
        // The declared type is ignored: here it even lies.
        let response = post_bytes(&server, &ada, "/api/assets", "image/png", bytes).await;
        assert_eq!(response.status(), StatusCode::CREATED, "{content_type}");
        let asset: Value = response.json().await.unwrap();
        assert_eq!(
            asset,
            json!({"id": asset["id"], "content_type": content_type, "width": width, "height": height})
        );
    }
}

#[tokio::test]
async fn text_or_a_fake_png_is_415() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    // A PNG's signature and the start of its header, cut off before the size.
    let truncated_png = png(2, 2)[..20].to_vec();
    let bodies = [
        b"hello, this is just text".to_vec(),
        b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec(),
        b"\x89PNG".to_vec(),
        truncated_png,
    ];
    for body in bodies {
        let response = post_bytes(&server, &ada, "/api/assets", "image/png", body).await;
        assert_error(
            response,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            None,
        )
        .await;
    }
}

#[tokio::test]
async fn an_empty_upload_is_400() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let response = post_asset(&server, &ada, Vec::new()).await;
    assert_error(response, StatusCode::BAD_REQUEST, "bad_request", None).await;
}

#[tokio::test]
async fn an_upload_over_10_mib_is_413() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    // A real PNG start, padded just past the limit (a little past, so the
    // server has read nearly all of it when it answers).
    let mut bytes = png(1, 1);
    bytes.resize(10 * 1024 * 1024 + 100, 0);
    let response = post_asset(&server, &ada, bytes).await;
    assert_error(response, StatusCode::PAYLOAD_TOO_LARGE, "too_large", None).await;
}

#[tokio::test]
async fn an_image_too_many_pixels_wide_is_422() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let response = post_asset(&server, &ada, gif(10_001, 10)).await;
    assert_invalid(response, "image").await;
}

#[tokio::test]
async fn uploading_without_logging_in_is_401() {
    let server = TestServer::start().await;
    let response = post_asset(&server, &server.client(), png(2, 2)).await;
    assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
}

#[tokio::test]
async fn the_owner_downloads_the_exact_bytes_with_their_type() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    for (bytes, content_type) in [(png(3, 3), "image/png"), (gif(4, 4), "image/gif")] {
        let asset: Value = post_asset(&server, &ada, bytes.clone())
            .await
            .json()
            .await
            .unwrap();
        let response = get_asset(&server, &ada, asset["id"].as_str().unwrap()).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], content_type);
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        let cache = response.headers()["cache-control"].to_str().unwrap();
        assert!(cache.starts_with("private"), "{cache}");
        assert_eq!(response.bytes().await.unwrap().to_vec(), bytes);
    }
}

#[tokio::test]
async fn an_image_only_a_private_scene_shows_is_404_to_all_but_its_owner() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let asset = upload_png(&server, &ada, 2, 2).await;
    let id = asset["id"].as_str().unwrap();
    create_scene(&server, &ada, scene_body("Diary", "private", Some(id))).await;

    for stranger in [&server.bare_client(), &grace] {
        let response = get_asset(&server, stranger, id).await;
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    }
    assert_eq!(get_asset(&server, &ada, id).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn an_image_not_yet_in_any_scene_is_404_to_all_but_its_owner() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let asset = upload_png(&server, &ada, 2, 2).await;
    let id = asset["id"].as_str().unwrap();

    for stranger in [&server.bare_client(), &grace] {
        let response = get_asset(&server, stranger, id).await;
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    }
    assert_eq!(get_asset(&server, &ada, id).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn an_image_a_public_or_unlisted_scene_shows_opens_for_anyone() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    for visibility in ["public", "unlisted"] {
        let bytes = png(2, 3);
        let asset: Value = post_asset(&server, &ada, bytes.clone())
            .await
            .json()
            .await
            .unwrap();
        let id = asset["id"].as_str().unwrap();
        create_scene(&server, &ada, scene_body("Shared", visibility, Some(id))).await;

        let response = get_asset(&server, &server.bare_client(), id).await;
        assert_eq!(response.status(), StatusCode::OK, "{visibility}");
        assert_eq!(response.headers()["content-type"], "image/png");
        assert_eq!(response.bytes().await.unwrap().to_vec(), bytes);
    }
}

#[tokio::test]
async fn a_hotspot_image_follows_its_scene_too() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let background = upload_png(&server, &ada, 4, 4).await;
    let detail = upload_png(&server, &ada, 2, 2).await;
    let detail_id = detail["id"].as_str().unwrap();
    let mut body = scene_body("Tour", "public", background["id"].as_str());
    body["hotspots"][0]["media"] = json!({"kind": "image", "asset_id": detail_id});
    let scene = create_scene(&server, &ada, body).await;

    let anonymous = server.bare_client();
    assert_eq!(
        get_asset(&server, &anonymous, detail_id).await.status(),
        StatusCode::OK
    );

    // Made private, the scene takes its images with it.
    let mut edit = scene.clone();
    edit["visibility"] = json!("private");
    let saved = put_scene(&server, &ada, scene["id"].as_str().unwrap(), &edit).await;
    assert_eq!(saved.status(), StatusCode::OK);
    for id in [detail_id, background["id"].as_str().unwrap()] {
        assert_eq!(
            get_asset(&server, &anonymous, id).await.status(),
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn an_unknown_image_is_404() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    for client in [&ada, &server.bare_client()] {
        let response = get_asset(&server, client, "AAAAAAAAAAAAAAAAAAAAAA").await;
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    }
    // Ids are never paths.
    let response = get_asset(&server, &ada, "..%2Fpinpoint.db").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

/// A short, silent WAV file: a RIFF header, a format chunk, 8 samples.
fn wav() -> Vec<u8> {
    let samples = [0u8; 16];
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + samples.len() as u32).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&8000u32.to_le_bytes());
    bytes.extend_from_slice(&16000u32.to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&16u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&(samples.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&samples);
    bytes
}

#[tokio::test]
async fn a_sound_can_be_a_popups_media_but_never_the_scenes_picture() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let response = post_asset(&server, &ada, wav()).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let sound: Value = response.json().await.unwrap();
    assert_eq!(sound["content_type"], "audio/wav");
    assert_eq!(
        (sound["width"].as_u64(), sound["height"].as_u64()),
        (Some(0), Some(0))
    );
    let sound_id = sound["id"].as_str().unwrap();

    let response = post_scene(
        &server,
        &ada,
        &scene_body("Sound as picture", "public", Some(sound_id)),
    )
    .await;
    assert_invalid(response, "image.asset_id").await;

    let picture = upload_png(&server, &ada, 4, 3).await;
    let mut body = scene_body("Listen", "public", picture["id"].as_str());
    body["hotspots"][0]["media"] = json!({"kind": "audio", "asset_id": picture["id"]});
    let response = post_scene(&server, &ada, &body).await;
    assert_invalid(response, "hotspots[0].media").await;

    body["hotspots"][0]["media"] = json!({"kind": "audio", "asset_id": sound_id});
    let scene = create_scene(&server, &ada, body).await;
    assert_eq!(scene["hotspots"][0]["media"]["kind"], "audio");

    let anonymous = server.client();
    let response = get_asset(&server, &anonymous, sound_id).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "a public scene's sound plays for anyone"
    );
    assert_eq!(response.headers()["content-type"], "audio/wav");
    assert_eq!(response.bytes().await.unwrap().to_vec(), wav());
}
