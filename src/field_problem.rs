//! A field's problem as the page shows it beside the field.

/// What is wrong with a field, in its reader's words: found by the app's
/// own checks (a `model::FieldError`, written in the page's language), or
/// by the server (whose answer is written in it already).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldProblem {
        FieldProblem {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl From<model::FieldError> for FieldProblem {
    fn from(error: model::FieldError) -> FieldProblem {
        FieldProblem {
            message: error.message.to_string(),
            field: error.field,
        }
    }
}
