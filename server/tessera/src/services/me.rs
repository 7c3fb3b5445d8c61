//! Self-service: what a signed-in user may do to their own account.

use serde_json::Value;
use tessera_wire::{SessionList, UpdateProfile, User};

use super::access_tokens::SessionUser;
use super::audit::{self, Context};
use super::passwords::{self, Verified};
use super::{App, Result, ServiceError, password_policy, sessions, users};

pub fn profile(me: &SessionUser) -> Result<User> {
    users::to_wire(&me.user)
}

pub async fn update_profile(
    app: &App,
    ctx: &Context,
    me: SessionUser,
    input: UpdateProfile,
) -> Result<User> {
    let mut user = me.user;
    let mut errors = Vec::new();
    users::check_profile(
        input.name.as_deref(),
        input.picture.as_deref(),
        input.locale.as_deref(),
        None,
        &mut errors,
    );
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let mut fields = Vec::new();
    if input.name.is_some() {
        user.name = input.name;
        fields.push("name");
    }
    if input.picture.is_some() {
        user.picture = input.picture;
        fields.push("picture");
    }
    if input.locale.is_some() {
        user.locale = input.locale;
        fields.push("locale");
    }
    user.updated_at = app.clock.unix();
    app.db.update_user(&user).await?;
    audit::record(
        app,
        &me.tenant.id,
        ctx,
        "user.profile_updated",
        Some(("user", &user.id)),
        serde_json::json!({ "fields": fields }),
    )
    .await?;
    users::to_wire(&user)
}

/// How recent a sign-in must be to stand in for a password on an account without one.
pub const FRESH_SIGN_IN_SECS: i64 = 300;

/// Re-authentication for sensitive changes. With a password: the current password, whose
/// wrong guesses count toward the same lockout as sign-in (a stolen access token must not
/// become an unlimited password oracle). Without one: a sign-in no older than five minutes.
pub async fn confirm_password(
    app: &App,
    ctx: &Context,
    me: &SessionUser,
    password: Option<String>,
) -> Result<()> {
    let Some(stored) = me.user.password_hash.clone() else {
        if app.clock.unix() - me.session.created_at > FRESH_SIGN_IN_SECS {
            return Err(ServiceError::InvalidToken(
                "this account has no password: sign in again, then make this change within five minutes".into(),
            ));
        }
        return Ok(());
    };
    let Some(password) = password else {
        return Err(ServiceError::invalid(
            "/current_password",
            "is required to confirm this change",
        ));
    };
    sessions::check_lockout(app, ctx, &me.tenant, &me.user.email).await?;
    match passwords::verify(app.password_params, password, Some(stored)).await? {
        Verified::No => {
            sessions::count_failure(app, ctx, &me.tenant, &me.user.email).await?;
            Err(ServiceError::InvalidCredentials)
        }
        Verified::Yes | Verified::YesRehashed(_) => Ok(()),
    }
}

/// Changes the password and ends every other session of the user.
pub async fn change_password(
    app: &App,
    ctx: &Context,
    me: SessionUser,
    current_password: Option<String>,
    new_password: String,
) -> Result<()> {
    let mut user = me.user.clone();
    password_policy::refuse_new(
        app,
        &me.tenant,
        "/new_password",
        &new_password,
        &user.email,
        user.name.as_deref(),
    )
    .await?;
    confirm_password(app, ctx, &me, current_password).await?;
    user.password_hash = Some(passwords::hash(app.password_params, new_password).await?);
    let now = app.clock.unix();
    user.updated_at = now;
    app.db.update_user(&user).await?;
    let ended = app
        .db
        .revoke_user_sessions(
            &me.tenant.id,
            &user.id,
            Some(&me.session.id),
            "password_changed",
            now,
        )
        .await?;
    audit::record(
        app,
        &me.tenant.id,
        ctx,
        "user.password_changed",
        Some(("user", &user.id)),
        serde_json::json!({ "other_sessions_revoked": ended }),
    )
    .await?;
    Ok(())
}

/// Deletes the account, after re-authentication.
pub async fn delete_account(
    app: &App,
    ctx: &Context,
    me: SessionUser,
    password: Option<String>,
) -> Result<()> {
    confirm_password(app, ctx, &me, password).await?;
    if !app.db.delete_user(&me.tenant.id, &me.user.id).await? {
        return Err(ServiceError::NotFound(
            "the account no longer exists".into(),
        ));
    }
    audit::record(
        app,
        &me.tenant.id,
        ctx,
        "user.deleted",
        Some(("user", &me.user.id)),
        serde_json::json!({ "self_service": true }),
    )
    .await?;
    Ok(())
}

pub async fn list_sessions(app: &App, me: &SessionUser) -> Result<SessionList> {
    sessions::list(app, &me.tenant, &me.user.id).await
}

pub async fn revoke_session(
    app: &App,
    ctx: &Context,
    me: &SessionUser,
    session_id: &str,
) -> Result<()> {
    let now = app.clock.unix();
    if !app
        .db
        .revoke_session(
            &me.tenant.id,
            &me.user.id,
            session_id,
            "revoked_by_user",
            now,
        )
        .await?
    {
        return Err(ServiceError::NotFound(format!(
            "you have no live session {session_id:?}"
        )));
    }
    audit::record(
        app,
        &me.tenant.id,
        ctx,
        "session.revoked",
        Some(("session", session_id)),
        Value::Null,
    )
    .await?;
    Ok(())
}

/// The user's own second factor: every change but confirming an enrolment needs the current
/// password, so a stolen access token alone cannot enrol an attacker's authenticator or
/// strip the user's.
pub mod mfa {
    use tessera_wire::{ConfirmTotp, RecoveryCodes, TotpEnrolment, TotpStatus};

    use super::{App, Context, Result, SessionUser, confirm_password};
    use crate::services::mfa;

    pub async fn status(app: &App, me: &SessionUser) -> Result<TotpStatus> {
        mfa::status(app, &me.tenant, &me.user.id).await
    }

    pub async fn start(
        app: &App,
        ctx: &Context,
        me: &SessionUser,
        password: Option<String>,
    ) -> Result<TotpEnrolment> {
        confirm_password(app, ctx, me, password).await?;
        mfa::start_enrolment(app, ctx, &me.tenant, &me.user.id).await
    }

    pub async fn confirm(
        app: &App,
        ctx: &Context,
        me: &SessionUser,
        input: ConfirmTotp,
    ) -> Result<RecoveryCodes> {
        mfa::confirm(app, ctx, &me.tenant, &me.user.id, input).await
    }

    pub async fn disable(
        app: &App,
        ctx: &Context,
        me: &SessionUser,
        password: Option<String>,
    ) -> Result<()> {
        confirm_password(app, ctx, me, password).await?;
        mfa::disable(app, ctx, &me.tenant, &me.user.id).await
    }

    pub async fn regenerate(
        app: &App,
        ctx: &Context,
        me: &SessionUser,
        password: Option<String>,
    ) -> Result<RecoveryCodes> {
        confirm_password(app, ctx, me, password).await?;
        mfa::regenerate_recovery_codes(app, ctx, &me.tenant, &me.user.id).await
    }
}
