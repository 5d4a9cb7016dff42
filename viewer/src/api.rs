//! The server's answers the viewer needs: the scene a link names, and who
//! is signed in on this browser.

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
/// open a private scene by its link): the JSON of a 200.
async fn get_json(path: &str) -> Result<JsValue, LoadError> {
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
            .map_err(|_| LoadError::Failed),
        404 => Err(LoadError::NotFound),
        _ => Err(LoadError::Failed),
    }
}

pub async fn scene(id: &str) -> Result<Scene, LoadError> {
    let json = get_json(&format!("/api/scenes/{id}")).await?;
    serde_wasm_bindgen::from_value(json).map_err(|_| LoadError::Failed)
}

/// The id of the user signed in on this browser, if any.
pub async fn signed_in_user_id() -> Option<String> {
    let me = get_json("/api/me").await.ok()?;
    js_sys::Reflect::get(&me, &JsValue::from_str("id"))
        .ok()?
        .as_string()
}
