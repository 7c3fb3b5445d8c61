//! Passkeys: registering WebAuthn credentials, listing, renaming and deleting them, and
//! signing in with them (first factor or second factor, in [`sign_in`]).
//!
//! Every ceremony is two requests: `options` starts it (tessera-core's relying party makes
//! the challenge, the state goes to `webauthn_ceremonies`) and `verify` takes the state back
//! with `DELETE … RETURNING`, so any replica can finish what another began and a challenge
//! is answered once at most. The relying party checks the state's RP ID and expiry before
//! any cryptography.

pub mod settings;
pub mod sign_in;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use tessera_core::webauthn::{
    RegisterPublicKeyCredential, RegistrationState, StoredCredential, Uuid, WebauthnUser,
};
use tessera_crypto::generate_secret;
use tessera_store::{CeremonyRecord, PasskeyRecord, StoreError, TenantRecord, UserRecord};
use tessera_wire::{Passkey, PasskeyCeremony, PasskeyList, PasskeyRegistrationFinish};

use super::access_tokens::SessionUser;
use super::audit::{self, Context};
use super::{App, Result, ServiceError, tenants, users};
use crate::clock::from_unix;

const CEREMONY_PREFIX: &str = "wac_";
const DEFAULT_NAME: &str = "Passkey";

/// What a ceremony row is for; a ceremony of one kind cannot finish another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Register,
    SignIn,
    SecondFactor,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Register => "register",
            Kind::SignIn => "sign_in",
            Kind::SecondFactor => "second_factor",
        }
    }
}

pub(crate) fn ceremony_gone() -> ServiceError {
    ServiceError::InvalidToken(
        "the passkey ceremony is unknown, expired or already finished; request new options and try again"
            .into(),
    )
}

/// A ceremony the relying party has just started.
pub(crate) struct Started {
    pub kind: Kind,
    /// The registering user, or the user of a sign-in or second-factor step.
    pub user_id: Option<String>,
    pub mfa_token_hash: Option<Vec<u8>>,
    /// For the browser.
    pub options: Value,
    /// tessera-core's serialised state, for the server only.
    pub state: String,
    pub expires_at: i64,
}

/// Stores a started ceremony and answers its options.
pub(crate) async fn begin(
    app: &App,
    tenant: &TenantRecord,
    started: Started,
) -> Result<PasskeyCeremony> {
    let now = app.clock.unix();
    let id = generate_secret(CEREMONY_PREFIX);
    app.db
        .insert_ceremony(&CeremonyRecord {
            id: id.clone(),
            tenant_id: tenant.id.clone(),
            kind: started.kind.as_str().into(),
            user_id: started.user_id,
            mfa_token_hash: started.mfa_token_hash,
            state: started.state,
            created_at: now,
            expires_at: started.expires_at,
        })
        .await?;
    Ok(PasskeyCeremony {
        ceremony_id: id,
        options: started.options,
        expires_in: u32::try_from(started.expires_at - now).unwrap_or(0),
    })
}

/// Takes a ceremony for this request alone; gone, expired or of another kind is one answer.
pub(crate) async fn take(
    app: &App,
    tenant: &TenantRecord,
    kind: Kind,
    id: &str,
) -> Result<CeremonyRecord> {
    if !id.starts_with(CEREMONY_PREFIX) || id.len() > 128 {
        return Err(ceremony_gone());
    }
    let ceremony = app
        .db
        .take_ceremony(&tenant.id, kind.as_str(), id)
        .await?
        .ok_or_else(ceremony_gone)?;
    if ceremony.expires_at < app.clock.unix() {
        return Err(ceremony_gone());
    }
    Ok(ceremony)
}

pub(crate) fn stored_credential(record: &PasskeyRecord) -> Result<StoredCredential> {
    StoredCredential::from_json(&record.credential)
        .map_err(|e| ServiceError::Internal(format!("passkey {} does not parse: {e}", record.id)))
}

pub(crate) fn internal(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(e.to_string())
}

fn to_wire(record: &PasskeyRecord) -> Result<Passkey> {
    let info = stored_credential(record)?.info();
    Ok(Passkey {
        id: record.id.clone(),
        user_id: record.user_id.clone(),
        name: record.name.clone(),
        credential_id: URL_SAFE_NO_PAD.encode(&record.credential_id),
        backup_eligible: info.backup_eligible,
        backed_up: info.backed_up,
        attestation_format: info.attestation_format,
        created_at: from_unix(record.created_at),
        last_used_at: record.last_used_at.map(from_unix),
    })
}

fn check_name(pointer: &str, name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 64 || name.chars().any(char::is_control) {
        return Err(ServiceError::invalid(
            pointer,
            "must be 1-64 printable characters, such as \"Work laptop\"",
        ));
    }
    Ok(name.to_owned())
}

pub async fn list(app: &App, tenant: &TenantRecord, user_id: &str) -> Result<PasskeyList> {
    let records = app.db.user_passkeys(&tenant.id, user_id).await?;
    Ok(PasskeyList {
        data: records.iter().map(to_wire).collect::<Result<_>>()?,
    })
}

/// Whether the user has at least one passkey (then it can be their second factor).
pub async fn has_passkeys(app: &App, tenant: &TenantRecord, user_id: &str) -> Result<bool> {
    Ok(!app.db.user_passkeys(&tenant.id, user_id).await?.is_empty())
}

