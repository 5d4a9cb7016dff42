//! The activity log: what is recorded, who reads it, and how long it is kept
//! (time moved forward by the server's clock, not waited for).

mod common;

use common::{
    create_scene, delete_json, delete_scene, get, get_json, id_of, patch_json, post_empty,
    post_json, post_login, put_scene, scene_body, signed_in, signup, TestServer, PASSWORD,
};
use pinpoint_server::clock::DAY;
use pinpoint_server::retention;
use reqwest::StatusCode;
use serde_json::{json, Value};

/// The kinds in a user's log, oldest first.
async fn kinds(server: &TestServer, client: &reqwest::Client) -> Vec<String> {
    let log = get_json(server, client, "/api/me/activity").await;
    let mut kinds: Vec<String> = log
        .as_array()
        .expect("the log is a list")
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect();
    kinds.reverse();
    kinds
}

#[tokio::test]
async fn the_log_records_what_happened_to_the_account_with_time_and_address() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let stranger = server.client();
    assert_eq!(
        post_login(&server, &stranger, "ada", "not the password")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    // An unknown login has no account to log against, and logs nothing.
    assert_eq!(
        post_login(&server, &stranger, "nobody", PASSWORD)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        post_login(&server, &stranger, "ada@example.org", PASSWORD)
            .await
            .status(),
        StatusCode::OK
    );
    let logout = post_empty(&server, &stranger, "/api/auth/logout").await;
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);

    let scene = create_scene(&server, &ada, scene_body("Volcano", "private", None)).await;
    let id = id_of(&scene);
    let mut edited = scene.clone();
    edited["visibility"] = json!("unlisted");
    let saved = put_scene(&server, &ada, &id, &edited).await;
    assert_eq!(saved.status(), StatusCode::OK);
    // A save that keeps the visibility is no event.
    let mut again: Value = saved.json().await.unwrap();
    again["title"] = json!("Volcanoes");
    let saved = put_scene(&server, &ada, &id, &again).await;
    assert_eq!(saved.status(), StatusCode::OK);
    let deleted = delete_scene(&server, &ada, &id).await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);

    let patched = patch_json(
        &server,
        &ada,
        "/api/me",
        &json!({"email": "lovelace@example.org", "username": "ada", "marketing_opt_in": false}),
    )
    .await;
    assert_eq!(patched.status(), StatusCode::OK);
    let changed = post_json(
        &server,
        &ada,
        "/api/me/password",
        &json!({"current_password": PASSWORD, "new_password": "a brand new secret"}),
    )
    .await;
    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    let export = get(&server, &ada, "/api/me/export").await;
    assert_eq!(export.status(), StatusCode::OK);

    assert_eq!(
        kinds(&server, &ada).await,
        [
            "account_created",
            "sign_in_failed",
            "sign_in",
            "sign_out",
            "scene_created",
            "visibility_changed",
            "scene_deleted",
            "settings_changed",
            "password_changed",
            "data_exported",
        ]
    );
    let log = get_json(&server, &ada, "/api/me/activity").await;
    let entries = log.as_array().unwrap();
    for entry in entries {
        assert_eq!(entry["ip"], "127.0.0.1", "{entry}");
        let at = entry["at"].as_str().unwrap();
        assert!(at.ends_with('Z') && at.len() == 20, "RFC 3339 UTC: {at}");
    }
    let find = |kind: &str| entries.iter().find(|e| e["kind"] == kind).unwrap();
    assert_eq!(find("visibility_changed")["detail"], "Private → Unlisted");
    assert_eq!(find("visibility_changed")["scene"], id.as_str());
    assert_eq!(find("scene_deleted")["scene"], id.as_str());
    // Only what really changed: the username and marketing choice were the same.
    assert_eq!(find("settings_changed")["detail"], "email");
}

#[tokio::test]
async fn a_user_reads_only_their_own_log_and_a_visitor_none() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    create_scene(&server, &ada, scene_body("Volcano", "private", None)).await;
    assert_eq!(kinds(&server, &grace).await, ["account_created"]);
    let anonymous = get(&server, &server.client(), "/api/me/activity").await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_download_of_my_data_holds_the_activity_log() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let export = get_json(&server, &ada, "/api/me/export").await;
    let kinds: Vec<&str> = export["activity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["data_exported", "account_created"]);
}

