//! The built browser app (Trunk's `dist/`): its files, `index.html` for
//! every app route, `editor/index.html` for the editor's, and the
//! shared-link pages (`/v/{id}`, `/embed/{id}`),
//! which are served from the small viewer build (`dist/viewer/`) and say to
//! search engines and frames what the scene's visibility allows.

use crate::access;
use crate::auth::MaybeUser;
use crate::error::{AppError, AppResult};
use crate::extract::AppPath;
use crate::security::EMBED_CONTENT_SECURITY_POLICY_VALUE;
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::header::CONTENT_SECURITY_POLICY;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use axum::Router;
use html_escape::{encode_double_quoted_attribute, encode_text};
use model::Visibility;
use std::path::Path;
use std::sync::Arc;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeader;

const NOT_BUILT: &str = "<!doctype html><meta charset=utf-8><title>Pinpoint</title>\
    <p>The Pinpoint app has not been built. Run <code>scripts/run</code> from the repository.</p>";

const NOINDEX_META: &str = r#"<meta name="robots" content="noindex">"#;

/// The HTML pages, read once at start.
struct Pages {
    /// The app without the editor (`dist/index.html`).
    app: Option<String>,
    /// The editor program (`dist/editor/index.html`). Never the app in its
    /// place: the app hands editor routes back to the server, and would
    /// load itself forever.
    editor: Option<String>,
    /// The viewer alone (`dist/viewer/index.html`); the app stands in for
    /// it when it has not been built.
    viewer: Option<String>,
    /// The viewer with 360° panoramas (`dist/viewer360/index.html`), for
    /// 360° scenes only, so a flat scene's first visit stays small.
    panorama_viewer: Option<String>,
    /// What a shared-link page carries in each language but English.
    viewer_texts: Vec<ViewerTexts>,
    /// Each language's whole catalogue, as JSON fit for a `<script>`: what
    /// an app page carries.
    app_texts: Vec<(pinpoint_i18n::Language, String)>,
}

/// Every language's whole catalogue, as JSON.
fn app_texts() -> Vec<(pinpoint_i18n::Language, String)> {
    pinpoint_i18n::SOURCES
        .iter()
        .filter_map(|(code, source)| {
            let language = pinpoint_i18n::language::by_code(code)?;
            let mut catalogue = pinpoint_i18n::compile::compile(code, source).ok()?;
            // The shared-link viewer's words travel with its own pages.
            catalogue
                .messages
                .retain(|(key, _)| !pinpoint_i18n::is_viewer_key(key));
            Some((language, pinpoint_i18n::script_json(&catalogue)?))
        })
        .collect()
}

/// A language's part of a shared-link page.
struct ViewerTexts {
    language: pinpoint_i18n::Language,
    /// The catalogue's viewer messages, as JSON fit for a `<script>`.
    json: String,
    /// What the page says without JavaScript.
    noscript: String,
}

/// Every language's viewer messages, from the catalogues built in.
fn viewer_texts() -> Vec<ViewerTexts> {
    pinpoint_i18n::viewer_parts()
        .into_iter()
        .filter_map(|catalogue| {
            let language = pinpoint_i18n::language::by_code(&catalogue.language)?;
            let noscript = catalogue.format("viewer-noscript", &[], &PlainNumbers, false)?;
            Some(ViewerTexts {
                language,
                json: pinpoint_i18n::script_json(&catalogue)?,
                noscript,
            })
        })
        .collect()
}

/// The server writes no numbers in a page's messages.
struct PlainNumbers;

impl pinpoint_i18n::Numbers for PlainNumbers {
    fn plural_category(&self, _: f64) -> &'static str {
        "other"
    }

    fn format(&self, n: f64) -> String {
        n.to_string()
    }
}

