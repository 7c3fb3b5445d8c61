//! `oidc-discovery`: the provider metadata and its key set.

use serde_json::Value;
use url::Url;

use crate::check::{Check, ensure};
use crate::context::Context;
use crate::jose;
use crate::recorder::Recorder;

const DOCUMENT: Check = Check::must(
    "disc-document",
    "OIDC Discovery 1.0 §4.2",
    "{issuer}/.well-known/openid-configuration answers 200 with a JSON object",
);
const CONTENT_TYPE: Check = Check::must(
    "disc-content-type",
    "RFC 8414 §3.2; OIDC Discovery 1.0 §4.2",
    "the metadata is served as application/json",
);
const ISSUER_MATCH: Check = Check::must(
    "disc-issuer-match",
    "OIDC Discovery 1.0 §4.3; RFC 8414 §3.3",
    "`issuer` is exactly the issuer the document was fetched for",
);
const ISSUER_FORM: Check = Check::must(
    "disc-issuer-form",
    "RFC 8414 §2 (issuer); OIDC Discovery 1.0 §3",
    "the issuer is an https URL without query or fragment (http allowed only on loopback test deployments)",
);
const OAUTH_REQUIRED: Check = Check::must(
    "disc-rfc8414-required",
    "RFC 8414 §2",
    "REQUIRED members present: issuer, token_endpoint, response_types_supported, and authorization_endpoint when a grant uses it",
);
const OIDC_REQUIRED: Check = Check::must(
    "disc-oidc-required",
    "OIDC Discovery 1.0 §3",
    "an OpenID Provider lists authorization_endpoint, jwks_uri, response_types_supported, subject_types_supported, id_token_signing_alg_values_supported",
);
const RS256: Check = Check::must(
    "disc-rs256-id-tokens",
    "OIDC Core 1.0 §15.1; OIDC Discovery 1.0 §3",
    "id_token_signing_alg_values_supported includes RS256",
);
const OPENID_SCOPE: Check = Check::must(
    "disc-openid-scope",
    "OIDC Discovery 1.0 §3 (scopes_supported)",
    "scopes_supported, when listed by an OpenID Provider, includes `openid`",
);
const ENDPOINT_URLS: Check = Check::must(
    "disc-endpoint-urls",
    "RFC 8414 §2; OIDC Discovery 1.0 §3",
    "every advertised endpoint and jwks_uri is an absolute URL with the issuer's scheme",
);
const WELL_KNOWN_8414: Check = Check::should(
    "disc-rfc8414-location",
    "RFC 8414 §3.1",
    "authorization-server metadata at /.well-known/oauth-authorization-server{issuer path} names the same issuer",
);
const CONSISTENT: Check = Check::should(
    "disc-rfc8414-consistent",
    "RFC 8414 §3; OIDC Discovery 1.0 §4",
    "both metadata documents advertise the same endpoints",
);
const JWKS_DOCUMENT: Check = Check::must(
    "jwks-document",
    "RFC 7517 §5",
    "jwks_uri answers 200 with a JSON object whose `keys` is a non-empty array",
);
const JWKS_PUBLIC: Check = Check::must(
    "jwks-public-only",
    "RFC 7517 §9.3; RFC 7518 §6.2.2, §6.3.2, §6.4",
    "no key carries private or symmetric material (d, p, q, dp, dq, qi, oth, k)",
);
const JWKS_KID: Check = Check::must(
    "jwks-kid-unique",
    "OIDC Core 1.0 §10.1; RFC 7517 §4.5",
    "with several keys, every key has a `kid` and no two share one",
);
const JWKS_PARAMS: Check = Check::must(
    "jwks-key-params",
    "RFC 7518 §6.2.1, §6.3.1, §3.3; RFC 8037 §2",
    "keys are well formed: EC P-256/P-384 coordinates of the right length, RSA moduli of 2048 bits or more, Ed25519 `x` of 32 bytes",
);
const JWKS_USE: Check = Check::should(
    "jwks-use-alg",
    "RFC 7517 §4.2, §4.4; OIDC Discovery 1.0 §3 (jwks_uri)",
    "every key says what it is for (`use` sig) and which `alg` it signs with",
);
const JWKS_RS256: Check = Check::must(
    "jwks-rs256-key",
    "OIDC Core 1.0 §15.1",
    "an OpenID Provider publishes an RSA key usable for RS256",
);

