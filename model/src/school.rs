//! A school as its admin sees it: settings, users, and what an admin
//! changes about them.

use crate::error::Message;
use crate::user::UserKind;
use crate::FieldError;
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
    /// Email domains whose first sign-ins with a school account (OpenID
    /// Connect) become students of this school (admins only: absent for
    /// others).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sso_domains: Vec<String>,
}

/// Most sign-in domains a school lists.
pub const SSO_DOMAINS_MAX: usize = 20;

/// Checks and normalises a school's sign-in domains: host names such as
/// `hill.example` (lower-cased, each once), at most `SSO_DOMAINS_MAX`.
pub fn normalize_sso_domains(domains: &[String]) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for domain in domains {
        let domain = domain.trim().trim_start_matches('@').to_ascii_lowercase();
        let labels_ok = domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        });
        if domain.len() > 253 || !domain.contains('.') || !labels_ok {
            return Err(FieldError::new(
                "sso_domains",
                Message::new("error-domain").text("domain", domain.as_str()),
            ));
        }
        if !out.contains(&domain) {
            out.push(domain);
        }
    }
    if out.len() > SSO_DOMAINS_MAX {
        return Err(FieldError::new(
            "sso_domains",
            Message::new("error-too-many-domains").number("max", SSO_DOMAINS_MAX as f64),
        ));
    }
    out.sort();
    Ok(out)
}

/// `PATCH /api/school/settings`: the settings to change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolSettingsPatch {
    #[serde(default)]
    pub peer_visibility: Option<bool>,
    #[serde(default)]
    pub students_can_publish: Option<bool>,
    /// Replaces the school's sign-in domains.
    #[serde(default)]
    pub sso_domains: Option<Vec<String>>,
}

/// `DELETE /api/school`: the school's name typed out and the admin's
/// password, so nobody deletes a school by a slip or with a session left
/// open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteSchool {
    pub name: String,
    pub password: String,
}

/// Whether `typed` names the school `name`: exactly, apart from spaces
/// around it.
pub fn confirms_school_name(typed: &str, name: &str) -> bool {
    typed.trim() == name.trim()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_domains_are_host_names_each_once() {
        let domains = |list: &[&str]| {
            normalize_sso_domains(&list.iter().map(|d| d.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(
            domains(&["Hill.Example", " @pupils.hill.example", "hill.example"]),
            Ok(vec!["hill.example".into(), "pupils.hill.example".into()])
        );
        assert_eq!(domains(&[]), Ok(vec![]));
        for wrong in [
            "hill",
            "hill..example",
            "-hill.example",
            "hill.example/x",
            "h ill.example",
            "%.example",
        ] {
            assert!(domains(&[wrong]).is_err(), "{wrong}");
        }
        let many: Vec<String> = (0..=SSO_DOMAINS_MAX)
            .map(|i| format!("s{i}.example"))
            .collect();
        assert!(normalize_sso_domains(&many).is_err());
    }
}
