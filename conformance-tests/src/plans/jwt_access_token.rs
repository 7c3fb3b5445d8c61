//! `jwt-access-token`: client_credentials tokens judged as RFC 9068 JWT access tokens, and
//! the token endpoint's error responses (RFC 6749 §5.2).

use serde_json::Value;

use crate::check::{Check, ensure};
use crate::context::{ClientCreds, Context, Reply};
use crate::jose;
use crate::plans::discovery;
use crate::recorder::Recorder;

/// Clock skew allowed between the suite's machine and the server.
const SKEW: i64 = 120;

const ISSUED: Check = Check::must(
    "at-issued",
    "RFC 6749 §4.4.3, §5.1",
    "a client_credentials request answers 200 JSON with access_token and token_type Bearer",
);
const NO_STORE: Check = Check::must(
    "at-no-store",
    "RFC 6749 §5.1",
    "token responses carry Cache-Control: no-store",
);
const TYP: Check = Check::must(
    "at-typ",
    "RFC 9068 §2.1, §4",
    "the access token is a signed JWT whose header `typ` is at+jwt",
);
const SIGNATURE: Check = Check::must(
    "at-signature",
    "RFC 9068 §4; RFC 7515 §5.2",
    "the signature verifies with the issuer's JWKS key named by `kid`, alg not none",
);
const REQUIRED_CLAIMS: Check = Check::must(
    "at-required-claims",
    "RFC 9068 §2.2",
    "iss, exp, aud, sub, client_id, iat and jti are present",
);
const ISS: Check = Check::must("at-iss", "RFC 9068 §2.2, §4", "`iss` is exactly the issuer");
const TIMES: Check = Check::must(
    "at-times",
    "RFC 9068 §2.2; RFC 7519 §4.1.4, §4.1.6",
    "exp is in the future, iat is not (beyond skew), and exp − iat matches expires_in",
);
const CLIENT_ID: Check = Check::must(
    "at-client-id",
    "RFC 9068 §2.2; RFC 8693 §4.3",
    "`client_id` is the client the token was issued to",
);
const SUB: Check = Check::should(
    "at-client-credentials-sub",
    "RFC 9068 §2.2",
    "with no resource owner (client_credentials), `sub` identifies the client",
);
const SCOPE: Check = Check::must(
    "at-scope",
    "RFC 9068 §2.2.3; RFC 6749 §3.3",
    "the `scope` claim equals the scope granted in the token response",
);
const JTI: Check = Check::must(
    "at-jti-unique",
    "RFC 9068 §2.2; RFC 7519 §4.1.7",
    "two tokens never share a `jti`",
);
const AUD_RESOURCE: Check = Check::must(
    "at-aud-resource",
    "RFC 8707 §2; RFC 9068 §3",
    "a token requested with `resource` has that resource in `aud`",
);
const INVALID_TARGET: Check = Check::must(
    "at-invalid-target",
    "RFC 8707 §2",
    "a resource the client may not use is refused with invalid_target",
);
const INVALID_SCOPE: Check = Check::must(
    "at-invalid-scope",
    "RFC 6749 §5.2 (invalid_scope), §3.3, §5.1 (scope)",
    "a scope the client may not request is refused with invalid_scope, or left out of what is granted",
);
const WRONG_SECRET: Check = Check::must(
    "at-invalid-client",
    "RFC 6749 §5.2 (invalid_client)",
    "a wrong client secret gets invalid_client; with HTTP Basic, 401 and WWW-Authenticate",
);
const UNSUPPORTED_GRANT: Check = Check::must(
    "at-unsupported-grant",
    "RFC 6749 §5.2 (unsupported_grant_type)",
    "an unknown grant_type gets 400 unsupported_grant_type",
);

pub const CHECKS: &[Check] = &[
    ISSUED,
    NO_STORE,
    TYP,
    SIGNATURE,
    REQUIRED_CLAIMS,
    ISS,
    TIMES,
    CLIENT_ID,
    SUB,
    SCOPE,
    JTI,
    AUD_RESOURCE,
    INVALID_TARGET,
    INVALID_SCOPE,
    WRONG_SECRET,
    UNSUPPORTED_GRANT,
];

