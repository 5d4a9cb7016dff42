//! The protections every visitor relies on: security headers on every
//! response, the same-origin rule for changes, JSON errors for unknown API
//! paths, and personal data kept out of the database file in clear.

mod common;

use common::{
    assert_error, create_scene, delete, get, logged_in, post_empty, post_json, post_signup,
    scene_body, session_cookie, signed_in, signup_body, TestServer, PASSWORD,
};
use reqwest::{Method, Response, StatusCode};
use serde_json::{json, Value};

fn assert_security_headers(response: &Response) {
    let what = format!("{} {}", response.status(), response.url().path());
    let headers = response.headers();
    let csp = headers
        .get("content-security-policy")
        .unwrap_or_else(|| panic!("CSP on {what}"))
        .to_str()
        .unwrap();
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "{what}: {csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(headers["referrer-policy"], "no-referrer", "{what}");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("Volcano", "public", None)).await;
    let scene_path = format!("/api/scenes/{}", scene["id"].as_str().unwrap());

    let anonymous = server.client();
    let requests = [
        // pages (the placeholder, as no app is built here) and a missing file
        (Method::GET, "/"),
        (Method::GET, "/login"),
        (Method::GET, "/v/AAAAAAAAAAAAAAAAAAAAAA"),
        (Method::GET, "/missing.js"),
        // API successes and failures
        (Method::GET, "/api/explore"),
        (Method::GET, scene_path.as_str()),
        (Method::GET, "/api/me"),
        (Method::GET, "/api/no-such-thing"),
        (Method::POST, "/api/auth/login"),
        (Method::GET, "/api/assets/AAAAAAAAAAAAAAAAAAAAAA"),
    ];
    for (method, path) in requests {
        let response = anonymous
            .request(method, server.url(path))
            .send()
            .await
            .unwrap();
        assert_security_headers(&response);
    }

    let signed_in = get(&server, &ada, "/api/me").await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    assert_security_headers(&signed_in);

    let refused = post_signup(&server, &server.bare_client(), &signup_body("eve")).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_security_headers(&refused);
}

#[tokio::test]
async fn a_signup_without_a_same_origin_origin_is_403_and_creates_nothing() {
    let server = TestServer::start().await;
    let foreign_origins = [
        None,
        Some("http://evil.example"),
        Some("null"),
        Some("http://127.0.0.1:1"),
    ];
    for (i, origin) in foreign_origins.into_iter().enumerate() {
        let username = format!("eve{i}");
        let mut request = server
            .bare_client()
            .post(server.url("/api/auth/signup"))
            .json(&signup_body(&username));
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        let response = request.send().await.unwrap();
        assert!(response.headers().get("set-cookie").is_none(), "{origin:?}");
        assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
        assert_eq!(
            logged_in(&server, &username, PASSWORD).await.0,
            StatusCode::UNAUTHORIZED,
            "no account was made for {origin:?}"
        );
    }
}

