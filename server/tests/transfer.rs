//! Scenes leaving and coming back over HTTP: a package exported and
//! imported is the same scene (positions, texts, pictures byte for byte),
//! W3C and IIIF exports for whoever may see the scene, and every hostile
//! or broken file refused with a reason.

mod common;

use common::{create_scene, get, id_of, scene_body, signed_in, upload_png, TestServer};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::io::{Cursor, Write};

async fn export(server: &TestServer, client: &Client, id: &str, format: &str) -> reqwest::Response {
    get(
        server,
        client,
        &format!("/api/scenes/{id}/export?format={format}"),
    )
    .await
}

async fn import(server: &TestServer, client: &Client, bytes: Vec<u8>) -> reqwest::Response {
    let form = Form::new().part("file", Part::bytes(bytes).file_name("scene.zip"));
    client
        .post(server.url("/api/scenes/import"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn bytes_of(server: &TestServer, client: &Client, asset: &str) -> Vec<u8> {
    let response = get(server, client, &format!("/api/assets/{asset}")).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.bytes().await.unwrap().to_vec()
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[tokio::test]
async fn a_package_exported_and_imported_is_the_same_scene() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let picture = upload_png(&server, &ana, 40, 20).await;
    let inset = upload_png(&server, &ana, 7, 5).await;
    let other = create_scene(&server, &ana, scene_body("Next stop", "private", None)).await;
    let mut body = scene_body("Crater rim", "unlisted", picture["id"].as_str());
    body["description"] = json!("Looking around.");
    body["image"]["projection"] = json!("equirectangular");
    body["image"]["initial_view"] = json!({"x": 0.3, "y": 0.45, "fov": 80});
    body["hotspots"] = json!([
        {"x": 0.123456789012, "y": 0.987654321098, "title": "Vent", "text": "Steam.\nHot.",
         "link": "https://example.org/vent", "icon": "star", "color": "#1e7b3a"},
        {"x": 0.5, "y": 0.5, "title": "Inset", "media": {"kind": "image", "asset_id": inset["id"]}},
        {"x": 0.75, "y": 0.25, "title": "Film", "media": {"kind": "youtube", "video_id": "dQw4w9WgXcQ"}},
        {"x": 0.1, "y": 0.1, "title": "Onwards", "scene_link": other["id"]},
    ]);
    let original = create_scene(&server, &ana, body).await;

    let response = export(&server, &ana, &id_of(&original), "zip").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/zip");
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("Crater-rim.pinpoint.zip"));
    let package = response.bytes().await.unwrap().to_vec();

    // Another account imports it: a private scene of theirs, new ids.
    let (ben, _) = signed_in(&server, "ben").await;
    let response = import(&server, &ben, package).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    let copy = &report["scene"];
    assert_ne!(copy["id"], original["id"]);
    assert_eq!(copy["owner"]["username"], "ben");
    assert_eq!(copy["visibility"], "private");
    assert_eq!(copy["title"], "Crater rim");
    assert_eq!(copy["description"], "Looking around.");
    assert_eq!(copy["image"]["projection"], "equirectangular");
    assert_eq!(
        copy["image"]["initial_view"],
        original["image"]["initial_view"]
    );
    assert_ne!(copy["image"]["asset_id"], original["image"]["asset_id"]);
    assert_eq!(
        bytes_of(&server, &ben, copy["image"]["asset_id"].as_str().unwrap()).await,
        bytes_of(
            &server,
            &ana,
            original["image"]["asset_id"].as_str().unwrap()
        )
        .await,
        "the picture byte for byte"
    );
    let (a, b) = (
        original["hotspots"].as_array().unwrap(),
        copy["hotspots"].as_array().unwrap(),
    );
    assert_eq!(a.len(), b.len());
    for (a, b) in a.iter().zip(b) {
        for axis in ["x", "y"] {
            let (p, q) = (a[axis].as_f64().unwrap(), b[axis].as_f64().unwrap());
            assert!((p - q).abs() < 1e-9, "{axis}: {p} against {q}");
        }
        for field in ["title", "text", "link", "icon", "color"] {
            assert_eq!(a[field], b[field], "{field}");
        }
    }
    assert_eq!(
        bytes_of(&server, &ben, b[1]["media"]["asset_id"].as_str().unwrap()).await,
        bytes_of(&server, &ana, inset["id"].as_str().unwrap()).await
    );
    assert_eq!(b[2]["media"], a[2]["media"]);
    // The tour link pointed at a scene that is not the importer's.
    assert_eq!(b[3]["scene_link"], Value::Null);
    assert_eq!(report["not_imported"].as_array().unwrap().len(), 1);
    assert!(report["not_imported"][0]
        .as_str()
        .unwrap()
        .contains("tour link"));
}

#[tokio::test]
async fn w3c_and_iiif_exports_follow_who_may_see_the_scene() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let picture = upload_png(&server, &ana, 40, 20).await;
    let second = create_scene(
        &server,
        &ana,
        scene_body("Second", "public", picture["id"].as_str()),
    )
    .await;
    let hidden = create_scene(
        &server,
        &ana,
        scene_body("Hidden", "private", picture["id"].as_str()),
    )
    .await;
    let mut body = scene_body("First", "public", picture["id"].as_str());
    body["hotspots"] = json!([
        {"x": 0.5, "y": 0.25, "title": "Crater", "text": "Hot.", "scene_link": second["id"]},
        {"x": 0.1, "y": 0.9, "title": "Secret", "scene_link": hidden["id"]},
    ]);
    let first = create_scene(&server, &ana, body).await;
    let stranger = server.client();

    let response = export(&server, &stranger, &id_of(&first), "w3c").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/ld+json");
    let page: Value = response.json().await.unwrap();
    assert_eq!(page["type"], "AnnotationPage");
    assert_eq!(page["items"][0]["body"][0]["value"], "Crater");
    assert_eq!(
        page["items"][0]["target"]["selector"][0],
        json!({"type": "PointSelector", "x": 20, "y": 5})
    );

    let manifest: Value = export(&server, &stranger, &id_of(&first), "iiif")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(manifest["type"], "Manifest");
    let labels: Vec<&str> = manifest["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["label"]["none"][0].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["First", "Second"],
        "the tour, without what the stranger may not see"
    );
    assert_eq!(
        manifest["items"][0]["items"][0]["items"][0]["body"]["format"],
        "image/png"
    );
    // The owner's manifest holds the private scene too.
    let own: Value = export(&server, &ana, &id_of(&first), "iiif")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own["items"].as_array().unwrap().len(), 3);

    // A private scene exports for no stranger; a bare scene has nothing.
    assert_eq!(
        export(&server, &stranger, &id_of(&hidden), "zip")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let bare = create_scene(&server, &ana, scene_body("Bare", "public", None)).await;
    assert_eq!(
        export(&server, &ana, &id_of(&bare), "iiif").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        export(&server, &ana, &id_of(&first), "pdf").await.status(),
        StatusCode::BAD_REQUEST
    );
}

/// The text inside the element that opens with `start`.
fn element_text<'a>(html: &'a str, start: &str) -> &'a str {
    let from = html.find(start).expect("the element") + start.len();
    &html[from..from + html[from..].find("</script>").expect("its end")]
}

