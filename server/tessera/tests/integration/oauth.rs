//! OAuth clients and the authorization server endpoints: client_credentials (RFC 6749 §4.4)
//! with resource indicators (RFC 8707), introspection (RFC 7662), revocation (RFC 7009),
//! and RFC 8414 metadata.

use base64::Engine;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem, verify};

const API: &str = "https://api.example.com";

struct Registered {
    id: String,
    secret: String,
}

async fn register(server: &TestServer, body: Value) -> Registered {
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let created: Value = response.json().await.unwrap();
    Registered {
        id: created["id"].as_str().unwrap().into(),
        secret: created["client_secret"].as_str().unwrap_or_default().into(),
    }
}

async fn setup() -> (TestServer, Registered) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let client = register(&server, json!({ "name": "Billing", "scopes": ["read:invoices", "write:invoices"], "audiences": [API] })).await;
    (server, client)
}

fn basic(id: &str, secret: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"))
    )
}

async fn post_form(
    server: &TestServer,
    path: &str,
    auth: Option<String>,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = server.http.post(server.url(path)).form(form);
    if let Some(auth) = auth {
        request = request.header("authorization", auth);
    }
    request.send().await.unwrap()
}

async fn introspect(server: &TestServer, caller: &Registered, token: String) -> Value {
    let response = post_form(
        server,
        "/t/acme/oauth/introspect",
        Some(basic(&caller.id, &caller.secret)),
        &[("token", &token)],
    )
    .await;
    response.json().await.unwrap()
}

async fn oauth_error(response: reqwest::Response, status: u16, error: &str) -> Value {
    assert_eq!(response.status(), status);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], error, "{body}");
    assert!(
        body["error_description"]
            .as_str()
            .is_some_and(|d| !d.is_empty())
    );
    body
}

