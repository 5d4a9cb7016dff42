//! Scenes: the owner's list, create, read, save (with optimistic
//! concurrency), delete, and the public Explore listing.

use crate::access;
use crate::auth::{CurrentUser, MaybeUser};
use crate::crypto::random_id;
use crate::db::activity::{self, Event};
use crate::db::users::User;
use crate::db::Conn;
use crate::db::{assets, scenes, schools};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppPath, ClientIp};
use crate::policy;
use crate::AppState;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use model::{ActivityKind, ExplorePage, Media, Scene, SceneInput, SceneSummary, Visibility};
use pinpoint_i18n::Message;
use serde::Deserialize;

/// A scene of 5,000 hotspots with long texts is a few megabytes of JSON.
const SCENE_BODY_LIMIT: usize = 8 * 1024 * 1024;
const EXPLORE_PAGE_SIZE: u32 = 24;
/// Set on a scene sent to its owner.
pub const VIEWER_IS_OWNER: HeaderName = HeaderName::from_static("pinpoint-viewer-is-owner");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/scenes", get(list_own).post(create))
        .route("/scenes/{id}", get(read).put(save).delete(remove))
        .route("/scenes/{id}/reset-link", post(reset_link))
        .route("/explore", get(explore))
        .layer(DefaultBodyLimit::max(SCENE_BODY_LIMIT))
}

/// Unlisted and private scenes must never be indexed by search engines.
fn robots_header(visibility: Visibility) -> Option<(HeaderName, HeaderValue)> {
    (visibility != Visibility::Public).then(|| {
        (
            HeaderName::from_static("x-robots-tag"),
            HeaderValue::from_static("noindex"),
        )
    })
}

/// An upload the scene of `owner` may show, by id.
fn showable_upload(conn: &mut Conn, owner: &User, id: &str) -> AppResult<Option<model::Asset>> {
    Ok(assets::by_id(conn, id)?
        .filter(|a| policy::may_show_in_scene(&a.owner_id, &owner.id))
        .map(|a| a.asset))
}

/// Normalises and validates an edit, and checks that every image it shows
/// was uploaded by the scene's owner; the image's size comes from the
/// stored asset, not from the client.
pub(crate) fn prepare(
    conn: &mut Conn,
    owner: &User,
    mut input: SceneInput,
) -> AppResult<SceneInput> {
    input.normalize();
    // The picture's size is the upload's, whatever the client says, before
    // anything is judged by it (whether it can be a panorama).
    if let Some(image) = &mut input.image {
        let stored = showable_upload(conn, owner, &image.asset_id)?
            .filter(|a| a.is_image())
            .ok_or_else(|| {
                AppError::validation("image.asset_id", Message::new("error-upload-image-first"))
            })?;
        image.width = stored.width;
        image.height = stored.height;
    }
    input.validate()?;
    let settings = schools::settings(conn, owner.school_id.as_deref())?;
    if !policy::allowed_visibilities(owner.kind, settings).contains(&input.visibility) {
        return Err(AppError::validation(
            "visibility",
            Message::new("error-students-public"),
        ));
    }
    for (index, hotspot) in input.hotspots.iter().enumerate() {
        let Some(media) = &hotspot.media else {
            continue;
        };
        let Some(asset_id) = media.asset_id() else {
            continue;
        };
        let fits = showable_upload(conn, owner, asset_id)?.is_some_and(|a| match media {
            Media::Audio { .. } => a.is_audio(),
            _ => a.is_image(),
        });
        if !fits {
            return Err(AppError::validation(
                &format!("hotspots[{index}].media"),
                Message::new("error-upload-media-first"),
            ));
        }
    }
    Ok(input)
}

