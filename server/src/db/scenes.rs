//! Scenes: one row each, with the image and hotspots as a JSON document.

use crate::clock::rfc3339;
use crate::db::feedback;
use crate::db::users::{self, User};
use crate::db::{Column, Conn, Param, Row};
use crate::error::{AppError, AppResult};
use crate::params;
use crate::policy::{self, Relation};
use model::{
    Hotspot, Scene, SceneImage, SceneInput, SceneSummary, UserKind, UserSummary, Visibility,
};
use pinpoint_i18n::Message;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The part of a scene stored as JSON.
#[derive(Serialize, Deserialize)]
struct Body {
    image: Option<SceneImage>,
    hotspots: Vec<Arc<Hotspot>>,
}

/// A scene with what the access policy needs to know about its owner.
pub struct StoredScene {
    pub scene: Scene,
    pub owner: User,
}

fn body_json(input: &SceneInput) -> AppResult<String> {
    let body = Body {
        image: input.image.clone(),
        hotspots: input.hotspots.clone(),
    };
    serde_json::to_string(&body).map_err(|e| AppError::Internal(e.into()))
}

/// Asset ids a scene shows: its image and its hotspots' pictures and sounds.
pub fn asset_ids(input: &SceneInput) -> Vec<String> {
    let images = input
        .hotspots
        .iter()
        .filter_map(|h| h.media.as_ref()?.asset_id().map(str::to_string));
    let mut ids: Vec<String> = input
        .image
        .iter()
        .map(|i| i.asset_id.clone())
        .chain(images)
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Writes what is kept beside the body for cheap requests: the assets the
/// scene shows (whose visibility follows it), its hotspot ids (checked by
/// viewer events) and the summary a listing shows.
fn index_body(conn: &mut Conn, scene_id: &str, input: &SceneInput) -> AppResult<()> {
    conn.execute(
        "DELETE FROM scene_assets WHERE scene_id = ?1",
        params![scene_id],
    )?;
    for asset_id in asset_ids(input) {
        conn.execute(
            "INSERT INTO scene_assets (scene_id, asset_id) VALUES (?1, ?2)",
            params![scene_id, asset_id],
        )?;
    }
    conn.execute(
        "DELETE FROM scene_hotspots WHERE scene_id = ?1",
        params![scene_id],
    )?;
    for hotspot in &input.hotspots {
        conn.execute(
            "INSERT INTO scene_hotspots (scene_id, hotspot_id) VALUES (?1, ?2)
             ON CONFLICT DO NOTHING",
            params![scene_id, hotspot.id],
        )?;
    }
    let image = input
        .image
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| AppError::Internal(e.into()))?;
    conn.execute(
        "UPDATE scenes SET image_json = ?2, hotspot_count = ?3 WHERE id = ?1",
        params![scene_id, image, input.hotspots.len() as i64],
    )?;
    Ok(())
}

/// Call inside a transaction: the scene and its asset links go in together.
pub fn insert(
    tx: &mut Conn,
    id: &str,
    owner: &User,
    input: &SceneInput,
    now: i64,
) -> AppResult<Scene> {
    tx.execute(
        "INSERT INTO scenes (id, owner_id, title, description, visibility, body, version, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?7)",
        params![id, owner.id, input.title, input.description, input.visibility.as_str(), body_json(input)?, now],
    )?;
    index_body(tx, id, input)?;
    Ok(Scene {
        id: id.to_string(),
        owner: owner.summary(),
        title: input.title.clone(),
        description: input.description.clone(),
        image: input.image.clone(),
        hotspots: input.hotspots.clone(),
        visibility: input.visibility,
        version: 1,
        created_at: rfc3339(now),
        updated_at: rfc3339(now),
    })
}

/// Saves an edit made from version `base`. Answers `Conflict` when the scene
/// has moved on since, so neither side's work is silently lost. Call inside
/// a transaction.
pub fn update(tx: &mut Conn, id: &str, base: i64, input: &SceneInput, now: i64) -> AppResult<()> {
    let changed = tx.execute(
        "UPDATE scenes SET title = ?1, description = ?2, visibility = ?3, body = ?4,
                version = version + 1, updated_at = ?5
         WHERE id = ?6 AND version = ?7",
        params![
            input.title,
            input.description,
            input.visibility.as_str(),
            body_json(input)?,
            now,
            id,
            base
        ],
    )?;
    if changed == 0 {
        let current: Option<i64> = tx.query_opt(
            "SELECT version FROM scenes WHERE id = ?1",
            params![id],
            |r| Ok(r.get(0)?),
        )?;
        return Err(match current {
            Some(current) => AppError::Conflict(
                Message::new("error-scene-changed")
                    .number("current", current as f64)
                    .number("base", base as f64),
            ),
            None => AppError::NotFound,
        });
    }
    index_body(tx, id, input)?;
    Ok(())
}

