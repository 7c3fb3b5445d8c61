//! Self-service signup: `open`, `invite_only` (the default) or `domain_allowlist` per tenant,
//! with disposable-address blocking.
//!
//! Signing up never reveals whether the address already has an account. The request always
//! answers the same 202 after about the same time, having hashed the password either way:
//! a new address gets a confirmation link (`tsu_…`, single use, 24 hours), an address that
//! already has an account gets a notice with a password-reset link instead. The account is
//! created, verified, and its first session opened only when the link is opened, so no
//! later request (a password login, a second signup) can tell a taken address from a free
//! one either.

use std::collections::HashSet;
use std::sync::LazyLock;

use serde_json::{Value, json};
use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::{PendingSignupRecord, StoreError, TenantRecord, UserRecord};
use tessera_wire::{EmailRequestAccepted, SessionTokens, SignupMode, SignupRequest};

use super::audit::{self, Actor, Context};
use super::email::templates::{self, Template, Vars};
use super::email::{self, OutgoingEmail, Purpose};
use super::{App, Result, ServiceError, password_policy, passwords, sessions, tenants, users};

pub const SIGNUP_TOKEN_PREFIX: &str = "tsu_";
/// How long a confirmation link works.
pub const SIGNUP_TTL_SECS: i64 = 24 * 3600;

/// What a signup request answers, always.
pub const ACCEPTED_MESSAGE: &str = "Check your inbox: if the address can be used to sign up, a message is on its way with a link to finish. \
     It can take a few minutes; check the spam folder too.";

/// The community-maintained list of disposable-address domains (CC0; see `data/NOTICE`).
static DISPOSABLE_DOMAINS_TXT: &str = include_str!("../../data/disposable-email-domains.txt");

static DISPOSABLE_DOMAINS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    DISPOSABLE_DOMAINS_TXT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether `domain` or one of its parent domains is a disposable-address service.
pub fn is_disposable(domain: &str) -> bool {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let mut rest = domain.as_str();
    loop {
        if DISPOSABLE_DOMAINS.contains(rest) {
            return true;
        }
        match rest.split_once('.') {
            Some((_, parent)) if parent.contains('.') => rest = parent,
            _ => return false,
        }
    }
}

/// Whether `domain` is one of `allowed` or a subdomain of one.
pub fn domain_allowed(domain: &str, allowed: &[String]) -> bool {
    allowed.iter().any(|d| {
        domain == d
            || domain
                .strip_suffix(d.as_str())
                .is_some_and(|head| head.ends_with('.'))
    })
}

/// The tenant's signup mode; an unknown stored value is treated as the safest one.
pub fn mode(tenant: &TenantRecord) -> SignupMode {
    SignupMode::parse(&tenant.signup_mode).unwrap_or(SignupMode::InviteOnly)
}

/// Why the tenant does not take a signup from `email`, if it does not. Depends only on the
/// tenant's settings and the address's domain, never on which accounts exist.
fn refusal(tenant: &TenantRecord, email: &str) -> Option<(ServiceError, &'static str)> {
    let domain = email.rsplit_once('@').map_or("", |(_, d)| d);
    match mode(tenant) {
        SignupMode::InviteOnly => {
            return Some((
                ServiceError::SignupDisabled(
                    "this application does not allow signing up: accounts are created by its administrators; ask them for an invitation"
                        .into(),
                ),
                "invite_only",
            ));
        }
        SignupMode::DomainAllowlist if !domain_allowed(domain, &tenant.signup_allowed_domains) => {
            return Some((
                ServiceError::EmailDomainNotAllowed(format!(
                    "addresses at {domain} cannot sign up for this application; use an address of an allowed domain"
                )),
                "domain_not_allowed",
            ));
        }
        _ => {}
    }
    if tenant.block_disposable_emails && is_disposable(domain) {
        return Some((
            ServiceError::EmailDomainNotAllowed(format!(
                "{domain} is a disposable-address service; sign up with an address you will keep"
            )),
            "disposable_domain",
        ));
    }
    None
}

async fn refuse(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    email: &str,
    reason: &str,
) -> Result<()> {
    audit::record(
        app,
        &tenant.id,
        ctx,
        "signup.refused",
        None,
        json!({ "email": email, "reason": reason }),
    )
    .await
}

