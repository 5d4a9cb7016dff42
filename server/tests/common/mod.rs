//! The harness every HTTP test shares: a real server on a loopback port with
//! its own temporary data directory (or, in `process`, the real `pinpoint
//! serve` as a child process), clients that behave like the app's pages
//! (cookie jar, same-origin `Origin`), one helper per kind of request, the
//! bodies and calls the tests keep making, and small valid images made in
//! code.

// Each test file is its own crate and uses only some of these helpers.
#![allow(dead_code)]

pub mod process;

use pinpoint_server::db;
use pinpoint_server::error::AppResult;
use reqwest::header::{HeaderMap, HeaderValue, ORIGIN};
use reqwest::{Body, Client, Method, RequestBuilder, Response, StatusCode};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use tempfile::TempDir;

/// The password every test account signs up with.
pub const PASSWORD: &str = "correct horse battery";

/// A running server the helpers below can call: `TestServer` in this
/// process, or `process::Serve`.
pub trait Server {
    /// The absolute URL of `path` on this server.
    fn url(&self, path: &str) -> String;
    /// A browser on one of the app's own pages: it keeps cookies and sends
    /// this server's origin with every request.
    fn client(&self) -> Client;
}

impl Server for TestServer {
    fn url(&self, path: &str) -> String {
        TestServer::url(self, path)
    }

    fn client(&self) -> Client {
        TestServer::client(self)
    }
}

/// A server shared with spawned tasks.
impl<S: Server> Server for std::sync::Arc<S> {
    fn url(&self, path: &str) -> String {
        S::url(self, path)
    }

    fn client(&self) -> Client {
        S::client(self)
    }
}

// ---- Requests: one helper per kind, each answering the response unchecked ----

async fn sent(request: RequestBuilder) -> Response {
    request.send().await.expect("the server answers")
}

/// `GET path`.
pub async fn get(server: &impl Server, client: &Client, path: &str) -> Response {
    sent(client.get(server.url(path))).await
}

/// `POST path` with no body.
pub async fn post_empty(server: &impl Server, client: &Client, path: &str) -> Response {
    sent(client.post(server.url(path))).await
}

/// `DELETE path`.
pub async fn delete(server: &impl Server, client: &Client, path: &str) -> Response {
    sent(client.delete(server.url(path))).await
}

/// `method path` with a JSON body; `post_json` and its siblings name the
/// method.
pub async fn send_json(
    server: &impl Server,
    client: &Client,
    method: Method,
    path: &str,
    body: &impl Serialize,
) -> Response {
    sent(client.request(method, server.url(path)).json(body)).await
}

/// `POST path` with a JSON body.
pub async fn post_json(
    server: &impl Server,
    client: &Client,
    path: &str,
    body: &impl Serialize,
) -> Response {
    send_json(server, client, Method::POST, path, body).await
}

/// `PUT path` with a JSON body.
pub async fn put_json(
    server: &impl Server,
    client: &Client,
    path: &str,
    body: &impl Serialize,
) -> Response {
    send_json(server, client, Method::PUT, path, body).await
}

/// `PATCH path` with a JSON body.
pub async fn patch_json(
    server: &impl Server,
    client: &Client,
    path: &str,
    body: &impl Serialize,
) -> Response {
    send_json(server, client, Method::PATCH, path, body).await
}

/// `DELETE path` with a JSON body (deleting one's account takes the
/// password).
pub async fn delete_json(
    server: &impl Server,
    client: &Client,
    path: &str,
    body: &impl Serialize,
) -> Response {
    send_json(server, client, Method::DELETE, path, body).await
}

/// `method path` with a raw body of `content_type` (an upload, a class
/// list, a picture).
pub async fn send_bytes(
    server: &impl Server,
    client: &Client,
    method: Method,
    path: &str,
    content_type: &str,
    body: impl Into<Body>,
) -> Response {
    let request = client.request(method, server.url(path));
    sent(request.header("content-type", content_type).body(body)).await
}

