//! Sign-in with a school account, end to end against a real OpenID
//! Provider (panva's `oidc-provider`, `tests/oidc/provider.mjs`) and the
//! real `pinpoint serve` configured by `--config`: first sign-ins make
//! accounts (students of the school that listed the email's domain), later
//! ones find them by (issuer, subject), an email in use is never taken
//! over, providers are connected and removed in settings, and forged,
//! replayed or cross-browser answers are refused.

mod common;

use common::process::{free_port, Serve};
use common::{post_json, signup_body, PASSWORD};
use reqwest::header::ORIGIN;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const PROVIDER: &str = "school";
const LABEL: &str = "Hill School account";

/// The provider and Pinpoint, each on its own loopback port.
struct World {
    provider: Child,
    provider_base: String,
    pinpoint: Serve,
    _root: tempfile::TempDir,
}

impl Drop for World {
    fn drop(&mut self) {
        let _ = self.provider.kill();
        let _ = self.provider.wait();
    }
}

fn start_provider(port: u16, redirect_uri: &str, secret: &str) -> Child {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oidc/provider.mjs");
    let mut child = Command::new("node")
        .args([script, &port.to_string(), redirect_uri, secret])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the OpenID Provider (node)");
    let mut ready = String::new();
    let mut output = BufReader::new(child.stdout.take().expect("its output"));
    output
        .read_line(&mut ready)
        .expect("the provider says it is ready");
    assert_eq!(ready.trim(), "ready", "the provider did not start");
    // Its output stays open for as long as it runs (a closed pipe would
    // end it at its next write).
    child.stdout = Some(output.into_inner());
    child
}

