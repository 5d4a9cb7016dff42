//! A one-time upgrade of the data: values sealed before sealing bound them
//! to their place (see `crypto::Place`) are re-sealed bound, in one
//! transaction, the first time a server with this version opens the data.

use crate::crypto::{Keys, Place};
use anyhow::Context;
use r2d2_sqlite::rusqlite::{params, Connection};

/// Re-seals every unbound value; answers how many (0 once done).
pub fn bind_all(conn: &mut Connection, keys: &Keys) -> anyhow::Result<usize> {
    // IMMEDIATE: two servers starting together on one database take turns.
    let tx =
        conn.transaction_with_behavior(r2d2_sqlite::rusqlite::TransactionBehavior::Immediate)?;
    let done: String = tx.query_row(
        "SELECT value FROM meta WHERE key = 'sealed_bound'",
        [],
        |r| r.get(0),
    )?;
    if done == "1" {
        return Ok(0);
    }
    let mut count = 0;
    type Sealed = Option<Vec<u8>>;
    let users: Vec<(String, Sealed, Sealed)> = tx
        .prepare("SELECT id, email_sealed, birth_date_sealed FROM users")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
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
    let entries: Vec<(i64, Vec<u8>)> = tx
        .prepare("SELECT id, ip_sealed FROM activity WHERE ip_sealed IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
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
    tx.execute("UPDATE meta SET value = '1' WHERE key = 'sealed_bound'", [])?;
    tx.commit()?;
    Ok(count)
}