#[tokio::test]
async fn an_offline_page_holds_the_viewer_the_scene_and_its_pictures() {
    let wasm = b"\0asm\x01\0\0\0 the viewer";
    let server = TestServer::start_with_app(&[
        ("viewer/app-1.css", ".viewer{margin:0}"),
        ("viewer/start.js", "await import('x');"),
        (
            "viewer/pinpoint-viewer-1.js",
            "async function __wbg_init(){}",
        ),
        (
            "viewer/pinpoint-viewer-1_bg.wasm",
            std::str::from_utf8(wasm).unwrap(),
        ),
    ])
    .await;
    let (ana, _) = signed_in(&server, "ana").await;
    let picture = upload_png(&server, &ana, 40, 20).await;
    let mut body = scene_body("Crater </script> rim", "private", picture["id"].as_str());
    body["hotspots"] = json!([{"x": 0.5, "y": 0.25, "title": "Lava", "text": "<b>Hot</b>"}]);
    let scene = create_scene(&server, &ana, body).await;

    let response = export(&server, &ana, &id_of(&scene), "html").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/html; charset=utf-8"
    );
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("filename=\"Crater-script-rim.html\""));
    let html = response.text().await.unwrap();
    assert!(
        html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
    );
    assert!(html.contains("<style>.viewer{margin:0}</style>"));
    assert!(html.contains("async function __wbg_init(){}"));
    assert!(
        !html.contains("await import('x')"),
        "the loader that fetches is left out"
    );

    // The scene, its title unable to end its element, as the viewer reads it.
    let json = element_text(
        &html,
        "<script type=\"application/json\" id=\"pinpoint-scene\">",
    );
    assert!(!json.contains('<'));
    let held: Value = serde_json::from_str(json).unwrap();
    assert_eq!(held["title"], "Crater </script> rim");
    assert_eq!(held["hotspots"][0]["text"], "<b>Hot</b>");

    // The picture byte for byte, and the Wasm gzipped.
    use base64::Engine;
    let base64 = base64::engine::general_purpose::STANDARD;
    let asset = picture["id"].as_str().unwrap();
    let inline = element_text(
        &html,
        &format!("<script type=\"application/octet-stream\" data-asset=\"{asset}\" data-type=\"image/png\">"),
    );
    assert_eq!(
        base64.decode(inline).unwrap(),
        bytes_of(&server, &ana, asset).await
    );
    let packed = base64
        .decode(element_text(
            &html,
            "<script type=\"application/octet-stream\" id=\"pinpoint-wasm\">",
        ))
        .unwrap();
    let mut unpacked = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&packed[..]),
        &mut unpacked,
    )
    .unwrap();
    assert_eq!(unpacked, wasm);

    // Only for whoever may see the scene.
    let stranger = server.client();
    assert_eq!(
        export(&server, &stranger, &id_of(&scene), "html")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn without_a_built_viewer_an_offline_page_is_refused_plainly() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let picture = upload_png(&server, &ana, 40, 20).await;
    let scene = create_scene(
        &server,
        &ana,
        scene_body("Plain", "public", picture["id"].as_str()),
    )
    .await;
    let response = export(&server, &ana, &id_of(&scene), "html").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["error"]["code"], "unavailable");
}

