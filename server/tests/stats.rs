//! Anonymous viewer statistics: events in, counts out. Visitors are told
//! apart for a day by a salted hash and never stored as who they are; bad
//! events count nowhere; only those who answer for a scene see its counts.

mod common;

use common::{
    assert_error, assert_invalid, create_class, create_scene, delete_scene, get, id_of, post_bytes,
    post_empty, post_events, scene_stats, school_founder, school_teacher, set_school_settings,
    signed_in, signed_in_student, viewer_client, TestServer,
};
use pinpoint_server::clock::{self, DAY};
use pinpoint_server::stats::Limits;
use pinpoint_server::{retention, stats};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A scene with two hotspots, `h1` and `h2`.
fn two_hotspots(title: &str, visibility: &str) -> Value {
    json!({
        "title": title,
        "description": "",
        "image": null,
        "hotspots": [
            {"id": "h1", "x": 0.25, "y": 0.4, "title": "Crater", "text": "Hot.",
             "link": "https://example.org/volcano"},
            {"id": "h2", "x": 0.75, "y": 0.6, "title": "Ash", "text": "Grey."},
        ],
        "visibility": visibility,
    })
}

async fn new_scene(server: &TestServer, owner: &Client, visibility: &str) -> String {
    id_of(&create_scene(server, owner, two_hotspots("Volcano", visibility)).await)
}

fn view(scene: &str) -> Value {
    json!({"kind": "view", "scene": scene})
}

fn on_hotspot(kind: &str, scene: &str, hotspot: &str) -> Value {
    json!({"kind": kind, "scene": scene, "hotspot": hotspot})
}

async fn send(server: &TestServer, client: &Client, events: Value) {
    let response = post_events(server, client, events.clone()).await;
    assert_eq!(
        response.status(),
        StatusCode::NO_CONTENT,
        "sending {events}"
    );
}

fn today(server: &TestServer) -> String {
    clock::date(server.state.clock.now())
}

/// The last day of a stats answer (today).
fn last_day(stats: &Value) -> &Value {
    stats["days"].as_array().unwrap().last().unwrap()
}

/// The first column of every row `sql` selects.
fn column<T: pinpoint_server::db::Column + Send>(server: &TestServer, sql: &str) -> Vec<T> {
    server.sql(|conn| conn.query_all(sql, pinpoint_server::params![], |r| Ok(r.get(0)?)))
}

fn count_rows(server: &TestServer, sql: &str) -> i64 {
    server.sql_count(sql)
}

/// No table holds any count or visitor of any scene.
fn assert_no_statistics_stored(server: &TestServer) {
    for table in [
        "stats_days",
        "stats_hotspot_opens",
        "stats_time_buckets",
        "stats_visitors",
    ] {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        assert_eq!(count_rows(server, &sql), 0, "{table}");
    }
}

