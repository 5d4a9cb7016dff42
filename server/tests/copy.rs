//! `pinpoint copy` moves a whole installation between backends: a school's
//! accounts, classes, scenes, pictures, feedback, statistics and logs come
//! out the same on the other side, and back again; and a backup of any
//! backend restores onto any other. With
//! `scripts/with-postgres` and `scripts/with-s3` the trip is SQLite and
//! files → PostgreSQL and a bucket → SQLite and files; without them, data
//! directory to data directory.

mod common;

use common::{
    create_class, get_json, post_events, post_json, scene_body, school_founder, signed_in_with,
    student_body, test_bucket_url, test_database_url, upload_png, viewer_client, TestServer,
    PASSWORD,
};
use pinpoint_server::db::Location;
use pinpoint_server::storage::{AssetStore, Bucket, BucketUrl, S3Settings};
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::path::Path;
use std::process::Output;

fn pinpoint(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_pinpoint"))
        .args(args)
        .env_remove("PINPOINT_DATABASE_URL")
        .output()
        .expect("run pinpoint")
}

fn path(dir: &Path) -> &str {
    dir.to_str().expect("a UTF-8 path")
}

/// What a school's people see, read through the API: the student's
/// account, scene, its picture, its feedback and statistics, the
/// teacher's class and activity log.
async fn what_people_see(server: &TestServer, scene: &str, asset: &str) -> Vec<Value> {
    let student = server.client();
    let login = common::post_login(server, &student, "sam", PASSWORD).await;
    assert_eq!(login.status(), StatusCode::OK, "the student signs in");
    let teacher = server.client();
    let login = common::post_login(server, &teacher, "head", PASSWORD).await;
    assert_eq!(login.status(), StatusCode::OK, "the teacher signs in");
    let picture = common::get(server, &student, &format!("/api/assets/{asset}")).await;
    assert_eq!(picture.status(), StatusCode::OK);
    let picture = picture.bytes().await.unwrap();
    let mut me = get_json(server, &student, "/api/me").await;
    me.as_object_mut().unwrap().remove("must_change_password");
    let mut activity = get_json(server, &teacher, "/api/me/activity").await;
    // The sign-in just made is new on each side.
    activity
        .as_array_mut()
        .unwrap()
        .retain(|e| e["kind"] != "sign_in");
    vec![
        me,
        get_json(server, &student, &format!("/api/scenes/{scene}")).await,
        json!(picture.len()),
        get_json(server, &student, &format!("/api/scenes/{scene}/feedback")).await,
        get_json(
            server,
            &student,
            &format!("/api/scenes/{scene}/stats?days=7"),
        )
        .await,
        get_json(server, &teacher, "/api/classes").await,
        get_json(server, &student, "/api/explore").await,
        activity,
    ]
}

