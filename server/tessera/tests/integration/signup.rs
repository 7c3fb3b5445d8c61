//! `/t/{tenant}/auth/signup`: signup modes, disposable-domain blocking, confirmation by email,
//! and answers that do not reveal which addresses have accounts.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem, verify};

const PASSWORD: &str = "correct horse battery staple";

async fn post(server: &TestServer, path: &str, body: Value) -> reqwest::Response {
    server
        .http
        .post(server.url(path))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn patch_tenant(server: &TestServer, body: Value) -> reqwest::Response {
    server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn open_tenant() -> TestServer {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let response = patch_tenant(&server, json!({ "signup_mode": "open" })).await;
    assert_eq!(response.status(), 200);
    server
}

async fn signup(server: &TestServer, email: &str, password: &str) -> reqwest::Response {
    post(
        server,
        "/t/acme/auth/signup",
        json!({ "email": email, "password": password, "name": "Jane Doe" }),
    )
    .await
}

async fn outbox(server: &TestServer, to: &str) -> Vec<Value> {
    let body: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/outbox?to={to}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"].as_array().unwrap().clone()
}

/// The outbox of `to` once it holds `count` messages (delivery runs in the background).
async fn wait_for_mail(server: &TestServer, to: &str, count: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let messages = outbox(server, to).await;
        if messages.len() >= count {
            return messages;
        }
        assert!(Instant::now() < deadline, "no mail to {to}: {messages:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn token_in(text: &str) -> String {
    let start = text.find("#token=").expect("a link with a token") + "#token=".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect()
}

async fn users_named(server: &TestServer, email: &str) -> Vec<Value> {
    let body: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/users?email={email}"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"].as_array().unwrap().clone()
}

async fn audit_actions(server: &TestServer) -> Vec<String> {
    let body: Value = server
        .admin(Method::GET, "/v1/tenants/acme/audit-events?limit=100")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn tenants_are_invite_only_by_default() {
    let server = TestServer::start().await;
    let tenant = server.create_tenant("acme").await;
    assert_eq!(tenant["signup_mode"], "invite_only");
    assert_eq!(tenant["signup_allowed_domains"], json!([]));
    assert_eq!(tenant["block_disposable_emails"], true);
    let problem = expect_problem(
        signup(&server, "jane@example.com", PASSWORD).await,
        403,
        "signup_disabled",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("invitation"));
    assert!(users_named(&server, "jane@example.com").await.is_empty());
    assert!(outbox(&server, "jane@example.com").await.is_empty());
    assert!(
        audit_actions(&server)
            .await
            .contains(&"signup.refused".into())
    );
}

#[tokio::test]
async fn open_signup_is_confirmed_by_email_and_signs_in() {
    let server = open_tenant().await;
    let response = signup(&server, " Jane@Example.com", PASSWORD).await;
    assert_eq!(response.status(), 202);
    let accepted: Value = response.json().await.unwrap();
    assert!(accepted["message"].as_str().unwrap().contains("inbox"));
    // Nothing exists until the mailbox is proven: the password does not sign in yet.
    assert!(users_named(&server, "jane@example.com").await.is_empty());
    expect_problem(
        server.login("acme", "jane@example.com", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;

    let mail = wait_for_mail(&server, "jane@example.com", 1).await;
    assert_eq!(mail[0]["template"], "signup_confirm");
    assert!(
        mail[0]["text"]
            .as_str()
            .unwrap()
            .contains("Hello Jane Doe,")
    );
    let token = token_in(mail[0]["text"].as_str().unwrap());
    assert!(token.starts_with("tsu_"), "{token}");
    assert!(
        mail[0]["text"]
            .as_str()
            .unwrap()
            .contains(&format!("{}/t/acme/signup#token=", server.base))
    );

    let response = post(
        &server,
        "/t/acme/auth/signup/verify",
        json!({ "token": token }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let tokens: Value = response.json().await.unwrap();
    let issuer = format!("{}/t/acme", server.base);
    let claims = verify(
        tokens["access_token"].as_str().unwrap(),
        &server.jwks("acme").await,
        &issuer,
        &issuer,
    )
    .unwrap();
    let users = users_named(&server, "jane@example.com").await;
    assert_eq!(users.len(), 1);
    assert_eq!(claims["sub"], users[0]["id"]);
    assert_eq!(users[0]["email_verified"], true);
    assert_eq!(users[0]["name"], "Jane Doe");
    assert_eq!(users[0]["has_password"], true);
    // The password chosen at signup signs in now.
    assert_eq!(
        server
            .login("acme", "jane@example.com", PASSWORD)
            .await
            .status(),
        200
    );
    // The link works once.
    expect_problem(
        post(
            &server,
            "/t/acme/auth/signup/verify",
            json!({ "token": token }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    let actions = audit_actions(&server).await;
    for action in [
        "signup.requested",
        "user.created",
        "session.login_succeeded",
        "signup.failed",
    ] {
        assert!(
            actions.contains(&action.to_owned()),
            "{action}: {actions:?}"
        );
    }
    let events: Value = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/audit-events?action=session.login_succeeded",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let methods: Vec<&str> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["details"]["method"].as_str().unwrap())
        .collect();
    assert!(methods.contains(&"signup"), "{methods:?}");
}

#[tokio::test]
async fn signing_up_with_a_taken_address_answers_the_same_and_mails_the_owner() {
    let server = open_tenant().await;
    server
        .create_user("acme", "taken@example.com", PASSWORD)
        .await;
    let fresh = signup(&server, "fresh@example.com", "another good pass phrase").await;
    let taken = signup(&server, "TAKEN@example.com", "another good pass phrase").await;
    assert_eq!(fresh.status(), 202);
    assert_eq!(taken.status(), 202);
    let fresh: Value = fresh.json().await.unwrap();
    let taken: Value = taken.json().await.unwrap();
    assert_eq!(
        fresh, taken,
        "the answers must not tell the addresses apart"
    );

    // The owner hears about it, with a way back in; the password stays as it was.
    let mail = wait_for_mail(&server, "taken@example.com", 1).await;
    assert_eq!(mail[0]["template"], "signup_existing_account");
    let reset = token_in(mail[0]["text"].as_str().unwrap());
    assert!(reset.starts_with("tpr_"), "{reset}");
    expect_problem(
        server
            .login("acme", "taken@example.com", "another good pass phrase")
            .await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(
        server
            .login("acme", "taken@example.com", PASSWORD)
            .await
            .status(),
        200
    );
    let response = post(
        &server,
        "/t/acme/auth/password-reset/confirm",
        json!({ "token": reset, "new_password": "a brand new pass phrase" }),
    )
    .await;
    assert_eq!(response.status(), 204);
    assert!(
        audit_actions(&server)
            .await
            .contains(&"signup.existing_account".to_owned())
    );
}

#[tokio::test]
async fn a_confirmation_after_the_address_was_taken_is_a_conflict() {
    let server = open_tenant().await;
    assert_eq!(
        signup(&server, "jane@example.com", PASSWORD).await.status(),
        202
    );
    let mail = wait_for_mail(&server, "jane@example.com", 1).await;
    let token = token_in(mail[0]["text"].as_str().unwrap());
    server
        .create_user("acme", "jane@example.com", "an admin chose this one")
        .await;
    expect_problem(
        post(
            &server,
            "/t/acme/auth/signup/verify",
            json!({ "token": token }),
        )
        .await,
        409,
        "conflict",
    )
    .await;
}

#[tokio::test]
async fn domain_allowlist_and_disposable_addresses() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let problem = expect_problem(
        patch_tenant(&server, json!({ "signup_mode": "domain_allowlist" })).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/signup_allowed_domains");
    let problem = expect_problem(
        patch_tenant(
            &server,
            json!({ "signup_allowed_domains": ["https://example.com", "*.example.com", "com"] }),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"].as_array().unwrap().len(), 3);
    let response = patch_tenant(
        &server,
        json!({ "signup_mode": "domain_allowlist", "signup_allowed_domains": ["Example.COM", "example.com"] }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let tenant: Value = response.json().await.unwrap();
    assert_eq!(tenant["signup_mode"], "domain_allowlist");
    assert_eq!(tenant["signup_allowed_domains"], json!(["example.com"]));

    expect_problem(
        signup(&server, "jane@example.org", PASSWORD).await,
        403,
        "email_domain_not_allowed",
    )
    .await;
    expect_problem(
        signup(&server, "jane@notexample.com", PASSWORD).await,
        403,
        "email_domain_not_allowed",
    )
    .await;
    assert_eq!(
        signup(&server, "jane@eu.example.com", PASSWORD)
            .await
            .status(),
        202
    );

    // Open, with disposable addresses blocked (the default), then allowed.
    assert_eq!(
        patch_tenant(&server, json!({ "signup_mode": "open" }))
            .await
            .status(),
        200
    );
    let problem = expect_problem(
        signup(&server, "throwaway@mailinator.com", PASSWORD).await,
        403,
        "email_domain_not_allowed",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("disposable"));
    assert!(outbox(&server, "throwaway@mailinator.com").await.is_empty());
    let response = patch_tenant(&server, json!({ "block_disposable_emails": false })).await;
    assert_eq!(response.status(), 200);
    let tenant: Value = response.json().await.unwrap();
    assert_eq!(tenant["block_disposable_emails"], false);
    assert_eq!(
        signup(&server, "throwaway@mailinator.com", PASSWORD)
            .await
            .status(),
        202
    );
}

#[tokio::test]
async fn closing_signup_stops_links_already_sent() {
    let server = open_tenant().await;
    assert_eq!(
        signup(&server, "jane@example.com", PASSWORD).await.status(),
        202
    );
    let mail = wait_for_mail(&server, "jane@example.com", 1).await;
    let token = token_in(mail[0]["text"].as_str().unwrap());
    assert_eq!(
        patch_tenant(&server, json!({ "signup_mode": "invite_only" }))
            .await
            .status(),
        200
    );
    expect_problem(
        post(
            &server,
            "/t/acme/auth/signup/verify",
            json!({ "token": token }),
        )
        .await,
        403,
        "signup_disabled",
    )
    .await;
    assert!(users_named(&server, "jane@example.com").await.is_empty());
}

#[tokio::test]
async fn bad_input_changes_nothing() {
    let server = open_tenant().await;
    let problem = expect_problem(
        signup(&server, "jane@example.com", "short").await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/password");
    let problem = expect_problem(
        signup(&server, "jane@example.com", "jane@example.com and more").await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/password");
    let problem = expect_problem(
        signup(&server, "not an email", PASSWORD).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/email");
    expect_problem(
        post(
            &server,
            "/t/acme/auth/signup",
            json!({ "email": "jane@example.com", "password": PASSWORD, "admin": true }),
        )
        .await,
        400,
        "invalid_body",
    )
    .await;
    expect_problem(
        post(
            &server,
            "/t/nope/auth/signup",
            json!({ "email": "jane@example.com", "password": PASSWORD }),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    for token in ["", "tsu_unknown-token", "tpr_not-a-signup-token"] {
        expect_problem(
            post(
                &server,
                "/t/acme/auth/signup/verify",
                json!({ "token": token }),
            )
            .await,
            401,
            "invalid_token",
        )
        .await;
    }
    assert!(outbox(&server, "jane@example.com").await.is_empty());
    assert!(users_named(&server, "jane@example.com").await.is_empty());
}

#[tokio::test]
async fn links_expire_and_a_newer_signup_replaces_an_older_one() {
    let server = open_tenant().await;
    assert_eq!(
        signup(&server, "jane@example.com", PASSWORD).await.status(),
        202
    );
    let first = token_in(
        wait_for_mail(&server, "jane@example.com", 1).await[0]["text"]
            .as_str()
            .unwrap(),
    );
    assert_eq!(
        signup(&server, "jane@example.com", PASSWORD).await.status(),
        202
    );
    let second = token_in(
        wait_for_mail(&server, "jane@example.com", 2).await[0]["text"]
            .as_str()
            .unwrap(),
    );
    assert_ne!(first, second);
    expect_problem(
        post(
            &server,
            "/t/acme/auth/signup/verify",
            json!({ "token": first }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    server.clock.advance(24 * 3600 + 1);
    expect_problem(
        post(
            &server,
            "/t/acme/auth/signup/verify",
            json!({ "token": second }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    assert!(users_named(&server, "jane@example.com").await.is_empty());
}
