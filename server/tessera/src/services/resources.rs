//! APIs a tenant protects ("resources", as in Auth0's APIs and MCP's resource servers): an
//! identifier that clients request as `resource` (RFC 8707) and tokens carry as `aud`, the
//! scopes they may request for it, and its RFC 9728 protected-resource metadata.

use serde_json::{Value, json};
use tessera_store::{ResourceRecord, TenantRecord};
use tessera_wire::{
    CreateResource, FieldError, OAuthSettings, ProtectedResourceMetadata, Resource, ResourceList,
    UpdateOAuthSettings, UpdateResource,
};

use super::audit::{self, Context};
use super::clients::{is_resource, is_scope_token};
use super::{App, Result, ServiceError, pagination, tenants};
use crate::clock::from_unix;

fn field(pointer: &str, message: &str) -> FieldError {
    FieldError {
        pointer: pointer.to_owned(),
        message: message.to_owned(),
    }
}

fn check(name: Option<&str>, scopes: Option<&[String]>, errors: &mut Vec<FieldError>) {
    if let Some(name) = name
        && (name.trim().is_empty()
            || name.chars().count() > 200
            || name.chars().any(char::is_control))
    {
        errors.push(field(
            "/name",
            "must be 1-200 characters, not blank, without control characters",
        ));
    }
    if let Some(scopes) = scopes {
        if scopes.len() > 200 {
            errors.push(field("/scopes", "at most 200 scopes"));
        }
        for (i, scope) in scopes.iter().enumerate() {
            if !is_scope_token(scope) {
                errors.push(field(
                    &format!("/scopes/{i}"),
                    "is not a scope token (RFC 6749 §3.3): no spaces, quotes or backslashes",
                ));
            }
        }
    }
}

pub fn scopes_of(record: &ResourceRecord) -> Vec<String> {
    serde_json::from_str(&record.scopes).unwrap_or_default()
}

/// Where Tessera serves a resource's RFC 9728 metadata (also the `resource_metadata` a
/// resource server puts in its `WWW-Authenticate` challenge).
pub fn metadata_url(app: &App, tenant: &TenantRecord, id: &str) -> String {
    format!(
        "{}/.well-known/oauth-protected-resource/t/{}/resources/{id}",
        app.public_url, tenant.slug
    )
}

fn to_wire(app: &App, tenant: &TenantRecord, record: &ResourceRecord) -> Resource {
    Resource {
        id: record.id.clone(),
        identifier: record.identifier.clone(),
        name: record.name.clone(),
        scopes: scopes_of(record),
        metadata_url: metadata_url(app, tenant, &record.id),
        created_at: from_unix(record.created_at),
        updated_at: from_unix(record.updated_at),
    }
}

fn not_found(id: &str) -> ServiceError {
    ServiceError::NotFound(format!("the tenant has no resource with id {id:?}"))
}