async fn world() -> World {
    for _ in 0..3 {
        let root = tempfile::tempdir().unwrap();
        let (provider_port, port) = (free_port(), free_port());
        let secret = "a client secret for the tests";
        let redirect = format!("http://127.0.0.1:{port}/auth/oidc/{PROVIDER}/callback");
        let provider = start_provider(provider_port, &redirect, secret);
        let config = root.path().join("pinpoint.toml");
        std::fs::write(
            &config,
            format!(
                "sso_domains_allowed = [\"hill.example\"]\n\
                 [[oidc]]\nname = \"{PROVIDER}\"\nlabel = \"{LABEL}\"\n\
                 issuer = \"http://127.0.0.1:{provider_port}\"\n\
                 client_id = \"pinpoint\"\nclient_secret = \"{secret}\"\n"
            ),
        )
        .unwrap();
        let config = config.to_str().unwrap().to_string();
        let mut args = vec!["--config".to_string(), config];
        // On PostgreSQL too, when the tests have it.
        if let Some(database) = common::test_database_url() {
            args.extend(["--database".into(), database]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        match Serve::start_at(root.path(), port, &args).await {
            Ok(pinpoint) => {
                return World {
                    provider,
                    provider_base: format!("http://127.0.0.1:{provider_port}"),
                    pinpoint,
                    _root: root,
                }
            }
            Err(log) if log.contains("in use") => {
                let mut provider = provider;
                let _ = provider.kill();
            }
            Err(log) => panic!("serve did not start:\n{log}"),
        }
    }
    panic!("no free ports after three tries")
}

impl World {
    /// Who the provider signs in next.
    async fn next_account(&self, account: &str) {
        let said = Client::new()
            .post(format!("{}/test/next", self.provider_base))
            .json(&json!({ "account": account }))
            .send()
            .await
            .unwrap();
        assert_eq!(said.status(), StatusCode::NO_CONTENT);
    }

    /// A browser: it keeps cookies, follows redirects (noting each URL)
    /// and sends Pinpoint's origin with every request.
    fn browser(&self) -> (Client, Arc<Mutex<Vec<String>>>) {
        let visited = Arc::new(Mutex::new(Vec::new()));
        let noted = visited.clone();
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(ORIGIN, self.pinpoint.base.parse().unwrap());
        let client = Client::builder()
            .cookie_store(true)
            .default_headers(headers)
            .timeout(Duration::from_secs(20))
            .redirect(reqwest::redirect::Policy::custom(move |attempt| {
                noted.lock().unwrap().push(attempt.url().to_string());
                attempt.follow()
            }))
            .build()
            .unwrap();
        (client, visited)
    }

    /// Signs in as `account` in a new browser; answers the browser and
    /// where it ended.
    async fn sign_in_as(&self, account: &str) -> (Client, String) {
        self.next_account(account).await;
        let (browser, _) = self.browser();
        let end = self
            .follow(&browser, "/auth/oidc/school/start?return=/mine")
            .await;
        (browser, end)
    }

    /// Follows a link on Pinpoint to wherever it leads; answers the path
    /// and query it ends at.
    async fn follow(&self, browser: &Client, path: &str) -> String {
        let response = browser.get(self.pinpoint.url(path)).send().await.unwrap();
        let url = response.url().clone();
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        }
    }

    async fn me(&self, browser: &Client) -> (StatusCode, Value) {
        let response = browser
            .get(self.pinpoint.url("/api/me"))
            .send()
            .await
            .unwrap();
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn get_json(&self, browser: &Client, path: &str) -> Value {
        let response = browser.get(self.pinpoint.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.unwrap()
    }
}

#[tokio::test]
async fn the_log_in_page_learns_the_providers() {
    let world = world().await;
    let (browser, _) = world.browser();
    let providers = world.get_json(&browser, "/api/auth/providers").await;
    assert_eq!(providers, json!([{"name": PROVIDER, "label": LABEL}]));
}

#[tokio::test]
async fn a_first_sign_in_makes_an_account_and_later_ones_find_it() {
    let world = world().await;
    let (browser, end) = world.sign_in_as("outsider-1").await;
    assert_eq!(end, "/mine", "back where the sign-in began");
    let (status, me) = world.me(&browser).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["username"], "sam");
    assert_eq!(me["kind"], "individual");
    assert_eq!(me["email"], "sam@elsewhere.example");

    let (again, _) = world.sign_in_as("outsider-1").await;
    assert_eq!(world.me(&again).await.1["id"], me["id"], "the same account");

    let connected = world.get_json(&again, "/api/me/identities").await;
    assert_eq!(connected.as_array().unwrap().len(), 1);
    let export = world.get_json(&again, "/api/me/export").await;
    let linked = &export["sign_in_providers"][0];
    assert_eq!(linked["provider"], PROVIDER);
    assert_eq!(linked["subject"], "outsider-1");
    assert_eq!(linked["issuer"], world.provider_base.as_str());
    assert_eq!(connected[0]["name"], PROVIDER);
    assert_eq!(connected[0]["label"], LABEL);
    let log = world.get_json(&again, "/api/me/activity").await;
    assert!(log
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "sign_in" && e["detail"] == LABEL));

    // A provider account without a verified email makes no account.
    let (unverified, end) = world.sign_in_as("unverified-1").await;
    assert_eq!(end, "/login?sso_error=no_verified_email");
    assert_eq!(world.me(&unverified).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_schools_domain_makes_first_sign_ins_its_students() {
    let world = world().await;
    let (admin, _) = world.browser();
    let founded = post_json(
        &world.pinpoint,
        &admin,
        "/api/auth/signup",
        &json!({"username": "head", "email": "head@hill.example", "password": PASSWORD,
                "kind": "teacher", "school_name": "Hill School"}),
    )
    .await;
    assert_eq!(founded.status(), StatusCode::CREATED);
    let school: Value = admin
        .patch(world.pinpoint.url("/api/school/settings"))
        .json(&json!({"sso_domains": ["Hill.Example"]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(school["sso_domains"], json!(["hill.example"]));
    // Only domains the operator allowed: no school claims a webmail
    // domain, or another school's.
    let refused = admin
        .patch(world.pinpoint.url("/api/school/settings"))
        .json(&json!({"sso_domains": ["hill.example", "gmail.com"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let (pupil, _) = world.sign_in_as("pupil-1").await;
    let (_, me) = world.me(&pupil).await;
    assert_eq!(me["kind"], "student");
    assert_eq!(me["school"]["id"], school["id"]);
    assert_eq!(me["date_of_birth"], Value::Null, "asked at the first visit");
    let users = world.get_json(&admin, "/api/school/users").await;
    assert!(users
        .as_array()
        .unwrap()
        .iter()
        .any(|u| u["username"] == "ava"));

    // The pupil gives a birth date at the first visit, once.
    let born = |date: &'static str| {
        let pupil = pupil.clone();
        let url = world.pinpoint.url("/api/me");
        async move {
            pupil
                .patch(url)
                .json(&json!({ "date_of_birth": date }))
                .send()
                .await
                .unwrap()
        }
    };
    let given = born("2012-05-01").await;
    assert_eq!(given.status(), StatusCode::OK);
    assert_eq!(
        given.json::<Value>().await.unwrap()["date_of_birth"],
        "2012-05-01"
    );
    assert_eq!(
        born("2011-01-01").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "afterwards only an admin changes it"
    );
}

#[tokio::test]
async fn an_email_in_use_is_never_taken_over_by_a_sign_in() {
    let world = world().await;
    let (owner, _) = world.browser();
    let mut body = signup_body("ava-own");
    body["email"] = json!("ava@hill.example");
    let made = post_json(&world.pinpoint, &owner, "/api/auth/signup", &body).await;
    assert_eq!(made.status(), StatusCode::CREATED);

    let (stranger, end) = world.sign_in_as("pupil-1").await;
    assert_eq!(end, "/login?sso_error=email_taken");
    assert_eq!(world.me(&stranger).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn forged_replayed_and_cross_browser_answers_are_refused() {
    let world = world().await;
    // An answer nobody asked for.
    let (browser, _) = world.browser();
    let end = world
        .follow(
            &browser,
            "/auth/oidc/school/callback?code=forged&state=forged",
        )
        .await;
    assert_eq!(end, "/login?sso_error=not_started");

    // A sign-in started in one browser, its answer opened in another (a
    // link planted to sign the victim into the attacker's account).
    world.next_account("outsider-1").await;
    let stopper = Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::custom(|attempt| {
            if attempt.url().path().ends_with("/callback") {
                attempt.stop()
            } else {
                attempt.follow()
            }
        }))
        .build()
        .unwrap();
    let stopped = stopper
        .get(world.pinpoint.url("/auth/oidc/school/start"))
        .send()
        .await
        .unwrap();
    let answer = stopped.headers()["location"].to_str().unwrap().to_string();
    assert!(answer.contains("/auth/oidc/school/callback?"), "{answer}");
    let (victim, _) = world.browser();
    let end = world
        .follow(&victim, &answer.replace(&world.pinpoint.base, ""))
        .await;
    assert_eq!(end, "/login?sso_error=not_started");
    assert_eq!(world.me(&victim).await.0, StatusCode::UNAUTHORIZED);
    // And it is used up: the browser that started it cannot use it now.
    let response = stopper.get(&answer).send().await.unwrap();
    assert_eq!(response.url().path(), "/login");
    assert_eq!(response.url().query(), Some("sso_error=not_started"));

    // A good answer, replayed after it signed in.
    world.next_account("outsider-1").await;
    let (browser, visited) = world.browser();
    world.follow(&browser, "/auth/oidc/school/start").await;
    let callback = visited
        .lock()
        .unwrap()
        .iter()
        .find(|u| u.contains("/callback?"))
        .cloned()
        .unwrap();
    assert_eq!(world.me(&browser).await.0, StatusCode::OK);
    let (replayer, _) = world.browser();
    let end = world
        .follow(&replayer, &callback.replace(&world.pinpoint.base, ""))
        .await;
    assert_eq!(end, "/login?sso_error=not_started");
    assert_eq!(world.me(&replayer).await.0, StatusCode::UNAUTHORIZED);

    // An unknown provider.
    let response = browser
        .get(world.pinpoint.url("/auth/oidc/nobody/start"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_provider_is_connected_and_removed_in_settings() {
    let world = world().await;
    let (browser, _) = world.browser();
    let made = post_json(
        &world.pinpoint,
        &browser,
        "/api/auth/signup",
        &signup_body("kay"),
    )
    .await;
    assert_eq!(made.status(), StatusCode::CREATED);

    let connect = |password: &'static str| {
        let (world, browser) = (&world, &browser);
        async move {
            let body = json!({"provider": PROVIDER, "password": password});
            post_json(&world.pinpoint, browser, "/api/me/identities", &body).await
        }
    };
    assert_eq!(
        connect("not my password").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let answer: Value = connect(PASSWORD).await.json().await.unwrap();
    let url = answer["url"].as_str().unwrap();
    world.next_account("teacher-1").await;
    let end = browser.get(url).send().await.unwrap();
    assert_eq!(end.url().path(), "/settings");
    let connected = world.get_json(&browser, "/api/me/identities").await;
    assert_eq!(connected[0]["name"], PROVIDER);

    // Now the provider signs in to this account.
    let (elsewhere, _) = world.sign_in_as("teacher-1").await;
    assert_eq!(world.me(&elsewhere).await.1["username"], "kay");

    // With a password, the provider can go.
    let removed = browser
        .delete(
            world
                .pinpoint
                .url(&format!("/api/me/identities/{PROVIDER}")),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        world.get_json(&browser, "/api/me/identities").await,
        json!([])
    );

    // An account made by the provider keeps its only way in...
    let (sam, _) = world.sign_in_as("outsider-1").await;
    assert_eq!(world.me(&sam).await.1["has_password"], false);
    let only = world
        .pinpoint
        .url(&format!("/api/me/identities/{PROVIDER}"));
    let kept = sam.delete(only).send().await.unwrap();
    assert_eq!(kept.status(), StatusCode::CONFLICT);
    // ...and, just signed in, deletes itself without a password.
    let gone = sam
        .delete(world.pinpoint.url("/api/me"))
        .json(&json!({"password": ""}))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), StatusCode::NO_CONTENT);
    let (again, _) = world.sign_in_as("outsider-1").await;
    assert_eq!(world.me(&again).await.0, StatusCode::OK, "a new account");
}

#[tokio::test]
async fn an_account_a_sign_in_made_sets_a_password_just_after_signing_in() {
    let world = world().await;
    let (sam, _) = world.sign_in_as("outsider-1").await;
    let set = post_json(
        &world.pinpoint,
        &sam,
        "/api/me/password",
        &json!({"current_password": "", "new_password": "a password of my own"}),
    )
    .await;
    assert_eq!(set.status(), StatusCode::NO_CONTENT);
    assert_eq!(world.me(&sam).await.1["has_password"], true);
    // Now it signs in either way, and the password is needed to change it.
    let (browser, _) = world.browser();
    let login = post_json(
        &world.pinpoint,
        &browser,
        "/api/auth/login",
        &json!({"login": "sam", "password": "a password of my own"}),
    )
    .await;
    assert_eq!(login.status(), StatusCode::OK);
    let again = post_json(
        &world.pinpoint,
        &browser,
        "/api/me/password",
        &json!({"current_password": "", "new_password": "another one of mine"}),
    )
    .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
