//! MCP-style authorization: APIs registered as resources with RFC 9728 metadata, dynamic
//! client registration (RFC 7591/7592) under tenant policy, and tokens for a resource with
//! its tool-level scopes.

use reqwest::Method;
use serde_json::{Value, json};

use crate::authorization_code::{Browser, REDIRECT, authorize_url, query_of, sign_in_and_consent};
use crate::support::{TestServer, expect_problem, verify};

const MCP: &str = "https://mcp.example.com/mcp";
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

async fn create_resource(server: &TestServer, slug: &str, body: Value) -> reqwest::Response {
    server
        .admin(Method::POST, &format!("/v1/tenants/{slug}/resources"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn register(server: &TestServer, body: Value) -> reqwest::Response {
    server
        .http
        .post(server.url("/t/acme/oauth/register"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn open_registration(server: &TestServer) {
    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme/oauth-settings")
        .json(&json!({ "dynamic_client_registration": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn resources_are_managed_per_tenant_and_publish_rfc9728_metadata() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server.create_tenant("globex").await;
    let response = create_resource(
        &server,
        "acme",
        json!({ "identifier": MCP, "name": "Echo MCP", "scopes": ["tools:echo", "tools:sum"] }),
    )
    .await;
    assert_eq!(response.status(), 201);
    let resource: Value = response.json().await.unwrap();
    let id = resource["id"].as_str().unwrap();

    let duplicate = create_resource(
        &server,
        "acme",
        json!({ "identifier": MCP, "name": "Again" }),
    )
    .await;
    expect_problem(duplicate, 409, "already_exists").await;
    let bad = create_resource(
        &server,
        "acme",
        json!({ "identifier": "not a uri", "name": "Bad" }),
    )
    .await;
    expect_problem(bad, 422, "validation_failed").await;
    // The same identifier in another tenant is another resource.
    assert_eq!(
        create_resource(
            &server,
            "globex",
            json!({ "identifier": MCP, "name": "Theirs" })
        )
        .await
        .status(),
        201
    );
    let (status, _) = server
        .get_json(&format!(
            "/.well-known/oauth-protected-resource/t/globex/resources/{id}"
        ))
        .await;
    assert_eq!(status, 404, "a resource id does not cross tenants");

    let (status, metadata) = server
        .get_json(
            resource["metadata_url"]
                .as_str()
                .unwrap()
                .trim_start_matches(&server.base),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(metadata["resource"], MCP);
    assert_eq!(
        metadata["authorization_servers"],
        json!([server.url("/t/acme")])
    );
    assert_eq!(
        metadata["scopes_supported"],
        json!(["tools:echo", "tools:sum"])
    );
    assert_eq!(metadata["bearer_methods_supported"], json!(["header"]));

    let updated: Value = server
        .admin(Method::PATCH, &format!("/v1/tenants/acme/resources/{id}"))
        .json(&json!({ "scopes": ["tools:echo"] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(updated["scopes"], json!(["tools:echo"]));
    let deleted = server
        .admin(Method::DELETE, &format!("/v1/tenants/acme/resources/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let (status, _) = server
        .get_json(&format!(
            "/.well-known/oauth-protected-resource/t/acme/resources/{id}"
        ))
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn dynamic_registration_follows_tenant_policy_and_rfc7592_management() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let (_, discovery) = server
        .get_json("/t/acme/.well-known/openid-configuration")
        .await;
    assert!(
        discovery.get("registration_endpoint").is_none(),
        "closed: not advertised"
    );
    let refused = register(&server, json!({ "redirect_uris": [REDIRECT] })).await;
    assert_eq!(refused.status(), 403);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["error"],
        "access_denied"
    );

    open_registration(&server).await;
    let (_, discovery) = server
        .get_json("/t/acme/.well-known/openid-configuration")
        .await;
    assert_eq!(
        discovery["registration_endpoint"],
        server.url("/t/acme/oauth/register")
    );

    for (body, error) in [
        (json!({ "redirect_uris": [] }), "invalid_redirect_uri"),
        (
            json!({ "redirect_uris": ["http://evil.example.com/cb"] }),
            "invalid_redirect_uri",
        ),
        (
            json!({ "redirect_uris": [REDIRECT], "response_types": ["token"] }),
            "invalid_client_metadata",
        ),
        (
            json!({ "redirect_uris": [REDIRECT], "grant_types": ["client_credentials"] }),
            "invalid_client_metadata",
        ),
        (
            json!({ "redirect_uris": [REDIRECT], "token_endpoint_auth_method": "private_key_jwt" }),
            "invalid_client_metadata",
        ),
    ] {
        let response = register(&server, body.clone()).await;
        assert_eq!(response.status(), 400, "{body}");
        assert_eq!(
            response.json::<Value>().await.unwrap()["error"],
            error,
            "{body}"
        );
    }

    let response = register(&server, json!({ "client_name": "Claude", "redirect_uris": [REDIRECT], "token_endpoint_auth_method": "none", "grant_types": ["authorization_code", "refresh_token"], "logo_uri": "https://ignored.example.com/logo.png" })).await;
    assert_eq!(response.status(), 201);
    let registered: Value = response.json().await.unwrap();
    assert!(registered.get("client_secret").is_none(), "public client");
    assert_eq!(registered["token_endpoint_auth_method"], "none");
    let token = registered["registration_access_token"].as_str().unwrap();
    let uri = registered["registration_client_uri"].as_str().unwrap();

    let read = server
        .http
        .get(uri)
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), 200);
    let read: Value = read.json().await.unwrap();
    assert_eq!(read["client_name"], "Claude");
    assert!(read.get("registration_access_token").is_none());
    assert_eq!(
        server
            .http
            .get(uri)
            .bearer_auth("trt_wrong")
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    assert_eq!(server.http.get(uri).send().await.unwrap().status(), 401);

    let updated = server
        .http
        .put(uri)
        .bearer_auth(token)
        .json(&json!({ "client_name": "Claude Desktop", "redirect_uris": ["http://127.0.0.1:6274/callback"], "token_endpoint_auth_method": "none" }))
        .send()
        .await
        .unwrap();
    assert_eq!(updated.status(), 200);
    assert_eq!(
        updated.json::<Value>().await.unwrap()["redirect_uris"],
        json!(["http://127.0.0.1:6274/callback"])
    );

    // A confidential registration gets a secret that works at the token endpoint's auth.
    let response = register(&server, json!({ "redirect_uris": [REDIRECT] })).await;
    let confidential: Value = response.json().await.unwrap();
    assert_eq!(
        confidential["token_endpoint_auth_method"],
        "client_secret_basic"
    );
    assert!(
        confidential["client_secret"]
            .as_str()
            .unwrap()
            .starts_with("tss_")
    );
    assert_eq!(confidential["client_secret_expires_at"], 0);
    // Its registration token cannot manage the other client.
    let other = server
        .http
        .get(uri)
        .bearer_auth(confidential["registration_access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 401);

    assert_eq!(
        server
            .http
            .delete(uri)
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        server
            .http
            .get(uri)
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
}

#[tokio::test]
async fn a_registered_client_gets_a_token_for_the_mcp_resource_with_tool_scopes() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server
        .create_user("acme", "ada@example.com", "correct horse battery")
        .await;
    create_resource(
        &server,
        "acme",
        json!({ "identifier": MCP, "name": "Echo MCP", "scopes": ["tools:echo"] }),
    )
    .await;
    open_registration(&server).await;
    let registered: Value = register(&server, json!({ "client_name": "MCP client", "redirect_uris": [REDIRECT], "token_endpoint_auth_method": "none" }))
        .await
        .json()
        .await
        .unwrap();
    let client_id = registered["client_id"].as_str().unwrap();

    let mut browser = Browser::new();
    for (extra, error) in [
        (
            vec![
                ("resource", "https://unregistered.example.com/mcp"),
                ("scope", "tools:echo"),
            ],
            "invalid_target",
        ),
        (
            vec![("resource", MCP), ("scope", "tools:delete")],
            "invalid_scope",
        ),
    ] {
        let page = browser
            .get(&authorize_url(&server, client_id, &extra))
            .await;
        assert_eq!(
            query_of(&page.location.unwrap())["error"],
            error,
            "{extra:?}"
        );
    }

    let location = sign_in_and_consent(
        &mut browser,
        &authorize_url(
            &server,
            client_id,
            &[("resource", MCP), ("scope", "openid tools:echo")],
        ),
        "ada@example.com",
        "correct horse battery",
    )
    .await;
    let code = query_of(&location)["code"].clone();
    let response = server
        .http
        .post(server.url("/t/acme/oauth/token"))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
            ("code_verifier", VERIFIER),
            ("client_id", client_id),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let tokens: Value = response.json().await.unwrap();
    let jwks = server.jwks("acme").await;
    let claims = verify(
        tokens["access_token"].as_str().unwrap(),
        &jwks,
        &server.url("/t/acme"),
        MCP,
    )
    .unwrap();
    assert_eq!(claims["aud"], MCP, "RFC 8707: the resource is the audience");
    assert_eq!(claims["scope"], "openid tools:echo");
    assert!(
        verify(
            tokens["access_token"].as_str().unwrap(),
            &jwks,
            &server.url("/t/acme"),
            "https://other.example.com"
        )
        .is_err()
    );
}
