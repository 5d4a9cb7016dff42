//! Attacks on the real server, run as its own process (`pinpoint serve`):
//! a flood of wrong passwords, slow-header clients (slowloris), image
//! bombs, a class list built to be slow to read, and a flood of viewer
//! events. Each test checks both halves of a defence: the attack is
//! refused or contained (429 with `Retry-After`, 4xx, a closed
//! connection, bounded memory), and the server keeps answering an
//! ordinary client quickly while the attack runs. Before the hardening a
//! login flood against one account took the server to 6.2 GB and a slow
//! client held a connection for ever; these are the regression tests for
//! that.
//!
//! The bounds on ordinary requests are generous (2 s) so that a loaded
//! two-core machine does not fail them; the measured figures are printed
//! (`cargo test --test abuse -- --nocapture`) for the record. The tests
//! take turns, so one attack's load does not blur another's figures.

mod common;

use common::process::{rss_kib, Probe, Serve};
use common::{
    create_class, create_scene, deflated_zeros, garbage, id_of, import_class_list, png,
    png_claiming, post_asset, post_json, post_login, scene_body, scene_stats, signup_body,
    signup_with, teacher_body, PASSWORD,
};
use pinpoint_server::throttle::window::{MAX_FAILURES, WINDOW_SECONDS};
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Mutex;
use tokio::task::JoinSet;

/// One attack at a time: two servers under attack on two cores would
/// measure each other.
static ONE_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// The most an ordinary request may take while an attack runs.
const SERVED_WITHIN: Duration = Duration::from_secs(2);

/// Where the attacker, the account's owner and a bystander are, as the
/// trusted proxy (this machine) names them in `X-Forwarded-For`.
const ATTACKER: &str = "198.51.100.66";
const OWNER: &str = "192.0.2.44";
const BYSTANDER: &str = "203.0.113.20";

const TRUSTING_THIS_MACHINE: [&str; 2] = ["--trusted-proxy", "127.0.0.1"];

fn temp_root() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary directory")
}

