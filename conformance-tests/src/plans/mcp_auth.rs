//! `mcp-auth`: what the MCP authorization specification asks of an authorization server
//! (RFC 8414 discovery, PKCE S256, dynamic registration, RFC 8707 resource indicators) and,
//! given a resource, RFC 9728 protected-resource metadata.

use url::Url;

use crate::check::{Check, ensure};
use crate::context::Context;
use crate::jose;
use crate::recorder::Recorder;

const AS_METADATA: Check = Check::must(
    "mcp-as-metadata",
    "MCP Authorization (Authorization Server Metadata Discovery); RFC 8414 §3.1",
    "metadata is served at the RFC 8414 path-inserted location or as OpenID discovery, naming the issuer",
);
const PKCE: Check = Check::must(
    "mcp-pkce-s256-advertised",
    "MCP Authorization (Authorization Code Protection); RFC 8414 §2",
    "code_challenge_methods_supported is advertised and includes S256 (MCP clients refuse otherwise)",
);
const DCR: Check = Check::should(
    "mcp-dynamic-registration",
    "MCP Authorization (Dynamic Client Registration); RFC 7591",
    "a registration_endpoint is advertised",
);
const AUDIENCE: Check = Check::must(
    "mcp-token-audience",
    "MCP Authorization (Resource Parameter Implementation); RFC 8707 §2",
    "a token requested for a resource names that resource, and only resources the client asked for, in aud",
);
const PRM: Check = Check::must(
    "mcp-protected-resource-metadata",
    "RFC 9728 §3, §3.3; MCP Authorization (Protected Resource Metadata)",
    "the resource's /.well-known/oauth-protected-resource names the resource and this issuer among authorization_servers",
);

pub const CHECKS: &[Check] = &[AS_METADATA, PKCE, DCR, AUDIENCE, PRM];

pub async fn run(ctx: &Context, rec: &mut Recorder) {
    // The MCP client's discovery order: RFC 8414 path-inserted, then OpenID forms.
    let mut found = Err("neither metadata document answered".to_owned());
    if let Ok(issuer) = Url::parse(&ctx.issuer) {
        let mut candidates = Vec::new();
        let path = issuer.path().trim_end_matches('/');
        let mut rfc8414 = issuer.clone();
        rfc8414.set_path(&format!("/.well-known/oauth-authorization-server{path}"));
        candidates.push(rfc8414.to_string());
        candidates.push(format!("{}/.well-known/openid-configuration", ctx.issuer));
        for url in candidates {
            match ctx.get(&url).await.and_then(|r| {
                ensure(r.status == 200, || r.describe())?;
                r.json()
            }) {
                Ok(doc) if doc["issuer"].as_str() == Some(ctx.issuer.as_str()) => {
                    found = Ok(());
                    break;
                }
                Ok(doc) => found = Err(format!("{url}: issuer {}", doc["issuer"])),
                Err(e) => found = Err(format!("{url}: {e}")),
            }
        }
    }
    rec.check(&AS_METADATA, found);
    if ctx.meta_str("authorization_endpoint").is_some() {
        let methods = ctx.meta_list("code_challenge_methods_supported");
        rec.check(
            &PKCE,
            ensure(methods.iter().any(|m| m == "S256"), || {
                format!("code_challenge_methods_supported is {methods:?}")
            }),
        );
        rec.check(
            &DCR,
            ensure(ctx.meta_str("registration_endpoint").is_some(), || {
                "no registration_endpoint".into()
            }),
        );
    } else {
        rec.not_applicable(&PKCE, "no authorization_endpoint");
        rec.not_applicable(&DCR, "no authorization_endpoint");
    }
    match (&ctx.client, &ctx.resource) {
        (Some(client), Some(resource)) => {
            let result = ctx.client_credentials(client).await.and_then(|body| {
                let token = jose::decode(body["access_token"].as_str().unwrap_or_default())?;
                let aud: Vec<String> = match &token.claims["aud"] {
                    serde_json::Value::String(a) => vec![a.clone()],
                    serde_json::Value::Array(a) => a
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect(),
                    _ => vec![],
                };
                ensure(aud == [resource.clone()], || {
                    format!("aud is {aud:?} for a request naming only {resource}")
                })
            });
            rec.check(&AUDIENCE, result);
        }
        _ => rec.not_applicable(&AUDIENCE, "needs a client and --resource (or --admin-key)"),
    }
    match &ctx.options.protected_resource {
        Some(resource) => {
            rec.check(&PRM, protected_resource(ctx, resource).await);
        }
        None => rec.not_applicable(
            &PRM,
            "no --protected-resource URL of a live resource server given",
        ),
    }
}

/// RFC 9728 §3.1: `/.well-known/oauth-protected-resource` inserted before the resource's path.
async fn protected_resource(ctx: &Context, resource: &str) -> Result<(), String> {
    let url = Url::parse(resource).map_err(|e| format!("bad resource URL {resource}: {e}"))?;
    let path = url.path().trim_end_matches('/');
    let mut metadata_url = url.clone();
    metadata_url.set_path(&format!("/.well-known/oauth-protected-resource{path}"));
    metadata_url.set_query(None);
    let reply = ctx.get(metadata_url.as_str()).await?;
    ensure(reply.status == 200, || {
        format!("GET {metadata_url}: {}", reply.describe())
    })?;
    let doc = reply.json()?;
    ensure(doc["resource"].as_str() == Some(resource), || {
        format!(
            "resource is {} (RFC 9728 §3.3 requires it to equal {resource})",
            doc["resource"]
        )
    })?;
    let servers: Vec<&str> = doc["authorization_servers"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    ensure(servers.contains(&ctx.issuer.as_str()), || {
        format!("authorization_servers is {servers:?}")
    })
}
