//! Sessions switched into organizations: token claims, policies at the switch, leaving, and
//! organization and tenant isolation of the member-facing API.

use reqwest::Method;
use serde_json::{Value, json};

use crate::organizations::{add_member, create_org};
use crate::support::{TestServer, expect_problem, verify};

const PASSWORD: &str = "correct horse battery staple";

/// Signs in and returns (access token, refresh token).
async fn sign_in(server: &TestServer, email: &str) -> (String, String) {
    let response = server.login("acme", email, PASSWORD).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    (
        body["access_token"].as_str().unwrap().to_owned(),
        body["refresh_token"].as_str().unwrap().to_owned(),
    )
}

async fn as_user(
    server: &TestServer,
    method: Method,
    token: &str,
    path: &str,
) -> reqwest::Response {
    server
        .http
        .request(method, server.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn switch(server: &TestServer, token: &str, org: &str) -> reqwest::Response {
    as_user(
        server,
        Method::POST,
        token,
        &format!("/t/acme/me/organizations/{org}/switch"),
    )
    .await
}

async fn switched_token(server: &TestServer, token: &str, org: &str) -> String {
    let response = switch(server, token, org).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert!(
        body.get("refresh_token").is_none(),
        "the refresh token stays"
    );
    body["access_token"].as_str().unwrap().to_owned()
}

pub(crate) async fn claims(server: &TestServer, token: &str) -> Value {
    let issuer = server.url("/t/acme");
    verify(token, &server.jwks("acme").await, &issuer, &issuer).unwrap()
}

async fn refresh(server: &TestServer, refresh_token: &str) -> (String, String) {
    let response = server
        .http
        .post(server.url("/t/acme/auth/refresh"))
        .json(&json!({ "refresh_token": refresh_token }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    (
        body["access_token"].as_str().unwrap().to_owned(),
        body["refresh_token"].as_str().unwrap().to_owned(),
    )
}

async fn setup() -> (TestServer, String, String) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let alice = server
        .create_user("acme", "alice@example.com", PASSWORD)
        .await;
    let bob = server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let alice = alice["id"].as_str().unwrap().to_owned();
    let bob = bob["id"].as_str().unwrap().to_owned();
    create_org(&server, "acme", "red").await;
    create_org(&server, "acme", "blue").await;
    add_member(&server, "acme", "red", &alice, "admin").await;
    add_member(&server, "acme", "blue", &alice, "viewer").await;
    add_member(&server, "acme", "blue", &bob, "owner").await;
    (server, alice, bob)
}

#[tokio::test]
async fn switching_puts_the_organization_in_tokens_and_refresh_keeps_it() {
    let (server, alice, _) = setup().await;
    let (token, refresh_token) = sign_in(&server, "alice@example.com").await;
    let plain = claims(&server, &token).await;
    assert!(
        plain.get("org_id").is_none(),
        "no organization before a switch"
    );

    let mine: Value = as_user(&server, Method::GET, &token, "/t/acme/me/organizations")
        .await
        .json()
        .await
        .unwrap();
    let listed: Vec<(&str, &str, bool)> = mine["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["slug"].as_str().unwrap(),
                o["role"].as_str().unwrap(),
                o["current"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(listed.len(), 2);
    assert!(
        listed.contains(&("red", "admin", false)) && listed.contains(&("blue", "viewer", false))
    );

    let red_token = switched_token(&server, &token, "red").await;
    let red = claims(&server, &red_token).await;
    assert_eq!(red["sub"], alice.as_str());
    assert!(red["org_id"].as_str().unwrap().starts_with("org_"));
    assert_eq!(red["org_slug"], "red");
    assert_eq!(red["org_role"], "admin");
    assert_eq!(
        red["permissions"],
        json!([
            "organization:read",
            "organization:update",
            "members:read",
            "members:invite",
            "members:update",
            "members:remove",
            "roles:read"
        ])
    );
    let mine: Value = as_user(&server, Method::GET, &red_token, "/t/acme/me/organizations")
        .await
        .json()
        .await
        .unwrap();
    let current: Vec<&str> = mine["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["current"] == true)
        .map(|o| o["slug"].as_str().unwrap())
        .collect();
    assert_eq!(current, ["red"]);

    // The session's refresh token keeps minting tokens for the organization, with the live role.
    let (next, refresh_token) = refresh(&server, &refresh_token).await;
    assert_eq!(claims(&server, &next).await["org_slug"], "red");
    let response = server
        .admin(
            Method::PATCH,
            &format!("/v1/tenants/acme/organizations/red/members/{alice}"),
        )
        .json(&json!({ "role": "viewer" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let (next, refresh_token) = refresh(&server, &refresh_token).await;
    let demoted = claims(&server, &next).await;
    assert_eq!(demoted["org_role"], "viewer");
    assert_eq!(demoted["permissions"], json!(["organization:read"]));

    // Removed from the organization: the next token carries none.
    let response = server
        .admin(
            Method::DELETE,
            &format!("/v1/tenants/acme/organizations/red/members/{alice}"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let (next, _) = refresh(&server, &refresh_token).await;
    assert!(claims(&server, &next).await.get("org_id").is_none());

    // Not a member, or no such organization.
    expect_problem(
        switch(&server, &next, "red").await,
        403,
        "permission_denied",
    )
    .await;
    expect_problem(switch(&server, &next, "green").await, 404, "not_found").await;
    let response = server
        .http
        .post(server.url("/t/acme/me/organizations/blue/switch"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
}

#[tokio::test]
async fn a_token_for_one_organization_is_refused_by_another() {
    let (server, _, _) = setup().await;
    let (alice_token, _) = sign_in(&server, "alice@example.com").await;
    let (bob_token, _) = sign_in(&server, "bob@example.com").await;

    // Without a switch, no organization endpoint answers.
    expect_problem(
        as_user(
            &server,
            Method::GET,
            &alice_token,
            "/t/acme/organizations/red",
        )
        .await,
        403,
        "permission_denied",
    )
    .await;

    let alice_red = switched_token(&server, &alice_token, "red").await;
    let response = as_user(
        &server,
        Method::GET,
        &alice_red,
        "/t/acme/organizations/red",
    )
    .await;
    assert_eq!(response.status(), 200);
    let org: Value = response.json().await.unwrap();
    assert_eq!(org["slug"], "red");
    let members = as_user(
        &server,
        Method::GET,
        &alice_red,
        "/t/acme/organizations/red/members",
    )
    .await;
    assert_eq!(members.status(), 200);

    // Alice is also in blue, but her red token does not open blue.
    for path in [
        "/t/acme/organizations/blue",
        "/t/acme/organizations/blue/members",
    ] {
        let problem = expect_problem(
            as_user(&server, Method::GET, &alice_red, path).await,
            403,
            "permission_denied",
        )
        .await;
        assert!(
            problem["detail"].as_str().unwrap().contains("switch"),
            "{problem}"
        );
    }
    // In blue she is a viewer: she may read the organization but not list its members.
    let alice_blue = switched_token(&server, &alice_token, "blue").await;
    assert_eq!(
        as_user(
            &server,
            Method::GET,
            &alice_blue,
            "/t/acme/organizations/blue"
        )
        .await
        .status(),
        200
    );
    let problem = expect_problem(
        as_user(
            &server,
            Method::GET,
            &alice_blue,
            "/t/acme/organizations/blue/members",
        )
        .await,
        403,
        "permission_denied",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("members:read"));

    // Bob, only in blue, can neither switch into red nor use his blue token there.
    expect_problem(
        switch(&server, &bob_token, "red").await,
        403,
        "permission_denied",
    )
    .await;
    let bob_blue = switched_token(&server, &bob_token, "blue").await;
    expect_problem(
        as_user(
            &server,
            Method::GET,
            &bob_blue,
            "/t/acme/organizations/red/members",
        )
        .await,
        403,
        "permission_denied",
    )
    .await;

    // Another tenant with an organization of the same slug: acme's tokens and ids mean
    // nothing there.
    server.create_tenant("other").await;
    create_org(&server, "other", "red").await;
    expect_problem(
        as_user(
            &server,
            Method::GET,
            &alice_red,
            "/t/other/organizations/red",
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    let red_id = claims(&server, &alice_red).await["org_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let response = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/other/organizations/{red_id}"),
        )
        .send()
        .await
        .unwrap();
    expect_problem(response, 404, "not_found").await;
    let other_red: Value = server
        .admin(Method::GET, "/v1/tenants/other/organizations/red")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_ne!(other_red["id"], red_id.as_str());
}

#[tokio::test]
async fn policies_are_enforced_at_the_switch_and_name_themselves() {
    let (server, alice, _) = setup().await;
    for (slug, policies) in [
        ("mfa-only", json!({ "mfa_required": true })),
        (
            "links-only",
            json!({ "allowed_sign_in_methods": ["magic_link"] }),
        ),
        ("fresh-only", json!({ "max_session_age_secs": 60 })),
        (
            "passwords-ok",
            json!({ "allowed_sign_in_methods": ["password"], "max_session_age_secs": 600 }),
        ),
    ] {
        let response = server
            .admin(Method::POST, "/v1/tenants/acme/organizations")
            .json(&json!({ "slug": slug, "name": slug, "policies": policies }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        add_member(&server, "acme", slug, &alice, "member").await;
    }
    let (token, _) = sign_in(&server, "alice@example.com").await;
    let problem = expect_problem(
        switch(&server, &token, "mfa-only").await,
        403,
        "organization_policy_violation",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("`mfa_required`"),
        "{problem}"
    );
    let problem = expect_problem(
        switch(&server, &token, "links-only").await,
        403,
        "organization_policy_violation",
    )
    .await;
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("`allowed_sign_in_methods`")
            && detail.contains("`password`")
            && detail.contains("magic_link"),
        "{detail}"
    );
    assert!(
        switch(&server, &token, "fresh-only")
            .await
            .status()
            .is_success()
    );
    assert!(
        switch(&server, &token, "passwords-ok")
            .await
            .status()
            .is_success()
    );

    server.clock.advance(120);
    let problem = expect_problem(
        switch(&server, &token, "fresh-only").await,
        403,
        "organization_policy_violation",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("`max_session_age_secs`")
    );

    // A refused switch leaves the session where it was.
    let mine: Value = as_user(
        &server,
        Method::GET,
        &token,
        "/t/acme/me/organizations?limit=100",
    )
    .await
    .json()
    .await
    .unwrap();
    let current: Vec<&str> = mine["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["current"] == true)
        .map(|o| o["slug"].as_str().unwrap())
        .collect();
    assert_eq!(current, ["passwords-ok"]);

    let events: Value = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/audit-events?action=organization.switch_refused&limit=100",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(events["data"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn leaving_an_organization() {
    let (server, _, _) = setup().await;
    let (alice_token, alice_refresh) = sign_in(&server, "alice@example.com").await;
    switched_token(&server, &alice_token, "blue").await;
    let response = as_user(
        &server,
        Method::DELETE,
        &alice_token,
        "/t/acme/me/organizations/blue",
    )
    .await;
    assert_eq!(response.status(), 204);
    let mine: Value = as_user(
        &server,
        Method::GET,
        &alice_token,
        "/t/acme/me/organizations",
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(mine["data"].as_array().unwrap().len(), 1);
    let (next, _) = refresh(&server, &alice_refresh).await;
    assert!(claims(&server, &next).await.get("org_id").is_none());
    expect_problem(
        as_user(
            &server,
            Method::DELETE,
            &alice_token,
            "/t/acme/me/organizations/blue",
        )
        .await,
        404,
        "not_found",
    )
    .await;

    // Bob is blue's only owner.
    let (bob_token, _) = sign_in(&server, "bob@example.com").await;
    expect_problem(
        as_user(
            &server,
            Method::DELETE,
            &bob_token,
            "/t/acme/me/organizations/blue",
        )
        .await,
        409,
        "conflict",
    )
    .await;
}
