//! The authorization code flow end to end over HTTP, driven like a browser: the
//! authorization endpoint, the hosted sign-in and consent forms, the code exchange with
//! PKCE, ID tokens, UserInfo, refresh rotation, code replay and RP-initiated logout.

use std::collections::HashMap;

use base64::Engine;
use reqwest::Method;
use serde_json::{Value, json};
use tessera_crypto::{b64url, hash_secret};

use crate::support::{TestServer, verify};

pub const REDIRECT: &str = "https://app.example.com/callback";
const LOGOUT_REDIRECT: &str = "https://app.example.com/signed-out";
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

/// A browser: a cookie jar and no automatic redirects, so each hop is checked.
pub struct Browser {
    http: reqwest::Client,
    cookies: HashMap<String, String>,
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl Browser {
    pub fn new() -> Self {
        crate::support::install_crypto_provider();
        Browser {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: HashMap::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, response: reqwest::Response) -> Page {
        for value in response.headers().get_all("set-cookie") {
            let text = value.to_str().unwrap();
            let pair = text.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || text.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        Page {
            status: response.status().as_u16(),
            location: response
                .headers()
                .get("location")
                .map(|l| l.to_str().unwrap().to_owned()),
            body: response.text().await.unwrap(),
        }
    }

    pub async fn get(&mut self, url: &str) -> Page {
        let response = self
            .http
            .get(url)
            .header("cookie", self.cookie_header())
            .send()
            .await
            .unwrap();
        self.finish(response).await
    }

    pub async fn post(&mut self, url: &str, form: &[(&str, &str)]) -> Page {
        let response = self
            .http
            .post(url)
            .header("cookie", self.cookie_header())
            .form(form)
            .send()
            .await
            .unwrap();
        self.finish(response).await
    }

    /// A script's `fetch` with the browser's cookies: a JSON body, the status and JSON answer.
    pub async fn post_json(
        &mut self,
        url: &str,
        body: &serde_json::Value,
    ) -> (u16, serde_json::Value) {
        let response = self
            .http
            .post(url)
            .header("cookie", self.cookie_header())
            .json(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or_default())
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.contains_key(name)
    }
}

/// The value of a hidden input in a page.
pub fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {body}"))
        + marker.len();
    body[start..].split('"').next().unwrap().to_owned()
}

pub fn form_action(body: &str) -> String {
    let start = body.find("action=\"").unwrap() + "action=\"".len();
    body[start..].split('"').next().unwrap().to_owned()
}

/// The query parameters of a redirect.
pub fn query_of(location: &str) -> HashMap<String, String> {
    let query = location.split_once('?').map(|(_, q)| q).unwrap_or_default();
    serde_urlencoded::from_str(query).unwrap()
}

pub fn challenge(verifier: &str) -> String {
    b64url(&hash_secret(verifier))
}

pub fn authorize_url(server: &TestServer, client_id: &str, extra: &[(&str, &str)]) -> String {
    let mut params = vec![
        ("response_type", "code"),
        ("client_id", client_id),
        ("redirect_uri", REDIRECT),
        ("scope", "openid email profile"),
        ("state", "st-123"),
        ("nonce", "n-456"),
        ("code_challenge_method", "S256"),
    ];
    let challenge = challenge(VERIFIER);
    params.push(("code_challenge", &challenge));
    let mut merged: Vec<(&str, &str)> = params
        .into_iter()
        .filter(|(k, _)| !extra.iter().any(|(e, _)| e == k))
        .collect();
    merged.extend(extra.iter().filter(|(_, v)| !v.is_empty()));
    format!(
        "{}?{}",
        server.url("/t/acme/oauth/authorize"),
        serde_urlencoded::to_string(&merged).unwrap()
    )
}

struct App {
    id: String,
    secret: String,
}

async fn register(server: &TestServer, body: Value) -> App {
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let created: Value = response.json().await.unwrap();
    App {
        id: created["id"].as_str().unwrap().into(),
        secret: created["client_secret"].as_str().unwrap_or_default().into(),
    }
}

async fn setup() -> (TestServer, App, String) {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "ada@example.com", "correct horse battery")
        .await;
    let app = register(
        &server,
        json!({
            "name": "Example App",
            "redirect_uris": [REDIRECT],
            "post_logout_redirect_uris": [LOGOUT_REDIRECT],
            "scopes": ["read:invoices"],
            "audiences": ["https://api.example.com"],
        }),
    )
    .await;
    (server, app, user["id"].as_str().unwrap().to_owned())
}

/// Follows the authorization endpoint to the sign-in page, signs in, consents when asked,
/// and returns the final redirect to the client.
pub async fn sign_in_and_consent(
    browser: &mut Browser,
    authorize: &str,
    email: &str,
    password: &str,
) -> String {
    let page = browser.get(authorize).await;
    assert_eq!(page.status, 302, "{}", page.body);
    let signin = page.location.unwrap();
    let page = browser.get(&signin).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("type=\"password\""), "{}", page.body);
    let request = hidden(&page.body, "request");
    let csrf = hidden(&page.body, "csrf_token");
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("request", &request),
                ("csrf_token", &csrf),
                ("email", email),
                ("password", password),
            ],
        )
        .await;
    let page = if page.status == 200 && page.body.contains("name=\"decision\"") {
        browser
            .post(
                &form_action(&page.body),
                &[
                    ("request", &hidden(&page.body, "request")),
                    ("csrf_token", &hidden(&page.body, "csrf_token")),
                    ("decision", "allow"),
                ],
            )
            .await
    } else {
        page
    };
    assert_eq!(page.status, 303, "{}", page.body);
    page.location.unwrap()
}

