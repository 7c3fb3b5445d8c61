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
        statuses.push(page.status);
    }
    assert_eq!(statuses, [401, 401, 401, 429]);
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
