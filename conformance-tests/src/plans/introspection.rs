//! `introspection-revocation`: RFC 7662 token introspection and RFC 7009 revocation, on
//! client_credentials access tokens.

use crate::check::{Check, ensure};
use crate::context::{ClientCreds, Context, Reply};
use crate::jose;
use crate::plans::jwt_access_token::oauth_error;
use crate::recorder::Recorder;

const ACTIVE: Check = Check::must(
    "intro-active",
    "RFC 7662 §2.2",
    "a valid token introspects as 200 application/json with \"active\": true",
);
const MEMBERS: Check = Check::should(
    "intro-members",
    "RFC 7662 §2.2",
    "an active token's response carries client_id, scope, exp and iat matching the token",
);
const AUTH_REQUIRED: Check = Check::must(
    "intro-auth-required",
    "RFC 7662 §2.1, §4",
    "introspection without client authentication is refused and discloses nothing",
);
const UNKNOWN: Check = Check::must(
    "intro-unknown-inactive",
    "RFC 7662 §2.2",
    "an unknown token introspects as 200 with \"active\": false",
);
const INACTIVE_MINIMAL: Check = Check::should(
    "intro-inactive-minimal",
    "RFC 7662 §2.2",
    "an inactive token's response carries nothing but `active`",
);
const WRONG_HINT: Check = Check::must(
    "intro-wrong-hint",
    "RFC 7662 §2.1 (token_type_hint)",
    "a wrong token_type_hint does not hide the token: the server extends its search",
);
const REVOKE_OK: Check = Check::must(
    "revoke-ok",
    "RFC 7009 §2.2, §2.2.1",
    "revoking an access token of the calling client answers 200, or 400 unsupported_token_type when access tokens cannot be revoked",
);
const REVOKE_UNKNOWN: Check = Check::must(
    "revoke-unknown-200",
    "RFC 7009 §2.2",
    "revoking an invalid or unknown token answers 200 (no error)",
);
const REVOKE_AUTH: Check = Check::must(
    "revoke-auth-required",
    "RFC 7009 §2.1",
    "revocation without client authentication is refused",
);
const REVOKE_OTHER: Check = Check::must(
    "revoke-other-client",
    "RFC 7009 §2.1",
    "a client cannot revoke another client's token",
);
const REVOKED_INACTIVE: Check = Check::should(
    "revoke-access-token-effective",
    "RFC 7009 §2 (SHOULD support access tokens); RFC 7662 §2.2",
    "access tokens can be revoked: a revoked access token introspects as inactive",
);

pub const CHECKS: &[Check] = &[
    ACTIVE,
    MEMBERS,
    AUTH_REQUIRED,
    UNKNOWN,
    INACTIVE_MINIMAL,
    WRONG_HINT,
    REVOKE_OK,
    REVOKE_UNKNOWN,
    REVOKE_AUTH,
    REVOKE_OTHER,
    REVOKED_INACTIVE,
];

const UNOBSERVABLE: &str = "introspection does not show this token as active (see intro-active), so the effect cannot be observed";

const INTRO: &[Check] = &[
    ACTIVE,
    MEMBERS,
    AUTH_REQUIRED,
    UNKNOWN,
    INACTIVE_MINIMAL,
    WRONG_HINT,
];
const REVOKE: &[Check] = &[
    REVOKE_OK,
    REVOKE_UNKNOWN,
    REVOKE_AUTH,
    REVOKE_OTHER,
    REVOKED_INACTIVE,
];