async fn token(server: &TestServer, app: &App, form: &[(&str, &str)]) -> (u16, Value) {
    let mut request = server
        .http
        .post(server.url("/t/acme/oauth/token"))
        .form(form);
    if !app.secret.is_empty() {
        request = request.basic_auth(&app.id, Some(&app.secret));
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

async fn exchange(server: &TestServer, app: &App, code: &str) -> (u16, Value) {
    token(
        server,
        app,
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", VERIFIER),
            ("client_id", &app.id),
        ],
    )
    .await
}

fn header_of(jwt: &str) -> Value {
    let header = jwt.split('.').next().unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(header)
            .unwrap(),
    )
    .unwrap()
}

async fn introspect(server: &TestServer, app: &App, token_value: &str) -> Value {
    let response = server
        .http
        .post(server.url("/t/acme/oauth/introspect"))
        .basic_auth(&app.id, Some(&app.secret))
        .form(&[("token", token_value)])
        .send()
        .await
        .unwrap();
    response.json().await.unwrap()
}

#[tokio::test]
async fn code_flow_signs_in_consents_and_issues_verified_tokens() {
    let (server, app, user_id) = setup().await;
    let mut browser = Browser::new();
    let issuer = server.url("/t/acme");

    // A wrong password re-renders the form with an error and no session.
    let page = browser.get(&authorize_url(&server, &app.id, &[])).await;
    let signin = page.location.unwrap();
    assert!(
        signin.starts_with(&format!("{issuer}/signin?request=")),
        "{signin}"
    );
    let page = browser.get(&signin).await;
    assert!(page.body.contains("Sign in to Example App"));
    let (request, csrf) = (
        hidden(&page.body, "request"),
        hidden(&page.body, "csrf_token"),
    );
    let wrong = browser
        .post(
            &form_action(&page.body),
            &[
                ("request", &request),
                ("csrf_token", &csrf),
                ("email", "ada@example.com"),
                ("password", "wrong password!"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.body.contains("The email or password is not correct."));
    assert!(!browser.has_cookie("tessera_session"));

    // The right password leads to consent, which lists the scopes, then to the client.
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("request", &request),
                ("csrf_token", &csrf),
                ("email", "ada@example.com"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body
            .contains("Example App wants to access your account")
    );
    assert!(page.body.contains("See your email address"));
    assert!(browser.has_cookie("tessera_session"));
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("request", &request),
                ("csrf_token", &csrf),
                ("decision", "allow"),
            ],
        )
        .await;
    assert_eq!(page.status, 303);
    let location = page.location.unwrap();
    assert!(location.starts_with(REDIRECT), "{location}");
    let params = query_of(&location);
    assert_eq!(params["state"], "st-123");
    assert_eq!(params["iss"], issuer, "RFC 9207 iss");
    let code = &params["code"];

    let (status, tokens) = exchange(&server, &app, code).await;
    assert_eq!(status, 200, "{tokens}");
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["scope"], "openid email profile");
    let jwks = server.jwks("acme").await;
    let access = tokens["access_token"].as_str().unwrap();
    let claims = verify(access, &jwks, &issuer, &issuer).unwrap();
    assert_eq!(header_of(access)["typ"], "at+jwt");
    assert_eq!(claims["sub"], user_id);
    assert_eq!(claims["client_id"], app.id);
    assert_eq!(claims["amr"], json!(["pwd"]));

    let id_token = tokens["id_token"].as_str().unwrap();
    assert_eq!(header_of(id_token)["alg"], "RS256", "Core §15.1 default");
    let id = verify(id_token, &jwks, &issuer, &app.id).unwrap();
    assert_eq!(id["nonce"], "n-456");
    assert_eq!(id["email"], "ada@example.com");
    assert_eq!(id["at_hash"], b64url(&hash_secret(access)[..16]));
    assert!(id["auth_time"].is_i64() && id["sid"].is_string());

    // UserInfo releases what the scopes allow.
    let info: Value = server
        .http
        .get(server.url("/t/acme/oauth/userinfo"))
        .bearer_auth(access)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(info["sub"], user_id);
    assert_eq!(info["email"], "ada@example.com");
    assert_eq!(info["email_verified"], false);

    // The refresh token rotates; the spent one, presented again, revokes the grant.
    let first_refresh = tokens["refresh_token"].as_str().unwrap();
    assert!(first_refresh.starts_with("tor_"));
    let (status, refreshed) = token(
        &server,
        &app,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", first_refresh),
        ],
    )
    .await;
    assert_eq!(status, 200, "{refreshed}");
    assert_ne!(refreshed["refresh_token"], tokens["refresh_token"]);
    let again = verify(
        refreshed["id_token"].as_str().unwrap(),
        &jwks,
        &issuer,
        &app.id,
    )
    .unwrap();
    assert_eq!(again["sub"], user_id);
    let (status, reused) = token(
        &server,
        &app,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", first_refresh),
        ],
    )
    .await;
    assert_eq!(
        (status, reused["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let (status, _) = token(
        &server,
        &app,
        &[
            ("grant_type", "refresh_token"),
            (
                "refresh_token",
                refreshed["refresh_token"].as_str().unwrap(),
            ),
        ],
    )
    .await;
    assert_eq!(status, 400, "the whole family is revoked");
    assert_eq!(
        introspect(&server, &app, refreshed["access_token"].as_str().unwrap()).await["active"],
        false
    );

    // Signed in and consented: the next request returns a code at once.
    let page = browser
        .get(&authorize_url(&server, &app.id, &[("prompt", "none")]))
        .await;
    assert_eq!(page.status, 302);
    assert!(query_of(&page.location.unwrap()).contains_key("code"));
}

#[tokio::test]
async fn a_replayed_code_is_refused_and_revokes_what_it_issued() {
    let (server, app, _) = setup().await;
    let mut browser = Browser::new();
    let location = sign_in_and_consent(
        &mut browser,
        &authorize_url(&server, &app.id, &[]),
        "ada@example.com",
        "correct horse battery",
    )
    .await;
    let code = query_of(&location)["code"].clone();
    let (status, tokens) = exchange(&server, &app, &code).await;
    assert_eq!(status, 200);
    let access = tokens["access_token"].as_str().unwrap();
    assert_eq!(introspect(&server, &app, access).await["active"], true);

    let (status, body) = exchange(&server, &app, &code).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    assert_eq!(introspect(&server, &app, access).await["active"], false);
    let (status, _) = token(
        &server,
        &app,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ],
    )
    .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn pkce_redirect_uri_and_client_binding_are_checked_at_the_token_endpoint() {
    let (server, app, _) = setup().await;
    let other = register(
        &server,
        json!({ "name": "Other", "redirect_uris": [REDIRECT] }),
    )
    .await;
    let mut browser = Browser::new();
    let mut next_code = async || {
        let location = sign_in_and_consent(
            &mut browser,
            &authorize_url(&server, &app.id, &[("prompt", "login")]),
            "ada@example.com",
            "correct horse battery",
        )
        .await;
        query_of(&location)["code"].clone()
    };
    let code = next_code().await;
    let (status, body) = token(
        &server,
        &app,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", &"x".repeat(43)),
        ],
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant")),
        "{body}"
    );

    let code = next_code().await;
    let (status, body) = token(
        &server,
        &app,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", "https://app.example.com/other"),
            ("code_verifier", VERIFIER),
        ],
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant")),
        "{body}"
    );

    let code = next_code().await;
    let (status, body) = token(
        &server,
        &app,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
        ],
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_request")),
        "{body}"
    );

    let code = next_code().await;
    let (status, body) = exchange(&server, &other, &code).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant")),
        "{body}"
    );
}

