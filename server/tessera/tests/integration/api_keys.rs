//! API keys of organizations and users: shown once, hashed, scoped, expiring, revoked,
//! rotated with overlap, and answered by RFC 7662 introspection with organization claims.

use base64::Engine;
use reqwest::Method;
use serde_json::{Value, json};

use crate::organizations::{add_member, create_org};
use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

struct Introspector {
    id: String,
    secret: String,
}

async fn setup() -> (TestServer, Introspector) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    create_org(&server, "acme", "globex").await;
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "Resource server", "scopes": ["read"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let client: Value = response.json().await.unwrap();
    (
        server,
        Introspector {
            id: client["id"].as_str().unwrap().into(),
            secret: client["client_secret"].as_str().unwrap().into(),
        },
    )
}

async fn introspect(server: &TestServer, rs: &Introspector, token: &str) -> Value {
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", rs.id, rs.secret));
    let response = server
        .http
        .post(server.url("/t/acme/oauth/introspect"))
        .header("authorization", format!("Basic {basic}"))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn create_key(server: &TestServer, body: Value) -> reqwest::Response {
    server
        .admin(Method::POST, "/v1/tenants/acme/api-keys")
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn organization_keys_introspect_with_their_claims_until_revoked() {
    let (server, rs) = setup().await;
    let response = create_key(
        &server,
        json!({ "organization": "globex", "name": "CI", "permissions": ["deployments:create", "deployments:*"] }),
    )
    .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("tsk_"));
    let key = &created["key"];
    let id = key["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("key_"));
    assert_eq!(key["hint"], secret[secret.len() - 4..]);
    assert_eq!(
        key["permissions"],
        json!(["deployments:*", "deployments:create"])
    );
    assert_eq!(key["active"], true);
    assert!(key.get("last_used_at").is_none());

    // Shown once: never again, and not stored in the clear.
    let fetched: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/api-keys/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(!fetched.to_string().contains(&secret));
    let stored: Vec<(Vec<u8>,)> = match &server.db {
        tessera_store::Db::Sqlite(pool) => sqlx::query_as("SELECT secret_hash FROM api_keys")
            .fetch_all(pool)
            .await
            .unwrap(),
        tessera_store::Db::Postgres(pool) => sqlx::query_as("SELECT secret_hash FROM api_keys")
            .fetch_all(pool)
            .await
            .unwrap(),
    };
    assert_eq!(stored[0].0, tessera_crypto::hash_secret(&secret).to_vec());

    let answer = introspect(&server, &rs, &secret).await;
    assert_eq!(answer["active"], true);
    assert_eq!(answer["token_type"], "api_key");
    assert_eq!(answer["sub"], id.as_str());
    assert_eq!(answer["org_slug"], "globex");
    assert!(answer["org_id"].as_str().unwrap().starts_with("org_"));
    assert_eq!(
        answer["permissions"],
        json!(["deployments:*", "deployments:create"])
    );
    assert_eq!(answer["iss"], server.url("/t/acme"));
    let fetched: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/api-keys/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        fetched["last_used_at"].is_string(),
        "introspection records the last use"
    );

    // An API key is no admin key, and unknown keys are simply inactive.
    let response = server
        .http
        .get(server.url("/v1/tenants/acme/organizations"))
        .bearer_auth(&secret)
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
    assert_eq!(
        introspect(&server, &rs, "tsk_unknown").await,
        json!({ "active": false })
    );

    let response = server
        .admin(Method::DELETE, &format!("/v1/tenants/acme/api-keys/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(
        introspect(&server, &rs, &secret).await,
        json!({ "active": false })
    );
    let response = server
        .admin(Method::DELETE, &format!("/v1/tenants/acme/api-keys/{id}"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 409, "conflict").await;
}

#[tokio::test]
async fn user_keys_expire_and_rotation_overlaps() {
    let (server, rs) = setup().await;
    let user = server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    let user_id = user["id"].as_str().unwrap();
    let created: Value = create_key(
        &server,
        json!({ "user": user_id, "name": "laptop", "permissions": ["reports:read"], "expires_in_secs": 7200 }),
    )
    .await
    .json()
    .await
    .unwrap();
    let old_secret = created["secret"].as_str().unwrap().to_owned();
    let old_id = created["key"]["id"].as_str().unwrap().to_owned();
    let answer = introspect(&server, &rs, &old_secret).await;
    assert_eq!(answer["sub"], user_id);
    assert!(answer.get("org_id").is_none());
    assert!(answer["exp"].as_i64().unwrap() > answer["iat"].as_i64().unwrap());

    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/api-keys/{old_id}/rotate"),
        )
        .json(&json!({ "overlap_secs": 600 }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let rotated: Value = response.json().await.unwrap();
    let new_secret = rotated["secret"].as_str().unwrap().to_owned();
    assert_ne!(new_secret, old_secret);
    assert_eq!(rotated["key"]["permissions"], json!(["reports:read"]));
    // Both work during the overlap; a second rotation of the old key is refused.
    assert_eq!(introspect(&server, &rs, &old_secret).await["active"], true);
    assert_eq!(introspect(&server, &rs, &new_secret).await["active"], true);
    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/api-keys/{old_id}/rotate"),
        )
        .send()
        .await
        .unwrap();
    expect_problem(response, 409, "conflict").await;
    server.clock.advance(601);
    assert_eq!(introspect(&server, &rs, &old_secret).await["active"], false);
    assert_eq!(introspect(&server, &rs, &new_secret).await["active"], true);
    server.clock.advance(7200);
    assert_eq!(
        introspect(&server, &rs, &new_secret).await["active"],
        false,
        "expired"
    );

    // A disabled user's keys stop working.
    let fresh: Value = create_key(
        &server,
        json!({ "user": user_id, "name": "cli", "permissions": ["*"] }),
    )
    .await
    .json()
    .await
    .unwrap();
    let fresh_secret = fresh["secret"].as_str().unwrap();
    assert_eq!(introspect(&server, &rs, fresh_secret).await["active"], true);
    server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/disable"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        introspect(&server, &rs, fresh_secret).await["active"],
        false
    );

    let listed: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/api-keys?user={user_id}&limit=2"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["data"].as_array().unwrap().len(), 2);
    assert!(listed["next_cursor"].is_string());
    assert_eq!(listed["data"][0]["rotated_to"], rotated["key"]["id"]);

    let actions: Vec<String> = {
        let page: Value = server
            .admin(Method::GET, "/v1/tenants/acme/audit-events?limit=100")
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        page["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(
        actions.iter().any(|a| a == "api_key.created")
            && actions.iter().any(|a| a == "api_key.rotated")
    );
    assert!(!serde_json::to_string(&actions).unwrap().contains("tsk_"));
}

#[tokio::test]
async fn refusals_change_nothing() {
    let (server, _) = setup().await;
    for (body, pointer) in [
        (
            json!({ "name": "x", "permissions": ["a:b"] }),
            "/organization",
        ),
        (
            json!({ "organization": "globex", "user": "usr_x", "name": "x", "permissions": ["a:b"] }),
            "/organization",
        ),
        (
            json!({ "organization": "globex", "name": "x", "permissions": [] }),
            "/permissions",
        ),
        (
            json!({ "organization": "globex", "name": "x", "permissions": ["not a permission"] }),
            "/permissions/0",
        ),
        (
            json!({ "organization": "globex", "name": "x", "permissions": ["a:b"], "expires_in_secs": 5 }),
            "/expires_in_secs",
        ),
        (
            json!({ "organization": "initech", "name": "x", "permissions": ["a:b"] }),
            "/organization",
        ),
        (
            json!({ "user": "usr_nobody", "name": "x", "permissions": ["a:b"] }),
            "/user",
        ),
    ] {
        let problem =
            expect_problem(create_key(&server, body).await, 422, "validation_failed").await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
    }
    let listed: Value = server
        .admin(Method::GET, "/v1/tenants/acme/api-keys")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["data"], json!([]));
}

#[tokio::test]
async fn session_tokens_switched_into_an_organization_introspect_with_its_claims() {
    let (server, rs) = setup().await;
    let user = server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    add_member(
        &server,
        "acme",
        "globex",
        user["id"].as_str().unwrap(),
        "viewer",
    )
    .await;
    let login: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let switched: Value = server
        .http
        .post(server.url("/t/acme/me/organizations/globex/switch"))
        .bearer_auth(login["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let answer = introspect(&server, &rs, switched["access_token"].as_str().unwrap()).await;
    assert_eq!(answer["active"], true);
    assert_eq!(answer["org_slug"], "globex");
    assert_eq!(answer["org_role"], "viewer");
    assert_eq!(answer["permissions"], json!(["organization:read"]));
}
