//! The address people use to reach this Pinpoint (`serve --public-url`),
//! and what follows from it: which `Host` headers are answered, which
//! `Origin` may change data, whether the session cookie is `Secure`.
//!
//! Answering only the known host stops DNS rebinding: a hostile page whose
//! name is made to point at this server still sends its own name as `Host`
//! and `Origin`, and is refused.

use axum::http::Uri;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Site {
    /// `--public-url`: exactly this origin (`https://pinpoint.school.example`).
    Public {
        /// Scheme and authority, lower case, default port left out.
        origin: String,
        /// The authority alone, as a `Host` header gives it.
        host: String,
        https: bool,
    },
    /// No public URL, serving on loopback: the loopback names on this port,
    /// as a browser on this machine would send them.
    Loopback { port: u16, https: bool },
    /// No public URL, on other interfaces: the `Host` is believed and the
    /// `Origin` must match it. `serve` warns that `--public-url` should be
    /// given.
    AnyHost { https: bool },
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum PublicUrlError {
    #[error("the public URL must look like https://pinpoint.school.example")]
    Malformed,
    #[error("the public URL must start with http:// or https://")]
    Scheme,
    #[error("the public URL must be only a scheme and a host name (and port), with no path")]
    Path,
}

impl Site {
    /// Reads `--public-url`.
    pub fn public(url: &str) -> Result<Site, PublicUrlError> {
        let uri: Uri = url.trim().parse().map_err(|_| PublicUrlError::Malformed)?;
        let https = match uri.scheme_str() {
            Some("https") => true,
            Some("http") => false,
            _ => return Err(PublicUrlError::Scheme),
        };
        let authority = uri.authority().ok_or(PublicUrlError::Malformed)?;
        if authority.as_str().contains('@') {
            return Err(PublicUrlError::Malformed);
        }
        if !matches!(uri.path(), "" | "/") || uri.query().is_some() {
            return Err(PublicUrlError::Path);
        }
        let default_port = if https { 443 } else { 80 };
        let name = authority.host().to_ascii_lowercase();
        let host = match authority.port_u16() {
            Some(port) if port != default_port => format!("{name}:{port}"),
            _ => name,
        };
        let scheme = if https { "https" } else { "http" };
        Ok(Site::Public {
            origin: format!("{scheme}://{host}"),
            host,
            https,
        })
    }

    /// Whether the session cookie must be `Secure` (and so `__Host-`).
    pub fn https(&self) -> bool {
        match self {
            Site::Public { https, .. } | Site::Loopback { https, .. } | Site::AnyHost { https } => {
                *https
            }
        }
    }

    /// The origin of links given out (a QR code, say) in answer to a request
    /// for `host`: the public URL's when there is one, so every node and
    /// proxy gives the same link; else the name the request used.
    pub fn origin_for(&self, host: &str) -> String {
        match self {
            Site::Public { origin, .. } => origin.clone(),
            _ => {
                let scheme = if self.https() { "https" } else { "http" };
                format!(
                    "{scheme}://{}",
                    without_default_port(&host.to_ascii_lowercase(), self.https())
                )
            }
        }
    }

    /// Whether a request's `Host` is one this server answers to.
    pub fn accepts_host(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        match self {
            Site::Public {
                host: known, https, ..
            } => host == *known || without_default_port(&host, *https) == known.as_str(),
            Site::Loopback { port, https } => {
                loopback_names(*port, *https).any(|name| host == name)
            }
            Site::AnyHost { .. } => true,
        }
    }

    /// Whether `origin` (a request's `Origin`, sent with `host`) is this
    /// site's own pages.
    pub fn accepts_origin(&self, origin: &str, host: &str) -> bool {
        let origin = origin.to_ascii_lowercase();
        match self {
            Site::Public { origin: known, .. } => origin == *known,
            Site::Loopback { https, .. } => {
                let scheme = if *https { "https://" } else { "http://" };
                origin.strip_prefix(scheme).is_some_and(|authority| {
                    self.accepts_host(authority) && authority == host.to_ascii_lowercase()
                })
            }
            Site::AnyHost { https } => origin
                .strip_prefix(if *https { "https://" } else { "http://" })
                .is_some_and(|authority| authority.eq_ignore_ascii_case(host)),
        }
    }
}

fn without_default_port(host: &str, https: bool) -> &str {
    let suffix = if https { ":443" } else { ":80" };
    host.strip_suffix(suffix).unwrap_or(host)
}

/// The names a browser on this machine sends for a loopback server: with
/// the port, or without it when it is the scheme's default.
fn loopback_names(port: u16, https: bool) -> impl Iterator<Item = String> {
    let default_port = port == if https { 443 } else { 80 };
    ["127.0.0.1", "localhost", "[::1]"]
        .into_iter()
        .flat_map(move |name| {
            let bare = default_port.then(|| name.to_string());
            std::iter::once(format!("{name}:{port}")).chain(bare)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_url_is_read_to_its_origin_and_host() {
        assert_eq!(
            Site::public("https://Pinpoint.School.example/"),
            Ok(Site::Public {
                origin: "https://pinpoint.school.example".into(),
                host: "pinpoint.school.example".into(),
                https: true
            })
        );
        assert_eq!(
            Site::public("https://p.example:443"),
            Site::public("https://p.example")
        );
        assert_eq!(
            Site::public("http://10.0.0.5:8080"),
            Ok(Site::Public {
                origin: "http://10.0.0.5:8080".into(),
                host: "10.0.0.5:8080".into(),
                https: false
            })
        );
        assert_eq!(Site::public("ftp://p.example"), Err(PublicUrlError::Scheme));
        assert_eq!(Site::public("p.example"), Err(PublicUrlError::Scheme));
        assert_eq!(
            Site::public("https://p.example/pinpoint"),
            Err(PublicUrlError::Path)
        );
        assert_eq!(
            Site::public("https://u@p.example"),
            Err(PublicUrlError::Malformed)
        );
    }

    #[test]
    fn links_given_out_use_the_public_url_else_the_name_the_request_used() {
        let public = Site::public("https://pinpoint.school.example").unwrap();
        assert_eq!(
            public.origin_for("10.0.0.5:8080"),
            "https://pinpoint.school.example"
        );
        let loopback = Site::Loopback {
            port: 8080,
            https: false,
        };
        assert_eq!(
            loopback.origin_for("127.0.0.1:8080"),
            "http://127.0.0.1:8080"
        );
        let any = Site::AnyHost { https: true };
        assert_eq!(
            any.origin_for("School.Example:443"),
            "https://school.example"
        );
    }

    #[test]
    fn only_the_public_host_and_origin_are_accepted() {
        let site = Site::public("https://pinpoint.school.example").unwrap();
        assert!(site.https());
        assert!(site.accepts_host("pinpoint.school.example"));
        assert!(site.accepts_host("PINPOINT.school.example:443"));
        assert!(!site.accepts_host("evil.example"));
        assert!(!site.accepts_host("pinpoint.school.example:8443"));
        let host = "pinpoint.school.example";
        assert!(site.accepts_origin("https://pinpoint.school.example", host));
        assert!(!site.accepts_origin("http://pinpoint.school.example", host));
        assert!(!site.accepts_origin("https://evil.example", host));
        assert!(!site.accepts_origin("null", host));
    }

    #[test]
    fn on_loopback_only_loopback_names_of_the_port_are_answered() {
        let site = Site::Loopback {
            port: 8080,
            https: false,
        };
        assert!(!site.https());
        for host in ["127.0.0.1:8080", "localhost:8080", "[::1]:8080"] {
            assert!(site.accepts_host(host), "{host}");
            assert!(
                site.accepts_origin(&format!("http://{host}"), host),
                "{host}"
            );
        }
        // DNS rebinding: a hostile name pointed at 127.0.0.1.
        assert!(!site.accepts_host("evil.example:8080"));
        assert!(!site.accepts_origin("http://evil.example:8080", "evil.example:8080"));
        assert!(!site.accepts_host("127.0.0.1:9090"));
        // The origin must be the host the request was sent to.
        assert!(!site.accepts_origin("http://localhost:8080", "127.0.0.1:8080"));
        assert!(!site.accepts_origin("https://127.0.0.1:8080", "127.0.0.1:8080"));
    }

    #[test]
    fn loopback_on_the_default_port_answers_names_without_a_port() {
        let site = Site::Loopback {
            port: 443,
            https: true,
        };
        assert!(site.accepts_host("localhost"));
        assert!(site.accepts_host("localhost:443"));
        assert!(site.accepts_origin("https://localhost", "localhost"));
        assert!(!Site::Loopback {
            port: 8080,
            https: false
        }
        .accepts_host("localhost"));
    }

    #[test]
    fn without_a_known_site_the_origin_must_name_the_host() {
        let site = Site::AnyHost { https: false };
        assert!(site.accepts_host("anything.example"));
        assert!(site.accepts_origin("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assert!(!site.accepts_origin("https://127.0.0.1:8080", "127.0.0.1:8080"));
        let tls = Site::AnyHost { https: true };
        assert!(tls.https(), "under TLS the cookie is Secure");
        assert!(tls.accepts_origin("https://pinpoint.school.example", "pinpoint.school.example"));
        assert!(!tls.accepts_origin("http://pinpoint.school.example", "pinpoint.school.example"));
        assert!(!site.accepts_origin("http://127.0.0.1:9090", "127.0.0.1:8080"));
        assert!(!site.accepts_origin("http://evil.example", "127.0.0.1:8080"));
        assert!(!site.accepts_origin("null", "127.0.0.1:8080"));
        assert!(!site.accepts_origin("http://127.0.0.1:8080.evil.example", "127.0.0.1:8080"));
    }
}
