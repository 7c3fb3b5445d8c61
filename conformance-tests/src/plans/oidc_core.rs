//! `oidc-core`: OpenID Connect Core 1.0 for the authorization code flow: the ID token and
//! its validation (§3.1.3.7), nonce, at_hash, userinfo, prompt and max_age.

use serde_json::Value;

use crate::check::{Check, ensure};
use crate::codeflow::{Flow, Request, param};
use crate::context::{Context, read};
use crate::jose;
use crate::plans::discovery;
use crate::recorder::Recorder;
use crate::user_agent::Ending;

const ID_TOKEN: Check = Check::must(
    "oidcc-id-token-issued",
    "OIDC Core 1.0 §3.1.3.3",
    "a code exchanged for scope openid returns an id_token",
);
const SIGNATURE: Check = Check::must(
    "oidcc-id-token-signature",
    "OIDC Core 1.0 §3.1.3.7 (6), §10.1",
    "the ID token's signature verifies with the JWKS key named by `kid`; alg is not none",
);
const RS256: Check = Check::should(
    "oidcc-id-token-rs256",
    "OIDC Core 1.0 §15.1; OIDC Registration §2 (id_token_signed_response_alg default)",
    "without a registered preference, ID tokens are signed with RS256",
);
const CLAIMS: Check = Check::must(
    "oidcc-id-token-claims",
    "OIDC Core 1.0 §2, §3.1.3.7 (2)-(10)",
    "iss is the issuer, aud contains the client_id (azp when several), exp in the future, iat present, sub at most 255 ASCII characters",
);
const NONCE: Check = Check::must(
    "oidcc-nonce",
    "OIDC Core 1.0 §3.1.2.1, §3.1.3.7 (11)",
    "the ID token's nonce is the request's nonce",
);
const AT_HASH: Check = Check::must(
    "oidcc-at-hash",
    "OIDC Core 1.0 §3.1.3.6, §3.3.2.11",
    "at_hash, when present, is the left half of the access token's hash",
);
const USERINFO: Check = Check::must(
    "oidcc-userinfo",
    "OIDC Core 1.0 §5.3.1, §5.3.2",
    "userinfo answers GET with the access token: JSON whose sub equals the ID token's",
);
const USERINFO_POST: Check = Check::must(
    "oidcc-userinfo-post",
    "OIDC Core 1.0 §5.3.1",
    "userinfo also answers POST with the token in a form body or header",
);
const USERINFO_NO_TOKEN: Check = Check::must(
    "oidcc-userinfo-no-token",
    "OIDC Core 1.0 §5.3.3; RFC 6750 §3.1",
    "userinfo without a token answers 401 with WWW-Authenticate",
);
const USERINFO_EMAIL: Check = Check::should(
    "oidcc-userinfo-email",
    "OIDC Core 1.0 §5.4",
    "the email scope releases the `email` claim",
);
const PROMPT_NONE: Check = Check::must(
    "oidcc-prompt-none-no-session",
    "OIDC Core 1.0 §3.1.2.1 (prompt=none), §3.1.2.6",
    "prompt=none without a session redirects back with login_required (or interaction_required), showing no page",
);
const PROMPT_NONE_SESSION: Check = Check::should(
    "oidcc-prompt-none-with-session",
    "OIDC Core 1.0 §3.1.2.1 (prompt=none)",
    "prompt=none with a session and consent given returns a code without any page",
);
const PROMPT_LOGIN: Check = Check::must(
    "oidcc-prompt-login",
    "OIDC Core 1.0 §3.1.2.1 (prompt=login)",
    "prompt=login asks for the credentials again despite a session",
);
const MAX_AGE: Check = Check::must(
    "oidcc-max-age-auth-time",
    "OIDC Core 1.0 §3.1.2.1 (max_age), §2 (auth_time)",
    "with max_age the ID token carries auth_time, no older than max_age",
);
const UNKNOWN_CLIENT: Check = Check::must(
    "oidcc-unknown-client",
    "OIDC Core 1.0 §3.1.2.6; RFC 6749 §4.1.2.1",
    "an unknown client_id is refused on a page, never redirected",
);

pub const CHECKS: &[Check] = &[
    ID_TOKEN,
    SIGNATURE,
    RS256,
    CLAIMS,
    NONCE,
    AT_HASH,
    USERINFO,
    USERINFO_POST,
    USERINFO_NO_TOKEN,
    USERINFO_EMAIL,
    PROMPT_NONE,
    PROMPT_NONE_SESSION,
    PROMPT_LOGIN,
    MAX_AGE,
    UNKNOWN_CLIENT,
];