/// `POST path` with a raw body of `content_type`.
pub async fn post_bytes(
    server: &impl Server,
    client: &Client,
    path: &str,
    content_type: &str,
    body: impl Into<Body>,
) -> Response {
    send_bytes(server, client, Method::POST, path, content_type, body).await
}

/// `PUT path` with a raw body of `content_type`.
pub async fn put_bytes(
    server: &impl Server,
    client: &Client,
    path: &str,
    content_type: &str,
    body: impl Into<Body>,
) -> Response {
    send_bytes(server, client, Method::PUT, path, content_type, body).await
}

/// `GET path`, expecting 200 and JSON.
pub async fn get_json(server: &impl Server, client: &Client, path: &str) -> Value {
    let response = get(server, client, path).await;
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    response.json().await.expect("JSON")
}

/// One server on `127.0.0.1:<random port>`; it stops with the test's runtime,
/// and its data directory is removed when this is dropped.
pub struct TestServer {
    /// `http://127.0.0.1:<port>`, which is also the server's origin.
    pub base: String,
    /// The server's own state: its clock moves time forward for retention
    /// tests, and `retention::purge` runs against it.
    pub state: pinpoint_server::AppState,
    data: TempDir,
    /// Where its database is: SQLite in `data`, or a PostgreSQL schema.
    database: db::Location,
}

impl TestServer {
    /// A server with no built app: pages get the placeholder, which is
    /// enough to check their headers.
    pub async fn start() -> TestServer {
        TestServer::start_with_app(&[]).await
    }

    /// A server whose built app is these files, each a path inside the app
    /// directory (such as `viewer/index.html`) and its contents.
    pub async fn start_with_app(files: &[(&str, &str)]) -> TestServer {
        let data = tempfile::tempdir().expect("temporary data directory");
        let app_dir = data.path().join("app");
        for (path, contents) in files {
            let path = app_dir.join(path);
            std::fs::create_dir_all(path.parent().expect("a file in the app directory"))
                .expect("create the app directory");
            std::fs::write(&path, contents).expect("write an app file");
        }
        TestServer::start_in(data).await
    }

    /// A server on an existing data directory (a restored backup, say),
    /// which is removed when the server is dropped.
    pub async fn start_in(data: TempDir) -> TestServer {
        TestServer::start_trusting(data, Vec::new()).await
    }

    /// A server behind a reverse proxy on this machine: the loopback peer's
    /// `X-Forwarded-For` names the client.
    pub async fn start_behind_proxy() -> TestServer {
        let data = tempfile::tempdir().expect("temporary data directory");
        TestServer::start_trusting(data, vec!["127.0.0.1".parse().unwrap()]).await
    }

    async fn start_trusting(data: TempDir, proxies: Vec<std::net::IpAddr>) -> TestServer {
        TestServer::start_configured(
            data,
            |state| state.trusting_proxies(proxies),
            pinpoint_server::listener::Limits::default(),
        )
        .await
    }

    /// A server whose state `configure` changes (a small storage quota,
    /// say), behind the real front door with these limits.
    pub async fn start_configured(
        data: TempDir,
        configure: impl FnOnce(pinpoint_server::AppState) -> pinpoint_server::AppState,
        limits: pinpoint_server::listener::Limits,
    ) -> TestServer {
        // PINPOINT_TEST_LOG=1: a failing test shows the server's errors (a
        // passing one hides its output). Off by default: a test of what
        // the server logs installs its own subscriber.
        if std::env::var_os("PINPOINT_TEST_LOG").is_some() {
            let _ = tracing_subscriber::fmt()
                .with_env_filter("pinpoint_server=error")
                .with_test_writer()
                .try_init();
        }
        let database = test_database(data.path());
        let state = with_test_asset_store(
            pinpoint_server::AppState::open_with(data.path(), &database)
                .expect("open the data directory"),
        );
        TestServer::serve(data, database, configure(state), limits).await
    }

