//! Email flows: verification, password reset, magic link and email one-time code.
//!
//! Each flow sends a single-use, short-lived secret: a link token (`tev_`, `tpr_`, `tml_`,
//! 256 random bits, stored as a SHA-256 hash) or a six-digit code (stored as a SHA-256 hash
//! salted with its row id, and worth only five guesses). A token is bound to its user and to
//! the address it was sent to, so changing the email kills it; issuing a new one of the same
//! purpose supersedes the old.
//!
//! The anonymous requests (reset, magic link, code) answer the same 202 whether or not the
//! address has an account, and take about the same time: the message is handed to the sender
//! in a background task, and the answer waits until a fixed floor has passed.

pub mod change;
pub mod delivery;
pub mod templates;

use std::time::Duration;

use serde_json::{Value, json};
use tessera_crypto::{constant_time_eq, generate_secret, hash_secret};
use tessera_store::{OneTimeTokenRecord, TenantRecord, UserRecord};
use tessera_wire::{
    EmailRequestAccepted, EmailVerified, LoginResponse, OutboxMessage, OutboxMessageList,
    OutboxQueryParams, VerificationEmailSent,
};

use super::audit::{self, Actor, Context};
use super::sessions::FirstFactor;
use super::{
    App, Result, ServiceError, mfa, password_policy, passwords, rate_limits, sessions, tenants,
    users,
};
use crate::clock::from_unix;
pub use delivery::{DeliveryError, EmailSender, Mailer, OutgoingEmail};
use templates::{Template, Vars};

/// Lifetimes, in seconds.
pub const VERIFICATION_TTL_SECS: i64 = 24 * 3600;
pub const PASSWORD_RESET_TTL_SECS: i64 = 30 * 60;
pub const MAGIC_LINK_TTL_SECS: i64 = 15 * 60;
pub const EMAIL_CODE_TTL_SECS: i64 = 10 * 60;
pub const EMAIL_CHANGE_TTL_SECS: i64 = 60 * 60;
/// Wrong guesses after which an email code dies.
pub const EMAIL_CODE_MAX_ATTEMPTS: i64 = 5;
/// The anonymous email requests answer no sooner than this, whatever they did.
pub const RESPONSE_FLOOR: Duration = Duration::from_millis(250);

/// What the anonymous requests answer, always.
pub const ACCEPTED_MESSAGE: &str = "If the address belongs to an account that may sign in, a message is on its way. \
     It can take a few minutes; check the spam folder too.";

/// What a one-time secret is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    EmailVerification,
    PasswordReset,
    MagicLink,
    EmailCode,
    /// The link, sent to a new address, that confirms a self-service email change.
    EmailChange,
}

impl Purpose {
    pub const fn as_str(self) -> &'static str {
        match self {
            Purpose::EmailVerification => "email_verification",
            Purpose::PasswordReset => "password_reset",
            Purpose::MagicLink => "magic_link",
            Purpose::EmailCode => "email_code",
            Purpose::EmailChange => "email_change",
        }
    }

    /// The token's prefix, for secret scanners (codes have none).
    const fn prefix(self) -> &'static str {
        match self {
            Purpose::EmailVerification => "tev_",
            Purpose::PasswordReset => "tpr_",
            Purpose::MagicLink => "tml_",
            Purpose::EmailCode => "",
            Purpose::EmailChange => "tec_",
        }
    }

    pub(crate) const fn ttl_secs(self) -> i64 {
        match self {
            Purpose::EmailVerification => VERIFICATION_TTL_SECS,
            Purpose::PasswordReset => PASSWORD_RESET_TTL_SECS,
            Purpose::MagicLink => MAGIC_LINK_TTL_SECS,
            Purpose::EmailCode => EMAIL_CODE_TTL_SECS,
            Purpose::EmailChange => EMAIL_CHANGE_TTL_SECS,
        }
    }

    const fn template(self) -> Template {
        match self {
            Purpose::EmailVerification => Template::VerifyEmail,
            Purpose::PasswordReset => Template::PasswordReset,
            Purpose::MagicLink => Template::MagicLink,
            Purpose::EmailCode => Template::EmailCode,
            Purpose::EmailChange => Template::EmailChange,
        }
    }

    /// The landing page of the link, under `{public_url}/t/{slug}/`.
    const fn landing_path(self) -> &'static str {
        match self {
            Purpose::EmailVerification => "verify-email",
            Purpose::PasswordReset => "reset-password",
            Purpose::MagicLink | Purpose::EmailCode => "magic-link",
            Purpose::EmailChange => "confirm-email-change",
        }
    }

    /// The audit action prefix of the flow.
    const fn flow(self) -> &'static str {
        match self {
            Purpose::EmailVerification => "email_verification",
            Purpose::PasswordReset => "password_reset",
            Purpose::MagicLink => "magic_link",
            Purpose::EmailCode => "email_code",
            Purpose::EmailChange => "email_change",
        }
    }
}

