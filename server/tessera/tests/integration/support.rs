//! Test servers: in-process on a free port (fast, with a movable clock), or the real
//! `tessera` binary as a child process (for CLI, shutdown and replica tests).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tessera_crypto::MasterKey;
use tessera_server::clock::{Clock, SystemClock};
use tessera_server::http::rate_limit::TrustedProxies;
use tessera_server::http::{HttpSettings, router};
use tessera_server::services::App;
use tessera_server::services::admin_keys::{self, Bootstrap};
use tessera_server::services::counters::Counters;
use tessera_server::services::email::Mailer;
use tessera_server::services::passwords::{PasswordParams, PasswordPolicy};
use tessera_server::services::rate_limits::RateLimit;
use tessera_server::services::sessions::SessionSettings;
use tessera_store::Db;
use tessera_store::testing::TestDatabase;
use time::OffsetDateTime;

/// The system clock plus an offset that tests can advance.
#[derive(Default)]
pub struct ManualClock {
    offset_secs: AtomicI64,
}

impl ManualClock {
    pub fn advance(&self, secs: i64) {
        self.offset_secs.fetch_add(secs, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> OffsetDateTime {
        SystemClock.now() + time::Duration::seconds(self.offset_secs.load(Ordering::SeqCst))
    }
}

pub fn settings() -> HttpSettings {
    HttpSettings {
        max_body_bytes: 64 * 1024,
        request_timeout: Duration::from_secs(30),
        db_max_connections: 5,
        // The suite signs in from 127.0.0.1 many times a minute; `rate_limits.rs` tests the
        // limit itself with a low one.
        auth_rate_limit: RateLimit::per_minute(100_000),
        trusted_proxies: TrustedProxies::default(),
    }
}

/// A server running inside the test process.
pub struct TestServer {
    pub base: String,
    pub admin_key: String,
    pub clock: Arc<ManualClock>,
    pub db: Db,
    pub http: reqwest::Client,
    pub max_token_lifetime: Duration,
    /// The database's URL, for a replica to connect to.
    pub database_url: String,
    master_key: Arc<MasterKey>,
    _database: Arc<TestDatabase>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl TestServer {
    pub async fn start() -> Self {
        Self::start_with(settings()).await
    }

    pub async fn start_with(settings: HttpSettings) -> Self {
        Self::start_custom(settings, str::to_owned).await
    }

    /// Starts with the database URL passed through `rewrite_url` (to route it via a proxy).
    pub async fn start_custom(
        settings: HttpSettings,
        rewrite_url: impl Fn(&str) -> String,
    ) -> Self {
        Self::start_full(settings, rewrite_url, Mailer::outbox, |_| ()).await
    }

    /// Starts with email going where `mailer` says (the development outbox by default).
    pub async fn start_with_mailer(mailer: impl FnOnce(Db) -> Mailer) -> Self {
        Self::start_full(settings(), str::to_owned, mailer, |_| ()).await
    }

    /// Starts with the password policy changed by `configure` (the server default otherwise).
    pub async fn start_with_password_policy(configure: impl FnOnce(&mut PasswordPolicy)) -> Self {
        Self::start_full(settings(), str::to_owned, Mailer::outbox, |app| {
            configure(&mut app.password_policy)
        })
        .await
    }

    /// Starts with domain verification asking the DNS server at `resolver`.
    pub async fn start_with_dns_resolver(resolver: std::net::SocketAddr) -> Self {
        Self::start_full(settings(), str::to_owned, Mailer::outbox, |app| {
            app.dns_resolver = Some(resolver)
        })
        .await
    }

    async fn start_full(
        settings: HttpSettings,
        rewrite_url: impl Fn(&str) -> String,
        mailer: impl FnOnce(Db) -> Mailer,
        configure: impl FnOnce(&mut App),
    ) -> Self {
        let database = TestDatabase::new().await.expect("test database");
        let db = Db::connect(
            &rewrite_url(&database.url),
            &tessera_store::PoolOptions::default(),
        )
        .await
        .expect("connect");
        db.migrate().await.expect("migrate");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let clock = Arc::new(ManualClock::default());
        let mut app = App {
            db: db.clone(),
            clock: clock.clone(),
            master_key: Arc::new(MasterKey::generate().0),
            public_url: base.as_str().into(),
            max_token_lifetime: Duration::from_secs(3600),
            // The cheapest parameters the server accepts keep the suite fast; production
            // defaults are exercised by the benchmarks and the password unit tests.
            password_params: PasswordParams {
                memory_kib: 1024,
                iterations: 1,
                parallelism: 1,
            },
            password_policy: PasswordPolicy::default(),
            session_settings: SessionSettings::default(),
            counters: Counters::database(db.clone()),
            email: mailer(db.clone()),
            dns_resolver: None,
            cache: Arc::default(),
        };
        configure(&mut app);
        tessera_server::cache::listener::spawn(db.clone(), app.cache.clone());
        let Bootstrap::Generated(admin_key) = admin_keys::bootstrap(&app, None).await.unwrap()
        else {
            panic!("a fresh database has no admin key yet");
        };
        let max_token_lifetime = app.max_token_lifetime;
        let master_key = app.master_key.clone();
        let service =
            router(app, &settings).into_make_service_with_connect_info::<std::net::SocketAddr>();
        let task = tokio::spawn(async move {
            axum::serve(listener, service).await.unwrap();
        });
        Self {
            base,
            admin_key,
            clock,
            db,
            http: http_client(),
            max_token_lifetime,
            database_url: database.url.clone(),
            master_key,
            _database: Arc::new(database),
            task,
        }
    }

    /// Another server on this one's database: its own pool, router and port, with the same
    /// master key, clock and admin key, as a second replica behind a load balancer would be.
    pub async fn start_replica(&self, settings: HttpSettings) -> Self {
        let db = Db::connect(&self.database_url, &tessera_store::PoolOptions::default())
            .await
            .expect("connect");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = App {
            db: db.clone(),
            clock: self.clock.clone(),
            master_key: self.master_key.clone(),
            // Replicas serve one public URL, so tokens from either carry the same issuer.
            public_url: self.base.as_str().into(),
            max_token_lifetime: self.max_token_lifetime,
            password_params: PasswordParams {
                memory_kib: 1024,
                iterations: 1,
                parallelism: 1,
            },
            password_policy: PasswordPolicy::default(),
            session_settings: SessionSettings::default(),
            counters: Counters::database(db.clone()),
            email: Mailer::outbox(db.clone()),
            dns_resolver: None,
            cache: Arc::default(),
        };
        tessera_server::cache::listener::spawn(db.clone(), app.cache.clone());
        let service =
            router(app, &settings).into_make_service_with_connect_info::<std::net::SocketAddr>();
        let task = tokio::spawn(async move {
            axum::serve(listener, service).await.unwrap();
        });
        Self {
            base,
            admin_key: self.admin_key.clone(),
            clock: self.clock.clone(),
            db,
            http: http_client(),
            max_token_lifetime: self.max_token_lifetime,
            database_url: self.database_url.clone(),
            master_key: self.master_key.clone(),
            _database: self._database.clone(),
            task,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A request carrying the admin key.
    pub fn admin(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, self.url(path))
            .bearer_auth(&self.admin_key)
    }

    pub async fn create_tenant(&self, slug: &str) -> Value {
        self.create_tenant_with(json!({ "slug": slug, "name": format!("Tenant {slug}") }))
            .await
    }

    pub async fn create_tenant_with(&self, body: Value) -> Value {
        let response = self
            .admin(reqwest::Method::POST, "/v1/tenants")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            201,
            "create tenant: {}",
            response.text().await.unwrap()
        );
        response.json().await.unwrap()
    }

    /// Creates a user with a password through the management API.
    pub async fn create_user(&self, slug: &str, email: &str, password: &str) -> Value {
        let response = self
            .admin(reqwest::Method::POST, &format!("/v1/tenants/{slug}/users"))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            201,
            "create user: {}",
            response.text().await.unwrap()
        );
        response.json().await.unwrap()
    }

    /// Signs in and returns the status and body.
    pub async fn login(&self, slug: &str, email: &str, password: &str) -> reqwest::Response {
        self.http
            .post(self.url(&format!("/t/{slug}/auth/login")))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap()
    }

    pub async fn get_json(&self, path: &str) -> (u16, Value) {
        let response = self.http.get(self.url(path)).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn jwks(&self, slug: &str) -> Value {
        let (status, body) = self
            .get_json(&format!("/t/{slug}/.well-known/jwks.json"))
            .await;
        assert_eq!(status, 200, "{body}");
        body
    }

    /// The tenant's latest audit events (at most 100) with this `action`.
    pub async fn audit_events(&self, slug: &str, action: &str) -> Vec<Value> {
        let response = self
            .admin(
                reqwest::Method::GET,
                &format!("/v1/tenants/{slug}/audit-events?action={action}&limit=100"),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let page: Value = response.json().await.unwrap();
        page["data"].as_array().unwrap().clone()
    }

    pub async fn mint(&self, slug: &str, body: Value) -> Value {
        let response = self
            .admin(
                reqwest::Method::POST,
                &format!("/v1/tenants/{slug}/test-tokens"),
            )
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            200,
            "mint: {}",
            response.text().await.unwrap()
        );
        response.json().await.unwrap()
    }
}

/// Asserts a problem+json answer with this status and code, returning the document.
pub async fn expect_problem(response: reqwest::Response, status: u16, code: &str) -> Value {
    let got = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    let request_id = response
        .headers()
        .get("x-request-id")
        .map(|v| v.to_str().unwrap().to_owned());
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(got, status, "unexpected status; body: {body}");
    assert_eq!(
        content_type.as_deref(),
        Some("application/problem+json"),
        "body: {body}"
    );
    assert_eq!(body["code"], code, "body: {body}");
    assert_eq!(body["status"], status);
    assert!(
        body["detail"].as_str().is_some_and(|d| d.len() > 10),
        "detail must help a person: {body}"
    );
    assert_eq!(
        body["request_id"].as_str(),
        request_id.as_deref(),
        "problem carries the request id"
    );
    body
}

/// Verifies a JWT against a JWKS with an independent implementation (jsonwebtoken).
pub fn verify(token: &str, jwks: &Value, issuer: &str, audience: &str) -> Result<Value, String> {
    let header = jsonwebtoken::decode_header(token).map_err(|e| e.to_string())?;
    let kid = header.kid.ok_or("no kid")?;
    let set: jsonwebtoken::jwk::JwkSet =
        serde_json::from_value(jwks.clone()).map_err(|e| e.to_string())?;
    let jwk = set
        .find(&kid)
        .ok_or_else(|| format!("kid {kid} is not in the JWKS"))?;
    let key = jsonwebtoken::DecodingKey::from_jwk(jwk).map_err(|e| e.to_string())?;
    let mut validation = jsonwebtoken::Validation::new(header.alg);
    validation.set_issuer(&[issuer]);
    validation.set_audience(&[audience]);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    let data =
        jsonwebtoken::decode::<Value>(token, &key, &validation).map_err(|e| e.to_string())?;
    Ok(data.claims)
}

/// The real binary as a child process, its output collected line by line.
pub struct ServerProcess {
    pub child: Child,
    pub base: String,
    pub stdout: Arc<Mutex<Vec<String>>>,
    pub stderr: Arc<Mutex<Vec<String>>>,
}

pub fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tessera"))
}

fn collect(stream: impl std::io::Read + Send + 'static) -> Arc<Mutex<Vec<String>>> {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let sink = lines.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            sink.lock().unwrap().push(line);
        }
    });
    lines
}

