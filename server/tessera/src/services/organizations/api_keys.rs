//! API keys of organizations and users: `tsk_` secrets shown once and stored as SHA-256
//! hashes, limited to permission patterns, with expiry, last use, revocation and rotation
//! with an overlap window. Resource servers check them through RFC 7662 introspection,
//! which answers with the claims an organization token would carry.

use serde_json::{Value, json};
use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::{ApiKeyRecord, StoreError, TenantRecord};
use tessera_wire::{
    ApiKey, ApiKeyList, ApiKeyListParams, ApiKeyWithSecret, CreateApiKey, FieldError,
    IntrospectionResponse, RotateApiKey,
};

use super::super::audit::{self, Context};
use super::super::{App, Result, ServiceError, pagination, tenants, users};
use super::permissions;
use crate::clock::from_unix;

pub const PREFIX: &str = "tsk_";
const MAX_PERMISSIONS: usize = 100;
const DEFAULT_OVERLAP_SECS: u32 = 86_400;

fn parse_permissions(record: &ApiKeyRecord) -> Result<Vec<String>> {
    serde_json::from_str(&record.permissions).map_err(|e| {
        ServiceError::Internal(format!(
            "permissions of API key {} are not a JSON array: {e}",
            record.id
        ))
    })
}

fn is_active(record: &ApiKeyRecord, now: i64) -> bool {
    record.revoked_at.is_none() && record.expires_at.is_none_or(|at| at > now)
}

pub fn to_wire(record: &ApiKeyRecord, now: i64) -> Result<ApiKey> {
    Ok(ApiKey {
        id: record.id.clone(),
        organization_id: record.organization_id.clone(),
        user_id: record.user_id.clone(),
        name: record.name.clone(),
        permissions: parse_permissions(record)?,
        hint: record.hint.clone(),
        created_at: from_unix(record.created_at),
        expires_at: record.expires_at.map(from_unix),
        last_used_at: record.last_used_at.map(from_unix),
        revoked_at: record.revoked_at.map(from_unix),
        rotated_to: record.rotated_to.clone(),
        active: is_active(record, now),
    })
}

fn new_secret() -> (String, Vec<u8>, String) {
    let secret = generate_secret(PREFIX);
    let hash = hash_secret(&secret).to_vec();
    let hint = secret
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (secret, hash, hint)
}

fn new_id() -> String {
    format!("key_{}", uuid::Uuid::now_v7().simple())
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: CreateApiKey,
) -> Result<ApiKeyWithSecret> {
    let tenant = tenants::find(app, slug).await?;
    let mut errors = Vec::new();
    let mut field = |pointer: &str, message: String| {
        errors.push(FieldError {
            pointer: pointer.into(),
            message,
        })
    };
    if input.organization.is_some() == input.user.is_some() {
        field(
            "/organization",
            "give exactly one owner: `organization` (id or slug) or `user` (a user id)".into(),
        );
    }
    if input.name.trim().is_empty()
        || input.name.chars().count() > 200
        || input.name.chars().any(char::is_control)
    {
        field(
            "/name",
            "must be 1-200 characters, not blank, without control characters".into(),
        );
    }
    if input.permissions.is_empty() || input.permissions.len() > MAX_PERMISSIONS {
        field(
            "/permissions",
            format!("must hold 1 to {MAX_PERMISSIONS} permission patterns"),
        );
    }
    for (i, pattern) in input.permissions.iter().enumerate() {
        if let Err(message) = permissions::check_pattern(pattern) {
            field(&format!("/permissions/{i}"), message);
        }
    }
    if let Some(secs) = input.expires_in_secs
        && !(60..=63_072_000).contains(&secs)
    {
        field(
            "/expires_in_secs",
            "must be between 60 and 63072000 (two years)".into(),
        );
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let organization_id = match &input.organization {
        Some(key) => Some(
            super::find(app, &tenant, key)
                .await
                .map_err(|_| {
                    ServiceError::invalid(
                        "/organization",
                        format!("the tenant has no organization {key:?}"),
                    )
                })?
                .id,
        ),
        None => None,
    };
    if let Some(user) = &input.user {
        users::find(app, &tenant, user).await.map_err(|_| {
            ServiceError::invalid("/user", format!("the tenant has no user {user:?}"))
        })?;
    }
    let mut patterns = input.permissions;
    patterns.sort();
    patterns.dedup();
    let now = app.clock.unix();
    let (secret, secret_hash, hint) = new_secret();
    let record = ApiKeyRecord {
        id: new_id(),
        tenant_id: tenant.id.clone(),
        organization_id,
        user_id: input.user,
        name: input.name.trim().to_owned(),
        permissions: Value::from(patterns.clone()).to_string(),
        secret_hash,
        hint,
        created_at: now,
        expires_at: input.expires_in_secs.map(|s| now + i64::from(s)),
        last_used_at: None,
        revoked_at: None,
        rotated_to: None,
    };
    app.db.insert_api_key(&record).await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "api_key.created",
        Some(("api_key", &record.id)),
        json!({ "organization_id": record.organization_id, "user_id": record.user_id, "permissions": patterns, "expires_at": record.expires_at }),
    )
    .await?;
    Ok(ApiKeyWithSecret {
        key: to_wire(&record, now)?,
        secret,
    })
}

fn not_found(id: &str) -> ServiceError {
    ServiceError::NotFound(format!("the tenant has no API key {id:?}"))
}

