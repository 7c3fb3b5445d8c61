//! Resolved configuration: defaults, then the TOML file, then environment and flags.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use serde::Deserialize;

use crate::cli::{CommonArgs, LogFormat, ServeArgs};
use crate::http::rate_limit::TrustedProxies;
use crate::services::breached_passwords::RangeClient;
use crate::services::email::delivery::{DEFAULT_FROM, SmtpUrl};
use crate::services::passwords::PasswordParams;
use crate::services::rate_limits::RateLimit;
use crate::services::sessions::SessionSettings;

/// The TOML file's shape: the long flag names with `_`, all optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<SocketAddr>,
    public_url: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    master_key: Option<String>,
    log_format: Option<LogFormat>,
    log_level: Option<String>,
    db_max_connections: Option<u32>,
    max_token_lifetime: Option<u64>,
    max_body_bytes: Option<usize>,
    request_timeout: Option<u64>,
    shutdown_grace: Option<u64>,
    auth_rate_limit: Option<u32>,
    redis_url: Option<String>,
    trusted_proxies: Option<TrustedProxiesSetting>,
    password_memory_kib: Option<u32>,
    password_iterations: Option<u32>,
    password_parallelism: Option<u32>,
    reject_common_passwords: Option<bool>,
    pwned_passwords_url: Option<String>,
    access_token_ttl: Option<u32>,
    session_lifetime: Option<i64>,
    smtp_url: Option<String>,
    email_from: Option<String>,
    dns_resolver: Option<std::net::SocketAddr>,
}

/// `trusted_proxies` in the file: an array of CIDRs, or one comma-separated string.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum TrustedProxiesSetting {
    List(Vec<String>),
    Text(String),
}

/// `info`, with sqlx's per-statement chatter (and PostgreSQL notices) kept to warnings.
pub const DEFAULT_LOG_FILTER: &str = "info,sqlx=warn";

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    /// Without a trailing slash.
    pub public_url: String,
    /// Whether `public_url` was derived from `listen` (no `--public-url`): `serve` then
    /// derives it again from the bound address, so port 0 names the port actually bound.
    pub public_url_is_default: bool,
    pub data_dir: PathBuf,
    pub database_url: String,
    /// Whether `database_url` came from the defaults (SQLite in the data dir).
    pub database_is_default: bool,
    pub master_key: Option<String>,
    pub log_format: LogFormat,
    pub log_level: String,
    pub db_max_connections: u32,
    pub max_token_lifetime: Duration,
    pub max_body_bytes: usize,
    pub request_timeout: Duration,
    pub shutdown_grace: Duration,
    /// Sign-in API requests per minute per client IP and tenant; 0: no limit.
    pub auth_rate_limit: u32,
    /// Redis for the brute-force counters; `None`: the database.
    pub redis_url: Option<String>,
    pub trusted_proxies: TrustedProxies,
    pub password_params: PasswordParams,
    /// Refuse passwords on the common-password list.
    pub reject_common_passwords: bool,
    /// The Pwned Passwords range API; `None` turns the leaked-password check off.
    pub pwned_passwords_url: Option<String>,
    pub session_settings: SessionSettings,
    /// The SMTP relay; `None` means the development outbox.
    pub smtp_url: Option<SmtpUrl>,
    pub email_from: String,
    /// The resolver for domain verification; `None`: the system's.
    pub dns_resolver: Option<std::net::SocketAddr>,
}

