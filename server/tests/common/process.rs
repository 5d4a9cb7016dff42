//! The real `pinpoint serve` as a separate process, for tests that attack
//! it or kill it: it starts on a free loopback port over a data directory
//! the test owns, is ready once `GET /api/explore` answers 200, and is
//! killed when dropped. It is a `Server`, so the harness's request helpers
//! call it too. Also: clients that behave like the app's pages (cookie
//! jar, same-origin `Origin`, optionally an address a trusted proxy
//! names), and a probe that keeps measuring how quickly an ordinary
//! request is answered while an attack runs.

use super::Server;
use reqwest::header::{HeaderMap, HeaderValue, ORIGIN};
use reqwest::{Client, StatusCode};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a fresh server may take to answer its first request.
const READY_WITHIN: Duration = Duration::from_secs(30);
/// Ports tried when the one picked was taken in the meantime.
const PORT_ATTEMPTS: usize = 3;
/// No single request of a client here waits longer than this.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// One `pinpoint serve` child process; killed (SIGKILL) when dropped.
pub struct Serve {
    child: Child,
    /// `http://127.0.0.1:<port>`, which is also the server's origin.
    pub base: String,
    log: PathBuf,
}

impl Serve {
    /// Starts `serve` with its data in `<root>/data` and app in `<root>/app`
    /// (absent: pages get the placeholder), backups off, and these further
    /// arguments; answers once it serves. Its output goes to a log file in
    /// `root`, shown if it fails to start.
    pub async fn start(root: &Path, extra: &[&str]) -> Serve {
        Serve::start_with_env(root, extra, &[]).await
    }

    /// `start`, with these environment variables set (a shared
    /// `PINPOINT_SECRET_KEY`, say).
    pub async fn start_with_env(root: &Path, extra: &[&str], env: &[(&str, &str)]) -> Serve {
        for attempt in 1..=PORT_ATTEMPTS {
            let port = free_port();
            let mut server = Serve::spawn(root, port, extra, env);
            match server.ready().await {
                Ok(()) => return server,
                Err(log) if attempt < PORT_ATTEMPTS && log.contains("in use") => continue,
                Err(log) => panic!("serve did not start on port {port}:\n{log}"),
            }
        }
        unreachable!("the last attempt either serves or panics")
    }

    /// `start` on `port` exactly (an address another program was told),
    /// once; the log if it does not serve.
    pub async fn start_at(root: &Path, port: u16, extra: &[&str]) -> Result<Serve, String> {
        let mut server = Serve::spawn(root, port, extra, &[]);
        server.ready().await.map(|()| server)
    }

    fn spawn(root: &Path, port: u16, extra: &[&str], env: &[(&str, &str)]) -> Serve {
        let log = root.join(format!("serve-{port}.log"));
        let out = std::fs::File::create(&log).expect("create the server's log");
        let err = out.try_clone().expect("share the log file");
        let child = Command::new(env!("CARGO_BIN_EXE_pinpoint"))
            .arg("serve")
            .arg("--addr")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--data")
            .arg(root.join("data"))
            .arg("--app-dir")
            .arg(root.join("app"))
            .args(["--backup-keep", "0"])
            .args(extra)
            // The data directory decides the key and the database.
            .env_remove("PINPOINT_SECRET_KEY")
            .env_remove("PINPOINT_DATABASE_URL")
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .expect("start pinpoint serve");
        Serve {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log,
        }
    }

