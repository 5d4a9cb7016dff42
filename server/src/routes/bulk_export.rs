//! Whole classes and schools leaving with their work:
//! `GET /api/classes/{id}/export` (its teacher, or the school's admin): a
//! zip of one Pinpoint package per scene of its students, and `index.csv`
//! listing them; `GET /api/school/export` (the school's admin): every
//! account's data download as `users/{name}.json`, the school's settings
//! and classes in `school.json`, a package per scene under `scenes/`, and
//! `index.csv`. Both are written while they are sent (`streamed_zip`): one
//! scene's package in memory at a time, the browser showing the download
//! grow from the start.

use crate::access;
use crate::auth::CurrentUser;
use crate::db::activity::{self, Event};
use crate::db::users::User;
use crate::db::{classes, scenes, users};
use crate::error::{AppError, AppResult};
use crate::extract::{AppPath, ClientIp};
use crate::formats::streamed_zip::{Packing, StreamedZip};
use crate::routes::me::personal_export;
use crate::routes::transfer::{attachment, package_of, packaging_turn};
use crate::AppState;
use axum::http::header::HOST;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::{extract::State, Router};
use model::file_name::{self, scene_file, user_folder};
use model::{ActivityKind, Visibility};
use serde::Serialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/classes/{id}/export", get(class_export))
        .route("/school/export", get(school_export))
}

/// One line of `index.csv`: a scene and where its package is.
#[derive(Serialize)]
struct IndexRow {
    file: String,
    title: String,
    owner: String,
    visibility: &'static str,
    hotspots: usize,
    created_at: String,
    updated_at: String,
    /// Empty, or why the scene's package is not in the zip.
    note: String,
}

/// A cell a spreadsheet will not run: a title such as `=HYPERLINK(...)`
/// is shown as the text it is.
fn inert(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn visibility_name(visibility: Visibility) -> &'static str {
    match visibility {
        Visibility::Private => "private",
        Visibility::Unlisted => "unlisted",
        Visibility::Public => "public",
    }
}

fn index_csv(rows: &[IndexRow]) -> anyhow::Result<Vec<u8>> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    for row in rows {
        csv.serialize(IndexRow {
            file: row.file.clone(),
            title: inert(&row.title),
            owner: inert(&row.owner),
            visibility: row.visibility,
            hotspots: row.hotspots,
            created_at: row.created_at.clone(),
            updated_at: row.updated_at.clone(),
            note: row.note.clone(),
        })?;
    }
    if rows.is_empty() {
        // A header even when there is nothing to list.
        csv.write_record([
            "file",
            "title",
            "owner",
            "visibility",
            "hotspots",
            "created_at",
            "updated_at",
            "note",
        ])?;
    }
    Ok(csv.into_inner()?)
}

fn origin(state: &AppState, headers: &HeaderMap) -> String {
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    state.site.origin_for(host)
}

