//! Brute-force counters in Redis (`redis_url`): two `tessera` processes share the per-IP
//! limit and the account lockout through a real `redis-server`, answer 429 with
//! `Retry-After`, and fall back to the database when Redis goes away.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use tessera_server::clock::{Clock, SystemClock};
use tessera_store::testing::TestDatabase;

use crate::support::{ServerProcess, expect_problem, http_client};

const ADMIN_KEY: &str = "tsk_0123456789abcdef0123456789abcdef0123456789abcdef";
const MASTER_KEY: &str = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJ3q4=";
const PASSWORD: &str = "correct horse battery staple";
/// Sign-in requests per minute per address in these tests.
const LIMIT: usize = 20;

/// The `redis-server` binary: `TESSERA_TEST_REDIS_SERVER`, else on `PATH`, else Debian's.
fn redis_binary() -> PathBuf {
    const HINT: &str = "the Redis tests start a real redis-server: run them through \
        `cargo xtask test`, which installs Debian's redis-server, or install it yourself \
        (`apt-get install redis-server`), or set TESSERA_TEST_REDIS_SERVER to the binary";
    if let Some(path) = std::env::var_os("TESSERA_TEST_REDIS_SERVER").filter(|v| !v.is_empty()) {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "TESSERA_TEST_REDIS_SERVER={} does not exist; {HINT}",
            path.display()
        );
        return path;
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("redis-server"))
            .find(|candidate| candidate.is_file())
    });
    let debian = PathBuf::from("/usr/bin/redis-server");
    on_path
        .or_else(|| debian.is_file().then_some(debian))
        .unwrap_or_else(|| panic!("no redis-server found; {HINT}"))
}

/// A throwaway `redis-server` on a free port, without persistence; killed on drop.
struct RedisServer {
    child: Child,
    url: String,
}

