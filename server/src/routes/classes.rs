//! Classes: a teacher creates them and hands out join codes; students join;
//! teachers (and, when the school allows, classmates) see the class's
//! students and their scenes. Every student in a list shows only what the
//! policy lets this requester see.

use crate::access;
use crate::auth::{password, CurrentUser};
use crate::class_list;
use crate::clock;
use crate::crypto::{one_time_password, random_id, Keys};
use crate::db::classes::{self, Class};
use crate::db::users::{self, NewUser, User};
use crate::db::Conn;
use crate::db::{feedback, scenes};
use crate::error::{AppError, AppResult};
use crate::extract::{bytes_rejection, AppJson, AppPath, ClientIp};
use crate::policy::{self, ClassRelation};
use crate::throttle::{self, Counted};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use model::class::normalize_join_code;
use model::user::normalize_email;
use model::{
    ClassInfo, ClassScene, ClassStudent, JoinClass, NewClass, NewStudent, StudentImport,
    StudentImportRow, UserKind,
};
use pinpoint_i18n::Message;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/classes", get(list).post(create))
        .route("/classes/join", post(join))
        .route("/classes/{id}/students", get(students).post(add_student))
        .route("/classes/{id}/scenes", get(class_scenes))
        .route("/classes/{id}/rotate-code", post(rotate_code))
        .route(
            "/classes/{id}/import",
            post(import_students).layer(DefaultBodyLimit::max(IMPORT_LIMIT)),
        )
}

/// The class as someone in `relation` to it sees it: the join code only
/// for those who lead it.
fn info(conn: &mut Conn, class: &Class, relation: ClassRelation) -> AppResult<ClassInfo> {
    let teacher = users::get(conn, &class.teacher_id)?;
    Ok(ClassInfo {
        id: class.id.clone(),
        name: class.name.clone(),
        join_code: policy::may_lead_class(relation).then(|| class.join_code.clone()),
        teacher: teacher.summary(),
        student_count: classes::student_count(conn, &class.id)?,
    })
}

/// Every class that exists for `user` (those they teach, are in, or lead
/// as their school's admin), by name, as they see it.
pub(crate) fn visible_classes(conn: &mut Conn, user: &User) -> AppResult<Vec<ClassInfo>> {
    let mut out = Vec::new();
    for class in classes::of_user_or_school(conn, user)? {
        let relation = access::class_relation(conn, &class, user)?;
        if policy::may_see_class(relation) {
            out.push(info(conn, &class, relation)?);
        }
    }
    Ok(out)
}

