//! The in-process caches of the OAuth hot path (`tessera_server::cache`): every change that
//! could make a cached entry wrong takes effect at once on the replica that made it, and
//! within moments on another replica (PostgreSQL LISTEN/NOTIFY). Each request below is made
//! after the cache was warmed by the same request, so removing an invalidation fails a test.

use std::time::{Duration, Instant};

use base64::Engine;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, settings};

const API: &str = "https://api.example.com";

struct Client {
    id: String,
    secret: String,
}

fn basic(client: &Client) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD
            .encode(format!("{}:{}", client.id, client.secret))
    )
}

async fn register(server: &TestServer) -> Client {
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "Batch", "scopes": ["read"], "audiences": [API] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let created: Value = response.json().await.unwrap();
    Client {
        id: created["id"].as_str().unwrap().into(),
        secret: created["client_secret"].as_str().unwrap().into(),
    }
}

/// `POST /t/acme/oauth/token` with client_credentials: the status and, on 200, the token.
async fn token(server: &TestServer, client: &Client) -> (u16, Option<String>) {
    let response = server
        .http
        .post(server.url("/t/acme/oauth/token"))
        .header("authorization", basic(client))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    (status, body["access_token"].as_str().map(str::to_owned))
}

async fn active(server: &TestServer, caller: &Client, access_token: &str) -> bool {
    let response = server
        .http
        .post(server.url("/t/acme/oauth/introspect"))
        .header("authorization", basic(caller))
        .form(&[("token", access_token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["active"].as_bool().unwrap()
}

async fn revoke(server: &TestServer, caller: &Client, access_token: &str) {
    let response = server
        .http
        .post(server.url("/t/acme/oauth/revoke"))
        .header("authorization", basic(caller))
        .form(&[("token", access_token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

fn header(jwt: &str) -> Value {
    let part = jwt.split('.').next().unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .unwrap(),
    )
    .unwrap()
}

/// Replaces every secret of the client with a new one, the old ones ending now.
async fn replace_secret(server: &TestServer, client: &Client) -> Client {
    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/clients/{}/secrets", client.id),
        )
        .json(&json!({ "previous_secrets_expire_in": 0 }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let rotated: Value = response.json().await.unwrap();
    Client {
        id: client.id.clone(),
        secret: rotated["client_secret"].as_str().unwrap().into(),
    }
}

async fn rotate_keys(server: &TestServer) {
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/keys/rotate")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

async fn delete_client(server: &TestServer, client: &Client) {
    let response = server
        .admin(
            Method::DELETE,
            &format!("/v1/tenants/acme/clients/{}", client.id),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
}

#[tokio::test]
async fn changes_take_effect_at_once_on_the_replica_that_made_them() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let client = register(&server).await;
    let caller = register(&server).await;

    // Revocation: warm the revoked-id set with an active answer, then revoke.
    let (status, first) = token(&server, &client).await;
    assert_eq!(status, 200);
    let first = first.unwrap();
    assert!(active(&server, &caller, &first).await);
    revoke(&server, &client, &first).await;
    assert!(!active(&server, &caller, &first).await, "revoked token");

    // Key rotation: new tokens carry the new key, and verify.
    let (_, before) = token(&server, &client).await;
    let before = before.unwrap();
    rotate_keys(&server).await;
    let (_, after) = token(&server, &client).await;
    let after = after.unwrap();
    assert_ne!(header(&before)["kid"], header(&after)["kid"]);
    assert!(active(&server, &caller, &after).await, "new key's token");
    assert!(
        active(&server, &caller, &before).await,
        "retired key's token"
    );

    // Signing algorithm change: the next token is signed with the new algorithm.
    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&json!({ "signing_alg": "EdDSA" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let (_, eddsa) = token(&server, &client).await;
    let eddsa = eddsa.unwrap();
    assert_eq!(header(&eddsa)["alg"], "EdDSA");
    assert!(active(&server, &caller, &eddsa).await);

    // Secret rotation: the old secret stops working, the new one works.
    let renewed = replace_secret(&server, &client).await;
    assert_eq!(token(&server, &client).await.0, 401, "replaced secret");
    assert_eq!(token(&server, &renewed).await.0, 200);

    // Scope change through the management API: the next token has the new scope.
    let response = server
        .admin(
            Method::PATCH,
            &format!("/v1/tenants/acme/clients/{}", renewed.id),
        )
        .json(&json!({ "scopes": ["write"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let (_, scoped) = token(&server, &renewed).await;
    let claims: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(scoped.unwrap().split('.').nth(1).unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(claims["scope"], "write");

    // Deletion: the client can no longer authenticate.
    delete_client(&server, &renewed).await;
    assert_eq!(token(&server, &renewed).await.0, 401, "deleted client");

    // Tenant deletion: its endpoints are gone.
    let response = server
        .admin(Method::DELETE, "/v1/tenants/acme")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(token(&server, &caller).await.0, 404, "deleted tenant");
}

/// Introspection remembers a token's verified signature, never its verdict: the claims are
/// checked again on each use, so a remembered token still expires, and a revoked one stops.
#[tokio::test]
async fn a_remembered_token_still_expires_and_is_still_revocable() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let client = register(&server).await;
    let caller = register(&server).await;
    let (_, expiring) = token(&server, &client).await;
    let expiring = expiring.unwrap();
    let (_, revoked) = token(&server, &client).await;
    let revoked = revoked.unwrap();
    for _ in 0..2 {
        assert!(active(&server, &caller, &expiring).await);
        assert!(active(&server, &caller, &revoked).await);
    }
    revoke(&server, &client, &revoked).await;
    assert!(!active(&server, &caller, &revoked).await, "revoked token");
    assert!(active(&server, &caller, &expiring).await);
    // Past `exp` plus the 60 s leeway, by the server's clock (the cache entry itself is
    // still fresh: its lifetime runs on the real clock).
    let claims: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(expiring.split('.').nth(1).unwrap())
            .unwrap(),
    )
    .unwrap();
    let lifetime = claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap();
    server.clock.advance(lifetime + 61);
    assert!(!active(&server, &caller, &expiring).await, "expired token");
}

/// Polls `check` until it holds, for at most `within`; returns how long it took.
async fn eventually<F, Fut>(within: Duration, what: &str, mut check: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    loop {
        if check().await {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < within,
            "{what}: not seen by the other replica within {within:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn other_replicas_hear_changes_over_postgresql() {
    let primary = TestServer::start().await;
    if !primary.database_url.starts_with("postgres") {
        eprintln!(
            "skipped: replicas share changes over PostgreSQL; set TESSERA_TEST_DATABASE_URL (SQLite serves one process)"
        );
        return;
    }
    let replica = primary.start_replica(settings()).await;
    primary.create_tenant("acme").await;
    let client = register(&primary).await;
    let caller = register(&primary).await;
    // Well under the caches' 10 s bound, so only a notice can make these pass.
    let within = Duration::from_secs(3);
    assert!(within < tessera_server::cache::MAX_STALENESS);

    // Warm every cache of the replica.
    let (status, issued) = token(&replica, &client).await;
    assert_eq!(status, 200);
    let issued = issued.unwrap();
    assert!(active(&replica, &caller, &issued).await);

    revoke(&primary, &client, &issued).await;
    eventually(within, "revocation", || async {
        !active(&replica, &caller, &issued).await
    })
    .await;

    let (_, before) = token(&replica, &client).await;
    let old_kid = header(&before.unwrap())["kid"].clone();
    rotate_keys(&primary).await;
    eventually(within, "key rotation", || async {
        let (_, after) = token(&replica, &client).await;
        header(&after.unwrap())["kid"] != old_kid
    })
    .await;
    let (_, from_primary) = token(&primary, &client).await;
    assert!(active(&replica, &caller, &from_primary.unwrap()).await);

    let renewed = replace_secret(&primary, &client).await;
    eventually(within, "secret rotation", || async {
        token(&replica, &client).await.0 == 401
    })
    .await;
    assert_eq!(token(&replica, &renewed).await.0, 200);

    delete_client(&primary, &renewed).await;
    eventually(within, "client deletion", || async {
        token(&replica, &renewed).await.0 == 401
    })
    .await;
}
