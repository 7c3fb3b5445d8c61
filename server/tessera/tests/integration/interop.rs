//! Clients nobody here wrote, run against the server: Python's authlib for the OAuth
//! endpoints. The interpreter comes from `TESSERA_TEST_PYTHON` (set up by `cargo xtask test`).

use std::process::Command;

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::TestServer;

fn python() -> String {
    std::env::var("TESSERA_TEST_PYTHON").unwrap_or_else(|_| {
        panic!(
            "TESSERA_TEST_PYTHON is not set: `cargo xtask test` creates ~/.cache/tessera/test-venv with authlib and sets it; \
             by hand: python3 -m venv ~/.cache/tessera/test-venv && ~/.cache/tessera/test-venv/bin/pip install authlib requests \
             && export TESSERA_TEST_PYTHON=~/.cache/tessera/test-venv/bin/python"
        )
    })
}

#[tokio::test]
async fn authlib_client_credentials_introspection_and_revocation() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let api = "https://api.example.com";
    let created: Value = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "authlib", "scopes": ["read"], "audiences": [api] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let issuer = format!("{}/t/acme", server.base);
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/integration/peers/authlib_client_credentials.py"
    );
    let (id, secret) = (
        created["id"].as_str().unwrap().to_owned(),
        created["client_secret"].as_str().unwrap().to_owned(),
    );
    let output = tokio::task::spawn_blocking(move || {
        Command::new(python())
            .args([script, &issuer, &id, &secret, api])
            .output()
    })
    .await
    .unwrap()
    .unwrap();
    assert!(
        output.status.success(),
        "authlib failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: Value = serde_json::from_slice(&output.stdout).unwrap();

    assert_eq!(seen["token_type"], "Bearer");
    assert_eq!(seen["header"]["typ"], "at+jwt");
    assert_eq!(seen["claims"]["client_id"], created["id"]);
    assert_eq!(seen["claims"]["aud"], api);
    assert_eq!(seen["claims"]["scope"], "read");
    assert_eq!(seen["introspection"]["active"], true);
    assert_eq!(seen["introspection"]["client_id"], created["id"]);
    assert_eq!(seen["revocation_status"], 200, "{seen}");
    assert_eq!(
        seen["introspection_after_revocation"],
        json!({ "active": false })
    );
    assert_eq!(seen["wrong_secret"], "invalid_client");
}

/// The openid-client package, installed by `cargo xtask test` next to its script.
fn openid_client_dir() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/integration/peers/openid-client");
    assert!(
        dir.join("node_modules/openid-client").is_dir(),
        "openid-client is not installed: `cargo xtask test` installs it; by hand: npm ci --prefix {}",
        dir.display()
    );
    dir
}

#[tokio::test]
async fn openid_client_runs_the_code_flow_with_pkce_userinfo_and_refresh() {
    openid_client_code_flow(false).await;
}

#[tokio::test]
async fn openid_client_registers_dynamically_then_runs_the_code_flow() {
    openid_client_code_flow(true).await;
}

