//! Real WebAuthn ceremonies between `tessera_core::webauthn::RelyingParty` and a software
//! passkey (webauthn-authenticator-rs's `SoftPasskey`, a CTAP2 authenticator in memory that
//! builds and signs genuine attestation and assertion objects). Nothing under test is mocked.

use tessera_core::webauthn::{
    AttestationCaList, AttestationPreference, AuthenticationState, Conveyance, DiscoverableState,
    Error, PublicKeyCredential, RegistrationState, RelyingParty, RelyingPartyConfig,
    StoredCredential, Uuid, WebauthnUser,
};
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_authenticator_rs::prelude::Url;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;

const NOW: i64 = 1_767_225_600;
const ORIGIN: &str = "https://app.example.com";

fn rp(rp_id: &str) -> RelyingParty {
    let mut config = RelyingPartyConfig::new(rp_id, [ORIGIN]);
    config.rp_name = "Acme".into();
    RelyingParty::new(config).unwrap()
}

fn user() -> WebauthnUser {
    WebauthnUser {
        id: Uuid::new_v4(),
        name: "claire@example.com".into(),
        display_name: "Claire".into(),
    }
}

fn origin() -> Url {
    Url::parse(ORIGIN).unwrap()
}

/// Registers one passkey, passing the state through JSON as a database would.
fn register(rp: &RelyingParty, authenticator: &mut SoftPasskey) -> StoredCredential {
    let (challenge, state) = rp.start_registration(&user(), &[], NOW).unwrap();
    let stored_state = state.to_json().unwrap();
    let response = authenticator.do_registration(origin(), challenge).unwrap();
    let state = RegistrationState::from_json(&stored_state).unwrap();
    rp.finish_registration(&response, &state, NOW + 5).unwrap()
}

#[test]
fn register_then_sign_in_across_replicas() {
    let mut passkey = SoftPasskey::new(true);
    // Two replicas built from the same tenant settings.
    let (replica_a, replica_b) = (rp("example.com"), rp("example.com"));

    // Registration started on A, finished on B.
    let (challenge, state) = replica_a.start_registration(&user(), &[], NOW).unwrap();
    let json = state.to_json().unwrap();
    let response = passkey.do_registration(origin(), challenge).unwrap();
    let credential = replica_b
        .finish_registration(
            &response,
            &RegistrationState::from_json(&json).unwrap(),
            NOW + 10,
        )
        .unwrap();
    let mut credential = StoredCredential::from_json(&credential.to_json().unwrap()).unwrap();

    // Sign-in started on B, finished on A.
    let (challenge, state) = replica_b
        .start_authentication(std::slice::from_ref(&credential), NOW + 60)
        .unwrap();
    let json = state.to_json().unwrap();
    let assertion = passkey.do_authentication(origin(), challenge).unwrap();
    let outcome = replica_a
        .finish_authentication(
            &assertion,
            &AuthenticationState::from_json(&json).unwrap(),
            NOW + 61,
        )
        .unwrap();
    assert_eq!(outcome.credential_id(), credential.credential_id());
    assert!(outcome.user_verified());
    // The counter moved: the stored credential takes the new value.
    assert!(outcome.counter() > 0);
    assert!(outcome.needs_update());
    assert!(credential.update(&outcome));
}

#[test]
fn a_second_registration_excludes_existing_credentials() {
    let mut passkey = SoftPasskey::new(true);
    let rp = rp("example.com");
    let first = register(&rp, &mut passkey);
    let (challenge, _) = rp
        .start_registration(&user(), std::slice::from_ref(&first), NOW)
        .unwrap();
    let excluded = challenge.public_key.exclude_credentials.unwrap_or_default();
    assert_eq!(excluded.len(), 1);
    assert_eq!(excluded[0].id.as_slice(), first.credential_id());
}

#[test]
fn another_tenants_state_or_an_expired_one_is_refused() {
    let mut passkey = SoftPasskey::new(true);
    let (acme, other) = (rp("example.com"), rp("app.example.com"));
    let (challenge, state) = acme.start_registration(&user(), &[], NOW).unwrap();
    let response = passkey.do_registration(origin(), challenge).unwrap();

    let mismatch = other
        .finish_registration(&response, &state, NOW)
        .unwrap_err();
    assert!(
        matches!(mismatch, Error::StateMismatch { .. }),
        "{mismatch}"
    );
    assert_eq!(mismatch.code(), "webauthn_state_mismatch");

    let late = acme
        .finish_registration(&response, &state, state.expires_at() + 1)
        .unwrap_err();
    assert!(matches!(late, Error::CeremonyExpired { .. }), "{late}");
    // Within the timeout the same response is accepted: the refusals above were the checks.
    acme.finish_registration(&response, &state, NOW + 299)
        .unwrap();
}

#[test]
fn a_response_to_another_challenge_fails() {
    let mut passkey = SoftPasskey::new(true);
    let rp = rp("example.com");
    let credential = register(&rp, &mut passkey);
    let (first, _first_state) = rp
        .start_authentication(std::slice::from_ref(&credential), NOW)
        .unwrap();
    let (_second, second_state) = rp
        .start_authentication(std::slice::from_ref(&credential), NOW)
        .unwrap();
    let assertion = passkey.do_authentication(origin(), first).unwrap();
    let error = rp
        .finish_authentication(&assertion, &second_state, NOW + 1)
        .unwrap_err();
    assert_eq!(error.code(), "webauthn_ceremony_failed", "{error}");
}