pub async fn run(ctx: &Context, rec: &mut Recorder) {
    let grants = ctx.meta_list("grant_types_supported");
    if ctx.metadata.is_some()
        && !grants.is_empty()
        && !grants.iter().any(|g| g == "client_credentials")
    {
        rec.all_not_applicable(CHECKS, "client_credentials is not in grant_types_supported");
        return;
    }
    let Some(client) = ctx.client.clone() else {
        rec.all_not_applicable(
            CHECKS,
            "no client: pass --client-id/--client-secret or --admin-key",
        );
        return;
    };
    let Some(endpoint) = ctx.meta_str("token_endpoint").map(str::to_owned) else {
        rec.check(&ISSUED, Err("no token_endpoint in the metadata".into()));
        rec.skip_remaining(CHECKS, "no token endpoint");
        return;
    };
    let mut form = vec![("grant_type", "client_credentials")];
    if let Some(resource) = &ctx.resource {
        form.push(("resource", resource));
    }
    let reply = match ctx.post_as(&endpoint, Some(&client), &form).await {
        Ok(r) => r,
        Err(e) => {
            rec.check(&ISSUED, Err(e));
            rec.skip_remaining(CHECKS, "no token");
            return;
        }
    };
    let body = match token_body(&reply) {
        Ok(b) => b,
        Err(e) => {
            rec.check(&ISSUED, Err(e));
            rec.skip_remaining(CHECKS, "no token");
            return;
        }
    };
    rec.check(&ISSUED, Ok(()));
    rec.check(&NO_STORE, no_store(&reply));
    let token = body["access_token"].as_str().unwrap_or_default();
    let jws = match jose::decode(token) {
        Ok(jws) => jws,
        Err(e) => {
            rec.check(&TYP, Err(format!("the access token is not a JWT: {e}")));
            rec.skip_remaining(CHECKS, "the access token is not a JWT");
            return;
        }
    };
    let typ = jws.header["typ"].as_str().unwrap_or_default();
    rec.check(
        &TYP,
        ensure(
            typ.eq_ignore_ascii_case("at+jwt") || typ.eq_ignore_ascii_case("application/at+jwt"),
            || format!("typ is `{typ}`"),
        ),
    );
    rec.check(&SIGNATURE, discovery::verify(ctx, token).map(|_| ()));
    let claims = &jws.claims;
    let missing: Vec<&str> = ["iss", "exp", "aud", "sub", "client_id", "iat", "jti"]
        .into_iter()
        .filter(|c| claims.get(*c).is_none())
        .collect();
    rec.check(
        &REQUIRED_CLAIMS,
        ensure(missing.is_empty(), || {
            format!("missing: {}", missing.join(", "))
        }),
    );
    rec.check(
        &ISS,
        ensure(claims["iss"].as_str() == Some(ctx.issuer.as_str()), || {
            format!("iss is {}", claims["iss"])
        }),
    );
    rec.check(&TIMES, times(claims, &body));
    rec.check(
        &CLIENT_ID,
        ensure(
            claims["client_id"].as_str() == Some(client.id.as_str()),
            || {
                format!(
                    "client_id is {}, expected {}",
                    claims["client_id"], client.id
                )
            },
        ),
    );
    rec.check(
        &SUB,
        ensure(claims["sub"].as_str() == Some(client.id.as_str()), || {
            format!("sub is {}, the client is {}", claims["sub"], client.id)
        }),
    );
    match body["scope"].as_str() {
        Some(granted) => rec.check(
            &SCOPE,
            ensure(
                same_words(claims["scope"].as_str().unwrap_or_default(), granted),
                || format!("claim scope {} but granted `{granted}`", claims["scope"]),
            ),
        ),
        None => rec.check(
            &SCOPE,
            ensure(claims.get("scope").is_none_or(Value::is_string), || {
                format!(
                    "scope claim is not a space-delimited string: {}",
                    claims["scope"]
                )
            }),
        ),
    };
    let second = ctx.client_credentials(&client).await;
    rec.check(
        &JTI,
        second.and_then(|b| {
            let other = jose::decode(b["access_token"].as_str().unwrap_or_default())?;
            ensure(other.claims["jti"] != claims["jti"], || {
                format!("both tokens have jti {}", claims["jti"])
            })
        }),
    );
    match &ctx.resource {
        Some(resource) => {
            let aud_has = match &claims["aud"] {
                Value::String(a) => a == resource,
                Value::Array(a) => a.iter().any(|v| v.as_str() == Some(resource)),
                _ => false,
            };
            rec.check(
                &AUD_RESOURCE,
                ensure(aud_has, || {
                    format!("aud is {}, requested {resource}", claims["aud"])
                }),
            );
            let result = ctx
                .post_as(
                    &endpoint,
                    Some(&client),
                    &[
                        ("grant_type", "client_credentials"),
                        ("resource", "https://not-registered.conformance.invalid/api"),
                    ],
                )
                .await
                .and_then(|r| oauth_error(&r, &[400], "invalid_target"));
            rec.check(&INVALID_TARGET, result);
        }
        None => {
            rec.not_applicable(&AUD_RESOURCE, "no resource configured (--resource)");
            rec.not_applicable(&INVALID_TARGET, "no resource configured (--resource)");
        }
    }
    let bogus_scope = format!("conformance:not-granted-{}", jose::random(4));
    let mut scope_form = vec![
        ("grant_type", "client_credentials"),
        ("scope", bogus_scope.as_str()),
    ];
    if let Some(resource) = &ctx.resource {
        scope_form.push(("resource", resource));
    }
    let result = ctx
        .post_as(&endpoint, Some(&client), &scope_form)
        .await
        .and_then(|r| {
            if r.status != 200 {
                return oauth_error(&r, &[400], "invalid_scope");
            }
            // RFC 6749 §3.3 lets a server narrow the scope instead. §5.1: a response without
            // `scope` grants exactly what was requested.
            let body = r.json()?;
            let Some(granted) = body["scope"].as_str() else {
                return Err(format!(
                    "200 without `scope`, which RFC 6749 §5.1 defines as granting exactly the requested scope, the unregistered `{bogus_scope}` included"
                ));
            };
            ensure(!granted.split(' ').any(|s| s == bogus_scope), || {
                format!("the unregistered scope was granted: scope `{granted}`")
            })?;
            if let Ok(jws) = jose::decode(body["access_token"].as_str().unwrap_or_default()) {
                let in_token = jws.claims["scope"].as_str().unwrap_or_default().to_owned();
                ensure(!in_token.split(' ').any(|s| s == bogus_scope), || {
                    format!("the access token carries the unregistered scope: {in_token}")
                })?;
            }
            Ok(())
        });
    rec.check(&INVALID_SCOPE, result);
    let wrong = ClientCreds {
        secret: format!("{}-wrong", client.secret),
        ..client.clone()
    };
    let result = ctx
        .post_as(
            &endpoint,
            Some(&wrong),
            &[("grant_type", "client_credentials")],
        )
        .await
        .and_then(|r| {
            if wrong.auth == crate::cli::AuthMethod::Basic {
                oauth_error(&r, &[401], "invalid_client")?;
                ensure(r.header("www-authenticate").is_some(), || {
                    "401 without WWW-Authenticate".into()
                })
            } else {
                oauth_error(&r, &[400, 401], "invalid_client")
            }
        });
    rec.check(&WRONG_SECRET, result);
    let result = ctx
        .post_as(
            &endpoint,
            Some(&client),
            &[("grant_type", "urn:conformance:not-a-grant")],
        )
        .await
        .and_then(|r| oauth_error(&r, &[400], "unsupported_grant_type"));
    rec.check(&UNSUPPORTED_GRANT, result);
}

