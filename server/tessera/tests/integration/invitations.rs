//! Invitations by email: single use, expiring, hashed, resend and revoke, accepted by an
//! existing user or by a new one; the whole B2B path from invitation to a token.

use reqwest::Method;
use serde_json::{Value, json};

use crate::organizations::{add_member, create_org};
use crate::support::{TestServer, expect_problem, verify};

const PASSWORD: &str = "correct horse battery staple";

/// The newest message to `to` (the outbox lists newest first).
async fn last_mail(server: &TestServer, to: &str) -> Value {
    let page: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/outbox?to={to}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page["data"][0].clone()
}

async fn mail_count(server: &TestServer, to: &str) -> usize {
    let page: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/outbox?to={to}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page["data"].as_array().unwrap().len()
}

fn token_in(text: &str) -> String {
    let start = text.find("#token=").expect("a link with a token") + "#token=".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect()
}

async fn invite(server: &TestServer, org: &str, body: Value) -> reqwest::Response {
    server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/organizations/{org}/invitations"),
        )
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn accept(server: &TestServer, bearer: Option<&str>, body: Value) -> reqwest::Response {
    let request = server
        .http
        .post(server.url("/t/acme/invitations/accept"))
        .json(&body);
    match bearer {
        Some(token) => request.bearer_auth(token),
        None => request,
    }
    .send()
    .await
    .unwrap()
}

