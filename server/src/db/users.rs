//! Accounts.

use crate::crypto::{random_id, Keys, Place};
use crate::db::{assets, schools};
use crate::db::{Conn, Row};
use crate::error::{AppError, AppResult};
use crate::params;
use model::{Me, UserKind, UserSummary};
use pinpoint_i18n::Message;

/// A user as the server knows them (sealed fields still sealed).
#[derive(Clone, Debug)]
pub struct User {
    pub id: String,
    pub username: String,
    pub kind: UserKind,
    pub school_id: Option<String>,
    pub is_admin: bool,
    pub avatar: Option<String>,
    email_sealed: Option<Vec<u8>>,
    birth_date_sealed: Option<Vec<u8>>,
    pub marketing_opt_in: bool,
    /// Someone else chose the current password; the user must replace it.
    pub must_change_password: bool,
}

impl User {
    /// The email address, decrypted (students a teacher signed up may have none).
    pub fn email(&self, keys: &Keys) -> AppResult<Option<String>> {
        Ok(self
            .email_sealed
            .as_deref()
            .map(|s| keys.open(s, Place::user_email(&self.id)))
            .transpose()?)
    }

    pub fn birth_date(&self, keys: &Keys) -> AppResult<Option<String>> {
        Ok(self
            .birth_date_sealed
            .as_deref()
            .map(|s| keys.open(s, Place::user_birth_date(&self.id)))
            .transpose()?)
    }

    pub fn summary(&self) -> UserSummary {
        UserSummary {
            id: self.id.clone(),
            username: self.username.clone(),
            avatar: self.avatar.clone(),
        }
    }
}

pub(crate) const USER_COLUMNS: &str = "id, username, kind, school_id, is_admin, avatar_asset_id, email_sealed, birth_date_sealed, marketing_opt_in, must_change_password";

fn user_from_row(row: &Row) -> AppResult<User> {
    user_from_row_at(row, 0)
}

/// The `USER_COLUMNS` of a row that has them from column `first` on.
pub(crate) fn user_from_row_at(row: &Row, first: usize) -> AppResult<User> {
    let kind: String = row.get(first + 2)?;
    Ok(User {
        id: row.get(first)?,
        username: row.get(first + 1)?,
        // The table's CHECK constraint admits only the three kinds.
        kind: UserKind::parse(&kind).unwrap_or(UserKind::Individual),
        school_id: row.get(first + 3)?,
        is_admin: row.get(first + 4)?,
        avatar: row.get(first + 5)?,
        email_sealed: row.get(first + 6)?,
        birth_date_sealed: row.get(first + 7)?,
        marketing_opt_in: row.get(first + 8)?,
        must_change_password: row.get(first + 9)?,
    })
}

/// The stored hash of an account without a password (one made by a
/// provider sign-in, the demo owner): not a valid hash, so no password
/// signs in as it.
pub const NO_PASSWORD: &str = "!";

/// A fresh user id: `u_` and 128 random bits.
pub fn new_id() -> String {
    format!("u_{}", random_id())
}

pub struct NewUser<'a> {
    pub id: &'a str,
    pub username: &'a str,
    /// Normalised; none only for students a teacher signs up.
    pub email: Option<&'a str>,
    pub password_hash: &'a str,
    pub kind: UserKind,
    pub school_id: Option<&'a str>,
    pub is_admin: bool,
    pub birth_date: Option<&'a str>,
    pub now: i64,
}

pub fn insert(conn: &mut Conn, keys: &Keys, user: &NewUser) -> AppResult<()> {
    conn.execute(
        "INSERT INTO users (id, username, email_lookup, email_sealed, password_hash, kind,
                            school_id, is_admin, birth_date_sealed, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            user.id,
            user.username,
            user.email.map(|e| keys.lookup_hash(e)),
            user.email.map(|e| keys.seal(e, Place::user_email(user.id))),
            user.password_hash,
            user.kind.as_str(),
            user.school_id,
            user.is_admin,
            user.birth_date
                .map(|d| keys.seal(d, Place::user_birth_date(user.id))),
            user.now,
        ],
    )
    .map_err(|e| match e.unique_column() {
        Some("users.username") => {
            AppError::validation("username", Message::new("error-username-taken"))
        }
        Some("users.email_lookup") => {
            AppError::validation("email", Message::new("error-email-taken"))
        }
        _ => e.into(),
    })?;
    Ok(())
}

