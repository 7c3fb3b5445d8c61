//! Users of a tenant: the management API's use cases.

use serde_json::{Map, Value};
use tessera_store::{StoreError, TenantRecord, UserFilter, UserRecord};
use tessera_wire::{
    CreateUser, FieldError, SessionList, UpdateUser, User, UserList, UserSearchParams,
};

use super::audit::{self, Context};
use super::{App, Result, ServiceError, password_policy, passwords, sessions, tenants};
use crate::clock::from_unix;

const METADATA_LIMIT: usize = 16 * 1024;

/// Trims and lowercases an email, and checks its shape: one `@`, a local part of 1-64
/// and a domain of 1-253 characters, no spaces or control characters (RFC 5321 §4.5.3.1).
pub fn normalise_email(email: &str) -> std::result::Result<String, String> {
    let email = email.trim().to_lowercase();
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            (1..=64).contains(&local.len())
                && (1..=253).contains(&domain.len())
                && !domain.contains('@')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if valid {
        Ok(email)
    } else {
        Err("is not an email address (expected name@domain)".to_owned())
    }
}

fn field(pointer: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        pointer: pointer.to_owned(),
        message: message.into(),
    }
}

pub fn check_profile(
    name: Option<&str>,
    picture: Option<&str>,
    locale: Option<&str>,
    metadata: Option<&Map<String, Value>>,
    errors: &mut Vec<FieldError>,
) {
    if let Some(name) = name
        && (name.chars().count() > 200 || name.chars().any(char::is_control))
    {
        errors.push(field(
            "/name",
            "must be at most 200 characters, without control characters",
        ));
    }
    if let Some(picture) = picture
        && (picture.len() > 2048
            || !(picture.starts_with("https://") || picture.starts_with("http://")))
    {
        errors.push(field(
            "/picture",
            "must be an http(s) URL of at most 2048 characters",
        ));
    }
    if let Some(locale) = locale {
        // BCP 47 shape: a 2-8 letter language and 1-8 alphanumeric subtags.
        let mut parts = locale.split('-');
        let language_ok = parts.next().is_some_and(|l| {
            (2..=8).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic())
        });
        let rest_ok = parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if !language_ok || !rest_ok || locale.len() > 35 {
            errors.push(field(
                "/locale",
                "must be a BCP 47 language tag such as `en` or `pt-BR`",
            ));
        }
    }
    if let Some(metadata) = metadata
        && serde_json::to_string(metadata).map_or(usize::MAX, |s| s.len()) > METADATA_LIMIT
    {
        errors.push(field(
            "/metadata",
            "must serialise to at most 16 KiB of JSON",
        ));
    }
}

pub fn to_wire(record: &UserRecord) -> Result<User> {
    let metadata = serde_json::from_str(&record.metadata).map_err(|e| {
        ServiceError::Internal(format!(
            "metadata of {} is not a JSON object: {e}",
            record.id
        ))
    })?;
    Ok(User {
        id: record.id.clone(),
        email: record.email.clone(),
        email_verified: record.email_verified,
        name: record.name.clone(),
        picture: record.picture.clone(),
        locale: record.locale.clone(),
        metadata,
        has_password: record.password_hash.is_some(),
        disabled: record.disabled,
        created_at: from_unix(record.created_at),
        updated_at: from_unix(record.updated_at),
        last_login_at: record.last_login_at.map(from_unix),
    })
}

fn not_found(id: &str) -> ServiceError {
    ServiceError::NotFound(format!("the tenant has no user with id {id:?}"))
}

fn email_taken(email: &str) -> ServiceError {
    ServiceError::AlreadyExists(format!(
        "a user with the email {email:?} already exists in this tenant"
    ))
}

pub async fn find(app: &App, tenant: &TenantRecord, id: &str) -> Result<UserRecord> {
    app.db
        .user_by_id(&tenant.id, id)
        .await?
        .ok_or_else(|| not_found(id))
}

