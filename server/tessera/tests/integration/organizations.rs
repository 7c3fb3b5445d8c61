//! Organizations, memberships, roles and authorization checks through the management API.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

async fn send(
    server: &TestServer,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let request = server.admin(method, path);
    match body {
        Some(body) => request.json(&body),
        None => request,
    }
    .send()
    .await
    .unwrap()
}

async fn ok(server: &TestServer, method: Method, path: &str, body: Option<Value>) -> Value {
    let response = send(server, method.clone(), path, body).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    assert!(
        (200..300).contains(&status),
        "{method} {path}: {status} {text}"
    );
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

pub async fn create_org(server: &TestServer, tenant: &str, slug: &str) -> Value {
    ok(
        server,
        Method::POST,
        &format!("/v1/tenants/{tenant}/organizations"),
        Some(json!({ "slug": slug, "name": format!("Org {slug}") })),
    )
    .await
}

pub async fn add_member(server: &TestServer, tenant: &str, org: &str, user: &str, role: &str) {
    ok(
        server,
        Method::POST,
        &format!("/v1/tenants/{tenant}/organizations/{org}/members"),
        Some(json!({ "user_id": user, "role": role })),
    )
    .await;
}

async fn audit_actions(server: &TestServer, tenant: &str) -> Vec<String> {
    let page = ok(
        server,
        Method::GET,
        &format!("/v1/tenants/{tenant}/audit-events?limit=100"),
        None,
    )
    .await;
    page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn organization_crud_search_and_pagination() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let response = send(
        &server,
        Method::POST,
        "/v1/tenants/acme/organizations",
        Some(json!({
            "slug": "globex",
            "name": "  Globex Corporation ",
            "logo_url": "https://cdn.example.com/globex.png",
            "metadata": { "plan": "enterprise" },
            "policies": { "mfa_required": true, "allowed_sign_in_methods": ["totp", "password"], "max_session_age_secs": 3600 }
        })),
    )
    .await;
    assert_eq!(response.status(), 201);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let org: Value = response.json().await.unwrap();
    let id = org["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("org_"));
    assert_eq!(location, format!("/v1/tenants/acme/organizations/{id}"));
    assert_eq!(org["name"], "Globex Corporation", "trimmed");
    assert_eq!(org["metadata"], json!({ "plan": "enterprise" }));
    assert_eq!(
        org["policies"],
        json!({ "mfa_required": true, "allowed_sign_in_methods": ["password", "totp"], "max_session_age_secs": 3600 })
    );
    // By id and by slug.
    assert_eq!(ok(&server, Method::GET, &location, None).await, org);
    assert_eq!(
        ok(
            &server,
            Method::GET,
            "/v1/tenants/acme/organizations/globex",
            None
        )
        .await,
        org
    );

    // The slug is unique in the tenant, and nothing is created on refusal.
    expect_problem(
        send(
            &server,
            Method::POST,
            "/v1/tenants/acme/organizations",
            Some(json!({ "slug": "globex", "name": "Again" })),
        )
        .await,
        409,
        "already_exists",
    )
    .await;
    let problem = expect_problem(
        send(
            &server,
            Method::POST,
            "/v1/tenants/acme/organizations",
            Some(json!({
                "slug": "Not A Slug",
                "name": "",
                "logo_url": "http://insecure.example.com/x.png",
                "policies": { "allowed_sign_in_methods": ["carrier_pigeon"], "max_session_age_secs": 5 }
            })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let pointers: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        pointers,
        [
            "/slug",
            "/name",
            "/logo_url",
            "/policies/allowed_sign_in_methods/0",
            "/policies/max_session_age_secs"
        ]
    );
    expect_problem(
        send(
            &server,
            Method::POST,
            "/v1/tenants/acme/organizations",
            Some(json!({ "slug": "x", "name": "X", "colour": "red" })),
        )
        .await,
        400,
        "invalid_body",
    )
    .await;

    for i in 0..4 {
        create_org(&server, "acme", &format!("team-{i}")).await;
    }
    let page = ok(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations?limit=2",
        None,
    )
    .await;
    assert_eq!(page["data"].as_array().unwrap().len(), 2);
    assert_eq!(page["data"][0]["slug"], "globex", "oldest first");
    let cursor = page["next_cursor"].as_str().unwrap();
    let mut seen = 2;
    let mut cursor = cursor.to_owned();
    loop {
        let page = ok(
            &server,
            Method::GET,
            &format!("/v1/tenants/acme/organizations?limit=2&cursor={cursor}"),
            None,
        )
        .await;
        seen += page["data"].as_array().unwrap().len();
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(seen, 5);
    let found = ok(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations?q=GLOBEX%20CORP",
        None,
    )
    .await;
    assert_eq!(found["data"].as_array().unwrap().len(), 1);
    let found = ok(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations?q=team",
        None,
    )
    .await;
    assert_eq!(found["data"].as_array().unwrap().len(), 4);
    expect_problem(
        send(
            &server,
            Method::GET,
            "/v1/tenants/acme/organizations?cursor=bm9wZQ",
            None,
        )
        .await,
        422,
        "validation_failed",
    )
    .await;

    // PATCH changes only what is sent; an empty logo removes it.
    let updated = ok(
        &server,
        Method::PATCH,
        "/v1/tenants/acme/organizations/globex",
        Some(json!({ "name": "Globex", "logo_url": "", "policies": {} })),
    )
    .await;
    assert_eq!(updated["name"], "Globex");
    assert!(updated.get("logo_url").is_none());
    assert_eq!(updated["metadata"], json!({ "plan": "enterprise" }));
    assert_eq!(updated["policies"], json!({ "mfa_required": false }));
    expect_problem(
        send(
            &server,
            Method::PATCH,
            "/v1/tenants/acme/organizations/globex",
            Some(json!({ "name": " " })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let unchanged = ok(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations/globex",
        None,
    )
    .await;
    assert_eq!(
        unchanged["name"], "Globex",
        "a refused update changes nothing"
    );

    let response = send(&server, Method::DELETE, &location, None).await;
    assert_eq!(response.status(), 204);
    expect_problem(
        send(&server, Method::GET, &location, None).await,
        404,
        "not_found",
    )
    .await;
    expect_problem(
        send(&server, Method::DELETE, &location, None).await,
        404,
        "not_found",
    )
    .await;

    let actions = audit_actions(&server, "acme").await;
    for action in [
        "organization.created",
        "organization.updated",
        "organization.deleted",
    ] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }

    // Admin key required.
    let response = server
        .http
        .get(server.url("/v1/tenants/acme/organizations"))
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
}

#[tokio::test]
async fn memberships_roles_and_the_last_owner() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let alice = server
        .create_user("acme", "alice@example.com", PASSWORD)
        .await;
    let bob = server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let alice = alice["id"].as_str().unwrap();
    let bob = bob["id"].as_str().unwrap();
    create_org(&server, "acme", "red").await;
    create_org(&server, "acme", "blue").await;

    let membership = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/organizations/red/members",
        Some(json!({ "user_id": alice, "role": "owner" })),
    )
    .await;
    assert_eq!(membership["role"], "owner");
    // Default role is member; a user may be in many organizations.
    let membership = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/organizations/red/members",
        Some(json!({ "user_id": bob })),
    )
    .await;
    assert_eq!(membership["role"], "member");
    add_member(&server, "acme", "blue", alice, "viewer").await;

    expect_problem(
        send(
            &server,
            Method::POST,
            "/v1/tenants/acme/organizations/red/members",
            Some(json!({ "user_id": bob })),
        )
        .await,
        409,
        "already_exists",
    )
    .await;
    for body in [
        json!({ "user_id": "usr_nobody" }),
        json!({ "user_id": bob, "role": "emperor" }),
    ] {
        expect_problem(
            send(
                &server,
                Method::POST,
                "/v1/tenants/acme/organizations/blue/members",
                Some(body),
            )
            .await,
            422,
            "validation_failed",
        )
        .await;
    }

    let members = ok(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations/red/members?limit=1",
        None,
    )
    .await;
    assert_eq!(members["data"].as_array().unwrap().len(), 1);
    let next = members["next_cursor"].as_str().unwrap();
    let rest = ok(
        &server,
        Method::GET,
        &format!("/v1/tenants/acme/organizations/red/members?cursor={next}"),
        None,
    )
    .await;
    assert_eq!(rest["data"].as_array().unwrap().len(), 1);
    assert!(rest.get("next_cursor").is_none());

    // The last owner can be neither demoted nor removed.
    expect_problem(
        send(
            &server,
            Method::PATCH,
            &format!("/v1/tenants/acme/organizations/red/members/{alice}"),
            Some(json!({ "role": "admin" })),
        )
        .await,
        409,
        "conflict",
    )
    .await;
    expect_problem(
        send(
            &server,
            Method::DELETE,
            &format!("/v1/tenants/acme/organizations/red/members/{alice}"),
            None,
        )
        .await,
        409,
        "conflict",
    )
    .await;
    let updated = ok(
        &server,
        Method::PATCH,
        &format!("/v1/tenants/acme/organizations/red/members/{bob}"),
        Some(json!({ "role": "owner" })),
    )
    .await;
    assert_eq!(updated["role"], "owner");
    let response = send(
        &server,
        Method::DELETE,
        &format!("/v1/tenants/acme/organizations/red/members/{alice}"),
        None,
    )
    .await;
    assert_eq!(response.status(), 204);
    expect_problem(
        send(
            &server,
            Method::GET,
            &format!("/v1/tenants/acme/organizations/red/members/{alice}"),
            None,
        )
        .await,
        404,
        "not_found",
    )
    .await;
    // Still in the other organization.
    let blue = ok(
        &server,
        Method::GET,
        &format!("/v1/tenants/acme/organizations/blue/members/{alice}"),
        None,
    )
    .await;
    assert_eq!(blue["role"], "viewer");

    let actions = audit_actions(&server, "acme").await;
    for action in [
        "organization.member_added",
        "organization.member_role_changed",
        "organization.member_removed",
    ] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }

    // Deleting a user ends their memberships.
    let response = send(
        &server,
        Method::DELETE,
        &format!("/v1/tenants/acme/users/{alice}"),
        None,
    )
    .await;
    assert_eq!(response.status(), 204);
    let blue = ok(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations/blue/members",
        None,
    )
    .await;
    assert_eq!(blue["data"], json!([]));
}

#[tokio::test]
async fn custom_roles_and_explained_checks() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let alice = server
        .create_user("acme", "alice@example.com", PASSWORD)
        .await;
    let bob = server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let carol = server
        .create_user("acme", "carol@example.com", PASSWORD)
        .await;
    let (alice, bob, carol) = (
        alice["id"].as_str().unwrap(),
        bob["id"].as_str().unwrap(),
        carol["id"].as_str().unwrap(),
    );
    let red = create_org(&server, "acme", "red").await;
    create_org(&server, "acme", "blue").await;

    let roles = ok(&server, Method::GET, "/v1/tenants/acme/roles", None).await;
    let keys: Vec<&str> = roles["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["owner", "admin", "member", "viewer"]);
    assert_eq!(roles["data"][0]["permissions"], json!(["*"]));

    // A tenant-wide custom role and an organization's own role.
    let role = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/roles",
        Some(json!({ "key": "billing", "name": "Billing", "permissions": ["invoices:*", "invoices:read", "reports:read"] })),
    )
    .await;
    assert_eq!(
        role["permissions"],
        json!(["invoices:*", "invoices:read", "reports:read"])
    );
    assert_eq!(role["built_in"], false);
    let role = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/organizations/red/roles",
        Some(json!({ "key": "auditor", "name": "Auditor", "permissions": ["reports:read", "logs:export"] })),
    )
    .await;
    assert_eq!(role["organization_id"], red["id"]);
    for (path, body, status, code) in [
        (
            "/v1/tenants/acme/roles",
            json!({ "key": "billing", "name": "B", "permissions": [] }),
            409,
            "already_exists",
        ),
        (
            "/v1/tenants/acme/roles",
            json!({ "key": "auditor", "name": "A", "permissions": [] }),
            409,
            "already_exists",
        ),
        (
            "/v1/tenants/acme/roles",
            json!({ "key": "admin", "name": "A", "permissions": [] }),
            409,
            "already_exists",
        ),
        (
            "/v1/tenants/acme/organizations/blue/roles",
            json!({ "key": "billing", "name": "B", "permissions": [] }),
            409,
            "already_exists",
        ),
        (
            "/v1/tenants/acme/roles",
            json!({ "key": "Bad Key", "name": "B", "permissions": ["*:read", "ok:go"] }),
            422,
            "validation_failed",
        ),
    ] {
        expect_problem(
            send(&server, Method::POST, path, Some(body)).await,
            status,
            code,
        )
        .await;
    }
    // An organization's role is not assignable in another organization.
    expect_problem(
        send(
            &server,
            Method::POST,
            "/v1/tenants/acme/organizations/blue/members",
            Some(json!({ "user_id": bob, "role": "auditor" })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;

    add_member(&server, "acme", "red", alice, "billing").await;
    add_member(&server, "acme", "red", bob, "auditor").await;
    add_member(&server, "acme", "blue", carol, "member").await;

    let check = |subject: &str, permission: &str, organization: Option<&str>| {
        let mut body =
            json!({ "subject": subject, "permission": permission, "resource": "inv_42" });
        if let Some(org) = organization {
            body["organization"] = json!(org);
        }
        body
    };
    let decision = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/authz/check",
        Some(check(alice, "invoices:refund", Some("red"))),
    )
    .await;
    assert_eq!(decision["allowed"], true);
    assert_eq!(decision["reason"], "role_grants_permission");
    assert_eq!(decision["role"], "billing");
    assert_eq!(decision["matched_permission"], "invoices:*");
    assert_eq!(decision["organization_id"], red["id"]);
    assert_eq!(decision["resource"], "inv_42");
    assert!(
        decision["explanation"]
            .as_str()
            .unwrap()
            .contains("invoices:*")
    );

    let denied = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/authz/check",
        Some(check(bob, "invoices:refund", Some("red"))),
    )
    .await;
    assert_eq!(denied["allowed"], false);
    assert_eq!(denied["reason"], "role_lacks_permission");
    assert_eq!(denied["role"], "auditor");
    let explanation = denied["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("logs:export, reports:read")
            && explanation.contains("invoices:refund"),
        "{explanation}"
    );

    let batch = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/authz/check-batch",
        Some(json!({ "checks": [
            check(bob, "reports:read", Some("red")),
            check(carol, "reports:read", Some("red")),
            check(carol, "members:read", Some("blue")),
            check(carol, "members:remove", Some("blue")),
            check(carol, "members:read", None),
            check(carol, "members:read", Some("green")),
            check("usr_ghost", "members:read", Some("blue")),
        ] })),
    )
    .await;
    let results: Vec<(bool, &str)> = batch["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["allowed"].as_bool().unwrap(),
                d["reason"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        results,
        [
            (true, "role_grants_permission"),
            (false, "not_a_member"),
            (true, "role_grants_permission"),
            (false, "role_lacks_permission"),
            (false, "no_organization"),
            (false, "organization_not_found"),
            (false, "subject_not_found"),
        ]
    );

    // A tenant may change what the built-in member role grants; the check sees it at once.
    let member = ok(
        &server,
        Method::PATCH,
        "/v1/tenants/acme/roles/member",
        Some(json!({ "permissions": ["organization:read", "members:read", "documents:read"] })),
    )
    .await;
    assert_eq!(member["built_in"], true);
    let decision = ok(
        &server,
        Method::POST,
        "/v1/tenants/acme/authz/check",
        Some(check(carol, "documents:read", Some("blue"))),
    )
    .await;
    assert_eq!(decision["allowed"], true);
    expect_problem(
        send(
            &server,
            Method::PATCH,
            "/v1/tenants/acme/roles/owner",
            Some(json!({ "permissions": [] })),
        )
        .await,
        409,
        "conflict",
    )
    .await;
    expect_problem(
        send(
            &server,
            Method::PATCH,
            "/v1/tenants/acme/roles/member",
            Some(json!({ "name": "Renamed" })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;

    // Malformed checks are refused as a whole, naming the bad field.
    let problem = expect_problem(
        send(
            &server,
            Method::POST,
            "/v1/tenants/acme/authz/check-batch",
            Some(json!({ "checks": [check(bob, "reports:read", Some("red")), check(bob, "reports:*", Some("red"))] })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/checks/1/permission");
    expect_problem(
        send(
            &server,
            Method::POST,
            "/v1/tenants/acme/authz/check-batch",
            Some(json!({ "checks": [] })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;

    // A role in use cannot be deleted; once free, it can.
    expect_problem(
        send(
            &server,
            Method::DELETE,
            "/v1/tenants/acme/organizations/red/roles/auditor",
            None,
        )
        .await,
        409,
        "conflict",
    )
    .await;
    ok(
        &server,
        Method::PATCH,
        &format!("/v1/tenants/acme/organizations/red/members/{bob}"),
        Some(json!({ "role": "viewer" })),
    )
    .await;
    let response = send(
        &server,
        Method::DELETE,
        "/v1/tenants/acme/organizations/red/roles/auditor",
        None,
    )
    .await;
    assert_eq!(response.status(), 204);
    expect_problem(
        send(
            &server,
            Method::DELETE,
            "/v1/tenants/acme/roles/viewer",
            None,
        )
        .await,
        409,
        "conflict",
    )
    .await;

    let actions = audit_actions(&server, "acme").await;
    for action in ["role.created", "role.updated", "role.deleted"] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
}
