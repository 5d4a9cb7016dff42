//! The JSON error body every failing API call answers with, and the
//! field-level validation error that fills it.

pub use pinpoint_i18n::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

/// `{"error": {"code": "...", "message": "...", "field": ...}}`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// Machine-readable: `validation`, `bad_request`, `unauthorized`, ...
    pub code: String,
    /// A sentence a person can act on.
    pub message: String,
    /// The input field at fault, when there is one (`title`, `hotspots[2].link`).
    #[serde(default)]
    pub field: Option<String>,
}

/// One rejected field, with a message meant for the person who typed it
/// (written in their language by whoever shows it).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: String,
    pub message: Message,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: Message) -> Self {
        Self {
            field: field.into(),
            message,
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for FieldError {}

/// Checks a text's length in characters (not bytes), so limits mean the same
/// for every script.
pub(crate) fn check_length(
    field: &str,
    label: &'static str,
    value: &str,
    min: usize,
    max: usize,
) -> Result<(), FieldError> {
    let n = value.chars().count();
    if n < min {
        if min == 1 {
            return Err(FieldError::new(
                field,
                Message::new("error-required").word("label", label),
            ));
        }
        return Err(FieldError::new(
            field,
            Message::new("error-too-short")
                .word("label", label)
                .number("min", min as f64),
        ));
    }
    if n > max {
        return Err(FieldError::new(
            field,
            Message::new("error-too-long")
                .word("label", label)
                .number("max", max as f64),
        ));
    }
    Ok(())
}

/// Longest id the server hands out (scenes, assets).
pub const ID_MAX: usize = 64;

/// Ids the server hands out (scenes, assets) and hotspot ids: short and
/// URL-safe.
pub(crate) fn validate_id(
    field: &str,
    label: &'static str,
    id: &str,
    max: usize,
) -> Result<(), FieldError> {
    check_length(field, label, id, 1, max)?;
    if id
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        Ok(())
    } else {
        Err(FieldError::new(
            field,
            Message::new("error-id-characters").word("label", label),
        ))
    }
}
