//! The audit log: events for admin and auth actions, filters, export, and a hash chain that
//! exposes tampering.

use reqwest::Method;
use serde_json::{Value, json};
use tessera_store::Db;

use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

async fn events(server: &TestServer, query: &str) -> Vec<Value> {
    let page: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/audit-events?limit=100{query}"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page["data"].as_array().unwrap().clone()
}

async fn verify_chain(server: &TestServer) -> Value {
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/audit-events/verify")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// Runs raw SQL against the server's database, as an attacker with database access would.
async fn tamper(db: &Db, sql: &'static str) {
    match db {
        Db::Sqlite(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
        Db::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
    }
    .unwrap();
}

#[tokio::test]
async fn admin_and_auth_actions_are_recorded_with_context_and_no_secrets() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    let user_id = user["id"].as_str().unwrap();
    server
        .login("acme", "jane@example.com", "wrong password!!")
        .await;
    let response = server
        .http
        .post(server.url("/t/acme/auth/login"))
        .header("x-request-id", "req-audit-1")
        .header("user-agent", "audit-test")
        .json(&json!({ "email": "jane@example.com", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    let tokens: Value = response.json().await.unwrap();
    server
        .admin(Method::POST, "/v1/tenants/acme/keys/rotate")
        .send()
        .await
        .unwrap();
    server
        .mint("acme", json!({ "subject": "svc", "audience": "api" }))
        .await;
    server
        .admin(Method::PATCH, &format!("/v1/tenants/acme/users/{user_id}"))
        .json(&json!({ "name": "Jane", "password": "another fine passphrase" }))
        .send()
        .await
        .unwrap();

    let all = events(&server, "").await;
    let actions: Vec<&str> = all.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        [
            "tenant.created",
            "user.created",
            "session.login_failed",
            "session.login_succeeded",
            "signing_keys.rotated",
            "test_token.issued",
            "user.password_changed",
            "user.updated",
        ]
    );
    let seqs: Vec<i64> = all.iter().map(|e| e["seq"].as_i64().unwrap()).collect();
    assert_eq!(seqs, (1..=8).collect::<Vec<_>>());

    let created = &all[1];
    assert_eq!(created["actor_type"], "admin");
    assert!(created["actor_id"].as_str().unwrap().starts_with("adk_"));
    assert_eq!(created["target_type"], "user");
    assert_eq!(created["target_id"], user_id);
    assert_eq!(created["ip"], "127.0.0.1");
    let failed = &all[2];
    assert_eq!(failed["actor_type"], "anonymous");
    assert_eq!(failed["details"]["email"], "jane@example.com");
    assert_eq!(failed["details"]["user_exists"], true);
    let login = &all[3];
    assert_eq!(login["actor_type"], "user");
    assert_eq!(login["actor_id"], user_id);
    assert_eq!(login["target_id"], tokens["session_id"]);
    assert_eq!(login["request_id"], "req-audit-1");
    assert_eq!(login["user_agent"], "audit-test");
    assert_eq!(all[7]["details"], json!({ "fields": ["name"] }));

    // Nothing secret ever reaches the log.
    let dump = serde_json::to_string(&all).unwrap();
    for secret in [
        PASSWORD,
        "wrong password!!",
        "another fine passphrase",
        tokens["refresh_token"].as_str().unwrap(),
        &server.admin_key,
    ] {
        assert!(!dump.contains(secret), "audit log leaks {secret}");
    }
    assert!(!dump.contains("eyJ"), "no JWT in the audit log");

    // Filters.
    assert_eq!(events(&server, "&action=user.created").await.len(), 1);
    assert_eq!(
        events(&server, &format!("&target_id={user_id}"))
            .await
            .len(),
        3
    );
    assert_eq!(
        events(&server, &format!("&actor_id={user_id}")).await.len(),
        1
    );
    assert_eq!(
        events(
            &server,
            "&since=2000-01-01T00:00:00Z&until=2000-01-02T00:00:00Z"
        )
        .await
        .len(),
        0
    );
    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants/acme/audit-events?since=yesterday")
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;

    let verdict = verify_chain(&server).await;
    assert_eq!(verdict, json!({ "valid": true, "events_checked": 8 }));
}

#[tokio::test]
async fn pages_and_exports() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    for i in 0..4 {
        server
            .create_user("acme", &format!("u{i}@example.com"), PASSWORD)
            .await;
    }
    let first: Value = server
        .admin(Method::GET, "/v1/tenants/acme/audit-events?limit=2")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let cursor = first["next_cursor"].as_str().unwrap();
    let second: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/audit-events?limit=2&cursor={cursor}"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(second["data"][0]["seq"], 3);

    let response = server
        .admin(Method::GET, "/v1/tenants/acme/audit-events/export")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "application/x-ndjson");
    let text = response.text().await.unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[4]["action"], "user.created");

    let response = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/audit-events/export?format=csv&action=user.created",
        )
        .send()
        .await
        .unwrap();
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = response.text().await.unwrap();
    let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 5, "header and four events:\n{csv}");
    assert!(rows[0].starts_with("seq,id,occurred_at,action"));
    assert!(rows[1].contains(",user.created,admin,"));
    assert!(
        rows[1].contains("\"{\"\"email\"\":\"\"u0@example.com\"\"}\""),
        "details are a quoted JSON cell: {}",
        rows[1]
    );
    expect_problem(
        server
            .admin(
                Method::GET,
                "/v1/tenants/acme/audit-events/export?format=xml",
            )
            .send()
            .await
            .unwrap(),
        400,
        "invalid_parameter",
    )
    .await;
}