fn new_token_id() -> String {
    format!("ott_{}", uuid::Uuid::now_v7().simple())
}

/// The storage hash of a code: salted with its row id, so equal codes hash differently.
fn code_hash(id: &str, code: &str) -> Vec<u8> {
    hash_secret(&format!("tessera email code\0{id}\0{code}")).to_vec()
}

/// A uniformly random six-digit code.
fn new_code() -> String {
    loop {
        let mut bytes = [0u8; 4];
        tessera_crypto::secret::fill_random(&mut bytes);
        let n = u32::from_le_bytes(bytes);
        // Reject the top sliver so every code is equally likely.
        if n < u32::MAX - (u32::MAX % 1_000_000) {
            return format!("{:06}", n % 1_000_000);
        }
    }
}

/// Stores a new secret for `user` (superseding older ones of the purpose) and returns it
/// with its expiry.
pub(crate) async fn issue(
    app: &App,
    tenant: &TenantRecord,
    user: &UserRecord,
    purpose: Purpose,
) -> Result<(String, i64)> {
    issue_with(app, tenant, user, purpose, None).await
}

/// [`issue`], with the new address an email-change token switches to.
async fn issue_with(
    app: &App,
    tenant: &TenantRecord,
    user: &UserRecord,
    purpose: Purpose,
    new_email: Option<&str>,
) -> Result<(String, i64)> {
    let now = app.clock.unix();
    let expires_at = now + purpose.ttl_secs();
    let id = new_token_id();
    let (secret, token_hash) = match purpose {
        Purpose::EmailCode => {
            let code = new_code();
            let hash = code_hash(&id, &code);
            (code, hash)
        }
        _ => {
            let token = generate_secret(purpose.prefix());
            let hash = hash_secret(&token).to_vec();
            (token, hash)
        }
    };
    app.db
        .issue_one_time_token(&OneTimeTokenRecord {
            id,
            tenant_id: tenant.id.clone(),
            user_id: user.id.clone(),
            purpose: purpose.as_str().to_owned(),
            email: user.email.clone(),
            token_hash,
            created_at: now,
            expires_at,
            used_at: None,
            attempts: 0,
            new_email: new_email.map(str::to_owned),
        })
        .await?;
    Ok((secret, expires_at))
}

/// The link in the email. The token travels in the URL fragment, which browsers never send
/// to a server: it stays out of access logs, proxies and `Referer` headers, and the landing
/// page posts it to the API.
pub(crate) fn link(app: &App, tenant: &TenantRecord, purpose: Purpose, token: &str) -> String {
    format!(
        "{}/t/{}/{}#token={token}",
        app.public_url,
        tenant.slug,
        purpose.landing_path()
    )
}

/// Renders the message of `purpose` for `user`, carrying `secret`.
async fn compose(
    app: &App,
    tenant: &TenantRecord,
    user: &UserRecord,
    purpose: Purpose,
    secret: &str,
) -> Result<OutgoingEmail> {
    let url = (purpose != Purpose::EmailCode).then(|| link(app, tenant, purpose, secret));
    let vars = Vars {
        tenant_name: &tenant.name,
        email: &user.email,
        name: user.name.as_deref(),
        link: url.as_deref(),
        code: (purpose == Purpose::EmailCode).then_some(secret),
        expires_minutes: purpose.ttl_secs() / 60,
        organization: None,
    };
    let template = purpose.template();
    let rendered = templates::render(app, tenant, template, user.locale.as_deref(), &vars).await?;
    Ok(OutgoingEmail {
        tenant_id: tenant.id.clone(),
        from: app.email.from_for(&tenant.name),
        to: user.email.clone(),
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        template: template.name(),
        locale: rendered.locale,
    })
}

