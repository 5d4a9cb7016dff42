//! Sharing a scene: the shared-link pages (`/v/{id}`, `/embed/{id}`) and
//! what they tell search engines and framing sites, and resetting a scene's
//! link so that the old one stops working.

mod common;

use common::{
    assert_error, create_scene, delete_scene, get, get_scene, id_of, post_empty, post_signup,
    put_scene, scene_body, session_cookie, signed_in, signup_body, upload_png, TestServer,
};
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};

/// The whole app's page, for every route it handles itself.
const APP_HTML: &str = "<!doctype html><html><head><title>app</title></head><body></body></html>";
/// The editor build's page, for `/new` and `/s/{id}/edit`.
const EDITOR_HTML: &str =
    "<!doctype html><html><head><title>editor</title></head><body></body></html>";
/// The viewer build's page, for the shared links.
const VIEWER_HTML: &str =
    "<!doctype html><html><head><title>viewer</title></head><body></body></html>";
const NOINDEX_META: &str = "<meta name=\"robots\" content=\"noindex\">";
/// What search engines are told of a public `scene_body` scene by ada
/// (no description: its one hotspot's title).
const PUBLIC_DESCRIPTION: &str =
    "<meta name=\"description\" content=\"An interactive picture by ada: Crater.\">";

/// `page` as served for scene `id`: told not to be indexed, or (public)
/// described for search engines; and when the scene is there for this
/// visitor (`found`), with the scene's download started beside the
/// viewer's code.
fn served(page: &str, id: &str, noindex: bool, found: bool) -> String {
    let mut head = String::new();
    if noindex {
        head.push_str(NOINDEX_META);
    } else {
        head.push_str(PUBLIC_DESCRIPTION);
    }
    if found {
        head.push_str(&format!(
            "<link rel=\"preload\" as=\"fetch\" href=\"/api/scenes/{id}\" crossorigin=\"anonymous\">"
        ));
    }
    page.replacen("</head>", &format!("{head}</head>"), 1)
}

const MISSING_ID: &str = "AAAAAAAAAAAAAAAAAAAAAA";

/// A server with the app, the editor and the viewer built.
async fn start() -> TestServer {
    TestServer::start_with_app(&[
        ("index.html", APP_HTML),
        ("editor/index.html", EDITOR_HTML),
        ("viewer/index.html", VIEWER_HTML),
    ])
    .await
}

async fn reset_link(server: &TestServer, client: &Client, id: &str) -> Response {
    post_empty(server, client, &format!("/api/scenes/{id}/reset-link")).await
}

fn csp(response: &Response) -> String {
    response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string()
}

/// Checks a shared-link page: its status, that it is the viewer's HTML,
/// and whether both the header and the meta tag say not to index it.
async fn assert_scene_page(response: Response, status: StatusCode, noindex: bool) {
    let what = format!("{} {}", response.status(), response.url().path());
    assert_eq!(response.status(), status, "{what}");
    let headers = response.headers();
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html"),
        "{what}"
    );
    assert_eq!(
        headers.get("x-robots-tag").map(|v| v.to_str().unwrap()),
        noindex.then_some("noindex"),
        "{what}"
    );
    let id = response
        .url()
        .path()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let body = response.text().await.unwrap();
    // A page of a scene not shown to this visitor names no scene to fetch:
    // a missing scene and a hidden one look alike.
    let found = status == StatusCode::OK;
    assert_eq!(body, served(VIEWER_HTML, &id, noindex, found), "{what}");
    if !noindex {
        assert!(!body.contains("robots"), "{what}: {body}");
    } else {
        assert!(
            !body.contains("description"),
            "{what}: only public scenes are described"
        );
    }
}

// ---- The shared-link pages ----

#[tokio::test]
async fn a_public_scenes_shared_link_is_the_viewer_page_and_may_be_indexed() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("For all", "public", None)).await;
    let id = id_of(&scene);

    for client in [&server.bare_client(), &ada] {
        for path in [format!("/v/{id}"), format!("/embed/{id}")] {
            assert_scene_page(get(&server, client, &path).await, StatusCode::OK, false).await;
        }
    }
}

