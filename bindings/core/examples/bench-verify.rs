//! Verifications per second of RFC 9068 access tokens, tessera-core beside the `jsonwebtoken`
//! crate (the Rust incumbent, on the same aws-lc-rs backend), plus DPoP proofs.
//! Run through `cargo xtask bench core`, which builds this in release mode and pins it to one
//! CPU; `cargo run --release -p tessera-core --example bench-verify -- [--seconds N]` works too.
//!
//! Both libraries get the same token and the same checks a resource server makes on every
//! request: signature, `iss`, `aud`, `exp`/`nbf`, and for tessera-core also `typ: at+jwt`
//! (jsonwebtoken does not check `typ`), from a parsed key set. The whole call is counted,
//! clock read included. Subjects alternate in short rounds and the median round is reported,
//! so a burst of load elsewhere on the machine hits both sides alike.
//!
//! `--calls N` replaces the timed rounds with exactly N calls of each subject, each batch
//! inside [`counted_calls`], for `valgrind --tool=callgrind --toggle-collect=*counted_calls*`:
//! instructions per verification, which (unlike a rate) repeat exactly on a busy machine.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair, RSA_PKCS1_SHA256,
    RsaKeyPair,
};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use tessera_core::{
    Algorithm, DpopOptions, DpopRequest, DpopVerifier, JwkSet, JwtVerifier, VerifyOptions, clock,
};

const ISSUER: &str = "https://id.tessera.example/t/acme";
const AUDIENCE: &str = "https://api.example.com";
const ROUNDS: usize = 7;

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A signing key with its public JWK.
enum Key {
    Es256(EcdsaKeyPair),
    Rs256(RsaKeyPair),
    EdDsa(Ed25519KeyPair),
}

impl Key {
    fn generate(alg: &str) -> Key {
        match alg {
            "ES256" => {
                Key::Es256(EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING).unwrap())
            }
            "RS256" => Key::Rs256(RsaKeyPair::generate(KeySize::Rsa2048).unwrap()),
            "EdDSA" => Key::EdDsa(Ed25519KeyPair::generate().unwrap()),
            other => panic!("no key for {other}"),
        }
    }

    fn jwk(&self, kid: &str) -> Value {
        match self {
            Key::Es256(k) => {
                let p = k.public_key().as_ref();
                json!({"kty": "EC", "crv": "P-256", "kid": kid, "use": "sig", "alg": "ES256",
                       "x": b64(&p[1..33]), "y": b64(&p[33..])})
            }
            Key::Rs256(k) => {
                let p = k.public_key();
                json!({"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256",
                       "n": b64(p.modulus().big_endian_without_leading_zero()),
                       "e": b64(p.exponent().big_endian_without_leading_zero())})
            }
            Key::EdDsa(k) => {
                json!({"kty": "OKP", "crv": "Ed25519", "kid": kid, "use": "sig", "alg": "EdDSA",
                       "x": b64(k.public_key().as_ref())})
            }
        }
    }

    fn sign(&self, header: &Value, claims: &Value) -> String {
        let input = format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let rng = SystemRandom::new();
        let sig = match self {
            Key::Es256(k) => k.sign(&rng, input.as_bytes()).unwrap().as_ref().to_vec(),
            Key::Rs256(k) => {
                let mut sig = vec![0; k.public_modulus_len()];
                k.sign(&RSA_PKCS1_SHA256, &rng, input.as_bytes(), &mut sig)
                    .unwrap();
                sig
            }
            Key::EdDsa(k) => k.sign(input.as_bytes()).as_ref().to_vec(),
        };
        format!("{input}.{}", b64(&sig))
    }
}

/// Ops/s of `op` in each of `ROUNDS` rounds of `round` each, interleaved between subjects.
fn measure(subjects: &mut [(&str, &mut dyn FnMut() -> bool)], round: Duration) -> Vec<f64> {
    let mut rates = vec![Vec::new(); subjects.len()];
    // Warm-up: caches, branch predictors, CPU frequency.
    for (_, op) in subjects.iter_mut() {
        let until = Instant::now() + round / 2;
        while Instant::now() < until {
            assert!(op());
        }
    }
    for _ in 0..ROUNDS {
        for (i, (name, op)) in subjects.iter_mut().enumerate() {
            let started = Instant::now();
            let mut n = 0u64;
            while started.elapsed() < round {
                for _ in 0..64 {
                    if !op() {
                        panic!("{name}: a verification failed");
                    }
                }
                n += 64;
            }
            rates[i].push(n as f64 / started.elapsed().as_secs_f64());
        }
    }
    rates
        .into_iter()
        .map(|mut r| {
            r.sort_by(f64::total_cmp);
            r[r.len() / 2]
        })
        .collect()
}