pub async fn run(ctx: &Context, rec: &mut Recorder) {
    let flow = match Flow::new(ctx) {
        Ok(flow) => flow,
        Err(why) => {
            rec.all_not_applicable(CHECKS, why.trim_start_matches("not applicable: "));
            return;
        }
    };
    let agent = match flow.agent() {
        Ok(a) => a,
        Err(e) => {
            rec.check(&ID_TOKEN, Err(e));
            rec.skip_remaining(CHECKS, "no user agent");
            return;
        }
    };

    // prompt=none before any session: judged first, while the agent has no cookie.
    let result = match flow
        .authorize(&agent, &Request::new(), &[("prompt", "none")])
        .await
    {
        Ok((Ending::Callback(url), trace)) => {
            let error = param(&url, "error").unwrap_or_default();
            ensure(trace.forms_submitted == 0, || "a page was shown".into()).and_then(|()| {
                ensure(
                    ["login_required", "interaction_required", "consent_required"]
                        .contains(&error.as_str()),
                    || format!("callback error is `{error}`: {url}"),
                )
            })
        }
        Ok((Ending::Stopped { status, url, .. }, _)) => Err(format!(
            "stopped on a page (HTTP {status} at {url}) instead of redirecting with an error"
        )),
        Err(e) => Err(e),
    };
    rec.check(&PROMPT_NONE, result);

    let done = match flow.complete(&agent, &[]).await {
        Ok(done) => done,
        Err(e) => {
            rec.check(&ID_TOKEN, Err(e));
            rec.skip_remaining(CHECKS, "the code flow did not complete");
            return;
        }
    };
    let Some(id_token) = done.tokens["id_token"].as_str() else {
        rec.check(&ID_TOKEN, Err(format!("no id_token in {}", done.tokens)));
        rec.skip_remaining(CHECKS, "no ID token");
        return;
    };
    rec.check(&ID_TOKEN, Ok(()));
    let jws = match jose::decode(id_token) {
        Ok(j) => j,
        Err(e) => {
            rec.check(&SIGNATURE, Err(e));
            rec.skip_remaining(CHECKS, "the ID token does not parse");
            return;
        }
    };
    rec.check(&SIGNATURE, discovery::verify(ctx, id_token).map(|_| ()));
    rec.check(
        &RS256,
        ensure(jws.alg() == "RS256", || format!("alg is {}", jws.alg())),
    );
    let client_id = flow.setup.client.id.as_str();
    rec.check(
        &CLAIMS,
        id_token_claims(&jws.claims, &ctx.issuer, client_id),
    );
    rec.check(
        &NONCE,
        ensure(
            jws.claims["nonce"].as_str() == Some(done.request.nonce.as_str()),
            || format!("nonce is {}", jws.claims["nonce"]),
        ),
    );
    let access = done.tokens["access_token"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    match jws.claims["at_hash"].as_str() {
        Some(at_hash) => {
            rec.check(
                &AT_HASH,
                ensure(
                    jose::half_hash(jws.alg(), &access).as_deref() == Some(at_hash),
                    || format!("at_hash {at_hash} does not match the access token"),
                ),
            );
        }
        None => rec.not_applicable(&AT_HASH, "no at_hash (OPTIONAL in the code flow)"),
    };

    match ctx.meta_str("userinfo_endpoint") {
        Some(endpoint) => {
            let get = read(ctx.http.get(endpoint).bearer_auth(&access).send().await).await;
            let info = get.and_then(|r| {
                ensure(r.status == 200, || r.describe())?;
                r.json()
            });
            match info {
                Ok(info) => {
                    rec.check(
                        &USERINFO,
                        ensure(info["sub"] == jws.claims["sub"], || {
                            format!(
                                "userinfo sub {} vs ID token sub {}",
                                info["sub"], jws.claims["sub"]
                            )
                        }),
                    );
                    rec.check(
                        &USERINFO_EMAIL,
                        ensure(info["email"].is_string(), || format!("no email in {info}")),
                    );
                }
                Err(e) => {
                    rec.check(&USERINFO, Err(e));
                    rec.skip(&USERINFO_EMAIL, "userinfo failed");
                }
            }
            let post = read(
                ctx.http
                    .post(endpoint)
                    .form(&[("access_token", access.as_str())])
                    .send()
                    .await,
            )
            .await;
            let post_header = read(ctx.http.post(endpoint).bearer_auth(&access).send().await).await;
            rec.check(
                &USERINFO_POST,
                match (post, post_header) {
                    (Ok(a), _) if a.status == 200 => Ok(()),
                    (_, Ok(b)) if b.status == 200 => Ok(()),
                    (Ok(a), Ok(b)) => Err(format!(
                        "form body: {}; header: {}",
                        a.describe(),
                        b.describe()
                    )),
                    (Err(e), _) | (_, Err(e)) => Err(e),
                },
            );
            let bare = read(ctx.http.get(endpoint).send().await).await;
            rec.check(
                &USERINFO_NO_TOKEN,
                bare.and_then(|r| {
                    ensure(
                        r.status == 401 && r.header("www-authenticate").is_some(),
                        || {
                            format!(
                                "{} (WWW-Authenticate: {:?})",
                                r.describe(),
                                r.header("www-authenticate")
                            )
                        },
                    )
                }),
            );
        }
        None => {
            let why = "no userinfo_endpoint advertised (OIDC Discovery §3 RECOMMENDED)";
            rec.check(&USERINFO, Err(why.into()));
            rec.skip(&USERINFO_POST, why);
            rec.skip(&USERINFO_NO_TOKEN, why);
            rec.skip(&USERINFO_EMAIL, why);
        }
    }

    // With the session the flow left behind.
    let result = match flow
        .authorize(&agent, &Request::new(), &[("prompt", "none")])
        .await
    {
        Ok((Ending::Callback(url), trace)) => ensure(
            param(&url, "code").is_some() && trace.forms_submitted == 0,
            || format!("callback {url} after {} form(s)", trace.forms_submitted),
        ),
        Ok((ending, _)) => Err(format!("{ending:?}")),
        Err(e) => Err(e),
    };
    rec.check(&PROMPT_NONE_SESSION, result);
    let result = match flow
        .authorize(&agent, &Request::new(), &[("prompt", "login")])
        .await
    {
        Ok((Ending::Callback(url), trace)) => ensure(trace.password_forms >= 1, || {
            format!("no sign-in form was shown before {url}")
        }),
        Ok((ending, _)) => Err(format!("{ending:?}")),
        Err(e) => Err(e),
    };
    rec.check(&PROMPT_LOGIN, result);
    let result = match flow.complete(&agent, &[("max_age", "600")]).await {
        Ok(done) => {
            let token = done.tokens["id_token"].as_str().unwrap_or_default();
            jose::decode(token).and_then(|j| {
                let auth_time = j.claims["auth_time"]
                    .as_i64()
                    .ok_or_else(|| format!("no auth_time in {}", j.claims))?;
                ensure(jose::now() - auth_time <= 600 + 120, || {
                    format!("auth_time {auth_time} is older than max_age")
                })
            })
        }
        Err(e) => Err(e),
    };
    rec.check(&MAX_AGE, result);

    let mut url = flow.url(
        &Request::new(),
        &[("client_id", "conformance-unknown-client")],
    );
    if url.is_empty() {
        url = flow.authorization_endpoint.clone();
    }
    let result = match agent.run(&url, &flow.setup.redirect_uri).await {
        Ok((Ending::Callback(url), _)) => Err(format!("redirected for an unknown client: {url}")),
        Ok((Ending::Stopped { status, .. }, _)) => {
            ensure(status >= 400, || format!("HTTP {status} page"))
        }
        Err(e) => Err(e),
    };
    rec.check(&UNKNOWN_CLIENT, result);
}

fn id_token_claims(claims: &Value, issuer: &str, client_id: &str) -> Result<(), String> {
    ensure(claims["iss"].as_str() == Some(issuer), || {
        format!("iss is {}", claims["iss"])
    })?;
    let audiences: Vec<&str> = match &claims["aud"] {
        Value::String(a) => vec![a.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    ensure(audiences.contains(&client_id), || {
        format!("aud is {}", claims["aud"])
    })?;
    if audiences.len() > 1 {
        ensure(claims["azp"].as_str() == Some(client_id), || {
            format!("several audiences but azp is {}", claims["azp"])
        })?;
    }
    let exp = claims["exp"].as_i64().ok_or("no numeric exp")?;
    ensure(exp > jose::now(), || format!("exp {exp} has passed"))?;
    ensure(claims["iat"].is_i64(), || "no numeric iat".into())?;
    let sub = claims["sub"].as_str().ok_or("no sub")?;
    ensure(
        !sub.is_empty() && sub.len() <= 255 && sub.is_ascii(),
        || format!("sub `{sub}`"),
    )
}