#[tokio::test]
async fn an_unlisted_scenes_shared_link_opens_for_anyone_but_is_never_indexed() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let scene = create_scene(&server, &ada, scene_body("By link", "unlisted", None)).await;
    let id = id_of(&scene);

    for client in [&server.bare_client(), &grace, &ada] {
        for path in [format!("/v/{id}"), format!("/embed/{id}")] {
            assert_scene_page(get(&server, client, &path).await, StatusCode::OK, true).await;
        }
    }
}

#[tokio::test]
async fn a_private_scenes_shared_link_opens_for_its_owner_but_is_never_indexed() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("Diary", "private", None)).await;
    let id = id_of(&scene);

    for path in [format!("/v/{id}"), format!("/embed/{id}")] {
        assert_scene_page(get(&server, &ada, &path).await, StatusCode::OK, true).await;
    }
}

#[tokio::test]
async fn a_private_scenes_shared_link_is_404_to_anyone_else_exactly_like_a_missing_one() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let scene = create_scene(&server, &ada, scene_body("Diary", "private", None)).await;
    let id = id_of(&scene);

    for client in [&server.bare_client(), &grace] {
        for page in ["v", "embed"] {
            let hidden = get(&server, client, &format!("/{page}/{id}")).await;
            assert_scene_page(hidden, StatusCode::NOT_FOUND, true).await;
        }
    }
    // The owner gets the same page for an id that does not exist.
    for client in [&server.bare_client(), &ada] {
        for page in ["v", "embed"] {
            let missing = get(&server, client, &format!("/{page}/{MISSING_ID}")).await;
            assert_scene_page(missing, StatusCode::NOT_FOUND, true).await;
        }
    }
}

#[tokio::test]
async fn app_routes_get_the_app_editor_routes_the_editor_and_shared_links_the_viewer() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("Volcano", "public", None)).await;
    let id = id_of(&scene);

    for (path, html) in [
        ("/".to_string(), APP_HTML.to_string()),
        ("/explore".to_string(), APP_HTML.to_string()),
        ("/settings".to_string(), APP_HTML.to_string()),
        ("/new".to_string(), EDITOR_HTML.to_string()),
        ("/new/".to_string(), EDITOR_HTML.to_string()),
        (format!("/s/{id}/edit"), EDITOR_HTML.to_string()),
        (format!("/v/{id}"), served(VIEWER_HTML, &id, false, true)),
    ] {
        let response = get(&server, &ada, &path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(response.headers().get("x-robots-tag").is_none(), "{path}");
        let body = response.text().await.unwrap();
        // The app's pages carry their reader's messages (English here).
        let messages = "<script type=\"application/json\" id=\"pinpoint-messages\">";
        let page = match body.find(messages) {
            Some(start) => {
                let end = start + body[start..].find("</script>").unwrap() + "</script>".len();
                assert!(body[start..end].contains(r#""language":"en""#), "{path}");
                format!("{}{}", &body[..start], &body[end..])
            }
            None => body.clone(),
        };
        assert_eq!(page, html, "{path}");
        assert_eq!(
            body.contains(messages),
            !path.starts_with("/v/"),
            "{path}: the viewer has English built in"
        );
    }
}

#[tokio::test]
async fn without_an_editor_build_editor_routes_say_so_rather_than_serve_the_app() {
    // The app hands editor routes to the server: its own page there would
    // reload itself for ever.
    let server = TestServer::start_with_app(&[("index.html", APP_HTML)]).await;
    let response = get(&server, &server.client(), "/new").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("has not been built"));
}

#[tokio::test]
async fn without_a_viewer_build_shared_links_get_the_apps_page() {
    let server = TestServer::start_with_app(&[("index.html", APP_HTML)]).await;
    let (ada, _) = signed_in(&server, "ada").await;
    let public = create_scene(&server, &ada, scene_body("For all", "public", None)).await;
    let unlisted = create_scene(&server, &ada, scene_body("By link", "unlisted", None)).await;

    let response = get(&server, &ada, &format!("/v/{}", id_of(&public))).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.text().await.unwrap(),
        served(APP_HTML, &id_of(&public), false, true)
    );

    let response = get(&server, &ada, &format!("/embed/{}", id_of(&unlisted))).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["x-robots-tag"], "noindex");
    assert_eq!(
        response.text().await.unwrap(),
        served(APP_HTML, &id_of(&unlisted), true, true)
    );

    let response = get(&server, &ada, &format!("/v/{MISSING_ID}")).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn only_the_embed_page_may_be_framed_by_other_sites() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let public = create_scene(&server, &ada, scene_body("For all", "public", None)).await;
    let private = create_scene(&server, &ada, scene_body("Diary", "private", None)).await;
    let anonymous = server.bare_client();

    // Every embed, found or not, may be framed anywhere.
    for id in [id_of(&public), id_of(&private), MISSING_ID.to_string()] {
        let response = get(&server, &anonymous, &format!("/embed/{id}")).await;
        let policy = csp(&response);
        assert!(policy.contains("frame-ancestors *"), "{policy}");
        assert!(!policy.contains("frame-ancestors 'none'"), "{policy}");
        assert!(
            policy.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "the rest of the policy holds: {policy}"
        );
        assert!(!policy.contains("unsafe-inline"), "{policy}");
    }

    // Nothing else may be framed: the viewer's own page, the app, the API.
    for path in [
        format!("/v/{}", id_of(&public)),
        format!("/v/{MISSING_ID}"),
        "/".to_string(),
        "/explore".to_string(),
        "/viewer/index.html".to_string(),
        format!("/api/scenes/{}", id_of(&public)),
        format!("/api/scenes/{MISSING_ID}"),
        "/api/explore".to_string(),
    ] {
        let response = get(&server, &anonymous, &path).await;
        let policy = csp(&response);
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
        assert!(!policy.contains("frame-ancestors *"), "{path}: {policy}");
    }
}