pub async fn create(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: CreateResource,
) -> Result<Resource> {
    let tenant = tenants::find(app, slug).await?;
    let mut errors = Vec::new();
    if !is_resource(&input.identifier) {
        errors.push(field(
            "/identifier",
            "must be an absolute URI without a fragment, such as https://mcp.example.com/mcp",
        ));
    }
    check(Some(&input.name), input.scopes.as_deref(), &mut errors);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    if app
        .db
        .resource_by_identifier(&tenant.id, &input.identifier)
        .await?
        .is_some()
    {
        return Err(ServiceError::AlreadyExists(
            "the tenant already has a resource with this identifier".into(),
        ));
    }
    let now = app.clock.unix();
    let record = ResourceRecord {
        id: format!("res_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        identifier: input.identifier,
        name: input.name.trim().to_owned(),
        scopes: json!(input.scopes.unwrap_or_default()).to_string(),
        created_at: now,
        updated_at: now,
    };
    app.db.insert_resource(&record).await?;
    audit::record(
        app,
        &tenant.id,
        ctx,
        "resource.created",
        Some(("resource", &record.id)),
        json!({ "identifier": record.identifier }),
    )
    .await?;
    Ok(to_wire(app, &tenant, &record))
}

pub async fn get(app: &App, slug: &str, id: &str) -> Result<Resource> {
    let tenant = tenants::find(app, slug).await?;
    let record = app
        .db
        .resource_by_id(&tenant.id, id)
        .await?
        .ok_or_else(|| not_found(id))?;
    Ok(to_wire(app, &tenant, &record))
}

pub async fn list(
    app: &App,
    slug: &str,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<ResourceList> {
    let tenant = tenants::find(app, slug).await?;
    let limit = pagination::page_size(limit)?;
    let after = cursor
        .map(|c| pagination::decode_cursor(c, "res_"))
        .transpose()?;
    let mut records = app
        .db
        .list_resources(&tenant.id, after.as_deref(), limit + 1)
        .await?;
    let next_cursor = pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    Ok(ResourceList {
        data: records.iter().map(|r| to_wire(app, &tenant, r)).collect(),
        next_cursor,
    })
}

pub async fn update(
    app: &App,
    ctx: &Context,
    slug: &str,
    id: &str,
    input: UpdateResource,
) -> Result<Resource> {
    let tenant = tenants::find(app, slug).await?;
    let mut record = app
        .db
        .resource_by_id(&tenant.id, id)
        .await?
        .ok_or_else(|| not_found(id))?;
    let mut errors = Vec::new();
    check(input.name.as_deref(), input.scopes.as_deref(), &mut errors);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    if let Some(name) = input.name {
        record.name = name.trim().to_owned();
    }
    if let Some(scopes) = input.scopes {
        record.scopes = json!(scopes).to_string();
    }
    record.updated_at = app.clock.unix();
    if !app.db.update_resource(&record).await? {
        return Err(not_found(id));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "resource.updated",
        Some(("resource", id)),
        Value::Null,
    )
    .await?;
    Ok(to_wire(app, &tenant, &record))
}

pub async fn delete(app: &App, ctx: &Context, slug: &str, id: &str) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    if !app.db.delete_resource(&tenant.id, id).await? {
        return Err(not_found(id));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "resource.deleted",
        Some(("resource", id)),
        Value::Null,
    )
    .await?;
    Ok(())
}

/// RFC 9728 §2: what a client needs to get a token for the resource.
pub async fn metadata(app: &App, slug: &str, id: &str) -> Result<ProtectedResourceMetadata> {
    let tenant = tenants::find(app, slug).await?;
    let record = app
        .db
        .resource_by_id(&tenant.id, id)
        .await?
        .ok_or_else(|| not_found(id))?;
    Ok(ProtectedResourceMetadata {
        scopes_supported: scopes_of(&record),
        resource: record.identifier,
        authorization_servers: vec![app.issuer(&tenant.slug)],
        bearer_methods_supported: vec!["header".into()],
        resource_name: record.name,
    })
}

/// The registered resource a client asks for by `resource`, if any.
pub async fn by_identifier(
    app: &App,
    tenant: &TenantRecord,
    identifier: &str,
) -> Result<Option<ResourceRecord>> {
    Ok(app
        .db
        .resource_by_identifier(&tenant.id, identifier)
        .await?)
}

pub async fn settings(app: &App, slug: &str) -> Result<OAuthSettings> {
    let tenant = tenants::find(app, slug).await?;
    Ok(OAuthSettings {
        dynamic_client_registration: app.db.dynamic_registration_open(&tenant.id).await?,
    })
}

pub async fn update_settings(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: UpdateOAuthSettings,
) -> Result<OAuthSettings> {
    let tenant = tenants::find(app, slug).await?;
    if let Some(open) = input.dynamic_client_registration {
        app.db
            .set_dynamic_registration(&tenant.id, open, app.clock.unix())
            .await?;
        audit::record(
            app,
            &tenant.id,
            ctx,
            "oauth_settings.updated",
            None,
            json!({ "dynamic_client_registration": open }),
        )
        .await?;
    }
    Ok(OAuthSettings {
        dynamic_client_registration: app.db.dynamic_registration_open(&tenant.id).await?,
    })
}

/// `#rrggbb`: the only colour syntax accepted, so nothing else reaches the stylesheet.
fn is_hex_color(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

pub async fn branding(app: &App, tenant: &TenantRecord) -> Result<tessera_wire::Branding> {
    let record = app.db.branding(&tenant.id).await?;
    Ok(tessera_wire::Branding {
        logo_url: record.logo_url,
        primary_color: record.primary_color,
        custom_css: record.custom_css,
        support_url: record.support_url,
        frame_ancestors: record
            .frame_ancestors
            .and_then(|json| serde_json::from_str(&json).ok()),
        default_locale: record.default_locale,
    })
}

/// Replaces the tenant's branding (absent fields fall back to the defaults).
pub async fn set_branding(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: tessera_wire::Branding,
) -> Result<tessera_wire::Branding> {
    let tenant = tenants::find(app, slug).await?;
    let mut errors = Vec::new();
    if let Some(logo) = &input.logo_url
        && (!logo.starts_with("https://")
            || !is_resource(logo)
            || logo.contains(['"', '\'', '<', '>']))
    {
        errors.push(field("/logo_url", "must be an https URL"));
    }
    if let Some(color) = &input.primary_color
        && !is_hex_color(color)
    {
        errors.push(field("/primary_color", "must be a colour as #rrggbb"));
    }
    if let Some(css) = &input.custom_css
        && let Some(problem) = css_problem(css)
    {
        errors.push(field("/custom_css", problem));
    }
    if let Some(url) = &input.support_url
        && (!url.starts_with("https://")
            || !is_resource(url)
            || url.contains(['"', '\'', '<', '>']))
    {
        errors.push(field("/support_url", "must be an https URL"));
    }
    let ancestors = input.frame_ancestors.clone().unwrap_or_default();
    if ancestors.len() > 10 {
        errors.push(field("/frame_ancestors", "may list at most 10 origins"));
    }
    for (i, origin) in ancestors.iter().enumerate() {
        if !is_frame_origin(origin) {
            errors.push(field(
                &format!("/frame_ancestors/{i}"),
                "must be an origin such as https://app.example.com (scheme and host, optional port, no path)",
            ));
        }
    }
    if let Some(locale) = &input.default_locale
        && !HOSTED_LOCALES.contains(&locale.as_str())
    {
        errors.push(field("/default_locale", "must be one of en, de, fr, ar"));
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let record = tessera_store::BrandingRecord {
        logo_url: input.logo_url.clone(),
        primary_color: input.primary_color.map(|c| c.to_ascii_lowercase()),
        custom_css: input.custom_css.filter(|css| !css.trim().is_empty()),
        support_url: input.support_url,
        frame_ancestors: (!ancestors.is_empty())
            .then(|| serde_json::to_string(&ancestors).unwrap_or_else(|_| "[]".into())),
        default_locale: input.default_locale,
    };
    app.db
        .set_branding(&tenant.id, &record, app.clock.unix())
        .await?;
    audit::record(app, &tenant.id, ctx, "branding.updated", None, Value::Null).await?;
    branding(app, &tenant).await
}

/// The languages of the hosted pages.
pub const HOSTED_LOCALES: &[&str] = &["en", "de", "fr", "ar"];

const MAX_CSS_BYTES: usize = 32 * 1024;

/// Why a tenant stylesheet is refused, if it is. It is served as `text/css` on its own URL,
/// so it cannot break out into HTML; `@import` is refused because the CSP would block it
/// anyway and a silent failure helps nobody.
fn css_problem(css: &str) -> Option<&'static str> {
    if css.len() > MAX_CSS_BYTES {
        return Some("may be at most 32 KiB");
    }
    if css.contains('\0') {
        return Some("may not contain NUL characters");
    }
    if css.to_ascii_lowercase().contains("@import") {
        return Some("may not use @import: put the rules in the stylesheet itself");
    }
    None
}

/// An origin as CSP source expressions name it: `https://host[:port]` (or `http://localhost`
/// for development), nothing else.
fn is_frame_origin(origin: &str) -> bool {
    let rest = if let Some(rest) = origin.strip_prefix("https://") {
        rest
    } else if let Some(rest) = origin.strip_prefix("http://") {
        if !(rest == "localhost" || rest.starts_with("localhost:")) {
            return false;
        }
        rest
    } else {
        return false;
    };
    let (host, port) = rest.split_once(':').unwrap_or((rest, ""));
    !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && (port.is_empty() || (port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit())))
}
