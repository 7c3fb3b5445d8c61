//! Self-service email change, in two steps, so that an address is never switched to one its
//! owner has not proven they read.
//!
//! 1. [`request`]: the signed-in person names the new address and re-authenticates (current
//!    password, or a sign-in of the last five minutes on an account without one: the same
//!    rule as every other sensitive self-service change, [`me::confirm_password`]). Nothing
//!    changes yet: a single-use `tec_` token (SHA-256 hash stored, one hour) goes to the new
//!    address, and a notice that names the new address only masked (`n***@example.com`) goes
//!    to the current one, so its owner learns of a change they did not ask for. A new
//!    request supersedes the pending one.
//! 2. [`confirm`]: the link's landing spends the token and switches the address, verified,
//!    in one transaction. The token is bound to the address it was issued for, so it dies if
//!    the address changes some other way first.
//!
//! The new address must be free in the tenant when asked for and again when confirmed (a
//! unique index backs the second check against races). Sessions are kept, as Auth0 does:
//! the change proved both the password and the new mailbox and revokes no credential; the
//! notice points the owner of the old address at the account's devices. Links, codes and
//! lockout counters issued for the old address stop working with it.

use serde_json::json;
use tessera_store::{OneTimeTokenRecord, StoreError, TenantRecord, UserRecord};

use super::super::access_tokens::SessionUser;
use super::super::audit::{self, Actor, Context};
use super::super::{App, Result, ServiceError, me, rate_limits};
use super::templates::{self, Template, Vars};
use super::{OutgoingEmail, Purpose, Refusal, check_link_token, dispatch, issue_with, link};

/// What a change request answers: where the link went, masked, and until when it works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRequested {
    pub masked_new_email: String,
    pub expires_at: i64,
}

