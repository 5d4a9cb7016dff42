//! Loads the scene a link names.

use model::Scene;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

pub enum LoadError {
    /// Missing, or not shared with this visitor: the server does not say which.
    NotFound,
    /// The server could not be reached, or answered something else.
    Failed,
}

pub async fn scene(id: &str) -> Result<Scene, LoadError> {
    let init = RequestInit::new();
    init.set_method("GET");
    // The owner (and their school) may open a private scene by its link.
    init.set_credentials(RequestCredentials::SameOrigin);
    let request = Request::new_with_str_and_init(&format!("/api/scenes/{id}"), &init)
        .map_err(|_| LoadError::Failed)?;
    let window = web_sys::window().ok_or(LoadError::Failed)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| LoadError::Failed)?
        .dyn_into()
        .map_err(|_| LoadError::Failed)?;
    match response.status() {
        200 => {
            let json = JsFuture::from(response.json().map_err(|_| LoadError::Failed)?)
                .await
                .map_err(|_| LoadError::Failed)?;
            serde_wasm_bindgen::from_value(json).map_err(|_| LoadError::Failed)
        }
        404 => Err(LoadError::NotFound),
        _ => Err(LoadError::Failed),
    }
}