pub async fn run(ctx: &Context, rec: &mut Recorder) {
    let Some(client) = ctx.client.clone() else {
        rec.all_not_applicable(
            CHECKS,
            "no client: pass --client-id/--client-secret or --admin-key",
        );
        return;
    };
    let introspect = ctx.meta_str("introspection_endpoint").map(str::to_owned);
    let revoke = ctx.meta_str("revocation_endpoint").map(str::to_owned);
    let token = match ctx.client_credentials(&client).await {
        Ok(body) => body["access_token"].as_str().unwrap_or_default().to_owned(),
        Err(e) => {
            rec.skip_remaining(CHECKS, &format!("no access token to work with: {e}"));
            return;
        }
    };
    match &introspect {
        Some(endpoint) => introspection(ctx, rec, endpoint, &client, &token).await,
        None => rec.all_not_applicable(INTRO, "no introspection_endpoint advertised"),
    }
    match &revoke {
        Some(endpoint) => revocation(ctx, rec, endpoint, introspect.as_deref(), &client).await,
        None => rec.all_not_applicable(REVOKE, "no revocation_endpoint advertised"),
    }
}

async fn introspect_as(
    ctx: &Context,
    endpoint: &str,
    client: &ClientCreds,
    token: &str,
) -> Result<serde_json::Value, String> {
    let reply = ctx
        .post_as(endpoint, Some(client), &[("token", token)])
        .await?;
    json_200(&reply)
}

fn json_200(reply: &Reply) -> Result<serde_json::Value, String> {
    ensure(reply.status == 200, || reply.describe())?;
    ensure(reply.media_type() == "application/json", || {
        format!("Content-Type is `{}`", reply.content_type())
    })?;
    reply.json()
}

async fn introspection(
    ctx: &Context,
    rec: &mut Recorder,
    endpoint: &str,
    client: &ClientCreds,
    token: &str,
) {
    match introspect_as(ctx, endpoint, client, token).await {
        Ok(body) if body["active"] == true => {
            rec.check(&ACTIVE, Ok(()));
            let claims = jose::decode(token).map(|j| j.claims).unwrap_or_default();
            let mut wrong = Vec::new();
            if body["client_id"].as_str() != Some(client.id.as_str()) {
                wrong.push(format!("client_id {}", body["client_id"]));
            }
            for member in ["exp", "iat"] {
                if !body[member].is_i64()
                    || (claims.get(member).is_some() && body[member] != claims[member])
                {
                    wrong.push(format!(
                        "{member} {} (token: {})",
                        body[member], claims[member]
                    ));
                }
            }
            if claims.get("scope").is_some() && body["scope"] != claims["scope"] {
                wrong.push(format!(
                    "scope {} (token: {})",
                    body["scope"], claims["scope"]
                ));
            }
            rec.check(&MEMBERS, ensure(wrong.is_empty(), || wrong.join("; ")));
        }
        Ok(body) => {
            rec.check(&ACTIVE, Err(format!("a fresh token introspects as {body}")));
            rec.skip(&MEMBERS, "the token was not active");
        }
        Err(e) => {
            rec.check(&ACTIVE, Err(e));
            rec.skip(&MEMBERS, "introspection failed");
        }
    }
    let result = ctx
        .post_as(endpoint, None, &[("token", token)])
        .await
        .and_then(|r| {
            ensure((400..500).contains(&r.status), || {
                format!("expected 401/400, got {}", r.describe())
            })?;
            ensure(
                !r.text.contains("\"active\":true") && !r.text.contains("\"active\": true"),
                || format!("the refusal discloses the token: {}", r.describe()),
            )
        });
    rec.check(&AUTH_REQUIRED, result);
    let unknown = format!("conformance-unknown-{}", jose::random(16));
    match introspect_as(ctx, endpoint, client, &unknown).await {
        Ok(body) => {
            rec.check(
                &UNKNOWN,
                ensure(body["active"] == false, || format!("got {body}")),
            );
            let extra: Vec<&String> = body
                .as_object()
                .map(|o| o.keys().filter(|k| *k != "active").collect())
                .unwrap_or_default();
            rec.check(
                &INACTIVE_MINIMAL,
                ensure(extra.is_empty(), || format!("also says: {extra:?}")),
            );
        }
        Err(e) => {
            rec.check(&UNKNOWN, Err(e));
            rec.skip(&INACTIVE_MINIMAL, "no answer for an unknown token");
        }
    }
    let result = ctx
        .post_as(
            endpoint,
            Some(client),
            &[("token", token), ("token_type_hint", "refresh_token")],
        )
        .await
        .and_then(|r| json_200(&r))
        .and_then(|b| ensure(b["active"] == true, || format!("got {b}")));
    rec.check(&WRONG_HINT, result);
}

