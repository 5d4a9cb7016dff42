//! Schools and classes through the API: founding a school, classes and
//! their join codes, students signing up and joining, who sees a class's
//! students and scenes, teachers' feedback and reviews, and the school's
//! settings (`peer_visibility`, `students_can_publish`), checked against
//! SPEC.md's "Who sees what".

mod common;

use common::{
    assert_error, assert_invalid, create_class, create_scene, get, get_json, get_scene, id_of,
    patch_school_settings, post_asset, post_empty, post_json, post_scene, post_signup, put_scene,
    scene_body, school_founder, school_teacher, set_school_settings, signed_in, signed_in_student,
    student_body, upload_png, TestServer,
};
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};

const ADA_BORN: &str = "2013-03-14";
const BOB_BORN: &str = "2014-07-22";
const CAL_BORN: &str = "2012-11-05";
const DOT_BORN: &str = "2013-09-30";

/// Someone signed in, with the `Me` they signed up as.
struct Person {
    client: Client,
    me: Value,
}

impl Person {
    fn new((client, me): (Client, Value)) -> Person {
        Person { client, me }
    }

    fn id(&self) -> String {
        id_of(&self.me)
    }

    fn email(&self) -> String {
        self.me["email"].as_str().expect("an email").to_string()
    }
}

/// Hill School: its admin teaches 8A (Cal), Mr Oak (a teacher, not an
/// admin) teaches 7B (Ada and Bob). `peer_visibility` is on, as it is by
/// default; `students_can_publish` is off.
struct Hill {
    admin: Person,
    teacher: Person,
    class_7b: Value,
    class_8a: Value,
    ada: Person,
    bob: Person,
    cal: Person,
}

impl Hill {
    async fn new(server: &TestServer) -> Hill {
        let admin = Person::new(school_founder(server, "mrs.hill", "Hill School").await);
        let school_id = admin.me["school"]["id"].as_str().unwrap().to_string();
        let teacher = Person::new(school_teacher(server, "mr.oak", &school_id).await);
        let class_7b = create_class(server, &teacher.client, "7B").await;
        let class_8a = create_class(server, &admin.client, "8A").await;
        let code_7b = class_7b["join_code"].as_str().unwrap();
        let code_8a = class_8a["join_code"].as_str().unwrap();
        let ada = Person::new(signed_in_student(server, "ada", ADA_BORN, code_7b).await);
        let bob = Person::new(signed_in_student(server, "bob", BOB_BORN, code_7b).await);
        let cal = Person::new(signed_in_student(server, "cal", CAL_BORN, code_8a).await);
        Hill {
            admin,
            teacher,
            class_7b,
            class_8a,
            ada,
            bob,
            cal,
        }
    }

    fn school_id(&self) -> String {
        self.admin.me["school"]["id"].as_str().unwrap().to_string()
    }
}

/// People with no part in Hill School: Dale School's founder (an admin and
/// teacher) and a student of theirs, an individual, and an anonymous
/// visitor.
struct Outsiders {
    teacher: Person,
    class: Value,
    student: Person,
    individual: Person,
    anonymous: Client,
}

impl Outsiders {
    async fn new(server: &TestServer) -> Outsiders {
        let teacher = Person::new(school_founder(server, "mr.dale", "Dale School").await);
        let class = create_class(server, &teacher.client, "Dale 7").await;
        let code = class["join_code"].as_str().unwrap();
        let student = Person::new(signed_in_student(server, "dot", DOT_BORN, code).await);
        let individual = Person::new(signed_in(server, "ivy").await);
        Outsiders {
            teacher,
            class,
            student,
            individual,
            anonymous: server.client(),
        }
    }

    /// Every signed-in outsider, named for messages.
    fn signed_in(&self) -> [(&str, &Client); 3] {
        [
            ("a teacher of another school", &self.teacher.client),
            ("a student of another school", &self.student.client),
            ("an individual", &self.individual.client),
        ]
    }
}

fn code_of(class: &Value) -> String {
    class["join_code"]
        .as_str()
        .expect("a join code")
        .to_string()
}

fn is_join_code(code: &str) -> bool {
    let alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    code.len() == 9
        && code.char_indices().all(|(i, c)| {
            if i == 4 {
                c == '-'
            } else {
                alphabet.contains(c)
            }
        })
}

async fn join(server: &TestServer, client: &Client, code: &str) -> Response {
    post_json(
        server,
        client,
        "/api/classes/join",
        &json!({"join_code": code}),
    )
    .await
}

async fn rotate(server: &TestServer, client: &Client, class: &Value) -> Response {
    let path = format!("/api/classes/{}/rotate-code", id_of(class));
    post_empty(server, client, &path).await
}

async fn students(server: &TestServer, client: &Client, class: &Value) -> Response {
    get(
        server,
        client,
        &format!("/api/classes/{}/students", id_of(class)),
    )
    .await
}

