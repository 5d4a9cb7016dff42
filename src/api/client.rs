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
pub enum Body {
    None,
    Json(JsValue),
    /// Raw bytes of a type, such as a picture made in a canvas.
    Bytes {
        bytes: Vec<u8>,
        content_type: &'static str,
    },
}

impl Body {
    pub fn json<B: Serialize>(value: &B) -> Result<Body, ApiError> {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        value
            .serialize(&serializer)
            .map(Body::Json)
            .map_err(|_| ApiError::Unreadable)
    }
}

/// The page's language, asked of the server for the sentences it writes
/// (its error messages): the account's choice, which the browser's own
/// `Accept-Language` may not be.
fn page_language() -> &'static str {
    pinpoint_i18n::web::language().code
}

async fn send(method: Method, path: &str, body: Body) -> Result<Response, ApiError> {
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
        Body::Bytes {
            bytes,
            content_type,
        } => {
            init.set_body(&js_sys::Uint8Array::from(bytes.as_slice()));
            let request =
                Request::new_with_str_and_init(path, &init).map_err(|_| ApiError::Unreadable)?;
            request
                .headers()
                .set("Content-Type", content_type)
                .map_err(|_| ApiError::Unreadable)?;
            Ok(request)
        }
    }
    .map_err(|_| ApiError::Unreadable)?;
    request
        .headers()
        .set("Accept-Language", page_language())
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
        let retry_after = response.headers().get("Retry-After").ok().flatten();
        let body = match response.json() {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| serde_wasm_bindgen::from_value::<ErrorBody>(v).ok()),
            Err(_) => None,
        };
        Err(ApiError::from_response(
            status,
            body,
            retry_after.as_deref(),
        ))
    }
}

/// Performs a call and reads its JSON answer as `T`.
pub async fn request<T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: Body,
) -> Result<T, ApiError> {
    let response = send(method, path, body).await?;
    let json = JsFuture::from(response.json().map_err(|_| ApiError::Unreadable)?)
        .await
        .map_err(|_| ApiError::Unreadable)?;
    serde_wasm_bindgen::from_value(json).map_err(|_| ApiError::Unreadable)
}

/// Performs a call whose answer has no body (204).
pub async fn request_empty(method: Method, path: &str, body: Body) -> Result<(), ApiError> {
    send(method, path, body).await.map(|_| ())
}

/// What an upload sends: one file as the body, or a form of several.
pub enum Upload<'a> {
    File(&'a web_sys::File),
    Form(&'a web_sys::FormData),
}

impl<'a> From<&'a web_sys::File> for Upload<'a> {
    fn from(file: &'a web_sys::File) -> Self {
        Upload::File(file)
    }
}

/// Sends a file with `XMLHttpRequest`, whose upload events (unlike fetch's)
/// report progress: `on_progress` hears the fraction sent, 0 to 1.
pub async fn upload_with_progress<'a, T: DeserializeOwned>(
    path: &str,
    upload: impl Into<Upload<'a>>,
    on_progress: impl Fn(f64) + 'static,
) -> Result<T, ApiError> {
    use wasm_bindgen::closure::Closure;
    use web_sys::{ProgressEvent, XmlHttpRequest};

    let upload = upload.into();
    let xhr = XmlHttpRequest::new().map_err(|_| ApiError::Unreadable)?;
    xhr.open("POST", path).map_err(|_| ApiError::Unreadable)?;
    xhr.set_request_header("Accept-Language", page_language())
        .map_err(|_| ApiError::Unreadable)?;
    if let Upload::File(file) = upload {
        let kind = file.type_();
        let kind = if kind.is_empty() {
            "application/octet-stream".to_string()
        } else {
            kind
        };
        xhr.set_request_header("Content-Type", &kind)
            .map_err(|_| ApiError::Unreadable)?;
    }

    let progress = Closure::<dyn Fn(ProgressEvent)>::new(move |e: ProgressEvent| {
        if e.length_computable() && e.total() > 0.0 {
            on_progress(e.loaded() / e.total());
        }
    });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    // Settles when the request ends either way; the status tells which.
    let finished = js_sys::Promise::new(&mut |resolve, reject| {
        xhr.set_onload(Some(&resolve));
        xhr.set_onerror(Some(&reject));
        xhr.set_onabort(Some(&reject));
    });
    match upload {
        Upload::File(file) => xhr.send_with_opt_blob(Some(file)),
        // The browser writes the form's type, with its boundary.
        Upload::Form(form) => xhr.send_with_opt_form_data(Some(form)),
    }
    .map_err(|_| ApiError::Network)?;
    let outcome = JsFuture::from(finished).await;
    drop(progress);
    outcome.map_err(|_| ApiError::Network)?;

    let status = xhr.status().map_err(|_| ApiError::Unreadable)?;
    let text = xhr.response_text().ok().flatten().unwrap_or_default();
    let json = js_sys::JSON::parse(&text).ok();
    if (200..300).contains(&status) {
        let json = json.ok_or(ApiError::Unreadable)?;
        serde_wasm_bindgen::from_value(json).map_err(|_| ApiError::Unreadable)
    } else {
        Err(error_of(&xhr, status, json))
    }
}

/// The error a failed `XMLHttpRequest` answered.
fn error_of(xhr: &web_sys::XmlHttpRequest, status: u16, json: Option<JsValue>) -> ApiError {
    let body = json.and_then(|v| serde_wasm_bindgen::from_value::<ErrorBody>(v).ok());
    let retry_after = xhr.get_response_header("Retry-After").ok().flatten();
    ApiError::from_response(status, body, retry_after.as_deref())
}

/// Downloads `path` (a zip written while it is sent, of unknown length)
/// with `XMLHttpRequest`, whose progress events tell `on_progress` the
/// bytes received so far; answers the file.
pub async fn download_with_progress(
    path: &str,
    on_progress: impl Fn(f64) + 'static,
) -> Result<web_sys::Blob, ApiError> {
    use wasm_bindgen::closure::Closure;
    use web_sys::{ProgressEvent, XmlHttpRequest, XmlHttpRequestResponseType};

    let xhr = XmlHttpRequest::new().map_err(|_| ApiError::Unreadable)?;
    xhr.open("GET", path).map_err(|_| ApiError::Unreadable)?;
    xhr.set_request_header("Accept-Language", page_language())
        .map_err(|_| ApiError::Unreadable)?;
    xhr.set_response_type(XmlHttpRequestResponseType::Blob);
    let progress =
        Closure::<dyn Fn(ProgressEvent)>::new(move |e: ProgressEvent| on_progress(e.loaded()));
    xhr.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    let finished = js_sys::Promise::new(&mut |resolve, reject| {
        xhr.set_onload(Some(&resolve));
        xhr.set_onerror(Some(&reject));
        xhr.set_onabort(Some(&reject));
    });
    xhr.send().map_err(|_| ApiError::Network)?;
    let outcome = JsFuture::from(finished).await;
    drop(progress);
    outcome.map_err(|_| ApiError::Network)?;
    let status = xhr.status().map_err(|_| ApiError::Unreadable)?;
    let blob: web_sys::Blob = xhr
        .response()
        .map_err(|_| ApiError::Unreadable)?
        .dyn_into()
        .map_err(|_| ApiError::Unreadable)?;
    if (200..300).contains(&status) {
        return Ok(blob);
    }
    let text = JsFuture::from(blob.text())
        .await
        .ok()
        .and_then(|t| t.as_string());
    let json = text.and_then(|t| js_sys::JSON::parse(&t).ok());
    Err(error_of(&xhr, status, json))
}