/// Gives a scene a new id, so every old link to it stops working. The
/// owner's tour links to it follow it to the new id.
pub fn change_id(conn: &mut Conn, old: &str, new: &str, owner_id: &str) -> AppResult<()> {
    let mut tx = conn.transaction()?;
    tx.execute("UPDATE scenes SET id = ?1 WHERE id = ?2", params![new, old])?;
    // Bodies are serde_json's compact output and ids are base64url, so the
    // link is spelt exactly this way. A scene whose links change gets a new
    // version, so an editor still holding the old link saves a conflict
    // rather than putting the revoked link back.
    let rewrite = tx.pick(
        "UPDATE scenes SET body = replace(body, ?1, ?2), version = version + 1
         WHERE owner_id = ?3 AND instr(body, ?1) > 0",
        "UPDATE scenes SET body = replace(body, ?1, ?2), version = version + 1
         WHERE owner_id = ?3 AND strpos(body, ?1) > 0",
    );
    tx.execute(
        rewrite,
        params![
            format!("\"scene_link\":\"{old}\""),
            format!("\"scene_link\":\"{new}\""),
            owner_id
        ],
    )?;
    tx.commit()?;
    Ok(())
}

/// What a batch of viewer events needs to know of one scene, in one
/// query: its visibility (`None`: no such scene) and which of `hotspots`
/// it has.
pub fn event_target(
    conn: &mut Conn,
    scene_id: &str,
    hotspots: &[&str],
) -> AppResult<Option<(Visibility, std::collections::HashSet<String>)>> {
    let sql = if hotspots.is_empty() {
        "SELECT s.visibility, NULL FROM scenes s WHERE s.id = ?1".to_string()
    } else {
        let asked: Vec<String> = (2..hotspots.len() + 2).map(|i| format!("?{i}")).collect();
        format!(
            "SELECT s.visibility, h.hotspot_id FROM scenes s
             LEFT JOIN scene_hotspots h ON h.scene_id = s.id AND h.hotspot_id IN ({})
             WHERE s.id = ?1",
            asked.join(", ")
        )
    };
    let mut params: Vec<&dyn Param> = vec![&scene_id];
    params.extend(hotspots.iter().map(|h| h as &dyn Param));
    let rows: Vec<(String, Option<String>)> =
        conn.query_all(&sql, &params, |r| Ok((r.get(0)?, r.get(1)?)))?;
    let Some((visibility, _)) = rows.first() else {
        return Ok(None);
    };
    let visibility = Visibility::parse(visibility).unwrap_or_default();
    let found = rows
        .into_iter()
        .filter_map(|(_, hotspot)| hotspot)
        .collect();
    Ok(Some((visibility, found)))
}

pub fn delete(conn: &mut Conn, id: &str) -> AppResult<()> {
    conn.execute("DELETE FROM scenes WHERE id = ?1", params![id])?;
    Ok(())
}

/// A scene's columns, and column 5 (the body, or the image in a listing).
fn scene_from_row<T: Column>(row: &Row, owner: UserSummary) -> AppResult<(Scene, T)> {
    let visibility: String = row.get(4)?;
    let body: T = row.get(5)?;
    let scene = Scene {
        id: row.get(0)?,
        owner,
        title: row.get(2)?,
        description: row.get(3)?,
        image: None,
        hotspots: Vec::new(),
        visibility: Visibility::parse(&visibility).unwrap_or_default(),
        version: row.get(6)?,
        created_at: rfc3339(row.get(7)?),
        updated_at: rfc3339(row.get(8)?),
    };
    Ok((scene, body))
}

