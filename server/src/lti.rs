//! LTI 1.3 launches: the platform's signed `id_token` is checked with
//! `jsonwebtoken` against the platform's published keys (fetched and
//! cached; fetched again for a key not yet known, so the platform may
//! rotate them), and every claim the launch depends on is checked: issuer,
//! audience (and `azp` when there are several), expiry, the single-use
//! nonce, the deployment, the LTI version and message type.

use crate::outbound::{self, FilteringResolver, Reach};
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

/// Platforms' public keys, by JWKS URL, and when each was last fetched
/// (or tried: a failure counts, so an unreachable platform is not asked
/// again at once).
pub struct PlatformKeys {
    http: openidconnect::reqwest::Client,
    reach: Reach,
    cache: Mutex<HashMap<String, Fetched>>,
}

struct Fetched {
    keys: Option<JwkSet>,
    at: Instant,
}

/// What a checked launch asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Launch {
    /// A learner (or anyone) opens a link the course holds: the scene its
    /// `custom` claim names.
    ResourceLink { scene: Option<String> },
    /// An instructor adds content to the course.
    DeepLinking(DeepLinkingRequest),
}

/// An instructor's request to pick content for the course.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeepLinkingRequest {
    /// The instructor's subject at the platform.
    pub subject: String,
    /// Where the choice is sent.
    pub return_url: String,
    /// The platform's opaque value, sent back with the choice.
    pub data: Option<String>,
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
    /// Absent in an anonymous launch, which LTI allows.
    sub: Option<String>,
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
    #[serde(default)]
    accept_types: Vec<String>,
    data: Option<String>,
}

impl PlatformKeys {
    /// Keys fetched only from addresses `reach` allows (see `outbound`).
    pub fn new(reach: Reach) -> anyhow::Result<PlatformKeys> {
        let mut http = openidconnect::reqwest::Client::builder()
            .dns_resolver(std::sync::Arc::new(FilteringResolver(reach)));
        if reach == Reach::PublicOnly {
            // A proxy would resolve the name itself, past the filter.
            http = http.no_proxy();
        }
        let http = http
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()?;
        Ok(PlatformKeys {
            http,
            reach,
            cache: Mutex::new(HashMap::new()),
        })
    }

    async fn fetch(&self, url: &str) -> Result<JwkSet, LaunchError> {
        let parsed = url::Url::parse(url).map_err(|e| LaunchError::Keys(e.to_string()))?;
        if !outbound::url_allowed(&parsed, self.reach) {
            return Err(LaunchError::Keys("not a public internet address".into()));
        }
        let mut response = self
            .http
            .get(url)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| LaunchError::Keys(e.to_string()))?;
        // Read a piece at a time, so a huge answer is refused, not held.
        let mut bytes = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| LaunchError::Keys(e.to_string()))?
        {
            if bytes.len() + chunk.len() > KEYS_MAX_BYTES {
                return Err(LaunchError::Keys("the key set is too large".into()));
            }
            bytes.extend_from_slice(&chunk);
        }
        serde_json::from_slice(&bytes).map_err(|e| LaunchError::Keys(e.to_string()))
    }

    /// The platform's key `kid`, from the cache or fetched. The cache is
    /// not held while fetching, so one slow platform delays only its own
    /// launches.
    async fn key(&self, url: &str, kid: &str) -> Result<DecodingKey, LaunchError> {
        let cached = {
            let cache = self.cache.lock().await;
            cache.get(url).map(|f| {
                let found = f.keys.as_ref().and_then(|set| set.find(kid).cloned());
                (found, f.at.elapsed(), f.keys.is_some())
            })
        };
        let jwk = match cached {
            Some((Some(jwk), age, _)) if age < KEYS_FOR => jwk,
            // Unknown here, or the last try failed: asked again only after
            // a pause (forged key ids cannot make Pinpoint hammer a
            // platform).
            Some((_, age, fetched)) if age < REFETCH_AFTER => {
                return Err(if fetched {
                    LaunchError::UnknownKey
                } else {
                    LaunchError::Keys("the platform's keys could not be fetched just now".into())
                })
            }
            _ => {
                let fetched = self.fetch(url).await;
                let jwk = fetched.as_ref().ok().and_then(|set| set.find(kid).cloned());
                let mut cache = self.cache.lock().await;
                cache.insert(
                    url.to_string(),
                    Fetched {
                        keys: fetched.as_ref().ok().cloned(),
                        at: Instant::now(),
                    },
                );
                fetched?;
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
        validation.set_required_spec_claims(&["exp", "iat", "iss", "aud"]);
        validation.leeway = 60;
        let claims = jsonwebtoken::decode::<Claims>(token, &key, &validation)
            .map_err(|e| match e.kind() {
                jsonwebtoken::errors::ErrorKind::InvalidAudience => LaunchError::WrongAudience,
                _ => LaunchError::Invalid(e.to_string()),
            })?
            .claims;
        // `azp`, when given, must be this tool; with several audiences it
        // must be given.
        let several = matches!(&claims.aud, Audience::Many(list) if list.len() > 1);
        match claims.azp.as_deref() {
            Some(azp) if azp != platform.client_id => return Err(LaunchError::WrongAudience),
            None if several => return Err(LaunchError::WrongAudience),
            _ => {}
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
                if !settings.accept_types.iter().any(|t| t == "ltiResourceLink") {
                    return Err(LaunchError::Unsupported(
                        "a deep link that takes no ltiResourceLink".into(),
                    ));
                }
                // The choice is posted there from the instructor's browser:
                // only to the web.
                let return_url = url::Url::parse(&settings.deep_link_return_url)
                    .ok()
                    .filter(|u| matches!(u.scheme(), "https" | "http"))
                    .ok_or_else(|| LaunchError::Invalid("the deep link return URL".into()))?;
                // The instructor is who the platform says: one must be said.
                let subject = claims
                    .sub
                    .filter(|s| !s.is_empty())
                    .ok_or_else(|| LaunchError::Invalid("a deep link without sub".into()))?;
                Ok(Launch::DeepLinking(DeepLinkingRequest {
                    subject,
                    return_url: return_url.to_string(),
                    data: settings.data,
                }))
            }
            other => Err(LaunchError::Unsupported(other.to_string())),
        }
    }
}

