//! A ready JWKS fetcher over HTTPS (feature `http-fetch`).
//!
//! The core stays I/O-free by default; this module is the one place, behind a cargo
//! feature, that opens sockets. It plugs into [`JwksCache`](crate::JwksCache) as a
//! [`JwksFetcher`] and is deliberately small and blocking: resource servers call it at most
//! once per cache refresh, never per token.
//!
//! Defaults chosen for fetching an issuer's keys from inside a request path:
//!
//! * **TLS** with rustls on aws-lc-rs (the core's crypto) and the Mozilla roots from
//!   `webpki-roots`, so nothing depends on the host's OpenSSL or CA bundle; plain `http://`
//!   is refused unless [`HttpFetchOptions::allow_http`] (tests, sidecars on loopback);
//! * **timeouts**: 2 s to connect and 5 s for the whole exchange; a hung issuer costs a
//!   bounded wait, after which the cache serves its stale keys (stale-while-error);
//! * **size limit**: bodies over 256 KiB are refused (a JWK Set is a few KiB), so a
//!   misbehaving endpoint cannot exhaust memory;
//! * **freshness**: `Cache-Control: max-age` minus `Age` (RFC 9111 §4.2.1, §4.2.3) is
//!   reported as the document's lifetime, which the cache honours up to its own TTL;
//!   `no-store`/`no-cache` count as `max-age=0` (the cache then keeps the keys for its refetch
//!   cooldown only);
//! * at most 3 redirects, proxies from the usual environment variables.

use std::sync::Arc;
use std::time::Duration;

use ureq::tls::{RootCerts, TlsConfig, TlsProvider};

use crate::error::{ErrorKind, Result, err};
use crate::jwks_cache::{JwksDocument, JwksFetcher};

/// Limits and policy of an [`HttpJwksFetcher`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpFetchOptions {
    /// Time to establish the TCP and TLS connection. Default 2 s.
    pub connect_timeout: Duration,
    /// Time for the whole request, redirects and body included. Default 5 s.
    pub total_timeout: Duration,
    /// Largest accepted body, in bytes. Default 256 KiB.
    pub max_body_bytes: u64,
    /// Accept `http://` URLs (and redirects to them). Default false: keys fetched in the
    /// clear can be swapped by anyone on the path.
    pub allow_http: bool,
    /// Redirects followed. Default 3.
    pub max_redirects: u32,
}

impl Default for HttpFetchOptions {
    fn default() -> Self {
        HttpFetchOptions {
            connect_timeout: Duration::from_secs(2),
            total_timeout: Duration::from_secs(5),
            max_body_bytes: 256 * 1024,
            allow_http: false,
            max_redirects: 3,
        }
    }
}

/// Fetches one JWK Set URL, e.g. `https://id.example.com/t/acme/.well-known/jwks.json`.
#[derive(Debug)]
pub struct HttpJwksFetcher {
    url: String,
    agent: ureq::Agent,
    max_body_bytes: u64,
}

