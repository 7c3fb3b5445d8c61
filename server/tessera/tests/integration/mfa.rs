//! TOTP multi-factor authentication end to end: enrolment through the admin API, the login
//! challenge, verification with codes from an independent generator (Python's `pyotp`),
//! recovery codes, and every failure path (wrong, replayed and expired codes and tokens,
//! lockout, tenant isolation, malformed input).
//!
//! `pyotp` runs from the virtualenv that `cargo xtask test` prepares and names in
//! `TESSERA_TEST_PYTHON`; without it these tests fail and say how to fix it.

use std::path::PathBuf;
use std::process::Command;

use base64::Engine;
use reqwest::Method;
use serde_json::{Value, json};
use tessera_server::clock::Clock;

use crate::support::{TestServer, expect_problem, verify};

const PASSWORD: &str = "correct horse battery staple";
const EMAIL: &str = "jane@example.com";

fn python() -> PathBuf {
    const HINT: &str = "the MFA tests compute TOTP codes with Python's pyotp, an independent \
        generator: run them through `cargo xtask test`, which prepares the virtualenv, or \
        set it up yourself: `python3 -m venv ~/.cache/tessera/test-venv && \
        ~/.cache/tessera/test-venv/bin/pip install 'pyotp>=2.9,<3' && \
        export TESSERA_TEST_PYTHON=~/.cache/tessera/test-venv/bin/python`";
    let Some(path) = std::env::var_os("TESSERA_TEST_PYTHON").filter(|v| !v.is_empty()) else {
        panic!("TESSERA_TEST_PYTHON is not set; {HINT}");
    };
    let path = PathBuf::from(path);
    assert!(
        path.is_file(),
        "TESSERA_TEST_PYTHON={} does not exist; {HINT}",
        path.display()
    );
    path
}