#[tokio::test]
async fn entries_are_kept_90_days() {
    let server = TestServer::start().await;
    signed_in(&server, "ada").await;
    server.state.clock.advance(89 * DAY);
    // Sessions last 30 days: sign in afresh, 89 days after signing up.
    let ada = server.client();
    assert_eq!(
        post_login(&server, &ada, "ada", PASSWORD).await.status(),
        StatusCode::OK
    );
    let purged = retention::purge(&server.state).await.unwrap();
    assert_eq!(purged.activity_entries, 0);
    assert_eq!(kinds(&server, &ada).await, ["account_created", "sign_in"]);

    server.state.clock.advance(DAY);
    let purged = retention::purge(&server.state).await.unwrap();
    assert_eq!(purged.activity_entries, 1, "the sign-up is 90 days old");
    assert_eq!(kinds(&server, &ada).await, ["sign_in"]);
}

#[tokio::test]
async fn a_deleted_accounts_log_is_kept_30_days_then_purged() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let (grace, _) = signed_in(&server, "grace").await;
    let deleted = delete_json(&server, &ada, "/api/me", &json!({"password": PASSWORD})).await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    let count = |server: &TestServer| server.sql_count("SELECT count(*) FROM activity");
    // Ada's sign-up and deletion, and Grace's sign-up.
    assert_eq!(count(&server), 3);

    server.state.clock.advance(29 * DAY);
    assert_eq!(
        retention::purge(&server.state)
            .await
            .unwrap()
            .activity_entries,
        0
    );
    server.state.clock.advance(DAY);
    assert_eq!(
        retention::purge(&server.state)
            .await
            .unwrap()
            .activity_entries,
        2
    );
    assert_eq!(count(&server), 1, "Grace's log is hers for 90 days");
    drop(grace);
}

#[tokio::test]
async fn pinpoint_purge_runs_from_the_command_line() {
    let server = TestServer::start().await;
    signed_in(&server, "ada").await;
    // The command reads the real clock, so make one entry 91 days old.
    server.sql_execute(
        "UPDATE activity SET at = at - ?1",
        pinpoint_server::params![91 * DAY],
    );
    signed_in(&server, "grace").await;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pinpoint"))
        .arg("purge")
        .args(server.data_args())
        .output()
        .expect("run pinpoint purge");
    assert!(output.status.success(), "{output:?}");
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains("purged 1 activity-log entries"),
        "{printed}"
    );
    let left = server.sql_count("SELECT count(*) FROM activity");
    assert_eq!(left, 1, "Grace's sign-up is today's");
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_log_has_the_clients_address_and_otherwise_never_a_claimed_one()
{
    for (server, expected) in [
        (TestServer::start_behind_proxy().await, "203.0.113.7"),
        (TestServer::start().await, "127.0.0.1"),
    ] {
        let client = server.client_at("203.0.113.7");
        signup(&server, &client, "ada").await;
        let log = get_json(&server, &client, "/api/me/activity").await;
        assert_eq!(log[0]["ip"], expected);
    }
}

#[tokio::test]
async fn pinpoint_purge_finds_the_data_through_the_config_file() {
    let server = TestServer::start().await;
    signed_in(&server, "ada").await;
    // The same place the command line would give, written in a file.
    let args = server.data_args();
    let mut text = String::new();
    for pair in args.chunks(2) {
        let key = pair[0]
            .to_string_lossy()
            .trim_start_matches("--")
            .to_string();
        // A JSON string is a TOML basic string too.
        let value = serde_json::to_string(&pair[1].to_string_lossy()).unwrap();
        text.push_str(&format!("{key} = {value}\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("pinpoint.toml");
    std::fs::write(&config, text).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pinpoint"))
        .arg("purge")
        .arg("--config")
        .arg(&config)
        // Run elsewhere: without the file it would make a new ./data here.
        .current_dir(dir.path())
        .env_remove("PINPOINT_DATABASE_URL")
        .output()
        .expect("run pinpoint purge");
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("purged"));
    assert!(
        !dir.path().join("data").exists(),
        "the file's data directory was used"
    );
}