async fn find(app: &App, tenant: &TenantRecord, id: &str) -> Result<ApiKeyRecord> {
    app.db
        .api_key_by_id(&tenant.id, id)
        .await?
        .ok_or_else(|| not_found(id))
}

pub async fn get(app: &App, slug: &str, id: &str) -> Result<ApiKey> {
    let tenant = tenants::find(app, slug).await?;
    to_wire(&find(app, &tenant, id).await?, app.clock.unix())
}

pub async fn list(app: &App, slug: &str, params: ApiKeyListParams) -> Result<ApiKeyList> {
    let tenant = tenants::find(app, slug).await?;
    let limit = pagination::page_size(params.limit)?;
    let after = params
        .cursor
        .as_deref()
        .map(|c| pagination::decode_cursor(c, "key_"))
        .transpose()?;
    let organization_id = match &params.organization {
        Some(key) => Some(super::find(app, &tenant, key).await?.id),
        None => None,
    };
    let mut records = app
        .db
        .list_api_keys(
            &tenant.id,
            organization_id.as_deref(),
            params.user.as_deref(),
            after.as_deref(),
            limit + 1,
        )
        .await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    let now = app.clock.unix();
    Ok(ApiKeyList {
        data: records
            .iter()
            .map(|r| to_wire(r, now))
            .collect::<Result<_>>()?,
        next_cursor,
    })
}

pub async fn revoke(app: &App, ctx: &Context, slug: &str, id: &str) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let record = find(app, &tenant, id).await?;
    if !app
        .db
        .revoke_api_key(&tenant.id, &record.id, app.clock.unix())
        .await?
    {
        return Err(ServiceError::Conflict(format!(
            "the API key {id:?} is already revoked"
        )));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "api_key.revoked",
        Some(("api_key", &record.id)),
        Value::Null,
    )
    .await
}

/// A new key with the same owner, name, permissions and lifetime; the old one keeps
/// working for `overlap_secs` (never past its own expiry), so deployments can switch over.
pub async fn rotate(
    app: &App,
    ctx: &Context,
    slug: &str,
    id: &str,
    input: RotateApiKey,
) -> Result<ApiKeyWithSecret> {
    let tenant = tenants::find(app, slug).await?;
    let overlap = input.overlap_secs.unwrap_or(DEFAULT_OVERLAP_SECS);
    if overlap > 2_592_000 {
        return Err(ServiceError::invalid(
            "/overlap_secs",
            "must be between 0 and 2592000 (30 days)",
        ));
    }
    let old = find(app, &tenant, id).await?;
    let now = app.clock.unix();
    if !is_active(&old, now) || old.rotated_to.is_some() {
        return Err(ServiceError::Conflict(format!(
            "the API key {id:?} is revoked, expired or already rotated; rotate its successor or create a new key"
        )));
    }
    let (secret, secret_hash, hint) = new_secret();
    let successor = ApiKeyRecord {
        id: new_id(),
        secret_hash,
        hint,
        created_at: now,
        expires_at: old.expires_at.map(|at| now + (at - old.created_at)),
        last_used_at: None,
        revoked_at: None,
        rotated_to: None,
        ..old.clone()
    };
    let old_until = old.expires_at.map_or(now + i64::from(overlap), |at| {
        at.min(now + i64::from(overlap))
    });
    app.db
        .rotate_api_key(&old.id, old_until, &successor)
        .await
        .map_err(|e| match e {
            StoreError::ConcurrentUpdate => ServiceError::Conflict(format!(
                "the API key {id:?} was rotated or revoked concurrently"
            )),
            other => other.into(),
        })?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "api_key.rotated",
        Some(("api_key", &old.id)),
        json!({ "successor": successor.id, "old_expires_at": old_until }),
    )
    .await?;
    Ok(ApiKeyWithSecret {
        key: to_wire(&successor, now)?,
        secret,
    })
}

/// RFC 7662 for an API key: active with the owner and permissions, or inactive. Records
/// the key's last use.
pub async fn introspect(
    app: &App,
    tenant: &TenantRecord,
    token: &str,
) -> Result<IntrospectionResponse> {
    let inactive = IntrospectionResponse {
        active: false,
        ..Default::default()
    };
    if token.len() > 512 {
        return Ok(inactive);
    }
    let Some(record) = app
        .db
        .api_key_by_hash(&tenant.id, &hash_secret(token))
        .await?
    else {
        return Ok(inactive);
    };
    let now = app.clock.unix();
    if !is_active(&record, now) {
        return Ok(inactive);
    }
    if let Some(user_id) = &record.user_id
        && app
            .db
            .user_by_id(&tenant.id, user_id)
            .await?
            .is_none_or(|u| u.disabled)
    {
        return Ok(inactive);
    }
    let organization = match &record.organization_id {
        Some(id) => app.db.organization_by_id(&tenant.id, id).await?,
        None => None,
    };
    app.db.touch_api_key(&tenant.id, &record.id, now).await?;
    let issuer = app.issuer(&tenant.slug);
    Ok(IntrospectionResponse {
        active: true,
        token_type: Some("api_key".into()),
        sub: Some(record.user_id.clone().unwrap_or_else(|| record.id.clone())),
        iat: Some(record.created_at),
        exp: record.expires_at,
        iss: Some(issuer.clone()),
        aud: Some(Value::from(issuer)),
        jti: Some(record.id.clone()),
        org_id: organization.as_ref().map(|o| o.id.clone()),
        org_slug: organization.map(|o| o.slug),
        permissions: Some(parse_permissions(&record)?),
        ..Default::default()
    })
}