/// Refuses, as `insert` would, a username or email already in use: sign-up
/// asks this before the slow password hash.
pub fn check_free(conn: &mut Conn, keys: &Keys, username: &str, email: &str) -> AppResult<()> {
    if conn.exists("SELECT 1 FROM users WHERE username = ?1", params![username])? {
        return Err(AppError::validation(
            "username",
            Message::new("error-username-taken"),
        ));
    }
    if conn.exists(
        "SELECT 1 FROM users WHERE email_lookup = ?1",
        params![keys.lookup_hash(email)],
    )? {
        return Err(AppError::validation(
            "email",
            Message::new("error-email-taken"),
        ));
    }
    Ok(())
}

pub fn by_id(conn: &mut Conn, id: &str) -> AppResult<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?1");
    conn.query_opt(&sql, params![id], user_from_row)
}

/// The user `id`, or `NotFound`.
pub fn get(conn: &mut Conn, id: &str) -> AppResult<User> {
    by_id(conn, id)?.ok_or(AppError::NotFound)
}

/// The user a login names (username, or email through its keyed hash),
/// with their password hash.
pub fn by_login(conn: &mut Conn, keys: &Keys, login: &str) -> AppResult<Option<(User, String)>> {
    let sql = format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE ");
    let row = |r: &Row| Ok((user_from_row(r)?, r.get::<String>(10)?));
    let found = if login.contains('@') {
        let lookup = keys.lookup_hash(&model::user::normalize_email(login));
        conn.query_opt(&(sql + "email_lookup = ?1"), params![lookup], row)?
    } else {
        conn.query_opt(
            &(sql + "username = ?1"),
            params![login.trim().to_lowercase()],
            row,
        )?
    };
    Ok(found)
}

pub fn count(conn: &mut Conn) -> AppResult<i64> {
    conn.query_one("SELECT COUNT(*) FROM users", params![], |r| Ok(r.get(0)?))
}

/// The whole account, decrypted, for its owner.
pub fn me(conn: &mut Conn, keys: &Keys, user: &User) -> AppResult<Me> {
    let school = match &user.school_id {
        Some(id) => schools::reference(conn, id)?,
        None => None,
    };
    Ok(Me {
        id: user.id.clone(),
        username: user.username.clone(),
        email: user.email(keys)?,
        kind: user.kind,
        school,
        is_admin: user.is_admin,
        date_of_birth: user.birth_date(keys)?,
        marketing_opt_in: user.marketing_opt_in,
        avatar: user.avatar.clone(),
        must_change_password: user.must_change_password,
        has_password: password_hash(conn, &user.id)?.is_some_and(|h| h != NO_PASSWORD),
        language: language(conn, &user.id)?,
    })
}

/// The language the account chose, if any.
pub fn language(conn: &mut Conn, id: &str) -> AppResult<Option<String>> {
    conn.query_one(
        "SELECT language FROM users WHERE id = ?1",
        params![id],
        |r| Ok(r.get(0)?),
    )
}

/// Sets (or with `None` forgets) the account's language; answers whether
/// it changed.
pub fn set_language(conn: &mut Conn, id: &str, code: Option<&str>) -> AppResult<bool> {
    if language(conn, id)?.as_deref() == code {
        return Ok(false);
    }
    conn.execute(
        "UPDATE users SET language = ?1 WHERE id = ?2",
        params![code, id],
    )?;
    Ok(true)
}

/// A school's users, by username.
pub fn in_school(conn: &mut Conn, school_id: &str) -> AppResult<Vec<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE school_id = ?1 ORDER BY username");
    let rows = conn.query_all(&sql, params![school_id], user_from_row)?;
    Ok(rows)
}

pub fn set_username(conn: &mut Conn, id: &str, username: &str) -> AppResult<()> {
    conn.execute(
        "UPDATE users SET username = ?1 WHERE id = ?2",
        params![username, id],
    )
    .map_err(|e| match e.unique_column() {
        Some(_) => AppError::validation("username", Message::new("error-username-taken")),
        None => e.into(),
    })?;
    Ok(())
}

/// `email` must be normalised. Answers whether it differed from the old one.
pub fn set_email(conn: &mut Conn, keys: &Keys, id: &str, email: &str) -> AppResult<bool> {
    let changed = conn
        .execute(
            "UPDATE users SET email_lookup = ?1, email_sealed = ?2
             WHERE id = ?3 AND email_lookup IS DISTINCT FROM ?1",
            params![
                keys.lookup_hash(email),
                keys.seal(email, Place::user_email(id)),
                id
            ],
        )
        .map_err(|e| match e.unique_column() {
            Some(_) => AppError::validation("email", Message::new("error-email-taken")),
            None => e.into(),
        })?;
    Ok(changed > 0)
}

