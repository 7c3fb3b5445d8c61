//! With a Tessera admin key, the suite makes what it needs in the issuer's tenant through the
//! management API: two confidential clients for client_credentials with a resource, and,
//! when the tenant signs users in, a user and a client for the authorization code flow. The
//! request bodies follow the spec's `CreateClient` schema, so a member the running server
//! does not document is never sent.

use serde_json::{Value, json};
use url::Url;

use crate::cli::AuthMethod;
use crate::context::{Admin, ClientCreds, CodeFlowSetup, Context, read};
use crate::jose;
use crate::openapi::OpenApi;

/// The resource (RFC 8707) provisioned clients may request tokens for.
pub const RESOURCE: &str = "https://api.conformance.example";
pub const SCOPES: &[&str] = &["conformance:read", "conformance:write"];
/// Never fetched: the user agent stops at the redirect.
pub const REDIRECT_URI: &str = "http://127.0.0.1:9/conformance/callback";

/// `{base}` and `{slug}` of a Tessera issuer `{base}/t/{slug}`.
pub fn split_issuer(issuer: &str) -> Option<(String, String)> {
    let url = Url::parse(issuer).ok()?;
    let path = url.path().trim_end_matches('/');
    let (prefix, slug) = path.rsplit_once("/t/")?;
    if slug.is_empty() || slug.contains('/') {
        return None;
    }
    let mut base = url.clone();
    base.set_path(prefix);
    Some((
        base.as_str().trim_end_matches('/').to_owned(),
        slug.to_owned(),
    ))
}

