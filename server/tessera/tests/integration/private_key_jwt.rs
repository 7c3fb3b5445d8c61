//! `private_key_jwt` client authentication (RFC 7523 §2.2, OpenID Connect Core §9): the
//! client proves itself with a JWT signed by a key it registered; no shared secret.

use reqwest::Method;
use serde_json::{Map, Value, json};
use tessera_crypto::signing::{self, Signer};
use tessera_server::clock::Clock;
use tessera_wire::SigningAlg;

use crate::support::TestServer;

fn client_key(alg: SigningAlg) -> Signer {
    let generated = signing::generate(alg).unwrap();
    Signer::from_pkcs8(alg, generated.kid.clone(), &generated.pkcs8).unwrap()
}

fn assertion(
    key: &Signer,
    client_id: &str,
    audience: &str,
    jti: &str,
    exp_in: i64,
    now: i64,
) -> String {
    let mut claims = Map::new();
    claims.insert("iss".into(), Value::from(client_id));
    claims.insert("sub".into(), Value::from(client_id));
    claims.insert("aud".into(), Value::from(audience));
    claims.insert("jti".into(), Value::from(jti));
    claims.insert("iat".into(), Value::from(now));
    claims.insert("exp".into(), Value::from(now + exp_in));
    key.sign_jwt("JWT", &claims).unwrap()
}

async fn token(server: &TestServer, form: &[(&str, &str)]) -> (u16, Value) {
    let response = server
        .http
        .post(server.url("/t/acme/oauth/token"))
        .form(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

const BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

#[tokio::test]
async fn clients_authenticate_with_signed_assertions_once_each() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let key = client_key(SigningAlg::ES256);
    let jwks = json!({ "keys": [serde_json::to_value(key.public_jwk()).unwrap()] });
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "Signed", "token_endpoint_auth_method": "private_key_jwt", "jwks": jwks, "scopes": ["read"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let created: Value = response.json().await.unwrap();
    assert!(created.get("client_secret").is_none(), "no shared secret");
    assert_eq!(created["jwks"], jwks);
    let id = created["id"].as_str().unwrap();
    let endpoint = server.url("/t/acme/oauth/token");
    let now = server.clock.unix();

    let good = assertion(&key, id, &endpoint, "a-1", 60, now);
    fn form(a: &str) -> Vec<(&'static str, &str)> {
        vec![
            ("grant_type", "client_credentials"),
            ("client_assertion_type", BEARER),
            ("client_assertion", a),
        ]
    }
    let (status, body) = token(&server, &form(&good)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "read");

    // The same assertion again is a replay.
    let (status, body) = token(&server, &form(&good)).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_client"))
    );

    // The issuer is an accepted audience too (RFC 7523 §3); anything else is not.
    let (status, _) = token(
        &server,
        &form(&assertion(&key, id, &server.url("/t/acme"), "a-2", 60, now)),
    )
    .await;
    assert_eq!(status, 200);
    for bad in [
        assertion(
            &key,
            id,
            "https://elsewhere.example.com/token",
            "a-3",
            60,
            now,
        ),
        assertion(&key, id, &endpoint, "a-4", -120, now),
        assertion(&key, id, &endpoint, "a-5", 3600, now),
        assertion(
            &client_key(SigningAlg::ES256),
            id,
            &endpoint,
            "a-6",
            60,
            now,
        ),
        assertion(&key, "cli_someone_else", &endpoint, "a-7", 60, now),
    ] {
        let (status, body) = token(&server, &form(&bad)).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (401, Some("invalid_client")),
            "{body}"
        );
    }
    // A secret alongside the assertion, or the wrong assertion type, is a malformed request.
    let signed = assertion(&key, id, &endpoint, "a-8", 60, now);
    let mut mixed = form(&signed);
    mixed.push(("client_secret", "tss_x"));
    assert_eq!(token(&server, &mixed).await.1["error"], "invalid_request");
    let (_, body) = token(
        &server,
        &[
            ("grant_type", "client_credentials"),
            ("client_assertion_type", "urn:other"),
            ("client_assertion", &good),
        ],
    )
    .await;
    assert_eq!(body["error"], "invalid_request");

    // Key rotation: new keys replace the old ones.
    let next = client_key(SigningAlg::RS256);
    let updated = server
        .admin(Method::PATCH, &format!("/v1/tenants/acme/clients/{id}"))
        .json(&json!({ "jwks": { "keys": [serde_json::to_value(next.public_jwk()).unwrap()] } }))
        .send()
        .await
        .unwrap();
    assert_eq!(updated.status(), 200);
    let (status, _) = token(
        &server,
        &form(&assertion(&next, id, &endpoint, "b-1", 60, now)),
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = token(
        &server,
        &form(&assertion(&key, id, &endpoint, "b-2", 60, now)),
    )
    .await;
    assert_eq!(status, 401, "the old key is gone");
    let rotate = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/clients/{id}/secrets"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        rotate.status(),
        409,
        "no secrets for a private_key_jwt client"
    );
}

#[tokio::test]
async fn registrations_with_private_keys_or_missing_keys_are_refused() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let private_jwk = json!({ "kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", "d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI" });
    for body in [
        json!({ "name": "No keys", "token_endpoint_auth_method": "private_key_jwt" }),
        json!({ "name": "Private", "token_endpoint_auth_method": "private_key_jwt", "jwks": { "keys": [private_jwk] } }),
        json!({ "name": "Keys without the method", "jwks": { "keys": [] } }),
        json!({ "name": "Public", "client_type": "public", "token_endpoint_auth_method": "private_key_jwt", "jwks": { "keys": [] } }),
    ] {
        let response = server
            .admin(Method::POST, "/v1/tenants/acme/clients")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{body}");
    }
}