/// Writes a package of each scene `viewer` may see into `zip` under
/// `folder(owner)`, numbered in order, and answers the index's rows. A
/// scene too large to package is listed with a note instead.
async fn write_scenes(
    state: &AppState,
    zip: &mut StreamedZip,
    viewer: &User,
    scene_ids: Vec<String>,
    origin: &str,
    folder: impl Fn(&str) -> String,
) -> AppResult<Vec<IndexRow>> {
    let mut rows = Vec::new();
    for (number, id) in scene_ids.into_iter().enumerate() {
        let requester = viewer.clone();
        let found = state
            .db
            .call(
                move |conn| match access::viewable_scene(conn, &id, Some(&requester)) {
                    Ok((stored, _)) => Ok(Some(stored.scene)),
                    // Deleted since the list was made, say.
                    Err(AppError::NotFound) => Ok(None),
                    Err(e) => Err(e),
                },
            )
            .await?;
        let Some(scene) = found else { continue };
        let owner = scene.owner.username.clone();
        let file = format!(
            "{}{:03}-{}",
            folder(&owner),
            number + 1,
            scene_file(&scene.title, "pinpoint.zip")
        );
        let mut row = IndexRow {
            file: file.clone(),
            title: scene.title.clone(),
            owner,
            visibility: visibility_name(scene.visibility),
            hotspots: scene.hotspots.len(),
            created_at: scene.created_at.clone(),
            updated_at: scene.updated_at.clone(),
            note: String::new(),
        };
        match package_of(state, &scene, origin).await {
            Ok(package) => zip.add(file, package, Packing::Stored).await?,
            Err(AppError::PayloadTooLarge(why)) => {
                row.file = String::new();
                row.note = why.to_string();
            }
            Err(e) => return Err(e),
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Sends what `write` writes as the zip `name`, holding `turn` until the
/// last byte; a failure on the way breaks the download off.
fn stream<F>(
    name: &str,
    turn: tokio::sync::OwnedSemaphorePermit,
    write: impl FnOnce(StreamedZip) -> F,
) -> Response
where
    F: std::future::Future<Output = (StreamedZip, AppResult<()>)> + Send + 'static,
{
    let (zip, body) = StreamedZip::new();
    let writing = write(zip);
    tokio::spawn(async move {
        let _turn = turn;
        let (zip, written) = writing.await;
        let done = match written {
            Ok(()) => zip.finish().await.map_err(|e| e.to_string()),
            Err(e) => {
                zip.fail("the export could not be finished").await;
                Err(e.to_string())
            }
        };
        if let Err(e) = done {
            tracing::warn!("an export was broken off: {e}");
        }
    });
    attachment(
        Response::new(axum::body::Body::new(body)),
        "application/zip",
        name,
    )
}

/// A class's work: its students' scenes its teacher may see.
async fn class_export(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
    headers: HeaderMap,
) -> AppResult<Response> {
    let origin = origin(&state, &headers);
    let (keys, now) = (state.keys.clone(), state.clock.now());
    let requester = user.clone();
    let (class, scene_ids) = state
        .db
        .call(move |conn| {
            let (class, _) = access::led_class(conn, &id, &requester, "error-only-teacher-export")?;
            let ids = scenes::list_for_class(conn, &class.id)?
                .into_iter()
                .map(|s| s.id)
                .collect::<Vec<_>>();
            Ok((class, ids))
        })
        .await?;
    // Only those who may export wait for a turn.
    let turn = packaging_turn(&state)?;
    let (requester, class_name) = (user.id.clone(), class.name.clone());
    state
        .db
        .call(move |conn| {
            let mut event = Event::new(&requester, ActivityKind::ClassWorkExported, ip, now);
            event.detail = Some(class_name);
            activity::record(conn, &keys, event)
        })
        .await?;
    Ok(stream(
        &file_name::class_export(&class.name),
        turn,
        move |mut zip| async move {
            let written = async {
                let rows = write_scenes(&state, &mut zip, &user, scene_ids, &origin, |owner| {
                    format!("{}/", user_folder(owner))
                })
                .await?;
                let csv = index_csv(&rows).map_err(AppError::Internal)?;
                zip.add("index.csv".into(), csv, Packing::Deflated).await?;
                Ok(())
            }
            .await;
            (zip, written)
        },
    ))
}

/// `school.json`: the school, its settings, its classes and its people.
#[derive(Serialize)]
struct SchoolFile {
    exported_at: String,
    school: model::School,
    classes: Vec<ExportedClass>,
    users: Vec<ExportedUser>,
}

#[derive(Serialize)]
struct ExportedClass {
    name: String,
    teacher: String,
    students: Vec<String>,
}

#[derive(Serialize)]
struct ExportedUser {
    username: String,
    kind: model::UserKind,
    is_admin: bool,
    /// The file holding their data download.
    data: String,
}

/// Everything of the school, for its admin.
async fn school_export(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    headers: HeaderMap,
) -> AppResult<Response> {
    let school_id = access::run_school(&user)?;
    let turn = packaging_turn(&state)?;
    let origin = origin(&state, &headers);
    // Counts still held in memory belong in the file too.
    let _ = crate::stats::flush(&state).await;
    let (keys, now) = (state.keys.clone(), state.clock.now());
    let requester = user.clone();
    let (school, people, class_list) = state
        .db
        .call(move |conn| {
            let (_, standing) = access::own_school(&requester)?;
            let school = crate::routes::school::school(conn, &school_id, standing)?;
            let people = users::in_school(conn, &school_id)?;
            let mut class_list = Vec::new();
            for class in classes::of_user_or_school(conn, &requester)? {
                if class.school_id != school_id {
                    continue;
                }
                class_list.push(ExportedClass {
                    teacher: users::get(conn, &class.teacher_id)?.username,
                    students: classes::students(conn, &class.id)?
                        .into_iter()
                        .map(|s| s.username)
                        .collect(),
                    name: class.name,
                });
            }
            let event = Event::new(&requester.id, ActivityKind::SchoolExported, ip, now);
            activity::record(conn, &keys, event)?;
            Ok((school, people, class_list))
        })
        .await?;
    Ok(stream(
        &file_name::school_export(&school.name),
        turn,
        move |mut zip| async move {
            let written = async {
                let data_file = |u: &User| format!("users/{}.json", user_folder(&u.username));
                let file = SchoolFile {
                    exported_at: crate::clock::rfc3339(now),
                    // Not the invitation code: a file handed on must
                    // not let anyone join the school as a teacher.
                    school: model::School {
                        teacher_invite_code: None,
                        ..school.clone()
                    },
                    classes: class_list,
                    users: people
                        .iter()
                        .map(|u| ExportedUser {
                            username: u.username.clone(),
                            kind: u.kind,
                            is_admin: u.is_admin,
                            data: data_file(u),
                        })
                        .collect(),
                };
                let json =
                    serde_json::to_vec_pretty(&file).map_err(|e| AppError::Internal(e.into()))?;
                zip.add("school.json".into(), json, Packing::Deflated)
                    .await?;
                let mut rows = Vec::new();
                for person in &people {
                    let (keys, person_now) = (state.keys.clone(), now);
                    let who = person.clone();
                    let export = state
                        .db
                        .call(move |conn| personal_export(conn, &keys, &who, person_now))
                        .await?;
                    let json = serde_json::to_vec_pretty(&export)
                        .map_err(|e| AppError::Internal(e.into()))?;
                    zip.add(data_file(person), json, Packing::Deflated).await?;
                    let owner_id = person.id.clone();
                    let ids = state
                        .db
                        .call(move |conn| scenes::list_owned(conn, &owner_id))
                        .await?
                        .into_iter()
                        .map(|s| s.id)
                        .collect();
                    rows.extend(
                        write_scenes(&state, &mut zip, &user, ids, &origin, |owner| {
                            format!("scenes/{}/", user_folder(owner))
                        })
                        .await?,
                    );
                }
                let csv = index_csv(&rows).map_err(AppError::Internal)?;
                zip.add("index.csv".into(), csv, Packing::Deflated).await?;
                Ok(())
            }
            .await;
            (zip, written)
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_are_kept_as_text() {
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert("+1"), "'+1");
        assert_eq!(inert("@SUM"), "'@SUM");
        assert_eq!(inert("-2"), "'-2");
        assert_eq!(inert("Volcano"), "Volcano");
        let csv = index_csv(&[]).unwrap();
        assert_eq!(
            String::from_utf8(csv).unwrap(),
            "file,title,owner,visibility,hotspots,created_at,updated_at,note\n"
        );
    }
}