#[tokio::test]
async fn untrusted_requests_get_an_error_page_and_others_an_error_redirect() {
    let (server, app, _) = setup().await;
    let mut browser = Browser::new();

    for url in [
        authorize_url(&server, "cli_unknown", &[]),
        authorize_url(
            &server,
            &app.id,
            &[("redirect_uri", "https://evil.example.com/cb")],
        ),
        authorize_url(
            &server,
            &app.id,
            &[("redirect_uri", "https://app.example.com/callback/")],
        ),
    ] {
        let page = browser.get(&url).await;
        assert_eq!(page.status, 400, "{url}");
        assert!(page.location.is_none());
        assert!(
            !page.body.contains("evil.example.com"),
            "no reflected input"
        );
    }

    let challenge = challenge(VERIFIER);
    for (extra, error) in [
        (
            vec![("response_type", "token")],
            "unsupported_response_type",
        ),
        (vec![("code_challenge", "")], "invalid_request"),
        (
            vec![
                ("code_challenge_method", "plain"),
                ("code_challenge", challenge.as_str()),
            ],
            "invalid_request",
        ),
        (vec![("scope", "openid admin:everything")], "invalid_scope"),
        (vec![("prompt", "none")], "login_required"),
        (
            vec![("resource", "https://elsewhere.example.com")],
            "invalid_target",
        ),
        (vec![("request", "eyJ.e30.")], "request_not_supported"),
    ] {
        let page = browser.get(&authorize_url(&server, &app.id, &extra)).await;
        assert_eq!(page.status, 302, "{extra:?}: {}", page.body);
        let params = query_of(page.location.as_deref().unwrap());
        assert_eq!(params["error"], error, "{extra:?}");
        assert_eq!(params["state"], "st-123");
        assert_eq!(params["iss"], server.url("/t/acme"));
    }
}

