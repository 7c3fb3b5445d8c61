//! Signing in *into* an organization: the `organization` authorization parameter (id or
//! slug), membership and policies enforced when the sign-in opens, the organization claims
//! of code-flow access and ID tokens and of their refreshes, and policies that judge the
//! first factor and the second apart.

use reqwest::Method;
use serde_json::{Value, json};

use crate::authorization_code::{
    Browser, REDIRECT, authorize_url, challenge, query_of, sign_in_and_consent,
};
use crate::organizations::{add_member, create_org};
use crate::support::{TestServer, expect_problem, verify};

const PASSWORD: &str = "correct horse battery staple";
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

struct Client {
    id: String,
    secret: String,
}

async fn setup() -> (TestServer, Client, String, String) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let ada = server
        .create_user("acme", "ada@example.com", PASSWORD)
        .await;
    let bob = server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({
            "name": "B2B App",
            "redirect_uris": [REDIRECT],
            "grant_types": ["authorization_code", "refresh_token"],
            "skip_consent": true,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let created: Value = response.json().await.unwrap();
    let client = Client {
        id: created["id"].as_str().unwrap().into(),
        secret: created["client_secret"].as_str().unwrap().into(),
    };
    create_org(&server, "acme", "globex").await;
    let ada = ada["id"].as_str().unwrap().to_owned();
    add_member(&server, "acme", "globex", &ada, "member").await;
    (server, client, ada, bob["id"].as_str().unwrap().to_owned())
}

async fn token(server: &TestServer, client: &Client, form: &[(&str, &str)]) -> (u16, Value) {
    let response = server
        .http
        .post(server.url("/t/acme/oauth/token"))
        .basic_auth(&client.id, Some(&client.secret))
        .form(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// Signs in at the hosted pages with `organization` and returns the client's redirect
/// parameters.
async fn sign_in_into(
    server: &TestServer,
    client: &Client,
    organization: &str,
    email: &str,
    scope: &str,
) -> std::collections::HashMap<String, String> {
    let mut browser = Browser::new();
    let url = authorize_url(
        server,
        &client.id,
        &[
            ("organization", organization),
            ("scope", scope),
            ("code_challenge", &challenge(VERIFIER)),
        ],
    );
    let location = sign_in_and_consent(&mut browser, &url, email, PASSWORD).await;
    assert!(location.starts_with(REDIRECT), "{location}");
    query_of(&location)
}

#[tokio::test]
async fn signing_in_into_an_organization_puts_it_in_access_and_id_tokens() {
    let (server, client, ada, _) = setup().await;
    let issuer = server.url("/t/acme");
    let (_, discovery) = server
        .get_json("/t/acme/.well-known/openid-configuration")
        .await;
    assert!(
        discovery["scopes_supported"]
            .as_array()
            .unwrap()
            .contains(&json!("organization")),
        "{discovery}"
    );
    let params = sign_in_into(
        &server,
        &client,
        "globex",
        "ada@example.com",
        "openid organization",
    )
    .await;
    let (status, tokens) = token(
        &server,
        &client,
        &[
            ("grant_type", "authorization_code"),
            ("code", &params["code"]),
            ("redirect_uri", REDIRECT),
            ("code_verifier", VERIFIER),
        ],
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    let jwks = server.jwks("acme").await;
    let access = verify(
        tokens["access_token"].as_str().unwrap(),
        &jwks,
        &issuer,
        &issuer,
    )
    .unwrap();
    let org_id = access["org_id"].as_str().unwrap().to_owned();
    assert!(org_id.starts_with("org_"));
    assert_eq!(access["org_slug"], "globex");
    assert_eq!(access["org_role"], "member");
    assert_eq!(
        access["permissions"],
        json!(["organization:read", "members:read"])
    );
    let id = verify(
        tokens["id_token"].as_str().unwrap(),
        &jwks,
        &issuer,
        &client.id,
    )
    .unwrap();
    assert_eq!(id["org_id"], org_id.as_str());
    assert_eq!(id["org_slug"], "globex");
    assert_eq!(id["org_name"], "Org globex");
    assert_eq!(id["org_role"], "member");

    // The role is read live at each refresh; a removed member's grant stops refreshing.
    let response = server
        .admin(
            Method::PATCH,
            &format!("/v1/tenants/acme/organizations/globex/members/{ada}"),
        )
        .json(&json!({ "role": "admin" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let refresh = tokens["refresh_token"].as_str().unwrap();
    {
        let (status, refreshed) = token(
            &server,
            &client,
            &[("grant_type", "refresh_token"), ("refresh_token", refresh)],
        )
        .await;
        assert_eq!(status, 200, "{refreshed}");
        let access = verify(
            refreshed["access_token"].as_str().unwrap(),
            &jwks,
            &issuer,
            &issuer,
        )
        .unwrap();
        assert_eq!(access["org_role"], "admin");
        let id = verify(
            refreshed["id_token"].as_str().unwrap(),
            &jwks,
            &issuer,
            &client.id,
        )
        .unwrap();
        assert_eq!(id["org_role"], "admin");
        let response = server
            .admin(
                Method::DELETE,
                &format!("/v1/tenants/acme/organizations/globex/members/{ada}"),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 204);
        let (status, refused) = token(
            &server,
            &client,
            &[
                ("grant_type", "refresh_token"),
                (
                    "refresh_token",
                    refreshed["refresh_token"].as_str().unwrap(),
                ),
            ],
        )
        .await;
        assert_eq!(status, 400);
        assert_eq!(refused["error"], "invalid_grant");
        assert!(
            refused["error_description"]
                .as_str()
                .unwrap()
                .contains("no longer a member"),
            "{refused}"
        );
    }
}

#[tokio::test]
async fn without_the_organization_scope_the_id_token_carries_only_org_id() {
    let (server, client, _, _) = setup().await;
    let org = server
        .admin(Method::GET, "/v1/tenants/acme/organizations/globex")
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    // By id this time.
    let params = sign_in_into(
        &server,
        &client,
        org["id"].as_str().unwrap(),
        "ada@example.com",
        "openid",
    )
    .await;
    let (status, tokens) = token(
        &server,
        &client,
        &[
            ("grant_type", "authorization_code"),
            ("code", &params["code"]),
            ("redirect_uri", REDIRECT),
            ("code_verifier", VERIFIER),
        ],
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    let issuer = server.url("/t/acme");
    let id = verify(
        tokens["id_token"].as_str().unwrap(),
        &server.jwks("acme").await,
        &issuer,
        &client.id,
    )
    .unwrap();
    assert_eq!(id["org_id"], org["id"]);
    assert!(
        id.get("org_slug").is_none() && id.get("org_role").is_none(),
        "{id}"
    );
}

#[tokio::test]
async fn non_members_unknown_organizations_and_policies_are_refused_at_sign_in() {
    let (server, client, ada, _) = setup().await;

    // An unknown organization: the client hears it at once.
    let mut browser = Browser::new();
    let page = browser
        .get(&authorize_url(
            &server,
            &client.id,
            &[("organization", "no-such-org")],
        ))
        .await;
    assert_eq!(page.status, 302);
    let params = query_of(&page.location.unwrap());
    assert_eq!(params["error"], "invalid_request");
    assert!(params["error_description"].contains("no-such-org"));

    // A non-member signs in, and the client gets access_denied, not a code.
    let params = sign_in_into(&server, &client, "globex", "bob@example.com", "openid").await;
    assert_eq!(params["error"], "access_denied", "{params:?}");
    assert!(params["error_description"].contains("not a member of the organization globex"));
    assert!(!params.contains_key("code"));
    assert_eq!(params["state"], "st-123");

    // Policies are enforced when the session opens, naming the policy.
    for (slug, policies, named) in [
        (
            "mfa-only",
            json!({ "mfa_required": true }),
            "`mfa_required`",
        ),
        (
            "links-only",
            json!({ "allowed_sign_in_methods": ["magic_link"] }),
            "`allowed_sign_in_methods`",
        ),
    ] {
        let response = server
            .admin(Method::POST, "/v1/tenants/acme/organizations")
            .json(&json!({ "slug": slug, "name": slug, "policies": policies }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        add_member(&server, "acme", slug, &ada, "member").await;
        let params = sign_in_into(&server, &client, slug, "ada@example.com", "openid").await;
        assert_eq!(params["error"], "access_denied", "{params:?}");
        assert!(
            params["error_description"].contains(named),
            "{}",
            params["error_description"]
        );
    }
    let events: Value = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/audit-events?action=organization.sign_in_refused&limit=100",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(events["data"].as_array().unwrap().len(), 3, "{events}");
}

#[tokio::test]
async fn a_password_only_policy_admits_a_password_sign_in_completed_with_a_second_factor() {
    let (server, _, ada, _) = setup().await;
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/organizations")
        .json(&json!({
            "slug": "strict",
            "name": "Strict",
            "policies": { "allowed_sign_in_methods": ["password"], "mfa_required": true },
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    add_member(&server, "acme", "strict", &ada, "member").await;

    // Password alone: the first factor is right, the second is missing.
    let body: Value = server
        .login("acme", "ada@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let token = body["access_token"].as_str().unwrap();
    let switch = |token: String| {
        let server = &server;
        async move {
            server
                .http
                .post(server.url("/t/acme/me/organizations/strict/switch"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };
    let problem = expect_problem(
        switch(token.to_owned()).await,
        403,
        "organization_policy_violation",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("`mfa_required`")
    );

    // Password then a recovery code: both policies are met, though the session was
    // completed by the second factor (it used to read as `recovery_code` and be refused).
    let (_, _, recovery_codes) = crate::mfa::enrol(&server, "acme", &ada).await;
    let body: Value = server
        .login("acme", "ada@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["mfa_required"], true);
    let response = server
        .http
        .post(server.url("/t/acme/auth/mfa/verify"))
        .json(&json!({ "mfa_token": body["mfa_token"], "recovery_code": recovery_codes[0] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let response = switch(body["access_token"].as_str().unwrap().to_owned()).await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}
