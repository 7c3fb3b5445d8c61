//! The live scenario, against a real server: TESSERA_URL and TESSERA_ADMIN_KEY
//! (`cargo xtask sdk-test` starts one and sets both).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use futures::TryStreamExt;
use tessera_sdk::{
    ApiError, Client, ClientAuth, ClientCredentialsOptions, Error, ErrorKind, RetryEvent, Typed,
    types,
};

const PASSWORD: &str = "correct horse battery staple";

fn server() -> (String, String) {
    match (
        std::env::var("TESSERA_URL"),
        std::env::var("TESSERA_ADMIN_KEY"),
    ) {
        (Ok(url), Ok(key)) if !url.is_empty() && !key.is_empty() => (url, key),
        // A missing server is a failure, not a skip: `cargo xtask sdk-test` starts one.
        _ => panic!("TESSERA_URL and TESSERA_ADMIN_KEY are not set: run `cargo xtask sdk-test`"),
    }
}

fn admin() -> Client {
    let (url, key) = server();
    Client::builder(url).admin_key(key).build().unwrap()
}

/// A fresh tenant's slug.
async fn tenant(client: &Client, language: &str) -> String {
    // RandomState is seeded at random: a fresh suffix per run.
    let random = std::hash::BuildHasher::hash_one(&std::hash::RandomState::new(), language);
    let slug = format!("sdk-rust-{language}-{:08x}", random as u32);
    let tenant = client
        .create_tenant()
        .body(
            types::CreateTenant::builder()
                .slug(slug.clone())
                .name("SDK Rust".to_string()),
        )
        .send()
        .typed()
        .await
        .unwrap();
    assert_eq!(tenant.slug, slug);
    assert!(tenant.issuer.ends_with(&format!("/t/{slug}")), "{tenant:?}");
    slug
}

/// Asserts `result` is an API error of `kind` carrying a request id the problem repeats.
fn api_error<T: std::fmt::Debug>(result: Result<T, Error>, kind: ErrorKind) -> ApiError {
    let error = result.expect_err("expected an error");
    assert_eq!(error.kind(), kind, "{error}");
    let api = error.api().expect("an API error").clone();
    let id = api
        .request_id
        .clone()
        .expect("every error carries the request id");
    assert!(
        !id.is_empty() && !id.contains(char::is_whitespace),
        "{id:?}"
    );
    if let Some(problem) = api.problem() {
        assert_eq!(problem.request_id.as_deref(), Some(id.as_str()));
    }
    api
}

fn session(answer: types::LoginResponse) -> types::SessionTokens {
    match answer {
        types::LoginResponse::SessionTokens(tokens) => tokens,
        other => panic!("expected session tokens, got {other:?}"),
    }
}

fn login(email: &str, password: &str) -> types::builder::LoginRequest {
    types::LoginRequest::builder()
        .email(email.to_string())
        .password(password.to_string())
}

