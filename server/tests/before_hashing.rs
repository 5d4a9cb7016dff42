//! Sign-ups refused for their join code or a taken name are refused before
//! any password is hashed: with every hashing slot of the server taken,
//! they are still answered (422) at once, while a sign-up that must hash is
//! told the server is busy (429). Its own test binary: filling the shared
//! hashing pool would make other tests in the same process busy too.

mod common;

use common::{create_class, post_signup, school_founder, signup_body, student_body, TestServer};
use pinpoint_server::error::AppError;
use pinpoint_server::work_pool::in_pool;
use reqwest::StatusCode;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Jobs holding every slot of the hashing pool (running and waiting) until
/// the gate opens.
struct FullPool {
    gate: Arc<(Mutex<bool>, Condvar)>,
    jobs: Vec<tokio::task::JoinHandle<()>>,
}

impl FullPool {
    async fn fill() -> FullPool {
        let gate = Arc::new((Mutex::new(false), Condvar::new()));
        let mut jobs = Vec::new();
        loop {
            let held = gate.clone();
            let job = tokio::spawn(async move {
                let _ = in_pool(move || {
                    let (open, opened) = &*held;
                    let _unused = opened
                        .wait_while(open.lock().unwrap(), |open| !*open)
                        .unwrap();
                })
                .await;
            });
            jobs.push(job);
            tokio::task::yield_now().await;
            // Full once the pool turns a newcomer away at once; until then
            // the newcomer waits for a core, and is given up.
            let probe = tokio::time::timeout(Duration::from_millis(20), in_pool(|| ())).await;
            if matches!(probe, Ok(Err(AppError::Busy))) {
                return FullPool { gate, jobs };
            }
            assert!(jobs.len() < 10_000, "the pool never filled");
        }
    }

    async fn release(self) {
        let (open, opened) = &*self.gate;
        *open.lock().unwrap() = true;
        opened.notify_all();
        for job in self.jobs {
            job.await.unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_sign_ups_answer_while_every_hashing_slot_is_taken() {
    let server = TestServer::start().await;
    let (teacher, _) = school_founder(&server, "head", "Hill School").await;
    let class = create_class(&server, &teacher, "7B").await;
    let code = class["join_code"].as_str().unwrap();
    let wrong = if code == "WRNG-Q7AA" {
        "WRNG-Q7AB"
    } else {
        "WRNG-Q7AA"
    };

    let pool = FullPool::fill().await;
    let client = server.client();
    let hashes = post_signup(&server, &client, &signup_body("newcomer")).await;
    let wrong_code = post_signup(
        &server,
        &client,
        &student_body("pupil", "2013-04-02", wrong),
    )
    .await;
    let taken = post_signup(&server, &client, &signup_body("head")).await;
    let statuses = [hashes.status(), wrong_code.status(), taken.status()];
    pool.release().await;

    assert_eq!(
        statuses,
        [
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::UNPROCESSABLE_ENTITY,
            StatusCode::UNPROCESSABLE_ENTITY
        ],
        "a sign-up that hashes waits for the pool; refused ones never ask it"
    );
    // With the pool free again, the newcomer signs up.
    let again = post_signup(&server, &client, &signup_body("newcomer")).await;
    assert_eq!(again.status(), StatusCode::CREATED);
}
