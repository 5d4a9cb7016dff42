//! Backups: one taken while scenes are being written restores into a new
//! data directory whose server serves the snapshot's every scene and image
//! byte for byte; restore refuses a data directory in use and tampered
//! archives; the `pinpoint backup` and `restore` commands; and the
//! retention of `serve`'s scheduled backups.

mod common;

use common::{
    create_scene, get, logged_in, png, put_scene, scene_body, signed_in, upload_png, TestServer,
    PASSWORD,
};
use pinpoint_server::backup;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// `GET path`: the status and the exact bytes of the body.
async fn get_bytes(server: &TestServer, client: &Client, path: &str) -> (StatusCode, Vec<u8>) {
    let response = get(server, client, path).await;
    let status = response.status();
    (status, response.bytes().await.expect("body").to_vec())
}

/// A scene's JSON exactly as the server sends it.
async fn scene_bytes(server: &TestServer, client: &Client, id: &str) -> Vec<u8> {
    let (status, bytes) = get_bytes(server, client, &format!("/api/scenes/{id}")).await;
    assert_eq!(status, StatusCode::OK, "GET scene {id}");
    bytes
}

/// The ids of the signed-in user's scenes.
async fn own_scene_ids(server: &TestServer, client: &Client) -> BTreeSet<String> {
    let (status, bytes) = get_bytes(server, client, "/api/scenes").await;
    assert_eq!(status, StatusCode::OK);
    let list: Vec<Value> = serde_json::from_slice(&bytes).expect("scene list");
    list.iter()
        .map(|s| s["id"].as_str().expect("an id").to_string())
        .collect()
}

/// The names of an archive's entries, in order.
fn archive_names(path: &Path) -> Vec<String> {
    let file = std::fs::File::open(path).expect("open the archive");
    let mut archive = tar::Archive::new(file);
    archive
        .entries()
        .expect("entries")
        .map(|e| {
            let e = e.expect("entry");
            String::from_utf8(e.path_bytes().into_owned()).expect("UTF-8 name")
        })
        .collect()
}

/// What the writer did: every scene's JSON after each write, in order, and
/// the bytes of every image it uploaded.
#[derive(Default)]
struct WriteLog {
    scenes: Vec<(String, Vec<u8>)>,
    assets: HashMap<String, Vec<u8>>,
}

