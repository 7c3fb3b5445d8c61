//! Tenant isolation: one tenant's keys, tokens and settings never serve another.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, verify};

#[tokio::test]
async fn tokens_and_keys_do_not_cross_tenants() {
    let server = TestServer::start().await;
    let a = server.create_tenant("tenant-a").await;
    let b = server.create_tenant("tenant-b").await;
    assert_ne!(a["issuer"], b["issuer"]);

    let jwks_a = server.jwks("tenant-a").await;
    let jwks_b = server.jwks("tenant-b").await;
    let kids = |jwks: &Value| -> Vec<String> {
        jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["kid"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(
        kids(&jwks_a).iter().all(|kid| !kids(&jwks_b).contains(kid)),
        "no shared keys"
    );

    let token_a = server
        .mint("tenant-a", json!({ "subject": "alice", "audience": "api" }))
        .await;
    let token = token_a["access_token"].as_str().unwrap();
    let issuer_a = a["issuer"].as_str().unwrap();
    let issuer_b = b["issuer"].as_str().unwrap();
    verify(token, &jwks_a, issuer_a, "api").unwrap();
    // B's keys cannot verify it, and it does not claim B's issuer.
    assert!(
        verify(token, &jwks_b, issuer_a, "api")
            .unwrap_err()
            .contains("not in the JWKS")
    );
    assert!(verify(token, &jwks_a, issuer_b, "api").is_err());

    // Management of B shows nothing of A.
    let listed: Value = server
        .admin(Method::GET, "/v1/tenants/tenant-b/keys")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let b_kids: Vec<&str> = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap())
        .collect();
    assert!(
        kids(&jwks_a)
            .iter()
            .all(|kid| !b_kids.contains(&kid.as_str()))
    );

    // Rotating, reconfiguring or deleting A leaves B exactly as it was.
    server
        .admin(Method::POST, "/v1/tenants/tenant-a/keys/rotate")
        .send()
        .await
        .unwrap();
    server
        .admin(Method::PATCH, "/v1/tenants/tenant-a")
        .json(&json!({ "allowed_origins": ["https://a.test"], "signing_alg": "EdDSA" }))
        .send()
        .await
        .unwrap();
    assert_eq!(server.jwks("tenant-b").await, jwks_b);
    let b_now: Value = server
        .admin(Method::GET, "/v1/tenants/tenant-b")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(b_now, b);
    let response = server
        .admin(Method::DELETE, "/v1/tenants/tenant-a")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(server.jwks("tenant-b").await, jwks_b);
    let token_b = server
        .mint("tenant-b", json!({ "subject": "bob", "audience": "api" }))
        .await;
    verify(
        token_b["access_token"].as_str().unwrap(),
        &jwks_b,
        issuer_b,
        "api",
    )
    .unwrap();
}

#[tokio::test]
async fn cors_follows_each_tenants_own_origins() {
    let server = TestServer::start().await;
    server
        .create_tenant_with(
            json!({ "slug": "a", "name": "A", "allowed_origins": ["https://a.test"] }),
        )
        .await;
    server
        .create_tenant_with(
            json!({ "slug": "b", "name": "B", "allowed_origins": ["https://b.test"] }),
        )
        .await;

    let get = |slug: &str, origin: &str| {
        server
            .http
            .get(server.url(&format!("/t/{slug}/.well-known/jwks.json")))
            .header("origin", origin)
            .send()
    };
    let response = get("a", "https://a.test").await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["access-control-allow-origin"],
        "https://a.test"
    );
    assert!(
        response
            .headers()
            .get_all("vary")
            .iter()
            .any(|v| v.to_str().unwrap().contains("origin"))
    );
    // A's origin gets nothing from B, and vice versa: fail closed.
    let response = get("b", "https://a.test").await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    let response = get("a", "https://evil.test").await.unwrap();
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );

    let preflight = |slug: &str, origin: &str| {
        server
            .http
            .request(
                Method::OPTIONS,
                server.url(&format!("/t/{slug}/.well-known/openid-configuration")),
            )
            .header("origin", origin)
            .header("access-control-request-method", "GET")
            .send()
    };
    let response = preflight("b", "https://b.test").await.unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(
        response.headers()["access-control-allow-origin"],
        "https://b.test"
    );
    let methods = response.headers()["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .to_owned();
    for method in ["GET", "POST", "PATCH", "DELETE"] {
        assert!(
            methods.contains(method),
            "{method} missing from {methods}: /me needs PATCH and DELETE"
        );
    }
    let response = preflight("b", "https://a.test").await.unwrap();
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    crate::support::expect_problem(response, 403, "origin_not_allowed").await;
    let response = preflight("nobody", "https://a.test").await.unwrap();
    crate::support::expect_problem(response, 403, "origin_not_allowed").await;
}
