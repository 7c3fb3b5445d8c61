//! The hosted sign-up, email and account pages over HTTP, driven like a browser without
//! JavaScript: form tokens (forged forms change nothing), spent CSRF cookies cleared, the
//! per-IP limit on the sign-in forms, locale negotiation, and no reflected input. The full
//! journeys run in Chromium in `tests/browser/`.

use reqwest::Method;
use serde_json::{Value, json};
use tessera_server::http::HttpSettings;
use tessera_server::services::rate_limits::RateLimit;

use crate::authorization_code::{Browser, REDIRECT, authorize_url, form_action, hidden};
use crate::support::{TestServer, settings};

const PASSWORD: &str = "correct horse battery";

async fn setup(settings: HttpSettings) -> (TestServer, String) {
    let server = TestServer::start_with(settings).await;
    server.create_tenant("acme").await;
    let user = server
        .create_user("acme", "ada@example.com", PASSWORD)
        .await;
    (server, user["id"].as_str().unwrap().to_owned())
}

/// Signs in at the account sign-in page; returns the browser with its session cookie.
async fn signed_in(server: &TestServer) -> Browser {
    let mut browser = Browser::new();
    let page = browser.get(&server.url("/t/acme/signin/account")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let csrf = hidden(&page.body, "csrf_token");
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("csrf_token", &csrf),
                ("email", "ada@example.com"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(
        page.location.as_deref(),
        Some(server.url("/t/acme/account?done=signed_in").as_str())
    );
    assert!(browser.has_cookie("tessera_session"));
    assert!(
        !browser.has_cookie("tessera_csrf_forms"),
        "the spent form token is cleared"
    );
    browser
}

async fn user(server: &TestServer, id: &str) -> Value {
    server
        .admin(Method::GET, &format!("/v1/tenants/acme/users/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_account_area_needs_a_session_and_its_own_form_token() {
    let (server, user_id) = setup(settings()).await;
    let mut stranger = Browser::new();
    let page = stranger.get(&server.url("/t/acme/account/sessions")).await;
    assert_eq!(page.status, 303);
    assert_eq!(
        page.location.as_deref(),
        Some(server.url("/t/acme/signin/account").as_str())
    );

    let mut browser = signed_in(&server).await;
    let page = browser.get(&server.url("/t/acme/account")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let token = hidden(&page.body, "csrf_token");
    // A forged form (another site cannot know the token) changes nothing.
    let page = browser
        .post(
            &server.url("/t/acme/account/profile"),
            &[
                ("csrf_token", "forged"),
                ("name", "Mallory"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(user(&server, &user_id).await["name"].is_null());
    // An invalid choice is refused on its field, and nothing changes either.
    let page = browser
        .post(
            &server.url("/t/acme/account/profile"),
            &[("csrf_token", &token), ("name", "Ada"), ("locale", "xx")],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(page.body.contains("aria-describedby=\"locale-error\""));
    assert!(page.body.contains("id=\"locale-error\""));
    assert!(user(&server, &user_id).await["name"].is_null());
    let page = browser
        .post(
            &server.url("/t/acme/account/profile"),
            &[("csrf_token", &token), ("name", "Ada"), ("locale", "fr")],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    let saved = user(&server, &user_id).await;
    assert_eq!(
        (saved["name"].as_str(), saved["locale"].as_str()),
        (Some("Ada"), Some("fr"))
    );
    // The profile's language now drives the pages; notices come from a fixed list only.
    let page = browser
        .get(&server.url("/t/acme/account?done=profile_saved"))
        .await;
    assert!(
        page.body.contains("<html lang=\"fr\" dir=\"ltr\">"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Votre profil est enregistré."));
    let page = browser
        .get(&server.url("/t/acme/account?done=%3Cscript%3Ealert(1)%3C/script%3E"))
        .await;
    assert!(!page.body.contains("alert(1)"));
    assert!(!page.body.contains("role=\"status\""));
    assert_eq!(
        page.status, 200,
        "an unknown notice is ignored, not an error"
    );
    assert_eq!(page.location, None, "no redirect is taken from the request");
}

#[tokio::test]
async fn anonymous_forms_need_the_browser_token_and_change_nothing_without_it() {
    let (server, _) = setup(settings()).await;
    let response = server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&json!({ "signup_mode": "open" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // A cross-site post carries no cookie of ours: refused, and no email goes out.
    let mut browser = Browser::new();
    let page = browser
        .post(
            &server.url("/t/acme/signup"),
            &[
                ("csrf_token", "tcf_guess"),
                ("email", "eve@example.com"),
                ("new_password", "a long enough passphrase"),
            ],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    let outbox: Value = server
        .admin(Method::GET, "/v1/tenants/acme/outbox?to=eve@example.com")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(outbox["data"].as_array().unwrap().len(), 0);
    // With the page's token it works.
    let page = browser.get(&server.url("/t/acme/signup")).await;
    let token = hidden(&page.body, "csrf_token");
    let page = browser
        .post(
            &server.url("/t/acme/signup"),
            &[
                ("csrf_token", &token),
                ("email", "eve@example.com"),
                ("new_password", "a long enough passphrase"),
            ],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    // Invite-only tenants show no sign-up form at all.
    server
        .admin(Method::PATCH, "/v1/tenants/acme")
        .json(&json!({ "signup_mode": "invite_only" }))
        .send()
        .await
        .unwrap();
    let page = browser.get(&server.url("/t/acme/signup")).await;
    assert_eq!(page.status, 403);
    assert!(!page.body.contains("name=\"new_password\""));
}

#[tokio::test]
async fn the_spent_csrf_cookie_of_an_authorization_request_is_cleared() {
    let (server, _) = setup(settings()).await;
    let response = server
        .admin(Method::POST, "/v1/tenants/acme/clients")
        .json(&json!({ "name": "Example App", "redirect_uris": [REDIRECT] }))
        .send()
        .await
        .unwrap();
    let client: Value = response.json().await.unwrap();
    let mut browser = Browser::new();
    let page = browser
        .get(&authorize_url(&server, client["id"].as_str().unwrap(), &[]))
        .await;
    let signin = page.location.unwrap();
    let request = signin.split("request=").nth(1).unwrap().to_owned();
    let cookie = format!("tessera_csrf_{}", request.trim_start_matches("req_"));
    assert!(browser.has_cookie(&cookie));
    let page = browser.get(&signin).await;
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("request", &request),
                ("csrf_token", &hidden(&page.body, "csrf_token")),
                ("email", "ada@example.com"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert!(page.body.contains("name=\"decision\""), "{}", page.body);
    assert!(
        browser.has_cookie(&cookie),
        "still needed by the consent form"
    );
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("request", &request),
                ("csrf_token", &hidden(&page.body, "csrf_token")),
                ("decision", "allow"),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert!(page.location.unwrap().starts_with(REDIRECT));
    assert!(
        !browser.has_cookie(&cookie),
        "the request's CSRF cookie is cleared"
    );
}

#[tokio::test]
async fn the_hosted_sign_in_forms_share_the_per_ip_limit() {
    let limited = HttpSettings {
        auth_rate_limit: RateLimit::per_minute(3),
        ..settings()
    };
    let (server, _) = setup(limited).await;
    let mut browser = Browser::new();
    let page = browser.get(&server.url("/t/acme/signin/account")).await;
    let token = hidden(&page.body, "csrf_token");
    let mut statuses = Vec::new();
    for _ in 0..4 {
        let page = browser
            .post(
                &server.url("/t/acme/signin/account"),
                &[
                    ("csrf_token", &token),
                    ("email", "ada@example.com"),
                    ("password", "not the password"),
                ],
            )
            .await;
        statuses.push((page.status, page.body));
    }
    let codes: Vec<u16> = statuses.iter().map(|(status, _)| *status).collect();
    assert_eq!(codes, [401, 401, 401, 429]);
    // A person gets a page, not the API's JSON problem.
    assert!(
        statuses[3].1.contains("<h1>Too many attempts</h1>"),
        "{}",
        statuses[3].1
    );
}

#[tokio::test]
async fn pages_speak_the_negotiated_language() {
    let (server, _) = setup(settings()).await;
    let page = |accept: &'static str| {
        let server = &server;
        async move {
            server
                .http
                .get(server.url("/t/acme/signin/account?ui_locales=xx"))
                .header("accept-language", accept)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    assert!(
        page("de-CH, en;q=0.5")
            .await
            .contains("<html lang=\"de\" dir=\"ltr\">")
    );
    assert!(page("ar").await.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page("ja").await.contains("<html lang=\"en\" dir=\"ltr\">"));
    let german = server
        .http
        .get(server.url("/t/acme/signin/account?ui_locales=fr%20de"))
        .header("accept-language", "de")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        german.contains("<html lang=\"fr\""),
        "ui_locales comes first"
    );
    assert!(!german.contains("ui_locales"), "the query is not reflected");
}

async fn put_branding(server: &TestServer, body: Value) -> reqwest::Response {
    server
        .admin(Method::PUT, "/v1/tenants/acme/branding")
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn branding_stylesheet_support_link_framing_and_language() {
    let (server, _) = setup(settings()).await;
    // Unsafe or unusable values are refused, each on its field, and change nothing.
    for (bad, pointer) in [
        (
            json!({ "custom_css": "@import url(https://evil.example/x.css);" }),
            "/custom_css",
        ),
        (
            json!({ "custom_css": "a".repeat(40 * 1024) }),
            "/custom_css",
        ),
        (
            json!({ "support_url": "javascript:alert(1)" }),
            "/support_url",
        ),
        (
            json!({ "frame_ancestors": ["https://app.example.com/path"] }),
            "/frame_ancestors/0",
        ),
        (json!({ "frame_ancestors": ["*"] }), "/frame_ancestors/0"),
        (
            json!({ "frame_ancestors": ["https://a.example 'unsafe-inline'"] }),
            "/frame_ancestors/0",
        ),
        (json!({ "default_locale": "xx" }), "/default_locale"),
    ] {
        let response = put_branding(&server, bad.clone()).await;
        assert_eq!(response.status(), 422, "{bad}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
    }
    let stored: Value = server
        .admin(Method::GET, "/v1/tenants/acme/branding")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stored, json!({}));

    // Without branding: no stylesheet, no framing.
    let response = server
        .http
        .get(server.url("/t/acme/signin/account"))
        .send()
        .await
        .unwrap();
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.ends_with("frame-ancestors 'none'"), "{csp}");
    let css = server
        .http
        .get(server.url("/t/acme/branding.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), 404);

    let body = json!({
        "custom_css": "main { border-width: 4px; }",
        "support_url": "https://help.example.com/",
        "frame_ancestors": ["https://app.example.com", "http://localhost:3000"],
        "default_locale": "de",
    });
    let response = put_branding(&server, body.clone()).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().await.unwrap(), body);
    let response = server
        .http
        .get(server.url("/t/acme/signin/account"))
        .send()
        .await
        .unwrap();
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.ends_with("frame-ancestors https://app.example.com http://localhost:3000"),
        "{csp}"
    );
    let page = response.text().await.unwrap();
    assert!(
        page.contains("<html lang=\"de\""),
        "the tenant's default language"
    );
    assert!(page.contains("href=\"https://help.example.com/\""));
    let nonce = csp
        .split("style-src 'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    let link = format!("{}/branding.css?v=", server.url("/t/acme"));
    assert!(page.contains(&link), "{page}");
    assert!(page.contains(&format!("nonce=\"{nonce}\">")));
    let css = server
        .http
        .get(server.url("/t/acme/branding.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), 200);
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    assert_eq!(css.text().await.unwrap(), "main { border-width: 4px; }");
}

/// The passkeys admin API's view of a user's passkeys.
async fn passkeys_of(server: &TestServer, user_id: &str) -> Vec<Value> {
    let list: Value = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/users/{user_id}/passkeys"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    list["data"].as_array().unwrap().clone()
}

#[tokio::test]
async fn account_passkeys_are_added_renamed_and_deleted_by_their_owner_only() {
    use tessera_core::webauthn::CreationChallengeResponse;
    use webauthn_authenticator_rs::WebauthnAuthenticator;
    use webauthn_authenticator_rs::softpasskey::SoftPasskey;

    let (server, user_id) = setup(settings()).await;
    let response = server
        .admin(Method::PUT, "/v1/tenants/acme/webauthn-settings")
        .json(&json!({ "rp_id": "localhost", "origins": [crate::passkeys::ORIGIN] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // Another person of the tenant, with a passkey of their own (through the API).
    let bob = server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let bob_id = bob["id"].as_str().unwrap();
    let login: Value = server
        .login("acme", "bob@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let bob_token = login["access_token"].as_str().unwrap();
    let mut bob_key = SoftPasskey::new(true);
    let (bob_passkey, _) =
        crate::passkeys::register(&server, "acme", bob_token, &mut bob_key, "Bob's phone").await;
    let bob_passkey_id = bob_passkey["id"].as_str().unwrap();

    let mut browser = signed_in(&server).await;
    let page = browser.get(&server.url("/t/acme/account/passkeys")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("id=\"passkeys-none\""), "{}", page.body);
    assert!(page.body.contains("data-passkey=\"register\""));
    assert!(
        page.body.contains("href=\"")
            && page
                .body
                .contains("/account/passkeys\" aria-current=\"page\"")
    );
    let token = hidden(&page.body, "csrf_token");

    // Adding: the options need the session's form token, and answer a problem otherwise.
    let options_url = server.url("/t/acme/account/passkeys/options");
    let (status, problem) = browser
        .post_json(&options_url, &json!({ "csrf_token": "forged" }))
        .await;
    assert_eq!(status, 401, "{problem}");
    assert!(
        problem["detail"].as_str().unwrap().contains("reload"),
        "{problem}"
    );
    let (status, ceremony) = browser
        .post_json(&options_url, &json!({ "csrf_token": token }))
        .await;
    assert_eq!(status, 200, "{ceremony}");
    let challenge: CreationChallengeResponse =
        serde_json::from_value(ceremony["options"].clone()).unwrap();
    let mut authenticator = SoftPasskey::new(true);
    let credential = authenticator
        .do_registration(crate::passkeys::origin(), challenge)
        .unwrap();
    let credential = serde_json::to_string(&credential).unwrap();
    let ceremony_id = ceremony["ceremony_id"].as_str().unwrap();
    let add_url = server.url("/t/acme/account/passkeys/add");
    let page = browser
        .post(
            &add_url,
            &[
                ("csrf_token", "forged"),
                ("ceremony_id", ceremony_id),
                ("credential", &credential),
                ("name", "Laptop"),
            ],
        )
        .await;
    assert_eq!(page.status, 400, "a forged form adds nothing");
    assert!(passkeys_of(&server, &user_id).await.is_empty());
    let page = browser
        .post(
            &add_url,
            &[
                ("csrf_token", &token),
                ("ceremony_id", ceremony_id),
                ("credential", &credential),
                ("name", "Laptop"),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(
        page.location.as_deref(),
        Some(
            server
                .url("/t/acme/account/passkeys?done=passkey_added")
                .as_str()
        )
    );
    let mine = passkeys_of(&server, &user_id).await;
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["name"], "Laptop");
    let id = mine[0]["id"].as_str().unwrap().to_owned();
    // The spent ceremony cannot add it again: the page explains, nothing changes.
    let page = browser
        .post(
            &add_url,
            &[
                ("csrf_token", &token),
                ("ceremony_id", ceremony_id),
                ("credential", &credential),
            ],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(page.body.contains("The passkey could not be added"));
    assert_eq!(passkeys_of(&server, &user_id).await.len(), 1);
    let page = browser
        .get(&server.url("/t/acme/account/passkeys?done=passkey_added"))
        .await;
    assert!(page.body.contains("The passkey is added."));
    assert!(page.body.contains(&format!("value=\"{id}\"")));
    assert!(page.body.contains("Never"), "not used yet");

    // Renaming: a plain form with the token; a bad name is explained on the page.
    let rename_url = server.url("/t/acme/account/passkeys/rename");
    let page = browser
        .post(
            &rename_url,
            &[
                ("csrf_token", "forged"),
                ("passkey_id", &id),
                ("name", "Evil"),
            ],
        )
        .await;
    assert_eq!(page.status, 400);
    let page = browser
        .post(
            &rename_url,
            &[("csrf_token", &token), ("passkey_id", &id), ("name", "  ")],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(page.body.contains("1 to 64 printable characters"));
    assert_eq!(passkeys_of(&server, &user_id).await[0]["name"], "Laptop");
    let page = browser
        .post(
            &rename_url,
            &[
                ("csrf_token", &token),
                ("passkey_id", &id),
                ("name", "Work laptop"),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(
        passkeys_of(&server, &user_id).await[0]["name"],
        "Work laptop"
    );

    // Another person's passkey is not found from this account, and stays as it was.
    let page = browser
        .post(
            &rename_url,
            &[
                ("csrf_token", &token),
                ("passkey_id", bob_passkey_id),
                ("name", "Mine"),
            ],
        )
        .await;
    assert_eq!(page.status, 404, "{}", page.body);
    let delete_url = server.url("/t/acme/account/passkeys/delete");
    let page = browser
        .post(
            &delete_url,
            &[("csrf_token", &token), ("passkey_id", bob_passkey_id)],
        )
        .await;
    assert_eq!(page.status, 404, "{}", page.body);
    let bobs = passkeys_of(&server, bob_id).await;
    assert_eq!(
        (bobs.len(), bobs[0]["name"].as_str()),
        (1, Some("Bob's phone"))
    );

    // Deleting: a forged form deletes nothing; the real one does.
    let page = browser
        .post(
            &delete_url,
            &[("csrf_token", "forged"), ("passkey_id", &id)],
        )
        .await;
    assert_eq!(page.status, 400);
    assert_eq!(passkeys_of(&server, &user_id).await.len(), 1);
    let page = browser
        .post(&delete_url, &[("csrf_token", &token), ("passkey_id", &id)])
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(
        page.location.as_deref(),
        Some(
            server
                .url("/t/acme/account/passkeys?done=passkey_deleted")
                .as_str()
        )
    );
    assert!(passkeys_of(&server, &user_id).await.is_empty());

    // The service's audit events, by the person themselves.
    let events: Value = server
        .admin(Method::GET, "/v1/tenants/acme/audit-events?limit=100")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["actor_id"] == user_id.as_str() && e["target_id"] == user_id.as_str())
        .filter_map(|e| e["action"].as_str())
        .collect();
    for action in ["passkey.registered", "passkey.renamed", "passkey.deleted"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn service_refusals_are_shown_in_the_page_language() {
    let (server, _) = setup(settings()).await;
    server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let mut browser = signed_in(&server).await;
    let page = browser.get(&server.url("/t/acme/account")).await;
    let token = hidden(&page.body, "csrf_token");
    let page = browser
        .post(
            &server.url("/t/acme/account/profile"),
            &[("csrf_token", &token), ("name", "Ada"), ("locale", "de")],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);

    // The password policy's refusal, by its kind, in German; nothing changes.
    let page = browser
        .post(
            &server.url("/t/acme/account/password"),
            &[
                ("csrf_token", &token),
                ("current_password", PASSWORD),
                ("new_password", "kurz"),
            ],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(
        page.body
            .contains("<p class=\"field-error\" id=\"new_password-error\">Verwenden Sie mindestens 10 Zeichen.</p>"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("must be at least"));
    assert_eq!(
        server
            .login("acme", "ada@example.com", PASSWORD)
            .await
            .status(),
        200
    );
    // The email change's refusals too.
    let page = browser
        .post(
            &server.url("/t/acme/account/email"),
            &[
                ("csrf_token", &token),
                ("new_email", "bob@example.com"),
                ("current_password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(
        page.body
            .contains("Ein anderes Konto verwendet diese Adresse bereits."),
        "{}",
        page.body
    );

    // The API keeps its own (English) explanation of the same refusal.
    let login: Value = server
        .login("acme", "ada@example.com", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let response = server
        .http
        .post(server.url("/t/acme/me/password"))
        .bearer_auth(login["access_token"].as_str().unwrap())
        .json(&json!({ "current_password": PASSWORD, "new_password": "kurz" }))
        .send()
        .await
        .unwrap();
    let problem = crate::support::expect_problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/new_password");
    assert_eq!(
        problem["errors"][0]["message"],
        "must be at least 10 characters"
    );
}
