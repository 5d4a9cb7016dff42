//! LTI 1.3: schools' registered platforms and launches under way.

use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::params;
use model::lti::{LtiPlatform, LtiPlatformSettings};
use pinpoint_i18n::Message;

/// How long a launch may take between login initiation and its answer.
pub const LOGIN_SECONDS: i64 = 600;

/// A platform, with the school it belongs to.
#[derive(Clone, Debug)]
pub struct Platform {
    pub school_id: String,
    pub platform: LtiPlatform,
}

const COLUMNS: &str = "id, school_id, issuer, client_id, deployment_id, auth_url, jwks_url";

fn from_row(r: &crate::db::Row) -> AppResult<Platform> {
    Ok(Platform {
        school_id: r.get(1)?,
        platform: LtiPlatform {
            id: r.get(0)?,
            settings: LtiPlatformSettings {
                issuer: r.get(2)?,
                client_id: r.get(3)?,
                deployment_id: r.get(4)?,
                auth_url: r.get(5)?,
                jwks_url: r.get(6)?,
            },
        },
    })
}

pub fn insert(
    conn: &mut Conn,
    id: &str,
    school_id: &str,
    settings: &LtiPlatformSettings,
    now: i64,
) -> AppResult<()> {
    conn.execute(
        "INSERT INTO lti_platforms
             (id, school_id, issuer, client_id, deployment_id, auth_url, jwks_url, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            school_id,
            settings.issuer,
            settings.client_id,
            settings.deployment_id,
            settings.auth_url,
            settings.jwks_url,
            now
        ],
    )
    .map_err(|e| match e.unique_column() {
        Some(_) => AppError::validation("client_id", Message::new("error-lti-registered")),
        None => e.into(),
    })?;
    Ok(())
}

/// A school's platforms, oldest first.
pub fn for_school(conn: &mut Conn, school_id: &str) -> AppResult<Vec<LtiPlatform>> {
    Ok(conn
        .query_all(
            &format!(
                "SELECT {COLUMNS} FROM lti_platforms WHERE school_id = ?1 ORDER BY created_at, id"
            ),
            params![school_id],
            from_row,
        )?
        .into_iter()
        .map(|p| p.platform)
        .collect())
}

pub fn by_id(conn: &mut Conn, id: &str) -> AppResult<Option<Platform>> {
    conn.query_opt(
        &format!("SELECT {COLUMNS} FROM lti_platforms WHERE id = ?1"),
        params![id],
        from_row,
    )
}

/// The platform a login initiation names: by issuer and client id, or by
/// issuer alone when only one registration has it.
pub fn for_login(
    conn: &mut Conn,
    issuer: &str,
    client_id: Option<&str>,
) -> AppResult<Option<Platform>> {
    let found = match client_id {
        Some(client_id) => conn.query_all(
            &format!("SELECT {COLUMNS} FROM lti_platforms WHERE issuer = ?1 AND client_id = ?2"),
            params![issuer, client_id],
            from_row,
        )?,
        None => conn.query_all(
            &format!("SELECT {COLUMNS} FROM lti_platforms WHERE issuer = ?1 LIMIT 2"),
            params![issuer],
            from_row,
        )?,
    };
    Ok(if found.len() == 1 {
        found.into_iter().next()
    } else {
        None
    })
}

/// Removes a school's platform; answers whether it was there.
pub fn delete(conn: &mut Conn, school_id: &str, id: &str) -> AppResult<bool> {
    Ok(conn.execute(
        "DELETE FROM lti_platforms WHERE id = ?1 AND school_id = ?2",
        params![id, school_id],
    )? > 0)
}

pub fn start_login(
    conn: &mut Conn,
    state_hash: &[u8],
    platform_id: &str,
    nonce: &str,
    now: i64,
) -> AppResult<()> {
    conn.execute(
        "INSERT INTO lti_logins (state_hash, platform_id, nonce, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![state_hash, platform_id, nonce, now],
    )?;
    Ok(())
}

