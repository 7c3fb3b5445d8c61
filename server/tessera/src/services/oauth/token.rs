//! The token endpoint (RFC 6749 §3.2): client authentication, then the grant. This module
//! has the `client_credentials` grant (§4.4), with resource indicators (RFC 8707) choosing
//! the audience; the user grants are in [`super::authorization_code`].

use serde_json::{Map, Value};
use tessera_store::TenantRecord;
use tessera_wire::{GrantType, TokenRequest, TokenResponse};

use super::client_auth::{self, Presented};
use super::{OAuthError, OAuthResult, authorization_code};
use crate::cache::clients::CachedClient;
use crate::services::audit::Context;
use crate::services::organizations::{service_accounts, switch};
use crate::services::{App, keys};

pub async fn token(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    request: TokenRequest,
    authorization: Option<String>,
) -> OAuthResult<TokenResponse> {
    let grant = request.grant_type.as_str();
    if grant.is_empty() {
        return Err(OAuthError::invalid_request("grant_type is required").into());
    }
    if !matches!(
        grant,
        "authorization_code" | "refresh_token" | "client_credentials"
    ) {
        return Err(OAuthError::new(
            "unsupported_grant_type",
            format!(
                "grant_type {grant:?} is not supported; use authorization_code, refresh_token or client_credentials"
            ),
        )
        .into());
    }
    let presented = Presented {
        authorization,
        form_client_id: request.client_id.clone(),
        form_client_secret: request.client_secret.clone(),
        client_assertion_type: request.client_assertion_type.clone(),
        client_assertion: request.client_assertion.clone(),
    };
    // Public clients (PKCE, no secret) may use the user grants only.
    let client =
        client_auth::authenticate(app, tenant, &presented, grant != "client_credentials").await?;
    match grant {
        "authorization_code" => {
            authorization_code::exchange_code(app, ctx, tenant, &client.view, &request).await
        }
        "refresh_token" => {
            authorization_code::refresh(app, ctx, tenant, &client.view, &request).await
        }
        _ => client_credentials(app, tenant, &client, &request).await,
    }
}

async fn client_credentials(
    app: &App,
    tenant: &TenantRecord,
    cached: &CachedClient,
    request: &TokenRequest,
) -> OAuthResult<TokenResponse> {
    let client = &cached.view;
    if !client.grant_types.contains(&GrantType::ClientCredentials) {
        return Err(OAuthError::new(
            "unauthorized_client",
            "this client may not use the client_credentials grant",
        )
        .into());
    }

    let scope = match request.scope.as_deref() {
        None => client.scopes.clone(),
        Some(requested) => {
            let wanted: Vec<&str> = requested.split(' ').collect();
            if wanted
                .iter()
                .any(|s| s.is_empty() || !crate::services::clients::is_scope_token(s))
            {
                return Err(OAuthError::new(
                    "invalid_scope",
                    "scope must be scope tokens separated by single spaces",
                )
                .into());
            }
            if let Some(unknown) = wanted
                .iter()
                .find(|s| !client.scopes.iter().any(|c| c == *s))
            {
                return Err(OAuthError::new(
                    "invalid_scope",
                    format!("the client may not request the scope {unknown:?}"),
                )
                .into());
            }
            let mut granted: Vec<String> = Vec::new();
            for s in wanted {
                if !granted.iter().any(|g| g == s) {
                    granted.push(s.to_owned());
                }
            }
            granted
        }
    };

    let issuer = app.issuer(&tenant.slug);
    let audience = match (request.resource.as_deref(), request.audience.as_deref()) {
        (Some(a), Some(b)) if a != b => {
            return Err(OAuthError::new(
                "invalid_target",
                "resource and audience name different APIs; send one",
            )
            .into());
        }
        (Some(requested), _) | (None, Some(requested)) => {
            if !client.audiences.iter().any(|a| a == requested) {
                return Err(OAuthError::new(
                    "invalid_target",
                    format!("the client may not request tokens for {requested:?}"),
                )
                .into());
            }
            requested.to_owned()
        }
        (None, None) => client
            .audiences
            .first()
            .cloned()
            .unwrap_or_else(|| issuer.clone()),
    };

    let ttl = client.access_token_ttl(app);
    let now = app.clock.unix();
    let signer = keys::signer(app, tenant, keys::primary_alg(tenant)?).await?;
    // RFC 9068 §2.2: iss, exp, aud, sub, client_id, iat and jti.
    let mut claims = Map::new();
    claims.insert("iss".into(), Value::from(issuer));
    claims.insert("sub".into(), Value::from(client.record.id.clone()));
    claims.insert("aud".into(), Value::from(audience));
    claims.insert("exp".into(), Value::from(now + i64::from(ttl)));
    claims.insert("iat".into(), Value::from(now));
    claims.insert(
        "jti".into(),
        Value::from(uuid::Uuid::new_v4().simple().to_string()),
    );
    claims.insert("client_id".into(), Value::from(client.record.id.clone()));
    let scope = (!scope.is_empty()).then(|| scope.join(" "));
    if let Some(scope) = &scope {
        claims.insert("scope".into(), Value::from(scope.clone()));
    }
    // A service account acts in its organization with its live role.
    if let Some(account) = &cached.service_account
        && let Some((organization, role)) = service_accounts::role_in(app, tenant, account).await?
    {
        claims.extend(switch::role_claims(&organization, role));
    }
    let access_token = signer
        .sign_jwt("at+jwt", &claims)
        .map_err(|e| crate::services::ServiceError::Internal(e.to_string()))?;
    Ok(TokenResponse {
        access_token,
        token_type: "Bearer".into(),
        expires_in: ttl,
        scope,
        refresh_token: None,
        id_token: None,
    })
}