/// A teacher of a school creates a class; it starts with a fresh join code.
async fn create(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppJson(req): AppJson<NewClass>,
) -> AppResult<impl IntoResponse> {
    let now = state.clock.now();
    req.validate()?;
    let info = state
        .db
        .call(move |conn| {
            let school_id = match &user.school_id {
                Some(school) if policy::may_create_class(access::party(&user)) => school,
                _ => return Err(AppError::Forbidden(Message::new("error-create-class"))),
            };
            let class = classes::insert(
                conn,
                &random_id(),
                school_id,
                &user.id,
                req.name.trim(),
                now,
            )?;
            info(conn, &class, ClassRelation::Teacher)
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
        .call(move |conn| visible_classes(conn, &user))
        .await?;
    Ok(Json(list))
}

/// A student joins a class of their school with its code.
/// A wrong code counts as a guess against the student and their address
/// (see `throttle`), so codes cannot be tried without limit.
async fn join(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<JoinClass>,
) -> AppResult<Json<ClassInfo>> {
    let now = state.clock.now();
    if !policy::joins_with_code(user.kind) {
        return Err(AppError::Forbidden(Message::new(
            "error-join-class-student",
        )));
    }
    let code = normalize_join_code(&req.join_code)
        .ok_or_else(|| AppError::validation("join_code", Message::new("error-join-code-shape")))?;
    let keys = state.keys.clone();
    let info = state
        .db
        .call(move |conn| {
            let counted = [
                Counted::JoinCodeSource(ip),
                Counted::JoinCodeAccount(&user.id),
            ];
            let tries = throttle::count_try(conn, &keys, &counted, now)?;
            let unknown =
                || AppError::validation("join_code", Message::new("error-join-code-unknown"));
            let class = classes::by_join_code(conn, &code)?.ok_or_else(unknown)?;
            if !policy::may_join_class(access::party(&user), &class.school_id) {
                return Err(unknown());
            }
            throttle::forgive(conn, &tries)?;
            classes::add_member(conn, &class.id, &user.id, now)?;
            let relation = access::class_relation(conn, &class, &user)?;
            info(conn, &class, relation)
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
            let class = access::listable_class(conn, &id, &user)?;
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
            let class = access::listable_class(conn, &id, &user)?;
            let mut out = Vec::new();
            for summary in scenes::list_for_class(conn, &class.id)? {
                let Ok((stored, relation)) = access::viewable_scene(conn, &summary.id, Some(&user))
                else {
                    continue;
                };
                let reviewed = policy::may_write_feedback(relation, stored.owner.kind)
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
            let (class, relation) = access::led_class(conn, &id, &user, "error-only-teacher-code")?;
            let join_code = classes::rotate_code(conn, &class.id)?;
            info(conn, &Class { join_code, ..class }, relation)
        })
        .await?;
    Ok(Json(info))
}

/// A class list of a few hundred students is a few kilobytes.
const IMPORT_LIMIT: usize = 256 * 1024;

/// Adds a student to `class` with a password hash someone else chose (so
/// they must choose their own at first sign-in). Call inside a transaction.
fn insert_student(
    tx: &mut Conn,
    keys: &Keys,
    class: &Class,
    student: &NewStudent,
    password_hash: &str,
    now: i64,
) -> AppResult<()> {
    let email = student
        .email
        .as_deref()
        .map(normalize_email)
        .filter(|e| !e.is_empty());
    let id = users::new_id();
    users::insert(
        tx,
        keys,
        &NewUser {
            id: &id,
            username: student.username.trim(),
            email: email.as_deref(),
            password_hash,
            kind: UserKind::Student,
            school_id: Some(&class.school_id),
            is_admin: false,
            birth_date: Some(student.date_of_birth.trim()),
            now,
        },
    )?;
    users::require_password_change(tx, &id)?;
    classes::add_member(tx, &class.id, &id, now)
}

/// Signs a student up into `class`, with a one-time password; answers it.
async fn sign_up_student(
    state: &AppState,
    class: &Class,
    student: NewStudent,
) -> AppResult<String> {
    let now = state.clock.now();
    student.validate(&clock::date(now))?;
    let one_time = one_time_password();
    let hash = password::hash_one_time(one_time.clone()).await?;
    let keys = state.keys.clone();
    let class = class.clone();
    state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            insert_student(&mut tx, &keys, &class, &student, &hash, now)?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(one_time)
}

/// A teacher signs one student up (one without email, say).
async fn add_student(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
    AppJson(student): AppJson<NewStudent>,
) -> AppResult<impl IntoResponse> {
    let class = state
        .db
        .call(move |conn| Ok(access::led_class(conn, &id, &user, "error-only-teacher-add")?.0))
        .await?;
    let username = student.username.trim().to_string();
    let password = sign_up_student(&state, &class, student).await?;
    let report = StudentImport {
        rows: vec![StudentImportRow {
            row: 1,
            username,
            created: true,
            one_time_password: Some(password),
            error: None,
        }],
    };
    Ok((StatusCode::CREATED, Json(report)))
}

/// A teacher imports a class list (see `class_list` for the format). Rows
/// that fail validation (a taken username, say) are reported and skipped;
/// the rest are created together in one transaction, so either every one
/// of them exists and the report shows each one-time password, or, if
/// anything else goes wrong, none does.
async fn import_students(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
    body: Result<Bytes, BytesRejection>,
) -> AppResult<Json<StudentImport>> {
    let body = body.map_err(bytes_rejection)?;
    let class = state
        .db
        .call(move |conn| Ok(access::led_class(conn, &id, &user, "error-only-teacher-add")?.0))
        .await?;
    let now = state.clock.now();
    let today = clock::date(now);
    let list = class_list::parse(&body).map_err(|e| AppError::validation("file", e.message()))?;
    // Checked, with a one-time password each, before anything is written.
    // (line, username, the student and a one-time password, or why not)
    type Checked = Result<(NewStudent, String), Message>;
    let rows: Vec<(usize, String, Checked)> = list
        .into_iter()
        .map(|row| {
            let username = row
                .student
                .as_ref()
                .map(|s| s.username.trim().to_string())
                .unwrap_or_default();
            let checked = row.student.and_then(|student| {
                student
                    .validate(&today)
                    .map_err(|e| e.message)
                    .map(|()| (student, one_time_password()))
            });
            (row.line, username, checked)
        })
        .collect();
    let passwords = rows
        .iter()
        .filter_map(|(_, _, row)| row.as_ref().ok().map(|(_, password)| password.clone()))
        .collect();
    let mut hashes = password::hash_one_time_all(passwords).await?.into_iter();
    let keys = state.keys.clone();
    // The rows' reasons are written on a database thread, in the request's
    // language.
    let language = crate::language::current();
    let refused = move |row, username, why: Message| StudentImportRow {
        row,
        username,
        created: false,
        one_time_password: None,
        error: Some(pinpoint_i18n::native::write(&why, language)),
    };
    let report = state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            let mut report = Vec::with_capacity(rows.len());
            for (line, username, row) in rows {
                let (student, password) = match row {
                    Ok(checked) => checked,
                    Err(message) => {
                        report.push(refused(line, username, message));
                        continue;
                    }
                };
                let hash = hashes
                    .next()
                    .ok_or_else(|| AppError::Internal(anyhow::anyhow!("a hash per password")))?;
                // A row refused by the database (a taken name) undoes only
                // itself; any other failure undoes the whole import.
                let mut row_tx = tx.transaction()?;
                match insert_student(&mut row_tx, &keys, &class, &student, &hash, now) {
                    Ok(()) => {
                        row_tx.commit()?;
                        report.push(StudentImportRow {
                            row: line,
                            username,
                            created: true,
                            one_time_password: Some(password),
                            error: None,
                        });
                    }
                    Err(AppError::Validation(e)) => {
                        drop(row_tx);
                        report.push(refused(line, username, e.message));
                    }
                    Err(e) => return Err(e),
                }
            }
            tx.commit()?;
            Ok(report)
        })
        .await?;
    Ok(Json(StudentImport { rows: report }))
}