    /// A server on these backends exactly (whatever the environment says):
    /// the database at `database` and uploads in `store` (or in `data`).
    pub async fn start_on(
        data: TempDir,
        database: db::Location,
        store: Option<pinpoint_server::storage::AssetStore>,
    ) -> TestServer {
        let mut state = pinpoint_server::AppState::open_with(data.path(), &database)
            .expect("open the installation");
        if let Some(store) = store {
            state = state.storing_assets_in(store);
        }
        let limits = pinpoint_server::listener::Limits::default();
        TestServer::serve(data, database, state, limits).await
    }

    async fn serve(
        data: TempDir,
        database: db::Location,
        state: pinpoint_server::AppState,
        limits: pinpoint_server::listener::Limits,
    ) -> TestServer {
        let app = pinpoint_server::app(state.clone(), &data.path().join("app"));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let addr = listener.local_addr().expect("bound address");
        tokio::spawn(async move {
            pinpoint_server::listener::serve(listener, app, None, limits, std::future::pending())
                .await
                .expect("serve");
        });
        TestServer {
            base: format!("http://{addr}"),
            state,
            data,
            database,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A browser on one of the app's own pages: it keeps cookies and sends
    /// this server's origin with every request.
    pub fn client(&self) -> Client {
        let mut headers = HeaderMap::new();
        headers.insert(ORIGIN, HeaderValue::from_str(&self.base).expect("origin"));
        Client::builder()
            .cookie_store(true)
            .default_headers(headers)
            .build()
            .expect("client")
    }

    /// A browser at `address`, as a trusted proxy in front of the server
    /// (`start_behind_proxy`) names it in `X-Forwarded-For`.
    pub fn client_at(&self, address: &str) -> Client {
        let mut headers = HeaderMap::new();
        headers.insert(ORIGIN, HeaderValue::from_str(&self.base).expect("origin"));
        headers.insert(
            "x-forwarded-for",
            HeaderValue::from_str(address).expect("an address"),
        );
        Client::builder()
            .cookie_store(true)
            .default_headers(headers)
            .build()
            .expect("client")
    }

    /// A client with no cookie jar and no `Origin`, for requests built by hand.
    pub fn bare_client(&self) -> Client {
        Client::builder().build().expect("client")
    }

    /// The names of everything the server's asset store holds (files in
    /// the data directory, or objects under this server's prefix).
    pub async fn stored_assets(&self) -> Vec<String> {
        self.state
            .files
            .stored_names()
            .await
            .expect("list the stored assets")
    }

    /// The server's data directory (key, uploaded files, and the database
    /// unless it is PostgreSQL).
    pub fn data_dir(&self) -> PathBuf {
        self.data.path().to_path_buf()
    }

    /// Runs `work` on the server's database, as someone with access to it
    /// (not through the server) would.
    pub fn sql<T: Send>(&self, work: impl FnOnce(&mut db::Conn) -> AppResult<T> + Send) -> T {
        self.state.db.run(work).expect("the query runs")
    }

    /// A number one query answers (`SELECT COUNT(*) ...`).
    pub fn sql_count(&self, sql: &str) -> i64 {
        self.sql(|conn| conn.query_one(sql, pinpoint_server::params![], |r| Ok(r.get(0)?)))
    }

    /// The arguments that point a `pinpoint` command at this server's data.
    pub fn data_args(&self) -> Vec<std::ffi::OsString> {
        let mut args = vec!["--data".into(), self.data.path().into()];
        if let db::Location::Postgres(url) = &self.database {
            args.extend(["--database".into(), url.into()]);
        }
        args
    }

    /// What the database holds as it is stored: the SQLite file and its
    /// write-ahead log and index, or every PostgreSQL table's rows as text.
    /// What tests search for secrets in clear.
    pub fn database_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let db = match &self.database {
            db::Location::Sqlite(path) => path.clone(),
            db::Location::Postgres(_) => return self.postgres_tables(),
        };
        ["", "-wal", "-shm"]
            .into_iter()
            .filter_map(|suffix| {
                let mut name = db.clone().into_os_string();
                name.push(suffix);
                let path = PathBuf::from(name);
                let bytes = std::fs::read(&path).ok()?;
                Some((path, bytes))
            })
            .collect()
    }

    fn postgres_tables(&self) -> Vec<(PathBuf, Vec<u8>)> {
        self.sql(|conn| {
            let tables: Vec<String> = conn.query_all(
                "SELECT table_name FROM information_schema.tables
                 WHERE table_schema = current_schema()",
                pinpoint_server::params![],
                |r| Ok(r.get(0)?),
            )?;
            let mut dumped = Vec::new();
            for table in tables {
                let rows: Vec<String> = conn.query_all(
                    &format!("SELECT CAST(t AS TEXT) FROM {table} t"),
                    pinpoint_server::params![],
                    |r| Ok(r.get(0)?),
                )?;
                dumped.push((PathBuf::from(&table), rows.join("\n").into_bytes()));
            }
            Ok(dumped)
        })
    }
}

/// The sign-up body for an individual named `username`, with email
/// `<username>@example.org`.
pub fn signup_body(username: &str) -> Value {
    json!({
        "username": username,
        "email": format!("{username}@example.org"),
        "password": PASSWORD,
        "kind": "individual",
    })
}

/// Signs `client` up as an individual; answers the `Me` JSON.
pub async fn signup(server: &impl Server, client: &Client, username: &str) -> Value {
    signup_with(server, client, signup_body(username)).await
}

/// `POST /api/auth/signup` with `body`.
pub async fn post_signup(server: &impl Server, client: &Client, body: &Value) -> Response {
    post_json(server, client, "/api/auth/signup", body).await
}

/// Signs `client` up with `body`, expecting 201; answers the `Me` JSON.
pub async fn signup_with(server: &impl Server, client: &Client, body: Value) -> Value {
    let response = post_signup(server, client, &body).await;
    assert_eq!(response.status(), StatusCode::CREATED, "signing up {body}");
    response.json().await.expect("Me JSON")
}

/// The `name=value` of the session cookie a response sets, as a browser
/// would send it back.
pub fn session_cookie(response: &Response) -> String {
    let set_cookie = response.headers()["set-cookie"]
        .to_str()
        .expect("ASCII cookie");
    let pair = set_cookie.split(';').next().unwrap_or_default();
    assert!(pair.starts_with("pinpoint_session="), "{set_cookie}");
    pair.to_string()
}

/// A fresh client signed in as a new individual `username`.
pub async fn signed_in(server: &impl Server, username: &str) -> (Client, Value) {
    let client = server.client();
    let me = signup(server, &client, username).await;
    (client, me)
}

/// Uploads `bytes` as an image; answers the response unchecked.
pub async fn post_asset(server: &impl Server, client: &Client, bytes: Vec<u8>) -> Response {
    post_bytes(
        server,
        client,
        "/api/assets",
        "application/octet-stream",
        bytes,
    )
    .await
}

/// Uploads a `width` x `height` PNG; answers the asset JSON.
pub async fn upload_png(server: &impl Server, client: &Client, width: u32, height: u32) -> Value {
    let response = post_asset(server, client, png(width, height)).await;
    assert_eq!(response.status(), StatusCode::CREATED, "uploading a PNG");
    response.json().await.expect("asset JSON")
}

/// A scene body with one hotspot (no id, so the server names it).
pub fn scene_body(title: &str, visibility: &str, asset_id: Option<&str>) -> Value {
    json!({
        "title": title,
        "description": "",
        "image": asset_id.map(|id| json!({"asset_id": id, "width": 1, "height": 1, "alt": "A picture"})),
        "hotspots": [{"x": 0.25, "y": 0.4, "title": "Crater", "text": "Hot."}],
        "visibility": visibility,
    })
}

/// `POST /api/scenes` with `body`.
pub async fn post_scene(server: &impl Server, client: &Client, body: &Value) -> Response {
    post_json(server, client, "/api/scenes", body).await
}

/// Creates a scene; answers the scene JSON.
pub async fn create_scene(server: &impl Server, client: &Client, body: Value) -> Value {
    let response = post_scene(server, client, &body).await;
    assert_eq!(response.status(), StatusCode::CREATED, "creating {body}");
    response.json().await.expect("scene JSON")
}

/// `GET /api/scenes/{id}`.
pub async fn get_scene(server: &impl Server, client: &Client, id: &str) -> Response {
    get(server, client, &format!("/api/scenes/{id}")).await
}

/// Saves `body` (with the `version` it edited) over scene `id`.
pub async fn put_scene(server: &impl Server, client: &Client, id: &str, body: &Value) -> Response {
    put_json(server, client, &format!("/api/scenes/{id}"), body).await
}

/// `DELETE /api/scenes/{id}`.
pub async fn delete_scene(server: &impl Server, client: &Client, id: &str) -> Response {
    delete(server, client, &format!("/api/scenes/{id}")).await
}

/// Sets the signed-in user's picture (`PUT /api/me/avatar`); the server
/// judges the image by its bytes, whatever type it is sent as.
pub async fn put_avatar(server: &impl Server, client: &Client, bytes: Vec<u8>) -> Response {
    put_bytes(
        server,
        client,
        "/api/me/avatar",
        "application/octet-stream",
        bytes,
    )
    .await
}

/// `GET /api/assets/{id}`.
pub async fn get_asset(server: &impl Server, client: &Client, id: &str) -> Response {
    get(server, client, &format!("/api/assets/{id}")).await
}

/// Checks that `response` is the API's JSON error with this status, code and
/// field (`None`: the field is null); answers the error object.
pub async fn assert_error(
    response: Response,
    status: StatusCode,
    code: &str,
    field: Option<&str>,
) -> Value {
    assert_eq!(response.status(), status, "status of {}", response.url());
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    assert!(
        content_type.starts_with("application/json"),
        "an error is JSON, got {content_type:?}"
    );
    let body: Value = response.json().await.expect("error JSON");
    let error = &body["error"];
    assert_eq!(error["code"], code, "code in {body}");
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "a message in {body}"
    );
    let object = error.as_object().expect("error is an object");
    assert!(
        object.contains_key("field"),
        "field is always present: {body}"
    );
    assert_eq!(error["field"], json!(field), "field in {body}");
    error.clone()
}

