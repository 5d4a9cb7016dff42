//! LTI 1.3: a learning platform (Canvas, Moodle, ...) a school's admin
//! registers on the school page, so the platform can show Pinpoint scenes
//! to its learners.

use crate::error::Message;
use crate::FieldError;
use serde::{Deserialize, Serialize};

/// `GET /api/school/lti/platforms`: a registered platform.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LtiPlatform {
    pub id: String,
    #[serde(flatten)]
    pub settings: LtiPlatformSettings,
}

/// What the platform's administrator reads off the platform when adding
/// Pinpoint as a tool (`POST /api/school/lti/platforms`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LtiPlatformSettings {
    /// The platform's issuer, such as `https://canvas.instructure.com`.
    pub issuer: String,
    /// The client id the platform gave Pinpoint.
    pub client_id: String,
    /// The deployment id of this installation of the tool.
    pub deployment_id: String,
    /// Where the platform authenticates launches (OIDC authorization URL).
    pub auth_url: String,
    /// Where the platform publishes its public keys.
    pub jwks_url: String,
}

/// The longest value a platform setting may have.
pub const LTI_SETTING_MAX: usize = 500;

impl LtiPlatformSettings {
    /// Trims every value; refuses empty or overlong ones and URLs that are
    /// not `https://` (plain `http://` only on this machine, for tests).
    pub fn normalized(&self) -> Result<LtiPlatformSettings, FieldError> {
        let text = |field: &str, value: &str| -> Result<String, FieldError> {
            let value = value.trim();
            if value.is_empty() || value.chars().count() > LTI_SETTING_MAX {
                return Err(FieldError::new(
                    field,
                    Message::new("error-lti-setting-length").number("max", LTI_SETTING_MAX as f64),
                ));
            }
            Ok(value.to_string())
        };
        let url = |field: &str, value: &str| -> Result<String, FieldError> {
            let value = text(field, value)?;
            let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
                .iter()
                .any(|l| {
                    value.starts_with(&format!("{l}:")) || value.starts_with(&format!("{l}/"))
                });
            let https = value.starts_with("https://") && value.len() > "https://".len();
            if (https || local) && !value.chars().any(char::is_whitespace) {
                Ok(value)
            } else {
                Err(FieldError::new(field, Message::new("error-lti-address")))
            }
        };
        Ok(LtiPlatformSettings {
            issuer: url("issuer", &self.issuer)?,
            client_id: text("client_id", &self.client_id)?,
            deployment_id: text("deployment_id", &self.deployment_id)?,
            auth_url: url("auth_url", &self.auth_url)?,
            jwks_url: url("jwks_url", &self.jwks_url)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canvas() -> LtiPlatformSettings {
        LtiPlatformSettings {
            issuer: " https://canvas.instructure.com ".into(),
            client_id: "10000000000001".into(),
            deployment_id: "1:abc".into(),
            auth_url: "https://sso.canvaslms.com/api/lti/authorize_redirect".into(),
            jwks_url: "https://sso.canvaslms.com/api/lti/security/jwks".into(),
        }
    }

    #[test]
    fn platform_settings_are_trimmed_and_their_addresses_https() {
        let ok = canvas().normalized().unwrap();
        assert_eq!(ok.issuer, "https://canvas.instructure.com");
        let local = LtiPlatformSettings {
            jwks_url: "http://127.0.0.1:9000/jwks".into(),
            ..canvas()
        };
        assert!(local.normalized().is_ok(), "loopback, for tests");
        for (field, wrong) in [
            (
                "issuer",
                LtiPlatformSettings {
                    issuer: "http://canvas.example".into(),
                    ..canvas()
                },
            ),
            (
                "jwks_url",
                LtiPlatformSettings {
                    jwks_url: "ftp://x".into(),
                    ..canvas()
                },
            ),
            (
                "auth_url",
                LtiPlatformSettings {
                    auth_url: "https://".into(),
                    ..canvas()
                },
            ),
            (
                "client_id",
                LtiPlatformSettings {
                    client_id: "  ".into(),
                    ..canvas()
                },
            ),
            (
                "deployment_id",
                LtiPlatformSettings {
                    deployment_id: "x".repeat(501),
                    ..canvas()
                },
            ),
        ] {
            assert_eq!(wrong.normalized().unwrap_err().field, field);
        }
    }
}
