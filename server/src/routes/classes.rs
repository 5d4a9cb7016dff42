//! Classes: a teacher creates them and hands out join codes; students join;
//! teachers (and, when the school allows, classmates) see the class's
//! students and their scenes. Every student in a list shows only what the
//! policy lets this requester see.

use crate::access;
use crate::auth::CurrentUser;
use crate::crypto::random_id;
use crate::db::classes::{self, Class};
use crate::db::users::User;
use crate::db::{feedback, scenes};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppPath};
use crate::policy;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use model::class::normalize_join_code;
use model::{ClassInfo, ClassScene, ClassStudent, JoinClass, NewClass, UserKind};
use r2d2_sqlite::rusqlite::Connection;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/classes", get(list).post(create))
        .route("/classes/join", post(join))
        .route("/classes/{id}/students", get(students))
        .route("/classes/{id}/scenes", get(class_scenes))
        .route("/classes/{id}/rotate-code", post(rotate_code))
}

/// How the requester stands to a class.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Standing {
    /// Its teacher, or an admin of its school: sees everything, manages it.
    Leads,
    /// A student in it, with the school's peer_visibility setting.
    Member { peer_visibility: bool },
}

fn standing(conn: &Connection, class: &Class, user: &User) -> AppResult<Option<Standing>> {
    if class.teacher_id == user.id
        || (user.is_admin && user.school_id.as_deref() == Some(class.school_id.as_str()))
    {
        return Ok(Some(Standing::Leads));
    }
    if classes::is_member(conn, &class.id, &user.id)? {
        let settings = access::school_settings(conn, Some(&class.school_id))?;
        return Ok(Some(Standing::Member {
            peer_visibility: settings.peer_visibility,
        }));
    }
    Ok(None)
}

fn info(conn: &Connection, class: &Class, standing: Standing) -> AppResult<ClassInfo> {
    let teacher = crate::db::users::by_id(conn, &class.teacher_id)?.ok_or(AppError::NotFound)?;
    Ok(ClassInfo {
        id: class.id.clone(),
        name: class.name.clone(),
        join_code: (standing == Standing::Leads).then(|| class.join_code.clone()),
        teacher: teacher.summary(),
        student_count: classes::student_count(conn, &class.id)?,
    })
}

/// The class, if the requester leads it or is in it; otherwise 404.
fn class_for(conn: &Connection, id: &str, user: &User) -> AppResult<(Class, Standing)> {
    let class = classes::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    let standing = standing(conn, &class, user)?.ok_or(AppError::NotFound)?;
    Ok((class, standing))
}

/// A teacher of a school creates a class; it starts with a fresh join code.
async fn create(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppJson(req): AppJson<NewClass>,
) -> AppResult<impl IntoResponse> {
    req.validate()?;
    let info = state
        .db
        .call(move |conn| {
            let school_id = match (&user.kind, &user.school_id) {
                (UserKind::Teacher, Some(school)) => school.clone(),
                _ => {
                    return Err(AppError::Forbidden(
                        "Only a teacher of a school can create classes".into(),
                    ))
                }
            };
            let class = classes::insert(
                conn,
                &random_id(),
                &school_id,
                &user.id,
                req.name.trim(),
                crate::clock::now(),
            )?;
            info(conn, &class, Standing::Leads)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(info)))
}

/// The classes the requester teaches or is in (an admin: all the school's).
async fn list(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<Vec<ClassInfo>>> {
    let list = state
        .db
        .call(move |conn| {
            let mut out = Vec::new();
            for class in classes::visible_to(conn, &user)? {
                if let Some(standing) = standing(conn, &class, &user)? {
                    out.push(info(conn, &class, standing)?);
                }
            }
            Ok(out)
        })
        .await?;
    Ok(Json(list))
}

/// A student joins a class of their school with its code.
async fn join(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppJson(req): AppJson<JoinClass>,
) -> AppResult<Json<ClassInfo>> {
    if user.kind != UserKind::Student {
        return Err(AppError::Forbidden(
            "Only students join classes with a code".into(),
        ));
    }
    let code = normalize_join_code(&req.join_code)
        .ok_or_else(|| AppError::validation("join_code", "A join code looks like K7PX-2QMD"))?;
    let info = state
        .db
        .call(move |conn| {
            let unknown =
                || AppError::validation("join_code", "That join code does not match any class");
            let class = classes::by_join_code(conn, &code)?.ok_or_else(unknown)?;
            if user.school_id.as_deref() != Some(class.school_id.as_str()) {
                // A class of another school is not one this student can see.
                return Err(unknown());
            }
            classes::add_member(conn, &class.id, &user.id, crate::clock::now())?;
            let settings = access::school_settings(conn, Some(&class.school_id))?;
            info(
                conn,
                &class,
                Standing::Member {
                    peer_visibility: settings.peer_visibility,
                },
            )
        })
        .await?;
    Ok(Json(info))
}

/// The class's students: for its teacher (with emails) and admins (with
/// emails and birth dates); for classmates only when the school allows, and
/// then only usernames and avatars.
async fn students(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<Json<Vec<ClassStudent>>> {
    let keys = state.keys.clone();
    let list = state
        .db
        .call(move |conn| {
            let (class, standing) = class_for(conn, &id, &user)?;
            if standing
                == (Standing::Member {
                    peer_visibility: false,
                })
            {
                return Err(AppError::NotFound);
            }
            let mut out = Vec::new();
            for student in classes::students(conn, &class.id)? {
                let relation = access::relation(conn, Some(&user), &student)?;
                if !policy::may_see_classmate(relation) {
                    continue;
                }
                out.push(ClassStudent {
                    id: student.id.clone(),
                    username: student.username.clone(),
                    avatar: student.avatar.clone(),
                    email: if policy::may_see_email(relation) {
                        student.email(&keys)?
                    } else {
                        None
                    },
                    date_of_birth: if policy::may_see_birth_date(relation) {
                        student.birth_date(&keys)?
                    } else {
                        None
                    },
                });
            }
            Ok(out)
        })
        .await?;
    Ok(Json(list))
}

/// The scenes of the class's students that the requester may see, newest
/// change first; for its teacher, marked reviewed or not.
async fn class_scenes(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<Json<Vec<ClassScene>>> {
    let list = state
        .db
        .call(move |conn| {
            let (class, standing) = class_for(conn, &id, &user)?;
            if standing
                == (Standing::Member {
                    peer_visibility: false,
                })
            {
                return Err(AppError::NotFound);
            }
            let mut out = Vec::new();
            for summary in scenes::list_for_class(conn, &class.id)? {
                let Ok((_, relation)) = access::viewable_scene(conn, &summary.id, Some(&user))
                else {
                    continue;
                };
                let reviewed = policy::may_write_feedback(relation)
                    && feedback::is_reviewed(conn, &summary.id, &user.id)?;
                out.push(ClassScene {
                    scene: summary,
                    reviewed,
                });
            }
            Ok(out)
        })
        .await?;
    Ok(Json(list))
}

/// A new join code for the class; the old one stops working.
async fn rotate_code(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<Json<ClassInfo>> {
    let info = state
        .db
        .call(move |conn| {
            let (class, standing) = class_for(conn, &id, &user)?;
            if standing != Standing::Leads {
                return Err(AppError::Forbidden(
                    "Only the class's teacher can change its code".into(),
                ));
            }
            let join_code = classes::rotate_code(conn, &class.id)?;
            info(conn, &Class { join_code, ..class }, Standing::Leads)
        })
        .await?;
    Ok(Json(info))
}