/// Checks that `response` is a 422 validation error on `field`; answers
/// the error object.
pub async fn assert_invalid(response: Response, field: &str) -> Value {
    assert_error(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation",
        Some(field),
    )
    .await
}

// ---- Schools, classes and students ----

/// The sign-up body for a teacher named `username` (email
/// `<username>@example.org`); naming a school founds it.
pub fn teacher_body(username: &str, school_name: Option<&str>) -> Value {
    let mut body = signup_body(username);
    body["kind"] = json!("teacher");
    if let Some(name) = school_name {
        body["school_name"] = json!(name);
    }
    body
}

/// The sign-up body for a student named `username` (email
/// `<username>@example.org`) with a birth date and a class's join code.
pub fn student_body(username: &str, date_of_birth: &str, join_code: &str) -> Value {
    let mut body = signup_body(username);
    body["kind"] = json!("student");
    body["date_of_birth"] = json!(date_of_birth);
    body["join_code"] = json!(join_code);
    body
}

/// A fresh client signed up (and so signed in) with `body`.
pub async fn signed_in_with(server: &impl Server, body: Value) -> (Client, Value) {
    let client = server.client();
    let me = signup_with(server, &client, body).await;
    (client, me)
}

/// A teacher who founds `school_name` and so is its admin.
pub async fn school_founder(
    server: &impl Server,
    username: &str,
    school_name: &str,
) -> (Client, Value) {
    signed_in_with(server, teacher_body(username, Some(school_name))).await
}

