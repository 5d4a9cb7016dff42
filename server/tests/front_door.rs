//! The front door (`listener`, `site`, `security`): slow and idle clients
//! are cut off, connections are limited, only the known host is answered
//! and only its pages change data, cookies and HSTS follow the site's
//! scheme (never a request header), HTTPS is served with the given
//! certificate, and personal answers are never cached.

mod common;

use common::*;
use pinpoint_server::listener::Limits;
use pinpoint_server::site::Site;
use reqwest::StatusCode;
use serde_json::json;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn quick_limits() -> Limits {
    Limits {
        header_timeout: Duration::from_secs(1),
        body_timeout: Duration::from_secs(1),
        ..Limits::default()
    }
}

async fn start_with(
    configure: impl FnOnce(pinpoint_server::AppState) -> pinpoint_server::AppState,
    limits: Limits,
) -> TestServer {
    TestServer::start_configured(tempfile::tempdir().unwrap(), configure, limits).await
}

fn addr(server: &TestServer) -> String {
    server.base.trim_start_matches("http://").to_string()
}

/// Reads until the server closes the connection; answers how long it took
/// and what it sent. Gives up after `limit`.
async fn until_closed(stream: &mut TcpStream, limit: Duration) -> (Duration, Vec<u8>) {
    let started = Instant::now();
    let mut received = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        match tokio::time::timeout(
            limit.saturating_sub(started.elapsed()),
            stream.read(&mut buf),
        )
        .await
        {
            Ok(Ok(0)) | Ok(Err(_)) => return (started.elapsed(), received),
            Ok(Ok(n)) => received.extend_from_slice(&buf[..n]),
            Err(_) => panic!("the server kept the connection open for {limit:?}"),
        }
    }
}

#[tokio::test]
async fn a_client_dripping_its_headers_is_cut_off_and_others_are_served() {
    let server = start_with(|s| s, quick_limits()).await;
    let mut slow = TcpStream::connect(addr(&server)).await.unwrap();
    slow.write_all(b"GET /api/explore HTTP/1.1\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    let dripping = tokio::spawn(async move {
        // One header byte every 200 ms, never a whole header, until the
        // server hangs up (a read of 0 bytes) or 5 s pass.
        let mut buf = [0u8; 256];
        while started.elapsed() < Duration::from_secs(5) {
            let _ = slow.write_all(b"X").await;
            match tokio::time::timeout(Duration::from_millis(200), slow.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => return Some(started.elapsed()),
                _ => {}
            }
        }
        None
    });
    let asked = Instant::now();
    let response = get(&server, &server.bare_client(), "/api/explore").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(asked.elapsed() < Duration::from_secs(1));
    let cut_off = dripping.await.unwrap().expect("the server never hung up");
    assert!(
        cut_off < Duration::from_secs(3),
        "cut off after {cut_off:?}"
    );
}

#[tokio::test]
async fn an_idle_connection_is_closed() {
    let server = start_with(|s| s, quick_limits()).await;
    let mut idle = TcpStream::connect(addr(&server)).await.unwrap();
    let (after, _) = until_closed(&mut idle, Duration::from_secs(4)).await;
    assert!(after < Duration::from_secs(3), "closed after {after:?}");
}

#[tokio::test]
async fn a_body_that_stops_arriving_is_given_up() {
    let server = start_with(|s| s, quick_limits()).await;
    let mut stream = TcpStream::connect(addr(&server)).await.unwrap();
    let head = format!(
        "POST /api/auth/login HTTP/1.1\r\nHost: {}\r\nOrigin: {}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"login\":",
        addr(&server),
        server.base
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let (after, answer) = until_closed(&mut stream, Duration::from_secs(4)).await;
    assert!(after < Duration::from_secs(3), "closed after {after:?}");
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 400"),
        "{answer}"
    );
}

#[tokio::test]
async fn connections_past_the_limit_wait_their_turn() {
    let limits = Limits {
        max_connections: 2,
        header_timeout: Duration::from_secs(30),
        ..Limits::default()
    };
    let server = start_with(|s| s, limits).await;
    let first = TcpStream::connect(addr(&server)).await.unwrap();
    let _second = TcpStream::connect(addr(&server)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    assert!(
        client.get(server.url("/api/explore")).send().await.is_err(),
        "a third connection is not served while two are held"
    );
    drop(first);
    let response = get(&server, &server.bare_client(), "/api/explore").await;
    assert_eq!(response.status(), StatusCode::OK);
}

const PUBLIC: &str = "pinpoint.school.example";

async fn public_server() -> TestServer {
    start_with(
        |s| pinpoint_server::AppState {
            site: Site::public(&format!("https://{PUBLIC}")).unwrap(),
            ..s
        },
        Limits::default(),
    )
    .await
}

/// `GET path` as addressed to `host`, with no cookie and no `Origin`.
async fn get_for_host(server: &TestServer, path: &str, host: &str) -> reqwest::Response {
    let request = server
        .bare_client()
        .get(server.url(path))
        .header("host", host);
    request.send().await.expect("the server answers")
}

#[tokio::test]
async fn behind_a_public_url_other_host_names_are_refused() {
    let server = public_server().await;
    // DNS rebinding: a hostile name made to point at this server.
    for host in [
        "evil.example",
        "127.0.0.1",
        "pinpoint.school.example.evil.example",
    ] {
        let response = get_for_host(&server, "/api/explore", host).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{host}");
        let page = get_for_host(&server, "/", host).await;
        assert_eq!(page.status(), StatusCode::BAD_REQUEST, "{host}");
    }
    let response = get_for_host(&server, "/api/explore", PUBLIC).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000"
    );
}

