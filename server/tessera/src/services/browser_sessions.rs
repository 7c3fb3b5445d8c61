//! Hosted sign-in sessions: what the browser's session cookie at `/t/{tenant}/` stands for.
//!
//! A browser session is a row of `sessions` (so it is listed, revoked with the user's other
//! sessions, and ended when the user is disabled) plus the hash of the cookie value and when
//! and how the user authenticated, which ID tokens report as `auth_time` and `amr`.

use serde_json::json;
use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::{BrowserSessionRecord, TenantRecord, UserRecord};

use super::access_tokens::SessionUser;
use super::audit::{self, Actor, Context};
use super::{App, Result};

const COOKIE_PREFIX: &str = "tbs_";

/// A live hosted sign-in.
#[derive(Debug, Clone)]
pub struct BrowserSession {
    pub id: String,
    pub user: UserRecord,
    pub auth_time: i64,
    pub amr: Vec<String>,
}

/// Opens a browser session for a user who has just signed in at the hosted pages. Returns
/// the session and the cookie value (shown only here).
pub async fn start(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    mut user: UserRecord,
    amr: &[&str],
) -> Result<(BrowserSession, String)> {
    let now = app.clock.unix();
    user.last_login_at = Some(now);
    app.db.update_user(&user).await?;
    let expires_at = now + app.session_settings.session_lifetime_secs;
    let session = super::sessions::new_session(ctx, &tenant.id, &user.id, now, expires_at);
    let cookie = generate_secret(COOKIE_PREFIX);
    let amr_json = serde_json::to_string(amr).unwrap_or_else(|_| "[]".into());
    app.db
        .insert_browser_session(&session, &hash_secret(&cookie), now, &amr_json)
        .await?;
    tracing::info!(tenant_id = %tenant.id, user_id = %user.id, session_id = %session.id, "signed in at the hosted pages");
    audit::record(
        app,
        &tenant.id,
        &ctx.as_actor(Actor::User(user.id.clone())),
        "session.login_succeeded",
        Some(("session", &session.id)),
        json!({ "method": amr.last().copied().unwrap_or("pwd"), "hosted": true }),
    )
    .await?;
    Ok((
        BrowserSession {
            id: session.id,
            user,
            auth_time: now,
            amr: amr.iter().map(|m| (*m).to_owned()).collect(),
        },
        cookie,
    ))
}

/// The live browser session a cookie value names: not revoked or expired, and its user
/// still enabled.
pub async fn find(
    app: &App,
    tenant: &TenantRecord,
    cookie: Option<&str>,
) -> Result<Option<BrowserSession>> {
    let Some(cookie) = cookie.filter(|c| c.starts_with(COOKIE_PREFIX) && c.len() < 256) else {
        return Ok(None);
    };
    let Some(record) = app
        .db
        .browser_session(&tenant.id, &hash_secret(cookie))
        .await?
    else {
        return Ok(None);
    };
    live(app, tenant, record).await
}

/// The signed-in user of a live browser session, in the shape the self-service (`me`)
/// services take, so the hosted account pages reuse them as they are.
pub async fn session_user(
    app: &App,
    tenant: &TenantRecord,
    cookie: Option<&str>,
) -> Result<Option<(BrowserSession, SessionUser)>> {
    let Some(cookie) = cookie.filter(|c| c.starts_with(COOKIE_PREFIX) && c.len() < 256) else {
        return Ok(None);
    };
    let Some(record) = app
        .db
        .browser_session(&tenant.id, &hash_secret(cookie))
        .await?
    else {
        return Ok(None);
    };
    let session = record.session.clone();
    Ok(live(app, tenant, record).await?.map(|browser| {
        let me = SessionUser {
            tenant: tenant.clone(),
            user: browser.user.clone(),
            session,
        };
        (browser, me)
    }))
}

/// The browser session with this id, if live (for a pending authorization request).
pub async fn by_id(
    app: &App,
    tenant: &TenantRecord,
    session_id: &str,
    cookie: Option<&str>,
) -> Result<Option<BrowserSession>> {
    Ok(find(app, tenant, cookie)
        .await?
        .filter(|session| session.id == session_id))
}

async fn live(
    app: &App,
    tenant: &TenantRecord,
    record: BrowserSessionRecord,
) -> Result<Option<BrowserSession>> {
    let now = app.clock.unix();
    let session = &record.session;
    if session.revoked_at.is_some() || session.expires_at <= now {
        return Ok(None);
    }
    let Some(user) = app
        .db
        .user_by_id(&tenant.id, &session.user_id)
        .await?
        .filter(|u| !u.disabled)
    else {
        return Ok(None);
    };
    Ok(Some(BrowserSession {
        id: record.session.id,
        user,
        auth_time: record.auth_time,
        amr: serde_json::from_str(&record.amr).unwrap_or_default(),
    }))
}

/// Ends a browser session and every client grant made through it.
pub async fn end(
    app: &App,
    ctx: &Context,
    tenant: &TenantRecord,
    session: &BrowserSession,
) -> Result<()> {
    let revoked = app
        .db
        .revoke_browser_session(&tenant.id, &session.id, "logout", app.clock.unix())
        .await?;
    if revoked > 0 {
        audit::record(
            app,
            &tenant.id,
            &ctx.as_actor(Actor::User(session.user.id.clone())),
            "session.logout",
            Some(("session", &session.id)),
            json!({ "hosted": true, "sessions_revoked": revoked }),
        )
        .await?;
    }
    Ok(())
}