/// A student who signs up with a class's join code.
pub async fn signed_in_student(
    server: &impl Server,
    username: &str,
    date_of_birth: &str,
    join_code: &str,
) -> (Client, Value) {
    signed_in_with(server, student_body(username, date_of_birth, join_code)).await
}

/// A teacher of the school `school_id` who is not its admin. The API does
/// not yet let an admin add a teacher to their school, so this signs up a
/// teacher without a school and puts them in it in the database, as that
/// feature will.
pub async fn school_teacher(
    server: &TestServer,
    username: &str,
    school_id: &str,
) -> (Client, Value) {
    let (client, me) = signed_in_with(server, teacher_body(username, None)).await;
    let changed = server.sql_execute(
        "UPDATE users SET school_id = ?1 WHERE id = ?2",
        pinpoint_server::params![school_id, me["id"].as_str().expect("a user id")],
    );
    assert_eq!(changed, 1);
    let me = get_json(server, &client, "/api/me").await;
    (client, me)
}

/// Creates a class; answers the class JSON (with its join code).
pub async fn create_class(server: &impl Server, client: &Client, name: &str) -> Value {
    let response = post_json(server, client, "/api/classes", &json!({"name": name})).await;
    assert_eq!(
        response.status(),
        StatusCode::CREATED,
        "creating class {name}"
    );
    response.json().await.expect("class JSON")
}

