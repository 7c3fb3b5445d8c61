//! Tenant signing keys: creation, rotation with an overlap window, the JWKS, and signers.
//!
//! Every tenant keeps one active key for its primary algorithm and one RS256 key (OIDC Core
//! §15.1 makes RS256 the ID-token default). Rotation retires the active key instead of
//! deleting it: it stays in the JWKS until `max_token_lifetime` plus clock skew has passed,
//! which is when the last token it could have signed expires.

use tessera_crypto::signing::{self, Signer};
use tessera_store::{KeyRotation, NewSigningKey, SigningKeyRecord, StoreError, TenantRecord};
use tessera_wire::{Jwk, JwkSet, KeyStatus, SigningAlg, SigningKey};

use super::{App, Result, ServiceError};
use crate::clock::from_unix;

/// Allowance for clocks of verifiers running behind ours.
pub const CLOCK_SKEW_SECS: i64 = 60;

/// The algorithms a tenant with this primary algorithm keeps keys for.
pub fn tenant_algs(primary: SigningAlg) -> Vec<SigningAlg> {
    if primary == SigningAlg::RS256 {
        vec![SigningAlg::RS256]
    } else {
        vec![primary, SigningAlg::RS256]
    }
}

/// The associated data that binds a sealed private key to its row.
fn aad(tenant_id: &str, kid: &str) -> Vec<u8> {
    format!("tessera signing key\0{tenant_id}\0{kid}").into_bytes()
}

/// Generates and seals a new key. Generation runs on the blocking pool: an RSA key takes
/// tens of milliseconds, too long for the async executor.
pub async fn generate_key(
    app: &App,
    tenant_id: &str,
    alg: SigningAlg,
    created_at: i64,
) -> Result<NewSigningKey> {
    let generated = tokio::task::spawn_blocking(move || signing::generate(alg))
        .await
        .map_err(|e| ServiceError::Internal(format!("key generation task failed: {e}")))?
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let public_jwk = serde_json::to_string(&generated.public_jwk)
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    Ok(NewSigningKey {
        private_key: app
            .master_key
            .seal(&aad(tenant_id, &generated.kid), &generated.pkcs8),
        kid: generated.kid,
        alg: alg.as_str().to_owned(),
        public_jwk,
        master_key_id: app.master_key.id().to_owned(),
        created_at,
    })
}

fn parse_alg(record: &SigningKeyRecord) -> Result<SigningAlg> {
    SigningAlg::parse(&record.alg).ok_or_else(|| {
        ServiceError::Internal(format!(
            "key {} has unknown alg {:?}",
            record.kid, record.alg
        ))
    })
}

fn to_wire(record: &SigningKeyRecord) -> Result<SigningKey> {
    Ok(SigningKey {
        kid: record.kid.clone(),
        alg: parse_alg(record)?,
        status: if record.retired_at.is_some() {
            KeyStatus::Retired
        } else {
            KeyStatus::Active
        },
        created_at: from_unix(record.created_at),
        retired_at: record.retired_at.map(from_unix),
        published_until: record.publish_until.map(from_unix),
    })
}

/// The tenant's published keys, active first.
pub async fn list(app: &App, tenant: &TenantRecord) -> Result<Vec<SigningKey>> {
    app.db
        .published_keys(&tenant.id, app.clock.unix())
        .await?
        .iter()
        .map(to_wire)
        .collect()
}

