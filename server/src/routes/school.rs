//! The school: its settings (set by its admins) and, for admins, its users.

use crate::auth::CurrentUser;
use crate::db::users::User;
use crate::error::{AppError, AppResult};
use crate::extract::AppJson;
use crate::AppState;
use axum::extract::State;
use axum::routing::{get, patch};
use axum::{Json, Router};
use model::{School, SchoolSettingsPatch, SchoolUser};
use r2d2_sqlite::rusqlite::{params, Connection};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/school", get(read))
        .route("/school/settings", patch(update_settings))
        .route("/school/users", get(users))
}

fn school(conn: &Connection, id: &str) -> AppResult<School> {
    Ok(conn.query_row(
        "SELECT id, name, peer_visibility, students_can_publish FROM schools WHERE id = ?1",
        [id],
        |r| {
            Ok(School {
                id: r.get(0)?,
                name: r.get(1)?,
                peer_visibility: r.get(2)?,
                students_can_publish: r.get(3)?,
            })
        },
    )?)
}

fn school_of(user: &User) -> AppResult<String> {
    user.school_id.clone().ok_or(AppError::NotFound)
}

fn admin_school_of(user: &User) -> AppResult<String> {
    let id = school_of(user)?;
    if !user.is_admin {
        return Err(AppError::Forbidden(
            "Only the school's admins can do this".into(),
        ));
    }
    Ok(id)
}

/// The requester's school and its settings.
async fn read(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<School>> {
    let id = school_of(&user)?;
    Ok(Json(state.db.call(move |conn| school(conn, &id)).await?))
}

async fn update_settings(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppJson(patch): AppJson<SchoolSettingsPatch>,
) -> AppResult<Json<School>> {
    let id = admin_school_of(&user)?;
    let updated = state
        .db
        .call(move |conn| {
            if let Some(on) = patch.peer_visibility {
                conn.execute(
                    "UPDATE schools SET peer_visibility = ?1 WHERE id = ?2",
                    params![on, id],
                )?;
            }
            if let Some(on) = patch.students_can_publish {
                conn.execute(
                    "UPDATE schools SET students_can_publish = ?1 WHERE id = ?2",
                    params![on, id],
                )?;
            }
            school(conn, &id)
        })
        .await?;
    Ok(Json(updated))
}

/// Every user of the school, with what an admin may see of them.
async fn users(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<Vec<SchoolUser>>> {
    let id = admin_school_of(&user)?;
    let keys = state.keys.clone();
    let list = state
        .db
        .call(move |conn| {
            let mut out = Vec::new();
            for member in crate::db::users::in_school(conn, &id)? {
                out.push(SchoolUser {
                    id: member.id.clone(),
                    username: member.username.clone(),
                    kind: member.kind,
                    is_admin: member.is_admin,
                    email: member.email(&keys)?,
                    date_of_birth: member.birth_date(&keys)?,
                });
            }
            Ok(out)
        })
        .await?;
    Ok(Json(list))
}