/// The launch whose state hashes to `state_hash` (platform id, nonce),
/// removed so that it is answered once; none when unknown, used or stale.
pub fn take_login(
    conn: &mut Conn,
    state_hash: &[u8],
    now: i64,
) -> AppResult<Option<(String, String)>> {
    let taken: Option<(String, String, i64)> = conn.query_opt(
        "DELETE FROM lti_logins WHERE state_hash = ?1 RETURNING platform_id, nonce, created_at",
        params![state_hash],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(taken
        .filter(|(_, _, at)| now - at <= LOGIN_SECONDS)
        .map(|(platform, nonce, _)| (platform, nonce)))
}

pub fn purge_logins(conn: &mut Conn, now: i64) -> AppResult<usize> {
    Ok(conn.execute(
        "DELETE FROM lti_logins WHERE created_at < ?1",
        params![now - LOGIN_SECONDS],
    )?)
}

/// How long a retired tool key stays published, so that what it signed
/// just before still checks out.
pub const RETIRED_KEY_KEPT: i64 = 7 * crate::clock::DAY;

/// A tool key to store: its id, the sealed private key, the public JWK.
pub struct NewToolKey {
    pub kid: String,
    pub private_sealed: Vec<u8>,
    pub public_jwk: String,
}

/// Whether the tool has a key in use.
pub fn has_current_tool_key(conn: &mut Conn) -> AppResult<bool> {
    conn.exists(
        "SELECT 1 FROM tool_keys WHERE retired_at IS NULL",
        params![],
    )
}

/// The key in use: its id and sealed private key.
pub fn current_tool_key(conn: &mut Conn) -> AppResult<Option<(String, Vec<u8>)>> {
    conn.query_opt(
        "SELECT kid, private_sealed FROM tool_keys WHERE retired_at IS NULL
         ORDER BY created_at DESC, kid LIMIT 1",
        params![],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Retires the key in use (if any) and stores `key` in its place.
pub fn replace_tool_key(conn: &mut Conn, key: &NewToolKey, now: i64) -> AppResult<()> {
    conn.execute(
        "UPDATE tool_keys SET retired_at = ?1 WHERE retired_at IS NULL",
        params![now],
    )?;
    conn.execute(
        "INSERT INTO tool_keys (kid, private_sealed, public_jwk, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![key.kid, key.private_sealed, key.public_jwk, now],
    )?;
    Ok(())
}

/// The public keys platforms may check the tool's signatures with: the
/// one in use and those retired in the last week, newest first.
pub fn published_tool_keys(conn: &mut Conn, now: i64) -> AppResult<Vec<String>> {
    conn.query_all(
        "SELECT public_jwk FROM tool_keys WHERE retired_at IS NULL OR retired_at > ?1
         ORDER BY (retired_at IS NULL) DESC, created_at DESC, kid",
        params![now - RETIRED_KEY_KEPT],
        |r| Ok(r.get(0)?),
    )
}

/// How long an instructor may take to pick a scene.
pub const DEEP_LINK_SECONDS: i64 = 1800;

/// A deep-linking launch waiting for the instructor's choice.
#[derive(Clone, Debug)]
pub struct DeepLink {
    pub platform: Platform,
    /// The instructor's subject at the platform.
    pub subject: String,
    /// Where the choice is sent (the platform's `deep_link_return_url`).
    pub return_url: String,
    /// The platform's opaque `data`, sent back with the choice.
    pub data: Option<String>,
}

pub fn start_deep_link(
    conn: &mut Conn,
    token_hash: &[u8],
    link: &DeepLink,
    now: i64,
) -> AppResult<()> {
    conn.execute(
        "INSERT INTO lti_deep_links (token_hash, platform_id, subject, return_url, data, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            token_hash,
            link.platform.platform.id,
            link.subject,
            link.return_url,
            link.data,
            now
        ],
    )?;
    Ok(())
}

/// The deep-linking launch whose token hashes to `token_hash`, while it
/// is fresh.
pub fn deep_link(conn: &mut Conn, token_hash: &[u8], now: i64) -> AppResult<Option<DeepLink>> {
    let found: Option<(String, String, String, Option<String>)> = conn.query_opt(
        "SELECT platform_id, subject, return_url, data FROM lti_deep_links
         WHERE token_hash = ?1 AND created_at >= ?2",
        params![token_hash, now - DEEP_LINK_SECONDS],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let Some((platform_id, subject, return_url, data)) = found else {
        return Ok(None);
    };
    Ok(by_id(conn, &platform_id)?.map(|platform| DeepLink {
        platform,
        subject,
        return_url,
        data,
    }))
}

/// Ends a deep-linking launch; answers whether it was still open (so a
/// choice is sent once).
pub fn end_deep_link(conn: &mut Conn, token_hash: &[u8], now: i64) -> AppResult<bool> {
    Ok(conn.execute(
        "DELETE FROM lti_deep_links WHERE token_hash = ?1 AND created_at >= ?2",
        params![token_hash, now - DEEP_LINK_SECONDS],
    )? > 0)
}

pub fn purge_deep_links(conn: &mut Conn, now: i64) -> AppResult<usize> {
    Ok(conn.execute(
        "DELETE FROM lti_deep_links WHERE created_at < ?1",
        params![now - DEEP_LINK_SECONDS],
    )?)
}

/// The Pinpoint account an instructor of `platform_id` linked.
pub fn linked_user(conn: &mut Conn, platform_id: &str, subject: &str) -> AppResult<Option<String>> {
    conn.query_opt(
        "SELECT user_id FROM lti_links WHERE platform_id = ?1 AND subject = ?2",
        params![platform_id, subject],
        |r| Ok(r.get(0)?),
    )
}

/// Links an instructor's platform account to `user_id` (again: a new
/// link replaces an old one, as the instructor proved the account).
pub fn link(
    conn: &mut Conn,
    platform_id: &str,
    subject: &str,
    user_id: &str,
    now: i64,
) -> AppResult<()> {
    let sql = "INSERT INTO lti_links (platform_id, subject, user_id, created_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (platform_id, subject) DO UPDATE SET user_id = ?3, created_at = ?4";
    conn.execute(sql, params![platform_id, subject, user_id, now])?;
    Ok(())
}

/// Removes an account's links to learning platforms: a new password
/// ends them as it ends sessions, so whoever knew the old one cannot keep
/// adding the teacher's scenes to courses.
pub fn unlink_all(conn: &mut Conn, user_id: &str) -> AppResult<usize> {
    Ok(conn.execute("DELETE FROM lti_links WHERE user_id = ?1", params![user_id])?)
}

/// An account's links to learning platforms, for its export.
pub struct LinkedPlatform {
    pub issuer: String,
    pub subject: String,
    pub created_at: i64,
}

pub fn links_for_user(conn: &mut Conn, user_id: &str) -> AppResult<Vec<LinkedPlatform>> {
    conn.query_all(
        "SELECT p.issuer, l.subject, l.created_at FROM lti_links l
         JOIN lti_platforms p ON p.id = l.platform_id
         WHERE l.user_id = ?1 ORDER BY l.created_at, p.issuer",
        params![user_id],
        |r| {
            Ok(LinkedPlatform {
                issuer: r.get(0)?,
                subject: r.get(1)?,
                created_at: r.get(2)?,
            })
        },
    )
}
