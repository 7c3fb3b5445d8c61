//! Signing in with a passkey: as the first factor (for one account, or username-less with any
//! discoverable passkey of the tenant) and as the second factor of an MFA challenge.
//!
//! Passkeys are registered and asserted with user verification required (webauthn-rs's
//! passkey policy), so a passkey sign-in proves possession and a PIN or biometric: it is
//! multi-factor on its own and opens a session without a further challenge. A sign-in failure
//! does not count towards the password lockout, which guards guessable secrets; an assertion
//! cannot be guessed.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tessera_core::webauthn::{
    AuthenticationOutcome, AuthenticationState, DiscoverableState, PublicKeyCredential,
    StoredCredential,
};
use tessera_crypto::hash_secret;
use tessera_store::{PasskeyRecord, TenantRecord, UserRecord};
use tessera_wire::{
    PasskeyCeremony, PasskeySecondFactorFinish, PasskeySignInFinish, SessionTokens,
};

use super::super::audit::{self, Actor, Context};
use super::super::mfa::MFA_TOKEN_PREFIX;
use super::super::organizations::switch;
use super::super::{App, Result, ServiceError, sessions, tenants, users};
use super::{Kind, Started, begin, ceremony_gone, internal, settings, stored_credential, take};

/// The state of a first-factor sign-in: for one account's passkeys, or username-less.
#[derive(Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
enum SignInState {
    Account { state: AuthenticationState },
    Discoverable { state: DiscoverableState },
}

/// A verified passkey sign-in.
pub struct Verified {
    pub user: UserRecord,
    /// RFC 8176 §2 for the key: `swk` for a passkey that may sync between devices (backup
    /// eligible), `hwk` for one bound to its authenticator.
    pub key_amr: &'static str,
    /// The authenticator verified the user (always, under the passkey policy).
    pub user_verified: bool,
}

impl Verified {
    /// RFC 8176 values of a first-factor passkey sign-in.
    pub fn amr(&self) -> Vec<&'static str> {
        if self.user_verified {
            vec![self.key_amr, "user", "mfa"]
        } else {
            vec![self.key_amr, "user"]
        }
    }
}

fn parse_assertion(credential: Value) -> Result<PublicKeyCredential> {
    serde_json::from_value(credential).map_err(|e| {
        ServiceError::invalid(
            "/credential",
            format!("must be the PublicKeyCredential of navigator.credentials.get(), as toJSON() writes it: {e}"),
        )
    })
}

fn refused() -> ServiceError {
    ServiceError::InvalidToken(
        "the passkey could not be verified: it is not registered here (or was deleted), or its answer does not match the challenge; try again or use another sign-in method"
            .into(),
    )
}

async fn record_failure(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    reason: &str,
    user_id: Option<&str>,
) -> Result<ServiceError> {
    audit::record(
        app,
        &tenant.id,
        ctx,
        "passkey.sign_in_failed",
        user_id.map(|id| ("user", id)),
        json!({ "reason": reason }),
    )
    .await?;
    Ok(refused())
}