/// `Retry-After` in whole seconds, if the response has one.
fn retry_after(response: &Response) -> Option<u64> {
    response
        .headers()
        .get("retry-after")?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// The server's peak resident memory, sampled every few milliseconds.
struct MemoryWatch {
    stop: Arc<AtomicBool>,
    peak_kib: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl MemoryWatch {
    const EVERY: Duration = Duration::from_millis(5);
    const MAX_RUN: Duration = Duration::from_secs(60);

    fn start(server: &Serve) -> MemoryWatch {
        let (stop, peak_kib) = (
            Arc::new(AtomicBool::new(false)),
            Arc::new(AtomicU64::new(0)),
        );
        let (stopped, peak) = (stop.clone(), peak_kib.clone());
        let pid = server.pid();
        let task = tokio::spawn(async move {
            let started = Instant::now();
            while !stopped.load(Ordering::Relaxed) && started.elapsed() < MemoryWatch::MAX_RUN {
                if let Some(kib) = rss_kib(pid) {
                    peak.fetch_max(kib, Ordering::Relaxed);
                }
                tokio::time::sleep(MemoryWatch::EVERY).await;
            }
        });
        MemoryWatch {
            stop,
            peak_kib,
            task,
        }
    }

    async fn finish(self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        self.task.await.expect("the memory watch");
        self.peak_kib.load(Ordering::Relaxed)
    }
}

// ---- A flood of wrong passwords ----

/// Clients guessing at once, and their tries in all.
const GUESSERS: usize = 64;
const GUESSES: usize = 320;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_flood_is_stopped_after_ten_tries_in_little_memory_and_others_still_sign_in() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let root = temp_root();
    let server = Serve::start(root.path(), &TRUSTING_THIS_MACHINE).await;
    signup_with(&server, &server.client_at(OWNER), signup_body("ada")).await;
    signup_with(&server, &server.client_at(BYSTANDER), signup_body("bob")).await;
    let idle_kib = server.rss_kib().expect("the server's memory");

    let memory = MemoryWatch::start(&server);
    let explore = Probe::explore(&server, Duration::from_millis(100));
    let (bob, url) = (server.client_at(BYSTANDER), server.url("/api/auth/login"));
    let bob_logs_in = Probe::start(Duration::from_millis(100), move || {
        let request = bob
            .post(&url)
            .json(&json!({"login": "bob", "password": PASSWORD}))
            .send();
        async move { request.await.is_ok_and(|r| r.status() == StatusCode::OK) }
    });

    let started = Instant::now();
    let mut guessers = JoinSet::new();
    for guesser in 0..GUESSERS {
        let client = server.client_at(ATTACKER);
        let url = server.url("/api/auth/login");
        guessers.spawn(async move {
            let mut answers = Vec::new();
            for guess in 0..GUESSES / GUESSERS {
                let password = format!("guess {guesser}-{guess}");
                let response = client
                    .post(&url)
                    .json(&json!({"login": "ada", "password": password}))
                    .send()
                    .await
                    .expect("a guess is answered");
                answers.push((response.status(), retry_after(&response)));
            }
            answers
        });
    }
    let mut answers = Vec::new();
    while let Some(joined) = guessers.join_next().await {
        answers.extend(joined.expect("a guesser"));
    }
    let flood_took = started.elapsed();
    let explore = explore.finish().await;
    let bob_logs_in = bob_logs_in.finish().await;
    let peak_kib = memory.finish().await;
    let after_kib = server.rss_kib().expect("the server's memory");

    assert_eq!(answers.len(), GUESSES);
    let checked = answers
        .iter()
        .filter(|(status, _)| *status == StatusCode::UNAUTHORIZED)
        .count();
    let unexpected: Vec<_> = answers
        .iter()
        .filter(|(status, _)| {
            !matches!(
                *status,
                StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS
            )
        })
        .collect();
    let per_hour = checked as i64 * 3600 / WINDOW_SECONDS;
    eprintln!(
        "login flood: {GUESSES} guesses from {GUESSERS} clients in {flood_took:?}; \
         {checked} reached the password check, the rest 429: {per_hour} tries an hour per account"
    );
    eprintln!(
        "login flood: resident memory {} MiB before, peak {} MiB, {} MiB after",
        idle_kib / 1024,
        peak_kib / 1024,
        after_kib / 1024
    );
    assert!(unexpected.is_empty(), "only 401 or 429: {unexpected:?}");
    assert_eq!(
        checked, MAX_FAILURES as usize,
        "exactly the allowed tries reach the password check, however many arrive at once"
    );
    for (status, wait) in &answers {
        if *status == StatusCode::TOO_MANY_REQUESTS {
            assert!(
                wait.is_some_and(|s| (1..=WINDOW_SECONDS as u64).contains(&s)),
                "a 429 says how long to wait, within the window: {wait:?}"
            );
        }
    }
    assert!(
        peak_kib < 300 * 1024,
        "the flood took the server to {} MiB",
        peak_kib / 1024
    );
    bob_logs_in.assert_served("another user logging in", SERVED_WITHIN);
    explore.assert_served("Explore", SERVED_WITHIN);

    // The account stays closed to the right password too, from anywhere,
    // until the window passes.
    let right = post_login(&server, &server.client_at(OWNER), "ada", PASSWORD).await;
    assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait = retry_after(&right).expect("Retry-After");
    assert!(
        wait > WINDOW_SECONDS as u64 - 120 && wait <= WINDOW_SECONDS as u64,
        "the wait is the rest of the window: {wait} s"
    );
}

/// Guessers that stay under every limit: each of 64 addresses tries 10
/// wrong passwords for its own unknown name, so all 640 tries reach the
/// password check. Only the work pool and the allocator's settings keep
/// memory bounded (before the allocator was told to hand big buffers back,
/// this took the server to 5.8 GB and kept it there).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spread_out_login_flood_is_hashed_in_bounded_memory() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let root = temp_root();
    let server = Serve::start(root.path(), &TRUSTING_THIS_MACHINE).await;
    let idle_kib = server.rss_kib().expect("the server's memory");
    let memory = MemoryWatch::start(&server);
    let started = Instant::now();
    let mut guessers = JoinSet::new();
    for guesser in 0..64usize {
        let client = server.client_at(&format!("198.51.{}.{}", guesser / 2, 1 + guesser % 2));
        let url = server.url("/api/auth/login");
        guessers.spawn(async move {
            let mut answers = Vec::new();
            for guess in 0..10 {
                let response = client
                    .post(&url)
                    .json(&json!({"login": format!("user{guesser}"), "password": format!("g{guess}")}))
                    .send()
                    .await
                    .expect("a login answer");
                answers.push(response.status());
            }
            answers
        });
    }
    let mut answers = Vec::new();
    while let Some(joined) = guessers.join_next().await {
        answers.extend(joined.expect("a guesser"));
    }
    let peak_kib = memory.finish().await;
    let after_kib = server.rss_kib().expect("the server's memory");
    let checked = answers
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    eprintln!(
        "spread-out flood: {} tries in {:?}, {checked} checked; resident memory {} MiB before, peak {} MiB, {} MiB after",
        answers.len(),
        started.elapsed(),
        idle_kib / 1024,
        peak_kib / 1024,
        after_kib / 1024
    );
    assert!(
        answers
            .iter()
            .all(|s| matches!(*s, StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS)),
        "only 401, or 429 when the pool is full"
    );
    assert!(checked > 0);
    assert!(
        peak_kib < 300 * 1024,
        "the flood took the server to {} MiB",
        peak_kib / 1024
    );
}