#[tokio::test]
async fn pages_may_frame_only_the_youtube_and_vimeo_players() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("For all", "public", None)).await;
    let id = id_of(&scene);

    for path in [
        format!("/v/{id}"),
        format!("/embed/{id}"),
        "/".to_string(),
        format!("/api/scenes/{id}"),
    ] {
        let response = get(&server, &server.bare_client(), &path).await;
        let policy = csp(&response);
        let frame_src: Vec<&str> = policy
            .split(';')
            .map(str::trim)
            .filter(|directive| directive.starts_with("frame-src "))
            .collect();
        assert_eq!(
            frame_src,
            ["frame-src https://www.youtube-nocookie.com https://player.vimeo.com"],
            "{path}: {policy}"
        );
    }
}

// ---- Resetting a scene's link ----

#[tokio::test]
async fn resetting_the_link_moves_the_scene_to_a_new_id_and_the_old_link_answers_404() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let mut body = scene_body("Volcano", "unlisted", None);
    body["description"] = json!("Shared with the wrong class");
    let scene = create_scene(&server, &ada, body).await;
    let old = id_of(&scene);

    let response = reset_link(&server, &ada, &old).await;
    assert_eq!(response.status(), StatusCode::OK);
    let moved: Value = response.json().await.unwrap();
    let new = id_of(&moved);
    assert_eq!(new.len(), 22, "128 random bits, base64url");
    assert_ne!(new, old);
    // Only the id changed: the content and its version stay as they were.
    let mut expected = scene.clone();
    expected["id"] = json!(new);
    assert_eq!(moved, expected);

    let anonymous = server.bare_client();
    for client in [&ada, &anonymous] {
        assert_error(
            get_scene(&server, client, &old).await,
            StatusCode::NOT_FOUND,
            "not_found",
            None,
        )
        .await;
        for page in ["v", "embed"] {
            let gone = get(&server, client, &format!("/{page}/{old}")).await;
            assert_scene_page(gone, StatusCode::NOT_FOUND, true).await;
        }

        let response = get_scene(&server, client, &new).await;
        assert_eq!(response.status(), StatusCode::OK);
        let read: Value = response.json().await.unwrap();
        assert_eq!(read, moved);
        for page in ["v", "embed"] {
            let page = get(&server, client, &format!("/{page}/{new}")).await;
            assert_scene_page(page, StatusCode::OK, true).await;
        }
    }

    let list: Vec<Value> = get(&server, &ada, "/api/scenes")
        .await
        .json()
        .await
        .unwrap();
    let ids: Vec<String> = list.iter().map(id_of).collect();
    assert_eq!(
        ids,
        [new.as_str()],
        "the list holds the scene under its new id"
    );

    // The old link cannot be reset, edited or deleted any more.
    assert_error(
        reset_link(&server, &ada, &old).await,
        StatusCode::NOT_FOUND,
        "not_found",
        None,
    )
    .await;
    let saved = put_scene(&server, &ada, &old, &scene).await;
    assert_error(saved, StatusCode::NOT_FOUND, "not_found", None).await;
    let deleted = delete_scene(&server, &ada, &old).await;
    assert_error(deleted, StatusCode::NOT_FOUND, "not_found", None).await;

    // The scene saves as usual under its new id, from the version it had.
    let mut edit = moved.clone();
    edit["title"] = json!("Volcano, shared again");
    let saved = put_scene(&server, &ada, &new, &edit).await;
    assert_eq!(saved.status(), StatusCode::OK);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["version"], 2);
}