async fn class_scenes(server: &TestServer, client: &Client, class: &Value) -> Response {
    get(
        server,
        client,
        &format!("/api/classes/{}/scenes", id_of(class)),
    )
    .await
}

async fn class_scenes_json(server: &TestServer, client: &Client, class: &Value) -> Vec<Value> {
    let response = class_scenes(server, client, class).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// Saves `scene` (as last read) with a new title and visibility.
async fn edit(
    server: &TestServer,
    client: &Client,
    scene: &Value,
    title: &str,
    visibility: &str,
) -> Response {
    let mut body = scene.clone();
    body["title"] = json!(title);
    body["visibility"] = json!(visibility);
    put_scene(server, client, &id_of(scene), &body).await
}

async fn post_feedback(
    server: &TestServer,
    client: &Client,
    scene_id: &str,
    body: &str,
) -> Response {
    post_json(
        server,
        client,
        &format!("/api/scenes/{scene_id}/feedback"),
        &json!({"body": body}),
    )
    .await
}

async fn feedback(server: &TestServer, client: &Client, scene_id: &str) -> Response {
    get(server, client, &format!("/api/scenes/{scene_id}/feedback")).await
}

async fn review(server: &TestServer, client: &Client, scene_id: &str) -> Response {
    let path = format!("/api/scenes/{scene_id}/review");
    post_empty(server, client, &path).await
}

/// The class's student list, expecting 200.
async fn student_list(server: &TestServer, client: &Client, class: &Value) -> Vec<Value> {
    let response = students(server, client, class).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn entry<'a>(list: &'a [Value], username: &str) -> &'a Value {
    list.iter()
        .find(|s| s["username"] == username)
        .unwrap_or_else(|| panic!("{username} in {list:?}"))
}

fn titles(list: &[Value]) -> Vec<&str> {
    list.iter().map(|s| s["title"].as_str().unwrap()).collect()
}

// ---- Classes and join codes ----

#[tokio::test]
async fn a_school_founder_creates_a_class_with_a_join_code() {
    let server = TestServer::start().await;
    let (admin, me) = school_founder(&server, "mrs.hill", "Hill School").await;
    assert_eq!(me["is_admin"], true);

    let response = post_json(&server, &admin, "/api/classes", &json!({"name": " 7B "})).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let class: Value = response.json().await.unwrap();
    assert!(!id_of(&class).is_empty());
    assert_eq!(class["name"], "7B");
    let code = code_of(&class);
    assert!(is_join_code(&code), "{code}");
    assert_eq!(
        class["teacher"],
        json!({"id": me["id"], "username": "mrs.hill", "avatar": null})
    );
    assert_eq!(class["student_count"], 0);

    let list = get_json(&server, &admin, "/api/classes").await;
    assert_eq!(list, json!([class]));
}