/// Hands a message to the sender in the background, so neither the sender's latency nor
/// its failure shows in the answer. Failures are logged and audited (without the content).
pub(crate) fn dispatch(app: &App, ctx: &Context, message: OutgoingEmail) {
    let app = app.clone();
    let ctx = ctx.clone();
    tokio::spawn(async move {
        let now = app.clock.unix();
        if let Err(e) = app.email.sender.send(&message, now).await {
            delivery_failed(&app, &ctx, &message, &e).await;
        }
    });
}

async fn delivery_failed(app: &App, ctx: &Context, message: &OutgoingEmail, e: &DeliveryError) {
    tracing::warn!(
        tenant_id = %message.tenant_id,
        template = message.template,
        sender = app.email.sender.kind(),
        error = %e,
        "email delivery failed"
    );
    let details = json!({ "template": message.template, "to": message.to, "error": e.to_string() });
    if let Err(e) = audit::record(
        app,
        &message.tenant_id,
        ctx,
        "email.delivery_failed",
        None,
        details,
    )
    .await
    {
        tracing::warn!(error = %e, "could not audit an email delivery failure");
    }
}

/// Waits until `RESPONSE_FLOOR` has passed since `started`.
pub(crate) async fn pad(started: tokio::time::Instant) {
    tokio::time::sleep_until(started + RESPONSE_FLOOR).await;
}

fn accepted() -> EmailRequestAccepted {
    EmailRequestAccepted {
        message: ACCEPTED_MESSAGE.to_owned(),
    }
}

fn invalid_link() -> ServiceError {
    ServiceError::InvalidToken(
        "the link is not valid: it may have expired, been used already, or been replaced by a newer one; request a new one"
            .into(),
    )
}

fn invalid_code() -> ServiceError {
    ServiceError::InvalidCode(
        "the code is not correct, or it has expired or been used; check it, or request a new one"
            .into(),
    )
}

// ---------------------------------------------------------------------------------------
// Verification.

/// Sends the user a link that verifies their email (admin action). Unlike the anonymous
/// requests, this waits for the sender, so the administrator learns about a failure.
pub async fn send_verification(
    app: &App,
    ctx: &Context,
    slug: &str,
    user_id: &str,
) -> Result<VerificationEmailSent> {
    let tenant = tenants::find(app, slug).await?;
    let user = users::find(app, &tenant, user_id).await?;
    if user.disabled {
        return Err(ServiceError::Conflict(
            "the user is disabled; enable them before sending them email".into(),
        ));
    }
    if user.email_verified {
        return Err(ServiceError::Conflict(
            "the user's email is already verified".into(),
        ));
    }
    let purpose = Purpose::EmailVerification;
    let (token, expires_at) = issue(app, &tenant, &user, purpose).await?;
    let message = compose(app, &tenant, &user, purpose, &token).await?;
    if let Err(e) = app.email.sender.send(&message, app.clock.unix()).await {
        delivery_failed(app, ctx, &message, &e).await;
        return Err(ServiceError::DeliveryFailed(e.to_string()));
    }
    audit::record(
        app,
        &tenant.id,
        ctx,
        "email.verification_sent",
        Some(("user", &user.id)),
        json!({ "email": user.email, "locale": message.locale, "expires_at": expires_at }),
    )
    .await?;
    Ok(VerificationEmailSent {
        user_id: user.id,
        email: user.email,
        expires_at: from_unix(expires_at),
    })
}

/// Why a presented secret was refused (for the audit log only; callers hear one answer).
#[derive(Debug, Clone, Copy)]
enum Refusal {
    Malformed,
    Unknown,
    WrongPurpose,
    Used,
    Expired,
    EmailChanged,
}

