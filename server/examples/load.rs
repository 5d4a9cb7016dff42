//! A load generator for the two calls every shared link makes: reading the
//! scene and sending viewer events. It serves Pinpoint in this process on
//! a loopback port with a temporary data directory, creates a public scene,
//! then keeps `CONNECTIONS` requests in flight for `DURATION` per call and
//! prints requests per second and latency percentiles; then, for
//! comparison, the raw rate of batched SQLite inserts on this machine.
//!
//! With `PINPOINT_TEST_DATABASE` (a PostgreSQL URL, as `scripts/with-postgres`
//! gives it) the same two calls run again on PostgreSQL: one server, then
//! two servers on the one database (each with its own connections, memory
//! and port, in this process), the load spread over both.
//!
//! `cargo run --release -p pinpoint-server --example load`
//! (`scripts/bench.mjs` reads its lines: "req/s" and "p99" per call).

use pinpoint_server::db::Location;
use pinpoint_server::stats::Limits;
use pinpoint_server::AppState;
use r2d2_sqlite::rusqlite::{params, Connection};
use reqwest::header::{HeaderMap, HeaderValue, ORIGIN};
use reqwest::Client;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CONNECTIONS: usize = 64;
const DURATION: Duration = Duration::from_secs(5);
const EVENTS_PER_BATCH: usize = 10;
const HOTSPOTS: usize = 20;
const SQLITE_ROWS_PER_TRANSACTION: usize = 10_000;
const SQLITE_TRANSACTIONS: usize = 20;

/// What one call's run measured.
struct Run {
    latencies: Vec<Duration>,
    errors: usize,
    elapsed: Duration,
}

impl Run {
    fn per_second(&self, n: usize) -> f64 {
        n as f64 / self.elapsed.as_secs_f64()
    }

    fn percentile(&self, p: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let index = ((self.latencies.len() - 1) as f64 * p).round() as usize;
        self.latencies[index]
    }

    fn summary(&self) -> String {
        format!(
            "{} req/s, p50 {}, p99 {} ({} requests, {} errors)",
            thousands(self.per_second(self.latencies.len())),
            millis(self.percentile(0.50)),
            millis(self.percentile(0.99)),
            thousands(self.latencies.len() as f64),
            self.errors
        )
    }
}

