//! `/v1/tenants`: the management API, its validation and its refusal to change anything on
//! bad input.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem};

async fn tenant_slugs(server: &TestServer) -> Vec<String> {
    let response = server
        .admin(Method::GET, "/v1/tenants?limit=100")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn create_get_update_delete() {
    let server = TestServer::start().await;
    let response = server
        .admin(Method::POST, "/v1/tenants")
        .json(&json!({ "slug": "acme", "name": "Acme" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["location"], "/v1/tenants/acme");
    let created: Value = response.json().await.unwrap();
    assert!(created["id"].as_str().unwrap().starts_with("ten_"));
    assert_eq!(created["slug"], "acme");
    assert_eq!(created["name"], "Acme");
    assert_eq!(created["issuer"], format!("{}/t/acme", server.base));
    assert_eq!(created["signing_alg"], "ES256");
    assert_eq!(created["allowed_origins"], json!([]));

    let fetched: Value = server
        .admin(Method::GET, "/v1/tenants/acme")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(fetched, created);

    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .header("content-type", "application/merge-patch+json")
        .body(r#"{"name":"Acme Corp","allowed_origins":["https://app.acme.test"]}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let updated: Value = response.json().await.unwrap();
    assert_eq!(updated["name"], "Acme Corp");
    assert_eq!(updated["allowed_origins"], json!(["https://app.acme.test"]));
    assert_eq!(updated["slug"], "acme");
    assert_eq!(updated["id"], created["id"]);

    let response = server
        .admin(Method::DELETE, "/v1/tenants/acme")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants/acme")
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    expect_problem(
        server
            .admin(Method::DELETE, "/v1/tenants/acme")
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    // Its issuer documents go with it.
    let (status, _) = server.get_json("/t/acme/.well-known/jwks.json").await;
    assert_eq!(status, 404);
    let (status, _) = server
        .get_json("/t/acme/.well-known/openid-configuration")
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn list_pages_by_cursor() {
    let server = TestServer::start().await;
    let slugs: Vec<String> = (0..7).map(|i| format!("tenant-{i}")).collect();
    for slug in &slugs {
        server.create_tenant(slug).await;
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let path = match &cursor {
            Some(c) => format!("/v1/tenants?limit=3&cursor={c}"),
            None => "/v1/tenants?limit=3".to_owned(),
        };
        let page: Value = server
            .admin(Method::GET, &path)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        pages += 1;
        let data = page["data"].as_array().unwrap();
        assert!(data.len() <= 3);
        seen.extend(data.iter().map(|t| t["slug"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
        assert!(pages < 10, "pagination does not terminate");
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, slugs, "every tenant exactly once, oldest first");

    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants?limit=0")
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants?limit=101")
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants?limit=ten")
            .send()
            .await
            .unwrap(),
        400,
        "invalid_parameter",
    )
    .await;
    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants?cursor=bm9wZQ")
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants?colour=red")
            .send()
            .await
            .unwrap(),
        400,
        "invalid_parameter",
    )
    .await;
}

#[tokio::test]
async fn bad_input_is_refused_and_changes_nothing() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let before = tenant_slugs(&server).await;
    let post = |body: &'static str| {
        server
            .admin(Method::POST, "/v1/tenants")
            .header("content-type", "application/json")
            .body(body)
            .send()
    };

    let problem = expect_problem(
        post("{\"slug\": \"x\",").await.unwrap(),
        400,
        "invalid_body",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("not valid JSON"),
        "{problem}"
    );
    let problem = expect_problem(
        post(r#"{"slug":"x","name":"X","colour":"red"}"#)
            .await
            .unwrap(),
        400,
        "invalid_body",
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("unknown field `colour`"),
        "{problem}"
    );
    let problem = expect_problem(post(r#"{"slug":"x"}"#).await.unwrap(), 400, "invalid_body").await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("missing field `name`"),
        "{problem}"
    );
    expect_problem(
        post(r#"{"slug":7,"name":"X"}"#).await.unwrap(),
        400,
        "invalid_body",
    )
    .await;
    expect_problem(
        post(r#"{"slug":"x","name":"X","signing_alg":"HS256"}"#)
            .await
            .unwrap(),
        400,
        "invalid_body",
    )
    .await;

    let problem = expect_problem(
        post(r#"{"slug":"Not Valid","name":" "}"#).await.unwrap(),
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
    assert_eq!(pointers, ["/slug", "/name"]);
    let problem = expect_problem(
        post(r#"{"slug":"ok","name":"Ok","allowed_origins":["https://ok.test","https://bad.test/path"]}"#).await.unwrap(),
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/allowed_origins/1");

    let problem = expect_problem(
        post(r#"{"slug":"acme","name":"Again"}"#).await.unwrap(),
        409,
        "already_exists",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("acme"));

    let response = server
        .admin(Method::POST, "/v1/tenants")
        .header("content-type", "text/plain")
        .body(r#"{"slug":"x","name":"X"}"#)
        .send()
        .await
        .unwrap();
    expect_problem(response, 415, "unsupported_media_type").await;

    let huge = format!(r#"{{"slug":"big","name":"{}"}}"#, "x".repeat(70 * 1024));
    let response = server
        .admin(Method::POST, "/v1/tenants")
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    expect_problem(response, 413, "payload_too_large").await;

    // PATCH: the slug is immutable, and a bad field leaves the others untouched.
    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&json!({ "slug": "other" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 400, "invalid_body").await;
    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&json!({ "name": "Renamed", "allowed_origins": ["nope"] }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 422, "validation_failed").await;
    let tenant: Value = server
        .admin(Method::GET, "/v1/tenants/acme")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(tenant["name"], "Tenant acme");
    let response = server
        .admin(Method::PATCH, "/v1/tenants/ghost")
        .json(&json!({ "name": "G" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 404, "not_found").await;

    assert_eq!(
        tenant_slugs(&server).await,
        before,
        "no failed request created a tenant"
    );
}

#[tokio::test]
async fn admin_key_is_required() {
    let server = TestServer::start().await;
    let body = json!({ "slug": "acme", "name": "Acme" });

    let response = server
        .http
        .post(server.url("/v1/tenants"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["www-authenticate"],
        "Bearer realm=\"tessera\""
    );
    expect_problem(response, 401, "unauthorized").await;
    let response = server
        .http
        .post(server.url("/v1/tenants"))
        .bearer_auth("tsk_not-a-real-key")
        .json(&body)
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
    let response = server
        .http
        .post(server.url("/v1/tenants"))
        .header("authorization", format!("Basic {}", server.admin_key))
        .json(&body)
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
    // Authentication is checked before the body: a stranger learns nothing about our schema.
    let response = server
        .http
        .post(server.url("/v1/tenants"))
        .body("not json")
        .send()
        .await
        .unwrap();
    expect_problem(response, 401, "unauthorized").await;
    for (method, path) in [
        (Method::GET, "/v1/tenants"),
        (Method::GET, "/v1/tenants/acme"),
        (Method::PATCH, "/v1/tenants/acme"),
        (Method::DELETE, "/v1/tenants/acme"),
        (Method::GET, "/v1/tenants/acme/keys"),
        (Method::POST, "/v1/tenants/acme/keys/rotate"),
        (Method::POST, "/v1/tenants/acme/test-tokens"),
    ] {
        let response = server
            .http
            .request(method.clone(), server.url(path))
            .send()
            .await
            .unwrap();
        expect_problem(response, 401, "unauthorized").await;
    }
    assert!(tenant_slugs(&server).await.is_empty());
}

#[tokio::test]
async fn concurrent_creates_of_one_slug_yield_one_tenant() {
    let server = TestServer::start().await;
    let attempts = (0..4).map(|i| {
        server
            .admin(Method::POST, "/v1/tenants")
            .json(&json!({ "slug": "race", "name": format!("Racer {i}") }))
            .send()
    });
    let statuses: Vec<u16> = futures_statuses(attempts).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 201 || *s == 409),
        "{statuses:?}"
    );
    let keys: Value = server
        .admin(Method::GET, "/v1/tenants/race/keys")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        keys["data"].as_array().unwrap().len(),
        2,
        "one ES256 and one RS256 key: {keys}"
    );
}

async fn futures_statuses<F>(requests: impl Iterator<Item = F>) -> Vec<u16>
where
    F: std::future::Future<Output = reqwest::Result<reqwest::Response>> + Send + 'static,
{
    let handles: Vec<_> = requests.map(tokio::spawn).collect();
    let mut statuses = Vec::new();
    for handle in handles {
        statuses.push(handle.await.unwrap().unwrap().status().as_u16());
    }
    statuses
}