/// Runs `op` `calls` times; callgrind counts only inside this function (see the module doc).
#[inline(never)]
fn counted_calls(op: &mut dyn FnMut() -> bool, calls: u64) {
    for _ in 0..calls {
        assert!(op());
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut seconds = 1.0f64;
    let mut calls: Option<u64> = None;
    let mut only: Option<String> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--seconds N")
            }
            "--calls" => calls = Some(args.next().and_then(|s| s.parse().ok()).expect("--calls N")),
            "--only" => only = Some(args.next().expect("--only ALG[/SUBJECT]")),
            "--bench" => {} // passed by `cargo bench`-style runners
            other => panic!("unknown argument {other}"),
        }
    }
    // `--only ES256/jsonwebtoken`, `--only RS256`: one algorithm, optionally one subject.
    let (only_alg, only_subject) = match only.as_deref().map(|o| o.split_once('/')) {
        None => (None, None),
        Some(Some((alg, subject))) => (Some(alg), Some(subject)),
        Some(None) => (only.as_deref(), None),
    };
    let round = Duration::from_secs_f64(seconds);
    let now = clock::unix_now();
    println!("| token | tessera-core verifications/s | jsonwebtoken verifications/s | ratio |");
    println!("| --- | ---: | ---: | ---: |");
    for alg in ["ES256", "RS256", "EdDSA"] {
        if only_alg.is_some_and(|o| o != alg) {
            continue;
        }
        let key = Key::generate(alg);
        let jwk = key.jwk("k1");
        let token = key.sign(
            &json!({"alg": alg, "typ": "at+jwt", "kid": "k1"}),
            &json!({"iss": ISSUER, "sub": "user-123", "aud": AUDIENCE, "client_id": "app-1",
                    "scope": "openid orders:read", "jti": "at-1", "iat": now, "nbf": now,
                    "exp": now + 3600}),
        );
        let jwks_json = json!({"keys": [jwk]}).to_string();

        // tessera-core, configured as a resource server would.
        let keys = JwkSet::from_json(&jwks_json).unwrap();
        let verifier = JwtVerifier::new(VerifyOptions::access_token(
            [Algorithm::parse(alg).unwrap()],
            ISSUER,
            AUDIENCE,
        ))
        .unwrap();
        let mut core = || {
            verifier
                .verify_with_jwks(black_box(&token), &keys, clock::unix_now())
                .is_ok()
        };

        // jsonwebtoken, the same checks minus `typ`, from the same JWK Set.
        let set: jsonwebtoken::jwk::JwkSet = serde_json::from_str(&jwks_json).unwrap();
        let peer_alg = match alg {
            "ES256" => jsonwebtoken::Algorithm::ES256,
            "RS256" => jsonwebtoken::Algorithm::RS256,
            _ => jsonwebtoken::Algorithm::EdDSA,
        };
        let mut validation = jsonwebtoken::Validation::new(peer_alg);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        let decoding = jsonwebtoken::DecodingKey::from_jwk(set.find("k1").unwrap()).unwrap();
        let mut peer = || {
            // Key lookup by kid, as a resource server with a key set does.
            let header = jsonwebtoken::decode_header(black_box(&token)).unwrap();
            let _ = set.find(header.kid.as_deref().unwrap_or_default());
            jsonwebtoken::decode::<Value>(&token, &decoding, &validation).is_ok()
        };
        assert!(core() && peer(), "{alg}: both must accept the token");
        if let Some(calls) = calls {
            // Instruction counting: no clock, the subjects one after the other.
            let mut subjects: [(&str, &mut dyn FnMut() -> bool); 2] =
                [("tessera-core", &mut core), ("jsonwebtoken", &mut peer)];
            for (name, op) in &mut subjects {
                if only_subject.is_none_or(|o| o == *name) {
                    counted_calls(*op, calls);
                    println!("{alg}: {calls} calls of {name}");
                }
            }
            continue;
        }

        let rates = measure(
            &mut [("tessera-core", &mut core), ("jsonwebtoken", &mut peer)],
            round,
        );
        println!(
            "| {alg} | {:.0} | {:.0} | {:.2}× |",
            rates[0],
            rates[1],
            rates[0] / rates[1]
        );
    }

    if calls.is_some() {
        return;
    }

    // DPoP: each proof has its own jti, so the replay cache sees only fresh proofs, as in
    // production. Proofs are signed before the clock starts.
    let key = Key::generate("ES256");
    let header = json!({"typ": "dpop+jwt", "alg": "ES256", "jwk": key.jwk("p")});
    let count = ((seconds * 40_000.0) as usize).clamp(2_000, 200_000);
    let proofs: Vec<String> = (0..count)
        .map(|i| {
            key.sign(
                &header,
                &json!({"jti": format!("proof-{i}"), "htm": "GET",
                        "htu": "https://api.example.com/orders", "iat": now}),
            )
        })
        .collect();
    let verifier = DpopVerifier::new(DpopOptions::default()).unwrap();
    let request = DpopRequest::new("GET", "https://api.example.com/orders?page=2");
    let started = Instant::now();
    for proof in &proofs {
        verifier
            .verify(black_box(proof), &request, clock::unix_now())
            .unwrap();
    }
    let rate = count as f64 / started.elapsed().as_secs_f64();
    println!();
    println!("| DPoP proof (ES256, fresh jti each) | tessera-core verifications/s |");
    println!("| --- | ---: |");
    println!("| `DpopVerifier::verify`, {count} proofs | {rate:.0} |");
    // A replayed proof must be refused: the loop above did record every jti.
    assert!(
        verifier
            .verify(&proofs[0], &request, clock::unix_now())
            .is_err()
    );
}
