//! Operational behaviour: health, readiness, metrics, request ids, headers and fallbacks.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;

use crate::support::{TestServer, expect_problem, settings};

#[tokio::test]
async fn health_and_readiness() {
    let server = TestServer::start().await;
    assert_eq!(
        server.get_json("/healthz").await,
        (200, json!({ "status": "ok" }))
    );
    assert_eq!(
        server.get_json("/readyz").await,
        (200, json!({ "status": "ready" }))
    );
    // With the pool gone the server is alive but not ready.
    server.db.close().await;
    assert_eq!(server.get_json("/healthz").await.0, 200);
    let response = server.http.get(server.url("/readyz")).send().await.unwrap();
    assert_eq!(response.headers()["retry-after"], "1");
    expect_problem(response, 503, "service_unavailable").await;
}

/// A TCP proxy to the database that the test can cut and restore.
struct CuttableProxy {
    port: u16,
    open: Arc<AtomicBool>,
    connections: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl CuttableProxy {
    async fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let open = Arc::new(AtomicBool::new(true));
        let connections: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>> = Arc::default();
        let (flag, tasks) = (open.clone(), connections.clone());
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if !flag.load(Ordering::SeqCst) {
                    continue; // dropped: the connection is refused
                }
                let upstream = upstream.clone();
                tasks.lock().await.push(tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                }));
            }
        });
        Self {
            port,
            open,
            connections,
        }
    }

    async fn cut(&self) {
        self.open.store(false, Ordering::SeqCst);
        for task in self.connections.lock().await.drain(..) {
            task.abort();
        }
    }

    fn restore(&self) {
        self.open.store(true, Ordering::SeqCst);
    }
}

/// `host:port` of a PostgreSQL URL.
fn host_port(url: &str) -> String {
    let after_scheme = &url[url.find("://").unwrap() + 3..];
    let authority = after_scheme.split('/').next().unwrap();
    authority.rsplit('@').next().unwrap().to_owned()
}

#[tokio::test]
async fn readiness_fails_while_the_database_is_unreachable_and_recovers() {
    let Ok(admin_url) = std::env::var(tessera_store::testing::DATABASE_URL_VAR) else {
        // SQLite is embedded: it cannot become unreachable; `health_and_readiness` covers
        // the closed-pool case. The PostgreSQL run of this suite exercises the outage.
        eprintln!("SQLite run: the network outage scenario runs on PostgreSQL");
        return;
    };
    let proxy = CuttableProxy::start(host_port(&admin_url)).await;
    let port = proxy.port;
    let server = TestServer::start_custom(settings(), move |url| {
        url.replacen(&host_port(url), &format!("127.0.0.1:{port}"), 1)
    })
    .await;
    assert_eq!(server.get_json("/readyz").await.0, 200);

    proxy.cut().await;
    let response = server.http.get(server.url("/readyz")).send().await.unwrap();
    expect_problem(response, 503, "service_unavailable").await;
    let response = server
        .admin(Method::GET, "/v1/tenants")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_server_error(), "{}", response.status());

    proxy.restore();
    let mut recovered = false;
    for _ in 0..50 {
        if server.get_json("/readyz").await.0 == 200 {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(recovered, "readiness did not recover without a restart");
    assert_eq!(
        server
            .admin(Method::GET, "/v1/tenants")
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_status() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server.get_json("/t/acme/.well-known/jwks.json").await;
    server.get_json("/t/ghost/.well-known/jwks.json").await;
    server.get_json("/no/such/path/12345").await;
    let response = server
        .http
        .get(server.url("/metrics"))
        .send()
        .await
        .unwrap();
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let text = response.text().await.unwrap();
    for expected in [
        r#"tessera_http_requests_total{method="POST",route="/v1/tenants",status="201"} 1"#,
        r#"tessera_http_requests_total{method="GET",route="/t/{tenant}/.well-known/jwks.json",status="200"} 1"#,
        r#"tessera_http_requests_total{method="GET",route="/t/{tenant}/.well-known/jwks.json",status="404"} 1"#,
        r#"tessera_http_requests_total{method="GET",route="unmatched",status="404"} 1"#,
        r#"tessera_http_request_duration_seconds_count{method="POST",route="/v1/tenants"} 1"#,
        "tessera_db_pool_connections{state=\"idle\"}",
        "tessera_db_pool_max_connections 5",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(
        !text.contains("/no/such/path"),
        "raw paths never become labels"
    );
}

#[tokio::test]
async fn request_ids_and_security_headers() {
    let server = TestServer::start().await;
    let response = server
        .http
        .get(server.url("/healthz"))
        .header("x-request-id", "lb-1234.abc")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "lb-1234.abc");
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        (
            "content-security-policy",
            "default-src 'none'; frame-ancestors 'none'",
        ),
        ("cache-control", "no-store"),
    ] {
        assert_eq!(response.headers()[name], value, "{name}");
    }
    assert!(
        response
            .headers()
            .get("strict-transport-security")
            .is_none(),
        "no HSTS on plain http"
    );
    // An unusable incoming id is replaced, not echoed.
    let response = server
        .http
        .get(server.url("/healthz"))
        .header("x-request-id", "bad id\twith spaces")
        .send()
        .await
        .unwrap();
    let id = response.headers()["x-request-id"].to_str().unwrap();
    assert_eq!(id.len(), 32);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
}

#[tokio::test]
async fn unknown_routes_and_methods_are_problems() {
    let server = TestServer::start().await;
    let response = server
        .http
        .get(server.url("/v2/nothing"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 404, "not_found").await;
    let response = server
        .http
        .delete(server.url("/healthz"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 405, "method_not_allowed").await;
    let response = server
        .admin(Method::PUT, "/v1/tenants")
        .send()
        .await
        .unwrap();
    expect_problem(response, 405, "method_not_allowed").await;
    // An unknown tenant's documents are 404 problems; a malformed slug says what a slug is.
    let response = server
        .http
        .get(server.url("/t/ghost/.well-known/jwks.json"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 404, "not_found").await;
    let response = server
        .http
        .get(server.url("/t/%3Cscript%3E/.well-known/jwks.json"))
        .send()
        .await
        .unwrap();
    let problem: Value = expect_problem(response, 400, "invalid_parameter").await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("lowercase letters"),
        "{problem}"
    );
    let response = server
        .admin(Method::GET, "/v1/tenants/Not_A_Slug")
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn slow_requests_time_out_with_a_problem_and_change_nothing() {
    let mut fast = settings();
    fast.request_timeout = Duration::from_millis(1);
    let server = TestServer::start_with(fast).await;
    // Generating an RSA key takes far longer than a millisecond.
    let response = server
        .admin(Method::POST, "/v1/tenants")
        .json(&json!({ "slug": "slow", "name": "Slow", "signing_alg": "RS256" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["retry-after"], "1");
    expect_problem(response, 503, "request_timeout").await;
    assert!(
        server.db.tenant_by_slug("slow").await.unwrap().is_none(),
        "the abandoned request left nothing behind"
    );
}