/// Keeps writing until `stop`: mostly saving existing scenes, sometimes
/// creating one, now and then with a freshly uploaded image. One write at a
/// time, each followed by a read, so the log holds each scene's exact JSON
/// after each write.
async fn keep_writing(
    server: Arc<TestServer>,
    client: Client,
    mut ids: Vec<String>,
    log: Arc<Mutex<WriteLog>>,
    stop: Arc<AtomicBool>,
) {
    let mut round = 0u32;
    while !stop.load(Ordering::SeqCst) {
        round += 1;
        let id = if round.is_multiple_of(4) {
            let image = if round.is_multiple_of(8) {
                let bytes = png(2 + round % 7, 3);
                let asset = upload_png(&server, &client, 2 + round % 7, 3).await;
                let asset_id = asset["id"].as_str().expect("asset id").to_string();
                log.lock().unwrap().assets.insert(asset_id.clone(), bytes);
                Some(asset_id)
            } else {
                None
            };
            let title = format!("Written {round}");
            let created = create_scene(
                &server,
                &client,
                scene_body(&title, "private", image.as_deref()),
            )
            .await;
            let id = created["id"].as_str().expect("id").to_string();
            ids.push(id.clone());
            id
        } else {
            let id = ids[round as usize % ids.len()].clone();
            let mut scene: Value =
                serde_json::from_slice(&scene_bytes(&server, &client, &id).await).unwrap();
            scene["title"] = json!(format!("Saved {round}"));
            scene["description"] = json!(format!("Saved in round {round}"));
            let response = put_scene(&server, &client, &id, &scene).await;
            assert_eq!(response.status(), StatusCode::OK, "saving {id}");
            id
        };
        let bytes = scene_bytes(&server, &client, &id).await;
        log.lock().unwrap().scenes.push((id, bytes));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_writing_restores_every_scene_and_asset_byte_for_byte() {
    let server = Arc::new(TestServer::start().await);
    let (ada, _) = signed_in(&server, "ada").await;
    let mut uploaded = HashMap::new();
    let mut before = BTreeMap::new();
    for (i, (w, h)) in [(3, 2), (4, 4), (5, 1)].into_iter().enumerate() {
        let asset = upload_png(&server, &ada, w, h).await;
        let asset_id = asset["id"].as_str().unwrap().to_string();
        uploaded.insert(asset_id.clone(), png(w, h));
        for j in 0..2 {
            let title = format!("Scene {i}.{j}");
            let image = (j == 0).then_some(asset_id.as_str());
            let scene = create_scene(&server, &ada, scene_body(&title, "unlisted", image)).await;
            let id = scene["id"].as_str().unwrap().to_string();
            before.insert(id.clone(), scene_bytes(&server, &ada, &id).await);
        }
    }

    // Writes go on before, during and after the backup.
    let log = Arc::new(Mutex::new(WriteLog::default()));
    let stop = Arc::new(AtomicBool::new(false));
    // Half the first scenes are never written again, so some are known
    // unchanged after the snapshot however long the writer runs.
    let writer = tokio::spawn(keep_writing(
        server.clone(),
        ada.clone(),
        before.keys().take(3).cloned().collect(),
        log.clone(),
        stop.clone(),
    ));
    while log.lock().unwrap().scenes.len() < 10 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let out = tempfile::tempdir().unwrap();
    let archive = out.path().join("pinpoint.tar");
    let writes_at_start = log.lock().unwrap().scenes.len();
    let (data_dir, to) = (server.data_dir(), archive.clone());
    let summary = tokio::task::spawn_blocking(move || backup::create(&data_dir, &to))
        .await
        .unwrap()
        .expect("backing up while the server writes");
    let writes_at_backup = log.lock().unwrap().scenes.len();
    while log.lock().unwrap().scenes.len() < writes_at_backup + 10 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    stop.store(true, Ordering::SeqCst);
    writer.await.expect("the writer finished without failing");
    let log = std::mem::take(&mut *log.lock().unwrap());
    uploaded.extend(log.assets.clone());

    // The archive holds the snapshot, the key and the asset files only.
    let names = archive_names(&archive);
    assert_eq!(names[0], "pinpoint.db");
    assert_eq!(names[1], "secret.key");
    assert!(
        names[2..].iter().all(|n| n.starts_with("assets/")),
        "{names:?}"
    );
    assert_eq!(names.len(), 2 + summary.assets);
    assert_eq!(summary.missing_assets, 0);
    assert!(summary.key);
    assert_eq!(summary.bytes, std::fs::metadata(&archive).unwrap().len());
    assert!(!out.path().join("pinpoint.tar.tmp").exists());
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        1,
        "no temporary files are left beside the archive"
    );

    let restored_dir = tempfile::tempdir().unwrap();
    let restored_summary =
        backup::restore(&archive, restored_dir.path()).expect("restoring into an empty directory");
    assert_eq!(restored_summary.scenes, summary.scenes);
    assert_eq!(restored_summary.assets, summary.assets);
    assert!(restored_summary.key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(restored_dir.path().join("secret.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the key file is private");
    }
    let restored_db = restored_dir.path().join("pinpoint.db");
    let snapshot_assets: BTreeSet<String> = {
        let conn = r2d2_sqlite::rusqlite::Connection::open(&restored_db).unwrap();
        let mut stmt = conn.prepare("SELECT id FROM assets").unwrap();
        let ids = stmt.query_map([], |r| r.get(0)).unwrap();
        ids.collect::<Result<_, _>>().unwrap()
    };
    let restored = TestServer::start_in(restored_dir).await;

    // Signing in by email needs the key's lookup hash: the key came along.
    let (status, ada_again) = logged_in(&restored, "ada@example.org", PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "logging in again by email");
    let original_me = get_bytes(&server, &ada, "/api/me").await;
    let restored_me = get_bytes(&restored, &ada_again, "/api/me").await;
    assert_eq!(restored_me, original_me, "the account, its email decrypted");

    // The restored scenes are the state after exactly one of the writes:
    // all before it, none after.
    let restored_ids = own_scene_ids(&restored, &ada_again).await;
    assert_eq!(restored_ids.len(), summary.scenes);
    let mut restored_scenes = BTreeMap::new();
    for id in &restored_ids {
        restored_scenes.insert(id.clone(), scene_bytes(&restored, &ada_again, id).await);
    }
    let mut state = before.clone();
    let mut snapshot_at = None;
    for m in 0..=log.scenes.len() {
        if m > 0 {
            let (id, bytes) = &log.scenes[m - 1];
            state.insert(id.clone(), bytes.clone());
        }
        if state == restored_scenes {
            snapshot_at = Some(m);
            break;
        }
    }
    let m = snapshot_at.expect("the restored scenes are one moment's state");
    assert!(
        // A write may be in the snapshot but not yet in the log.
        (writes_at_start..=writes_at_backup + 1).contains(&m),
        "the snapshot was taken during the backup: after write {m} of {writes_at_backup}"
    );

    // Scene by scene, the restored server answers as the original did at
    // that moment, and as it still does for those not written since.
    let written_since: BTreeSet<&String> = log.scenes[m..].iter().map(|(id, _)| id).collect();
    let mut unchanged = 0;
    for (id, bytes) in &restored_scenes {
        if !written_since.contains(id) {
            assert_eq!(
                *bytes,
                scene_bytes(&server, &ada, id).await,
                "scene {id} on both servers"
            );
            unchanged += 1;
        }
    }
    assert!(
        unchanged >= 3,
        "{unchanged} scenes unchanged since the snapshot"
    );

    // Every asset of the snapshot, byte for byte on both servers, and as
    // uploaded; everything uploaded before the backup is there.
    assert_eq!(snapshot_assets.len(), summary.assets);
    for id in &snapshot_assets {
        let original = get_bytes(&server, &ada, &format!("/api/assets/{id}")).await;
        let copy = get_bytes(&restored, &ada_again, &format!("/api/assets/{id}")).await;
        assert_eq!(original.0, StatusCode::OK, "asset {id}");
        assert_eq!(copy, original, "asset {id} on both servers");
        assert_eq!(copy.1, uploaded[id], "asset {id} as uploaded");
    }
    for (i, id) in before.keys().enumerate() {
        assert!(
            restored_ids.contains(id),
            "scene {i} made before the backup"
        );
    }
    let first_assets: Vec<&String> = uploaded
        .keys()
        .filter(|id| !log.assets.contains_key(*id))
        .collect();
    assert_eq!(first_assets.len(), 3);
    assert!(first_assets.iter().all(|id| snapshot_assets.contains(*id)));
}

/// An archive with the entries of `good` followed by one more, whose name
/// is written into the header as is (so `..` and absolute paths too).
fn tampered(good: &Path, name: &str, kind: tar::EntryType, out: &Path) {
    let mut builder = tar::Builder::new(std::fs::File::create(out).unwrap());
    let mut archive = tar::Archive::new(std::fs::File::open(good).unwrap());
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let header = entry.header().clone();
        builder.append(&header, &mut entry).unwrap();
    }
    let data = b"evil";
    let mut header = tar::Header::new_old();
    header.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
    header.set_entry_type(kind);
    header.set_mode(0o644);
    if kind == tar::EntryType::Symlink || kind == tar::EntryType::Link {
        header.set_link_name("/etc/passwd").unwrap();
        header.set_size(0);
        header.set_cksum();
        builder.append(&header, &[][..]).unwrap();
    } else {
        header.set_size(data.len() as u64);
        header.set_cksum();
        builder.append(&header, &data[..]).unwrap();
    }
    builder.finish().unwrap();
}

#[tokio::test]
async fn restore_refuses_a_data_directory_in_use_and_tampered_archives() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let asset = upload_png(&server, &ada, 2, 2).await;
    create_scene(
        &server,
        &ada,
        scene_body("Volcano", "private", asset["id"].as_str()),
    )
    .await;
    let out = tempfile::tempdir().unwrap();
    let good = out.path().join("good.tar");
    backup::create(&server.data_dir(), &good).unwrap();

    // Not over a database, live or not.
    let error = backup::restore(&good, &server.data_dir()).unwrap_err();
    assert!(
        format!("{error:#}").contains("already holds a database"),
        "{error:#}"
    );

    // A good archive restores.
    let fresh = out.path().join("fresh");
    backup::restore(&good, &fresh).unwrap();
    assert!(fresh.join("pinpoint.db").is_file());

    let absolute = format!("{}/evil", out.path().display());
    let cases = [
        ("../evil", tar::EntryType::Regular, "unsafe path"),
        ("assets/../../evil", tar::EntryType::Regular, "unsafe path"),
        (&*absolute, tar::EntryType::Regular, "unsafe path"),
        ("notes.txt", tar::EntryType::Regular, "unexpected entry"),
        (
            "backups/pinpoint-20240101-000000.tar",
            tar::EntryType::Regular,
            "unexpected entry",
        ),
        ("assets/abc", tar::EntryType::Symlink, "unexpected Symlink"),
        ("assets/abc", tar::EntryType::Link, "unexpected Link"),
        ("pinpoint.db", tar::EntryType::Regular, "twice"),
    ];
    for (i, (name, kind, reason)) in cases.iter().enumerate() {
        let archive = out.path().join(format!("tampered-{i}.tar"));
        tampered(&good, name, *kind, &archive);
        let target = out.path().join(format!("target-{i}"));
        let error = backup::restore(&archive, &target).unwrap_err();
        assert!(format!("{error:#}").contains(reason), "{name:?}: {error:#}");
        assert!(
            !target.join("pinpoint.db").exists(),
            "{name:?}: no database is left after a refused restore ({error:#})"
        );
        assert!(!out.path().join("evil").exists(), "{name:?} escaped");
        assert!(!target.join("evil").exists() && !target.join("notes.txt").exists());
        let leftovers: Vec<_> = std::fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n.to_string_lossy().starts_with(".pinpoint-restore"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    // Not an archive at all, or an archive without a database.
    let garbage = out.path().join("garbage.tar");
    std::fs::write(&garbage, vec![7u8; 4096]).unwrap();
    assert!(backup::restore(&garbage, &out.path().join("g")).is_err());
    let empty = out.path().join("empty.tar");
    tar::Builder::new(std::fs::File::create(&empty).unwrap())
        .finish()
        .unwrap();
    let error = backup::restore(&empty, &out.path().join("e")).unwrap_err();
    assert!(format!("{error:#}").contains("not a Pinpoint backup"));
}

fn pinpoint(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_pinpoint"))
        .args(args)
        .env_remove("PINPOINT_SECRET_KEY")
        .env("RUST_LOG", "warn")
        .output()
        .expect("run pinpoint")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_backup_and_restore_commands_work_on_a_serving_data_directory() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let asset = upload_png(&server, &ada, 2, 3).await;
    let asset_id = asset["id"].as_str().unwrap().to_string();
    let out = tempfile::tempdir().unwrap();
    let archive = out.path().join("nightly").join("pinpoint.tar.gz");
    let data = server.data_dir();
    let (data_arg, archive_arg) = (data.to_str().unwrap(), archive.to_str().unwrap());

    let backed_up = pinpoint(&["backup", "--data", data_arg, "--to", archive_arg]);
    assert!(backed_up.status.success(), "{backed_up:?}");
    assert!(String::from_utf8_lossy(&backed_up.stdout).contains("1 asset files"));
    let mut magic = [0u8; 2];
    std::io::Read::read_exact(&mut std::fs::File::open(&archive).unwrap(), &mut magic).unwrap();
    assert_eq!(magic, [0x1f, 0x8b], "a .gz name is gzipped");

    let restored = out.path().join("restored");
    let restored_arg = restored.to_str().unwrap();
    let restore = pinpoint(&["restore", "--from", archive_arg, "--data", restored_arg]);
    assert!(restore.status.success(), "{restore:?}");
    assert!(restored.join("pinpoint.db").is_file());
    assert!(restored.join("secret.key").is_file());
    assert_eq!(
        std::fs::read(restored.join("assets").join(&asset_id)).unwrap(),
        png(2, 3)
    );
    assert_eq!(
        std::fs::read(restored.join("secret.key")).unwrap(),
        std::fs::read(data.join("secret.key")).unwrap()
    );

    let again = pinpoint(&["restore", "--from", archive_arg, "--data", restored_arg]);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already holds a database"),
        "{again:?}"
    );
    let nowhere = out.path().join("nowhere");
    let missing = pinpoint(&[
        "backup",
        "--data",
        nowhere.to_str().unwrap(),
        "--to",
        archive_arg,
    ]);
    assert!(!missing.status.success());
    assert!(!nowhere.join("pinpoint.db").exists(), "no database is made");
}

#[test]
fn pruning_keeps_the_newest_scheduled_backups_and_nothing_else_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "pinpoint-20240101-000000.tar",
        "pinpoint-20240108-000000.tar",
        "pinpoint-20240115-000000.tar",
        "pinpoint-20240122-000000.tar",
        "pinpoint-20240129-000000.tar",
        "pinpoint-20240205-000000.tar",
        "pinpoint-20240212-000000.tar.tmp", // a crashed backup
        "pinpoint-manual.tar",
        "notes.txt",
    ];
    for name in names {
        std::fs::write(dir.path().join(name), name).unwrap();
    }
    let mut deleted: Vec<PathBuf> = backup::prune(dir.path(), 4).unwrap();
    deleted.sort();
    let file_names = |paths: Vec<PathBuf>| -> Vec<String> {
        paths
            .into_iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(
        file_names(deleted),
        [
            "pinpoint-20240101-000000.tar",
            "pinpoint-20240108-000000.tar",
            "pinpoint-20240212-000000.tar.tmp",
        ]
    );
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            "notes.txt",
            "pinpoint-20240115-000000.tar",
            "pinpoint-20240122-000000.tar",
            "pinpoint-20240129-000000.tar",
            "pinpoint-20240205-000000.tar",
            "pinpoint-manual.tar",
        ]
    );
    assert!(backup::prune(dir.path(), 4).unwrap().is_empty());
}

