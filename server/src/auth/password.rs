//! Passwords are hashed with argon2id in the work pool (`work_pool`), a
//! few at a time: hashing is slow and memory-hungry on purpose (19 MiB each
//! with argon2's defaults), so anyone who can make the server hash (a
//! wrong password, a sign-up) could otherwise make it run hundreds at once
//! and run out of memory.

use crate::error::{AppError, AppResult};
use crate::work_pool::in_pool;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::LazyLock;

fn hash_with(argon2: &Argon2, password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("hashing a password: {e}")))
}

/// Hashes a password a person chose (argon2id, argon2's default cost).
pub async fn hash(password: String) -> AppResult<String> {
    in_pool(move || hash_with(&Argon2::default(), &password)).await?
}

/// Argon2id at a small cost, for the 60-bit random one-time passwords a
/// school hands out: a secret that random cannot be guessed however cheap
/// each guess is, and a class list of a thousand must not take minutes.
/// The stored hash names its own cost, so `verify` needs nothing special.
fn one_time_argon2() -> Argon2<'static> {
    // 1 MiB, one pass: within argon2's documented bounds, so `new` succeeds.
    let params = Params::new(1024, 1, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a one-time password made by `crypto::one_time_password`.
pub async fn hash_one_time(password: String) -> AppResult<String> {
    in_pool(move || hash_with(&one_time_argon2(), &password)).await?
}

/// Hashes many one-time passwords in one turn of the pool.
pub async fn hash_one_time_all(passwords: Vec<String>) -> AppResult<Vec<String>> {
    in_pool(move || {
        let argon2 = one_time_argon2();
        passwords
            .iter()
            .map(|p| hash_with(&argon2, p))
            .collect::<AppResult<Vec<_>>>()
    })
    .await?
}

/// A hash of nothing in particular, checked when the login names no account
/// so that an unknown name takes as long to refuse as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(b"no such account", &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
});

/// True when `password` matches `stored`; `None` checks against a dummy.
/// A stored value that is not a valid hash (an account that cannot sign in)
/// never matches. Every answer costs at least one full-cost check, so how
/// long a wrong password takes tells nothing of the account (none, one not
/// yet signed in with its cheap one-time password, or any other).
pub async fn verify(password: String, stored: Option<String>) -> AppResult<bool> {
    in_pool(move || {
        let parsed = stored.as_deref().and_then(|s| PasswordHash::new(s).ok());
        if !is_full_cost(parsed.as_ref()) {
            let dummy = PasswordHash::new(&DUMMY_HASH).ok();
            if let Some(dummy) = dummy {
                let _ = Argon2::default().verify_password(password.as_bytes(), &dummy);
            }
        }
        parsed.is_some_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
    .await
}

/// Whether checking against `hash` costs as much as against a password a
/// person chose.
fn is_full_cost(hash: Option<&PasswordHash>) -> bool {
    hash.is_some_and(|h| {
        h.params.get_decimal("m") >= Some(argon2::Params::DEFAULT_M_COST)
            && h.params.get_decimal("t") >= Some(argon2::Params::DEFAULT_T_COST)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_time_hashes_are_cheap_argon2id_and_verify_as_usual() {
        let hash = hash_one_time("abcd-efgh-jkmn".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"), "{hash}");
        assert!(verify("abcd-efgh-jkmn".into(), Some(hash.clone()))
            .await
            .unwrap());
        assert!(!verify("abcd-efgh-jkmx".into(), Some(hash.clone()))
            .await
            .unwrap());
        // Checking a cheap one-time hash, no account or a broken hash
        // also spends a full-cost check (so timing tells nothing).
        assert!(!is_full_cost(PasswordHash::new(&hash).ok().as_ref()));
        assert!(!is_full_cost(None));
        let chosen = super::hash("a long chosen password".into()).await.unwrap();
        assert!(
            chosen.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{chosen}"
        );
        assert!(is_full_cost(PasswordHash::new(&chosen).ok().as_ref()));
    }
}