impl Config {
    pub fn resolve(common: &CommonArgs, serve: Option<&ServeArgs>) -> anyhow::Result<Self> {
        let file = match &common.config {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        let empty = ServeArgs::default();
        let serve = serve.unwrap_or(&empty);

        let listen = common
            .listen
            .or(file.listen)
            .unwrap_or(SocketAddr::from(([127, 0, 0, 1], 8080)));
        let data_dir = common
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("tessera-data"));
        let (database_url, database_is_default) =
            match common.database_url.clone().or(file.database_url) {
                Some(url) => (url, false),
                None => (
                    format!("sqlite://{}", data_dir.join("tessera.db").display()),
                    true,
                ),
            };
        let public_url_is_default = common.public_url.is_none() && file.public_url.is_none();
        let public_url = match common.public_url.clone().or(file.public_url) {
            Some(url) => normalise_public_url(&url)?,
            None => default_public_url(listen),
        };
        let max_token_lifetime = common
            .max_token_lifetime
            .or(file.max_token_lifetime)
            .unwrap_or(86_400);
        if max_token_lifetime == 0 {
            bail!("max_token_lifetime must be at least 1 second");
        }
        let defaults = PasswordParams::default();
        let password_params = PasswordParams {
            memory_kib: serve
                .password_memory_kib
                .or(file.password_memory_kib)
                .unwrap_or(defaults.memory_kib),
            iterations: serve
                .password_iterations
                .or(file.password_iterations)
                .unwrap_or(defaults.iterations),
            parallelism: serve
                .password_parallelism
                .or(file.password_parallelism)
                .unwrap_or(defaults.parallelism),
        };
        // OWASP's floor for argon2id is m = 7 MiB with t = 5; refuse anything weaker than 1 MiB.
        if password_params.memory_kib < 1024
            || password_params.iterations == 0
            || password_params.parallelism == 0
        {
            bail!(
                "password hashing needs password_memory_kib >= 1024 and iterations and parallelism >= 1"
            );
        }
        let pwned_passwords_url = serve
            .pwned_passwords_url
            .clone()
            .or(file.pwned_passwords_url)
            .filter(|url| !url.is_empty());
        if let Some(url) = &pwned_passwords_url {
            RangeClient::new(url)
                .map_err(|e| anyhow::anyhow!("pwned_passwords_url (--pwned-passwords-url): {e}"))?;
        }
        let mut session_settings = SessionSettings::default();
        if let Some(ttl) = serve.access_token_ttl.or(file.access_token_ttl) {
            session_settings.access_token_ttl_secs = ttl.max(1);
        }
        if let Some(lifetime) = serve.session_lifetime.or(file.session_lifetime) {
            session_settings.session_lifetime_secs = lifetime.max(60);
        }
        let smtp_url = serve
            .smtp_url
            .clone()
            .or(file.smtp_url)
            .map(|url| SmtpUrl::parse(&url))
            .transpose()
            .map_err(anyhow::Error::msg)?;
        let email_from = match (serve.email_from.clone().or(file.email_from), &smtp_url) {
            (Some(from), _) => from,
            (None, None) => DEFAULT_FROM.to_owned(),
            (None, Some(_)) => bail!(
                "email_from (--email-from, TESSERA_EMAIL_FROM) is required with smtp_url: \
                 the address outgoing email is sent from, such as `no-reply@example.com`"
            ),
        };
        if email_from.parse::<lettre::message::Mailbox>().is_err() {
            bail!(
                "email_from {email_from:?} is not an email address (expected `no-reply@example.com` or `Name <no-reply@example.com>`)"
            );
        }
        let auth_rate_limit = serve
            .auth_rate_limit
            .or(file.auth_rate_limit)
            .unwrap_or(RateLimit::DEFAULT_AUTH_PER_MINUTE);
        let redis_url = serve
            .redis_url
            .clone()
            .or(file.redis_url)
            .filter(|url| !url.is_empty());
        if let Some(url) = &redis_url {
            redis::Client::open(url.as_str()).map_err(|e| {
                anyhow::anyhow!(
                    "redis_url (--redis-url, TESSERA_REDIS_URL) is not a Redis URL: {e} \
                     (expected redis://[:password@]host[:port][/db] or rediss://…)"
                )
            })?;
        }
        let trusted_proxies = match (&serve.trusted_proxies, file.trusted_proxies) {
            (Some(list), _) => TrustedProxies::parse(list),
            (None, Some(TrustedProxiesSetting::List(list))) => {
                TrustedProxies::parse(&list.join(","))
            }
            (None, Some(TrustedProxiesSetting::Text(list))) => TrustedProxies::parse(&list),
            (None, None) => Ok(TrustedProxies::default()),
        }
        .map_err(|e| anyhow::anyhow!("trusted_proxies (--trusted-proxies): {e}"))?;
        Ok(Config {
            auth_rate_limit,
            redis_url,
            trusted_proxies,
            listen,
            public_url,
            public_url_is_default,
            data_dir,
            database_url,
            database_is_default,
            master_key: common.master_key.clone().or(file.master_key),
            log_format: common.log_format.or(file.log_format).unwrap_or_default(),
            log_level: common
                .log_level
                .clone()
                .or(file.log_level)
                .unwrap_or_else(|| DEFAULT_LOG_FILTER.to_owned()),
            db_max_connections: common
                .db_max_connections
                .or(file.db_max_connections)
                .unwrap_or(10)
                .max(1),
            max_token_lifetime: Duration::from_secs(max_token_lifetime),
            max_body_bytes: serve
                .max_body_bytes
                .or(file.max_body_bytes)
                .unwrap_or(1024 * 1024),
            request_timeout: Duration::from_secs(
                serve
                    .request_timeout
                    .or(file.request_timeout)
                    .unwrap_or(30)
                    .max(1),
            ),
            password_params,
            reject_common_passwords: serve
                .reject_common_passwords
                .or(file.reject_common_passwords)
                .unwrap_or(true),
            pwned_passwords_url,
            session_settings,
            smtp_url,
            email_from,
            dns_resolver: serve.dns_resolver.or(file.dns_resolver),
            shutdown_grace: Duration::from_secs(
                serve.shutdown_grace.or(file.shutdown_grace).unwrap_or(30),
            ),
        })
    }
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("config file {} is not valid", path.display()))
}

