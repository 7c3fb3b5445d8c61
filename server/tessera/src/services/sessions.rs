//! Sign-in sessions: password login, refresh-token rotation with reuse detection, logout,
//! and brute-force lockout.
//!
//! A session is one refresh-token family. Every refresh spends the presented token and
//! issues its successor; presenting a spent token again means it was copied, so the whole
//! family is revoked (RFC 9700 §4.14.2). Failed logins are counted per tenant and email,
//! whether or not the email has an account, so neither the answers nor the lockout reveal
//! which emails exist.

use serde_json::{Map, Value, json};
use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::{
    NewRefreshToken, OrganizationRecord, RefreshOutcome, SessionRecord, TenantRecord, UserRecord,
};
use tessera_wire::{LoginResponse, Session, SessionList, SessionTokens};

use super::audit::{self, Actor, Context};
use super::organizations::policies::SignIn;
use super::organizations::{domains, switch};
use super::passwords::{self, Verified};
use super::{App, Result, ServiceError, keys, mfa, tenants, users};
use crate::clock::from_unix;

pub const REFRESH_TOKEN_PREFIX: &str = "tsr_";
/// The `client_id` of tokens the first-party session API issues.
pub const SESSION_CLIENT_ID: &str = "tessera-session";

/// Lifetimes and lockout policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionSettings {
    pub access_token_ttl_secs: u32,
    /// Absolute lifetime of a session and of its refresh tokens.
    pub session_lifetime_secs: i64,
    /// Failed logins before the email is locked.
    pub lockout_threshold: i64,
    /// First lock duration; each further failure doubles it, up to `lockout_max_secs`.
    pub lockout_base_secs: i64,
    pub lockout_max_secs: i64,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            access_token_ttl_secs: 900,
            session_lifetime_secs: 30 * 24 * 3600,
            lockout_threshold: 5,
            lockout_base_secs: 30,
            lockout_max_secs: 3600,
        }
    }
}

impl SessionSettings {
    /// Lock duration after `failures` consecutive failures (exponential backoff).
    pub fn lock_duration(&self, failures: i64) -> Option<i64> {
        let over = failures.checked_sub(self.lockout_threshold)?;
        if over < 0 {
            return None;
        }
        let factor = 1_i64
            .checked_shl(u32::try_from(over.min(30)).unwrap_or(30))
            .unwrap_or(i64::MAX);
        Some(
            self.lockout_base_secs
                .saturating_mul(factor)
                .min(self.lockout_max_secs),
        )
    }
}

pub fn to_wire(record: &SessionRecord) -> Session {
    Session {
        id: record.id.clone(),
        user_id: record.user_id.clone(),
        created_at: from_unix(record.created_at),
        last_used_at: from_unix(record.last_used_at),
        expires_at: from_unix(record.expires_at),
        ip: record.ip.clone(),
        user_agent: record.user_agent.clone(),
    }
}

pub async fn list(app: &App, tenant: &TenantRecord, user_id: &str) -> Result<SessionList> {
    let records = app
        .db
        .active_sessions(&tenant.id, user_id, app.clock.unix())
        .await?;
    Ok(SessionList {
        data: records.iter().map(to_wire).collect(),
    })
}

/// Signs an RFC 9068 access token for a session; `aud` is the tenant's issuer, which is
/// the resource the first-party API serves. A session switched into an organization gets
/// its claims (`organizations::switch::token_claims`).
pub(crate) async fn access_token(
    app: &App,
    tenant: &TenantRecord,
    user: &UserRecord,
    session_id: &str,
) -> Result<(String, u32)> {
    let organization =
        super::organizations::switch::token_claims(app, tenant, &user.id, session_id).await?;
    sign_access_token(app, tenant, user, session_id, organization).await
}

/// Signs the access token of a session whose organization claims are known.
async fn sign_access_token(
    app: &App,
    tenant: &TenantRecord,
    user: &UserRecord,
    session_id: &str,
    organization: Map<String, Value>,
) -> Result<(String, u32)> {
    let signer = keys::signer(app, tenant, keys::primary_alg(tenant)?).await?;
    let max = u32::try_from(app.max_token_lifetime.as_secs()).unwrap_or(u32::MAX);
    let ttl = app.session_settings.access_token_ttl_secs.min(max);
    let now = app.clock.unix();
    let issuer = app.issuer(&tenant.slug);
    let mut claims = Map::new();
    claims.insert("iss".into(), Value::from(issuer.clone()));
    claims.insert("sub".into(), Value::from(user.id.clone()));
    claims.insert("aud".into(), Value::from(issuer));
    claims.insert("exp".into(), Value::from(now + i64::from(ttl)));
    claims.insert("iat".into(), Value::from(now));
    claims.insert(
        "jti".into(),
        Value::from(uuid::Uuid::new_v4().simple().to_string()),
    );
    claims.insert("client_id".into(), Value::from(SESSION_CLIENT_ID));
    claims.insert("sid".into(), Value::from(session_id));
    claims.extend(organization);
    let token = signer
        .sign_jwt("at+jwt", &claims)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    Ok((token, ttl))
}

