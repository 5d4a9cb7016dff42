//! The one error type of the API. Each variant is a status and a JSON body
//! (`{"error": {"code", "message", "field"}}`) whose message is written in
//! the request's language; internal failures are logged in full but
//! answered with a bare 500, never with their details.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use model::{ErrorBody, ErrorDetail, FieldError, Message};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A field failed validation (422).
    #[error("{0}")]
    Validation(#[from] FieldError),
    /// The request could not be understood: malformed JSON, bad query (400).
    #[error("{0}")]
    BadRequest(Message),
    /// Not signed in, or wrong credentials (401).
    #[error("{0}")]
    Unauthorized(Message),
    /// Signed in but not allowed, or a cross-site request (403).
    #[error("{0}")]
    Forbidden(Message),
    /// Missing, or not visible to the requester: the two are
    /// indistinguishable on purpose (404).
    #[error("not found")]
    NotFound,
    /// The path exists but not with this method (405).
    #[error("This method is not allowed here")]
    MethodNotAllowed,
    /// The resource changed since the client read it (409).
    #[error("{0}")]
    Conflict(Message),
    /// The body is larger than this endpoint accepts (413).
    #[error("{0}")]
    PayloadTooLarge(Message),
    /// The body is not of a type this endpoint accepts (415).
    #[error("{0}")]
    UnsupportedMediaType(Message),
    /// The sender has sent too much too fast, or the server is too busy
    /// to take more of this work now (429, with `Retry-After` seconds).
    #[error("{message}")]
    TooManyRequests { message: Message, retry_after: u64 },
    /// Too much heavy work is waiting (password hashing, image decoding):
    /// try again in a second (429, code `busy`).
    #[error("The server is busy; try again in a moment")]
    Busy,
    /// This server lacks a part the request needs (503).
    #[error("{0}")]
    Unavailable(Message),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn validation(field: &str, message: Message) -> Self {
        AppError::Validation(FieldError::new(field, message))
    }

    pub fn too_many(message: Message, retry_after: u64) -> Self {
        AppError::TooManyRequests {
            message,
            retry_after: retry_after.max(1),
        }
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            AppError::Validation(_) => (StatusCode::UNPROCESSABLE_ENTITY, "validation"),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            AppError::Unauthorized(_) => (StatusCode::UNAUTHORIZED, "unauthorized"),
            AppError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            AppError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            AppError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
            AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            AppError::PayloadTooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            AppError::UnsupportedMediaType(_) => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            AppError::TooManyRequests { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            AppError::Busy => (StatusCode::TOO_MANY_REQUESTS, "busy"),
            AppError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl From<crate::db::DbError> for AppError {
    fn from(e: crate::db::DbError) -> Self {
        match e {
            crate::db::DbError::Busy(_) => AppError::Busy,
            e => AppError::Internal(e.into()),
        }
    }
}

impl From<r2d2::Error> for AppError {
    fn from(e: r2d2::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<std::io::Error> for AppError {
    fn from(e: std::io::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let retry_after = match &self {
            AppError::TooManyRequests { retry_after, .. } => Some(*retry_after),
            AppError::Busy => Some(1),
            _ => None,
        };
        let (message, field) = match self {
            AppError::Validation(e) => (e.message, Some(e.field)),
            AppError::BadRequest(message)
            | AppError::Unauthorized(message)
            | AppError::Forbidden(message)
            | AppError::Conflict(message)
            | AppError::PayloadTooLarge(message)
            | AppError::UnsupportedMediaType(message)
            | AppError::TooManyRequests { message, .. }
            | AppError::Unavailable(message) => (message, None),
            AppError::NotFound => (Message::new("error-not-found"), None),
            AppError::MethodNotAllowed => (Message::new("error-method-not-allowed"), None),
            AppError::Busy => (Message::new("error-busy"), None),
            AppError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                (Message::new("error-internal"), None)
            }
        };
        let message = crate::language::say(&message);
        let body = ErrorBody {
            error: ErrorDetail {
                code: code.to_string(),
                message,
                field,
            },
        };
        let mut response = (status, Json(body)).into_response();
        let headers = response.headers_mut();
        if let Ok(language) = axum::http::HeaderValue::from_str(crate::language::current().code) {
            headers.insert(axum::http::header::CONTENT_LANGUAGE, language);
        }
        headers.append(
            axum::http::header::VARY,
            axum::http::HeaderValue::from_static("Accept-Language"),
        );
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;