async fn openid_client_code_flow(register: bool) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "grace@example.com", "correct horse battery")
        .await;
    let redirect = "http://127.0.0.1:9/callback";
    let created: Value = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({
            "name": "openid-client",
            "redirect_uris": [redirect],
            "post_logout_redirect_uris": [redirect],
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let issuer = format!("{}/t/acme", server.base);
    if register {
        let open = server
            .admin(Method::PATCH, "/v1/tenants/acme/oauth-settings")
            .json(&json!({ "dynamic_client_registration": true }))
            .send()
            .await
            .unwrap();
        assert_eq!(open.status(), 200);
    }
    let dir = openid_client_dir();
    let (client_id, secret) = match register {
        true => ("register".to_owned(), String::new()),
        false => (
            created["id"].as_str().unwrap().to_owned(),
            created["client_secret"].as_str().unwrap().to_owned(),
        ),
    };
    let args = [
        "code_flow.mjs".to_owned(),
        issuer.clone(),
        client_id,
        secret,
        redirect.to_owned(),
        "grace@example.com".to_owned(),
        "correct horse battery".to_owned(),
    ];
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node").args(args).current_dir(dir).output()
    })
    .await
    .unwrap()
    .unwrap();
    assert!(
        output.status.success(),
        "openid-client failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: Value = serde_json::from_slice(&output.stdout).unwrap();
    let client_id = seen["client_id"].as_str().unwrap();
    assert!(client_id.starts_with("cli_"));
    assert_eq!(client_id != created["id"].as_str().unwrap(), register);
    assert_eq!(seen["claims"]["sub"], user["id"]);
    assert_eq!(seen["claims"]["iss"], issuer);
    assert_eq!(seen["claims"]["email"], "grace@example.com");
    assert_eq!(seen["userinfo"]["email"], "grace@example.com");
    assert_eq!(seen["scope"], "openid email profile offline_access");
    assert_eq!(seen["refreshed"]["sub"], user["id"]);
    assert_eq!(seen["refreshed"]["changed"], true);
    assert!(
        seen["end_session"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{issuer}/oauth/logout?"))
    );
}

#[tokio::test]
async fn the_mcp_sdk_discovers_registers_signs_in_and_calls_a_tool() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/peers/mcp");
    assert!(
        dir.join("node_modules/@modelcontextprotocol/sdk").is_dir(),
        "the MCP SDK is not installed: `cargo xtask test` installs it; by hand: npm ci --prefix {}",
        dir.display()
    );
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "ada@example.com", "correct horse battery")
        .await;
    // The MCP server's address, chosen here so its identifier can be registered first.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let identifier = format!("http://127.0.0.1:{port}/mcp");
    let resource: Value = server
        .admin(Method::POST, "/v1/tenants/acme/resources")
        .json(&json!({ "identifier": identifier, "name": "Echo MCP", "scopes": ["tools:echo"] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let settings = server
        .admin(Method::PATCH, "/v1/tenants/acme/oauth-settings")
        .json(&json!({ "dynamic_client_registration": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(settings.status(), 200);
    // A valid token of the tenant, but for another API: the MCP server must refuse it.
    let foreign = server
        .mint("acme", json!({ "subject": user["id"], "audience": "https://other.example.com", "scope": "tools:echo" }))
        .await;
    let args = [
        "mcp_flow.mjs".to_owned(),
        port.to_string(),
        resource["metadata_url"].as_str().unwrap().to_owned(),
        "ada@example.com".to_owned(),
        "correct horse battery".to_owned(),
        foreign["access_token"].as_str().unwrap().to_owned(),
    ];
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node").args(args).current_dir(dir).output()
    })
    .await
    .unwrap()
    .unwrap();
    assert!(
        output.status.success(),
        "the MCP flow failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        seen["registered"].as_str().unwrap().starts_with("cli_"),
        "registered by DCR"
    );
    let authorization_url = seen["authorization_url"].as_str().unwrap();
    assert!(authorization_url.starts_with(&server.url("/t/acme/oauth/authorize?")));
    assert!(authorization_url.contains("code_challenge_method=S256"));
    assert!(
        authorization_url.contains("resource="),
        "RFC 8707 resource sent"
    );
    assert_eq!(
        seen["text"],
        format!("{}: hello", user["id"].as_str().unwrap())
    );
    assert_eq!(seen["foreign_status"], 401);
}

#[tokio::test]
async fn openid_client_authenticates_with_private_key_jwt_and_introspects_and_revokes() {
    use base64::Engine;
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let key = tessera_crypto::signing::generate(tessera_wire::SigningAlg::ES256).unwrap();
    let mut jwk = serde_json::to_value(&key.public_jwk).unwrap();
    jwk["kid"] = Value::from(key.kid.clone());
    let created: Value = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({
            "name": "openid-client service",
            "token_endpoint_auth_method": "private_key_jwt",
            "jwks": { "keys": [jwk] },
            "scopes": ["read"],
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let args = [
        "private_key_jwt.mjs".to_owned(),
        format!("{}/t/acme", server.base),
        created["id"].as_str().unwrap().to_owned(),
        base64::engine::general_purpose::STANDARD.encode(&*key.pkcs8),
        key.kid.clone(),
    ];
    let dir = openid_client_dir();
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node").args(args).current_dir(dir).output()
    })
    .await
    .unwrap()
    .unwrap();
    assert!(
        output.status.success(),
        "openid-client failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(seen["scope"], "read");
    assert_eq!(seen["before"]["active"], true);
    assert_eq!(seen["before"]["client_id"], created["id"]);
    assert_eq!(seen["after"]["active"], false);
}

#[tokio::test]
async fn authlib_runs_the_code_flow_and_validates_the_id_token() {
    authlib_code_flow(false).await;
}

#[tokio::test]
async fn authlib_registers_dynamically_then_runs_the_code_flow() {
    authlib_code_flow(true).await;
}

async fn authlib_code_flow(register: bool) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "lin@example.com", "correct horse battery")
        .await;
    let redirect = "http://127.0.0.1:9/authlib/callback";
    let created: Value = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "authlib", "redirect_uris": [redirect] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let issuer = format!("{}/t/acme", server.base);
    if register {
        let open = server
            .admin(Method::PATCH, "/v1/tenants/acme/oauth-settings")
            .json(&json!({ "dynamic_client_registration": true }))
            .send()
            .await
            .unwrap();
        assert_eq!(open.status(), 200);
    }
    let (client_id, secret) = match register {
        true => ("register".to_owned(), String::new()),
        false => (
            created["id"].as_str().unwrap().to_owned(),
            created["client_secret"].as_str().unwrap().to_owned(),
        ),
    };
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/integration/peers/authlib_code_flow.py"
    );
    let args = [
        script.to_owned(),
        issuer.clone(),
        client_id,
        secret,
        redirect.to_owned(),
        "lin@example.com".to_owned(),
        "correct horse battery".to_owned(),
    ];
    let output = tokio::task::spawn_blocking(move || Command::new(python()).args(args).output())
        .await
        .unwrap()
        .unwrap();
    assert!(
        output.status.success(),
        "authlib failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(seen["state_matches"], true);
    assert_eq!(seen["iss"], issuer);
    assert_eq!(seen["id_token"]["sub"], user["id"]);
    assert_eq!(seen["id_token"]["email"], "lin@example.com");
    assert_eq!(seen["refreshed"], true);
    assert_eq!(seen["userinfo"]["sub"], user["id"]);
    let client_id = seen["client_id"].as_str().unwrap();
    assert!(client_id.starts_with("cli_"));
    assert_eq!(client_id != created["id"].as_str().unwrap(), register);
    if register {
        assert_eq!(seen["registration"]["status"], 201);
        assert_eq!(seen["registration"]["read_status"], 200);
        assert_eq!(seen["registration"]["read_client_id"], client_id);
        assert_eq!(seen["registration"]["redirect_uris"], json!([redirect]));
    } else {
        assert_eq!(seen["registration"], Value::Null);
    }
}

#[tokio::test]
async fn authlib_authenticates_with_private_key_jwt_and_introspects_and_revokes() {
    use base64::Engine;
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let key = tessera_crypto::signing::generate(tessera_wire::SigningAlg::ES256).unwrap();
    let mut jwk = serde_json::to_value(&key.public_jwk).unwrap();
    jwk["kid"] = Value::from(key.kid.clone());
    let created: Value = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({
            "name": "authlib service",
            "token_endpoint_auth_method": "private_key_jwt",
            "jwks": { "keys": [jwk] },
            "scopes": ["read"],
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/integration/peers/authlib_private_key_jwt.py"
    );
    let args = [
        script.to_owned(),
        format!("{}/t/acme", server.base),
        created["id"].as_str().unwrap().to_owned(),
        base64::engine::general_purpose::STANDARD.encode(&*key.pkcs8),
        key.kid.clone(),
    ];
    let output = tokio::task::spawn_blocking(move || Command::new(python()).args(args).output())
        .await
        .unwrap()
        .unwrap();
    assert!(
        output.status.success(),
        "authlib failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(seen["token_type"], "Bearer");
    assert_eq!(seen["scope"], "read");
    assert_eq!(seen["before"]["active"], true);
    assert_eq!(seen["before"]["client_id"], created["id"]);
    assert_eq!(seen["revocation_status"], 200, "{seen}");
    assert_eq!(seen["after"], json!({ "active": false }));
    assert_eq!(seen["unknown_key"], "invalid_client");
}