/// Starts a first-factor sign-in. With the email of an account that has passkeys, the
/// options list them; otherwise they are username-less (`mediation: "conditional"` for
/// autofill, any discoverable passkey of the tenant may answer).
pub async fn start(app: &App, slug: &str, email: Option<&str>) -> Result<PasskeyCeremony> {
    let tenant = tenants::find(app, slug).await?;
    let rp = settings::relying_party(app, &tenant).await?;
    let now = app.clock.unix();
    let mut account = None;
    if let Some(email) = email {
        let email = users::normalise_email(email)
            .map_err(|_| ServiceError::invalid("/email", "must be an email address"))?;
        if let Some(user) = app.db.user_by_email(&tenant.id, &email).await? {
            let credentials = app
                .db
                .user_passkeys(&tenant.id, &user.id)
                .await?
                .iter()
                .map(stored_credential)
                .collect::<Result<Vec<StoredCredential>>>()?;
            if !credentials.is_empty() {
                account = Some((user.id, credentials));
            }
        }
    }
    let (options, state, expires_at, user_id) = match account {
        Some((user_id, credentials)) => {
            let (challenge, state) = rp
                .start_authentication(&credentials, now)
                .map_err(internal)?;
            let expires_at = state.expires_at();
            (
                serde_json::to_value(&challenge).map_err(internal)?,
                SignInState::Account { state },
                expires_at,
                Some(user_id),
            )
        }
        None => {
            let (challenge, state) = rp
                .start_discoverable_authentication(now)
                .map_err(internal)?;
            let expires_at = state.expires_at();
            (
                serde_json::to_value(&challenge).map_err(internal)?,
                SignInState::Discoverable { state },
                expires_at,
                None,
            )
        }
    };
    let state = serde_json::to_string(&state).map_err(internal)?;
    begin(
        app,
        &tenant,
        Started {
            kind: Kind::SignIn,
            user_id,
            mfa_token_hash: None,
            options,
            state,
            expires_at,
        },
    )
    .await
}

/// Finds the passkey an assertion names, in this tenant and of this user.
async fn passkey_of(
    app: &App,
    tenant: &TenantRecord,
    credential_id: &[u8],
    user_id: &str,
) -> Result<Option<PasskeyRecord>> {
    Ok(app
        .db
        .passkey_by_credential_id(&tenant.id, credential_id)
        .await?
        .filter(|p| p.user_id == user_id))
}

/// The account behind a verified assertion, refusing a disabled one, and the passkey's new
/// counter and last use saved.
async fn conclude(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    record: PasskeyRecord,
    outcome: &AuthenticationOutcome,
    second_factor: bool,
) -> Result<Verified> {
    let mut stored = stored_credential(&record)?;
    stored.update(outcome);
    let now = app.clock.unix();
    let saved = stored.to_json().map_err(internal)?;
    if !app
        .db
        .touch_passkey(&tenant.id, &record.id, &saved, now)
        .await?
    {
        // Deleted while the assertion was being checked.
        return Err(
            record_failure(app, ctx, tenant, "passkey_deleted", Some(&record.user_id)).await?,
        );
    }
    let user = users::find(app, tenant, &record.user_id)
        .await
        .map_err(|_| refused())?;
    let user_ctx = ctx.as_actor(Actor::User(user.id.clone()));
    if user.disabled {
        audit::record(
            app,
            &tenant.id,
            &user_ctx,
            "session.login_refused_disabled",
            Some(("user", &user.id)),
            Value::Null,
        )
        .await?;
        return Err(ServiceError::AccountDisabled);
    }
    let info = stored.info();
    audit::record(
        app,
        &tenant.id,
        &user_ctx,
        "passkey.used",
        Some(("user", &user.id)),
        json!({
            "passkey_id": record.id,
            "second_factor": second_factor,
            "user_verified": outcome.user_verified(),
        }),
    )
    .await?;
    Ok(Verified {
        user,
        key_amr: if info.backup_eligible { "swk" } else { "hwk" },
        user_verified: outcome.user_verified(),
    })
}