/// Changes the requester's school's settings; answers the response unchecked.
pub async fn patch_school_settings(server: &TestServer, client: &Client, patch: Value) -> Response {
    patch_json(server, client, "/api/school/settings", &patch).await
}

/// A school admin changes account `id` of their school (`PATCH
/// /api/school/users/{id}`).
pub async fn patch_school_user(
    server: &TestServer,
    admin: &Client,
    id: &str,
    patch: Value,
) -> Response {
    patch_json(server, admin, &format!("/api/school/users/{id}"), &patch).await
}

/// A school admin deletes account `id` of their school.
pub async fn delete_school_user(server: &TestServer, admin: &Client, id: &str) -> Response {
    delete(server, admin, &format!("/api/school/users/{id}")).await
}

/// A class-list import report's rows as (line, username, created).
pub fn import_summary(rows: &[Value]) -> Vec<(u64, &str, bool)> {
    rows.iter()
        .map(|r| {
            (
                r["row"].as_u64().expect("a line number"),
                r["username"].as_str().expect("a username"),
                r["created"].as_bool().expect("created or not"),
            )
        })
        .collect()
}

/// A teacher imports a class list (CSV) into class `class_id`.
pub async fn import_class_list(
    server: &impl Server,
    teacher: &Client,
    class_id: &str,
    csv: impl Into<Body>,
) -> Response {
    post_bytes(
        server,
        teacher,
        &format!("/api/classes/{class_id}/import"),
        "text/csv",
        csv,
    )
    .await
}

/// Changes the school's settings as its admin, expecting success.
pub async fn set_school_settings(server: &TestServer, admin: &Client, patch: Value) -> Value {
    let response = patch_school_settings(server, admin, patch.clone()).await;
    assert_eq!(response.status(), StatusCode::OK, "setting {patch}");
    response.json().await.expect("school JSON")
}

/// The `id` of a JSON object, as a string.
pub fn id_of(value: &Value) -> String {
    value["id"].as_str().expect("an id").to_string()
}