/// A message rendered from a built-in template or the tenant's override, to `vars.email`.
async fn compose(
    app: &App,
    tenant: &TenantRecord,
    template: Template,
    locale: Option<&str>,
    vars: &Vars<'_>,
) -> Result<OutgoingEmail> {
    let rendered = templates::render(app, tenant, template, locale, vars).await?;
    Ok(OutgoingEmail {
        tenant_id: tenant.id.clone(),
        from: app.email.from_for(&tenant.name),
        to: vars.email.to_owned(),
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        template: template.name(),
        locale: rendered.locale,
    })
}

/// `POST /t/{tenant}/auth/signup`: checks the request and the tenant's rules, then emails a
/// confirmation link (new address) or an account notice (taken address), answering the
/// same either way.
pub async fn request(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: SignupRequest,
) -> Result<EmailRequestAccepted> {
    let tenant = tenants::find(app, slug).await?;
    if mode(&tenant) == SignupMode::InviteOnly
        && let Some((error, reason)) = refusal(&tenant, "")
    {
        refuse(app, ctx, &tenant, "", reason).await?;
        return Err(error);
    }
    let mut errors = Vec::new();
    let email = users::normalise_email(&input.email)
        .map_err(|m| errors.push(field("/email", m)))
        .unwrap_or_default();
    let name = input
        .name
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    users::check_profile(name.as_deref(), None, None, None, &mut errors);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    password_policy::refuse_new(
        app,
        &tenant,
        "/password",
        &input.password,
        &email,
        name.as_deref(),
    )
    .await?;
    if let Some((error, reason)) = refusal(&tenant, &email) {
        refuse(app, ctx, &tenant, &email, reason).await?;
        return Err(error);
    }

    let started = tokio::time::Instant::now();
    // Hashed whatever happens next, so a taken address costs the same time as a free one.
    let password_hash = passwords::hash(app.password_params, input.password).await?;
    let now = app.clock.unix();
    match app.db.user_by_email(&tenant.id, &email).await? {
        Some(user) => {
            let sent = !user.disabled;
            if sent {
                let purpose = Purpose::PasswordReset;
                let (token, _) = email::issue(app, &tenant, &user, purpose).await?;
                let link = email::link(app, &tenant, purpose, &token);
                let vars = Vars {
                    tenant_name: &tenant.name,
                    email: &user.email,
                    name: user.name.as_deref(),
                    link: Some(&link),
                    code: None,
                    expires_minutes: purpose.ttl_secs() / 60,
                    organization: None,
                };
                let template = Template::SignupExistingAccount;
                let message =
                    compose(app, &tenant, template, user.locale.as_deref(), &vars).await?;
                email::dispatch(app, ctx, message);
            }
            // For the tenant's administrators; the caller never sees the difference.
            audit::record(
                app,
                &tenant.id,
                ctx,
                "signup.existing_account",
                Some(("user", &user.id)),
                json!({ "email": email, "notice_sent": sent }),
            )
            .await?;
        }
        None => {
            let token = generate_secret(SIGNUP_TOKEN_PREFIX);
            let pending = PendingSignupRecord {
                id: format!("sgn_{}", uuid::Uuid::now_v7().simple()),
                tenant_id: tenant.id.clone(),
                email: email.clone(),
                name: name.clone(),
                password_hash,
                token_hash: hash_secret(&token).to_vec(),
                created_at: now,
                expires_at: now + SIGNUP_TTL_SECS,
                used_at: None,
            };
            app.db.insert_pending_signup(&pending).await?;
            let link = format!("{}/t/{}/signup#token={token}", app.public_url, tenant.slug);
            let vars = Vars {
                tenant_name: &tenant.name,
                email: &email,
                name: name.as_deref(),
                link: Some(&link),
                code: None,
                expires_minutes: SIGNUP_TTL_SECS / 60,
                organization: None,
            };
            let message = compose(app, &tenant, Template::SignupConfirm, None, &vars).await?;
            email::dispatch(app, ctx, message);
            audit::record(
                app,
                &tenant.id,
                ctx,
                "signup.requested",
                None,
                json!({ "email": email, "signup_id": pending.id }),
            )
            .await?;
        }
    }
    email::pad(started).await;
    Ok(EmailRequestAccepted {
        message: ACCEPTED_MESSAGE.to_owned(),
    })
}

fn field(pointer: &str, message: impl Into<String>) -> tessera_wire::FieldError {
    tessera_wire::FieldError {
        pointer: pointer.to_owned(),
        message: message.into(),
    }
}

fn invalid_link() -> ServiceError {
    ServiceError::InvalidToken(
        "the signup link is not valid: it may have expired, been used already, or been replaced by a newer one; sign up again"
            .into(),
    )
}