#[test]
fn a_foreign_origin_fails() {
    let mut passkey = SoftPasskey::new(true);
    let rp = rp("example.com");
    let (challenge, state) = rp.start_registration(&user(), &[], NOW).unwrap();
    // A page on another subdomain of the RP ID: the browser allows it, the RP does not.
    let response = passkey
        .do_registration(Url::parse("https://evil.example.com").unwrap(), challenge)
        .unwrap();
    let error = rp.finish_registration(&response, &state, NOW).unwrap_err();
    assert_eq!(error.code(), "webauthn_ceremony_failed", "{error}");
}

#[test]
fn bad_settings_are_configuration_errors() {
    let no_origin = RelyingParty::new(RelyingPartyConfig::new("example.com", Vec::<String>::new()));
    assert_eq!(
        no_origin.unwrap_err().code(),
        "webauthn_invalid_configuration"
    );
    // The RP ID must be a suffix of the origin's host.
    let foreign = RelyingParty::new(RelyingPartyConfig::new("other.org", [ORIGIN]));
    assert_eq!(
        foreign.unwrap_err().code(),
        "webauthn_invalid_configuration"
    );
    let mut required = RelyingPartyConfig::new("example.com", [ORIGIN]);
    required.attestation = AttestationPreference::Required {
        trusted: AttestationCaList::default(),
        attachment: None,
    };
    assert_eq!(
        RelyingParty::new(required).unwrap_err().code(),
        "webauthn_invalid_configuration"
    );
    let bad_state = RegistrationState::from_json("{}").unwrap_err();
    assert_eq!(bad_state.code(), "webauthn_invalid_state");
}

#[test]
fn username_less_sign_in_names_its_user_and_credential() {
    let mut passkey = SoftPasskey::new(true);
    let rp = rp("example.com");
    let person = user();
    let (challenge, state) = rp.start_registration(&person, &[], NOW).unwrap();
    let response = passkey.do_registration(origin(), challenge).unwrap();
    let credential = rp.finish_registration(&response, &state, NOW).unwrap();

    let (challenge, state) = rp.start_discoverable_authentication(NOW).unwrap();
    let state = DiscoverableState::from_json(&state.to_json().unwrap()).unwrap();
    assert!(challenge.public_key.allow_credentials.is_empty());
    // SoftPasskey keeps no discoverable credentials: play the browser's part, which picks the
    // credential and reports the user handle it stores (neither is signed).
    let mut options = serde_json::to_value(&challenge).unwrap();
    options["publicKey"]["allowCredentials"] = serde_json::json!([{
        "type": "public-key",
        "id": serde_json::to_value(&response).unwrap()["rawId"],
    }]);
    let assertion = passkey
        .do_authentication(origin(), serde_json::from_value(options).unwrap())
        .unwrap();
    let mut assertion = serde_json::to_value(assertion).unwrap();
    assertion["response"]["userHandle"] = serde_json::json!(base64url(person.id.as_bytes()));
    let assertion: PublicKeyCredential = serde_json::from_value(assertion).unwrap();

    let (user_id, credential_id) = rp.identify_discoverable(&assertion).unwrap();
    assert_eq!(user_id, person.id);
    assert_eq!(credential_id, credential.credential_id());
    let outcome = rp
        .finish_discoverable_authentication(&assertion, &state, &credential, NOW + 1)
        .unwrap();
    assert!(outcome.user_verified());
    let late = rp
        .finish_discoverable_authentication(&assertion, &state, &credential, state.expires_at() + 1)
        .unwrap_err();
    assert_eq!(late.code(), "webauthn_ceremony_expired");
}

#[test]
fn attestation_formats_outside_the_allowed_list_are_refused() {
    let mut passkey = SoftPasskey::new(true);
    let mut config = RelyingPartyConfig::new("example.com", [ORIGIN]);
    config.conveyance = Conveyance::Direct;
    config.allowed_formats = vec!["tpm".into()];
    let strict = RelyingParty::new(config).unwrap();
    let (challenge, state) = strict.start_registration(&user(), &[], NOW).unwrap();
    let options = serde_json::to_value(&challenge).unwrap();
    assert_eq!(options["publicKey"]["attestation"], "direct");
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["residentKey"],
        "preferred"
    );
    let response = passkey.do_registration(origin(), challenge).unwrap();
    let error = strict
        .finish_registration(&response, &state, NOW)
        .unwrap_err();
    assert_eq!(error.code(), "webauthn_format_not_allowed", "{error}");

    // The same authenticator's statement (packed) passes where packed is allowed.
    let mut config = RelyingPartyConfig::new("example.com", [ORIGIN]);
    config.allowed_formats = vec!["packed".into()];
    let lenient = RelyingParty::new(config).unwrap();
    let (challenge, state) = lenient.start_registration(&user(), &[], NOW).unwrap();
    let response = passkey.do_registration(origin(), challenge).unwrap();
    let credential = lenient.finish_registration(&response, &state, NOW).unwrap();
    let info = credential.info();
    assert_eq!(info.attestation_format, "packed");
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}
