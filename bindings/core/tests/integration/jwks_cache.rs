//! The JWKS cache's policy, driven with a scripted fetcher and explicit times.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use tessera_core::{CachePlan, ErrorKind, JwksCache, JwksCacheOptions, JwksFetcher};

const T0: i64 = 1_767_225_600;

fn jwks(kids: &[&str]) -> String {
    let keys: Vec<String> = kids
        .iter()
        .map(|kid| {
            format!(
                r#"{{"kty":"EC","crv":"P-256","kid":"{kid}","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}}"#
            )
        })
        .collect();
    format!(r#"{{"keys":[{}]}}"#, keys.join(","))
}

/// Returns the scripted responses in order and counts calls.
struct Script {
    responses: Mutex<Vec<Result<String, String>>>,
    calls: AtomicUsize,
}

impl Script {
    fn new(mut responses: Vec<Result<String, String>>) -> Self {
        responses.reverse();
        Script {
            responses: Mutex::new(responses),
            calls: AtomicUsize::new(0),
        }
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

impl JwksFetcher for Script {
    fn fetch(&self) -> Result<String, String> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        self.responses
            .lock()
            .unwrap()
            .pop()
            .unwrap_or_else(|| Err("script exhausted".into()))
    }
}

fn cache() -> JwksCache {
    JwksCache::new(JwksCacheOptions {
        ttl_secs: 600,
        refetch_cooldown_secs: 30,
        max_stale_secs: 3600,
    })
    .unwrap()
}

#[test]
fn fetches_once_then_serves_from_cache_until_ttl() {
    let c = cache();
    let f = Script::new(vec![Ok(jwks(&["a"])), Ok(jwks(&["a", "b"]))]);
    assert!(c.keys_for(Some("a"), T0, &f).unwrap().contains_kid("a"));
    assert!(c.keys_for(Some("a"), T0 + 599, &f).is_ok());
    assert_eq!(f.calls(), 1);
    let keys = c.keys_for(Some("a"), T0 + 600, &f).unwrap();
    assert_eq!(f.calls(), 2);
    assert!(keys.contains_kid("b"));
}

#[test]
fn unknown_kid_refetches_at_most_once_per_cooldown() {
    let c = cache();
    let f = Script::new(vec![
        Ok(jwks(&["a"])),
        Ok(jwks(&["a"])),
        Ok(jwks(&["a", "new"])),
    ]);
    c.keys_for(Some("a"), T0, &f).unwrap();
    // Within the cooldown of the first fetch: no refetch, the key stays unknown.
    let keys = c.keys_for(Some("new"), T0 + 10, &f).unwrap();
    assert!(!keys.contains_kid("new"));
    assert_eq!(f.calls(), 1);
    // After the cooldown: one refetch (the issuer has not rotated yet).
    c.keys_for(Some("new"), T0 + 40, &f).unwrap();
    assert_eq!(f.calls(), 2);
    // A flood of unknown kids within the next cooldown costs nothing.
    for i in 0..100 {
        c.keys_for(Some(&format!("random-{i}")), T0 + 41 + i / 10, &f)
            .unwrap();
    }
    assert_eq!(f.calls(), 2);
    // Next window: the rotated key appears.
    assert!(
        c.keys_for(Some("new"), T0 + 80, &f)
            .unwrap()
            .contains_kid("new")
    );
    assert_eq!(f.calls(), 3);
}

#[test]
fn stale_while_error_then_gives_up() {
    let c = cache();
    let f = Script::new(vec![Ok(jwks(&["a"]))]);
    c.keys_for(Some("a"), T0, &f).unwrap();
    // Expired and the issuer is down: the old keys keep working...
    assert!(
        c.keys_for(Some("a"), T0 + 700, &f)
            .unwrap()
            .contains_kid("a")
    );
    assert_eq!(f.calls(), 2);
    // ...without hammering the issuer during the cooldown...
    assert!(c.keys_for(Some("a"), T0 + 710, &f).is_ok());
    assert_eq!(f.calls(), 2);
    // ...until max_stale_secs past expiry.
    let e = c.keys_for(Some("a"), T0 + 600 + 3600, &f).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::JwksFetchFailed);
}

#[test]
fn first_fetch_failure_is_reported_and_rate_limited() {
    let c = cache();
    let f = Script::new(vec![Err("connection refused".into()), Ok(jwks(&["a"]))]);
    let e = c.keys_for(None, T0, &f).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::JwksFetchFailed);
    assert!(e.message().contains("connection refused"));
    assert_eq!(
        c.keys_for(None, T0 + 5, &f).unwrap_err().kind(),
        ErrorKind::JwksFetchFailed
    );
    assert_eq!(f.calls(), 1);
    assert!(c.keys_for(None, T0 + 30, &f).is_ok());
}

#[test]
fn a_broken_document_is_invalid_jwks_and_keeps_old_keys() {
    let c = cache();
    let f = Script::new(vec![Err("down".into())]);
    assert_eq!(
        c.complete_fetch(Ok("<html>"), T0).unwrap_err().kind(),
        ErrorKind::InvalidJwks
    );
    c.complete_fetch(Ok(&jwks(&["a"])), T0 + 1).unwrap();
    let kept = c.complete_fetch(Ok("{\"keys\":"), T0 + 700).unwrap();
    assert!(kept.contains_kid("a"));
    drop(f);
}

#[test]
fn step_by_step_api_for_async_callers() {
    let c = cache();
    assert!(matches!(c.plan(Some("a"), T0).unwrap(), CachePlan::Fetch));
    let keys = c.complete_fetch(Ok(&jwks(&["a"])), T0).unwrap();
    assert!(keys.contains_kid("a"));
    match c.plan(Some("a"), T0 + 1).unwrap() {
        CachePlan::Use(k) => assert!(k.contains_kid("a")),
        CachePlan::Fetch => panic!("should use the cache"),
    }
}

#[test]
fn closures_are_fetchers() {
    let c = cache();
    let body = jwks(&["a"]);
    let fetch = move || -> Result<String, String> { Ok(body.clone()) };
    assert!(c.keys_for(Some("a"), T0, &fetch).is_ok());
    assert_eq!(
        JwksCache::new(JwksCacheOptions {
            ttl_secs: 0,
            ..JwksCacheOptions::default()
        })
        .unwrap_err()
        .kind(),
        ErrorKind::InvalidConfiguration
    );
}

/// A document's own lifetime (HTTP max-age) shortens the TTL, never below the cooldown and
/// never beyond the TTL.
#[test]
fn a_fetched_max_age_bounds_freshness() {
    let options = JwksCacheOptions {
        ttl_secs: 600,
        refetch_cooldown_secs: 30,
        max_stale_secs: 3600,
    };
    let fresh_until = |max_age: Option<u32>| {
        let cache = JwksCache::new(options).unwrap();
        cache
            .complete_fetch_with_max_age(Ok(&jwks(&["a"])), max_age, T0)
            .unwrap();
        // The first second at which the cache asks for a fetch again.
        (0..=700)
            .find(|dt| matches!(cache.plan(Some("a"), T0 + dt), Ok(CachePlan::Fetch)))
            .unwrap()
    };
    assert_eq!(fresh_until(None), 600);
    assert_eq!(fresh_until(Some(120)), 120);
    assert_eq!(
        fresh_until(Some(0)),
        30,
        "max-age=0 is held for the cooldown"
    );
    assert_eq!(
        fresh_until(Some(86_400)),
        600,
        "capped at the cache's own TTL"
    );
}
