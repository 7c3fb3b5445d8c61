//! The `authorization_code` (RFC 6749 §4.1.3, RFC 7636 §4.6) and `refresh_token` (§6)
//! grants of the token endpoint.
//!
//! Exchanging a code opens a grant: a refresh-token family (a `sessions` row, so the user's
//! session list, password changes and disabling all reach it) with the scope it carries.
//! A code presented twice revokes what its first exchange issued (RFC 6749 §4.1.2).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use tessera_crypto::{constant_time_eq, hash_secret};
use tessera_store::{
    CodeRedemption, OAuthGrantRecord, OrganizationRecord, RefreshOutcome, TenantRecord, UserRecord,
};
use tessera_wire::{GrantType, TokenRequest, TokenResponse};

use super::authorize::CodeParams;
use super::id_token::{self, IdTokenInput};
use super::{OAuthError, OAuthResult};
use crate::services::audit::{self, Context};
use crate::services::clients::ClientView;
use crate::services::organizations::roles::ResolvedRole;
use crate::services::organizations::{authz, switch};
use crate::services::{App, ServiceError, keys, sessions};

/// Refresh tokens of client grants; the first-party session API's are `tsr_`.
pub const REFRESH_TOKEN_PREFIX: &str = "tor_";

/// What a grant carries from one refresh to the next.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct GrantParams {
    scope: Vec<String>,
    audience: String,
    auth_time: i64,
    amr: Vec<String>,
    /// The organization the user signed in to (`organization` on the request).
    #[serde(default)]
    organization: Option<String>,
}

fn invalid_grant(description: &str) -> OAuthError {
    OAuthError::new("invalid_grant", description)
}

