//! `oauth21`: the authorization code flow under OAuth 2.1 (draft-ietf-oauth-v2-1) and the
//! OAuth 2.0 Security BCP (RFC 9700): PKCE S256 only, exact redirect URIs, single-use codes,
//! no implicit or password grant, refresh token rotation and reuse detection.

use url::Url;

use crate::check::{Check, ensure};
use crate::codeflow::{Flow, Request, param, refused};
use crate::context::Context;
use crate::plans::jwt_access_token::{no_store, oauth_error};
use crate::recorder::Recorder;
use crate::user_agent::{Ending, UserAgent};

const CODE_FLOW: Check = Check::must(
    "oauth21-code-flow",
    "OAuth 2.1 §4.1; RFC 7636 §4",
    "an authorization request with PKCE S256 yields a code that exchanges for an access token",
);
const STATE: Check = Check::must(
    "oauth21-state",
    "RFC 6749 §4.1.2; OAuth 2.1 §4.1.2",
    "the callback carries the request's `state` unchanged",
);
const ISS_PARAM: Check = Check::should(
    "oauth21-iss-parameter",
    "RFC 9207 §2; RFC 9700 §4.4.2",
    "the callback carries `iss` equal to the issuer (mix-up defence)",
);
const TOKEN_NO_STORE: Check = Check::must(
    "oauth21-token-no-store",
    "RFC 6749 §5.1",
    "the code exchange response carries Cache-Control: no-store",
);
const S256_ADVERTISED: Check = Check::must(
    "oauth21-s256-advertised",
    "RFC 8414 §2 (code_challenge_methods_supported); OAuth 2.1 §4.1.1",
    "the metadata lists S256 and not `plain`",
);
const PKCE_REQUIRED: Check = Check::must(
    "oauth21-pkce-required",
    "OAuth 2.1 §4.1.1; RFC 9700 §2.1.1",
    "an authorization request without code_challenge is refused (sent without nonce too: RFC 9700 §2.1.1 accepts the OpenID Connect nonce instead of PKCE for confidential clients)",
);
const PKCE_PLAIN: Check = Check::must(
    "oauth21-pkce-plain-refused",
    "OAuth 2.1 §4.1.1; RFC 9700 §2.1.1",
    "code_challenge_method=plain is refused",
);
const PKCE_WRONG_VERIFIER: Check = Check::must(
    "oauth21-pkce-wrong-verifier",
    "RFC 7636 §4.6",
    "a code exchanged with the wrong code_verifier gets invalid_grant",
);
const PKCE_NO_VERIFIER: Check = Check::must(
    "oauth21-pkce-missing-verifier",
    "RFC 7636 §4.6; OAuth 2.1 §4.1.3",
    "a code issued with a challenge and exchanged without code_verifier is refused",
);
const REDIRECT_EXACT: Check = Check::must(
    "oauth21-redirect-exact-match",
    "OAuth 2.1 §2.3.1, §4.1.1; RFC 9700 §4.1.3",
    "a redirect_uri differing from the registered one by a path segment or a query is refused without redirecting",
);
const REDIRECT_FOREIGN: Check = Check::must(
    "oauth21-redirect-unregistered",
    "RFC 6749 §4.1.2.1; RFC 9700 §4.1",
    "an unregistered redirect_uri is never redirected to",
);
const REDIRECT_AT_TOKEN: Check = Check::must(
    "oauth21-redirect-mismatch-at-token",
    "RFC 6749 §4.1.3",
    "a code exchanged with a redirect_uri other than the authorization request's gets invalid_grant",
);
const CODE_SINGLE_USE: Check = Check::must(
    "oauth21-code-single-use",
    "OAuth 2.1 §4.1.3; RFC 6749 §4.1.2",
    "a code exchanged a second time gets invalid_grant",
);
const CODE_REPLAY_REVOKES: Check = Check::should(
    "oauth21-code-replay-revokes",
    "RFC 6749 §4.1.2; RFC 9700 §4.5.3",
    "after a replayed code, the tokens first issued for it are revoked",
);
const CODE_BOUND: Check = Check::must(
    "oauth21-code-bound-to-client",
    "RFC 6749 §4.1.3",
    "a code cannot be exchanged by another client",
);
const NO_IMPLICIT: Check = Check::must(
    "oauth21-no-implicit",
    "OAuth 2.1 §4 (implicit removed); RFC 9700 §2.1.2",
    "response_type=token is neither advertised nor honoured",
);
const NO_PASSWORD: Check = Check::must(
    "oauth21-no-password-grant",
    "OAuth 2.1 §4 (password grant removed); RFC 9700 §2.4",
    "grant_type=password is neither advertised nor honoured",
);
const REFRESH: Check = Check::must(
    "oauth21-refresh",
    "RFC 6749 §6; OAuth 2.1 §4.3",
    "a refresh token yields a new access token",
);
const REFRESH_ROTATION: Check = Check::should(
    "oauth21-refresh-rotation",
    "OAuth 2.1 §4.3.1; RFC 9700 §4.14.2",
    "refreshing issues a new refresh token and the spent one stops working",
);
const REFRESH_REUSE: Check = Check::should(
    "oauth21-refresh-reuse-revokes-family",
    "RFC 9700 §4.14.2",
    "replaying a spent refresh token revokes the newest one of its family too",
);

