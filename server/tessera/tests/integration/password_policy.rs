//! `/v1/tenants/{tenant}/password-policy`: per-tenant lengths, common list, personal
//! information and leaked-password check, enforced at sign-up, admin create and update,
//! password change, reset and invitation accept; bad input changes nothing.

use reqwest::Method;
use serde_json::{Value, json};

use crate::organizations::create_org;
use crate::passwords::{BREACHED, range_server, reset_token, with_breach_check};
use crate::support::{TestServer, expect_problem};

/// 15 characters, on no list, free of personal information.
const FIFTEEN: &str = "purple-kite-97x";
/// 24 characters.
const LONG: &str = "purple elephant juggling";

async fn policy(server: &TestServer, slug: &str) -> Value {
    let response = server
        .admin(Method::GET, &format!("/v1/tenants/{slug}/password-policy"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn put_policy(server: &TestServer, slug: &str, body: Value) -> reqwest::Response {
    server
        .admin(Method::PUT, &format!("/v1/tenants/{slug}/password-policy"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn set_policy(server: &TestServer, slug: &str, body: Value) -> Value {
    let response = put_policy(server, slug, body).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn create_user(
    server: &TestServer,
    slug: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    server
        .admin(Method::POST, &format!("/v1/tenants/{slug}/users"))
        .json(&json!({ "email": email, "password": password, "name": "Jane Doe" }))
        .send()
        .await
        .unwrap()
}

/// Expects a 422 on `pointer` whose message contains `needle`.
async fn refused(response: reqwest::Response, pointer: &str, needle: &str) {
    let problem = expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
    let message = problem["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains(needle), "{needle:?} not in {message:?}");
}

#[tokio::test]
async fn defaults_are_served_and_bad_input_changes_nothing() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let defaults = json!({
        "min_length": 10,
        "max_length": 256,
        "reject_common": true,
        "reject_personal_info": true,
        "check_breached": false,
        "breach_check_available": false,
    });
    assert_eq!(policy(&server, "acme").await, defaults);

    for (body, pointer, needle) in [
        (json!({ "min_length": 7 }), "/min_length", "at least 8"),
        (json!({ "min_length": 0 }), "/min_length", "at least 8"),
        (json!({ "max_length": 1025 }), "/max_length", "at most 1024"),
        (
            json!({ "min_length": 20, "max_length": 12 }),
            "/max_length",
            "must not be greater",
        ),
        (
            json!({ "min_length": 300 }),
            "/min_length",
            "must not be greater",
        ),
        (
            json!({ "check_breached": true }),
            "/check_breached",
            "pwned_passwords_url",
        ),
    ] {
        refused(put_policy(&server, "acme", body).await, pointer, needle).await;
    }
    for body in [
        json!({ "min_len": 12 }),
        json!({ "min_length": "twelve" }),
        json!({ "min_length": -1 }),
        json!({ "reject_common": "no" }),
        json!(null),
        json!(42),
    ] {
        expect_problem(put_policy(&server, "acme", body).await, 400, "invalid_body").await;
    }
    expect_problem(
        put_policy(&server, "nobody", json!({ "min_length": 12 })).await,
        404,
        "not_found",
    )
    .await;
    let response = server
        .http
        .put(server.url("/v1/tenants/acme/password-policy"))
        .json(&json!({ "min_length": 12 }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
    let response = server
        .http
        .get(server.url("/v1/tenants/acme/password-policy"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
    assert_eq!(policy(&server, "acme").await, defaults, "nothing changed");

    // A valid change is served back, kept, and audited without any password in it.
    let set = set_policy(
        &server,
        "acme",
        json!({ "min_length": 12, "max_length": 64, "reject_common": false }),
    )
    .await;
    assert_eq!(set["min_length"], 12);
    assert_eq!(set["max_length"], 64);
    assert_eq!(set["reject_common"], false);
    assert_eq!(set["reject_personal_info"], true);
    assert_eq!(policy(&server, "acme").await, set);
    let events: Value = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/audit-events?action=password_policy.updated",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(events["data"].as_array().unwrap().len(), 1, "{events}");
    assert_eq!(events["data"][0]["details"]["min_length"], 12, "{events}");

    // Omitted fields return to the defaults.
    assert_eq!(set_policy(&server, "acme", json!({})).await, defaults);
}

#[tokio::test]
async fn the_policy_is_enforced_wherever_a_password_is_set() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server.create_tenant("other").await;
    set_policy(&server, "acme", json!({ "min_length": 16 })).await;

    // Admin create: refused in acme, while the other tenant keeps its own (default) policy.
    refused(
        create_user(&server, "acme", "a@example.com", FIFTEEN).await,
        "/password",
        "at least 16 characters",
    )
    .await;
    assert_eq!(
        create_user(&server, "other", "a@example.com", FIFTEEN)
            .await
            .status(),
        201
    );
    let response = create_user(&server, "acme", "jane@example.com", LONG).await;
    assert_eq!(response.status(), 201);
    let user: Value = response.json().await.unwrap();
    let user_path = format!("/v1/tenants/acme/users/{}", user["id"].as_str().unwrap());

    // Admin update.
    let response = server
        .admin(Method::PATCH, &user_path)
        .json(&json!({ "password": FIFTEEN }))
        .send()
        .await
        .unwrap();
    refused(response, "/password", "at least 16").await;

    // The user's own change.
    let tokens: Value = server
        .login("acme", "jane@example.com", LONG)
        .await
        .json()
        .await
        .unwrap();
    let response = server
        .http
        .post(server.url("/t/acme/me/password"))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .json(&json!({ "current_password": LONG, "new_password": FIFTEEN }))
        .send()
        .await
        .unwrap();
    refused(response, "/new_password", "at least 16").await;

    // A password reset; the refused confirmation leaves the token usable.
    let response = server
        .http
        .post(server.url("/t/acme/auth/password-reset"))
        .json(&json!({ "email": "jane@example.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let token = reset_token(&server, "jane@example.com").await;
    let confirm = |password: &'static str| {
        server
            .http
            .post(server.url("/t/acme/auth/password-reset/confirm"))
            .json(&json!({ "token": token, "new_password": password }))
            .send()
    };
    refused(
        confirm(FIFTEEN).await.unwrap(),
        "/new_password",
        "at least 16",
    )
    .await;
    assert_eq!(
        server
            .login("acme", "jane@example.com", LONG)
            .await
            .status(),
        200,
        "refused changes changed nothing"
    );
    assert_eq!(
        confirm("sixteen+ characters ok").await.unwrap().status(),
        204
    );

    // Sign-up.
    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&json!({ "signup_mode": "open" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = server
        .http
        .post(server.url("/t/acme/auth/signup"))
        .json(&json!({ "email": "sam@example.com", "password": FIFTEEN }))
        .send()
        .await
        .unwrap();
    refused(response, "/password", "at least 16").await;

    // Invitation accept, which creates the account.
    create_org(&server, "acme", "globex").await;
    let response = server
        .admin(
            Method::POST,
            "/v1/tenants/acme/organizations/globex/invitations",
        )
        .json(&json!({ "email": "kim@example.com", "role": "member" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let outbox: Value = server
        .admin(Method::GET, "/v1/tenants/acme/outbox?to=kim@example.com")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let text = outbox["data"][0]["text"].as_str().unwrap();
    let start = text.find("#token=").unwrap() + "#token=".len();
    let invitation: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    let accept = |password: &'static str| {
        server
            .http
            .post(server.url("/t/acme/invitations/accept"))
            .json(&json!({ "token": invitation, "password": password }))
            .send()
    };
    refused(accept(FIFTEEN).await.unwrap(), "/password", "at least 16").await;
    assert_eq!(accept(LONG).await.unwrap().status(), 200);

    // Tightening the policy never locks out existing passwords.
    set_policy(&server, "acme", json!({ "min_length": 30 })).await;
    assert_eq!(
        server.login("acme", "kim@example.com", LONG).await.status(),
        200
    );
}

#[tokio::test]
async fn each_setting_turns_its_check_on_and_off() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;

    // Maximum length.
    set_policy(&server, "acme", json!({ "max_length": 20 })).await;
    refused(
        create_user(&server, "acme", "a@example.com", LONG).await,
        "/password",
        "at most 20 characters",
    )
    .await;
    set_policy(&server, "acme", json!({ "max_length": 24 })).await;
    assert_eq!(
        create_user(&server, "acme", "a@example.com", LONG)
            .await
            .status(),
        201
    );

    // Personal information (each PUT replaces the whole policy: back to the defaults).
    set_policy(&server, "acme", json!({})).await;
    let personal = "bob.smith@example.com rocks";
    refused(
        create_user(&server, "acme", "bob.smith@example.com", personal).await,
        "/password",
        "email",
    )
    .await;
    set_policy(&server, "acme", json!({ "reject_personal_info": false })).await;
    assert_eq!(
        create_user(&server, "acme", "bob.smith@example.com", personal)
            .await
            .status(),
        201
    );

    // The common-password list.
    let common = "Q1w2e3r4t5y6";
    refused(
        create_user(&server, "acme", "c@example.com", common).await,
        "/password",
        "too common",
    )
    .await;
    set_policy(&server, "acme", json!({ "reject_common": false })).await;
    assert_eq!(
        create_user(&server, "acme", "c@example.com", common)
            .await
            .status(),
        201
    );

    // The floor: 8 characters once the tenant allows it, never fewer.
    set_policy(&server, "acme", json!({ "min_length": 8 })).await;
    assert_eq!(
        create_user(&server, "acme", "d@example.com", "kite-97x")
            .await
            .status(),
        201
    );
    refused(
        create_user(&server, "acme", "e@example.com", "kite-97").await,
        "/password",
        "at least 8",
    )
    .await;
}

#[tokio::test]
async fn a_tenant_can_turn_the_leaked_password_check_off() {
    let range = range_server(&[BREACHED], &[]).await;
    let server = with_breach_check(&range.url).await;
    server.create_tenant("acme").await;
    let served = policy(&server, "acme").await;
    assert_eq!(served["check_breached"], true, "on where the server has it");
    assert_eq!(served["breach_check_available"], true);
    refused(
        create_user(&server, "acme", "a@example.com", BREACHED).await,
        "/password",
        "known data breach",
    )
    .await;
    let asked = range.requests.lock().unwrap().len();
    assert_eq!(asked, 1);

    let set = set_policy(&server, "acme", json!({ "check_breached": false })).await;
    assert_eq!(set["check_breached"], false);
    assert_eq!(
        create_user(&server, "acme", "a@example.com", BREACHED)
            .await
            .status(),
        201
    );
    assert_eq!(
        range.requests.lock().unwrap().len(),
        asked,
        "the range API is not asked when the tenant turned the check off"
    );
    set_policy(&server, "acme", json!({ "check_breached": true })).await;
    refused(
        create_user(&server, "acme", "b@example.com", BREACHED).await,
        "/password",
        "known data breach",
    )
    .await;
}
