//! Token revocation (RFC 7009). Access tokens are JWTs, so revoking one records its `jti`
//! until it would have expired; introspection then reports it inactive.

use tessera_store::TenantRecord;
use tessera_wire::TokenQuery;

use super::OAuthResult;
use super::client_auth::{self, Presented};
use super::rfc7662_introspection::active_claims;
use crate::services::App;

/// Revokes `token` if it is a live access token issued to the calling client. Per RFC 7009
/// §2.2 an invalid or unknown token is not an error, and neither is a token of another
/// client: the caller learns nothing about tokens it does not own.
pub async fn revoke(
    app: &App,
    tenant: &TenantRecord,
    query: TokenQuery,
    authorization: Option<String>,
) -> OAuthResult<()> {
    let presented = Presented {
        authorization,
        form_client_id: query.client_id.clone(),
        form_client_secret: query.client_secret.clone(),
        client_assertion_type: query.client_assertion_type.clone(),
        client_assertion: query.client_assertion.clone(),
    };
    let client = client_auth::authenticate(app, tenant, &presented, true).await?;
    let Some(claims) = active_claims(app, tenant, &query.token).await? else {
        return Ok(());
    };
    if claims.client_id() != Some(client.view.record.id.as_str()) {
        return Ok(());
    }
    if let (Some(jti), Some(exp)) = (
        claims.jwt_id(),
        claims.get("exp").and_then(serde_json::Value::as_i64),
    ) {
        record_revoked(app, &tenant.id, jti, exp).await?;
    }
    Ok(())
}

/// Records the access token `jti` as revoked until `exp`, and drops the cached revocation
/// sets, so that introspection refuses it from now on (on other replicas once they hear).
pub async fn record_revoked(
    app: &App,
    tenant_id: &str,
    jti: &str,
    exp: i64,
) -> crate::services::Result<()> {
    app.db.revoke_token_id(tenant_id, jti, exp).await?;
    crate::cache::publish(
        app,
        crate::cache::Change::Revoked {
            tenant_id: tenant_id.to_owned(),
        },
    )
    .await;
    Ok(())
}