#[tokio::test]
async fn views_visitors_opens_clicks_plays_and_time_are_counted_by_day() {
    let server = TestServer::start().await;
    let (owner, _) = signed_in(&server, "ada").await;
    let scene = new_scene(&server, &owner, "public").await;
    let firefox = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");
    let chrome = viewer_client(&server, "Mozilla/5.0 Chrome/139.0");

    send(
        &server,
        &firefox,
        json!([
            view(&scene),
            on_hotspot("hotspot_open", &scene, "h1"),
            on_hotspot("hotspot_open", &scene, "h1"),
            on_hotspot("link_click", &scene, "h1"),
            {"kind": "time_bucket", "scene": scene, "bucket": "30s_1m"},
        ]),
    )
    .await;
    // The same browser again, in a second visit: a view, not a visitor.
    send(&server, &firefox, json!([view(&scene)])).await;
    send(
        &server,
        &chrome,
        json!([
            view(&scene),
            on_hotspot("hotspot_open", &scene, "h2"),
            on_hotspot("media_play", &scene, "h2"),
            {"kind": "time_bucket", "scene": scene, "bucket": "lt_10s"},
        ]),
    )
    .await;

    let stats = scene_stats(&server, &owner, &scene, "").await;
    let days = stats["days"].as_array().unwrap();
    assert_eq!(days.len(), 30, "30 days by default");
    assert_eq!(
        last_day(&stats),
        &json!({"date": today(&server), "views": 3, "visitors": 2})
    );
    assert_eq!(
        days[0]["date"],
        clock::date(server.state.clock.now() - 29 * DAY),
        "oldest first"
    );
    assert!(days[..29]
        .iter()
        .all(|d| d["views"] == 0 && d["visitors"] == 0));
    assert_eq!(
        stats["hotspots"],
        json!([{"id": "h1", "opens": 2}, {"id": "h2", "opens": 1}])
    );
    assert_eq!(stats["link_clicks"], 1);
    assert_eq!(stats["media_plays"], 1);
    assert_eq!(
        stats["time_buckets"],
        json!([
            {"bucket": "lt_10s", "count": 1},
            {"bucket": "10s_30s", "count": 0},
            {"bucket": "30s_1m", "count": 1},
            {"bucket": "1m_3m", "count": 0},
            {"bucket": "3m_10m", "count": 0},
            {"bucket": "gt_10m", "count": 0},
        ])
    );
    assert_eq!(stats["small_counts_hidden"], false);
    let object = stats.as_object().unwrap();
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "days",
            "hotspots",
            "link_clicks",
            "media_plays",
            "small_counts_hidden",
            "time_buckets"
        ]
    );

    let week = scene_stats(&server, &owner, &scene, "?days=7").await;
    assert_eq!(week["days"].as_array().unwrap().len(), 7);
    assert_eq!(last_day(&week)["views"], 3);
    let one = scene_stats(&server, &owner, &scene, "?days=1").await;
    assert_eq!(one["days"].as_array().unwrap().len(), 1);
    for bad in ["0", "366", "seven", "-3"] {
        let response = get(
            &server,
            &owner,
            &format!("/api/scenes/{scene}/stats?days={bad}"),
        )
        .await;
        assert_invalid(response, "days").await;
    }
}

#[tokio::test]
async fn visitors_are_not_linked_across_days_and_old_salts_are_destroyed() {
    let server = TestServer::start().await;
    let (owner, _) = signed_in(&server, "ada").await;
    let scene = new_scene(&server, &owner, "unlisted").await;
    let viewer = viewer_client(&server, "Mozilla/5.0 Safari/18");
    let first_day = today(&server);

    let hashes = |server: &TestServer| -> Vec<Vec<u8>> {
        column(server, "SELECT hash FROM stats_visitors ORDER BY day")
    };
    let salt_days = |server: &TestServer| -> Vec<String> {
        column(server, "SELECT day FROM stats_salts ORDER BY day")
    };

    send(&server, &viewer, json!([view(&scene)])).await;
    send(&server, &viewer, json!([view(&scene)])).await;
    // Reading the statistics writes what is held in memory.
    scene_stats(&server, &owner, &scene, "?days=1").await;
    let first_hashes = hashes(&server);
    assert_eq!(first_hashes.len(), 1);
    assert!(first_hashes.iter().all(|h| h.len() == 16));
    server.state.clock.advance(DAY);
    send(&server, &viewer, json!([view(&scene)])).await;

    let stats = scene_stats(&server, &owner, &scene, "?days=2").await;
    assert_eq!(
        stats["days"],
        json!([
            {"date": first_day, "views": 2, "visitors": 1},
            {"date": today(&server), "views": 1, "visitors": 1},
        ]),
        "the same browser is a visitor again on a new day"
    );
    // The first day ended: its salt and hashes went when the new day's
    // salt was made, and the new hash is unlike the old.
    let second_hashes = hashes(&server);
    assert_eq!(second_hashes.len(), 1);
    assert_ne!(second_hashes, first_hashes, "a new salt, a new hash");
    assert_eq!(salt_days(&server), [today(&server)]);

    // With no visit on the next day, the hourly purge destroys the ended
    // day's salt and hashes; the counts stay.
    server.state.clock.advance(DAY);
    let purged = retention::purge(&server.state).await.unwrap();
    assert_eq!(purged.stats_salts, 1);
    assert_eq!(purged.visitor_hashes, 1);
    assert!(salt_days(&server).is_empty());
    assert!(hashes(&server).is_empty());
    let stats = scene_stats(&server, &owner, &scene, "?days=3").await;
    assert_eq!(stats["days"][0]["views"], 2);
    assert_eq!(stats["days"][0]["visitors"], 1);
    assert_eq!(
        retention::purge(&server.state).await.unwrap(),
        retention::Purged::default(),
        "nothing more to purge"
    );
}