/// RFC 7636 §4.1: 43-128 characters of `[A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"`.
fn is_code_verifier(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

pub async fn exchange_code(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    client: &ClientView,
    request: &TokenRequest,
) -> OAuthResult<TokenResponse> {
    if !client.grant_types.contains(&GrantType::AuthorizationCode) {
        return Err(OAuthError::new(
            "unauthorized_client",
            "this client may not use the authorization_code grant",
        )
        .into());
    }
    let Some(code) = request.code.as_deref().filter(|c| !c.is_empty()) else {
        return Err(OAuthError::invalid_request("code is required").into());
    };
    let Some(verifier) = request.code_verifier.as_deref() else {
        return Err(OAuthError::invalid_request(
            "code_verifier is required: this server requires PKCE (RFC 7636)",
        )
        .into());
    };
    if !is_code_verifier(verifier) {
        return Err(OAuthError::invalid_request(
            "code_verifier must be 43-128 characters of A-Z, a-z, 0-9, '-', '.', '_' or '~'",
        )
        .into());
    }
    let Some(redirect_uri) = request.redirect_uri.as_deref() else {
        return Err(OAuthError::invalid_request(
            "redirect_uri is required: send the one of the authorization request",
        )
        .into());
    };
    if code.len() > 256 {
        return Err(invalid_grant("the code is not valid").into());
    }
    let code_hash = hash_secret(code);
    let now = app.clock.unix();
    let record = match app
        .db
        .redeem_authorization_code(&tenant.id, &code_hash, now)
        .await?
    {
        CodeRedemption::Redeemed(record) => record,
        CodeRedemption::Replayed(record) => {
            revoke_replayed(app, ctx, tenant, &record).await?;
            return Err(invalid_grant(
                "the code was already used; the tokens it issued have been revoked",
            )
            .into());
        }
        CodeRedemption::Unknown => {
            return Err(invalid_grant("the code is not valid").into());
        }
    };
    // Every check below fails closed: the code is spent either way.
    if record.client_id != client.record.id {
        return Err(invalid_grant("the code was issued to another client").into());
    }
    if record.expires_at <= now {
        return Err(invalid_grant("the code has expired; start the sign-in again").into());
    }
    let carried: CodeParams = serde_json::from_str(&record.params)
        .map_err(|e| ServiceError::Internal(format!("authorization code params: {e}")))?;
    if carried.redirect_uri != redirect_uri {
        return Err(invalid_grant(
            "redirect_uri differs from the one of the authorization request",
        )
        .into());
    }
    let challenge = tessera_crypto::b64url(&hash_secret(verifier));
    if !constant_time_eq(challenge.as_bytes(), carried.code_challenge.as_bytes()) {
        return Err(invalid_grant("code_verifier does not match the code_challenge").into());
    }
    let user = active_user(app, tenant, &record.user_id).await?;
    let issuer = app.issuer(&tenant.slug);
    let grant = GrantParams {
        scope: carried.scope.clone(),
        audience: carried.resource.clone().unwrap_or_else(|| issuer.clone()),
        auth_time: carried.auth_time,
        amr: carried.amr.clone(),
        organization: carried.organization.clone(),
    };

    let expires_at = now + app.session_settings.session_lifetime_secs;
    let session = sessions::new_session(ctx, &tenant.id, &user.id, now, expires_at);
    let refresh = client
        .grant_types
        .contains(&GrantType::RefreshToken)
        .then(|| sessions::new_refresh_token(REFRESH_TOKEN_PREFIX, now, expires_at));
    app.db
        .insert_oauth_grant(
            &session,
            refresh.as_ref().map(|(_, stored)| stored),
            &OAuthGrantRecord {
                session_id: session.id.clone(),
                tenant_id: tenant.id.clone(),
                client_id: client.record.id.clone(),
                browser_session_id: Some(record.browser_session_id.clone()),
                params: json!(grant).to_string(),
            },
        )
        .await?;
    let issued = issue(
        app,
        tenant,
        client,
        &user,
        &grant,
        &session.id,
        Some(&record.browser_session_id),
        carried.nonce.as_deref(),
    )
    .await?;
    app.db
        .record_code_issuance(
            &tenant.id,
            &code_hash,
            Some(&session.id),
            &issued.jti,
            issued.expires_at,
        )
        .await?;
    let mut response = issued.response;
    response.refresh_token = refresh.map(|(token, _)| token);
    Ok(response)
}

/// RFC 6749 §4.1.2: a code used twice revokes the grant and access token it issued.
async fn revoke_replayed(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    record: &tessera_store::AuthorizationCodeRecord,
) -> OAuthResult<()> {
    let now = app.clock.unix();
    if let Some(session_id) = &record.issued_session_id {
        app.db
            .revoke_session(
                &tenant.id,
                &record.user_id,
                session_id,
                "code_replayed",
                now,
            )
            .await?;
    }
    if let (Some(jti), Some(exp)) = (&record.issued_jti, record.issued_jti_expires_at) {
        super::rfc7009_revocation::record_revoked(app, &tenant.id, jti, exp).await?;
    }
    tracing::warn!(tenant_id = %tenant.id, client_id = %record.client_id, "authorization code replayed; its tokens are revoked");
    audit::record(
        app,
        &tenant.id,
        ctx,
        "oauth.code_replayed",
        Some(("client", &record.client_id)),
        json!({ "user_id": record.user_id, "session_id": record.issued_session_id }),
    )
    .await?;
    Ok(())
}

pub async fn refresh(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    client: &ClientView,
    request: &TokenRequest,
) -> OAuthResult<TokenResponse> {
    if !client.grant_types.contains(&GrantType::RefreshToken) {
        return Err(OAuthError::new(
            "unauthorized_client",
            "this client may not use the refresh_token grant",
        )
        .into());
    }
    let Some(presented) = request.refresh_token.as_deref().filter(|t| !t.is_empty()) else {
        return Err(OAuthError::invalid_request("refresh_token is required").into());
    };
    let invalid = || invalid_grant("the refresh token is not valid; sign in again");
    if !presented.starts_with(REFRESH_TOKEN_PREFIX) || presented.len() > 256 {
        return Err(invalid().into());
    }
    let presented_hash = hash_secret(presented);
    // The grant must be this client's before the token is spent: another client presenting
    // it must not be able to burn it.
    let Some(session) = app
        .db
        .session_of_refresh_token(&tenant.id, &presented_hash)
        .await?
    else {
        return Err(invalid().into());
    };
    let Some(grant_record) = app
        .db
        .oauth_grant(&tenant.id, &session.id)
        .await?
        .filter(|g| g.client_id == client.record.id)
    else {
        return Err(invalid().into());
    };
    let mut grant: GrantParams = serde_json::from_str(&grant_record.params)
        .map_err(|e| ServiceError::Internal(format!("grant params: {e}")))?;
    // RFC 6749 §6: a refresh may narrow the scope, never widen it.
    if let Some(requested) = request.scope.as_deref() {
        let wanted: Vec<String> = requested.split(' ').map(str::to_owned).collect();
        if let Some(extra) = wanted.iter().find(|s| !grant.scope.contains(s)) {
            return Err(OAuthError::new(
                "invalid_scope",
                format!("the scope {extra:?} was not granted; a refresh may only narrow the scope"),
            )
            .into());
        }
        grant.scope = wanted;
    }
    let now = app.clock.unix();
    let (next_token, next) = sessions::new_refresh_token(REFRESH_TOKEN_PREFIX, now, 0);
    let session = match app
        .db
        .rotate_refresh_token(&tenant.id, &presented_hash, &next, now)
        .await?
    {
        RefreshOutcome::Rotated(session) => session,
        RefreshOutcome::Reused {
            session_id,
            user_id,
        } => {
            tracing::warn!(tenant_id = %tenant.id, %user_id, %session_id, "client refresh token reused; grant revoked");
            audit::record(
                app,
                &tenant.id,
                ctx,
                "session.refresh_token_reused",
                Some(("session", &session_id)),
                json!({ "user_id": user_id, "client_id": client.record.id }),
            )
            .await?;
            return Err(invalid_grant(
                "the refresh token was already used, so the grant has been revoked; sign in again",
            )
            .into());
        }
        RefreshOutcome::Invalid => return Err(invalid().into()),
    };
    let user = active_user(app, tenant, &session.user_id).await?;
    let issued = issue(
        app,
        tenant,
        client,
        &user,
        &grant,
        &session.id,
        grant_record.browser_session_id.as_deref(),
        None,
    )
    .await?;
    let mut response = issued.response;
    response.refresh_token = Some(next_token);
    Ok(response)
}

/// The organization a grant was signed in to, with the user's live role in it.
async fn signed_in_organization(
    app: &App,
    tenant: &TenantRecord,
    org_id: &str,
    user_id: &str,
) -> OAuthResult<(OrganizationRecord, ResolvedRole)> {
    let gone = || {
        invalid_grant(
            "the user is no longer a member of the organization this grant signed in to; sign in again",
        )
    };
    let Some(organization) = app.db.organization_by_id(&tenant.id, org_id).await? else {
        return Err(gone().into());
    };
    match authz::member_role(app, tenant, &organization, user_id).await? {
        Some(role) => Ok((organization, role)),
        None => Err(gone().into()),
    }
}

async fn active_user(app: &App, tenant: &TenantRecord, user_id: &str) -> OAuthResult<UserRecord> {
    match app.db.user_by_id(&tenant.id, user_id).await? {
        Some(user) if !user.disabled => Ok(user),
        _ => Err(invalid_grant("the user no longer exists or is disabled").into()),
    }
}

struct Issued {
    response: TokenResponse,
    jti: String,
    expires_at: i64,
}

/// Signs the access token (RFC 9068) and, for `openid`, the ID token of a grant.
#[allow(clippy::too_many_arguments)]
async fn issue(
    app: &App,
    tenant: &TenantRecord,
    client: &ClientView,
    user: &UserRecord,
    grant: &GrantParams,
    grant_session_id: &str,
    browser_session_id: Option<&str>,
    nonce: Option<&str>,
) -> OAuthResult<Issued> {
    // Read from the live membership at every issue: a member removed since the sign-in
    // gets no more tokens for the organization (a refresh fails), a new role shows at once.
    let organization = match &grant.organization {
        Some(org_id) => Some(signed_in_organization(app, tenant, org_id, &user.id).await?),
        None => None,
    };
    let ttl = client.access_token_ttl(app);
    let now = app.clock.unix();
    let jti = uuid::Uuid::new_v4().simple().to_string();
    let signer = keys::signer(app, tenant, keys::primary_alg(tenant)?).await?;
    let mut claims = Map::new();
    claims.insert("iss".into(), Value::from(app.issuer(&tenant.slug)));
    claims.insert("sub".into(), Value::from(user.id.clone()));
    claims.insert("aud".into(), Value::from(grant.audience.clone()));
    claims.insert("exp".into(), Value::from(now + i64::from(ttl)));
    claims.insert("iat".into(), Value::from(now));
    claims.insert("jti".into(), Value::from(jti.clone()));
    claims.insert("client_id".into(), Value::from(client.record.id.clone()));
    // The grant's session: introspection reports the token inactive once it is revoked.
    claims.insert("sid".into(), Value::from(grant_session_id));
    // RFC 9068 §2.2.1: when and how the user authenticated.
    claims.insert("auth_time".into(), Value::from(grant.auth_time));
    if !grant.amr.is_empty() {
        claims.insert("amr".into(), Value::from(grant.amr.clone()));
    }
    let scope = (!grant.scope.is_empty()).then(|| grant.scope.join(" "));
    if let Some(scope) = &scope {
        claims.insert("scope".into(), Value::from(scope.clone()));
    }
    if let Some((organization, role)) = &organization {
        claims.extend(switch::role_claims(organization, role.clone()));
    }
    let access_token = signer
        .sign_jwt("at+jwt", &claims)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let id_token = if grant.scope.iter().any(|s| s == "openid") {
        Some(
            id_token::sign(
                app,
                tenant,
                IdTokenInput {
                    user,
                    client_id: &client.record.id,
                    scope: &grant.scope,
                    nonce,
                    auth_time: grant.auth_time,
                    amr: &grant.amr,
                    sid: browser_session_id,
                    access_token: &access_token,
                    ttl,
                    organization: organization.as_ref().map(|(o, r)| (o, r.key.as_str())),
                },
            )
            .await?,
        )
    } else {
        None
    };
    Ok(Issued {
        response: TokenResponse {
            access_token,
            token_type: "Bearer".into(),
            expires_in: ttl,
            scope,
            refresh_token: None,
            id_token,
        },
        jti,
        expires_at: now + i64::from(ttl),
    })
}