/// Serves `app_dir`; any path that is not a file gets the app's index page.
pub fn router(app_dir: &Path, state: &AppState) -> Router<AppState> {
    let read = |path: std::path::PathBuf| std::fs::read_to_string(path).ok();
    let app = read(app_dir.join("index.html"));
    let viewer = read(app_dir.join("viewer/index.html")).or_else(|| app.clone());
    let panorama_viewer = read(app_dir.join("viewer360/index.html")).or_else(|| viewer.clone());
    let editor = read(app_dir.join("editor/index.html"));
    if app.is_none() {
        tracing::warn!(dir = %app_dir.display(), "no built app found; serving a placeholder page");
    }
    let pages = Arc::new(Pages {
        app,
        editor,
        viewer,
        panorama_viewer,
        viewer_texts: viewer_texts(),
        app_texts: app_texts(),
    });
    // A folder's index.html is never sent as a file: every page goes out
    // with its reader's catalogue. The build (`scripts/build-app`) leaves
    // Brotli and gzip copies of the code beside it, compressed once at the
    // highest level: smaller than compressing each response on the fly,
    // and no time spent on it per visit.
    // ServeDir does not say that its answer depends on Accept-Encoding;
    // without it a shared cache could hand Brotli to a browser that asked
    // for gzip.
    let files = SetResponseHeader::if_not_present(
        ServeDir::new(app_dir)
            .precompressed_br()
            .precompressed_gzip()
            .append_index_html_on_directories(false)
            .fallback(app_page(pages.clone()).with_state(state.clone())),
        header::VARY,
        HeaderValue::from_static("accept-encoding"),
    );
    let viewer_pages = pages.clone();
    let embed_pages = pages.clone();
    Router::new()
        // The app's router ignores a trailing slash; so must this.
        .route("/new", editor_page(pages.clone()))
        .route("/new/", editor_page(pages.clone()))
        .route("/s/{id}/edit", editor_page(pages.clone()))
        .route("/s/{id}/edit/", editor_page(pages.clone()))
        .route("/", app_page(pages))
        .route("/robots.txt", get(robots_txt))
        .route(
            "/v/{id}",
            get(move |state, user, id, headers| {
                scene_page(state, user, id, headers, viewer_pages.clone(), false)
            }),
        )
        .route(
            "/embed/{id}",
            get(move |state, user, id, headers| {
                scene_page(state, user, id, headers, embed_pages.clone(), true)
            }),
        )
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control))
}

/// The whole app's page, for any route it handles itself.
fn app_page(pages: Arc<Pages>) -> MethodRouter<AppState> {
    get(move |state, user, headers| {
        let pages = pages.clone();
        async move { program_page(state, user, headers, &pages, |p| p.app.as_deref()).await }
    })
}

/// The editor program's page.
fn editor_page(pages: Arc<Pages>) -> MethodRouter<AppState> {
    get(move |state, user, headers| {
        let pages = pages.clone();
        async move { program_page(state, user, headers, &pages, |p| p.editor.as_deref()).await }
    })
}