impl HttpJwksFetcher {
    /// A fetcher for `url`. Fails with [`ErrorKind::InvalidUrl`] for a URL that is not
    /// `https://` (or `http://` when allowed), and [`ErrorKind::InvalidConfiguration`] for
    /// zero timeouts or size limit.
    pub fn new(url: &str, options: HttpFetchOptions) -> Result<Self> {
        let lower = url.to_ascii_lowercase();
        let secure = lower.starts_with("https://");
        if !(secure || options.allow_http && lower.starts_with("http://")) {
            let shown: String = url.chars().take(100).collect();
            return err(
                ErrorKind::InvalidUrl,
                format!("{shown:?} is not an https:// URL (set allow_http for http://)"),
            );
        }
        if options.connect_timeout.is_zero()
            || options.total_timeout.is_zero()
            || options.max_body_bytes == 0
        {
            return err(
                ErrorKind::InvalidConfiguration,
                "timeouts and max_body_bytes must be positive",
            );
        }
        let tls = TlsConfig::builder()
            .provider(TlsProvider::Rustls)
            .root_certs(RootCerts::WebPki)
            .unversioned_rustls_crypto_provider(Arc::new(
                rustls::crypto::aws_lc_rs::default_provider(),
            ))
            .build();
        let agent = ureq::Agent::config_builder()
            .tls_config(tls)
            .https_only(!options.allow_http)
            .timeout_connect(Some(options.connect_timeout))
            .timeout_global(Some(options.total_timeout))
            .max_redirects(options.max_redirects)
            .http_status_as_error(false)
            .user_agent(concat!("tessera-core/", env!("CARGO_PKG_VERSION")))
            .accept("application/jwk-set+json, application/json")
            .build()
            .new_agent();
        Ok(HttpJwksFetcher {
            url: url.to_owned(),
            agent,
            max_body_bytes: options.max_body_bytes,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    fn get(&self) -> std::result::Result<JwksDocument, String> {
        let mut response = self
            .agent
            .get(&self.url)
            .call()
            .map_err(|e| format!("GET {}: {e}", self.url))?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("GET {}: HTTP {}", self.url, status.as_u16()));
        }
        let headers = response.headers();
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let max_age_secs = freshness_secs(header("cache-control"), header("age"));
        let body = response
            .body_mut()
            .with_config()
            .limit(self.max_body_bytes)
            .read_to_string()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(limit) => {
                    format!("GET {}: the body exceeds {limit} bytes", self.url)
                }
                other => format!("GET {}: reading the body: {other}", self.url),
            })?;
        Ok(JwksDocument { body, max_age_secs })
    }
}

impl JwksFetcher for HttpJwksFetcher {
    fn fetch(&self) -> std::result::Result<String, String> {
        self.get().map(|doc| doc.body)
    }

    fn fetch_document(&self) -> std::result::Result<JwksDocument, String> {
        self.get()
    }
}

/// The remaining freshness lifetime from `Cache-Control` and `Age` (RFC 9111 §4.2.1,
/// §4.2.3), or none when the response gives no `max-age`. `no-store` and `no-cache` mean 0.
fn freshness_secs(cache_control: Option<&str>, age: Option<&str>) -> Option<u32> {
    let mut max_age = None;
    for directive in cache_control?.split(',') {
        let directive = directive.trim();
        let (name, value) = directive.split_once('=').unwrap_or((directive, ""));
        let name = name.trim().to_ascii_lowercase();
        match name.as_str() {
            "no-store" | "no-cache" => return Some(0),
            "max-age" => {
                // §1.2.2: a delta-seconds too large for us means "very long".
                let digits = value.trim().trim_matches('"');
                if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                    max_age = Some(digits.parse::<u32>().unwrap_or(u32::MAX));
                }
            }
            _ => {}
        }
    }
    let age = age.and_then(|a| a.trim().parse::<u32>().ok()).unwrap_or(0);
    max_age.map(|m| m.saturating_sub(age))
}

#[cfg(test)]
mod tests {
    use super::freshness_secs;

    #[test]
    fn cache_control_directives() {
        assert_eq!(freshness_secs(None, None), None);
        assert_eq!(freshness_secs(Some("public"), None), None);
        assert_eq!(freshness_secs(Some("public, max-age=300"), None), Some(300));
        assert_eq!(freshness_secs(Some("Max-Age=\"60\""), None), Some(60));
        assert_eq!(freshness_secs(Some("max-age=300"), Some("100")), Some(200));
        assert_eq!(freshness_secs(Some("max-age=30"), Some("100")), Some(0));
        assert_eq!(
            freshness_secs(Some("max-age=99999999999"), None),
            Some(u32::MAX)
        );
        assert_eq!(freshness_secs(Some("max-age=abc"), None), None);
        assert_eq!(freshness_secs(Some("no-store"), None), Some(0));
        assert_eq!(freshness_secs(Some("max-age=60, no-cache"), None), Some(0));
    }
}
