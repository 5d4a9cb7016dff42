//! What can go wrong talking to the server, in terms the UI can act on.

use model::ErrorBody;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The server could not be reached (offline, or it is down).
    Network,
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
    pub fn from_body(status: u16, body: Option<ErrorBody>) -> Self {
        match body {
            Some(body) => ApiError::Server {
                status,
                code: body.error.code,
                message: body.error.message,
                field: body.error.field,
            },
            None => ApiError::Server {
                status,
                code: "unknown".into(),
                message: format!("The server answered with status {status}"),
                field: None,
            },
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Server { status, .. } => Some(*status),
            _ => None,
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
            ApiError::Network => {
                "Cannot reach Pinpoint. Check your connection and try again.".into()
            }
            ApiError::Server { message, .. } => message.clone(),
            ApiError::Unreadable => {
                "The server sent an answer this page cannot read. Try reloading.".into()
            }
        }
    }
}