async fn failed(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    reason: &str,
    details: Value,
) -> Result<ServiceError> {
    let mut details = details;
    if let Value::Object(map) = &mut details {
        map.insert("reason".into(), reason.into());
    }
    audit::record(app, &tenant.id, ctx, "signup.failed", None, details).await?;
    Ok(invalid_link())
}

/// `POST /t/{tenant}/auth/signup/verify`: spends a confirmation link's token, creates the
/// user (email verified) and opens their first session.
pub async fn verify(app: &App, ctx: &Context, slug: &str, token: &str) -> Result<SessionTokens> {
    let tenant = tenants::find(app, slug).await?;
    let user = create_from_link(app, ctx, &tenant, token).await?;
    // A brand-new account has no second factor to ask for.
    sessions::start_session(app, ctx, &tenant, user, "signup").await
}

/// Spends a confirmation link's token and creates its user (email verified); the API opens
/// a token session for them, the hosted pages a browser session.
pub(crate) async fn create_from_link(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    token: &str,
) -> Result<UserRecord> {
    let tenant = tenant.clone();
    if !token.starts_with(SIGNUP_TOKEN_PREFIX) || token.len() > 256 || token.len() < 8 {
        return Err(failed(app, ctx, &tenant, "malformed", json!({})).await?);
    }
    let Some(pending) = app
        .db
        .pending_signup_by_hash(&tenant.id, &hash_secret(token))
        .await?
    else {
        return Err(failed(app, ctx, &tenant, "unknown", json!({})).await?);
    };
    let now = app.clock.unix();
    let details = json!({ "email": pending.email, "signup_id": pending.id });
    if pending.used_at.is_some() {
        return Err(failed(app, ctx, &tenant, "used_or_superseded", details).await?);
    }
    if pending.expires_at <= now {
        return Err(failed(app, ctx, &tenant, "expired", details).await?);
    }
    // The tenant may have closed signup, or narrowed it, since the link was sent.
    if let Some((error, reason)) = refusal(&tenant, &pending.email) {
        refuse(app, ctx, &tenant, &pending.email, reason).await?;
        return Err(error);
    }
    if !app
        .db
        .consume_pending_signup(&tenant.id, &pending.id, now)
        .await?
    {
        return Err(failed(app, ctx, &tenant, "used_or_superseded", details).await?);
    }
    // Only the owner of the mailbox gets this far, so saying the address is taken reveals
    // nothing they could not learn by signing in.
    let taken = || {
        ServiceError::Conflict(
            "an account with this email already exists; sign in, or reset the password".into(),
        )
    };
    if app
        .db
        .user_by_email(&tenant.id, &pending.email)
        .await?
        .is_some()
    {
        failed(app, ctx, &tenant, "email_taken", details).await?;
        return Err(taken());
    }
    let user = UserRecord {
        id: format!("usr_{}", uuid::Uuid::now_v7().simple()),
        tenant_id: tenant.id.clone(),
        email: pending.email,
        email_verified: true,
        name: pending.name,
        picture: None,
        locale: None,
        metadata: "{}".to_owned(),
        password_hash: Some(pending.password_hash),
        disabled: false,
        created_at: now,
        updated_at: now,
        last_login_at: None,
    };
    app.db.insert_user(&user).await.map_err(|e| match e {
        StoreError::UniqueViolation => taken(),
        other => other.into(),
    })?;
    tracing::info!(tenant_id = %tenant.id, user_id = %user.id, "user signed up");
    audit::record(
        app,
        &tenant.id,
        &ctx.as_actor(Actor::User(user.id.clone())),
        "user.created",
        Some(("user", &user.id)),
        json!({ "email": user.email, "via": "signup" }),
    )
    .await?;
    Ok(user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disposable_domains_match_with_their_subdomains() {
        assert!(DISPOSABLE_DOMAINS.len() > 5000);
        assert!(is_disposable("mailinator.com"));
        assert!(is_disposable("MAILINATOR.com"));
        assert!(is_disposable("eu.mailinator.com"));
        assert!(!is_disposable("example.com"));
        assert!(!is_disposable("gmail.com"));
        assert!(!is_disposable("com"));
        assert!(!is_disposable(""));
    }

    #[test]
    fn allowlist_takes_subdomains_but_not_lookalikes() {
        let allowed = vec!["example.com".to_owned()];
        assert!(domain_allowed("example.com", &allowed));
        assert!(domain_allowed("eu.example.com", &allowed));
        assert!(!domain_allowed("badexample.com", &allowed));
        assert!(!domain_allowed("example.com.evil.test", &allowed));
        assert!(!domain_allowed("", &allowed));
    }
}