/// The scheduled backups in a data directory, oldest first.
fn scheduled(data: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(data.join("backups")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("pinpoint-") && n.ends_with(".tar"))
        .collect();
    names.sort();
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_schedule_backs_up_after_each_interval_and_keeps_the_newest() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    upload_png(&server, &ada, 2, 2).await;
    let data = server.data_dir();
    let schedule = tokio::spawn(backup::run_schedule(
        server.state.clone(),
        backup::Schedule {
            data_dir: data.clone(),
            every: Duration::from_millis(700),
            keep: 2,
            staged: false,
        },
    ));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(scheduled(&data).is_empty(), "no backup at start");

    // Names are by the second: wait for three different ones.
    let mut seen = BTreeSet::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while seen.len() < 3 {
        assert!(tokio::time::Instant::now() < deadline, "backups: {seen:?}");
        seen.extend(scheduled(&data));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    schedule.abort();
    // A backup in flight finishes (and prunes) on its own thread.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let left = scheduled(&data);
    seen.extend(left.clone());
    let newest: Vec<String> = seen.iter().rev().take(2).rev().cloned().collect();
    assert_eq!(left, newest);

    // A scheduled backup is a whole backup, without the backups folder.
    let names = archive_names(&data.join("backups").join(&left[1]));
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| !n.starts_with("backups")));
    let restored = tempfile::tempdir().unwrap();
    let summary = backup::restore(&data.join("backups").join(&left[1]), restored.path()).unwrap();
    assert_eq!((summary.assets, summary.key), (1, true));
}