impl ServerProcess {
    /// Starts `tessera serve` on a free port with JSON logs, waiting until it is ready.
    pub fn spawn(dir: &Path, envs: &[(&str, &str)]) -> Self {
        let mut command = binary();
        command
            .args(["serve", "--listen", "127.0.0.1:0", "--log-format", "json"])
            .current_dir(dir)
            .env_remove("TESSERA_DATABASE_URL")
            .env_remove("TESSERA_MASTER_KEY")
            .env_remove("TESSERA_BOOTSTRAP_ADMIN_KEY")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (name, value) in envs {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("spawn tessera");
        let stdout = collect(child.stdout.take().unwrap());
        let stderr = collect(child.stderr.take().unwrap());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = stderr.lock().unwrap().iter().find_map(|line| {
                let v: Value = serde_json::from_str(line).ok()?;
                (v["message"] == "tessera is ready")
                    .then(|| v["listen"].as_str().map(str::to_owned))
                    .flatten()
            });
            if let Some(listen) = ready {
                return Self {
                    child,
                    base: format!("http://{listen}"),
                    stdout,
                    stderr,
                };
            }
            if let Some(status) = child.try_wait().unwrap() {
                panic!("tessera exited with {status}: {:?}", stderr.lock().unwrap());
            }
            assert!(
                Instant::now() < deadline,
                "tessera did not become ready: {:?}",
                stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn stdout_text(&self) -> String {
        self.stdout.lock().unwrap().join("\n")
    }

    /// Sends SIGTERM and waits for the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "tessera did not stop after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client for the tests. Installs aws-lc as rustls' process-wide provider first:
/// when the whole workspace is built together, reqwest is compiled with rustls but without a
/// provider of its own (feature unification with the conformance suite), and would panic.
pub fn http_client() -> reqwest::Client {
    install_crypto_provider();
    reqwest::Client::new()
}

pub fn install_crypto_provider() {
    // Fails only when a provider is already installed, which is what we want.
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
}
