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
pub fn refusal_message(code: &str) -> crate::Message {
    crate::Message::new(match code {
        "email_taken" => "error-sso-email-taken",
        "no_verified_email" => "error-sso-no-verified-email",
        "linked_elsewhere" => "error-sso-linked-elsewhere",
        "not_started" => "error-sso-not-started",
        _ => "error-sso-failed",
    })
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