#[tokio::test]
async fn hostile_and_broken_files_are_refused_with_a_reason() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let scenes_before = server.sql_count("SELECT COUNT(*) FROM scenes");
    let refused = |status: StatusCode, why: &'static str| (status, why);
    let scene = br#"{"format":"pinpoint-scene","version":1,"title":"X",
        "image":{"asset_id":"gone","width":2,"height":1,"alt":""},"hotspots":[]}"#;
    let mut bomb = zip::ZipWriter::new(Cursor::new(Vec::new()));
    bomb.start_file(
        "pictures/gone.png",
        zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated),
    )
    .unwrap();
    for _ in 0..11 {
        bomb.write_all(&vec![0u8; 1024 * 1024]).unwrap();
    }
    bomb.start_file(
        "pinpoint-scene.json",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    bomb.write_all(scene).unwrap();
    let bomb = bomb.finish().unwrap().into_inner();
    let cases: Vec<(Vec<u8>, (StatusCode, &str))> = vec![
        (
            b"just text".to_vec(),
            refused(StatusCode::UNSUPPORTED_MEDIA_TYPE, "not a zip"),
        ),
        (
            zip_of(&[("notes.txt", b"hello")]),
            refused(StatusCode::UNPROCESSABLE_ENTITY, "no pinpoint-scene.json"),
        ),
        (
            zip_of(&[("../../escape.json", b"{}")]),
            refused(StatusCode::UNPROCESSABLE_ENTITY, "outside itself"),
        ),
        (
            zip_of(&[("pinpoint-scene.json", scene)]),
            refused(StatusCode::UNPROCESSABLE_ENTITY, "no file for the picture"),
        ),
        (
            zip_of(&[
                ("pinpoint-scene.json", scene),
                ("pictures/gone.png", b"not a png"),
            ]),
            refused(StatusCode::UNSUPPORTED_MEDIA_TYPE, "Only PNG"),
        ),
        (
            bomb,
            refused(StatusCode::PAYLOAD_TOO_LARGE, "larger than allowed"),
        ),
        (
            zip_of(&[(
                "pinpoint-scene.json",
                br#"{"format":"pinpoint-scene","version":1,"title":"","image":null}"#,
            )]),
            refused(StatusCode::UNPROCESSABLE_ENTITY, "Title"),
        ),
    ];
    for (bytes, (status, why)) in cases {
        let response = import(&server, &ana, bytes).await;
        assert_eq!(response.status(), status, "{why}");
        let text = response.text().await.unwrap();
        assert!(text.contains(why), "{why}: {text}");
    }
    // The file alone as the body works as the form does.
    let raw = ana
        .post(server.url("/api/scenes/import"))
        .header("content-type", "application/zip")
        .body(zip_of(&[("notes.txt", b"hello")]))
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Too large to send at all, and only for someone signed in.
    let huge = vec![0u8; transfer_max() + 1];
    assert_eq!(
        import(&server, &ana, huge).await.status(),
        StatusCode::PAYLOAD_TOO_LARGE
    );
    assert_eq!(
        import(
            &server,
            &server.client(),
            zip_of(&[("pinpoint-scene.json", scene)])
        )
        .await
        .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        server.sql_count("SELECT COUNT(*) FROM scenes"),
        scenes_before
    );
}

