//! What can go wrong talking to the server, in terms the UI can act on.

use crate::text::{t, t_with, Arg};
use model::ErrorBody;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The server could not be reached (offline, or it is down).
    Network,
    /// Too many tries (429, as after repeated failed log-ins): the server
    /// asks to wait this many seconds, or did not say how long.
    RateLimited { retry_after: Option<u64> },
    /// Nobody is signed in, or the session has ended (401).
    NotSignedIn { message: String },
    /// No such thing, or not shared with this person: the server does not
    /// say which (404).
    NotFound { message: String },
    /// Someone else changed it since it was read (409).
    Conflict { message: String },
    /// The server answered with an error status and its JSON error body.
    Server {
        status: u16,
        code: String,
        message: String,
        field: Option<String>,
    },
    /// The server answered something this app cannot read.
    Unreadable,
}

impl ApiError {
    /// An error answer: its status, JSON body and `Retry-After` header.
    pub fn from_response(status: u16, body: Option<ErrorBody>, retry_after: Option<&str>) -> Self {
        let busy = body.as_ref().is_some_and(|b| b.error.code == "busy");
        if status == 429 && !busy {
            // Only the delay in seconds is read; an HTTP date counts as unsaid.
            let retry_after = retry_after.and_then(|s| s.trim().parse().ok());
            return ApiError::RateLimited { retry_after };
        }
        let (code, message, field) = match body {
            Some(body) => (body.error.code, body.error.message, body.error.field),
            None => (
                "unknown".into(),
                t_with("api-status", &[("status", Arg::Text(&status.to_string()))]),
                None,
            ),
        };
        match status {
            401 => ApiError::NotSignedIn { message },
            404 => ApiError::NotFound { message },
            409 => ApiError::Conflict { message },
            _ => ApiError::Server {
                status,
                code,
                message,
                field,
            },
        }
    }

    /// The input field the error is about, if the server named one.
    pub fn field(&self) -> Option<&str> {
        match self {
            ApiError::Server { field, .. } => field.as_deref(),
            _ => None,
        }
    }

    /// A sentence to show a person.
    pub fn message(&self) -> String {
        match self {
            ApiError::Network => t("api-network"),
            ApiError::RateLimited { retry_after } => too_many_tries(*retry_after),
            ApiError::NotSignedIn { message }
            | ApiError::NotFound { message }
            | ApiError::Conflict { message }
            | ApiError::Server { message, .. } => message.clone(),
            ApiError::Unreadable => t("api-unreadable"),
        }
    }
}

/// What to tell someone the server has throttled, rounding the wait up to
/// whole minutes: "Too many tries. Try again in 15 minutes."
pub fn too_many_tries(retry_after: Option<u64>) -> String {
    match retry_after {
        None => t("api-too-many-tries-later"),
        Some(seconds) => t_with(
            "api-too-many-tries",
            &[("minutes", Arg::Number(seconds.div_ceil(60).max(1) as f64))],
        ),
    }
}
