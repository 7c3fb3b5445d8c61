//! Passkeys end to end over HTTP: the server's real WebAuthn ceremonies answered by a software
//! passkey (webauthn-authenticator-rs's `SoftPasskey`, a CTAP2 authenticator in memory that
//! builds and signs genuine attestation and assertion objects). Registration, listing,
//! renaming, first-factor and username-less sign-in, the passkey step of an MFA challenge,
//! deletion, replayed and expired ceremonies, a ceremony finished by another replica, tenant
//! isolation and the settings API.

use reqwest::Method;
use serde_json::{Value, json};
use tessera_core::webauthn::{CreationChallengeResponse, RequestChallengeResponse};
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_authenticator_rs::prelude::Url;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;

use crate::support::{TestServer, expect_problem, settings};

const PASSWORD: &str = "correct horse battery staple";
const EMAIL: &str = "jane@example.com";
/// Pages are served as `http://localhost:PORT` (an IP address is no valid RP ID).
pub(crate) const ORIGIN: &str = "http://localhost:8443";

/// A tenant whose relying party is `localhost`, with one user signed in by password.
async fn setup(server: &TestServer, slug: &str) -> String {
    server.create_tenant(slug).await;
    let response = server
        .admin(
            Method::PUT,
            &format!("/v1/tenants/{slug}/webauthn-settings"),
        )
        .json(&json!({ "rp_id": "localhost", "origins": [ORIGIN] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    server.create_user(slug, EMAIL, PASSWORD).await;
    access_token(server, slug).await
}

async fn access_token(server: &TestServer, slug: &str) -> String {
    let response = server.login(slug, EMAIL, PASSWORD).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("expected tokens, got {body}"))
        .to_owned()
}

async fn post(
    server: &TestServer,
    path: &str,
    token: Option<&str>,
    body: Value,
) -> reqwest::Response {
    let mut request = server.http.post(server.url(path)).json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

async fn ok_json(response: reqwest::Response, status: u16) -> Value {
    let got = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(got, status, "body: {body}");
    body
}

pub(crate) fn origin() -> Url {
    Url::parse(ORIGIN).unwrap()
}

/// Registration options from the server, answered by the authenticator: (ceremony id, the
/// credential as JSON, the user handle the options carry).
async fn registration(
    server: &TestServer,
    slug: &str,
    token: &str,
    authenticator: &mut SoftPasskey,
) -> (String, Value, String) {
    let ceremony = ok_json(
        post(
            server,
            &format!("/t/{slug}/me/passkeys/options"),
            Some(token),
            json!({}),
        )
        .await,
        200,
    )
    .await;
    let options = &ceremony["options"];
    assert_eq!(options["publicKey"]["rp"]["id"], "localhost");
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["residentKey"], "preferred",
        "a passkey is a discoverable credential: {options}"
    );
    let handle = options["publicKey"]["user"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let challenge: CreationChallengeResponse = serde_json::from_value(options.clone()).unwrap();
    let credential = authenticator.do_registration(origin(), challenge).unwrap();
    (
        ceremony["ceremony_id"].as_str().unwrap().to_owned(),
        serde_json::to_value(credential).unwrap(),
        handle,
    )
}

/// Registers a passkey and returns it as the API shows it, and the user handle.
pub(crate) async fn register(
    server: &TestServer,
    slug: &str,
    token: &str,
    authenticator: &mut SoftPasskey,
    name: &str,
) -> (Value, String) {
    let (ceremony_id, credential, handle) = registration(server, slug, token, authenticator).await;
    let passkey = ok_json(
        post(
            server,
            &format!("/t/{slug}/me/passkeys"),
            Some(token),
            json!({ "ceremony_id": ceremony_id, "credential": credential, "name": name }),
        )
        .await,
        201,
    )
    .await;
    (passkey, handle)
}

/// Answers sign-in options with the authenticator. Username-less options name no credential
/// and the `SoftPasskey` keeps none, so the test plays the browser's part: it picks the
/// credential (`allowCredentials`) and reports the user handle a discoverable credential
/// stores. Neither is covered by the signature; the server must look both up itself.
fn assert_with(
    authenticator: &mut SoftPasskey,
    options: &Value,
    discoverable: Option<(&str, &str)>,
) -> Value {
    let mut options = options.clone();
    if let Some((credential_id, _)) = discoverable {
        options["publicKey"]["allowCredentials"] =
            json!([{ "type": "public-key", "id": credential_id }]);
    }
    let challenge: RequestChallengeResponse = serde_json::from_value(options).unwrap();
    let assertion = authenticator
        .do_authentication(origin(), challenge)
        .unwrap();
    let mut assertion = serde_json::to_value(assertion).unwrap();
    if let Some((_, handle)) = discoverable {
        assertion["response"]["userHandle"] = json!(handle);
    }
    assertion
}

async fn sign_in_options(server: &TestServer, slug: &str, body: Value) -> (String, Value) {
    let ceremony = ok_json(
        post(
            server,
            &format!("/t/{slug}/auth/passkeys/options"),
            None,
            body,
        )
        .await,
        200,
    )
    .await;
    (
        ceremony["ceremony_id"].as_str().unwrap().to_owned(),
        ceremony["options"].clone(),
    )
}

async fn verify_sign_in(
    server: &TestServer,
    slug: &str,
    ceremony_id: &str,
    credential: &Value,
) -> reqwest::Response {
    post(
        server,
        &format!("/t/{slug}/auth/passkeys/verify"),
        None,
        json!({ "ceremony_id": ceremony_id, "credential": credential }),
    )
    .await
}

#[tokio::test]
async fn register_list_rename_sign_in_and_delete() {
    let server = TestServer::start().await;
    let token = setup(&server, "acme").await;
    let mut authenticator = SoftPasskey::new(true);

    let (passkey, handle) = register(&server, "acme", &token, &mut authenticator, "Laptop").await;
    assert_eq!(passkey["name"], "Laptop");
    assert_eq!(
        passkey["attestation_format"], "packed",
        "SoftPasskey sends a packed statement"
    );
    assert!(passkey.get("last_used_at").is_none(), "{passkey}");
    let id = passkey["id"].as_str().unwrap().to_owned();
    let credential_id = passkey["credential_id"].as_str().unwrap().to_owned();

    // Listed for the user and for the admin.
    let mine = server
        .http
        .get(server.url("/t/acme/me/passkeys"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let mine = ok_json(mine, 200).await;
    assert_eq!(mine["data"].as_array().unwrap().len(), 1);
    let user_id = mine["data"][0]["user_id"].as_str().unwrap().to_owned();
    let admin = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/acme/users/{user_id}/passkeys"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(ok_json(admin, 200).await["data"][0]["id"], id.as_str());

    // Renamed; a blank name is refused and changes nothing.
    let renamed = server
        .http
        .patch(server.url(&format!("/t/acme/me/passkeys/{id}")))
        .bearer_auth(&token)
        .json(&json!({ "name": "  Work laptop " }))
        .send()
        .await
        .unwrap();
    assert_eq!(ok_json(renamed, 200).await["name"], "Work laptop");
    let blank = server
        .http
        .patch(server.url(&format!("/t/acme/me/passkeys/{id}")))
        .bearer_auth(&token)
        .json(&json!({ "name": " " }))
        .send()
        .await
        .unwrap();
    expect_problem(blank, 422, "validation_failed").await;

    // First factor for a named account: the options list its passkey.
    let (ceremony_id, options) = sign_in_options(&server, "acme", json!({ "email": EMAIL })).await;
    assert_eq!(
        options["publicKey"]["allowCredentials"][0]["id"],
        credential_id.as_str(),
        "{options}"
    );
    let assertion = assert_with(&mut authenticator, &options, None);
    let tokens = ok_json(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        200,
    )
    .await;
    let me = server
        .http
        .get(server.url("/t/acme/me"))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(ok_json(me, 200).await["email"], EMAIL);
    assert!(
        tokens["refresh_token"]
            .as_str()
            .unwrap()
            .starts_with("tsr_")
    );

    // Username-less: no email, no credential list, autofill mediation.
    let (ceremony_id, options) = sign_in_options(&server, "acme", json!({})).await;
    assert_eq!(options["mediation"], "conditional", "{options}");
    assert!(
        options["publicKey"]["allowCredentials"]
            .as_array()
            .is_none_or(Vec::is_empty),
        "{options}"
    );
    let assertion = assert_with(
        &mut authenticator,
        &options,
        Some((&credential_id, &handle)),
    );
    let tokens = ok_json(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        200,
    )
    .await;
    assert!(tokens["access_token"].is_string());
    let used = server
        .http
        .get(server.url("/t/acme/me/passkeys"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert!(ok_json(used, 200).await["data"][0]["last_used_at"].is_string());

    // Deleted: the next sign-in with it is refused, named or username-less.
    let deleted = server
        .http
        .delete(server.url(&format!("/t/acme/me/passkeys/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let again = server
        .http
        .delete(server.url(&format!("/t/acme/me/passkeys/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    expect_problem(again, 404, "not_found").await;
    let (ceremony_id, options) = sign_in_options(&server, "acme", json!({})).await;
    let assertion = assert_with(
        &mut authenticator,
        &options,
        Some((&credential_id, &handle)),
    );
    expect_problem(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        401,
        "invalid_token",
    )
    .await;

    // Every step is in the audit log.
    assert_eq!(
        server
            .audit_events("acme", "passkey.registered")
            .await
            .len(),
        1
    );
    assert_eq!(
        server.audit_events("acme", "passkey.renamed").await.len(),
        1
    );
    assert_eq!(server.audit_events("acme", "passkey.used").await.len(), 2);
    assert_eq!(
        server.audit_events("acme", "passkey.deleted").await.len(),
        1
    );
    let failed = server.audit_events("acme", "passkey.sign_in_failed").await;
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["details"]["reason"], "unknown_passkey");
}

#[tokio::test]
async fn replayed_and_expired_ceremonies_are_refused() {
    let server = TestServer::start().await;
    let token = setup(&server, "acme").await;
    let mut authenticator = SoftPasskey::new(true);

    // A registration answer is spent by its first use.
    let (ceremony_id, credential, _) =
        registration(&server, "acme", &token, &mut authenticator).await;
    let body = json!({ "ceremony_id": ceremony_id, "credential": credential });
    ok_json(
        post(&server, "/t/acme/me/passkeys", Some(&token), body.clone()).await,
        201,
    )
    .await;
    expect_problem(
        post(&server, "/t/acme/me/passkeys", Some(&token), body).await,
        401,
        "invalid_token",
    )
    .await;

    // So is a sign-in answer.
    let (ceremony_id, options) = sign_in_options(&server, "acme", json!({ "email": EMAIL })).await;
    let assertion = assert_with(&mut authenticator, &options, None);
    ok_json(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        200,
    )
    .await;
    expect_problem(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        401,
        "invalid_token",
    )
    .await;

    // A ceremony answered after its five minutes is refused.
    let (ceremony_id, options) = sign_in_options(&server, "acme", json!({ "email": EMAIL })).await;
    let assertion = assert_with(&mut authenticator, &options, None);
    server.clock.advance(301);
    expect_problem(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        401,
        "invalid_token",
    )
    .await;

    // An answer to one challenge does not finish another ceremony.
    let (_, first) = sign_in_options(&server, "acme", json!({ "email": EMAIL })).await;
    let (second_id, _) = sign_in_options(&server, "acme", json!({ "email": EMAIL })).await;
    let assertion = assert_with(&mut authenticator, &first, None);
    expect_problem(
        verify_sign_in(&server, "acme", &second_id, &assertion).await,
        401,
        "invalid_token",
    )
    .await;

    // A registration ceremony cannot be finished as a sign-in, nor one of another user.
    let (registration_id, _, _) = registration(&server, "acme", &token, &mut authenticator).await;
    let (_, options) = sign_in_options(&server, "acme", json!({ "email": EMAIL })).await;
    let assertion = assert_with(&mut authenticator, &options, None);
    expect_problem(
        verify_sign_in(&server, "acme", &registration_id, &assertion).await,
        401,
        "invalid_token",
    )
    .await;

    // Malformed answers are 422 and spend nothing.
    let (ceremony_id, _) = sign_in_options(&server, "acme", json!({})).await;
    let malformed = verify_sign_in(&server, "acme", &ceremony_id, &json!({ "id": 1 })).await;
    let problem = expect_problem(malformed, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["pointer"], "/credential");
    let bad_email = post(
        &server,
        "/t/acme/auth/passkeys/options",
        None,
        json!({ "email": "not an email" }),
    )
    .await;
    expect_problem(bad_email, 422, "validation_failed").await;
}

#[tokio::test]
async fn a_passkey_is_the_second_factor_after_a_password() {
    let server = TestServer::start().await;
    let token = setup(&server, "acme").await;
    let mut authenticator = SoftPasskey::new(true);
    register(&server, "acme", &token, &mut authenticator, "Key").await;

    // With a passkey, a correct password asks for it.
    let login = ok_json(server.login("acme", EMAIL, PASSWORD).await, 200).await;
    assert_eq!(login["mfa_required"], true, "{login}");
    assert_eq!(login["factors"], json!(["passkey"]));
    let mfa_token = login["mfa_token"].as_str().unwrap().to_owned();

    let ceremony = ok_json(
        post(
            &server,
            "/t/acme/auth/mfa/passkey/options",
            None,
            json!({ "mfa_token": mfa_token }),
        )
        .await,
        200,
    )
    .await;
    let ceremony_id = ceremony["ceremony_id"].as_str().unwrap();
    let assertion = assert_with(&mut authenticator, &ceremony["options"], None);
    let body =
        json!({ "mfa_token": mfa_token, "ceremony_id": ceremony_id, "credential": assertion });
    let tokens = ok_json(
        post(
            &server,
            "/t/acme/auth/mfa/passkey/verify",
            None,
            body.clone(),
        )
        .await,
        200,
    )
    .await;
    assert!(tokens["access_token"].is_string());

    // The MFA token and the ceremony are spent.
    expect_problem(
        post(&server, "/t/acme/auth/mfa/passkey/verify", None, body).await,
        401,
        "invalid_token",
    )
    .await;
    expect_problem(
        post(
            &server,
            "/t/acme/auth/mfa/passkey/options",
            None,
            json!({ "mfa_token": mfa_token }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;

    // A ceremony started for one MFA token does not complete another.
    let first = ok_json(server.login("acme", EMAIL, PASSWORD).await, 200).await;
    let second = ok_json(server.login("acme", EMAIL, PASSWORD).await, 200).await;
    let ceremony = ok_json(
        post(
            &server,
            "/t/acme/auth/mfa/passkey/options",
            None,
            json!({ "mfa_token": first["mfa_token"] }),
        )
        .await,
        200,
    )
    .await;
    let assertion = assert_with(&mut authenticator, &ceremony["options"], None);
    expect_problem(
        post(
            &server,
            "/t/acme/auth/mfa/passkey/verify",
            None,
            json!({ "mfa_token": second["mfa_token"], "ceremony_id": ceremony["ceremony_id"], "credential": assertion }),
        )
        .await,
        401,
        "invalid_token",
    )
    .await;
}

#[tokio::test]
async fn a_replica_finishes_a_ceremony_another_began() {
    let server = TestServer::start().await;
    let replica = server.start_replica(settings()).await;
    let token = setup(&server, "acme").await;
    let mut authenticator = SoftPasskey::new(true);

    // Registration options from one replica, the answer to the other.
    let (ceremony_id, credential, _) =
        registration(&server, "acme", &token, &mut authenticator).await;
    ok_json(
        post(
            &replica,
            "/t/acme/me/passkeys",
            Some(&token),
            json!({ "ceremony_id": ceremony_id, "credential": credential }),
        )
        .await,
        201,
    )
    .await;

    // Sign-in the other way round; then neither replica accepts the answer again.
    let (ceremony_id, options) = sign_in_options(&replica, "acme", json!({ "email": EMAIL })).await;
    let assertion = assert_with(&mut authenticator, &options, None);
    ok_json(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        200,
    )
    .await;
    for node in [&server, &replica] {
        expect_problem(
            verify_sign_in(node, "acme", &ceremony_id, &assertion).await,
            401,
            "invalid_token",
        )
        .await;
    }
}

#[tokio::test]
async fn passkeys_and_ceremonies_stay_in_their_tenant() {
    let server = TestServer::start().await;
    let token = setup(&server, "acme").await;
    setup(&server, "globex").await;
    let mut authenticator = SoftPasskey::new(true);
    let (passkey, handle) = register(&server, "acme", &token, &mut authenticator, "Key").await;
    let credential_id = passkey["credential_id"].as_str().unwrap();
    let user_id = passkey["user_id"].as_str().unwrap();

    // Same RP ID, same email, but acme's passkey does not sign in to globex.
    let (ceremony_id, options) = sign_in_options(&server, "globex", json!({})).await;
    let assertion = assert_with(&mut authenticator, &options, Some((credential_id, &handle)));
    expect_problem(
        verify_sign_in(&server, "globex", &ceremony_id, &assertion).await,
        401,
        "invalid_token",
    )
    .await;

    // A ceremony begun at acme cannot be finished at globex (and is not spent by trying).
    let (ceremony_id, options) = sign_in_options(&server, "acme", json!({ "email": EMAIL })).await;
    let assertion = assert_with(&mut authenticator, &options, None);
    expect_problem(
        verify_sign_in(&server, "globex", &ceremony_id, &assertion).await,
        401,
        "invalid_token",
    )
    .await;
    ok_json(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        200,
    )
    .await;

    // globex's admin API does not see acme's user or passkeys.
    let listed = server
        .admin(
            Method::GET,
            &format!("/v1/tenants/globex/users/{user_id}/passkeys"),
        )
        .send()
        .await
        .unwrap();
    expect_problem(listed, 404, "not_found").await;
    let globex_token = access_token(&server, "globex").await;
    let mine = server
        .http
        .get(server.url("/t/globex/me/passkeys"))
        .bearer_auth(&globex_token)
        .send()
        .await
        .unwrap();
    assert_eq!(ok_json(mine, 200).await["data"], json!([]));
    let foreign = server
        .http
        .delete(server.url(&format!(
            "/t/globex/me/passkeys/{}",
            passkey["id"].as_str().unwrap()
        )))
        .bearer_auth(&globex_token)
        .send()
        .await
        .unwrap();
    expect_problem(foreign, 404, "not_found").await;

    // The admin deletes it at acme: sign-in refused from then on.
    let deleted = server
        .admin(
            Method::DELETE,
            &format!(
                "/v1/tenants/acme/users/{user_id}/passkeys/{}",
                passkey["id"].as_str().unwrap()
            ),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let (ceremony_id, options) = sign_in_options(&server, "acme", json!({})).await;
    let assertion = assert_with(&mut authenticator, &options, Some((credential_id, &handle)));
    expect_problem(
        verify_sign_in(&server, "acme", &ceremony_id, &assertion).await,
        401,
        "invalid_token",
    )
    .await;
}

#[tokio::test]
async fn settings_have_defaults_and_are_checked() {
    let server = TestServer::start().await;
    server.create_tenant("acme").await;
    let path = "/v1/tenants/acme/webauthn-settings";
    let defaults = ok_json(server.admin(Method::GET, path).send().await.unwrap(), 200).await;
    // The test server's public URL is http://127.0.0.1:PORT.
    assert_eq!(defaults["rp_id"], "127.0.0.1");
    assert_eq!(defaults["origins"], json!([server.base]));
    assert_eq!(defaults["rp_name"], "Tenant acme");
    assert_eq!(defaults["attestation"], "none");
    assert_eq!(defaults["user_verification"], "required");

    for (body, pointer) in [
        (json!({ "rp_id": "Not A Domain" }), "/rp_id"),
        (
            json!({ "rp_id": "localhost", "origins": ["https://app.example.com/path"] }),
            "/origins/0",
        ),
        (
            json!({ "rp_id": "localhost", "origins": ["http://app.example.com"] }),
            "/origins/0",
        ),
        (
            json!({ "allowed_formats": ["packed", "x509"] }),
            "/allowed_formats/1",
        ),
        // An origin outside the RP ID makes no relying party.
        (
            json!({ "rp_id": "example.com", "origins": ["https://example.org"] }),
            "/rp_id",
        ),
    ] {
        let response = server
            .admin(Method::PUT, path)
            .json(&body)
            .send()
            .await
            .unwrap();
        let problem = expect_problem(response, 422, "validation_failed").await;
        assert_eq!(
            problem["errors"][0]["pointer"], pointer,
            "{body}: {problem}"
        );
    }
    let unknown = server
        .admin(Method::PUT, path)
        .json(&json!({ "rp": "x" }))
        .send()
        .await
        .unwrap();
    expect_problem(unknown, 400, "invalid_body").await;
    // Nothing was stored by the refusals.
    assert_eq!(
        ok_json(server.admin(Method::GET, path).send().await.unwrap(), 200).await,
        defaults
    );

    let set = json!({
        "rp_id": "example.com",
        "rp_name": "Acme",
        "origins": ["https://id.example.com", "https://app.example.com"],
        "attestation": "direct",
        "allowed_formats": ["packed", "none"],
    });
    let stored = ok_json(
        server
            .admin(Method::PUT, path)
            .json(&set)
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(stored["origins"], set["origins"]);
    assert_eq!(stored["attestation"], "direct");
    assert_eq!(
        ok_json(server.admin(Method::GET, path).send().await.unwrap(), 200).await,
        stored
    );
    assert_eq!(
        server
            .audit_events("acme", "webauthn.settings_updated")
            .await
            .len(),
        1
    );

    // Registration options carry the attestation conveyance.
    server.create_user("acme", EMAIL, PASSWORD).await;
    let token = access_token(&server, "acme").await;
    let ceremony = ok_json(
        post(
            &server,
            "/t/acme/me/passkeys/options",
            Some(&token),
            json!({}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(ceremony["options"]["publicKey"]["attestation"], "direct");
    assert_eq!(ceremony["options"]["publicKey"]["rp"]["id"], "example.com");

    // A format outside the allowed list is refused at registration.
    ok_json(
        server
            .admin(Method::PUT, path)
            .json(&json!({ "rp_id": "localhost", "origins": [ORIGIN], "allowed_formats": ["tpm"] }))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let mut authenticator = SoftPasskey::new(true);
    let (ceremony_id, credential, _) =
        registration(&server, "acme", &token, &mut authenticator).await;
    let refused = post(
        &server,
        "/t/acme/me/passkeys",
        Some(&token),
        json!({ "ceremony_id": ceremony_id, "credential": credential }),
    )
    .await;
    let problem = expect_problem(refused, 422, "validation_failed").await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("attestation format"),
        "{problem}"
    );
    let mine = server
        .http
        .get(server.url("/t/acme/me/passkeys"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(ok_json(mine, 200).await["data"], json!([]));
}

/// A passkey sign-in (options for the account, then the assertion) with `organization`.
async fn passkey_sign_in(
    server: &TestServer,
    authenticator: &mut SoftPasskey,
    organization: &str,
) -> reqwest::Response {
    let (ceremony_id, options) = sign_in_options(server, "acme", json!({ "email": EMAIL })).await;
    let assertion = assert_with(authenticator, &options, None);
    post(
        server,
        "/t/acme/auth/passkeys/verify",
        None,
        json!({ "ceremony_id": ceremony_id, "credential": assertion, "organization": organization }),
    )
    .await
}

#[tokio::test]
async fn passkey_sign_ins_open_into_an_organization() {
    let server = TestServer::start().await;
    let token = setup(&server, "acme").await;
    let mut authenticator = SoftPasskey::new(true);
    register(&server, "acme", &token, &mut authenticator, "Key").await;
    let me: Value = server
        .http
        .get(server.url("/t/acme/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let user_id = me["id"].as_str().unwrap();
    for (slug, member) in [("mfa-only", true), ("strangers", false)] {
        let response = server
            .admin(Method::POST, "/v1/tenants/acme/organizations")
            .json(&json!({ "slug": slug, "name": slug, "policies": { "mfa_required": true } }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        if member {
            crate::organizations::add_member(&server, "acme", slug, user_id, "member").await;
        }
    }
    let issuer = server.url("/t/acme");
    let jwks = server.jwks("acme").await;
    let org_slug = |tokens: &Value| {
        let claims = crate::support::verify(
            tokens["access_token"].as_str().unwrap(),
            &jwks,
            &issuer,
            &issuer,
        )
        .unwrap();
        claims["org_slug"].clone()
    };
    // A passkey alone meets `mfa_required`; the session opens into the organization.
    let tokens = ok_json(
        passkey_sign_in(&server, &mut authenticator, "mfa-only").await,
        200,
    )
    .await;
    assert_eq!(org_slug(&tokens), "mfa-only");
    // Unknown: 422 before the assertion is looked at; not a member: 403.
    let problem = expect_problem(
        passkey_sign_in(&server, &mut authenticator, "nope").await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/organization");
    expect_problem(
        passkey_sign_in(&server, &mut authenticator, "strangers").await,
        403,
        "permission_denied",
    )
    .await;

    // A password completed with the passkey: the challenge remembers the organization.
    let login = ok_json(
        post(
            &server,
            "/t/acme/auth/login",
            None,
            json!({ "email": EMAIL, "password": PASSWORD, "organization": "mfa-only" }),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(login["mfa_required"], true, "{login}");
    let mfa_token = login["mfa_token"].as_str().unwrap().to_owned();
    let ceremony = ok_json(
        post(
            &server,
            "/t/acme/auth/mfa/passkey/options",
            None,
            json!({ "mfa_token": mfa_token }),
        )
        .await,
        200,
    )
    .await;
    let assertion = assert_with(&mut authenticator, &ceremony["options"], None);
    let tokens = ok_json(
        post(
            &server,
            "/t/acme/auth/mfa/passkey/verify",
            None,
            json!({ "mfa_token": mfa_token, "ceremony_id": ceremony["ceremony_id"], "credential": assertion }),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(org_slug(&tokens), "mfa-only");
}