fn transfer_max() -> usize {
    pinpoint_server::routes::transfer::IMPORT_MAX_BYTES
}

/// An H5P Image Hotspots file as H5P's editor writes one.
fn h5p_file(picture: &[u8], inset: &[u8]) -> Vec<u8> {
    let manifest =
        br#"{"title":"Volcano (H5P)","language":"en","mainLibrary":"H5P.ImageHotspots"}"#;
    let content = br##"{"image":{"path":"images/image-1.png","mime":"image/png","width":40,"height":20},
        "backgroundImageAltText":"A volcano",
        "hotspots":[
          {"position":{"x":25,"y":50},"header":"Crater","content":[
             {"library":"H5P.AdvancedText 1.1","params":{"text":"<p>Hot <strong>rock</strong>.</p><img src=x onerror=alert(1)>"}},
             {"library":"H5P.Image 1.1","params":{"file":{"path":"images/inset.png"}}}]},
          {"position":{"x":70,"y":20},"header":"Eruption","content":[
             {"library":"H5P.Video 1.6","params":{"sources":[{"path":"https://vimeo.com/76979871","mime":"video/Vimeo"}]}},
             {"library":"H5P.Link 1.3","params":{"linkWidget":{"url":"example.org"}}}]}
        ],
        "color":"#1e7b3a"}"##;
    zip_of(&[
        ("h5p.json", manifest),
        ("content/content.json", content),
        ("content/images/image-1.png", picture),
        ("content/images/inset.png", inset),
    ])
}

