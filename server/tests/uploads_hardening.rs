//! What an upload must be to be kept: an image that decodes whole within
//! the pixel budget (a damaged file is 415, an image bomb is refused by its
//! header at once), within its account's storage quota (413 past it); and
//! how long it is kept: a day, unless a scene or a user's picture uses it.

mod common;

use common::{
    assert_error, assert_invalid, create_scene, deflated_zeros, garbage, get, get_asset, id_of,
    png, png_claiming, post_asset, put_avatar, put_scene, scene_body, signed_in, upload_png,
    TestServer,
};
use pinpoint_server::clock::DAY;
use pinpoint_server::{retention, AppState};
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

#[tokio::test]
async fn a_truncated_png_is_415_as_an_upload_and_as_a_picture_and_nothing_is_kept() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let whole = png(64, 64);
    let truncated = whole[..whole.len() - 20].to_vec();

    let response = post_asset(&server, &ada, truncated.clone()).await;
    assert_error(
        response,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        None,
    )
    .await;
    let response = put_avatar(&server, &ada, truncated).await;
    assert_error(
        response,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        None,
    )
    .await;
    assert_eq!(server.stored_assets().await, Vec::<String>::new());
    let me: Value = get(&server, &ada, "/api/me").await.json().await.unwrap();
    assert_eq!(me["avatar"], Value::Null);

    // The same image whole is fine.
    assert_eq!(
        post_asset(&server, &ada, whole).await.status(),
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_header_of_a_modest_size_over_garbage_pixels_is_415() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    // 16 megapixels is within the budget: only decoding shows it is no image.
    let response = post_asset(&server, &ada, png_claiming(4_000, 4_000, &garbage())).await;
    assert_error(
        response,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        None,
    )
    .await;
    assert_eq!(server.stored_assets().await, Vec::<String>::new());
}

#[tokio::test]
async fn a_png_claiming_30000_by_30000_pixels_is_422_at_once() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let bomb = png_claiming(30_000, 30_000, &deflated_zeros());
    let started = Instant::now();
    let response = post_asset(&server, &ada, bomb).await;
    let took = started.elapsed();
    assert_invalid(response, "image").await;
    assert!(
        took < Duration::from_secs(1),
        "refused by its header, in {took:?}"
    );
    assert_eq!(server.stored_assets().await, Vec::<String>::new());
}

#[tokio::test]
async fn a_png_claiming_9999_by_9999_pixels_over_garbage_is_refused() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    // Each side is allowed; together they are some 100 megapixels.
    let started = Instant::now();
    let response = post_asset(&server, &ada, png_claiming(9_999, 9_999, &garbage())).await;
    let took = started.elapsed();
    assert!(
        response.status().is_client_error(),
        "refused with a 4xx, got {}",
        response.status()
    );
    assert!(took < Duration::from_secs(1), "answered in {took:?}");
    assert_eq!(server.stored_assets().await, Vec::<String>::new());
}

