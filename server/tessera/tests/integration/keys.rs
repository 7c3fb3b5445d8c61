//! Signing keys, the JWKS, rotation with its overlap window, and tokens that verify with an
//! independent JWT library.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem, verify};

fn kids(jwks: &Value) -> Vec<String> {
    jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap().to_owned())
        .collect()
}

fn decode_part(token: &str, index: usize) -> Value {
    use base64::Engine;
    let part = token.split('.').nth(index).unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .unwrap(),
    )
    .unwrap()
}

#[tokio::test]
async fn each_algorithm_publishes_keys_and_signs_verifiable_tokens() {
    let server = TestServer::start().await;
    for (slug, alg, kty, crv) in [
        ("es", "ES256", "EC", Some("P-256")),
        ("rs", "RS256", "RSA", None),
        ("ed", "EdDSA", "OKP", Some("Ed25519")),
    ] {
        let tenant = server
            .create_tenant_with(json!({ "slug": slug, "name": slug, "signing_alg": alg }))
            .await;
        assert_eq!(tenant["signing_alg"], alg);
        let jwks = server.jwks(slug).await;
        let keys = jwks["keys"].as_array().unwrap();
        // Every tenant keeps an RS256 key beside its primary one (OIDC Core §15.1).
        let algs: Vec<&str> = keys.iter().map(|k| k["alg"].as_str().unwrap()).collect();
        assert!(algs.contains(&alg) && algs.contains(&"RS256"), "{jwks}");
        assert_eq!(keys.len(), if alg == "RS256" { 1 } else { 2 });
        let primary = keys.iter().find(|k| k["alg"] == alg).unwrap();
        assert_eq!(primary["kty"], kty);
        assert_eq!(primary["use"], "sig");
        assert_eq!(primary["crv"].as_str(), crv);
        for key in keys {
            assert!(
                key.get("d").is_none() && key.get("p").is_none(),
                "no private members: {key}"
            );
        }

        let minted = server
            .mint(slug, json!({ "subject": "user_1", "audience": "https://api.example.com", "scope": "read:things" }))
            .await;
        let token = minted["access_token"].as_str().unwrap();
        assert_eq!(minted["token_type"], "Bearer");
        assert_eq!(minted["expires_in"], 300);
        let header = decode_part(token, 0);
        assert_eq!(header["typ"], "at+jwt", "RFC 9068 §2.1");
        assert_eq!(header["alg"], alg);
        assert_eq!(header["kid"], minted["kid"]);
        assert_eq!(header["kid"], primary["kid"]);

        let issuer = tenant["issuer"].as_str().unwrap();
        let claims = verify(token, &jwks, issuer, "https://api.example.com").unwrap();
        assert_eq!(claims["sub"], "user_1");
        assert_eq!(claims["scope"], "read:things");
        assert_eq!(claims["client_id"], "tessera-test-token");
        assert!(claims["jti"].as_str().is_some_and(|j| j.len() >= 16));
        let iat = claims["iat"].as_i64().unwrap();
        assert_eq!(claims["exp"].as_i64().unwrap() - iat, 300);
        // The verifier is not vacuous: the wrong audience or issuer is refused.
        assert!(verify(token, &jwks, issuer, "https://other.example.com").is_err());
        assert!(
            verify(
                token,
                &jwks,
                "https://evil.example.com/t/es",
                "https://api.example.com"
            )
            .is_err()
        );
    }
}

