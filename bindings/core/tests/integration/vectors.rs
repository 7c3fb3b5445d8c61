//! Runs every file in `spec/test-vectors/` and checks that the core decides each vector
//! exactly as its `expected` says, with the exact error code. Every language binding runs
//! the same files through its own API; this is the reference harness they mirror.

use std::collections::BTreeSet;
use std::path::PathBuf;

use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_ASN1, RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY, RsaPublicKeyComponents,
    UnparsedPublicKey,
};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use tessera_core::{
    Algorithm, Claims, DpopOptions, DpopRequest, DpopVerifier, ErrorKind, Jwk, JwkSet, JwsOptions,
    JwtVerifier, VerifyOptions, decode_header, verify_jws, verify_jws_with_jwks,
};

fn vector_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../spec/test-vectors")
}

fn load_all() -> Vec<(String, Value)> {
    let mut files: Vec<_> = std::fs::read_dir(vector_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "vector files missing: {files:?}");
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                serde_json::from_str(&text).unwrap(),
            )
        })
        .collect()
}

/// A JSON document given either as its text (a JSON string) or as the value itself.
fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

fn algorithms(v: Option<&Value>) -> Vec<Algorithm> {
    strings(v)
        .iter()
        .map(|s| Algorithm::parse(s).unwrap())
        .collect()
}

type Outcome = Result<Value, tessera_core::Error>;

fn run_verify_jws(input: &Value) -> Outcome {
    let key = Jwk::from_json(&text_of(&input["jwk"]))?;
    let mut options = JwsOptions::new(algorithms(input.get("algorithms")));
    options.critical_headers = strings(input.get("critical_headers"));
    let verified = verify_jws(input["token"].as_str().unwrap(), &key, &options)?;
    Ok(json!({ "payload": String::from_utf8_lossy(&verified.payload) }))
}

fn run_verify_jws_with_jwks(input: &Value) -> Outcome {
    let set = JwkSet::from_json(&text_of(&input["jwks"]))?;
    let options = JwsOptions::new(algorithms(input.get("algorithms")));
    let token = input["token"].as_str().unwrap();
    verify_jws_with_jwks(token, &set, &options)?;
    let header = decode_header(token)?;
    let selected = set.select(header.kid.as_deref(), header.alg)?;
    Ok(json!({
        "kid": selected.kid(),
        "keys": set.len(),
        "skipped": set.skipped().len(),
    }))
}

fn run_parse_jwk(input: &Value) -> Outcome {
    let jwk = Jwk::from_json(&text_of(&input["jwk"]))?;
    Ok(json!({
        "thumbprint": jwk.thumbprint(),
        "kty": jwk.kty(),
        "rsa_bits": jwk.rsa_bits(),
    }))
}

fn verify_options(o: &Value) -> VerifyOptions {
    let mut options = VerifyOptions::new(algorithms(o.get("algorithms")));
    options.issuer = o.get("issuer").and_then(Value::as_str).map(str::to_owned);
    options.audiences = strings(o.get("audiences"));
    if let Some(l) = o.get("leeway_secs").and_then(Value::as_u64) {
        options.leeway_secs = u32::try_from(l).unwrap();
    }
    options.expected_type = o
        .get("expected_type")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(r) = o.get("require_exp").and_then(Value::as_bool) {
        options.require_exp = r;
    }
    options.required_claims = strings(o.get("required_claims"));
    options.required_scopes = strings(o.get("required_scopes"));
    options.required_permissions = strings(o.get("required_permissions"));
    options
}

fn run_verify_jwt(input: &Value) -> Outcome {
    let verifier = JwtVerifier::new(verify_options(&input["options"]))?;
    let key = Jwk::from_json(&text_of(&input["jwk"]))?;
    let verified = verifier.verify(
        input["token"].as_str().unwrap(),
        &key,
        input["now"].as_i64().unwrap(),
    )?;
    Ok(json!({ "sub": verified.claims.subject() }))
}

fn run_verify_dpop(input: &Value) -> Outcome {
    let mut options = DpopOptions::default();
    if let Some(o) = input.get("options") {
        if o.get("algorithms").is_some() {
            options.algorithms = algorithms(o.get("algorithms"));
        }
        if let Some(v) = o.get("max_age_secs").and_then(Value::as_u64) {
            options.max_age_secs = u32::try_from(v).unwrap();
        }
        if let Some(v) = o.get("leeway_secs").and_then(Value::as_u64) {
            options.leeway_secs = u32::try_from(v).unwrap();
        }
    }
    let verifier = DpopVerifier::new(options)?;
    let mut request = DpopRequest::new(
        input["method"].as_str().unwrap(),
        input["url"].as_str().unwrap(),
    );
    request.access_token = input
        .get("access_token")
        .and_then(Value::as_str)
        .map(str::to_owned);
    request.nonce = input
        .get("nonce")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let now = input["now"].as_i64().unwrap();
    for prior in strings(input.get("prior_proofs")) {
        // Prior proofs set the replay cache up; they are sent to the same endpoint.
        let prior_request = DpopRequest::new(request.method.clone(), request.url.clone());
        verifier
            .verify(&prior, &prior_request, now)
            .unwrap_or_else(|e| panic!("prior proof must verify: {e}"));
    }
    let proof = input["proof"].as_str().unwrap();
    let verified = match input.get("token_claims") {
        Some(Value::Object(claims)) => {
            verifier.verify_for_token(proof, &request, &Claims::from_map(claims.clone()), now)?
        }
        _ => verifier.verify(proof, &request, now)?,
    };
    Ok(json!({ "jkt": verified.thumbprint() }))
}