/// An app program's page in its reader's language: the one chosen in
/// their account's settings, else their browser's. The language's
/// catalogue travels in the page, so the program fetches none.
async fn program_page(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    headers: axum::http::HeaderMap,
    pages: &Pages,
    page: impl Fn(&Pages) -> Option<&str>,
) -> Response {
    let chosen = match user {
        Some(user) => state
            .db
            .call(move |conn| crate::db::users::language(conn, &user.id))
            .await
            .ok()
            .flatten()
            .and_then(|code| pinpoint_i18n::language::by_code(&code)),
        None => None,
    };
    let language = chosen.unwrap_or_else(|| crate::language::requested(&headers));
    let html = page(pages).map(|html| {
        let html = html.replacen(
            r#"<html lang="en">"#,
            &format!(r#"<html lang="{}" dir="{}">"#, language.code, language.dir()),
            1,
        );
        match pages.app_texts.iter().find(|(l, _)| *l == language) {
            Some((_, json)) => html.replacen(
                "</head>",
                &format!(
                    r#"<script type="application/json" id="pinpoint-messages">{json}</script></head>"#
                ),
                1,
            ),
            None => html,
        }
    });
    let mut response = html_page(html.as_deref(), StatusCode::OK);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(language.code),
    );
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

fn html_page(html: Option<&str>, status: StatusCode) -> Response {
    match html {
        Some(html) => (status, Html(html.to_string())).into_response(),
        None => (StatusCode::SERVICE_UNAVAILABLE, Html(NOT_BUILT)).into_response(),
    }
}

/// A shared link's page. Not public: told not to be indexed. Not visible to
/// this requester (or missing): the same page with status 404, so a private
/// scene and a missing one look alike. The embed may be framed anywhere.
async fn scene_page(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    AppPath(id): AppPath,
    request_headers: axum::http::HeaderMap,
    pages: Arc<Pages>,
    embedded: bool,
) -> AppResult<Response> {
    let language = crate::language::requested(&request_headers);
    let texts = pages.viewer_texts.iter().find(|t| t.language == language);
    let scene_id = id.clone();
    let found = state
        .db
        .call(
            move |conn| match access::viewable_scene(conn, &id, user.as_ref()) {
                Ok((stored, _)) => Ok(Some(stored.scene)),
                Err(AppError::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
        )
        .await?;
    let (status, noindex) = match found.as_ref().map(|scene| scene.visibility) {
        None => (StatusCode::NOT_FOUND, true),
        Some(Visibility::Public) => (StatusCode::OK, false),
        Some(Visibility::Unlisted | Visibility::Private) => (StatusCode::OK, true),
    };
    let panorama = found
        .as_ref()
        .and_then(|scene| scene.image.as_ref())
        .is_some_and(|image| image.projection == model::Projection::Equirectangular);
    let viewer = if panorama {
        &pages.panorama_viewer
    } else {
        &pages.viewer
    };
    let html = viewer.as_deref().map(|html| {
        let mut head = String::new();
        let mut html = html.to_string();
        if noindex {
            head.push_str(NOINDEX_META);
        }
        if let Some(scene) = found.as_ref().filter(|s| s.visibility == Visibility::Public) {
            // What search engines and link previews show of a public scene.
            let title = Some(scene.title.trim())
                .filter(|t| !t.is_empty())
                .unwrap_or("Untitled");
            html = html.replacen(
                "<title>Pinpoint</title>",
                &format!("<title>{} · Pinpoint</title>", encode_text(title)),
                1,
            );
            let description = summary_for_search(scene);
            head.push_str(&format!(
                r#"<meta name="description" content="{}">"#,
                encode_double_quoted_attribute(&description)
            ));
        }
        if let Some(scene) = &found {
            let picture = scene.image.as_ref().map(|image| image.asset_id.as_str());
            // The scene and its picture download beside the viewer's code
            // instead of after it starts. Ids are stored ones: URL-safe.
            head.push_str(&format!(
                r#"<link rel="preload" as="fetch" href="/api/scenes/{scene_id}" crossorigin="anonymous">"#
            ));
            if let Some(asset_id) = picture.filter(|id| is_url_safe(id)) {
                head.push_str(&format!(
                    r#"<link rel="preload" as="image" href="/api/assets/{asset_id}">"#
                ));
            }
        }
        // The visitor's language: its messages in the page, so the viewer
        // fetches none; English is built into the viewer.
        html = html.replacen(
            r#"<html lang="en">"#,
            &format!(r#"<html lang="{}" dir="{}">"#, language.code, language.dir()),
            1,
        );
        if let Some(texts) = texts {
            head.push_str(&format!(
                r#"<script type="application/json" id="pinpoint-messages">{}</script>"#,
                texts.json
            ));
            html = html.replacen(
                "<noscript>This interactive image needs JavaScript and WebAssembly.</noscript>",
                &format!("<noscript>{}</noscript>", encode_text(&texts.noscript)),
                1,
            );
        }
        html.replacen("</head>", &format!("{head}</head>"), 1)
    });
    let mut response = html_page(html.as_deref(), status);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(language.code),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    if noindex {
        headers.insert(
            HeaderName::from_static("x-robots-tag"),
            HeaderValue::from_static("noindex"),
        );
    }
    if embedded {
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(EMBED_CONTENT_SECURITY_POLICY_VALUE),
        );
    }
    Ok(response)
}

/// A public scene in a sentence or two for search results and link
/// previews: its description, else its hotspots' titles, else who made it.
fn summary_for_search(scene: &model::Scene) -> String {
    const LONGEST: usize = 160;
    let description = scene
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let text = if !description.is_empty() {
        description
    } else if !scene.hotspots.is_empty() {
        let titles: Vec<String> = scene
            .hotspots
            .iter()
            .enumerate()
            .map(|(index, hotspot)| hotspot.display_title(index))
            .collect();
        format!(
            "An interactive picture by {}: {}.",
            scene.owner.username,
            titles.join(", ")
        )
    } else {
        format!("An interactive picture by {}.", scene.owner.username)
    };
    match text.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text,
    }
}

/// `/robots.txt`: crawlers may read the app's public pages, the shared
/// links and embeds (whose own `noindex` keeps unlisted and private scenes
/// out of search results: a crawler kept away from them would never read
/// it), but not the API or the editor.
async fn robots_txt() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "User-agent: *\nDisallow: /api/\nDisallow: /new\nDisallow: /s/\nAllow: /\n",
    )
}

/// Only letters, digits, `-` and `_`: safe inside an attribute and a path.
fn is_url_safe(id: &str) -> bool {
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Trunk puts a content hash in its output names, so those never change and
/// may be cached for good; everything else (the pages above all) is
/// revalidated on each visit.
async fn cache_control(req: Request, next: Next) -> Response {
    let hashed = is_hashed(req.uri().path());
    let mut response = next.run(req).await;
    let value = if hashed && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static(value));
    response
}

/// Whether a path names a content-hashed build output such as
/// `/pinpoint-app-0123456789abcdef_bg.wasm`.
fn is_hashed(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|name| {
        name.split(['-', '.', '_'])
            .any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
    })
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn only_hashed_build_outputs_count_as_immutable() {
        assert!(is_hashed("/pinpoint-app-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("/app-0123456789abcdef.css"));
        assert!(!is_hashed("/"));
        assert!(!is_hashed("/v/AAAAAAAAAAAAAAAAAAAAAA"));
        assert!(!is_hashed("/start.js"));
    }
}
