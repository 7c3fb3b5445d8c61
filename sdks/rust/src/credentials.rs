//! Machine-to-machine tokens (OAuth 2.0 client credentials, RFC 6749 §4.4): asked for from
//! the tenant's token endpoint through the SDK's own client (so its timeouts, retries, user
//! agent and typed errors apply), cached, and renewed ahead of expiry.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures::future::BoxFuture;
use tokio::sync::Mutex;

use crate::generated::request_token;
use crate::settings::TokenSource;
use crate::{Client, Error};

/// How long before expiry a cached token is renewed, by default.
pub const DEFAULT_REFRESH_BEFORE: Duration = Duration::from_secs(30);

/// How the client authenticates to the token endpoint (RFC 6749 §2.3.1), as registered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClientAuth {
    /// HTTP Basic with the URL-encoded id and secret.
    #[default]
    ClientSecretBasic,
    /// `client_id` and `client_secret` in the form body.
    ClientSecretPost,
}

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

struct Cached {
    token: String,
    /// When to fetch a new one.
    renew_at: SystemTime,
}

/// A cached client-credentials token of one client of one tenant. Cloning shares the cache.
#[derive(Clone)]
pub struct ClientCredentials {
    inner: Arc<Inner>,
}

struct Inner {
    client: Client,
    tenant: String,
    client_id: String,
    client_secret: String,
    scope: Option<String>,
    resource: Option<String>,
    auth: ClientAuth,
    refresh_before: Duration,
    clock: Clock,
    /// Held while fetching, so concurrent callers share one request.
    cache: Mutex<Option<Cached>>,
}

impl std::fmt::Debug for ClientCredentials {
    // The secret and the token stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("tenant", &self.inner.tenant)
            .field("client_id", &self.inner.client_id)
            .field("auth", &self.inner.auth)
            .finish_non_exhaustive()
    }
}

/// Options of [`Client::client_credentials_with`].
#[derive(Clone)]
pub struct ClientCredentialsOptions {
    /// Space-separated scopes; all the client's scopes when `None`.
    pub scope: Option<String>,
    /// RFC 8707 resource indicator (the token's audience).
    pub resource: Option<String>,
    /// How the client authenticates to the token endpoint (`client_secret_basic`).
    pub auth: ClientAuth,
    /// How long before expiry a token is renewed (30 s; half the life of a shorter one).
    pub refresh_before: Duration,
    /// The time now; tests pass a clock they move.
    pub clock: Clock,
}

impl Default for ClientCredentialsOptions {
    fn default() -> Self {
        ClientCredentialsOptions {
            scope: None,
            resource: None,
            auth: ClientAuth::default(),
            refresh_before: DEFAULT_REFRESH_BEFORE,
            clock: Arc::new(crate::system_now),
        }
    }
}

impl Client {
    /// A token source for a client of `tenant`, authenticating with `client_secret_basic`.
    pub fn client_credentials(
        &self,
        tenant: &str,
        client_id: &str,
        client_secret: &str,
    ) -> ClientCredentials {
        self.client_credentials_with(
            tenant,
            client_id,
            client_secret,
            ClientCredentialsOptions::default(),
        )
    }

    /// [`Client::client_credentials`] with scope, resource, auth method, renewal or clock.
    pub fn client_credentials_with(
        &self,
        tenant: &str,
        client_id: &str,
        client_secret: &str,
        options: ClientCredentialsOptions,
    ) -> ClientCredentials {
        ClientCredentials {
            inner: Arc::new(Inner {
                client: self.clone(),
                tenant: tenant.to_string(),
                client_id: client_id.to_string(),
                client_secret: client_secret.to_string(),
                scope: options.scope,
                resource: options.resource,
                auth: options.auth,
                refresh_before: options.refresh_before,
                clock: options.clock,
                cache: Mutex::new(None),
            }),
        }
    }
}

impl ClientCredentials {
    /// The cached token, or a new one when there is none or it is due for renewal.
    pub async fn token(&self) -> Result<String, Error> {
        let inner = &self.inner;
        let mut cache = inner.cache.lock().await;
        if let Some(cached) = cache.as_ref()
            && (inner.clock)() < cached.renew_at
        {
            return Ok(cached.token.clone());
        }
        let fetched_at = (inner.clock)();
        let answer = self.fetch().await?;
        let lifetime = answer.expires_in;
        // A token shorter-lived than twice the margin is renewed at half its life.
        let early = if lifetime > inner.refresh_before * 2 {
            inner.refresh_before
        } else {
            lifetime / 2
        };
        *cache = Some(Cached {
            token: answer.access_token.clone(),
            renew_at: fetched_at + (lifetime - early),
        });
        Ok(answer.access_token)
    }

    /// Drops the cached token (after a 401 from a resource server, say).
    pub async fn invalidate(&self) {
        *self.inner.cache.lock().await = None;
    }

    async fn fetch(&self) -> Result<Token, Error> {
        let inner = &self.inner;
        let mut form = serde_json::Map::new();
        form.insert("grant_type".into(), "client_credentials".into());
        for (name, value) in [("scope", &inner.scope), ("resource", &inner.resource)] {
            if let Some(value) = value {
                form.insert(name.into(), value.clone().into());
            }
        }
        let client = match inner.auth {
            ClientAuth::ClientSecretBasic => {
                // RFC 6749 §2.3.1: id and secret are form-urlencoded before Base64.
                let pair = format!(
                    "{}:{}",
                    form_encode(&inner.client_id),
                    form_encode(&inner.client_secret)
                );
                let basic = format!("Basic {}", base64(pair.as_bytes()));
                inner.client.with(|s| s.header("authorization", &basic))
            }
            ClientAuth::ClientSecretPost => {
                form.insert("client_id".into(), inner.client_id.clone().into());
                form.insert("client_secret".into(), inner.client_secret.clone().into());
                inner.client.clone()
            }
        };
        let answer = request_token(&client, &inner.tenant, form.into()).await?;
        let access_token = answer["access_token"]
            .as_str()
            .ok_or_else(|| Error::InvalidResponse("the token answer has no access_token".into()))?;
        Ok(Token {
            access_token: access_token.to_string(),
            expires_in: Duration::from_secs(answer["expires_in"].as_u64().unwrap_or(0)),
        })
    }
}

/// What the token endpoint answered, as far as the cache needs it.
struct Token {
    access_token: String,
    expires_in: Duration,
}

impl TokenSource for ClientCredentials {
    fn token(&self) -> BoxFuture<'_, Result<String, Error>> {
        Box::pin(ClientCredentials::token(self))
    }
}

fn form_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Standard Base64 with padding (RFC 4648 §4).
pub(crate) fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_form_encoding_follow_the_rfcs() {
        // RFC 4648 §10.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
        assert_eq!(form_encode("a b:c/é"), "a+b%3Ac%2F%C3%A9");
    }
}