#[tokio::test]
async fn invalid_batches_are_refused_whole_and_count_nowhere() {
    let server = TestServer::start().await;
    let (owner, _) = signed_in(&server, "ada").await;
    let scene = new_scene(&server, &owner, "public").await;
    let private = new_scene(&server, &owner, "private").await;
    let (other_owner, _) = signed_in(&server, "bob").await;
    let mut body = two_hotspots("Glacier", "public");
    body["hotspots"][0]["id"] = json!("ice");
    let other = id_of(&create_scene(&server, &other_owner, body).await);
    let viewer = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");

    // The unknown field and the unknown bucket are named by their event:
    // serde reads a tagged event whole before it knows its kind.
    let cases: Vec<(Value, StatusCode, &str)> = vec![
        (
            json!([view(&scene), {"kind": "scroll", "scene": scene}]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events[1].kind",
        ),
        (
            json!([{"kind": "view", "scene": scene, "visitor": "me"}]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events[0]",
        ),
        (
            json!([{"kind": "hotspot_open", "scene": scene}]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events[0].hotspot",
        ),
        (
            json!([{"kind": "time_bucket", "scene": scene, "bucket": "1h"}]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events[0]",
        ),
        (
            json!([view(&scene), view(&private)]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events[1].scene",
        ),
        (
            json!([view(&scene), view("no-such-scene")]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events[1].scene",
        ),
        (
            json!([view(&scene), on_hotspot("hotspot_open", &scene, "h9")]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events[1].hotspot",
        ),
        (
            json!([
                view(&scene),
                view(&other),
                on_hotspot("link_click", &scene, "ice")
            ]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events[2].hotspot",
        ),
        (
            Value::Array(vec![view(&scene); 51]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "events",
        ),
        (json!([]), StatusCode::UNPROCESSABLE_ENTITY, "events"),
    ];
    for (events, status, field) in cases {
        let response = post_events(&server, &viewer, events.clone()).await;
        assert_eq!(response.status(), status, "{events}");
        assert_error(response, status, "validation", Some(field)).await;
    }

    let post = |body: Vec<u8>, content_type: &'static str| {
        viewer
            .post(server.url("/api/events"))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let mut huge = json!({"events": [view(&scene)], "padding": ""});
    huge["padding"] = json!("x".repeat(17 * 1024));
    let response = post(huge.to_string().into_bytes(), "application/json")
        .await
        .unwrap();
    assert_error(response, StatusCode::PAYLOAD_TOO_LARGE, "too_large", None).await;
    let response = post(b"{\"events\": [".to_vec(), "application/json")
        .await
        .unwrap();
    assert_error(response, StatusCode::BAD_REQUEST, "bad_request", None).await;
    let body = json!({"events": [view(&scene)]}).to_string().into_bytes();
    let response = post(body.clone(), "text/plain").await.unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let response = post(b"[1, 2]".to_vec(), "application/json").await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Another site's page, or no page at all, may not send events.
    let response = server
        .bare_client()
        .post(server.url("/api/events"))
        .header("origin", "https://elsewhere.example")
        .header("content-type", "application/json")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    let response = post_bytes(
        &server,
        &server.bare_client(),
        "/api/events",
        "application/json",
        body,
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let stats = scene_stats(&server, &owner, &scene, "?days=1").await;
    assert_eq!(
        last_day(&stats),
        &json!({"date": today(&server), "views": 0, "visitors": 0})
    );
    assert_eq!(
        stats["hotspots"],
        json!([{"id": "h1", "opens": 0}, {"id": "h2", "opens": 0}])
    );
    let other_stats = scene_stats(&server, &other_owner, &other, "?days=1").await;
    assert_eq!(last_day(&other_stats)["views"], 0);
    assert_eq!(other_stats["link_clicks"], 0);
    assert_no_statistics_stored(&server);
}

#[tokio::test]
async fn a_source_that_sends_too_much_is_told_to_wait() {
    let server = TestServer::start().await;
    server.state.stats.set_limits(Limits {
        burst: 3,
        refill_seconds: 3600,
        ..Limits::default()
    });
    let (owner, _) = signed_in(&server, "ada").await;
    let scene = new_scene(&server, &owner, "public").await;
    let viewer = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");
    for _ in 0..3 {
        send(&server, &viewer, json!([view(&scene)])).await;
    }
    let response = post_events(&server, &viewer, json!([view(&scene)])).await;
    assert_error(
        response,
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        None,
    )
    .await;
    // A different browser on the same address is the same source.
    let other = viewer_client(&server, "Mozilla/5.0 Chrome/139.0");
    let response = post_events(&server, &other, json!([view(&scene)])).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    server.state.clock.advance(3600);
    send(&server, &viewer, json!([view(&scene)])).await;
    // Two days: the hour may have crossed midnight.
    let stats = scene_stats(&server, &owner, &scene, "?days=2").await;
    let views: u64 = stats["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["views"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(views, 4, "refused batches count nothing");
}

#[tokio::test]
async fn events_neither_read_nor_set_a_cookie() {
    let server = TestServer::start().await;
    let (owner, _) = signed_in(&server, "ada").await;
    let scene = new_scene(&server, &owner, "public").await;
    // The owner's own browser, session cookie and all.
    let response = post_events(&server, &owner, json!([view(&scene)])).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(response.headers().get("set-cookie").is_none());
    let response = viewer_client(&server, "Mozilla/5.0")
        .post(server.url("/api/events"))
        .header("cookie", "pinpoint_session=not-a-session; visitor=42")
        .json(&json!({"events": [view(&scene)]}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(response.headers().get("set-cookie").is_none());
    let stats = scene_stats(&server, &owner, &scene, "?days=1").await;
    assert_eq!(last_day(&stats)["views"], 2);
}

#[tokio::test]
async fn do_not_track_and_gpc_count_a_bare_view_and_nothing_else() {
    let server = TestServer::start().await;
    let (owner, _) = signed_in(&server, "ada").await;
    let scene = new_scene(&server, &owner, "public").await;
    let viewer = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");
    for header in ["dnt", "sec-gpc"] {
        let response = viewer
            .post(server.url("/api/events"))
            .header(header, "1")
            .json(&json!({"events": [
                view(&scene),
                on_hotspot("hotspot_open", &scene, "h1"),
                on_hotspot("link_click", &scene, "h1"),
                on_hotspot("media_play", &scene, "h1"),
                {"kind": "time_bucket", "scene": scene, "bucket": "gt_10m"},
            ]}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT, "{header}");
    }
    let stats = scene_stats(&server, &owner, &scene, "?days=1").await;
    assert_eq!(
        last_day(&stats),
        &json!({"date": today(&server), "views": 2, "visitors": 0})
    );
    assert_eq!(stats["hotspots"][0]["opens"], 0);
    assert_eq!(stats["link_clicks"], 0);
    assert_eq!(stats["media_plays"], 0);
    assert!(stats["time_buckets"]
        .as_array()
        .unwrap()
        .iter()
        .all(|b| b["count"] == 0));
    assert_eq!(
        count_rows(&server, "SELECT COUNT(*) FROM stats_visitors"),
        0
    );
    assert_eq!(count_rows(&server, "SELECT COUNT(*) FROM stats_salts"), 0);
}

/// A school: its admin, a teacher with a class, a student in it who owns a
/// private scene, a classmate, and an outsider.
struct School {
    admin: Client,
    teacher: Client,
    student: Client,
    classmate: Client,
    outsider: Client,
}

async fn school(server: &TestServer) -> School {
    let (admin, admin_me) = school_founder(server, "principal", "Hill School").await;
    let school_id = admin_me["school"]["id"].as_str().unwrap().to_string();
    let (teacher, _) = school_teacher(server, "tina", &school_id).await;
    let class = create_class(server, &teacher, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let (student, _) = signed_in_student(server, "sam", "2013-04-01", code).await;
    let (classmate, _) = signed_in_student(server, "cleo", "2013-06-01", code).await;
    let (outsider, _) = signed_in(server, "olga").await;
    School {
        admin,
        teacher,
        student,
        classmate,
        outsider,
    }
}

#[tokio::test]
async fn only_the_owner_their_teacher_and_their_school_admin_see_statistics() {
    let server = TestServer::start().await;
    let school = school(&server).await;
    let scene = new_scene(&server, &school.student, "private").await;
    let path = format!("/api/scenes/{scene}/stats");
    for (who, client) in [
        ("owner", &school.student),
        ("teacher", &school.teacher),
        ("admin", &school.admin),
    ] {
        let response = get(&server, client, &path).await;
        assert_eq!(response.status(), StatusCode::OK, "{who}");
    }
    // The classmate may view the scene (peer visibility is on) but not its
    // statistics; to anyone else it does not exist.
    let response = get(&server, &school.classmate, &path).await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    let response = get(&server, &school.outsider, &path).await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    let response = get(&server, &server.bare_client(), &path).await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    let response = get(&server, &school.outsider, "/api/scenes/no-such-scene/stats").await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;

    set_school_settings(&server, &school.admin, json!({"peer_visibility": false})).await;
    let response = get(&server, &school.classmate, &path).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    // A shared (unlisted) scene is open to all, its statistics are not.
    let shared = new_scene(&server, &school.student, "unlisted").await;
    let response = get(
        &server,
        &school.outsider,
        &format!("/api/scenes/{shared}/stats"),
    )
    .await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
}

#[tokio::test]
async fn a_students_scene_shows_counts_under_5_as_fewer_than_5() {
    let server = TestServer::start().await;
    let school = school(&server).await;
    let scene = new_scene(&server, &school.student, "unlisted").await;
    let viewer = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");
    send(
        &server,
        &viewer,
        json!([
            view(&scene),
            view(&scene),
            view(&scene),
            on_hotspot("hotspot_open", &scene, "h1"),
            on_hotspot("link_click", &scene, "h1"),
        ]),
    )
    .await;
    for client in [&school.student, &school.teacher] {
        let stats = scene_stats(&server, client, &scene, "?days=2").await;
        assert_eq!(stats["small_counts_hidden"], true);
        assert_eq!(
            stats["days"],
            json!([
                {"date": clock::date(server.state.clock.now() - DAY), "views": 0, "visitors": 0},
                {"date": today(&server), "views": null, "visitors": null},
            ])
        );
        assert_eq!(
            stats["hotspots"],
            json!([{"id": "h1", "opens": null}, {"id": "h2", "opens": 0}])
        );
        assert_eq!(stats["link_clicks"], Value::Null);
        assert_eq!(stats["media_plays"], 0);
    }
    send(&server, &viewer, json!([view(&scene), view(&scene)])).await;
    let stats = scene_stats(&server, &school.student, &scene, "?days=1").await;
    assert_eq!(last_day(&stats)["views"], 5, "5 and more are shown");
    assert_eq!(last_day(&stats)["visitors"], Value::Null);

    // A teacher's or an individual's scene shows every count.
    let own = new_scene(&server, &school.teacher, "unlisted").await;
    send(&server, &viewer, json!([view(&own)])).await;
    let stats = scene_stats(&server, &school.teacher, &own, "?days=1").await;
    assert_eq!(stats["small_counts_hidden"], false);
    assert_eq!(last_day(&stats)["views"], 1);
}

#[tokio::test]
async fn statistics_follow_a_reset_link_and_go_with_a_deleted_scene() {
    let server = TestServer::start().await;
    let (owner, _) = signed_in(&server, "ada").await;
    let scene = new_scene(&server, &owner, "public").await;
    let viewer = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");
    send(
        &server,
        &viewer,
        json!([view(&scene), on_hotspot("hotspot_open", &scene, "h2")]),
    )
    .await;
    stats::flush(&server.state).await.unwrap();
    let reset: Value = post_empty(&server, &owner, &format!("/api/scenes/{scene}/reset-link"))
        .await
        .json()
        .await
        .unwrap();
    let new_id = id_of(&reset);
    assert_ne!(new_id, scene);
    let stats = scene_stats(&server, &owner, &new_id, "?days=1").await;
    assert_eq!(last_day(&stats)["views"], 1);
    assert_eq!(stats["hotspots"][1]["opens"], 1);
    // The old link counts nothing any more.
    let response = post_events(&server, &viewer, json!([view(&scene)])).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let deleted = delete_scene(&server, &owner, &new_id).await;
    assert!(deleted.status().is_success());
    assert_no_statistics_stored(&server);
}

/// Everything `pinpoint_server` and the HTTP layer log, kept for grepping.
#[derive(Clone, Default)]
struct CapturedLog(Arc<Mutex<Vec<u8>>>);

impl Write for CapturedLog {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn after_a_load_neither_the_database_nor_the_log_holds_an_address_or_user_agent() {
    let log = CapturedLog::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_env_filter("pinpoint_server=trace,tower_http=trace")
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .try_init()
        .expect("the only subscriber of this test binary");

    let server = TestServer::start().await;
    server.state.stats.set_limits(Limits {
        burst: 1_000,
        ..Limits::default()
    });
    let (owner, _) = signed_in(&server, "ada").await;
    let scenes = [
        new_scene(&server, &owner, "public").await,
        new_scene(&server, &owner, "unlisted").await,
    ];
    let agents: Vec<String> = (0..20)
        .map(|i| {
            format!(
                "Mozilla/5.0 (X11; Linux) Agent{i}Marker Firefox/{}.0",
                100 + i
            )
        })
        .collect();
    for batch in 0..200 {
        let agent = &agents[batch % agents.len()];
        let scene = &scenes[batch % 2];
        let viewer = viewer_client(&server, agent);
        let response = viewer
            .post(server.url("/api/events"))
            .header("accept-language", "nl-BE,nl;q=0.9,LanguageMarker")
            .json(&json!({"events": [
                view(scene),
                on_hotspot("hotspot_open", scene, "h1"),
                on_hotspot("link_click", scene, "h1"),
                {"kind": "time_bucket", "scene": scene, "bucket": "1m_3m"},
            ]}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    }
    let stats = scene_stats(&server, &owner, &scenes[0], "?days=1").await;
    assert_eq!(
        last_day(&stats),
        &json!({"date": today(&server), "views": 100, "visitors": 10}),
        "every other agent viewed each scene"
    );
    assert_eq!(stats["hotspots"][0]["opens"], 100);

    let files = server.database_files();
    assert!(!files.is_empty(), "the database was found");
    let mut secrets: Vec<String> = vec![
        "127.0.0.1".into(),
        "Mozilla/5.0".into(),
        "Firefox/1".into(),
        "LanguageMarker".into(),
        "nl-BE".into(),
    ];
    secrets.extend((0..20).map(|i| format!("Agent{i}Marker")));
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{secret:?} in {}",
                path.display()
            );
        }
    }
    let logged = String::from_utf8_lossy(&log.0.lock().unwrap()).to_string();
    assert!(logged.contains("/api/events"), "the log was captured");
    for secret in &secrets {
        assert!(!logged.contains(secret.as_str()), "{secret:?} in the log");
    }
}

#[tokio::test]
async fn comparing_two_periods_never_gives_away_a_students_small_day() {
    let server = TestServer::start().await;
    let school = school(&server).await;
    let scene = new_scene(&server, &school.student, "unlisted").await;
    let viewer = viewer_client(&server, "Mozilla/5.0 Firefox/140.0");
    // Yesterday: 3 link clicks, a number to hide.
    let clicks = |n: usize| json!(vec![on_hotspot("link_click", &scene, "h1"); n]);
    send(&server, &viewer, clicks(3)).await;
    pinpoint_server::stats::flush(&server.state).await.unwrap();
    server.state.clock.advance(DAY);
    // Today: 6.
    send(&server, &viewer, clicks(6)).await;
    let one_day = scene_stats(&server, &school.teacher, &scene, "?days=1").await;
    let two_days = scene_stats(&server, &school.teacher, &scene, "?days=2").await;
    assert_eq!(one_day["link_clicks"], 6);
    assert_eq!(
        two_days["link_clicks"], 6,
        "yesterday's 3 are left out of the sum, so the difference is nothing"
    );
}
