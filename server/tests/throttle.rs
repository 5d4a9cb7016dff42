//! Guessing limits: failed sign-ins and join-code guesses are counted per
//! login (as typed, any case), per account and per source address in
//! 15-minute windows; the 11th try answers 429 with `Retry-After`, the right
//! password or code included, until the window passes. Successes take their
//! try back, unknown names are treated like real ones, repeated failures
//! fold into one activity entry, and a sign-up refused for its join code or
//! a taken name answers before any password is hashed.

mod common;

use common::{
    assert_error, assert_invalid, create_class, delete_json, get_json, id_of, post_login,
    post_signup, school_founder, signed_in, signed_in_student, student_body, teacher_body,
    TestServer, PASSWORD,
};
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};

/// Tries allowed in one window before the limit answers 429.
const ALLOWED: usize = 10;
/// The window's length in seconds.
const WINDOW: u64 = 15 * 60;

async fn login_from(server: &TestServer, address: &str, login: &str, password: &str) -> Response {
    post_login(server, &server.client_at(address), login, password).await
}

async fn signup_from(server: &TestServer, address: &str, body: &Value) -> Response {
    post_signup(server, &server.client_at(address), body).await
}

/// Checks a throttled answer: 429, `rate_limited`, and a `Retry-After` of
/// whole seconds within one window; answers the wait.
async fn assert_throttled(response: Response) -> u64 {
    let retry_after = response
        .headers()
        .get("retry-after")
        .expect("a 429 says how long to wait")
        .to_str()
        .expect("ASCII header")
        .parse::<u64>()
        .expect("Retry-After in whole seconds");
    assert!(
        (1..=WINDOW).contains(&retry_after),
        "Retry-After {retry_after} is within one window"
    );
    assert_error(
        response,
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        None,
    )
    .await;
    retry_after
}

/// `n` well-formed join codes that open nothing here.
fn wrong_codes(n: usize, real: &[&str]) -> Vec<String> {
    let alphabet = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    (0..)
        .map(|i: usize| {
            let a = alphabet[i % alphabet.len()] as char;
            let b = alphabet[(i / alphabet.len()) % alphabet.len()] as char;
            format!("WRNG-Q7{b}{a}")
        })
        .filter(|code| !real.contains(&code.as_str()))
        .take(n)
        .collect()
}

#[tokio::test]
async fn the_eleventh_sign_in_try_is_429_even_with_the_right_password_until_the_window_passes() {
    let server = TestServer::start().await;
    signed_in(&server, "ada").await;
    let stranger = server.client();
    for n in 1..=ALLOWED {
        let response = post_login(&server, &stranger, "ada", &format!("guess {n}")).await;
        assert_error(response, StatusCode::UNAUTHORIZED, "unauthorized", None).await;
    }

    let right = post_login(&server, &stranger, "ada", PASSWORD).await;
    let wait = assert_throttled(right).await;
    assert!(
        wait > 60,
        "the window started moments ago, so most of it is left: {wait}"
    );

    // Ten seconds short of the window's end it still holds.
    server.state.clock.advance(wait as i64 - 10);
    let still = post_login(&server, &stranger, "ada", PASSWORD).await;
    let left = assert_throttled(still).await;
    assert!(left <= 10, "Retry-After counts down: {left}");

    server.state.clock.advance(10);
    let response = post_login(&server, &stranger, "ada", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK, "the window has passed");
    let me: Value = response.json().await.unwrap();
    assert_eq!(me["username"], "ada");
}

#[tokio::test]
async fn tries_count_against_the_login_as_typed_in_any_case_from_any_address() {
    let server = TestServer::start_behind_proxy().await;
    signed_in(&server, "ada").await;
    signed_in(&server, "grace").await;
    let spellings = ["ada", "ADA", "Ada", "aDa"];
    for n in 1..=ALLOWED {
        // Every guess from a different address: only the login links them.
        let address = format!("198.51.100.{n}");
        let login = spellings[n % spellings.len()];
        let response = login_from(&server, &address, login, "a guess").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "try {n}");
    }
    let right = login_from(&server, "198.51.100.77", "Ada", PASSWORD).await;
    assert_throttled(right).await;
    // The address is not the one being limited: another account signs in.
    let grace = login_from(&server, "198.51.100.77", "grace", PASSWORD).await;
    assert_eq!(grace.status(), StatusCode::OK);
}

