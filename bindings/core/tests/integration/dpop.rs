//! DPoP through the public API: the replay cache across calls and threads, and the
//! resource-server flow of an access token bound to a proof's key.

use std::sync::Arc;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use tessera_core::{
    Claims, DpopOptions, DpopRequest, DpopVerifier, ErrorKind, MemoryReplayCache, ReplayCache,
    access_token_hash,
};

const NOW: i64 = 1_767_225_600;

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

struct Client {
    pair: EcdsaKeyPair,
    jwk: Value,
}

impl Client {
    fn new() -> Self {
        let pair = EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING).unwrap();
        let p = pair.public_key().as_ref().to_vec();
        let jwk = json!({"kty": "EC", "crv": "P-256", "x": b64(&p[1..33]), "y": b64(&p[33..])});
        Client { pair, jwk }
    }

    fn proof(&self, jti: &str, htm: &str, htu: &str, iat: i64, ath: Option<&str>) -> String {
        let header = json!({"typ": "dpop+jwt", "alg": "ES256", "jwk": self.jwk});
        let mut claims = json!({"jti": jti, "htm": htm, "htu": htu, "iat": iat});
        if let Some(ath) = ath {
            claims["ath"] = json!(ath);
        }
        let input = format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let sig = self
            .pair
            .sign(&SystemRandom::new(), input.as_bytes())
            .unwrap();
        format!("{input}.{}", b64(sig.as_ref()))
    }
}

#[test]
fn replay_is_detected_across_threads() {
    let verifier = Arc::new(DpopVerifier::new(DpopOptions::default()).unwrap());
    let client = Arc::new(Client::new());
    let proof = client.proof("once", "POST", "https://as.example/token", NOW, None);
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let (verifier, proof) = (verifier.clone(), proof.clone());
            std::thread::spawn(move || {
                let request = DpopRequest::new("POST", "https://as.example/token");
                verifier.verify(&proof, &request, NOW).map_err(|e| e.kind())
            })
        })
        .collect();
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
    assert!(
        results
            .iter()
            .filter_map(|r| r.as_ref().err())
            .all(|k| *k == ErrorKind::DpopReplayed)
    );
}

#[test]
fn a_failed_proof_does_not_consume_its_jti() {
    let verifier = DpopVerifier::new(DpopOptions::default()).unwrap();
    let client = Client::new();
    let proof = client.proof("j1", "POST", "https://as.example/token", NOW, None);
    let wrong = DpopRequest::new("GET", "https://as.example/token");
    assert_eq!(
        verifier.verify(&proof, &wrong, NOW).unwrap_err().kind(),
        ErrorKind::DpopHtmMismatch
    );
    let right = DpopRequest::new("POST", "https://as.example/token");
    assert!(verifier.verify(&proof, &right, NOW).is_ok());
}

#[test]
fn replay_memory_is_bounded_and_entries_expire() {
    let replay = Arc::new(MemoryReplayCache::new(16));
    let shared: Arc<dyn ReplayCache> = replay.clone();
    let verifier = DpopVerifier::with_replay_cache(DpopOptions::default(), shared).unwrap();
    let client = Client::new();
    let request = DpopRequest::new("POST", "https://as.example/token");
    for i in 0..100 {
        let proof = client.proof(
            &format!("j{i}"),
            "POST",
            "https://as.example/token",
            NOW,
            None,
        );
        verifier.verify(&proof, &request, NOW).unwrap();
    }
    assert_eq!(replay.len(), 16);
    assert_eq!(replay.evictions(), 84);
    // Once the window has passed, everything expires on the next insert.
    let later = NOW + 120;
    let proof = client.proof("late", "POST", "https://as.example/token", later, None);
    verifier.verify(&proof, &request, later).unwrap();
    assert_eq!(replay.len(), 1);
}

#[test]
fn bound_access_token_flow() {
    let verifier = DpopVerifier::new(DpopOptions::default()).unwrap();
    let client = Client::new();
    let token = "an.access.token";
    let ath = access_token_hash(token);
    let url = "https://api.example/orders?page=2";
    let proof = client.proof("r1", "GET", "https://api.example/orders", NOW, Some(&ath));
    let request = DpopRequest::new("GET", url).with_access_token(token);

    // First learn the client's thumbprint as the AS would (token endpoint, no ath).
    let at_as = client.proof("t1", "POST", "https://as.example/token", NOW, None);
    let jkt = verifier
        .verify(
            &at_as,
            &DpopRequest::new("POST", "https://as.example/token"),
            NOW,
        )
        .unwrap()
        .thumbprint()
        .to_owned();

    let claims = Claims::from_json(&json!({"cnf": {"jkt": jkt}}).to_string()).unwrap();
    let verified = verifier
        .verify_for_token(&proof, &request, &claims, NOW)
        .unwrap();
    assert_eq!(verified.htm, "GET");

    // verify_for_token needs the token for ath.
    let no_token = DpopRequest::new("GET", url);
    assert_eq!(
        verifier
            .verify_for_token(&proof, &no_token, &claims, NOW)
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidConfiguration
    );
}

#[test]
fn options_are_bounded() {
    for options in [
        DpopOptions {
            algorithms: vec![],
            ..DpopOptions::default()
        },
        DpopOptions {
            max_age_secs: 0,
            ..DpopOptions::default()
        },
        DpopOptions {
            max_age_secs: 3601,
            ..DpopOptions::default()
        },
        DpopOptions {
            leeway_secs: 301,
            ..DpopOptions::default()
        },
    ] {
        assert_eq!(
            DpopVerifier::new(options).unwrap_err().kind(),
            ErrorKind::InvalidConfiguration
        );
    }
}
