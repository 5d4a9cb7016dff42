//! The privacy promise, end to end: whatever a student asks the API, no
//! answer ever holds another person's email address or date of birth
//! (SPEC.md: "No response to a peer ever contains an email or a date of
//! birth").

mod common;

use common::{
    create_class, create_scene, get, id_of, post_json, scene_body, school_founder,
    set_school_settings, signed_in, signed_in_student, upload_png, TestServer,
};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

/// Someone signed up, with the secrets a student must never learn about
/// them (a birth date only for students).
struct Person {
    name: &'static str,
    client: Client,
    email: String,
    birth_date: Option<&'static str>,
}

impl Person {
    fn new(name: &'static str, (client, me): (Client, Value)) -> Person {
        let birth_date = me["date_of_birth"].as_str().map(date_string);
        Person {
            name,
            client,
            email: me["email"].as_str().expect("an email").to_string(),
            birth_date,
        }
    }
}

/// One of the birth dates below, as a `'static` string.
fn date_string(date: &str) -> &'static str {
    [ADA_BORN, BOB_BORN, CAL_BORN, DOT_BORN]
        .into_iter()
        .find(|d| *d == date)
        .expect("a known birth date")
}

const ADA_BORN: &str = "2013-03-14";
const BOB_BORN: &str = "2014-07-22";
const CAL_BORN: &str = "2012-11-05";
const DOT_BORN: &str = "2013-09-30";

/// Every GET of the API a signed-in user can make about this data, and
/// what each answered (errors too: they must not leak either).
async fn every_answer(
    server: &TestServer,
    client: &Client,
    scene_ids: &[String],
    class_ids: &[String],
) -> Vec<(String, StatusCode, String)> {
    let mut paths: Vec<String> = [
        "/api/me",
        "/api/scenes",
        "/api/classes",
        "/api/school",
        "/api/school/users",
        "/api/explore",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for id in scene_ids {
        paths.push(format!("/api/scenes/{id}"));
        paths.push(format!("/api/scenes/{id}/feedback"));
    }
    for id in class_ids {
        paths.push(format!("/api/classes/{id}/students"));
        paths.push(format!("/api/classes/{id}/scenes"));
    }
    let mut answers = Vec::new();
    for path in paths {
        let response = get(server, client, &path).await;
        let status = response.status();
        let body = response.text().await.expect("a body");
        answers.push((path, status, body));
    }
    answers
}

#[tokio::test]
async fn no_answer_to_a_student_holds_anyone_elses_email_or_birth_date() {
    let server = TestServer::start().await;

    // Hill School: its admin teaches 7B (Ada, Bob) and 8A (Cal); students
    // see their peers and may publish.
    let admin = Person::new(
        "mrs.hill",
        school_founder(&server, "mrs.hill", "Hill School").await,
    );
    let class_7b = create_class(&server, &admin.client, "7B").await;
    let class_8a = create_class(&server, &admin.client, "8A").await;
    let code = |class: &Value| class["join_code"].as_str().unwrap().to_string();
    let ada = Person::new(
        "ada",
        signed_in_student(&server, "ada", ADA_BORN, &code(&class_7b)).await,
    );
    let bob = Person::new(
        "bob",
        signed_in_student(&server, "bob", BOB_BORN, &code(&class_7b)).await,
    );
    let cal = Person::new(
        "cal",
        signed_in_student(&server, "cal", CAL_BORN, &code(&class_8a)).await,
    );
    let school = set_school_settings(
        &server,
        &admin.client,
        json!({"peer_visibility": true, "students_can_publish": true}),
    )
    .await;
    assert_eq!(school["peer_visibility"], true);

    // Outside it: Dale School's admin and student, and an individual, each
    // with a public scene on Explore.
    let dale = Person::new(
        "mr.dale",
        school_founder(&server, "mr.dale", "Dale School").await,
    );
    let dale_class = create_class(&server, &dale.client, "Dale 7").await;
    let dot = Person::new(
        "dot",
        signed_in_student(&server, "dot", DOT_BORN, &code(&dale_class)).await,
    );
    set_school_settings(&server, &dale.client, json!({"students_can_publish": true})).await;
    let ivy = Person::new("ivy", signed_in(&server, "ivy").await);

    // Everyone makes scenes of every visibility they may; teachers leave
    // feedback on every student's scene they can.
    let mut scene_ids = Vec::new();
    for person in [&admin, &ada, &bob, &cal, &dale, &dot, &ivy] {
        let asset = upload_png(&server, &person.client, 2, 2).await;
        for visibility in ["private", "unlisted", "public"] {
            let title = format!("{} {visibility}", person.name);
            let body = scene_body(&title, visibility, asset["id"].as_str());
            let scene = create_scene(&server, &person.client, body).await;
            scene_ids.push(id_of(&scene));
        }
    }
    for id in &scene_ids {
        for teacher in [&admin, &dale] {
            let _ = post_json(
                &server,
                &teacher.client,
                &format!("/api/scenes/{id}/feedback"),
                &json!({"body": format!("Well done, from {}", teacher.name)}),
            )
            .await;
        }
    }
    let class_ids: Vec<String> = [&class_7b, &class_8a, &dale_class]
        .into_iter()
        .map(id_of)
        .collect();
    let everyone = [&admin, &ada, &bob, &cal, &dale, &dot, &ivy];

    for peer_visibility in [true, false] {
        set_school_settings(
            &server,
            &admin.client,
            json!({"peer_visibility": peer_visibility}),
        )
        .await;
        // Each student, with the admin whose feedback is on their work and
        // (in Hill School) a peer whose name they may see.
        for (student, their_admin, peer) in [
            (&ada, "mrs.hill", Some("bob")),
            (&bob, "mrs.hill", Some("ada")),
            (&cal, "mrs.hill", Some("ada")),
            (&dot, "mr.dale", None),
        ] {
            let answers = every_answer(&server, &student.client, &scene_ids, &class_ids).await;

            // The search is real: the student's own account, their peers'
            // names and the feedback on their work are in the answers.
            let all: String = answers.iter().map(|(_, _, body)| body.as_str()).collect();
            assert!(all.contains(&student.email), "own email in /api/me");
            assert!(all.contains(student.birth_date.unwrap()), "own birth date");
            assert!(all.contains(&format!("Well done, from {their_admin}")));
            if let Some(peer) = peer.filter(|_| peer_visibility) {
                assert!(all.contains(&format!("\"username\":\"{peer}\"")));
            }
            let oks = answers
                .iter()
                .filter(|(_, status, _)| *status == StatusCode::OK)
                .count();
            assert!(oks > 20, "{} saw little: {oks} answers", student.name);

            for other in everyone.iter().filter(|p| p.name != student.name) {
                for (path, status, body) in &answers {
                    let asker = student.name;
                    assert!(
                        !body.contains(&other.email),
                        "{asker} got {}'s email from {path} ({status}): {body}",
                        other.name
                    );
                    if let Some(date) = other.birth_date {
                        assert!(
                            !body.contains(date),
                            "{asker} got {}'s birth date from {path} ({status}): {body}",
                            other.name
                        );
                    }
                }
            }
        }
    }
}