#[tokio::test]
async fn a_backup_keeps_view_counts_but_no_salt_or_visitor_hash() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let scene = create_scene(&server, &ada, scene_body("Seen", "unlisted", None)).await;
    let id = scene["id"].as_str().unwrap().to_string();
    let viewer = common::viewer_client(&server, "Browser A");
    let response =
        common::post_events(&server, &viewer, json!([{"kind": "view", "scene": id}])).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    pinpoint_server::stats::flush(&server.state).await.unwrap();
    let count = |db: &std::path::Path, table: &str| -> i64 {
        let conn = r2d2_sqlite::rusqlite::Connection::open(db).unwrap();
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(
        count(&server.data_dir().join("pinpoint.db"), "stats_salts"),
        1
    );
    assert_eq!(
        count(&server.data_dir().join("pinpoint.db"), "stats_visitors"),
        1
    );

    let out = tempfile::tempdir().unwrap();
    let archive = out.path().join("pinpoint.tar");
    backup::create(&server.data_dir(), &archive).unwrap();
    let restored = tempfile::tempdir().unwrap();
    backup::restore(&archive, restored.path()).unwrap();
    let db = restored.path().join("pinpoint.db");
    assert_eq!(count(&db, "stats_salts"), 0, "no salt in a backup");
    assert_eq!(
        count(&db, "stats_visitors"),
        0,
        "no visitor hash in a backup"
    );
    assert_eq!(count(&db, "stats_days"), 1, "the day's counts are kept");
}
