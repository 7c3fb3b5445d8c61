//! `/v1/tenants/{tenant}/clients`: OAuth client registration with an admin key.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{
    Client, ClientList, ClientWithSecret, CreateClient, PageParams, Problem, RotateClientSecret,
    UpdateClient,
};

use super::HttpState;
use super::error::ApiResult;
use super::extract::{AdminKey, ApiJson, ApiPath, ApiQuery, OptionalJson};
use crate::services::clients;

/// Register a client
///
/// Confidential clients (the default) get a first secret, shown in this response only;
/// service accounts are confidential clients with the `client_credentials` grant.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/clients", operation_id = "createClient", tag = "Clients",
    params(("tenant" = String, Path, description = "The tenant's slug")),
    request_body = CreateClient,
    responses(
        (status = 201, description = "The client and its secret", body = ClientWithSecret,
            headers(("location" = String, description = "The client's URL"))),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name, scopes, audiences, lifetime or client type", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn create_client(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiJson(body): ApiJson<CreateClient>,
) -> ApiResult<Response> {
    let created = clients::create(&state.app, &ctx, &slug, body).await?;
    let location =
        HeaderValue::from_str(&format!("/v1/tenants/{slug}/clients/{}", created.client.id)).ok();
    let mut response = (StatusCode::CREATED, Json(created)).into_response();
    if let Some(location) = location {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// List clients
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/clients", operation_id = "listClients", tag = "Clients",
    params(("tenant" = String, Path, description = "The tenant's slug"), PageParams),
    responses(
        (status = 200, description = "One page of clients", body = ClientList),
        (status = 400, description = "Malformed query or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Limit out of range or unknown cursor", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn list_clients(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath(slug): ApiPath<String>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<ClientList>> {
    Ok(Json(
        clients::list(&state.app, &slug, page.limit, page.cursor.as_deref()).await?,
    ))
}

/// Get a client
#[utoipa::path(
    get, path = "/v1/tenants/{tenant}/clients/{client}", operation_id = "getClient", tag = "Clients",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("client" = String, Path, description = "The client_id")),
    responses(
        (status = 200, description = "The client", body = Client),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or client", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn get_client(
    State(state): State<HttpState>,
    _admin: AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<Json<Client>> {
    Ok(Json(clients::get(&state.app, &slug, &id).await?))
}

/// Update a client
#[utoipa::path(
    patch, path = "/v1/tenants/{tenant}/clients/{client}", operation_id = "updateClient", tag = "Clients",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("client" = String, Path, description = "The client_id")),
    request_body = UpdateClient,
    responses(
        (status = 200, description = "The updated client", body = Client),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or client", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name, scopes, audiences, lifetime or grants", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn update_client(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<UpdateClient>,
) -> ApiResult<Json<Client>> {
    Ok(Json(
        clients::update(&state.app, &ctx, &slug, &id, body).await?,
    ))
}

/// Delete a client
///
/// Its secrets stop working at once; access tokens already issued expire on their own
/// (revoke them first if they must stop now).
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/clients/{client}", operation_id = "deleteClient", tag = "Clients",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("client" = String, Path, description = "The client_id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or client", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn delete_client(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    clients::delete(&state.app, &ctx, &slug, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Rotate a client's secret
///
/// Creates a new secret, shown once, and lets the current ones keep working for
/// `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
#[utoipa::path(
    post, path = "/v1/tenants/{tenant}/clients/{client}/secrets", operation_id = "rotateClientSecret", tag = "Clients",
    params(("tenant" = String, Path, description = "The tenant's slug"), ("client" = String, Path, description = "The client_id")),
    request_body(content = Option<RotateClientSecret>, description = "Optional"),
    responses(
        (status = 201, description = "The client and its new secret", body = ClientWithSecret),
        (status = 400, description = "Malformed body or tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant or client", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A public client has no secrets", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Overlap too long", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn rotate_client_secret(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id)): ApiPath<(String, String)>,
    OptionalJson(body): OptionalJson<RotateClientSecret>,
) -> ApiResult<(StatusCode, Json<ClientWithSecret>)> {
    Ok((
        StatusCode::CREATED,
        Json(clients::rotate_secret(&state.app, &ctx, &slug, &id, body).await?),
    ))
}

/// Revoke a client secret
#[utoipa::path(
    delete, path = "/v1/tenants/{tenant}/clients/{client}/secrets/{secret}", operation_id = "revokeClientSecret", tag = "Clients",
    params(
        ("tenant" = String, Path, description = "The tenant's slug"),
        ("client" = String, Path, description = "The client_id"),
        ("secret" = String, Path, description = "The secret's id"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, description = "Malformed tenant slug", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid admin key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such tenant, client or live secret", body = Problem, content_type = "application/problem+json"),
    ),
    security(("admin_key" = []))
)]
pub async fn revoke_client_secret(
    State(state): State<HttpState>,
    AdminKey(ctx): AdminKey,
    ApiPath((slug, id, secret)): ApiPath<(String, String, String)>,
) -> ApiResult<StatusCode> {
    clients::revoke_secret(&state.app, &ctx, &slug, &id, &secret).await?;
    Ok(StatusCode::NO_CONTENT)
}
