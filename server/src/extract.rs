//! Request extractors whose failures answer with the API's own error body
//! instead of axum's plain-text rejections.

use crate::error::AppError;
use axum::extract::rejection::{BytesRejection, JsonRejection};
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

/// `Json<T>`, but malformed, mistyped or oversized bodies get a JSON error.
pub struct AppJson<T>(pub T);

impl<S, T> FromRequest<S> for AppJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(AppJson(value)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

fn json_rejection(rejection: JsonRejection) -> AppError {
    let text = rejection.body_text();
    match rejection {
        JsonRejection::JsonDataError(_) => AppError::BadRequest(format!(
            "Some fields have the wrong type or are missing: {}",
            short(&text)
        )),
        JsonRejection::JsonSyntaxError(_) => {
            AppError::BadRequest("The body is not valid JSON".into())
        }
        JsonRejection::MissingJsonContentType(_) => {
            AppError::UnsupportedMediaType("Send JSON with Content-Type: application/json".into())
        }
        JsonRejection::BytesRejection(b) => bytes_rejection(b),
        _ => AppError::BadRequest(short(&text)),
    }
}

/// Maps a failure to read a body (most often: over the size limit).
pub fn bytes_rejection(rejection: BytesRejection) -> AppError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::PayloadTooLarge("The request body is too large".into())
    } else {
        AppError::BadRequest("The request body could not be read".into())
    }
}

/// serde's messages can quote the whole input; keep them short.
fn short(text: &str) -> String {
    text.chars().take(200).collect()
}
