//! The crash test: `kill -9` the real server (`pinpoint serve`, its own
//! process) in the middle of saves and viewer events, start it again on the
//! same data directory, and check that nothing it acknowledged was lost:
//! every scene shows the last save answered 2xx (or, if one save was in
//! flight at the kill, possibly that one, whole), and the database passes
//! `PRAGMA integrity_check`. Three kills in a row, each at a different
//! moment. A server that answered before committing, or a database left
//! torn by a crash, fails here.

mod common;

use common::process::Serve;
use common::{create_scene, get_scene, post_signup, scene_body, session_cookie, signup_body};
use r2d2_sqlite::rusqlite::{Connection, OpenFlags};
use reqwest::header::ORIGIN;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

const OWNERS: usize = 4;
const SCENES_EACH: usize = 4;
/// Clients posting view events beside the savers.
const VIEWERS: usize = 4;
/// When, after the savers start, each round's kill comes.
const KILL_AFTER: [Duration; 3] = [
    Duration::from_millis(1_500),
    Duration::from_millis(2_300),
    Duration::from_millis(3_100),
];
/// A client still going this long after its round started has not
/// noticed the kill.
const ROUND_LIMIT: Duration = Duration::from_secs(20);

/// What a scene's one saver knows: the last save the server acknowledged,
/// and the save it sent after that, if no answer came.
#[derive(Clone, Debug)]
struct SceneLedger {
    owner: usize,
    acknowledged: (i64, String),
    in_flight: Option<String>,
}

type Ledger = Arc<Mutex<HashMap<String, SceneLedger>>>;

fn ledger_entry(ledger: &Ledger, scene: &str) -> SceneLedger {
    ledger.lock().expect("the ledger")[scene].clone()
}

fn update_ledger(ledger: &Ledger, scene: &str, change: impl FnOnce(&mut SceneLedger)) {
    let mut scenes = ledger.lock().expect("the ledger");
    change(scenes.get_mut(scene).expect("a scene in the ledger"));
}

/// Saves `scene` over and over, each time from the version the last
/// answer gave, until the server stops answering. Any answer but 200 is a
/// failure: with one saver a scene, there is nothing to conflict with.
async fn saver(
    client: Client,
    base: String,
    scene: String,
    round: usize,
    ledger: Ledger,
) -> Result<usize, String> {
    let started = Instant::now();
    let mut saves = 0;
    while started.elapsed() < ROUND_LIMIT {
        let version = ledger_entry(&ledger, &scene).acknowledged.0;
        let title = format!("round {round} save {saves}");
        update_ledger(&ledger, &scene, |s| s.in_flight = Some(title.clone()));
        let mut body = scene_body(&title, "public", None);
        body["version"] = json!(version);
        // Built here rather than by the harness: a refused connection (the
        // server killed) is an answer to record, not a failure.
        let sent = client
            .put(format!("{base}/api/scenes/{scene}"))
            .header(ORIGIN, &base)
            .json(&body)
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            // The server is gone: what was in flight stays unknown.
            Err(_) => return Ok(saves),
        };
        let status = response.status();
        if status != StatusCode::OK {
            return Err(format!("saving {scene} answered {status}"));
        }
        let saved: Value = match response.json().await {
            Ok(saved) => saved,
            // Killed between the status line and the body: the save was
            // acknowledged but its version is unread, so keep it as in
            // flight.
            Err(_) => return Ok(saves),
        };
        let new_version = saved["version"].as_i64().expect("a version");
        if saved["title"] != title.as_str() || new_version != version + 1 {
            return Err(format!("saving {scene} at {version} answered {saved}"));
        }
        update_ledger(&ledger, &scene, |s| {
            s.acknowledged = (new_version, title);
            s.in_flight = None;
        });
        saves += 1;
    }
    Err(format!("saver of {scene} never saw the kill"))
}

