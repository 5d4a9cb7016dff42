//! What a provider sign-in does to accounts: finds the account linked to
//! the provider account (issuer, subject), or makes one at the first
//! sign-in (a student of the school whose admins listed the email's
//! domain, else an individual), or connects the provider to a signed-in
//! account. An account is never found by its email alone: an email already
//! in use is refused, and its owner connects the provider in settings.

use crate::auth::oidc::ProviderAccount;
use crate::crypto::Keys;
use crate::db::activity::{self, Event};
use crate::db::identities;
use crate::db::users::{self, NewUser, User};
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use model::{ActivityKind, UserKind};
use std::net::IpAddr;

/// Why a provider's answer signs nobody in; each is a message on the
/// log-in page (`/login?sso_error=<code>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("This sign-in was not started here, or was already used")]
    NotStarted,
    #[error("The provider did not confirm who you are")]
    ProviderFailed,
    #[error("An account with this email exists: sign in with your password, then connect the provider in Settings")]
    EmailTaken,
    #[error("The provider gave no verified email address")]
    NoVerifiedEmail,
    #[error("That provider account is connected to another Pinpoint account")]
    LinkedElsewhere,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::NotStarted => "not_started",
            Refusal::ProviderFailed => "provider_failed",
            Refusal::EmailTaken => "email_taken",
            Refusal::NoVerifiedEmail => "no_verified_email",
            Refusal::LinkedElsewhere => "linked_elsewhere",
        }
    }
}

/// What a provider sign-in came to.
pub enum Outcome {
    SignedIn(User),
    Refused(Refusal),
}

/// Who signed in, through which provider, from where and when.
pub struct SignIn<'a> {
    pub account: &'a ProviderAccount,
    /// The operator's name for the provider, and its label.
    pub provider: (&'a str, &'a str),
    pub ip: Option<IpAddr>,
    pub now: i64,
}

/// Signs in the account linked to the provider account, or makes it.
pub fn sign_in(conn: &mut Conn, keys: &Keys, sign_in: &SignIn) -> AppResult<Outcome> {
    let SignIn {
        account,
        provider: (name, label),
        ip,
        now,
    } = *sign_in;
    let mut tx = conn.transaction()?;
    let user = match identities::user_for(&mut tx, &account.issuer, &account.subject)? {
        Some(id) => users::get(&mut tx, &id)?,
        None => {
            let Some(email) = account.verified_email.as_deref() else {
                return Ok(Outcome::Refused(Refusal::NoVerifiedEmail));
            };
            if users::by_login(&mut tx, keys, email)?.is_some() {
                return Ok(Outcome::Refused(Refusal::EmailTaken));
            }
            let domain = email.rsplit('@').next().unwrap_or_default();
            let school = identities::school_for_domain(&mut tx, domain)?;
            let kind = if school.is_some() {
                UserKind::Student
            } else {
                UserKind::Individual
            };
            let id = users::new_id();
            let username = free_username(&mut tx, keys, email)?;
            users::insert(
                &mut tx,
                keys,
                &NewUser {
                    id: &id,
                    username: &username,
                    email: Some(email),
                    // Not a valid hash: there is no password to sign in with.
                    password_hash: users::NO_PASSWORD,
                    kind,
                    school_id: school.as_deref(),
                    is_admin: false,
                    birth_date: None,
                    now,
                },
            )?;
            identities::link(&mut tx, (&account.issuer, &account.subject), &id, name, now)?;
            activity::record(
                &mut tx,
                keys,
                Event::new(&id, ActivityKind::AccountCreated, ip, now).detail(label),
            )?;
            users::get(&mut tx, &id)?
        }
    };
    activity::record(
        &mut tx,
        keys,
        Event::new(&user.id, ActivityKind::SignIn, ip, now).detail(label),
    )?;
    tx.commit()?;
    Ok(Outcome::SignedIn(user))
}

/// Connects the provider account to the signed-in account `user_id`.
pub fn connect(
    conn: &mut Conn,
    keys: &Keys,
    user_id: &str,
    sign_in: &SignIn,
) -> AppResult<Outcome> {
    let SignIn {
        account,
        provider: (name, label),
        ip,
        now,
    } = *sign_in;
    let mut tx = conn.transaction()?;
    match identities::user_for(&mut tx, &account.issuer, &account.subject)? {
        Some(linked) if linked == user_id => {}
        Some(_) => return Ok(Outcome::Refused(Refusal::LinkedElsewhere)),
        None => {
            identities::link(
                &mut tx,
                (&account.issuer, &account.subject),
                user_id,
                name,
                now,
            )?;
            activity::record(
                &mut tx,
                keys,
                Event::new(user_id, ActivityKind::ProviderConnected, ip, now).detail(label),
            )?;
        }
    }
    let user = users::get(&mut tx, user_id)?;
    tx.commit()?;
    Ok(Outcome::SignedIn(user))
}

/// A username made from the email's local part (`ava.lind` from
/// `Ava.Lind@hill.example`), with a number added while it is taken.
fn free_username(conn: &mut Conn, keys: &Keys, email: &str) -> AppResult<String> {
    let local = email.split('@').next().unwrap_or_default();
    let mut base: String = local
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.-".contains(*c))
        .take(model::user::USERNAME_MAX - 5)
        .collect();
    if base.len() < model::user::USERNAME_MIN {
        base = format!("user{base}");
    }
    let mut candidate = base.clone();
    for n in 2..1_000 {
        if users::by_login(conn, keys, &candidate)?.is_none() {
            return Ok(candidate);
        }
        candidate = format!("{base}{n}");
    }
    Err(AppError::Internal(anyhow::anyhow!(
        "no free username from {base}"
    )))
}