/// A school with a bit of everything; answers the scene and picture ids.
async fn fill(server: &TestServer) -> (String, String) {
    let (head, _) = school_founder(server, "head", "Hill School").await;
    let class = create_class(server, &head, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let (sam, _) = signed_in_with(server, student_body("sam", "2012-03-04", code)).await;
    let picture = upload_png(server, &sam, 6, 3).await;
    let asset = picture["id"].as_str().unwrap().to_string();
    let scene = common::create_scene(
        server,
        &sam,
        scene_body("Volcano", "unlisted", Some(&asset)),
    )
    .await;
    let id = scene["id"].as_str().unwrap().to_string();
    let feedback = post_json(
        server,
        &head,
        &format!("/api/scenes/{id}/feedback"),
        &json!({"body": "Lovely labels"}),
    )
    .await;
    assert_eq!(feedback.status(), StatusCode::CREATED);
    let viewer = viewer_client(server, "Browser A");
    let events = post_events(server, &viewer, json!([{"kind": "view", "scene": id}])).await;
    assert_eq!(events.status(), StatusCode::NO_CONTENT);
    pinpoint_server::stats::flush(&server.state).await.unwrap();
    (id, asset)
}

fn copy_key(from: &Path, to: &Path) {
    std::fs::copy(from.join("secret.key"), to.join("secret.key")).expect("copy the key");
}

#[tokio::test]
async fn an_installation_moves_to_other_backends_and_back_unchanged() {
    let original = on_sqlite(tempfile::tempdir().unwrap()).await;
    let (scene, asset) = fill(&original).await;
    let before = what_people_see(&original, &scene, &asset).await;

    // Out: to PostgreSQL and a bucket when the tests have them.
    let middle_dir = tempfile::tempdir().unwrap();
    let (database, assets) = match (test_database_url(), test_bucket_url("copy")) {
        (Some(database), Some(assets)) => (database, assets),
        _ => (
            path(middle_dir.path()).to_string(),
            path(&middle_dir.path().join("assets")).to_string(),
        ),
    };
    let out = pinpoint(&[
        "copy",
        "--from",
        path(&original.data_dir()),
        "--to",
        &database,
        "--to-assets",
        &assets,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("copied and verified"), "{printed}");
    assert!(printed.contains("users: 2 rows"), "{printed}");

    // A second copy into the same target is refused: it holds data now.
    let again = pinpoint(&[
        "copy",
        "--from",
        path(&original.data_dir()),
        "--to",
        &database,
        "--to-assets",
        &assets,
    ]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already holds data"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );

    // Served from there, everyone sees what they saw.
    copy_key(&original.data_dir(), middle_dir.path());
    let store = assets.starts_with("s3://").then(|| {
        AssetStore::Bucket(
            Bucket::open(&BucketUrl::parse(&assets).unwrap(), &S3Settings::from_env()).unwrap(),
        )
    });
    let middle_location = Location::parse(&database).unwrap();
    let middle_location = match middle_location {
        Location::Sqlite(dir) => Location::in_data_dir(&dir),
        postgres => postgres,
    };
    let middle = TestServer::start_on(middle_dir, middle_location, store).await;
    assert_eq!(what_people_see(&middle, &scene, &asset).await, before);

    // And back into a data directory.
    let back_dir = tempfile::tempdir().unwrap();
    let home = pinpoint(&[
        "copy",
        "--from",
        &database,
        "--from-assets",
        &assets,
        "--to",
        path(back_dir.path()),
    ]);
    assert!(
        home.status.success(),
        "{}",
        String::from_utf8_lossy(&home.stderr)
    );
    copy_key(&original.data_dir(), back_dir.path());
    let back = on_sqlite(back_dir).await;
    assert_eq!(what_people_see(&back, &scene, &asset).await, before);
}

/// A server on SQLite and files in `data`, whatever the environment says.
async fn on_sqlite(data: tempfile::TempDir) -> TestServer {
    let database = Location::in_data_dir(data.path());
    TestServer::start_on(data, database, None).await
}

/// The names in a tar archive, with each asset's name made generic.
fn archive_members(archive: &Path) -> Vec<String> {
    let mut tar = tar::Archive::new(std::fs::File::open(archive).unwrap());
    let mut names: Vec<String> = tar
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned())
        .map(|n| {
            if n.starts_with("assets/") {
                "assets/<id>".into()
            } else {
                n
            }
        })
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn a_backup_of_any_backend_restores_onto_any_other() {
    let original = on_sqlite(tempfile::tempdir().unwrap()).await;
    let (scene, asset) = fill(&original).await;
    let before = what_people_see(&original, &scene, &asset).await;
    let archives = tempfile::tempdir().unwrap();
    let from_files = archives.path().join("from-data-dir.tar");
    let out = pinpoint(&[
        "backup",
        "--data",
        path(&original.data_dir()),
        "--to",
        path(&from_files),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Onto PostgreSQL and a bucket (or, without them, an SQLite file
    // outside the data directory): the database and uploads go there, the
    // key into the data directory.
    let node = tempfile::tempdir().unwrap();
    let (database, assets) = match (test_database_url(), test_bucket_url("restore")) {
        (Some(database), Some(assets)) => (database, Some(assets)),
        _ => (
            format!("sqlite:{}", path(&archives.path().join("elsewhere.db"))),
            None,
        ),
    };
    let mut backend = vec!["--data", path(node.path()), "--database", &database];
    if let Some(assets) = &assets {
        backend.extend(["--assets", assets]);
    }
    let restored = pinpoint(&[&["restore", "--from", path(&from_files)], &backend[..]].concat());
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let twice = pinpoint(&[&["restore", "--from", path(&from_files)], &backend[..]].concat());
    assert!(
        !twice.status.success(),
        "a second restore onto the same data is refused"
    );

    // Backed up from there: the same kind of archive.
    let from_elsewhere = archives.path().join("from-elsewhere.tar");
    let out = pinpoint(&[&["backup", "--to", path(&from_elsewhere)], &backend[..]].concat());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        archive_members(&from_elsewhere),
        archive_members(&from_files)
    );

    let store = assets.as_ref().map(|url| {
        AssetStore::Bucket(
            Bucket::open(&BucketUrl::parse(url).unwrap(), &S3Settings::from_env()).unwrap(),
        )
    });
    let location = Location::parse(&database).unwrap();
    let served = TestServer::start_on(node, location, store).await;
    assert_eq!(what_people_see(&served, &scene, &asset).await, before);

    // And that archive restored into a plain data directory.
    let home = tempfile::tempdir().unwrap();
    let out = pinpoint(&[
        "restore",
        "--from",
        path(&from_elsewhere),
        "--data",
        path(home.path()),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let home = on_sqlite(home).await;
    assert_eq!(what_people_see(&home, &scene, &asset).await, before);
}

#[test]
fn a_copy_from_a_directory_without_pinpoint_data_is_refused() {
    let empty = tempfile::tempdir().unwrap();
    let target = tempfile::tempdir().unwrap();
    let out = pinpoint(&[
        "copy",
        "--from",
        path(&empty.path().join("typo")),
        "--to",
        path(target.path()),
    ]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("there is no database"), "{said}");
    assert!(!empty.path().join("typo").exists(), "nothing was created");
    for slip in ["postgres:/db/pinpoint", "host=db dbname=pinpoint"] {
        let out = pinpoint(&["copy", "--from", slip, "--to", path(target.path())]);
        assert!(!out.status.success(), "{slip}");
    }
}
