//! Scenes leaving and coming back: `GET /api/scenes/{id}/export?format=`
//! for whoever may see the scene (`html`: one page that works offline;
//! `zip`: Pinpoint's package; `w3c`: W3C
//! Web Annotations; `iiif`: a IIIF Presentation 3 manifest, a canvas for
//! each scene of the tour the requester may see), and
//! `POST /api/scenes/import` (the file as the body, or a multipart form's
//! field `file`): a package, an H5P Image Hotspots file, or W3C
//! annotations or a IIIF manifest with the picture (field `picture`),
//! becomes
//! a private scene of the importer, every picture checked as an upload and
//! every field as a save.

use crate::access;
use crate::auth::{CurrentUser, MaybeUser};
use crate::db::{assets, users::User};
use crate::error::{AppError, AppResult};
use crate::extract::{AppPath, ClientIp};
use crate::formats::package::{self, PackageError, PackagedFile, PackagedScene};
use crate::formats::{annotations_in, h5p, iiif, offline, w3c};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Query, Request, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE, HOST};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use model::file_name::scene_file;
use model::{ImportReport, Media, Scene, SceneInput, Visibility};
use pinpoint_i18n::Message;
use serde::Deserialize;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// The most a file to import may weigh.
pub const IMPORT_MAX_BYTES: usize = 64 * 1024 * 1024;
/// Packages built and files imported at once by a server (each may hold
/// a few hundred MB while it works): the others are asked to come back
/// shortly.
pub struct Turns {
    packaging: Arc<tokio::sync::Semaphore>,
    importing: tokio::sync::Semaphore,
}

impl Default for Turns {
    fn default() -> Self {
        Turns {
            packaging: Arc::new(tokio::sync::Semaphore::new(2)),
            importing: tokio::sync::Semaphore::new(2),
        }
    }
}

fn busy() -> AppError {
    AppError::TooManyRequests {
        message: Message::new("error-busy-transfers"),
        retry_after: 5,
    }
}

/// A turn to package or import, or a 429 saying to try again.
fn turn(gate: &tokio::sync::Semaphore) -> AppResult<tokio::sync::SemaphorePermit<'_>> {
    gate.try_acquire().map_err(|_| busy())
}

/// A turn to package that a streamed download keeps until it ends.
pub(crate) fn packaging_turn(state: &AppState) -> AppResult<tokio::sync::OwnedSemaphorePermit> {
    state
        .transfers
        .packaging
        .clone()
        .try_acquire_owned()
        .map_err(|_| busy())
}

/// The most scenes of a tour one manifest holds.
const TOUR_MAX: usize = 50;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/scenes/{id}/export", get(export))
        .route(
            "/scenes/import",
            post(import).layer(DefaultBodyLimit::max(IMPORT_MAX_BYTES)),
        )
}

#[derive(Deserialize)]
struct ExportQuery {
    format: Option<String>,
}

/// A download: `content_type`, saved as `name`.
fn download(bytes: Vec<u8>, content_type: &'static str, name: &str) -> Response {
    attachment((StatusCode::OK, bytes).into_response(), content_type, name)
}

/// `response` as a download: `content_type`, saved as `name`.
pub(crate) fn attachment(
    mut response: Response,
    content_type: &'static str,
    name: &str,
) -> Response {
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    // The name is made of letters, digits, dashes and a dot only; the
    // `filename*` form carries the letters beyond ASCII.
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii() { c } else { '_' })
        .collect();
    let encoded = url::form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>();
    if let Ok(value) = HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    )) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    response
}