// ---- Slowloris ----

/// Connections that each send a header byte a second.
const SLOW_CLIENTS: usize = 50;
/// `--request-timeout-secs` for this test.
const HEADER_TIMEOUT_SECS: u64 = 3;
/// A slow client still open after this has not been cut off.
const GIVE_UP: Duration = Duration::from_secs(15);

/// Opens a connection and sends a request head one byte a second, never
/// finishing it; answers how long after connecting the server closed it.
async fn slow_client(authority: String) -> Result<Duration, String> {
    let started = Instant::now();
    let mut stream = tokio::net::TcpStream::connect(&authority)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    let head = format!("GET /api/explore HTTP/1.1\r\nHost: {authority}\r\nX-Slow: ");
    let mut bytes = head.into_bytes().into_iter().chain(std::iter::repeat(b'a'));
    let mut buffer = [0u8; 1024];
    while started.elapsed() < GIVE_UP {
        let byte = bytes.next().unwrap_or(b'a');
        if stream.write_all(&[byte]).await.is_err() {
            return Ok(started.elapsed());
        }
        // Wait a second for the next byte, noticing a close at once.
        let next_byte = tokio::time::Instant::now() + Duration::from_secs(1);
        loop {
            match tokio::time::timeout_at(next_byte, stream.read(&mut buffer)).await {
                Err(_) => break,
                Ok(Ok(0)) | Ok(Err(_)) => return Ok(started.elapsed()),
                // An answer (such as 408) before the close: read on.
                Ok(Ok(_)) => continue,
            }
        }
    }
    Err(format!("still open after {GIVE_UP:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_header_senders_are_cut_off_by_the_header_timeout_while_others_are_served() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let root = temp_root();
    let timeout = HEADER_TIMEOUT_SECS.to_string();
    let server = Serve::start(root.path(), &["--request-timeout-secs", &timeout]).await;
    let authority = server
        .base
        .strip_prefix("http://")
        .expect("an http base")
        .to_string();

    let explore = Probe::explore(&server, Duration::from_millis(200));
    let mut slow = JoinSet::new();
    for _ in 0..SLOW_CLIENTS {
        slow.spawn(slow_client(authority.clone()));
    }
    let mut closed = Vec::new();
    while let Some(joined) = slow.join_next().await {
        closed.push(joined.expect("a slow client"));
    }
    let explore = explore.finish().await;

    let still_open: Vec<_> = closed.iter().filter_map(|c| c.as_ref().err()).collect();
    assert!(still_open.is_empty(), "not cut off: {still_open:?}");
    let mut times: Vec<Duration> = closed.into_iter().filter_map(Result::ok).collect();
    times.sort();
    eprintln!(
        "slowloris: {SLOW_CLIENTS} connections at a header byte a second, \
         --request-timeout-secs {HEADER_TIMEOUT_SECS}: closed after {:?} (first) to {:?} (last), median {:?}",
        times[0],
        times[times.len() - 1],
        times[times.len() / 2]
    );
    let bound = Duration::from_secs(2 * HEADER_TIMEOUT_SECS);
    assert!(
        times.iter().all(|t| *t <= bound),
        "every slow connection is closed within {bound:?}: {times:?}"
    );
    explore.assert_served("Explore during the slowloris", SERVED_WITHIN);
}

// ---- Image bombs ----

fn stored_files(root: &std::path::Path) -> usize {
    std::fs::read_dir(root.join("data/assets")).map_or(0, |dir| dir.count())
}

/// Bomb uploads sent by each of a few clients at once, for a while.
const BOMBERS: usize = 8;
const BOMBING_FOR: Duration = Duration::from_secs(2);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn image_bombs_are_refused_by_their_header_at_once_and_nothing_is_kept() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let root = temp_root();
    let server = Serve::start(root.path(), &[]).await;
    let ada = server.client();
    signup_with(&server, &ada, signup_body("ada")).await;
    let files_before = stored_files(root.path());

    let huge = png_claiming(30_000, 30_000, &deflated_zeros());
    let started = Instant::now();
    let response = post_asset(&server, &ada, huge.clone()).await;
    let huge_took = started.elapsed();
    let huge_status = response.status();

    let garbled = png_claiming(9_999, 9_999, &garbage());
    let started = Instant::now();
    let response = post_asset(&server, &ada, garbled.clone()).await;
    let garbled_took = started.elapsed();
    let garbled_status = response.status();
    eprintln!(
        "image bombs: 30,000 × 30,000 PNG ({} bytes) refused with {huge_status} in {huge_took:?}; \
         9,999 × 9,999 over garbage refused with {garbled_status} in {garbled_took:?}",
        huge.len()
    );
    assert!(huge_status.is_client_error(), "got {huge_status}");
    assert!(garbled_status.is_client_error(), "got {garbled_status}");
    assert!(huge_took < Duration::from_secs(1), "took {huge_took:?}");
    assert!(
        garbled_took < Duration::from_secs(1),
        "took {garbled_took:?}"
    );

    // Many at once, while an ordinary visitor browses.
    let explore = Probe::explore(&server, Duration::from_millis(100));
    let mut bombers = JoinSet::new();
    for bomber in 0..BOMBERS {
        let (client, url) = (ada.clone(), server.url("/api/assets"));
        let bomb = if bomber % 2 == 0 {
            huge.clone()
        } else {
            garbled.clone()
        };
        bombers.spawn(async move {
            let started = Instant::now();
            let mut statuses = Vec::new();
            while started.elapsed() < BOMBING_FOR && statuses.len() < 1_000 {
                let response = client
                    .post(&url)
                    .header("content-type", "application/octet-stream")
                    .body(bomb.clone())
                    .send()
                    .await
                    .expect("a bomb upload is answered");
                statuses.push(response.status());
            }
            statuses
        });
    }
    let mut statuses = Vec::new();
    while let Some(joined) = bombers.join_next().await {
        statuses.extend(joined.expect("a bomber"));
    }
    let explore = explore.finish().await;
    eprintln!(
        "image bombs: {} sent at once by {BOMBERS} clients",
        statuses.len()
    );
    let accepted: Vec<_> = statuses.iter().filter(|s| !s.is_client_error()).collect();
    assert!(accepted.is_empty(), "every bomb is a 4xx: {accepted:?}");
    explore.assert_served("Explore during the image bombs", SERVED_WITHIN);

    // A real picture is still taken, and it is the only file kept.
    let response = post_asset(&server, &ada, png(32, 24)).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(stored_files(root.path()), files_before + 1);
}

// ---- A class list shaped to be slow ----

/// Import requests each of a few teachers' tabs sends at once, for a while.
const IMPORTERS: usize = 4;
const IMPORTING_FOR: Duration = Duration::from_secs(2);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quarter_megabyte_of_short_lines_is_refused_quickly_and_a_full_list_imports_whole() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let root = temp_root();
    let server = Serve::start(root.path(), &[]).await;
    let teacher = server.client();
    signup_with(&server, &teacher, teacher_body("head", Some("Hill School"))).await;
    let class_id = id_of(&create_class(&server, &teacher, "Year 7").await);

    let lines = "a\n".repeat(128 * 1024);
    let started = Instant::now();
    let response = import_class_list(&server, &teacher, &class_id, lines.clone()).await;
    let took = started.elapsed();
    eprintln!(
        "class list: 256 KiB of \"a\\n\" answered {} in {took:?}",
        response.status()
    );
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(took < Duration::from_secs(2), "took {took:?}");

    let explore = Probe::explore(&server, Duration::from_millis(100));
    let mut importers = JoinSet::new();
    for _ in 0..IMPORTERS {
        let (client, url, lines) = (
            teacher.clone(),
            server.url(&format!("/api/classes/{class_id}/import")),
            lines.clone(),
        );
        importers.spawn(async move {
            let started = Instant::now();
            let mut answers = Vec::new();
            while started.elapsed() < IMPORTING_FOR && answers.len() < 1_000 {
                let sent = Instant::now();
                let response = client
                    .post(&url)
                    .header("content-type", "text/csv")
                    .body(lines.clone())
                    .send()
                    .await
                    .expect("an import is answered");
                answers.push((response.status(), sent.elapsed()));
            }
            answers
        });
    }
    let mut answers = Vec::new();
    while let Some(joined) = importers.join_next().await {
        answers.extend(joined.expect("an importer"));
    }
    let explore = explore.finish().await;
    let slowest = answers
        .iter()
        .map(|(_, took)| *took)
        .max()
        .unwrap_or_default();
    eprintln!(
        "class list: {} such imports from {IMPORTERS} clients at once, slowest answered in {slowest:?}",
        answers.len()
    );
    assert!(
        answers
            .iter()
            .all(|(status, _)| *status == StatusCode::UNPROCESSABLE_ENTITY),
        "each is 422: {answers:?}"
    );
    assert!(slowest < SERVED_WITHIN, "slowest {slowest:?}");
    explore.assert_served("Explore during the class-list flood", SERVED_WITHIN);

    let mut full = String::from("username,email,date of birth\n");
    for i in 0..1_000 {
        full.push_str(&format!("pupil{i},pupil{i}@hill.example,2013-04-02\n"));
    }
    let started = Instant::now();
    let response = import_class_list(&server, &teacher, &class_id, full).await;
    let took = started.elapsed();
    assert_eq!(response.status(), StatusCode::OK);
    let report: Value = response.json().await.expect("import report");
    let rows = report["rows"].as_array().expect("rows");
    eprintln!("class list: 1,000 students imported in one request in {took:?}");
    assert_eq!(rows.len(), 1_000);
    assert!(
        rows.iter().all(|row| row["created"] == true),
        "every student is created"
    );
}