pub const CHECKS: &[Check] = &[
    CODE_FLOW,
    STATE,
    ISS_PARAM,
    TOKEN_NO_STORE,
    S256_ADVERTISED,
    PKCE_REQUIRED,
    PKCE_PLAIN,
    PKCE_WRONG_VERIFIER,
    PKCE_NO_VERIFIER,
    REDIRECT_EXACT,
    REDIRECT_FOREIGN,
    REDIRECT_AT_TOKEN,
    CODE_SINGLE_USE,
    CODE_REPLAY_REVOKES,
    CODE_BOUND,
    NO_IMPLICIT,
    NO_PASSWORD,
    REFRESH,
    REFRESH_ROTATION,
    REFRESH_REUSE,
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
            rec.check(&CODE_FLOW, Err(e));
            rec.skip_remaining(CHECKS, "no user agent");
            return;
        }
    };
    let done = match flow.complete(&agent, &[]).await {
        Ok(done) => done,
        Err(e) => {
            rec.check(&CODE_FLOW, Err(e));
            rec.skip_remaining(CHECKS, "the code flow did not complete");
            return;
        }
    };
    rec.check(
        &CODE_FLOW,
        ensure(done.tokens["access_token"].is_string(), || {
            format!("no access_token: {}", done.tokens)
        }),
    );
    rec.check(
        &STATE,
        ensure(
            param(&done.callback, "state").as_deref() == Some(done.request.state.as_str()),
            || {
                format!(
                    "state in the callback: {:?}",
                    param(&done.callback, "state")
                )
            },
        ),
    );
    rec.check(
        &ISS_PARAM,
        ensure(
            param(&done.callback, "iss").as_deref() == Some(ctx.issuer.as_str()),
            || format!("iss in the callback: {:?}", param(&done.callback, "iss")),
        ),
    );
    rec.check(&TOKEN_NO_STORE, no_store(&done.token_reply));
    let methods = ctx.meta_list("code_challenge_methods_supported");
    rec.check(
        &S256_ADVERTISED,
        ensure(
            methods.iter().any(|m| m == "S256") && !methods.iter().any(|m| m == "plain"),
            || format!("code_challenge_methods_supported is {methods:?}"),
        ),
    );

    // The code was spent above: a second exchange must fail, and should revoke.
    let replay = flow
        .exchange(
            &flow.setup.client,
            &done.code,
            Some(&done.request.verifier),
            &flow.setup.redirect_uri,
        )
        .await;
    rec.check(
        &CODE_SINGLE_USE,
        replay.and_then(|r| oauth_error(&r, &[400], "invalid_grant")),
    );
    match ctx.meta_str("introspection_endpoint") {
        Some(endpoint) => {
            let token = done.tokens["access_token"].as_str().unwrap_or_default();
            let result = ctx
                .post_as(endpoint, Some(&flow.setup.client), &[("token", token)])
                .await
                .and_then(|r| r.json())
                .and_then(|b| {
                    ensure(b["active"] == false, || {
                        format!("the first access token is still {b}")
                    })
                });
            rec.check(&CODE_REPLAY_REVOKES, result);
        }
        None => rec.not_applicable(
            &CODE_REPLAY_REVOKES,
            "no introspection endpoint to observe it",
        ),
    }

    // PKCE at the authorization endpoint.
    let request = Request::new();
    let result = match flow
        .authorize(
            &agent,
            &request,
            &[
                ("code_challenge", ""),
                ("code_challenge_method", ""),
                ("nonce", ""),
            ],
        )
        .await
    {
        Ok((ending, _)) => refused(&ending),
        Err(e) => Err(e),
    };
    rec.check(&PKCE_REQUIRED, result);
    let request = Request::new();
    let verifier = request.verifier.clone();
    let result = match flow
        .authorize(
            &agent,
            &request,
            &[
                ("code_challenge", &verifier),
                ("code_challenge_method", "plain"),
            ],
        )
        .await
    {
        Ok((ending, _)) => refused(&ending),
        Err(e) => Err(e),
    };
    rec.check(&PKCE_PLAIN, result);

    // PKCE and redirect_uri at the token endpoint: each needs a fresh code.
    let result = match fresh_code(&flow, &agent, "wrong verifier").await {
        Ok((code, _)) => flow
            .exchange(
                &flow.setup.client,
                &code,
                Some(&crate::jose::random(32)),
                &flow.setup.redirect_uri,
            )
            .await
            .and_then(|r| oauth_error(&r, &[400], "invalid_grant")),
        Err(e) => Err(e),
    };
    rec.check(&PKCE_WRONG_VERIFIER, result);
    let result = match fresh_code(&flow, &agent, "no verifier").await {
        Ok((code, _)) => flow
            .exchange(&flow.setup.client, &code, None, &flow.setup.redirect_uri)
            .await
            .and_then(|r| {
                ensure(r.status == 400, || r.describe())?;
                let error = r.json()?["error"].as_str().unwrap_or_default().to_owned();
                ensure(
                    error == "invalid_grant" || error == "invalid_request",
                    || format!("error is `{error}`"),
                )
            }),
        Err(e) => Err(e),
    };
    rec.check(&PKCE_NO_VERIFIER, result);
    let result = match fresh_code(&flow, &agent, "redirect mismatch").await {
        Ok((code, request)) => flow
            .exchange(
                &flow.setup.client,
                &code,
                Some(&request.verifier),
                &format!("{}/other", flow.setup.redirect_uri),
            )
            .await
            .and_then(|r| oauth_error(&r, &[400], "invalid_grant")),
        Err(e) => Err(e),
    };
    rec.check(&REDIRECT_AT_TOKEN, result);
    match &ctx.other_client {
        Some(other) => {
            let result = match fresh_code(&flow, &agent, "other client").await {
                Ok((code, request)) => flow
                    .exchange(
                        other,
                        &code,
                        Some(&request.verifier),
                        &flow.setup.redirect_uri,
                    )
                    .await
                    .and_then(|r| {
                        ensure(r.status == 400 || r.status == 401, || r.describe())?;
                        ensure(!r.text.contains("access_token"), || {
                            "tokens were issued".into()
                        })
                    }),
                Err(e) => Err(e),
            };
            rec.check(&CODE_BOUND, result);
        }
        None => rec.not_applicable(&CODE_BOUND, "no second client (needs --admin-key)"),
    }

    // Redirect URIs at the authorization endpoint.
    let registered = flow.setup.redirect_uri.clone();
    let variants = [
        format!("{registered}/extra"),
        with_query(&registered, "x=1"),
    ];
    let mut failures = Vec::new();
    for variant in &variants {
        match flow
            .authorize(&agent, &Request::new(), &[("redirect_uri", variant)])
            .await
        {
            Ok((Ending::Stopped { status, .. }, _)) if status >= 400 => {}
            Ok((ending, _)) => failures.push(format!("{variant}: {ending:?}")),
            Err(e) => failures.push(format!("{variant}: {e}")),
        }
    }
    rec.check(
        &REDIRECT_EXACT,
        ensure(failures.is_empty(), || failures.join("; ")),
    );
    let foreign = "https://attacker.conformance.invalid/callback";
    let result = match flow
        .authorize(&agent, &Request::new(), &[("redirect_uri", foreign)])
        .await
    {
        Ok((Ending::Callback(url), _)) => Err(format!("redirected to the unregistered URI: {url}")),
        Ok((Ending::Stopped { status, .. }, _)) => {
            ensure(status >= 400, || format!("HTTP {status} page"))
        }
        Err(e) => Err(e),
    };
    rec.check(&REDIRECT_FOREIGN, result);

    // Removed grants.
    let types = ctx.meta_list("response_types_supported");
    let mut result = ensure(
        !types.iter().any(|t| t.split(' ').any(|w| w == "token")),
        || format!("response_types_supported lists {types:?}"),
    );
    if result.is_ok() {
        result = match flow
            .authorize(&agent, &Request::new(), &[("response_type", "token")])
            .await
        {
            Ok((Ending::Callback(url), _)) => {
                ensure(!url.as_str().contains("access_token="), || {
                    format!("an access token was issued: {url}")
                })
            }
            Ok(_) => Ok(()),
            Err(e) => Err(e),
        };
    }
    rec.check(&NO_IMPLICIT, result);
    let grants = ctx.meta_list("grant_types_supported");
    let mut result = ensure(!grants.iter().any(|g| g == "password"), || {
        format!("grant_types_supported lists {grants:?}")
    });
    if result.is_ok() {
        result = ctx
            .post_as(
                &flow.token_endpoint,
                Some(&flow.setup.client),
                &[
                    ("grant_type", "password"),
                    ("username", &flow.setup.username),
                    ("password", &flow.setup.password),
                ],
            )
            .await
            .and_then(|r| {
                ensure(r.status == 400 || r.status == 401, || r.describe())?;
                ensure(!r.text.contains("access_token"), || {
                    "tokens were issued".into()
                })
            });
    }
    rec.check(&NO_PASSWORD, result);

    // Refresh tokens, from a fresh flow: the replay above may rightly have revoked the
    // first flow's grant.
    let done = match flow.complete(&agent, &[]).await {
        Ok(done) => done,
        Err(e) => {
            rec.check(&REFRESH, Err(e));
            rec.skip_remaining(CHECKS, "the code flow did not complete");
            return;
        }
    };
    let Some(first) = done.tokens["refresh_token"].as_str().map(str::to_owned) else {
        let why = "no refresh token was issued for scope offline_access";
        rec.check(&REFRESH, Err(why.into()));
        rec.skip(&REFRESH_ROTATION, why);
        rec.skip(&REFRESH_REUSE, why);
        return;
    };
    let refreshed = flow.refresh(&first).await.and_then(|r| {
        ensure(r.status == 200, || r.describe())?;
        r.json()
    });
    let refreshed = match refreshed {
        Ok(body) if body["access_token"].is_string() => {
            rec.check(&REFRESH, Ok(()));
            body
        }
        Ok(body) => {
            rec.check(&REFRESH, Err(format!("no access_token: {body}")));
            rec.skip_remaining(CHECKS, "refresh failed");
            return;
        }
        Err(e) => {
            rec.check(&REFRESH, Err(e));
            rec.skip_remaining(CHECKS, "refresh failed");
            return;
        }
    };
    let Some(second) = refreshed["refresh_token"].as_str().filter(|t| *t != first) else {
        rec.check(
            &REFRESH_ROTATION,
            Err("the refresh response carries no new refresh token".into()),
        );
        rec.skip(&REFRESH_REUSE, "no rotation");
        return;
    };
    let reuse = flow.refresh(&first).await;
    rec.check(
        &REFRESH_ROTATION,
        reuse.and_then(|r| oauth_error(&r, &[400], "invalid_grant")),
    );
    let family = flow.refresh(second).await;
    rec.check(
        &REFRESH_REUSE,
        family.and_then(|r| {
            oauth_error(&r, &[400], "invalid_grant")
                .map_err(|e| format!("the successor still works after the replay: {e}"))
        }),
    );
}

/// A fresh, unexchanged code and the request it answers.
async fn fresh_code(
    flow: &Flow<'_>,
    agent: &UserAgent,
    label: &str,
) -> Result<(String, Request), String> {
    let request = Request::new();
    match flow.authorize(agent, &request, &[]).await? {
        (Ending::Callback(url), _) => param(&url, "code")
            .map(|c| (c, request))
            .ok_or_else(|| format!("{label}: no code in {url}")),
        (Ending::Stopped { status, url, .. }, _) => {
            Err(format!("{label}: stopped at {url} (HTTP {status})"))
        }
    }
}

fn with_query(uri: &str, query: &str) -> String {
    match Url::parse(uri) {
        Ok(mut url) => {
            url.set_query(Some(query));
            url.to_string()
        }
        Err(_) => format!("{uri}?{query}"),
    }
}