#[tokio::test]
async fn client_credentials_issues_rfc9068_tokens() {
    let (server, client) = setup().await;
    assert!(client.secret.starts_with("tss_"));
    let response = post_form(
        &server,
        "/t/acme/oauth/token",
        Some(basic(&client.id, &client.secret)),
        &[("grant_type", "client_credentials")],
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.headers()["pragma"], "no-cache");
    let token: Value = response.json().await.unwrap();
    assert_eq!(token["token_type"], "Bearer");
    assert_eq!(token["expires_in"], 3600);
    assert_eq!(
        token["scope"], "read:invoices write:invoices",
        "all the client's scopes by default"
    );
    let issuer = format!("{}/t/acme", server.base);
    let claims = verify(
        token["access_token"].as_str().unwrap(),
        &server.jwks("acme").await,
        &issuer,
        API,
    )
    .unwrap();
    assert_eq!(claims["sub"], client.id);
    assert_eq!(claims["client_id"], client.id);
    assert_eq!(claims["scope"], "read:invoices write:invoices");
    assert!(claims["jti"].is_string() && claims["iat"].is_number());

    // client_secret_post, a narrower scope and an explicit resource (RFC 8707).
    let post = register(&server, json!({ "name": "Poster", "token_endpoint_auth_method": "client_secret_post", "scopes": ["a", "b"], "audiences": ["https://one.test", "https://two.test"] })).await;
    let response = post_form(
        &server,
        "/t/acme/oauth/token",
        None,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", &post.id),
            ("client_secret", &post.secret),
            ("scope", "b"),
            ("resource", "https://two.test"),
            ("ignored_extension", "x"),
        ],
    )
    .await;
    assert_eq!(response.status(), 200);
    let token: Value = response.json().await.unwrap();
    assert_eq!(token["scope"], "b");
    let claims = verify(
        token["access_token"].as_str().unwrap(),
        &server.jwks("acme").await,
        &issuer,
        "https://two.test",
    )
    .unwrap();
    assert_eq!(claims["aud"], "https://two.test");
    // Auth0-style `audience` works as a synonym.
    let response = post_form(
        &server,
        "/t/acme/oauth/token",
        None,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", &post.id),
            ("client_secret", &post.secret),
            ("audience", "https://one.test"),
        ],
    )
    .await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn token_endpoint_errors_follow_rfc6749() {
    let (server, client) = setup().await;
    let auth = || Some(basic(&client.id, &client.secret));
    let token = |auth: Option<String>, form: Vec<(&'static str, String)>| {
        let form: Vec<(&str, String)> = form;
        let request = server
            .http
            .post(server.url("/t/acme/oauth/token"))
            .form(&form);
        match auth {
            Some(a) => request.header("authorization", a).send(),
            None => request.send(),
        }
    };
    let grant = || ("grant_type", "client_credentials".to_owned());

    let response = token(None, vec![grant()]).await.unwrap();
    assert_eq!(
        response.headers()["www-authenticate"],
        "Basic realm=\"tessera\""
    );
    oauth_error(response, 401, "invalid_client").await;
    oauth_error(
        token(Some(basic(&client.id, "tss_wrong")), vec![grant()])
            .await
            .unwrap(),
        401,
        "invalid_client",
    )
    .await;
    oauth_error(
        token(Some(basic("cli_unknown", &client.secret)), vec![grant()])
            .await
            .unwrap(),
        401,
        "invalid_client",
    )
    .await;
    // The registered method is the only one accepted.
    oauth_error(
        token(
            None,
            vec![
                grant(),
                ("client_id", client.id.clone()),
                ("client_secret", client.secret.clone()),
            ],
        )
        .await
        .unwrap(),
        401,
        "invalid_client",
    )
    .await;
    oauth_error(
        token(
            auth(),
            vec![grant(), ("client_secret", client.secret.clone())],
        )
        .await
        .unwrap(),
        400,
        "invalid_request",
    )
    .await;
    oauth_error(token(auth(), vec![]).await.unwrap(), 400, "invalid_request").await;
    oauth_error(
        token(auth(), vec![("grant_type", "password".into())])
            .await
            .unwrap(),
        400,
        "unsupported_grant_type",
    )
    .await;
    oauth_error(
        token(auth(), vec![("grant_type", "implicit".into())])
            .await
            .unwrap(),
        400,
        "unsupported_grant_type",
    )
    .await;
    oauth_error(
        token(auth(), vec![grant(), ("scope", "admin".into())])
            .await
            .unwrap(),
        400,
        "invalid_scope",
    )
    .await;
    oauth_error(
        token(
            auth(),
            vec![grant(), ("scope", "read:invoices  write:invoices".into())],
        )
        .await
        .unwrap(),
        400,
        "invalid_scope",
    )
    .await;
    oauth_error(
        token(
            auth(),
            vec![grant(), ("resource", "https://evil.test".into())],
        )
        .await
        .unwrap(),
        400,
        "invalid_target",
    )
    .await;
    oauth_error(
        token(auth(), vec![grant(), grant()]).await.unwrap(),
        400,
        "invalid_request",
    )
    .await;
    let response = server
        .http
        .post(server.url("/t/acme/oauth/token"))
        .header("authorization", basic(&client.id, &client.secret))
        .json(&json!({ "grant_type": "client_credentials" }))
        .send()
        .await
        .unwrap();
    oauth_error(response, 400, "invalid_request").await;

    // A client without the grant is unauthorized for it.
    let none = register(&server, json!({ "name": "No grants", "grant_types": [] })).await;
    oauth_error(
        token(Some(basic(&none.id, &none.secret)), vec![grant()])
            .await
            .unwrap(),
        400,
        "unauthorized_client",
    )
    .await;
    // Clients do not cross tenants.
    server.create_tenant("other").await;
    let response = post_form(
        &server,
        "/t/other/oauth/token",
        Some(basic(&client.id, &client.secret)),
        &[("grant_type", "client_credentials")],
    )
    .await;
    oauth_error(response, 401, "invalid_client").await;
    let response = post_form(
        &server,
        "/t/ghost/oauth/token",
        auth(),
        &[("grant_type", "client_credentials")],
    )
    .await;
    expect_problem(response, 404, "not_found").await;
}

