//! Getting a rendered message to its recipient: by SMTP, or into the development outbox.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tessera_store::{Db, OutboxRecord};

/// A message ready to go.
#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    pub tenant_id: String,
    /// The `From` header: `Name <address>`.
    pub from: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Which template produced it, such as `password_reset`.
    pub template: &'static str,
    pub locale: String,
}

/// Why a message could not be handed over. Never contains the message's content.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct DeliveryError(pub String);

/// Where messages go.
#[async_trait]
pub trait EmailSender: Send + Sync + 'static {
    /// `smtp` or `outbox`, for logs.
    fn kind(&self) -> &'static str;

    /// Hands the message over; `now` (Unix seconds) stamps it.
    async fn send(&self, message: &OutgoingEmail, now: i64) -> Result<(), DeliveryError>;
}

/// The configured sender and the `From` address, shared by every use case.
#[derive(Clone)]
pub struct Mailer {
    pub sender: Arc<dyn EmailSender>,
    /// `address` or `Name <address>`; without a name, the tenant's name is shown.
    pub from: Arc<str>,
}

impl Mailer {
    /// The development default: messages are stored in the database's outbox.
    pub fn outbox(db: Db) -> Self {
        Self {
            sender: Arc::new(OutboxSender { db }),
            from: DEFAULT_FROM.into(),
        }
    }

    /// The `From` header for a tenant's message.
    pub fn from_for(&self, tenant_name: &str) -> String {
        match self.from.parse::<Mailbox>() {
            Ok(mut mailbox) => {
                if mailbox.name.is_none() {
                    let name: String = tenant_name.chars().filter(|c| !c.is_control()).collect();
                    mailbox.name = Some(name);
                }
                mailbox.to_string()
            }
            Err(_) => self.from.to_string(),
        }
    }
}

/// The `From` address of development messages when none is configured.
pub const DEFAULT_FROM: &str = "no-reply@localhost";

/// Development delivery: the whole message is stored, readable at
/// `GET /v1/tenants/{tenant}/outbox`.
pub struct OutboxSender {
    pub db: Db,
}

#[async_trait]
impl EmailSender for OutboxSender {
    fn kind(&self) -> &'static str {
        "outbox"
    }

    async fn send(&self, message: &OutgoingEmail, now: i64) -> Result<(), DeliveryError> {
        self.db
            .insert_outbox_message(&OutboxRecord {
                id: format!("eml_{}", uuid::Uuid::now_v7().simple()),
                tenant_id: message.tenant_id.clone(),
                to_address: message.to.clone(),
                from_address: message.from.clone(),
                subject: message.subject.clone(),
                text_body: message.text.clone(),
                html_body: message.html.clone(),
                template: message.template.to_owned(),
                locale: message.locale.clone(),
                created_at: now,
            })
            .await
            .map_err(|e| DeliveryError(format!("could not store the message in the outbox: {e}")))
    }
}

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// `smtps://`: TLS from the first byte (port 465 by default).
    Tls,
    /// `smtp://` (default): STARTTLS, required (port 587 by default).
    StartTls,
    /// `smtp://…?tls=opportunistic`: STARTTLS when the server offers it.
    Opportunistic,
    /// `smtp://…?tls=none`: no encryption; only for a relay on the same host or a test server.
    Plain,
}

/// A parsed `--smtp-url`.
#[derive(Clone)]
pub struct SmtpUrl {
    /// The URL in lettre's dialect.
    lettre_url: String,
    pub security: SmtpSecurity,
    pub host: String,
}

impl std::fmt::Debug for SmtpUrl {
    // The URL may hold the relay's password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpUrl")
            .field("security", &self.security)
            .field("host", &self.host)
            .finish_non_exhaustive()
    }
}

impl SmtpUrl {
    /// Parses `smtp://[user:password@]host[:port][?tls=required|opportunistic|none]` or
    /// `smtps://[user:password@]host[:port]`. Unlike lettre's own URLs, `smtp://` without
    /// `tls` means STARTTLS required, so a password is never sent in clear by accident; and
    /// `tls=none` with a password is refused unless the relay is on this host.
    pub fn parse(url: &str) -> Result<Self, String> {
        let bad = |why: &str| {
            format!(
                "smtp_url is not usable: {why} (expected smtp://user:password@host:587, smtps://user:password@host:465 \
                 or smtp://host:25?tls=none)"
            )
        };
        let (scheme, rest) = url.split_once("://").ok_or_else(|| bad("no scheme"))?;
        let (base, query) = match rest.split_once('?') {
            Some((base, query)) => (base, Some(query)),
            None => (rest, None),
        };
        let mut tls = None;
        let mut other_params = Vec::new();
        for pair in query
            .into_iter()
            .flat_map(|q| q.split('&'))
            .filter(|p| !p.is_empty())
        {
            match pair.split_once('=') {
                Some(("tls", value)) => tls = Some(value),
                _ => other_params.push(pair),
            }
        }
        if !other_params.is_empty() {
            return Err(bad("the only query parameter is `tls`"));
        }
        let security = match (scheme, tls) {
            ("smtps", None) => SmtpSecurity::Tls,
            ("smtp", None | Some("required")) => SmtpSecurity::StartTls,
            ("smtp", Some("opportunistic")) => SmtpSecurity::Opportunistic,
            ("smtp", Some("none")) => SmtpSecurity::Plain,
            ("smtps", Some(_)) => return Err(bad("smtps:// takes no `tls` parameter")),
            ("smtp", Some(_)) => {
                return Err(bad("`tls` must be required, opportunistic or none"));
            }
            _ => return Err(bad("the scheme must be smtp or smtps")),
        };
        let authority = base.split('/').next().unwrap_or_default();
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((userinfo, hostport)) => (Some(userinfo), hostport),
            None => (None, authority),
        };
        let host = if let Some(bracketed) = hostport.strip_prefix('[') {
            bracketed.split(']').next().unwrap_or_default()
        } else {
            hostport.split(':').next().unwrap_or_default()
        };
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let has_password = userinfo.is_some_and(|u| u.contains(':'));
        let local = matches!(host, "localhost" | "127.0.0.1" | "::1");
        if security == SmtpSecurity::Plain && has_password && !local {
            return Err(bad(
                "a password over an unencrypted connection (tls=none) is only allowed to a relay on this host",
            ));
        }
        let lettre_query = match security {
            SmtpSecurity::Tls | SmtpSecurity::Plain => "",
            SmtpSecurity::StartTls => "?tls=required",
            SmtpSecurity::Opportunistic => "?tls=opportunistic",
        };
        let lettre_url = format!("{scheme}://{base}{lettre_query}");
        // Check that lettre accepts it too (this builds no connection).
        AsyncSmtpTransport::<Tokio1Executor>::from_url(&lettre_url)
            .map_err(|e| bad(&e.to_string()))?;
        Ok(Self {
            lettre_url,
            security,
            host: host.to_owned(),
        })
    }
}