#[tokio::test]
async fn only_a_teacher_of_a_school_creates_classes_and_a_class_needs_a_name() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let (lone_teacher, _) =
        common::signed_in_with(&server, common::teacher_body("mr.lone", None)).await;
    let (individual, _) = signed_in(&server, "ivy").await;
    for (who, client) in [
        ("a teacher without a school", &lone_teacher),
        ("an individual", &individual),
        ("a student", &hill.ada.client),
    ] {
        let response = post_json(&server, client, "/api/classes", &json!({"name": "9C"})).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let response = post_json(
        &server,
        &server.client(),
        "/api/classes",
        &json!({"name": "9C"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    let response = post_json(
        &server,
        &hill.teacher.client,
        "/api/classes",
        &json!({"name": "  "}),
    )
    .await;
    assert_invalid(response, "name").await;
}

#[tokio::test]
async fn a_student_signs_up_with_a_join_code_typed_any_way_and_is_in_the_class_and_school() {
    let server = TestServer::start().await;
    let (admin, admin_me) = school_founder(&server, "mrs.hill", "Hill School").await;
    let class = create_class(&server, &admin, "7B").await;
    let typed = format!("  {} ", code_of(&class).to_lowercase().replace('-', " "));

    let (ada, me) = signed_in_student(&server, "ada", ADA_BORN, &typed).await;
    assert_eq!(me["kind"], "student");
    assert_eq!(me["is_admin"], false);
    assert_eq!(me["school"], admin_me["school"]);
    assert_eq!(me["date_of_birth"], ADA_BORN);
    assert_eq!(me["email"], "ada@example.org");
    assert_eq!(me["marketing_opt_in"], false);

    // The student sees the class, without its code.
    let list = get_json(&server, &ada, "/api/classes").await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["id"], class["id"]);
    assert_eq!(list[0]["name"], "7B");
    assert_eq!(list[0]["join_code"], Value::Null);
    assert_eq!(list[0]["student_count"], 1);

    // The teacher sees the student in it.
    let students = student_list(&server, &admin, &class).await;
    assert_eq!(students.len(), 1);
    assert_eq!(students[0]["id"], me["id"]);
    let classes = get_json(&server, &admin, "/api/classes").await;
    assert_eq!(classes[0]["student_count"], 1);
}

#[tokio::test]
async fn a_student_sign_up_with_an_unknown_or_malformed_code_is_refused_on_join_code() {
    let server = TestServer::start().await;
    let (admin, _) = school_founder(&server, "mrs.hill", "Hill School").await;
    let class = create_class(&server, &admin, "7B").await;
    // A well-formed code of no class (codes never contain 0, 1, I, L or O,
    // so flipping one letter to another of the alphabet makes a new one).
    let code = code_of(&class);
    let other = if code.starts_with('A') { "B" } else { "A" };
    let unknown = format!("{other}{}", &code[1..]);
    for bad in [unknown.as_str(), "K7PX-2QM", "KIPX-2QMD"] {
        let response = post_signup(
            &server,
            &server.client(),
            &student_body("ada", ADA_BORN, bad),
        )
        .await;
        assert_invalid(response, "join_code").await;
    }
    let students = student_list(&server, &admin, &class).await;
    assert!(students.is_empty());
}

#[tokio::test]
async fn a_student_joins_another_class_of_their_school_with_its_code() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let typed = code_of(&hill.class_8a).to_lowercase();
    let response = join(&server, &hill.ada.client, &typed).await;
    assert_eq!(response.status(), StatusCode::OK);
    let joined: Value = response.json().await.unwrap();
    assert_eq!(joined["id"], hill.class_8a["id"]);
    assert_eq!(joined["join_code"], Value::Null, "students never see codes");
    assert_eq!(joined["student_count"], 2);

    let classes = get_json(&server, &hill.ada.client, "/api/classes").await;
    let mut names: Vec<&str> = classes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["7B", "8A"]);

    // Joining again changes nothing.
    let again: Value = join(&server, &hill.ada.client, &typed)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["student_count"], 2);
    let in_8a = student_list(&server, &hill.admin.client, &hill.class_8a).await;
    let names: Vec<&str> = in_8a
        .iter()
        .map(|s| s["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ada", "cal"]);
}

#[tokio::test]
async fn a_code_of_another_school_is_refused_on_join_code() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let outsiders = Outsiders::new(&server).await;
    let response = join(&server, &hill.ada.client, &code_of(&outsiders.class)).await;
    assert_invalid(response, "join_code").await;
    let dale = student_list(&server, &outsiders.teacher.client, &outsiders.class).await;
    let names: Vec<&str> = dale
        .iter()
        .map(|s| s["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["dot"], "Ada was not added to Dale's class");
}

#[tokio::test]
async fn only_students_join_classes_by_code() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let response = join(&server, &hill.teacher.client, &code_of(&hill.class_8a)).await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    let (individual, _) = signed_in(&server, "ivy").await;
    let response = join(&server, &individual, &code_of(&hill.class_8a)).await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    assert_eq!(
        student_list(&server, &hill.admin.client, &hill.class_8a)
            .await
            .len(),
        1,
        "only Cal is in 8A"
    );
    let response = join(&server, &server.client(), &code_of(&hill.class_8a)).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn rotating_a_code_gives_a_new_one_and_the_old_one_stops_working() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let old = code_of(&hill.class_7b);

    let response = rotate(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(response.status(), StatusCode::OK);
    let rotated: Value = response.json().await.unwrap();
    let new = code_of(&rotated);
    assert!(is_join_code(&new), "{new}");
    assert_ne!(new, old);
    assert_eq!(rotated["id"], hill.class_7b["id"]);
    assert_eq!(rotated["student_count"], 2, "its students stay");
    let classes = get_json(&server, &hill.teacher.client, "/api/classes").await;
    assert_eq!(classes[0]["join_code"], new.as_str());

    // The old code neither signs up nor joins.
    let response = post_signup(
        &server,
        &server.client(),
        &student_body("dan", DOT_BORN, &old),
    )
    .await;
    assert_invalid(response, "join_code").await;
    let response = join(&server, &hill.cal.client, &old).await;
    assert_invalid(response, "join_code").await;

    // The new one does.
    let (_, dan) = signed_in_student(&server, "dan", DOT_BORN, &new).await;
    assert_eq!(dan["school"]["id"], hill.school_id().as_str());
    let response = join(&server, &hill.cal.client, &new).await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn only_the_classes_teacher_or_the_school_admin_rotates_its_code() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let outsiders = Outsiders::new(&server).await;

    let by_admin = rotate(&server, &hill.admin.client, &hill.class_7b).await;
    assert_eq!(by_admin.status(), StatusCode::OK);
    let by_teacher = rotate(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(by_teacher.status(), StatusCode::OK);

    // A student of the class may not; a teacher of another class does not
    // even see it.
    let response = rotate(&server, &hill.ada.client, &hill.class_7b).await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    let response = rotate(&server, &hill.teacher.client, &hill.class_8a).await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    for (who, client) in outsiders.signed_in() {
        let response = rotate(&server, client, &hill.class_7b).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who}");
    }
    let response = rotate(&server, &outsiders.anonymous, &hill.class_7b).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

// ---- A class's students ----

#[tokio::test]
async fn the_classes_teacher_sees_students_emails_but_never_their_birth_dates() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let list = student_list(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(
        list,
        [
            json!({"id": hill.ada.id(), "username": "ada", "avatar": null,
                   "email": "ada@example.org", "date_of_birth": null}),
            json!({"id": hill.bob.id(), "username": "bob", "avatar": null,
                   "email": "bob@example.org", "date_of_birth": null}),
        ]
    );
}

#[tokio::test]
async fn the_school_admin_sees_students_emails_and_birth_dates() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    // Of a class the admin does not teach, too.
    let list = student_list(&server, &hill.admin.client, &hill.class_7b).await;
    assert_eq!(
        list,
        [
            json!({"id": hill.ada.id(), "username": "ada", "avatar": null,
                   "email": "ada@example.org", "date_of_birth": ADA_BORN}),
            json!({"id": hill.bob.id(), "username": "bob", "avatar": null,
                   "email": "bob@example.org", "date_of_birth": BOB_BORN}),
        ]
    );
}

#[tokio::test]
async fn a_classmate_sees_only_usernames_and_avatars_when_peer_visibility_is_on() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let list = student_list(&server, &hill.ada.client, &hill.class_7b).await;
    assert_eq!(
        entry(&list, "bob"),
        &json!({"id": hill.bob.id(), "username": "bob", "avatar": null,
                "email": null, "date_of_birth": null})
    );
    assert_eq!(list.len(), 2);
    let text = serde_json::to_string(&list).unwrap();
    assert!(!text.contains(&hill.bob.email()) && !text.contains(BOB_BORN));
}