/// A new refresh token (`prefix` tells the first-party API's from clients') and its hash.
pub(crate) fn new_refresh_token(
    prefix: &str,
    now: i64,
    expires_at: i64,
) -> (String, NewRefreshToken) {
    let token = generate_secret(prefix);
    let stored = NewRefreshToken {
        token_hash: hash_secret(&token).to_vec(),
        created_at: now,
        expires_at,
    };
    (token, stored)
}

/// A new live session row for `user_id`, from this request's address and user agent.
pub(crate) fn new_session(
    ctx: &Context,
    tenant_id: &str,
    user_id: &str,
    now: i64,
    expires_at: i64,
) -> SessionRecord {
    SessionRecord {
        id: format!("ses_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant_id.to_owned(),
        user_id: user_id.to_owned(),
        created_at: now,
        last_used_at: now,
        expires_at,
        revoked_at: None,
        revoke_reason: None,
        ip: ctx.ip.clone(),
        user_agent: ctx
            .user_agent
            .as_ref()
            .map(|ua| ua.chars().take(512).collect()),
    }
}

/// Refuses a sign-in step while the email is locked. Returns whether failures of the email
/// are recorded, so a successful sign-in clears them only when there is something to clear.
pub(crate) async fn check_lockout(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    email: &str,
) -> Result<bool> {
    let now = app.clock.unix();
    let recorded = app.counters.login_failure(&tenant.id, email).await?;
    if let Some(Some(until)) = recorded
        && until > now
    {
        audit::record(
            app,
            &tenant.id,
            ctx,
            "session.login_locked_out",
            None,
            json!({ "email": email }),
        )
        .await?;
        return Err(ServiceError::AccountLocked {
            retry_after_secs: u64::try_from(until - now).unwrap_or(1),
        });
    }
    Ok(recorded.is_some())
}

/// Counts a failed sign-in step (a wrong password or second factor) against the email,
/// locking it with backoff past the threshold. Returns the failure count.
pub(crate) async fn count_failure(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    email: &str,
) -> Result<i64> {
    let now = app.clock.unix();
    let failures = app
        .counters
        .record_login_failure(&tenant.id, email, now)
        .await?;
    if let Some(duration) = app.session_settings.lock_duration(failures) {
        app.counters
            .lock_login(&tenant.id, email, now + duration)
            .await?;
        tracing::warn!(tenant_id = %tenant.id, failures, lock_secs = duration, "sign-in locked after repeated failures");
        audit::record(
            app,
            &tenant.id,
            ctx,
            "session.login_locked",
            None,
            json!({ "email": email, "failures": failures, "lock_secs": duration }),
        )
        .await?;
    }
    Ok(failures)
}

/// A correct first factor: the user, or the challenge their second factor must answer.
pub enum FirstFactor {
    Complete(UserRecord),
    MfaRequired(tessera_wire::MfaChallenge),
}

/// Password sign-in: session tokens, or a second-factor challenge when the user has one.
///
/// With `organization` (an id or slug), the session opens switched into it: an unknown
/// organization is refused before the password is looked at; membership and policies are
/// judged only once every factor is verified (here, or at the second factor, whose
/// challenge remembers the organization), so they cannot be probed without the
/// credentials.
pub async fn login(
    app: &App,
    ctx: &Context,
    slug: &str,
    email: &str,
    password: String,
    organization: Option<&str>,
) -> Result<LoginResponse> {
    let tenant = tenants::find(app, slug).await?;
    let organization = match organization {
        Some(key) => Some(switch::requested(app, &tenant, key).await?),
        None => None,
    };
    match check_password_into(app, ctx, &tenant, email, password, organization.as_ref()).await? {
        FirstFactor::MfaRequired(challenge) => Ok(LoginResponse::MfaRequired(challenge)),
        FirstFactor::Complete(user) => start_session_into(
            app,
            ctx,
            &tenant,
            user,
            "password",
            None,
            organization.as_ref(),
        )
        .await
        .map(LoginResponse::Session),
    }
}

/// Checks an email and password with lockout, counting and auditing failures, upgrading
/// an outdated hash, and opening a second-factor challenge when the user has one. Shared
/// by the sign-in API and the hosted sign-in page.
pub(crate) async fn check_password(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    email: &str,
    password: String,
) -> Result<FirstFactor> {
    check_password_into(app, ctx, tenant, email, password, None).await
}

/// [`check_password`] for a sign-in into `organization`: its second-factor challenge, if
/// any, remembers the organization.
async fn check_password_into(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    email: &str,
    password: String,
    organization: Option<&OrganizationRecord>,
) -> Result<FirstFactor> {
    // A malformed email cannot belong to anyone; answer exactly as for a wrong password.
    let email = users::normalise_email(email).unwrap_or_else(|_| email.trim().to_lowercase());
    let failures_recorded = check_lockout(app, ctx, tenant, &email).await?;
    let user = app.db.user_by_email(&tenant.id, &email).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let verified = passwords::verify(app.password_params, password, stored).await?;
    let user_exists = user.is_some();
    let Some(mut user) = user.filter(|_| verified != Verified::No) else {
        let failures = count_failure(app, ctx, tenant, &email).await?;
        // `user_exists` is for the tenant's administrators; the caller never sees it.
        let details = json!({ "email": email, "failures": failures, "user_exists": user_exists });
        audit::record(app, &tenant.id, ctx, "session.login_failed", None, details).await?;
        return Err(ServiceError::InvalidCredentials);
    };
    if user.disabled {
        audit::record(
            app,
            &tenant.id,
            &ctx.as_actor(Actor::User(user.id.clone())),
            "session.login_refused_disabled",
            Some(("user", &user.id)),
            Value::Null,
        )
        .await?;
        return Err(ServiceError::AccountDisabled);
    }
    let rehashed = matches!(verified, Verified::YesRehashed(_));
    if let Verified::YesRehashed(hash) = verified {
        user.password_hash = Some(hash);
    }
    if let Some(challenge) = mfa::challenge_if_enrolled_into(
        app,
        ctx,
        tenant,
        &user,
        "password",
        organization.map(|o| o.id.as_str()),
    )
    .await?
    {
        if rehashed {
            app.db.update_user(&user).await?;
        }
        // Failures are cleared only once the second factor succeeds too, so a known
        // password cannot reset the lockout that guards code guessing.
        return Ok(FirstFactor::MfaRequired(challenge));
    }
    // Most sign-ins follow no failure: skip the write when there is nothing to clear.
    if failures_recorded {
        app.counters
            .clear_login_failures(&tenant.id, &email)
            .await?;
    }
    Ok(FirstFactor::Complete(user))
}

/// Opens a session for a user who has just proven who they are (by `method`: `password`,
/// `totp`, `recovery_code`, `magic_link`, `email_code` …): records the sign-in, stores the
/// first refresh token and signs the first access token. A first factor must go through
/// [`mfa::challenge_if_enrolled`] before this, so a second factor is never skipped.
pub async fn start_session(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: UserRecord,
    method: &str,
) -> Result<SessionTokens> {
    start_session_into(app, ctx, tenant, user, method, None, None).await
}

/// Opens a session for a user who has proven who they are with every factor (the first,
/// and the second when there was a challenge), switched into `organization` when the
/// sign-in named one: the user must be a member, and the sign-in must meet the
/// organization's policies ([`switch::admit_sign_in`]), or no session is opened.
pub async fn start_session_into(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    mut user: UserRecord,
    first_factor: &str,
    second_factor: Option<&str>,
    organization: Option<&OrganizationRecord>,
) -> Result<SessionTokens> {
    // The audit log and the logs have always named the factor that completed the sign-in.
    let method = second_factor.unwrap_or(first_factor);
    let now = app.clock.unix();
    // Before the organization is judged: a verified domain may make the user a member.
    domains::auto_join(app, ctx, tenant, &user).await?;
    if let Some(organization) = organization {
        let sign_in = SignIn {
            first_factor: first_factor.to_owned(),
            second_factor: second_factor.map(str::to_owned),
            at: now,
        };
        switch::admit_sign_in(app, ctx, tenant, organization, &user, &sign_in).await?;
    }
    user.last_login_at = Some(now);
    let expires_at = now + app.session_settings.session_lifetime_secs;
    let session = new_session(ctx, &tenant.id, &user.id, now, expires_at);
    let (refresh_token, stored) = new_refresh_token(REFRESH_TOKEN_PREFIX, now, expires_at);
    // The user row (last sign-in, a rehashed password) is written with the session.
    app.db.insert_session(&user, &session, &stored).await?;
    switch::record_sign_in(
        app,
        tenant,
        &session.id,
        first_factor,
        second_factor,
        organization,
        now,
    )
    .await?;
    let (access_token, expires_in) = if organization.is_some() {
        // The claims a switch gives, read from the live membership.
        access_token(app, tenant, &user, &session.id).await?
    } else {
        // Outside any organization: no claims to look up.
        sign_access_token(app, tenant, &user, &session.id, Map::new()).await?
    };
    tracing::info!(tenant_id = %tenant.id, user_id = %user.id, session_id = %session.id, method, "signed in");
    audit::record(
        app,
        &tenant.id,
        &ctx.as_actor(Actor::User(user.id.clone())),
        "session.login_succeeded",
        Some(("session", &session.id)),
        json!({ "method": method }),
    )
    .await?;
    if let Some(organization) = organization {
        audit::record(
            app,
            &tenant.id,
            &ctx.as_actor(Actor::User(user.id.clone())),
            "organization.switched",
            Some(("organization", &organization.id)),
            json!({ "session_id": session.id, "via": "login" }),
        )
        .await?;
    }
    Ok(SessionTokens {
        access_token,
        token_type: "Bearer".into(),
        expires_in,
        refresh_token: Some(refresh_token),
        session_id: session.id,
    })
}

/// Spends a refresh token for a new access token and its successor refresh token.
pub async fn refresh(
    app: &App,
    ctx: &Context,
    slug: &str,
    presented: &str,
) -> Result<SessionTokens> {
    let tenant = tenants::find(app, slug).await?;
    let invalid =
        || ServiceError::InvalidToken("the refresh token is not valid; sign in again".into());
    if !presented.starts_with(REFRESH_TOKEN_PREFIX) || presented.len() > 256 {
        return Err(invalid());
    }
    let now = app.clock.unix();
    // The store gives the successor the session's absolute expiry.
    let (next_token, next) = new_refresh_token(REFRESH_TOKEN_PREFIX, now, 0);
    match app
        .db
        .rotate_refresh_token(&tenant.id, &hash_secret(presented), &next, now)
        .await?
    {
        RefreshOutcome::Rotated(session) => {
            let user = users::find(app, &tenant, &session.user_id)
                .await
                .map_err(|_| invalid())?;
            if user.disabled {
                return Err(ServiceError::AccountDisabled);
            }
            let (access_token, expires_in) = access_token(app, &tenant, &user, &session.id).await?;
            Ok(SessionTokens {
                access_token,
                token_type: "Bearer".into(),
                expires_in,
                refresh_token: Some(next_token),
                session_id: session.id,
            })
        }
        RefreshOutcome::Reused {
            session_id,
            user_id,
        } => {
            tracing::warn!(tenant_id = %tenant.id, %user_id, %session_id, "refresh token reused; session revoked");
            audit::record(
                app,
                &tenant.id,
                ctx,
                "session.refresh_token_reused",
                Some(("session", &session_id)),
                json!({ "user_id": user_id }),
            )
            .await?;
            Err(ServiceError::InvalidToken(
                "the refresh token was already used, so the session has been revoked; sign in again".into(),
            ))
        }
        RefreshOutcome::Invalid => Err(invalid()),
    }
}

/// Ends the session a refresh token belongs to. Unknown tokens are not an error: logging
/// out twice is fine.
pub async fn logout(app: &App, ctx: &Context, slug: &str, presented: &str) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    if let Some(session) = app
        .db
        .session_of_refresh_token(&tenant.id, &hash_secret(presented))
        .await?
    {
        let revoked = app
            .db
            .revoke_session(
                &tenant.id,
                &session.user_id,
                &session.id,
                "logout",
                app.clock.unix(),
            )
            .await?;
        if revoked {
            let ctx = ctx.as_actor(Actor::User(session.user_id.clone()));
            audit::record(
                app,
                &tenant.id,
                &ctx,
                "session.logout",
                Some(("session", &session.id)),
                Value::Null,
            )
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::SessionSettings;

    #[test]
    fn lockout_backs_off_exponentially_up_to_the_cap() {
        let settings = SessionSettings::default();
        assert_eq!(settings.lock_duration(4), None);
        assert_eq!(settings.lock_duration(5), Some(30));
        assert_eq!(settings.lock_duration(6), Some(60));
        assert_eq!(settings.lock_duration(8), Some(240));
        assert_eq!(settings.lock_duration(20), Some(3600));
        assert_eq!(settings.lock_duration(i64::MAX), Some(3600));
    }
}