#[tokio::test]
async fn an_h5p_image_hotspots_file_becomes_a_private_scene() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let (picture, inset) = (common::png(40, 20), common::png(6, 6));
    let response = import(&server, &ana, h5p_file(&picture, &inset)).await;
    let status = response.status();
    let report: Value = response.json().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{report}");
    let scene = &report["scene"];
    assert_eq!(scene["title"], "Volcano (H5P)");
    assert_eq!(scene["visibility"], "private");
    assert_eq!(scene["image"]["alt"], "A volcano");
    assert_eq!(scene["image"]["width"], 40);
    assert_eq!(
        bytes_of(&server, &ana, scene["image"]["asset_id"].as_str().unwrap()).await,
        picture
    );
    let crater = &scene["hotspots"][0];
    assert_eq!(
        (crater["x"].as_f64(), crater["y"].as_f64()),
        (Some(0.25), Some(0.5))
    );
    assert_eq!(crater["title"], "Crater");
    assert_eq!(crater["text"], "Hot rock.");
    assert_eq!(crater["color"], "#1e7b3a");
    assert_eq!(crater["media"]["kind"], "image");
    assert_eq!(
        bytes_of(&server, &ana, crater["media"]["asset_id"].as_str().unwrap()).await,
        inset
    );
    let eruption = &scene["hotspots"][1];
    assert_eq!(
        eruption["media"],
        json!({"kind": "vimeo", "video_id": "76979871"})
    );
    let not_imported: Vec<&str> = report["not_imported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(not_imported.len(), 1, "{not_imported:?}");
    assert!(not_imported[0].contains("Eruption") && not_imported[0].contains("H5P.Link"));

    // Other H5P content says what it is.
    let quiz = zip_of(&[(
        "h5p.json",
        br#"{"title":"Quiz","mainLibrary":"H5P.MultiChoice"}"#,
    )]);
    let response = import(&server, &ana, quiz).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().await.unwrap().contains("H5P.MultiChoice"));
}