#[tokio::test]
async fn a_classmate_gets_404_for_the_student_list_when_peer_visibility_is_off() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let school = set_school_settings(
        &server,
        &hill.admin.client,
        json!({"peer_visibility": false}),
    )
    .await;
    assert_eq!(school["peer_visibility"], false);
    let response = students(&server, &hill.ada.client, &hill.class_7b).await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    // Their teacher still sees them.
    assert_eq!(
        student_list(&server, &hill.teacher.client, &hill.class_7b)
            .await
            .len(),
        2
    );
}

#[tokio::test]
async fn no_one_outside_the_class_gets_its_student_list() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let outsiders = Outsiders::new(&server).await;
    let mut others: Vec<(&str, &Client, &Value)> = outsiders
        .signed_in()
        .into_iter()
        .map(|(who, client)| (who, client, &hill.class_7b))
        .collect();
    others.push((
        "a student of another class of the school",
        &hill.cal.client,
        &hill.class_7b,
    ));
    others.push((
        "a teacher of another class of the school",
        &hill.teacher.client,
        &hill.class_8a,
    ));
    for (who, client, class) in others {
        let response = students(&server, client, class).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who}");
        assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
        let response = class_scenes(&server, client, class).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who}");
    }
    let response = students(&server, &outsiders.anonymous, &hill.class_7b).await;
    assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
    // A class that does not exist looks the same.
    let response = get(&server, &hill.admin.client, "/api/classes/nope/students").await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
}

// ---- A class's scenes ----