/// Runs a pyotp snippet with `args` as `sys.argv[1:]`, returning its stdout.
fn pyotp(script: &str, args: &[&str]) -> String {
    let output = Command::new(python())
        .args(["-c", &format!("import sys, pyotp\n{script}")])
        .args(args)
        .output()
        .expect("run the test virtualenv's python");
    assert!(
        output.status.success(),
        "pyotp failed (is it installed in the virtualenv? `cargo xtask test` installs it): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

/// pyotp's code for a base32 secret at Unix time `t`.
fn code_at(secret: &str, t: i64) -> String {
    pyotp(
        "print(pyotp.TOTP(sys.argv[1]).at(int(sys.argv[2])))",
        &[secret, &t.to_string()],
    )
}

/// pyotp's code for the server's current time: the system clock plus the offset the test
/// has advanced the server's clock by.
pub fn code_now(server: &TestServer, secret: &str) -> String {
    code_at(secret, server.clock.unix())
}

/// A code that is none of the accepted ones (previous, current and next step).
fn wrong_code(server: &TestServer, secret: &str) -> String {
    let now = server.clock.unix();
    let valid: Vec<String> = [now - 30, now, now + 30, now + 60]
        .iter()
        .map(|t| code_at(secret, *t))
        .collect();
    (0..10)
        .map(|d| d.to_string().repeat(6))
        .find(|c| !valid.contains(c))
        .unwrap()
}

fn totp_path(slug: &str, user_id: &str) -> String {
    format!("/v1/tenants/{slug}/users/{user_id}/mfa/totp")
}

struct Enrolled {
    server: TestServer,
    user_id: String,
    secret: String,
    /// The code that confirmed the enrolment (its time step is spent).
    confirmed_with: String,
    recovery_codes: Vec<String>,
}

async fn start_enrolment(server: &TestServer, slug: &str, user_id: &str) -> Value {
    let response = server
        .admin(Method::POST, &totp_path(slug, user_id))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn confirm(server: &TestServer, slug: &str, user_id: &str, code: &str) -> reqwest::Response {
    server
        .admin(
            Method::POST,
            &format!("{}/confirm", totp_path(slug, user_id)),
        )
        .json(&json!({ "code": code }))
        .send()
        .await
        .unwrap()
}

/// A tenant `acme` with a user whose TOTP is enabled.
async fn enrolled() -> Enrolled {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server.create_user("acme", EMAIL, PASSWORD).await;
    let user_id = user["id"].as_str().unwrap().to_owned();
    let (secret, confirmed_with, recovery_codes) = enrol(&server, "acme", &user_id).await;
    Enrolled {
        server,
        user_id,
        secret,
        confirmed_with,
        recovery_codes,
    }
}

/// Enrols and confirms; returns the secret, the confirming code and the recovery codes.
pub async fn enrol(
    server: &TestServer,
    slug: &str,
    user_id: &str,
) -> (String, String, Vec<String>) {
    let enrolment = start_enrolment(server, slug, user_id).await;
    let secret = enrolment["secret"].as_str().unwrap().to_owned();
    let code = code_now(server, &secret);
    let response = confirm(server, slug, user_id, &code).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let codes = body["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    (secret, code, codes)
}

/// Logs in with the password and returns the challenge's `mfa_token`.
async fn challenge(server: &TestServer, slug: &str) -> String {
    let response = server.login(slug, EMAIL, PASSWORD).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["mfa_required"], true, "{body}");
    body["mfa_token"].as_str().unwrap().to_owned()
}

async fn verify_mfa(server: &TestServer, slug: &str, body: Value) -> reqwest::Response {
    server
        .http
        .post(server.url(&format!("/t/{slug}/auth/mfa/verify")))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// The tenant's audit events with this action (every event for ""), oldest first.
async fn audit_actions(server: &TestServer, action: &str) -> Vec<Value> {
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
        .filter(|e| action.is_empty() || e["action"] == action)
        .cloned()
        .collect()
}

#[test]
fn the_independent_generator_agrees_with_rfc_6238() {
    // RFC 6238 Appendix B, SHA-1: the seed "12345678901234567890" in base32, T = 59, 8 digits.
    let secret = base32_encode(b"12345678901234567890");
    assert_eq!(
        pyotp(
            "print(pyotp.TOTP(sys.argv[1], digits=8).at(59))",
            &[&secret]
        ),
        "94287082"
    );
}

fn base32_encode(bytes: &[u8]) -> String {
    pyotp(
        "import base64; print(base64.b32encode(sys.argv[1].encode()).decode())",
        &[std::str::from_utf8(bytes).unwrap()],
    )
}

#[tokio::test]
async fn enrol_then_sign_in_with_a_code_from_pyotp() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server.create_user("acme", EMAIL, PASSWORD).await;
    let user_id = user["id"].as_str().unwrap();

    let response = server
        .admin(Method::GET, &totp_path("acme", user_id))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let state: Value = response.json().await.unwrap();
    assert_eq!(state["status"], "disabled");
    assert_eq!(state["recovery_codes_remaining"], 0);

    let enrolment = start_enrolment(&server, "acme", user_id).await;
    let secret = enrolment["secret"].as_str().unwrap();
    assert_eq!(secret.len(), 32, "160 bits in base32: {secret}");
    assert!(
        secret
            .chars()
            .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c))
    );
    assert_eq!(enrolment["algorithm"], "SHA1");
    assert_eq!(enrolment["digits"], 6);
    assert_eq!(enrolment["period"], 30);
    let uri = enrolment["otpauth_uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert!(uri.contains(&format!("secret={secret}")), "{uri}");
    assert!(uri.contains("issuer=Tenant%20acme"), "{uri}");
    assert!(uri.contains("jane%40example.com"), "{uri}");
    let png = enrolment["qr_png"]
        .as_str()
        .unwrap()
        .strip_prefix("data:image/png;base64,")
        .expect("a PNG data URI");
    let png = base64::engine::general_purpose::STANDARD
        .decode(png)
        .unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let svg = enrolment["qr_svg"].as_str().unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>"));

    // Pending: the password alone still signs in.
    let state: Value = server
        .admin(Method::GET, &totp_path("acme", user_id))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["status"], "pending");
    let response = server.login("acme", EMAIL, PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.json::<Value>().await.unwrap()["access_token"].is_string(),
        "no MFA before confirmation"
    );

    // pyotp reads the otpauth URI as an authenticator app would, and its code confirms.
    let code = pyotp(
        "print(pyotp.parse_uri(sys.argv[1]).at(int(sys.argv[2])))",
        &[uri, &server.clock.unix().to_string()],
    );
    let response = confirm(&server, "acme", user_id, &code).await;
    assert_eq!(response.status(), 200);
    let codes: Value = response.json().await.unwrap();
    let codes = codes["recovery_codes"].as_array().unwrap();
    assert_eq!(codes.len(), 10);
    for code in codes {
        let code = code.as_str().unwrap();
        assert!(code.starts_with("tsrc_") && code.len() == 24, "{code}");
    }
    let state: Value = server
        .admin(Method::GET, &totp_path("acme", user_id))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["status"], "enabled");
    assert_eq!(state["recovery_codes_remaining"], 10);
    assert!(state["confirmed_at"].is_string());

    // The password now yields a challenge, not tokens.
    let response = server.login("acme", EMAIL, PASSWORD).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["mfa_required"], true);
    assert_eq!(body["factors"], json!(["totp", "recovery_code"]));
    assert_eq!(body["expires_in"], 300);
    assert!(body.get("access_token").is_none(), "{body}");
    assert!(body.get("refresh_token").is_none(), "{body}");
    let token = body["mfa_token"].as_str().unwrap();
    assert!(token.starts_with("tsm_"), "{token}");

    // The confirmation code's step is spent: a fresh one comes with the next step.
    server.clock.advance(30);
    let response = verify_mfa(
        &server,
        "acme",
        json!({ "mfa_token": token, "code": code_now(&server, secret) }),
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
    assert_eq!(claims["sub"], user_id);
    assert_eq!(claims["sid"], tokens["session_id"]);
    assert!(
        tokens["refresh_token"]
            .as_str()
            .unwrap()
            .starts_with("tsr_")
    );

    let logins = audit_actions(&server, "session.login_succeeded").await;
    let last = logins.last().unwrap();
    assert_eq!(last["details"]["method"], "totp");
    assert_eq!(last["actor_id"], user_id);
    for action in [
        "mfa.totp_enrolment_started",
        "mfa.totp_enabled",
        "session.mfa_required",
    ] {
        let events = audit_actions(&server, action).await;
        assert!(!events.is_empty(), "{action} is audited");
    }
    // Secrets never reach the audit log.
    let dump = serde_json::to_string(&audit_actions(&server, "").await).unwrap();
    assert!(!dump.contains(secret));
    assert!(!dump.contains(token));
    assert!(!dump.contains(codes[0].as_str().unwrap()));
}

