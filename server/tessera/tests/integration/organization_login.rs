//! Signing in into an organization at the first-party API: `organization` on
//! `POST /t/{tenant}/auth/login` (and through the MFA challenge to `/auth/mfa/verify`).
//! The session opens switched into the organization, refusals come only after every
//! factor is verified, and they neither open a session nor count towards the lockout.

use reqwest::Method;
use serde_json::{Value, json};

use crate::organization_sessions::claims;
use crate::organizations::{add_member, create_org};
use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

const ADMIN_PERMISSIONS: [&str; 7] = [
    "organization:read",
    "organization:update",
    "members:read",
    "members:invite",
    "members:update",
    "members:remove",
    "roles:read",
];

/// Tenant `acme` with alice (admin of `red`, viewer of `blue`) and bob (member of neither
/// `red` nor anything else), and tenant `other` with its own organization `violet`.
async fn setup() -> (TestServer, String, String) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server.create_tenant("other").await;
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
    create_org(&server, "other", "violet").await;
    (server, alice, bob)
}

async fn login_into(
    server: &TestServer,
    tenant: &str,
    email: &str,
    password: &str,
    organization: &str,
) -> reqwest::Response {
    server
        .http
        .post(server.url(&format!("/t/{tenant}/auth/login")))
        .json(&json!({ "email": email, "password": password, "organization": organization }))
        .send()
        .await
        .unwrap()
}