#[tokio::test]
async fn w3c_annotations_and_iiif_manifests_come_back_with_their_picture() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let picture = upload_png(&server, &ana, 40, 20).await;
    let mut body = scene_body("Delta", "public", picture["id"].as_str());
    body["hotspots"] = json!([
        {"x": 0.25, "y": 0.5, "title": "Mouth", "text": "Sea.", "link": "https://example.org/mouth"},
        {"x": 0.75, "y": 0.25, "title": "Source"},
    ]);
    let original = create_scene(&server, &ana, body).await;
    let bytes = bytes_of(&server, &ana, picture["id"].as_str().unwrap()).await;
    for format in ["w3c", "iiif"] {
        let mut json = export(&server, &ana, &id_of(&original), format)
            .await
            .bytes()
            .await
            .unwrap()
            .to_vec();
        // As saved by an editor that starts files with a byte-order mark.
        if format == "iiif" {
            json.splice(0..0, [0xEF, 0xBB, 0xBF]);
        }
        let form = Form::new()
            .part("file", Part::bytes(json.clone()).file_name("delta.json"))
            .part("picture", Part::bytes(bytes.clone()).file_name("delta.png"));
        let response = ana
            .post(server.url("/api/scenes/import"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED, "{format}");
        let report: Value = response.json().await.unwrap();
        let scene = &report["scene"];
        assert_eq!(scene["visibility"], "private");
        let hotspots = scene["hotspots"].as_array().unwrap();
        assert_eq!(hotspots.len(), 2, "{format}");
        assert_eq!(hotspots[0]["title"], "Mouth");
        assert_eq!(hotspots[0]["text"], "Sea.");
        assert_eq!(hotspots[0]["link"], "https://example.org/mouth");
        // Whole pixels of a 40 × 20 picture: exact here.
        assert_eq!(
            (hotspots[1]["x"].as_f64(), hotspots[1]["y"].as_f64()),
            (Some(0.75), Some(0.25))
        );

        // Without the picture, it says what is missing.
        let alone = import(&server, &ana, json).await;
        assert_eq!(alone.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(alone.text().await.unwrap().contains("Send the picture"));
    }
    let odd = import(&server, &ana, br#"{"type": "Collection"}"#.to_vec()).await;
    assert_eq!(odd.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_refused_import_leaves_no_upload_behind() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let uploads = || server.sql_count("SELECT COUNT(*) FROM assets");
    let before = uploads();
    // A sound where the scene wants a picture: its files are stored, then
    // the scene is refused as a save would be.
    let scene = br#"{"format":"pinpoint-scene","version":1,"title":"X",
        "image":{"asset_id":"pic","width":2,"height":1,"alt":"","projection":"equirectangular",
                 "initial_view":{"x":0.5,"y":0.5,"fov":90}},"hotspots":[]}"#;
    let picture = common::png(30, 20);
    let response = import(
        &server,
        &ana,
        zip_of(&[
            ("pinpoint-scene.json", scene),
            ("pictures/pic.png", &picture),
        ]),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().await.unwrap().contains("twice as wide"));
    assert_eq!(
        uploads(),
        before,
        "the stored picture went with the refusal"
    );
}

#[tokio::test]
async fn annotations_longer_than_a_scene_allows_are_shortened_and_said_so() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let picture = common::png(40, 20);
    let page = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "label": "L".repeat(300),
        "items": [{
            "type": "Annotation",
            "body": [
                {"type": "TextualBody", "purpose": "identifying", "value": "T".repeat(500)},
                {"type": "TextualBody", "purpose": "describing", "value": "x".repeat(9_000)},
                {"id": "javascript:alert(1)", "type": "Text", "purpose": "linking"}
            ],
            "target": {"source": "picture.png", "selector": {"type": "PointSelector", "x": 10, "y": 5}}
        }]
    });
    let form = Form::new()
        .part(
            "file",
            Part::bytes(serde_json::to_vec(&page).unwrap()).file_name("long.json"),
        )
        .part("picture", Part::bytes(picture).file_name("picture.png"));
    let response = ana
        .post(server.url("/api/scenes/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    let hotspot = &report["scene"]["hotspots"][0];
    assert_eq!(hotspot["title"].as_str().unwrap().chars().count(), 120);
    assert_eq!(hotspot["text"].as_str().unwrap().chars().count(), 5_000);
    assert_eq!(hotspot["link"], Value::Null);
    assert_eq!(
        report["scene"]["title"].as_str().unwrap().chars().count(),
        120
    );
    let notes: Vec<&str> = report["not_imported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        notes.iter().any(|n| n.starts_with("The title past")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("its text past the first 5000")),
        "{notes:?}"
    );
}

#[tokio::test]
async fn an_h5p_file_from_h5ps_own_editor_becomes_a_scene() {
    let server = TestServer::start().await;
    let (ana, _) = signed_in(&server, "ana").await;
    let file = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/h5p/hub-image-hotspots.h5p"),
    )
    .unwrap();
    let response = import(&server, &ana, file).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    let scene = &report["scene"];
    assert_eq!(scene["title"], "Hub Download Image Hotspots All");
    assert_eq!(scene["visibility"], "private");
    assert_eq!(
        (
            scene["image"]["width"].as_u64(),
            scene["image"]["height"].as_u64()
        ),
        (Some(1), Some(1))
    );
    let hotspots = scene["hotspots"].as_array().unwrap();
    assert_eq!(hotspots.len(), 1);
    assert_eq!(
        (hotspots[0]["x"].as_f64(), hotspots[0]["y"].as_f64()),
        (Some(0.45), Some(0.45))
    );
    assert_eq!(hotspots[0]["text"], "");
    // Its empty video and image parts are said, not guessed at.
    let notes = report["not_imported"].to_string();
    assert!(
        notes.contains("Hotspot 1: a video that is not on YouTube or Vimeo, or has no source"),
        "{notes}"
    );
    assert!(
        notes.contains("Hotspot 1: H5P.Image 1.1 with no file in the H5P file"),
        "{notes}"
    );
}
