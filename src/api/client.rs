//! One function that performs every API call: sends JSON (or a file),
//! sends the session cookie, and maps the answer onto `T` or `ApiError`.

use super::error::ApiError;
use model::ErrorBody;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// What a request carries.
pub enum Body<'a> {
    None,
    Json(JsValue),
    /// A file from an `<input type=file>`, sent as is with its own type.
    File(&'a web_sys::File),
}

impl Body<'_> {
    pub fn json<B: Serialize>(value: &B) -> Result<Body<'static>, ApiError> {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        value
            .serialize(&serializer)
            .map(Body::Json)
            .map_err(|_| ApiError::Unreadable)
    }
}

async fn send(method: Method, path: &str, body: Body<'_>) -> Result<Response, ApiError> {
    let init = RequestInit::new();
    init.set_method(method.as_str());
    init.set_credentials(RequestCredentials::SameOrigin);
    let request = match body {
        Body::None => Request::new_with_str_and_init(path, &init),
        Body::Json(value) => {
            let text = js_sys::JSON::stringify(&value).map_err(|_| ApiError::Unreadable)?;
            init.set_body(&text);
            let request =
                Request::new_with_str_and_init(path, &init).map_err(|_| ApiError::Unreadable)?;
            request
                .headers()
                .set("Content-Type", "application/json")
                .map_err(|_| ApiError::Unreadable)?;
            Ok(request)
        }
        Body::File(file) => {
            init.set_body(file);
            let request =
                Request::new_with_str_and_init(path, &init).map_err(|_| ApiError::Unreadable)?;
            let kind = file.type_();
            let kind = if kind.is_empty() {
                "application/octet-stream".to_string()
            } else {
                kind
            };
            request
                .headers()
                .set("Content-Type", &kind)
                .map_err(|_| ApiError::Unreadable)?;
            Ok(request)
        }
    }
    .map_err(|_| ApiError::Unreadable)?;
    let window = web_sys::window().ok_or(ApiError::Network)?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| ApiError::Network)?;
    let response: Response = response.dyn_into().map_err(|_| ApiError::Unreadable)?;
    if response.ok() {
        Ok(response)
    } else {
        let status = response.status();
        let body = match response.json() {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| serde_wasm_bindgen::from_value::<ErrorBody>(v).ok()),
            Err(_) => None,
        };
        Err(ApiError::from_body(status, body))
    }
}

/// Performs a call and reads its JSON answer as `T`.
pub async fn request<T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: Body<'_>,
) -> Result<T, ApiError> {
    let response = send(method, path, body).await?;
    let json = JsFuture::from(response.json().map_err(|_| ApiError::Unreadable)?)
        .await
        .map_err(|_| ApiError::Unreadable)?;
    serde_wasm_bindgen::from_value(json).map_err(|_| ApiError::Unreadable)
}

/// Performs a call whose answer has no body (204).
pub async fn request_empty(method: Method, path: &str, body: Body<'_>) -> Result<(), ApiError> {
    send(method, path, body).await.map(|_| ())
}