pub const CHECKS: &[Check] = &[
    DOCUMENT,
    CONTENT_TYPE,
    ISSUER_MATCH,
    ISSUER_FORM,
    OAUTH_REQUIRED,
    OIDC_REQUIRED,
    RS256,
    OPENID_SCOPE,
    ENDPOINT_URLS,
    WELL_KNOWN_8414,
    CONSISTENT,
    JWKS_DOCUMENT,
    JWKS_PUBLIC,
    JWKS_KID,
    JWKS_PARAMS,
    JWKS_USE,
    JWKS_RS256,
];

const ENDPOINTS: &[&str] = &[
    "authorization_endpoint",
    "token_endpoint",
    "userinfo_endpoint",
    "jwks_uri",
    "registration_endpoint",
    "introspection_endpoint",
    "revocation_endpoint",
    "end_session_endpoint",
];

/// Whether `url` is http on a loopback host, where test deployments run without TLS.
pub fn is_loopback_http(url: &str) -> bool {
    Url::parse(url).is_ok_and(|u| {
        u.scheme() == "http"
            && matches!(
                u.host_str(),
                Some("127.0.0.1" | "localhost" | "[::1]" | "::1")
            )
    })
}

pub async fn run(ctx: &Context, rec: &mut Recorder) {
    let url = format!("{}/.well-known/openid-configuration", ctx.issuer);
    let reply = match ctx.get(&url).await {
        Ok(reply) => reply,
        Err(e) => {
            rec.check(&DOCUMENT, Err(format!("GET {url}: {e}")));
            rec.skip_remaining(CHECKS, "no metadata");
            return;
        }
    };
    let metadata = match reply.json() {
        Ok(v) if reply.status == 200 && v.is_object() => v,
        Ok(_) | Err(_) => {
            rec.check(&DOCUMENT, Err(format!("GET {url}: {}", reply.describe())));
            rec.skip_remaining(CHECKS, "no metadata");
            return;
        }
    };
    rec.check(&DOCUMENT, Ok(()));
    rec.check(
        &CONTENT_TYPE,
        ensure(reply.media_type() == "application/json", || {
            format!("Content-Type is `{}`", reply.content_type())
        }),
    );
    let issuer = metadata["issuer"].as_str().unwrap_or_default();
    rec.check(
        &ISSUER_MATCH,
        ensure(issuer == ctx.issuer, || {
            format!("issuer is `{issuer}`, fetched for `{}`", ctx.issuer)
        }),
    );
    rec.check(&ISSUER_FORM, issuer_form(issuer));
    rec.check(&OAUTH_REQUIRED, rfc8414_required(&metadata));

    let is_op = metadata.get("authorization_endpoint").is_some();
    let not_op = "no authorization_endpoint: an OAuth authorization server without end-user sign-in, not (yet) an OpenID Provider";
    if is_op {
        let missing: Vec<&str> = [
            "authorization_endpoint",
            "jwks_uri",
            "response_types_supported",
            "subject_types_supported",
            "id_token_signing_alg_values_supported",
        ]
        .into_iter()
        .filter(|m| metadata.get(*m).is_none())
        .collect();
        rec.check(
            &OIDC_REQUIRED,
            ensure(missing.is_empty(), || {
                format!("missing: {}", missing.join(", "))
            }),
        );
        let algs = strings(&metadata["id_token_signing_alg_values_supported"]);
        rec.check(
            &RS256,
            ensure(algs.iter().any(|a| a == "RS256"), || {
                format!("id_token_signing_alg_values_supported is {algs:?}")
            }),
        );
        match metadata.get("scopes_supported") {
            Some(scopes) => {
                let scopes = strings(scopes);
                rec.check(
                    &OPENID_SCOPE,
                    ensure(scopes.iter().any(|s| s == "openid"), || {
                        format!("scopes_supported is {scopes:?}")
                    }),
                );
            }
            None => rec.not_applicable(&OPENID_SCOPE, "scopes_supported is not listed"),
        }
    } else {
        rec.not_applicable(&OIDC_REQUIRED, not_op);
        rec.not_applicable(&RS256, not_op);
        rec.not_applicable(&OPENID_SCOPE, not_op);
    }
    rec.check(&ENDPOINT_URLS, endpoint_urls(&metadata, issuer));
    rfc8414_document(ctx, rec, &metadata).await;
    jwks(ctx, rec, &metadata, is_op, not_op).await;
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn issuer_form(issuer: &str) -> Result<(), String> {
    let url = Url::parse(issuer).map_err(|e| format!("`{issuer}` is not a URL: {e}"))?;
    ensure(url.query().is_none() && url.fragment().is_none(), || {
        format!("`{issuer}` has a query or fragment")
    })?;
    ensure(url.scheme() == "https" || is_loopback_http(issuer), || {
        format!("`{issuer}` is not https")
    })
}

fn rfc8414_required(metadata: &Value) -> Result<(), String> {
    let mut missing = Vec::new();
    for member in ["issuer", "response_types_supported"] {
        if metadata.get(member).is_none() {
            missing.push(member.to_owned());
        }
    }
    // RFC 8414 §2: grant_types_supported defaults to ["authorization_code", "implicit"].
    let grants = match metadata.get("grant_types_supported") {
        Some(g) => strings(g),
        None => vec!["authorization_code".into(), "implicit".into()],
    };
    let implicit_only = grants.iter().all(|g| g == "implicit");
    if !implicit_only && metadata.get("token_endpoint").is_none() {
        missing.push("token_endpoint".into());
    }
    let uses_authorize = grants
        .iter()
        .any(|g| g == "authorization_code" || g == "implicit");
    if uses_authorize && metadata.get("authorization_endpoint").is_none() {
        missing.push(format!(
            "authorization_endpoint (grant_types_supported: {grants:?})"
        ));
    }
    ensure(missing.is_empty(), || {
        format!("missing: {}", missing.join(", "))
    })
}

fn endpoint_urls(metadata: &Value, issuer: &str) -> Result<(), String> {
    let scheme = Url::parse(issuer)
        .map(|u| u.scheme().to_owned())
        .unwrap_or_default();
    let mut bad = Vec::new();
    for name in ENDPOINTS {
        let Some(value) = metadata.get(*name) else {
            continue;
        };
        match value.as_str().map(Url::parse) {
            Some(Ok(url)) if url.scheme() == scheme && url.fragment().is_none() => {}
            _ => bad.push(format!("{name} = {value}")),
        }
    }
    ensure(bad.is_empty(), || bad.join("; "))
}

async fn rfc8414_document(ctx: &Context, rec: &mut Recorder, metadata: &Value) {
    let Ok(issuer) = Url::parse(&ctx.issuer) else {
        rec.skip(&WELL_KNOWN_8414, "the issuer is not a URL");
        rec.skip(&CONSISTENT, "the issuer is not a URL");
        return;
    };
    let path = issuer.path().trim_end_matches('/');
    let mut url = issuer.clone();
    url.set_path(&format!("/.well-known/oauth-authorization-server{path}"));
    let fetched = match ctx.get(url.as_str()).await {
        Ok(reply) if reply.status == 200 => reply.json(),
        Ok(reply) => Err(reply.describe()),
        Err(e) => Err(e),
    };
    let document = match fetched {
        Ok(doc) if doc["issuer"].as_str() == Some(ctx.issuer.as_str()) => {
            rec.check(&WELL_KNOWN_8414, Ok(()));
            doc
        }
        Ok(doc) => {
            rec.check(
                &WELL_KNOWN_8414,
                Err(format!("GET {url}: issuer is {}", doc["issuer"])),
            );
            rec.skip(&CONSISTENT, "no RFC 8414 document");
            return;
        }
        Err(e) => {
            rec.check(&WELL_KNOWN_8414, Err(format!("GET {url}: {e}")));
            rec.skip(&CONSISTENT, "no RFC 8414 document");
            return;
        }
    };
    let differing: Vec<&str> = ENDPOINTS
        .iter()
        .copied()
        .filter(|name| document.get(*name) != metadata.get(*name))
        .collect();
    rec.check(
        &CONSISTENT,
        ensure(differing.is_empty(), || {
            format!("differ between the two documents: {}", differing.join(", "))
        }),
    );
}

async fn jwks(ctx: &Context, rec: &mut Recorder, metadata: &Value, is_op: bool, not_op: &str) {
    let rest = [JWKS_PUBLIC, JWKS_KID, JWKS_PARAMS, JWKS_USE, JWKS_RS256];
    let Some(uri) = metadata["jwks_uri"].as_str() else {
        rec.not_applicable(&JWKS_DOCUMENT, "no jwks_uri advertised");
        rec.all_not_applicable(&rest, "no jwks_uri advertised");
        return;
    };
    let set = match ctx.get(uri).await.and_then(|r| {
        if r.status == 200 {
            r.json()
        } else {
            Err(r.describe())
        }
    }) {
        Ok(set) if set["keys"].as_array().is_some_and(|k| !k.is_empty()) => set,
        Ok(set) => {
            rec.check(&JWKS_DOCUMENT, Err(format!("no keys in {set}")));
            rec.skip_remaining(CHECKS, "no key set");
            return;
        }
        Err(e) => {
            rec.check(&JWKS_DOCUMENT, Err(format!("GET {uri}: {e}")));
            rec.skip_remaining(CHECKS, "no key set");
            return;
        }
    };
    rec.check(&JWKS_DOCUMENT, Ok(()));
    let keys = set["keys"].as_array().cloned().unwrap_or_default();

    let private: Vec<String> = keys
        .iter()
        .filter_map(|k| {
            let found: Vec<&str> = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"]
                .into_iter()
                .filter(|m| k.get(*m).is_some())
                .collect();
            (!found.is_empty()).then(|| format!("kid {}: {}", k["kid"], found.join(",")))
        })
        .collect();
    rec.check(
        &JWKS_PUBLIC,
        ensure(private.is_empty(), || {
            format!("private members: {}", private.join("; "))
        }),
    );

    let kids: Vec<Option<&str>> = keys.iter().map(|k| k["kid"].as_str()).collect();
    let mut unique: Vec<&str> = kids.iter().flatten().copied().collect();
    unique.sort_unstable();
    unique.dedup();
    rec.check(
        &JWKS_KID,
        ensure(
            keys.len() == 1 || (kids.iter().all(Option::is_some) && unique.len() == kids.len()),
            || format!("kids: {kids:?}"),
        ),
    );

    let malformed: Vec<String> = keys.iter().filter_map(|k| key_problem(k).err()).collect();
    rec.check(
        &JWKS_PARAMS,
        ensure(malformed.is_empty(), || malformed.join("; ")),
    );

    let unlabeled: Vec<String> = keys
        .iter()
        .filter(|k| {
            let use_sig = k["use"].as_str() == Some("sig")
                || strings(&k["key_ops"]).iter().any(|o| o == "verify");
            !(use_sig && k["alg"].is_string())
        })
        .map(|k| format!("kid {} (use {}, alg {})", k["kid"], k["use"], k["alg"]))
        .collect();
    rec.check(
        &JWKS_USE,
        ensure(unlabeled.is_empty(), || {
            format!("without use=sig or alg: {}", unlabeled.join("; "))
        }),
    );
    if is_op {
        let has_rs256 = keys.iter().any(|k| {
            k["kty"] == "RSA" && k["alg"].as_str().is_none_or(|a| a == "RS256") && k["use"] != "enc"
        });
        rec.check(
            &JWKS_RS256,
            ensure(has_rs256, || "no RSA key with alg RS256 (or no alg)".into()),
        );
    } else {
        rec.not_applicable(&JWKS_RS256, not_op);
    }
}

fn key_problem(key: &Value) -> Result<(), String> {
    let kid = &key["kid"];
    let len = |name: &str| -> Result<usize, String> {
        let text = key[name]
            .as_str()
            .ok_or_else(|| format!("kid {kid}: no `{name}`"))?;
        base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, text)
            .map(|b| b.len())
            .map_err(|_| format!("kid {kid}: `{name}` is not base64url"))
    };
    match key["kty"].as_str() {
        Some("EC") => {
            let size = match key["crv"].as_str() {
                Some("P-256") => 32,
                Some("P-384") => 48,
                Some("P-521") => 66,
                other => return Err(format!("kid {kid}: EC curve {other:?}")),
            };
            ensure(len("x")? == size && len("y")? == size, || {
                format!("kid {kid}: EC coordinates are not {size} bytes (RFC 7518 §6.2.1.2)")
            })
        }
        Some("RSA") => {
            let bits = len("n")? * 8;
            len("e")?;
            ensure(bits >= 2048, || {
                format!("kid {kid}: RSA modulus of {bits} bits (RFC 7518 §3.3 requires 2048+)")
            })
        }
        Some("OKP") => ensure(key["crv"] == "Ed25519" && len("x")? == 32, || {
            format!("kid {kid}: OKP key is not an Ed25519 key with 32-byte x")
        }),
        other => Err(format!(
            "kid {kid}: kty {other:?} is not a signing key type"
        )),
    }
}