#[tokio::test]
async fn forms_need_the_browser_that_started_the_request() {
    let (server, app, _) = setup().await;
    let mut browser = Browser::new();
    let page = browser.get(&authorize_url(&server, &app.id, &[])).await;
    let page = browser.get(&page.location.unwrap()).await;
    let (request, csrf, action) = (
        hidden(&page.body, "request"),
        hidden(&page.body, "csrf_token"),
        form_action(&page.body),
    );

    // Another browser (no CSRF cookie) posting the right password gets nowhere.
    let mut attacker = Browser::new();
    let page = attacker
        .post(
            &action,
            &[
                ("request", &request),
                ("csrf_token", &csrf),
                ("email", "ada@example.com"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(page.status, 400);
    assert!(!attacker.has_cookie("tessera_session"));

    // The right browser with a forged form token is refused too.
    let page = browser
        .post(
            &action,
            &[
                ("request", &request),
                ("csrf_token", "tcs_forged"),
                ("email", "ada@example.com"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(page.status, 400);
    assert!(!browser.has_cookie("tessera_session"));
}

#[tokio::test]
async fn denying_consent_returns_access_denied_and_max_age_forces_a_new_sign_in() {
    let (server, app, _) = setup().await;
    let mut browser = Browser::new();
    let page = browser.get(&authorize_url(&server, &app.id, &[])).await;
    let page = browser.get(&page.location.unwrap()).await;
    let (request, csrf) = (
        hidden(&page.body, "request"),
        hidden(&page.body, "csrf_token"),
    );
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("request", &request),
                ("csrf_token", &csrf),
                ("email", "ada@example.com"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("request", &request),
                ("csrf_token", &csrf),
                ("decision", "deny"),
            ],
        )
        .await;
    let params = query_of(&page.location.unwrap());
    assert_eq!(params["error"], "access_denied");
    assert_eq!(params["state"], "st-123");

    // Consent was not remembered: prompt=none must say so.
    let page = browser
        .get(&authorize_url(&server, &app.id, &[("prompt", "none")]))
        .await;
    assert_eq!(
        query_of(&page.location.unwrap())["error"],
        "consent_required"
    );

    // Once consented, max_age within the sign-in's age passes; beyond it, sign in again.
    let location = sign_in_and_consent(
        &mut browser,
        &authorize_url(&server, &app.id, &[("prompt", "login")]),
        "ada@example.com",
        "correct horse battery",
    )
    .await;
    assert!(query_of(&location).contains_key("code"));
    let page = browser
        .get(&authorize_url(&server, &app.id, &[("max_age", "600")]))
        .await;
    assert!(query_of(page.location.as_deref().unwrap()).contains_key("code"));
    server.clock.advance(601);
    let page = browser
        .get(&authorize_url(&server, &app.id, &[("max_age", "600")]))
        .await;
    assert!(page.location.unwrap().contains("/signin?request="));
}

#[tokio::test]
async fn public_clients_exchange_codes_with_pkce_and_no_secret() {
    let (server, _, _) = setup().await;
    let spa = register(&server, json!({ "name": "SPA", "client_type": "public", "redirect_uris": [REDIRECT], "skip_consent": true })).await;
    assert!(spa.secret.is_empty());
    let mut browser = Browser::new();
    let location = sign_in_and_consent(
        &mut browser,
        &authorize_url(&server, &spa.id, &[]),
        "ada@example.com",
        "correct horse battery",
    )
    .await;
    let (status, tokens) = exchange(&server, &spa, &query_of(&location)["code"]).await;
    assert_eq!(status, 200, "{tokens}");
    assert!(tokens["id_token"].is_string());
    // A public client cannot use client_credentials even when it names itself.
    let (status, body) = token(
        &server,
        &spa,
        &[("grant_type", "client_credentials"), ("client_id", &spa.id)],
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_client")),
        "{body}"
    );
}

#[tokio::test]
async fn rp_initiated_logout_ends_the_sign_in_and_its_grants() {
    let (server, app, _) = setup().await;
    let mut browser = Browser::new();
    let location = sign_in_and_consent(
        &mut browser,
        &authorize_url(&server, &app.id, &[]),
        "ada@example.com",
        "correct horse battery",
    )
    .await;
    let (_, tokens) = exchange(&server, &app, &query_of(&location)["code"]).await;
    let id_token = tokens["id_token"].as_str().unwrap();

    // An unregistered post-logout URI is refused and signs nobody out.
    let bad = format!(
        "{}?{}",
        server.url("/t/acme/oauth/logout"),
        serde_urlencoded::to_string([
            ("id_token_hint", id_token),
            ("post_logout_redirect_uri", "https://evil.example.com/")
        ])
        .unwrap()
    );
    assert_eq!(browser.get(&bad).await.status, 400);
    assert!(browser.has_cookie("tessera_session"));

    // Without a hint the user confirms first.
    let page = browser.get(&server.url("/t/acme/oauth/logout")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Sign out?"));
    assert!(browser.has_cookie("tessera_session"));

    // Even long after the ID token expired, it identifies the client.
    server.clock.advance(7200);
    let url = format!(
        "{}?{}",
        server.url("/t/acme/oauth/logout"),
        serde_urlencoded::to_string([
            ("id_token_hint", id_token),
            ("post_logout_redirect_uri", LOGOUT_REDIRECT),
            ("state", "bye")
        ])
        .unwrap()
    );
    let page = browser.get(&url).await;
    assert_eq!(page.status, 302, "{}", page.body);
    assert_eq!(
        page.location.unwrap(),
        format!("{LOGOUT_REDIRECT}?state=bye")
    );
    assert!(!browser.has_cookie("tessera_session"));

    let (status, _) = token(
        &server,
        &app,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ],
    )
    .await;
    assert_eq!(status, 400, "the grant ended with the sign-in");
    let page = browser
        .get(&authorize_url(&server, &app.id, &[("prompt", "none")]))
        .await;
    assert_eq!(query_of(&page.location.unwrap())["error"], "login_required");
}

#[tokio::test]
async fn clients_of_one_tenant_cannot_authorize_at_another() {
    let (server, app, _) = setup().await;
    server.create_tenant("globex").await;
    let mut browser = Browser::new();
    let url = authorize_url(&server, &app.id, &[]).replace("/t/acme/", "/t/globex/");
    let page = browser.get(&url).await;
    assert_eq!(page.status, 400);
    assert!(page.location.is_none());

    let location = sign_in_and_consent(
        &mut browser,
        &authorize_url(&server, &app.id, &[]),
        "ada@example.com",
        "correct horse battery",
    )
    .await;
    let code = query_of(&location)["code"].clone();
    let response = server
        .http
        .post(server.url("/t/globex/oauth/token"))
        .basic_auth(&app.id, Some(&app.secret))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
            ("code_verifier", VERIFIER),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn redirect_uris_are_validated_at_registration() {
    let (server, _, _) = setup().await;
    for bad in [
        "http://app.example.com/cb",
        "https://app.example.com/cb#frag",
        "javascript:alert(1)",
        "https://*.example.com/cb",
        "myapp:/cb",
    ] {
        let response = server
            .admin(Method::POST, "/v1/tenants/acme/clients")
            .json(&json!({ "name": "Bad", "redirect_uris": [bad] }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{bad}");
    }
    for good in [
        "http://127.0.0.1:8123/cb",
        "http://localhost/cb",
        "com.example.app:/oauth2redirect",
    ] {
        register(
            &server,
            json!({ "name": "Good", "client_type": "public", "redirect_uris": [good] }),
        )
        .await;
    }
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "No URIs", "grant_types": ["authorization_code"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
}

#[tokio::test]
async fn hosted_pages_show_the_tenants_branding_and_refuse_unsafe_values() {
    let (server, app, _) = setup().await;
    for bad in [
        json!({ "primary_color": "red;}body{display:none" }),
        json!({ "logo_url": "http://logo.example.com/a.png" }),
    ] {
        let response = server
            .admin(Method::PUT, "/v1/tenants/acme/branding")
            .json(&bad)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422, "{bad}");
    }
    let response = server
        .admin(Method::PUT, "/v1/tenants/acme/branding")
        .json(
            &json!({ "primary_color": "#AA3300", "logo_url": "https://cdn.example.com/acme.png" }),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let mut browser = Browser::new();
    let page = browser.get(&authorize_url(&server, &app.id, &[])).await;
    let page = browser.get(&page.location.unwrap()).await;
    assert!(page.body.contains("--accent: #aa3300;"), "{}", page.body);
    assert!(
        page.body
            .contains("src=\"https://cdn.example.com/acme.png\"")
    );
    assert!(page.body.contains("Tenant acme"));
}

#[tokio::test]
async fn users_see_and_disconnect_the_applications_they_allowed() {
    let (server, app, _) = setup().await;
    let mut browser = Browser::new();
    let location = sign_in_and_consent(
        &mut browser,
        &authorize_url(&server, &app.id, &[]),
        "ada@example.com",
        "correct horse battery",
    )
    .await;
    let (_, tokens) = exchange(&server, &app, &query_of(&location)["code"]).await;
    let session: Value = server
        .login("acme", "ada@example.com", "correct horse battery")
        .await
        .json()
        .await
        .unwrap();
    let me = session["access_token"].as_str().unwrap();

    let list: Value = server
        .http
        .get(server.url("/t/acme/me/consents"))
        .bearer_auth(me)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["data"][0]["client_id"], app.id);
    assert_eq!(list["data"][0]["client_name"], "Example App");
    assert_eq!(
        list["data"][0]["scopes"],
        json!(["openid", "email", "profile"])
    );

    let revoke = server
        .http
        .delete(server.url(&format!("/t/acme/me/consents/{}", app.id)))
        .bearer_auth(me)
        .send()
        .await
        .unwrap();
    assert_eq!(revoke.status(), 204);
    let (status, _) = token(
        &server,
        &app,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ],
    )
    .await;
    assert_eq!(
        status, 400,
        "the application's grant ended with the consent"
    );
    let page = browser
        .get(&authorize_url(&server, &app.id, &[("prompt", "none")]))
        .await;
    assert_eq!(
        query_of(&page.location.unwrap())["error"],
        "consent_required"
    );
    let again = server
        .http
        .delete(server.url(&format!("/t/acme/me/consents/{}", app.id)))
        .bearer_auth(me)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 404);
}
