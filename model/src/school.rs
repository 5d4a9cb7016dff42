//! A school as its admin sees it: settings, users, and what an admin
//! changes about them.

use crate::user::UserKind;
use serde::{Deserialize, Serialize};

/// `GET /api/school`: the school and its privacy settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct School {
    pub id: String,
    pub name: String,
    /// Students see classmates' usernames, avatars and scenes (read only).
    pub peer_visibility: bool,
    /// Students may make scenes public.
    pub students_can_publish: bool,
    /// The code teachers sign up with to join the school (admins only).
    #[serde(default)]
    pub teacher_invite_code: Option<String>,
}

/// `PATCH /api/school/settings`: the settings to change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolSettingsPatch {
    #[serde(default)]
    pub peer_visibility: Option<bool>,
    #[serde(default)]
    pub students_can_publish: Option<bool>,
}

/// A user in the school admin's list: everything the admin may see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolUser {
    pub id: String,
    pub username: String,
    pub kind: UserKind,
    pub is_admin: bool,
    pub email: Option<String>,
    pub date_of_birth: Option<String>,
}

/// `PATCH /api/school/users/{id}`: what a school admin changes about a user.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolUserPatch {
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// Students only: their date of birth, which only an admin changes.
    #[serde(default)]
    pub date_of_birth: Option<String>,
    /// Replace the password with a one-time password, shown once.
    #[serde(default)]
    pub reset_password: bool,
    /// Take the user out of the school (and its classes); the account stays.
    #[serde(default)]
    pub remove_from_school: bool,
}

/// The answer to a `SchoolUserPatch`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolUserChanged {
    pub user: SchoolUser,
    /// The new password after a reset: give it to the user; it is not kept.
    pub one_time_password: Option<String>,
}
