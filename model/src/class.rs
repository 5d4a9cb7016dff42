//! Classes and their students: creating, joining, listing, signing up
//! and importing students.

use crate::error::{check_length, FieldError};
use crate::scene::SceneSummary;
use crate::user::UserSummary;
use serde::{Deserialize, Serialize};

pub const CLASS_NAME_MAX: usize = 60;

/// `POST /api/classes`
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClass {
    pub name: String,
}

impl NewClass {
    pub fn validate(&self) -> Result<(), FieldError> {
        check_length(
            "name",
            "field-class-name",
            self.name.trim(),
            1,
            CLASS_NAME_MAX,
        )
    }
}

/// A class as its teacher (with the join code) or a student (without) sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassInfo {
    pub id: String,
    pub name: String,
    /// Only for the class's teacher and the school's admins.
    #[serde(default)]
    pub join_code: Option<String>,
    pub teacher: UserSummary,
    pub student_count: usize,
}

/// `POST /api/classes/join`
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinClass {
    pub join_code: String,
}

/// A student in a class list. Email and birth date are present only for
/// those SPEC.md allows (never for a classmate).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassStudent {
    pub id: String,
    pub username: String,
    pub avatar: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub date_of_birth: Option<String>,
}

/// A student's scene in a class's list, for review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClassScene {
    #[serde(flatten)]
    pub scene: SceneSummary,
    /// Marked reviewed since its last change (teachers and admins only).
    #[serde(default)]
    pub reviewed: bool,
}

/// The alphabet of join codes: no 0/O, 1/I/L, so a code read aloud or off a
/// board is typed right.
pub const JOIN_CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A join code as typed (any case, spaces or dashes) in its one stored
/// form, `XXXX-XXXX`; `None` if it cannot be one.
pub fn normalize_join_code(typed: &str) -> Option<String> {
    let chars: Vec<char> = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let valid = chars.len() == 8
        && chars
            .iter()
            .all(|c| c.is_ascii() && JOIN_CODE_ALPHABET.contains(&(*c as u8)));
    valid.then(|| {
        let s: String = chars.into_iter().collect();
        format!("{}-{}", &s[..4], &s[4..])
    })
}

/// A student a teacher signs up for their class (`POST
/// /api/classes/{id}/students`, or a row of a CSV import): email optional,
/// birth date required. The account gets a one-time password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewStudent {
    pub username: String,
    #[serde(default)]
    pub email: Option<String>,
    pub date_of_birth: String,
}

impl NewStudent {
    /// `today` (`YYYY-MM-DD`) bounds the birth date.
    pub fn validate(&self, today: &str) -> Result<(), FieldError> {
        crate::user::validate_username(self.username.trim())?;
        if let Some(email) = self.email.as_deref().filter(|e| !e.trim().is_empty()) {
            crate::user::validate_email(&crate::user::normalize_email(email))?;
        }
        crate::user::validate_student_birth_date(self.date_of_birth.trim(), today)
    }
}

/// What happened to each student of an import (or a single sign-up).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentImport {
    pub rows: Vec<StudentImportRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentImportRow {
    /// 1-based line of the CSV file (1 for a single sign-up).
    pub row: usize,
    pub username: String,
    pub created: bool,
    /// The student's first password, shown this once.
    pub one_time_password: Option<String>,
    /// Why the row was refused.
    pub error: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_codes_are_forgiving_to_type() {
        assert_eq!(
            normalize_join_code("K7PX-2QMD").as_deref(),
            Some("K7PX-2QMD")
        );
        assert_eq!(
            normalize_join_code(" k7px 2qmd ").as_deref(),
            Some("K7PX-2QMD")
        );
        assert_eq!(
            normalize_join_code("k7px2qmd").as_deref(),
            Some("K7PX-2QMD")
        );
        for bad in [
            "",
            "K7PX-2QM",
            "K7PX-2QMDX",
            "K7PX-2QM0",
            "KIPX-2QMD",
            "ÄÄÄÄ-ÄÄÄÄ",
        ] {
            assert_eq!(normalize_join_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_class_name_needs_words() {
        assert!(NewClass { name: "  ".into() }.validate().is_err());
        assert!(NewClass { name: "7B".into() }.validate().is_ok());
    }
}