#[tokio::test]
async fn discovery_points_at_the_jwks() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let response = server
        .http
        .get(server.url("/t/acme/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "public, max-age=300");
    let config: Value = response.json().await.unwrap();
    let issuer = format!("{}/t/acme", server.base);
    assert_eq!(config["issuer"], issuer);
    assert_eq!(
        config["jwks_uri"],
        format!("{issuer}/.well-known/jwks.json")
    );
    let jwks: Value = server
        .http
        .get(config["jwks_uri"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(kids(&jwks).len(), 2);
}

#[tokio::test]
async fn rotation_keeps_old_keys_until_their_tokens_expire() {
    let server = TestServer::start().await;
    let tenant = server.create_tenant("acme").await;
    let issuer = tenant["issuer"].as_str().unwrap();
    let before = kids(&server.jwks("acme").await);
    let old_token = server
        .mint(
            "acme",
            json!({ "subject": "u", "audience": "api", "expires_in": 3600 }),
        )
        .await;

    let response = server
        .admin(Method::POST, "/v1/tenants/acme/keys/rotate")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let listed: Value = response.json().await.unwrap();
    let data = listed["data"].as_array().unwrap();
    assert_eq!(
        data.len(),
        4,
        "two new active keys and two retired ones: {listed}"
    );
    let active: Vec<&Value> = data.iter().filter(|k| k["status"] == "active").collect();
    let retired: Vec<&Value> = data.iter().filter(|k| k["status"] == "retired").collect();
    assert_eq!((active.len(), retired.len()), (2, 2));
    assert!(
        active
            .iter()
            .all(|k| !before.contains(&k["kid"].as_str().unwrap().to_owned()))
    );
    let max_lifetime = i64::try_from(server.max_token_lifetime.as_secs()).unwrap();
    for key in &retired {
        assert!(before.contains(&key["kid"].as_str().unwrap().to_owned()));
        let retired_at = time::OffsetDateTime::parse(
            key["retired_at"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        let until = time::OffsetDateTime::parse(
            key["published_until"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        assert_eq!((until - retired_at).whole_seconds(), max_lifetime + 60);
    }

    // Both generations are published; the old token still verifies, new tokens use new keys.
    let jwks = server.jwks("acme").await;
    assert_eq!(kids(&jwks).len(), 4);
    verify(
        old_token["access_token"].as_str().unwrap(),
        &jwks,
        issuer,
        "api",
    )
    .unwrap();
    let new_token = server
        .mint("acme", json!({ "subject": "u", "audience": "api" }))
        .await;
    assert_ne!(new_token["kid"], old_token["kid"]);
    assert!(active.iter().any(|k| k["kid"] == new_token["kid"]));

    // Once every token the old keys could have signed has expired, they leave the JWKS.
    // (Margins of 30 s absorb wall-clock time passing while the test runs.)
    server.clock.advance(max_lifetime + 30);
    assert_eq!(
        kids(&server.jwks("acme").await).len(),
        4,
        "still inside the overlap window"
    );
    server.clock.advance(60);
    let after = kids(&server.jwks("acme").await);
    assert_eq!(after.len(), 2);
    assert!(after.iter().all(|kid| !before.contains(kid)));
}

#[tokio::test]
async fn rotating_one_algorithm_and_bad_rotation_requests() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/keys/rotate")
        .json(&json!({ "alg": "RS256" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let listed: Value = response.json().await.unwrap();
    let retired: Vec<&Value> = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["status"] == "retired")
        .collect();
    assert_eq!(retired.len(), 1);
    assert_eq!(retired[0]["alg"], "RS256");

    let response = server
        .admin(Method::POST, "/v1/tenants/acme/keys/rotate")
        .json(&json!({ "alg": "EdDSA" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 422, "validation_failed").await;
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/keys/rotate")
        .json(&json!({ "alg": "none" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_body").await;
    let response = server
        .admin(Method::POST, "/v1/tenants/ghost/keys/rotate")
        .send()
        .await
        .unwrap();
    expect_problem(response, 404, "not_found").await;
    assert_eq!(
        kids(&server.jwks("acme").await).len(),
        3,
        "refused rotations changed nothing"
    );
}

#[tokio::test]
async fn changing_the_signing_algorithm_switches_keys_with_overlap() {
    let server = TestServer::start().await;
    let tenant = server.create_tenant("acme").await;
    let es_token = server
        .mint("acme", json!({ "subject": "u", "audience": "api" }))
        .await;
    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&json!({ "signing_alg": "EdDSA" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let updated: Value = response.json().await.unwrap();
    assert_eq!(updated["signing_alg"], "EdDSA");
    let jwks = server.jwks("acme").await;
    let algs: Vec<&str> = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["alg"].as_str().unwrap())
        .collect();
    assert_eq!(algs.len(), 3, "{jwks}");
    assert!(algs.contains(&"EdDSA") && algs.contains(&"ES256") && algs.contains(&"RS256"));
    verify(
        es_token["access_token"].as_str().unwrap(),
        &jwks,
        tenant["issuer"].as_str().unwrap(),
        "api",
    )
    .unwrap();
    let ed_token = server
        .mint("acme", json!({ "subject": "u", "audience": "api" }))
        .await;
    assert_eq!(
        decode_part(ed_token["access_token"].as_str().unwrap(), 0)["alg"],
        "EdDSA"
    );

    // Switching to RS256 reuses the RS256 key every tenant keeps.
    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&json!({ "signing_alg": "RS256" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let keys: Value = server
        .admin(Method::GET, "/v1/tenants/acme/keys")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let active: Vec<&str> = keys["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["status"] == "active")
        .map(|k| k["alg"].as_str().unwrap())
        .collect();
    assert_eq!(active, ["RS256"]);
}

#[tokio::test]
async fn test_token_input_is_validated() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    for (body, pointer) in [
        (json!({ "subject": "", "audience": "api" }), "/subject"),
        (json!({ "subject": "u", "audience": "" }), "/audience"),
        (
            json!({ "subject": "u", "audience": "api", "scope": "a  b" }),
            "/scope",
        ),
        (
            json!({ "subject": "u", "audience": "api", "expires_in": 0 }),
            "/expires_in",
        ),
        (
            json!({ "subject": "u", "audience": "api", "expires_in": 3601 }),
            "/expires_in",
        ),
    ] {
        let response = server
            .admin(Method::POST, "/v1/tenants/acme/test-tokens")
            .json(&body)
            .send()
            .await
            .unwrap();
        let problem = expect_problem(response, 422, "validation_failed").await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
    }
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/test-tokens")
        .json(&json!({ "subject": "u", "audience": "api", "exp": 1 }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_body").await;
}