#[tokio::test]
async fn the_teacher_sees_all_their_students_scenes_newest_change_first() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    create_scene(
        &server,
        &hill.bob.client,
        scene_body("River", "unlisted", None),
    )
    .await;
    create_scene(
        &server,
        &hill.ada.client,
        scene_body("Moon", "unlisted", None),
    )
    .await;
    // Not in 7B: another class's student, and the teacher's own scene.
    create_scene(
        &server,
        &hill.cal.client,
        scene_body("Desert", "private", None),
    )
    .await;
    create_scene(
        &server,
        &hill.teacher.client,
        scene_body("Lesson", "private", None),
    )
    .await;

    let list = class_scenes_json(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(titles(&list), ["Moon", "River", "Volcano"]);
    let river = &list[1];
    assert_eq!(river["owner"]["username"], "bob");
    assert_eq!(river["visibility"], "unlisted");
    assert_eq!(river["hotspot_count"], 1);
    assert_eq!(river["reviewed"], false);
    assert!(river["owner"].get("email").is_none());

    // Times are kept in whole seconds: move the server's clock to the next
    // one, then change the oldest scene, which moves it to the top.
    server.state.clock.advance(1);
    let response = edit(&server, &hill.ada.client, &volcano, "Volcano 2", "private").await;
    assert_eq!(response.status(), StatusCode::OK);
    let list = class_scenes_json(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(titles(&list), ["Volcano 2", "Moon", "River"]);

    // The admin sees the same; Cal's class has only Cal's scene.
    let list = class_scenes_json(&server, &hill.admin.client, &hill.class_7b).await;
    assert_eq!(titles(&list), ["Volcano 2", "Moon", "River"]);
    let list = class_scenes_json(&server, &hill.admin.client, &hill.class_8a).await;
    assert_eq!(titles(&list), ["Desert"]);
}

#[tokio::test]
async fn a_scene_is_reviewed_once_marked_and_unreviewed_again_after_the_student_edits_it() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    create_scene(
        &server,
        &hill.bob.client,
        scene_body("River", "private", None),
    )
    .await;
    let reviewed = |list: &[Value], title: &str| {
        list.iter()
            .find(|s| s["title"] == title)
            .unwrap_or_else(|| panic!("{title} in {list:?}"))["reviewed"]
            .clone()
    };

    let list = class_scenes_json(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(reviewed(&list, "Volcano"), false);

    let response = review(&server, &hill.teacher.client, &id_of(&volcano)).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let list = class_scenes_json(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(reviewed(&list, "Volcano"), true);
    assert_eq!(reviewed(&list, "River"), false);
    // Reviewing is each reviewer's own mark.
    let list = class_scenes_json(&server, &hill.admin.client, &hill.class_7b).await;
    assert_eq!(reviewed(&list, "Volcano"), false);

    // The student changes the scene (at once: within the same second).
    let response = edit(&server, &hill.ada.client, &volcano, "Volcano", "private").await;
    assert_eq!(response.status(), StatusCode::OK);
    let edited: Value = response.json().await.unwrap();
    let list = class_scenes_json(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(
        reviewed(&list, "Volcano"),
        false,
        "an edit after the review needs a new review"
    );

    let response = review(&server, &hill.teacher.client, &id_of(&edited)).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let list = class_scenes_json(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(reviewed(&list, "Volcano"), true);
}

#[tokio::test]
async fn only_the_students_teachers_mark_a_scene_reviewed() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let outsiders = Outsiders::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    let id = id_of(&volcano);
    assert_eq!(
        review(&server, &hill.admin.client, &id).await.status(),
        StatusCode::NO_CONTENT
    );
    for (who, client) in [
        ("the owner", &hill.ada.client),
        ("a classmate", &hill.bob.client),
    ] {
        let response = review(&server, client, &id).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    for (who, client) in outsiders.signed_in() {
        let response = review(&server, client, &id).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who}");
    }
    let response = review(&server, &outsiders.anonymous, &id).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_classmate_sees_private_scenes_in_the_class_list_only_with_peer_visibility() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    create_scene(
        &server,
        &hill.bob.client,
        scene_body("River", "private", None),
    )
    .await;
    create_scene(
        &server,
        &hill.bob.client,
        scene_body("Lake", "unlisted", None),
    )
    .await;
    create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;

    let list = class_scenes_json(&server, &hill.ada.client, &hill.class_7b).await;
    let mut seen = titles(&list);
    seen.sort();
    assert_eq!(seen, ["Lake", "River", "Volcano"]);
    assert!(list.iter().all(|s| s["reviewed"] == false));

    set_school_settings(
        &server,
        &hill.admin.client,
        json!({"peer_visibility": false}),
    )
    .await;
    let response = class_scenes(&server, &hill.ada.client, &hill.class_7b).await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    // The teacher's list is not affected.
    let list = class_scenes_json(&server, &hill.teacher.client, &hill.class_7b).await;
    assert_eq!(list.len(), 3);
}

// ---- A student's private scene and its images ----

#[tokio::test]
async fn a_students_private_scene_opens_for_the_owner_their_teacher_the_admin_and_peers() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let asset = upload_png(&server, &hill.ada.client, 2, 2).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", asset["id"].as_str()),
    )
    .await;
    let id = id_of(&volcano);
    let image = format!("/api/assets/{}", id_of(&asset));
    for (who, client) in [
        ("the owner", &hill.ada.client),
        ("the class's teacher", &hill.teacher.client),
        ("the school's admin", &hill.admin.client),
        ("a classmate", &hill.bob.client),
        ("a student of another class of the school", &hill.cal.client),
    ] {
        let response = get_scene(&server, client, &id).await;
        assert_eq!(response.status(), StatusCode::OK, "{who}");
        let read: Value = response.json().await.unwrap();
        assert_eq!(read, volcano, "{who}");
        let response = get(&server, client, &image).await;
        assert_eq!(response.status(), StatusCode::OK, "image for {who}");
        assert_eq!(response.headers()["content-type"], "image/png");
    }
}

#[tokio::test]
async fn a_students_private_scene_and_its_image_are_404_to_everyone_else() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let outsiders = Outsiders::new(&server).await;
    let asset = upload_png(&server, &hill.ada.client, 2, 2).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", asset["id"].as_str()),
    )
    .await;
    let id = id_of(&volcano);
    let image = format!("/api/assets/{}", id_of(&asset));
    // A teacher of the same school who does not teach Ada.
    let (other_teacher, _) = school_teacher(&server, "ms.elm", &hill.school_id()).await;

    let classmate_before = get_scene(&server, &hill.bob.client, &id).await;
    assert_eq!(classmate_before.status(), StatusCode::OK);
    set_school_settings(
        &server,
        &hill.admin.client,
        json!({"peer_visibility": false}),
    )
    .await;

    let mut everyone_else = outsiders.signed_in().to_vec();
    everyone_else.push(("a classmate, peer_visibility off", &hill.bob.client));
    everyone_else.push((
        "a student of the school, peer_visibility off",
        &hill.cal.client,
    ));
    everyone_else.push(("a teacher of the school not teaching Ada", &other_teacher));
    everyone_else.push(("anonymous", &outsiders.anonymous));
    for (who, client) in everyone_else {
        let response = get_scene(&server, client, &id).await;
        let error = assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
        let missing = get_scene(&server, client, "AAAAAAAAAAAAAAAAAAAAAA").await;
        let missing: Value = missing.json().await.unwrap();
        assert_eq!(
            error, missing["error"],
            "{who}: exactly like a missing scene"
        );
        let response = get(&server, client, &image).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "image for {who}");
    }
    // Those the rules name still see it.
    for client in [&hill.ada.client, &hill.teacher.client, &hill.admin.client] {
        assert_eq!(
            get_scene(&server, client, &id).await.status(),
            StatusCode::OK
        );
        assert_eq!(get(&server, client, &image).await.status(), StatusCode::OK);
    }
}

