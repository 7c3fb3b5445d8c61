//! The leaked-password check, by the k-anonymity range protocol of Have I Been Pwned's
//! Pwned Passwords API (or any server that speaks it, such as a self-hosted mirror).
//!
//! The password never leaves the server, nor does its hash: only the first five hex
//! characters of its SHA-1 are sent (`GET {url}/range/{PREFIX}`), and the answer lists every
//! known suffix under that prefix (`SUFFIX:COUNT` lines), which is compared here. With
//! `Add-Padding: true` the answer is padded with zero-count suffixes so its size does not
//! hint at the prefix either; a zero count means "not breached".
//!
//! The check fails open: it is a second line of defence behind the local policy, and an
//! outage or slowdown of a third party must not stop sign-ups. Any failure (connection,
//! TLS, a 2-second timeout, a non-200 answer, a body that is not the protocol) becomes
//! [`Outcome::Unavailable`], which the caller logs and accepts.
//!
//! The client is a single HTTP/1.1 GET per check on a fresh connection (hyper's connection
//! API), with TLS by rustls and its aws-lc provider set explicitly, so nothing depends on a
//! process-wide default provider.

use std::sync::Arc;
use std::time::Duration;

use aws_lc_rs::digest;
use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Bytes;
use hyper::{Request, StatusCode, Uri, header};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

/// The whole exchange (connect, TLS, request, body) must finish within this.
pub const TIMEOUT: Duration = Duration::from_secs(2);
/// A padded answer is about 1,000 lines of 40 bytes; anything far bigger is not the protocol.
const MAX_BODY_BYTES: usize = 1024 * 1024;

/// What the range API said about a password.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Its SHA-1 suffix is listed with a count above zero.
    Breached,
    NotFound,
    /// No usable answer; the reason is for the logs.
    Unavailable(String),
}

/// A configured range API endpoint.
pub struct RangeClient {
    host: String,
    port: u16,
    /// `host[:port]` for the `Host` header.
    authority: String,
    /// The URL's path without a trailing slash (`""` for the root).
    path: String,
    /// Set for `https://` URLs.
    tls: Option<tokio_rustls::TlsConnector>,
    timeout: Duration,
}

impl std::fmt::Debug for RangeClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RangeClient")
            .field("authority", &self.authority)
            .field("path", &self.path)
            .field("https", &self.tls.is_some())
            .finish()
    }
}

impl RangeClient {
    /// A client for `http(s)://host[:port][/path]` (such as `https://api.pwnedpasswords.com`).
    pub fn new(url: &str) -> Result<Self, String> {
        let uri: Uri = url
            .parse()
            .map_err(|e| format!("{url:?} is not a URL: {e}"))?;
        let https = match uri.scheme_str() {
            Some("https") => true,
            Some("http") => false,
            _ => return Err(format!("{url:?} must start with http:// or https://")),
        };
        let authority = uri
            .authority()
            .ok_or_else(|| format!("{url:?} has no host"))?;
        if authority.as_str().contains('@') {
            return Err(format!("{url:?} must not contain credentials"));
        }
        if uri.query().is_some() {
            return Err(format!("{url:?} must not contain a query"));
        }
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        if host.is_empty() {
            return Err(format!("{url:?} has no host"));
        }
        let port = authority.port_u16().unwrap_or(if https { 443 } else { 80 });
        let tls = https.then(tls_connector).transpose()?;
        Ok(Self {
            host,
            port,
            authority: authority.as_str().to_owned(),
            path: uri.path().trim_end_matches('/').to_owned(),
            tls,
            timeout: TIMEOUT,
        })
    }

    /// Asks the range API whether `password` is in a known breach.
    pub async fn check(&self, password: &str) -> Outcome {
        let (prefix, suffix) = sha1_prefix_suffix(password);
        let answer = tokio::time::timeout(self.timeout, self.fetch_range(&prefix)).await;
        match answer {
            Err(_) => {
                Outcome::Unavailable(format!("no answer within {} s", self.timeout.as_secs_f32()))
            }
            Ok(Err(reason)) => Outcome::Unavailable(reason),
            Ok(Ok(body)) => match breach_count(&body, &suffix) {
                Ok(Some(count)) if count > 0 => Outcome::Breached,
                Ok(_) => Outcome::NotFound,
                Err(reason) => Outcome::Unavailable(reason),
            },
        }
    }

    /// `GET {path}/range/{prefix}`, returning the body of a 200 answer.
    async fn fetch_range(&self, prefix: &str) -> Result<String, String> {
        let request = Request::get(format!("{}/range/{prefix}", self.path))
            .header(header::HOST, &self.authority)
            .header("add-padding", "true")
            .header(header::ACCEPT, "text/plain")
            .header(
                header::USER_AGENT,
                concat!("tessera/", env!("CARGO_PKG_VERSION")),
            )
            .header(header::CONNECTION, "close")
            .body(Empty::<Bytes>::new())
            .map_err(|e| format!("cannot build the range request: {e}"))?;
        let tcp = TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(|e| format!("cannot connect to {}: {e}", self.authority))?;
        let (status, body) = match &self.tls {
            Some(connector) => {
                let name = rustls::pki_types::ServerName::try_from(self.host.clone())
                    .map_err(|e| format!("{:?} is not a TLS server name: {e}", self.host))?;
                let stream = connector
                    .connect(name, tcp)
                    .await
                    .map_err(|e| format!("TLS with {} failed: {e}", self.authority))?;
                exchange(stream, request).await?
            }
            None => exchange(tcp, request).await?,
        };
        if status != StatusCode::OK {
            return Err(format!("the range API answered {status}"));
        }
        String::from_utf8(body.to_vec()).map_err(|_| "the range API's answer is not UTF-8".into())
    }
}

