//! `serve --config FILE`: a deployment in one TOML file. It holds the
//! OpenID Connect providers people sign in with, and any of `serve`'s
//! options under their flag names (`public_url = "https://..."`); a flag
//! given on the command line wins over the file.
//!
//! ```toml
//! public_url = "https://pinpoint.school.example"
//! database = "postgres://pinpoint@db.internal/pinpoint"
//!
//! [[oidc]]
//! name = "google"
//! label = "Google"
//! issuer = "https://accounts.google.com"
//! client_id = "1234.apps.googleusercontent.com"
//! client_secret = "..."
//! ```

use serde::Deserialize;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

/// An OpenID Connect provider, as the operator registered Pinpoint with it
/// (redirect URI: `<public URL>/auth/oidc/<name>/callback`).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OidcProvider {
    /// In URLs and settings: `a-z`, digits and `-`.
    pub name: String,
    /// On the sign-in button: "Sign in with {label}".
    pub label: String,
    /// The issuer URL; its `/.well-known/openid-configuration` says the rest.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// Take the email the provider gives as verified when its token does
    /// not say (Microsoft Entra ID gives no `email_verified`): only for a
    /// provider whose accounts are the school's own.
    #[serde(default)]
    pub trust_email: bool,
}

/// The file. Every `serve` option is optional here.
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub addr: Option<SocketAddr>,
    pub data: Option<PathBuf>,
    pub database: Option<String>,
    pub assets: Option<String>,
    pub app_dir: Option<PathBuf>,
    pub public_url: Option<String>,
    pub trusted_proxy: Option<Vec<IpAddr>>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub backup_keep: Option<usize>,
    pub max_connections: Option<usize>,
    pub max_connections_per_address: Option<usize>,
    pub request_timeout_secs: Option<u64>,
    pub quota_mb: Option<u64>,
    /// Email domains a school's admin may list for school sign-ins
    /// (`sso_domains`): the operator says which schools it serves, so no
    /// admin can claim another school's domain, or a webmail one.
    #[serde(default)]
    pub sso_domains_allowed: Vec<String>,
    /// A server with a public URL fetches learning platforms' keys from
    /// public internet addresses only; `true` lets it reach the private
    /// network too, for a platform hosted there (an on-site Moodle).
    #[serde(default)]
    pub lti_private_networks: bool,
    #[serde(default)]
    pub oidc: Vec<OidcProvider>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("reading {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Syntax {
        path: PathBuf,
        source: toml::de::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

impl ConfigFile {
    pub fn read(path: &Path) -> Result<ConfigFile, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.into(),
            source,
        })?;
        let file: ConfigFile = toml::from_str(&text).map_err(|source| ConfigError::Syntax {
            path: path.into(),
            source,
        })?;
        file.check().map_err(|message| ConfigError::Invalid {
            path: path.into(),
            message,
        })?;
        warn_if_readable_by_others(path, &file);
        Ok(file)
    }

    /// What TOML cannot say: provider names usable in URLs, and each once.
    fn check(&self) -> Result<(), String> {
        let mut names = std::collections::HashSet::new();
        for provider in &self.oidc {
            let name = &provider.name;
            let usable = !name.is_empty()
                && name.len() <= 32
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !usable {
                return Err(format!("[[oidc]] name {name:?}: 1 to 32 of a-z, 0-9 and -"));
            }
            if !names.insert(name) {
                return Err(format!("[[oidc]] name {name:?} is given twice"));
            }
            if provider.label.trim().is_empty() || provider.label.chars().count() > 40 {
                return Err(format!("[[oidc]] {name}: a label of 1 to 40 characters"));
            }
            if !(provider.issuer.starts_with("https://") || provider.issuer.starts_with("http://"))
            {
                return Err(format!("[[oidc]] {name}: the issuer is a URL"));
            }
        }
        Ok(())
    }
}

/// The file holds client secrets: say so when others could read it.
fn warn_if_readable_by_others(path: &Path, file: &ConfigFile) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let open = std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0);
        if open && !file.oidc.is_empty() {
            tracing::warn!(
                path = %path.display(),
                "the config file holds client secrets and others can read it: chmod 600"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ConfigFile, String> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| e.to_string())?;
        file.check()?;
        Ok(file)
    }

    #[test]
    fn a_deployment_is_one_file() {
        let file = parse(
            r#"
            public_url = "https://pinpoint.school.example"
            addr = "0.0.0.0:8080"
            trusted_proxy = ["10.0.0.2"]
            quota_mb = 200

            [[oidc]]
            name = "google"
            label = "Google"
            issuer = "https://accounts.google.com"
            client_id = "id"
            client_secret = "secret"
            "#,
        )
        .unwrap();
        assert_eq!(
            file.public_url.as_deref(),
            Some("https://pinpoint.school.example")
        );
        assert_eq!(file.quota_mb, Some(200));
        assert_eq!(file.oidc.len(), 1);
        assert_eq!(file.oidc[0].label, "Google");
    }

    #[test]
    fn mistakes_are_named() {
        let provider = |name: &str| {
            format!(
                "[[oidc]]\nname = \"{name}\"\nlabel = \"L\"\nissuer = \"https://i\"\nclient_id = \"c\"\nclient_secret = \"s\"\n"
            )
        };
        assert!(parse("publik_url = \"https://x\"").is_err(), "unknown key");
        assert!(parse(&provider("Google")).is_err(), "upper case");
        assert!(parse(&provider("a/b")).is_err(), "slash");
        assert!(
            parse(&format!("{}{}", provider("g"), provider("g"))).is_err(),
            "twice"
        );
        assert!(
            parse(
                "[[oidc]]\nname = \"g\"\nlabel = \"L\"\nissuer = \"https://i\"\nclient_id = \"c\""
            )
            .is_err(),
            "no secret"
        );
        assert!(
            parse(&provider("g").replace("https://i", "accounts.google.com")).is_err(),
            "not a URL"
        );
        assert!(parse(&provider("school-sso")).is_ok());
    }
}