#[tokio::test]
async fn tries_count_against_the_address_whatever_logins_it_names() {
    let server = TestServer::start_behind_proxy().await;
    signed_in(&server, "ada").await;
    for n in 1..=ALLOWED {
        let response = login_from(&server, "203.0.113.9", &format!("user{n}"), "a guess").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "try {n}");
    }
    let from_there = login_from(&server, "203.0.113.9", "ada", PASSWORD).await;
    assert_throttled(from_there).await;
    // Ada herself is not locked out: from her own address she signs in.
    let from_home = login_from(&server, "203.0.113.10", "ada", PASSWORD).await;
    assert_eq!(from_home.status(), StatusCode::OK);
}

#[tokio::test]
async fn correct_sign_ins_take_their_try_back_so_a_shared_address_is_not_blocked() {
    // A school behind one address: a few typos, then a whole class signs in.
    let server = TestServer::start_behind_proxy().await;
    let school = "192.0.2.1";
    let names: Vec<String> = (1..=12).map(|n| format!("pupil{n}")).collect();
    for name in &names {
        signed_in(&server, name).await;
    }
    for n in 1..ALLOWED {
        let response = login_from(&server, school, &format!("typo{n}"), "a guess").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "typo {n}");
    }
    for name in &names {
        let response = login_from(&server, school, name, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK, "{name} signs in");
    }
    // The nine typos still count: one more failure is allowed, then no more.
    let tenth = login_from(&server, school, "typo10", "a guess").await;
    assert_eq!(tenth.status(), StatusCode::UNAUTHORIZED);
    let eleventh = login_from(&server, school, "pupil1", PASSWORD).await;
    assert_throttled(eleventh).await;
}

#[tokio::test]
async fn an_unknown_username_is_refused_and_throttled_exactly_like_a_real_one() {
    let server = TestServer::start_behind_proxy().await;
    signed_in(&server, "ada").await;
    let mut answers: Vec<Vec<(StatusCode, Value)>> = Vec::new();
    let mut waits = Vec::new();
    for (login, address) in [("ada", "198.51.100.1"), ("adah", "198.51.100.2")] {
        let mut seen = Vec::new();
        for _ in 1..=ALLOWED {
            let response = login_from(&server, address, login, "a guess").await;
            seen.push((response.status(), response.json().await.unwrap()));
        }
        let last = login_from(&server, address, login, PASSWORD).await;
        waits.push(
            last.headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().parse::<u64>().unwrap()),
        );
        seen.push((last.status(), last.json().await.unwrap()));
        answers.push(seen);
    }
    assert_eq!(
        answers[0], answers[1],
        "a real account and an unknown name answer the same"
    );
    assert_eq!(answers[1][ALLOWED].0, StatusCode::TOO_MANY_REQUESTS);
    let (real, unknown) = (waits[0].unwrap(), waits[1].expect("Retry-After"));
    assert!(real.abs_diff(unknown) <= 5, "{real} vs {unknown}");
}

#[tokio::test]
async fn wrong_join_codes_on_a_student_sign_up_are_limited_per_address() {
    let server = TestServer::start_behind_proxy().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let guesser = "198.51.100.7";
    for wrong in wrong_codes(ALLOWED, &[code]) {
        let response =
            signup_from(&server, guesser, &student_body("ada", "2013-04-02", &wrong)).await;
        assert_invalid(response, "join_code").await;
    }
    let right = signup_from(&server, guesser, &student_body("ada", "2013-04-02", code)).await;
    assert_throttled(right).await;

    let elsewhere = signup_from(
        &server,
        "198.51.100.8",
        &student_body("ada", "2013-04-02", code),
    )
    .await;
    assert_eq!(elsewhere.status(), StatusCode::CREATED);

    server.state.clock.advance(WINDOW as i64);
    let later = signup_from(&server, guesser, &student_body("bea", "2013-05-02", code)).await;
    assert_eq!(later.status(), StatusCode::CREATED, "the window has passed");
}