#[tokio::test]
async fn introspection_and_revocation() {
    let (server, client) = setup().await;
    let other = register(&server, json!({ "name": "Other", "audiences": [API] })).await;
    let issue = |c: &Registered| {
        post_form(
            &server,
            "/t/acme/oauth/token",
            Some(basic(&c.id, &c.secret)),
            &[("grant_type", "client_credentials")],
        )
    };
    let token: Value = issue(&client).await.json().await.unwrap();
    let access = token["access_token"].as_str().unwrap().to_owned();
    let active = introspect(&server, &other, access.clone()).await;
    assert_eq!(active["active"], true);
    assert_eq!(active["client_id"], client.id);
    assert_eq!(active["sub"], client.id);
    assert_eq!(active["aud"], API);
    assert_eq!(active["scope"], "read:invoices write:invoices");
    assert_eq!(active["token_type"], "Bearer");
    assert_eq!(active["iss"], format!("{}/t/acme", server.base));
    assert_eq!(
        introspect(&server, &other, "not a token".into()).await,
        json!({ "active": false })
    );
    let response = post_form(
        &server,
        "/t/acme/oauth/introspect",
        None,
        &[("token", &access)],
    )
    .await;
    oauth_error(response, 401, "invalid_client").await;

    // Another client's revocation is a silent no-op; the owner's takes effect.
    let response = post_form(
        &server,
        "/t/acme/oauth/revoke",
        Some(basic(&other.id, &other.secret)),
        &[("token", &access)],
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        introspect(&server, &other, access.clone()).await["active"],
        true
    );
    let response = post_form(
        &server,
        "/t/acme/oauth/revoke",
        Some(basic(&client.id, &client.secret)),
        &[("token", &access), ("token_type_hint", "access_token")],
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        introspect(&server, &other, access.clone()).await,
        json!({ "active": false })
    );
    let response = post_form(
        &server,
        "/t/acme/oauth/revoke",
        Some(basic(&client.id, &client.secret)),
        &[("token", "garbage")],
    )
    .await;
    assert_eq!(
        response.status(),
        200,
        "RFC 7009 §2.2: invalid tokens are not an error"
    );

    // Expired tokens are inactive; other tenants' introspection sees nothing.
    let fresh: Value = issue(&client).await.json().await.unwrap();
    server.create_tenant("other").await;
    let foreign = server
        .admin(Method::POST, "/v1/tenants/other/clients")
        .json(&json!({ "name": "X" }))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let response = post_form(
        &server,
        "/t/other/oauth/introspect",
        Some(basic(
            foreign["id"].as_str().unwrap(),
            foreign["client_secret"].as_str().unwrap(),
        )),
        &[("token", fresh["access_token"].as_str().unwrap())],
    )
    .await;
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({ "active": false })
    );
    server.clock.advance(3600 + 61);
    assert_eq!(
        introspect(
            &server,
            &other,
            fresh["access_token"].as_str().unwrap().into()
        )
        .await,
        json!({ "active": false })
    );
}

