//! Signing up, logging in and out, and how the API answers bodies it cannot
//! use: always its own JSON error, never a 500.

mod common;

use common::{
    assert_error, assert_invalid, get, post_bytes, post_empty, post_json, post_login, post_signup,
    session_cookie, signup, signup_body, signup_with, TestServer, PASSWORD,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn signup_answers_201_with_the_account_and_a_strict_session_cookie() {
    let server = TestServer::start().await;
    let client = server.client();
    let response = post_signup(&server, &client, &signup_body("ada")).await;
    assert_eq!(response.status(), StatusCode::CREATED);

    let cookie = response
        .headers()
        .get("set-cookie")
        .expect("a session cookie")
        .to_str()
        .unwrap()
        .to_string();
    let attributes: Vec<&str> = cookie.split(';').map(str::trim).collect();
    assert!(attributes[0].starts_with("pinpoint_session="), "{cookie}");
    assert!(attributes[0].len() > "pinpoint_session=".len(), "{cookie}");
    for wanted in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(attributes.contains(&wanted), "{wanted} in {cookie}");
    }
    assert!(
        !attributes.contains(&"Secure"),
        "plain HTTP cannot keep a Secure cookie"
    );

    let me: Value = response.json().await.unwrap();
    assert!(me["id"].as_str().unwrap().starts_with("u_"), "{me}");
    assert_eq!(me["username"], "ada");
    assert_eq!(me["email"], "ada@example.org");
    assert_eq!(me["kind"], "individual");
    assert_eq!(me["school"], Value::Null);
    assert_eq!(me["is_admin"], false);
    assert_eq!(me["date_of_birth"], Value::Null);
    assert_eq!(me["marketing_opt_in"], false);
    assert_eq!(me["avatar"], Value::Null);
}

#[tokio::test]
async fn me_answers_the_signed_in_account_and_401_without_a_session() {
    let server = TestServer::start().await;
    let client = server.client();
    let signed_up = signup(&server, &client, "ada").await;

    let response = get(&server, &client, "/api/me").await;
    assert_eq!(response.status(), StatusCode::OK);
    let me: Value = response.json().await.unwrap();
    assert_eq!(me, signed_up);

    let anonymous = get(&server, &server.client(), "/api/me").await;
    assert_error(anonymous, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
}

#[tokio::test]
async fn session_answers_who_is_signed_in_and_nobody_without_an_error() {
    let server = TestServer::start().await;
    let client = server.client();
    let anonymous = get(&server, &client, "/api/session").await;
    assert_eq!(
        anonymous.status(),
        StatusCode::OK,
        "not signed in is an answer"
    );
    assert_eq!(anonymous.headers()["cache-control"], "no-store");
    assert_eq!(
        anonymous.json::<Value>().await.unwrap(),
        json!({"me": null})
    );

    let signed_up = signup(&server, &client, "ada").await;
    let session: Value = get(&server, &client, "/api/session")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(session, json!({ "me": signed_up }));
}

#[tokio::test]
async fn login_works_by_username_and_by_email_in_any_case() {
    let server = TestServer::start().await;
    let me = signup(&server, &server.client(), "ada").await;

    for name in [
        "ada",
        "ada@example.org",
        "ADA@Example.ORG",
        "  Ada@example.org ",
    ] {
        let client = server.client();
        let response = post_login(&server, &client, name, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK, "logging in as {name:?}");
        let cookie = response.headers().get("set-cookie").expect("cookie");
        assert!(cookie.to_str().unwrap().contains("HttpOnly"));
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["id"], me["id"]);

        let again: Value = get(&server, &client, "/api/me").await.json().await.unwrap();
        assert_eq!(again["username"], "ada", "the new session works");
    }
}

#[tokio::test]
async fn wrong_password_is_401_with_the_json_error_body() {
    let server = TestServer::start().await;
    signup(&server, &server.client(), "ada").await;

    let response = post_login(&server, &server.client(), "ada", "not the password").await;
    assert!(response.headers().get("set-cookie").is_none());
    assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
}