#[tokio::test]
async fn wrong_and_replayed_codes_are_refused_and_the_token_is_single_use() {
    let Enrolled {
        server,
        secret,
        confirmed_with: replay,
        ..
    } = enrolled().await;
    let token = challenge(&server, "acme").await;

    // The code that confirmed the enrolment is of a spent step.
    let problem = expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": replay }),
        )
        .await,
        401,
        "invalid_code",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("already used"));
    expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": wrong_code(&server, &secret) }),
        )
        .await,
        401,
        "invalid_code",
    )
    .await;

    // Wrong codes leave the token usable; the next step's code completes the sign-in.
    server.clock.advance(30);
    let fresh = code_now(&server, &secret);
    let response = verify_mfa(
        &server,
        "acme",
        json!({ "mfa_token": token, "code": format!("{} {}", &fresh[..3], &fresh[3..]) }),
    )
    .await;
    assert_eq!(response.status(), 200);

    // The code is now spent, even with a new token, and the token is spent too.
    let second = challenge(&server, "acme").await;
    expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": second, "code": fresh }),
        )
        .await,
        401,
        "invalid_code",
    )
    .await;
    server.clock.advance(30);
    let next = code_now(&server, &secret);
    expect_problem(
        verify_mfa(&server, "acme", json!({ "mfa_token": token, "code": next })).await,
        401,
        "invalid_token",
    )
    .await;
    // Refusing the spent token did not spend the code.
    assert_eq!(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": second, "code": next })
        )
        .await
        .status(),
        200
    );
    let failures = audit_actions(&server, "session.mfa_failed").await;
    assert_eq!(failures.len(), 3);
    assert!(failures.iter().all(|f| f["details"]["method"] == "totp"));
}

