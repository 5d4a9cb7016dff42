//! The front door: accepting connections (plain or TLS) and serving HTTP/1.1
//! on them with limits, so a few slow or idle clients cannot hold the
//! server. Every connection has a time limit for each request's headers
//! (which is also how long an idle keep-alive connection may wait), for
//! each piece of a request body, and for the TLS handshake; at most
//! `max_connections` are served at once, the rest wait in the kernel's
//! queue, and one address may hold at most `max_per_address` of them (a
//! trusted proxy, which speaks for many, any number).

use anyhow::Context;
use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_rustls::rustls;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;
use tower_http::timeout::RequestBodyTimeoutLayer;

#[derive(Clone)]
pub struct Limits {
    /// For a request's headers, from the moment the server waits for them
    /// (so also an idle keep-alive connection's wait).
    pub header_timeout: Duration,
    /// Between two pieces of a request body.
    pub body_timeout: Duration,
    pub tls_handshake_timeout: Duration,
    pub max_connections: usize,
    /// Connections one address may hold at once; more are closed at once.
    pub max_per_address: usize,
    /// Addresses without that limit: reverse proxies (`--trusted-proxy`).
    pub unlimited_addresses: Vec<IpAddr>,
    /// How long in-flight requests get to finish at shutdown.
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(20),
            body_timeout: Duration::from_secs(20),
            tls_handshake_timeout: Duration::from_secs(10),
            max_connections: 1024,
            // A school behind one address still has room; one host alone
            // cannot take every connection.
            max_per_address: 256,
            unlimited_addresses: Vec::new(),
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Reads a PEM certificate chain and private key for `serve --tls-cert
/// --tls-key`; HTTP/1.1 is the only protocol offered.
pub fn tls_acceptor(cert: &Path, key: &Path) -> anyhow::Result<TlsAcceptor> {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let chain = CertificateDer::pem_file_iter(cert)
        .with_context(|| format!("reading {}", cert.display()))?
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("reading the certificates in {}", cert.display()))?;
    anyhow::ensure!(!chain.is_empty(), "{} holds no certificate", cert.display());
    let key = PrivateKeyDer::from_pem_file(key)
        .with_context(|| format!("reading the private key in {}", key.display()))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS versions")?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .context("the TLS certificate and key do not go together")?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// Serves `app` on `listener` until `shutdown` completes, then lets
/// requests in flight finish (up to the grace period).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    tls: Option<TlsAcceptor>,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> anyhow::Result<()> {
    let app = app.layer(RequestBodyTimeoutLayer::new(limits.body_timeout));
    let connections = Arc::new(Semaphore::new(limits.max_connections));
    let per_address = PerAddress::new(limits.max_per_address, &limits.unlimited_addresses);
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let http = Arc::new(http);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => permit.context("connection limit")?,
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors, say: wait a moment, go on.
                Err(e) => {
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(held) = per_address.take(peer.ip()) else {
            tracing::debug!(%peer, "too many connections from one address");
            continue;
        };
        let _ = stream.set_nodelay(true);
        // The peer address is what the activity log and rate limits see.
        let service = app
            .clone()
            .map_request(move |mut req: axum::extract::Request<_>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            });
        let service = TowerToHyperService::new(service);
        let (http, tls, watcher) = (http.clone(), tls.clone(), graceful.watcher());
        let handshake_timeout = limits.tls_handshake_timeout;
        tokio::spawn(async move {
            let _permits = (permit, held);
            let served = match tls {
                None => {
                    let conn = http.serve_connection(TokioIo::new(stream), service);
                    watcher.watch(conn).await
                }
                Some(tls) => {
                    let stream =
                        match tokio::time::timeout(handshake_timeout, tls.accept(stream)).await {
                            Ok(Ok(stream)) => stream,
                            Ok(Err(e)) => {
                                return tracing::debug!(%peer, error = %e, "TLS handshake failed")
                            }
                            Err(_) => return tracing::debug!(%peer, "TLS handshake timed out"),
                        };
                    let conn = http.serve_connection(TokioIo::new(stream), service);
                    watcher.watch(conn).await
                }
            };
            if let Err(e) = served {
                tracing::debug!(%peer, error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.shutdown_grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running after the grace period were cut off");
    }
    Ok(())
}

/// How many connections each address holds.
#[derive(Clone)]
struct PerAddress {
    max: usize,
    unlimited: Arc<[IpAddr]>,
    held: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// One connection counted against its address until dropped (`ip` is
/// `None` for an address without a limit).
struct Held {
    ip: Option<IpAddr>,
    of: PerAddress,
}

impl PerAddress {
    fn new(max: usize, unlimited: &[IpAddr]) -> Self {
        PerAddress {
            max,
            unlimited: unlimited.iter().map(|ip| ip.to_canonical()).collect(),
            held: Arc::default(),
        }
    }

    /// Counts a connection from `ip`, or `None` when it already holds the
    /// most it may.
    fn take(&self, ip: IpAddr) -> Option<Held> {
        let ip = ip.to_canonical();
        if self.unlimited.contains(&ip) {
            return Some(Held {
                ip: None,
                of: self.clone(),
            });
        }
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        let count = held.entry(ip).or_default();
        if *count >= self.max {
            return None;
        }
        *count += 1;
        Some(Held {
            ip: Some(ip),
            of: self.clone(),
        })
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let Some(ip) = self.ip else {
            return;
        };
        let mut held = self.of.held.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = held.get_mut(&ip) {
            *count -= 1;
            if *count == 0 {
                held.remove(&ip);
            }
        }
    }
}

/// The address a server bound to `addr` should treat as its own when no
/// `--public-url` is given.
pub fn default_site(addr: SocketAddr, https: bool) -> crate::site::Site {
    if addr.ip().is_loopback() {
        crate::site::Site::Loopback {
            port: addr.port(),
            https,
        }
    } else {
        crate::site::Site::AnyHost { https }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::Site;

    #[test]
    fn without_a_public_url_loopback_serves_only_loopback_names() {
        let loopback: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        assert_eq!(
            default_site(loopback, false),
            Site::Loopback {
                port: 8080,
                https: false
            }
        );
        let v6: SocketAddr = "[::1]:8443".parse().unwrap();
        assert_eq!(
            default_site(v6, true),
            Site::Loopback {
                port: 8443,
                https: true
            }
        );
        let everywhere: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        assert_eq!(
            default_site(everywhere, false),
            Site::AnyHost { https: false }
        );
        assert_eq!(
            default_site(everywhere, true),
            Site::AnyHost { https: true }
        );
    }

    #[test]
    fn one_address_holds_at_most_its_share_and_a_proxy_any_number() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let limit = PerAddress::new(2, &[proxy]);
        let host: IpAddr = "198.51.100.7".parse().unwrap();
        let first = limit.take(host).expect("first");
        let _second = limit.take(host).expect("second");
        assert!(limit.take(host).is_none(), "a third from the same address");
        // The same address written as IPv4-mapped IPv6 is the same address.
        assert!(limit.take("::ffff:198.51.100.7".parse().unwrap()).is_none());
        assert!(limit.take("198.51.100.8".parse().unwrap()).is_some());
        drop(first);
        assert!(limit.take(host).is_some(), "a place came back");
        let proxied: Vec<_> = (0..10).map(|_| limit.take(proxy).unwrap()).collect();
        assert_eq!(proxied.len(), 10);
    }
}