impl Refusal {
    const fn as_str(self) -> &'static str {
        match self {
            Refusal::Malformed => "malformed",
            Refusal::Unknown => "unknown",
            Refusal::WrongPurpose => "wrong_purpose",
            Refusal::Used => "used_or_superseded",
            Refusal::Expired => "expired",
            Refusal::EmailChanged => "email_changed",
        }
    }
}

async fn refuse(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    purpose: Purpose,
    refusal: Refusal,
    user_id: Option<&str>,
) -> Result<ServiceError> {
    audit::record(
        app,
        &tenant.id,
        ctx,
        &format!("{}.failed", purpose.flow()),
        user_id.map(|id| ("user", id)),
        json!({ "reason": refusal.as_str() }),
    )
    .await?;
    Ok(invalid_link())
}

/// Finds the live link token `presented` of `purpose` and its user, without spending it.
async fn check_link_token(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    purpose: Purpose,
    presented: &str,
) -> Result<(OneTimeTokenRecord, UserRecord)> {
    let known_prefix = [
        Purpose::EmailVerification,
        Purpose::PasswordReset,
        Purpose::MagicLink,
        Purpose::EmailChange,
    ]
    .iter()
    .any(|p| presented.starts_with(p.prefix()));
    if presented.len() > 256 || presented.len() < 8 || !known_prefix {
        return Err(refuse(app, ctx, tenant, purpose, Refusal::Malformed, None).await?);
    }
    let Some(record) = app
        .db
        .one_time_token_by_hash(&tenant.id, &hash_secret(presented))
        .await?
    else {
        return Err(refuse(app, ctx, tenant, purpose, Refusal::Unknown, None).await?);
    };
    let user_id = Some(record.user_id.as_str());
    let now = app.clock.unix();
    let refusal = if record.purpose != purpose.as_str() {
        Some(Refusal::WrongPurpose)
    } else if record.used_at.is_some() {
        Some(Refusal::Used)
    } else if record.expires_at <= now {
        Some(Refusal::Expired)
    } else {
        None
    };
    if let Some(refusal) = refusal {
        return Err(refuse(app, ctx, tenant, purpose, refusal, user_id).await?);
    }
    let user = app.db.user_by_id(&tenant.id, &record.user_id).await?;
    let Some(user) = user else {
        return Err(refuse(app, ctx, tenant, purpose, Refusal::Unknown, user_id).await?);
    };
    if user.email != record.email {
        return Err(refuse(app, ctx, tenant, purpose, Refusal::EmailChanged, user_id).await?);
    }
    if user.disabled {
        audit::record(
            app,
            &tenant.id,
            &ctx.as_actor(Actor::User(user.id.clone())),
            &format!("{}.refused_disabled", purpose.flow()),
            Some(("user", &user.id)),
            Value::Null,
        )
        .await?;
        return Err(ServiceError::AccountDisabled);
    }
    Ok((record, user))
}

/// Spends a checked token; losing a race to a concurrent use is a refusal.
async fn spend(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    purpose: Purpose,
    record: &OneTimeTokenRecord,
) -> Result<()> {
    if app
        .db
        .consume_one_time_token(&tenant.id, &record.id, app.clock.unix())
        .await?
    {
        Ok(())
    } else {
        Err(refuse(
            app,
            ctx,
            tenant,
            purpose,
            Refusal::Used,
            Some(&record.user_id),
        )
        .await?)
    }
}

/// Marks the user's email verified (they just proved they read it); audited if it changed.
async fn mark_verified(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: &mut UserRecord,
    via: Purpose,
) -> Result<()> {
    if user.email_verified {
        return Ok(());
    }
    user.email_verified = true;
    user.updated_at = app.clock.unix();
    app.db.update_user(user).await?;
    audit::record(
        app,
        &tenant.id,
        &ctx.as_actor(Actor::User(user.id.clone())),
        "user.email_verified",
        Some(("user", &user.id)),
        json!({ "email": user.email, "via": via.flow() }),
    )
    .await
}

/// The landing of a verification link: marks the email verified.
pub async fn verify_email(
    app: &App,
    ctx: &Context,
    slug: &str,
    token: &str,
) -> Result<EmailVerified> {
    let tenant = tenants::find(app, slug).await?;
    let purpose = Purpose::EmailVerification;
    let (record, mut user) = check_link_token(app, ctx, &tenant, purpose, token).await?;
    spend(app, ctx, &tenant, purpose, &record).await?;
    mark_verified(app, ctx, &tenant, &mut user, purpose).await?;
    Ok(EmailVerified {
        user_id: user.id,
        email: user.email,
        email_verified: true,
    })
}

