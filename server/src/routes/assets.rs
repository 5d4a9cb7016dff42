//! Image uploads and downloads. An upload's type is decided by its content,
//! never by its name or declared type; an image is served to whoever may see
//! a scene that shows it, or the user it pictures (and to its owner).

use crate::access;
use crate::auth::{CurrentUser, MaybeUser};
use crate::crypto::random_id;
use crate::db::{assets, users};
use crate::error::{AppError, AppResult};
use crate::extract::{bytes_rejection, AppPath};
use crate::policy;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use model::asset::{MAX_ASSET_BYTES, MAX_ASSET_SIDE};
use model::Asset;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/assets",
            post(upload).layer(DefaultBodyLimit::max(MAX_ASSET_BYTES)),
        )
        .route("/assets/{id}", get(download))
}

/// The image type a body holds, judged by its bytes.
pub(crate) fn sniff_image(bytes: &[u8]) -> Option<&'static str> {
    match imagesize::image_type(bytes).ok()? {
        imagesize::ImageType::Png => Some("image/png"),
        imagesize::ImageType::Jpeg => Some("image/jpeg"),
        imagesize::ImageType::Webp => Some("image/webp"),
        imagesize::ImageType::Gif => Some("image/gif"),
        _ => None,
    }
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

/// An image's size in pixels, refusing damaged or absurd ones.
pub(crate) fn image_size(bytes: &[u8]) -> AppResult<(u32, u32)> {
    let size = imagesize::blob_size(bytes).map_err(|_| {
        AppError::UnsupportedMediaType("This image file is damaged or incomplete".into())
    })?;
    let (width, height) = (size.width as u64, size.height as u64);
    if width == 0 || height == 0 {
        return Err(AppError::UnsupportedMediaType(
            "This image has no pixels".into(),
        ));
    }
    if width > u64::from(MAX_ASSET_SIDE) || height > u64::from(MAX_ASSET_SIDE) {
        return Err(AppError::validation(
            "image",
            format!("Images may be at most {MAX_ASSET_SIDE} pixels wide and high"),
        ));
    }
    Ok((width as u32, height as u32))
}

/// Stores an uploaded image (for a scene or a popup) or sound (for a popup).
async fn upload(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    body: Result<Bytes, BytesRejection>,
) -> AppResult<impl IntoResponse> {
    let now = state.clock.now();
    let bytes = body.map_err(bytes_rejection)?;
    if bytes.is_empty() {
        return Err(AppError::BadRequest("The upload is empty".into()));
    }
    let (content_type, (width, height)) = match (sniff_image(&bytes), sniff_audio(&bytes)) {
        (Some(image), _) => (image, image_size(&bytes)?),
        (None, Some(sound)) => (sound, (0, 0)),
        (None, None) => return Err(AppError::UnsupportedMediaType(
            "Only PNG, JPEG, WebP and GIF images (or MP3, Ogg, WAV and M4A sounds) can be uploaded"
                .into(),
        )),
    };
    let asset = Asset {
        id: random_id(),
        content_type: content_type.to_string(),
        width,
        height,
    };
    state.files.write(&asset.id, &bytes).await?;
    let stored = asset.clone();
    let byte_size = bytes.len();
    state
        .db
        .call(move |conn| assets::insert(conn, &stored, &user.id, byte_size, now))
        .await?;
    Ok((StatusCode::CREATED, Json(asset)))
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
            if user.as_ref().is_some_and(|u| u.id == stored.owner_id) {
                return Ok(stored.asset);
            }
            for scene_id in assets::scenes_using(conn, &asset_id)? {
                match access::viewable_scene(conn, &scene_id, user.as_ref()) {
                    Ok(_) => return Ok(stored.asset),
                    Err(AppError::NotFound) => continue,
                    Err(e) => return Err(e),
                }
            }
            if let Some(owner) = users::with_avatar(conn, &asset_id)? {
                let relation = access::relation(conn, user.as_ref(), &owner)?;
                if policy::may_see_avatar(relation, owner.kind) {
                    return Ok(stored.asset);
                }
            }
            Err(AppError::NotFound)
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