// ---- Images made in code, valid enough for any decoder ----

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in bytes {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// A complete, decodable RGB PNG of one colour (zlib "stored" blocks, so no
/// compressor is needed). Meant for small sizes.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut row = vec![0]; // filter: none
    row.extend([0xE4, 0x57, 0x2E].repeat(width as usize));
    let raw = row.repeat(height as usize);
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        zlib.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        zlib.extend_from_slice(&len.to_le_bytes());
        zlib.extend_from_slice(&(!len).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    zlib.extend_from_slice(&adler32(&raw).to_be_bytes());
    png_claiming(width, height, &zlib)
}

/// A PNG whose header claims `width` × `height` (8-bit RGB, no interlace)
/// and whose pixel data is `idat`, with every checksum right: what a
/// crafted file looks like to anything that only reads its header.
pub fn png_claiming(width: u32, height: u32, idat: &[u8]) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut out, b"IHDR", &ihdr);
    png_chunk(&mut out, b"IDAT", idat);
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// The start of a decompression bomb: a megabyte of zeros, deflated to a
/// kilobyte or so.
pub fn deflated_zeros() -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&vec![0; 1 << 20]).expect("deflate");
    encoder.finish().expect("deflate")
}

/// 64 KiB that are not a zlib stream of anything.
pub fn garbage() -> Vec<u8> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    (0..64 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

fn encoded(encoder: impl image::ImageEncoder, width: u32, height: u32) {
    let pixels = image::RgbImage::from_pixel(width, height, image::Rgb([0xE4, 0x57, 0x2E]));
    encoder
        .write_image(
            pixels.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgb8,
        )
        .expect("encoding a test image");
}

/// A complete baseline JPEG of one colour.
pub fn jpeg(width: u16, height: u16) -> Vec<u8> {
    let mut out = Vec::new();
    encoded(
        image::codecs::jpeg::JpegEncoder::new(&mut out),
        width.into(),
        height.into(),
    );
    out
}

/// A complete one-frame GIF of one colour.
pub fn gif(width: u16, height: u16) -> Vec<u8> {
    let mut out = Vec::new();
    let frame = image::RgbaImage::from_pixel(
        width.into(),
        height.into(),
        image::Rgba([0xE4, 0x57, 0x2E, 0xFF]),
    );
    image::codecs::gif::GifEncoder::new(&mut out)
        .encode_frame(image::Frame::new(frame))
        .expect("encoding a test GIF");
    out
}

/// A complete lossless WebP of one colour.
pub fn webp(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    encoded(
        image::codecs::webp::WebPEncoder::new_lossless(&mut out),
        width,
        height,
    );
    out
}

// ---- Viewer statistics ----

/// A browser showing a shared link: it sends this server's origin and
/// `user_agent`, and keeps no cookies.
pub fn viewer_client(server: &TestServer, user_agent: &str) -> Client {
    let mut headers = HeaderMap::new();
    headers.insert(ORIGIN, HeaderValue::from_str(&server.base).expect("origin"));
    Client::builder()
        .user_agent(user_agent)
        .default_headers(headers)
        .build()
        .expect("client")
}

/// `POST /api/events` with `{"events": events}`; answers the response
/// unchecked.
pub async fn post_events(server: &impl Server, client: &Client, events: Value) -> Response {
    post_json(server, client, "/api/events", &json!({ "events": events })).await
}

/// `GET /api/scenes/{id}/stats` with a query (such as `?days=7`), expecting
/// 200 and JSON.
pub async fn scene_stats(server: &impl Server, client: &Client, id: &str, query: &str) -> Value {
    get_json(server, client, &format!("/api/scenes/{id}/stats{query}")).await
}

// ---- Servers with a changed state, and the database under them ----

impl TestServer {
    /// A server whose state `adjust` changes before it serves, such as a
    /// small storage quota: `|state| AppState { quota_bytes: 50_000, ..state }`.
    pub async fn start_with(
        adjust: impl FnOnce(pinpoint_server::AppState) -> pinpoint_server::AppState,
    ) -> TestServer {
        TestServer::start_configured(
            tempfile::tempdir().expect("temporary data directory"),
            adjust,
            pinpoint_server::listener::Limits::default(),
        )
        .await
    }

    /// Runs one statement on the server's database, for what no API does
    /// (making a second admin, tampering with stored values); answers how
    /// many rows it changed.
    pub fn sql_execute(&self, sql: &str, params: &[&dyn db::Param]) -> usize {
        self.sql(|conn| Ok(conn.execute(sql, params)?))
    }
}

/// `POST /api/auth/login` from `client`; answers the response unchecked.
pub async fn post_login(
    server: &impl Server,
    client: &Client,
    login: &str,
    password: &str,
) -> Response {
    let body = json!({"login": login, "password": password});
    post_json(server, client, "/api/auth/login", &body).await
}

/// A fresh client that logs in with `login` and `password`: the answer's
/// status and the client (signed in if it was 200).
pub async fn logged_in(server: &impl Server, login: &str, password: &str) -> (StatusCode, Client) {
    let client = server.client();
    let status = post_login(server, &client, login, password).await.status();
    (status, client)
}

/// `PINPOINT_TEST_DATABASE=postgres://...` (as `scripts/with-postgres`
/// sets it): every test server gets a schema of its own in that database.
/// Otherwise SQLite in the data directory.
fn test_database(data_dir: &std::path::Path) -> db::Location {
    match test_database_url() {
        Some(url) => db::Location::Postgres(url),
        None => db::Location::in_data_dir(data_dir),
    }
}

/// With `PINPOINT_TEST_DATABASE`, the URL of a new, empty schema in it.
pub fn test_database_url() -> Option<String> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static SERVERS: AtomicU32 = AtomicU32::new(0);
    let url = std::env::var("PINPOINT_TEST_DATABASE").ok()?;
    let schema = format!(
        "t{}_{}",
        std::process::id(),
        SERVERS.fetch_add(1, Ordering::Relaxed)
    );
    db::postgres::blocking(|| {
        postgres::Client::connect(&url, postgres::NoTls)
            .expect("connect to PINPOINT_TEST_DATABASE")
            .batch_execute(&format!("CREATE SCHEMA {schema}"))
            .expect("create a schema for the test server")
    });
    let separator = if url.contains('?') { '&' } else { '?' };
    Some(format!(
        "{url}{separator}options=-c%20search_path%3D{schema}"
    ))
}