#[tokio::test]
async fn the_token_expires_after_five_minutes() {
    let Enrolled { server, secret, .. } = enrolled().await;
    let token = challenge(&server, "acme").await;
    server.clock.advance(301);
    let problem = expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": code_now(&server, &secret) }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("sign in again")
    );
    // Inside the lifetime, a new one works.
    let token = challenge(&server, "acme").await;
    server.clock.advance(290);
    let response = verify_mfa(
        &server,
        "acme",
        json!({ "mfa_token": token, "code": code_now(&server, &secret) }),
    )
    .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}

#[tokio::test]
async fn recovery_codes_work_once_each() {
    let Enrolled {
        server,
        user_id,
        recovery_codes,
        ..
    } = enrolled().await;
    let token = challenge(&server, "acme").await;
    let response = verify_mfa(
        &server,
        "acme",
        json!({ "mfa_token": token, "recovery_code": recovery_codes[0] }),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert!(response.json::<Value>().await.unwrap()["access_token"].is_string());

    let token = challenge(&server, "acme").await;
    let problem = expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "recovery_code": recovery_codes[0] }),
        )
        .await,
        401,
        "invalid_code",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("recovery code")
    );
    // Typed loosely (no prefix, spaces, upper case), the next code still works.
    let loose = recovery_codes[1]
        .trim_start_matches("tsrc_")
        .replace('-', " ")
        .to_uppercase();
    assert_eq!(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "recovery_code": loose }),
        )
        .await
        .status(),
        200
    );
    let state: Value = server
        .admin(Method::GET, &totp_path("acme", &user_id))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["recovery_codes_remaining"], 8);
    let used = audit_actions(&server, "mfa.recovery_code_used").await;
    assert_eq!(used.len(), 2);
    assert_eq!(used[1]["details"]["remaining"], 8);
    let logins = audit_actions(&server, "session.login_succeeded").await;
    assert_eq!(logins.last().unwrap()["details"]["method"], "recovery_code");

    // Regeneration replaces them all: old unused codes stop working.
    let response = server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/mfa/recovery-codes"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let fresh: Value = response.json().await.unwrap();
    let token = challenge(&server, "acme").await;
    expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "recovery_code": recovery_codes[2] }),
        )
        .await,
        401,
        "invalid_code",
    )
    .await;
    assert_eq!(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "recovery_code": fresh["recovery_codes"][0] }),
        )
        .await
        .status(),
        200
    );
}

#[tokio::test]
async fn disabling_totp_restores_password_sign_in_and_voids_challenges() {
    let Enrolled {
        server,
        user_id,
        secret,
        recovery_codes,
        ..
    } = enrolled().await;
    let token = challenge(&server, "acme").await;
    let path = totp_path("acme", &user_id);
    let response = server.admin(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(response.status(), 204);
    expect_problem(
        server.admin(Method::DELETE, &path).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    let response = server.login("acme", EMAIL, PASSWORD).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert!(body["access_token"].is_string(), "{body}");
    assert!(body.get("mfa_required").is_none(), "{body}");

    server.clock.advance(30);
    expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": code_now(&server, &secret) }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
    let state: Value = server
        .admin(Method::GET, &path)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["status"], "disabled");
    assert_eq!(state["recovery_codes_remaining"], 0);
    assert_eq!(audit_actions(&server, "mfa.totp_disabled").await.len(), 1);

    // Enrolling again gives a new secret and new recovery codes; the old ones are dead.
    let (new_secret, _, _) = enrol(&server, "acme", &user_id).await;
    assert_ne!(new_secret, secret);
    let token = challenge(&server, "acme").await;
    expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "recovery_code": recovery_codes[0] }),
        )
        .await,
        401,
        "invalid_code",
    )
    .await;
}