/// Verifies a first-factor assertion against its ceremony.
pub async fn verify(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    ceremony_id: &str,
    credential: Value,
) -> Result<Verified> {
    let response = parse_assertion(credential)?;
    let ceremony = take(app, tenant, Kind::SignIn, ceremony_id).await?;
    let state: SignInState = serde_json::from_str(&ceremony.state).map_err(internal)?;
    let rp = settings::relying_party(app, tenant).await?;
    let now = app.clock.unix();
    let (record, outcome) = match state {
        SignInState::Account { state } => {
            let user_id = ceremony.user_id.unwrap_or_default();
            let Some(record) =
                passkey_of(app, tenant, response.get_credential_id(), &user_id).await?
            else {
                return Err(
                    record_failure(app, ctx, tenant, "unknown_passkey", Some(&user_id)).await?,
                );
            };
            match rp.finish_authentication(&response, &state, now) {
                Ok(outcome) => (record, outcome),
                Err(e) => {
                    return Err(record_failure(app, ctx, tenant, e.code(), Some(&user_id)).await?);
                }
            }
        }
        SignInState::Discoverable { state } => {
            let Ok((handle, credential_id)) = rp.identify_discoverable(&response) else {
                return Err(record_failure(app, ctx, tenant, "no_user_handle", None).await?);
            };
            let user_id = app
                .db
                .user_of_passkey_handle(&tenant.id, &handle.to_string())
                .await?;
            let record = match user_id {
                Some(user_id) => passkey_of(app, tenant, &credential_id, &user_id).await?,
                None => None,
            };
            let Some(record) = record else {
                return Err(record_failure(app, ctx, tenant, "unknown_passkey", None).await?);
            };
            let stored = stored_credential(&record)?;
            match rp.finish_discoverable_authentication(&response, &state, &stored, now) {
                Ok(outcome) => (record, outcome),
                Err(e) => {
                    let user_id = record.user_id.clone();
                    return Err(record_failure(app, ctx, tenant, e.code(), Some(&user_id)).await?);
                }
            }
        }
    };
    conclude(app, ctx, tenant, record, &outcome, false).await
}

/// `POST /t/{tenant}/auth/passkeys/verify`: a passkey sign-in that opens a session, into
/// the organization `organization` names when it is given (as at the password login).
pub async fn sign_in(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: PasskeySignInFinish,
) -> Result<SessionTokens> {
    let tenant = tenants::find(app, slug).await?;
    let organization = match input.organization.as_deref() {
        Some(key) => Some(switch::requested(app, &tenant, key).await?),
        None => None,
    };
    let verified = verify(app, ctx, &tenant, &input.ceremony_id, input.credential).await?;
    app.counters
        .clear_login_failures(&tenant.id, &verified.user.email)
        .await?;
    sessions::start_session_into(
        app,
        ctx,
        &tenant,
        verified.user,
        "passkey",
        None,
        organization.as_ref(),
    )
    .await
}

fn mfa_token_hash(token: &str) -> Result<Vec<u8>> {
    if !token.starts_with(MFA_TOKEN_PREFIX) || token.len() > 256 {
        return Err(mfa_gone());
    }
    Ok(hash_secret(token).to_vec())
}

fn mfa_gone() -> ServiceError {
    ServiceError::InvalidToken(
        "the MFA token is not valid: it expired, was already used or belongs elsewhere; sign in again"
            .into(),
    )
}

/// Starts the passkey step of an MFA challenge: options listing the user's passkeys.
pub async fn start_second_factor(
    app: &App,
    tenant: &TenantRecord,
    mfa_token: &str,
) -> Result<PasskeyCeremony> {
    let token_hash = mfa_token_hash(mfa_token)?;
    let now = app.clock.unix();
    let challenge = app
        .db
        .mfa_challenge(&tenant.id, &token_hash)
        .await?
        .filter(|c| c.used_at.is_none() && c.expires_at > now)
        .ok_or_else(mfa_gone)?;
    let credentials = app
        .db
        .user_passkeys(&tenant.id, &challenge.user_id)
        .await?
        .iter()
        .map(stored_credential)
        .collect::<Result<Vec<_>>>()?;
    if credentials.is_empty() {
        return Err(ServiceError::invalid(
            "/mfa_token",
            "this account has no passkey; complete the sign-in with `code` or `recovery_code` at /auth/mfa/verify",
        ));
    }
    let rp = settings::relying_party(app, tenant).await?;
    let (challenge_options, state) = rp
        .start_authentication(&credentials, now)
        .map_err(internal)?;
    let options = serde_json::to_value(&challenge_options).map_err(internal)?;
    // The MFA challenge bounds the ceremony: it cannot outlive the token it answers.
    let expires_at = state.expires_at().min(challenge.expires_at);
    begin(
        app,
        tenant,
        Started {
            kind: Kind::SecondFactor,
            user_id: Some(challenge.user_id.clone()),
            mfa_token_hash: Some(token_hash),
            options,
            state: state.to_json().map_err(internal)?,
            expires_at,
        },
    )
    .await
}