/// The tenant's JWKS (RFC 7517 §5): every published key's public half.
pub async fn jwks(app: &App, tenant: &TenantRecord) -> Result<JwkSet> {
    let keys = app
        .db
        .published_keys(&tenant.id, app.clock.unix())
        .await?
        .iter()
        .map(|record| {
            serde_json::from_str::<Jwk>(&record.public_jwk).map_err(|e| {
                ServiceError::Internal(format!("stored JWK {} is invalid: {e}", record.kid))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(JwkSet { keys })
}

/// The tenant's published keys as `tessera-core` verification keys: the server checks its
/// own tokens with the same verifier that resource servers use. Cached per tenant.
pub async fn verification_keys(
    app: &App,
    tenant: &TenantRecord,
) -> Result<std::sync::Arc<crate::cache::verification_keys::VerificationKeys>> {
    crate::cache::verification_keys::published(app, tenant).await
}

/// Reads and parses the keys published at `now`, and says when the first of them stops
/// being published.
pub async fn load_verification_keys(
    app: &App,
    tenant: &TenantRecord,
    now: i64,
) -> Result<(tessera_core::JwkSet, Option<i64>)> {
    let records = app.db.published_keys(&tenant.id, now).await?;
    let valid_until = records.iter().filter_map(|r| r.publish_until).min();
    let keys = records
        .iter()
        .map(|record| {
            serde_json::from_str::<serde_json::Value>(&record.public_jwk).map_err(|e| {
                ServiceError::Internal(format!("stored JWK {} is invalid: {e}", record.kid))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let jwks = serde_json::json!({ "keys": keys }).to_string();
    let parsed = tessera_core::JwkSet::from_json(&jwks)
        .map_err(|e| ServiceError::Internal(format!("tenant JWKS rejected: {e}")))?;
    Ok((parsed, valid_until))
}

/// Retires the active key of `only` (or of every algorithm) and activates a new one.
pub async fn rotate(
    app: &App,
    ctx: &super::audit::Context,
    tenant: &TenantRecord,
    only: Option<SigningAlg>,
) -> Result<Vec<SigningKey>> {
    let now = app.clock.unix();
    let primary = primary_alg(tenant)?;
    let algs = tenant_algs(primary);
    if let Some(alg) = only
        && !algs.contains(&alg)
    {
        return Err(ServiceError::invalid(
            "/alg",
            format!(
                "this tenant has no {} key; it signs with {}",
                alg.as_str(),
                primary.as_str()
            ),
        ));
    }
    let mut rotation = KeyRotation {
        retire: Vec::new(),
        retired_at: now,
        publish_until: publish_until(app, now),
        insert: Vec::new(),
    };
    for alg in algs.into_iter().filter(|a| only.is_none_or(|o| o == *a)) {
        if let Some(active) = app.db.active_key(&tenant.id, alg.as_str()).await? {
            rotation.retire.push(active.kid);
        }
        rotation
            .insert
            .push(generate_key(app, &tenant.id, alg, now).await?);
    }
    app.db
        .rotate_keys(&tenant.id, &rotation)
        .await
        .map_err(|e| match e {
            // Another replica rotated between our read and our write.
            StoreError::UniqueViolation | StoreError::ConcurrentUpdate => ServiceError::Conflict(
                "the keys were rotated concurrently; list them and retry if needed".into(),
            ),
            other => other.into(),
        })?;
    crate::cache::publish(
        app,
        crate::cache::Change::Keys {
            tenant_id: tenant.id.clone(),
        },
    )
    .await;
    super::audit::record(
        app,
        &tenant.id,
        ctx,
        "signing_keys.rotated",
        Some(("tenant", &tenant.id)),
        serde_json::json!({
            "retired_kids": rotation.retire,
            "new_kids": rotation.insert.iter().map(|k| k.kid.clone()).collect::<Vec<_>>(),
        }),
    )
    .await?;
    list(app, tenant).await
}

/// The key changes that switching a tenant's primary algorithm needs: a key for the new
/// algorithm (unless it is RS256, which every tenant already has) and the retirement of
/// the old primary key (unless it is RS256, which every tenant keeps).
pub async fn alg_change(
    app: &App,
    tenant: &TenantRecord,
    new: SigningAlg,
    now: i64,
) -> Result<Option<KeyRotation>> {
    let old = primary_alg(tenant)?;
    if old == new {
        return Ok(None);
    }
    let mut rotation = KeyRotation {
        retire: Vec::new(),
        retired_at: now,
        publish_until: publish_until(app, now),
        insert: Vec::new(),
    };
    if old != SigningAlg::RS256
        && let Some(active) = app.db.active_key(&tenant.id, old.as_str()).await?
    {
        rotation.retire.push(active.kid);
    }
    if new != SigningAlg::RS256 {
        rotation
            .insert
            .push(generate_key(app, &tenant.id, new, now).await?);
    }
    Ok(Some(rotation))
}

fn publish_until(app: &App, now: i64) -> i64 {
    let lifetime = i64::try_from(app.max_token_lifetime.as_secs()).unwrap_or(i64::MAX / 2);
    now.saturating_add(lifetime).saturating_add(CLOCK_SKEW_SECS)
}

pub fn primary_alg(tenant: &TenantRecord) -> Result<SigningAlg> {
    SigningAlg::parse(&tenant.signing_alg).ok_or_else(|| {
        ServiceError::Internal(format!(
            "tenant {} has unknown alg {:?}",
            tenant.id, tenant.signing_alg
        ))
    })
}

/// A signer for the tenant's active key of `alg`, its private key unsealed. Cached per
/// tenant and algorithm.
pub async fn signer(
    app: &App,
    tenant: &TenantRecord,
    alg: SigningAlg,
) -> Result<std::sync::Arc<Signer>> {
    crate::cache::signers::active(app, tenant, alg).await
}

/// Reads the tenant's active key of `alg` and opens it under the master key.
pub async fn unseal_active(app: &App, tenant: &TenantRecord, alg: SigningAlg) -> Result<Signer> {
    let record = app
        .db
        .active_key(&tenant.id, alg.as_str())
        .await?
        .ok_or_else(|| {
            ServiceError::Internal(format!(
                "tenant {} has no active {} key",
                tenant.id,
                alg.as_str()
            ))
        })?;
    let pkcs8 = app
        .master_key
        .open(&aad(&tenant.id, &record.kid), &record.private_key)
        .map_err(|e| {
            ServiceError::Internal(format!(
                "key {} (sealed under master key {}) cannot be opened: {e}",
                record.kid, record.master_key_id
            ))
        })?;
    Signer::from_pkcs8(alg, record.kid, &pkcs8).map_err(|e| ServiceError::Internal(e.to_string()))
}