/// `nora@example.com` → `n***@example.com`: enough for the owner to recognise, too little to
/// hand an address to whoever reads the old mailbox.
pub fn mask(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

fn taken() -> ServiceError {
    ServiceError::AlreadyExists(
        "another account of this tenant already uses that address; choose another one".into(),
    )
}

/// Asks to move the signed-in person's account to `new_email`. Wrong re-authentication, a
/// malformed, unchanged or taken address, or too many messages to either address send
/// nothing and change nothing.
pub async fn request(
    app: &App,
    ctx: &Context,
    me: &SessionUser,
    new_email: &str,
    current_password: Option<String>,
) -> Result<ChangeRequested> {
    let tenant = &me.tenant;
    let user = &me.user;
    let new_email = super::normalise(new_email).map_err(|_| {
        ServiceError::invalid(
            "/new_email",
            "is not an email address (expected name@domain)",
        )
    })?;
    if new_email == user.email {
        return Err(ServiceError::Conflict(
            "that is already the account's address".into(),
        ));
    }
    // Re-authentication first: before it, the answer must not tell whether an address is taken.
    me::confirm_password(app, ctx, me, current_password).await?;
    for address in [&new_email, &user.email] {
        rate_limits::check(
            app,
            ctx,
            &tenant.slug,
            rate_limits::EMAIL_SEND_BUCKET,
            address,
            rate_limits::EMAIL_SEND_LIMIT,
        )
        .await?;
    }
    if app
        .db
        .user_by_email(&tenant.id, &new_email)
        .await?
        .is_some()
    {
        audit::record(
            app,
            &tenant.id,
            ctx,
            "email_change.refused",
            Some(("user", &user.id)),
            json!({ "reason": "address_taken" }),
        )
        .await?;
        return Err(taken());
    }
    let purpose = Purpose::EmailChange;
    let (token, expires_at) = issue_with(app, tenant, user, purpose, Some(&new_email)).await?;
    let url = link(app, tenant, purpose, &token);
    let confirmation = compose(
        app,
        tenant,
        user,
        Template::EmailChange,
        &new_email,
        &new_email,
        Some(&url),
    )
    .await?;
    // The link waits for the sender, so the person hears about a failure; the notice need not.
    if let Err(e) = app.email.sender.send(&confirmation, app.clock.unix()).await {
        super::delivery_failed(app, ctx, &confirmation, &e).await;
        return Err(ServiceError::DeliveryFailed(e.to_string()));
    }
    let masked = mask(&new_email);
    let notice = compose(
        app,
        tenant,
        user,
        Template::EmailChangeNotice,
        &user.email,
        &masked,
        None,
    )
    .await?;
    dispatch(app, ctx, notice);
    audit::record(
        app,
        &tenant.id,
        ctx,
        "email_change.requested",
        Some(("user", &user.id)),
        json!({ "expires_at": expires_at }),
    )
    .await?;
    Ok(ChangeRequested {
        masked_new_email: masked,
        expires_at,
    })
}

/// Renders one message of the change for `user`, to `to`, with `shown` as its `email`.
async fn compose(
    app: &App,
    tenant: &TenantRecord,
    user: &UserRecord,
    template: Template,
    to: &str,
    shown: &str,
    url: Option<&str>,
) -> Result<OutgoingEmail> {
    let vars = Vars {
        tenant_name: &tenant.name,
        email: shown,
        name: user.name.as_deref(),
        link: url,
        code: None,
        expires_minutes: Purpose::EmailChange.ttl_secs() / 60,
        organization: None,
    };
    let rendered = templates::render(app, tenant, template, user.locale.as_deref(), &vars).await?;
    Ok(OutgoingEmail {
        tenant_id: tenant.id.clone(),
        from: app.email.from_for(&tenant.name),
        to: to.to_owned(),
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        template: template.name(),
        locale: rendered.locale,
    })
}

/// The landing of the link: switches the account to the new address, verified. A taken
/// address changes nothing and leaves the link usable (the other account may go away).
pub async fn confirm(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    token: &str,
) -> Result<UserRecord> {
    let purpose = Purpose::EmailChange;
    let (record, mut user) = check_link_token(app, ctx, tenant, purpose, token).await?;
    let Some(new_email) = record.new_email.clone() else {
        return Err(
            super::refuse(app, ctx, tenant, purpose, Refusal::Unknown, Some(&user.id)).await?,
        );
    };
    let as_user = ctx.as_actor(Actor::User(user.id.clone()));
    if app
        .db
        .user_by_email(&tenant.id, &new_email)
        .await?
        .is_some()
    {
        return Err(refuse_taken(app, &as_user, tenant, &user).await?);
    }
    let now = app.clock.unix();
    match app.db.confirm_email_change(&record, now).await {
        Ok(true) => {}
        Ok(false) => {
            return Err(
                super::refuse(app, ctx, tenant, purpose, Refusal::Used, Some(&user.id)).await?,
            );
        }
        Err(StoreError::UniqueViolation) => {
            return Err(refuse_taken(app, &as_user, tenant, &user).await?);
        }
        Err(e) => return Err(e.into()),
    }
    user.email = new_email;
    user.email_verified = true;
    user.updated_at = now;
    tracing::info!(tenant_id = %tenant.id, user_id = %user.id, "email address changed");
    audit::record(
        app,
        &tenant.id,
        &as_user,
        "user.email_changed",
        Some(("user", &user.id)),
        json!({ "via": "self_service", "sessions_kept": true }),
    )
    .await?;
    Ok(user)
}

async fn refuse_taken(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    user: &UserRecord,
) -> Result<ServiceError> {
    audit::record(
        app,
        &tenant.id,
        ctx,
        "email_change.failed",
        Some(("user", &user.id)),
        json!({ "reason": "address_taken" }),
    )
    .await?;
    Ok(taken())
}

/// The live pending change of a user, if any: the masked address it goes to.
pub async fn pending(app: &App, me: &SessionUser) -> Result<Option<String>> {
    let live: Option<OneTimeTokenRecord> = app
        .db
        .live_one_time_token(
            &me.tenant.id,
            &me.user.id,
            Purpose::EmailChange.as_str(),
            app.clock.unix(),
        )
        .await?;
    Ok(live
        .filter(|r| r.email == me.user.email)
        .and_then(|r| r.new_email)
        .map(|e| mask(&e)))
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn masks_all_but_the_first_character_and_the_domain() {
        assert_eq!(mask("nora@example.com"), "n***@example.com");
        assert_eq!(mask("n@example.com"), "n***@example.com");
        assert_eq!(mask("émile@exemple.fr"), "é***@exemple.fr");
        assert_eq!(mask("nonsense"), "***");
    }
}
