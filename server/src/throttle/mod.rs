//! Guessing limits: failed sign-ins and join-code guesses, counted per
//! account (the name typed) and per source address in fixed 15-minute
//! windows. Past the limit every further try answers 429 with the wait in
//! `Retry-After`, the right password included, until the window passes.
//!
//! The counts live in the database, so every server process sharing it
//! sees the same ones. Their keys are keyed hashes, so the table holds no
//! address or name a reader could recover. A try is counted *before* the
//! slow password check and taken back when it succeeds, so a burst of
//! simultaneous tries cannot slip past the limit.

pub mod window;

use crate::crypto::Keys;
use crate::db;
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use pinpoint_i18n::Message;
use std::net::IpAddr;
use window::{after_try, wait};

/// What is being guessed, and by what it is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted<'a> {
    /// Sign-in tries for the login (username or email) as typed.
    SignInLogin(&'a str),
    /// Sign-in tries from an address.
    SignInSource(Option<IpAddr>),
    /// Join-code guesses (sign-up and joining a class) from an address.
    JoinCodeSource(Option<IpAddr>),
    /// Join-code guesses by a signed-in account.
    JoinCodeAccount(&'a str),
    /// Sign-ups refused because their email has an account, from an
    /// address: each such refusal tells whether someone has an account.
    EmailProbeSource(Option<IpAddr>),
    /// Wrong current passwords given by a signed-in account (changing the
    /// password, deleting the account): guessing from a session left open.
    PasswordCheckAccount(&'a str),
}

impl Counted<'_> {
    /// The key the table stores: a keyed hash, so neither names nor
    /// addresses can be read back from it.
    pub fn key(&self, keys: &Keys) -> Vec<u8> {
        match self {
            Counted::SignInLogin(login) => {
                keys.tag("throttle-login", login.trim().to_lowercase().as_bytes())
            }
            Counted::SignInSource(ip) => keys.tag("throttle-sign-in-ip", &network(*ip)),
            Counted::JoinCodeSource(ip) => keys.tag("throttle-join-ip", &network(*ip)),
            Counted::JoinCodeAccount(user) => keys.tag("throttle-join-user", user.as_bytes()),
            Counted::EmailProbeSource(ip) => keys.tag("throttle-email-ip", &network(*ip)),
            Counted::PasswordCheckAccount(user) => {
                keys.tag("throttle-password-user", user.as_bytes())
            }
        }
    }
}

/// An address as counted: IPv4 whole, IPv6 by its /64 network (what one
/// home or phone is given, so one sender cannot pose as many).
fn network(ip: Option<IpAddr>) -> Vec<u8> {
    match ip.map(|ip| ip.to_canonical()) {
        Some(IpAddr::V4(v4)) => v4.octets().to_vec(),
        Some(IpAddr::V6(v6)) => v6.octets()[..8].to_vec(),
        None => Vec::new(),
    }
}

/// The tries `count_try` counted: each key and the window it went into.
#[must_use = "a try that succeeds is forgiven with these"]
pub struct Tries(Vec<(Vec<u8>, i64)>);

/// Counts one try against each key, in one transaction, and answers the
/// tries to `forgive` if the work succeeds. Past any key's limit it answers
/// 429 with the longest wait and writes nothing, so a sender already
/// refused cannot grow the table or hold the write lock. Call before the
/// slow work.
pub fn count_try(conn: &mut Conn, keys: &Keys, counted: &[Counted], now: i64) -> AppResult<Tries> {
    let mut tx = conn.transaction_locked("throttle")?;
    let mut windows = Vec::with_capacity(counted.len());
    let mut longest: Option<u64> = None;
    for c in counted {
        let key = c.key(keys);
        let window = after_try(db::throttle::window(&mut tx, &key)?, now);
        if let Some(seconds) = wait(window, now) {
            longest = Some(longest.map_or(seconds, |l| l.max(seconds)));
        }
        windows.push((key, window));
    }
    if let Some(seconds) = longest {
        return Err(AppError::too_many(too_many_message(seconds), seconds));
    }
    for (key, window) in &windows {
        db::throttle::store(&mut tx, key, *window)?;
    }
    tx.commit()?;
    Ok(Tries(
        windows
            .into_iter()
            .map(|(key, window)| (key, window.started_at))
            .collect(),
    ))
}

/// Takes back tries that succeeded, each from the window it was counted
/// in (one that has since made way for a new window is not taken from the
/// new one).
pub fn forgive(conn: &mut Conn, tries: &Tries) -> AppResult<()> {
    for (key, started_at) in &tries.0 {
        db::throttle::take_back(conn, key, *started_at)?;
    }
    Ok(())
}

fn too_many_message(seconds: u64) -> Message {
    Message::new("error-too-many-tries").number("minutes", seconds.div_ceil(60).max(1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_the_wait_up_to_minutes() {
        assert_eq!(
            too_many_message(5).to_string(),
            "Too many tries. Try again in a minute."
        );
        assert_eq!(
            too_many_message(60).to_string(),
            "Too many tries. Try again in a minute."
        );
        assert_eq!(
            too_many_message(61).to_string(),
            "Too many tries. Try again in 2 minutes."
        );
        assert_eq!(
            too_many_message(900).to_string(),
            "Too many tries. Try again in 15 minutes."
        );
    }

    #[test]
    fn keys_differ_by_purpose_case_folds_logins_and_ipv6_counts_by_network() {
        let keys = Keys::from_bytes(&[3u8; 64]).unwrap();
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        assert_eq!(
            Counted::SignInLogin("Ada").key(&keys),
            Counted::SignInLogin(" ada ").key(&keys)
        );
        assert_ne!(
            Counted::SignInSource(ip("192.0.2.1")).key(&keys),
            Counted::JoinCodeSource(ip("192.0.2.1")).key(&keys)
        );
        assert_ne!(
            Counted::SignInSource(ip("192.0.2.1")).key(&keys),
            Counted::SignInSource(ip("192.0.2.2")).key(&keys)
        );
        assert_eq!(
            Counted::SignInSource(ip("2001:db8:1:2::1")).key(&keys),
            Counted::SignInSource(ip("2001:db8:1:2:ffff::9")).key(&keys)
        );
        assert_ne!(
            Counted::SignInSource(ip("2001:db8:1:2::1")).key(&keys),
            Counted::SignInSource(ip("2001:db8:1:3::1")).key(&keys)
        );
        assert_eq!(
            Counted::SignInSource(ip("::ffff:192.0.2.1")).key(&keys),
            Counted::SignInSource(ip("192.0.2.1")).key(&keys)
        );
    }
}