fn run(operation: &str, input: &Value) -> Outcome {
    match operation {
        "verify_jws" => run_verify_jws(input),
        "verify_jws_with_jwks" => run_verify_jws_with_jwks(input),
        "parse_jwk" => run_parse_jwk(input),
        "verify_jwt" => run_verify_jwt(input),
        "verify_dpop_proof" => run_verify_dpop(input),
        other => panic!("unknown operation {other:?}"),
    }
}

#[test]
fn every_vector_is_decided_as_expected() {
    let mut failures = Vec::new();
    let mut total = 0;
    for (file, doc) in load_all() {
        let operation = doc["operation"].as_str().unwrap();
        let vectors = doc["vectors"].as_array().unwrap();
        assert_eq!(
            doc["numberOfTests"].as_u64().unwrap() as usize,
            vectors.len(),
            "{file}: numberOfTests"
        );
        for (i, v) in vectors.iter().enumerate() {
            total += 1;
            assert_eq!(
                v["tcId"].as_u64().unwrap() as usize,
                i + 1,
                "{file}: tcId order"
            );
            let outcome = run(operation, &v["input"]);
            let got = match &outcome {
                Ok(_) => json!("valid"),
                Err(e) => json!({ "error": e.code() }),
            };
            if got != v["expected"] {
                failures.push(format!(
                    "{file} #{} {:?}: expected {}, got {} ({})",
                    v["tcId"],
                    v["comment"].as_str().unwrap_or(""),
                    v["expected"],
                    got,
                    outcome.as_ref().err().map(|e| e.message()).unwrap_or("")
                ));
                continue;
            }
            // Declared outputs must match what the call returned.
            if let (Ok(actual), Some(Value::Object(want))) = (&outcome, v.get("output")) {
                for (k, expected) in want {
                    if &actual[k] != expected {
                        failures.push(format!(
                            "{file} #{}: output {k} = {}, expected {expected}",
                            v["tcId"], actual[k]
                        ));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_error_code_is_known_and_exercised() {
    let mut used = BTreeSet::new();
    for (file, doc) in load_all() {
        for v in doc["vectors"].as_array().unwrap() {
            if let Some(code) = v["expected"].get("error").and_then(Value::as_str) {
                assert!(
                    ErrorKind::from_code(code).is_some(),
                    "{file} #{}: unknown code {code}",
                    v["tcId"]
                );
                used.insert(code.to_owned());
            } else {
                assert_eq!(v["expected"], "valid", "{file} #{}", v["tcId"]);
            }
        }
    }
    // Only failures of the caller's own fetcher cannot be expressed as a static vector.
    let not_in_vectors = [ErrorKind::JwksFetchFailed];
    let missing: Vec<&str> = ErrorKind::ALL
        .iter()
        .filter(|k| !not_in_vectors.contains(k) && !used.contains(k.as_str()))
        .map(|k| k.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "error kinds without a vector: {missing:?}"
    );
}

fn vectors_flagged(topic: &str, flag: &str) -> Vec<Value> {
    let (_, doc) = load_all()
        .into_iter()
        .find(|(f, _)| f == &format!("{topic}.json"))
        .unwrap();
    doc["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["flags"].as_array().unwrap().iter().any(|f| f == flag))
        .cloned()
        .collect()
}

fn parts(token: &str) -> (String, Vec<u8>) {
    let cut = token.rfind('.').unwrap();
    (
        token[..cut].to_owned(),
        URL_SAFE_NO_PAD.decode(&token[cut + 1..]).unwrap(),
    )
}

fn b64(s: &Value) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(s.as_str().unwrap()).unwrap()
}

/// The small-RSA vector must be refused only for its size: its signature is otherwise valid.
#[test]
fn small_rsa_vector_has_a_valid_signature() {
    let vectors = vectors_flagged("jws", "small-rsa-key");
    assert!(!vectors.is_empty());
    for v in vectors {
        let (input, sig) = parts(v["input"]["token"].as_str().unwrap());
        let jwk = &v["input"]["jwk"];
        RsaPublicKeyComponents {
            n: b64(&jwk["n"]),
            e: b64(&jwk["e"]),
        }
        .verify(
            &RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY,
            input.as_bytes(),
            &sig,
        )
        .unwrap();
    }
}

/// DER vectors must be refused for their encoding: the DER signature itself is valid.
#[test]
fn der_vectors_carry_valid_der_signatures() {
    let mut seen = 0;
    for topic in ["jws", "dpop"] {
        for v in vectors_flagged(topic, "der-signature") {
            let token = v["input"].get("token").or(v["input"].get("proof")).unwrap();
            let (input, sig) = parts(token.as_str().unwrap());
            let jwk = match v["input"].get("jwk") {
                Some(jwk) => jwk.clone(),
                None => {
                    let header = token.as_str().unwrap().split('.').next().unwrap();
                    let header: Value =
                        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).unwrap()).unwrap();
                    header["jwk"].clone()
                }
            };
            let mut point = vec![4u8];
            point.extend(b64(&jwk["x"]));
            point.extend(b64(&jwk["y"]));
            assert_eq!(sig[0], 0x30);
            UnparsedPublicKey::new(&ECDSA_P256_SHA256_ASN1, point)
                .verify(input.as_bytes(), &sig)
                .unwrap();
            seen += 1;
        }
    }
    assert_eq!(seen, 2);
}
