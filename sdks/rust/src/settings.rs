//! What a client is configured with: credentials, timeouts, retries, extra headers. The
//! generated `Client` carries a [`Settings`] as its progenitor "inner" value, which the
//! hooks in `hooks.rs` read on every call.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;

use crate::{Client, Error};

pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
pub(crate) const DEFAULT_MAX_RETRIES: u32 = 2;
pub(crate) const DEFAULT_MAX_RETRY_DELAY: Duration = Duration::from_secs(60);

/// A credential that may change over time (a token that expires), asked for on every call.
pub trait TokenSource: Send + Sync {
    /// The token to send now.
    fn token(&self) -> BoxFuture<'_, Result<String, Error>>;
}

impl TokenSource for String {
    fn token(&self) -> BoxFuture<'_, Result<String, Error>> {
        Box::pin(async move { Ok(self.clone()) })
    }
}

/// What [`Settings::on_retry`] is told before each retry.
#[derive(Clone, Debug)]
pub struct RetryEvent {
    /// progenitor's name of the operation (`list_users`).
    pub operation_id: &'static str,
    /// The HTTP method of the call.
    pub method: reqwest::Method,
    /// 1 for the first retry.
    pub attempt: u32,
    /// The wait before the retry.
    pub delay: Duration,
    /// The status of the failed attempt; `None` for a connection failure or a timeout.
    pub status: Option<u16>,
}

type RetryHook = Arc<dyn Fn(RetryEvent) -> BoxFuture<'static, ()> + Send + Sync>;

/// A client's settings, changed through [`ClientBuilder`] or [`Client::with`].
#[derive(Clone)]
pub struct Settings {
    pub(crate) credentials: BTreeMap<String, Arc<dyn TokenSource>>,
    pub(crate) timeout: Duration,
    pub(crate) max_retries: u32,
    pub(crate) max_retry_delay: Duration,
    pub(crate) retry_non_idempotent: bool,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) on_retry: Option<RetryHook>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            credentials: BTreeMap::new(),
            timeout: DEFAULT_TIMEOUT,
            max_retries: DEFAULT_MAX_RETRIES,
            max_retry_delay: DEFAULT_MAX_RETRY_DELAY,
            retry_non_idempotent: false,
            headers: reqwest::header::HeaderMap::new(),
            on_retry: None,
        }
    }
}

impl fmt::Debug for Settings {
    // Credentials are secrets: name the schemes, never the tokens.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("credentials", &self.credentials.keys().collect::<Vec<_>>())
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("max_retry_delay", &self.max_retry_delay)
            .field("retry_non_idempotent", &self.retry_non_idempotent)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl Settings {
    /// The credential of a security scheme of the API, by its name in the spec.
    pub fn credential(self, scheme: &str, token: impl Into<String>) -> Self {
        self.credential_source(scheme, token.into())
    }

    /// A changing credential of a security scheme, asked for on every call.
    pub fn credential_source(mut self, scheme: &str, source: impl TokenSource + 'static) -> Self {
        self.credentials
            .insert(scheme.to_string(), Arc::new(source) as Arc<dyn TokenSource>);
        self
    }

    /// The admin key (`tsk_…`), for the admin API.
    pub fn admin_key(self, key: impl Into<String>) -> Self {
        self.credential("admin_key", key)
    }

    /// A user's session access token, from a login.
    pub fn session_token(self, token: impl Into<String>) -> Self {
        self.credential("session_token", token)
    }

    /// An access token from a tenant's token endpoint.
    pub fn bearer_token(self, token: impl Into<String>) -> Self {
        self.credential("bearer_token", token)
    }

    /// Bounds each attempt, response body included (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How often a retryable failure is retried (default 2; 0 turns retries off).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Caps the wait before a retry (default 60 s); a longer `Retry-After` is shortened to it.
    pub fn max_retry_delay(mut self, delay: Duration) -> Self {
        self.max_retry_delay = delay;
        self
    }

    /// Also retries calls whose method is not idempotent (POST, PATCH). Off by default: a
    /// retried POST may act twice.
    pub fn retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = retry;
        self
    }

    /// A header sent with every call; it replaces one the client would send (`Authorization`).
    /// A name or value that HTTP does not allow is left out.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (
            reqwest::header::HeaderName::from_bytes(name.as_bytes()),
            reqwest::header::HeaderValue::from_str(value),
        ) {
            self.headers.insert(name, value);
        }
        self
    }

    /// Called before each retry, after the delay is chosen; the retry waits for its future.
    pub fn on_retry<F, Fut>(mut self, hook: F) -> Self
    where
        F: Fn(RetryEvent) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        self.on_retry = Some(Arc::new(move |event| Box::pin(hook(event))));
        self
    }
}

/// Builds a [`Client`]: `Client::builder(url).admin_key(key).build()`.
#[derive(Debug)]
pub struct ClientBuilder {
    base_url: String,
    settings: Settings,
    http: Option<reqwest::Client>,
}

macro_rules! forward {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*);)*) => {$(
        $(#[$doc])*
        pub fn $name(mut self, $($arg: $ty),*) -> Self {
            self.settings = self.settings.$name($($arg),*);
            self
        }
    )*};
}

impl ClientBuilder {
    forward! {
        /// See [`Settings::credential`].
        credential(scheme: &str, token: impl Into<String>);
        /// See [`Settings::credential_source`].
        credential_source(scheme: &str, source: impl TokenSource + 'static);
        /// See [`Settings::admin_key`].
        admin_key(key: impl Into<String>);
        /// See [`Settings::session_token`].
        session_token(token: impl Into<String>);
        /// See [`Settings::bearer_token`].
        bearer_token(token: impl Into<String>);
        /// See [`Settings::timeout`].
        timeout(timeout: Duration);
        /// See [`Settings::max_retries`].
        max_retries(retries: u32);
        /// See [`Settings::max_retry_delay`].
        max_retry_delay(delay: Duration);
        /// See [`Settings::retry_non_idempotent`].
        retry_non_idempotent(retry: bool);
        /// See [`Settings::header`].
        header(name: &str, value: &str);
    }

    /// The `reqwest::Client` that sends requests (default: a new one).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// The client; fails on a base URL that is not an absolute http(s) URL.
    pub fn build(self) -> Result<Client, Error> {
        let url = reqwest::Url::parse(&self.base_url).map_err(|e| {
            Error::InvalidRequest(format!(
                "the base URL {:?} is not a URL: {e}",
                self.base_url
            ))
        })?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(Error::InvalidRequest(format!(
                "the base URL {:?} is not an absolute http(s) URL",
                self.base_url
            )));
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .user_agent(crate::USER_AGENT)
                .build()
                .map_err(Error::Connection)?,
        };
        Ok(Client::new_with_client(
            self.base_url.trim_end_matches('/'),
            http,
            self.settings,
        ))
    }
}

impl Client {
    /// A builder for a client of the server at `base_url` (`https://id.example.com`).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            settings: Settings::default(),
            http: None,
        }
    }

    /// A client with changed settings (another credential, retries for one call) that
    /// shares this one's connection pool.
    pub fn with(&self, change: impl FnOnce(Settings) -> Settings) -> Client {
        Client::new_with_client(
            &self.baseurl,
            self.client.clone(),
            change(self.inner.clone()),
        )
    }

    /// This client's settings.
    pub fn settings(&self) -> &Settings {
        &self.inner
    }
}
