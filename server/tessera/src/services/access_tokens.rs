//! Verifying the access tokens of first-party sessions, with the same `tessera-core`
//! verifier that resource servers in every language use.
//!
//! A token is accepted for the self-service API only if it verifies against the tenant's
//! published keys as an RFC 9068 access token (`typ: at+jwt`, exact `iss`, `aud` = the
//! issuer), was issued to the session client (so an admin's test token is no user
//! credential), and names a session (`sid`) that is still live and belongs to `sub`.

use tessera_core::{Algorithm, JwtVerifier, VerifyOptions};
use tessera_store::{SessionRecord, TenantRecord, UserRecord};

use super::sessions::SESSION_CLIENT_ID;
use super::{App, Result, ServiceError, keys, users};

/// An end user proven by a session access token.
#[derive(Debug, Clone)]
pub struct SessionUser {
    pub tenant: TenantRecord,
    pub user: UserRecord,
    pub session: SessionRecord,
}

fn invalid(detail: &str) -> ServiceError {
    ServiceError::InvalidToken(format!("the access token is not valid: {detail}"))
}

pub async fn authenticate(app: &App, tenant: TenantRecord, token: &str) -> Result<SessionUser> {
    let keys = keys::verification_keys(app, &tenant).await?;
    let issuer = app.issuer(&tenant.slug);
    let mut options = VerifyOptions::access_token(
        [Algorithm::ES256, Algorithm::RS256, Algorithm::EdDSA],
        issuer.clone(),
        issuer,
    );
    options.required_claims = vec!["sub".into(), "sid".into(), "client_id".into()];
    let verifier = JwtVerifier::new(options).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let now = app.clock.unix();
    let verified = verifier
        .verify_with_jwks(token, &keys.jwks, now)
        .map_err(|e| invalid(&e.to_string()))?;
    let claims = verified.claims;
    if claims.client_id() != Some(SESSION_CLIENT_ID) {
        return Err(invalid("it was not issued to a sign-in session"));
    }
    let (Some(subject), Ok(Some(session_id))) = (claims.subject(), claims.string("sid")) else {
        return Err(invalid("it has no subject or session"));
    };
    let session = app
        .db
        .session_by_id(&tenant.id, session_id)
        .await?
        .filter(|s| s.user_id == subject && s.revoked_at.is_none() && s.expires_at > now)
        .ok_or_else(|| invalid("its session has ended"))?;
    let user = users::find(app, &tenant, subject)
        .await
        .map_err(|_| invalid("its user no longer exists"))?;
    if user.disabled {
        return Err(ServiceError::AccountDisabled);
    }
    Ok(SessionUser {
        tenant,
        user,
        session,
    })
}
