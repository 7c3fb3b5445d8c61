//! `/v1/tenants/{tenant}/organizations/{organization}/domains`: verified domains, with an
//! admin key.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use tessera_wire::{
    CreateOrganizationDomain, OrganizationDomain, OrganizationDomainList, Problem,
    UpdateOrganizationDomain,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath};
use crate::services::organizations::domains;

/// Claim a domain
///
/// Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations/{organization}/domains", operation_id = "addOrganizationDomain", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    request_body = CreateOrganizationDomain,
    responses(
        (status = 201, description = "The claimed, unverified domain", body = OrganizationDomain),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The organization already claims it", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not a domain name", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn add_organization_domain(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<CreateOrganizationDomain>,
) -> ApiResult<(StatusCode, Json<OrganizationDomain>)> {
    let domain = domains::create(&state.app, &ctx, &slug, &organization, body).await?;
    Ok((StatusCode::CREATED, Json(domain)))
}

/// List an organization's domains
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/organizations/{organization}/domains", operation_id = "listOrganizationDomains", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug")),
    responses(
        (status = 200, description = "The domains (at most 100)", body = OrganizationDomainList),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or organization", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_organization_domains(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, organization)): ApiPath<(String, String)>,
) -> ApiResult<Json<OrganizationDomainList>> {
    Ok(Json(domains::list(&state.app, &slug, &organization).await?))
}

/// Verify a domain
///
/// Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
/// holds `txt_value`, the domain is verified.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/organizations/{organization}/domains/{domain}/verify", operation_id = "verifyOrganizationDomain", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("domain" = String, Path, description = "The domain's id (`dom_…`)")),
    responses(
        (status = 200, description = "The verified domain", body = OrganizationDomain),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or domain", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn verify_organization_domain(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
) -> ApiResult<Json<OrganizationDomain>> {
    Ok(Json(
        domains::verify(&state.app, &ctx, &slug, &organization, &id).await?,
    ))
}

/// Change a domain's auto-join
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/organizations/{organization}/domains/{domain}", operation_id = "updateOrganizationDomain", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("domain" = String, Path, description = "The domain's id (`dom_…`)")),
    request_body = UpdateOrganizationDomain,
    responses(
        (status = 200, description = "The domain", body = OrganizationDomain),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or domain", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_organization_domain(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
    ApiJson(body): ApiJson<UpdateOrganizationDomain>,
) -> ApiResult<Json<OrganizationDomain>> {
    Ok(Json(
        domains::update(&state.app, &ctx, &slug, &organization, &id, body).await?,
    ))
}

/// Remove a domain
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/organizations/{organization}/domains/{domain}", operation_id = "removeOrganizationDomain", tag = "Organizations",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("organization" = String, Path, description = "The organization's id or slug"), ("domain" = String, Path, description = "The domain's id (`dom_…`)")),
    responses(
        (status = 204, description = "Removed"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, organization or domain", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn remove_organization_domain(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, organization, id)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    domains::delete(&state.app, &ctx, &slug, &organization, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
