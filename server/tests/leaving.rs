//! A class's work and a whole school leaving, over HTTP: the class export
//! (its teacher and the school's admin only) is a zip of packages any
//! import reads back, with an index; the school export holds every
//! account's data download and every scene; deleting a school takes its
//! name typed out and the admin's password, and then everything of it goes
//! at once except the logs, which are kept their last 30 days.

mod common;

use common::{
    create_class, create_scene, delete_json, get, id_of, logged_in, post_json, scene_body,
    school_founder, school_teacher, signed_in, signed_in_student, upload_png, TestServer, PASSWORD,
};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// The files of a zip by name.
fn unzip(bytes: &[u8]) -> HashMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut files = HashMap::new();
    for index in 0..zip.len() {
        let mut entry = zip.by_index(index).unwrap();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        files.insert(entry.name().unwrap().to_string(), bytes);
    }
    files
}

fn csv_rows(bytes: &[u8]) -> Vec<HashMap<String, String>> {
    csv::Reader::from_reader(bytes)
        .deserialize()
        .map(|row| row.unwrap())
        .collect()
}

/// A school with a class of two students, each with a scene.
struct School {
    server: TestServer,
    admin: Client,
    teacher: Client,
    ada: Client,
    class: Value,
}

async fn school() -> School {
    let server = TestServer::start().await;
    let (admin, head) = school_founder(&server, "head", "Hill School").await;
    let school_id = head["school"]["id"].as_str().unwrap().to_string();
    let (teacher, _) = school_teacher(&server, "mr-tamm", &school_id).await;
    let class = create_class(&server, &teacher, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let (ada, _) = signed_in_student(&server, "ada", "2013-04-02", code).await;
    let (bo, _) = signed_in_student(&server, "bob", "2012-09-30", code).await;
    let picture = upload_png(&server, &ada, 40, 20).await;
    let mut volcano = scene_body("=Volcano", "private", picture["id"].as_str());
    volcano["hotspots"] = json!([{"x": 0.25, "y": 0.5, "title": "Crater", "text": "Hot."}]);
    create_scene(&server, &ada, volcano).await;
    let picture = upload_png(&server, &bo, 30, 30).await;
    create_scene(
        &server,
        &bo,
        scene_body("Delta", "unlisted", picture["id"].as_str()),
    )
    .await;
    School {
        server,
        admin,
        teacher,
        ada,
        class,
    }
}

#[tokio::test]
async fn a_teacher_downloads_the_class_work_as_packages_that_import_back() {
    let s = school().await;
    let path = format!("/api/classes/{}/export", id_of(&s.class));
    let response = get(&s.server, &s.teacher, &path).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/zip");
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("filename=\"7B-work.zip\""));
    assert!(
        response.headers().get("content-length").is_none(),
        "sent as it is written"
    );
    let files = unzip(&response.bytes().await.unwrap());
    let rows = csv_rows(&files["index.csv"]);
    assert_eq!(rows.len(), 2);
    let volcano = rows.iter().find(|r| r["owner"] == "ada").unwrap();
    assert_eq!(
        volcano["title"], "'=Volcano",
        "a spreadsheet shows it as text"
    );
    assert_eq!(volcano["hotspots"], "1");
    assert_eq!(volcano["visibility"], "private");
    assert!(volcano["file"].starts_with("ada/"));
    assert_eq!(files.len(), 3, "{:?}", files.keys());

    // Each package imports back as a scene.
    let package = files[&volcano["file"]].clone();
    let response = s
        .server
        .client()
        .post(s.server.url("/api/scenes/import"))
        .header("cookie", "")
        .body(package.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = s
        .teacher
        .post(s.server.url("/api/scenes/import"))
        .header("origin", s.server.url(""))
        .body(package)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    assert_eq!(report["scene"]["title"], "=Volcano");
    assert_eq!(report["scene"]["hotspots"][0]["text"], "Hot.");

    // The school's admin may too; a student of the class, or anyone else, not.
    assert_eq!(
        get(&s.server, &s.admin, &path).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        get(&s.server, &s.ada, &path).await.status(),
        StatusCode::FORBIDDEN
    );
    let (outsider, _) = signed_in(&s.server, "outsider").await;
    assert_eq!(
        get(&s.server, &outsider, &path).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&s.server, &s.server.client(), &path).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_admin_downloads_the_whole_school() {
    let s = school().await;
    // Names alike once made safe for a file still get a folder each.
    let code = s.class["join_code"].as_str().unwrap();
    for twin in ["j.smith", "j_smith"] {
        let (student, _) = signed_in_student(&s.server, twin, "2012-01-01", code).await;
        create_scene(&s.server, &student, scene_body("Volcano", "private", None)).await;
    }
    let response = get(&s.server, &s.admin, "/api/school/export").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("filename=\"Hill-School-school.zip\""));
    let files = unzip(&response.bytes().await.unwrap());
    let school: Value = serde_json::from_slice(&files["school.json"]).unwrap();
    assert_eq!(school["school"]["name"], "Hill School");
    assert_eq!(school["classes"][0]["name"], "7B");
    assert_eq!(school["classes"][0]["teacher"], "mr-tamm");
    assert_eq!(
        school["classes"][0]["students"],
        json!(["ada", "bob", "j.smith", "j_smith"])
    );
    let mut names: Vec<&str> = school["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["ada", "bob", "head", "j.smith", "j_smith", "mr-tamm"]
    );
    assert_eq!(
        school["school"]["teacher_invite_code"],
        Value::Null,
        "a file handed on lets nobody join"
    );
    for twin in ["j.smith", "j_smith"] {
        let data: Value = serde_json::from_slice(&files[&format!("users/{twin}.json")]).unwrap();
        assert_eq!(data["account"]["username"], twin);
    }

    // Each account's data download, as they would get it themselves.
    let ada: Value = serde_json::from_slice(&files["users/ada.json"]).unwrap();
    assert_eq!(ada["account"]["username"], "ada");
    assert_eq!(ada["account"]["date_of_birth"], "2013-04-02");
    assert_eq!(ada["scenes"][0]["title"], "=Volcano");
    let rows = csv_rows(&files["index.csv"]);
    assert_eq!(rows.len(), 4);
    for row in &rows {
        assert!(row["file"].starts_with("scenes/"), "{row:?}");
        assert!(files.contains_key(&row["file"]), "{row:?}");
    }

    // Only the admin.
    for who in [&s.teacher, &s.ada] {
        assert_eq!(
            get(&s.server, who, "/api/school/export").await.status(),
            StatusCode::FORBIDDEN
        );
    }
}

#[tokio::test]
async fn deleting_a_school_takes_its_name_and_the_password_then_everything_goes() {
    let s = school().await;
    let wrong_name = delete_json(
        &s.server,
        &s.admin,
        "/api/school",
        &json!({"name": "Hill", "password": PASSWORD}),
    )
    .await;
    assert_eq!(wrong_name.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = wrong_name.json().await.unwrap();
    assert_eq!(error["error"]["field"], "name");
    let wrong_password = delete_json(
        &s.server,
        &s.admin,
        "/api/school",
        &json!({"name": "Hill School", "password": "not it"}),
    )
    .await;
    assert_eq!(wrong_password.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let not_admin = delete_json(
        &s.server,
        &s.teacher,
        "/api/school",
        &json!({"name": "Hill School", "password": PASSWORD}),
    )
    .await;
    assert_eq!(not_admin.status(), StatusCode::FORBIDDEN);
    let scenes: Value = common::get_json(&s.server, &s.ada, "/api/scenes").await;
    let shared = scenes[0]["id"].as_str().unwrap().to_string();

    let response = delete_json(
        &s.server,
        &s.admin,
        "/api/school",
        &json!({"name": " Hill School ", "password": PASSWORD}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);

    // Nobody of it signs in, no session works, no scene or picture is left.
    for login in ["head", "mr-tamm", "ada", "bob"] {
        assert_eq!(
            logged_in(&s.server, login, PASSWORD).await.0,
            StatusCode::UNAUTHORIZED,
            "{login}"
        );
    }
    assert_eq!(
        get(&s.server, &s.ada, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let stranger = s.server.client();
    assert_eq!(
        get(&s.server, &stranger, &format!("/api/scenes/{shared}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    for table in [
        "schools", "users", "classes", "scenes", "assets", "sessions",
    ] {
        assert_eq!(
            s.server.sql_count(&format!("SELECT COUNT(*) FROM {table}")),
            0,
            "{table}"
        );
    }
    let stored = std::fs::read_dir(s.server.data_dir().join("assets"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stored, 0, "no picture left in the store");
    // The logs stay, each ending with the deletion, for their last 30 days.
    assert_eq!(
        s.server.sql_count(
            "SELECT COUNT(*) FROM activity WHERE kind = 'school_deleted' AND account_deleted_at IS NOT NULL"
        ),
        4
    );
    assert_eq!(
        s.server
            .sql_count("SELECT COUNT(*) FROM activity WHERE account_deleted_at IS NULL"),
        0
    );
    // A school of the same name can be founded again.
    let again = post_json(
        &s.server,
        &s.server.client(),
        "/api/auth/signup",
        &common::teacher_body("head", Some("Hill School")),
    )
    .await;
    assert_eq!(again.status(), StatusCode::CREATED);
}