#[tokio::test]
async fn wrong_codes_lock_the_account_like_wrong_passwords() {
    let Enrolled {
        server,
        user_id,
        secret,
        ..
    } = enrolled().await;
    server.clock.advance(30);
    let token = challenge(&server, "acme").await;
    let wrong = wrong_code(&server, &secret);
    for _ in 0..5 {
        expect_problem(
            verify_mfa(
                &server,
                "acme",
                json!({ "mfa_token": token, "code": wrong }),
            )
            .await,
            401,
            "invalid_code",
        )
        .await;
    }
    // Locked now, even for the right code, and for the password too.
    let response = verify_mfa(
        &server,
        "acme",
        json!({ "mfa_token": token, "code": code_now(&server, &secret) }),
    )
    .await;
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&retry), "{retry}");
    expect_problem(response, 429, "account_locked").await;
    expect_problem(
        server.login("acme", EMAIL, PASSWORD).await,
        429,
        "account_locked",
    )
    .await;
    assert_eq!(
        audit_actions(&server, "session.login_locked").await.len(),
        1
    );

    // A correct password does not reset the count: password and code failures add up.
    server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/unlock"),
        )
        .send()
        .await
        .unwrap();
    for _ in 0..4 {
        let token = challenge(&server, "acme").await;
        expect_problem(
            verify_mfa(
                &server,
                "acme",
                json!({ "mfa_token": token, "code": wrong }),
            )
            .await,
            401,
            "invalid_code",
        )
        .await;
    }
    let token = challenge(&server, "acme").await;
    expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": wrong }),
        )
        .await,
        401,
        "invalid_code",
    )
    .await;
    expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": wrong }),
        )
        .await,
        429,
        "account_locked",
    )
    .await;

    // Once the lock ends, the right code signs in and clears the count.
    server.clock.advance(3600);
    let token = challenge(&server, "acme").await;
    assert_eq!(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": code_now(&server, &secret) }),
        )
        .await
        .status(),
        200
    );
    for _ in 0..4 {
        let token = challenge(&server, "acme").await;
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": wrong }),
        )
        .await;
    }
    assert_eq!(
        server.login("acme", EMAIL, PASSWORD).await.status(),
        200,
        "four failures after a success do not lock"
    );
}

