//! LTI 1.3 end to end against a learning platform written here: real
//! RS256 keys (`tests/lti/`), its key set served on loopback, launches
//! signed as a platform signs them. A school's admin registers the
//! platform; a learner's launch of a scene's link opens the viewer with no
//! account, no cookie and nothing of the learner kept; every token that
//! does not check out is refused. An instructor's deep-linking launch
//! picks a scene in Pinpoint's picker and the signed answer checks out
//! with the tool's published keys.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::{create_scene, scene_body, school_founder, TestServer};
use jsonwebtoken::{EncodingKey, Header};
use reqwest::{Client, StatusCode};
use rsa::pkcs8::DecodePrivateKey;
use rsa::traits::PublicKeyParts;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

const CLIENT_ID: &str = "pinpoint-tool";
const DEPLOYMENT: &str = "deployment-1";

struct Key {
    kid: &'static str,
    pem: &'static str,
}

const KEY_1: Key = Key {
    kid: "platform-1",
    pem: include_str!("lti/platform-key-1.pem"),
};
const KEY_2: Key = Key {
    kid: "platform-2",
    pem: include_str!("lti/platform-key-2.pem"),
};

fn jwk(key: &Key) -> Value {
    let private = rsa::RsaPrivateKey::from_pkcs8_pem(key.pem).expect("a test key");
    let b64 = |n: &rsa::BigUint| URL_SAFE_NO_PAD.encode(n.to_bytes_be());
    json!({"kty": "RSA", "alg": "RS256", "use": "sig", "kid": key.kid,
           "n": b64(private.n()), "e": b64(private.e())})
}

/// The platform: its address and the keys it publishes (changed to rotate).
struct Platform {
    base: String,
    published: Arc<Mutex<Vec<Value>>>,
}