// ---------------------------------------------------------------------------------------
// Anonymous requests: reset, magic link, code.

/// The user `email` names, if a message of this kind may go to them, and why not otherwise.
async fn recipient(
    app: &App,
    tenant: &TenantRecord,
    email: &str,
) -> Result<(Option<UserRecord>, &'static str)> {
    Ok(match app.db.user_by_email(&tenant.id, email).await? {
        Some(user) if user.disabled => (None, "disabled"),
        Some(user) => (Some(user), "sent"),
        None => (None, "unknown_email"),
    })
}

fn normalise(email: &str) -> Result<String> {
    users::normalise_email(email).map_err(|m| ServiceError::invalid("/email", m))
}

/// Sends a password-reset link, a magic link or a code to `email` if it has an account that
/// may sign in. The answer is the same either way.
pub async fn request(
    app: &App,
    ctx: &Context,
    slug: &str,
    email: &str,
    purpose: Purpose,
) -> Result<EmailRequestAccepted> {
    let tenant = tenants::find(app, slug).await?;
    let email = normalise(email)?;
    rate_limits::check(
        app,
        ctx,
        &tenant.slug,
        rate_limits::EMAIL_SEND_BUCKET,
        &email,
        rate_limits::EMAIL_SEND_LIMIT,
    )
    .await?;
    let started = tokio::time::Instant::now();
    let (user, outcome) = recipient(app, &tenant, &email).await?;
    if let Some(user) = &user {
        let (secret, _) = issue(app, &tenant, user, purpose).await?;
        let message = compose(app, &tenant, user, purpose, &secret).await?;
        dispatch(app, ctx, message);
    }
    let sent = user.is_some();
    // `user_exists` and `reason` are for the tenant's administrators; the caller never sees them.
    let (action, target) = match (purpose, &user) {
        (Purpose::PasswordReset, _) => ("password_reset.requested", user.as_ref()),
        (_, Some(user)) => (
            if purpose == Purpose::MagicLink {
                "magic_link.sent"
            } else {
                "email_code.sent"
            },
            Some(user),
        ),
        (_, None) => (
            if purpose == Purpose::MagicLink {
                "magic_link.not_sent"
            } else {
                "email_code.not_sent"
            },
            None,
        ),
    };
    audit::record(
        app,
        &tenant.id,
        ctx,
        action,
        target.map(|u| ("user", u.id.as_str())),
        json!({ "email": email, "sent": sent, "reason": outcome }),
    )
    .await?;
    pad(started).await;
    Ok(accepted())
}

/// Sets a new password with a reset link's token; ends the user's sessions and lockout.
pub async fn confirm_password_reset(
    app: &App,
    ctx: &Context,
    slug: &str,
    token: &str,
    new_password: String,
) -> Result<()> {
    let tenant = tenants::find(app, slug).await?;
    let purpose = Purpose::PasswordReset;
    let (record, mut user) = check_link_token(app, ctx, &tenant, purpose, token).await?;
    // Bad input changes nothing: the token survives a password the policy refuses.
    password_policy::refuse_new(
        app,
        &tenant,
        "/new_password",
        &new_password,
        &user.email,
        user.name.as_deref(),
    )
    .await?;
    let hash = passwords::hash(app.password_params, new_password).await?;
    spend(app, ctx, &tenant, purpose, &record).await?;
    let now = app.clock.unix();
    user.password_hash = Some(hash);
    user.email_verified = true;
    user.updated_at = now;
    app.db.update_user(&user).await?;
    let revoked = app
        .db
        .revoke_user_sessions(&tenant.id, &user.id, None, "password_reset", now)
        .await?;
    app.counters
        .clear_login_failures(&tenant.id, &user.email)
        .await?;
    // Other links and codes sent before the reset die with the old password.
    app.db
        .invalidate_one_time_tokens(
            &tenant.id,
            &user.id,
            &[
                Purpose::PasswordReset.as_str(),
                Purpose::MagicLink.as_str(),
                Purpose::EmailCode.as_str(),
            ],
            now,
        )
        .await?;
    tracing::info!(tenant_id = %tenant.id, user_id = %user.id, revoked, "password reset");
    audit::record(
        app,
        &tenant.id,
        &ctx.as_actor(Actor::User(user.id.clone())),
        "password_reset.completed",
        Some(("user", &user.id)),
        json!({ "sessions_revoked": revoked }),
    )
    .await
}

