//! The contract: `spec/openapi.yaml` must equal what the server serves at `/openapi.json`.

use std::path::PathBuf;

use serde_json::Value;
use tessera_wire::ErrorCode;

use crate::support::TestServer;

fn spec_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../spec/openapi.yaml")
}

fn committed_spec() -> Value {
    let text = std::fs::read_to_string(spec_path()).expect("spec/openapi.yaml exists");
    serde_yaml_ng::from_str(&text).expect("spec/openapi.yaml is valid YAML")
}

/// Every JSON pointer at which `a` and `b` differ, with both sides.
fn differences(a: &Value, b: &Value, pointer: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (key, value) in x {
                let p = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                match y.get(key) {
                    Some(other) => differences(value, other, &p, out),
                    None => out.push(format!("{p}: only in spec/openapi.yaml")),
                }
            }
            for key in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(format!(
                    "{pointer}/{}: only in the served document",
                    key.replace('~', "~0").replace('/', "~1")
                ));
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (l, r)) in x.iter().zip(y).enumerate() {
                differences(l, r, &format!("{pointer}/{i}"), out);
            }
        }
        _ if a != b => out.push(format!("{pointer}: spec has {a}, server serves {b}")),
        _ => {}
    }
}

/// Endpoints a browser navigates to: they redirect, and show error pages.
const BROWSER_ENDPOINTS: [&str; 2] = ["/t/{tenant}/oauth/authorize", "/t/{tenant}/oauth/logout"];

#[tokio::test]
async fn served_document_matches_committed_spec() {
    let server = TestServer::start().await;
    let (status, served) = server.get_json("/openapi.json").await;
    assert_eq!(status, 200);

    if std::env::var("TESSERA_BLESS_SPEC").is_ok_and(|v| v == "1") {
        let yaml = serde_yaml_ng::to_string(&tessera_server::http::openapi()).unwrap();
        let header = "# The Tessera API contract. The server's /openapi.json must equal this document\n\
                      # (tests/integration/openapi.rs); change it together with the server.\n";
        std::fs::write(spec_path(), format!("{header}{yaml}")).unwrap();
    }

    let mut diffs = Vec::new();
    differences(&committed_spec(), &served, "", &mut diffs);
    assert!(
        diffs.is_empty(),
        "spec/openapi.yaml and the served /openapi.json differ ({} places):\n  {}\n\
         Change the spec and the server together; TESSERA_BLESS_SPEC=1 rewrites the spec from the server.",
        diffs.len(),
        diffs.join("\n  ")
    );
}

#[test]
fn every_operation_is_documented() {
    let spec = committed_spec();
    assert_eq!(spec["openapi"].as_str().map(|v| &v[..4]), Some("3.1."));
    let mut ids = std::collections::HashSet::new();
    let mut count = 0;
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().unwrap() {
            if !matches!(method.as_str(), "get" | "post" | "put" | "patch" | "delete") {
                continue;
            }
            count += 1;
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path} has no operationId"));
            assert!(ids.insert(id.to_owned()), "duplicate operationId {id}");
            assert!(
                op["summary"].as_str().is_some_and(|s| !s.is_empty()),
                "{id} has no summary"
            );
            let responses = op["responses"]
                .as_object()
                .unwrap_or_else(|| panic!("{id} has no responses"));
            // Browser endpoints succeed with a redirect; everything else with a 2xx.
            let browser = BROWSER_ENDPOINTS.contains(&path.as_str());
            assert!(
                responses
                    .keys()
                    .any(|s| s.starts_with('2') || (browser && s.starts_with('3'))),
                "{id} has no success response"
            );
            // OAuth endpoints answer RFC 6749 §5.2 errors; everything else problem+json.
            let oauth = path.starts_with("/t/{tenant}/oauth/");
            for (status, response) in responses {
                if status.starts_with('4') || status.starts_with('5') {
                    let problem = response["content"]["application/problem+json"]["schema"]["$ref"]
                        == "#/components/schemas/Problem";
                    let oauth_error = oauth
                        && response["content"]["application/json"]["schema"]["$ref"]
                            == "#/components/schemas/OAuthError";
                    // A person, not a program, reads these: an error page.
                    let page = browser && response["content"]["text/html"].is_object();
                    assert!(
                        problem || oauth_error || page,
                        "{id} {status} must be a problem document (or an RFC 6749 error on OAuth endpoints)"
                    );
                }
            }
            let open = matches!(
                path.as_str(),
                "/healthz" | "/readyz" | "/metrics" | "/openapi.json"
            ) || path.starts_with("/t/")
                || path.starts_with("/.well-known/");
            if !open {
                assert!(op["security"].is_array(), "{id} must declare its security");
                assert!(responses.contains_key("401"), "{id} must document 401");
            }
            if op.get("requestBody").is_some() {
                assert!(
                    responses.contains_key("400") || id == "rotateSigningKeys",
                    "{id} must document 400"
                );
                // Form endpoints answer a wrong media type with invalid_request (400).
                assert!(
                    responses.contains_key("415") || oauth,
                    "{id} must document 415"
                );
            }
        }
    }
    assert!(
        count >= 13,
        "expected every route in the spec, found {count}"
    );
}

#[test]
fn error_codes_are_an_enum_in_the_spec() {
    let spec = committed_spec();
    let listed: Vec<String> = spec["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .expect("ErrorCode enum")
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    let ours: Vec<String> = ErrorCode::ALL
        .iter()
        .map(|c| c.as_str().to_owned())
        .collect();
    assert_eq!(listed, ours);
    for code in ErrorCode::ALL {
        assert_eq!(
            serde_json::to_value(code).unwrap(),
            code.as_str(),
            "serde name of {code:?}"
        );
    }
    assert_eq!(
        spec["components"]["schemas"]["Problem"]["properties"]["code"]["$ref"],
        "#/components/schemas/ErrorCode"
    );
}
