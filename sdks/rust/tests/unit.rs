//! The hand-written layer against a stand-in HTTP server that answers from a script and
//! records what it was sent: credentials, user agent, retries, timeouts, errors, pages and
//! the token cache.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use futures::TryStreamExt;
use tessera_sdk::{Client, ClientCredentialsOptions, ErrorKind, RetryEvent, Typed, types};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the stand-in received.
#[derive(Clone, Debug)]
struct Received {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One scripted answer; `None` never answers (for timeouts).
type Answer = Option<(u16, Vec<(&'static str, String)>, String)>;

struct StandIn {
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
}

fn json(status: u16, body: &str) -> Answer {
    Some((
        status,
        vec![("content-type", "application/json".into())],
        body.into(),
    ))
}

fn problem(status: u16, code: &str, extra: Vec<(&'static str, String)>) -> Answer {
    let mut headers = vec![
        ("content-type", "application/problem+json".to_string()),
        ("x-request-id", "req_1".to_string()),
    ];
    headers.extend(extra);
    let body = format!(
        r#"{{"type":"urn:tessera:problem:{code}","title":"t","status":{status},"detail":"what went wrong","code":"{code}","request_id":"req_1"}}"#
    );
    Some((status, headers, body))
}

const USER: &str = r#"{"id":"usr_1","email":"a@example.com","email_verified":false,"has_password":true,"disabled":false,"metadata":{},"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}"#;

/// A server answering each request with the next answer of `script` (the last one repeats).
async fn stand_in(script: Vec<Answer>) -> StandIn {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let received: Arc<Mutex<Vec<Received>>> = Arc::default();
    let log = Arc::clone(&received);
    tokio::spawn(async move {
        let mut index = 0;
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let answer = script[index.min(script.len() - 1)].clone();
            index += 1;
            let log = Arc::clone(&log);
            tokio::spawn(async move {
                let mut data = Vec::new();
                let mut buf = [0u8; 4096];
                let head_end = loop {
                    let n = socket.read(&mut buf).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    data.extend_from_slice(&buf[..n]);
                    if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                };
                let head = String::from_utf8_lossy(&data[..head_end]).to_string();
                let mut lines = head.split("\r\n");
                let mut start = lines.next().unwrap_or("").split(' ');
                let (method, target) = (
                    start.next().unwrap_or("").to_string(),
                    start.next().unwrap_or("").to_string(),
                );
                let headers: Vec<(String, String)> = lines
                    .filter_map(|l| l.split_once(": "))
                    .map(|(n, v)| (n.to_string(), v.to_string()))
                    .collect();
                let length: usize = headers
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
                    .and_then(|(_, v)| v.parse().ok())
                    .unwrap_or(0);
                while data.len() < head_end + length {
                    let n = socket.read(&mut buf).await.unwrap_or(0);
                    if n == 0 {
                        break;
                    }
                    data.extend_from_slice(&buf[..n]);
                }
                let body = String::from_utf8_lossy(&data[head_end..]).to_string();
                log.lock().unwrap().push(Received {
                    method,
                    target,
                    headers,
                    body,
                });
                let Some((status, headers, body)) = answer else {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                    return;
                };
                let mut response = format!(
                    "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
                    body.len()
                );
                for (name, value) in headers {
                    response.push_str(&format!("{name}: {value}\r\n"));
                }
                response.push_str("\r\n");
                response.push_str(&body);
                let _ = socket.write_all(response.as_bytes()).await;
            });
        }
    });
    StandIn { url, received }
}

impl StandIn {
    fn client(&self) -> Client {
        Client::builder(&self.url)
            .admin_key("tsk_test")
            .build()
            .unwrap()
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

fn recorder() -> (
    Arc<Mutex<Vec<RetryEvent>>>,
    impl Fn(RetryEvent) -> std::future::Ready<()>,
) {
    let events: Arc<Mutex<Vec<RetryEvent>>> = Arc::default();
    let seen = Arc::clone(&events);
    (events, move |e| {
        seen.lock().unwrap().push(e);
        std::future::ready(())
    })
}

#[tokio::test]
async fn sends_the_credential_of_the_operation_and_the_user_agent() {
    let server = stand_in(vec![json(200, USER), json(200, "{}")]).await;
    let client = server.client();
    let user = client
        .get_user()
        .tenant("acme")
        .user("usr_1")
        .send()
        .typed()
        .await
        .unwrap();
    assert_eq!(user.id, "usr_1");
    // A public operation gets no admin key.
    client.get_open_api().send().typed().await.unwrap();
    let received = server.received();
    assert_eq!(received[0].target, "/v1/tenants/acme/users/usr_1");
    assert_eq!(received[0].header("authorization"), Some("Bearer tsk_test"));
    assert_eq!(
        received[0].header("user-agent"),
        Some(format!("tessera-rust/{}", tessera_sdk::VERSION).as_str())
    );
    assert_eq!(received[1].header("authorization"), None);
}

#[tokio::test]
async fn retries_an_idempotent_call_honouring_retry_after() {
    let server = stand_in(vec![
        problem(503, "unavailable", vec![("retry-after", "0".into())]),
        json(200, USER),
    ])
    .await;
    let (events, hook) = recorder();
    let client = server.client().with(|s| s.on_retry(hook));
    client
        .get_user()
        .tenant("acme")
        .user("usr_1")
        .send()
        .typed()
        .await
        .unwrap();
    assert_eq!(server.received().len(), 2);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        (events[0].status, events[0].delay),
        (Some(503), Duration::ZERO)
    );
    assert_eq!(events[0].operation_id, "get_user");
}

#[tokio::test]
async fn gives_up_after_max_retries_with_the_last_error() {
    let server = stand_in(vec![problem(
        500,
        "internal",
        vec![("retry-after", "0".into())],
    )])
    .await;
    let client = server.client().with(|s| s.max_retries(3));
    let error = client
        .get_user()
        .tenant("acme")
        .user("usr_1")
        .send()
        .typed()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(server.received().len(), 4);
    let api = error.api().unwrap();
    assert_eq!(api.code.as_deref(), Some("internal"));
    assert_eq!(api.detail.as_deref(), Some("what went wrong"));
    assert_eq!(api.request_id.as_deref(), Some("req_1"));
}

#[tokio::test]
async fn retries_a_post_only_when_asked() {
    let script = vec![
        problem(429, "rate_limited", vec![("retry-after", "0".into())]),
        json(
            200,
            r#"{"access_token":"at","token_type":"Bearer","expires_in":60,"session_id":"ses_1"}"#,
        ),
    ];
    let body = || {
        types::LoginRequest::builder()
            .email("a@example.com".to_string())
            .password("pw".to_string())
    };
    let server = stand_in(script.clone()).await;
    let error = server
        .client()
        .login()
        .tenant("acme")
        .body(body())
        .send()
        .typed()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    assert_eq!(error.api().unwrap().retry_after, Some(Duration::ZERO));
    assert_eq!(server.received().len(), 1);

    let server = stand_in(script).await;
    let answer = server
        .client()
        .with(|s| s.retry_non_idempotent(true))
        .login()
        .tenant("acme")
        .body(body())
        .send()
        .typed()
        .await
        .unwrap();
    assert!(matches!(answer, types::LoginResponse::SessionTokens(_)));
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[1].method, "POST");
    assert_eq!(
        received[0].body, received[1].body,
        "the retry sends the same body"
    );
}

#[tokio::test]
async fn times_out_each_attempt() {
    let server = stand_in(vec![None]).await;
    let client = server.client().with(|s| {
        s.timeout(Duration::from_millis(200))
            .max_retries(1)
            .max_retry_delay(Duration::ZERO)
    });
    let started = Instant::now();
    let error = client
        .get_user()
        .tenant("acme")
        .user("u")
        .send()
        .typed()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout, "{error}");
    assert_eq!(server.received().len(), 2, "a timed-out GET is retried");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn an_unreachable_server_is_a_connection_error() {
    // A port that was free a moment ago.
    let port = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (events, hook) = recorder();
    let client = Client::builder(format!("http://127.0.0.1:{port}"))
        .max_retry_delay(Duration::from_millis(10))
        .build()
        .unwrap()
        .with(|s| s.on_retry(hook));
    let error = client.get_open_api().send().typed().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connection, "{error}");
    assert_eq!(
        events.lock().unwrap().len(),
        2,
        "connection failures are retried"
    );
}

#[tokio::test]
async fn an_error_without_a_problem_document_keeps_its_status() {
    let server = stand_in(vec![Some((502, vec![], "<html>bad gateway</html>".into()))]).await;
    let error = server
        .client()
        .with(|s| s.max_retries(0))
        .get_open_api()
        .send()
        .typed()
        .await
        .unwrap_err();
    let api = error.api().unwrap();
    assert_eq!(
        (api.status, api.code.as_deref(), api.problem().is_none()),
        (502, None, true)
    );
}

#[tokio::test]
async fn a_bad_base_url_is_refused() {
    for url in ["not a url", "ftp://example.com", "file:///tmp"] {
        let error = Client::builder(url).build().unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Client, "{url}");
    }
}

#[tokio::test]
async fn streams_every_item_across_pages() {
    let page = |ids: &[&str], next: Option<&str>| {
        let users: Vec<String> = ids.iter().map(|id| USER.replace("usr_1", id)).collect();
        let next = next.map_or("null".to_string(), |c| format!("\"{c}\""));
        json(
            200,
            &format!(r#"{{"data":[{}],"next_cursor":{next}}}"#, users.join(",")),
        )
    };
    let server = stand_in(vec![
        page(&["usr_1", "usr_2"], Some("c1")),
        page(&["usr_3"], Some("c2")),
        page(&[], None),
    ])
    .await;
    let client = server.client();
    let users: Vec<types::User> = client
        .list_users()
        .tenant("acme")
        .limit(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["usr_1", "usr_2", "usr_3"]);
    let targets: Vec<String> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/v1/tenants/acme/users?limit=2",
            "/v1/tenants/acme/users?cursor=c1&limit=2",
            "/v1/tenants/acme/users?cursor=c2&limit=2",
        ]
    );
}

