//! A user's picture: sent already cropped square by the app's cropper (or
//! any square image), replacing the previous one, which is deleted.

use crate::auth::CurrentUser;
use crate::crypto::random_id;
use crate::db::activity::{self, Event};
use crate::db::{assets, users};
use crate::error::{AppError, AppResult};
use crate::extract::{bytes_rejection, ClientIp};
use crate::image_check;
use crate::routes::assets::{checked_image, to_completion, within_quota};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::routing::put;
use axum::{Json, Router};
use model::asset::{AVATAR_SIDES, MAX_AVATAR_BYTES};
use model::{ActivityKind, Asset, Me};
use pinpoint_i18n::Message;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/me/avatar",
        put(set_avatar)
            .delete(remove_avatar)
            .layer(DefaultBodyLimit::max(MAX_AVATAR_BYTES)),
    )
}

/// Why these image dimensions cannot be a picture, if they cannot.
fn check_square(width: u32, height: u32) -> AppResult<()> {
    if width != height {
        return Err(AppError::validation(
            "avatar",
            Message::new("error-avatar-square")
                .number("width", width)
                .number("height", height),
        ));
    }
    if !AVATAR_SIDES.contains(&width) {
        return Err(AppError::validation(
            "avatar",
            Message::new("error-avatar-size")
                .number("min", *AVATAR_SIDES.start())
                .number("max", *AVATAR_SIDES.end())
                .number("width", width),
        ));
    }
    Ok(())
}

async fn set_avatar(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    body: Result<Bytes, BytesRejection>,
) -> AppResult<Json<Me>> {
    let bytes = body.map_err(bytes_rejection)?;
    if image_check::sniff(&bytes).is_none() {
        return Err(AppError::UnsupportedMediaType(Message::new(
            "error-avatar-type",
        )));
    }
    let image = checked_image(bytes.clone()).await?;
    check_square(image.width, image.height)?;
    let asset = Asset {
        id: random_id(),
        content_type: image.content_type.into(),
        width: image.width,
        height: image.height,
    };
    to_completion(async move {
        state.files.write(&asset.id, &bytes).await?;
        replace(&state, ip, user, Some((asset, bytes.len()))).await
    })
    .await
}

async fn remove_avatar(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<Me>> {
    replace(&state, ip, user, None).await
}

/// Puts `new` (a stored file and its size) in place of the user's picture,
/// logs it, and deletes the old picture's record and file (unless a scene
/// shows it too).
async fn replace(
    state: &AppState,
    ip: Option<std::net::IpAddr>,
    user: users::User,
    new: Option<(Asset, usize)>,
) -> AppResult<Json<Me>> {
    let keys = state.keys.clone();
    let now = state.clock.now();
    let quota = state.quota_bytes;
    let new_file = new.as_ref().map(|(asset, _)| asset.id.clone());
    let replaced = state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction_locked(&format!("quota {}", user.id))?;
            if let Some((asset, size)) = &new {
                // A picture is an upload like any other: it counts against
                // the quota (and a scene can show it).
                within_quota(&mut tx, &user.id, *size, quota)?;
                assets::insert(&mut tx, asset, &user.id, *size, now)?;
            }
            let new_id = new.as_ref().map(|(asset, _)| asset.id.as_str());
            let old = users::set_avatar(&mut tx, &user.id, new_id)?;
            // A picture the owner also put in a scene stays, for the scene.
            let removed = match old.clone() {
                Some(id) if assets::scenes_using(&mut tx, &id)?.is_empty() => {
                    assets::delete(&mut tx, &id)?;
                    Some(id)
                }
                _ => None,
            };
            if old.is_some() || new_id.is_some() {
                let event =
                    Event::new(&user.id, ActivityKind::SettingsChanged, ip, now).detail("picture");
                activity::record(&mut tx, &keys, event)?;
            }
            let updated = users::get(&mut tx, &user.id)?;
            let me = users::me(&mut tx, &keys, &updated)?;
            tx.commit()?;
            Ok((me, removed))
        })
        .await;
    let (me, removed) = match replaced {
        Ok(replaced) => replaced,
        Err(e) => {
            // The new picture's file was written first; nothing refers to it.
            state.files.remove_all(new_file.into_iter().collect()).await;
            return Err(e);
        }
    };
    if let Some(removed) = removed {
        state.files.remove(&removed).await?;
    }
    Ok(Json(me))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_is_square_and_of_a_sensible_size() {
        assert!(check_square(256, 256).is_ok());
        assert!(check_square(32, 32).is_ok());
        assert!(check_square(1024, 1024).is_ok());
        assert!(check_square(256, 255).is_err());
        assert!(check_square(31, 31).is_err());
        assert!(check_square(1025, 1025).is_err());
    }
}