/// Posts view events for the scenes until the server stops answering;
/// 204, or 429 once its address's allowance is spent.
async fn viewer(base: String, scenes: Vec<String>) -> Result<usize, String> {
    let client = Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let started = Instant::now();
    let mut batches = 0;
    while started.elapsed() < ROUND_LIMIT {
        let events: Vec<Value> = scenes
            .iter()
            .map(|scene| json!({"kind": "view", "scene": scene}))
            .collect();
        let sent = client
            .post(format!("{base}/api/events"))
            .header(ORIGIN, &base)
            .json(&json!({ "events": events }))
            .send()
            .await;
        match sent.map(|r| r.status()) {
            Ok(StatusCode::NO_CONTENT | StatusCode::TOO_MANY_REQUESTS) => batches += 1,
            Ok(status) => return Err(format!("events answered {status}")),
            Err(_) => return Ok(batches),
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Err("a viewer never saw the kill".into())
}

/// The database's own check of every page and index, on a read-only
/// connection beside the running server.
fn integrity_check(db: &Path) -> String {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open the database read-only");
    conn.busy_timeout(Duration::from_secs(5))
        .expect("busy timeout");
    conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("integrity check")
}

/// Every scene, read back by its owner, is the last save acknowledged, or
/// the one in flight at the kill, whole; answers how many were the latter.
/// What was read is what the next round's saves start from.
async fn assert_nothing_acknowledged_was_lost(
    server: &Serve,
    owners: &[Client],
    ledger: &Ledger,
) -> usize {
    let scenes = ledger.lock().expect("the ledger").clone();
    let mut in_flight_kept = 0;
    for (id, entry) in scenes {
        let response = get_scene(server, &owners[entry.owner], &id).await;
        assert_eq!(response.status(), StatusCode::OK, "scene {id}");
        let scene: Value = response.json().await.expect("scene JSON");
        let version = scene["version"].as_i64().expect("a version");
        let title = scene["title"].as_str().expect("a title");
        let (acknowledged, acknowledged_title) = &entry.acknowledged;
        assert!(
            version >= *acknowledged,
            "scene {id} went back from version {acknowledged} to {version}"
        );
        if version == *acknowledged {
            assert_eq!(title, acknowledged_title, "scene {id} at version {version}");
        } else {
            assert_eq!(
                version,
                acknowledged + 1,
                "scene {id}: only the save in flight may be newer than the last acknowledged"
            );
            assert_eq!(
                Some(title),
                entry.in_flight.as_deref(),
                "scene {id} at version {version} is the save that was in flight"
            );
            in_flight_kept += 1;
        }
        assert_eq!(
            scene["hotspots"].as_array().map(Vec::len),
            Some(1),
            "scene {id} is whole"
        );
        update_ledger(ledger, &id, |s| {
            s.acknowledged = (version, title.to_string());
            s.in_flight = None;
        });
    }
    in_flight_kept
}

/// Clients of a restarted server: the same sessions (they live in the
/// database), sent to its new address.
fn signed_in_again(server: &Serve, cookies: &[String]) -> Vec<Client> {
    cookies
        .iter()
        .map(|cookie| {
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert(ORIGIN, server.base.parse().expect("origin"));
            headers.insert(reqwest::header::COOKIE, cookie.parse().expect("cookie"));
            Client::builder()
                .default_headers(headers)
                .timeout(Duration::from_secs(10))
                .build()
                .expect("client")
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_saves_survive_kill_9_and_the_database_stays_whole() {
    let root = tempfile::tempdir().expect("temporary directory");
    let db = root.path().join("data/pinpoint.db");
    let mut server = Serve::start(root.path(), &[]).await;

    // Owners sign up and each makes a few public scenes. Their session
    // cookies are kept to sign in again after each restart.
    let ledger: Ledger = Arc::default();
    let mut cookies = Vec::new();
    for owner in 0..OWNERS {
        let body = signup_body(&format!("owner{owner}"));
        let response = post_signup(&server, &server.client(), &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        cookies.push(session_cookie(&response));
    }
    let owners = signed_in_again(&server, &cookies);
    for (owner, client) in owners.iter().enumerate() {
        for n in 0..SCENES_EACH {
            let body = scene_body(&format!("owner{owner} scene {n}"), "public", None);
            let scene = create_scene(&server, client, body).await;
            let version = scene["version"].as_i64().expect("a version");
            let title = scene["title"].as_str().expect("a title").to_string();
            ledger.lock().expect("the ledger").insert(
                scene["id"].as_str().expect("an id").to_string(),
                SceneLedger {
                    owner,
                    acknowledged: (version, title),
                    in_flight: None,
                },
            );
        }
    }
    let scene_ids: Vec<String> = ledger.lock().expect("the ledger").keys().cloned().collect();

    for (round, kill_after) in KILL_AFTER.into_iter().enumerate() {
        let owners = signed_in_again(&server, &cookies);
        let mut clients = JoinSet::new();
        for id in &scene_ids {
            let owner = ledger_entry(&ledger, id).owner;
            let (client, base, ledger) =
                (owners[owner].clone(), server.base.clone(), ledger.clone());
            let id = id.clone();
            clients.spawn(async move {
                saver(client, base, id, round, ledger)
                    .await
                    .map(|saves| (saves, 0))
            });
        }
        for viewer_n in 0..VIEWERS {
            let scenes = scene_ids
                .iter()
                .skip(viewer_n)
                .step_by(VIEWERS)
                .cloned()
                .collect();
            let base = server.base.clone();
            clients.spawn(async move { viewer(base, scenes).await.map(|batches| (0, batches)) });
        }

        tokio::time::sleep(kill_after).await;
        server.kill_hard();
        let (mut saves, mut batches) = (0, 0);
        while let Some(joined) = clients.join_next().await {
            let (s, b) = joined
                .expect("a client task")
                .unwrap_or_else(|e| panic!("{e}"));
            saves += s;
            batches += b;
        }

        let restarted = Instant::now();
        server = Serve::start(root.path(), &[]).await;
        let owners = signed_in_again(&server, &cookies);
        let kept = assert_nothing_acknowledged_was_lost(&server, &owners, &ledger).await;
        let integrity = integrity_check(&db);
        eprintln!(
            "crash round {round}: kill -9 after {kill_after:?} of saving and viewing \
             ({saves} saves and {batches} event batches answered); serving again in {:?}; \
             {kept} saves in flight at the kill were kept; integrity_check: {integrity}",
            restarted.elapsed()
        );
        assert_eq!(integrity, "ok");
    }
}