#[tokio::test]
async fn client_credentials_share_one_request_and_renew_short_tokens_at_half_life() {
    let token = |t: &str| {
        json(
            200,
            &format!(r#"{{"access_token":"{t}","token_type":"Bearer","expires_in":10}}"#),
        )
    };
    let server = stand_in(vec![
        token("t1"),
        token("t2"),
        json(200, r#"{"sub":"usr_1"}"#),
    ])
    .await;
    let offset = Arc::new(AtomicU64::new(0));
    let moved = Arc::clone(&offset);
    let options = ClientCredentialsOptions {
        scope: Some("billing:read".into()),
        clock: Arc::new(move || {
            SystemTime::UNIX_EPOCH
                + Duration::from_secs(1_800_000_000 + moved.load(Ordering::SeqCst))
        }),
        ..ClientCredentialsOptions::default()
    };
    let source = server
        .client()
        .client_credentials_with("acme", "cli_1", "s3cret:x", options);
    let tokens = futures::future::join_all((0..5).map(|_| source.token())).await;
    assert!(
        tokens.iter().all(|t| t.as_deref().ok() == Some("t1")),
        "{tokens:?}"
    );
    assert_eq!(
        server.received().len(),
        1,
        "concurrent callers share one request"
    );
    let request = &server.received()[0];
    assert_eq!(request.target, "/t/acme/oauth/token");
    // RFC 6749 §2.3.1: the secret is form-encoded before Base64 ("cli_1:s3cret%3Ax").
    assert_eq!(
        request.header("authorization"),
        Some("Basic Y2xpXzE6czNjcmV0JTNBeA==")
    );
    assert!(
        request.body.contains("grant_type=client_credentials"),
        "{}",
        request.body
    );
    assert!(
        request.body.contains("scope=billing%3Aread"),
        "{}",
        request.body
    );

    offset.store(4, Ordering::SeqCst);
    assert_eq!(source.token().await.unwrap(), "t1");
    offset.store(6, Ordering::SeqCst);
    assert_eq!(
        source.token().await.unwrap(),
        "t2",
        "renewed past half of a 10 s life"
    );

    // As a credential source, the token authorises calls of its scheme.
    let client = server
        .client()
        .with(|s| s.credential_source("bearer_token", source.clone()));
    client
        .oauth_user_info()
        .tenant("acme")
        .send()
        .typed()
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(
        received.last().unwrap().header("authorization"),
        Some("Bearer t2")
    );
}
