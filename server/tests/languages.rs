//! The server's own sentences (its error messages, the activity log's
//! details) in the language each request asks for.

mod common;

use common::{scene_body, signed_in, TestServer};
use reqwest::{Method, RequestBuilder, StatusCode};
use serde_json::{json, Value};

async fn answer(request: RequestBuilder, language: &str) -> (StatusCode, String, String, Value) {
    let response = request
        .header("accept-language", language)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let header = |name| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let (content_language, vary) = (header("content-language"), header("vary"));
    (
        status,
        content_language,
        vary,
        response.json().await.unwrap(),
    )
}

#[tokio::test]
async fn error_messages_are_written_in_the_language_asked_for() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let too_long = scene_body(&"x".repeat(121), "private", None);
    let post = || ada.post(server.url("/api/scenes")).json(&too_long);

    let (status, language, vary, body) = answer(post(), "fi-FI,fi;q=0.9,en;q=0.5").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(language, "fi");
    assert!(
        vary.to_ascii_lowercase().contains("accept-language"),
        "{vary}"
    );
    assert_eq!(body["error"]["field"], "title");
    assert_eq!(
        body["error"]["message"],
        "Otsikko on liian pitkä (enintään 120 merkkiä)"
    );

    let (_, language, _, body) = answer(post(), "de").await;
    assert_eq!(language, "de");
    assert_eq!(
        body["error"]["message"],
        "Titel ist zu lang (höchstens 120 Zeichen)"
    );

    // Arabic keeps the Latin-script number and the field's name apart from
    // the sentence's direction.
    let (_, language, _, body) = answer(post(), "ar-EG").await;
    assert_eq!(language, "ar");
    let arabic = body["error"]["message"].as_str().unwrap();
    assert!(arabic.contains("\u{2068}العنوان\u{2069}"), "{arabic}");
    assert!(arabic.contains("\u{2068}120\u{2069}"), "{arabic}");

    // A language Pinpoint does not speak, or none: English.
    for asked in ["nl-BE,nl;q=0.9", ""] {
        let (_, language, _, body) = answer(post(), asked).await;
        assert_eq!(language, "en");
        assert_eq!(
            body["error"]["message"],
            "Title is too long (at most 120 characters)"
        );
    }

    // Errors outside any handler's own checks too: not signed in, not found.
    let stranger = server.client();
    let (status, _, _, body) = answer(stranger.get(server.url("/api/me")), "es").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"]["message"], "Inicia sesión");
    let (status, _, _, body) = answer(
        stranger.request(Method::GET, server.url("/api/scenes/nothing-here")),
        "es",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        body["error"]["message"],
        "No encontrado, o no compartido contigo"
    );
}

#[tokio::test]
async fn a_hostile_accept_language_header_gets_english() {
    let server = TestServer::start().await;
    let stranger = server.client();
    let long = format!("{}fi", "x-".repeat(4_000));
    for asked in [
        long.as_str(),
        ";;;q=,,,",
        "*",
        "fi;q=abc",
        "ar;q=-1, de;q=2",
    ] {
        let (status, language, _, body) = answer(stranger.get(server.url("/api/me")), asked).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{asked}");
        assert!(
            ["en", "fi", "de", "ar"].contains(&language.as_str()),
            "{asked}: {language}"
        );
        assert!(body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
    }
}

#[tokio::test]
async fn the_activity_log_names_changes_in_the_readers_language() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let changed = ada
        .patch(server.url("/api/me"))
        .json(&json!({"email": "ada@school.example"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        changed.status(),
        StatusCode::OK,
        "{:?}",
        changed.text().await
    );
    let (_, _, _, german) = answer(ada.get(server.url("/api/me/activity")), "de").await;
    let settings = german
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "settings_changed")
        .unwrap();
    assert_eq!(settings["detail"], "E-Mail");
    let (_, _, _, english) = answer(ada.get(server.url("/api/me/activity")), "en").await;
    let settings = english
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "settings_changed")
        .unwrap();
    assert_eq!(settings["detail"], "email");
}