#[tokio::test]
async fn wrong_teacher_invitation_codes_are_limited_the_same_way() {
    let server = TestServer::start_behind_proxy().await;
    let (admin, head) = school_founder(&server, "head", "Hill School").await;
    let school = get_json(&server, &admin, "/api/school").await;
    let invitation = school["teacher_invite_code"].as_str().unwrap().to_string();
    let invited = |code: &str| {
        let mut body = teacher_body("rivera", None);
        body["join_code"] = json!(code);
        body
    };
    let guesser = "198.51.100.30";
    for wrong in wrong_codes(ALLOWED, &[&invitation]) {
        let response = signup_from(&server, guesser, &invited(&wrong)).await;
        assert_invalid(response, "join_code").await;
    }
    let right = signup_from(&server, guesser, &invited(&invitation)).await;
    assert_throttled(right).await;

    let elsewhere = signup_from(&server, "198.51.100.31", &invited(&invitation)).await;
    assert_eq!(elsewhere.status(), StatusCode::CREATED);
    let me: Value = elsewhere.json().await.unwrap();
    assert_eq!(me["school"]["id"], head["school"]["id"]);
}

async fn join_from(server: &TestServer, student: &Client, address: &str, code: &str) -> Response {
    student
        .post(server.url("/api/classes/join"))
        .header("x-forwarded-for", address)
        .json(&json!({ "join_code": code }))
        .send()
        .await
        .expect("join request")
}

#[tokio::test]
async fn joining_a_class_is_limited_per_account_and_per_address() {
    let server = TestServer::start_behind_proxy().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let first = create_class(&server, &teacher, "7A").await;
    let second = create_class(&server, &teacher, "7B").await;
    let (first_code, code) = (
        first["join_code"].as_str().unwrap(),
        second["join_code"].as_str().unwrap(),
    );
    let (ada, _) = signed_in_student(&server, "ada", "2013-04-02", first_code).await;
    let (ben, _) = signed_in_student(&server, "ben", "2013-05-02", first_code).await;

    for wrong in wrong_codes(ALLOWED, &[first_code, code]) {
        let response = join_from(&server, &ada, "198.51.100.20", &wrong).await;
        assert_invalid(response, "join_code").await;
    }
    assert_throttled(join_from(&server, &ada, "198.51.100.20", code).await).await;
    // The account is limited wherever it asks from...
    assert_throttled(join_from(&server, &ada, "198.51.100.21", code).await).await;
    // ...and the address whoever asks from it.
    assert_throttled(join_from(&server, &ben, "198.51.100.20", code).await).await;

    let joined = join_from(&server, &ben, "198.51.100.22", code).await;
    assert_eq!(joined.status(), StatusCode::OK);
    let info: Value = joined.json().await.unwrap();
    assert_eq!(info["id"], id_of(&second).as_str());

    server.state.clock.advance(WINDOW as i64);
    let later = join_from(&server, &ada, "198.51.100.20", code).await;
    assert_eq!(later.status(), StatusCode::OK, "the window has passed");
}

/// The `(kind, detail)` of each of the user's activity entries, oldest first.
async fn activity(server: &TestServer, client: &Client) -> Vec<(String, Value)> {
    let log = get_json(server, client, "/api/me/activity").await;
    let mut entries: Vec<(String, Value)> = log
        .as_array()
        .expect("the log is a list")
        .iter()
        .map(|e| (e["kind"].as_str().unwrap().to_string(), e["detail"].clone()))
        .collect();
    entries.reverse();
    entries
}

