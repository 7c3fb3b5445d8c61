//! What makes checks cheap without changing their answers. The role cache of authorization
//! checks and organization claims (`cache::roles`): every write that changes what a role
//! grants shows in the next check on the replica that made it, and within moments on another
//! replica (PostgreSQL LISTEN/NOTIFY); each check below follows one that warmed the cache, so
//! removing an invalidation fails a test. And the batch form, which reads its users,
//! organizations and memberships together: it must decide as the checks one by one do.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};

use crate::organizations::{add_member, create_org};
use crate::support::{TestServer, verify};

const PASSWORD: &str = "correct horse battery staple";

async fn ok(server: &TestServer, method: Method, path: &str, body: Option<Value>) -> Value {
    let request = server.admin(method.clone(), path);
    let response = match body {
        Some(body) => request.json(&body),
        None => request,
    }
    .send()
    .await
    .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    assert!(
        (200..300).contains(&status),
        "{method} {path}: {status} {text}"
    );
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// Whether `user` may do `permission` in the organization `org`, by `POST …/authz/check`.
async fn allowed(server: &TestServer, user: &str, permission: &str, org: &str) -> bool {
    let decision = ok(
        server,
        Method::POST,
        "/v1/tenants/acme/authz/check",
        Some(json!({ "subject": user, "permission": permission, "organization": org })),
    )
    .await;
    decision["allowed"].as_bool().unwrap()
}

async fn set_role(server: &TestServer, org: &str, user: &str, role: &str) {
    ok(
        server,
        Method::PATCH,
        &format!("/v1/tenants/acme/organizations/{org}/members/{user}"),
        Some(json!({ "role": role })),
    )
    .await;
}

/// `POST` a role to `scope` (`/v1/tenants/acme` or an organization's path).
async fn create_role(server: &TestServer, scope: &str, key: &str, permissions: &[&str]) {
    ok(
        server,
        Method::POST,
        &format!("{scope}/roles"),
        Some(json!({ "key": key, "name": key, "permissions": permissions })),
    )
    .await;
}

async fn set_permissions(server: &TestServer, scope: &str, key: &str, permissions: &[&str]) {
    ok(
        server,
        Method::PATCH,
        &format!("{scope}/roles/{key}"),
        Some(json!({ "permissions": permissions })),
    )
    .await;
}

async fn delete_role(server: &TestServer, scope: &str, key: &str) {
    ok(
        server,
        Method::DELETE,
        &format!("{scope}/roles/{key}"),
        None,
    )
    .await;
}

const TENANT: &str = "/v1/tenants/acme";
const RED: &str = "/v1/tenants/acme/organizations/red";

/// A tenant with the organization `red` and a user who is a `member` of it.
async fn setup(server: &TestServer) -> String {
    server.create_tenant("acme").await;
    let alice = server
        .create_user("acme", "alice@example.com", PASSWORD)
        .await;
    let alice = alice["id"].as_str().unwrap().to_owned();
    create_org(server, "acme", "red").await;
    add_member(server, "acme", "red", &alice, "member").await;
    alice
}

/// The `permissions` claim of a fresh access token of `alice` switched into `red`.
async fn token_permissions(server: &TestServer, access_token: &str) -> Value {
    let response = server
        .http
        .post(server.url("/t/acme/me/organizations/red/switch"))
        .bearer_auth(access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let token = body["access_token"].as_str().unwrap();
    let issuer = server.url("/t/acme");
    let claims = verify(token, &server.jwks("acme").await, &issuer, &issuer).unwrap();
    claims["permissions"].clone()
}

#[tokio::test]
async fn role_changes_show_in_the_next_check_on_the_same_replica() {
    let server = TestServer::start().await;
    let alice = setup(&server).await;
    let alice = alice.as_str();

    // A built-in role's permissions replaced by the tenant (the first change inserts a row),
    // then changed again (an update of that row).
    assert!(allowed(&server, alice, "members:read", "red").await);
    set_permissions(&server, TENANT, "member", &["organization:read"]).await;
    assert!(!allowed(&server, alice, "members:read", "red").await);
    set_permissions(&server, TENANT, "member", &["members:*"]).await;
    assert!(allowed(&server, alice, "members:read", "red").await);

    // A tenant-wide role created after the tenant's roles were cached.
    create_role(&server, TENANT, "billing", &["invoices:read"]).await;
    set_role(&server, "red", alice, "billing").await;
    assert!(allowed(&server, alice, "invoices:read", "red").await);
    // A permission taken away from it, and another given.
    set_permissions(&server, TENANT, "billing", &["invoices:write"]).await;
    assert!(!allowed(&server, alice, "invoices:read", "red").await);
    assert!(allowed(&server, alice, "invoices:write", "red").await);

    // An organization's own role, created after the organization's roles were cached
    // (the checks above cached them, holding none), then changed.
    create_role(&server, RED, "auditor", &["reports:read"]).await;
    set_role(&server, "red", alice, "auditor").await;
    assert!(allowed(&server, alice, "reports:read", "red").await);
    set_permissions(&server, RED, "auditor", &["logs:export"]).await;
    assert!(!allowed(&server, alice, "reports:read", "red").await);
    assert!(allowed(&server, alice, "logs:export", "red").await);

    // The organization's role deleted: its key, taken tenant-wide afterwards, now means the
    // tenant's role (a stale organization entry would still answer the deleted one).
    set_role(&server, "red", alice, "member").await;
    delete_role(&server, RED, "auditor").await;
    create_role(&server, TENANT, "auditor", &["audits:read"]).await;
    set_role(&server, "red", alice, "auditor").await;
    assert!(allowed(&server, alice, "audits:read", "red").await);
    assert!(!allowed(&server, alice, "logs:export", "red").await);

    // Token claims read the same roles: a change shows in the next token.
    let login: Value = server
        .login("acme", "alice@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let session = login["access_token"].as_str().unwrap();
    assert_eq!(
        token_permissions(&server, session).await,
        json!(["audits:read"])
    );
    set_permissions(&server, TENANT, "auditor", &["audits:read", "audits:write"]).await;
    assert_eq!(
        token_permissions(&server, session).await,
        json!(["audits:read", "audits:write"])
    );

    // A deleted and recreated tenant starts from its own, new roles.
    ok(&server, Method::DELETE, TENANT, None).await;
    let alice = setup(&server).await;
    assert!(allowed(&server, &alice, "members:read", "red").await);
}

/// Polls `check` until it holds, for at most `within`.
async fn eventually<F, Fut>(within: Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    loop {
        if check().await {
            return;
        }
        assert!(
            start.elapsed() < within,
            "{what}: not seen by the other replica within {within:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn other_replicas_hear_role_changes_over_postgresql() {
    let primary = TestServer::start().await;
    if !primary.database_url.starts_with("postgres") {
        eprintln!(
            "skipped: replicas share changes over PostgreSQL; set TESSERA_TEST_DATABASE_URL (SQLite serves one process)"
        );
        return;
    }
    let replica = primary.start_replica(crate::support::settings()).await;
    let alice = setup(&primary).await;
    let alice = alice.as_str();
    // Well under the caches' 10 s bound, so only a notice can make these pass.
    let within = Duration::from_secs(3);
    assert!(within < tessera_server::cache::MAX_STALENESS);

    // Warm the replica's tenant and organization entries.
    assert!(allowed(&replica, alice, "members:read", "red").await);

    set_permissions(&primary, TENANT, "member", &["organization:read"]).await;
    eventually(within, "built-in role replaced", || async {
        !allowed(&replica, alice, "members:read", "red").await
    })
    .await;

    create_role(&primary, TENANT, "billing", &["invoices:read"]).await;
    set_role(&primary, "red", alice, "billing").await;
    eventually(within, "tenant-wide role created", || async {
        allowed(&replica, alice, "invoices:read", "red").await
    })
    .await;

    set_permissions(&primary, TENANT, "billing", &["invoices:write"]).await;
    eventually(within, "tenant-wide role changed", || async {
        !allowed(&replica, alice, "invoices:read", "red").await
    })
    .await;

    create_role(&primary, RED, "auditor", &["reports:read"]).await;
    set_role(&primary, "red", alice, "auditor").await;
    eventually(within, "organization role created", || async {
        allowed(&replica, alice, "reports:read", "red").await
    })
    .await;

    set_role(&primary, "red", alice, "member").await;
    delete_role(&primary, RED, "auditor").await;
    create_role(&primary, TENANT, "auditor", &["audits:read"]).await;
    set_role(&primary, "red", alice, "auditor").await;
    eventually(within, "organization role deleted", || async {
        allowed(&replica, alice, "audits:read", "red").await
    })
    .await;
}

#[tokio::test]
async fn a_batch_decides_as_its_checks_one_by_one() {
    let server = TestServer::start().await;
    let alice = setup(&server).await;
    let red = ok(&server, Method::GET, RED, None).await;
    let red_id = red["id"].as_str().unwrap();
    create_org(&server, "acme", "blue").await;
    let mut users = Vec::new();
    for email in ["bob@example.com", "carol@example.com"] {
        let user = server.create_user("acme", email, PASSWORD).await;
        users.push(user["id"].as_str().unwrap().to_owned());
    }
    let (bob, carol) = (users[0].as_str(), users[1].as_str());
    add_member(&server, "acme", "red", bob, "admin").await;
    ok(
        &server,
        Method::POST,
        &format!("/v1/tenants/acme/users/{bob}/disable"),
        None,
    )
    .await;
    add_member(&server, "acme", "blue", carol, "viewer").await;
    let account = ok(
        &server,
        Method::POST,
        &format!("{RED}/service-accounts"),
        Some(json!({ "name": "Sync", "role": "viewer" })),
    )
    .await;
    let account = account["id"].as_str().unwrap();

    let check = |subject: &str, permission: &str, organization: Option<&str>| {
        let mut body = json!({ "subject": subject, "permission": permission });
        if let Some(organization) = organization {
            body["organization"] = json!(organization);
        }
        body
    };
    let checks = vec![
        check(&alice, "members:read", Some("red")),
        check(&alice, "members:read", Some(red_id)),
        check(&alice, "invoices:read", Some("red")),
        check(&alice, "organization:read", Some("blue")),
        check(&alice, "members:read", None),
        check(&alice, "members:read", Some("no-such-org")),
        check(&alice, "members:read", Some("org_0000")),
        check(bob, "members:read", Some("red")),
        check(carol, "organization:read", Some("blue")),
        check(carol, "members:read", Some("blue")),
        check(carol, "organization:read", Some("red")),
        check("usr_nobody", "organization:read", Some("red")),
        check(account, "organization:read", Some(red_id)),
        check(account, "organization:read", Some("blue")),
        check("cli_nobody", "organization:read", Some("red")),
        check(&alice, "members:read", Some("red")),
    ];
    let mut one_by_one = Vec::new();
    for check in &checks {
        one_by_one.push(
            ok(
                &server,
                Method::POST,
                "/v1/tenants/acme/authz/check",
                Some(check.clone()),
            )
            .await,
        );
    }
    let batch = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/authz/check-batch",
        Some(json!({ "checks": checks })),
    )
    .await;
    assert_eq!(batch["results"], Value::Array(one_by_one.clone()));
    // Every way a check can end is among them, so the comparison covers each path.
    let mut reasons: Vec<&str> = one_by_one
        .iter()
        .map(|d| d["reason"].as_str().unwrap())
        .collect();
    reasons.sort_unstable();
    reasons.dedup();
    assert_eq!(
        reasons,
        [
            "no_organization",
            "not_a_member",
            "organization_not_found",
            "role_grants_permission",
            "role_lacks_permission",
            "subject_disabled",
            "subject_not_found",
        ]
    );
}