async fn export(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    AppPath(id): AppPath,
    headers: HeaderMap,
    Query(query): Query<ExportQuery>,
) -> AppResult<Response> {
    let format = query.format.unwrap_or_default();
    if !model::scene::EXPORT_FORMATS.contains(&format.as_str()) {
        return Err(AppError::BadRequest(
            Message::new("error-export-format")
                .text("formats", model::scene::EXPORT_FORMATS.join(", format=")),
        ));
    }
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let origin = state.site.origin_for(host);
    let requester = user.clone();
    let (stored, _) = state
        .db
        .call(move |conn| access::viewable_scene(conn, &id, requester.as_ref()))
        .await?;
    let scene = stored.scene;
    let no_picture = || AppError::validation("image", Message::new("error-export-no-picture"));
    match format.as_str() {
        "w3c" => {
            let page = w3c::annotation_page(&scene, &origin).ok_or_else(no_picture)?;
            Ok(download(
                serde_json::to_vec_pretty(&page).map_err(|e| AppError::Internal(e.into()))?,
                "application/ld+json",
                &scene_file(&scene.title, "w3c.json"),
            ))
        }
        "iiif" => {
            let title = scene.title.clone();
            let tour = state
                .db
                .call(move |conn| tour(conn, scene, user.as_ref()))
                .await?;
            let manifest = iiif::manifest(&tour, &origin).ok_or_else(no_picture)?;
            Ok(download(
                serde_json::to_vec_pretty(&manifest).map_err(|e| AppError::Internal(e.into()))?,
                "application/ld+json",
                &scene_file(&title, "iiif.json"),
            ))
        }
        "html" => {
            let _turn = turn(&state.transfers.packaging)?;
            let not_built = || AppError::Unavailable(Message::new("error-offline-unavailable"));
            let builds = state.viewer_builds.clone();
            builds.for_scene(&scene).ok_or_else(not_built)?;
            let files = scene_files(&state, &scene).await?;
            let name = scene_file(&scene.title, "html");
            // Megabytes of base64: off the async threads.
            let page = tokio::task::spawn_blocking(move || {
                let build = builds.for_scene(&scene).ok_or_else(not_built)?;
                let offline_files: Vec<_> = files
                    .iter()
                    .map(|f| offline::OfflineFile {
                        asset_id: &f.asset_id,
                        content_type: &f.content_type,
                        bytes: &f.bytes,
                    })
                    .collect();
                offline::page(build, builds.catalogues(), &scene, &offline_files)
                    .map_err(AppError::Internal)
            })
            .await
            .map_err(|e| AppError::Internal(e.into()))??;
            Ok(download(
                page.into_bytes(),
                "text/html; charset=utf-8",
                &name,
            ))
        }
        _ => {
            let _turn = turn(&state.transfers.packaging)?;
            let bytes = package_of(&state, &scene, &origin).await?;
            Ok(download(
                bytes,
                "application/zip",
                &scene_file(&scene.title, "pinpoint.zip"),
            ))
        }
    }
}

/// Pinpoint's package of `scene`, written off the async threads.
pub(crate) async fn package_of(
    state: &AppState,
    scene: &Scene,
    origin: &str,
) -> AppResult<Vec<u8>> {
    let files = scene_files(state, scene).await?;
    let annotations = w3c::annotation_page(scene, origin);
    let scene = scene.clone();
    tokio::task::spawn_blocking(move || package::write(&scene, &files, annotations.as_ref()))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(AppError::Internal)
}

/// The pictures and sounds `scene` shows, read from the store, as much as
/// a package may hold. A file gone from the store is left out, not the
/// export.
async fn scene_files(state: &AppState, scene: &Scene) -> AppResult<Vec<PackagedFile>> {
    let (mut files, mut packed) = (Vec::new(), 0u64);
    for asset_id in asset_ids(&scene.image, &scene.hotspots) {
        let found = {
            let id = asset_id.clone();
            state.db.call(move |conn| assets::by_id(conn, &id)).await?
        };
        let Some(found) = found else { continue };
        let Ok(bytes) = state.files.read(&asset_id).await else {
            tracing::warn!(asset = %asset_id, "an export found no file for an upload");
            continue;
        };
        // An export any import could read back, and a bounded amount
        // held here.
        packed += bytes.len() as u64;
        if packed > package::MAX_UNPACKED_BYTES {
            return Err(AppError::PayloadTooLarge(
                Message::new("error-package-too-big")
                    .number("max", (package::MAX_UNPACKED_BYTES / 1_000_000) as f64),
            ));
        }
        files.push(PackagedFile {
            asset_id,
            content_type: found.asset.content_type,
            bytes,
        });
    }
    Ok(files)
}

/// The uploads a scene shows: its picture, then its hotspots' pictures and
/// sounds, each once.
fn asset_ids(image: &Option<model::SceneImage>, hotspots: &[Arc<model::Hotspot>]) -> Vec<String> {
    let mut seen = HashSet::new();
    image
        .iter()
        .map(|i| i.asset_id.clone())
        .chain(hotspots.iter().filter_map(|h| {
            h.media
                .as_ref()
                .and_then(Media::asset_id)
                .map(str::to_string)
        }))
        .filter(|id| seen.insert(id.clone()))
        .collect()
}

