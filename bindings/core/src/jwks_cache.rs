//! A JWK Set cache that does no I/O of its own.
//!
//! The cache decides *when* keys must be fetched; the caller decides *how*. That keeps the
//! core free of HTTP clients, TLS stacks and async runtimes, and lets each binding fetch
//! with its own ecosystem (Node `fetch`, Python `httpx`, OkHttp...). Two ways to drive it:
//!
//! * synchronously, with a [`JwksFetcher`] (any `Fn() -> Result<String, String>` is one):
//!   [`JwksCache::keys_for`] calls it when needed;
//! * step by step, for async callers: [`JwksCache::plan`] says [`CachePlan::Use`] or
//!   [`CachePlan::Fetch`]; after fetching, [`JwksCache::complete_fetch`] stores the result
//!   and returns the keys to use.
//!
//! Policy, all measured with the caller's `now`:
//!
//! * keys are fresh for `ttl_secs` after a successful fetch, or for less when the fetch
//!   reported a shorter lifetime (HTTP `Cache-Control: max-age`, see [`JwksDocument`]);
//!   never less than `refetch_cooldown_secs`, so `max-age=0` cannot force a fetch per token;
//! * a token whose `kid` is not in the fresh set triggers a refetch (keys rotate), but at
//!   most once per `refetch_cooldown_secs`, so a flood of tokens with random `kid`s cannot
//!   turn into a flood of requests to the issuer;
//! * failed fetches are also rate-limited by the cooldown;
//! * stale-while-error: when a refresh fails, the previous keys keep being served for up to
//!   `max_stale_secs` past their expiry, so an issuer outage does not take every resource
//!   server down with it. After that, [`ErrorKind::JwksFetchFailed`].
//!
//! The cache is `Send + Sync`; its state sits behind a mutex that is never held while
//! fetching. Two threads that miss at the same moment may both fetch; the later result wins.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::error::{Error, ErrorKind, Result, err};
use crate::jwk::JwkSet;

/// Fetches a JWK Set document (the response body, as text). Errors are plain messages;
/// the cache reports them as [`ErrorKind::JwksFetchFailed`].
pub trait JwksFetcher: Send + Sync {
    fn fetch(&self) -> Result<String, String>;

    /// The document with the freshness lifetime its source gave it, if any. Fetchers that
    /// know one (an HTTP response's `Cache-Control: max-age`) override this; the default has
    /// none, and the cache then uses its `ttl_secs`.
    fn fetch_document(&self) -> Result<JwksDocument, String> {
        self.fetch().map(|body| JwksDocument {
            body,
            max_age_secs: None,
        })
    }
}

/// A fetched JWK Set document and how long its source says it stays fresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwksDocument {
    pub body: String,
    /// Seconds the document is fresh for, from the time of the fetch (e.g. HTTP `max-age`
    /// minus `Age`). The cache uses the smaller of this and its own `ttl_secs`.
    pub max_age_secs: Option<u32>,
}

impl<F> JwksFetcher for F
where
    F: Fn() -> Result<String, String> + Send + Sync,
{
    fn fetch(&self) -> Result<String, String> {
        self()
    }
}

/// Cache timing, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JwksCacheOptions {
    /// How long fetched keys are fresh. Default 600.
    pub ttl_secs: u32,
    /// Minimum time between fetch attempts triggered by an unknown `kid` or after a failure.
    /// Default 30.
    pub refetch_cooldown_secs: u32,
    /// How long past `ttl_secs` stale keys are served while fetching fails. Default 86 400.
    pub max_stale_secs: u32,
}

impl Default for JwksCacheOptions {
    fn default() -> Self {
        JwksCacheOptions {
            ttl_secs: 600,
            refetch_cooldown_secs: 30,
            max_stale_secs: 86_400,
        }
    }
}

/// What the caller should do next.
#[derive(Debug, Clone)]
pub enum CachePlan {
    /// Use these keys (fresh, or stale within bounds while fetching is cooling down).
    Use(Arc<JwkSet>),
    /// Fetch the JWK Set, then call [`JwksCache::complete_fetch`].
    Fetch,
}

#[derive(Debug, Default)]
struct State {
    keys: Option<Arc<JwkSet>>,
    fetched_at: i64,
    /// How long `keys` are fresh: `ttl_secs`, or less if the fetch said so.
    fresh_for: u32,
    last_attempt: Option<i64>,
    last_error: Option<Error>,
}

/// A cache for one issuer's JWK Set.
#[derive(Debug)]
pub struct JwksCache {
    options: JwksCacheOptions,
    state: Mutex<State>,
}

impl JwksCache {
    pub fn new(options: JwksCacheOptions) -> Result<Self> {
        if options.ttl_secs == 0 {
            return err(ErrorKind::InvalidConfiguration, "ttl_secs must be positive");
        }
        Ok(JwksCache {
            options,
            state: Mutex::new(State::default()),
        })
    }

