//! The core's own verification rate, the baseline of `cargo xtask bench bindings`: the
//! same token, JWK Set and checks that the Node benchmark times through the binding, timed
//! here with no binding in between: single thread, the median of N rounds.
//!
//! ```sh
//! cargo run --release -p tessera-core --example verify-rate -- \
//!     ES256 <token> <jwks-json> <issuer> <audience> [seconds-per-round] [rounds]
//! ```
//!
//! Prints `RESULT\trust\t<alg>\ttessera-core verify_with_jwks\t<ops/s>`.

use std::time::Instant;

use tessera_core::{Algorithm, JwkSet, JwtVerifier, VerifyOptions};

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [alg, token, jwks, issuer, audience, rest @ ..] = args.as_slice() else {
        return Err("usage: verify-rate ALG TOKEN JWKS ISSUER AUDIENCE [SECONDS] [ROUNDS]".into());
    };
    let seconds: f64 = rest
        .first()
        .map_or(Ok(1.0), |s| s.parse())
        .map_err(|e| format!("{e}"))?;
    let rounds: usize = rest
        .get(1)
        .map_or(Ok(5), |s| s.parse())
        .map_err(|e| format!("{e}"))?;

    let algorithm = Algorithm::parse(alg).map_err(|e| e.to_string())?;
    let keys = JwkSet::from_json(jwks).map_err(|e| e.to_string())?;
    let verifier = JwtVerifier::new(VerifyOptions::access_token(
        [algorithm],
        issuer.as_str(),
        audience.as_str(),
    ))
    .map_err(|e| e.to_string())?;
    let now = tessera_core::clock::unix_now();
    // The token must verify before it is timed.
    verifier
        .verify_with_jwks(token, &keys, now)
        .map_err(|e| e.to_string())?;

    let round = || {
        let started = Instant::now();
        let mut done = 0u64;
        while started.elapsed().as_secs_f64() < seconds {
            for _ in 0..64 {
                // The claims are dropped here, as a caller that reads them would drop them.
                let verified = verifier.verify_with_jwks(token, &keys, now);
                std::hint::black_box(&verified);
            }
            done += 64;
        }
        done as f64 / started.elapsed().as_secs_f64()
    };
    round(); // warm-up
    let mut rates: Vec<f64> = (0..rounds.max(1)).map(|_| round()).collect();
    rates.sort_by(f64::total_cmp);
    let median = rates[rates.len() / 2];
    println!("RESULT\trust\t{alg}\ttessera-core verify_with_jwks\t{median:.0}");
    Ok(())
}
