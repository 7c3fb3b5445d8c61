//! The real `tessera` binary: first start, CLI commands, logs, shutdown and replicas.

use std::process::Stdio;

use serde_json::{Value, json};
use tessera_store::testing::TestDatabase;

use crate::support::{ServerProcess, binary, verify};

const ADMIN_KEY: &str = "tsk_0123456789abcdef0123456789abcdef0123456789abcdef";
const MASTER_KEY: &str = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJ3q4=";

fn extract_admin_key(stdout: &str) -> Option<String> {
    stdout
        .split_whitespace()
        .find(|w| w.starts_with("tsk_"))
        .map(|w| w.trim_end_matches('`').to_owned())
}

async fn create_tenant(
    http: &reqwest::Client,
    server: &ServerProcess,
    key: &str,
    slug: &str,
) -> Value {
    let response = http
        .post(server.url("/v1/tenants"))
        .bearer_auth(key)
        .json(&json!({ "slug": slug, "name": slug }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

#[tokio::test]
async fn first_start_creates_the_data_dir_and_prints_an_admin_key_once() {
    let dir = tempfile::tempdir().unwrap();
    let http = crate::support::http_client();
    let server = ServerProcess::spawn(dir.path(), &[]);
    let key = extract_admin_key(&server.stdout_text()).expect("first start prints an admin key");
    assert!(
        !server
            .stderr
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains(&key)),
        "the key is never logged"
    );
    create_tenant(&http, &server, &key, "acme").await;
    assert!(server.terminate().success());

    let data = dir.path().join("tessera-data");
    assert!(data.join("tessera.db").is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(data.join("master.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the development master key is private");
    }

    let server = ServerProcess::spawn(dir.path(), &[]);
    assert_eq!(
        extract_admin_key(&server.stdout_text()),
        None,
        "printed only on the first start"
    );
    let response = http
        .get(server.url("/v1/tenants/acme"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        200,
        "data and admin key survive a restart"
    );
    let token: Value = http
        .post(server.url("/v1/tenants/acme/test-tokens"))
        .bearer_auth(&key)
        .json(&json!({ "subject": "u", "audience": "api" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        token["access_token"].is_string(),
        "keys sealed by the first run open in the second: {token}"
    );
}

#[tokio::test]
async fn bootstrap_admin_key_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let server = ServerProcess::spawn(dir.path(), &[("TESSERA_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY)]);
    assert_eq!(extract_admin_key(&server.stdout_text()), None);
    create_tenant(&crate::support::http_client(), &server, ADMIN_KEY, "acme").await;
    drop(server);

    let short = binary()
        .args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(tempfile::tempdir().unwrap().path())
        .env("TESSERA_BOOTSTRAP_ADMIN_KEY", "tsk_short")
        .output()
        .unwrap();
    assert!(!short.status.success());
    let stderr = String::from_utf8_lossy(&short.stderr);
    assert!(
        stderr.contains("TESSERA_BOOTSTRAP_ADMIN_KEY") && stderr.contains("32-256"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("tsk_short"),
        "the rejected secret is not echoed: {stderr}"
    );
}

#[test]
fn cli_manages_tenants_admin_keys_and_migrations() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let output = binary()
            .args(args)
            .current_dir(dir.path())
            .env_remove("TESSERA_DATABASE_URL")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(
        run(&["--version"]).trim(),
        format!("tessera {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(run(&["migrate", "--data-dir", "d"]).contains("up to date"));
    let created: Value = serde_json::from_str(&run(&[
        "tenant",
        "create",
        "--slug",
        "acme",
        "--name",
        "Acme",
        "--signing-alg",
        "EdDSA",
        "--data-dir",
        "d",
    ]))
    .unwrap();
    assert_eq!(created["slug"], "acme");
    assert_eq!(created["signing_alg"], "EdDSA");
    assert_eq!(created["issuer"], "http://127.0.0.1:8080/t/acme");
    run(&[
        "tenant",
        "create",
        "--slug",
        "beta",
        "--name",
        "Beta",
        "--data-dir",
        "d",
    ]);
    let table = run(&["tenant", "list", "--data-dir", "d"]);
    assert!(table.starts_with("SLUG"));
    assert!(table.contains("acme") && table.contains("beta"));
    let lines: Vec<Value> = run(&["--data-dir", "d", "tenant", "list", "--json"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);

    let duplicate = binary()
        .args([
            "tenant",
            "create",
            "--slug",
            "acme",
            "--name",
            "X",
            "--data-dir",
            "d",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!duplicate.status.success());
    assert!(String::from_utf8_lossy(&duplicate.stderr).contains("already exists"));

    let key = run(&["admin", "bootstrap", "--name", "ci", "--data-dir", "d"])
        .trim()
        .to_owned();
    assert!(key.starts_with("tsk_") && key.len() > 40);

    let server = ServerProcess::spawn(dir.path(), &[("TESSERA_DATA_DIR", "d")]);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let status = runtime.block_on(async {
        crate::support::http_client()
            .get(server.url("/v1/tenants/acme"))
            .bearer_auth(&key)
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(
        status, 200,
        "a CLI-created key and tenant work through the API"
    );
}

#[test]
fn help_documents_every_setting() {
    let output = binary().args(["serve", "--help"]).output().unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for var in [
        "TESSERA_LISTEN",
        "TESSERA_PUBLIC_URL",
        "TESSERA_DATA_DIR",
        "TESSERA_DATABASE_URL",
        "TESSERA_MASTER_KEY",
        "TESSERA_CONFIG",
        "TESSERA_LOG_FORMAT",
        "TESSERA_LOG_LEVEL",
        "TESSERA_BOOTSTRAP_ADMIN_KEY",
        "TESSERA_MAX_BODY_BYTES",
        "TESSERA_REQUEST_TIMEOUT",
        "TESSERA_SHUTDOWN_GRACE",
        "TESSERA_DB_MAX_CONNECTIONS",
        "TESSERA_MAX_TOKEN_LIFETIME",
        "TESSERA_SMTP_URL",
        "TESSERA_EMAIL_FROM",
        "TESSERA_DNS_RESOLVER",
        "TESSERA_REDIS_URL",
    ] {
        assert!(
            help.contains(var),
            "serve --help does not mention {var}:\n{help}"
        );
    }
}

#[tokio::test]
async fn config_file_json_logs_and_graceful_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("tessera.toml"),
        "data_dir = \"from-file\"\npublic_url = \"https://id.example.com/\"\n",
    )
    .unwrap();
    let server = ServerProcess::spawn(
        dir.path(),
        &[
            ("TESSERA_CONFIG", "tessera.toml"),
            ("TESSERA_LOG_LEVEL", "info,tessera_server::http=debug"),
            ("TESSERA_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY),
        ],
    );
    let http = crate::support::http_client();
    let tenant = create_tenant(&http, &server, ADMIN_KEY, "acme").await;
    assert_eq!(tenant["issuer"], "https://id.example.com/t/acme");
    let response = http
        .get(server.url("/healthz"))
        .header("x-request-id", "trace-me-42")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=63072000"
    );
    assert!(dir.path().join("from-file/tessera.db").is_file());

    let stderr = server.stderr.clone();
    assert!(server.terminate().success(), "SIGTERM is a clean exit");
    let lines: Vec<Value> = stderr
        .lock()
        .unwrap()
        .iter()
        .map(|l| serde_json::from_str(l).expect("every log line is JSON"))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l["span"]["request_id"] == "trace-me-42"
                && l["message"] == "request completed"
                && l["status"] == 200),
        "access log carries the request id: {lines:?}"
    );
    assert!(lines.iter().any(|l| l["message"] == "tessera stopped"));
    assert!(
        lines.iter().all(|l| !l.to_string().contains(ADMIN_KEY)),
        "no secret in the logs"
    );
}

#[tokio::test]
async fn a_replica_with_another_master_key_refuses_to_start() {
    let database = TestDatabase::new().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let envs = [
        ("TESSERA_DATABASE_URL", database.url.as_str()),
        ("TESSERA_MASTER_KEY", MASTER_KEY),
        ("TESSERA_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY),
    ];
    let server = ServerProcess::spawn(dir.path(), &envs);
    create_tenant(&crate::support::http_client(), &server, ADMIN_KEY, "acme").await;

    let other = binary()
        .args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env("TESSERA_DATABASE_URL", &database.url)
        .env(
            "TESSERA_MASTER_KEY",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        )
        .stdout(Stdio::null())
        .output()
        .unwrap();
    assert!(!other.status.success());
    let stderr = String::from_utf8_lossy(&other.stderr);
    assert!(stderr.contains("same TESSERA_MASTER_KEY"), "{stderr}");
    assert!(
        !stderr.contains(MASTER_KEY),
        "the master key is never printed"
    );
}

/// Two stateless replicas on one database: what one writes, the other serves, and a token
/// signed by one verifies against the other's JWKS.
#[tokio::test]
async fn replicas_share_tenants_keys_and_tokens() {
    let database = TestDatabase::new().await.unwrap();
    let dir_a = tempfile::tempdir().unwrap();
    let dir_b = tempfile::tempdir().unwrap();
    let envs = [
        ("TESSERA_DATABASE_URL", database.url.as_str()),
        ("TESSERA_MASTER_KEY", MASTER_KEY),
        ("TESSERA_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY),
        ("TESSERA_PUBLIC_URL", "https://id.example.com"),
    ];
    let a = ServerProcess::spawn(dir_a.path(), &envs);
    let b = ServerProcess::spawn(dir_b.path(), &envs);
    let http = crate::support::http_client();

    let tenant = create_tenant(&http, &a, ADMIN_KEY, "acme").await;
    let via_b: Value = http
        .get(b.url("/v1/tenants/acme"))
        .bearer_auth(ADMIN_KEY)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(via_b, tenant);

    let minted: Value = http
        .post(a.url("/v1/tenants/acme/test-tokens"))
        .bearer_auth(ADMIN_KEY)
        .json(&json!({ "subject": "alice", "audience": "api" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = minted["access_token"].as_str().unwrap();
    let jwks_b: Value = http
        .get(b.url("/t/acme/.well-known/jwks.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let claims = verify(token, &jwks_b, "https://id.example.com/t/acme", "api").unwrap();
    assert_eq!(claims["sub"], "alice");

    // A rotation through B is what A publishes and signs with.
    let rotated: Value = http
        .post(b.url("/v1/tenants/acme/keys/rotate"))
        .bearer_auth(ADMIN_KEY)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let jwks_a: Value = http
        .get(a.url("/t/acme/.well-known/jwks.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        jwks_a["keys"].as_array().unwrap().len(),
        rotated["data"].as_array().unwrap().len()
    );
    verify(token, &jwks_a, "https://id.example.com/t/acme", "api").unwrap();
    // A signs with the new key once it hears of the rotation: over PostgreSQL NOTIFY at
    // once; two processes on one SQLite file have no such channel, so there A's cached
    // signer lives out its bound (`cache::MAX_STALENESS`). Until then A signs with the
    // retired key, which stays published, so its tokens still verify.
    let within = if database.url.starts_with("postgres") {
        std::time::Duration::from_secs(3)
    } else {
        tessera_server::cache::MAX_STALENESS + std::time::Duration::from_secs(2)
    };
    let started = std::time::Instant::now();
    let second = loop {
        let second: Value = http
            .post(a.url("/v1/tenants/acme/test-tokens"))
            .bearer_auth(ADMIN_KEY)
            .json(&json!({ "subject": "bob", "audience": "api" }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if second["kid"] != minted["kid"] {
            break second;
        }
        assert!(
            started.elapsed() < within,
            "A still signs with the retired key after {within:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let jwks_b: Value = http
        .get(b.url("/t/acme/.well-known/jwks.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    verify(
        second["access_token"].as_str().unwrap(),
        &jwks_b,
        "https://id.example.com/t/acme",
        "api",
    )
    .unwrap();

    // Concurrent rotations through both replicas never leave two active keys of one algorithm.
    let (ra, rb) = tokio::join!(
        http.post(a.url("/v1/tenants/acme/keys/rotate"))
            .bearer_auth(ADMIN_KEY)
            .send(),
        http.post(b.url("/v1/tenants/acme/keys/rotate"))
            .bearer_auth(ADMIN_KEY)
            .send(),
    );
    let statuses = [ra.unwrap().status().as_u16(), rb.unwrap().status().as_u16()];
    assert!(
        statuses.contains(&200) && statuses.iter().all(|s| *s == 200 || *s == 409),
        "{statuses:?}"
    );
    let keys: Value = http
        .get(a.url("/v1/tenants/acme/keys"))
        .bearer_auth(ADMIN_KEY)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let active: Vec<&str> = keys["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["status"] == "active")
        .map(|k| k["alg"].as_str().unwrap())
        .collect();
    assert_eq!(active.len(), 2, "{keys}");
    drop((a, b));
    database.drop_database().await.unwrap();
}

#[tokio::test]
async fn with_port_zero_the_default_public_url_names_the_bound_port() {
    let dir = tempfile::tempdir().unwrap();
    let http = crate::support::http_client();
    let server = ServerProcess::spawn(dir.path(), &[("TESSERA_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY)]);
    assert!(!server.base.ends_with(":0"), "{}", server.base);
    let tenant = create_tenant(&http, &server, ADMIN_KEY, "acme").await;
    let issuer = format!("{}/t/acme", server.base);
    assert_eq!(tenant["issuer"], issuer.as_str());
    let discovery: Value = http
        .get(server.url("/t/acme/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(discovery["issuer"], issuer.as_str());
    assert_eq!(
        discovery["token_endpoint"],
        format!("{issuer}/oauth/token").as_str()
    );
}