// ---- A flood of viewer events ----

/// Clients sending event batches from one address at once, for a while.
const SENDERS: usize = 16;
const SENDING_FOR: Duration = Duration::from_secs(2);
/// Another viewer's address.
const VIEWER: &str = "203.0.113.9";

fn one_view(scene: &str) -> Value {
    json!({"events": [{"kind": "view", "scene": scene}]})
}

async fn post_batch(server: &Serve, client: &Client, batch: &Value) -> Response {
    post_json(server, client, "/api/events", batch).await
}

/// A scene's views over the last 30 days, as its owner reads them.
async fn views(server: &Serve, owner: &Client, scene: &str) -> u64 {
    let stats = scene_stats(server, owner, scene, "").await;
    stats["days"]
        .as_array()
        .expect("days")
        .iter()
        .filter_map(|day| day["views"].as_u64())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_flood_from_one_address_is_429_past_its_allowance_and_nobody_else_notices() {
    let _turn = ONE_AT_A_TIME.lock().await;
    let root = temp_root();
    let server = Serve::start(root.path(), &TRUSTING_THIS_MACHINE).await;
    let limits = pinpoint_server::stats::Limits::default();
    let ada = server.client_at(OWNER);
    signup_with(&server, &ada, signup_body("ada")).await;
    let flooded = create_scene(&server, &ada, scene_body("Flooded", "public", None)).await;
    let flooded = flooded["id"].as_str().expect("scene id").to_string();
    let carol = server.client_at(BYSTANDER);
    signup_with(&server, &carol, signup_body("carol")).await;
    let quiet = create_scene(&server, &carol, scene_body("Quiet", "public", None)).await;
    let quiet = quiet["id"].as_str().expect("scene id").to_string();

    // The allowance, one batch after another, is taken whole.
    let attacker = server.client_at(ATTACKER);
    let started = Instant::now();
    for n in 0..limits.burst {
        let response = post_batch(&server, &attacker, &one_view(&flooded)).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT, "batch {n}");
    }

    // Then a flood, while Carol reads her statistics and another viewer
    // sends theirs.
    let (owner, stats_url) = (
        carol.clone(),
        server.url(&format!("/api/scenes/{quiet}/stats")),
    );
    let carol_reads = Probe::start(Duration::from_millis(100), move || {
        let request = owner.get(&stats_url).send();
        async move { request.await.is_ok_and(|r| r.status() == StatusCode::OK) }
    });
    let (viewer, events_url, batch) = (
        server.client_at(VIEWER),
        server.url("/api/events"),
        one_view(&quiet),
    );
    let viewer_sends = Probe::start(Duration::from_millis(250), move || {
        let request = viewer.post(&events_url).json(&batch).send();
        async move {
            request
                .await
                .is_ok_and(|r| r.status() == StatusCode::NO_CONTENT)
        }
    });
    let mut senders = JoinSet::new();
    for _ in 0..SENDERS {
        let (client, url, batch) = (
            attacker.clone(),
            server.url("/api/events"),
            one_view(&flooded),
        );
        senders.spawn(async move {
            let started = Instant::now();
            let mut answers = Vec::new();
            while started.elapsed() < SENDING_FOR && answers.len() < 10_000 {
                let response = client
                    .post(&url)
                    .json(&batch)
                    .send()
                    .await
                    .expect("a batch is answered");
                answers.push((response.status(), retry_after(&response)));
            }
            answers
        });
    }
    let mut answers = Vec::new();
    while let Some(joined) = senders.join_next().await {
        answers.extend(joined.expect("a sender"));
    }
    let flood_took = started.elapsed();
    let carol_reads = carol_reads.finish().await;
    let viewer_sends = viewer_sends.finish().await;

    let taken = answers
        .iter()
        .filter(|(status, _)| *status == StatusCode::NO_CONTENT)
        .count() as u64;
    let refused = answers
        .iter()
        .filter(|(status, wait)| *status == StatusCode::TOO_MANY_REQUESTS && wait.is_some())
        .count() as u64;
    eprintln!(
        "event flood: {} batches from one address in {flood_took:?} after its {} allowed: \
         {taken} more taken, {refused} refused with 429",
        answers.len(),
        limits.burst
    );
    assert_eq!(
        taken + refused,
        answers.len() as u64,
        "each batch is taken or 429 with Retry-After"
    );
    // A token comes back every `refill_seconds`, counted in whole seconds.
    let refills = (flood_took.as_secs() + 2) / u64::from(limits.refill_seconds.max(1));
    assert!(
        taken <= refills,
        "past its allowance one address gets a batch per {} s: {taken} in {flood_took:?}",
        limits.refill_seconds
    );
    assert!(refused > 0, "the flood is refused");
    carol_reads.assert_served("another owner reading statistics", SERVED_WITHIN);
    viewer_sends.assert_served("another viewer sending events", SERVED_WITHIN);

    // Refused batches are not counted; the taken ones and the other
    // viewer's are.
    assert_eq!(
        views(&server, &ada, &flooded).await,
        u64::from(limits.burst) + taken
    );
    assert_eq!(
        views(&server, &carol, &quiet).await,
        viewer_sends.requests as u64
    );
}
