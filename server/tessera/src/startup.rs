//! Wiring for each command: database, master key, admin bootstrap, and the server loop.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, bail};
use tessera_crypto::MasterKey;
use tessera_store::{Backend, Db, PoolOptions};

use crate::clock::SystemClock;
use crate::config::Config;
use crate::http::{self, HttpSettings};
use crate::services::App;
use crate::services::admin_keys::{self, Bootstrap};
use crate::services::breached_passwords::RangeClient;
use crate::services::counters::Counters;
use crate::services::email::Mailer;
use crate::services::email::delivery::SmtpSender;
use crate::services::passwords::PasswordPolicy;
use crate::services::rate_limits::RateLimit;

pub const BOOTSTRAP_ADMIN_KEY_VAR: &str = "TESSERA_BOOTSTRAP_ADMIN_KEY";
const MASTER_KEY_FILE: &str = "master.key";

/// Connects to the database (creating the data dir for the default SQLite file).
pub async fn connect(config: &Config) -> anyhow::Result<Db> {
    if config.database_is_default {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("cannot create the data dir {}", config.data_dir.display()))?;
    }
    let options = PoolOptions {
        max_connections: config.db_max_connections,
        ..PoolOptions::default()
    };
    Db::connect(&config.database_url, &options)
        .await
        .context("cannot connect to the database")
}

/// The configured master key; in development (SQLite) one is generated into the data dir.
pub fn master_key(config: &Config, backend: Backend) -> anyhow::Result<MasterKey> {
    if let Some(encoded) = &config.master_key {
        return MasterKey::from_base64(encoded)
            .context("the configured master key (--master-key, TESSERA_MASTER_KEY or master_key) is not usable");
    }
    let path = config.data_dir.join(MASTER_KEY_FILE);
    if path.exists() {
        let encoded = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        return MasterKey::from_base64(&encoded)
            .with_context(|| format!("{} is not a valid master key", path.display()));
    }
    if backend == Backend::Postgres {
        bail!(
            "set TESSERA_MASTER_KEY (base64 of 32 random bytes, e.g. `openssl rand -base64 32`): \
             with PostgreSQL every replica must share one master key"
        );
    }
    let (key, encoded) = MasterKey::generate();
    write_private_file(&config.data_dir, &path, encoded.as_bytes())?;
    tracing::warn!(
        path = %path.display(),
        "generated a development master key; for production set TESSERA_MASTER_KEY and keep it out of the data dir"
    );
    Ok(key)
}

