//! `/v1/tenants/{tenant}/users`: user management.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestServer, expect_problem};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::test]
async fn create_get_search_update_delete() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/users")
        .json(&json!({
            "email": "  Jane.Doe@Example.COM ",
            "password": PASSWORD,
            "name": "Jane Doe",
            "locale": "en-GB",
            "picture": "https://example.com/jane.png",
            "metadata": { "plan": "pro", "seats": 3 }
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let user: Value = response.json().await.unwrap();
    let id = user["id"].as_str().unwrap();
    assert!(id.starts_with("usr_"));
    assert_eq!(location, format!("/v1/tenants/acme/users/{id}"));
    assert_eq!(user["email"], "jane.doe@example.com", "normalised");
    assert_eq!(user["email_verified"], false);
    assert_eq!(user["has_password"], true);
    assert_eq!(user["metadata"], json!({ "plan": "pro", "seats": 3 }));
    assert!(user.get("password").is_none() && user.get("password_hash").is_none());
    assert!(!user.to_string().contains("argon2"), "no hash in responses");

    let fetched: Value = server
        .admin(Method::GET, &location)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(fetched, user);

    for i in 0..4 {
        server
            .create_user("acme", &format!("user{i}@other.test"), PASSWORD)
            .await;
    }
    let by_email: Value = server
        .admin(
            Method::GET,
            "/v1/tenants/acme/users?email=JANE.DOE@example.com",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_email["data"].as_array().unwrap().len(), 1);
    let by_query: Value = server
        .admin(Method::GET, "/v1/tenants/acme/users?q=OTHER.TEST")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_query["data"].as_array().unwrap().len(), 4);
    let by_name: Value = server
        .admin(Method::GET, "/v1/tenants/acme/users?q=jane%20d")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_name["data"][0]["id"], id);
    let wildcard: Value = server
        .admin(Method::GET, "/v1/tenants/acme/users?q=%25")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        wildcard["data"].as_array().unwrap().len(),
        0,
        "LIKE wildcards are literal"
    );

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/v1/tenants/acme/users?limit=2&cursor={c}"),
            None => "/v1/tenants/acme/users?limit=2".into(),
        };
        let page: Value = server
            .admin(Method::GET, &path)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        seen.extend(
            page["data"]
                .as_array()
                .unwrap()
                .iter()
                .map(|u| u["email"].as_str().unwrap().to_owned()),
        );
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.into()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    assert_eq!(seen[0], "jane.doe@example.com");

    let response = server
        .admin(Method::PATCH, &location)
        .json(&json!({ "name": "Jane Q. Doe", "email": "jane@example.com", "metadata": {} }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let updated: Value = response.json().await.unwrap();
    assert_eq!(updated["name"], "Jane Q. Doe");
    assert_eq!(updated["email"], "jane@example.com");
    assert_eq!(updated["metadata"], json!({}));
    assert_eq!(updated["locale"], "en-GB", "untouched fields stay");

    assert_eq!(
        server
            .admin(Method::DELETE, &location)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    expect_problem(
        server.admin(Method::GET, &location).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    expect_problem(
        server
            .admin(Method::DELETE, &location)
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn bad_user_input_is_refused_and_changes_nothing() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let existing = server
        .create_user("acme", "taken@example.com", PASSWORD)
        .await;
    let post = |body: Value| {
        server
            .admin(Method::POST, "/v1/tenants/acme/users")
            .json(&body)
            .send()
    };

    for (body, pointer) in [
        (json!({ "email": "not-an-email" }), "/email"),
        (
            json!({ "email": "a@b.test", "password": "short" }),
            "/password",
        ),
        (
            json!({ "email": "maria@b.test", "password": "maria-secret-123" }),
            "/password",
        ),
        (
            json!({ "email": "a@b.test", "name": "Bo Bergström", "password": "bergström rules ok" }),
            "/password",
        ),
        (
            json!({ "email": "a@b.test", "picture": "javascript:alert(1)" }),
            "/picture",
        ),
        (
            json!({ "email": "a@b.test", "locale": "english please" }),
            "/locale",
        ),
        (
            json!({ "email": "a@b.test", "metadata": { "blob": "x".repeat(17 * 1024) } }),
            "/metadata",
        ),
    ] {
        let problem =
            expect_problem(post(body.clone()).await.unwrap(), 422, "validation_failed").await;
        assert_eq!(
            problem["errors"][0]["pointer"], pointer,
            "{body}: {problem}"
        );
    }
    expect_problem(
        post(json!({ "email": "TAKEN@example.com" })).await.unwrap(),
        409,
        "already_exists",
    )
    .await;
    expect_problem(
        post(json!({ "email": "a@b.test", "role": "admin" }))
            .await
            .unwrap(),
        400,
        "invalid_body",
    )
    .await;
    expect_problem(
        post(json!({ "email": "a@b.test", "metadata": [1, 2] }))
            .await
            .unwrap(),
        400,
        "invalid_body",
    )
    .await;
    expect_problem(
        server
            .admin(Method::POST, "/v1/tenants/ghost/users")
            .json(&json!({ "email": "a@b.test" }))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants/acme/users?limit=0")
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;
    expect_problem(
        server
            .admin(Method::GET, "/v1/tenants/acme/users?disabled=maybe")
            .send()
            .await
            .unwrap(),
        400,
        "invalid_parameter",
    )
    .await;
    // A tenant cursor does not page users.
    let other_cursor = tessera_crypto::b64url(b"ten_0000");
    expect_problem(
        server
            .admin(
                Method::GET,
                &format!("/v1/tenants/acme/users?cursor={other_cursor}"),
            )
            .send()
            .await
            .unwrap(),
        422,
        "validation_failed",
    )
    .await;

    let id = existing["id"].as_str().unwrap();
    let second = server
        .create_user("acme", "second@example.com", PASSWORD)
        .await;
    let response = server
        .admin(
            Method::PATCH,
            &format!("/v1/tenants/acme/users/{}", second["id"].as_str().unwrap()),
        )
        .json(&json!({ "email": "taken@example.com" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 409, "already_exists").await;
    let response = server
        .admin(Method::PATCH, &format!("/v1/tenants/acme/users/{id}"))
        .json(&json!({ "name": "New Name", "password": "tiny" }))
        .send()
        .await
        .unwrap();
    expect_problem(response, 422, "validation_failed").await;
    let unchanged: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/users/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(unchanged, existing, "a refused update changes nothing");
    let all: Value = server
        .admin(Method::GET, "/v1/tenants/acme/users")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(all["data"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn users_are_isolated_by_tenant() {
    let server = TestServer::start().await;
    server.create_tenant("a").await;
    server.create_tenant("b").await;
    let user = server.create_user("a", "same@example.com", PASSWORD).await;
    let id = user["id"].as_str().unwrap();
    // The same email is a different, independent user in another tenant.
    let other = server.create_user("b", "same@example.com", PASSWORD).await;
    assert_ne!(other["id"], user["id"]);
    for (method, path) in [
        (Method::GET, format!("/v1/tenants/b/users/{id}")),
        (Method::PATCH, format!("/v1/tenants/b/users/{id}")),
        (Method::DELETE, format!("/v1/tenants/b/users/{id}")),
        (Method::POST, format!("/v1/tenants/b/users/{id}/disable")),
        (Method::GET, format!("/v1/tenants/b/users/{id}/sessions")),
    ] {
        let response = server
            .admin(method.clone(), &path)
            .json(&json!({ "name": "x" }))
            .send()
            .await
            .unwrap();
        expect_problem(response, 404, "not_found").await;
    }
    let list_b: Value = server
        .admin(Method::GET, "/v1/tenants/b/users")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list_b["data"].as_array().unwrap().len(), 1);
    assert_eq!(list_b["data"][0]["id"], other["id"]);
    // Signing in to B with A's user only reaches B's user of that email.
    let tokens: Value = server
        .login("b", "same@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let payload = tokens["access_token"]
        .as_str()
        .unwrap()
        .split('.')
        .nth(1)
        .unwrap()
        .to_owned();
    use base64::Engine;
    let claims: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(claims["sub"], other["id"]);
    assert_eq!(claims["iss"], format!("{}/t/b", server.base));
    // Deleting tenant A removes its users and leaves B's.
    server
        .admin(Method::DELETE, "/v1/tenants/a")
        .send()
        .await
        .unwrap();
    let list_b: Value = server
        .admin(Method::GET, "/v1/tenants/b/users")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list_b["data"].as_array().unwrap().len(), 1);
}
