//! Sign-in with OpenID Connect providers (Google, Microsoft, any standard
//! one) through `openidconnect`: the authorization code flow with PKCE,
//! `state` and `nonce`, the provider found by discovery from its issuer,
//! the ID token checked (signature against the provider's keys, issuer,
//! audience, expiry, nonce). Only the token's issuer, subject and email
//! are read; no provider token is kept.

use crate::config::OidcProvider;
use crate::error::AppError;
use openidconnect::core::{CoreClient, CoreProviderMetadata, CoreResponseType};
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
};
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

/// How long a provider's discovered settings and keys are kept before they
/// are fetched again (a provider rotates its keys now and then; a token
/// signed with a key not yet known also fetches them again).
const METADATA_FOR: Duration = Duration::from_secs(3600);
/// The most a call to a provider may take.
const PROVIDER_TIMEOUT: Duration = Duration::from_secs(10);

/// A client of one provider, as discovery sets it up: where to send the
/// browser, and perhaps token and UserInfo endpoints.
type ProviderClient = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// The providers of this installation.
pub struct Providers {
    list: Vec<Provider>,
    http: openidconnect::reqwest::Client,
}

struct Provider {
    config: OidcProvider,
    issuer: IssuerUrl,
    metadata: RwLock<Option<(CoreProviderMetadata, Instant)>>,
}

/// A sign-in sent to a provider: where the browser goes, and what the
/// answer is checked against.
pub struct Authorization {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// Who the provider says signed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderAccount {
    pub issuer: String,
    pub subject: String,
    /// Lower case; only one the provider says it verified.
    pub verified_email: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("{0}: no such sign-in provider")]
    UnknownProvider(String),
    #[error("the provider could not be reached or answered wrongly: {0}")]
    Provider(String),
    #[error("the provider's answer did not check out: {0}")]
    Refused(String),
}

impl From<OidcError> for AppError {
    fn from(e: OidcError) -> Self {
        match e {
            OidcError::UnknownProvider(_) => AppError::NotFound,
            e => AppError::Internal(e.into()),
        }
    }
}

impl Providers {
    pub fn new(configs: Vec<OidcProvider>) -> anyhow::Result<Providers> {
        let list = configs
            .into_iter()
            .map(|config| {
                let issuer = IssuerUrl::new(config.issuer.clone())
                    .map_err(|e| anyhow::anyhow!("[[oidc]] {}: issuer: {e}", config.name))?;
                Ok(Provider {
                    config,
                    issuer,
                    metadata: RwLock::new(None),
                })
            })
            .collect::<anyhow::Result<_>>()?;
        let http = openidconnect::reqwest::Client::builder()
            // A provider's endpoints answer directly; following redirects
            // would let one send the code or secret elsewhere.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(PROVIDER_TIMEOUT)
            .build()?;
        Ok(Providers { list, http })
    }

    pub fn none() -> Providers {
        Providers::new(Vec::new()).expect("no providers need no settings")
    }

    /// Each provider's name and label, in the configured order.
    pub fn names_and_labels(&self) -> Vec<(String, String)> {
        self.list
            .iter()
            .map(|p| (p.config.name.clone(), p.config.label.clone()))
            .collect()
    }

    pub fn label(&self, name: &str) -> Option<&str> {
        self.find(name).ok().map(|p| p.config.label.as_str())
    }

    fn find(&self, name: &str) -> Result<&Provider, OidcError> {
        self.list
            .iter()
            .find(|p| p.config.name == name)
            .ok_or_else(|| OidcError::UnknownProvider(name.into()))
    }

    /// The provider's discovered settings: kept for an hour, or fetched
    /// now when `fresh`.
    async fn metadata(
        &self,
        provider: &Provider,
        fresh: bool,
    ) -> Result<CoreProviderMetadata, OidcError> {
        if !fresh {
            if let Some((metadata, at)) = provider.metadata.read().await.as_ref() {
                if at.elapsed() < METADATA_FOR {
                    return Ok(metadata.clone());
                }
            }
        }
        let metadata = CoreProviderMetadata::discover_async(provider.issuer.clone(), &self.http)
            .await
            .map_err(|e| {
                OidcError::Provider(format!("discovery from {}: {e}", provider.issuer.as_str()))
            })?;
        *provider.metadata.write().await = Some((metadata.clone(), Instant::now()));
        Ok(metadata)
    }