#[tokio::test]
async fn behind_a_public_url_only_its_own_pages_change_data() {
    let server = public_server().await;
    let signup = |origin: &'static str| {
        server
            .bare_client()
            .post(server.url("/api/auth/signup"))
            .header("host", PUBLIC)
            .header("origin", origin)
            .json(&json!({
                "username": "ada", "email": "ada@example.org",
                "password": PASSWORD, "kind": "individual"
            }))
            .send()
    };
    for origin in [
        "http://pinpoint.school.example",
        "https://evil.example",
        "null",
    ] {
        let response = signup(origin).await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{origin}");
    }
    let response = signup("https://pinpoint.school.example").await.unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("__Host-pinpoint_session="), "{cookie}");
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(cookie.contains("; Path=/"), "{cookie}");
    assert!(!cookie.contains("Domain"), "{cookie}");
    // The session is read from that cookie only.
    let token = cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("__Host-pinpoint_session=");
    let me = |name: &str| {
        server
            .bare_client()
            .get(server.url("/api/me"))
            .header("host", PUBLIC)
            .header("cookie", format!("{name}={token}"))
            .send()
    };
    assert_eq!(
        me("__Host-pinpoint_session").await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(
        me("pinpoint_session").await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_forwarded_proto_header_does_not_change_the_cookie() {
    let server = TestServer::start().await;
    let response = server
        .client()
        .post(server.url("/api/auth/signup"))
        .header("x-forwarded-proto", "https")
        .json(&json!({
            "username": "ada", "email": "ada@example.org",
            "password": PASSWORD, "kind": "individual"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("pinpoint_session="), "{cookie}");
    assert!(!cookie.contains("Secure"), "{cookie}");
    assert!(response
        .headers()
        .get("strict-transport-security")
        .is_none());
}

#[tokio::test]
async fn personal_answers_are_never_cached_and_pictures_stay_private() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    for path in [
        "/api/me",
        "/api/me/export",
        "/api/me/activity",
        "/api/scenes",
    ] {
        let response = get(&server, &ada, path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
    }
    let refused = get(&server, &server.bare_client(), "/api/me").await;
    assert_eq!(refused.headers()["cache-control"], "no-store");
    let asset = upload_png(&server, &ada, 4, 4).await;
    let picture = get_asset(&server, &ada, asset["id"].as_str().unwrap()).await;
    assert_eq!(picture.headers()["cache-control"], "private, max-age=3600");
}

#[tokio::test]
async fn https_is_served_with_the_given_certificate() {
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (cert_file, key_file) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert_file, cert.cert.pem()).unwrap();
    std::fs::write(&key_file, cert.signing_key.serialize_pem()).unwrap();
    let tls = pinpoint_server::listener::tls_acceptor(&cert_file, &key_file).unwrap();

    let data = tempfile::tempdir().unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let state = pinpoint_server::AppState {
        site: Site::Loopback { port, https: true },
        ..pinpoint_server::AppState::open(data.path()).unwrap()
    };
    let app = pinpoint_server::app(state, &data.path().join("app"));
    tokio::spawn(pinpoint_server::listener::serve(
        listener,
        app,
        Some(tls),
        Limits::default(),
        std::future::pending(),
    ));

    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .build()
        .unwrap();
    let origin = format!("https://localhost:{port}");
    let response = client
        .post(format!("{origin}/api/auth/signup"))
        .header("origin", &origin)
        .json(&json!({
            "username": "ada", "email": "ada@example.org",
            "password": PASSWORD, "kind": "individual"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("__Host-pinpoint_session="), "{cookie}");
    assert!(cookie.contains("; Secure"), "{cookie}");
    // Plain HTTP on the TLS port gets no answer.
    let plain = reqwest::Client::new()
        .get(format!("http://localhost:{port}/api/explore"))
        .timeout(Duration::from_secs(3))
        .send()
        .await;
    assert!(plain.is_err() || !plain.unwrap().status().is_success());
}