/// After a proven mailbox (a first factor): a second-factor challenge when the user has one
/// (failures are cleared only once it succeeds too), otherwise a session.
async fn sign_in(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: UserRecord,
    method: &str,
) -> Result<LoginResponse> {
    match first_factor(app, ctx, tenant, user, method).await? {
        FirstFactor::MfaRequired(challenge) => Ok(LoginResponse::MfaRequired(challenge)),
        FirstFactor::Complete(user) => sessions::start_session(app, ctx, tenant, user, method)
            .await
            .map(LoginResponse::Session),
    }
}

/// A proven mailbox as a first factor: the second-factor challenge when the user has one,
/// otherwise the user, with their sign-in failures cleared. The API and the hosted pages
/// (which open a browser session instead of tokens) both finish from here.
pub(crate) async fn first_factor(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: UserRecord,
    method: &str,
) -> Result<FirstFactor> {
    if let Some(challenge) = mfa::challenge_if_enrolled(app, ctx, tenant, &user, method).await? {
        return Ok(FirstFactor::MfaRequired(challenge));
    }
    app.counters
        .clear_login_failures(&tenant.id, &user.email)
        .await?;
    Ok(FirstFactor::Complete(user))
}

/// Signs in with a magic link's token.
pub async fn verify_magic_link(
    app: &App,
    ctx: &Context,
    slug: &str,
    token: &str,
) -> Result<LoginResponse> {
    let tenant = tenants::find(app, slug).await?;
    let user = magic_link_user(app, ctx, &tenant, token).await?;
    sign_in(app, ctx, &tenant, user, "magic_link").await
}

/// Spends a magic link's token and returns its (now verified) user, still to go through
/// [`first_factor`].
pub(crate) async fn magic_link_user(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    token: &str,
) -> Result<UserRecord> {
    let purpose = Purpose::MagicLink;
    let (record, mut user) = check_link_token(app, ctx, tenant, purpose, token).await?;
    spend(app, ctx, tenant, purpose, &record).await?;
    mark_verified(app, ctx, tenant, &mut user, purpose).await?;
    Ok(user)
}

/// Counts a failed code against the email's sign-in lockout (shared with password login).
async fn count_failure(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    email: &str,
    details: Value,
) -> Result<()> {
    let failures = sessions::count_failure(app, ctx, tenant, email).await?;
    let mut details = details;
    if let Value::Object(map) = &mut details {
        map.insert("email".into(), json!(email));
        map.insert("failures".into(), json!(failures));
    }
    audit::record(app, &tenant.id, ctx, "email_code.failed", None, details).await
}

/// Signs in with an emailed code. Wrong codes count toward the email's lockout, and a code
/// dies after five wrong guesses.
pub async fn verify_email_code(
    app: &App,
    ctx: &Context,
    slug: &str,
    email: &str,
    code: &str,
) -> Result<LoginResponse> {
    let tenant = tenants::find(app, slug).await?;
    let user = email_code_user(app, ctx, &tenant, email, code).await?;
    sign_in(app, ctx, &tenant, user, "email_code").await
}