impl RedisServer {
    fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(redis_binary())
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args([
                "--save",
                "",
                "--appendonly",
                "no",
                "--protected-mode",
                "yes",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn redis-server");
        let url = format!("redis://127.0.0.1:{port}/0");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "redis-server did not start on {port}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Self { child, url }
    }

    async fn command(&self, name: &str) -> redis::Value {
        let client = redis::Client::open(self.url.as_str()).unwrap();
        let mut connection = client.get_multiplexed_async_connection().await.unwrap();
        redis::cmd(name).query_async(&mut connection).await.unwrap()
    }

    async fn keys(&self) -> Vec<String> {
        let client = redis::Client::open(self.url.as_str()).unwrap();
        let mut connection = client.get_multiplexed_async_connection().await.unwrap();
        let mut keys: Vec<String> = redis::cmd("KEYS")
            .arg("*")
            .query_async(&mut connection)
            .await
            .unwrap();
        keys.sort();
        keys
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Waits until the current minute has at least 25 s left, so a burst of requests counts in
/// one fixed window of the real clock.
async fn wait_for_a_fresh_window() {
    let second = SystemClock.unix().rem_euclid(60);
    if second > 35 {
        tokio::time::sleep(Duration::from_secs(u64::try_from(61 - second).unwrap())).await;
    }
}

async fn login(
    http: &reqwest::Client,
    server: &ServerProcess,
    email: &str,
    password: &str,
) -> reqwest::Response {
    http.post(server.url("/t/acme/auth/login"))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
}

fn retry_after(response: &reqwest::Response) -> u64 {
    response
        .headers()
        .get("retry-after")
        .expect("Retry-After on a 429")
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn two_processes_share_limits_and_lockouts_through_redis_and_fall_back_to_the_database() {
    let mut redis = RedisServer::start();
    let database = TestDatabase::new().await.unwrap();
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let limit = LIMIT.to_string();
    let envs = [
        ("TESSERA_DATABASE_URL", database.url.as_str()),
        ("TESSERA_MASTER_KEY", MASTER_KEY),
        ("TESSERA_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY),
        ("TESSERA_PUBLIC_URL", "https://id.example.com"),
        ("TESSERA_REDIS_URL", redis.url.as_str()),
        ("TESSERA_AUTH_RATE_LIMIT", limit.as_str()),
        // The cheapest hashing the server accepts keeps the test fast.
        ("TESSERA_PASSWORD_MEMORY_KIB", "1024"),
        ("TESSERA_PASSWORD_ITERATIONS", "1"),
    ];
    let a = ServerProcess::spawn(dir_a.path(), &envs);
    let b = ServerProcess::spawn(dir_b.path(), &envs);
    assert!(
        a.stderr
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("brute-force counters are kept in Redis")),
        "{:?}",
        a.stderr.lock().unwrap()
    );
    let http = http_client();
    let response = http
        .post(a.url("/v1/tenants"))
        .bearer_auth(ADMIN_KEY)
        .json(&json!({ "slug": "acme", "name": "Acme" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let response = http
        .post(a.url("/v1/tenants/acme/users"))
        .bearer_auth(ADMIN_KEY)
        .json(&json!({ "email": "jane@example.com", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let user: serde_json::Value = response.json().await.unwrap();
    let user_id = user["id"].as_str().unwrap();

    // Lockout: five wrong passwords spread over both processes lock the account on both.
    wait_for_a_fresh_window().await;
    for i in 0..5 {
        let server = if i % 2 == 0 { &a } else { &b };
        expect_problem(
            login(&http, server, "jane@example.com", "wrong password").await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    for server in [&a, &b] {
        let response = login(&http, server, "jane@example.com", PASSWORD).await;
        let wait = retry_after(&response);
        assert!((1..=30).contains(&wait), "{wait}");
        expect_problem(response, 429, "account_locked").await;
    }
    let keys = redis.keys().await;
    assert!(
        keys.iter()
            .any(|k| k.starts_with("tessera:lf:") && k.ends_with(":jane@example.com")),
        "{keys:?}"
    );
    assert!(
        keys.iter()
            .any(|k| k.starts_with("tessera:rl:acme:auth_ip:")),
        "{keys:?}"
    );
    // The lock lives in Redis, not in the database: once Redis forgets it, it is gone.
    redis.command("FLUSHALL").await;
    assert_eq!(
        login(&http, &b, "jane@example.com", PASSWORD)
            .await
            .status(),
        200
    );

    // Locked again; an administrator's unlock through one process clears it in Redis.
    for _ in 0..5 {
        login(&http, &a, "jane@example.com", "wrong password").await;
    }
    expect_problem(
        login(&http, &b, "jane@example.com", PASSWORD).await,
        429,
        "account_locked",
    )
    .await;
    let response = http
        .post(b.url(&format!("/v1/tenants/acme/users/{user_id}/unlock")))
        .bearer_auth(ADMIN_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        !redis
            .keys()
            .await
            .iter()
            .any(|k| k.starts_with("tessera:lf:")),
        "the unlock deleted the failure record"
    );
    assert_eq!(
        login(&http, &a, "jane@example.com", PASSWORD)
            .await
            .status(),
        200
    );

    // The per-address limit: LIMIT requests over both processes, then 429 on either.
    wait_for_a_fresh_window().await;
    redis.command("FLUSHALL").await;
    for i in 0..LIMIT {
        let server = if i % 2 == 0 { &a } else { &b };
        let email = format!("nobody{i}@example.com");
        let status = login(&http, server, &email, "wrong password")
            .await
            .status();
        assert_eq!(status, 401, "request {i}");
    }
    for server in [&b, &a] {
        let response = login(&http, server, "jane@example.com", PASSWORD).await;
        let wait = retry_after(&response);
        assert!((1..=60).contains(&wait), "{wait}");
        expect_problem(response, 429, "rate_limited").await;
    }

    // Redis down: sign-ins go on, counted in the database that both processes share.
    redis.stop();
    wait_for_a_fresh_window().await;
    let mut statuses = Vec::new();
    for i in 0..=LIMIT {
        let server = if i % 2 == 0 { &a } else { &b };
        let email = format!("fallback{i}@example.com");
        statuses.push(
            login(&http, server, &email, "wrong password")
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(&statuses[..LIMIT], vec![401; LIMIT], "{statuses:?}");
    assert_eq!(statuses[LIMIT], 429, "{statuses:?}");
    let warned = |server: &ServerProcess| {
        server
            .stderr
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("falls back to the database"))
    };
    assert!(warned(&a) && warned(&b), "each process logs the fallback");
}
