use std::process::ExitCode;

use clap::Parser;
use tessera_server::cli::{AdminCommand, AlgArg, Cli, Command, TenantCommand};
use tessera_server::config::Config;
use tessera_server::services::audit::Context;
use tessera_server::services::{admin_keys, pagination, tenants};
use tessera_server::{startup, telemetry};
use tessera_wire::{CreateTenant, SigningAlg};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let serve_args = match &cli.command {
        Command::Serve(args) => Some(args.as_ref()),
        _ => None,
    };
    let config = match Config::resolve(&cli.common, serve_args) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = telemetry::init(config.log_format, &config.log_level) {
        eprintln!("error: {e:#}");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve(_) => startup::serve(config).await,
        Command::Migrate => {
            let db = startup::connect(&config).await?;
            db.migrate().await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Admin(AdminCommand::Bootstrap { name }) => {
            let app = startup::app(&config).await?;
            let key = admin_keys::create(&app, &name).await?;
            println!("{key}");
            eprintln!("Created admin key {name:?}. It is shown only this once; store it safely.");
            Ok(())
        }
        Command::Tenant(TenantCommand::Create {
            slug,
            name,
            signing_alg,
        }) => {
            let app = startup::app(&config).await?;
            let signing_alg = Some(match signing_alg {
                AlgArg::ES256 => SigningAlg::ES256,
                AlgArg::RS256 => SigningAlg::RS256,
                AlgArg::EdDSA => SigningAlg::EdDSA,
            });
            let tenant = tenants::create(
                &app,
                &Context::operator(),
                CreateTenant {
                    slug,
                    name,
                    signing_alg,
                    allowed_origins: None,
                },
            )
            .await?;
            println!("{}", serde_json::to_string_pretty(&tenant)?);
            Ok(())
        }
        Command::Tenant(TenantCommand::List { json }) => {
            let app = startup::app(&config).await?;
            let mut cursor = None;
            if !json {
                println!("{:<24} {:<32} {:<7} ISSUER", "SLUG", "NAME", "ALG");
            }
            loop {
                let page =
                    tenants::list(&app, Some(pagination::MAX_PAGE_SIZE), cursor.as_deref()).await?;
                for tenant in &page.data {
                    if json {
                        println!("{}", serde_json::to_string(tenant)?);
                    } else {
                        println!(
                            "{:<24} {:<32} {:<7} {}",
                            tenant.slug,
                            tenant.name,
                            tenant.signing_alg.as_str(),
                            tenant.issuer
                        );
                    }
                }
                match page.next_cursor {
                    Some(next) => cursor = Some(next),
                    None => break,
                }
            }
            Ok(())
        }
    }
}