    /// Waits until `GET /api/explore` answers 200; the log if the process
    /// ends or the deadline passes first.
    async fn ready(&mut self) -> Result<(), String> {
        let client = Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .expect("client");
        let deadline = Instant::now() + READY_WITHIN;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("exited with {status}\n{}", self.log_text()));
            }
            let answer = client.get(self.url("/api/explore")).send().await;
            if answer.is_ok_and(|r| r.status() == StatusCode::OK) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Err(format!(
            "not serving after {READY_WITHIN:?}\n{}",
            self.log_text()
        ))
    }

    /// What the server has written to its log so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The process's resident memory in KiB, while it runs.
    pub fn rss_kib(&self) -> Option<u64> {
        rss_kib(self.pid())
    }

    /// `kill -9`: the process ends at once, with no chance to finish
    /// anything; answers once it has.
    pub fn kill_hard(mut self) {
        // `Child::kill` is SIGKILL on Unix.
        self.child.kill().expect("kill -9 the server");
        self.child.wait().expect("reap the server");
    }

    /// A browser on the app's own pages: a cookie jar and this server's
    /// `Origin` on every request.
    pub fn client(&self) -> Client {
        self.client_with(&[])
    }

    /// A browser at `address`, as the trusted proxy in front of the server
    /// (`--trusted-proxy 127.0.0.1`) names it in `X-Forwarded-For`.
    pub fn client_at(&self, address: &str) -> Client {
        self.client_with(&[("x-forwarded-for", address)])
    }

    fn client_with(&self, extra: &[(&'static str, &str)]) -> Client {
        let mut headers = HeaderMap::new();
        headers.insert(ORIGIN, HeaderValue::from_str(&self.base).expect("origin"));
        for (name, value) in extra {
            headers.insert(*name, HeaderValue::from_str(value).expect("header value"));
        }
        Client::builder()
            .cookie_store(true)
            .default_headers(headers)
            .timeout(REQUEST_TIMEOUT)
            .build()
            .expect("client")
    }

    /// A client that opens a new connection for every request, as a new
    /// visitor would: what a probe measures with.
    pub fn fresh_connection_client(&self) -> Client {
        Client::builder()
            .pool_max_idle_per_host(0)
            .timeout(REQUEST_TIMEOUT)
            .build()
            .expect("client")
    }
}

impl Server for Serve {
    fn url(&self, path: &str) -> String {
        Serve::url(self, path)
    }

    fn client(&self) -> Client {
        Serve::client(self)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        // Already gone after `kill_hard`; either way nothing is left running.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A process's resident memory in KiB (`VmRSS` in `/proc/<pid>/status`).
pub fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// A loopback port nobody is listening on at the moment of asking.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}

/// What a probe saw: how many requests it made, how many failed (an
/// unexpected answer, an error or a timeout) and the slowest answer.
#[derive(Debug)]
pub struct ProbeReport {
    pub requests: usize,
    pub failures: usize,
    pub slowest: Duration,
}

impl ProbeReport {
    /// Every probe request was answered as expected, the slowest within
    /// `bound`, and there was at least one; prints the figures.
    pub fn assert_served(&self, what: &str, bound: Duration) {
        eprintln!(
            "{what}: {} requests during the attack, slowest {:?}, {} failed",
            self.requests, self.slowest, self.failures
        );
        assert!(self.requests > 0, "{what}: the probe made no request");
        assert_eq!(self.failures, 0, "{what}: requests failed: {self:?}");
        assert!(
            self.slowest < bound,
            "{what}: an ordinary request took {:?} (bound {bound:?})",
            self.slowest
        );
    }
}

/// An ordinary client that keeps making one request while an attack runs,
/// timing each, until `finish`.
pub struct Probe {
    stop: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<ProbeReport>,
}

impl Probe {
    /// The longest a probe runs, whatever happens.
    const MAX_RUN: Duration = Duration::from_secs(60);
    /// How long one request may take before it counts as failed.
    const REQUEST_LIMIT: Duration = Duration::from_secs(10);

    /// Calls `request` (true: answered as expected) every `pause` until
    /// stopped.
    pub fn start<F, Fut>(pause: Duration, mut request: F) -> Probe
    where
        F: FnMut() -> Fut + Send + 'static,
        Fut: Future<Output = bool> + Send,
    {
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let task = tokio::spawn(async move {
            let mut report = ProbeReport {
                requests: 0,
                failures: 0,
                slowest: Duration::ZERO,
            };
            let started = Instant::now();
            while !stopped.load(Ordering::Relaxed) && started.elapsed() < Probe::MAX_RUN {
                let sent = Instant::now();
                let ok = tokio::time::timeout(Probe::REQUEST_LIMIT, request())
                    .await
                    .unwrap_or(false);
                report.slowest = report.slowest.max(sent.elapsed());
                report.requests += 1;
                report.failures += usize::from(!ok);
                tokio::time::sleep(pause).await;
            }
            report
        });
        Probe { stop, task }
    }

    /// `GET /api/explore` on a new connection each time, expecting 200.
    pub fn explore(server: &Serve, pause: Duration) -> Probe {
        let client = server.fresh_connection_client();
        let url = server.url("/api/explore");
        Probe::start(pause, move || {
            let request = client.get(&url).send();
            async move { request.await.is_ok_and(|r| r.status() == StatusCode::OK) }
        })
    }

    pub async fn finish(self) -> ProbeReport {
        self.stop.store(true, Ordering::Relaxed);
        self.task.await.expect("the probe task")
    }
}