#[tokio::test]
async fn a_new_user_accepts_and_lands_in_the_organization() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let org = create_org(&server, "acme", "globex").await;
    let response = invite(
        &server,
        "globex",
        json!({ "email": " Sam@Example.com ", "role": "admin", "locale": "de" }),
    )
    .await;
    assert_eq!(response.status(), 201);
    let invitation: Value = response.json().await.unwrap();
    assert!(invitation["id"].as_str().unwrap().starts_with("inv_"));
    assert_eq!(invitation["email"], "sam@example.com");
    assert_eq!(invitation["state"], "pending");
    assert!(
        !invitation.to_string().contains("tin_"),
        "the token is only in the email"
    );

    let mail = last_mail(&server, "sam@example.com").await;
    assert_eq!(mail["template"], "organization_invitation");
    assert_eq!(mail["locale"], "de");
    assert!(
        mail["subject"].as_str().unwrap().contains("Org globex"),
        "{mail}"
    );
    let token = token_in(mail["text"].as_str().unwrap());
    assert!(token.starts_with("tin_"));
    // Only the hash is stored.
    let stored: Vec<(Vec<u8>,)> = match &server.db {
        tessera_store::Db::Sqlite(pool) => {
            sqlx::query_as("SELECT token_hash FROM organization_invitations")
                .fetch_all(pool)
                .await
                .unwrap()
        }
        tessera_store::Db::Postgres(pool) => {
            sqlx::query_as("SELECT token_hash FROM organization_invitations")
                .fetch_all(pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(stored.len(), 1);
    assert!(
        !stored[0]
            .0
            .windows(token.len())
            .any(|w| w == token.as_bytes())
    );

    // A new account needs a password that meets the policy; a refusal changes nothing.
    expect_problem(
        accept(&server, None, json!({ "token": token })).await,
        422,
        "validation_failed",
    )
    .await;
    expect_problem(
        accept(
            &server,
            None,
            json!({ "token": token, "password": "short" }),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let response = accept(
        &server,
        None,
        json!({ "token": token, "password": PASSWORD, "name": "Sam" }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let accepted: Value = response.json().await.unwrap();
    assert_eq!(accepted["user_created"], true);
    assert_eq!(accepted["role"], "admin");
    assert_eq!(accepted["organization_id"], org["id"]);
    let access = accepted["session"]["access_token"].as_str().unwrap();
    let issuer = server.url("/t/acme");
    let claims = verify(access, &server.jwks("acme").await, &issuer, &issuer).unwrap();
    assert_eq!(claims["org_slug"], "globex");
    assert_eq!(claims["org_role"], "admin");
    assert_eq!(claims["sub"], accepted["user_id"]);
    let user: Value = server
        .admin(
            Method::GET,
            &format!(
                "/v1/tenants/acme/users/{}",
                accepted["user_id"].as_str().unwrap()
            ),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(user["email_verified"], true, "the link proved the address");
    // The new account signs in with its password.
    assert_eq!(
        server
            .login("acme", "sam@example.com", PASSWORD)
            .await
            .status(),
        200
    );

    // Single use.
    let problem = expect_problem(
        accept(
            &server,
            None,
            json!({ "token": token, "password": PASSWORD }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("already used"));
    let listed: Value = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/organizations/globex/invitations",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["data"][0]["state"], "accepted");
    assert_eq!(listed["data"][0]["accepted_by"], accepted["user_id"]);
}

#[tokio::test]
async fn an_existing_user_accepts_signed_in_as_the_invited_address() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    create_org(&server, "acme", "globex").await;
    server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    server
        .create_user("acme", "eve@example.com", PASSWORD)
        .await;
    assert_eq!(
        invite(&server, "globex", json!({ "email": "jane@example.com" }))
            .await
            .status(),
        201
    );
    let token = token_in(
        last_mail(&server, "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );

    // Without signing in: the account exists, so no second one is made.
    expect_problem(
        accept(
            &server,
            None,
            json!({ "token": token, "password": PASSWORD }),
        )
        .await,
        409,
        "conflict",
    )
    .await;
    // Signed in as someone else.
    let eve: Value = server
        .login("acme", "eve@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    expect_problem(
        accept(
            &server,
            eve["access_token"].as_str(),
            json!({ "token": token }),
        )
        .await,
        403,
        "permission_denied",
    )
    .await;
    let jane: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let response = accept(
        &server,
        jane["access_token"].as_str(),
        json!({ "token": token }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let accepted: Value = response.json().await.unwrap();
    assert_eq!(accepted["user_created"], false);
    assert_eq!(accepted["role"], "member");
    assert!(accepted.get("session").is_none());
    let mine: Value = server
        .http
        .get(server.url("/t/acme/me/organizations"))
        .bearer_auth(jane["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(mine["data"][0]["slug"], "globex");

    // Inviting a member again is refused.
    expect_problem(
        invite(&server, "globex", json!({ "email": "jane@example.com" })).await,
        409,
        "already_exists",
    )
    .await;
}

#[tokio::test]
async fn resend_revoke_expiry_and_refusals() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    create_org(&server, "acme", "globex").await;

    for (body, pointer) in [
        (json!({ "email": "not-an-email" }), "/email"),
        (
            json!({ "email": "a@example.com", "role": "emperor" }),
            "/role",
        ),
        (
            json!({ "email": "a@example.com", "expires_in_secs": 60 }),
            "/expires_in_secs",
        ),
        (
            json!({ "email": "a@example.com", "locale": "not a locale!" }),
            "/locale",
        ),
    ] {
        let problem = expect_problem(
            invite(&server, "globex", body).await,
            422,
            "validation_failed",
        )
        .await;
        assert_eq!(problem["errors"][0]["pointer"], pointer);
    }
    assert_eq!(
        mail_count(&server, "a@example.com").await,
        0,
        "refusals send nothing"
    );

    let invitation: Value = invite(
        &server,
        "globex",
        json!({ "email": "a@example.com", "expires_in_secs": 3600 }),
    )
    .await
    .json()
    .await
    .unwrap();
    let id = invitation["id"].as_str().unwrap();
    expect_problem(
        invite(&server, "globex", json!({ "email": "a@example.com" })).await,
        409,
        "already_exists",
    )
    .await;
    let first = token_in(
        last_mail(&server, "a@example.com").await["text"]
            .as_str()
            .unwrap(),
    );

    // Resending replaces the token.
    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/organizations/globex/invitations/{id}/resend"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(mail_count(&server, "a@example.com").await, 2);
    let second = token_in(
        last_mail(&server, "a@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    assert_ne!(first, second);
    let problem = expect_problem(
        accept(
            &server,
            None,
            json!({ "token": first, "password": PASSWORD }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("replaced"));

    // Expiry.
    server.clock.advance(3601);
    let problem = expect_problem(
        accept(
            &server,
            None,
            json!({ "token": second, "password": PASSWORD }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("expired"));
    let got: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/organizations/globex/invitations/{id}"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(got["state"], "expired");
    // An expired invitation no longer blocks a new one.
    let fresh: Value = invite(&server, "globex", json!({ "email": "a@example.com" }))
        .await
        .json()
        .await
        .unwrap();
    let fresh_token = token_in(
        last_mail(&server, "a@example.com").await["text"]
            .as_str()
            .unwrap(),
    );

    // Revoking ends it, once.
    let path = format!(
        "/v1/tenants/acme/organizations/globex/invitations/{}",
        fresh["id"].as_str().unwrap()
    );
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
        server.admin(Method::DELETE, &path).send().await.unwrap(),
        409,
        "conflict",
    )
    .await;
    let problem = expect_problem(
        accept(
            &server,
            None,
            json!({ "token": fresh_token, "password": PASSWORD }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("revoked"));
    expect_problem(
        accept(
            &server,
            None,
            json!({ "token": "tin_forged", "password": PASSWORD }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    // Nobody was created by any of this.
    let users: Value = server
        .admin(Method::GET, "/v1/tenants/acme/users")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(users["data"], json!([]));

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
    for action in [
        "organization.invitation_sent",
        "organization.invitation_resent",
        "organization.invitation_revoked",
    ] {
        assert!(actions.iter().any(|a| a == action), "{action}");
    }
}

#[tokio::test]
async fn members_with_the_permission_invite_teammates_into_their_own_organization() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    create_org(&server, "acme", "globex").await;
    create_org(&server, "acme", "initech").await;
    let admin = server
        .create_user("acme", "admin@example.com", PASSWORD)
        .await;
    let viewer = server
        .create_user("acme", "viewer@example.com", PASSWORD)
        .await;
    add_member(
        &server,
        "acme",
        "globex",
        admin["id"].as_str().unwrap(),
        "admin",
    )
    .await;
    add_member(
        &server,
        "acme",
        "globex",
        viewer["id"].as_str().unwrap(),
        "viewer",
    )
    .await;
    add_member(
        &server,
        "acme",
        "initech",
        admin["id"].as_str().unwrap(),
        "viewer",
    )
    .await;

    let switched = |email: &'static str, org: &'static str| {
        let server = &server;
        async move {
            let login: Value = server
                .login("acme", email, PASSWORD)
                .await
                .json()
                .await
                .unwrap();
            let response = server
                .http
                .post(server.url(&format!("/t/acme/me/organizations/{org}/switch")))
                .bearer_auth(login["access_token"].as_str().unwrap())
                .send()
                .await
                .unwrap();
            let body: Value = response.json().await.unwrap();
            body["access_token"].as_str().unwrap().to_owned()
        }
    };
    let member_invite = |token: String, org: &'static str| {
        let server = &server;
        async move {
            server
                .http
                .post(server.url(&format!("/t/acme/organizations/{org}/invitations")))
                .bearer_auth(token)
                .json(&json!({ "email": "new@example.com" }))
                .send()
                .await
                .unwrap()
        }
    };
    let admin_token = switched("admin@example.com", "globex").await;
    let response = member_invite(admin_token.clone(), "globex").await;
    assert_eq!(response.status(), 201);
    let invitation: Value = response.json().await.unwrap();
    assert_eq!(invitation["role"], "member");
    // Not in another organization with this token, even one they belong to.
    expect_problem(
        member_invite(admin_token, "initech").await,
        403,
        "permission_denied",
    )
    .await;
    let viewer_token = switched("viewer@example.com", "globex").await;
    let problem = expect_problem(
        member_invite(viewer_token, "globex").await,
        403,
        "permission_denied",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("members:invite")
    );
}