/// Verifies the passkey step of an MFA challenge, spending the challenge.
pub async fn verify_second_factor(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    mfa_token: &str,
    ceremony_id: &str,
    credential: Value,
) -> Result<Verified> {
    let response = parse_assertion(credential)?;
    let token_hash = mfa_token_hash(mfa_token)?;
    let ceremony = take(app, tenant, Kind::SecondFactor, ceremony_id).await?;
    if ceremony.mfa_token_hash.as_deref() != Some(token_hash.as_slice()) {
        return Err(ceremony_gone());
    }
    let user_id = ceremony.user_id.unwrap_or_default();
    let state = AuthenticationState::from_json(&ceremony.state).map_err(internal)?;
    let rp = settings::relying_party(app, tenant).await?;
    let now = app.clock.unix();
    let Some(record) = passkey_of(app, tenant, response.get_credential_id(), &user_id).await?
    else {
        return Err(record_failure(app, ctx, tenant, "unknown_passkey", Some(&user_id)).await?);
    };
    let outcome = match rp.finish_authentication(&response, &state, now) {
        Ok(outcome) => outcome,
        Err(e) => return Err(record_failure(app, ctx, tenant, e.code(), Some(&user_id)).await?),
    };
    if !app
        .db
        .consume_mfa_challenge(&tenant.id, &token_hash, &user_id, now)
        .await?
    {
        return Err(mfa_gone());
    }
    let verified = conclude(app, ctx, tenant, record, &outcome, true).await?;
    app.counters
        .clear_login_failures(&tenant.id, &verified.user.email)
        .await?;
    Ok(verified)
}

/// `POST /t/{tenant}/auth/mfa/passkey/verify`: completes an MFA challenge with a passkey.
pub async fn second_factor(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: PasskeySecondFactorFinish,
) -> Result<SessionTokens> {
    let tenant = tenants::find(app, slug).await?;
    let (first_factor, organization_id) =
        challenge_first_factor(app, &tenant, &input.mfa_token).await?;
    let verified = verify_second_factor(
        app,
        ctx,
        &tenant,
        &input.mfa_token,
        &input.ceremony_id,
        input.credential,
    )
    .await?;
    let organization = switch::remembered(app, &tenant, organization_id.as_deref()).await?;
    sessions::start_session_into(
        app,
        ctx,
        &tenant,
        verified.user,
        &first_factor,
        Some("passkey"),
        organization.as_ref(),
    )
    .await
}

/// The first factor an MFA challenge remembers, so organization policies judge both, and
/// the organization the sign-in opens into, if it named one.
async fn challenge_first_factor(
    app: &App,
    tenant: &TenantRecord,
    mfa_token: &str,
) -> Result<(String, Option<String>)> {
    let hash = mfa_token_hash(mfa_token)?;
    Ok(app.db.mfa_challenge(&tenant.id, &hash).await?.map_or_else(
        || ("password".to_owned(), None),
        |c| (c.first_factor, c.organization_id),
    ))
}

/// Whether a live MFA challenge belongs to an account with a passkey (the hosted
/// second-factor page then offers it). Any failure reads as "no".
pub async fn offers_passkey(app: &App, tenant: &TenantRecord, mfa_token: &str) -> bool {
    let Ok(token_hash) = mfa_token_hash(mfa_token) else {
        return false;
    };
    let Ok(Some(challenge)) = app.db.mfa_challenge(&tenant.id, &token_hash).await else {
        return false;
    };
    super::has_passkeys(app, tenant, &challenge.user_id)
        .await
        .unwrap_or(false)
}