/// `http://` and the listen address, with `localhost` for an unspecified (all-interfaces) IP.
pub fn default_public_url(listen: SocketAddr) -> String {
    if listen.ip().is_unspecified() {
        format!("http://localhost:{}", listen.port())
    } else {
        format!("http://{listen}")
    }
}

/// Accepts `http(s)://host[:port][/path]`, without query or fragment; drops a trailing slash.
fn normalise_public_url(url: &str) -> anyhow::Result<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .with_context(|| format!("public_url {url:?} must start with http:// or https://"))?;
    if rest.is_empty() || rest.starts_with('/') {
        bail!("public_url {url:?} has no host");
    }
    if rest.contains(['?', '#']) || rest.chars().any(char::is_whitespace) {
        bail!("public_url {url:?} must not contain a query, fragment or whitespace");
    }
    Ok(url.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_need_no_configuration() {
        let config = Config::resolve(&CommonArgs::default(), None).unwrap();
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.public_url, "http://127.0.0.1:8080");
        assert_eq!(config.database_url, "sqlite://tessera-data/tessera.db");
        assert!(config.database_is_default);
    }

    #[test]
    fn flags_override_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tessera.toml");
        std::fs::write(&path, "listen = \"0.0.0.0:9000\"\npublic_url = \"https://id.example.com/\"\nlog_level = \"debug\"\n").unwrap();
        let common = CommonArgs {
            config: Some(path.clone()),
            log_level: Some("warn".into()),
            ..Default::default()
        };
        let config = Config::resolve(&common, None).unwrap();
        assert_eq!(config.listen.to_string(), "0.0.0.0:9000");
        assert_eq!(config.public_url, "https://id.example.com");
        assert_eq!(config.log_level, "warn");

        std::fs::write(&path, "listn = \"0.0.0.0:9000\"\n").unwrap();
        let err = Config::resolve(&common, None).unwrap_err();
        assert!(
            format!("{err:#}").contains("unknown field `listn`"),
            "{err:#}"
        );
    }

    #[test]
    fn email_settings_are_checked() {
        let config = Config::resolve(&CommonArgs::default(), None).unwrap();
        assert!(config.smtp_url.is_none(), "the outbox is the default");
        assert_eq!(config.email_from, "no-reply@localhost");
        let serve = |smtp_url: Option<&str>, email_from: Option<&str>| ServeArgs {
            smtp_url: smtp_url.map(str::to_owned),
            email_from: email_from.map(str::to_owned),
            ..Default::default()
        };
        let resolve = |args: ServeArgs| Config::resolve(&CommonArgs::default(), Some(&args));
        let config = resolve(serve(
            Some("smtps://u:p@smtp.example.com"),
            Some("Acme <no-reply@example.com>"),
        ))
        .unwrap();
        assert_eq!(config.smtp_url.unwrap().host, "smtp.example.com");
        let err = resolve(serve(Some("smtp://smtp.example.com"), None)).unwrap_err();
        assert!(format!("{err:#}").contains("email_from"), "{err:#}");
        let err = resolve(serve(
            Some("smtp://u:p@smtp.example.com?tls=none"),
            Some("a@b.c"),
        ))
        .unwrap_err();
        assert!(format!("{err:#}").contains("unencrypted"), "{err:#}");
        assert!(resolve(serve(Some(""), Some("a@b.c"))).is_err());
        assert!(resolve(serve(None, Some("not an address"))).is_err());
    }

    #[test]
    fn password_policy_settings() {
        let config = Config::resolve(&CommonArgs::default(), None).unwrap();
        assert!(config.reject_common_passwords, "on by default");
        assert!(config.pwned_passwords_url.is_none(), "off by default");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tessera.toml");
        std::fs::write(
            &path,
            "reject_common_passwords = false\npwned_passwords_url = \"https://api.pwnedpasswords.com\"\n",
        )
        .unwrap();
        let common = CommonArgs {
            config: Some(path),
            ..Default::default()
        };
        let config = Config::resolve(&common, None).unwrap();
        assert!(!config.reject_common_passwords);
        assert_eq!(
            config.pwned_passwords_url.as_deref(),
            Some("https://api.pwnedpasswords.com")
        );
        let serve = ServeArgs {
            reject_common_passwords: Some(true),
            pwned_passwords_url: Some("api.pwnedpasswords.com".into()),
            ..Default::default()
        };
        let err = Config::resolve(&common, Some(&serve)).unwrap_err();
        assert!(
            format!("{err:#}").contains("pwned_passwords_url"),
            "{err:#}"
        );
    }

    #[test]
    fn rate_limit_settings() {
        let config = Config::resolve(&CommonArgs::default(), None).unwrap();
        assert_eq!(config.auth_rate_limit, 60);
        assert!(
            config.trusted_proxies.0.is_empty(),
            "no proxy is trusted by default"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tessera.toml");
        std::fs::write(
            &path,
            "auth_rate_limit = 10\ntrusted_proxies = [\"10.0.0.0/8\", \"fd00::/8\"]\n",
        )
        .unwrap();
        let common = CommonArgs {
            config: Some(path),
            ..Default::default()
        };
        let config = Config::resolve(&common, None).unwrap();
        assert_eq!(config.auth_rate_limit, 10);
        assert_eq!(config.trusted_proxies.0.len(), 2);
        let serve = ServeArgs {
            auth_rate_limit: Some(0),
            trusted_proxies: Some("192.0.2.0/24".into()),
            ..Default::default()
        };
        let config = Config::resolve(&common, Some(&serve)).unwrap();
        assert_eq!(config.auth_rate_limit, 0, "flags override the file");
        assert_eq!(config.trusted_proxies.0.len(), 1);
        let serve = ServeArgs {
            trusted_proxies: Some("10.0.0.0/8,not-a-network".into()),
            ..Default::default()
        };
        let err = Config::resolve(&common, Some(&serve)).unwrap_err();
        assert!(format!("{err:#}").contains("trusted_proxies"), "{err:#}");
    }

    #[test]
    fn redis_url_is_checked() {
        let config = Config::resolve(&CommonArgs::default(), None).unwrap();
        assert!(config.redis_url.is_none(), "the database by default");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tessera.toml");
        std::fs::write(&path, "redis_url = \"redis://127.0.0.1:6379/0\"\n").unwrap();
        let common = CommonArgs {
            config: Some(path),
            ..Default::default()
        };
        let config = Config::resolve(&common, None).unwrap();
        assert_eq!(
            config.redis_url.as_deref(),
            Some("redis://127.0.0.1:6379/0")
        );
        let serve = ServeArgs {
            redis_url: Some("redis://10.0.0.5:6380".into()),
            ..Default::default()
        };
        let config = Config::resolve(&common, Some(&serve)).unwrap();
        assert_eq!(
            config.redis_url.as_deref(),
            Some("redis://10.0.0.5:6380"),
            "flags override the file"
        );
        let serve = ServeArgs {
            redis_url: Some("http://10.0.0.5".into()),
            ..Default::default()
        };
        let err = Config::resolve(&common, Some(&serve)).unwrap_err();
        assert!(format!("{err:#}").contains("redis_url"), "{err:#}");
    }

    #[test]
    fn public_url_is_checked() {
        assert!(normalise_public_url("ftp://x").is_err());
        assert!(normalise_public_url("https://").is_err());
        assert!(normalise_public_url("https://x/?a").is_err());
        assert_eq!(
            normalise_public_url("https://x/auth/").unwrap(),
            "https://x/auth"
        );
        assert_eq!(
            default_public_url("0.0.0.0:80".parse().unwrap()),
            "http://localhost:80"
        );
    }
}