impl Admin {
    pub async fn send(
        &self,
        http: &reqwest::Client,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(u16, Value), String> {
        let mut request = http
            .request(method.clone(), format!("{}{path}", self.base))
            .bearer_auth(&self.key);
        if let Some(body) = body {
            request = request.json(body);
        }
        let reply = read(request.send().await).await?;
        let value = if reply.text.is_empty() {
            Value::Null
        } else {
            reply.json()?
        };
        Ok((reply.status, value))
    }
}

pub async fn create_tenant(
    http: &reqwest::Client,
    admin: &Admin,
    spec: &OpenApi,
) -> Result<(), String> {
    let body = json!({ "slug": admin.tenant, "name": format!("Conformance {}", admin.tenant) });
    let (status, value) = admin
        .send(http, reqwest::Method::POST, "/v1/tenants", Some(&body))
        .await?;
    match status {
        201 | 409 => {} // 409: already there; the suite only adds to it
        _ => {
            return Err(format!(
                "creating tenant {}: HTTP {status}: {value}",
                admin.tenant
            ));
        }
    }
    // The suite's own tenant opens dynamic registration (a tenant policy, off by default) so
    // the dcr plan has something to judge.
    if spec
        .documented_statuses("PATCH", "/v1/tenants/{tenant}/oauth-settings")
        .is_empty()
    {
        return Ok(());
    }
    let path = format!("/v1/tenants/{}/oauth-settings", admin.tenant);
    let body = json!({ "dynamic_client_registration": true });
    let (status, value) = admin
        .send(http, reqwest::Method::PATCH, &path, Some(&body))
        .await?;
    if status != 200 {
        return Err(format!(
            "opening dynamic registration: HTTP {status}: {value}"
        ));
    }
    Ok(())
}

/// A body for `POST .../clients` with only the members `CreateClient` documents.
fn client_body(spec: &OpenApi, wanted: Value) -> Value {
    let documented = spec.schema_properties("CreateClient");
    let Value::Object(wanted) = wanted else {
        return wanted;
    };
    Value::Object(
        wanted
            .into_iter()
            .filter(|(k, _)| documented.iter().any(|d| d == k))
            .collect(),
    )
}

async fn create_client(
    ctx: &Context,
    admin: &Admin,
    spec: &OpenApi,
    wanted: Value,
) -> Result<ClientCreds, String> {
    let body = client_body(spec, wanted);
    let path = format!("/v1/tenants/{}/clients", admin.tenant);
    let (status, value) = admin
        .send(&ctx.http, reqwest::Method::POST, &path, Some(&body))
        .await?;
    if status != 201 {
        return Err(format!("registering a client: HTTP {status}: {value}"));
    }
    Ok(ClientCreds {
        id: value["id"].as_str().unwrap_or_default().to_owned(),
        secret: value["client_secret"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        auth: AuthMethod::Basic,
    })
}

/// Fills the context's clients (and user) from the management API.
pub async fn provision(ctx: &mut Context, admin: &Admin, spec: &OpenApi) -> Result<(), String> {
    let service = json!({
        "name": "conformance service",
        "client_type": "confidential",
        "token_endpoint_auth_method": "client_secret_basic",
        "grant_types": ["client_credentials"],
        "scopes": SCOPES,
        "audiences": [RESOURCE],
    });
    if ctx.client.is_none() {
        ctx.client = Some(create_client(ctx, admin, spec, service.clone()).await?);
        if ctx.resource.is_none() {
            ctx.resource = Some(RESOURCE.to_owned());
        }
    }
    if ctx.other_client.is_none() {
        ctx.other_client = Some(create_client(ctx, admin, spec, service).await?);
    }
    if ctx.meta_str("authorization_endpoint").is_some() && ctx.code_flow.is_none() {
        let client = create_client(
            ctx,
            admin,
            spec,
            json!({
                "name": "conformance web app",
                "client_type": "confidential",
                "token_endpoint_auth_method": "client_secret_basic",
                "grant_types": ["authorization_code", "refresh_token"],
                "redirect_uris": [REDIRECT_URI],
                "scopes": ["openid", "profile", "email", "offline_access"],
                "audiences": [RESOURCE],
            }),
        )
        .await?;
        let email = format!(
            "conformance-{}@example.com",
            jose::random(6).to_ascii_lowercase()
        );
        let password = format!("Cf-{}-pass", jose::random(12));
        let path = format!("/v1/tenants/{}/users", admin.tenant);
        let body = json!({ "email": email, "password": password });
        let (status, value) = admin
            .send(&ctx.http, reqwest::Method::POST, &path, Some(&body))
            .await?;
        if status != 201 {
            return Err(format!("creating a user: HTTP {status}: {value}"));
        }
        ctx.code_flow = Some(CodeFlowSetup {
            client,
            redirect_uri: REDIRECT_URI.to_owned(),
            username: email,
            password,
        });
    }
    Ok(())
}

/// Without an admin key or client flags: one client registered by RFC 7591 dynamic
/// registration, when the server offers it. The code-flow plans also need --username.
pub async fn register_dynamically(ctx: &mut Context) -> Result<(), String> {
    let Some(endpoint) = ctx.meta_str("registration_endpoint").map(str::to_owned) else {
        return Ok(());
    };
    let body = json!({
        "client_name": "tessera-conformance",
        "redirect_uris": [REDIRECT_URI],
        "grant_types": ["authorization_code", "refresh_token", "client_credentials"],
        "response_types": ["code"],
        "token_endpoint_auth_method": "client_secret_basic",
    });
    let reply = read(ctx.http.post(&endpoint).json(&body).send().await).await?;
    if reply.status != 201 {
        return Err(format!(
            "dynamic registration at {endpoint}: {}",
            reply.describe()
        ));
    }
    let value = reply.json()?;
    let client = ClientCreds {
        id: value["client_id"].as_str().unwrap_or_default().to_owned(),
        secret: value["client_secret"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        auth: AuthMethod::Basic,
    };
    println!("registered client {} by dynamic registration", client.id);
    if let Some(username) = ctx.options.username.clone() {
        ctx.code_flow = Some(CodeFlowSetup {
            client: client.clone(),
            redirect_uri: REDIRECT_URI.to_owned(),
            username,
            password: ctx.options.password.clone().unwrap_or_default(),
        });
    }
    ctx.client = Some(client);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_tessera_issuers() {
        assert_eq!(
            split_issuer("http://127.0.0.1:8080/t/acme"),
            Some(("http://127.0.0.1:8080".into(), "acme".into()))
        );
        assert_eq!(
            split_issuer("https://id.example.com/auth/t/acme/"),
            Some(("https://id.example.com/auth".into(), "acme".into()))
        );
        assert_eq!(split_issuer("https://id.example.com/realms/acme"), None);
    }
}
