//! Wycheproof ECDSA (P-256/SHA-256 and P-384/SHA-384 in the JWS `r || s` form) and Ed25519
//! vectors, run through `Jwk::verify_signature`: every "valid" case must verify and every
//! "invalid" one must be refused. "Acceptable" cases may go either way.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use tessera_core::{Algorithm, Jwk};
use wycheproof::TestResult;

fn check(name: &str, outcomes: Vec<(usize, TestResult, bool)>) {
    let mut failures = Vec::new();
    let mut counted = 0;
    for (tc_id, result, accepted) in outcomes {
        counted += 1;
        match (result, accepted) {
            (TestResult::Valid, false) => failures.push(format!("#{tc_id} valid but refused")),
            (TestResult::Invalid, true) => failures.push(format!("#{tc_id} invalid but accepted")),
            _ => {}
        }
    }
    assert!(counted > 100, "{name}: only {counted} tests ran");
    assert!(failures.is_empty(), "{name}: {}", failures.join(", "));
}

fn ecdsa(name: wycheproof::ecdsa::TestName, crv: &str, alg: Algorithm, coordinate: usize) {
    let set = wycheproof::ecdsa::TestSet::load(name).unwrap();
    let mut outcomes = Vec::new();
    for group in &set.test_groups {
        let point: &[u8] = group.key.key.as_ref();
        assert_eq!(point.len(), 1 + 2 * coordinate);
        let jwk = Jwk::from_json(&format!(
            r#"{{"kty":"EC","crv":"{crv}","x":"{}","y":"{}"}}"#,
            URL_SAFE_NO_PAD.encode(&point[1..=coordinate]),
            URL_SAFE_NO_PAD.encode(&point[1 + coordinate..])
        ));
        for test in &group.tests {
            let accepted = jwk
                .as_ref()
                .is_ok_and(|k| k.verify_signature(alg, &test.msg, &test.sig).is_ok());
            outcomes.push((test.tc_id, test.result, accepted));
        }
    }
    check(&format!("{name:?}"), outcomes);
}

#[test]
fn wycheproof_ecdsa_p256_p1363() {
    ecdsa(
        wycheproof::ecdsa::TestName::EcdsaSecp256r1Sha256P1363,
        "P-256",
        Algorithm::ES256,
        32,
    );
}

#[test]
fn wycheproof_ecdsa_p384_p1363() {
    ecdsa(
        wycheproof::ecdsa::TestName::EcdsaSecp384r1Sha384P1363,
        "P-384",
        Algorithm::ES384,
        48,
    );
}

#[test]
fn wycheproof_ed25519() {
    let set = wycheproof::eddsa::TestSet::load(wycheproof::eddsa::TestName::Ed25519).unwrap();
    let mut outcomes = Vec::new();
    for group in &set.test_groups {
        let jwk = Jwk::from_json(&format!(
            r#"{{"kty":"OKP","crv":"Ed25519","x":"{}"}}"#,
            URL_SAFE_NO_PAD.encode(group.key.pk.as_ref() as &[u8])
        ));
        for test in &group.tests {
            let accepted = jwk.as_ref().is_ok_and(|k| {
                k.verify_signature(Algorithm::EdDSA, &test.msg, &test.sig)
                    .is_ok()
            });
            outcomes.push((test.tc_id, test.result, accepted));
        }
    }
    check("Ed25519", outcomes);
}
