//! Leases: work that one server of several sharing the database must do
//! alone takes a lease first. The holder renews it each time; another
//! server may take it only once it has run out (its holder stopped).

use crate::db::Conn;
use crate::error::AppResult;
use crate::params;

/// Takes (or renews) lease `name` for `holder` until `now + seconds`; false
/// when another holder's lease has not run out. One statement, so two
/// servers asking at once cannot both get it.
pub fn take(conn: &mut Conn, name: &str, holder: &str, now: i64, seconds: i64) -> AppResult<bool> {
    let changed = conn.execute(
        "INSERT INTO leases (name, holder, expires_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.holder = excluded.holder OR leases.expires_at <= ?4",
        params![name, holder, now + seconds, now],
    )?;
    Ok(changed == 1)
}