    fn client(
        provider: &Provider,
        metadata: CoreProviderMetadata,
        redirect_uri: &str,
    ) -> Result<ProviderClient, OidcError> {
        let redirect = RedirectUrl::new(redirect_uri.to_string())
            .map_err(|e| OidcError::Provider(format!("redirect URI: {e}")))?;
        Ok(CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(provider.config.client_id.clone()),
            Some(ClientSecret::new(provider.config.client_secret.clone())),
        )
        .set_redirect_uri(redirect))
    }

    /// Where to send the browser to sign in with `name`, answering to
    /// `redirect_uri`.
    pub async fn authorize(
        &self,
        name: &str,
        redirect_uri: &str,
    ) -> Result<Authorization, OidcError> {
        let provider = self.find(name)?;
        let metadata = self.metadata(provider, false).await?;
        let client = Self::client(provider, metadata, redirect_uri)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Authorization {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// The email (and whether it is verified) that the provider's UserInfo
    /// endpoint gives for `subject`, if it has that endpoint.
    async fn user_info_email(
        &self,
        client: &ProviderClient,
        token: &openidconnect::core::CoreTokenResponse,
        subject: &openidconnect::SubjectIdentifier,
    ) -> Result<Option<(String, Option<bool>)>, OidcError> {
        use openidconnect::OAuth2TokenResponse;
        let Ok(request) = client.user_info(token.access_token().clone(), Some(subject.clone()))
        else {
            return Ok(None);
        };
        let info: openidconnect::core::CoreUserInfoClaims = request
            .request_async(&self.http)
            .await
            .map_err(|e| OidcError::Refused(format!("the UserInfo answer: {e}")))?;
        Ok(info
            .email()
            .map(|e| (e.as_str().to_string(), info.email_verified())))
    }

    /// Redeems the provider's `code` and checks its ID token; answers who
    /// signed in. A token signed with a key not yet known fetches the
    /// provider's keys again, once.
    pub async fn finish(
        &self,
        name: &str,
        redirect_uri: &str,
        code: &str,
        nonce: &str,
        pkce_verifier: &str,
    ) -> Result<ProviderAccount, OidcError> {
        let provider = self.find(name)?;
        let metadata = self.metadata(provider, false).await?;
        let client = Self::client(provider, metadata, redirect_uri)?;
        let token = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| OidcError::Provider(format!("no token endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()))
            .request_async(&self.http)
            .await
            .map_err(|e| OidcError::Refused(format!("the code was not redeemed: {e}")))?;
        let id_token = openidconnect::TokenResponse::id_token(&token)
            .ok_or_else(|| OidcError::Refused("no ID token".into()))?
            .clone();
        let nonce = Nonce::new(nonce.to_string());
        let claims = match id_token.claims(&client.id_token_verifier(), &nonce) {
            Ok(claims) => claims.clone(),
            Err(first) => {
                // Perhaps signed with a key the provider has just rotated in.
                let metadata = self.metadata(provider, true).await?;
                let client = Self::client(provider, metadata, redirect_uri)?;
                let verifier = client.id_token_verifier();
                let claims = id_token
                    .claims(&verifier, &nonce)
                    .map_err(|_| OidcError::Refused(format!("the ID token: {first}")))?
                    .clone();
                claims
            }
        };
        let mut email = claims
            .email()
            .map(|e| (e.as_str().to_string(), claims.email_verified()));
        if email.is_none() {
            // Some providers give the email only at their UserInfo
            // endpoint; the access token is used for that once, and
            // dropped.
            email = self
                .user_info_email(&client, &token, claims.subject())
                .await?;
        }
        let trusted = provider.config.trust_email;
        let verified_email = match email {
            Some((email, Some(true))) => Some(model::user::normalize_email(&email)),
            Some((email, None)) if trusted => Some(model::user::normalize_email(&email)),
            _ => None,
        };
        Ok(ProviderAccount {
            issuer: claims.issuer().as_str().to_string(),
            subject: claims.subject().as_str().to_string(),
            verified_email,
        })
    }
}