// ---- Feedback ----

#[tokio::test]
async fn the_teacher_and_the_admin_leave_feedback_that_the_owner_reads() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    let id = id_of(&volcano);

    let response = post_feedback(&server, &hill.teacher.client, &id, "  Great labels!  ").await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let first: Value = response.json().await.unwrap();
    assert!(!id_of(&first).is_empty());
    assert_eq!(first["body"], "Great labels!");
    assert_eq!(
        first["author"],
        json!({"id": hill.teacher.id(), "username": "mr.oak", "avatar": null})
    );
    assert!(first["created_at"].as_str().unwrap().ends_with('Z'));

    let response = post_feedback(&server, &hill.admin.client, &id, "Add a source.").await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let second: Value = response.json().await.unwrap();
    assert_eq!(second["author"]["username"], "mrs.hill");

    for (who, client) in [
        ("the owner", &hill.ada.client),
        ("the teacher", &hill.teacher.client),
        ("the admin", &hill.admin.client),
    ] {
        let response = feedback(&server, client, &id).await;
        assert_eq!(response.status(), StatusCode::OK, "{who}");
        let list: Value = response.json().await.unwrap();
        assert_eq!(list, json!([first, second]), "{who}: oldest first");
    }
}

#[tokio::test]
async fn my_scenes_counts_feedback_the_owner_has_not_read_until_they_read_it() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    let id = id_of(&volcano);
    let unread = |list: Value| list[0].get("unread_feedback").cloned();
    let own = || get_json(&server, &hill.ada.client, "/api/scenes");
    assert_eq!(unread(own().await), None, "no feedback: nothing said");

    let post = |client, body| post_feedback(&server, client, &id, body);
    let first: Value = post(&hill.teacher.client, "Great labels!")
        .await
        .json()
        .await
        .unwrap();
    let second: Value = post(&hill.admin.client, "Add a source.")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(unread(own().await), Some(json!(2)));

    let read = format!("/api/scenes/{id}/feedback/read");
    let upto = |item: &Value| json!({ "upto": id_of(item) });
    // A teacher reading it is not the student reading it; a stranger is
    // told nothing.
    let response = post_json(&server, &hill.teacher.client, &read, &upto(&second)).await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    let (stranger, _) = signed_in(&server, "zed").await;
    let response = post_json(&server, &stranger, &read, &upto(&second)).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = post_json(&server, &hill.ada.client, &read, &json!({ "upto": "nope" })).await;
    assert_invalid(response, "upto").await;
    assert_eq!(unread(own().await), Some(json!(2)));

    // Read as far as shown: the first only, then both.
    let response = post_json(&server, &hill.ada.client, &read, &upto(&first)).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(unread(own().await), Some(json!(1)));
    post_json(&server, &hill.ada.client, &read, &upto(&second)).await;
    assert_eq!(unread(own().await), None);
    post_json(&server, &hill.ada.client, &read, &upto(&first)).await;
    assert_eq!(
        unread(own().await),
        None,
        "reading an older one again changes nothing"
    );

    // Feedback written in the same second as the reading is still new.
    post(&hill.teacher.client, "Better now.").await;
    assert_eq!(unread(own().await), Some(json!(1)), "only what came after");
    let class = id_of(&hill.class_7b);
    let theirs = get_json(
        &server,
        &hill.teacher.client,
        &format!("/api/classes/{class}/scenes"),
    )
    .await;
    assert!(
        !theirs.to_string().contains("unread_feedback"),
        "said to the owner only"
    );
}