fn thousands(n: f64) -> String {
    let digits = format!("{:.0}", n);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn millis(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Keeps `CONNECTIONS` requests in flight for `DURATION`; `request(task,
/// n)` makes the n-th request of a task and answers whether it succeeded.
async fn hammer<F, Fut>(request: F) -> Run
where
    F: Fn(usize, usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let request = Arc::new(request);
    let started = Instant::now();
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|task| {
            let request = request.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut errors = 0;
                let mut n = 0;
                while started.elapsed() < DURATION {
                    let t = Instant::now();
                    if request(task, n).await {
                        latencies.push(t.elapsed());
                    } else {
                        errors += 1;
                    }
                    n += 1;
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut run = Run {
        latencies: Vec::new(),
        errors: 0,
        elapsed: Duration::ZERO,
    };
    for task in tasks {
        let (latencies, errors) = task.await.expect("a load task");
        run.latencies.extend(latencies);
        run.errors += errors;
    }
    run.elapsed = started.elapsed();
    run.latencies.sort();
    run
}

fn client(base: &str, cookies: bool) -> Client {
    let mut headers = HeaderMap::new();
    headers.insert(ORIGIN, HeaderValue::from_str(base).expect("origin"));
    Client::builder()
        .cookie_store(cookies)
        .default_headers(headers)
        .pool_max_idle_per_host(CONNECTIONS)
        .build()
        .expect("client")
}

/// Serves Pinpoint on a loopback port; answers its state and address.
async fn serve(data: &std::path::Path, database: &Location) -> anyhow::Result<(AppState, String)> {
    let state = AppState::open_with(data, database)?;
    // The limit is per source, and every request here comes from one.
    state.stats.set_limits(Limits {
        burst: u32::MAX,
        ..Limits::default()
    });
    tokio::spawn(pinpoint_server::stats::flush_every_second(state.clone()));
    let app = pinpoint_server::app(state.clone(), &data.join("app"));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("serve");
    });
    Ok((state, base))
}

/// Signs `owner` up.
async fn sign_up(owner: &Client, base: &str) -> anyhow::Result<()> {
    owner
        .post(format!("{base}/api/auth/signup"))
        .json(&json!({"username": "loader", "email": "loader@example.org",
                      "password": "correct horse battery", "kind": "individual"}))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

/// Creates a public scene with `HOTSPOTS` hotspots.
async fn public_scene(owner: &Client, base: &str, label: &str) -> anyhow::Result<String> {
    let hotspots: Vec<Value> = (0..HOTSPOTS)
        .map(|i| json!({"id": format!("h{i}"), "x": 0.5, "y": 0.5, "title": format!("Spot {i}"), "text": "Some text."}))
        .collect();
    let scene: Value = owner
        .post(format!("{base}/api/scenes"))
        .json(
            &json!({"title": format!("Load {label}"), "description": "", "image": null,
                      "hotspots": hotspots, "visibility": "public"}),
        )
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(scene["id"].as_str().unwrap_or_default().to_string())
}

/// The raw rate of batched inserts: rows per second, `rows` rows a
/// transaction, on a database set up like the server's.
fn sqlite_insert_rate(path: &std::path::Path) -> anyhow::Result<f64> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         CREATE TABLE scratch (scene TEXT NOT NULL, day TEXT NOT NULL, hotspot TEXT NOT NULL, n INTEGER NOT NULL);",
    )?;
    let started = Instant::now();
    for t in 0..SQLITE_TRANSACTIONS {
        let tx = conn.transaction()?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO scratch (scene, day, hotspot, n) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for i in 0..SQLITE_ROWS_PER_TRANSACTION {
                insert.execute(params![
                    "jnrODrmeYHrNkTXWCYT3oA",
                    "2026-11-28",
                    format!("h{}", i % HOTSPOTS),
                    (t * SQLITE_ROWS_PER_TRANSACTION + i) as i64
                ])?;
            }
        }
        tx.commit()?;
    }
    Ok(
        (SQLITE_TRANSACTIONS * SQLITE_ROWS_PER_TRANSACTION) as f64
            / started.elapsed().as_secs_f64(),
    )
}

/// The two calls' figures on one set of servers.
struct Figures {
    reads: Run,
    sends: Run,
}

/// Drives `GET /api/scenes/{id}` and then `POST /api/events` against
/// `bases` (the servers, taken in turn by the tasks) and prints a line for
/// each, prefixed by `label`.
async fn measure(label: &str, bases: &[String], owner: &Client) -> anyhow::Result<Figures> {
    let scene = public_scene(owner, &bases[0], label).await?;
    let viewers: Arc<Vec<(Client, String)>> = Arc::new(
        bases
            .iter()
            .map(|base| (client(base, false), base.clone()))
            .collect(),
    );
    let (targets, id) = (viewers.clone(), scene.clone());
    let reads = hammer(move |task, _| {
        let (client, base) = targets[task % targets.len()].clone();
        let url = format!("{base}/api/scenes/{id}");
        async move {
            match client.get(&url).send().await {
                Ok(r) if r.status().is_success() => r.bytes().await.is_ok(),
                _ => false,
            }
        }
    })
    .await;
    println!("{label}GET /api/scenes/{{id}}: {}", reads.summary());

    let batches: Arc<Vec<String>> = Arc::new(
        (0..CONNECTIONS)
            .map(|task| {
                let mut events = vec![json!({"kind": "view", "scene": scene})];
                for i in 1..EVENTS_PER_BATCH {
                    events.push(match i % 3 {
                        0 => json!({"kind": "link_click", "scene": scene, "hotspot": format!("h{}", task % HOTSPOTS)}),
                        _ => json!({"kind": "hotspot_open", "scene": scene, "hotspot": format!("h{}", (task + i) % HOTSPOTS)}),
                    });
                }
                json!({ "events": events }).to_string()
            })
            .collect(),
    );
    let targets = viewers.clone();
    let sends = hammer(move |task, n| {
        let (client, base) = targets[task % targets.len()].clone();
        let body = batches[task].clone();
        async move {
            // A different browser every request: each view is a visitor.
            let agent = format!("LoadAgent/{task}.{n}");
            matches!(
                client
                    .post(format!("{base}/api/events"))
                    .header("content-type", "application/json")
                    .header("user-agent", agent)
                    .body(body)
                    .send()
                    .await,
                Ok(r) if r.status() == reqwest::StatusCode::NO_CONTENT
            )
        }
    })
    .await;
    let accepted = sends.latencies.len();
    // Every server adds what it counted within seconds.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    let stats: Value = owner
        .get(format!("{}/api/scenes/{scene}/stats?days=1", bases[0]))
        .send()
        .await?
        .json()
        .await?;
    let counted_views = stats["days"][0]["views"].as_u64().unwrap_or(0);
    let counted_visitors = stats["days"][0]["visitors"].as_u64().unwrap_or(0);
    println!(
        "{label}POST /api/events ({EVENTS_PER_BATCH} events a batch): {}, {} events/s; counted {} views and {} visitors of {} batches accepted",
        sends.summary(),
        thousands(sends.per_second(accepted * EVENTS_PER_BATCH)),
        thousands(counted_views as f64),
        thousands(counted_visitors as f64),
        thousands(accepted as f64),
    );
    Ok(Figures { reads, sends })
}