#[tokio::test]
async fn client_management_and_secret_rotation() {
    let (server, client) = setup().await;
    let path = format!("/v1/tenants/acme/clients/{}", client.id);
    let fetched: Value = server
        .admin(Method::GET, &path)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["client_type"], "confidential");
    assert_eq!(fetched["token_endpoint_auth_method"], "client_secret_basic");
    assert_eq!(fetched["grant_types"], json!(["client_credentials"]));
    assert_eq!(fetched["secrets"].as_array().unwrap().len(), 1);
    assert_eq!(
        fetched["secrets"][0]["hint"],
        client.secret[client.secret.len() - 4..]
    );
    assert!(
        !fetched.to_string().contains(&client.secret),
        "the secret is shown only once"
    );

    let response = server
        .admin(Method::POST, &format!("{path}/secrets"))
        .json(&json!({ "previous_secrets_expire_in": 60 }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let rotated: Value = response.json().await.unwrap();
    let new_secret = rotated["client_secret"].as_str().unwrap().to_owned();
    assert_ne!(new_secret, client.secret);
    assert_eq!(rotated["secrets"].as_array().unwrap().len(), 2);
    let grant = [("grant_type", "client_credentials")];
    // Both work during the overlap; only the new one after it.
    assert_eq!(
        post_form(
            &server,
            "/t/acme/oauth/token",
            Some(basic(&client.id, &client.secret)),
            &grant
        )
        .await
        .status(),
        200
    );
    assert_eq!(
        post_form(
            &server,
            "/t/acme/oauth/token",
            Some(basic(&client.id, &new_secret)),
            &grant
        )
        .await
        .status(),
        200
    );
    server.clock.advance(61);
    oauth_error(
        post_form(
            &server,
            "/t/acme/oauth/token",
            Some(basic(&client.id, &client.secret)),
            &grant,
        )
        .await,
        401,
        "invalid_client",
    )
    .await;
    assert_eq!(
        post_form(
            &server,
            "/t/acme/oauth/token",
            Some(basic(&client.id, &new_secret)),
            &grant
        )
        .await
        .status(),
        200
    );

    let secret_id = rotated["secrets"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        server
            .admin(Method::DELETE, &format!("{path}/secrets/{secret_id}"))
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    oauth_error(
        post_form(
            &server,
            "/t/acme/oauth/token",
            Some(basic(&client.id, &new_secret)),
            &grant,
        )
        .await,
        401,
        "invalid_client",
    )
    .await;
    expect_problem(
        server
            .admin(Method::DELETE, &format!("{path}/secrets/{secret_id}"))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;

    let response = server
        .admin(Method::PATCH, &path)
        .json(&json!({ "scopes": ["only"], "name": "Renamed" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap()["scopes"],
        json!(["only"])
    );
    let list: Value = server
        .admin(Method::GET, "/v1/tenants/acme/clients")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
    assert_eq!(
        server
            .admin(Method::DELETE, &path)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    expect_problem(
        server.admin(Method::GET, &path).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn bad_client_registrations_are_refused() {
    let (server, _) = setup().await;
    for (body, pointer) in [
        (json!({ "name": "" }), "/name"),
        (json!({ "name": "x", "scopes": ["has space"] }), "/scopes/0"),
        (
            json!({ "name": "x", "audiences": ["not a uri"] }),
            "/audiences/0",
        ),
        (
            json!({ "name": "x", "audiences": ["https://a.test/#frag"] }),
            "/audiences/0",
        ),
        (
            json!({ "name": "x", "access_token_ttl": 10 }),
            "/access_token_ttl",
        ),
        (
            json!({ "name": "x", "access_token_ttl": 999999 }),
            "/access_token_ttl",
        ),
        (
            json!({ "name": "x", "token_endpoint_auth_method": "none" }),
            "/token_endpoint_auth_method",
        ),
        (
            json!({ "name": "x", "client_type": "public", "grant_types": ["client_credentials"] }),
            "/grant_types",
        ),
    ] {
        let response = server
            .admin(Method::POST, "/v1/tenants/acme/clients")
            .json(&body)
            .send()
            .await
            .unwrap();
        let problem = expect_problem(response, 422, "validation_failed").await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{body}");
    }
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "x", "grant_types": ["password"] }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_body").await;
    let public = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "SPA", "client_type": "public" }))
        .send()
        .await
        .unwrap();
    assert_eq!(public.status(), 201);
    let public: Value = public.json().await.unwrap();
    assert!(public.get("client_secret").is_none());
    assert_eq!(public["token_endpoint_auth_method"], "none");
    let response = server
        .admin(
            Method::POST,
            &format!(
                "/v1/tenants/acme/clients/{}/secrets",
                public["id"].as_str().unwrap()
            ),
        )
        .send()
        .await
        .unwrap();
    expect_problem(response, 409, "conflict").await;
    let list: Value = server
        .admin(Method::GET, "/v1/tenants/acme/clients")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        list["data"].as_array().unwrap().len(),
        2,
        "only the valid registrations exist"
    );
}

#[tokio::test]
async fn metadata_advertises_the_endpoints_that_exist() {
    let (server, client) = setup().await;
    let issuer = format!("{}/t/acme", server.base);
    let (status, oidc) = server
        .get_json("/t/acme/.well-known/openid-configuration")
        .await;
    assert_eq!(status, 200);
    // RFC 8414 §3.1: the path is inserted after the well-known prefix.
    let (status, rfc8414) = server
        .get_json("/.well-known/oauth-authorization-server/t/acme")
        .await;
    assert_eq!(status, 200);
    assert_eq!(oidc, rfc8414);
    assert_eq!(oidc["issuer"], issuer);
    assert_eq!(oidc["token_endpoint"], format!("{issuer}/oauth/token"));
    assert_eq!(
        oidc["grant_types_supported"],
        json!(["authorization_code", "refresh_token", "client_credentials"])
    );
    assert_eq!(
        oidc["authorization_endpoint"],
        format!("{issuer}/oauth/authorize")
    );
    // OAuth 2.1: the code flow only, PKCE with S256 only.
    assert_eq!(oidc["response_types_supported"], json!(["code"]));
    assert_eq!(oidc["code_challenge_methods_supported"], json!(["S256"]));
    assert_eq!(
        oidc["id_token_signing_alg_values_supported"],
        json!(["RS256"])
    );
    assert_eq!(oidc["authorization_response_iss_parameter_supported"], true);
    // Every advertised endpoint answers.
    let token = server
        .http
        .post(oidc["token_endpoint"].as_str().unwrap())
        .header("authorization", basic(&client.id, &client.secret))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), 200);
    for endpoint in ["introspection_endpoint", "revocation_endpoint"] {
        let response = server
            .http
            .post(oidc[endpoint].as_str().unwrap())
            .header("authorization", basic(&client.id, &client.secret))
            .form(&[("token", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{endpoint}");
    }
    let (status, _) = server
        .get_json("/.well-known/oauth-authorization-server/t/ghost")
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn session_tokens_introspect_only_while_their_session_lives() {
    let (server, client) = setup().await;
    server
        .create_user("acme", "jane@example.com", "correct horse battery staple")
        .await;
    let tokens: Value = server
        .login("acme", "jane@example.com", "correct horse battery staple")
        .await
        .json()
        .await
        .unwrap();
    let access = tokens["access_token"].as_str().unwrap().to_owned();
    let active = introspect(&server, &client, access.clone()).await;
    assert_eq!(active["active"], true);
    assert_eq!(active["client_id"], "tessera-session");
    let response = server
        .http
        .post(server.url("/t/acme/auth/logout"))
        .json(&json!({ "refresh_token": tokens["refresh_token"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(
        introspect(&server, &client, access).await,
        json!({ "active": false }),
        "logout ends the token too"
    );
}