fn token_body(reply: &Reply) -> Result<Value, String> {
    if reply.status != 200 {
        return Err(reply.describe());
    }
    let body = reply.json()?;
    ensure(body["access_token"].is_string(), || {
        format!("no access_token: {body}")
    })?;
    let kind = body["token_type"].as_str().unwrap_or_default();
    ensure(kind.eq_ignore_ascii_case("bearer"), || {
        format!("token_type is {}", body["token_type"])
    })?;
    Ok(body)
}

pub fn no_store(reply: &Reply) -> Result<(), String> {
    let value = reply.header("cache-control").unwrap_or_default();
    ensure(value.to_ascii_lowercase().contains("no-store"), || {
        format!("Cache-Control is `{value}`")
    })
}

fn times(claims: &Value, body: &Value) -> Result<(), String> {
    let now = jose::now();
    let exp = claims["exp"].as_i64().ok_or("exp is not a number")?;
    let iat = claims["iat"].as_i64().ok_or("iat is not a number")?;
    ensure(exp > now, || format!("exp {exp} is not after now {now}"))?;
    ensure(iat <= now + SKEW, || {
        format!("iat {iat} is in the future (now {now})")
    })?;
    ensure(exp > iat, || format!("exp {exp} is not after iat {iat}"))?;
    if let Some(expires_in) = body["expires_in"].as_i64() {
        ensure((exp - iat - expires_in).abs() <= 5, || {
            format!("exp − iat = {} but expires_in = {expires_in}", exp - iat)
        })?;
    }
    Ok(())
}

fn same_words(a: &str, b: &str) -> bool {
    let mut a: Vec<&str> = a.split(' ').filter(|s| !s.is_empty()).collect();
    let mut b: Vec<&str> = b.split(' ').filter(|s| !s.is_empty()).collect();
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

/// An RFC 6749 §5.2 error response with one of `statuses` and `error` = `code`.
pub fn oauth_error(reply: &Reply, statuses: &[u16], code: &str) -> Result<(), String> {
    ensure(statuses.contains(&reply.status), || {
        format!(
            "expected HTTP {statuses:?} {code}, got {}",
            reply.describe()
        )
    })?;
    let body = reply.json()?;
    ensure(body["error"].as_str() == Some(code), || {
        format!("expected error `{code}`, got {body}")
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn token_times() {
        let now = jose::now();
        assert!(
            times(
                &json!({"exp": now + 3600, "iat": now}),
                &json!({"expires_in": 3600})
            )
            .is_ok()
        );
        assert!(times(&json!({"exp": now - 1, "iat": now - 100}), &json!({})).is_err());
        assert!(
            times(
                &json!({"exp": now + 60, "iat": now}),
                &json!({"expires_in": 3600})
            )
            .is_err()
        );
        assert!(same_words("a b", "b a") && !same_words("a", "a b"));
    }
}