#[tokio::test]
async fn the_owner_and_classmates_may_not_leave_feedback() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    let id = id_of(&volcano);
    for (who, client) in [
        ("the owner", &hill.ada.client),
        ("a classmate", &hill.bob.client),
    ] {
        let response = post_feedback(&server, client, &id, "Nice!").await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
        assert_error(response, StatusCode::FORBIDDEN, "forbidden", None).await;
    }
    let list = get_json(
        &server,
        &hill.ada.client,
        &format!("/api/scenes/{id}/feedback"),
    )
    .await;
    assert_eq!(list, json!([]));
}

#[tokio::test]
async fn a_classmate_who_may_see_the_scene_does_not_read_its_feedback() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    let id = id_of(&volcano);
    post_feedback(&server, &hill.teacher.client, &id, "Check the spelling.").await;

    assert_eq!(
        get_scene(&server, &hill.bob.client, &id).await.status(),
        StatusCode::OK
    );
    let response = feedback(&server, &hill.bob.client, &id).await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
}

#[tokio::test]
async fn outsiders_get_404_for_a_scenes_feedback() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let outsiders = Outsiders::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    let id = id_of(&volcano);
    post_feedback(&server, &hill.teacher.client, &id, "Check the spelling.").await;

    for (who, client) in outsiders.signed_in() {
        let response = post_feedback(&server, client, &id, "Hello").await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who} writing");
        let response = feedback(&server, client, &id).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who} reading");
    }
    let response = feedback(&server, &outsiders.anonymous, &id).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = post_feedback(&server, &outsiders.anonymous, &id, "Hello").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    // The feedback is as it was.
    let list = get_json(
        &server,
        &hill.ada.client,
        &format!("/api/scenes/{id}/feedback"),
    )
    .await;
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn empty_feedback_is_refused_on_body() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let volcano = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", None),
    )
    .await;
    let id = id_of(&volcano);
    for empty in ["", "   \n "] {
        let response = post_feedback(&server, &hill.teacher.client, &id, empty).await;
        assert_invalid(response, "body").await;
    }
    let list = get_json(
        &server,
        &hill.teacher.client,
        &format!("/api/scenes/{id}/feedback"),
    )
    .await;
    assert_eq!(list, json!([]));
}

// ---- Publishing ----

#[tokio::test]
async fn students_may_not_publish_until_their_school_allows_it() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let response = post_scene(
        &server,
        &hill.ada.client,
        &scene_body("Volcano", "public", None),
    )
    .await;
    assert_invalid(response, "visibility").await;
    let draft = create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "unlisted", None),
    )
    .await;
    let response = edit(&server, &hill.ada.client, &draft, "Volcano", "public").await;
    assert_invalid(response, "visibility").await;
    // Nor may the admin publish it for the student.
    let response = edit(&server, &hill.admin.client, &draft, "Volcano", "public").await;
    assert_invalid(response, "visibility").await;
    let explore = get_json(&server, &hill.ada.client, "/api/explore").await;
    assert_eq!(explore["scenes"], json!([]));

    let school = set_school_settings(
        &server,
        &hill.admin.client,
        json!({"students_can_publish": true}),
    )
    .await;
    assert_eq!(school["students_can_publish"], true);
    assert_eq!(school["peer_visibility"], true, "the other setting is kept");

    let response = edit(&server, &hill.ada.client, &draft, "Volcano", "public").await;
    assert_eq!(response.status(), StatusCode::OK);
    let published = create_scene(
        &server,
        &hill.bob.client,
        scene_body("River", "public", None),
    )
    .await;
    assert_eq!(published["visibility"], "public");
    let explore = get_json(&server, &server.client(), "/api/explore").await;
    let mut seen = titles(explore["scenes"].as_array().unwrap());
    seen.sort();
    assert_eq!(seen, ["River", "Volcano"]);
}

#[tokio::test]
async fn teachers_and_individuals_may_always_publish() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let (individual, _) = signed_in(&server, "ivy").await;
    for (who, client) in [
        ("the admin", &hill.admin.client),
        ("a teacher", &hill.teacher.client),
        ("an individual", &individual),
    ] {
        let created = create_scene(&server, client, scene_body(who, "public", None)).await;
        assert_eq!(created["visibility"], "public", "{who}");
    }
}

// ---- The school and its settings ----

