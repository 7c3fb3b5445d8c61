//! Email flows end to end: verification, password reset, magic link and email code, read from
//! the development outbox; templates per locale and per tenant; and delivery to a real SMTP
//! server (Python's aiosmtpd) started by the test.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};
use tessera_server::services::email::Mailer;
use tessera_server::services::email::delivery::{SmtpSender, SmtpUrl};
use tessera_store::mfa::TotpFactorRecord;

use crate::support::{TestServer, expect_problem, verify};

const PASSWORD: &str = "correct horse battery staple";
const NEW_PASSWORD: &str = "a fresh passphrase, surely";

async fn setup() -> (TestServer, String) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    (server, user["id"].as_str().unwrap().to_owned())
}

async fn create_user(server: &TestServer, slug: &str, body: Value) -> String {
    let response = server
        .admin(Method::POST, &format!("/v1/tenants/{slug}/users"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn post(server: &TestServer, path: &str, body: Value) -> reqwest::Response {
    server
        .http
        .post(server.url(path))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn outbox(server: &TestServer, slug: &str, to: &str) -> Vec<Value> {
    let response = server
        .admin(Method::GET, &format!("/v1/tenants/{slug}/outbox?to={to}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["data"].as_array().unwrap().clone()
}

/// The outbox of `to`, once it holds `count` messages (delivery runs in the background).
async fn wait_for_mail(server: &TestServer, slug: &str, to: &str, count: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let messages = outbox(server, slug, to).await;
        if messages.len() >= count {
            return messages;
        }
        assert!(
            Instant::now() < deadline,
            "expected {count} message(s) to {to}, got {messages:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The token in a message's link (`…#token=tpr_…`).
fn token_in(text: &str) -> String {
    let start = text.find("#token=").expect("a link with a token") + "#token=".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect()
}

/// The six-digit code in a message's text.
fn code_in(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| l.len() == 6 && l.bytes().all(|b| b.is_ascii_digit()))
        .expect("a six-digit code")
        .to_owned()
}

async fn request(server: &TestServer, slug: &str, flow: &str, email: &str) -> (u16, Value) {
    let response = post(
        server,
        &format!("/t/{slug}/auth/{flow}"),
        json!({ "email": email }),
    )
    .await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// Requests a flow's message for `email` and returns the newest one once it arrived.
async fn mail(server: &TestServer, slug: &str, flow: &str, email: &str) -> Value {
    let before = outbox(server, slug, email).await.len();
    let (status, _) = request(server, slug, flow, email).await;
    assert_eq!(status, 202);
    wait_for_mail(server, slug, email, before + 1).await[0].clone()
}

async fn audit_log(server: &TestServer, slug: &str) -> Vec<Value> {
    let body: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/{slug}/audit-events?limit=100"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"].as_array().unwrap().clone()
}

async fn user(server: &TestServer, slug: &str, id: &str) -> Value {
    let (status, body) = admin_get(server, &format!("/v1/tenants/{slug}/users/{id}")).await;
    assert_eq!(status, 200);
    body
}

async fn admin_get(server: &TestServer, path: &str) -> (u16, Value) {
    let response = server.admin(Method::GET, path).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn verification_email_verifies_the_address_once() {
    let (server, user_id) = setup().await;
    let path = format!("/v1/tenants/acme/users/{user_id}/send-verification-email");
    let response = server.admin(Method::POST, &path).send().await.unwrap();
    assert_eq!(response.status(), 202);
    let sent: Value = response.json().await.unwrap();
    assert_eq!(sent["email"], "jane@example.com");
    assert!(sent["expires_at"].is_string());

    let messages = wait_for_mail(&server, "acme", "jane@example.com", 1).await;
    let message = &messages[0];
    assert_eq!(message["template"], "verify_email");
    assert_eq!(message["locale"], "en");
    assert_eq!(message["from"], "Tenant acme <no-reply@localhost>");
    assert_eq!(
        message["subject"],
        "Verify your email address for Tenant acme"
    );
    let text = message["text"].as_str().unwrap();
    let token = token_in(text);
    assert!(token.starts_with("tev_"), "{token}");
    // The token rides in the fragment of a landing page under the tenant's path.
    assert!(
        text.contains(&format!(
            "{}/t/acme/verify-email#token={token}",
            server.base
        )),
        "{text}"
    );
    assert!(message["html"].as_str().unwrap().contains(&token));

    let response = post(
        &server,
        "/t/acme/auth/verify-email",
        json!({ "token": token }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["email_verified"], true);
    assert_eq!(body["user_id"], user_id.as_str());
    assert_eq!(
        user(&server, "acme", &user_id).await["email_verified"],
        true
    );

    // Used once: the same token is refused, and the user needs no second link.
    expect_problem(
        post(
            &server,
            "/t/acme/auth/verify-email",
            json!({ "token": token }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    expect_problem(
        server.admin(Method::POST, &path).send().await.unwrap(),
        409,
        "conflict",
    )
    .await;

    let events = audit_log(&server, "acme").await;
    let actions: Vec<&str> = events
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "email.verification_sent",
        "user.email_verified",
        "email_verification.failed",
    ] {
        assert!(actions.contains(&action), "{action} missing: {actions:?}");
    }
    let everything = serde_json::to_string(&events).unwrap();
    assert!(
        !everything.contains(&token),
        "a token must never enter the audit log"
    );
}

#[tokio::test]
async fn verification_links_expire_are_superseded_and_follow_the_email() {
    let (server, user_id) = setup().await;
    let path = format!("/v1/tenants/acme/users/{user_id}/send-verification-email");
    let send = || async {
        let response = server.admin(Method::POST, &path).send().await.unwrap();
        assert_eq!(response.status(), 202);
    };
    let verify_with = |token: String| {
        let server = &server;
        async move {
            post(
                server,
                "/t/acme/auth/verify-email",
                json!({ "token": token }),
            )
            .await
        }
    };

    // A newer link supersedes the older one.
    send().await;
    let first = token_in(
        wait_for_mail(&server, "acme", "jane@example.com", 1).await[0]["text"]
            .as_str()
            .unwrap(),
    );
    send().await;
    let second = token_in(
        wait_for_mail(&server, "acme", "jane@example.com", 2).await[0]["text"]
            .as_str()
            .unwrap(),
    );
    assert_ne!(first, second);
    expect_problem(verify_with(first).await, 401, "invalid_token").await;

    // After 24 hours the link is dead.
    server.clock.advance(24 * 3600 + 1);
    expect_problem(verify_with(second).await, 401, "invalid_token").await;

    // A link for an address the user no longer has verifies nothing.
    send().await;
    let third = token_in(
        wait_for_mail(&server, "acme", "jane@example.com", 3).await[0]["text"]
            .as_str()
            .unwrap(),
    );
    let response = server
        .admin(Method::PATCH, &format!("/v1/tenants/acme/users/{user_id}"))
        .json(&json!({ "email": "jane.new@example.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    expect_problem(verify_with(third).await, 401, "invalid_token").await;
    assert_eq!(
        user(&server, "acme", &user_id).await["email_verified"],
        false
    );
    // Garbage is refused the same way.
    expect_problem(
        verify_with("tev_not-a-real-token".into()).await,
        401,
        "invalid_token",
    )
    .await;
    expect_problem(verify_with("hello".into()).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn password_reset_sets_the_password_ends_sessions_and_lifts_the_lock() {
    let (server, user_id) = setup().await;
    let session: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    // Lock the email with wrong passwords.
    for _ in 0..5 {
        server
            .login("acme", "jane@example.com", "wrong wrong wrong")
            .await;
    }
    expect_problem(
        server.login("acme", "jane@example.com", PASSWORD).await,
        429,
        "account_locked",
    )
    .await;

    let message = mail(&server, "acme", "password-reset", "jane@example.com").await;
    assert_eq!(message["template"], "password_reset");
    assert_eq!(message["subject"], "Reset your Tenant acme password");
    let text = message["text"].as_str().unwrap();
    assert!(text.contains("expires in 30 minutes"), "{text}");
    let token = token_in(text);
    assert!(token.starts_with("tpr_"));
    assert!(text.contains(&format!("/t/acme/reset-password#token={token}")));

    let confirm = |password: &str| {
        post(
            &server,
            "/t/acme/auth/password-reset/confirm",
            json!({ "token": token, "new_password": password }),
        )
    };
    // The policy applies, and a refused password leaves the token usable.
    let problem = expect_problem(confirm("jane-example-pw").await, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/new_password");
    expect_problem(confirm("short").await, 422, "validation_failed").await;

    assert_eq!(confirm(NEW_PASSWORD).await.status(), 204);
    expect_problem(confirm(NEW_PASSWORD).await, 401, "invalid_token").await;

    // Every session is gone, the old password too, and the lock is lifted.
    let response = post(
        &server,
        "/t/acme/auth/refresh",
        json!({ "refresh_token": session["refresh_token"] }),
    )
    .await;
    expect_problem(response, 401, "invalid_token").await;
    expect_problem(
        server.login("acme", "jane@example.com", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(
        server
            .login("acme", "jane@example.com", NEW_PASSWORD)
            .await
            .status(),
        200
    );
    assert_eq!(
        user(&server, "acme", &user_id).await["email_verified"],
        true
    );

    let actions: Vec<String> = audit_log(&server, "acme")
        .await
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect();
    assert!(actions.contains(&"password_reset.requested".to_owned()));
    assert!(actions.contains(&"password_reset.completed".to_owned()));
}

#[tokio::test]
async fn reset_links_expire_after_30_minutes_and_are_superseded() {
    let (server, _) = setup().await;
    let first = token_in(
        mail(&server, "acme", "password-reset", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let second = token_in(
        mail(&server, "acme", "password-reset", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let confirm = |token: &str| {
        post(
            &server,
            "/t/acme/auth/password-reset/confirm",
            json!({ "token": token, "new_password": NEW_PASSWORD }),
        )
    };
    expect_problem(confirm(&first).await, 401, "invalid_token").await;
    server.clock.advance(30 * 60 + 1);
    expect_problem(confirm(&second).await, 401, "invalid_token").await;
    assert_eq!(
        server
            .login("acme", "jane@example.com", PASSWORD)
            .await
            .status(),
        200,
        "nothing changed"
    );
}

#[tokio::test]
async fn unknown_and_disabled_emails_get_the_same_answer_and_no_mail() {
    let (server, _) = setup().await;
    let disabled = create_user(
        &server,
        "acme",
        json!({ "email": "gone@example.com", "password": PASSWORD }),
    )
    .await;
    server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{disabled}/disable"),
        )
        .send()
        .await
        .unwrap();
    for flow in ["password-reset", "magic-link", "email-code"] {
        let mut answers = Vec::new();
        for email in ["jane@example.com", "nobody@example.com", "gone@example.com"] {
            let started = Instant::now();
            let answer = request(&server, "acme", flow, email).await;
            // Every answer waits for the same floor, whatever happened behind it.
            assert!(started.elapsed() >= Duration::from_millis(240), "{flow}");
            answers.push(answer);
        }
        assert_eq!(answers[0].0, 202, "{flow}");
        assert!(
            answers.iter().all(|a| *a == answers[0]),
            "{flow}: {answers:?}"
        );
    }
    assert_eq!(
        wait_for_mail(&server, "acme", "jane@example.com", 3)
            .await
            .len(),
        3
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        outbox(&server, "acme", "nobody@example.com")
            .await
            .is_empty()
    );
    assert!(outbox(&server, "acme", "gone@example.com").await.is_empty());

    // The administrators can tell the cases apart in the audit log; callers cannot.
    let events = audit_log(&server, "acme").await;
    let reasons: Vec<&str> = events
        .iter()
        .filter(|e| e["action"] == "password_reset.requested")
        .map(|e| e["details"]["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["sent", "unknown_email", "disabled"]);
    assert!(events.iter().any(|e| e["action"] == "magic_link.sent"));
    assert!(events.iter().any(|e| e["action"] == "email_code.not_sent"));
}

#[tokio::test]
async fn magic_link_signs_in_once() {
    let (server, user_id) = setup().await;
    let message = mail(&server, "acme", "magic-link", "jane@example.com").await;
    assert_eq!(message["subject"], "Your sign-in link for Tenant acme");
    let text = message["text"].as_str().unwrap();
    assert!(text.contains("expires in 15 minutes"), "{text}");
    let token = token_in(text);
    assert!(token.starts_with("tml_"));

    let response = post(
        &server,
        "/t/acme/auth/magic-link/verify",
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
    assert_eq!(claims["sub"], user_id.as_str());
    assert!(
        tokens["refresh_token"]
            .as_str()
            .unwrap()
            .starts_with("tsr_")
    );
    // A magic link proves the mailbox, so the email is now verified.
    assert_eq!(
        user(&server, "acme", &user_id).await["email_verified"],
        true
    );

    expect_problem(
        post(
            &server,
            "/t/acme/auth/magic-link/verify",
            json!({ "token": token }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    let events = audit_log(&server, "acme").await;
    let login = events
        .iter()
        .find(|e| e["action"] == "session.login_succeeded")
        .expect("login audited");
    assert_eq!(login["details"]["method"], "magic_link");
    assert_eq!(login["actor_id"], user_id.as_str());

    // Cookie delivery works as for password login; and links expire after 15 minutes.
    let token = token_in(
        mail(&server, "acme", "magic-link", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let response = post(
        &server,
        "/t/acme/auth/magic-link/verify",
        json!({ "token": token, "delivery": "cookie" }),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("HttpOnly")
    );
    let token = token_in(
        mail(&server, "acme", "magic-link", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    server.clock.advance(15 * 60 + 1);
    expect_problem(
        post(
            &server,
            "/t/acme/auth/magic-link/verify",
            json!({ "token": token }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
}

#[tokio::test]
async fn tokens_only_work_for_their_own_purpose() {
    let (server, user_id) = setup().await;
    server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/send-verification-email"),
        )
        .send()
        .await
        .unwrap();
    let verification = token_in(
        wait_for_mail(&server, "acme", "jane@example.com", 1).await[0]["text"]
            .as_str()
            .unwrap(),
    );
    let reset = token_in(
        mail(&server, "acme", "password-reset", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let magic = token_in(
        mail(&server, "acme", "magic-link", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    // Each token, presented at the other two endpoints, is refused …
    for (token, wrong) in [
        (
            &verification,
            ["password-reset/confirm", "magic-link/verify"],
        ),
        (&reset, ["verify-email", "magic-link/verify"]),
        (&magic, ["verify-email", "password-reset/confirm"]),
    ] {
        for endpoint in wrong {
            let response = post(
                &server,
                &format!("/t/acme/auth/{endpoint}"),
                json!({ "token": token, "new_password": NEW_PASSWORD }),
            )
            .await;
            // verify-email and magic-link/verify reject the unknown field first.
            let status = response.status().as_u16();
            if endpoint == "password-reset/confirm" {
                expect_problem(response, 401, "invalid_token").await;
            } else {
                assert_eq!(status, 400, "{endpoint}");
                let response = post(
                    &server,
                    &format!("/t/acme/auth/{endpoint}"),
                    json!({ "token": token }),
                )
                .await;
                expect_problem(response, 401, "invalid_token").await;
            }
        }
    }
    // … and still works where it belongs.
    let response = post(
        &server,
        "/t/acme/auth/verify-email",
        json!({ "token": verification }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let response = post(
        &server,
        "/t/acme/auth/magic-link/verify",
        json!({ "token": magic }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let response = post(
        &server,
        "/t/acme/auth/password-reset/confirm",
        json!({ "token": reset, "new_password": NEW_PASSWORD }),
    )
    .await;
    assert_eq!(response.status(), 204);
}

async fn verify_code(server: &TestServer, email: &str, code: &str) -> reqwest::Response {
    post(
        server,
        "/t/acme/auth/email-code/verify",
        json!({ "email": email, "code": code }),
    )
    .await
}

fn wrong(code: &str) -> String {
    let n: u32 = code.parse().unwrap();
    format!("{:06}", (n + 1) % 1_000_000)
}

#[tokio::test]
async fn email_code_signs_in_and_dies_after_five_wrong_guesses() {
    let (server, user_id) = setup().await;
    let message = mail(&server, "acme", "email-code", "jane@example.com").await;
    assert_eq!(message["template"], "email_code");
    assert_eq!(message["subject"], "Your sign-in code for Tenant acme");
    let text = message["text"].as_str().unwrap();
    assert!(text.contains("expires in 10 minutes"), "{text}");
    let code = code_in(text);
    assert!(
        !message["subject"].as_str().unwrap().contains(&code),
        "the code stays out of the subject (notification previews)"
    );

    // Four wrong guesses, then the right code still works.
    for _ in 0..4 {
        expect_problem(
            verify_code(&server, "jane@example.com", &wrong(&code)).await,
            401,
            "invalid_code",
        )
        .await;
    }
    let response = verify_code(&server, "JANE@example.com ", &code).await;
    assert_eq!(response.status(), 200);
    let tokens: Value = response.json().await.unwrap();
    assert!(tokens["access_token"].is_string());
    expect_problem(
        verify_code(&server, "jane@example.com", &code).await,
        401,
        "invalid_code",
    )
    .await;

    // That reuse counted as a failed sign-in; start the next round from a clean slate.
    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/unlock"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    // Five wrong guesses kill the code and lock the email (shared with password login).
    let code = code_in(
        mail(&server, "acme", "email-code", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    for _ in 0..4 {
        expect_problem(
            verify_code(&server, "jane@example.com", &wrong(&code)).await,
            401,
            "invalid_code",
        )
        .await;
    }
    expect_problem(
        verify_code(&server, "jane@example.com", &wrong(&code)).await,
        401,
        "invalid_code",
    )
    .await;
    let response = verify_code(&server, "jane@example.com", &code).await;
    assert!(response.headers().contains_key("retry-after"));
    expect_problem(response, 429, "account_locked").await;
    expect_problem(
        server.login("acme", "jane@example.com", PASSWORD).await,
        429,
        "account_locked",
    )
    .await;
    server.clock.advance(31);
    expect_problem(
        verify_code(&server, "jane@example.com", &code).await,
        401,
        "invalid_code",
    )
    .await;

    let events = audit_log(&server, "acme").await;
    let login = events
        .iter()
        .find(|e| e["action"] == "session.login_succeeded")
        .unwrap();
    assert_eq!(login["details"]["method"], "email_code");
    assert_eq!(login["actor_id"], user_id.as_str());
    let killed = events
        .iter()
        .filter(|e| e["action"] == "email_code.failed")
        .any(|e| e["details"]["code_revoked"] == true);
    assert!(killed, "the fifth wrong guess revokes the code");
    assert!(events.iter().any(|e| e["action"] == "session.login_locked"));
    let everything = serde_json::to_string(&events).unwrap();
    assert!(!everything.contains(&format!("\"{code}\"")));
}

#[tokio::test]
async fn email_codes_expire_and_are_superseded() {
    let (server, _) = setup().await;
    let first = code_in(
        mail(&server, "acme", "email-code", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let second = code_in(
        mail(&server, "acme", "email-code", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    if first != second {
        expect_problem(
            verify_code(&server, "jane@example.com", &first).await,
            401,
            "invalid_code",
        )
        .await;
    }
    server.clock.advance(10 * 60 + 1);
    expect_problem(
        verify_code(&server, "jane@example.com", &second).await,
        401,
        "invalid_code",
    )
    .await;
    // A code for nobody is refused like a wrong one.
    expect_problem(
        verify_code(&server, "nobody@example.com", "123456").await,
        401,
        "invalid_code",
    )
    .await;
}

#[tokio::test]
async fn tokens_and_codes_do_not_cross_tenants() {
    let (server, _) = setup().await;
    server.create_tenant("other").await;
    server
        .create_user("other", "jane@example.com", PASSWORD)
        .await;
    let magic = token_in(
        mail(&server, "acme", "magic-link", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let reset = token_in(
        mail(&server, "acme", "password-reset", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let code = code_in(
        mail(&server, "acme", "email-code", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    expect_problem(
        post(
            &server,
            "/t/other/auth/magic-link/verify",
            json!({ "token": magic }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    expect_problem(
        post(
            &server,
            "/t/other/auth/password-reset/confirm",
            json!({ "token": reset, "new_password": NEW_PASSWORD }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    expect_problem(
        post(
            &server,
            "/t/other/auth/email-code/verify",
            json!({ "email": "jane@example.com", "code": code }),
        )
        .await,
        401,
        "invalid_code",
    )
    .await;
    // The other tenant's outbox saw none of it.
    assert!(
        outbox(&server, "other", "jane@example.com")
            .await
            .is_empty()
    );
    // Still good at home.
    for (path, body) in [
        ("magic-link/verify", json!({ "token": magic })),
        (
            "email-code/verify",
            json!({ "email": "jane@example.com", "code": code }),
        ),
    ] {
        let response = post(&server, &format!("/t/acme/auth/{path}"), body).await;
        assert_eq!(response.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn templates_follow_the_users_locale() {
    let (server, _) = setup().await;
    for (email, locale) in [
        ("hans@example.com", "de-AT"),
        ("marie@example.com", "fr"),
        ("pablo@example.com", "es"),
    ] {
        create_user(
            &server,
            "acme",
            json!({ "email": email, "name": "Pat <b>", "locale": locale }),
        )
        .await;
    }
    let de = mail(&server, "acme", "password-reset", "hans@example.com").await;
    assert_eq!(de["locale"], "de");
    assert_eq!(
        de["subject"],
        "Setzen Sie Ihr Passwort für Tenant acme zurück"
    );
    let text = de["text"].as_str().unwrap();
    assert!(text.starts_with("Hallo Pat <b>,"), "{text}");
    assert!(text.contains("30 Minuten"), "{text}");
    let html = de["html"].as_str().unwrap();
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(
        html.contains("Hallo Pat &#60;b&#62;,") || html.contains("Hallo Pat &lt;b&gt;,"),
        "{html}"
    );

    let fr = mail(&server, "acme", "magic-link", "marie@example.com").await;
    assert_eq!(fr["locale"], "fr");
    assert_eq!(fr["subject"], "Votre lien de connexion à Tenant acme");
    let es = mail(&server, "acme", "email-code", "pablo@example.com").await;
    assert_eq!(es["locale"], "en", "no Spanish templates: English");

    // A tenant's own German template serves de-AT users; variables are escaped in HTML.
    let path = "/v1/tenants/acme/email-templates/password_reset/de";
    let response = server
        .admin(Method::PUT, path)
        .json(&json!({
            "subject": "Neues Passwort für {{ tenant_name }}",
            "text": "Hallo {{name}}, hier: {{ link }} ({{ expires_minutes }} Min.)",
            "html": "<p>Hallo {{ name }}</p><a href=\"{{ link }}\">Link</a>",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let stored: Value = response.json().await.unwrap();
    assert_eq!(stored["locale"], "de");
    let custom = mail(&server, "acme", "password-reset", "hans@example.com").await;
    assert_eq!(custom["subject"], "Neues Passwort für Tenant acme");
    let text = custom["text"].as_str().unwrap();
    let token = token_in(text);
    assert!(text.starts_with("Hallo Pat <b>, hier: http"), "{text}");
    assert!(text.ends_with("(30 Min.)"), "{text}");
    assert_eq!(
        custom["html"].as_str().unwrap(),
        format!(
            "<p>Hallo Pat &lt;b&gt;</p><a href=\"{}/t/acme/reset-password#token={token}\">Link</a>",
            server.base
        )
    );
    let (status, list) = admin_get(&server, "/v1/tenants/acme/email-templates").await;
    assert_eq!(status, 200);
    assert_eq!(list["data"].as_array().unwrap().len(), 1);

    // Validation: the link must be there, variables must exist, names must be known.
    let response = server
        .admin(Method::PUT, path)
        .json(&json!({ "subject": "x", "text": "no link {{ code }}", "html": "{{ password }}" }))
        .send()
        .await
        .unwrap();
    let problem = expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"].as_array().unwrap().len(), 2, "{problem}");
    let body = json!({ "subject": "x", "text": "{{ link }}", "html": "{{ link }}" });
    let response = server
        .admin(Method::PUT, "/v1/tenants/acme/email-templates/welcome/de")
        .json(&body)
        .send()
        .await
        .unwrap();
    expect_problem(response, 404, "not_found").await;
    let response = server
        .admin(
            Method::PUT,
            "/v1/tenants/acme/email-templates/magic_link/d_e!",
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_parameter").await;

    let response = server.admin(Method::DELETE, path).send().await.unwrap();
    assert_eq!(response.status(), 204);
    expect_problem(
        server.admin(Method::DELETE, path).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    let builtin = mail(&server, "acme", "password-reset", "hans@example.com").await;
    assert_eq!(
        builtin["subject"],
        "Setzen Sie Ihr Passwort für Tenant acme zurück"
    );
}

#[tokio::test]
async fn outbox_lists_newest_first_by_page() {
    let (server, _) = setup().await;
    for flow in ["password-reset", "magic-link", "email-code"] {
        mail(&server, "acme", flow, "jane@example.com").await;
    }
    let (status, page) = admin_get(&server, "/v1/tenants/acme/outbox?limit=2").await;
    assert_eq!(status, 200);
    let templates: Vec<&str> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["template"].as_str().unwrap())
        .collect();
    assert_eq!(templates, ["email_code", "magic_link"]);
    let cursor = page["next_cursor"].as_str().unwrap();
    let (_, next) = admin_get(
        &server,
        &format!("/v1/tenants/acme/outbox?limit=2&cursor={cursor}"),
    )
    .await;
    assert_eq!(next["data"].as_array().unwrap().len(), 1);
    assert_eq!(next["data"][0]["template"], "password_reset");
    assert!(next.get("next_cursor").is_none());

    for query in ["limit=0", "limit=101", "cursor=bogus", "to=not-an-email"] {
        let response = server
            .admin(Method::GET, &format!("/v1/tenants/acme/outbox?{query}"))
            .send()
            .await
            .unwrap();
        expect_problem(response, 422, "validation_failed").await;
    }
    let response = server
        .admin(Method::GET, "/v1/tenants/acme/outbox?colour=red")
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_parameter").await;
    let response = server
        .http
        .get(server.url("/v1/tenants/acme/outbox"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
}

#[tokio::test]
async fn malformed_email_requests_are_refused() {
    let (server, _) = setup().await;
    let raw = |path: &str, body: &'static str, content_type: &'static str| {
        server
            .http
            .post(server.url(path))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    for flow in ["password-reset", "magic-link", "email-code"] {
        let path = format!("/t/acme/auth/{flow}");
        expect_problem(
            raw(&path, "{", "application/json").await.unwrap(),
            400,
            "invalid_body",
        )
        .await;
        expect_problem(
            raw(&path, r#"{"email":"a@b.c","extra":1}"#, "application/json")
                .await
                .unwrap(),
            400,
            "invalid_body",
        )
        .await;
        expect_problem(
            raw(&path, "email=a@b.c", "application/x-www-form-urlencoded")
                .await
                .unwrap(),
            415,
            "unsupported_media_type",
        )
        .await;
        let problem = expect_problem(
            post(&server, &path, json!({ "email": "no-at-sign" })).await,
            422,
            "validation_failed",
        )
        .await;
        assert_eq!(problem["errors"][0]["pointer"], "/email");
        expect_problem(
            post(
                &server,
                &format!("/t/ghost/auth/{flow}"),
                json!({ "email": "a@b.c" }),
            )
            .await,
            404,
            "not_found",
        )
        .await;
        expect_problem(
            post(
                &server,
                &format!("/t/Bad_Slug/auth/{flow}"),
                json!({ "email": "a@b.c" }),
            )
            .await,
            400,
            "invalid_parameter",
        )
        .await;
    }
    for (path, body) in [
        ("verify-email", json!({})),
        ("password-reset/confirm", json!({ "token": "tpr_x" })),
        ("magic-link/verify", json!({ "token": 5 })),
        ("email-code/verify", json!({ "email": "a@b.c" })),
    ] {
        expect_problem(
            post(&server, &format!("/t/acme/auth/{path}"), body).await,
            400,
            "invalid_body",
        )
        .await;
    }
    let problem = expect_problem(
        verify_code(&server, "jane@example.com", "12ab56").await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/code");
    // Malformed codes are bad input, not guesses: no lockout follows.
    for _ in 0..6 {
        verify_code(&server, "jane@example.com", "1").await;
    }
    assert_eq!(
        server
            .login("acme", "jane@example.com", PASSWORD)
            .await
            .status(),
        200
    );
    let response = server
        .admin(
            Method::POST,
            "/v1/tenants/acme/users/usr_missing/send-verification-email",
        )
        .send()
        .await
        .unwrap();
    expect_problem(response, 404, "not_found").await;
    let response = server
        .http
        .post(server.url("/v1/tenants/acme/users/usr_missing/send-verification-email"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
}

// ---------------------------------------------------------------------------------------
// Delivery by SMTP to a real server process.

/// The Python of the test tools' virtualenv, with aiosmtpd importable.
fn test_python() -> PathBuf {
    let python = std::env::var_os("TESSERA_TEST_PYTHON").unwrap_or_else(|| {
        panic!(
            "TESSERA_TEST_PYTHON is not set. The SMTP tests run a real SMTP server (Python's aiosmtpd). \
             `cargo xtask test` installs it into ~/.cache/tessera/test-venv and sets the variable; by hand: \
             python3 -m venv ~/.cache/tessera/test-venv && ~/.cache/tessera/test-venv/bin/pip install aiosmtpd \
             && export TESSERA_TEST_PYTHON=~/.cache/tessera/test-venv/bin/python"
        )
    });
    let python = PathBuf::from(python);
    let ok = Command::new(&python)
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok,
        "{} cannot import aiosmtpd: run `cargo xtask test`, or `{} -m pip install aiosmtpd`",
        python.display(),
        python.display()
    );
    python
}

/// `python -m aiosmtpd` on a free port, saving every message into a Maildir.
struct SmtpServer {
    child: Child,
    port: u16,
    maildir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl SmtpServer {
    fn start(python: &Path) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let maildir = tempfile::tempdir().unwrap();
        let child = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            // A path that does not exist yet: the handler creates the Maildir's folders only then.
            .arg(maildir.path().join("maildir"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start aiosmtpd");
        let mut server = Self {
            child,
            port,
            maildir,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = server.child.try_wait().unwrap() {
                let mut err = String::new();
                use std::io::Read;
                let _ = server.child.stderr.take().unwrap().read_to_string(&mut err);
                panic!("aiosmtpd exited with {status}: {err}");
            }
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not start listening"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    /// The `count` delivered messages, parsed by Python's own email package.
    async fn messages(&self, python: &Path, count: usize) -> Vec<Value> {
        let new = self.maildir.path().join("maildir/new");
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&new)
                .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            if files.len() >= count {
                files.sort_by_key(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok());
                return files.iter().map(|f| parse_message(python, f)).collect();
            }
            assert!(
                Instant::now() < deadline,
                "expected {count} delivered message(s), found {}",
                files.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

fn parse_message(python: &Path, path: &Path) -> Value {
    const SCRIPT: &str = "import email, json, sys\n\
from email import policy\n\
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)\n\
print(json.dumps({'to': m['To'], 'from': m['From'], 'subject': m['Subject'], 'date': m['Date'],\n\
  'content_type': m.get_content_type(),\n\
  'text': m.get_body(('plain',)).get_content(), 'html': m.get_body(('html',)).get_content()}))\n";
    let output = Command::new(python)
        .args(["-c", SCRIPT])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "parse {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn smtp_mailer(port: u16) -> impl FnOnce(tessera_store::Db) -> Mailer {
    move |_| Mailer {
        sender: Arc::new(
            SmtpSender::new(
                &SmtpUrl::parse(&format!("smtp://127.0.0.1:{port}?tls=none")).unwrap(),
                Duration::from_secs(10),
            )
            .unwrap(),
        ),
        from: "no-reply@example.com".into(),
    }
}

#[tokio::test]
async fn smtp_delivers_to_a_real_server_in_the_users_language() {
    let python = test_python();
    let smtp = SmtpServer::start(&python);
    let server = TestServer::start_with_mailer(smtp_mailer(smtp.port)).await;
    server.create_tenant("acme").await;
    let user_id = create_user(
        &server,
        "acme",
        json!({ "email": "hans@example.com", "password": PASSWORD, "name": "Hans", "locale": "de" }),
    )
    .await;

    let (status, _) = request(&server, "acme", "password-reset", "hans@example.com").await;
    assert_eq!(status, 202);
    let message = &smtp.messages(&python, 1).await[0];
    assert_eq!(message["to"], "hans@example.com");
    assert_eq!(message["from"], "Tenant acme <no-reply@example.com>");
    assert_eq!(
        message["subject"],
        "Setzen Sie Ihr Passwort für Tenant acme zurück"
    );
    assert_eq!(message["content_type"], "multipart/alternative");
    assert!(message["date"].is_string());
    let text = message["text"].as_str().unwrap();
    assert!(text.starts_with("Hallo Hans,"), "{text}");
    assert!(text.contains("30 Minuten"), "{text}");
    let token = token_in(text);
    assert!(token.starts_with("tpr_"));
    assert!(message["html"].as_str().unwrap().contains(&token));
    // The link from the real mailbox works end to end.
    let response = post(
        &server,
        "/t/acme/auth/password-reset/confirm",
        json!({ "token": token, "new_password": NEW_PASSWORD }),
    )
    .await;
    assert_eq!(response.status(), 204);
    assert_eq!(
        server
            .login("acme", "hans@example.com", NEW_PASSWORD)
            .await
            .status(),
        200
    );

    // An email code and a verification email arrive the same way.
    request(&server, "acme", "email-code", "hans@example.com").await;
    let code = code_in(smtp.messages(&python, 2).await[1]["text"].as_str().unwrap());
    let response = post(
        &server,
        "/t/acme/auth/email-code/verify",
        json!({ "email": "hans@example.com", "code": code }),
    )
    .await;
    assert_eq!(response.status(), 200);

    let other = create_user(&server, "acme", json!({ "email": "ann@example.com" })).await;
    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{other}/send-verification-email"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let message = &smtp.messages(&python, 3).await[2];
    assert_eq!(message["to"], "ann@example.com");
    assert_eq!(
        message["subject"],
        "Verify your email address for Tenant acme"
    );

    // Nothing went to the outbox.
    assert!(outbox(&server, "acme", "hans@example.com").await.is_empty());
    let _ = user_id;
}

#[tokio::test]
async fn an_unreachable_relay_is_reported_to_the_admin_and_audited() {
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = TestServer::start_with_mailer(smtp_mailer(port)).await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    let response = server
        .admin(
            Method::POST,
            &format!(
                "/v1/tenants/acme/users/{}/send-verification-email",
                user["id"].as_str().unwrap()
            ),
        )
        .send()
        .await
        .unwrap();
    expect_problem(response, 503, "service_unavailable").await;
    // Anonymous requests still answer 202: a delivery failure must not reveal the account.
    let (status, _) = request(&server, "acme", "magic-link", "jane@example.com").await;
    assert_eq!(status, 202);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let failures = audit_log(&server, "acme")
            .await
            .into_iter()
            .filter(|e| e["action"] == "email.delivery_failed")
            .count();
        if failures == 2 {
            break;
        }
        assert!(Instant::now() < deadline, "expected two delivery failures");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_second_factor_still_applies_after_a_magic_link_or_code() {
    let (server, user_id) = setup().await;
    let tenant = server.create_tenant("mfa").await;
    let tenant_id = tenant["id"].as_str().unwrap();
    let user_id_mfa = create_user(
        &server,
        "mfa",
        json!({ "email": "jane@example.com", "password": PASSWORD }),
    )
    .await;
    // An enabled authenticator, straight into the store (the MFA tests cover enrolment).
    let secret = vec![7u8; 32];
    let now = tessera_server::clock::Clock::unix(server.clock.as_ref());
    server
        .db
        .upsert_pending_totp(&TotpFactorRecord {
            tenant_id: tenant_id.to_owned(),
            user_id: user_id_mfa.clone(),
            secret: secret.clone(),
            master_key_id: "test".into(),
            enabled: false,
            last_used_step: None,
            created_at: now,
            confirmed_at: None,
        })
        .await
        .unwrap();
    assert!(
        server
            .db
            .enable_totp(tenant_id, &user_id_mfa, &secret, 0, now, &[])
            .await
            .unwrap()
    );

    let token = token_in(
        mail(&server, "mfa", "magic-link", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let response = post(
        &server,
        "/t/mfa/auth/magic-link/verify",
        json!({ "token": token }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["mfa_required"], true, "{body}");
    assert!(body.get("access_token").is_none(), "{body}");

    let code = code_in(
        mail(&server, "mfa", "email-code", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let response = post(
        &server,
        "/t/mfa/auth/email-code/verify",
        json!({ "email": "jane@example.com", "code": code }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["mfa_required"], true, "{body}");
    assert!(body["mfa_token"].as_str().unwrap().starts_with("tsm_"));

    // Without an authenticator, the same flows sign straight in.
    let token = token_in(
        mail(&server, "acme", "magic-link", "jane@example.com").await["text"]
            .as_str()
            .unwrap(),
    );
    let response = post(
        &server,
        "/t/acme/auth/magic-link/verify",
        json!({ "token": token }),
    )
    .await;
    let body: Value = response.json().await.unwrap();
    assert!(body["access_token"].is_string(), "{body}");
    let _ = user_id;
}
