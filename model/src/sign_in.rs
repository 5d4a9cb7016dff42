//! Sign-in with school accounts (OpenID Connect): what the log-in page and
//! the settings page learn and send.

use serde::{Deserialize, Serialize};

/// `GET /api/auth/providers`: a provider people may sign in with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInProvider {
    /// In its URLs: `/auth/oidc/{name}/start`.
    pub name: String,
    /// On its button: "Sign in with {label}".
    pub label: String,
}

impl SignInProvider {
    /// Where its button leads, to come back to `return_to` (a path here).
    pub fn start_url(&self, return_to: &str) -> String {
        let encoded: String = return_to
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect();
        format!("/auth/oidc/{}/start?return={encoded}", self.name)
    }
}

/// `GET /api/me/identities`: a provider connected to the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectedProvider {
    pub name: String,
    pub label: String,
    /// RFC 3339, UTC.
    pub connected_at: String,
}

/// `POST /api/me/identities`: connect a provider. The password proves it
/// is the owner (an account without one connects within ten minutes of a
/// provider sign-in).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectProvider {
    pub provider: String,
    #[serde(default)]
    pub password: Option<String>,
}

/// The answer to `ConnectProvider`: where the browser goes next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectAnswer {
    pub url: String,
}

/// Why a provider's answer signed nobody in (`/login?sso_error=<code>`),
/// as the log-in page says it.
pub fn refusal_message(code: &str) -> &'static str {
    match code {
        "email_taken" => "An account with this email already exists. Log in with your password, then connect your school account in Settings.",
        "no_verified_email" => "Your school account has no verified email address, so no account could be made.",
        "linked_elsewhere" => "That school account is connected to another Pinpoint account.",
        "not_started" => "That sign-in link has expired or was already used. Please try again.",
        _ => "The sign-in did not work. Please try again.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_providers_button_comes_back_to_the_page() {
        let provider = SignInProvider {
            name: "google".into(),
            label: "Google".into(),
        };
        assert_eq!(provider.start_url("/"), "/auth/oidc/google/start?return=/");
        assert_eq!(
            provider.start_url("/s/a b?x=1&y"),
            "/auth/oidc/google/start?return=/s/a%20b%3Fx%3D1%26y"
        );
    }
}