#[tokio::test]
async fn unknown_user_is_401_exactly_like_a_wrong_password() {
    let server = TestServer::start().await;
    signup(&server, &server.client(), "ada").await;

    let wrong = assert_error(
        post_login(&server, &server.client(), "ada", "not the password").await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        None,
    )
    .await;
    for name in ["grace", "grace@example.org"] {
        let unknown = assert_error(
            post_login(&server, &server.client(), name, PASSWORD).await,
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            None,
        )
        .await;
        assert_eq!(unknown, wrong, "no hint that {name} has no account");
    }
}

#[tokio::test]
async fn duplicate_username_is_422_on_username() {
    let server = TestServer::start().await;
    signup(&server, &server.client(), "ada").await;

    let mut body = signup_body("ada");
    body["email"] = json!("other@example.org");
    let response = post_signup(&server, &server.client(), &body).await;
    assert_invalid(response, "username").await;
}

#[tokio::test]
async fn duplicate_email_in_any_case_is_422_on_email() {
    let server = TestServer::start().await;
    signup(&server, &server.client(), "ada").await;

    let mut body = signup_body("grace");
    body["email"] = json!("ADA@example.org");
    let response = post_signup(&server, &server.client(), &body).await;
    assert_invalid(response, "email").await;
}

async fn signup_fails_on(server: &TestServer, body: Value, field: &str) {
    let response = post_signup(server, &server.client(), &body).await;
    assert!(
        response.headers().get("set-cookie").is_none(),
        "no session for {body}"
    );
    assert_invalid(response, field).await;
}