#[tokio::test]
async fn a_cross_site_request_with_a_valid_cookie_is_403_and_changes_nothing() {
    let server = TestServer::start().await;
    let ada = server.client();
    let signup = post_signup(&server, &ada, &signup_body("ada")).await;
    let cookie = session_cookie(&signup);
    let scene = create_scene(&server, &ada, scene_body("Volcano", "public", None)).await;
    let scene_url = server.url(&format!("/api/scenes/{}", scene["id"].as_str().unwrap()));

    // What another site's page could make a browser send: the cookie rides
    // along, but the Origin is the other site's (or missing).
    let evil = server.bare_client();
    for origin in [Some("http://evil.example"), None] {
        let with_origin = |request: reqwest::RequestBuilder| match origin {
            Some(o) => request.header("origin", o).header("cookie", &cookie),
            None => request.header("cookie", &cookie),
        };
        let attempts = [
            with_origin(evil.post(server.url("/api/scenes")))
                .json(&scene_body("Planted", "public", None)),
            with_origin(evil.put(&scene_url)).json(&json!({
                "title": "Defaced", "visibility": "public", "version": 1
            })),
            with_origin(evil.delete(&scene_url)),
            with_origin(evil.post(server.url("/api/assets")))
                .header("content-type", "image/png")
                .body(common::png(1, 1)),
            with_origin(evil.post(server.url("/api/auth/logout"))),
        ];
        for attempt in attempts {
            let response = attempt.send().await.unwrap();
            assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
        }
    }

    // Reading is not a change: the same cookie still reads, and nothing moved.
    let list: Vec<Value> = evil
        .get(server.url("/api/scenes"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        list.len(),
        1,
        "the session survived and nothing was planted"
    );
    let read: Value = ada
        .get(&scene_url)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(read, scene);
}

#[tokio::test]
async fn an_unknown_api_path_is_a_json_404() {
    let server = TestServer::start().await;
    let client = server.client();
    for path in [
        "/api/nope",
        "/api/scenes/a/b/c",
        "/api/me/nothing-here",
        "/api",
        "/api/",
    ] {
        let response = get(&server, &client, path).await;
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    }
    let response = post_empty(&server, &client, "/api/nope").await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
}

#[tokio::test]
async fn a_wrong_method_is_a_json_405() {
    let server = TestServer::start().await;
    let client = server.client();
    let response = delete(&server, &client, "/api/explore").await;
    assert_error(
        response,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        None,
    )
    .await;
    let response = client
        .put(server.url("/api/auth/login"))
        .send()
        .await
        .unwrap();
    assert_error(
        response,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        None,
    )
    .await;
}

#[tokio::test]
async fn the_database_file_never_holds_an_email_password_or_ip_address_in_clear() {
    let server = TestServer::start().await;
    let client = server.client();
    let mut body = signup_body("ada");
    body["email"] = json!("Ada.Lovelace@Example.org");
    let response = post_signup(&server, &client, &body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    // Signing in by email must work without the address being stored.
    assert_eq!(
        logged_in(&server, "ada.lovelace@example.org", PASSWORD)
            .await
            .0,
        StatusCode::OK
    );
    let (_grace, _) = signed_in(&server, "grace").await;

    // Usernames are stored plainly: "grace" proves the search saw the data.
    assert_never_in_clear(
        &server,
        &[
            "ada.lovelace@example.org",
            "grace@example.org",
            "lovelace",
            PASSWORD,
            // The activity log's addresses (sign-up and sign-in above).
            "127.0.0.1",
        ],
        "grace",
    );
}

/// Asserts that none of `secrets` appears in the database files, while
/// `stored_plainly` (a username) does, so the search is known to have seen
/// the data.
fn assert_never_in_clear(server: &TestServer, secrets: &[&str], stored_plainly: &str) {
    let files = server.database_files();
    assert!(!files.is_empty(), "the database was found");
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes).to_lowercase();
        for secret in secrets {
            assert!(
                !text.contains(secret),
                "{secret:?} in clear in {}",
                path.display()
            );
        }
    }
    assert!(files
        .iter()
        .any(|(_, bytes)| String::from_utf8_lossy(bytes).contains(stored_plainly)));
}

#[tokio::test]
async fn a_malformed_id_in_a_path_is_a_json_404() {
    let server = TestServer::start().await;
    let client = server.client();
    for path in [
        "/api/scenes/%FF",
        "/api/assets/%C3%28",
        "/v/%FF",
        "/embed/%C3%28",
    ] {
        let response = get(&server, &client, path).await;
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    }
}

#[tokio::test]
async fn the_database_file_never_holds_a_students_birth_date_or_email_in_clear() {
    let server = TestServer::start().await;
    let (teacher, _) = common::school_founder(&server, "head", "Hill School").await;
    let class = common::create_class(&server, &teacher, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let (_, ada) = common::signed_in_student(&server, "ada", "2013-04-02", code).await;
    assert_eq!(ada["date_of_birth"], "2013-04-02", "the student sees it");
    post_json(&server, &teacher, &format!("/api/classes/{}/students", class["id"].as_str().unwrap()), &json!({"username": "noor", "email": "noor.family@example.org", "date_of_birth": "2014-02-03"})).await;

    assert_never_in_clear(
        &server,
        &[
            "2013-04-02",
            "2014-02-03",
            "noor.family@example.org",
            "ada@example.org",
        ],
        "noor",
    );
}
