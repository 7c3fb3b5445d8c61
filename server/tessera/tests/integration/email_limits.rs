//! The per-address limit on anonymous requests that email an address: a flood of password
//! reset, magic-link and email-code requests cannot flood one mailbox, and the limit answers
//! alike for addresses with and without an account.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

async fn request(server: &TestServer, flow: &str, email: &str) -> reqwest::Response {
    server
        .http
        .post(server.url(&format!("/t/acme/auth/{flow}")))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap()
}

async fn mails_to(server: &TestServer, to: &str) -> usize {
    let body: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/outbox?to={to}&limit=100"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"].as_array().unwrap().len()
}

#[tokio::test]
async fn one_address_gets_at_most_ten_emails_per_window_whoever_asks() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    // Start at a window's beginning so the test's requests share one.
    {
        use tessera_server::clock::Clock;
        let now = server.clock.now().unix_timestamp();
        server.clock.advance(900 - now.rem_euclid(900));
    }
    // The three flows share one budget per address; the address is normalised first.
    let flows = ["password-reset", "magic-link", "email-code"];
    for i in 0..10 {
        let email = if i % 2 == 0 {
            "jane@example.com"
        } else {
            " Jane@Example.COM"
        };
        let response = request(&server, flows[i % 3], email).await;
        assert_eq!(response.status(), 202, "request {i}");
    }
    let response = request(&server, "password-reset", "jane@example.com").await;
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    expect_problem(response, 429, "rate_limited").await;
    assert_eq!(mails_to(&server, "jane@example.com").await, 10);

    // An address without an account is limited the same way: the 429 reveals nothing.
    for _ in 0..10 {
        assert_eq!(
            request(&server, "magic-link", "ghost@example.com")
                .await
                .status(),
            202
        );
    }
    expect_problem(
        request(&server, "magic-link", "ghost@example.com").await,
        429,
        "rate_limited",
    )
    .await;
    // Other addresses are unaffected, and the limit ends with its window.
    assert_eq!(
        request(&server, "password-reset", "sam@example.com")
            .await
            .status(),
        202
    );
    server.clock.advance(900);
    assert_eq!(
        request(&server, "password-reset", "jane@example.com")
            .await
            .status(),
        202
    );
    assert_eq!(mails_to(&server, "jane@example.com").await, 11);

    let events: Value = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/audit-events?action=rate_limit.exceeded",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let buckets: Vec<&str> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["details"]["bucket"].as_str().unwrap())
        .collect();
    assert_eq!(buckets, ["email_send", "email_send"], "{events}");
}
