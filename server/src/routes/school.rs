//! The school: its settings (set by its admins) and, for admins, its users.

use crate::auth::password;
use crate::auth::CurrentUser;
use crate::crypto::{self, Keys};
use crate::db::activity::{self, Event};
use crate::db::identities;
use crate::db::users::{self, User};
use crate::db::Conn;
use crate::db::{classes, schools, sessions};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppPath, ClientIp};
use crate::policy::{self, SchoolStanding};
use crate::{access, AppState};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, patch, post};
use axum::{Json, Router};
use model::user::{
    normalize_email, validate_email, validate_student_birth_date, validate_username,
};
use model::{
    ActivityKind, DeleteSchool, School, SchoolSettingsPatch, SchoolUser, SchoolUserChanged,
    SchoolUserPatch, UserKind,
};
use pinpoint_i18n::Message;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/school", get(read).delete(delete_school))
        .route("/school/settings", patch(update_settings))
        .route("/school/rotate-invite", post(rotate_invite))
        .route("/school/users", get(list_users))
        .route("/school/users/{id}", patch(update_user).delete(delete_user))
}

/// The school as someone of `standing` in it sees it: its teacher
/// invitation only for those who run it (made on first look, for schools
/// older than invitations).
pub(crate) fn school(conn: &mut Conn, id: &str, standing: SchoolStanding) -> AppResult<School> {
    let mut school = schools::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    if !policy::may_run_school(standing) {
        school.teacher_invite_code = None;
        return Ok(school);
    }
    if school.teacher_invite_code.is_none() {
        school.teacher_invite_code = Some(schools::new_invite_code(conn, id)?);
    }
    school.sso_domains = identities::school_domains(conn, id)?;
    Ok(school)
}

