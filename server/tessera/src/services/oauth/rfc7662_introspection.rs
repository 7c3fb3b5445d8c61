//! Token introspection (RFC 7662): may this access token be used right now?

use tessera_core::{Algorithm, JwtVerifier, VerifyOptions};
use tessera_store::TenantRecord;
use tessera_wire::{IntrospectionResponse, TokenQuery};

use super::OAuthResult;
use super::client_auth::{self, Presented};
use crate::cache::verified_tokens;
use crate::services::{App, ServiceError, keys};

/// Verifies `token` as one of the tenant's access tokens: signature, issuer, `typ`, expiry,
/// and not revoked. Returns the claims, or `None` for any token that is not active.
pub async fn active_claims(
    app: &App,
    tenant: &TenantRecord,
    token: &str,
) -> crate::services::Result<Option<tessera_core::Claims>> {
    let keys = keys::verification_keys(app, tenant).await?;
    let mut options = VerifyOptions::new([Algorithm::ES256, Algorithm::RS256, Algorithm::EdDSA]);
    options.issuer = Some(app.issuer(&tenant.slug));
    options.expected_type = Some(tessera_core::ACCESS_TOKEN_TYPE.to_owned());
    options.required_claims = vec!["jti".into()];
    let now = app.clock.unix();
    let fingerprint = verified_tokens::fingerprint(token);
    let claims = match verified_tokens::get(app, &tenant.id, fingerprint, &keys) {
        // Verified before against these very keys: only the claim checks are repeated.
        Some(seen) => match seen.claims.validate(&options, now) {
            Ok(()) => seen.claims.clone(),
            Err(_) => return Ok(None),
        },
        None => {
            let verifier =
                JwtVerifier::new(options).map_err(|e| ServiceError::Internal(e.to_string()))?;
            let Ok(verified) = verifier.verify_with_jwks(token, &keys.jwks, now) else {
                return Ok(None);
            };
            verified_tokens::insert(
                app,
                &tenant.id,
                fingerprint,
                keys.clone(),
                verified.claims.clone(),
            );
            verified.claims
        }
    };
    let Some(jti) = claims.jwt_id() else {
        return Ok(None);
    };
    if crate::cache::revocations::is_revoked(app, &tenant.id, jti).await? {
        return Ok(None);
    }
    // A user's token lives only as long as its session or grant (logout, revocation, a
    // disabled user or a password change end it before `exp`).
    let is_session_token = claims.client_id() == Some(crate::services::sessions::SESSION_CLIENT_ID);
    if is_session_token || claims.get("sid").is_some() {
        let (Some(subject), Ok(Some(session_id))) = (claims.subject(), claims.string("sid")) else {
            return Ok(None);
        };
        let live = app
            .db
            .session_by_id(&tenant.id, session_id)
            .await?
            .is_some_and(|s| s.user_id == subject && s.revoked_at.is_none() && s.expires_at > now);
        if !live {
            return Ok(None);
        }
    }
    Ok(Some(claims))
}

pub async fn introspect(
    app: &App,
    tenant: &TenantRecord,
    query: TokenQuery,
    authorization: Option<String>,
) -> OAuthResult<IntrospectionResponse> {
    let presented = Presented {
        authorization,
        form_client_id: query.client_id.clone(),
        form_client_secret: query.client_secret.clone(),
        client_assertion_type: query.client_assertion_type.clone(),
        client_assertion: query.client_assertion.clone(),
    };
    client_auth::authenticate(app, tenant, &presented, false).await?;
    if query
        .token
        .starts_with(crate::services::organizations::api_keys::PREFIX)
    {
        return Ok(
            crate::services::organizations::api_keys::introspect(app, tenant, &query.token).await?,
        );
    }
    let Some(claims) = active_claims(app, tenant, &query.token).await? else {
        return Ok(IntrospectionResponse {
            active: false,
            ..Default::default()
        });
    };
    let text = |name: &str| claims.get(name).and_then(|v| v.as_str()).map(str::to_owned);
    let number = |name: &str| claims.get(name).and_then(serde_json::Value::as_i64);
    Ok(IntrospectionResponse {
        active: true,
        scope: text("scope"),
        client_id: text("client_id"),
        token_type: Some("Bearer".into()),
        exp: number("exp"),
        iat: number("iat"),
        sub: text("sub"),
        aud: claims.get("aud").cloned(),
        iss: text("iss"),
        jti: text("jti"),
        org_id: text("org_id"),
        org_slug: text("org_slug"),
        org_role: text("org_role"),
        permissions: claims
            .get("permissions")
            .and_then(|v| serde_json::from_value(v.clone()).ok()),
    })
}
