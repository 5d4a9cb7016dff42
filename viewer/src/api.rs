//! The server's answer the viewer needs: the scene a link names, and
//! whether the one looking is its owner.

use model::Scene;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

pub enum LoadError {
    /// Missing, or not shared with this visitor: the server does not say which.
    NotFound,
    /// The server could not be reached, or answered something else.
    Failed,
}

/// `GET path` with this site's cookies (the owner, and their school, may
/// open a private scene by its link): a 200's JSON and headers.
async fn get_json(path: &str) -> Result<(JsValue, web_sys::Headers), LoadError> {
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_credentials(RequestCredentials::SameOrigin);
    let request = Request::new_with_str_and_init(path, &init).map_err(|_| LoadError::Failed)?;
    let window = web_sys::window().ok_or(LoadError::Failed)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| LoadError::Failed)?
        .dyn_into()
        .map_err(|_| LoadError::Failed)?;
    match response.status() {
        200 => JsFuture::from(response.json().map_err(|_| LoadError::Failed)?)
            .await
            .map(|json| (json, response.headers()))
            .map_err(|_| LoadError::Failed),
        404 => Err(LoadError::NotFound),
        _ => Err(LoadError::Failed),
    }
}

/// The scene a link names, and whether the one looking owns it.
pub async fn scene(id: &str) -> Result<(Scene, bool), LoadError> {
    let (json, headers) = get_json(&format!("/api/scenes/{id}")).await?;
    let scene = crate::scene_json::scene(&json).ok_or(LoadError::Failed)?;
    // The server marks a scene sent to its owner.
    let own = headers
        .get("pinpoint-viewer-is-owner")
        .ok()
        .flatten()
        .is_some();
    Ok((scene, own))
}
