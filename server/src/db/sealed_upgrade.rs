//! A one-time upgrade of the data: values sealed before sealing bound them
//! to their place (see `crypto::Place`) are re-sealed bound, in one
//! transaction, the first time a server with this version opens the data.

use crate::crypto::{Keys, Place};
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::params;
use anyhow::Context;

/// Re-seals every unbound value; answers how many (0 once done).
pub fn bind_all(conn: &mut Conn, keys: &Keys) -> anyhow::Result<usize> {
    // Two servers starting together on one database take turns.
    let mut tx = conn.transaction_locked("sealed values")?;
    let done: String = tx.query_one(
        "SELECT value FROM meta WHERE key = 'sealed_bound'",
        params![],
        |r| Ok(r.get(0)?),
    )?;
    if done == "1" {
        return Ok(0);
    }
    let mut count = 0;
    type Sealed = Option<Vec<u8>>;
    let users: Vec<(String, Sealed, Sealed)> = tx.query_all(
        "SELECT id, email_sealed, birth_date_sealed FROM users",
        params![],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    for (id, email, birth_date) in users {
        let email = email
            .map(|v| keys.rebind(&v, Place::user_email(&id)))
            .transpose()
            .with_context(|| format!("re-sealing the email of {id}"))?;
        let birth_date = birth_date
            .map(|v| keys.rebind(&v, Place::user_birth_date(&id)))
            .transpose()
            .with_context(|| format!("re-sealing the birth date of {id}"))?;
        count += usize::from(email.is_some()) + usize::from(birth_date.is_some());
        tx.execute(
            "UPDATE users SET email_sealed = ?2, birth_date_sealed = ?3 WHERE id = ?1",
            params![id, email, birth_date],
        )?;
    }
    let entries: Vec<(i64, Vec<u8>)> = tx.query_all(
        "SELECT id, ip_sealed FROM activity WHERE ip_sealed IS NOT NULL",
        params![],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for (id, ip) in entries {
        let bound = keys
            .rebind(&ip, Place::activity_ip(&id.to_string()))
            .with_context(|| format!("re-sealing activity entry {id}"))?;
        tx.execute(
            "UPDATE activity SET ip_sealed = ?2 WHERE id = ?1",
            params![id, bound],
        )?;
        count += 1;
    }
    tx.execute(
        "UPDATE meta SET value = '1' WHERE key = 'sealed_bound'",
        params![],
    )?;
    tx.commit()?;
    Ok(count)
}

/// The `meta` key holding a check value of the key that seals the data.
const KEY_CHECK: &str = "key_check";

/// Refuses a key other than the one the data was sealed with (a server
/// started without the shared `PINPOINT_SECRET_KEY`, or a restore beside
/// another key), which would otherwise seal new values that the other
/// servers cannot open. The first start records the key's check value.
pub fn check_key(conn: &mut Conn, keys: &Keys) -> AppResult<()> {
    let check: String = keys
        .lookup_hash("pinpoint: the check value of the data's key")
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![KEY_CHECK, check],
    )?;
    let stored: String = conn.query_one(
        "SELECT value FROM meta WHERE key = ?1",
        params![KEY_CHECK],
        |r| Ok(r.get(0)?),
    )?;
    if stored != check {
        return Err(AppError::Internal(anyhow::anyhow!(
            "this key is not the one the data was sealed with: give every server the same \
             PINPOINT_SECRET_KEY (or the data directory's secret.key it started with)"
        )));
    }
    Ok(())
}
