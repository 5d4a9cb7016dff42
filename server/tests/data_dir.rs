//! The data directory is for the server's own user only, whatever the
//! umask it was started with: directories 0700, the database and its
//! journal, the key and every upload 0600.

mod common;

use common::*;
use std::os::unix::fs::PermissionsExt;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[tokio::test]
async fn the_database_key_and_uploads_are_private() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let asset = upload_png(&server, &ada, 8, 8).await;
    let data = server.data_dir();
    assert_eq!(mode(&data), 0o700, "data directory");
    assert_eq!(mode(&data.join("assets")), 0o700, "assets directory");
    for file in [
        "pinpoint.db",
        "pinpoint.db-wal",
        "pinpoint.db-shm",
        "secret.key",
    ] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    let upload = data.join("assets").join(asset["id"].as_str().unwrap());
    assert_eq!(mode(&upload), 0o600, "an upload");
}

#[tokio::test]
async fn an_older_data_directory_is_made_private_when_opened() {
    let data = tempfile::tempdir().unwrap();
    drop(pinpoint_server::AppState::open(data.path()).unwrap());
    let db = data.path().join("pinpoint.db");
    for path in [data.path(), db.as_path()] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    drop(pinpoint_server::AppState::open(data.path()).unwrap());
    assert_eq!(mode(data.path()), 0o700);
    assert_eq!(mode(&db), 0o600);
}

#[tokio::test]
async fn an_upload_a_crash_cut_short_is_swept_by_the_purge() {
    let server = TestServer::start().await;
    let assets = server.data_dir().join("assets");
    let stale = assets.join(".crashed.partial");
    let fresh = assets.join(".writing.partial");
    for file in [&stale, &fresh] {
        std::fs::write(file, b"half a picture").unwrap();
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    pinpoint_server::retention::purge(&server.state)
        .await
        .unwrap();
    assert!(!stale.exists(), "an hour-old partial upload is removed");
    assert!(fresh.exists(), "one being written now stays");
}