async fn revocation(
    ctx: &Context,
    rec: &mut Recorder,
    endpoint: &str,
    introspect: Option<&str>,
    client: &ClientCreds,
) {
    let token = match ctx.client_credentials(client).await {
        Ok(b) => b["access_token"].as_str().unwrap_or_default().to_owned(),
        Err(e) => {
            rec.skip_remaining(REVOKE, &format!("no token: {e}"));
            return;
        }
    };
    // Refused first: nothing may happen to the token.
    let result = ctx
        .post_as(endpoint, None, &[("token", &token)])
        .await
        .and_then(|r| {
            ensure((400..500).contains(&r.status), || {
                format!("expected 401/400 invalid_client, got {}", r.describe())
            })
        });
    rec.check(&REVOKE_AUTH, result);
    // Whether introspection shows this token's state at all (intro-active judges that).
    let observable = match introspect {
        Some(i) => introspect_as(ctx, i, client, &token)
            .await
            .is_ok_and(|b| b["active"] == true),
        None => false,
    };
    match &ctx.other_client {
        Some(_) if !observable => rec.skip(&REVOKE_OTHER, UNOBSERVABLE),
        Some(other) => {
            let refused = ctx
                .post_as(endpoint, Some(other), &[("token", &token)])
                .await;
            let still_active = match introspect {
                Some(i) => introspect_as(ctx, i, client, &token).await,
                None => Err("no introspection endpoint to observe the effect".into()),
            };
            rec.check(
                &REVOKE_OTHER,
                refused.and(still_active).and_then(|b| {
                    ensure(b["active"] == true, || {
                        format!("after another client's revocation request the token is {b}")
                    })
                }),
            );
        }
        None => rec.not_applicable(&REVOKE_OTHER, "no second client (needs --admin-key)"),
    }
    let reply = ctx
        .post_as(
            endpoint,
            Some(client),
            &[("token", &token), ("token_type_hint", "access_token")],
        )
        .await;
    let revoked = matches!(&reply, Ok(r) if r.status == 200);
    let unsupported =
        matches!(&reply, Ok(r) if oauth_error(r, &[400], "unsupported_token_type").is_ok());
    rec.check(
        &REVOKE_OK,
        reply.and_then(|r| ensure(revoked || unsupported, || r.describe())),
    );
    let garbage = format!("conformance-garbage-{}", jose::random(8));
    let result = ctx
        .post_as(endpoint, Some(client), &[("token", &garbage)])
        .await
        .and_then(|r| ensure(r.status == 200, || r.describe()));
    rec.check(&REVOKE_UNKNOWN, result);
    match (revoked, introspect) {
        (true, Some(i)) if observable => {
            let result = introspect_as(ctx, i, client, &token)
                .await
                .and_then(|b| ensure(b["active"] == false, || format!("still {b}")));
            rec.check(&REVOKED_INACTIVE, result);
        }
        (false, _) if unsupported => {
            rec.check(
                &REVOKED_INACTIVE,
                Err("access tokens cannot be revoked (unsupported_token_type)".into()),
            );
        }
        (false, _) => rec.skip(&REVOKED_INACTIVE, "revocation failed"),
        (_, None) => rec.not_applicable(&REVOKED_INACTIVE, "no introspection endpoint"),
        (true, Some(_)) => rec.skip(&REVOKED_INACTIVE, UNOBSERVABLE),
    }
}