#[tokio::test]
async fn repeated_failed_sign_ins_fold_into_one_activity_entry_that_counts_them() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let stranger = server.client();
    for n in 1..=5 {
        let response = post_login(&server, &stranger, "ada", &format!("guess {n}")).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let log = activity(&server, &ada).await;
    assert_eq!(log.len(), 2, "one entry for five failures: {log:?}");
    assert_eq!(log[1].0, "sign_in_failed");
    let detail = log[1].1.as_str().expect("the entry says how many tries");
    assert!(detail.contains("5 tries"), "{detail}");

    // A success ends the run; the next failures start a new entry.
    let response = post_login(&server, &stranger, "ada", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    for _ in 0..2 {
        let response = post_login(&server, &server.client(), "ada", "again").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let log = activity(&server, &ada).await;
    let kinds: Vec<&str> = log.iter().map(|(kind, _)| kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "account_created",
            "sign_in_failed",
            "sign_in",
            "sign_in_failed"
        ]
    );
    let detail = log[3].1.as_str().expect("the entry says how many tries");
    assert!(detail.contains("2 tries"), "{detail}");
}

#[tokio::test]
async fn a_sender_already_refused_adds_nothing_to_the_count_table() {
    let server = TestServer::start_behind_proxy().await;
    for n in 0..ALLOWED {
        let response = login_from(&server, "198.51.100.9", &format!("nobody{n}"), "x").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let rows = |server: &TestServer| -> i64 { server.sql_count("SELECT COUNT(*) FROM throttle") };
    let before = rows(&server);
    // Found in review: each refused try with a new name added a row.
    for n in 0..20 {
        let response = login_from(&server, "198.51.100.9", &format!("other{n}"), "x").await;
        assert_throttled(response).await;
    }
    assert_eq!(rows(&server), before);
}

#[tokio::test]
async fn guessing_the_current_password_from_an_open_session_is_limited() {
    let server = TestServer::start().await;
    let (ada, _) = signed_in(&server, "ada").await;
    let change = |current: &str| {
        ada.post(server.url("/api/me/password"))
            .json(&json!({"current_password": current, "new_password": "a brand new password"}))
            .send()
    };
    for n in 0..ALLOWED {
        let response = change(&format!("guess number {n}")).await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "try {n}"
        );
    }
    assert_throttled(change(PASSWORD).await.unwrap()).await;
    let delete = delete_json(
        &server,
        &ada,
        "/api/me",
        &json!({"password": "one more guess"}),
    )
    .await;
    assert_throttled(delete).await;
    server.state.clock.advance(WINDOW as i64);
    let response = change(PASSWORD).await.unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn probing_which_emails_have_accounts_by_signing_up_is_limited() {
    let server = TestServer::start_behind_proxy().await;
    signed_in(&server, "ada").await;
    let taken = |n: usize| {
        json!({
            "username": format!("probe{n}"), "email": "ada@example.org",
            "password": PASSWORD, "kind": "individual"
        })
    };
    for n in 0..ALLOWED {
        let response = signup_from(&server, "198.51.100.9", &taken(n)).await;
        assert_invalid(response, "email").await;
    }
    assert_throttled(signup_from(&server, "198.51.100.9", &taken(99)).await).await;
    // Sign-ups that go through, or are refused for a taken name, do not
    // count: a class signing up together from one address is never stopped.
    for n in 0..15 {
        let fresh = json!({
            "username": format!("pupil{n}"), "email": format!("pupil{n}@example.org"),
            "password": PASSWORD, "kind": "individual"
        });
        let response = signup_from(&server, "203.0.113.5", &fresh).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let clash = json!({
            "username": format!("pupil{n}"), "email": format!("other{n}@example.org"),
            "password": PASSWORD, "kind": "individual"
        });
        let response = signup_from(&server, "203.0.113.5", &clash).await;
        assert_invalid(response, "username").await;
    }
}
