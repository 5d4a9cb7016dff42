//! Sign-ins with OpenID Connect providers: the (issuer, subject) links of
//! accounts, the sign-ins under way, and schools' email domains.

use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::params;
use pinpoint_i18n::Message;

/// How long a sign-in may stay at the provider before its answer is
/// refused.
pub const LOGIN_SECONDS: i64 = 600;

/// A provider connected to an account, as its owner sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub provider: String,
    pub issuer: String,
    pub subject: String,
    pub created_at: i64,
}

/// The account linked to the provider account (issuer, subject).
pub fn user_for(conn: &mut Conn, issuer: &str, subject: &str) -> AppResult<Option<String>> {
    conn.query_opt(
        "SELECT user_id FROM identities WHERE issuer = ?1 AND subject = ?2",
        params![issuer, subject],
        |r| Ok(r.get(0)?),
    )
}

/// Links a provider account to `user_id`; a provider account linked to
/// another account already is refused.
pub fn link(
    conn: &mut Conn,
    (issuer, subject): (&str, &str),
    user_id: &str,
    provider: &str,
    now: i64,
) -> AppResult<()> {
    conn.execute(
        "INSERT INTO identities (issuer, subject, user_id, provider, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![issuer, subject, user_id, provider, now],
    )
    .map_err(|e| match e.unique_column() {
        Some(_) => AppError::Conflict(Message::new("error-identity-taken")),
        None => e.into(),
    })?;
    Ok(())
}

/// The providers connected to an account, oldest first.
pub fn for_user(conn: &mut Conn, user_id: &str) -> AppResult<Vec<Identity>> {
    conn.query_all(
        "SELECT provider, issuer, subject, created_at FROM identities WHERE user_id = ?1
         ORDER BY created_at, provider",
        params![user_id],
        |r| {
            Ok(Identity {
                provider: r.get(0)?,
                issuer: r.get(1)?,
                subject: r.get(2)?,
                created_at: r.get(3)?,
            })
        },
    )
}

/// Disconnects a provider from an account; answers whether it was
/// connected.
pub fn remove(conn: &mut Conn, user_id: &str, provider: &str) -> AppResult<bool> {
    Ok(conn.execute(
        "DELETE FROM identities WHERE user_id = ?1 AND provider = ?2",
        params![user_id, provider],
    )? > 0)
}

/// A sign-in sent to a provider, waiting for its answer.
pub struct PendingLogin {
    pub provider: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
    /// Connecting the provider to this signed-in account, not signing in.
    pub link_user_id: Option<String>,
}

pub fn start_login(
    conn: &mut Conn,
    state_hash: &[u8],
    login: &PendingLogin,
    now: i64,
) -> AppResult<()> {
    conn.execute(
        "INSERT INTO oidc_logins
             (state_hash, provider, nonce, pkce_verifier, return_to, link_user_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            state_hash,
            login.provider,
            login.nonce,
            login.pkce_verifier,
            login.return_to,
            login.link_user_id,
            now
        ],
    )?;
    Ok(())
}

/// The sign-in whose state hashes to `state_hash`, removed so that it is
/// answered once; none when unknown, used or older than `LOGIN_SECONDS`.
pub fn take_login(conn: &mut Conn, state_hash: &[u8], now: i64) -> AppResult<Option<PendingLogin>> {
    let taken = conn.query_opt(
        "DELETE FROM oidc_logins WHERE state_hash = ?1
         RETURNING provider, nonce, pkce_verifier, return_to, link_user_id, created_at",
        params![state_hash],
        |r| {
            Ok((
                PendingLogin {
                    provider: r.get(0)?,
                    nonce: r.get(1)?,
                    pkce_verifier: r.get(2)?,
                    return_to: r.get(3)?,
                    link_user_id: r.get(4)?,
                },
                r.get::<i64>(5)?,
            ))
        },
    )?;
    Ok(taken
        .filter(|(_, created_at)| now - created_at <= LOGIN_SECONDS)
        .map(|(login, _)| login))
}

/// Forgets sign-ins never answered; answers how many.
pub fn purge_logins(conn: &mut Conn, now: i64) -> AppResult<usize> {
    Ok(conn.execute(
        "DELETE FROM oidc_logins WHERE created_at < ?1",
        params![now - LOGIN_SECONDS],
    )?)
}

/// The school whose admins listed `domain` (lowercase) for sign-ins.
pub fn school_for_domain(conn: &mut Conn, domain: &str) -> AppResult<Option<String>> {
    conn.query_opt(
        "SELECT school_id FROM school_domains WHERE domain = ?1",
        params![domain],
        |r| Ok(r.get(0)?),
    )
}

/// A school's sign-in domains, sorted.
pub fn school_domains(conn: &mut Conn, school_id: &str) -> AppResult<Vec<String>> {
    conn.query_all(
        "SELECT domain FROM school_domains WHERE school_id = ?1 ORDER BY domain",
        params![school_id],
        |r| Ok(r.get(0)?),
    )
}

/// Replaces a school's sign-in domains (already validated); a domain
/// another school has is refused.
pub fn set_school_domains(conn: &mut Conn, school_id: &str, domains: &[String]) -> AppResult<()> {
    let mut tx = conn.transaction()?;
    tx.execute(
        "DELETE FROM school_domains WHERE school_id = ?1",
        params![school_id],
    )?;
    for domain in domains {
        tx.execute(
            "INSERT INTO school_domains (domain, school_id) VALUES (?1, ?2)",
            params![domain, school_id],
        )
        .map_err(|e| match e.unique_column() {
            Some(_) => AppError::validation(
                "sso_domains",
                Message::new("error-domain-taken").text("domain", domain.as_str()),
            ),
            None => e.into(),
        })?;
    }
    tx.commit()?;
    Ok(())
}