#[tokio::test]
async fn a_scenes_image_is_still_served_after_its_link_is_reset() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let asset = upload_png(&server, &ada, 3, 2).await;
    let asset_path = format!("/api/assets/{}", id_of(&asset));
    let scene = create_scene(
        &server,
        &ada,
        scene_body("Volcano", "public", asset["id"].as_str()),
    )
    .await;
    let anonymous = server.bare_client();
    // Anyone sees the image only through the public scene that shows it.
    assert_eq!(
        get(&server, &anonymous, &asset_path).await.status(),
        StatusCode::OK
    );

    let response = reset_link(&server, &ada, &id_of(&scene)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let moved: Value = response.json().await.unwrap();
    assert_eq!(moved["image"], scene["image"]);

    let response = get(&server, &anonymous, &asset_path).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "image/png");
    assert_eq!(
        response.bytes().await.unwrap().as_ref(),
        common::png(3, 2).as_slice()
    );
}

/// A public scene whose hotspots lead to these scenes, in order.
fn tour_body(title: &str, links: &[&str]) -> Value {
    let hotspots: Vec<Value> = links
        .iter()
        .enumerate()
        .map(
            |(i, link)| json!({"x": 0.1 * i as f64, "y": 0.5, "title": "Next", "scene_link": link}),
        )
        .collect();
    json!({
        "title": title,
        "description": "",
        "image": null,
        "hotspots": hotspots,
        "visibility": "public",
    })
}

fn scene_links(scene: &Value) -> Vec<String> {
    scene["hotspots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["scene_link"].as_str().unwrap_or_default().to_string())
        .collect()
}

async fn read_scene(server: &TestServer, client: &Client, id: &str) -> Value {
    let response = get_scene(server, client, id).await;
    assert_eq!(response.status(), StatusCode::OK, "reading {id}");
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_owners_tour_links_follow_a_scene_to_its_new_link() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let target = create_scene(&server, &ada, scene_body("Crater", "public", None)).await;
    let other = create_scene(&server, &ada, scene_body("Summit", "public", None)).await;
    let old = id_of(&target);
    let other_id = id_of(&other);
    let start_scene = create_scene(&server, &ada, tour_body("Start", &[&old])).await;
    let mixed = create_scene(&server, &ada, tour_body("Mixed", &[&old, &other_id, &old])).await;
    let elsewhere = create_scene(&server, &ada, tour_body("Elsewhere", &[&other_id])).await;

    let moved: Value = reset_link(&server, &ada, &old).await.json().await.unwrap();
    let new = id_of(&moved);

    let read = read_scene(&server, &ada, &id_of(&start_scene)).await;
    assert_eq!(scene_links(&read), [new.as_str()]);
    assert_eq!(read["version"], 2, "a changed scene has a new version");
    let read = read_scene(&server, &ada, &id_of(&mixed)).await;
    assert_eq!(scene_links(&read), [new.clone(), other_id.clone(), new]);
    assert_eq!(read["version"], 2);
    // Everything else about those scenes is as it was.
    assert_eq!(read["hotspots"][1], mixed["hotspots"][1]);
    assert_eq!(read["title"], "Mixed");

    let read = read_scene(&server, &ada, &id_of(&elsewhere)).await;
    assert_eq!(read, elsewhere, "a scene not linking to it is untouched");
}

#[tokio::test]
async fn a_stale_edit_of_a_tour_scene_cannot_restore_the_revoked_link() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let target = create_scene(&server, &ada, scene_body("Crater", "public", None)).await;
    let old = id_of(&target);
    // The tour scene is open in another tab, as it was before the reset.
    let open_in_editor = create_scene(&server, &ada, tour_body("Start", &[&old])).await;
    let tour_id = id_of(&open_in_editor);

    let moved: Value = reset_link(&server, &ada, &old).await.json().await.unwrap();
    let new = id_of(&moved);

    // Saving that tab's copy would put the dead link back, so it is a
    // conflict, as for any change made elsewhere.
    let mut edit = open_in_editor.clone();
    edit["title"] = json!("Start, renamed");
    let response = put_scene(&server, &ada, &tour_id, &edit).await;
    assert_error(response, StatusCode::CONFLICT, "conflict", None).await;
    let read = read_scene(&server, &ada, &tour_id).await;
    assert_eq!(scene_links(&read), [new]);
    assert_eq!(read["title"], "Start");
}