/// A schema of its own in the PostgreSQL database at `url`.
fn postgres_schema(url: &str) -> anyhow::Result<Location> {
    let schema = format!("load_{}", std::process::id());
    pinpoint_server::db::postgres::blocking(|| -> anyhow::Result<()> {
        let mut client = postgres::Client::connect(url, postgres::NoTls)?;
        client.batch_execute(&format!("CREATE SCHEMA {schema}"))?;
        Ok(())
    })?;
    let separator = if url.contains('?') { '&' } else { '?' };
    Ok(Location::Postgres(format!(
        "{url}{separator}options=-c%20search_path%3D{schema}"
    )))
}

fn ratio(postgres: f64, sqlite: f64) -> String {
    format!("{:.2}", postgres / sqlite)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let data = tempfile::tempdir()?;
    let (state, base) = serve(data.path(), &Location::in_data_dir(data.path())).await?;
    let owner = client(&base, true);
    sign_up(&owner, &base).await?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "Pinpoint server load: loopback, server and load generator in one process on {cores} cores, {CONNECTIONS} connections, {} s per call",
        DURATION.as_secs()
    );
    let sqlite = measure("", std::slice::from_ref(&base), &owner).await?;
    drop(state);

    if let Ok(url) = std::env::var("PINPOINT_TEST_DATABASE") {
        let database = postgres_schema(&url)?;
        let postgres_data = tempfile::tempdir()?;
        let (first, first_base) = serve(postgres_data.path(), &database).await?;
        let owner = client(&first_base, true);
        sign_up(&owner, &first_base).await?;
        let one = measure(
            "PostgreSQL, 1 server: ",
            std::slice::from_ref(&first_base),
            &owner,
        )
        .await?;
        // A second server on the same database and key, as behind a load
        // balancer.
        let (second, second_base) = serve(postgres_data.path(), &database).await?;
        let both = [first_base.clone(), second_base];
        let two = measure("PostgreSQL, 2 servers: ", &both, &owner).await?;
        let rate = |run: &Run| run.per_second(run.latencies.len());
        println!(
            "PostgreSQL / SQLite, requests per second: GET {} (2 servers {}), events {} (2 servers {})",
            ratio(rate(&one.reads), rate(&sqlite.reads)),
            ratio(rate(&two.reads), rate(&sqlite.reads)),
            ratio(rate(&one.sends), rate(&sqlite.sends)),
            ratio(rate(&two.sends), rate(&sqlite.sends)),
        );
        drop((first, second));
    }

    let scratch = data.path().join("scratch.db");
    let rate = tokio::task::spawn_blocking(move || sqlite_insert_rate(&scratch)).await??;
    println!(
        "SQLite batched inserts (WAL, synchronous=NORMAL, {} rows a transaction, {} transactions): {} rows/s",
        thousands(SQLITE_ROWS_PER_TRANSACTION as f64),
        SQLITE_TRANSACTIONS,
        thousands(rate)
    );
    Ok(())
}