/// The tool's own signing key: made once (RSA 2048), its private half
/// sealed with the installation's key like other secrets, its public half
/// published at `/lti/jwks.json`; `pinpoint rotate-lti-key` replaces it.
pub mod tool_key {
    use crate::crypto::{random_id, Keys, Place};
    use crate::db::lti::{self, NewToolKey};
    use crate::db::Conn;
    use crate::error::{AppError, AppResult};
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    use rsa::pkcs8::{EncodePrivateKey, LineEnding};
    use rsa::traits::PublicKeyParts;

    fn make(keys: &Keys) -> AppResult<NewToolKey> {
        let private = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048)
            .map_err(|e| AppError::Internal(e.into()))?;
        let pem = private
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| AppError::Internal(e.into()))?;
        let kid = random_id();
        let b64 = |n: &rsa::BigUint| URL_SAFE_NO_PAD.encode(n.to_bytes_be());
        let public_jwk = serde_json::json!({
            "kty": "RSA", "alg": "RS256", "use": "sig", "kid": kid,
            "n": b64(private.n()), "e": b64(private.e()),
        })
        .to_string();
        Ok(NewToolKey {
            private_sealed: keys.seal(pem.as_str(), Place::tool_key(&kid)),
            kid,
            public_jwk,
        })
    }

    /// The published key set's keys, making the first key if there is none.
    pub fn published(conn: &mut Conn, keys: &Keys, now: i64) -> AppResult<Vec<serde_json::Value>> {
        ensure(conn, keys, now)?;
        let published = lti::published_tool_keys(conn, now)?;
        published
            .iter()
            .map(|jwk| serde_json::from_str(jwk).map_err(|e| AppError::Internal(e.into())))
            .collect()
    }

    /// Makes the tool's key if there is none yet.
    pub fn ensure(conn: &mut Conn, keys: &Keys, now: i64) -> AppResult<()> {
        if !lti::has_current_tool_key(conn)? {
            // Servers asking together make one key between them.
            let mut tx = conn.transaction_locked("tool keys")?;
            if !lti::has_current_tool_key(&mut tx)? {
                lti::replace_tool_key(&mut tx, &make(keys)?, now)?;
            }
            tx.commit()?;
        }
        Ok(())
    }

    /// Signs `claims` with the key in use (made first with `ensure`): a
    /// JWT platforms check with `/lti/jwks.json`.
    pub fn sign(conn: &mut Conn, keys: &Keys, claims: &serde_json::Value) -> AppResult<String> {
        let (kid, sealed) = lti::current_tool_key(conn)?
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no tool key")))?;
        let pem = keys
            .open(&sealed, Place::tool_key(&kid))
            .map_err(AppError::Internal)?;
        let key = jsonwebtoken::EncodingKey::from_rsa_pem(pem.as_bytes())
            .map_err(|e| AppError::Internal(e.into()))?;
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
        header.kid = Some(kid);
        jsonwebtoken::encode(&header, claims, &key).map_err(|e| AppError::Internal(e.into()))
    }

    /// Replaces the key in use; the old one stays published for a week.
    /// Answers the new key's id.
    pub fn rotate(conn: &mut Conn, keys: &Keys, now: i64) -> AppResult<String> {
        let key = make(keys)?;
        let kid = key.kid.clone();
        let mut tx = conn.transaction_locked("tool keys")?;
        lti::replace_tool_key(&mut tx, &key, now)?;
        tx.commit()?;
        Ok(kid)
    }
}