#[tokio::test]
async fn live_scenario() {
    let client = admin();
    let slug = tenant(&client, "scenario").await;

    // Five users.
    let mut users = Vec::new();
    for i in 0..5 {
        let user = client
            .create_user()
            .tenant(&slug)
            .body(
                types::CreateUser::builder()
                    .email(format!("user{i}@example.com"))
                    .password(Some(PASSWORD.to_string()))
                    .name(Some(format!("User {i}"))),
            )
            .send()
            .typed()
            .await
            .unwrap();
        assert!(user.id.starts_with("usr_") && user.has_password && !user.disabled);
        users.push(user);
    }

    // Pages of two: the first has a cursor; the stream walks all three pages, twice alike.
    let first = client
        .list_users()
        .tenant(&slug)
        .limit(2)
        .send()
        .typed()
        .await
        .unwrap();
    assert_eq!(first.data.len(), 2);
    assert!(first.next_cursor.is_some());
    let want: Vec<&str> = users.iter().map(|u| u.email.as_str()).collect();
    let pages = client.list_users().tenant(&slug).limit(2);
    for _ in 0..2 {
        let all: Vec<types::User> = pages.clone().stream().try_collect().await.unwrap();
        let emails: Vec<&str> = all.iter().map(|u| u.email.as_str()).collect();
        assert_eq!(emails, want);
    }

    // Log in, call the API with the session token.
    let answer = client
        .login()
        .tenant(&slug)
        .body(login("user0@example.com", PASSWORD))
        .send()
        .typed()
        .await
        .unwrap();
    let tokens = session(answer);
    assert_eq!(tokens.token_type, "Bearer");
    let refresh_token = tokens.refresh_token.clone().expect("a refresh token");
    let me = client
        .with(|s| s.session_token(tokens.access_token.clone()))
        .get_me()
        .tenant(&slug)
        .send()
        .typed()
        .await
        .unwrap();
    assert_eq!(me.id, users[0].id);

    // Refresh rotates; the spent refresh token is refused as a typed 401.
    let refresh = || {
        client
            .refresh_session()
            .tenant(&slug)
            .body(types::RefreshRequest::builder().refresh_token(Some(refresh_token.clone())))
            .send()
            .typed()
    };
    let refreshed = refresh().await.unwrap();
    assert_eq!(refreshed.session_id, tokens.session_id);
    assert_ne!(
        refreshed.refresh_token.as_deref(),
        Some(refresh_token.as_str())
    );
    assert_ne!(refreshed.access_token, tokens.access_token);
    let spent = api_error(refresh().await, ErrorKind::Authentication);
    assert_eq!(spent.status, 401);

    // 404.
    let missing = client
        .get_user()
        .tenant(&slug)
        .user("usr_doesnotexist")
        .send()
        .typed()
        .await;
    let missing = api_error(missing, ErrorKind::NotFound);
    assert_eq!(
        (missing.status, missing.code.as_deref()),
        (404, Some("not_found"))
    );

    // 409.
    let again = client
        .create_tenant()
        .body(
            types::CreateTenant::builder()
                .slug(slug.clone())
                .name("Again".to_string()),
        )
        .send()
        .typed()
        .await;
    let again = api_error(again, ErrorKind::Conflict);
    assert_eq!(
        (again.status, again.code.as_deref()),
        (409, Some("already_exists"))
    );

    // 422 with field errors.
    let invalid = client
        .create_user()
        .tenant(&slug)
        .body(types::CreateUser::builder().email("not-an-email".to_string()))
        .send()
        .typed()
        .await;
    let invalid = api_error(invalid, ErrorKind::Unprocessable);
    assert_eq!(invalid.code.as_deref(), Some("validation_failed"));
    let problem = invalid.problem().expect("a problem document");
    assert!(
        problem.errors.iter().any(|e| e.pointer == "/email"),
        "{:?}",
        problem.errors
    );

    // Five failed logins lock the email; the sixth is a 429 with Retry-After.
    let email = "user4@example.com";
    for _ in 0..5 {
        let failed = client
            .login()
            .tenant(&slug)
            .body(login(email, "wrong password!"))
            .send()
            .typed()
            .await;
        let failed = api_error(failed, ErrorKind::Authentication);
        assert_eq!(failed.code.as_deref(), Some("invalid_credentials"));
    }
    let events: Arc<Mutex<Vec<RetryEvent>>> = Arc::default();
    let seen = Arc::clone(&events);
    let counting = client.with(|s| {
        s.on_retry(move |e| {
            seen.lock().unwrap().push(e);
            async {}
        })
    });
    // A POST is not retried by default: one attempt, and the lock's Retry-After on the error.
    let locked = counting
        .login()
        .tenant(&slug)
        .body(login(email, PASSWORD))
        .send()
        .typed()
        .await;
    let locked = api_error(locked, ErrorKind::RateLimited);
    assert_eq!(locked.code.as_deref(), Some("account_locked"));
    assert!(
        locked.retry_after.is_some_and(|d| d > Duration::ZERO),
        "{locked:?}"
    );
    assert!(
        events.lock().unwrap().is_empty(),
        "a POST is not retried by default"
    );

    // Opted in, the SDK retries the 429. The lock lasts 30 s, so the wait is capped at
    // 200 ms and an administrator unlocks the user while the SDK waits.
    let seen = Arc::clone(&events);
    let unlocker = client.clone();
    let (tenant_slug, user_id) = (slug.clone(), users[4].id.clone());
    let retrying = client.with(|s| {
        s.retry_non_idempotent(true)
            .max_retry_delay(Duration::from_millis(200))
            .on_retry(move |e| {
                seen.lock().unwrap().push(e);
                let (client, slug, id) = (unlocker.clone(), tenant_slug.clone(), user_id.clone());
                async move {
                    client
                        .unlock_user()
                        .tenant(slug)
                        .user(id)
                        .send()
                        .typed()
                        .await
                        .expect("unlock");
                }
            })
    });
    let answer = retrying
        .login()
        .tenant(&slug)
        .body(login(email, PASSWORD))
        .send()
        .typed()
        .await
        .unwrap();
    assert_eq!(session(answer).token_type, "Bearer");
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].status, Some(429));
    assert_eq!(events[0].delay, Duration::from_millis(200));
    assert_eq!(events[0].attempt, 1);
}

