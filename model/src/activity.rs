//! A registered user's activity log: what happened to their account, when
//! and from which address. The user reads their own (`GET /api/me/activity`);
//! it is kept 90 days, and 30 days after the account is deleted.

use serde::{Deserialize, Serialize};

/// How long an entry is kept.
pub const ACTIVITY_KEEP_DAYS: i64 = 90;
/// How long a deleted account's entries are kept after the deletion.
pub const DELETED_ACCOUNT_KEEP_DAYS: i64 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    AccountCreated,
    SignIn,
    SignInFailed,
    SignOut,
    PasswordChanged,
    /// Username, email, avatar or marketing choice; `detail` names which.
    SettingsChanged,
    /// A school admin changed the account (role, birth date, password).
    ChangedByAdmin,
    SceneCreated,
    SceneDeleted,
    /// `detail` is `old → new`.
    VisibilityChanged,
    DataExported,
    AccountDeleted,
    /// A sign-in provider was connected; `detail` is its label.
    ProviderConnected,
    /// A sign-in provider was disconnected; `detail` is its label.
    ProviderRemoved,
    /// A teacher linked their account at a learning platform (LTI), to add
    /// scenes to courses there; `detail` is the platform's issuer.
    LearningPlatformLinked,
    /// A teacher downloaded a class's work; `detail` is the class's name.
    ClassWorkExported,
    /// A school admin downloaded the whole school's data.
    SchoolExported,
    /// The school was deleted with everything in it: the last entry of
    /// each of its accounts, kept 30 days like an account's deletion.
    SchoolDeleted,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 18] = [
        ActivityKind::AccountCreated,
        ActivityKind::SignIn,
        ActivityKind::SignInFailed,
        ActivityKind::SignOut,
        ActivityKind::PasswordChanged,
        ActivityKind::SettingsChanged,
        ActivityKind::ChangedByAdmin,
        ActivityKind::SceneCreated,
        ActivityKind::SceneDeleted,
        ActivityKind::VisibilityChanged,
        ActivityKind::DataExported,
        ActivityKind::AccountDeleted,
        ActivityKind::ProviderConnected,
        ActivityKind::ProviderRemoved,
        ActivityKind::LearningPlatformLinked,
        ActivityKind::ClassWorkExported,
        ActivityKind::SchoolExported,
        ActivityKind::SchoolDeleted,
    ];

    /// The name stored in the database and sent in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityKind::AccountCreated => "account_created",
            ActivityKind::SignIn => "sign_in",
            ActivityKind::SignInFailed => "sign_in_failed",
            ActivityKind::SignOut => "sign_out",
            ActivityKind::PasswordChanged => "password_changed",
            ActivityKind::SettingsChanged => "settings_changed",
            ActivityKind::ChangedByAdmin => "changed_by_admin",
            ActivityKind::SceneCreated => "scene_created",
            ActivityKind::SceneDeleted => "scene_deleted",
            ActivityKind::VisibilityChanged => "visibility_changed",
            ActivityKind::DataExported => "data_exported",
            ActivityKind::AccountDeleted => "account_deleted",
            ActivityKind::ProviderConnected => "provider_connected",
            ActivityKind::ProviderRemoved => "provider_removed",
            ActivityKind::LearningPlatformLinked => "learning_platform_linked",
            ActivityKind::ClassWorkExported => "class_work_exported",
            ActivityKind::SchoolExported => "school_exported",
            ActivityKind::SchoolDeleted => "school_deleted",
        }
    }

    pub fn parse(name: &str) -> Option<ActivityKind> {
        ActivityKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// One line of `GET /api/me/activity` (newest first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityEntry {
    pub kind: ActivityKind,
    /// RFC 3339, UTC.
    pub at: String,
    /// The address the request came from, when known.
    pub ip: Option<String>,
    /// The scene it concerns, if any.
    pub scene: Option<String>,
    pub detail: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_name_and_json() {
        for kind in ActivityKind::ALL {
            assert_eq!(ActivityKind::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
        assert_eq!(ActivityKind::parse("sign_in_twice"), None);
    }
}
