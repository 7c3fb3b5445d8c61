//! Passwords beyond the basics: importing users with hashes made elsewhere (bcrypt, scrypt,
//! argon2, generated here by independent Python implementations) and their upgrade to
//! argon2id at sign-in; the shipped common-password list; and the leaked-password check
//! against a local server that speaks the Pwned Passwords range protocol.
//!
//! The hashes come from Python's `bcrypt`, `argon2-cffi` and `hashlib.scrypt`, in the
//! virtualenv that `cargo xtask test` prepares and names in `TESSERA_TEST_PYTHON`; without
//! it these tests fail and say how to fix it.

use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, Uri};
use reqwest::Method;
use serde_json::{Value, json};
use tessera_server::services::breached_passwords::{self, RangeClient};

use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

fn python() -> PathBuf {
    const HINT: &str = "the password-import tests hash with Python's bcrypt, argon2-cffi and \
        hashlib.scrypt, independent implementations: run them through `cargo xtask test`, \
        which prepares the virtualenv, or set it up yourself: `python3 -m venv \
        ~/.cache/tessera/test-venv && ~/.cache/tessera/test-venv/bin/pip install \
        'bcrypt>=4,<6' 'argon2-cffi>=23,<26' && \
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

/// Hashes of `password` by the Python peers, keyed by a label.
fn python_hashes(password: &str) -> Value {
    const SCRIPT: &str = r#"
import base64, hashlib, json, os, sys
import bcrypt
from argon2 import PasswordHasher, Type
from argon2.low_level import hash_secret

pw = sys.argv[1].encode()

def b64(b):
    return base64.b64encode(b).decode().rstrip("=")

def scrypt_phc(ln, r, p):
    salt = os.urandom(16)
    dk = hashlib.scrypt(pw, salt=salt, n=2 ** ln, r=r, p=p, dklen=32)
    return f"$scrypt$ln={ln},r={r},p={p}${b64(salt)}${b64(dk)}"

def argon2_low(kind):
    return hash_secret(pw, os.urandom(16), time_cost=2, memory_cost=2048, parallelism=2,
                       hash_len=32, type=kind).decode()

print(json.dumps({
    "bcrypt_2b": bcrypt.hashpw(pw, bcrypt.gensalt(rounds=4)).decode(),
    "bcrypt_2a": bcrypt.hashpw(pw, bcrypt.gensalt(rounds=5, prefix=b"2a")).decode(),
    "scrypt": scrypt_phc(12, 8, 1),
    "scrypt_p2": scrypt_phc(10, 4, 2),
    "argon2id": PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID).hash(pw),
    "argon2id_heavier": PasswordHasher(time_cost=3, memory_cost=4096, parallelism=4).hash(pw),
    "argon2i": argon2_low(Type.I),
    "argon2d": argon2_low(Type.D),
}))
"#;
    let output = Command::new(python())
        .args(["-c", SCRIPT, password])
        .output()
        .expect("run the test virtualenv's python");
    assert!(
        output.status.success(),
        "hashing with Python failed (are bcrypt and argon2-cffi installed in the virtualenv? \
         `cargo xtask test` installs them): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

async fn create(server: &TestServer, body: Value) -> reqwest::Response {
    server
        .admin(Method::POST, "/v1/tenants/acme/users")
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn stored_hash(server: &TestServer, tenant_id: &str, email: &str) -> String {
    server
        .db
        .user_by_email(tenant_id, email)
        .await
        .unwrap()
        .expect("the user exists")
        .password_hash
        .expect("the user has a password")
}

async fn audit_log(server: &TestServer) -> Vec<Value> {
    let body: Value = server
        .admin(Method::GET, "/v1/tenants/acme/audit-events?limit=100")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"].as_array().unwrap().clone()
}

#[tokio::test]
async fn imported_hashes_sign_in_and_are_upgraded_to_argon2id() {
    let server = TestServer::start().await;
    let tenant = server.create_tenant("acme").await;
    let tenant_id = tenant["id"].as_str().unwrap();
    let hashes = python_hashes(PASSWORD);
    let hashes = hashes.as_object().unwrap();
    assert_eq!(hashes.len(), 8);
    // PHP writes `$2y$`; it is the same algorithm as Python's `$2b$`.
    let mut cases: Vec<(String, String)> = hashes
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
        .collect();
    let bcrypt_2b = hashes["bcrypt_2b"].as_str().unwrap();
    assert!(bcrypt_2b.starts_with("$2b$04$"), "{bcrypt_2b}");
    cases.push(("bcrypt_2y".into(), bcrypt_2b.replacen("$2b$", "$2y$", 1)));

    for (label, hash) in &cases {
        let email = format!("{label}@example.com");
        let response = create(&server, json!({ "email": email, "password_hash": hash })).await;
        assert_eq!(response.status(), 201, "{label}: {hash}");
        let user: Value = response.json().await.unwrap();
        assert_eq!(user["has_password"], true, "{label}");
        assert!(
            !user.to_string().contains(hash.as_str()),
            "no hash in responses"
        );
        assert_eq!(&stored_hash(&server, tenant_id, &email).await, hash);

        expect_problem(
            server
                .login("acme", &email, "correct horse battery stapler")
                .await,
            401,
            "invalid_credentials",
        )
        .await;
        assert_eq!(
            &stored_hash(&server, tenant_id, &email).await,
            hash,
            "{label}: a failed sign-in changes nothing"
        );
        let response = server.login("acme", &email, PASSWORD).await;
        assert_eq!(response.status(), 200, "{label}: {hash}");
        let upgraded = stored_hash(&server, tenant_id, &email).await;
        assert!(
            upgraded.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"),
            "{label}: upgraded to the server's parameters, got {upgraded}"
        );
        // The new hash works, and stays as it is.
        assert_eq!(server.login("acme", &email, PASSWORD).await.status(), 200);
        assert_eq!(stored_hash(&server, tenant_id, &email).await, upgraded);
        expect_problem(
            server.login("acme", &email, "wrong password!!").await,
            401,
            "invalid_credentials",
        )
        .await;
    }

    let events = audit_log(&server).await;
    let created: Vec<&Value> = events
        .iter()
        .filter(|e| e["action"] == "user.created")
        .collect();
    assert_eq!(created.len(), cases.len());
    for event in &created {
        let scheme = event["details"]["password_imported"].as_str().unwrap();
        assert!(["bcrypt", "scrypt", "argon2"].contains(&scheme), "{event}");
    }
    let log = serde_json::to_string(&events).unwrap();
    for (_, hash) in &cases {
        assert!(!log.contains(hash.as_str()), "no hash in the audit log");
    }
}

#[tokio::test]
async fn bad_imports_are_refused_and_change_nothing() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let bcrypt = "$2b$04$KjwO1Rw5S7F2pZ3T.mlbUO1JQ6cUpW2mZB0nW2P8y3G9ZQdOaRZ6y";
    let cases = [
        json!({ "email": "a@example.com", "password": PASSWORD, "password_hash": bcrypt }),
        json!({ "email": "a@example.com", "password_hash": "hunter2" }),
        json!({ "email": "a@example.com", "password_hash": "" }),
        // MD5-crypt and $2x$ (the broken crypt_blowfish marker) are not supported.
        json!({ "email": "a@example.com", "password_hash": "$1$saltsalt$qjXMvbEw8oaL.CzflDugX/" }),
        json!({ "email": "a@example.com", "password_hash": bcrypt.replacen("$2b$", "$2x$", 1) }),
        json!({ "email": "a@example.com", "password_hash": "$2b$04$short" }),
        json!({ "email": "a@example.com", "password_hash": "$2b$31$KjwO1Rw5S7F2pZ3T.mlbUO1JQ6cUpW2mZB0nW2P8y3G9ZQdOaRZ6y" }),
        json!({ "email": "a@example.com", "password_hash": "$scrypt$ln=12,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA" }),
        json!({ "email": "a@example.com", "password_hash": "$scrypt$ln=40,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo" }),
        json!({ "email": "a@example.com", "password_hash": "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA" }),
        json!({ "email": "a@example.com", "password_hash": "$argon2id$v=19$m=4294967295,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo" }),
        json!({ "email": "a@example.com", "password_hash": 42 }),
    ];
    for body in cases {
        let response = create(&server, body.clone()).await;
        if body["password_hash"].is_number() {
            expect_problem(response, 400, "invalid_body").await;
            continue;
        }
        let problem = expect_problem(response, 422, "validation_failed").await;
        assert_eq!(problem["errors"][0]["pointer"], "/password_hash", "{body}");
        assert_eq!(problem["errors"].as_array().unwrap().len(), 1, "{problem}");
    }
    let list: Value = server
        .admin(Method::GET, "/v1/tenants/acme/users")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["data"], json!([]), "nothing was created");
}

/// Passwords on the shipped list, at least 10 characters long (shorter ones fail the length
/// rule first).
const COMMON: [&str; 3] = ["1234567890", "qwertyuiop", "password123"];

#[tokio::test]
async fn common_passwords_are_refused_by_default() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    for (i, password) in COMMON.iter().enumerate() {
        for variant in [
            password.to_string(),
            format!("  {}  ", password.to_uppercase()),
        ] {
            let response = create(
                &server,
                json!({ "email": format!("u{i}@example.com"), "password": variant }),
            )
            .await;
            let problem = expect_problem(response, 422, "validation_failed").await;
            assert_eq!(problem["errors"][0]["pointer"], "/password");
            let message = problem["errors"][0]["message"].as_str().unwrap();
            assert!(message.contains("too common"), "{message}");
        }
    }
    // The same rule guards an administrator's change and the user's own.
    let user = server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    let response = server
        .admin(
            Method::PATCH,
            &format!("/v1/tenants/acme/users/{}", user["id"].as_str().unwrap()),
        )
        .json(&json!({ "password": "Qwertyuiop" }))
        .send()
        .await
        .unwrap();
    let problem = expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/password");
    let tokens: Value = server
        .login("acme", "jane@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let response = server
        .http
        .post(server.url("/t/acme/me/password"))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .json(&json!({ "current_password": PASSWORD, "new_password": "password123" }))
        .send()
        .await
        .unwrap();
    let problem = expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/new_password");
    // The password is unchanged.
    assert_eq!(
        server
            .login("acme", "jane@example.com", PASSWORD)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn the_common_list_can_be_turned_off() {
    let server =
        TestServer::start_with_password_policy(|policy| policy.reject_common = false).await;
    server.create_tenant("acme").await;
    for (i, password) in COMMON.iter().enumerate() {
        let email = format!("u{i}@example.com");
        server.create_user("acme", &email, password).await;
        assert_eq!(server.login("acme", &email, password).await.status(), 200);
    }
}

/// A local server speaking the Pwned Passwords range protocol, recording every request.
pub(crate) struct RangeServer {
    pub(crate) url: String,
    pub(crate) requests: Arc<Mutex<Vec<(String, HeaderMap)>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for RangeServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves `/pwned/range/{prefix}` for `breached` passwords (count 42) and `padded` ones
/// (listed with count 0, as `Add-Padding` does), plus a few unrelated suffixes.
pub(crate) async fn range_server(breached: &[&str], padded: &[&str]) -> RangeServer {
    let mut known: Vec<(String, String, u64)> = Vec::new();
    for (list, count) in [(breached, 42), (padded, 0)] {
        for password in list {
            let (prefix, suffix) = breached_passwords::sha1_prefix_suffix(password);
            known.push((prefix, suffix, count));
        }
    }
    let requests = Arc::new(Mutex::new(Vec::new()));
    let recorded = requests.clone();
    let app = axum::Router::new().fallback(move |uri: Uri, headers: HeaderMap| {
        let known = known.clone();
        let recorded = recorded.clone();
        async move {
            recorded
                .lock()
                .unwrap()
                .push((uri.to_string(), headers.clone()));
            let Some(prefix) = uri.path().strip_prefix("/pwned/range/") else {
                return (axum::http::StatusCode::NOT_FOUND, String::new());
            };
            let mut body = String::from(
                "0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2\r\n",
            );
            for (p, suffix, count) in &known {
                if p == prefix {
                    body.push_str(&format!("{suffix}:{count}\r\n"));
                }
            }
            body.push_str("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0");
            (axum::http::StatusCode::OK, body)
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/pwned/", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    RangeServer {
        url,
        requests,
        task,
    }
}

pub(crate) async fn with_breach_check(url: &str) -> TestServer {
    let client = Arc::new(RangeClient::new(url).unwrap());
    TestServer::start_with_password_policy(move |policy| policy.breach_check = Some(client)).await
}

pub(crate) const BREACHED: &str = "Tr0ub4dor&3-breached";
const FINE: &str = "purple elephant juggling kites";
const PADDED: &str = "listed but never breached";

#[tokio::test]
async fn breached_passwords_are_refused_by_the_range_protocol() {
    let range = range_server(&[BREACHED], &[PADDED]).await;
    let server = with_breach_check(&range.url).await;
    server.create_tenant("acme").await;

    let response = create(
        &server,
        json!({ "email": "a@example.com", "password": BREACHED }),
    )
    .await;
    let problem = expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/password");
    let message = problem["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("appears in a known data breach"),
        "{message}"
    );

    // Listed with count 0 (padding) is not breached; unlisted neither.
    server.create_user("acme", "b@example.com", PADDED).await;
    let user = server.create_user("acme", "c@example.com", FINE).await;
    let user_path = format!("/v1/tenants/acme/users/{}", user["id"].as_str().unwrap());

    // An administrator's change.
    let response = server
        .admin(Method::PATCH, &user_path)
        .json(&json!({ "password": BREACHED }))
        .send()
        .await
        .unwrap();
    let problem = expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/password");

    // The user's own change.
    let tokens: Value = server
        .login("acme", "c@example.com", FINE)
        .await
        .json()
        .await
        .unwrap();
    let response = server
        .http
        .post(server.url("/t/acme/me/password"))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .json(&json!({ "current_password": FINE, "new_password": BREACHED }))
        .send()
        .await
        .unwrap();
    let problem = expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/new_password");

    // A password reset.
    let response = server
        .http
        .post(server.url("/t/acme/auth/password-reset"))
        .json(&json!({ "email": "c@example.com" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let token = reset_token(&server, "c@example.com").await;
    let response = server
        .http
        .post(server.url("/t/acme/auth/password-reset/confirm"))
        .json(&json!({ "token": token, "new_password": BREACHED }))
        .send()
        .await
        .unwrap();
    let problem = expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/new_password");
    assert_eq!(
        server.login("acme", "c@example.com", FINE).await.status(),
        200,
        "refused changes changed nothing"
    );

    // What went over the wire: the 5-character prefix, padding asked for, nothing else.
    let requests = range.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 6, "{requests:?}");
    for password in [BREACHED, FINE, PADDED] {
        let (prefix, suffix) = breached_passwords::sha1_prefix_suffix(password);
        let full = format!("{prefix}{suffix}");
        for (uri, headers) in &requests {
            let all = format!("{uri} {headers:?}");
            for secret in [password, full.as_str(), suffix.as_str()] {
                assert!(
                    !all.to_uppercase().contains(&secret.to_uppercase()),
                    "the request leaks {secret:?}: {all}"
                );
            }
        }
        assert!(
            requests
                .iter()
                .any(|(uri, _)| *uri == format!("/pwned/range/{prefix}")),
            "{requests:?}"
        );
    }
    for (uri, headers) in &requests {
        let prefix = uri.strip_prefix("/pwned/range/").unwrap();
        assert_eq!(prefix.len(), 5, "{uri}");
        assert!(
            prefix
                .chars()
                .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c)),
            "uppercase hex: {uri}"
        );
        assert_eq!(headers["add-padding"], "true");
    }
}

/// The reset token from the newest password-reset email to `to` in the outbox.
pub(crate) async fn reset_token(server: &TestServer, to: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let body: Value = server
            .admin(Method::GET, &format!("/v1/tenants/acme/outbox?to={to}"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if let Some(text) = body["data"][0]["text"].as_str()
            && let Some(start) = text.find("#token=")
        {
            return text[start + "#token=".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
        }
        assert!(Instant::now() < deadline, "no reset email: {body}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn the_breach_check_fails_open() {
    // Nothing listens on this port any more: connection refused.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let server = with_breach_check(&format!("http://127.0.0.1:{port}")).await;
    server.create_tenant("acme").await;
    server.create_user("acme", "a@example.com", BREACHED).await;
    assert_eq!(
        server
            .login("acme", "a@example.com", BREACHED)
            .await
            .status(),
        200
    );

    // A server that accepts and never answers: given up after the 2-second timeout.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", silent.local_addr().unwrap());
    let hold = tokio::spawn(async move {
        let mut held = Vec::new();
        loop {
            let (socket, _) = silent.accept().await.unwrap();
            held.push(socket);
        }
    });
    let server = with_breach_check(&url).await;
    server.create_tenant("acme").await;
    let started = Instant::now();
    server.create_user("acme", "a@example.com", BREACHED).await;
    let waited = started.elapsed();
    assert!(
        waited >= breached_passwords::TIMEOUT && waited < Duration::from_secs(10),
        "{waited:?}"
    );
    hold.abort();

    // A server that answers something else than the protocol.
    let range = range_server(&[], &[]).await;
    let wrong_path = range.url.replace("/pwned/", "/elsewhere/");
    let server = with_breach_check(&wrong_path).await;
    server.create_tenant("acme").await;
    server.create_user("acme", "a@example.com", BREACHED).await;
}