#[tokio::test]
async fn tokens_and_factors_do_not_cross_tenants() {
    let Enrolled {
        server,
        user_id,
        secret,
        recovery_codes,
        ..
    } = enrolled().await;
    server.create_tenant("other").await;
    // Same email, other tenant: its own account, no MFA.
    let other = server.create_user("other", EMAIL, PASSWORD).await;
    let response = server.login("other", EMAIL, PASSWORD).await;
    assert!(
        response.json::<Value>().await.unwrap()["access_token"].is_string(),
        "MFA of acme's user does not apply to other's"
    );

    let token = challenge(&server, "acme").await;
    server.clock.advance(30);
    let code = code_now(&server, &secret);
    for body in [
        json!({ "mfa_token": token, "code": code }),
        json!({ "mfa_token": token, "recovery_code": recovery_codes[0] }),
    ] {
        expect_problem(
            verify_mfa(&server, "other", body).await,
            401,
            "invalid_token",
        )
        .await;
    }
    expect_problem(
        verify_mfa(
            &server,
            "ghost",
            json!({ "mfa_token": token, "code": code }),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    // acme's user is not managed through another tenant.
    for method in [Method::GET, Method::POST, Method::DELETE] {
        expect_problem(
            server
                .admin(method, &totp_path("other", &user_id))
                .send()
                .await
                .unwrap(),
            404,
            "not_found",
        )
        .await;
    }
    let other_id = other["id"].as_str().unwrap();
    expect_problem(
        confirm(&server, "acme", other_id, &code).await,
        404,
        "not_found",
    )
    .await;
    // The foreign attempts spent nothing: the token and the code still work at home.
    assert_eq!(
        verify_mfa(&server, "acme", json!({ "mfa_token": token, "code": code }))
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn cookie_delivery_after_the_second_factor() {
    let Enrolled { server, secret, .. } = enrolled().await;
    let token = challenge(&server, "acme").await;
    server.clock.advance(30);
    let response = verify_mfa(
        &server,
        "acme",
        json!({ "mfa_token": token, "code": code_now(&server, &secret), "delivery": "cookie" }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("tessera_refresh=tsr_"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    let body: Value = response.json().await.unwrap();
    assert!(body.get("refresh_token").is_none(), "{body}");
    assert!(body["access_token"].is_string());
}

#[tokio::test]
async fn enrolment_management_refuses_what_does_not_fit() {
    let Enrolled {
        server,
        user_id,
        secret,
        ..
    } = enrolled().await;
    let path = totp_path("acme", &user_id);
    // Enabled: no second enrolment, no second confirmation.
    expect_problem(
        server.admin(Method::POST, &path).send().await.unwrap(),
        409,
        "conflict",
    )
    .await;
    expect_problem(
        confirm(&server, "acme", &user_id, &code_now(&server, &secret)).await,
        409,
        "conflict",
    )
    .await;

    let bob = server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let bob = bob["id"].as_str().unwrap();
    // Nothing pending: confirmation has nothing to confirm, there are no codes to renew.
    expect_problem(
        confirm(&server, "acme", bob, "123456").await,
        409,
        "conflict",
    )
    .await;
    expect_problem(
        server
            .admin(
                Method::POST,
                &format!("/v1/tenants/acme/users/{bob}/mfa/recovery-codes"),
            )
            .send()
            .await
            .unwrap(),
        409,
        "conflict",
    )
    .await;
    // A wrong or malformed code does not enable it.
    let enrolment = start_enrolment(&server, "acme", bob).await;
    let bob_secret = enrolment["secret"].as_str().unwrap();
    let problem = expect_problem(
        confirm(&server, "acme", bob, &wrong_code(&server, bob_secret)).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/code");
    for bad in ["12345", "abcdef", "1234567"] {
        expect_problem(
            confirm(&server, "acme", bob, bad).await,
            422,
            "validation_failed",
        )
        .await;
    }
    // A restarted enrolment replaces the secret: codes of the first one no longer confirm.
    let restarted = start_enrolment(&server, "acme", bob).await;
    assert_ne!(restarted["secret"], enrolment["secret"]);
    expect_problem(
        confirm(&server, "acme", bob, &code_now(&server, bob_secret)).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        confirm(
            &server,
            "acme",
            bob,
            &code_now(&server, restarted["secret"].as_str().unwrap())
        )
        .await
        .status(),
        200
    );

    // Unknown users, no admin key, bad bodies.
    expect_problem(
        server
            .admin(Method::GET, &totp_path("acme", "usr_nobody"))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    expect_problem(
        server.http.post(server.url(&path)).send().await.unwrap(),
        401,
        "unauthorized",
    )
    .await;
    expect_problem(
        server.http.get(server.url(&path)).send().await.unwrap(),
        401,
        "unauthorized",
    )
    .await;
    let confirm_path = format!("{path}/confirm");
    for (body, content_type, status, code) in [
        (
            r#"{"code":"123456","extra":1}"#,
            "application/json",
            400,
            "invalid_body",
        ),
        (r#"{}"#, "application/json", 400, "invalid_body"),
        (
            r#"{"code":123456}"#,
            "application/json",
            400,
            "invalid_body",
        ),
        (
            "code=123456",
            "application/x-www-form-urlencoded",
            415,
            "unsupported_media_type",
        ),
    ] {
        expect_problem(
            server
                .admin(Method::POST, &confirm_path)
                .header("content-type", content_type)
                .body(body)
                .send()
                .await
                .unwrap(),
            status,
            code,
        )
        .await;
    }
}

#[tokio::test]
async fn malformed_verify_requests_are_refused() {
    let Enrolled {
        server,
        secret,
        recovery_codes,
        ..
    } = enrolled().await;
    let token = challenge(&server, "acme").await;
    let code = code_now(&server, &secret);
    for body in [
        json!({ "mfa_token": token }),
        json!({ "mfa_token": token, "code": code, "recovery_code": recovery_codes[0] }),
        json!({ "mfa_token": token, "code": "12ab56" }),
        json!({ "mfa_token": token, "code": "1234567" }),
        json!({ "mfa_token": token, "recovery_code": "not a code!" }),
        json!({ "mfa_token": token, "recovery_code": "tsrc_abcd-efgh-ijkl-mno" }),
    ] {
        expect_problem(
            verify_mfa(&server, "acme", body).await,
            422,
            "validation_failed",
        )
        .await;
    }
    for body in [
        r#"{"code":"123456"}"#,
        r#"{"mfa_token":"tsm_x","code":"123456","remember":true}"#,
        r#"{"mfa_token":42,"code":"123456"}"#,
        r#"{"mfa_token":"#,
    ] {
        let response = server
            .http
            .post(server.url("/t/acme/auth/mfa/verify"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        expect_problem(response, 400, "invalid_body").await;
    }
    let response = server
        .http
        .post(server.url("/t/acme/auth/mfa/verify"))
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    expect_problem(response, 415, "unsupported_media_type").await;
    for bad_token in ["", "nope", "tsm_unknown", &"tsm_x".repeat(100)] {
        expect_problem(
            verify_mfa(
                &server,
                "acme",
                json!({ "mfa_token": bad_token, "code": "123456" }),
            )
            .await,
            401,
            "invalid_token",
        )
        .await;
    }
    expect_problem(
        verify_mfa(
            &server,
            "Bad_Slug",
            json!({ "mfa_token": token, "code": code }),
        )
        .await,
        400,
        "invalid_parameter",
    )
    .await;
    // None of that spent the token or counted as a failure.
    server.clock.advance(30);
    assert_eq!(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": code_now(&server, &secret) }),
        )
        .await
        .status(),
        200
    );
    assert!(
        audit_actions(&server, "session.mfa_failed")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn a_disabled_user_cannot_complete_the_challenge() {
    let Enrolled {
        server,
        user_id,
        secret,
        ..
    } = enrolled().await;
    let token = challenge(&server, "acme").await;
    server
        .admin(
            Method::POST,
            &format!("/v1/tenants/acme/users/{user_id}/disable"),
        )
        .send()
        .await
        .unwrap();
    server.clock.advance(30);
    expect_problem(
        verify_mfa(
            &server,
            "acme",
            json!({ "mfa_token": token, "code": code_now(&server, &secret) }),
        )
        .await,
        403,
        "account_disabled",
    )
    .await;
}

/// A signed-in user enrols their own authenticator under `/t/{tenant}/me/mfa`, needing their
/// password for everything but the confirming code, and then meets the challenge at login.
#[tokio::test]
async fn self_service_enrolment_needs_the_password_and_then_guards_sign_in() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server.create_user("acme", EMAIL, PASSWORD).await;
    let tokens: Value = server
        .login("acme", EMAIL, PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let access = tokens["access_token"].as_str().unwrap().to_owned();
    let me = |method: Method, path: &str| {
        server
            .http
            .request(method, server.url(&format!("/t/acme/me/mfa{path}")))
            .bearer_auth(&access)
    };

    let status: Value = me(Method::GET, "/totp")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["status"], "disabled", "{status}");
    // A stolen access token alone cannot enrol an authenticator.
    expect_problem(
        me(Method::POST, "/totp")
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    expect_problem(
        me(Method::POST, "/totp")
            .json(&json!({ "current_password": "not my password" }))
            .send()
            .await
            .unwrap(),
        401,
        "invalid_credentials",
    )
    .await;
    let response = me(Method::POST, "/totp")
        .json(&json!({ "current_password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let enrolment: Value = response.json().await.unwrap();
    let secret = enrolment["secret"].as_str().unwrap().to_owned();
    let response = me(Method::POST, "/totp/confirm")
        .json(&json!({ "code": code_now(&server, &secret) }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let codes: Value = response.json().await.unwrap();
    assert_eq!(codes["recovery_codes"].as_array().unwrap().len(), 10);

    // The password alone no longer signs in.
    let challenge: Value = server
        .login("acme", EMAIL, PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(challenge["mfa_required"], true);
    assert!(challenge.get("access_token").is_none());

    let response = me(Method::POST, "/recovery-codes")
        .json(&json!({ "current_password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let fresh: Value = response.json().await.unwrap();
    assert_ne!(fresh["recovery_codes"], codes["recovery_codes"]);

    expect_problem(
        me(Method::DELETE, "/totp")
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        me(Method::DELETE, "/totp")
            .json(&json!({ "current_password": PASSWORD }))
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    let tokens: Value = server
        .login("acme", EMAIL, PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        tokens["access_token"].is_string(),
        "password-only sign-in again: {tokens}"
    );
    let actions: Vec<String> = audit_actions(&server, "mfa.totp_enabled")
        .await
        .iter()
        .map(|e| e["actor_type"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(actions, ["user"], "the user, not an admin, enabled it");
}
