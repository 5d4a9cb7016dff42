//! Image uploads and downloads. An upload's type is decided by its content,
//! never by its name or declared type; an image is served to whoever may see
//! a scene that shows it, or the user it pictures (and to its owner).

use crate::access;
use crate::auth::{CurrentUser, MaybeUser};
use crate::crypto::random_id;
use crate::db::assets;
use crate::db::users::{self, User};
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::extract::{bytes_rejection, AppPath};
use crate::image_check::{self, CheckedImage, ImageError};
use crate::policy;
use crate::work_pool::in_pool;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use model::asset::MAX_ASSET_BYTES;
use model::Asset;
use pinpoint_i18n::Message;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/assets",
            post(upload).layer(DefaultBodyLimit::max(MAX_ASSET_BYTES)),
        )
        .route("/assets/{id}", get(download))
}

/// The sound type a body holds, judged by its bytes (MP3, Ogg, WAV, M4A).
fn sniff_audio(bytes: &[u8]) -> Option<&'static str> {
    match infer::get(bytes)?.mime_type() {
        "audio/mpeg" => Some("audio/mpeg"),
        "audio/ogg" => Some("audio/ogg"),
        "audio/x-wav" => Some("audio/wav"),
        "audio/m4a" => Some("audio/mp4"),
        _ => None,
    }
}

/// Checks an uploaded image in the work pool (decoding is slow for big
/// ones); answers its type and size, or the 4xx that says what is wrong.
pub(crate) async fn checked_image(bytes: Bytes) -> AppResult<CheckedImage> {
    in_pool(move || image_check::check(&bytes))
        .await?
        .map_err(|e| match e {
            ImageError::TooWide | ImageError::TooManyPixels => {
                AppError::validation("image", e.message())
            }
            ImageError::NotAnImage | ImageError::Damaged | ImageError::NoPixels => {
                AppError::UnsupportedMediaType(e.message())
            }
        })
}

/// Refuses an upload of `size` bytes that would take the account past its
/// storage quota (413).
pub(crate) fn within_quota(
    conn: &mut Conn,
    owner_id: &str,
    size: usize,
    quota: u64,
) -> AppResult<()> {
    let used = assets::bytes_owned_by(conn, owner_id)?;
    if used.saturating_add(size as u64) > quota {
        return Err(AppError::PayloadTooLarge(
            Message::new("error-storage-full")
                .number("used", used.div_ceil(1_000_000) as f64)
                .number("quota", (quota / 1_000_000) as f64),
        ));
    }
    Ok(())
}

/// Stores an uploaded image (for a scene or a popup) or sound (for a popup).
/// An image must decode whole within the pixel budget; a sound is judged by
/// its signature. Either counts against the account's quota, and one that
/// no scene or picture uses within a day is removed (see `retention`).
async fn upload(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    body: Result<Bytes, BytesRejection>,
) -> AppResult<impl IntoResponse> {
    let bytes = body.map_err(bytes_rejection)?;
    let asset = store(&state, &user, bytes).await?;
    Ok((StatusCode::CREATED, Json(asset)))
}

/// Stores `bytes` as `user`'s upload, checked as `POST /api/assets` checks
/// one (also for the pictures of an imported scene).
pub(crate) async fn store(state: &AppState, user: &User, bytes: Bytes) -> AppResult<Asset> {
    let now = state.clock.now();
    if bytes.is_empty() {
        return Err(AppError::BadRequest(Message::new("error-upload-empty")));
    }
    let byte_size = bytes.len();
    let (quota, owner) = (state.quota_bytes, user.id.clone());
    // Cheap first: a full account is told before any decoding.
    state
        .db
        .call(move |conn| within_quota(conn, &owner, byte_size, quota))
        .await?;
    let (content_type, (width, height)) = match (image_check::sniff(&bytes), sniff_audio(&bytes)) {
        (Some(_), _) => {
            let image = checked_image(bytes.clone()).await?;
            (image.content_type, (image.width, image.height))
        }
        (None, Some(sound)) => (sound, (0, 0)),
        (None, None) => {
            return Err(AppError::UnsupportedMediaType(Message::new(
                "error-upload-type",
            )))
        }
    };
    let asset = Asset {
        id: random_id(),
        content_type: content_type.to_string(),
        width,
        height,
    };
    let (stored, state, owner) = (asset.clone(), state.clone(), user.id.clone());
    to_completion(async move {
        state.files.write(&stored.id, &bytes).await?;
        let id = stored.id.clone();
        let inserted = state
            .db
            .call(move |conn| {
                // Checked again with the record: two uploads at once cannot
                // both slip under the quota.
                let mut tx = conn.transaction_locked(&format!("quota {owner}"))?;
                within_quota(&mut tx, &owner, byte_size, quota)?;
                assets::insert(&mut tx, &stored, &owner, byte_size, now)?;
                tx.commit()?;
                Ok(())
            })
            .await;
        if inserted.is_err() {
            state.files.remove_all(vec![id]).await;
        }
        inserted
    })
    .await?;
    Ok(asset)
}

/// Runs `work` to its end even if the client hangs up (which drops the
/// request's future), so a file written is never left without its record.
pub(crate) async fn to_completion<T: Send + 'static>(
    work: impl std::future::Future<Output = AppResult<T>> + Send + 'static,
) -> AppResult<T> {
    tokio::spawn(work)
        .await
        .map_err(|e| AppError::Internal(e.into()))?
}

/// Whether the upload is shown to the requester: in a scene they may open,
/// or as the picture of a user they may see.
fn shown_to(conn: &mut Conn, asset_id: &str, requester: Option<&User>) -> AppResult<bool> {
    for scene_id in assets::scenes_using(conn, asset_id)? {
        match access::viewable_scene(conn, &scene_id, requester) {
            Ok(_) => return Ok(true),
            Err(AppError::NotFound) => continue,
            Err(e) => return Err(e),
        }
    }
    match users::with_avatar(conn, asset_id)? {
        Some(pictured) => {
            let relation = access::relation(conn, requester, &pictured)?;
            Ok(policy::may_see_avatar(relation, pictured.kind))
        }
        None => Ok(false),
    }
}

async fn download(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    AppPath(id): AppPath,
) -> AppResult<impl IntoResponse> {
    let asset_id = id.clone();
    let asset = state
        .db
        .call(move |conn| {
            let stored = assets::by_id(conn, &asset_id)?.ok_or(AppError::NotFound)?;
            let uploader = user.as_ref().is_some_and(|u| u.id == stored.owner_id);
            // Looked up only when it matters.
            let shown = !uploader && shown_to(conn, &asset_id, user.as_ref())?;
            if policy::may_fetch_upload(uploader, shown) {
                Ok(stored.asset)
            } else {
                Err(AppError::NotFound)
            }
        })
        .await?;
    let bytes = match state.files.read(&asset.id).await {
        Ok(bytes) => bytes,
        // The record outlived its file (a restore without the files, say).
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            tracing::warn!(asset = %asset.id, "asset file missing");
            return Err(AppError::NotFound);
        }
        Err(e) => return Err(e.into()),
    };
    Ok((
        [
            (header::CONTENT_TYPE, asset.content_type),
            // Private: a shared cache must not hand one viewer's image to another.
            (header::CACHE_CONTROL, "private, max-age=3600".to_string()),
        ],
        bytes,
    ))
}
