//! Request rate limits shared by every replica: fixed-window counters in the database, or
//! in Redis when configured ([`super::counters`]).
//!
//! Each request counts once in the current window of its (tenant, bucket, key), by one
//! upsert that returns the new count, so N replicas behind a load balancer enforce one limit
//! together. Past the limit the answer is `429 rate_limited` with `Retry-After` until the
//! window ends.

use serde_json::json;

use super::audit::{self, Context};
use super::{App, Result, ServiceError};

/// The bucket of the per-IP limit on the sign-in API (`/t/{tenant}/auth/…`).
pub const AUTH_IP_BUCKET: &str = "auth_ip";

/// The bucket of the per-address limit on anonymous requests that email an address
/// (password reset, magic link, email code), keyed by the normalised email.
pub const EMAIL_SEND_BUCKET: &str = "email_send";

/// At most 10 such emails to one address per 15 minutes, whoever asks and from wherever: a
/// flood of requests cannot flood a mailbox. Counted whether or not the address has an
/// account, so the limit reveals nothing about which addresses exist.
pub const EMAIL_SEND_LIMIT: RateLimit = RateLimit {
    max_requests: 10,
    window_secs: 15 * 60,
};

/// A limit: at most `max_requests` per `window_secs`; `max_requests == 0` turns it off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub max_requests: u32,
    pub window_secs: u32,
}

impl RateLimit {
    pub const DEFAULT_AUTH_PER_MINUTE: u32 = 60;

    pub const fn per_minute(max_requests: u32) -> Self {
        Self {
            max_requests,
            window_secs: 60,
        }
    }

    pub const fn is_enabled(self) -> bool {
        self.max_requests > 0 && self.window_secs > 0
    }
}

/// Counts one request of `key` against `limit` in `bucket` of the tenant `slug`; refuses
/// it with [`ServiceError::RateLimited`] once the window's count passes the limit.
///
/// `slug` is the tenant as the request names it, counted before the tenant is looked up, so
/// requests for unknown tenants are limited too. The first refusal of a window is audited
/// (when the tenant exists); later ones are not, so a flood cannot flood the audit log.
pub async fn check(
    app: &App,
    ctx: &Context,
    slug: &str,
    bucket: &str,
    key: &str,
    limit: RateLimit,
) -> Result<()> {
    if !limit.is_enabled() {
        return Ok(());
    }
    let now = app.clock.unix();
    let window = i64::from(limit.window_secs);
    let window_start = now - now.rem_euclid(window);
    let count = app
        .counters
        .hit_rate_limit(slug, bucket, key, window_start, limit.window_secs)
        .await?;
    if count <= i64::from(limit.max_requests) {
        return Ok(());
    }
    let retry_after_secs = u64::try_from(window_start + window - now).unwrap_or(1);
    if count == i64::from(limit.max_requests) + 1 {
        tracing::warn!(tenant = %slug, bucket, key, limit = limit.max_requests, "rate limit reached");
        if let Some(tenant) = app.db.tenant_by_slug(slug).await? {
            audit::record(
                app,
                &tenant.id,
                ctx,
                "rate_limit.exceeded",
                None,
                json!({
                    "bucket": bucket,
                    "key": key,
                    "limit": limit.max_requests,
                    "window_secs": limit.window_secs,
                }),
            )
            .await?;
        }
    }
    Err(ServiceError::RateLimited { retry_after_secs })
}