#[tokio::test]
async fn tampering_breaks_the_chain_at_the_first_changed_event() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    for i in 0..3 {
        server
            .create_user("acme", &format!("u{i}@example.com"), PASSWORD)
            .await;
    }
    assert_eq!(verify_chain(&server).await["valid"], true);

    tamper(&server.db, "UPDATE audit_events SET details = '{\"email\":\"someone-else@example.com\"}' WHERE seq = 3").await;
    let verdict = verify_chain(&server).await;
    assert_eq!(verdict["valid"], false);
    assert_eq!(verdict["first_broken_seq"], 3);
    assert_eq!(verdict["events_checked"], 2);
    assert!(verdict["reason"].as_str().unwrap().contains("hash"));

    // Deleting an event is caught too, even if the rest is untouched.
    tamper(&server.db, "DELETE FROM audit_events WHERE seq = 2").await;
    let verdict = verify_chain(&server).await;
    assert_eq!(verdict["first_broken_seq"], 2);
    assert!(verdict["reason"].as_str().unwrap().contains("missing"));
}

#[tokio::test]
async fn chains_are_per_tenant_and_survive_concurrent_appends() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server.create_tenant("other").await;
    let creates = (0..8).map(|i| {
        server
            .admin(Method::POST, "/v1/tenants/acme/users")
            .json(&json!({ "email": format!("c{i}@example.com") }))
            .send()
    });
    let handles: Vec<_> = creates.map(tokio::spawn).collect();
    for handle in handles {
        assert_eq!(handle.await.unwrap().unwrap().status(), 201);
    }
    let all = events(&server, "").await;
    assert_eq!(all.len(), 9);
    assert_eq!(
        verify_chain(&server).await,
        json!({ "valid": true, "events_checked": 9 })
    );
    let other: Value = server
        .admin(Method::GET, "/v1/tenants/other/audit-events")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let other = other["data"].as_array().unwrap();
    assert_eq!(other.len(), 1, "only its own tenant.created");
    assert_eq!(other[0]["seq"], 1);
}

#[tokio::test]
async fn a_burst_of_sign_ins_all_succeed_and_keep_the_chain_whole() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server
        .create_user("acme", "jane@example.com", PASSWORD)
        .await;
    let logins = (0..24).map(|_| {
        server
            .http
            .post(server.url("/t/acme/auth/login"))
            .json(&json!({ "email": "jane@example.com", "password": PASSWORD }))
            .send()
    });
    let handles: Vec<_> = logins.map(tokio::spawn).collect();
    for handle in handles {
        let response = handle.await.unwrap().unwrap();
        assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    }
    let verdict = verify_chain(&server).await;
    assert_eq!(verdict["valid"], true);
    assert_eq!(verdict["events_checked"], 2 + 24);
}