/// Sets a new password; `chosen_by_user` says whether its owner chose it
/// (otherwise they must replace it at their next sign-in).
pub fn set_password_hash(
    conn: &mut Conn,
    id: &str,
    hash: &str,
    chosen_by_user: bool,
) -> AppResult<()> {
    conn.execute(
        "UPDATE users SET password_hash = ?1, must_change_password = ?2 WHERE id = ?3",
        params![hash, !chosen_by_user, id],
    )?;
    Ok(())
}

/// The stored password hash, to check a password against.
pub fn password_hash(conn: &mut Conn, id: &str) -> AppResult<Option<String>> {
    conn.query_opt(
        "SELECT password_hash FROM users WHERE id = ?1",
        params![id],
        |r| Ok(r.get(0)?),
    )
}

/// Takes a user out of their school (see `classes::leave_all` for its
/// classes).
pub fn leave_school(conn: &mut Conn, id: &str) -> AppResult<()> {
    conn.execute(
        "UPDATE users SET school_id = NULL, is_admin = FALSE WHERE id = ?1",
        params![id],
    )?;
    Ok(())
}

/// Deletes the account `deletion` is about and, through the schema's
/// cascades, its sessions, scenes, assets, memberships and feedback; only
/// its activity log stays, ending with `deletion`, for its last 30 days.
/// Answers the ids of the asset files to remove from the store.
/// Call inside a transaction, with whatever else the deletion involves.
pub fn delete(
    tx: &mut Conn,
    keys: &Keys,
    deletion: crate::db::activity::Event,
) -> AppResult<Vec<String>> {
    let id = deletion.user_id;
    let files = assets::owned_by(tx, id)?
        .into_iter()
        .map(|a| a.id)
        .collect();
    tx.execute("DELETE FROM users WHERE id = ?1", params![id])?;
    crate::db::activity::record_deletion(tx, keys, deletion)?;
    Ok(files)
}

/// Marks a password someone else chose: the user replaces it at next sign-in.
pub fn require_password_change(conn: &mut Conn, id: &str) -> AppResult<()> {
    conn.execute(
        "UPDATE users SET must_change_password = TRUE WHERE id = ?1",
        params![id],
    )?;
    Ok(())
}

/// Answers whether the choice differed from the old one.
pub fn set_marketing_opt_in(conn: &mut Conn, id: &str, on: bool) -> AppResult<bool> {
    let changed = conn.execute(
        "UPDATE users SET marketing_opt_in = ?1 WHERE id = ?2 AND marketing_opt_in <> ?1",
        params![on, id],
    )?;
    Ok(changed > 0)
}

/// An admin of the school other than `except`, if there is one.
pub fn another_admin(conn: &mut Conn, school_id: &str, except: &str) -> AppResult<Option<String>> {
    conn
        .query_opt(
            "SELECT id FROM users WHERE school_id = ?1 AND is_admin AND id <> ?2 ORDER BY created_at LIMIT 1",
            params![school_id, except],
            |r| Ok(r.get(0)?),
        )
}

/// Sets (or with `None` removes) a user's picture; answers the previous
/// one's asset id, which the caller deletes.
pub fn set_avatar(conn: &mut Conn, id: &str, asset_id: Option<&str>) -> AppResult<Option<String>> {
    let old: Option<String> = conn.query_one(
        "SELECT avatar_asset_id FROM users WHERE id = ?1",
        params![id],
        |r| Ok(r.get(0)?),
    )?;
    conn.execute(
        "UPDATE users SET avatar_asset_id = ?1 WHERE id = ?2",
        params![asset_id, id],
    )?;
    Ok(old)
}

/// The user whose picture an asset is, if it is one.
pub fn with_avatar(conn: &mut Conn, asset_id: &str) -> AppResult<Option<User>> {
    let id: Option<String> = conn.query_opt(
        "SELECT id FROM users WHERE avatar_asset_id = ?1",
        params![asset_id],
        |r| Ok(r.get(0)?),
    )?;
    match id {
        Some(id) => by_id(conn, &id),
        None => Ok(None),
    }
}

/// Sets a student's date of birth (already validated); answers whether it
/// differed from the one held.
pub fn set_birth_date(conn: &mut Conn, keys: &Keys, user: &User, date: &str) -> AppResult<bool> {
    if user.birth_date(keys)?.as_deref() == Some(date) {
        return Ok(false);
    }
    conn.execute(
        "UPDATE users SET birth_date_sealed = ?1 WHERE id = ?2",
        params![keys.seal(date, Place::user_birth_date(&user.id)), user.id],
    )?;
    Ok(true)
}