async fn list_own(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<Vec<SceneSummary>>> {
    Ok(Json(
        state
            .db
            .call(move |conn| scenes::list_owned(conn, &user.id))
            .await?,
    ))
}

async fn create(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    AppJson(input): AppJson<SceneInput>,
) -> AppResult<impl IntoResponse> {
    let now = state.clock.now();
    let keys = state.keys.clone();
    let scene = state
        .db
        .call(move |conn| create_scene(conn, &keys, &user, input, ip, now))
        .await?;
    Ok((StatusCode::CREATED, Json(scene)))
}

/// Checks `input` as any save is checked and makes it `user`'s new scene.
pub(crate) fn create_scene(
    conn: &mut Conn,
    keys: &crate::crypto::Keys,
    user: &User,
    input: SceneInput,
    ip: Option<std::net::IpAddr>,
    now: i64,
) -> AppResult<Scene> {
    let input = prepare(conn, user, input)?;
    let mut tx = conn.transaction()?;
    let scene = scenes::insert(&mut tx, &random_id(), user, &input, now)?;
    let event = Event::new(&user.id, ActivityKind::SceneCreated, ip, now).scene(&scene.id);
    activity::record(&mut tx, keys, event)?;
    tx.commit()?;
    Ok(scene)
}

async fn read(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    AppPath(id): AppPath,
) -> AppResult<impl IntoResponse> {
    let (mut stored, relation) = state
        .db
        .call(move |conn| access::viewable_scene(conn, &id, user.as_ref()))
        .await?;
    if !policy::may_see_avatar(relation, stored.owner.kind) {
        stored.scene.owner.avatar = None;
    }
    let mut response = Json(&stored.scene).into_response();
    if let Some((name, value)) = robots_header(stored.scene.visibility) {
        response.headers_mut().insert(name, value);
    }
    if relation == policy::Relation::Owner {
        // The viewer counts nobody's visit to their own scene; this spares
        // it asking who is signed in.
        response
            .headers_mut()
            .insert(VIEWER_IS_OWNER, HeaderValue::from_static("1"));
    }
    Ok(response)
}

async fn save(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
    AppJson(input): AppJson<SceneInput>,
) -> AppResult<Json<Scene>> {
    let now = state.clock.now();
    let base = input
        .version
        .ok_or_else(|| AppError::validation("version", Message::new("error-send-version")))?;
    let keys = state.keys.clone();
    let scene = state
        .db
        .call(move |conn| {
            let stored = access::modifiable_scene(conn, &id, &user, "error-only-owner-edit")?;
            let input = prepare(conn, &stored.owner, input)?;
            let mut tx = conn.transaction()?;
            scenes::update(&mut tx, &id, base, &input, now)?;
            let (old, new) = (stored.scene.visibility, input.visibility);
            if old != new {
                let event = Event::new(&user.id, ActivityKind::VisibilityChanged, ip, now)
                    .scene(&id)
                    .detail(format!("{} → {}", old.as_str(), new.as_str()));
                activity::record(&mut tx, &keys, event)?;
            }
            let scene = scenes::by_id(&mut tx, &id)?
                .map(|s| s.scene)
                .ok_or(AppError::NotFound)?;
            tx.commit()?;
            Ok(scene)
        })
        .await?;
    Ok(Json(scene))
}

async fn remove(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<StatusCode> {
    let now = state.clock.now();
    let keys = state.keys.clone();
    state
        .db
        .call(move |conn| {
            access::modifiable_scene(conn, &id, &user, "error-only-owner-delete")?;
            let mut tx = conn.transaction()?;
            scenes::delete(&mut tx, &id)?;
            let event = Event::new(&user.id, ActivityKind::SceneDeleted, ip, now).scene(&id);
            activity::record(&mut tx, &keys, event)?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Revokes a scene's link, as a password reset would: the scene gets a new
/// random id, and the old link answers 404 like any missing scene.
async fn reset_link(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<Json<Scene>> {
    let scene = state
        .db
        .call(move |conn| {
            let stored = access::modifiable_scene(conn, &id, &user, "error-only-owner-reset-link")?;
            let new_id = random_id();
            scenes::change_id(conn, &id, &new_id, &stored.owner.id)?;
            scenes::by_id(conn, &new_id)?
                .map(|s| s.scene)
                .ok_or(AppError::NotFound)
        })
        .await?;
    Ok(Json(scene))
}

#[derive(Deserialize)]
struct ExploreQuery {
    #[serde(default = "first_page")]
    page: u32,
}

fn first_page() -> u32 {
    1
}

/// Public scenes only, newest first: never an unlisted or private one.
async fn explore(
    State(state): State<AppState>,
    query: Result<Query<ExploreQuery>, axum::extract::rejection::QueryRejection>,
) -> AppResult<Json<ExplorePage>> {
    let Query(query) =
        query.map_err(|_| AppError::BadRequest(Message::new("error-page-number")))?;
    let page = query.page.max(1);
    let (scenes, has_more) = state
        .db
        .call(move |conn| scenes::list_public(conn, page, EXPLORE_PAGE_SIZE))
        .await?;
    Ok(Json(ExplorePage {
        scenes,
        page,
        has_more,
    }))
}