#[tokio::test]
async fn another_users_tour_link_is_not_told_the_new_link() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let target = create_scene(&server, &ada, scene_body("Crater", "unlisted", None)).await;
    let old = id_of(&target);
    let graces = create_scene(&server, &grace, tour_body("Borrowed tour", &[&old])).await;

    let response = reset_link(&server, &ada, &old).await;
    assert_eq!(response.status(), StatusCode::OK);

    // Resetting revokes the link for everyone else, including grace's tour.
    let read = read_scene(&server, &grace, &id_of(&graces)).await;
    assert_eq!(read, graces);
    assert_eq!(scene_links(&read), [old]);
}

#[tokio::test]
async fn only_the_owner_may_reset_a_scenes_link() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let public = create_scene(&server, &ada, scene_body("Public", "public", None)).await;
    let unlisted = create_scene(&server, &ada, scene_body("Unlisted", "unlisted", None)).await;
    let private = create_scene(&server, &ada, scene_body("Private", "private", None)).await;

    for scene in [&public, &unlisted, &private] {
        let id = id_of(scene);
        // A scene grace can see refuses her (403); one she cannot see stays
        // hidden (404).
        let response = reset_link(&server, &grace, &id).await;
        if scene["visibility"] == "private" {
            assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
        } else {
            assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
        }

        // Signed out is refused before anything else.
        let response = reset_link(&server, &server.client(), &id).await;
        assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;

        assert_eq!(read_scene(&server, &ada, &id).await, *scene, "unchanged");
    }
}

#[tokio::test]
async fn a_cross_site_request_cannot_reset_a_link() {
    let server = start().await;
    let ada = server.client();
    let signup = post_signup(&server, &ada, &signup_body("ada")).await;
    let cookie = session_cookie(&signup);
    let scene = create_scene(&server, &ada, scene_body("Volcano", "public", None)).await;
    let id = id_of(&scene);

    // The cookie rides along, but the Origin is another site's (or missing).
    let evil = server.bare_client();
    for origin in [Some("http://evil.example"), None] {
        let mut request = evil
            .post(server.url(&format!("/api/scenes/{id}/reset-link")))
            .header("cookie", &cookie);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        let response = request.send().await.unwrap();
        assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    }

    assert_eq!(read_scene(&server, &ada, &id).await, scene, "same link");
}

#[tokio::test]
async fn a_shared_links_page_starts_loading_its_scene_and_picture_at_once() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let picture = upload_png(&server, &ada, 4, 3).await;
    let asset_id = picture["id"].as_str().unwrap();
    let scene = create_scene(
        &server,
        &ada,
        scene_body("Shown", "unlisted", Some(asset_id)),
    )
    .await;
    let id = id_of(&scene);
    let body = get(&server, &server.bare_client(), &format!("/v/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        body.contains(&format!(
            "<link rel=\"preload\" as=\"fetch\" href=\"/api/scenes/{id}\" crossorigin=\"anonymous\">"
        )),
        "{body}"
    );
    assert!(
        body.contains(&format!(
            "<link rel=\"preload\" as=\"image\" href=\"/api/assets/{asset_id}\">"
        )),
        "{body}"
    );
}