    pub fn options(&self) -> JwksCacheOptions {
        self.options
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere cannot leave `State` half-updated (every update is a plain
        // assignment), so a poisoned lock is safe to keep using.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Seeds or replaces the keys, as if fetched at `now` (e.g. from a configuration file).
    pub fn insert(&self, keys: JwkSet, now: i64) -> Arc<JwkSet> {
        let keys = Arc::new(keys);
        let mut state = self.lock();
        state.keys = Some(keys.clone());
        state.fetched_at = now;
        state.fresh_for = self.options.ttl_secs;
        state.last_attempt = Some(now);
        state.last_error = None;
        keys
    }

    /// The keys held now, fresh or not.
    pub fn current(&self) -> Option<Arc<JwkSet>> {
        self.lock().keys.clone()
    }

    /// Decides whether keys for a token with this `kid` can come from the cache at `now`.
    /// An error means fetching is cooling down after a failure and nothing usable is held.
    pub fn plan(&self, kid: Option<&str>, now: i64) -> Result<CachePlan> {
        let state = self.lock();
        let cooling = state
            .last_attempt
            .is_some_and(|t| now < t.saturating_add(i64::from(self.options.refetch_cooldown_secs)));
        let Some(keys) = &state.keys else {
            return match (&state.last_error, cooling) {
                (Some(e), true) => err(
                    ErrorKind::JwksFetchFailed,
                    format!("no keys yet, and the last fetch failed: {}", e.message()),
                ),
                _ => Ok(CachePlan::Fetch),
            };
        };
        let expires = state.fetched_at.saturating_add(i64::from(state.fresh_for));
        if now >= expires {
            if !cooling {
                return Ok(CachePlan::Fetch);
            }
            return self.stale_or_error(&state, now);
        }
        if let Some(kid) = kid
            && !keys.contains_kid(kid)
            && !cooling
        {
            return Ok(CachePlan::Fetch);
        }
        Ok(CachePlan::Use(keys.clone()))
    }

    fn stale_or_error(&self, state: &State, now: i64) -> Result<CachePlan> {
        let limit = state
            .fetched_at
            .saturating_add(i64::from(state.fresh_for))
            .saturating_add(i64::from(self.options.max_stale_secs));
        match (&state.keys, &state.last_error) {
            (Some(keys), _) if now < limit => Ok(CachePlan::Use(keys.clone())),
            (_, Some(e)) => err(
                ErrorKind::JwksFetchFailed,
                format!("keys expired and refreshing failed: {}", e.message()),
            ),
            _ => err(ErrorKind::JwksFetchFailed, "keys expired"),
        }
    }

    /// Records the outcome of a fetch made at `now` (the body text, or an error message) and
    /// returns the keys to use: the new ones, or on failure the previous ones if still
    /// within the stale limit.
    pub fn complete_fetch(&self, outcome: Result<&str, &str>, now: i64) -> Result<Arc<JwkSet>> {
        self.complete_fetch_with_max_age(outcome, None, now)
    }

    /// As [`JwksCache::complete_fetch`], for a document whose source gave it a freshness
    /// lifetime of `max_age_secs` (see [`JwksDocument::max_age_secs`]).
    pub fn complete_fetch_with_max_age(
        &self,
        outcome: Result<&str, &str>,
        max_age_secs: Option<u32>,
        now: i64,
    ) -> Result<Arc<JwkSet>> {
        let parsed = match outcome {
            Ok(body) => JwkSet::from_json(body),
            Err(message) => Err(Error::new(ErrorKind::JwksFetchFailed, message)),
        };
        let mut state = self.lock();
        state.last_attempt = Some(now);
        match parsed {
            Ok(set) => {
                let keys = Arc::new(set);
                state.keys = Some(keys.clone());
                state.fetched_at = now;
                state.fresh_for = self.fresh_for(max_age_secs);
                state.last_error = None;
                Ok(keys)
            }
            Err(error) => {
                state.last_error = Some(error.clone());
                match self.stale_or_error(&state, now) {
                    Ok(CachePlan::Use(keys)) => Ok(keys),
                    Ok(CachePlan::Fetch) | Err(_) => {
                        // Report why: an unparsable document stays `invalid_jwks`.
                        Err(error)
                    }
                }
            }
        }
    }

    /// The freshness lifetime of a new document: `ttl_secs`, shortened by the source's
    /// max-age but never below the refetch cooldown (nor above `ttl_secs`).
    fn fresh_for(&self, max_age_secs: Option<u32>) -> u32 {
        let ttl = self.options.ttl_secs;
        match max_age_secs {
            None => ttl,
            Some(max_age) => max_age
                .max(self.options.refetch_cooldown_secs)
                .clamp(1, ttl),
        }
    }

    /// Returns keys for a token with this `kid` at `now`, calling `fetcher` if the plan says
    /// so. The mutex is not held during the fetch.
    pub fn keys_for(
        &self,
        kid: Option<&str>,
        now: i64,
        fetcher: &dyn JwksFetcher,
    ) -> Result<Arc<JwkSet>> {
        match self.plan(kid, now)? {
            CachePlan::Use(keys) => Ok(keys),
            CachePlan::Fetch => match fetcher.fetch_document() {
                Ok(doc) => self.complete_fetch_with_max_age(Ok(&doc.body), doc.max_age_secs, now),
                Err(message) => self.complete_fetch(Err(&message), now),
            },
        }
    }
}