#[tokio::test]
async fn client_credentials_are_cached_and_renewed() {
    let client = admin();
    let slug = tenant(&client, "credentials").await;
    let created = client
        .create_client()
        .tenant(&slug)
        .body(
            types::CreateClient::builder()
                .name("Billing service".to_string())
                .scopes(vec!["billing:read".to_string()])
                .access_token_ttl(Some(60)),
        )
        .send()
        .typed()
        .await
        .unwrap();
    let secret = created
        .client_secret
        .clone()
        .expect("the secret comes once");
    assert!(secret.starts_with("tss_"));

    // A clock the test moves instead of sleeping.
    let offset = Arc::new(AtomicU64::new(0));
    let moved = Arc::clone(&offset);
    let options = ClientCredentialsOptions {
        clock: Arc::new(move || {
            SystemTime::UNIX_EPOCH
                + Duration::from_secs(1_800_000_000 + moved.load(Ordering::SeqCst))
        }),
        ..ClientCredentialsOptions::default()
    };
    let source = client.client_credentials_with(&slug, &created.id, &secret, options);
    let first = source.token().await.unwrap();
    assert_eq!(source.token().await.unwrap(), first, "the token is cached");

    // The tenant's introspection knows it (client authentication: HTTP Basic).
    let basic = format!(
        "Basic {}",
        base64(format!("{}:{}", created.id, secret).as_bytes())
    );
    let introspection = client
        .with(|s| s.header("authorization", &basic))
        .oauth_introspect()
        .tenant(&slug)
        .body(types::TokenQuery::builder().token(first.clone()))
        .send()
        .typed()
        .await
        .unwrap();
    assert!(introspection.active);
    assert_eq!(
        introspection.client_id.as_deref(),
        Some(created.id.as_str())
    );
    assert_eq!(introspection.scope.as_deref(), Some("billing:read"));

    // Past half of the 60 s lifetime a new token is fetched; so after invalidate().
    offset.store(31, Ordering::SeqCst);
    let renewed = source.token().await.unwrap();
    assert_ne!(renewed, first);
    assert_eq!(source.token().await.unwrap(), renewed);
    source.invalidate().await;
    assert_ne!(source.token().await.unwrap(), renewed);

    // client_secret_post, for a client registered that way.
    let post = client
        .create_client()
        .tenant(&slug)
        .body(
            types::CreateClient::builder()
                .name("Post client".to_string())
                .token_endpoint_auth_method(Some(types::TokenEndpointAuthMethod::ClientSecretPost)),
        )
        .send()
        .typed()
        .await
        .unwrap();
    let options = ClientCredentialsOptions {
        auth: ClientAuth::ClientSecretPost,
        ..ClientCredentialsOptions::default()
    };
    let post_source = client.client_credentials_with(
        &slug,
        &post.id,
        post.client_secret.as_deref().unwrap(),
        options,
    );
    assert!(!post_source.token().await.unwrap().is_empty());

    // A wrong secret is the token endpoint's RFC 6749 error, typed like the others.
    let wrong = client
        .client_credentials(&slug, &created.id, "tss_wrong")
        .token()
        .await;
    let wrong = api_error(wrong, ErrorKind::Authentication);
    assert_eq!(wrong.code.as_deref(), Some("invalid_client"));
}

#[tokio::test]
async fn knows_every_error_code_the_server_knows() {
    let spec = admin().get_open_api().send().typed().await.unwrap();
    let served: Vec<&str> = spec["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .expect("the served spec has an ErrorCode enum")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(served, tessera_sdk::ERROR_CODES);
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}