/// The scene and its owner, in one query: every shared link's first
/// request.
pub fn by_id(conn: &mut Conn, id: &str) -> AppResult<Option<StoredScene>> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let owner: Vec<String> = users::USER_COLUMNS
            .split(", ")
            .map(|column| format!("u.{column}"))
            .collect();
        format!(
            "SELECT s.id, s.owner_id, s.title, s.description, s.visibility, s.body, s.version,
                    s.created_at, s.updated_at, {}
             FROM scenes s JOIN users u ON u.id = s.owner_id WHERE s.id = ?1",
            owner.join(", ")
        )
    });
    let Some((mut scene, body, owner)) = conn.query_opt(&SQL, params![id], |r| {
        let owner = users::user_from_row_at(r, 9)?;
        let (scene, body) = scene_from_row::<String>(r, owner.summary())?;
        Ok((scene, body, owner))
    })?
    else {
        return Ok(None);
    };
    let body: Body = serde_json::from_str(&body).map_err(|e| AppError::Internal(e.into()))?;
    scene.image = body.image;
    scene.hotspots = body.hotspots;
    Ok(Some(StoredScene { scene, owner }))
}

fn summaries(
    conn: &mut Conn,
    for_anyone: bool,
    sql: &str,
    params: &[&dyn Param],
) -> AppResult<Vec<SceneSummary>> {
    let rows = conn.query_all(sql, params, |r| {
        let kind: String = r.get(12)?;
        let kind = UserKind::parse(&kind).unwrap_or(UserKind::Student);
        let owner = UserSummary {
            id: r.get(1)?,
            username: r.get(9)?,
            // A listing that may reach anyone (Explore) shows a picture
            // only where a stranger may see it.
            avatar: r
                .get::<Option<String>>(10)?
                .filter(|_| !for_anyone || policy::may_see_avatar(Relation::Stranger, kind)),
        };
        let (scene, image) = scene_from_row::<Option<String>>(r, owner)?;
        Ok((scene, image, r.get::<i64>(11)? as usize))
    })?;
    let mut out = Vec::new();
    for (scene, image, hotspot_count) in rows {
        let image = image
            .map(|json| serde_json::from_str::<SceneImage>(&json))
            .transpose()
            .map_err(|e| AppError::Internal(e.into()))?;
        out.push(SceneSummary {
            id: scene.id,
            owner: scene.owner,
            title: scene.title,
            image,
            hotspot_count,
            visibility: scene.visibility,
            updated_at: scene.updated_at,
            unread_feedback: 0,
        });
    }
    Ok(out)
}

/// A listing reads the image and hotspot count kept beside the body (in
/// the body's place), never the body itself.
const SUMMARY_SELECT: &str =
    "SELECT s.id, s.owner_id, s.title, s.description, s.visibility, s.image_json, s.version,
        s.created_at, s.updated_at, u.username, u.avatar_asset_id, s.hotspot_count, u.kind
 FROM scenes s JOIN users u ON u.id = s.owner_id";

/// A user's own scenes, most recently edited first, each with how much
/// feedback its owner has not read yet.
pub fn list_owned(conn: &mut Conn, owner_id: &str) -> AppResult<Vec<SceneSummary>> {
    let unread = feedback::unread_by_scene(conn, owner_id)?;
    let mut list = summaries(
        conn,
        false,
        &format!("{SUMMARY_SELECT} WHERE s.owner_id = ?1 ORDER BY s.updated_at DESC, s.id"),
        params![owner_id],
    )?;
    for scene in &mut list {
        scene.unread_feedback = unread.get(&scene.id).copied().unwrap_or(0);
    }
    Ok(list)
}

/// One page of public scenes, newest first. Fetches one extra row to tell
/// whether another page follows. Times are whole seconds, so scenes made in
/// the same second are ordered by rowid, which grows with each insert.
pub fn list_public(
    conn: &mut Conn,
    page: u32,
    per_page: u32,
) -> AppResult<(Vec<SceneSummary>, bool)> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
    let mut rows = summaries(
        conn,
        true,
        &format!("{SUMMARY_SELECT} WHERE s.visibility = 'public' ORDER BY s.created_at DESC, s.rowid DESC LIMIT ?1 OFFSET ?2"),
        params![i64::from(per_page) + 1, offset],
    )?;
    let more = rows.len() > per_page as usize;
    rows.truncate(per_page as usize);
    Ok((rows, more))
}

/// The scenes of a class's students, most recently edited first.
pub fn list_for_class(conn: &mut Conn, class_id: &str) -> AppResult<Vec<SceneSummary>> {
    summaries(
        conn,
        false,
        &format!(
            "{SUMMARY_SELECT} WHERE s.owner_id IN (SELECT student_id FROM class_members WHERE class_id = ?1)
             ORDER BY s.updated_at DESC, s.rowid DESC"
        ),
        params![class_id],
    )
}