async fn refresh(server: &TestServer, refresh_token: &str) -> Value {
    let response = server
        .http
        .post(server.url("/t/acme/auth/refresh"))
        .json(&json!({ "refresh_token": refresh_token }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn current_organizations(server: &TestServer, token: &str) -> Vec<String> {
    let mine: Value = server
        .http
        .get(server.url("/t/acme/me/organizations?limit=100"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    mine["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["current"] == true)
        .map(|o| o["slug"].as_str().unwrap().to_owned())
        .collect()
}

async fn session_count(server: &TestServer, user_id: &str) -> usize {
    let sessions: Value = server
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
    sessions["data"].as_array().unwrap().len()
}

async fn create_org_with(server: &TestServer, slug: &str, policies: Value) {
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/organizations")
        .json(&json!({ "slug": slug, "name": slug, "policies": policies }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
}

fn detail(problem: &Value) -> &str {
    problem["detail"].as_str().unwrap()
}

#[tokio::test]
async fn a_login_into_an_organization_carries_its_claims_and_refresh_keeps_them() {
    let (server, alice, _) = setup().await;
    let response = login_into(&server, "acme", "alice@example.com", PASSWORD, "red").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let red = claims(&server, body["access_token"].as_str().unwrap()).await;
    assert_eq!(red["sub"], alice.as_str());
    assert!(red["org_id"].as_str().unwrap().starts_with("org_"));
    assert_eq!(red["org_slug"], "red");
    assert_eq!(red["org_role"], "admin");
    assert_eq!(red["permissions"], json!(ADMIN_PERMISSIONS));
    assert_eq!(red["sid"], body["session_id"]);
    assert_eq!(
        current_organizations(&server, body["access_token"].as_str().unwrap()).await,
        ["red"]
    );

    // `session_contexts` remembers it: each refresh keeps the organization.
    let refreshed = refresh(&server, body["refresh_token"].as_str().unwrap()).await;
    let again = claims(&server, refreshed["access_token"].as_str().unwrap()).await;
    assert_eq!(again["org_id"], red["org_id"]);
    assert_eq!(again["org_role"], "admin");
    let refreshed = refresh(&server, refreshed["refresh_token"].as_str().unwrap()).await;
    assert_eq!(
        claims(&server, refreshed["access_token"].as_str().unwrap()).await["org_slug"],
        "red"
    );

    // The id works like the slug, and the same user's other membership gives its role.
    let blue: Value = server
        .admin(Method::GET, "/v1/tenants/acme/organizations/blue")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let blue_id = blue["id"].as_str().unwrap();
    let response = login_into(&server, "acme", "alice@example.com", PASSWORD, blue_id).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let blue_claims = claims(&server, body["access_token"].as_str().unwrap()).await;
    assert_eq!(blue_claims["org_id"], blue_id);
    assert_eq!(blue_claims["org_role"], "viewer");
    assert_eq!(blue_claims["permissions"], json!(["organization:read"]));

    // A login without `organization` still opens outside any organization.
    let plain: Value = server
        .login("acme", "alice@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let plain = claims(&server, plain["access_token"].as_str().unwrap()).await;
    assert!(plain.get("org_id").is_none(), "{plain}");

    // Audited like a switch.
    let switched = server.audit_events("acme", "organization.switched").await;
    assert_eq!(switched.len(), 2, "{switched:?}");
    assert!(switched.iter().all(|e| e["details"]["via"] == "login"));
    assert!(
        switched
            .iter()
            .any(|e| e["target_id"] == red["org_id"] && e["actor_id"] == alice.as_str()),
        "{switched:?}"
    );
}

#[tokio::test]
async fn an_unknown_organization_is_refused_before_the_password_and_records_nothing() {
    let (server, alice, _) = setup().await;
    let violet: Value = server
        .admin(Method::GET, "/v1/tenants/other/organizations/violet")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let violet_id = violet["id"].as_str().unwrap().to_owned();
    // Unknown, malformed, and another tenant's organization (by slug and by id): the same
    // answer, whether the password is right or wrong.
    for organization in [
        "nope",
        "Not A Slug!",
        "org_00000000000000000000000000000000",
        "violet",
        violet_id.as_str(),
    ] {
        for password in [PASSWORD, "wrong password"] {
            let problem = expect_problem(
                login_into(&server, "acme", "alice@example.com", password, organization).await,
                422,
                "validation_failed",
            )
            .await;
            assert!(detail(&problem).contains("organization"), "{problem}");
            assert_eq!(
                problem["errors"][0]["pointer"], "/organization",
                "{problem}"
            );
        }
    }
    // Nothing was checked: no failure counted, no session opened, nothing audited.
    assert!(
        server
            .audit_events("acme", "session.login_failed")
            .await
            .is_empty()
    );
    assert!(
        server
            .audit_events("acme", "session.login_succeeded")
            .await
            .is_empty()
    );
    assert_eq!(session_count(&server, &alice).await, 0);
    // Six wrong passwords would have locked the email; it is not locked.
    assert_eq!(
        server
            .login("acme", "alice@example.com", PASSWORD)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn a_non_member_is_refused_only_after_the_password_without_a_session_or_a_failure() {
    let (server, _, bob) = setup().await;
    // A wrong password answers as without `organization`: nothing about the organization.
    let wrong = expect_problem(
        login_into(&server, "acme", "bob@example.com", "wrong password", "red").await,
        401,
        "invalid_credentials",
    )
    .await;
    let without = expect_problem(
        server
            .login("acme", "bob@example.com", "wrong password")
            .await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(wrong["detail"], without["detail"]);
    assert!(!detail(&wrong).contains("red"), "{wrong}");

    // The right password of a non-member: refused, more times than the lockout allows
    // failures, and none counts as one.
    for _ in 0..6 {
        let problem = expect_problem(
            login_into(&server, "acme", "bob@example.com", PASSWORD, "red").await,
            403,
            "permission_denied",
        )
        .await;
        assert!(
            detail(&problem).contains("not a member of the organization red"),
            "{problem}"
        );
    }
    assert_eq!(session_count(&server, &bob).await, 0);
    assert_eq!(
        server
            .audit_events("acme", "session.login_failed")
            .await
            .len(),
        2,
        "only the wrong passwords"
    );
    assert!(
        server
            .audit_events("acme", "session.login_succeeded")
            .await
            .is_empty()
    );
    let refused = server
        .audit_events("acme", "organization.sign_in_refused")
        .await;
    assert_eq!(refused.len(), 6);
    assert_eq!(refused[0]["actor_id"], bob.as_str());
    assert_eq!(refused[0]["details"]["client_id"], "tessera-session");
    assert!(
        refused[0]["details"]["reason"]
            .as_str()
            .unwrap()
            .contains("not a member"),
        "{}",
        refused[0]
    );

    // Not locked: the password still signs in, outside any organization.
    let response = server.login("acme", "bob@example.com", PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert_eq!(session_count(&server, &bob).await, 1);
    // After five real failures the email is locked, organization or not.
    for _ in 0..5 {
        let _ = server
            .login("acme", "bob@example.com", "wrong password")
            .await;
    }
    expect_problem(
        login_into(&server, "acme", "bob@example.com", PASSWORD, "red").await,
        429,
        "account_locked",
    )
    .await;
}

#[tokio::test]
async fn policies_refuse_the_login_naming_themselves() {
    let (server, alice, _) = setup().await;
    for (slug, policies) in [
        ("mfa-only", json!({ "mfa_required": true })),
        (
            "links-only",
            json!({ "allowed_sign_in_methods": ["magic_link"] }),
        ),
        (
            "passwords-ok",
            json!({ "allowed_sign_in_methods": ["password"], "max_session_age_secs": 60 }),
        ),
    ] {
        create_org_with(&server, slug, policies).await;
        add_member(&server, "acme", slug, &alice, "member").await;
    }
    let problem = expect_problem(
        login_into(&server, "acme", "alice@example.com", PASSWORD, "mfa-only").await,
        403,
        "organization_policy_violation",
    )
    .await;
    assert!(detail(&problem).contains("`mfa_required`"), "{problem}");
    let problem = expect_problem(
        login_into(&server, "acme", "alice@example.com", PASSWORD, "links-only").await,
        403,
        "organization_policy_violation",
    )
    .await;
    assert!(
        detail(&problem).contains("`allowed_sign_in_methods`")
            && detail(&problem).contains("`password`")
            && detail(&problem).contains("magic_link"),
        "{problem}"
    );
    assert_eq!(session_count(&server, &alice).await, 0);
    let refused = server
        .audit_events("acme", "organization.sign_in_refused")
        .await;
    assert_eq!(refused.len(), 2);
    assert!(
        refused
            .iter()
            .all(|e| e["details"]["reason"].as_str().unwrap().contains('`')),
        "{refused:?}"
    );

    // A policy the sign-in meets (a fresh password sign-in) opens the session.
    let response = login_into(
        &server,
        "acme",
        "alice@example.com",
        PASSWORD,
        "passwords-ok",
    )
    .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        claims(&server, body["access_token"].as_str().unwrap()).await["org_slug"],
        "passwords-ok"
    );
    assert_eq!(session_count(&server, &alice).await, 1);
}

/// Logs in with `organization` and returns the challenge's `mfa_token`.
async fn challenge_into(server: &TestServer, email: &str, organization: &str) -> String {
    let response = login_into(server, "acme", email, PASSWORD, organization).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["mfa_required"], true, "{body}");
    assert!(body.get("access_token").is_none(), "{body}");
    body["mfa_token"].as_str().unwrap().to_owned()
}

async fn verify_mfa(server: &TestServer, body: Value) -> reqwest::Response {
    server
        .http
        .post(server.url("/t/acme/auth/mfa/verify"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_mfa_user_lands_in_the_organization_after_the_second_factor() {
    let (server, alice, bob) = setup().await;
    create_org_with(&server, "mfa-only", json!({ "mfa_required": true })).await;
    add_member(&server, "acme", "mfa-only", &alice, "member").await;
    create_org_with(
        &server,
        "links-only",
        json!({ "allowed_sign_in_methods": ["magic_link"] }),
    )
    .await;
    add_member(&server, "acme", "links-only", &alice, "member").await;
    let (secret, _, recovery_codes) = crate::mfa::enrol(&server, "acme", &alice).await;

    // `mfa_required` is judged with the second factor included: met after a TOTP code.
    let mfa_token = challenge_into(&server, "alice@example.com", "mfa-only").await;
    server.clock.advance(30);
    let code = crate::mfa::code_now(&server, &secret);
    let response = verify_mfa(&server, json!({ "mfa_token": mfa_token, "code": code })).await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    let body: Value = response.json().await.unwrap();
    let landed = claims(&server, body["access_token"].as_str().unwrap()).await;
    assert_eq!(landed["org_slug"], "mfa-only");
    assert_eq!(landed["org_role"], "member");
    let refreshed = refresh(&server, body["refresh_token"].as_str().unwrap()).await;
    assert_eq!(
        claims(&server, refreshed["access_token"].as_str().unwrap()).await["org_slug"],
        "mfa-only"
    );

    // A recovery code completes a sign-in into `red` with its claims.
    let mfa_token = challenge_into(&server, "alice@example.com", "red").await;
    let response = verify_mfa(
        &server,
        json!({ "mfa_token": mfa_token, "recovery_code": recovery_codes[0] }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let red = claims(&server, body["access_token"].as_str().unwrap()).await;
    assert_eq!(red["org_slug"], "red");
    assert_eq!(red["permissions"], json!(ADMIN_PERMISSIONS));
    assert_eq!(session_count(&server, &alice).await, 2);

    // A policy the first factor does not meet is refused at the second factor: no session,
    // and the challenge is spent.
    let mfa_token = challenge_into(&server, "alice@example.com", "links-only").await;
    let problem = expect_problem(
        verify_mfa(
            &server,
            json!({ "mfa_token": mfa_token, "recovery_code": recovery_codes[1] }),
        )
        .await,
        403,
        "organization_policy_violation",
    )
    .await;
    assert!(
        detail(&problem).contains("`allowed_sign_in_methods`"),
        "{problem}"
    );
    assert_eq!(session_count(&server, &alice).await, 2);
    expect_problem(
        verify_mfa(
            &server,
            json!({ "mfa_token": mfa_token, "recovery_code": recovery_codes[2] }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;

    // A non-member with MFA gets a challenge like anyone (membership is not told before
    // the second factor), and the refusal after it.
    let (_, _, bob_codes) = crate::mfa::enrol(&server, "acme", &bob).await;
    let mfa_token = challenge_into(&server, "bob@example.com", "red").await;
    expect_problem(
        verify_mfa(
            &server,
            json!({ "mfa_token": mfa_token, "recovery_code": bob_codes[0] }),
        )
        .await,
        403,
        "permission_denied",
    )
    .await;
    assert_eq!(session_count(&server, &bob).await, 0);
    let refused = server
        .audit_events("acme", "organization.sign_in_refused")
        .await;
    assert_eq!(refused.len(), 2);
    assert!(
        refused
            .iter()
            .any(|e| e["details"]["second_factor"] == "recovery_code"
                && e["actor_id"] == bob.as_str())
    );
}
