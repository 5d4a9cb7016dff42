//! A teacher's feedback on a student's scene, seen by the owner, the
//! class's teachers and the school's admins.

use crate::error::{check_length, FieldError};
use crate::user::UserSummary;
use serde::{Deserialize, Serialize};

pub const FEEDBACK_MAX: usize = 5_000;

/// `POST /api/scenes/{id}/feedback`
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewFeedback {
    pub body: String,
}

impl NewFeedback {
    pub fn validate(&self) -> Result<(), FieldError> {
        check_length("body", "field-feedback", self.body.trim(), 1, FEEDBACK_MAX)
    }
}

/// `POST /api/scenes/{id}/feedback/read`: the owner has read the scene's
/// feedback up to this item (the newest they were shown), so what came
/// after it, even in the same second, stays new.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackRead {
    pub upto: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub id: String,
    pub author: UserSummary,
    pub body: String,
    pub created_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feedback_needs_words() {
        assert!(NewFeedback { body: "".into() }.validate().is_err());
        assert!(NewFeedback {
            body: "Great labels!".into()
        }
        .validate()
        .is_ok());
    }
}