#[tokio::test]
async fn every_member_reads_the_school_and_its_settings() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let expected = json!({
        "id": hill.school_id(),
        "name": "Hill School",
        "peer_visibility": true,
        "students_can_publish": false,
        "teacher_invite_code": null,
    });
    for client in [&hill.teacher.client, &hill.ada.client] {
        assert_eq!(get_json(&server, client, "/api/school").await, expected);
    }
    // The admin sees the same, and the school's invitation for teachers.
    let mut seen = get_json(&server, &hill.admin.client, "/api/school").await;
    let code = seen["teacher_invite_code"].take();
    assert!(
        code.as_str().is_some_and(|c| c.len() == 9),
        "an invitation code: {code}"
    );
    seen["teacher_invite_code"] = Value::Null;
    assert_eq!(seen, expected);
    let (individual, _) = signed_in(&server, "ivy").await;
    let response = get(&server, &individual, "/api/school").await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    let response = get(&server, &server.client(), "/api/school").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn only_the_schools_admin_changes_its_settings() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let outsiders = Outsiders::new(&server).await;
    let patch = json!({"peer_visibility": false, "students_can_publish": true});
    for (who, client) in [
        ("a teacher who is not admin", &hill.teacher.client),
        ("a student", &hill.ada.client),
    ] {
        let response = patch_school_settings(&server, client, patch.clone()).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let response =
        patch_school_settings(&server, &outsiders.individual.client, patch.clone()).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = patch_school_settings(&server, &outsiders.anonymous, patch.clone()).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    // Another school's admin changes only their own school.
    set_school_settings(&server, &outsiders.teacher.client, patch.clone()).await;
    let school = get_json(&server, &hill.ada.client, "/api/school").await;
    assert_eq!(school["peer_visibility"], true);
    assert_eq!(school["students_can_publish"], false);

    let changed = set_school_settings(&server, &hill.admin.client, patch).await;
    assert_eq!(changed["peer_visibility"], false);
    assert_eq!(changed["students_can_publish"], true);
    let mut for_admins_only = changed.clone();
    for_admins_only["teacher_invite_code"] = Value::Null;
    assert_eq!(
        get_json(&server, &hill.ada.client, "/api/school").await,
        for_admins_only
    );
}

#[tokio::test]
async fn unknown_school_settings_are_refused() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let response = patch_school_settings(
        &server,
        &hill.admin.client,
        json!({"peer_visibility": false, "students_see_birthdays": true}),
    )
    .await;
    assert_invalid(response, "students_see_birthdays").await;
    // Nothing of that patch was applied.
    let school = get_json(&server, &hill.ada.client, "/api/school").await;
    assert_eq!(school["peer_visibility"], true);

    let response = patch_school_settings(
        &server,
        &hill.admin.client,
        json!({"peer_visibility": "off"}),
    )
    .await;
    assert_invalid(response, "peer_visibility").await;
}

#[tokio::test]
async fn only_the_schools_admin_lists_its_users_with_emails_and_birth_dates() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let outsiders = Outsiders::new(&server).await;
    let users = get_json(&server, &hill.admin.client, "/api/school/users").await;
    let users = users.as_array().unwrap();
    let names: Vec<&str> = users
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ada", "bob", "cal", "mr.oak", "mrs.hill"]);
    assert_eq!(
        users[0],
        json!({"id": hill.ada.id(), "username": "ada", "kind": "student", "is_admin": false,
               "email": "ada@example.org", "date_of_birth": ADA_BORN})
    );
    assert_eq!(users[3]["kind"], "teacher");
    assert_eq!(users[3]["date_of_birth"], Value::Null);
    assert_eq!(users[4]["is_admin"], true);

    for (who, client) in [
        ("a teacher who is not admin", &hill.teacher.client),
        ("a student", &hill.ada.client),
    ] {
        let response = get(&server, client, "/api/school/users").await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let response = get(&server, &outsiders.individual.client, "/api/school/users").await;
    assert_error(response, StatusCode::NOT_FOUND, "not_found", None).await;
    // Another school's admin sees only their own school.
    let dale = get_json(&server, &outsiders.teacher.client, "/api/school/users").await;
    let names: Vec<&str> = dale
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["dot", "mr.dale"]);
}

// ---- Images ----

#[tokio::test]
async fn an_uploaded_image_is_not_shown_to_classmates_until_a_scene_uses_it() {
    let server = TestServer::start().await;
    let hill = Hill::new(&server).await;
    let response = post_asset(&server, &hill.ada.client, common::png(2, 2)).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let asset: Value = response.json().await.unwrap();
    let image = format!("/api/assets/{}", id_of(&asset));
    for client in [&hill.bob.client, &hill.teacher.client, &hill.admin.client] {
        assert_eq!(
            get(&server, client, &image).await.status(),
            StatusCode::NOT_FOUND
        );
    }
    create_scene(
        &server,
        &hill.ada.client,
        scene_body("Volcano", "private", asset["id"].as_str()),
    )
    .await;
    for client in [&hill.bob.client, &hill.teacher.client, &hill.admin.client] {
        assert_eq!(get(&server, client, &image).await.status(), StatusCode::OK);
    }
}