#[tokio::test]
async fn invalid_username_email_or_short_password_is_422_on_that_field() {
    let server = TestServer::start().await;
    for username in ["ab", "Ada", "a b", "ada!", &"a".repeat(33)] {
        let mut body = signup_body("ada");
        body["username"] = json!(username);
        signup_fails_on(&server, body, "username").await;
    }
    for email in [
        "",
        "ada",
        "ada@localhost",
        "@example.org",
        "a b@example.org",
    ] {
        let mut body = signup_body("ada");
        body["email"] = json!(email);
        signup_fails_on(&server, body, "email").await;
    }
    let mut body = signup_body("ada");
    body["password"] = json!("short");
    signup_fails_on(&server, body, "password").await;

    // None of those created an account.
    let response = post_login(&server, &server.client(), "ada", "short").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn student_without_birth_date_or_join_code_is_422() {
    let server = TestServer::start().await;
    let mut body = signup_body("kid");
    body["kind"] = json!("student");
    body["join_code"] = json!("K7PX-2QMD");
    signup_fails_on(&server, body.clone(), "date_of_birth").await;

    body["join_code"] = Value::Null;
    body["date_of_birth"] = json!("2014-05-01");
    signup_fails_on(&server, body.clone(), "join_code").await;

    body["date_of_birth"] = json!("1950-01-01");
    body["join_code"] = json!("K7PX-2QMD");
    signup_fails_on(&server, body, "date_of_birth").await;
}

#[tokio::test]
async fn teacher_naming_a_school_founds_it_and_is_its_admin() {
    let server = TestServer::start().await;
    let client = server.client();
    let mut body = signup_body("mrs.hill");
    body["kind"] = json!("teacher");
    body["school_name"] = json!("  Hill School ");
    let me = signup_with(&server, &client, body).await;
    assert_eq!(me["kind"], "teacher");
    assert_eq!(me["is_admin"], true);
    assert_eq!(me["school"]["name"], "Hill School");
    assert!(!me["school"]["id"].as_str().unwrap().is_empty());

    let again: Value = get(&server, &client, "/api/me").await.json().await.unwrap();
    assert_eq!(again, me);

    // A teacher without a school is no admin of anything.
    let mut body = signup_body("mr.dale");
    body["kind"] = json!("teacher");
    let plain = signup_with(&server, &server.client(), body).await;
    assert_eq!(plain["is_admin"], false);
    assert_eq!(plain["school"], Value::Null);

    // Only teachers found schools.
    let mut body = signup_body("solo");
    body["school_name"] = json!("Solo School");
    signup_fails_on(&server, body, "school_name").await;
}

#[tokio::test]
async fn logout_is_204_and_the_old_cookie_no_longer_works() {
    let server = TestServer::start().await;
    let client = server.client();
    let response = post_signup(&server, &client, &signup_body("ada")).await;
    let old_cookie = session_cookie(&response);

    let with_old_cookie = || {
        server
            .bare_client()
            .get(server.url("/api/me"))
            .header("cookie", &old_cookie)
            .send()
    };
    assert_eq!(with_old_cookie().await.unwrap().status(), StatusCode::OK);

    let response = post_empty(&server, &client, "/api/auth/logout").await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let cleared = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cleared.starts_with("pinpoint_session=;"), "{cleared}");
    assert!(cleared.contains("Max-Age=0"), "{cleared}");

    let response = get(&server, &client, "/api/me").await;
    assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
    assert_error(
        with_old_cookie().await.unwrap(),
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        None,
    )
    .await;

    // Logging out again is harmless.
    let again = post_empty(&server, &client, "/api/auth/logout").await;
    assert_eq!(again.status(), StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn malformed_json_is_400_with_the_json_error_body() {
    let server = TestServer::start().await;
    for body in ["{", "not json", "", "{\"username\": \"ada\",}"] {
        let response = post_bytes(
            &server,
            &server.client(),
            "/api/auth/signup",
            "application/json",
            body,
        )
        .await;
        assert_error(response, StatusCode::BAD_REQUEST, "bad_request", None).await;
    }
}

#[tokio::test]
async fn wrong_json_types_or_missing_fields_are_422_naming_the_field() {
    let server = TestServer::start().await;
    let mut wrong_type = signup_body("ada");
    wrong_type["username"] = json!(42);
    let mut unknown_kind = signup_body("ada");
    unknown_kind["kind"] = json!("wizard");
    for (body, field) in [
        (wrong_type, "username"),
        (unknown_kind, "kind"),
        (json!({"username": "ada"}), "email"),
        (json!([1, 2, 3]), "."),
        (json!("ada"), "."),
    ] {
        let response = post_signup(&server, &server.client(), &body).await;
        assert_invalid(response, field).await;
    }
    let body = json!({"login": ["ada"], "password": PASSWORD});
    let response = post_json(&server, &server.client(), "/api/auth/login", &body).await;
    assert_invalid(response, "login").await;
}

#[tokio::test]
async fn json_without_a_json_content_type_is_415() {
    let server = TestServer::start().await;
    let body = signup_body("ada").to_string();
    for content_type in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
    ] {
        let mut request = server
            .client()
            .post(server.url("/api/auth/signup"))
            .body(body.clone());
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let response = request.send().await.unwrap();
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
async fn an_oversized_body_is_413() {
    let server = TestServer::start().await;
    // A little over axum's default limit of 2 MiB, so the server has read
    // (nearly) all of it before answering.
    let mut body = signup_body("ada");
    body["password"] = json!("p".repeat(2 * 1024 * 1024 + 100));
    let response = post_signup(&server, &server.client(), &body).await;
    assert_error(response, StatusCode::PAYLOAD_TOO_LARGE, "too_large", None).await;
}

#[tokio::test]
async fn a_wrong_method_on_an_api_route_is_a_json_error() {
    let server = TestServer::start().await;
    let response = get(&server, &server.client(), "/api/auth/signup").await;
    let status = response.status();
    assert!(status.is_client_error(), "{status}");
    let body: Value = response.json().await.unwrap();
    assert!(body["error"]["code"].is_string(), "{body}");
}