/// Starts registering a passkey for the signed-in user.
pub async fn start_registration(app: &App, me: &SessionUser) -> Result<PasskeyCeremony> {
    let (tenant, user) = (&me.tenant, &me.user);
    let rp = settings::relying_party(app, tenant).await?;
    let handle = app
        .db
        .passkey_user_handle(&tenant.id, &user.id, &Uuid::new_v4().to_string())
        .await?;
    let handle = Uuid::parse_str(&handle).map_err(internal)?;
    let existing = app
        .db
        .user_passkeys(&tenant.id, &user.id)
        .await?
        .iter()
        .map(stored_credential)
        .collect::<Result<Vec<_>>>()?;
    let webauthn_user = WebauthnUser {
        id: handle,
        name: user.email.clone(),
        display_name: user.name.clone().unwrap_or_else(|| user.email.clone()),
    };
    let (challenge, state) = rp
        .start_registration(&webauthn_user, &existing, app.clock.unix())
        .map_err(internal)?;
    let options = serde_json::to_value(&challenge).map_err(internal)?;
    let expires_at = state.expires_at();
    let state = state.to_json().map_err(internal)?;
    begin(
        app,
        tenant,
        Started {
            kind: Kind::Register,
            user_id: Some(user.id.clone()),
            mfa_token_hash: None,
            options,
            state,
            expires_at,
        },
    )
    .await
}

/// Verifies the browser's answer to registration options and stores the passkey.
pub async fn finish_registration(
    app: &App,
    ctx: &Context,
    me: &SessionUser,
    input: PasskeyRegistrationFinish,
) -> Result<Passkey> {
    let (tenant, user) = (&me.tenant, &me.user);
    let name = check_name("/name", input.name.as_deref().unwrap_or(DEFAULT_NAME))?;
    let response: RegisterPublicKeyCredential = serde_json::from_value(input.credential)
        .map_err(|e| {
            ServiceError::invalid(
                "/credential",
                format!("must be the PublicKeyCredential of navigator.credentials.create(), as toJSON() writes it: {e}"),
            )
        })?;
    let ceremony = take(app, tenant, Kind::Register, &input.ceremony_id).await?;
    if ceremony.user_id.as_deref() != Some(user.id.as_str()) {
        return Err(ceremony_gone());
    }
    let state = RegistrationState::from_json(&ceremony.state).map_err(internal)?;
    let rp = settings::relying_party(app, tenant).await?;
    let now = app.clock.unix();
    let stored = match rp.finish_registration(&response, &state, now) {
        Ok(stored) => stored,
        Err(e) => {
            audit::record(
                app,
                &tenant.id,
                ctx,
                "passkey.registration_failed",
                Some(("user", &user.id)),
                json!({ "reason": e.code() }),
            )
            .await?;
            return Err(match e.code() {
                "webauthn_ceremony_expired" | "webauthn_state_mismatch" => ceremony_gone(),
                "webauthn_format_not_allowed" => ServiceError::invalid(
                    "/credential",
                    "this authenticator's attestation format is not accepted by the application; use another authenticator",
                ),
                _ => ServiceError::invalid(
                    "/credential",
                    "the authenticator's response does not verify against the registration options (challenge, origin, user verification or signature)",
                ),
            });
        }
    };
    let record = PasskeyRecord {
        id: format!("pk_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        user_id: user.id.clone(),
        name,
        credential_id: stored.credential_id().to_vec(),
        credential: stored.to_json().map_err(internal)?,
        created_at: now,
        last_used_at: None,
    };
    match app.db.insert_passkey(&record).await {
        Ok(()) => {}
        Err(StoreError::UniqueViolation) => {
            return Err(ServiceError::AlreadyExists(
                "this passkey is already registered".into(),
            ));
        }
        Err(e) => return Err(e.into()),
    }
    let passkey = to_wire(&record)?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "passkey.registered",
        Some(("user", &user.id)),
        json!({
            "passkey_id": record.id,
            "backup_eligible": passkey.backup_eligible,
            "attestation_format": passkey.attestation_format,
        }),
    )
    .await?;
    Ok(passkey)
}

pub async fn rename(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: &UserRecord,
    id: &str,
    name: &str,
) -> Result<Passkey> {
    let name = check_name("/name", name)?;
    if !app
        .db
        .rename_passkey(&tenant.id, &user.id, id, &name)
        .await?
    {
        return Err(not_found(id));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "passkey.renamed",
        Some(("user", &user.id)),
        json!({ "passkey_id": id }),
    )
    .await?;
    let records = app.db.user_passkeys(&tenant.id, &user.id).await?;
    let record = records
        .iter()
        .find(|r| r.id == id)
        .ok_or_else(|| not_found(id))?;
    to_wire(record)
}

fn not_found(id: &str) -> ServiceError {
    ServiceError::NotFound(format!("no passkey {id:?} on this account"))
}

/// Deletes one of a user's passkeys: it can no longer sign in.
pub async fn delete(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user_id: &str,
    id: &str,
) -> Result<()> {
    if !app.db.delete_passkey(&tenant.id, user_id, id).await? {
        return Err(not_found(id));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "passkey.deleted",
        Some(("user", user_id)),
        json!({ "passkey_id": id }),
    )
    .await?;
    Ok(())
}

/// The admin API's view: a user's passkeys.
pub async fn list_for_admin(app: &App, slug: &str, user_id: &str) -> Result<PasskeyList> {
    let tenant = tenants::find(app, slug).await?;
    let user = users::find(app, &tenant, user_id).await?;
    list(app, &tenant, &user.id).await
}

pub async fn delete_for_admin(
    app: &App,
    ctx: &Context,
    slug: &str,
    user_id: &str,
    id: &str,
) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let user = users::find(app, &tenant, user_id).await?;
    delete(app, ctx, &tenant, &user.id, id).await
}