impl Platform {
    async fn start() -> Platform {
        let published = Arc::new(Mutex::new(vec![jwk(&KEY_1)]));
        let keys = published.clone();
        let app = axum::Router::new().route(
            "/jwks",
            axum::routing::get(move || {
                let keys = keys.lock().unwrap().clone();
                async move { axum::Json(json!({ "keys": keys })) }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Platform { base, published }
    }

    fn settings(&self) -> Value {
        json!({
            "issuer": self.base,
            "client_id": CLIENT_ID,
            "deployment_id": DEPLOYMENT,
            "auth_url": format!("{}/auth", self.base),
            "jwks_url": format!("{}/jwks", self.base),
        })
    }

    /// A launch's claims as the platform makes them.
    fn claims(&self, nonce: &str, scene: &str) -> Value {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        json!({
            "iss": self.base,
            "aud": CLIENT_ID,
            "sub": "learner-7",
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
            "name": "A Learner",
            "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
            "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
            "https://purl.imsglobal.org/spec/lti/claim/deployment_id": DEPLOYMENT,
            "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": "https://pinpoint.example/lti/launch",
            "https://purl.imsglobal.org/spec/lti/claim/resource_link": {"id": "link-1"},
            "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
            "https://purl.imsglobal.org/spec/lti/claim/custom": {"scene": scene},
        })
    }
}

impl Platform {
    /// An instructor's deep-linking launch, as the platform signs it.
    fn deep_linking_claims(&self, nonce: &str) -> Value {
        let mut claims = self.claims(nonce, "");
        claims["sub"] = json!("instructor-3");
        claims["https://purl.imsglobal.org/spec/lti/claim/message_type"] =
            json!("LtiDeepLinkingRequest");
        claims["https://purl.imsglobal.org/spec/lti/claim/roles"] =
            json!(["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]);
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = json!({
            "deep_link_return_url": format!("{}/courses/1/deep_link", self.base),
            "accept_types": ["link", "ltiResourceLink"],
            "accept_presentation_document_targets": ["iframe", "window"],
            "data": "opaque-123",
        });
        claims
    }
}

fn sign(claims: &Value, key: &Key, kid: &str) -> String {
    let mut header = Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some(kid.to_string());
    let key = EncodingKey::from_rsa_pem(key.pem.as_bytes()).unwrap();
    jsonwebtoken::encode(&header, claims, &key).unwrap()
}

/// A browser in the platform's frame: no cookies, no redirects followed.
fn frame() -> Client {
    Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Login initiation; answers the state and nonce Pinpoint sent to the
/// platform's authorization URL.
async fn initiate(server: &TestServer, platform: &Platform) -> (String, String) {
    let response = frame()
        .get(server.url("/lti/login"))
        .query(&[
            ("iss", platform.base.as_str()),
            ("login_hint", "learner-7"),
            ("target_link_uri", "https://pinpoint.example/lti/launch"),
            ("client_id", CLIENT_ID),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = reqwest::Url::parse(response.headers()["location"].to_str().unwrap()).unwrap();
    assert!(location
        .as_str()
        .starts_with(&format!("{}/auth?", platform.base)));
    let param = |name: &str| {
        location
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    assert_eq!(param("client_id"), CLIENT_ID);
    assert_eq!(param("response_mode"), "form_post");
    assert_eq!(param("redirect_uri"), server.url("/lti/launch"));
    assert_eq!(param("login_hint"), "learner-7");
    (param("state"), param("nonce"))
}

/// The picker's pages in the platform's frame: no cookies, its forms
/// posted from its own pages (so with this site's origin).
fn picker(server: &TestServer) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("origin", server.url("").parse().unwrap());
    Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap()
}

async fn page(client: &Client, url: &str) -> (StatusCode, String) {
    let response = client.get(url).send().await.unwrap();
    assert!(response.headers().get("set-cookie").is_none(), "no cookie");
    (response.status(), response.text().await.unwrap())
}

async fn post_form(client: &Client, url: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(url).form(form).send().await.unwrap()
}

/// The value of the attribute `name` after `after` in a page.
fn attribute<'a>(html: &'a str, after: &str, name: &str) -> &'a str {
    let from = html
        .find(after)
        .unwrap_or_else(|| panic!("{after} in {html}"));
    let rest = &html[from..];
    let start = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let end = rest[start..].find('"').unwrap();
    &rest[start..start + end]
}

/// A deep-linking launch by the instructor; answers the picker's URL.
async fn deep_linking_launch(server: &TestServer, platform: &Platform) -> String {
    let (state, nonce) = initiate(server, platform).await;
    let token = sign(&platform.deep_linking_claims(&nonce), &KEY_1, KEY_1.kid);
    let response = launch(server, &token, &state).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(response.headers().get("set-cookie").is_none(), "no cookie");
    let location = response.headers()["location"].to_str().unwrap();
    assert!(location.starts_with("/lti/pick/"), "{location}");
    server.url(location)
}

async fn launch(server: &TestServer, token: &str, state: &str) -> reqwest::Response {
    frame()
        .post(server.url("/lti/launch"))
        .form(&[("id_token", token), ("state", state)])
        .send()
        .await
        .unwrap()
}

/// A school with a registered platform and a teacher's unlisted scene.
async fn school_with_platform() -> (TestServer, Platform, String, Client) {
    let server = TestServer::start().await;
    let platform = Platform::start().await;
    let (admin, _) = school_founder(&server, "head", "Hill School").await;
    let registered = common::post_json(
        &server,
        &admin,
        "/api/school/lti/platforms",
        &platform.settings(),
    )
    .await;
    assert_eq!(registered.status(), StatusCode::CREATED);
    let scene = create_scene(&server, &admin, scene_body("Volcano", "unlisted", None)).await;
    (
        server,
        platform,
        scene["id"].as_str().unwrap().to_string(),
        admin,
    )
}

#[tokio::test]
async fn a_learners_launch_opens_the_scene_and_keeps_nothing_of_them() {
    let (server, platform, scene, admin) = school_with_platform().await;
    let users_before = server.sql_count("SELECT COUNT(*) FROM users");

    let (state, nonce) = initiate(&server, &platform).await;
    let token = sign(&platform.claims(&nonce, &scene), &KEY_1, KEY_1.kid);
    let response = launch(&server, &token, &state).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], format!("/embed/{scene}"));
    assert!(response.headers().get("set-cookie").is_none(), "no cookie");
    assert_eq!(server.sql_count("SELECT COUNT(*) FROM users"), users_before);
    assert_eq!(server.sql_count("SELECT COUNT(*) FROM identities"), 0);
    assert_eq!(server.sql_count("SELECT COUNT(*) FROM lti_logins"), 0);
    assert_eq!(server.sql_count("SELECT COUNT(*) FROM sessions WHERE user_id NOT IN (SELECT id FROM users WHERE username = 'head')"), 0);

    // Replayed: refused, whoever sends it.
    let again = launch(&server, &token, &state).await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);

    // The admin sees the registration, and can remove it.
    let listed = common::get_json(&server, &admin, "/api/school/lti/platforms").await;
    assert_eq!(listed[0]["client_id"], CLIENT_ID);
    assert_eq!(listed[0]["deployment_id"], DEPLOYMENT);
}

/// A bad token: what is wrong, how the claims are changed, the key that
/// signs it and the key id its header names.
type Case = (
    &'static str,
    Box<dyn Fn(&mut Value)>,
    &'static Key,
    &'static str,
);

#[tokio::test]
async fn every_token_that_does_not_check_out_is_refused() {
    let (server, platform, scene, _) = school_with_platform().await;
    let cases: Vec<Case> = vec![
        (
            "signed with another key under the platform's kid",
            Box::new(|_| {}),
            &KEY_2,
            KEY_1.kid,
        ),
        (
            "a key the platform does not publish",
            Box::new(|_| {}),
            &KEY_2,
            KEY_2.kid,
        ),
        (
            "another issuer",
            Box::new(|c| c["iss"] = json!("https://lms.evil.example")),
            &KEY_1,
            KEY_1.kid,
        ),
        (
            "another audience",
            Box::new(|c| c["aud"] = json!("another-tool")),
            &KEY_1,
            KEY_1.kid,
        ),
        (
            "several audiences without azp",
            Box::new(|c| c["aud"] = json!([CLIENT_ID, "another-tool"])),
            &KEY_1,
            KEY_1.kid,
        ),
        (
            "expired",
            Box::new(|c| {
                c["exp"] = json!(time::OffsetDateTime::now_utc().unix_timestamp() - 3600);
            }),
            &KEY_1,
            KEY_1.kid,
        ),
        (
            "another nonce",
            Box::new(|c| c["nonce"] = json!("not the one sent")),
            &KEY_1,
            KEY_1.kid,
        ),
        (
            "azp naming another tool",
            Box::new(|c| c["azp"] = json!("another-tool")),
            &KEY_1,
            KEY_1.kid,
        ),
        (
            "an unknown deployment",
            Box::new(|c| {
                c["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] = json!("other")
            }),
            &KEY_1,
            KEY_1.kid,
        ),
        (
            "another LTI version",
            Box::new(|c| c["https://purl.imsglobal.org/spec/lti/claim/version"] = json!("1.1")),
            &KEY_1,
            KEY_1.kid,
        ),
    ];
    for (case, change, key, kid) in cases {
        let (state, nonce) = initiate(&server, &platform).await;
        let mut claims = platform.claims(&nonce, &scene);
        change(&mut claims);
        let response = launch(&server, &sign(&claims, key, kid), &state).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{case}");
        assert!(response.headers().get("location").is_none(), "{case}");
    }
    // Not a token at all, and a state never issued.
    let (state, _) = initiate(&server, &platform).await;
    assert_eq!(
        launch(&server, "not.a.token", &state).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let (_, nonce) = initiate(&server, &platform).await;
    let token = sign(&platform.claims(&nonce, &scene), &KEY_1, KEY_1.kid);
    assert_eq!(
        launch(&server, &token, "forged-state").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_platform_may_rotate_its_keys() {
    let (server, platform, scene, _) = school_with_platform().await;
    let (state, nonce) = initiate(&server, &platform).await;
    let token = sign(&platform.claims(&nonce, &scene), &KEY_1, KEY_1.kid);
    assert_eq!(
        launch(&server, &token, &state).await.status(),
        StatusCode::SEE_OTHER
    );

    *platform.published.lock().unwrap() = vec![jwk(&KEY_2)];
    // Keys are looked up again for an unknown one at most once a second.
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    let (state, nonce) = initiate(&server, &platform).await;
    let token = sign(&platform.claims(&nonce, &scene), &KEY_2, KEY_2.kid);
    assert_eq!(
        launch(&server, &token, &state).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn only_shared_scenes_open_and_only_registered_platforms_launch() {
    let (server, platform, _, admin) = school_with_platform().await;
    let private = create_scene(&server, &admin, scene_body("Draft", "private", None)).await;
    let (state, nonce) = initiate(&server, &platform).await;
    let token = sign(
        &platform.claims(&nonce, private["id"].as_str().unwrap()),
        &KEY_1,
        KEY_1.kid,
    );
    assert_eq!(
        launch(&server, &token, &state).await.status(),
        StatusCode::NOT_FOUND
    );

    let stranger = frame()
        .get(server.url("/lti/login"))
        .query(&[("iss", "https://lms.unknown.example"), ("login_hint", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(stranger.status(), StatusCode::BAD_REQUEST);

    // Registration is for the school's admins, with real addresses.
    let mut settings = platform.settings();
    settings["jwks_url"] = json!("http://lms.example/jwks");
    let refused = common::post_json(&server, &admin, "/api/school/lti/platforms", &settings).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let twice = common::post_json(
        &server,
        &admin,
        "/api/school/lti/platforms",
        &platform.settings(),
    )
    .await;
    assert_eq!(twice.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (outsider, _) = common::signed_in(&server, "outsider").await;
    let not_admin = common::post_json(
        &server,
        &outsider,
        "/api/school/lti/platforms",
        &platform.settings(),
    )
    .await;
    // Someone outside any school has no school page to register on.
    assert_eq!(not_admin.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_tool_publishes_its_key_sealed_and_rotatable() {
    let server = TestServer::start().await;
    let url = server.url("/lti/jwks.json");
    let keys = || {
        let url = url.clone();
        async move {
            let set: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
            set["keys"].as_array().unwrap().clone()
        }
    };
    let first = keys().await;
    assert_eq!(first.len(), 1);
    assert_eq!(first[0]["kty"], "RSA");
    assert_eq!(first[0]["alg"], "RS256");
    assert!(first[0].get("d").is_none(), "no private part");
    assert_eq!(keys().await, first, "made once");
    // Stored sealed: the database holds no private key in clear.
    let stored: Vec<u8> = server.sql(|conn| {
        conn.query_one(
            "SELECT private_sealed FROM tool_keys",
            pinpoint_server::params![],
            |r| Ok(r.get(0)?),
        )
    });
    assert!(!String::from_utf8_lossy(&stored).contains("PRIVATE KEY"));

    let (state_keys, now) = (server.state.keys.clone(), server.state.clock.now());
    let kid = server.sql(|conn| pinpoint_server::lti::tool_key::rotate(conn, &state_keys, now));
    let rotated = keys().await;
    assert_eq!(rotated.len(), 2, "the old key stays published a while");
    assert_eq!(rotated[0]["kid"], kid.as_str(), "the new key first");
    assert_eq!(rotated[1], first[0]);
}

#[tokio::test]
async fn an_instructor_adds_a_scene_to_a_course_and_learners_open_it() {
    let (server, platform, scene, admin) = school_with_platform().await;
    let private = create_scene(&server, &admin, scene_body("Draft", "private", None)).await;
    common::signed_in_with(
        &server,
        common::teacher_body("elsewhere", Some("Dale School")),
    )
    .await;
    let client = picker(&server);
    let pick = deep_linking_launch(&server, &platform).await;
    let link = format!("{pick}/link");
    // Nothing is picked before the instructor is known.
    let early = post_form(&client, &pick, &[("scene", &scene)]).await;
    assert_eq!(early.status(), StatusCode::SEE_OTHER);

    // The first time, the instructor links their Pinpoint account.
    let (status, html) = page(&client, &pick).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Link your Pinpoint account"), "{html}");
    let wrong = post_form(&client, &link, &[("login", "head"), ("password", "not it")]).await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert!(wrong
        .text()
        .await
        .unwrap()
        .contains("Wrong email, username or password"));
    let other_school = post_form(
        &client,
        &link,
        &[("login", "elsewhere"), ("password", common::PASSWORD)],
    )
    .await;
    assert_eq!(other_school.status(), StatusCode::FORBIDDEN);
    let cross_site = frame()
        .post(&link)
        .header("origin", "https://evil.example")
        .form(&[("login", "head"), ("password", common::PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    let linked = post_form(
        &client,
        &link,
        &[("login", "head"), ("password", common::PASSWORD)],
    )
    .await;
    assert_eq!(linked.status(), StatusCode::SEE_OTHER);
    assert!(linked.headers().get("set-cookie").is_none(), "no cookie");

    // Their scenes: shared ones may be added, private ones not.
    let (_, html) = page(&client, &pick).await;
    assert!(html.contains("Signed in as head."), "{html}");
    assert!(html.contains("Volcano") && html.contains("Draft"));
    assert!(html.contains("aria-label=\"Add Volcano\""));
    assert!(!html.contains("aria-label=\"Add Draft\""));
    let refused = post_form(
        &client,
        &pick,
        &[("scene", private["id"].as_str().unwrap())],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let (other, _) =
        common::signed_in_with(&server, common::teacher_body("other", Some("Vale School"))).await;
    let others = create_scene(&server, &other, scene_body("Theirs", "public", None)).await;
    let refused = post_form(&client, &pick, &[("scene", others["id"].as_str().unwrap())]).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND, "not their own");

    let chosen = post_form(&client, &pick, &[("scene", &scene)]).await;
    assert_eq!(chosen.status(), StatusCode::OK);
    let policy = chosen.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        policy.contains(&format!("form-action 'self' https: {}", platform.base)),
        "{policy}"
    );
    let html = chosen.text().await.unwrap();
    let return_url = attribute(&html, "<form id=\"return\"", "action");
    assert_eq!(return_url, format!("{}/courses/1/deep_link", platform.base));
    let jwt = attribute(&html, "name=\"JWT\"", "value");

    // The answer checks out with the tool's published keys.
    let header = jsonwebtoken::decode_header(jwt).unwrap();
    let published: Value = reqwest::get(server.url("/lti/jwks.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let keys: jsonwebtoken::jwk::JwkSet = serde_json::from_value(published).unwrap();
    let key = keys
        .find(header.kid.as_deref().unwrap())
        .expect("a published key");
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    validation.set_issuer(&[CLIENT_ID]);
    validation.set_audience(&[&platform.base]);
    let claims = jsonwebtoken::decode::<Value>(
        jwt,
        &jsonwebtoken::DecodingKey::from_jwk(key).unwrap(),
        &validation,
    )
    .expect("the answer checks out")
    .claims;
    let lti =
        |name: &str| claims[format!("https://purl.imsglobal.org/spec/lti/claim/{name}")].clone();
    assert_eq!(lti("message_type"), "LtiDeepLinkingResponse");
    assert_eq!(lti("version"), "1.3.0");
    assert_eq!(lti("deployment_id"), DEPLOYMENT);
    assert!(claims["nonce"].as_str().is_some_and(|n| n.len() >= 20));
    assert_eq!(
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/data"],
        "opaque-123"
    );
    let items = &claims["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"];
    assert_eq!(items.as_array().unwrap().len(), 1);
    assert_eq!(items[0]["type"], "ltiResourceLink");
    assert_eq!(items[0]["title"], "Volcano");
    assert_eq!(items[0]["url"], server.url("/lti/launch"));
    assert_eq!(items[0]["custom"]["scene"], scene.as_str());

    // Sent once.
    let again = post_form(&client, &pick, &[("scene", &scene)]).await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);

    // A learner's launch of the link the platform made opens the scene.
    let (state, nonce) = initiate(&server, &platform).await;
    let custom = items[0]["custom"]["scene"].as_str().unwrap();
    let token = sign(&platform.claims(&nonce, custom), &KEY_1, KEY_1.kid);
    let response = launch(&server, &token, &state).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], format!("/embed/{scene}"));

    // Next time the platform's launch says who the instructor is.
    let pick = deep_linking_launch(&server, &platform).await;
    let (_, html) = page(&client, &pick).await;
    assert!(html.contains("Signed in as head."), "{html}");

    // The link is the account's: in its export and activity, and kept as
    // the platform's subject alone.
    let export = common::get_json(&server, &admin, "/api/me/export").await;
    assert_eq!(
        export["course_platforms"][0]["issuer"],
        platform.base.as_str()
    );
    assert_eq!(export["course_platforms"][0]["subject"], "instructor-3");
    assert!(export["activity"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "learning_platform_linked"));
    let kinds: Vec<&str> = export["activity"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    assert!(
        kinds.contains(&"sign_in_failed"),
        "the wrong password is logged"
    );
    assert_eq!(server.sql_count("SELECT COUNT(*) FROM lti_links"), 1);
    assert_eq!(server.sql_count("SELECT COUNT(*) FROM identities"), 0);

    // A new password ends the link, as it ends other sessions.
    let changed = common::post_json(
        &server,
        &admin,
        "/api/me/password",
        &json!({"current_password": common::PASSWORD, "new_password": "a brand new password"}),
    )
    .await;
    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    assert_eq!(server.sql_count("SELECT COUNT(*) FROM lti_links"), 0);
    let (_, html) = page(&client, &pick).await;
    assert!(html.contains("Link your Pinpoint account"), "{html}");
}

#[tokio::test]
async fn an_anonymous_launch_opens_the_scene_too() {
    let (server, platform, scene, _) = school_with_platform().await;
    let (state, nonce) = initiate(&server, &platform).await;
    let mut claims = platform.claims(&nonce, &scene);
    claims.as_object_mut().unwrap().remove("sub");
    let response = launch(&server, &sign(&claims, &KEY_1, KEY_1.kid), &state).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    // An instructor must be someone, though.
    let (state, nonce) = initiate(&server, &platform).await;
    let mut claims = platform.deep_linking_claims(&nonce);
    claims.as_object_mut().unwrap().remove("sub");
    let response = launch(&server, &sign(&claims, &KEY_1, KEY_1.kid), &state).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_deep_link_that_takes_no_resource_links_or_a_student_is_refused() {
    let (server, platform, _, admin) = school_with_platform().await;
    let (state, nonce) = initiate(&server, &platform).await;
    let mut claims = platform.deep_linking_claims(&nonce);
    claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"]["accept_types"] =
        json!(["file"]);
    let response = launch(&server, &sign(&claims, &KEY_1, KEY_1.kid), &state).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    // A student of the school cannot link to add scenes.
    let class = common::create_class(&server, &admin, "7B").await;
    common::signed_in_student(
        &server,
        "pupil",
        "2012-05-01",
        class["join_code"].as_str().unwrap(),
    )
    .await;
    let pick = deep_linking_launch(&server, &platform).await;
    let student = post_form(
        &picker(&server),
        &format!("{pick}/link"),
        &[("login", "pupil"), ("password", common::PASSWORD)],
    )
    .await;
    assert_eq!(student.status(), StatusCode::FORBIDDEN);
    assert_eq!(server.sql_count("SELECT COUNT(*) FROM lti_links"), 0);

    // A token never issued finds nothing.
    let (status, html) = page(&picker(&server), &server.url("/lti/pick/forged")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("expired"));
}

#[tokio::test]
async fn a_server_serving_people_fetches_no_keys_from_its_own_network() {
    // As `serve --public-url` runs: platform keys from the internet only.
    let server = TestServer::start_configured(
        tempfile::tempdir().unwrap(),
        |state| pinpoint_server::AppState {
            lti_keys: Arc::new(
                pinpoint_server::lti::PlatformKeys::new(
                    pinpoint_server::outbound::Reach::PublicOnly,
                )
                .unwrap(),
            ),
            ..state
        },
        pinpoint_server::listener::Limits::default(),
    )
    .await;
    let platform = Platform::start().await;
    let (admin, _) = school_founder(&server, "head", "Hill School").await;
    let registered = common::post_json(
        &server,
        &admin,
        "/api/school/lti/platforms",
        &platform.settings(),
    )
    .await;
    assert_eq!(registered.status(), StatusCode::CREATED);
    let scene = create_scene(&server, &admin, scene_body("Volcano", "unlisted", None)).await;
    let (state, nonce) = initiate(&server, &platform).await;
    let token = sign(
        &platform.claims(&nonce, scene["id"].as_str().unwrap()),
        &KEY_1,
        KEY_1.kid,
    );
    let response = launch(&server, &token, &state).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let page = response.text().await.unwrap();
    assert!(page.contains("keys could not be fetched"), "{page}");
}