/// The requester's school and its settings.
async fn read(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<School>> {
    let (id, standing) = access::own_school(&user)?;
    Ok(Json(
        state
            .db
            .call(move |conn| school(conn, &id, standing))
            .await?,
    ))
}

async fn update_settings(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppJson(patch): AppJson<SchoolSettingsPatch>,
) -> AppResult<Json<School>> {
    let id = access::run_school(&user)?;
    let domains = patch
        .sso_domains
        .as_deref()
        .map(model::school::normalize_sso_domains)
        .transpose()?;
    if let Some(refused) = domains
        .iter()
        .flatten()
        .find(|d| !state.sso_domains_allowed.contains(d))
    {
        return Err(AppError::validation(
            "sso_domains",
            Message::new("error-domain-not-allowed").text("domain", refused.as_str()),
        ));
    }
    let updated = state
        .db
        .call(move |conn| {
            if let Some(domains) = &domains {
                identities::set_school_domains(conn, &id, domains)?;
            }
            if let Some(on) = patch.peer_visibility {
                schools::set_peer_visibility(conn, &id, on)?;
            }
            if let Some(on) = patch.students_can_publish {
                schools::set_students_can_publish(conn, &id, on)?;
            }
            school(conn, &id, SchoolStanding::Admin)
        })
        .await?;
    Ok(Json(updated))
}

/// A new code for inviting teachers; the old one stops working.
async fn rotate_invite(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<School>> {
    let id = access::run_school(&user)?;
    let school = state
        .db
        .call(move |conn| {
            schools::new_invite_code(conn, &id)?;
            school(conn, &id, SchoolStanding::Admin)
        })
        .await?;
    Ok(Json(school))
}

/// Every user of the school, with what an admin may see of them.
async fn list_users(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<Vec<SchoolUser>>> {
    let id = access::run_school(&user)?;
    let keys = state.keys.clone();
    let list = state
        .db
        .call(move |conn| {
            let mut out = Vec::new();
            for member in users::in_school(conn, &id)? {
                out.push(school_user(&keys, &member)?);
            }
            Ok(out)
        })
        .await?;
    Ok(Json(list))
}

fn school_user(keys: &Keys, user: &User) -> AppResult<SchoolUser> {
    Ok(SchoolUser {
        id: user.id.clone(),
        username: user.username.clone(),
        kind: user.kind,
        is_admin: user.is_admin,
        email: user.email(keys)?,
        date_of_birth: user.birth_date(keys)?,
    })
}

/// A school admin changes a user's username or email, resets their
/// password (signing them out everywhere), or takes them out of the school.
async fn update_user(
    State(state): State<AppState>,
    CurrentUser(admin): CurrentUser,
    AppPath(id): AppPath,
    AppJson(patch): AppJson<SchoolUserPatch>,
) -> AppResult<Json<SchoolUserChanged>> {
    access::run_school(&admin)?;
    if let Some(username) = &patch.username {
        validate_username(username)?;
    }
    let email = patch.email.as_deref().map(normalize_email);
    if let Some(email) = &email {
        validate_email(email)?;
    }
    if let Some(date) = &patch.date_of_birth {
        validate_student_birth_date(date, &crate::clock::date(state.clock.now()))?;
    }
    let one_time = patch.reset_password.then(crypto::one_time_password);
    let hash = match &one_time {
        Some(password) => Some(password::hash_one_time(password.clone()).await?),
        None => None,
    };
    let keys = state.keys.clone();
    let now = state.clock.now();
    let changed = state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            let member = access::managed_user(&mut tx, &admin, &id)?;
            let mut changes = Vec::new();
            if let Some(username) = patch.username.as_ref().filter(|u| **u != member.username) {
                users::set_username(&mut tx, &member.id, username)?;
                changes.push("username");
            }
            if let Some(email) = &email {
                if users::set_email(&mut tx, &keys, &member.id, email)? {
                    changes.push("email");
                }
            }
            if let Some(date) = &patch.date_of_birth {
                if member.kind != UserKind::Student {
                    return Err(AppError::validation(
                        "date_of_birth",
                        Message::new("error-birth-date-students"),
                    ));
                }
                if users::set_birth_date(&mut tx, &keys, &member, date)? {
                    changes.push("date of birth");
                }
            }
            if let Some(hash) = &hash {
                users::set_password_hash(&mut tx, &member.id, hash, false)?;
                sessions::delete_for_user(&mut tx, &member.id)?;
                crate::db::lti::unlink_all(&mut tx, &member.id)?;
                changes.push("password reset");
            }
            if patch.remove_from_school {
                classes::hand_over(&mut tx, &member.id, &admin.id)?;
                classes::leave_all(&mut tx, &member.id)?;
                users::leave_school(&mut tx, &member.id)?;
                changes.push("removed from the school");
            }
            // No address: it would be the admin's, not the member's.
            let event = Event::new(&member.id, ActivityKind::ChangedByAdmin, None, now);
            activity::record_changes(&mut tx, &keys, event, &changes)?;
            let updated = users::get(&mut tx, &member.id)?;
            let user = school_user(&keys, &updated)?;
            tx.commit()?;
            Ok(user)
        })
        .await?;
    Ok(Json(SchoolUserChanged {
        user: changed,
        one_time_password: one_time,
    }))
}

/// A school admin deletes a user: the account, its scenes and files are
/// gone at once; classes they taught pass to the admin.
async fn delete_user(
    State(state): State<AppState>,
    CurrentUser(admin): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<StatusCode> {
    access::run_school(&admin)?;
    let keys = state.keys.clone();
    let now = state.clock.now();
    let files = state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            let member = access::managed_user(&mut tx, &admin, &id)?;
            classes::hand_over(&mut tx, &member.id, &admin.id)?;
            let event = Event::new(&member.id, ActivityKind::AccountDeleted, None, now)
                .detail("by a school admin");
            let files = users::delete(&mut tx, &keys, event)?;
            tx.commit()?;
            Ok(files)
        })
        .await?;
    state.files.remove_all(files).await;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes the school with everything in it, at once: every account of
/// it (their scenes, pictures, sounds, feedback and sessions), its
/// classes, sign-in settings and course platforms. Only the activity logs
/// stay, each ending with the deletion, for their last 30 days.
async fn delete_school(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    headers: axum::http::HeaderMap,
    AppJson(req): AppJson<DeleteSchool>,
) -> AppResult<impl axum::response::IntoResponse> {
    let id = access::run_school(&user)?;
    let school_id = id.clone();
    let name = state
        .db
        .call(move |conn| Ok(schools::by_id(conn, &school_id)?.map(|s| s.name)))
        .await?
        .ok_or(AppError::NotFound)?;
    if !model::school::confirms_school_name(&req.name, &name) {
        return Err(AppError::validation(
            "name",
            Message::new("error-school-name-mismatch"),
        ));
    }
    crate::routes::me::prove_owner(
        &state,
        &user,
        &headers,
        ip,
        ("password", Some(req.password)),
    )
    .await?;
    let keys = state.keys.clone();
    let now = state.clock.now();
    let admin_id = user.id.clone();
    let files = state
        .db
        .call(move |conn| {
            // All of it or nothing.
            let mut tx = conn.transaction()?;
            let mut files = Vec::new();
            for member in users::in_school(&mut tx, &id)? {
                // The address is the admin's, who asked.
                let from = if member.id == admin_id { ip } else { None };
                let event = Event::new(&member.id, ActivityKind::SchoolDeleted, from, now);
                files.extend(users::delete(&mut tx, &keys, event)?);
            }
            schools::delete(&mut tx, &id)?;
            tx.commit()?;
            Ok(files)
        })
        .await?;
    state.files.remove_all(files).await;
    Ok((
        StatusCode::NO_CONTENT,
        [crate::auth::session::clear_cookie(&state.site)],
    ))
}
