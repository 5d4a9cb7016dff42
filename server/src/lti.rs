//! LTI 1.3 launches: the platform's signed `id_token` is checked with
//! `jsonwebtoken` against the platform's published keys (fetched and
//! cached; fetched again for a key not yet known, so the platform may
//! rotate them), and every claim the launch depends on is checked: issuer,
//! audience (and `azp` when there are several), expiry, the single-use
//! nonce, the deployment, the LTI version and message type.

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use model::lti::LtiPlatformSettings;
use serde::Deserialize;
use std::collections::HashMap;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

const LTI: &str = "https://purl.imsglobal.org/spec/lti/claim";
/// Keys are kept this long before they are fetched again.
const KEYS_FOR: Duration = Duration::from_secs(3600);
/// A platform's keys are fetched again for an unknown key at most this often.
const REFETCH_AFTER: Duration = Duration::from_secs(1);
/// The most a key set may weigh.
const KEYS_MAX_BYTES: usize = 256 * 1024;

/// Platforms' public keys, by JWKS URL.
pub struct PlatformKeys {
    http: openidconnect::reqwest::Client,
    cache: Mutex<HashMap<String, (JwkSet, Instant)>>,
}

/// What a checked launch asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Launch {
    /// A learner (or anyone) opens a link the course holds: the scene its
    /// `custom` claim names.
    ResourceLink { scene: Option<String> },
    /// An instructor adds content to the course: where to send the choice.
    DeepLinking { return_url: String },
}

/// Why a launch was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LaunchError {
    #[error("the launch is not a signed token: {0}")]
    Malformed(String),
    #[error("the platform's keys could not be fetched: {0}")]
    Keys(String),
    #[error("the token is signed with a key the platform does not publish")]
    UnknownKey,
    #[error("the token does not check out: {0}")]
    Invalid(String),
    #[error("the token is not for this tool (audience or azp)")]
    WrongAudience,
    #[error("the token does not answer this launch (nonce)")]
    WrongNonce,
    #[error("the deployment {0:?} is not the one registered")]
    UnknownDeployment(String),
    #[error("an LTI message this tool does not take: {0}")]
    Unsupported(String),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Audience {
    Many(Vec<String>),
    /// One audience (checked by `jsonwebtoken` like the others).
    One(serde::de::IgnoredAny),
}

#[derive(Deserialize)]
struct Claims {
    aud: Audience,
    azp: Option<String>,
    nonce: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/message_type")]
    message_type: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/version")]
    version: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/deployment_id")]
    deployment_id: String,
    #[serde(rename = "https://purl.imsglobal.org/spec/lti/claim/custom", default)]
    custom: HashMap<String, serde_json::Value>,
    #[serde(
        rename = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
        default
    )]
    deep_linking_settings: Option<DeepLinkingSettings>,
}

#[derive(Deserialize)]
struct DeepLinkingSettings {
    deep_link_return_url: String,
}

impl PlatformKeys {
    pub fn new() -> anyhow::Result<PlatformKeys> {
        let http = openidconnect::reqwest::Client::builder()
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()?;
        Ok(PlatformKeys {
            http,
            cache: Mutex::new(HashMap::new()),
        })
    }

    async fn fetch(&self, url: &str) -> Result<JwkSet, LaunchError> {
        let response = self
            .http
            .get(url)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| LaunchError::Keys(e.to_string()))?;
        let bytes = response
            .bytes()
            .await
            .map_err(|e| LaunchError::Keys(e.to_string()))?;
        if bytes.len() > KEYS_MAX_BYTES {
            return Err(LaunchError::Keys("the key set is too large".into()));
        }
        serde_json::from_slice(&bytes).map_err(|e| LaunchError::Keys(e.to_string()))
    }

    /// The platform's key `kid`, from the cache or fetched.
    async fn key(&self, url: &str, kid: &str) -> Result<DecodingKey, LaunchError> {
        let mut cache = self.cache.lock().await;
        let fresh = |at: &Instant| at.elapsed() < KEYS_FOR;
        let known = match cache.get(url) {
            Some((set, at)) if fresh(at) => set.find(kid).cloned().map(Ok).or_else(|| {
                // Perhaps rotated in: look again, unless just looked.
                (at.elapsed() < REFETCH_AFTER).then_some(Err(LaunchError::UnknownKey))
            }),
            _ => None,
        };
        let jwk = match known {
            Some(found) => found?,
            None => {
                let set = self.fetch(url).await?;
                let jwk = set.find(kid).cloned();
                cache.insert(url.to_string(), (set, Instant::now()));
                jwk.ok_or(LaunchError::UnknownKey)?
            }
        };
        DecodingKey::from_jwk(&jwk).map_err(|e| LaunchError::Keys(e.to_string()))
    }

    /// Checks a launch's `id_token` from `platform`, which must answer the
    /// launch that sent `nonce`.
    pub async fn verify(
        &self,
        platform: &LtiPlatformSettings,
        token: &str,
        nonce: &str,
    ) -> Result<Launch, LaunchError> {
        let header = jsonwebtoken::decode_header(token)
            .map_err(|e| LaunchError::Malformed(e.to_string()))?;
        if header.alg != Algorithm::RS256 {
            return Err(LaunchError::Invalid(format!(
                "{:?} is not RS256",
                header.alg
            )));
        }
        let kid = header.kid.ok_or(LaunchError::UnknownKey)?;
        let key = self.key(&platform.jwks_url, &kid).await?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&platform.issuer]);
        validation.set_audience(&[&platform.client_id]);
        validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
        validation.leeway = 60;
        let claims = jsonwebtoken::decode::<Claims>(token, &key, &validation)
            .map_err(|e| match e.kind() {
                jsonwebtoken::errors::ErrorKind::InvalidAudience => LaunchError::WrongAudience,
                _ => LaunchError::Invalid(e.to_string()),
            })?
            .claims;
        if let Audience::Many(audiences) = &claims.aud {
            if audiences.len() > 1 && claims.azp.as_deref() != Some(platform.client_id.as_str()) {
                return Err(LaunchError::WrongAudience);
            }
        }
        // Compared in constant time: the nonce was a secret until now.
        use subtle::ConstantTimeEq;
        if !bool::from(claims.nonce.as_bytes().ct_eq(nonce.as_bytes())) {
            return Err(LaunchError::WrongNonce);
        }
        if claims.deployment_id != platform.deployment_id {
            return Err(LaunchError::UnknownDeployment(claims.deployment_id));
        }
        if claims.version != "1.3.0" {
            return Err(LaunchError::Unsupported(format!(
                "version {}",
                claims.version
            )));
        }
        match claims.message_type.as_str() {
            "LtiResourceLinkRequest" => Ok(Launch::ResourceLink {
                scene: claims
                    .custom
                    .get("scene")
                    .and_then(|v| v.as_str())
                    .map(str::to_string),
            }),
            "LtiDeepLinkingRequest" => {
                let settings = claims.deep_linking_settings.ok_or_else(|| {
                    LaunchError::Invalid(format!("no {LTI}-dl deep_linking_settings"))
                })?;
                Ok(Launch::DeepLinking {
                    return_url: settings.deep_link_return_url,
                })
            }
            other => Err(LaunchError::Unsupported(other.to_string())),
        }
    }
}
