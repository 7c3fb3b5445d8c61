//! The per-IP limit on `/t/{tenant}/auth/…`: 429 `rate_limited` with `Retry-After`, per
//! tenant and client address, reset by the window, trusted proxies, and one counter for every
//! replica on the database.

use serde_json::json;
use tessera_server::http::HttpSettings;
use tessera_server::http::rate_limit::TrustedProxies;
use tessera_server::services::rate_limits::RateLimit;

use crate::support::{TestServer, expect_problem, settings};

fn limited(per_minute: u32, trusted_proxies: &str) -> HttpSettings {
    HttpSettings {
        auth_rate_limit: RateLimit::per_minute(per_minute),
        trusted_proxies: TrustedProxies::parse(trusted_proxies).unwrap(),
        ..settings()
    }
}

/// Moves the server's clock to the start of a minute, so a test's requests share a window.
fn align_to_window(server: &TestServer) {
    use tessera_server::clock::Clock;
    let now = server.clock.now().unix_timestamp();
    server.clock.advance(60 - now.rem_euclid(60));
}

/// A failed sign-in, each with another email so the per-account lockout stays out of it.
async fn login_from(server: &TestServer, slug: &str, forwarded_for: &str) -> reqwest::Response {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    server
        .http
        .post(server.url(&format!("/t/{slug}/auth/login")))
        .header("x-forwarded-for", forwarded_for)
        .json(&json!({ "email": format!("user{n}@example.com"), "password": "not the password" }))
        .send()
        .await
        .unwrap()
}

async fn expect_limited(response: reqwest::Response) -> u64 {
    let retry_after: u64 = response
        .headers()
        .get("retry-after")
        .expect("Retry-After on a 429")
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    expect_problem(response, 429, "rate_limited").await;
    retry_after
}

#[tokio::test]
async fn past_the_limit_the_sign_in_api_answers_429_per_tenant_and_address_until_the_window_ends() {
    let server = TestServer::start_with(limited(5, "127.0.0.1/32")).await;
    server.create_tenant("acme").await;
    server.create_tenant("other").await;
    align_to_window(&server);
    let client = "203.0.113.7";
    for _ in 0..5 {
        expect_problem(
            login_from(&server, "acme", client).await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    expect_limited(login_from(&server, "acme", client).await).await;
    // Every sign-in endpoint shares the address's budget.
    let reset = server
        .http
        .post(server.url("/t/acme/auth/password-reset"))
        .header("x-forwarded-for", client)
        .json(&json!({ "email": "jane@example.com" }))
        .send()
        .await
        .unwrap();
    expect_limited(reset).await;
    let signup = server
        .http
        .post(server.url("/t/acme/auth/signup"))
        .header("x-forwarded-for", client)
        .json(&json!({ "email": "new@example.com", "password": "a long enough pass phrase" }))
        .send()
        .await
        .unwrap();
    expect_limited(signup).await;
    // Signing out, the rest of the API and other tenants and addresses are not affected.
    let logout = server
        .http
        .post(server.url("/t/acme/auth/logout"))
        .header("x-forwarded-for", client)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 204);
    assert_eq!(
        server
            .get_json("/t/acme/.well-known/openid-configuration")
            .await
            .0,
        200
    );
    expect_problem(
        login_from(&server, "acme", "203.0.113.8").await,
        401,
        "invalid_credentials",
    )
    .await;
    expect_problem(
        login_from(&server, "other", client).await,
        401,
        "invalid_credentials",
    )
    .await;

    // The first refusal of the window is audited, with the client address behind the proxy.
    let events = server.audit_events("acme", "rate_limit.exceeded").await;
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["ip"], client);
    assert_eq!(events[0]["details"]["bucket"], "auth_ip");
    assert_eq!(events[0]["details"]["limit"], 5);

    // A new window starts a new count.
    server.clock.advance(60);
    expect_problem(
        login_from(&server, "acme", client).await,
        401,
        "invalid_credentials",
    )
    .await;
}

#[tokio::test]
async fn forwarded_for_from_an_untrusted_peer_is_ignored() {
    // No trusted proxies: the TCP peer (127.0.0.1) is the client, whatever the header says.
    let server = TestServer::start_with(limited(3, "")).await;
    server.create_tenant("acme").await;
    align_to_window(&server);
    for i in 0..3 {
        expect_problem(
            login_from(&server, "acme", &format!("198.51.100.{i}")).await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    expect_limited(login_from(&server, "acme", "198.51.100.99").await).await;
    let events = server.audit_events("acme", "rate_limit.exceeded").await;
    assert_eq!(events[0]["ip"], "127.0.0.1");
}

#[tokio::test]
async fn replicas_on_one_database_share_the_counter() {
    let primary = TestServer::start_with(limited(4, "")).await;
    let replica = primary.start_replica(limited(4, "")).await;
    primary.create_tenant("acme").await;
    align_to_window(&primary);
    for server in [&primary, &replica, &primary, &replica] {
        expect_problem(
            login_from(server, "acme", "ignored").await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    expect_limited(login_from(&replica, "acme", "ignored").await).await;
    expect_limited(login_from(&primary, "acme", "ignored").await).await;
    // The replica shares the clock: a new window on one is a new window on both.
    primary.clock.advance(60);
    expect_problem(
        login_from(&replica, "acme", "ignored").await,
        401,
        "invalid_credentials",
    )
    .await;
}

#[tokio::test]
async fn a_limit_of_zero_turns_it_off() {
    let server = TestServer::start_with(limited(0, "")).await;
    for _ in 0..8 {
        // Unknown tenants are counted too (by slug) when the limit is on.
        expect_problem(
            login_from(&server, "nope", "ignored").await,
            404,
            "not_found",
        )
        .await;
    }
}