/// Checks and spends an emailed code and returns its (now verified) user, still to go
/// through [`first_factor`].
pub(crate) async fn email_code_user(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    email: &str,
    code: &str,
) -> Result<UserRecord> {
    let tenant = tenant.clone();
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ServiceError::invalid(
            "/code",
            "must be the six digits from the email",
        ));
    }
    // A malformed email cannot have a code; answer exactly as for a wrong code.
    let email = users::normalise_email(email).unwrap_or_else(|_| email.trim().to_lowercase());
    let now = app.clock.unix();
    if let Some(until) = app.counters.login_locked_until(&tenant.id, &email).await?
        && until > now
    {
        audit::record(
            app,
            &tenant.id,
            ctx,
            "session.login_locked_out",
            None,
            json!({ "email": email, "method": "email_code" }),
        )
        .await?;
        return Err(ServiceError::AccountLocked {
            retry_after_secs: u64::try_from(until - now).unwrap_or(1),
        });
    }
    let user = app.db.user_by_email(&tenant.id, &email).await?;
    let live = match &user {
        Some(user) => {
            app.db
                .live_one_time_token(&tenant.id, &user.id, Purpose::EmailCode.as_str(), now)
                .await?
        }
        None => None,
    };
    let (Some(mut user), Some(record)) = (user, live) else {
        count_failure(
            app,
            ctx,
            &tenant,
            &email,
            json!({ "reason": "no_live_code" }),
        )
        .await?;
        return Err(invalid_code());
    };
    if !constant_time_eq(&code_hash(&record.id, code), &record.token_hash) {
        let attempts = app
            .db
            .record_one_time_token_attempt(&tenant.id, &record.id, EMAIL_CODE_MAX_ATTEMPTS, now)
            .await?;
        let killed = attempts.is_some_and(|a| a >= EMAIL_CODE_MAX_ATTEMPTS);
        let details =
            json!({ "reason": "wrong_code", "attempts": attempts, "code_revoked": killed });
        count_failure(app, ctx, &tenant, &email, details).await?;
        return Err(invalid_code());
    }
    if user.email != record.email {
        count_failure(
            app,
            ctx,
            &tenant,
            &email,
            json!({ "reason": "email_changed" }),
        )
        .await?;
        return Err(invalid_code());
    }
    if user.disabled {
        audit::record(
            app,
            &tenant.id,
            &ctx.as_actor(Actor::User(user.id.clone())),
            "email_code.refused_disabled",
            Some(("user", &user.id)),
            Value::Null,
        )
        .await?;
        return Err(ServiceError::AccountDisabled);
    }
    if !app
        .db
        .consume_one_time_token(&tenant.id, &record.id, now)
        .await?
    {
        count_failure(app, ctx, &tenant, &email, json!({ "reason": "used" })).await?;
        return Err(invalid_code());
    }
    mark_verified(app, ctx, &tenant, &mut user, Purpose::EmailCode).await?;
    Ok(user)
}

// ---------------------------------------------------------------------------------------
// The development outbox.

/// The tenant's outbox, newest first.
pub async fn outbox(app: &App, slug: &str, params: OutboxQueryParams) -> Result<OutboxMessageList> {
    let tenant = tenants::find(app, slug).await?;
    let limit = crate::services::pagination::page_size(params.limit)?;
    let before = params
        .cursor
        .as_deref()
        .map(|c| crate::services::pagination::decode_cursor(c, "eml_"))
        .transpose()?;
    let to = params
        .to
        .as_deref()
        .map(normalise)
        .transpose()
        .map_err(|_| {
            ServiceError::invalid("/to", "is not an email address (expected name@domain)")
        })?;
    let mut records = app
        .db
        .outbox_messages(&tenant.id, to.as_deref(), before.as_deref(), limit + 1)
        .await?;
    let next_cursor =
        crate::services::pagination::next_cursor(&mut records, limit, |r| r.id.clone());
    Ok(OutboxMessageList {
        data: records
            .into_iter()
            .map(|r| OutboxMessage {
                id: r.id,
                to: r.to_address,
                from: r.from_address,
                subject: r.subject,
                text: r.text_body,
                html: r.html_body,
                template: r.template,
                locale: r.locale,
                created_at: from_unix(r.created_at),
            })
            .collect(),
        next_cursor,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_vary() {
        let codes: std::collections::HashSet<String> = (0..50).map(|_| new_code()).collect();
        assert!(codes.len() > 40);
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit()))
        );
    }

    #[test]
    fn code_hashes_are_salted() {
        assert_ne!(code_hash("ott_a", "123456"), code_hash("ott_b", "123456"));
        assert_eq!(code_hash("ott_a", "123456"), code_hash("ott_a", "123456"));
    }
}