// ---- What search engines see ----

#[tokio::test]
async fn a_public_scene_page_is_titled_and_described_with_its_words_escaped() {
    let page = "<!doctype html><html><head><title>Pinpoint</title></head><body></body></html>";
    let server =
        TestServer::start_with_app(&[("index.html", APP_HTML), ("viewer/index.html", page)]).await;
    let (ada, _) = signed_in(&server, "ada").await;
    let mut body = scene_body("Lava & <b>rock</b>", "public", None);
    body["description"] = json!("Where \"magma\" rises.\n\n<script>alert(1)</script> ".repeat(10));
    let scene = create_scene(&server, &ada, body).await;

    let html = get(
        &server,
        &server.bare_client(),
        &format!("/v/{}", id_of(&scene)),
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(
        html.contains("<title>Lava &amp; &lt;b&gt;rock&lt;/b&gt; · Pinpoint</title>"),
        "{html}"
    );
    let description = html
        .split("<meta name=\"description\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a description");
    assert!(
        description.starts_with("Where &quot;magma&quot; rises. &lt;script&gt;"),
        "{description}"
    );
    assert!(
        !html.contains("<script>"),
        "no markup from the scene gets through"
    );
    let words = html_escape::decode_html_entities(description);
    assert!(
        words.chars().count() <= 161 && words.ends_with('…'),
        "cut short: {words}"
    );

    // Unlisted: named nowhere in the page (the link alone opens it).
    let unlisted = create_scene(&server, &ada, scene_body("Secret plan", "unlisted", None)).await;
    let html = get(
        &server,
        &server.bare_client(),
        &format!("/v/{}", id_of(&unlisted)),
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(
        !html.contains("Secret plan") && !html.contains("description"),
        "{html}"
    );
}

#[tokio::test]
async fn robots_txt_keeps_crawlers_out_of_the_api_and_the_editor_but_not_shared_links_or_embeds() {
    let server = start().await;
    let response = get(&server, &server.bare_client(), "/robots.txt").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let text = response.text().await.unwrap();
    let disallowed: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("Disallow: "))
        .collect();
    assert_eq!(disallowed, ["/api/", "/new", "/s/"]);
    assert!(text.starts_with("User-agent: *"));
    // A crawler must reach shared links and embeds to read their noindex.
    for page in ["/v/x", "/embed/x"] {
        assert!(
            !disallowed.iter().any(|path| page.starts_with(path)),
            "{page}"
        );
    }
}

#[tokio::test]
async fn a_scenes_qr_code_is_for_whoever_may_open_it() {
    let server = start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let private = create_scene(&server, &ada, scene_body("Mine", "private", None)).await;
    let unlisted = create_scene(&server, &ada, scene_body("By link", "unlisted", None)).await;
    let qr = |scene: &Value| format!("/api/scenes/{}/qr.svg", id_of(scene));

    let own = get(&server, &ada, &qr(&private)).await;
    assert_eq!(own.status(), StatusCode::OK);
    assert_eq!(own.headers()["content-type"], "image/svg+xml");
    assert!(own.text().await.unwrap().contains("<svg"));

    let stranger = server.bare_client();
    assert_eq!(
        get(&server, &stranger, &qr(&unlisted)).await.status(),
        StatusCode::OK
    );
    for path in [qr(&private), format!("/api/scenes/{MISSING_ID}/qr.svg")] {
        let response = get(&server, &stranger, &path).await;
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    }
}

#[tokio::test]
async fn a_shared_link_speaks_the_visitors_language() {
    const PAGE: &str = "<!doctype html><html lang=\"en\"><head><title>Pinpoint</title></head><body>\
        <noscript>This interactive image needs JavaScript and WebAssembly.</noscript></body></html>";
    let server = TestServer::start_with_app(&[("viewer/index.html", PAGE)]).await;
    let (ada, _) = signed_in(&server, "ada").await;
    let picture = upload_png(&server, &ada, 40, 20).await;
    let scene = create_scene(
        &server,
        &ada,
        scene_body("Tulivuori", "unlisted", picture["id"].as_str()),
    )
    .await;
    let page = |language: &'static str| {
        let (server, id) = (&server, id_of(&scene));
        async move {
            server
                .client()
                .get(server.url(&format!("/v/{id}")))
                .header("accept-language", language)
                .send()
                .await
                .unwrap()
        }
    };

    let finnish = page("sv-SE, fi-FI;q=0.9, en;q=0.5").await;
    assert_eq!(finnish.status(), StatusCode::OK);
    assert_eq!(finnish.headers()["content-language"], "fi");
    assert!(finnish.headers()["vary"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase()
        .contains("accept-language"));
    let html = finnish.text().await.unwrap();
    assert!(html.contains("<html lang=\"fi\" dir=\"ltr\">"), "{html}");
    assert!(html.contains(
        "<noscript>Tämä interaktiivinen kuva tarvitsee JavaScriptin ja WebAssemblyn.</noscript>"
    ));
    let start = "<script type=\"application/json\" id=\"pinpoint-messages\">";
    let json = &html[html.find(start).unwrap() + start.len()..];
    let json = &json[..json.find("</script>").unwrap()];
    let messages: Value = serde_json::from_str(json).unwrap();
    assert_eq!(messages["language"], "fi");
    let pairs = messages["messages"].as_array().unwrap();
    assert!(pairs.contains(&json!(["viewer-text-only", [{"text": "Pelkkä teksti"}]])));
    assert!(
        pairs
            .iter()
            .all(|pair| pair[0].as_str().unwrap().starts_with("viewer-")),
        "only what the viewer says"
    );

    let arabic = page("ar").await;
    assert_eq!(arabic.headers()["content-language"], "ar");
    assert!(arabic
        .text()
        .await
        .unwrap()
        .contains("<html lang=\"ar\" dir=\"rtl\">"));

    // English is built into the viewer; nothing else is asked for.
    for asked in ["en-GB", "", "x; q=no, ;;;, *"] {
        let english = page(asked).await;
        assert_eq!(english.headers()["content-language"], "en", "{asked:?}");
        let html = english.text().await.unwrap();
        assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
        assert!(!html.contains("pinpoint-messages"));
    }
}

#[tokio::test]
async fn the_apps_code_goes_out_precompressed_when_the_build_has_it() {
    const WASM: &str = "viewer/pinpoint-viewer-0123456789abcdef_bg.wasm";
    let server = TestServer::start_with_app(&[
        ("index.html", APP_HTML),
        (WASM, "the program"),
        (&format!("{WASM}.br"), "the program, in Brotli"),
        (&format!("{WASM}.gz"), "the program, gzipped"),
    ])
    .await;
    let client = server.client();
    let fetch = |encoding: &'static str| {
        let request = client
            .get(server.url(&format!("/{WASM}")))
            .header("accept-encoding", encoding);
        async move { request.send().await.unwrap() }
    };
    for (accepted, encoding, body) in [
        ("br, gzip", Some("br"), "the program, in Brotli"),
        ("gzip", Some("gzip"), "the program, gzipped"),
        ("identity", None, "the program"),
    ] {
        let response = fetch(accepted).await;
        assert_eq!(response.status(), StatusCode::OK, "{accepted}");
        let headers = response.headers().clone();
        assert_eq!(
            headers.get("content-encoding").map(|v| v.to_str().unwrap()),
            encoding,
            "{accepted}"
        );
        assert_eq!(headers["content-type"], "application/wasm", "{accepted}");
        // A shared cache must keep one copy per encoding.
        let vary = headers
            .get_all("vary")
            .iter()
            .map(|v| v.to_str().unwrap().to_ascii_lowercase())
            .collect::<Vec<_>>()
            .join(",");
        assert!(vary.contains("accept-encoding"), "{accepted}: vary {vary}");
        assert!(
            headers["cache-control"]
                .to_str()
                .unwrap()
                .contains("immutable"),
            "{accepted}"
        );
        assert_eq!(response.text().await.unwrap(), body, "{accepted}");
    }
}
