//! The UserInfo endpoint (OpenID Connect Core §5.3): the claims an access token's scopes
//! release about its user. Errors follow RFC 6750 §3.1.

use serde_json::Map;
use tessera_store::TenantRecord;
use tessera_wire::UserInfo;

use super::id_token::scope_claims;
use super::rfc7662_introspection::active_claims;
use crate::services::{App, Result};

/// Why a UserInfo request was refused (RFC 6750 §3.1).
#[derive(Debug)]
pub enum UserInfoError {
    /// 401: no token, or not an active access token of this tenant.
    InvalidToken(&'static str),
    /// 403: the token was not granted the `openid` scope.
    InsufficientScope,
}

pub async fn userinfo(
    app: &App,
    tenant: &TenantRecord,
    token: &str,
) -> Result<std::result::Result<UserInfo, UserInfoError>> {
    let Some(claims) = active_claims(app, tenant, token).await? else {
        return Ok(Err(UserInfoError::InvalidToken(
            "the access token is not active: expired, revoked or not issued here",
        )));
    };
    let scope: Vec<String> = claims
        .get("scope")
        .and_then(|s| s.as_str())
        .map(|s| s.split(' ').map(str::to_owned).collect())
        .unwrap_or_default();
    if !scope.iter().any(|s| s == "openid") {
        return Ok(Err(UserInfoError::InsufficientScope));
    }
    let Some(subject) = claims.subject() else {
        return Ok(Err(UserInfoError::InvalidToken(
            "the access token names no user",
        )));
    };
    let Some(user) = app
        .db
        .user_by_id(&tenant.id, subject)
        .await?
        .filter(|u| !u.disabled)
    else {
        return Ok(Err(UserInfoError::InvalidToken(
            "the access token's user no longer exists or is disabled",
        )));
    };
    let mut released = Map::new();
    scope_claims(&user, &scope, &mut released);
    let text = |name: &str| {
        released
            .get(name)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    Ok(Ok(UserInfo {
        sub: user.id.clone(),
        email: text("email"),
        email_verified: released.get("email_verified").and_then(|v| v.as_bool()),
        name: text("name"),
        picture: text("picture"),
        locale: text("locale"),
        updated_at: released.get("updated_at").and_then(|v| v.as_i64()),
    }))
}
