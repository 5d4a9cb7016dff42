//! Where Pinpoint's own requests may go. A school's admin gives the
//! addresses of their learning platform's keys, which the server then
//! fetches: on a server serving people (`--public-url`) those requests
//! reach only the public internet, never the server's own machine or the
//! network behind it (cloud metadata, databases, admin pages), whatever a
//! name resolves to (and not through a proxy, which would resolve names
//! itself). A server on loopback reaches anything, so it can be tried out
//! and tested against platforms beside it.

use openidconnect::reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};

/// Which addresses outbound requests may reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Public internet addresses only.
    PublicOnly,
    /// Any address (a server on loopback, in tests or tried out).
    Anywhere,
}

impl Reach {
    /// Whether a request may go to `ip`.
    pub fn allows(self, ip: IpAddr) -> bool {
        self == Reach::Anywhere || is_public(ip)
    }
}

/// Whether `ip` is a public internet address: not this machine, a private
/// or shared network, link-local (cloud metadata lives there), multicast,
/// documentation or reserved space.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || a == 0
        // Shared address space (carrier-grade NAT), 100.64.0.0/10.
        || (a == 100 && (64..128).contains(&b))
        // IETF protocol assignments, 192.0.0.0/24.
        || (a == 192 && b == 0 && c == 0)
        // Benchmarking, 198.18.0.0/15.
        || (a == 198 && (b == 18 || b == 19))
        // Reserved, 240.0.0.0/4.
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    // Global unicast is 2000::/3; within it, documentation (2001:db8::/32)
    // and the NAT64 and 6to4 prefixes that lead to IPv4 addresses
    // (64:ff9b::/96 lies outside 2000::/3 already; 2002::/16 is 6to4).
    (first & 0xe000) == 0x2000
        && !(first == 0x2001 && ip.segments()[1] == 0x0db8)
        && first != 0x2002
}

/// Resolves names as the system does, keeping only addresses `reach`
/// allows; a name with none left does not resolve.
pub struct FilteringResolver(pub Reach);

impl Resolve for FilteringResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let reach = self.0;
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found = tokio::task::spawn_blocking(move || {
                (host.as_str(), 0)
                    .to_socket_addrs()
                    .map(|a| a.collect::<Vec<_>>())
            })
            .await
            .map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)??;
            let allowed: Vec<SocketAddr> =
                found.into_iter().filter(|a| reach.allows(a.ip())).collect();
            if allowed.is_empty() {
                return Err("the name leads to no public internet address".into());
            }
            Ok(Box::new(allowed.into_iter()) as Addrs)
        })
    }
}

/// What a server reaches: on loopback (tried out, tested) anything; one
/// serving people, by a public URL or on every address, the internet
/// only, unless its operator lets it reach a platform on the private
/// network.
pub fn reach_for(site: &crate::site::Site, private_networks: bool) -> Reach {
    match site {
        crate::site::Site::Loopback { .. } => Reach::Anywhere,
        _ if private_networks => Reach::Anywhere,
        _ => Reach::PublicOnly,
    }
}

/// Whether a URL may be fetched under `reach`: its host, when written as
/// an address, must be one `reach` allows (names are checked as they
/// resolve, by `FilteringResolver`).
pub fn url_allowed(url: &url::Url, reach: Reach) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => reach.allows(IpAddr::V4(ip)),
        Some(url::Host::Ipv6(ip)) => reach.allows(IpAddr::V6(ip)),
        Some(url::Host::Domain(_)) => true,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_internet_addresses_are_public() {
        let public = [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.215.14",
            "100.63.255.255",
            "100.128.0.1",
            "172.32.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ];
        let private = [
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.255",
            "0.0.0.0",
            "0.1.2.3",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.0.8",
            "192.0.2.1",
            "198.18.0.1",
            "203.0.113.9",
            "240.0.0.1",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a9fe:a9fe",
            "2001:db8::1",
            "2002:7f00:1::1",
        ];
        for ip in public {
            assert!(is_public(ip.parse().unwrap()), "{ip} is public");
            assert!(Reach::PublicOnly.allows(ip.parse().unwrap()));
        }
        for ip in private {
            assert!(!is_public(ip.parse().unwrap()), "{ip} is not public");
            assert!(!Reach::PublicOnly.allows(ip.parse().unwrap()), "{ip}");
            assert!(Reach::Anywhere.allows(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn addresses_written_in_urls_are_checked() {
        let allowed = |url: &str, reach| url_allowed(&url::Url::parse(url).unwrap(), reach);
        assert!(!allowed("https://127.0.0.1/jwks", Reach::PublicOnly));
        assert!(!allowed("https://[::1]:8443/jwks", Reach::PublicOnly));
        assert!(!allowed(
            "https://169.254.169.254/latest",
            Reach::PublicOnly
        ));
        assert!(allowed("https://8.8.8.8/jwks", Reach::PublicOnly));
        assert!(allowed("https://lms.example/jwks", Reach::PublicOnly));
        assert!(allowed("http://127.0.0.1:9/jwks", Reach::Anywhere));
    }

    #[test]
    fn only_a_server_on_loopback_reaches_its_own_network_unless_told() {
        use crate::site::Site;
        let public = Site::public("https://pinpoint.school.example").unwrap();
        let any = Site::AnyHost { https: false };
        let loopback = Site::Loopback {
            port: 8080,
            https: false,
        };
        assert_eq!(reach_for(&public, false), Reach::PublicOnly);
        assert_eq!(reach_for(&any, false), Reach::PublicOnly);
        assert_eq!(reach_for(&loopback, false), Reach::Anywhere);
        assert_eq!(reach_for(&public, true), Reach::Anywhere);
        assert_eq!(reach_for(&any, true), Reach::Anywhere);
    }

    #[tokio::test]
    async fn names_leading_to_this_machine_do_not_resolve() {
        let name: Name = "localhost".parse().unwrap();
        assert!(FilteringResolver(Reach::PublicOnly)
            .resolve(name)
            .await
            .is_err());
        let name: Name = "localhost".parse().unwrap();
        let found: Vec<SocketAddr> = FilteringResolver(Reach::Anywhere)
            .resolve(name)
            .await
            .unwrap()
            .collect();
        assert!(found.iter().all(|a| a.ip().is_loopback()) && !found.is_empty());
    }
}