pub async fn create(app: &App, ctx: &Context, slug: &str, input: CreateUser) -> Result<User> {
    let tenant = tenants::find(app, slug).await?;
    let mut errors = Vec::new();
    let email = normalise_email(&input.email)
        .map_err(|m| errors.push(field("/email", m)))
        .unwrap_or_default();
    check_profile(
        input.name.as_deref(),
        input.picture.as_deref(),
        input.locale.as_deref(),
        input.metadata.as_ref(),
        &mut errors,
    );
    let mut imported = None;
    if let Some(hash) = &input.password_hash {
        if input.password.is_some() {
            errors.push(field(
                "/password_hash",
                "cannot be sent with `password`: send the password, or an existing hash to import",
            ));
        } else {
            match passwords::check_imported(hash) {
                Ok(scheme) => imported = Some(scheme),
                Err(m) => errors.push(field("/password_hash", m)),
            }
        }
    }
    if let Some(password) = &input.password
        && let Some(problem) = password_policy::check_new(
            app,
            &tenant,
            "/password",
            password,
            &email,
            input.name.as_deref(),
        )
        .await?
    {
        errors.push(problem);
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    if app.db.user_by_email(&tenant.id, &email).await?.is_some() {
        return Err(email_taken(&email));
    }
    let password_hash = match (input.password, input.password_hash) {
        (Some(password), _) => Some(passwords::hash(app.password_params, password).await?),
        // Imported as is; the first successful sign-in replaces it with argon2id.
        (None, imported) => imported,
    };
    let now = app.clock.unix();
    let record = UserRecord {
        id: format!("usr_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        email,
        email_verified: input.email_verified.unwrap_or(false),
        name: input.name,
        picture: input.picture,
        locale: input.locale,
        metadata: Value::Object(input.metadata.unwrap_or_default()).to_string(),
        password_hash,
        disabled: false,
        created_at: now,
        updated_at: now,
        last_login_at: None,
    };
    app.db.insert_user(&record).await.map_err(|e| match e {
        StoreError::UniqueViolation => email_taken(&record.email),
        other => other.into(),
    })?;
    tracing::info!(tenant_id = %tenant.id, user_id = %record.id, "user created");
    audit::record(
        app,
        &tenant.id,
        ctx,
        "user.created",
        Some(("user", &record.id)),
        match imported {
            // Which scheme an imported hash used; never the hash.
            Some(scheme) => {
                serde_json::json!({ "email": record.email, "password_imported": scheme.as_str() })
            }
            None => serde_json::json!({ "email": record.email }),
        },
    )
    .await?;
    to_wire(&record)
}

pub async fn get(app: &App, slug: &str, id: &str) -> Result<User> {
    let tenant = tenants::find(app, slug).await?;
    to_wire(&find(app, &tenant, id).await?)
}

pub async fn search(app: &App, slug: &str, params: UserSearchParams) -> Result<UserList> {
    let tenant = tenants::find(app, slug).await?;
    let limit = super::pagination::page_size(params.limit)?;
    let after = params
        .cursor
        .as_deref()
        .map(|c| crate::services::pagination::decode_cursor(c, "usr_"))
        .transpose()?;
    let email = match params.email.as_deref() {
        Some(email) => {
            Some(normalise_email(email).map_err(|m| ServiceError::invalid("/email", m))?)
        }
        None => None,
    };
    let filter = UserFilter {
        email,
        query: params.q.filter(|q| !q.is_empty()),
        disabled: params.disabled,
    };
    let mut records = app
        .db
        .search_users(&tenant.id, &filter, after.as_deref(), limit + 1)
        .await?;
    let next_cursor =
        crate::services::pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    Ok(UserList {
        data: records.iter().map(to_wire).collect::<Result<_>>()?,
        next_cursor,
    })
}

pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    id: &str,
    input: UpdateUser,
) -> Result<User> {
    let tenant = tenants::find(app, slug).await?;
    let mut user = find(app, &tenant, id).await?;
    let mut errors = Vec::new();
    let email = match input.email.as_deref().map(normalise_email) {
        Some(Ok(email)) => Some(email),
        Some(Err(m)) => {
            errors.push(field("/email", m));
            None
        }
        None => None,
    };
    check_profile(
        input.name.as_deref(),
        input.picture.as_deref(),
        input.locale.as_deref(),
        input.metadata.as_ref(),
        &mut errors,
    );
    if let Some(password) = &input.password {
        let email = email.as_deref().unwrap_or(&user.email);
        let name = input.name.as_deref().or(user.name.as_deref());
        if let Some(problem) =
            password_policy::check_new(app, &tenant, "/password", password, email, name).await?
        {
            errors.push(problem);
        }
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    // Which fields the request touched, for the audit log (values stay out of it).
    let input_flags = (
        input.email_verified.is_some(),
        input.name.is_some(),
        input.picture.is_some(),
        input.locale.is_some(),
        input.metadata.is_some(),
    );
    let changed_email = email.as_ref().is_some_and(|e| *e != user.email);
    if let Some(email) = email
        && email != user.email
    {
        if app.db.user_by_email(&tenant.id, &email).await?.is_some() {
            return Err(email_taken(&email));
        }
        user.email = email;
        user.email_verified = false;
    }
    if let Some(verified) = input.email_verified {
        user.email_verified = verified;
    }
    if input.name.is_some() {
        user.name = input.name;
    }
    if input.picture.is_some() {
        user.picture = input.picture;
    }
    if input.locale.is_some() {
        user.locale = input.locale;
    }
    if let Some(metadata) = input.metadata {
        user.metadata = Value::Object(metadata).to_string();
    }
    let password_changed = input.password.is_some();
    if let Some(password) = input.password {
        user.password_hash = Some(passwords::hash(app.password_params, password).await?);
    }
    let now = app.clock.unix();
    user.updated_at = now;
    let updated = app.db.update_user(&user).await.map_err(|e| match e {
        StoreError::UniqueViolation => email_taken(&user.email),
        other => other.into(),
    })?;
    if !updated {
        return Err(not_found(id));
    }
    if password_changed {
        // A password set by an administrator ends every session the old one opened.
        app.db
            .revoke_user_sessions(&tenant.id, &user.id, None, "password_changed", now)
            .await?;
        audit::record(
            app,
            &tenant.id,
            ctx,
            "user.password_changed",
            Some(("user", &user.id)),
            Value::Null,
        )
        .await?;
    }
    let fields: Vec<&str> = [
        ("email", changed_email),
        ("email_verified", input_flags.0),
        ("name", input_flags.1),
        ("picture", input_flags.2),
        ("locale", input_flags.3),
        ("metadata", input_flags.4),
    ]
    .into_iter()
    .filter_map(|(name, changed)| changed.then_some(name))
    .collect();
    if !fields.is_empty() {
        audit::record(
            app,
            &tenant.id,
            ctx,
            "user.updated",
            Some(("user", &user.id)),
            serde_json::json!({ "fields": fields }),
        )
        .await?;
    }
    to_wire(&user)
}

pub async fn delete(app: &App, ctx: &Context, slug: &str, id: &str) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    if !app.db.delete_user(&tenant.id, id).await? {
        return Err(not_found(id));
    }
    tracing::info!(tenant_id = %tenant.id, user_id = %id, "user deleted");
    audit::record(
        app,
        &tenant.id,
        ctx,
        "user.deleted",
        Some(("user", id)),
        Value::Null,
    )
    .await?;
    Ok(())
}

/// Disables (revoking every session) or re-enables a user.
pub async fn set_disabled(
    app: &App,
    ctx: &Context,
    slug: &str,
    id: &str,
    disabled: bool,
) -> Result<User> {
    let tenant = tenants::find(app, slug).await?;
    let mut user = find(app, &tenant, id).await?;
    let now = app.clock.unix();
    user.disabled = disabled;
    user.updated_at = now;
    if !app.db.update_user(&user).await? {
        return Err(not_found(id));
    }
    if disabled {
        app.db
            .revoke_user_sessions(&tenant.id, &user.id, None, "user_disabled", now)
            .await?;
    }
    let action = if disabled {
        "user.disabled"
    } else {
        "user.enabled"
    };
    audit::record(
        app,
        &tenant.id,
        ctx,
        action,
        Some(("user", &user.id)),
        Value::Null,
    )
    .await?;
    to_wire(&user)
}

/// Lifts a brute-force lockout of the user's email.
pub async fn unlock(app: &App, ctx: &Context, slug: &str, id: &str) -> Result<User> {
    let tenant = tenants::find(app, slug).await?;
    let user = find(app, &tenant, id).await?;
    app.counters
        .clear_login_failures(&tenant.id, &user.email)
        .await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "user.unlocked",
        Some(("user", &user.id)),
        Value::Null,
    )
    .await?;
    to_wire(&user)
}

pub async fn list_sessions(app: &App, slug: &str, id: &str) -> Result<SessionList> {
    let tenant = tenants::find(app, slug).await?;
    let user = find(app, &tenant, id).await?;
    sessions::list(app, &tenant, &user.id).await
}

pub async fn revoke_session(
    app: &App,
    ctx: &Context,
    slug: &str,
    id: &str,
    session_id: &str,
) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let user = find(app, &tenant, id).await?;
    if !app
        .db
        .revoke_session(
            &tenant.id,
            &user.id,
            session_id,
            "revoked_by_admin",
            app.clock.unix(),
        )
        .await?
    {
        return Err(ServiceError::NotFound(format!(
            "the user has no live session {session_id:?}"
        )));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "session.revoked",
        Some(("session", session_id)),
        serde_json::json!({ "user_id": user.id }),
    )
    .await?;
    Ok(())
}