/// `first` and the scenes its tour links reach that `user` may see (at
/// most `TOUR_MAX`), each with its picture's type.
fn tour(
    conn: &mut crate::db::Conn,
    first: Scene,
    user: Option<&User>,
) -> AppResult<Vec<(Scene, String)>> {
    let mut seen = HashSet::from([first.id.clone()]);
    let mut queue = VecDeque::from([first]);
    let mut out = Vec::new();
    while let Some(scene) = queue.pop_front() {
        if out.len() == TOUR_MAX {
            break;
        }
        for next in scene.hotspots.iter().filter_map(|h| h.scene_link.clone()) {
            // Scenes past the tour's limit are not even looked up.
            if seen.len() >= TOUR_MAX {
                break;
            }
            if seen.insert(next.clone()) {
                match access::viewable_scene(conn, &next, user) {
                    Ok((stored, _)) => queue.push_back(stored.scene),
                    Err(AppError::NotFound) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        let content_type = match &scene.image {
            Some(image) => assets::by_id(conn, &image.asset_id)?
                .map(|a| a.asset.content_type)
                .unwrap_or_else(|| "image/jpeg".into()),
            None => String::new(),
        };
        out.push((scene, content_type));
    }
    Ok(out)
}

/// Why an import was refused: a 4xx saying what is wrong.
fn refused(e: PackageError) -> AppError {
    match e {
        PackageError::TooLarge(_) | PackageError::TooLargeUnpacked | PackageError::TooManyFiles => {
            AppError::PayloadTooLarge(e.message())
        }
        PackageError::NotAZip => AppError::UnsupportedMediaType(e.message()),
        _ => AppError::validation("file", e.message()),
    }
}

/// The file sent (the body itself, or a multipart form's `file` field) and
/// the form's `picture`, if any (for annotations, which hold none).
async fn uploaded_file(state: &AppState, request: Request) -> AppResult<(Bytes, Option<Bytes>)> {
    let multipart = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let too_large = |e: &dyn std::fmt::Display| {
        AppError::PayloadTooLarge(
            Message::new("error-import-too-big")
                .number("max", (IMPORT_MAX_BYTES / 1_000_000) as f64)
                .text("detail", e.to_string()),
        )
    };
    if !multipart {
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| too_large(&e))?;
        if bytes.is_empty() {
            return Err(AppError::validation(
                "file",
                Message::new("error-import-no-file"),
            ));
        }
        return Ok((bytes, None));
    }
    let mut form = Multipart::from_request(request, state).await.map_err(|e| {
        AppError::BadRequest(Message::new("error-form-unreadable").text("detail", e.to_string()))
    })?;
    let (mut file, mut picture) = (None, None);
    while let Some(field) = form.next_field().await.map_err(|e| {
        AppError::BadRequest(Message::new("error-form-unreadable").text("detail", e.to_string()))
    })? {
        let name = field.name().map(str::to_string);
        let bytes = field.bytes().await.map_err(|e| too_large(&e))?;
        match name.as_deref() {
            Some("file") => file = Some(bytes),
            Some("picture") => picture = Some(bytes),
            _ => {}
        }
    }
    let file =
        file.ok_or_else(|| AppError::validation("file", Message::new("error-import-no-file")))?;
    Ok((file, picture))
}

/// A file to import as a package holds it: the scene, its files by the
/// ids its scene gives them, and what could not come along.
struct Incoming {
    scene: PackagedScene,
    files: HashMap<String, Vec<u8>>,
    not_imported: Vec<String>,
}

/// W3C annotations or a IIIF manifest, with the picture they annotate, as
/// a package would hold them.
fn from_annotations(json: &[u8], picture: Option<Bytes>) -> AppResult<Incoming> {
    if json.len() as u64 > package::MAX_SCENE_BYTES {
        return Err(AppError::PayloadTooLarge(
            Message::new("error-annotations-too-big")
                .number("max", (package::MAX_SCENE_BYTES / 1_000_000) as f64),
        ));
    }
    let value: serde_json::Value =
        serde_json::from_slice(package::without_bom(json)).map_err(|e| {
            AppError::validation(
                "file",
                Message::new("error-json-unreadable").text("detail", e.to_string()),
            )
        })?;
    let found = annotations_in::read(&value).map_err(|why| {
        AppError::validation(
            "file",
            Message::new("error-annotations-refused").text("reason", why.to_string()),
        )
    })?;
    let picture = picture.ok_or_else(|| {
        AppError::validation("picture", Message::new("error-annotations-picture"))
    })?;
    let size = imagesize::blob_size(&picture).map_err(|_| {
        AppError::UnsupportedMediaType(Message::new("error-annotations-picture-type"))
    })?;
    let places = found.fractions(size.width as f64, size.height as f64);
    let hotspots = found
        .annotations
        .into_iter()
        .zip(places)
        .map(|(annotation, (x, y))| {
            Arc::new(model::Hotspot {
                id: String::new(),
                x,
                y,
                title: annotation.title,
                text: annotation.text,
                link: annotation.link,
                media: None,
                scene_link: None,
                icon: model::Icon::default(),
                color: model::default_color(),
            })
        })
        .collect();
    let title = Some(found.title.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Imported annotations".into());
    let scene = PackagedScene {
        format: package::FORMAT.into(),
        version: package::VERSION,
        title,
        description: String::new(),
        image: Some(model::SceneImage::flat("picture", 1, 1, "")),
        hotspots,
    };
    let files = HashMap::from([("picture".to_string(), picture.to_vec())]);
    Ok(Incoming {
        scene,
        files,
        not_imported: found.not_imported,
    })
}

/// Cuts `text` to its first `max` letters; answers whether it was longer.
fn shorten(text: &mut String, max: usize) -> bool {
    match text.char_indices().nth(max) {
        Some((end, _)) => {
            text.truncate(end);
            true
        }
        None => false,
    }
}

/// A scene from another tool within Pinpoint's limits, where a save
/// would refuse it whole: what is longer is shortened, what is more or
/// not a web address is left out, each said to the importer. (Pinpoint's
/// own package is refused instead: it was checked when it was made.)
fn fit_to_limits(mut incoming: Incoming) -> Incoming {
    use model::scene::{ALT_MAX, HOTSPOTS_MAX, HOTSPOT_TEXT_MAX, HOTSPOT_TITLE_MAX, TITLE_MAX};
    let (scene, notes) = (&mut incoming.scene, &mut incoming.not_imported);
    if shorten(&mut scene.title, TITLE_MAX) {
        notes.push(format!("The title past its first {TITLE_MAX} letters"));
    }
    if let Some(image) = &mut scene.image {
        if shorten(&mut image.alt, ALT_MAX) {
            notes.push(format!(
                "The picture's description past its first {ALT_MAX} letters"
            ));
        }
    }
    if scene.hotspots.len() > HOTSPOTS_MAX {
        notes.push(format!(
            "{} hotspots past the first {HOTSPOTS_MAX}",
            scene.hotspots.len() - HOTSPOTS_MAX
        ));
        scene.hotspots.truncate(HOTSPOTS_MAX);
    }
    for (index, hotspot) in scene.hotspots.iter_mut().enumerate() {
        let hotspot = Arc::make_mut(hotspot);
        let name = hotspot.display_title(index);
        if shorten(&mut hotspot.title, HOTSPOT_TITLE_MAX) {
            notes.push(format!(
                "{name}: its title past the first {HOTSPOT_TITLE_MAX} letters"
            ));
        }
        if shorten(&mut hotspot.text, HOTSPOT_TEXT_MAX) {
            notes.push(format!(
                "{name}: its text past the first {HOTSPOT_TEXT_MAX} letters"
            ));
        }
        if let Some(link) = hotspot.link.take() {
            match model::scene::validate_link("link", &link) {
                Ok(()) => hotspot.link = Some(link),
                Err(_) => {
                    let mut shown = link;
                    shorten(&mut shown, 80);
                    notes.push(format!("{name}: the link {shown}"));
                }
            }
        }
    }
    incoming
}

/// Removes uploads an import stored before it failed.
async fn forget_uploads(state: &AppState, ids: Vec<String>) {
    let removed = ids.clone();
    let forgotten = state
        .db
        .call(move |conn| {
            for id in &removed {
                assets::delete(conn, id)?;
            }
            Ok(())
        })
        .await;
    if let Err(e) = forgotten {
        // The hourly purge removes them within a day all the same.
        tracing::warn!(error = %e, "a failed import's uploads were not removed");
    }
    state.files.remove_all(ids).await;
}

/// An H5P Image Hotspots file as a package would hold it: its files under
/// made-up ids, its hotspots showing them.
fn from_h5p(found: h5p::FoundScene) -> Incoming {
    let mut files = HashMap::from([("h5p-picture".to_string(), found.picture)]);
    let color = found.color.unwrap_or_else(model::default_color);
    let hotspots = found
        .hotspots
        .into_iter()
        .enumerate()
        .map(|(index, hotspot)| {
            let mut file = |bytes: Vec<u8>| {
                let id = format!("h5p-{index}");
                files.insert(id.clone(), bytes);
                id
            };
            let media = hotspot.media.map(|media| match media {
                h5p::FoundMedia::Picture(bytes) => Media::Image {
                    asset_id: file(bytes),
                },
                h5p::FoundMedia::Sound(bytes) => Media::Audio {
                    asset_id: file(bytes),
                },
                h5p::FoundMedia::Video(video) => video,
            });
            Arc::new(model::Hotspot {
                id: String::new(),
                x: hotspot.x,
                y: hotspot.y,
                title: hotspot.title,
                text: hotspot.text,
                link: None,
                media,
                scene_link: None,
                icon: model::Icon::default(),
                color: color.clone(),
            })
        })
        .collect();
    let scene = PackagedScene {
        format: package::FORMAT.into(),
        version: package::VERSION,
        title: found.title,
        description: String::new(),
        // Its size is the upload's, put in when it is stored.
        image: Some(model::SceneImage::flat("h5p-picture", 1, 1, &found.alt)),
        hotspots,
    };
    Incoming {
        scene,
        files,
        not_imported: found.not_imported,
    }
}

async fn import(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    request: Request,
) -> AppResult<impl IntoResponse> {
    // Taken before the body is read: what waits is never held in memory.
    let transfers = state.transfers.clone();
    let _turn = turn(&transfers.importing)?;
    let (bytes, picture) = uploaded_file(&state, request).await?;
    let incoming = crate::work_pool::in_pool(move || {
        let json = package::without_bom(&bytes)
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            == Some(&b'{');
        if json {
            from_annotations(&bytes, picture).map(fit_to_limits)
        } else if h5p::is_h5p(&bytes) {
            h5p::read(&bytes)
                .map(from_h5p)
                .map(fit_to_limits)
                .map_err(|e| match e {
                    h5p::H5pError::Zip(e) => refused(e),
                    e => AppError::validation("file", e.message()),
                })
        } else {
            package::read(&bytes)
                .map(|unpacked| Incoming {
                    scene: unpacked.scene,
                    files: unpacked.files,
                    not_imported: Vec::new(),
                })
                .map_err(refused)
        }
    })
    .await??;
    let Incoming {
        scene: packaged,
        mut files,
        mut not_imported,
    } = incoming;

    // Nothing is stored for a package that cannot become a scene: its
    // fields are checked, and its files looked for, first.
    let mut checked = SceneInput {
        title: packaged.title.clone(),
        description: packaged.description.clone(),
        image: None,
        hotspots: packaged.hotspots.clone(),
        visibility: Visibility::Private,
        version: None,
    };
    checked.normalize();
    checked.validate()?;
    let wanted = asset_ids(&packaged.image, &packaged.hotspots);
    if let Some(missing) = wanted.iter().find(|id| !files.contains_key(*id)) {
        return Err(AppError::validation(
            "file",
            Message::new("error-package-missing-file").text("name", missing.to_string()),
        ));
    }
    // Every picture and sound again as the importer's own upload.
    let mut new_ids = HashMap::new();
    for old in wanted {
        let bytes = files.remove(&old).unwrap_or_default();
        match crate::routes::assets::store(&state, &user, Bytes::from(bytes)).await {
            Ok(stored) => {
                new_ids.insert(old, stored.id);
            }
            Err(e) => {
                forget_uploads(&state, new_ids.into_values().collect()).await;
                return Err(e);
            }
        }
    }
    let stored: Vec<String> = new_ids.values().cloned().collect();
    let image = packaged.image.map(|mut image| {
        image.asset_id = new_ids[&image.asset_id].clone();
        image
    });
    let mut tour_links = 0;
    let hotspots = packaged
        .hotspots
        .into_iter()
        .map(|hotspot| {
            let mut hotspot = Arc::unwrap_or_clone(hotspot);
            if let Some(media) = &mut hotspot.media {
                match media {
                    Media::Image { asset_id } | Media::Audio { asset_id } => {
                        *asset_id = new_ids[asset_id.as_str()].clone();
                    }
                    Media::Youtube { .. } | Media::Vimeo { .. } => {}
                }
            }
            // Another scene of the tour is not the importer's to link.
            if hotspot.scene_link.take().is_some() {
                tour_links += 1;
            }
            Arc::new(hotspot)
        })
        .collect();
    if tour_links > 0 {
        not_imported.push(format!(
            "{tour_links} tour link(s) to other scenes: import those scenes and link them again"
        ));
    }
    let input = SceneInput {
        title: packaged.title,
        description: packaged.description,
        image,
        hotspots,
        visibility: Visibility::Private,
        version: None,
    };
    let (keys, now) = (state.keys.clone(), state.clock.now());
    let created = state
        .db
        .call(move |conn| crate::routes::scenes::create_scene(conn, &keys, &user, input, ip, now))
        .await;
    let scene = match created {
        Ok(scene) => scene,
        Err(e) => {
            // Nothing of a refused import stays, nor counts against the quota.
            forget_uploads(&state, stored).await;
            return Err(e);
        }
    };
    Ok((
        StatusCode::CREATED,
        Json(ImportReport {
            scene,
            not_imported,
        }),
    ))
}