/// `PINPOINT_TEST_ASSETS=s3://bucket` (with `PINPOINT_S3_ENDPOINT` and the
/// `AWS_*` credentials, as `scripts/test` sets them): every test server
/// keeps its uploads in that bucket, under a prefix of its own, so the same
/// tests check files and a bucket.
fn with_test_asset_store(state: pinpoint_server::AppState) -> pinpoint_server::AppState {
    use pinpoint_server::storage::{AssetStore, Bucket, BucketUrl, S3Settings};
    use std::sync::atomic::{AtomicU32, Ordering};
    static SERVERS: AtomicU32 = AtomicU32::new(0);
    let Ok(url) = std::env::var("PINPOINT_TEST_ASSETS") else {
        return state;
    };
    let mut url = BucketUrl::parse(&url).expect("PINPOINT_TEST_ASSETS: s3://bucket");
    let server = SERVERS.fetch_add(1, Ordering::Relaxed);
    url.prefix = format!("{}/t{}-{server}", url.prefix, std::process::id())
        .trim_start_matches('/')
        .to_string();
    let bucket = Bucket::open(&url, &S3Settings::from_env()).expect("open the test bucket");
    state.storing_assets_in(AssetStore::Bucket(bucket))
}

/// With `PINPOINT_TEST_ASSETS`, an `s3://` URL of a prefix of its own in
/// that bucket (for `serve --assets`).
pub fn test_bucket_url(name: &str) -> Option<String> {
    let url = std::env::var("PINPOINT_TEST_ASSETS").ok()?;
    Some(format!(
        "{}/{name}-{}",
        url.trim_end_matches('/'),
        std::process::id()
    ))
}
