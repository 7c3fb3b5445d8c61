//! Service accounts owned by an organization (their tokens, roles and checks), resource
//! grants in checks with their explanations, refusals that change nothing, and isolation
//! between organizations and tenants.

use reqwest::Method;
use serde_json::{Value, json};

use crate::organizations::{add_member, create_org};
use crate::support::{TestServer, verify};

const PASSWORD: &str = "correct horse battery staple";

async fn call(
    server: &TestServer,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = server.admin(method, path);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn client_token(server: &TestServer, id: &str, secret: &str) -> (u16, Value) {
    let response = server
        .http
        .post(server.url("/t/acme/oauth/token"))
        .basic_auth(id, Some(secret))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

async fn check(server: &TestServer, body: Value) -> Value {
    let (status, decision) = call(
        server,
        Method::POST,
        "/v1/tenants/acme/authz/check",
        Some(body),
    )
    .await;
    assert_eq!(status, 200, "{decision}");
    decision
}

async fn setup() -> (TestServer, String) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    server.create_tenant("other").await;
    create_org(&server, "acme", "globex").await;
    create_org(&server, "acme", "initech").await;
    create_org(&server, "other", "globex").await;
    let ada = server
        .create_user("acme", "ada@example.com", PASSWORD)
        .await;
    let ada = ada["id"].as_str().unwrap().to_owned();
    add_member(&server, "acme", "globex", &ada, "viewer").await;
    (server, ada)
}

#[tokio::test]
async fn service_accounts_get_tokens_with_their_organization_and_role() {
    let (server, _) = setup().await;
    let base = "/v1/tenants/acme/organizations/globex/service-accounts";
    let (_, clients_before) = call(&server, Method::GET, "/v1/tenants/acme/clients", None).await;

    // An unknown role is refused, and no client is left behind.
    let (status, problem) = call(
        &server,
        Method::POST,
        base,
        Some(json!({ "name": "Sync", "role": "no-such-role" })),
    )
    .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(problem["errors"][0]["pointer"], "/role");
    let (_, clients_after) = call(&server, Method::GET, "/v1/tenants/acme/clients", None).await;
    assert_eq!(clients_before["data"], clients_after["data"]);

    let (status, created) = call(
        &server,
        Method::POST,
        base,
        Some(json!({ "name": "Billing sync", "role": "viewer" })),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    let secret = created["client_secret"].as_str().unwrap().to_owned();
    assert!(id.starts_with("cli_") && secret.starts_with("tss_"));
    assert_eq!(created["role"], "viewer");
    let (status, got) = call(&server, Method::GET, &format!("{base}/{id}"), None).await;
    assert_eq!(status, 200);
    assert!(
        got.get("client_secret").is_none(),
        "the secret is shown once"
    );
    let (_, list) = call(&server, Method::GET, base, None).await;
    assert_eq!(list["data"].as_array().unwrap().len(), 1);
    let (_, client) = call(
        &server,
        Method::GET,
        &format!("/v1/tenants/acme/clients/{id}"),
        None,
    )
    .await;
    assert_eq!(client["grant_types"], json!(["client_credentials"]));

    // Its token carries the organization and the role's permissions.
    let issuer = server.url("/t/acme");
    let jwks = server.jwks("acme").await;
    let (status, tokens) = client_token(&server, &id, &secret).await;
    assert_eq!(status, 200, "{tokens}");
    let claims = verify(
        tokens["access_token"].as_str().unwrap(),
        &jwks,
        &issuer,
        &issuer,
    )
    .unwrap();
    assert_eq!(claims["sub"], id.as_str());
    assert_eq!(claims["org_slug"], "globex");
    assert!(claims["org_id"].as_str().unwrap().starts_with("org_"));
    assert_eq!(claims["org_role"], "viewer");
    assert_eq!(claims["permissions"], json!(["organization:read"]));

    // Checks take its client id as the subject.
    let decision = check(
        &server,
        json!({ "subject": id, "permission": "organization:read", "organization": "globex" }),
    )
    .await;
    assert_eq!(
        (decision["allowed"].as_bool(), decision["reason"].as_str()),
        (Some(true), Some("role_grants_permission"))
    );
    let decision = check(
        &server,
        json!({ "subject": id, "permission": "members:read", "organization": "globex" }),
    )
    .await;
    assert_eq!(decision["reason"], "role_lacks_permission");
    let decision = check(
        &server,
        json!({ "subject": id, "permission": "organization:read", "organization": "initech" }),
    )
    .await;
    assert_eq!(
        (decision["allowed"].as_bool(), decision["reason"].as_str()),
        (Some(false), Some("not_a_member"))
    );
    let decision = check(&server, json!({ "subject": "cli_unknown", "permission": "organization:read", "organization": "globex" })).await;
    assert_eq!(decision["reason"], "subject_not_found");

    // A role change reaches the next token and the checks at once; a bad one changes nothing.
    let (status, _) = call(
        &server,
        Method::PATCH,
        &format!("{base}/{id}"),
        Some(json!({ "role": "nope" })),
    )
    .await;
    assert_eq!(status, 422);
    let (status, updated) = call(
        &server,
        Method::PATCH,
        &format!("{base}/{id}"),
        Some(json!({ "role": "admin" })),
    )
    .await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!(updated["role"], "admin");
    let (_, tokens) = client_token(&server, &id, &secret).await;
    let claims = verify(
        tokens["access_token"].as_str().unwrap(),
        &jwks,
        &issuer,
        &issuer,
    )
    .unwrap();
    assert_eq!(claims["org_role"], "admin");
    let decision = check(
        &server,
        json!({ "subject": id, "permission": "members:read", "organization": "globex" }),
    )
    .await;
    assert_eq!(decision["allowed"], true);

    // Another organization's and another tenant's paths do not reach it.
    for path in [
        format!("/v1/tenants/acme/organizations/initech/service-accounts/{id}"),
        format!("/v1/tenants/other/organizations/globex/service-accounts/{id}"),
    ] {
        assert_eq!(
            call(&server, Method::GET, &path, None).await.0,
            404,
            "{path}"
        );
        assert_eq!(
            call(&server, Method::DELETE, &path, None).await.0,
            404,
            "{path}"
        );
        assert_eq!(
            call(
                &server,
                Method::PATCH,
                &path,
                Some(json!({ "role": "owner" }))
            )
            .await
            .0,
            404,
            "{path}"
        );
    }
    let (_, list) = call(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations/initech/service-accounts",
        None,
    )
    .await;
    assert_eq!(list["data"], json!([]));

    // Deleting it deletes its client: the secret stops working.
    assert_eq!(
        call(&server, Method::DELETE, &format!("{base}/{id}"), None)
            .await
            .0,
        204
    );
    let (status, refused) = client_token(&server, &id, &secret).await;
    assert_eq!(
        (status, refused["error"].as_str()),
        (401, Some("invalid_client"))
    );
    assert_eq!(
        call(&server, Method::DELETE, &format!("{base}/{id}"), None)
            .await
            .0,
        404
    );

    let (_, events) = call(
        &server,
        Method::GET,
        "/v1/tenants/acme/audit-events?limit=100",
        None,
    )
    .await;
    let actions: Vec<&str> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "organization.service_account_created",
        "organization.service_account_role_changed",
        "organization.service_account_deleted",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn resource_grants_allow_checks_on_one_resource_and_explain_it() {
    let (server, ada) = setup().await;
    let bob = server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let bob = bob["id"].as_str().unwrap().to_owned();
    let (status, _) = call(
        &server,
        Method::POST,
        "/v1/tenants/acme/roles",
        Some(json!({ "key": "editor", "name": "Editor", "permissions": ["document:read", "document:write"] })),
    )
    .await;
    assert_eq!(status, 201);
    let grants = "/v1/tenants/acme/organizations/globex/resource-grants";
    let write_123 = json!({ "subject": ada, "permission": "document:write", "organization": "globex", "resource": "document:123" });

    let decision = check(&server, write_123.clone()).await;
    assert_eq!(
        (decision["allowed"].as_bool(), decision["reason"].as_str()),
        (Some(false), Some("role_lacks_permission"))
    );

    // Refusals change nothing.
    for (body, pointer) in [
        (
            json!({ "subject": bob, "resource": "document:123", "role": "editor" }),
            "/subject",
        ),
        (
            json!({ "subject": ada, "resource": "document:123", "role": "no-such" }),
            "/role",
        ),
        (
            json!({ "subject": ada, "resource": "", "role": "editor" }),
            "/resource",
        ),
    ] {
        let (status, problem) = call(&server, Method::POST, grants, Some(body)).await;
        assert_eq!(status, 422, "{problem}");
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
    }
    let (_, list) = call(&server, Method::GET, grants, None).await;
    assert_eq!(list["data"], json!([]));

    let (status, grant) = call(
        &server,
        Method::POST,
        grants,
        Some(json!({ "subject": ada, "resource": "document:123", "role": "editor" })),
    )
    .await;
    assert_eq!(status, 201, "{grant}");
    let grant_id = grant["id"].as_str().unwrap().to_owned();
    assert!(grant_id.starts_with("rgr_"));
    let (status, _) = call(
        &server,
        Method::POST,
        grants,
        Some(json!({ "subject": ada, "resource": "document:123", "role": "viewer" })),
    )
    .await;
    assert_eq!(status, 409, "one role per subject and resource");

    let decision = check(&server, write_123.clone()).await;
    assert_eq!(decision["allowed"], true, "{decision}");
    assert_eq!(decision["reason"], "resource_grant_grants_permission");
    assert_eq!(decision["resource_grant"], grant_id.as_str());
    assert_eq!(decision["role"], "editor");
    assert_eq!(decision["matched_permission"], "document:write");
    let explanation = decision["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("viewer") && explanation.contains("editor on document:123"),
        "{explanation}"
    );

    // Only that resource, and only with the resource named.
    let mut other = write_123.clone();
    other["resource"] = json!("document:456");
    assert_eq!(check(&server, other).await["allowed"], false);
    let mut unnamed = write_123.clone();
    unnamed.as_object_mut().unwrap().remove("resource");
    assert_eq!(check(&server, unnamed).await["allowed"], false);
    let mut delete = write_123.clone();
    delete["permission"] = json!("document:delete");
    let denied = check(&server, delete).await;
    assert_eq!(denied["allowed"], false);
    assert!(
        denied["explanation"]
            .as_str()
            .unwrap()
            .contains("held on document:123"),
        "{denied}"
    );

    // The batch form agrees.
    let (status, batch) = call(
        &server,
        Method::POST,
        "/v1/tenants/acme/authz/check-batch",
        Some(json!({ "checks": [write_123, { "subject": ada, "permission": "document:write", "organization": "globex", "resource": "document:9" }] })),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(batch["results"][0]["allowed"], true);
    assert_eq!(batch["results"][1]["allowed"], false);

    // Service accounts take grants too.
    let (_, account) = call(
        &server,
        Method::POST,
        "/v1/tenants/acme/organizations/globex/service-accounts",
        Some(json!({ "name": "Indexer", "role": "viewer" })),
    )
    .await;
    let account_id = account["id"].as_str().unwrap();
    let (status, _) = call(
        &server,
        Method::POST,
        grants,
        Some(json!({ "subject": account_id, "resource": "document:7", "role": "editor" })),
    )
    .await;
    assert_eq!(status, 201);
    let decision = check(&server, json!({ "subject": account_id, "permission": "document:read", "organization": "globex", "resource": "document:7" })).await;
    assert_eq!(decision["reason"], "resource_grant_grants_permission");

    // A role held through grants cannot be deleted.
    let (status, problem) = call(
        &server,
        Method::DELETE,
        "/v1/tenants/acme/roles/editor",
        None,
    )
    .await;
    assert_eq!(status, 409, "{problem}");

    // Filters, and isolation: another organization and tenant see none of it.
    let (_, mine) = call(
        &server,
        Method::GET,
        &format!("{grants}?subject={ada}"),
        None,
    )
    .await;
    assert_eq!(mine["data"].as_array().unwrap().len(), 1);
    let (_, on_7) = call(
        &server,
        Method::GET,
        &format!("{grants}?resource=document:7"),
        None,
    )
    .await;
    assert_eq!(on_7["data"][0]["subject"], account_id);
    let (_, elsewhere) = call(
        &server,
        Method::GET,
        "/v1/tenants/acme/organizations/initech/resource-grants",
        None,
    )
    .await;
    assert_eq!(elsewhere["data"], json!([]));
    for path in [
        format!("/v1/tenants/acme/organizations/initech/resource-grants/{grant_id}"),
        format!("/v1/tenants/other/organizations/globex/resource-grants/{grant_id}"),
    ] {
        assert_eq!(
            call(&server, Method::DELETE, &path, None).await.0,
            404,
            "{path}"
        );
    }
    let decision = check(&server, json!({ "subject": ada, "permission": "document:write", "organization": "initech", "resource": "document:123" })).await;
    assert_eq!(decision["reason"], "not_a_member");

    // Revoking the grant ends it; removing a member removes their grants.
    assert_eq!(
        call(
            &server,
            Method::DELETE,
            &format!("{grants}/{grant_id}"),
            None
        )
        .await
        .0,
        204
    );
    assert_eq!(
        call(
            &server,
            Method::DELETE,
            &format!("{grants}/{grant_id}"),
            None
        )
        .await
        .0,
        404
    );
    assert_eq!(check(&server, json!({ "subject": ada, "permission": "document:write", "organization": "globex", "resource": "document:123" })).await["allowed"], false);
    let (status, _) = call(
        &server,
        Method::POST,
        grants,
        Some(json!({ "subject": ada, "resource": "document:1", "role": "editor" })),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _) = call(
        &server,
        Method::DELETE,
        &format!("/v1/tenants/acme/organizations/globex/members/{ada}"),
        None,
    )
    .await;
    assert_eq!(status, 204);
    let (_, mine) = call(
        &server,
        Method::GET,
        &format!("{grants}?subject={ada}"),
        None,
    )
    .await;
    assert_eq!(mine["data"], json!([]));
}
