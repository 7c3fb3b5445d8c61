//! `tessera-conformance`: point it at an issuer, get a standards-referenced report.
//!
//! Black-box only: everything it knows comes from the issuer's discovery document, the
//! OpenAPI contract and HTTP answers. See docs/conformance.md.

mod check;
mod cli;
mod codeflow;
mod context;
mod jose;
mod openapi;
mod plans;
mod provision;
mod recorder;
mod report;
mod user_agent;

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use crate::cli::{Cli, Command, RunOptions};
use crate::context::{Admin, ClientCreds, CodeFlowSetup, Context, build_http};
use crate::openapi::OpenApi;
use crate::recorder::Recorder;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::List { markdown } => {
            list(markdown);
            ExitCode::SUCCESS
        }
        Command::Run(options) => {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    eprintln!("error: could not start the async runtime: {e}");
                    return ExitCode::from(2);
                }
            };
            match runtime.block_on(run(*options)) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn list(markdown: bool) {
    for plan in plans::PLANS {
        if markdown {
            println!("### `{}`\n\n{}\n", plan.name, plan.about);
            println!("| check | severity | clause | what it proves |\n| --- | --- | --- | --- |");
            for c in plan.checks {
                println!(
                    "| `{}` | {} | {} | {} |",
                    c.id,
                    c.severity.label(),
                    c.clause,
                    c.summary
                );
            }
            println!();
        } else {
            println!("{} — {}", plan.name, plan.about);
            for c in plan.checks {
                println!(
                    "  {:<6} {:<34} {} — {}",
                    c.severity.label(),
                    c.id,
                    c.clause,
                    c.summary
                );
            }
        }
    }
}

/// Runs the selected plans; `Ok(true)` when no MUST-level check failed.
async fn run(options: RunOptions) -> Result<bool, String> {
    let selected: Vec<&plans::Plan> = if options.plans.is_empty() {
        plans::PLANS.iter().collect()
    } else {
        options
            .plans
            .iter()
            .map(|name| {
                plans::find(name).ok_or_else(|| {
                    let known: Vec<&str> = plans::PLANS.iter().map(|p| p.name).collect();
                    format!("unknown plan `{name}` (known: {})", known.join(", "))
                })
            })
            .collect::<Result<_, _>>()?
    };
    let spec_text = match &options.spec {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("could not read {}: {e}", path.display()))?,
        None => openapi::BUILT_IN.to_owned(),
    };
    let spec = OpenApi::parse(&spec_text)?;
    let issuer = options.issuer.trim_end_matches('/').to_owned();
    let http = build_http(Duration::from_secs(options.timeout), false)?;
    let admin = match &options.admin_key {
        Some(key) => {
            let (base, tenant) = provision::split_issuer(&issuer).ok_or_else(|| {
                format!("--admin-key needs a Tessera issuer of the form {{base}}/t/{{slug}}, got {issuer}")
            })?;
            Some(Admin {
                base,
                tenant,
                key: key.clone(),
            })
        }
        None => None,
    };
    if let (true, Some(admin)) = (options.create_tenant, &admin) {
        provision::create_tenant(&http, admin, &spec).await?;
    }
    let client = match (&options.client_id, &options.client_secret) {
        (Some(id), secret) => Some(ClientCreds {
            id: id.clone(),
            secret: secret.clone().unwrap_or_default(),
            auth: options.client_auth,
        }),
        _ => None,
    };
    let code_flow = match (&client, &options.redirect_uri, &options.username) {
        (Some(client), Some(redirect_uri), Some(username)) => Some(CodeFlowSetup {
            client: client.clone(),
            redirect_uri: redirect_uri.clone(),
            username: username.clone(),
            password: options.password.clone().unwrap_or_default(),
        }),
        _ => None,
    };
    let other_client = options.other_client_id.as_ref().map(|id| ClientCreds {
        id: id.clone(),
        secret: options.other_client_secret.clone().unwrap_or_default(),
        auth: options.client_auth,
    });
    let mut ctx = Context {
        resource: options.resource.clone(),
        options,
        http,
        issuer: issuer.clone(),
        metadata: None,
        jwks: None,
        client,
        other_client,
        code_flow,
        admin: admin.clone(),
    };
    load_metadata(&mut ctx).await;
    if let Some(admin) = &admin {
        provision::provision(&mut ctx, admin, &spec)
            .await
            .map_err(|e| format!("provisioning through the management API failed: {e}"))?;
    }
    if ctx.client.is_none() && ctx.admin.is_none() {
        provision::register_dynamically(&mut ctx)
            .await
            .map_err(|e| format!("registering a client failed: {e}"))?;
    }

    println!(
        "tessera-conformance {} against {issuer}",
        env!("CARGO_PKG_VERSION")
    );
    let mut rec = Recorder::default();
    for plan in selected {
        rec.begin_plan(plan.name);
        match plan.name {
            "oidc-discovery" => plans::discovery::run(&ctx, &mut rec).await,
            "jwt-access-token" => plans::jwt_access_token::run(&ctx, &mut rec).await,
            "introspection-revocation" => plans::introspection::run(&ctx, &mut rec).await,
            "tessera-api" => plans::tessera_api::run(&ctx, &mut rec, &spec).await,
            "oauth21" => plans::oauth21::run(&ctx, &mut rec).await,
            "oidc-core" => plans::oidc_core::run(&ctx, &mut rec).await,
            "dcr" => plans::dcr::run(&ctx, &mut rec).await,
            "mcp-auth" => plans::mcp_auth::run(&ctx, &mut rec).await,
            other => return Err(format!("plan {other} has no runner")),
        }
    }
    report::print_summary(&issuer, rec.results());
    if let Some(dir) = &ctx.options.report {
        report::write(dir, &issuer, rec.results())?;
        println!("reports: {0}/report.json, {0}/junit.xml", dir.display());
    }
    Ok(!rec.results().iter().any(|r| r.is_must_failure()))
}

/// Fetches the metadata and key set once for every plan; the discovery plan judges them.
async fn load_metadata(ctx: &mut Context) {
    let url = format!("{}/.well-known/openid-configuration", ctx.issuer);
    if let Ok(reply) = ctx.get(&url).await
        && reply.status == 200
    {
        ctx.metadata = reply.json().ok().filter(serde_json::Value::is_object);
    }
    if let Some(uri) = ctx.meta_str("jwks_uri").map(str::to_owned)
        && let Ok(reply) = ctx.get(&uri).await
    {
        ctx.jwks = reply.json().ok();
    }
}