/// Used by other plans: the key set, verifying `token` against it.
pub fn verify(ctx: &Context, token: &str) -> Result<jose::Jws, String> {
    let jws = jose::decode(token)?;
    let set = ctx.jwks.as_ref().ok_or("no JWKS could be fetched")?;
    jws.verify(set)?;
    Ok(jws)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn rfc8414_requires_authorization_endpoint_only_for_grants_that_use_it() {
        let cc_only = json!({"issuer": "https://a", "token_endpoint": "https://a/t",
            "response_types_supported": [], "grant_types_supported": ["client_credentials"]});
        assert!(rfc8414_required(&cc_only).is_ok());
        let default_grants = json!({"issuer": "https://a", "token_endpoint": "https://a/t",
            "response_types_supported": ["code"]});
        assert!(rfc8414_required(&default_grants).is_err());
        let no_response_types = json!({"issuer": "https://a", "token_endpoint": "https://a/t",
            "grant_types_supported": ["client_credentials"]});
        assert!(rfc8414_required(&no_response_types).is_err());
    }

    #[test]
    fn key_shapes() {
        let b = |n: usize| jose::b64url(&vec![1u8; n]);
        assert!(key_problem(&json!({"kty":"EC","crv":"P-256","x":b(32),"y":b(32)})).is_ok());
        assert!(key_problem(&json!({"kty":"EC","crv":"P-256","x":b(31),"y":b(32)})).is_err());
        assert!(key_problem(&json!({"kty":"RSA","n":b(128),"e":"AQAB"})).is_err());
        assert!(key_problem(&json!({"kty":"RSA","n":b(256),"e":"AQAB"})).is_ok());
        assert!(key_problem(&json!({"kty":"oct","k":"x"})).is_err());
        assert!(is_loopback_http("http://127.0.0.1:8080/t/a"));
        assert!(!is_loopback_http("http://example.com/t/a"));
        assert!(issuer_form("https://id.example.com/t/a?x").is_err());
    }
}
