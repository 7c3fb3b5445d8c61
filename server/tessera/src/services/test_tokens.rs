//! Test access tokens: admin-minted RFC 9068 JWTs for exercising resource servers, like
//! Keycloak's "generated example access token" or the Auth0 dashboard's test token.

use serde_json::{Map, Value};
use tessera_wire::{TestToken, TestTokenRequest};

use super::audit::{self, Context};
use super::{App, Result, ServiceError, keys, tenants};

pub const DEFAULT_LIFETIME_SECS: u32 = 300;
pub const TEST_CLIENT_ID: &str = "tessera-test-token";

pub async fn mint(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: TestTokenRequest,
) -> Result<TestToken> {
    let tenant = tenants::find(app, slug).await?;
    let max = u32::try_from(app.max_token_lifetime.as_secs()).unwrap_or(u32::MAX);
    let expires_in = input.expires_in.unwrap_or(DEFAULT_LIFETIME_SECS.min(max));
    let mut errors = Vec::new();
    if input.subject.is_empty() || input.subject.len() > 255 {
        errors.push(field("/subject", "must be 1-255 characters"));
    }
    if input.audience.is_empty() || input.audience.len() > 2048 {
        errors.push(field("/audience", "must be 1-2048 characters"));
    }
    if let Some(scope) = &input.scope
        && !is_valid_scope(scope)
    {
        errors.push(field(
            "/scope",
            "must be space-separated scope tokens (RFC 6749 §3.3)",
        ));
    }
    if expires_in == 0 || expires_in > max {
        errors.push(field(
            "/expires_in",
            &format!("must be between 1 and {max} seconds (the server's max_token_lifetime)"),
        ));
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }

    let signer = keys::signer(app, &tenant, keys::primary_alg(&tenant)?).await?;
    let now = app.clock.unix();
    // RFC 9068 §2.2: iss, exp, aud, sub, client_id, iat and jti are required.
    let mut claims = Map::new();
    claims.insert("iss".into(), Value::from(app.issuer(&tenant.slug)));
    claims.insert("sub".into(), Value::from(input.subject));
    claims.insert("aud".into(), Value::from(input.audience));
    claims.insert("exp".into(), Value::from(now + i64::from(expires_in)));
    claims.insert("iat".into(), Value::from(now));
    claims.insert(
        "jti".into(),
        Value::from(uuid::Uuid::new_v4().simple().to_string()),
    );
    claims.insert("client_id".into(), Value::from(TEST_CLIENT_ID));
    if let Some(scope) = input.scope {
        claims.insert("scope".into(), Value::from(scope));
    }
    let access_token = signer
        .sign_jwt("at+jwt", &claims)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let facts = serde_json::json!({
        "sub": claims.get("sub"),
        "aud": claims.get("aud"),
        "jti": claims.get("jti"),
        "kid": signer.kid(),
        "expires_in": expires_in,
    });
    audit::record(
        app,
        &tenant.id,
        ctx,
        "test_token.issued",
        Some(("tenant", &tenant.id)),
        facts,
    )
    .await?;
    Ok(TestToken {
        access_token,
        token_type: "Bearer".into(),
        expires_in,
        kid: signer.kid().to_owned(),
    })
}

fn field(pointer: &str, message: &str) -> tessera_wire::FieldError {
    tessera_wire::FieldError {
        pointer: pointer.into(),
        message: message.into(),
    }
}

/// RFC 6749 §3.3: `scope-token = 1*( %x21 / %x23-5B / %x5D-7E )`, separated by single spaces.
fn is_valid_scope(scope: &str) -> bool {
    !scope.is_empty()
        && scope.split(' ').all(|token| {
            !token.is_empty()
                && token
                    .bytes()
                    .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn scope_syntax() {
        use super::is_valid_scope;
        assert!(is_valid_scope("openid read:users"));
        assert!(!is_valid_scope(""));
        assert!(!is_valid_scope("a  b"));
        assert!(!is_valid_scope("a\"b"));
        assert!(!is_valid_scope("a\\b"));
    }
}