/// A GIF animation of `frames` frames on a `side` × `side` screen, each
/// frame one pixel: tiny as a file, but every frame is a whole screen to
/// whoever draws it.
fn animation(side: u16, frames: usize) -> Vec<u8> {
    let mut out = b"GIF89a".to_vec();
    out.extend_from_slice(&side.to_le_bytes());
    out.extend_from_slice(&side.to_le_bytes());
    // A global colour table of two colours.
    out.extend_from_slice(&[0x80, 0, 0, 0xE4, 0x57, 0x2E, 0xFF, 0xFF, 0xFF]);
    for _ in 0..frames {
        // An image at (0, 0), 1 × 1, then its pixel: LZW clear, 0, end.
        out.extend_from_slice(&[0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
        out.extend_from_slice(&[0x02, 0x02, 0x44, 0x01, 0x00]);
    }
    out.push(0x3B);
    out
}

#[tokio::test]
async fn an_animation_is_budgeted_by_the_pixels_of_all_its_frames() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    // Three frames of 4 megapixels are fine...
    let response = post_asset(&server, &ada, animation(2_000, 3)).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    // ...eleven are 44, past the 40-megapixel budget.
    let response = post_asset(&server, &ada, animation(2_000, 11)).await;
    assert_invalid(response, "image").await;
    assert_eq!(server.stored_assets().await.len(), 1);
}

/// A server whose accounts may each keep 50 kB: a 100 × 100 test PNG is
/// some 30 kB, so one fits and two do not.
async fn server_with_small_quota() -> TestServer {
    TestServer::start_with(|state| AppState {
        quota_bytes: 50_000,
        ..state
    })
    .await
}

#[tokio::test]
async fn an_upload_past_the_accounts_quota_is_413_and_room_comes_back_when_unused_ones_go() {
    let server = server_with_small_quota().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let first = upload_png(&server, &ada, 100, 100).await;

    let response = post_asset(&server, &ada, png(100, 100)).await;
    assert_error(response, StatusCode::PAYLOAD_TOO_LARGE, "too_large", None).await;
    assert_eq!(
        server.stored_assets().await,
        [id_of(&first)],
        "the refused upload left no file"
    );
    // The quota is each account's own.
    upload_png(&server, &grace, 100, 100).await;

    // Ada's first upload, used by nothing, is removed a day later.
    server.state.clock.advance(DAY + 1);
    retention::purge(&server.state).await.unwrap();
    upload_png(&server, &ada, 100, 100).await;
}

#[tokio::test]
async fn a_new_picture_past_the_quota_is_413_too() {
    let server = server_with_small_quota().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let picture = upload_png(&server, &ada, 100, 100).await;
    create_scene(
        &server,
        &ada,
        scene_body("Volcano", "private", picture["id"].as_str()),
    )
    .await;
    // Some 49 kB more: past the 50 kB with what Ada already keeps.
    let response = put_avatar(&server, &ada, png(128, 128)).await;
    assert_error(response, StatusCode::PAYLOAD_TOO_LARGE, "too_large", None).await;
    assert_eq!(server.stored_assets().await, [id_of(&picture)]);
}

#[tokio::test]
async fn an_unused_upload_is_removed_after_a_day_and_one_a_scene_or_picture_uses_stays() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let unused = id_of(&upload_png(&server, &ada, 4, 4).await);
    let replaced = id_of(&upload_png(&server, &ada, 5, 5).await);
    let background = id_of(&upload_png(&server, &ada, 6, 6).await);
    let detail = id_of(&upload_png(&server, &ada, 2, 2).await);

    // A scene first shows one picture, then another with a popup picture.
    let scene = create_scene(
        &server,
        &ada,
        scene_body("Volcano", "private", Some(&replaced)),
    )
    .await;
    let mut edit = scene_body("Volcano", "private", Some(&background));
    edit["version"] = scene["version"].clone();
    edit["hotspots"][0]["media"] = json!({"kind": "image", "asset_id": detail});
    let saved = put_scene(&server, &ada, &id_of(&scene), &edit).await;
    assert_eq!(saved.status(), StatusCode::OK);

    let response = put_avatar(&server, &ada, png(64, 64)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let me: Value = response.json().await.unwrap();
    let avatar = me["avatar"].as_str().expect("an avatar id").to_string();

    // Not yet a day old: everything stays.
    server.state.clock.advance(DAY - 60);
    let purged = retention::purge(&server.state).await.unwrap();
    assert_eq!(purged.unused_uploads, 0);
    assert_eq!(
        get_asset(&server, &ada, &unused).await.status(),
        StatusCode::OK
    );

    server.state.clock.advance(61);
    let purged = retention::purge(&server.state).await.unwrap();
    assert_eq!(purged.unused_uploads, 2);
    let files = server.stored_assets().await;
    for gone in [&unused, &replaced] {
        assert_eq!(
            get_asset(&server, &ada, gone).await.status(),
            StatusCode::NOT_FOUND
        );
        assert!(!files.contains(gone), "{gone}'s file is removed: {files:?}");
    }
    for kept in [&background, &detail, &avatar] {
        assert_eq!(
            get_asset(&server, &ada, kept).await.status(),
            StatusCode::OK
        );
        assert!(files.contains(kept), "{kept}'s file stays: {files:?}");
    }
}
