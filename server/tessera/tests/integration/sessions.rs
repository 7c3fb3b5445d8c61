//! `/t/{tenant}/auth/…`: password sign-in, refresh rotation with reuse detection, logout,
//! lockout, and the admin controls that end sessions.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem, verify};

const PASSWORD: &str = "correct horse battery staple";

async fn setup() -> (TestServer, String) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    (server, user["id"].as_str().unwrap().to_owned())
}

async fn refresh(server: &TestServer, token: &str) -> reqwest::Response {
    server
        .http
        .post(server.url("/t/acme/auth/refresh"))
        .json(&json!({ "refresh_token": token }))
        .send()
        .await
        .unwrap()
}

async fn sessions_of(server: &TestServer, user_id: &str) -> Vec<String> {
    let list: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/users/{user_id}/sessions"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn login_issues_verifiable_tokens_and_a_session() {
    let (server, user_id) = setup().await;
    let response = server
        .http
        .post(server.url("/t/acme/auth/login"))
        .header("user-agent", "integration-test/1.0")
        .json(&json!({ "email": " JANE@example.com", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let tokens: Value = response.json().await.unwrap();
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 900);
    assert!(
        tokens["refresh_token"]
            .as_str()
            .unwrap()
            .starts_with("tsr_")
    );
    let issuer = format!("{}/t/acme", server.base);
    let claims = verify(
        tokens["access_token"].as_str().unwrap(),
        &server.jwks("acme").await,
        &issuer,
        &issuer,
    )
    .unwrap();
    assert_eq!(claims["sub"], user_id);
    assert_eq!(claims["sid"], tokens["session_id"]);
    assert_eq!(claims["client_id"], "tessera-session");

    let list: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/users/{user_id}/sessions"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
    assert_eq!(list["data"][0]["id"], tokens["session_id"]);
    assert_eq!(list["data"][0]["user_agent"], "integration-test/1.0");
    assert_eq!(list["data"][0]["ip"], "127.0.0.1");
    let user: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/users/{user_id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(user["last_login_at"].is_string());
}

#[tokio::test]
async fn wrong_password_and_unknown_email_answer_alike() {
    let (server, _) = setup().await;
    let wrong = expect_problem(
        server
            .login("acme", "jane@example.com", "not the password")
            .await,
        401,
        "invalid_credentials",
    )
    .await;
    let unknown = expect_problem(
        server
            .login("acme", "nobody@example.com", "not the password")
            .await,
        401,
        "invalid_credentials",
    )
    .await;
    let malformed = expect_problem(
        server.login("acme", "no-at-sign", "not the password").await,
        401,
        "invalid_credentials",
    )
    .await;
    for problem in [&unknown, &malformed] {
        assert_eq!(problem["detail"], wrong["detail"]);
        assert_eq!(problem["title"], wrong["title"]);
    }
    // The right password for another tenant's user is not a credential here.
    server.create_tenant("other").await;
    expect_problem(
        server.login("other", "jane@example.com", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
}

#[tokio::test]
async fn repeated_failures_lock_the_email_with_backoff_and_admins_can_unlock() {
    let (server, user_id) = setup().await;
    for _ in 0..5 {
        expect_problem(
            server
                .login("acme", "jane@example.com", "guess guess guess")
                .await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    // Locked now, even for the right password.
    let response = server.login("acme", "jane@example.com", PASSWORD).await;
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&retry), "{retry}");
    expect_problem(response, 429, "account_locked").await;
    // Unknown emails lock the same way: the lock reveals nothing about accounts.
    for _ in 0..5 {
        server
            .login("acme", "ghost@example.com", "guess guess guess")
            .await;
    }
    expect_problem(
        server.login("acme", "ghost@example.com", "x").await,
        429,
        "account_locked",
    )
    .await;

    // When the lock ends, one more failure locks it again for twice as long.
    server.clock.advance(31);
    expect_problem(
        server
            .login("acme", "jane@example.com", "still wrong pass")
            .await,
        401,
        "invalid_credentials",
    )
    .await;
    let response = server.login("acme", "jane@example.com", PASSWORD).await;
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((31..=60).contains(&retry), "doubled backoff, got {retry}");

    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/unlock"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        server
            .login("acme", "jane@example.com", PASSWORD)
            .await
            .status(),
        200
    );
    // Success resets the count: four failures, a success, four more failures do not lock
    // (without the reset, the eighth failure would have).
    for round in 0..2 {
        for _ in 0..4 {
            server
                .login("acme", "jane@example.com", "guess guess guess")
                .await;
        }
        assert_eq!(
            server
                .login("acme", "jane@example.com", PASSWORD)
                .await
                .status(),
            200,
            "round {round}"
        );
    }
}

#[tokio::test]
async fn refresh_rotates_and_reuse_revokes_the_family() {
    let (server, user_id) = setup().await;
    let first: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let r1 = first["refresh_token"].as_str().unwrap();

    let response = refresh(&server, r1).await;
    assert_eq!(response.status(), 200);
    let second: Value = response.json().await.unwrap();
    let r2 = second["refresh_token"].as_str().unwrap();
    assert_ne!(r1, r2);
    assert_eq!(
        second["session_id"], first["session_id"],
        "same session, next token"
    );
    assert_ne!(second["access_token"], first["access_token"]);

    // r1 is spent: replaying it revokes the session, so r2 dies too.
    let problem = expect_problem(refresh(&server, r1).await, 401, "invalid_token").await;
    assert!(problem["detail"].as_str().unwrap().contains("already used"));
    expect_problem(refresh(&server, r2).await, 401, "invalid_token").await;
    assert!(sessions_of(&server, &user_id).await.is_empty());

    // Garbage and unknown tokens are refused without side effects on other sessions.
    let other: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    expect_problem(refresh(&server, "tsr_unknown").await, 401, "invalid_token").await;
    expect_problem(refresh(&server, "not-a-token").await, 401, "invalid_token").await;
    let response = server
        .http
        .post(server.url("/t/acme/auth/refresh"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "invalid_token").await;
    assert_eq!(
        refresh(&server, other["refresh_token"].as_str().unwrap())
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn refresh_tokens_do_not_cross_tenants_and_expire_with_the_session() {
    let (server, _) = setup().await;
    server.create_tenant("other").await;
    let tokens: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let token = tokens["refresh_token"].as_str().unwrap();
    let response = server
        .http
        .post(server.url("/t/other/auth/refresh"))
        .json(&json!({ "refresh_token": token }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "invalid_token").await;
    // Still usable in its own tenant: the foreign attempt did not spend it.
    let response = refresh(&server, token).await;
    assert_eq!(response.status(), 200);
    let next: Value = response.json().await.unwrap();

    server.clock.advance(30 * 24 * 3600 + 1);
    expect_problem(
        refresh(&server, next["refresh_token"].as_str().unwrap()).await,
        401,
        "invalid_token",
    )
    .await;
}

#[tokio::test]
async fn logout_ends_the_session() {
    let (server, user_id) = setup().await;
    let keep: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let end: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let logout = |token: String| {
        server
            .http
            .post(server.url("/t/acme/auth/logout"))
            .json(&json!({ "refresh_token": token }))
            .send()
    };
    assert_eq!(
        logout(end["refresh_token"].as_str().unwrap().into())
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        logout(end["refresh_token"].as_str().unwrap().into())
            .await
            .unwrap()
            .status(),
        204,
        "idempotent"
    );
    expect_problem(
        refresh(&server, end["refresh_token"].as_str().unwrap()).await,
        401,
        "invalid_token",
    )
    .await;
    assert_eq!(
        sessions_of(&server, &user_id).await,
        [keep["session_id"].as_str().unwrap()]
    );
    assert_eq!(
        refresh(&server, keep["refresh_token"].as_str().unwrap())
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn disabling_revokes_sessions_and_blocks_sign_in() {
    let (server, user_id) = setup().await;
    let tokens: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/disable"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().await.unwrap()["disabled"], true);
    assert!(sessions_of(&server, &user_id).await.is_empty());
    expect_problem(
        refresh(&server, tokens["refresh_token"].as_str().unwrap()).await,
        401,
        "invalid_token",
    )
    .await;
    expect_problem(
        server.login("acme", "jane@example.com", PASSWORD).await,
        403,
        "account_disabled",
    )
    .await;
    // Only the right password learns that the account is disabled.
    expect_problem(
        server
            .login("acme", "jane@example.com", "wrong password!")
            .await,
        401,
        "invalid_credentials",
    )
    .await;

    server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/enable"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        server
            .login("acme", "jane@example.com", PASSWORD)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn admin_password_change_and_session_revocation() {
    let (server, user_id) = setup().await;
    let a: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let b: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let path = format!(
        "/v1/tenants/acme/users/{user_id}/sessions/{}",
        a["session_id"].as_str().unwrap()
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
        404,
        "not_found",
    )
    .await;
    expect_problem(
        refresh(&server, a["refresh_token"].as_str().unwrap()).await,
        401,
        "invalid_token",
    )
    .await;

    let response = server
        .admin(Method::PATCH, &format!("/v1/tenants/acme/users/{user_id}"))
        .json(&json!({ "password": "a brand new passphrase" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    expect_problem(
        refresh(&server, b["refresh_token"].as_str().unwrap()).await,
        401,
        "invalid_token",
    )
    .await;
    expect_problem(
        server.login("acme", "jane@example.com", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(
        server
            .login("acme", "jane@example.com", "a brand new passphrase")
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn cookie_delivery_keeps_the_refresh_token_out_of_javascript() {
    let (server, _) = setup().await;
    let response = server
        .http
        .post(server.url("/t/acme/auth/login"))
        .json(&json!({ "email": "jane@example.com", "password": PASSWORD, "delivery": "cookie" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    for attribute in [
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
        "Path=/t/acme/auth",
        "Max-Age=2592000",
    ] {
        assert!(
            cookie.contains(attribute),
            "{attribute} missing from {cookie}"
        );
    }
    let body: Value = response.json().await.unwrap();
    assert!(body.get("refresh_token").is_none(), "{body}");
    let pair = cookie.split(';').next().unwrap().to_owned();

    let response = server
        .http
        .post(server.url("/t/acme/auth/refresh"))
        .header("cookie", &pair)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let rotated = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert_ne!(rotated, pair);
    assert!(
        response
            .json::<Value>()
            .await
            .unwrap()
            .get("refresh_token")
            .is_none()
    );

    let response = server
        .http
        .post(server.url("/t/acme/auth/logout"))
        .header("cookie", &rotated)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let response = server
        .http
        .post(server.url("/t/acme/auth/refresh"))
        .header("cookie", &rotated)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "invalid_token").await;
}

#[tokio::test]
async fn malformed_auth_requests_are_refused() {
    let (server, _) = setup().await;
    let post = |path: &str, body: &'static str, content_type: &'static str| {
        server
            .http
            .post(server.url(path))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    expect_problem(
        post(
            "/t/acme/auth/login",
            r#"{"email":"jane@example.com"}"#,
            "application/json",
        )
        .await
        .unwrap(),
        400,
        "invalid_body",
    )
    .await;
    expect_problem(
        post(
            "/t/acme/auth/login",
            r#"{"email":"a","password":"b","remember":true}"#,
            "application/json",
        )
        .await
        .unwrap(),
        400,
        "invalid_body",
    )
    .await;
    // Form posts are refused, so a cross-site form cannot reach these endpoints.
    expect_problem(
        post(
            "/t/acme/auth/login",
            "email=a&password=b",
            "application/x-www-form-urlencoded",
        )
        .await
        .unwrap(),
        415,
        "unsupported_media_type",
    )
    .await;
    expect_problem(
        post("/t/acme/auth/refresh", "", "text/plain")
            .await
            .unwrap(),
        415,
        "unsupported_media_type",
    )
    .await;
    expect_problem(
        post(
            "/t/ghost/auth/login",
            r#"{"email":"a@b.c","password":"b"}"#,
            "application/json",
        )
        .await
        .unwrap(),
        404,
        "not_found",
    )
    .await;
    expect_problem(
        post(
            "/t/Bad_Slug/auth/login",
            r#"{"email":"a@b.c","password":"b"}"#,
            "application/json",
        )
        .await
        .unwrap(),
        400,
        "invalid_parameter",
    )
    .await;
}
