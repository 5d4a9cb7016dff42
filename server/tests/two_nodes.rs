//! Two real `pinpoint serve` processes on one database and one store of
//! uploads, as behind a load balancer: what one does, the other sees. A
//! session made on one works on the other, a scene saved on one is read
//! (with its picture) on the other, viewer events sent to both are all
//! counted (a visitor seen by both, once), and `kill -9` of one node in
//! the middle of saves loses no save it acknowledged.
//!
//! On PostgreSQL and a bucket when `scripts/with-postgres` and
//! `scripts/with-s3` give them (each node then has a data directory of its
//! own, holding nothing the other needs); otherwise on one SQLite file and
//! one data directory shared by both processes.

mod common;

use base64::Engine;
use common::process::Serve;
use common::{
    get, post_signup, scene_body, session_cookie, signup_body, test_bucket_url, test_database_url,
};
use reqwest::header::{COOKIE, ORIGIN, USER_AGENT};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// The two nodes, and the directories they run in.
struct Cluster {
    first: Serve,
    second: Serve,
    _roots: Vec<tempfile::TempDir>,
}

async fn two_nodes() -> Cluster {
    let key = base64::engine::general_purpose::STANDARD.encode(rand_bytes());
    let database = test_database_url();
    let assets = test_bucket_url("two-nodes");
    let mut args: Vec<String> = Vec::new();
    if let Some(url) = &database {
        args.extend(["--database".into(), url.clone()]);
    }
    if let Some(url) = &assets {
        args.extend(["--assets".into(), url.clone()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let env = [("PINPOINT_SECRET_KEY", key.as_str())];
    // Separate data directories only when nothing shared lives in them.
    let separate = database.is_some() && assets.is_some();
    let roots: Vec<tempfile::TempDir> = (0..if separate { 2 } else { 1 })
        .map(|_| tempfile::tempdir().expect("a directory for a node"))
        .collect();
    let first = Serve::start_with_env(roots[0].path(), &args, &env).await;
    let second = Serve::start_with_env(roots[roots.len() - 1].path(), &args, &env).await;
    Cluster {
        first,
        second,
        _roots: roots,
    }
}

fn rand_bytes() -> [u8; 64] {
    use rand::RngCore;
    let mut bytes = [0u8; 64];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

/// A client of `node` that carries `cookie` (a session made elsewhere).
fn client_with_session(node: &Serve, cookie: &str) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(ORIGIN, node.base.parse().unwrap());
    headers.insert(COOKIE, cookie.parse().unwrap());
    Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// Signs up on `node`; answers the session cookie.
async fn session_on(node: &Serve, username: &str) -> String {
    let response = post_signup(node, &node.client(), &signup_body(username)).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    session_cookie(&response)
}

async fn json_of(response: reqwest::Response) -> Value {
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(status.is_success(), "{status}: {text}");
    serde_json::from_str(&text).unwrap()
}

#[tokio::test]
async fn what_one_node_does_the_other_sees() {
    let cluster = two_nodes().await;
    let (a, b) = (&cluster.first, &cluster.second);

    // A session made on one node works on the other.
    let cookie = session_on(a, "ada").await;
    let on_a = client_with_session(a, &cookie);
    let on_b = client_with_session(b, &cookie);
    let me = json_of(get(b, &on_b, "/api/me").await).await;
    assert_eq!(me["username"], "ada");

    // An upload and a scene saved on one node are read on the other.
    let png = common::png(8, 4);
    let uploaded = on_a
        .post(a.url("/api/assets"))
        .header("content-type", "image/png")
        .body(png.clone())
        .send()
        .await
        .unwrap();
    let asset = json_of(uploaded).await;
    let asset_id = asset["id"].as_str().unwrap();
    let created = on_a
        .post(a.url("/api/scenes"))
        .json(&scene_body("Made on A", "unlisted", Some(asset_id)))
        .send()
        .await
        .unwrap();
    let scene = json_of(created).await;
    let id = scene["id"].as_str().unwrap().to_string();
    let read = json_of(get(b, &on_b, &format!("/api/scenes/{id}")).await).await;
    assert_eq!(read["title"], "Made on A");
    let picture = get(b, &on_b, &format!("/api/assets/{asset_id}")).await;
    assert_eq!(picture.status(), StatusCode::OK);
    assert_eq!(picture.bytes().await.unwrap().as_ref(), png.as_slice());

    // Saved on B, read on A.
    let mut body = scene_body("Changed on B", "unlisted", Some(asset_id));
    body["version"] = read["version"].clone();
    let saved = json_of(
        on_b.put(b.url(&format!("/api/scenes/{id}")))
            .json(&body)
            .send()
            .await
            .unwrap(),
    )
    .await;
    let read = json_of(get(a, &on_a, &format!("/api/scenes/{id}")).await).await;
    assert_eq!(read["title"], "Changed on B");
    assert_eq!(read["version"], saved["version"]);

    // Viewer events sent to both nodes are all counted; a visitor seen by
    // both counts once.
    let send = |node: &Serve, agent: &str| {
        let request = Client::new()
            .post(node.url("/api/events"))
            .header(ORIGIN, &node.base)
            .header(USER_AGENT, agent)
            .json(&json!({"events": [{"kind": "view", "scene": id}]}));
        async move {
            let status = request.send().await.unwrap().status();
            assert_eq!(status, StatusCode::NO_CONTENT);
        }
    };
    for _ in 0..3 {
        send(a, "Browser One").await;
        send(b, "Browser One").await;
    }
    send(b, "Browser Two").await;
    // Each node adds what it counted within seconds.
    let deadline = Instant::now() + Duration::from_secs(15);
    let today = loop {
        let stats = json_of(get(a, &on_a, &format!("/api/scenes/{id}/stats?days=1")).await).await;
        let today = stats["days"].as_array().unwrap().last().unwrap().clone();
        if today["views"] == 7 || Instant::now() > deadline {
            break today;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(today["views"], 7, "every view, from both nodes: {today}");
    assert_eq!(today["visitors"], 2, "Browser One once, Browser Two once");

    // Signing out on one node ends the session on both.
    let out = on_b.post(b.url("/api/auth/logout")).send().await.unwrap();
    assert!(out.status().is_success());
    let me = get(a, &on_a, "/api/me").await;
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
}

/// The last save the server acknowledged, and the one sent after it.
#[derive(Default, Clone, Debug)]
struct Ledger {
    acknowledged: Option<(i64, String)>,
    in_flight: Option<String>,
}

/// Saves `id` on `node` over and over until the node stops answering.
async fn keep_saving(node_base: String, cookie: String, id: String, version: i64) -> Ledger {
    let client = Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let mut ledger = Ledger {
        acknowledged: Some((version, "start".into())),
        in_flight: None,
    };
    for n in 0.. {
        let (version, _) = ledger.acknowledged.clone().unwrap();
        let title = format!("save {n}");
        ledger.in_flight = Some(title.clone());
        let mut body = scene_body(&title, "unlisted", None);
        body["version"] = json!(version);
        let sent = client
            .put(format!("{node_base}/api/scenes/{id}"))
            .header(ORIGIN, &node_base)
            .header(COOKIE, &cookie)
            .json(&body)
            .send()
            .await;
        let Ok(response) = sent else { break };
        assert_eq!(response.status(), StatusCode::OK, "saving {id}");
        let Ok(saved) = response.json::<Value>().await else {
            break;
        };
        ledger.acknowledged = Some((saved["version"].as_i64().unwrap(), title));
        ledger.in_flight = None;
    }
    ledger
}

#[tokio::test]
async fn killing_one_node_during_saves_loses_nothing_it_acknowledged() {
    let cluster = two_nodes().await;
    let (a, b) = (&cluster.first, &cluster.second);
    let cookie = session_on(a, "ada").await;
    let on_a = client_with_session(a, &cookie);
    let mut scenes = Vec::new();
    for n in 0..4 {
        let created = on_a
            .post(a.url("/api/scenes"))
            .json(&scene_body(&format!("scene {n}"), "unlisted", None))
            .send()
            .await
            .unwrap();
        let scene = json_of(created).await;
        scenes.push((
            scene["id"].as_str().unwrap().to_string(),
            scene["version"].as_i64().unwrap(),
        ));
    }
    let savers: Vec<_> = scenes
        .iter()
        .map(|(id, version)| {
            tokio::spawn(keep_saving(
                b.base.clone(),
                cookie.clone(),
                id.clone(),
                *version,
            ))
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let Cluster { first, second, .. } = cluster;
    second.kill_hard();
    for ((id, _), saver) in scenes.iter().zip(savers) {
        let ledger = saver.await.unwrap();
        let (version, title) = ledger.acknowledged.clone().unwrap();
        assert!(
            version > 1,
            "saves were made on the killed node: {ledger:?}"
        );
        let read = json_of(get(&first, &on_a, &format!("/api/scenes/{id}")).await).await;
        let kept = (read["version"].as_i64().unwrap(), read["title"].clone());
        let acknowledged = (version, json!(title));
        let in_flight = ledger.in_flight.map(|t| (version + 1, json!(t)));
        assert!(
            kept == acknowledged || Some(&kept) == in_flight.as_ref(),
            "{id}: the surviving node reads {kept:?}; acknowledged {acknowledged:?}, in flight {in_flight:?}"
        );
    }
}
