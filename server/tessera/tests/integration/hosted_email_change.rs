//! Changing one's email address in the hosted account area, over HTTP like a browser
//! without JavaScript: the request (re-authenticated, nothing changed yet), the link to the
//! new address and the notice to the old one, read from the development outbox, and the
//! link's landing (a GET changes nothing; the POST needs the browser's form token).

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::Value;

use crate::authorization_code::{Browser, Page, form_action, hidden};
use crate::support::{TestServer, settings};

const PASSWORD: &str = "correct horse battery";
const OLD: &str = "ada@example.com";
const NEW: &str = "nora@example.org";

async fn setup() -> (TestServer, String) {
    let server = TestServer::start_with(settings()).await;
    server.create_tenant("acme").await;
    let user = server.create_user("acme", OLD, PASSWORD).await;
    (server, user["id"].as_str().unwrap().to_owned())
}

/// Signs `email` in at the account sign-in page of `slug`.
async fn signed_in(server: &TestServer, slug: &str, email: &str) -> Browser {
    let mut browser = Browser::new();
    let page = browser
        .get(&server.url(&format!("/t/{slug}/signin/account")))
        .await;
    let csrf = hidden(&page.body, "csrf_token");
    let page = browser
        .post(
            &form_action(&page.body),
            &[
                ("csrf_token", &csrf),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    browser
}

/// Posts the email change form of the profile page.
async fn ask(server: &TestServer, browser: &mut Browser, new_email: &str, password: &str) -> Page {
    let page = browser.get(&server.url("/t/acme/account")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let csrf = hidden(&page.body, "csrf_token");
    browser
        .post(
            &server.url("/t/acme/account/email"),
            &[
                ("csrf_token", &csrf),
                ("new_email", new_email),
                ("current_password", password),
            ],
        )
        .await
}

async fn outbox(server: &TestServer, slug: &str, to: &str) -> Vec<Value> {
    let response = server
        .admin(Method::GET, &format!("/v1/tenants/{slug}/outbox?to={to}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["data"].as_array().unwrap().clone()
}

/// The outbox of `to`, once it holds `count` messages (notices go out in the background).
async fn wait_for_mail(server: &TestServer, to: &str, count: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let messages = outbox(server, "acme", to).await;
        if messages.len() >= count {
            return messages;
        }
        assert!(
            Instant::now() < deadline,
            "expected {count} message(s) to {to}, got {messages:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The link of the newest message to `to`.
async fn link_to(server: &TestServer, to: &str, count: usize) -> String {
    let messages = wait_for_mail(server, to, count).await;
    let text = messages[0]["text"].as_str().unwrap();
    let start = text.find("http").expect("a link");
    text[start..].split_whitespace().next().unwrap().to_owned()
}

/// Opens the link's landing in `browser` and posts its form with the link pasted in.
async fn confirm(browser: &mut Browser, link: &str) -> Page {
    let landing = link.split('#').next().unwrap();
    let page = browser.get(landing).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let csrf = hidden(&page.body, "csrf_token");
    browser
        .post(
            &form_action(&page.body),
            &[("csrf_token", &csrf), ("token", link)],
        )
        .await
}

async fn email_of(server: &TestServer, id: &str) -> (String, bool) {
    let user: Value = server
        .admin(Method::GET, &format!("/v1/tenants/acme/users/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    (
        user["email"].as_str().unwrap().to_owned(),
        user["email_verified"].as_bool().unwrap(),
    )
}

#[tokio::test]
async fn hosted_email_change_confirmed_by_the_link_sent_to_the_new_address() {
    let (server, user_id) = setup().await;
    let mut browser = signed_in(&server, "acme", OLD).await;

    // A wrong password sends nothing and changes nothing.
    let page = ask(&server, &mut browser, NEW, "not my password").await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(page.body.contains("id=\"current_password-error\""));
    assert!(page.body.contains("The password is not correct."));
    assert!(
        page.body.contains(&format!("value=\"{NEW}\"")),
        "the typed address is kept"
    );
    assert!(outbox(&server, "acme", NEW).await.is_empty());
    assert!(outbox(&server, "acme", OLD).await.is_empty());
    // Nor do a malformed address or the current one.
    for (address, message) in [
        ("not an address", "Enter an email address"),
        (OLD, "That is already your address."),
    ] {
        let page = ask(&server, &mut browser, address, PASSWORD).await;
        assert_eq!(page.status, 400, "{}", page.body);
        assert!(
            page.body.contains("id=\"new_email-error\""),
            "{}",
            page.body
        );
        assert!(page.body.contains(message), "{}", page.body);
    }

    let page = ask(&server, &mut browser, NEW, PASSWORD).await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(
        page.location.as_deref(),
        Some(
            server
                .url("/t/acme/account?done=email_change_sent")
                .as_str()
        )
    );
    // Nothing changes before the link is opened.
    assert_eq!(email_of(&server, &user_id).await, (OLD.to_owned(), false));
    let page = browser
        .get(&server.url("/t/acme/account?done=email_change_sent"))
        .await;
    assert!(page.body.contains("We sent a link to your new address."));
    assert!(
        page.body
            .contains("A change to n***@example.org is waiting"),
        "{}",
        page.body
    );

    // The old address hears of it, with the new one masked and no link.
    let notice = &wait_for_mail(&server, OLD, 1).await[0];
    assert_eq!(notice["template"], "email_change_notice");
    let text = notice["text"].as_str().unwrap();
    assert!(text.contains("n***@example.org"), "{text}");
    assert!(!text.contains(NEW) && !text.contains("token="), "{text}");
    let link = link_to(&server, NEW, 1).await;
    assert!(
        link.starts_with(&server.url("/t/acme/confirm-email-change#token=tec_")),
        "{link}"
    );

    // Opening the landing (what a mail scanner does) changes nothing.
    let mut other_device = Browser::new();
    let page = other_device
        .get(&server.url("/t/acme/confirm-email-change"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Change my address"));
    assert_eq!(email_of(&server, &user_id).await, (OLD.to_owned(), false));
    // A post without this browser's form token (another site's form) changes nothing.
    let mut stranger = Browser::new();
    let page = stranger
        .post(
            &server.url("/t/acme/confirm-email-change"),
            &[("csrf_token", "tcf_forged"), ("token", &link)],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert_eq!(email_of(&server, &user_id).await, (OLD.to_owned(), false));

    let page = confirm(&mut other_device, &link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Email address changed"), "{}", page.body);
    assert_eq!(email_of(&server, &user_id).await, (NEW.to_owned(), true));
    let events = server.audit_events("acme", "user.email_changed").await;
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["target_id"], user_id.as_str());
    let recorded = events[0].to_string();
    assert!(
        !recorded.contains(OLD) && !recorded.contains(NEW) && !recorded.contains("tec_"),
        "no address or token in the audit event: {recorded}"
    );

    // The link works once.
    let page = confirm(&mut other_device, &link).await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(page.body.contains("id=\"token-error\""));
    // Sessions are kept; the new address signs in, the old one no longer does.
    let page = browser.get(&server.url("/t/acme/account")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(NEW));
    assert!(
        !page.body.contains("is waiting"),
        "no pending change any more"
    );
    assert_eq!(server.login("acme", NEW, PASSWORD).await.status(), 200);
    assert_eq!(server.login("acme", OLD, PASSWORD).await.status(), 401);
}

#[tokio::test]
async fn hosted_email_change_refuses_a_taken_address_at_request_and_at_confirmation() {
    let (server, user_id) = setup().await;
    server
        .create_user("acme", "bob@example.com", PASSWORD)
        .await;
    let mut browser = signed_in(&server, "acme", OLD).await;
    let page = ask(&server, &mut browser, "Bob@Example.com", PASSWORD).await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(
        page.body
            .contains("Another account already uses that address.")
    );
    assert!(outbox(&server, "acme", "bob@example.com").await.is_empty());
    assert!(outbox(&server, "acme", OLD).await.is_empty());

    // Free when asked for, taken by the time the link is opened.
    let page = ask(&server, &mut browser, NEW, PASSWORD).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let link = link_to(&server, NEW, 1).await;
    let taker = server.create_user("acme", NEW, PASSWORD).await;
    let page = confirm(&mut Browser::new(), &link).await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(
        page.body
            .contains("Another account already uses that address.")
    );
    assert_eq!(email_of(&server, &user_id).await, (OLD.to_owned(), false));
    // Nothing was spent: once the address is free again, the same link works.
    let response = server
        .admin(
            Method::DELETE,
            &format!("/v1/tenants/acme/users/{}", taker["id"].as_str().unwrap()),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let page = confirm(&mut Browser::new(), &link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(email_of(&server, &user_id).await, (NEW.to_owned(), true));
}

#[tokio::test]
async fn hosted_email_change_links_expire_are_superseded_and_stay_in_their_tenant() {
    let (server, user_id) = setup().await;
    server.create_tenant("globex").await;
    let mut browser = signed_in(&server, "acme", OLD).await;

    assert_eq!(ask(&server, &mut browser, NEW, PASSWORD).await.status, 303);
    let first = link_to(&server, NEW, 1).await;
    // A token of acme's means nothing at globex's landing.
    let at_globex = first.replace("/t/acme/", "/t/globex/");
    let page = confirm(&mut Browser::new(), &at_globex).await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(page.body.contains("id=\"token-error\""));
    assert_eq!(email_of(&server, &user_id).await, (OLD.to_owned(), false));

    // Asking again replaces the pending change: the first link dies.
    assert_eq!(ask(&server, &mut browser, NEW, PASSWORD).await.status, 303);
    let second = link_to(&server, NEW, 2).await;
    assert_ne!(first, second);
    let page = confirm(&mut Browser::new(), &first).await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert_eq!(email_of(&server, &user_id).await, (OLD.to_owned(), false));

    // After an hour the second one has expired too.
    server.clock.advance(60 * 60 + 1);
    let page = confirm(&mut Browser::new(), &second).await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert_eq!(email_of(&server, &user_id).await, (OLD.to_owned(), false));
    let reasons: Vec<String> = server
        .audit_events("acme", "email_change.failed")
        .await
        .iter()
        .map(|e| {
            e["details"]["reason"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert!(reasons.contains(&"expired".to_owned()), "{reasons:?}");
    assert!(
        reasons.contains(&"used_or_superseded".to_owned()),
        "{reasons:?}"
    );
}

#[tokio::test]
async fn hosted_email_change_needs_the_account_form_token_and_limits_its_mail() {
    let (server, user_id) = setup().await;
    let mut browser = signed_in(&server, "acme", OLD).await;
    // Another site's form, with the victim's cookies but no token: nothing sent.
    let page = browser
        .post(
            &server.url("/t/acme/account/email"),
            &[
                ("csrf_token", "forged"),
                ("new_email", NEW),
                ("current_password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(outbox(&server, "acme", NEW).await.is_empty());
    // Without a session there is no form at all.
    let page = Browser::new()
        .post(
            &server.url("/t/acme/account/email"),
            &[
                ("csrf_token", "x"),
                ("new_email", NEW),
                ("current_password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, 303);

    // The per-address mail limit (10 per 15 minutes) caps the requests too.
    for _ in 0..10 {
        assert_eq!(ask(&server, &mut browser, NEW, PASSWORD).await.status, 303);
    }
    let page = ask(&server, &mut browser, NEW, PASSWORD).await;
    assert_eq!(page.status, 429, "{}", page.body);
    wait_for_mail(&server, OLD, 10).await;
    assert_eq!(outbox(&server, "acme", NEW).await.len(), 10);
    assert_eq!(email_of(&server, &user_id).await, (OLD.to_owned(), false));
}