/// Sends one request on a fresh HTTP/1.1 connection and reads the whole answer.
async fn exchange<S>(io: S, request: Request<Empty<Bytes>>) -> Result<(StatusCode, Bytes), String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .map_err(|e| format!("HTTP handshake failed: {e}"))?;
    let response = async move {
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| format!("the range request failed: {e}"))?;
        let status = response.status();
        let body = Limited::new(response.into_body(), MAX_BODY_BYTES)
            .collect()
            .await
            .map_err(|e| format!("cannot read the range API's answer: {e}"))?
            .to_bytes();
        Ok::<_, String>((status, body))
    };
    tokio::pin!(connection, response);
    // The connection must be driven while the answer is read; it ends after the answer
    // (`Connection: close`), possibly before the body has been taken from it.
    tokio::select! {
        result = &mut response => result,
        ended = &mut connection => match ended {
            Ok(()) => response.await,
            Err(e) => Err(format!("the connection to the range API failed: {e}")),
        },
    }
}

fn tls_connector() -> Result<tokio_rustls::TlsConnector, String> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("cannot set up TLS: {e}"))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_rustls::TlsConnector::from(Arc::new(config)))
}

/// The uppercase hex SHA-1 of the password, split into the 5-character prefix that is sent
/// and the 35-character suffix that never leaves the server.
pub fn sha1_prefix_suffix(password: &str) -> (String, String) {
    let hash = digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, password.as_bytes());
    let hex: String = hash.as_ref().iter().map(|b| format!("{b:02X}")).collect();
    let (prefix, suffix) = hex.split_at(5);
    (prefix.to_owned(), suffix.to_owned())
}

/// The count listed for `suffix` in a range answer (`SUFFIX:COUNT` lines), `None` when it
/// is not listed; an error when a line is not of that shape.
fn breach_count(body: &str, suffix: &str) -> Result<Option<u64>, String> {
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let parsed = line.split_once(':').and_then(|(s, c)| {
            let count = c.trim().parse::<u64>().ok()?;
            (s.len() == 35 && s.chars().all(|c| c.is_ascii_hexdigit())).then_some((s, count))
        });
        let Some((listed, count)) = parsed else {
            return Err("the range API's answer is not `SUFFIX:COUNT` lines".to_owned());
        };
        if listed.eq_ignore_ascii_case(suffix) {
            return Ok(Some(count));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha1_is_split_into_prefix_and_suffix() {
        // SHA-1("password") = 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8
        let (prefix, suffix) = sha1_prefix_suffix("password");
        assert_eq!(prefix, "5BAA6");
        assert_eq!(suffix, "1E4C9B93F3F0682250B6CF8331B7EE68FD8");
    }

    #[test]
    fn range_answers_are_parsed() {
        let suffix = "1E4C9B93F3F0682250B6CF8331B7EE68FD8";
        let body = "003D68EB55068C33ACE09247EE4C639306B:3\r\n\
                    1e4c9b93f3f0682250b6cf8331b7ee68fd8:9659365\r\n\
                    01330C689E5D64F660D6947A93AD634EF8F:0\r\n";
        assert_eq!(breach_count(body, suffix), Ok(Some(9_659_365)));
        assert_eq!(
            breach_count("01330C689E5D64F660D6947A93AD634EF8F:0\n", suffix),
            Ok(None)
        );
        let padded = format!("{suffix}:0\r\n");
        assert_eq!(breach_count(&padded, suffix), Ok(Some(0)));
        assert!(breach_count("<html>oops</html>", suffix).is_err());
        assert_eq!(breach_count("", suffix), Ok(None));
    }

    #[test]
    fn urls_are_checked() {
        let client = RangeClient::new("https://api.pwnedpasswords.com/").unwrap();
        assert_eq!(
            (client.host.as_str(), client.port, client.path.as_str()),
            ("api.pwnedpasswords.com", 443, "")
        );
        assert!(client.tls.is_some());
        let client = RangeClient::new("http://[::1]:8080/mirror/").unwrap();
        assert_eq!(
            (client.host.as_str(), client.port, client.path.as_str()),
            ("::1", 8080, "/mirror")
        );
        for bad in [
            "",
            "api.pwnedpasswords.com",
            "ftp://x",
            "https://u:p@x",
            "https://x/?q=1",
        ] {
            assert!(RangeClient::new(bad).is_err(), "accepted {bad:?}");
        }
    }
}