/// Delivery through an SMTP relay, with a connection pool.
pub struct SmtpSender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl SmtpSender {
    /// Builds the transport; call inside the Tokio runtime (the pool starts a task).
    /// Connections are made on first use.
    pub fn new(url: &SmtpUrl, timeout: Duration) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&url.lettre_url)
            .map_err(|e| format!("smtp_url is not usable: {e}"))?
            .timeout(Some(timeout))
            .build();
        Ok(Self { transport })
    }
}

#[async_trait]
impl EmailSender for SmtpSender {
    fn kind(&self) -> &'static str {
        "smtp"
    }

    async fn send(&self, message: &OutgoingEmail, now: i64) -> Result<(), DeliveryError> {
        let from: Mailbox = message
            .from
            .parse()
            .map_err(|e| DeliveryError(format!("the From address is not valid: {e}")))?;
        let to: Mailbox = message
            .to
            .parse()
            .map_err(|e| DeliveryError(format!("the recipient address is not valid: {e}")))?;
        let date = SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(now).unwrap_or(0));
        let email = Message::builder()
            .from(from)
            .to(to)
            .subject(message.subject.clone())
            .date(date)
            .multipart(MultiPart::alternative_plain_html(
                message.text.clone(),
                message.html.clone(),
            ))
            .map_err(|e| DeliveryError(format!("the message could not be built: {e}")))?;
        self.transport
            .send(email)
            .await
            .map(|_| ())
            .map_err(|e| DeliveryError(format!("the SMTP relay did not accept the message: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls() {
        let url = SmtpUrl::parse("smtp://user:pass@mail.example.com:587").unwrap();
        assert_eq!(url.security, SmtpSecurity::StartTls);
        assert_eq!(url.host, "mail.example.com");
        assert!(url.lettre_url.ends_with("?tls=required"));
        assert!(!format!("{url:?}").contains("pass"));
        assert_eq!(
            SmtpUrl::parse("smtps://u:p@mail.example.com")
                .unwrap()
                .security,
            SmtpSecurity::Tls
        );
        assert_eq!(
            SmtpUrl::parse("smtp://mail.example.com?tls=opportunistic")
                .unwrap()
                .security,
            SmtpSecurity::Opportunistic
        );
        assert_eq!(
            SmtpUrl::parse("smtp://127.0.0.1:2525?tls=none")
                .unwrap()
                .security,
            SmtpSecurity::Plain
        );
        assert!(SmtpUrl::parse("smtp://u:p@127.0.0.1:2525?tls=none").is_ok());
        assert!(SmtpUrl::parse("smtp://u:p@mail.example.com?tls=none").is_err());
        assert!(SmtpUrl::parse("http://mail.example.com").is_err());
        assert!(SmtpUrl::parse("smtp://mail.example.com?tls=maybe").is_err());
        assert!(SmtpUrl::parse("smtp://mail.example.com?x=1").is_err());
        assert!(SmtpUrl::parse("smtp://").is_err());
        assert!(SmtpUrl::parse("mail.example.com").is_err());
    }

    #[test]
    fn from_shows_the_tenant_name_unless_configured() {
        let mailer = |from: &str| Mailer {
            sender: Arc::new(NoSender),
            from: from.into(),
        };
        assert_eq!(
            mailer("no-reply@example.com").from_for("Acme"),
            "Acme <no-reply@example.com>"
        );
        assert_eq!(
            mailer("Login <no-reply@example.com>").from_for("Acme"),
            "Login <no-reply@example.com>"
        );
    }

    struct NoSender;

    #[async_trait]
    impl EmailSender for NoSender {
        fn kind(&self) -> &'static str {
            "none"
        }
        async fn send(&self, _: &OutgoingEmail, _: i64) -> Result<(), DeliveryError> {
            Ok(())
        }
    }
}
