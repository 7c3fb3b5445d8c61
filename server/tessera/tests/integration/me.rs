//! `/t/{tenant}/me`: self-service with a session access token, and every way such a token
//! can fail to count.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

struct Signed {
    access: String,
    refresh: String,
    session: String,
}

async fn sign_in(server: &TestServer, slug: &str) -> Signed {
    let tokens: Value = server
        .login(slug, "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    Signed {
        access: tokens["access_token"].as_str().unwrap().into(),
        refresh: tokens["refresh_token"].as_str().unwrap().into(),
        session: tokens["session_id"].as_str().unwrap().into(),
    }
}

async fn setup() -> (TestServer, String) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    (server, user["id"].as_str().unwrap().to_owned())
}

fn me(server: &TestServer, method: Method, path: &str, token: &str) -> reqwest::RequestBuilder {
    server
        .http
        .request(method, server.url(&format!("/t/acme/me{path}")))
        .bearer_auth(token)
}

#[tokio::test]
async fn profile_read_and_update() {
    let (server, user_id) = setup().await;
    let s = sign_in(&server, "acme").await;
    let profile: Value = me(&server, Method::GET, "", &s.access)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(profile["id"], user_id);
    assert_eq!(profile["email"], "jane@example.com");

    let response = me(&server, Method::PATCH, "", &s.access)
        .json(&json!({ "name": "Jane Doe", "locale": "de" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let updated: Value = response.json().await.unwrap();
    assert_eq!(
        (updated["name"].as_str(), updated["locale"].as_str()),
        (Some("Jane Doe"), Some("de"))
    );

    // Email and metadata are not self-service.
    let response = me(&server, Method::PATCH, "", &s.access)
        .json(&json!({ "email": "other@example.com" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_body").await;
    let response = me(&server, Method::PATCH, "", &s.access)
        .json(&json!({ "metadata": { "role": "admin" } }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_body").await;
    let response = me(&server, Method::PATCH, "", &s.access)
        .json(&json!({ "locale": "not a locale" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 422, "validation_failed").await;
    let admin_view: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/users/{user_id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(admin_view["email"], "jane@example.com");
    assert_eq!(admin_view["locale"], "de");
}

#[tokio::test]
async fn only_live_session_tokens_of_this_tenant_count() {
    let (server, user_id) = setup().await;
    let s = sign_in(&server, "acme").await;

    let response = server
        .http
        .get(server.url("/t/acme/me"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
    let response = me(&server, Method::GET, "", "garbage")
        .send()
        .await
        .unwrap();
    assert!(
        response.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    expect_problem(response, 401, "invalid_token").await;

    // A test token for the same issuer and audience is not a session credential.
    let minted = server
        .mint(
            "acme",
            json!({ "subject": user_id, "audience": format!("{}/t/acme", server.base) }),
        )
        .await;
    let response = me(
        &server,
        Method::GET,
        "",
        minted["access_token"].as_str().unwrap(),
    )
    .send()
    .await
    .unwrap();
    expect_problem(response, 401, "invalid_token").await;

    // The same person signed in to another tenant cannot use that token here.
    server.create_tenant("other").await;
    server
        .create_user("other", "jane@example.com", PASSWORD)
        .await;
    let other = sign_in(&server, "other").await;
    let response = me(&server, Method::GET, "", &other.access)
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "invalid_token").await;

    // A tampered token fails its signature.
    let mut parts: Vec<String> = s.access.split('.').map(str::to_owned).collect();
    parts[1] = tessera_crypto::b64url(
        format!(r#"{{"sub":"{user_id}","sid":"{}"}}"#, s.session).as_bytes(),
    );
    let response = me(&server, Method::GET, "", &parts.join("."))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "invalid_token").await;

    assert_eq!(
        me(&server, Method::GET, "", &s.access)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    // Logging out ends the session, and its still-unexpired access token with it.
    server
        .http
        .post(server.url("/t/acme/auth/logout"))
        .json(&json!({ "refresh_token": s.refresh }))
        .send()
        .await
        .unwrap();
    let response = me(&server, Method::GET, "", &s.access)
        .send()
        .await
        .unwrap();
    let problem = expect_problem(response, 401, "invalid_token").await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("session has ended"),
        "{problem}"
    );

    // Access tokens expire on their own.
    let fresh = sign_in(&server, "acme").await;
    server.clock.advance(900 + 61);
    expect_problem(
        me(&server, Method::GET, "", &fresh.access)
            .send()
            .await
            .unwrap(),
        401,
        "invalid_token",
    )
    .await;

    // A disabled user is told so.
    let again = sign_in(&server, "acme").await;
    server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/disable"),
        )
        .send()
        .await
        .unwrap();
    let response = me(&server, Method::GET, "", &again.access)
        .send()
        .await
        .unwrap();
    assert!(response.status() == 401 || response.status() == 403);
}

#[tokio::test]
async fn changing_the_password_keeps_this_session_and_ends_the_others() {
    let (server, _) = setup().await;
    let this = sign_in(&server, "acme").await;
    let other = sign_in(&server, "acme").await;
    let change = |current: Option<&str>, new: &str| {
        let mut body = json!({ "new_password": new });
        if let Some(current) = current {
            body["current_password"] = current.into();
        }
        me(&server, Method::POST, "/password", &this.access)
            .json(&body)
            .send()
    };
    expect_problem(
        change(Some("wrong password"), "a new fine passphrase")
            .await
            .unwrap(),
        401,
        "invalid_credentials",
    )
    .await;
    expect_problem(
        change(None, "a new fine passphrase").await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    expect_problem(
        change(Some(PASSWORD), "short").await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        me(&server, Method::GET, "", &other.access)
            .send()
            .await
            .unwrap()
            .status(),
        200,
        "refused changes end nothing"
    );

    assert_eq!(
        change(Some(PASSWORD), "a new fine passphrase")
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        me(&server, Method::GET, "", &this.access)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    expect_problem(
        me(&server, Method::GET, "", &other.access)
            .send()
            .await
            .unwrap(),
        401,
        "invalid_token",
    )
    .await;
    let response = server
        .http
        .post(server.url("/t/acme/auth/refresh"))
        .json(&json!({ "refresh_token": other.refresh }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "invalid_token").await;
    expect_problem(
        server.login("acme", "jane@example.com", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(
        server
            .login("acme", "jane@example.com", "a new fine passphrase")
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn listing_and_ending_my_sessions() {
    let (server, _) = setup().await;
    let a = sign_in(&server, "acme").await;
    let b = sign_in(&server, "acme").await;
    let list: Value = me(&server, Method::GET, "/sessions", &a.access)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ids: Vec<&str> = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [b.session.as_str(), a.session.as_str()],
        "newest first"
    );

    let response = me(
        &server,
        Method::DELETE,
        &format!("/sessions/{}", b.session),
        &a.access,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(response.status(), 204);
    expect_problem(
        me(&server, Method::GET, "", &b.access)
            .send()
            .await
            .unwrap(),
        401,
        "invalid_token",
    )
    .await;
    let response = me(
        &server,
        Method::DELETE,
        &format!("/sessions/{}", b.session),
        &a.access,
    )
    .send()
    .await
    .unwrap();
    expect_problem(response, 404, "not_found").await;

    // Another user's session is out of reach.
    server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let bob: Value = server
        .login("acme", "bob@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let response = me(
        &server,
        Method::DELETE,
        &format!("/sessions/{}", bob["session_id"].as_str().unwrap()),
        &a.access,
    )
    .send()
    .await
    .unwrap();
    expect_problem(response, 404, "not_found").await;
    let bob_me = server
        .http
        .get(server.url("/t/acme/me"))
        .bearer_auth(bob["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(bob_me.status(), 200);
}

#[tokio::test]
async fn deleting_my_account_needs_my_password() {
    let (server, user_id) = setup().await;
    let s = sign_in(&server, "acme").await;
    let delete = |body: Value| {
        me(&server, Method::DELETE, "", &s.access)
            .json(&body)
            .send()
    };
    expect_problem(delete(json!({})).await.unwrap(), 422, "validation_failed").await;
    expect_problem(
        delete(json!({ "current_password": "nope nope nope" }))
            .await
            .unwrap(),
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(
        me(&server, Method::GET, "", &s.access)
            .send()
            .await
            .unwrap()
            .status(),
        200,
        "still there"
    );

    assert_eq!(
        delete(json!({ "current_password": PASSWORD }))
            .await
            .unwrap()
            .status(),
        204
    );
    expect_problem(
        me(&server, Method::GET, "", &s.access)
            .send()
            .await
            .unwrap(),
        401,
        "invalid_token",
    )
    .await;
    let response = server
        .admin(Method::GET, &format!("/v1/tenants/acme/users/{user_id}"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 404, "not_found").await;
    let audit: Value = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/audit-events?action=user.deleted",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(audit["data"][0]["actor_type"], "user");
    assert_eq!(audit["data"][0]["details"]["self_service"], true);
}

#[tokio::test]
async fn wrong_current_passwords_count_toward_the_lockout() {
    let (server, _) = setup().await;
    let s = sign_in(&server, "acme").await;
    for _ in 0..5 {
        let response = me(&server, Method::POST, "/password", &s.access)
            .json(&json!({ "current_password": "a wrong guess", "new_password": "a new fine passphrase" }))
            .send()
            .await
            .unwrap();
        expect_problem(response, 401, "invalid_credentials").await;
    }
    // A stolen access token is no unlimited password oracle: the email is locked now.
    let response = me(&server, Method::POST, "/password", &s.access)
        .json(&json!({ "current_password": PASSWORD, "new_password": "a new fine passphrase" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 429, "account_locked").await;
    expect_problem(
        server.login("acme", "jane@example.com", PASSWORD).await,
        429,
        "account_locked",
    )
    .await;
}