fn write_private_file(dir: &Path, path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(contents)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Connects, migrates and assembles the [`App`] every command works on.
pub async fn app(config: &Config) -> anyhow::Result<App> {
    let db = connect(config).await?;
    db.migrate().await.context("database migration failed")?;
    let master_key = master_key(config, db.backend())?;
    let recorded = db
        .claim_server_setting("master_key_id", master_key.id())
        .await?;
    if recorded != master_key.id() {
        bail!(
            "this database belongs to master key {recorded}, but this server's master key is {}: \
             give every replica the same TESSERA_MASTER_KEY",
            master_key.id()
        );
    }
    let email = match &config.smtp_url {
        Some(url) => Mailer {
            sender: Arc::new(
                SmtpSender::new(url, std::time::Duration::from_secs(15))
                    .map_err(anyhow::Error::msg)?,
            ),
            from: config.email_from.as_str().into(),
        },
        None => Mailer {
            from: config.email_from.as_str().into(),
            ..Mailer::outbox(db.clone())
        },
    };
    let password_policy = PasswordPolicy {
        reject_common: config.reject_common_passwords,
        breach_check: config
            .pwned_passwords_url
            .as_deref()
            .map(RangeClient::new)
            .transpose()
            .map_err(anyhow::Error::msg)?
            .map(Arc::new),
    };
    let counters = match &config.redis_url {
        Some(url) => Counters::redis(db.clone(), url).map_err(anyhow::Error::msg)?,
        None => Counters::database(db.clone()),
    };
    Ok(App {
        email,
        counters,
        db,
        clock: Arc::new(SystemClock),
        master_key: Arc::new(master_key),
        public_url: config.public_url.as_str().into(),
        max_token_lifetime: config.max_token_lifetime,
        password_params: config.password_params,
        password_policy,
        session_settings: config.session_settings,
        dns_resolver: config.dns_resolver,
        cache: Arc::default(),
    })
}

/// Installs the first admin key and tells the operator about it once.
pub async fn bootstrap_admin(app: &App) -> anyhow::Result<()> {
    let provided = std::env::var(BOOTSTRAP_ADMIN_KEY_VAR)
        .ok()
        .filter(|v| !v.is_empty());
    match admin_keys::bootstrap(app, provided.as_deref())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
    {
        Bootstrap::AlreadyBootstrapped => {
            if provided.is_some() {
                tracing::info!("admin keys already exist; {BOOTSTRAP_ADMIN_KEY_VAR} is ignored");
            }
        }
        Bootstrap::Provided => {
            tracing::info!("installed {BOOTSTRAP_ADMIN_KEY_VAR} as the first admin key")
        }
        Bootstrap::Generated(key) => {
            // Printed, not logged: logs are shipped and kept, this secret must be seen once.
            println!(
                "\nFirst start: created an admin key. It is shown only this once; store it safely.\n\n    {key}\n\n\
                 Use it as `Authorization: Bearer {key}`.\n"
            );
        }
    }
    Ok(())
}

/// Runs the HTTP server until SIGTERM or Ctrl-C, then drains in-flight requests.
pub async fn serve(mut config: Config) -> anyhow::Result<()> {
    // Bound first, so that with port 0 the default public URL (and so every issuer) names
    // the port actually bound. Connections wait in the backlog until the router serves.
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let local = listener.local_addr()?;
    if config.public_url_is_default {
        config.public_url = crate::config::default_public_url(local);
    }
    let app = app(&config).await?;
    bootstrap_admin(&app).await?;
    let settings = HttpSettings {
        max_body_bytes: config.max_body_bytes,
        request_timeout: config.request_timeout,
        db_max_connections: config.db_max_connections,
        auth_rate_limit: RateLimit::per_minute(config.auth_rate_limit),
        trusted_proxies: config.trusted_proxies.clone(),
    };
    match &config.smtp_url {
        Some(url) => {
            tracing::info!(host = %url.host, security = ?url.security, "email is sent by SMTP")
        }
        None => tracing::warn!(
            "no SMTP relay configured (--smtp-url): emails are stored in the development outbox, \
             GET /v1/tenants/{{tenant}}/outbox, and not sent"
        ),
    }
    if let Some(url) = &config.pwned_passwords_url {
        tracing::info!(url = %url, "new passwords are checked against a Pwned Passwords range API (fails open)");
    }
    if app.counters.uses_redis() {
        match app.counters.ping_redis().await {
            Ok(()) => tracing::info!("brute-force counters are kept in Redis"),
            Err(e) => tracing::warn!(
                error = %e,
                "Redis does not answer; brute-force counters fall back to the database until it does"
            ),
        }
    }
    crate::cache::listener::spawn(app.db.clone(), app.cache.clone());
    let router = http::router(app.clone(), &settings);
    tracing::info!(listen = %local, public_url = %config.public_url, version = env!("CARGO_PKG_VERSION"), "tessera is ready");

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let server = axum::serve(listener, service).with_graceful_shutdown(async move {
        shutdown_signal().await;
        let _ = stop_tx.send(true);
    });
    let grace = config.shutdown_grace;
    let mut stop_rx_for_grace = stop_rx.clone();
    tokio::select! {
        result = server => result.context("the HTTP server failed")?,
        () = async move {
            let _ = stop_rx_for_grace.wait_for(|stopped| *stopped).await;
            tokio::time::sleep(grace).await;
        } => tracing::warn!(grace_secs = grace.as_secs(), "in-flight requests did not finish in time; stopping anyway"),
    }
    drop(stop_rx);
    app.db.close().await;
    tracing::info!("tessera stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown requested; draining in-flight requests");
}
