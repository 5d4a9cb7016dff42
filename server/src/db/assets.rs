//! Uploaded images: their metadata here, their bytes in `<data>/assets/`.

use crate::db::Conn;
use crate::error::AppResult;
use crate::params;
use model::Asset;

#[derive(Clone, Debug)]
pub struct StoredAsset {
    pub asset: Asset,
    pub owner_id: String,
}

pub fn insert(
    conn: &mut Conn,
    asset: &Asset,
    owner_id: &str,
    byte_size: usize,
    now: i64,
) -> AppResult<()> {
    conn.execute(
        "INSERT INTO assets (id, owner_id, content_type, width, height, byte_size, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            asset.id,
            owner_id,
            asset.content_type,
            asset.width,
            asset.height,
            byte_size as i64,
            now
        ],
    )?;
    Ok(())
}

pub fn by_id(conn: &mut Conn, id: &str) -> AppResult<Option<StoredAsset>> {
    conn.query_opt(
        "SELECT id, content_type, width, height, owner_id FROM assets WHERE id = ?1",
        params![id],
        |r| {
            Ok(StoredAsset {
                asset: Asset {
                    id: r.get(0)?,
                    content_type: r.get(1)?,
                    width: r.get(2)?,
                    height: r.get(3)?,
                },
                owner_id: r.get(4)?,
            })
        },
    )
}

/// The scenes that show an asset (their ids), so the asset can follow their
/// visibility.
pub fn scenes_using(conn: &mut Conn, asset_id: &str) -> AppResult<Vec<String>> {
    let ids = conn.query_all(
        "SELECT scene_id FROM scene_assets WHERE asset_id = ?1",
        params![asset_id],
        |r| Ok(r.get(0)?),
    )?;
    Ok(ids)
}

/// Everything a user uploaded, oldest first.
pub fn owned_by(conn: &mut Conn, owner_id: &str) -> AppResult<Vec<Asset>> {
    let rows = conn.query_all("SELECT id, content_type, width, height FROM assets WHERE owner_id = ?1 ORDER BY created_at, rowid", params![owner_id], |r| {
            Ok(Asset {
                id: r.get(0)?,
                content_type: r.get(1)?,
                width: r.get(2)?,
                height: r.get(3)?,
            })
        })?;
    Ok(rows)
}

/// The bytes a user's uploads take.
pub fn bytes_owned_by(conn: &mut Conn, owner_id: &str) -> AppResult<u64> {
    let total: i64 = conn.query_one(
        "SELECT CAST(COALESCE(SUM(byte_size), 0) AS BIGINT) FROM assets WHERE owner_id = ?1",
        params![owner_id],
        |r| Ok(r.get(0)?),
    )?;
    Ok(total.max(0) as u64)
}

/// Deletes the records of uploads made before `before` that no scene shows
/// and no user has as their picture; answers their ids, whose files the
/// caller removes after committing.
pub fn delete_unused(conn: &mut Conn, before: i64) -> AppResult<Vec<String>> {
    let ids = conn.query_all(
        "DELETE FROM assets WHERE created_at <= ?1
           AND NOT EXISTS (SELECT 1 FROM scene_assets sa WHERE sa.asset_id = assets.id)
           AND NOT EXISTS (SELECT 1 FROM users u WHERE u.avatar_asset_id = assets.id)
         RETURNING id",
        params![before],
        |r| Ok(r.get(0)?),
    )?;
    Ok(ids)
}

pub fn delete(conn: &mut Conn, id: &str) -> AppResult<()> {
    conn.execute("DELETE FROM assets WHERE id = ?1", params![id])?;
    Ok(())
}
