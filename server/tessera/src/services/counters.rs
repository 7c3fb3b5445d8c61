//! Where the brute-force counters live: the per-IP rate-limit windows and the per-account
//! failed-login counts with their locks. Both must be shared by every replica, so they go in
//! the database by default, or in Redis when `redis_url` is configured (one round trip to
//! memory instead of a database write on every sign-in attempt).
//!
//! **Redis down ⇒ fall back to the database.** Failing closed would let a Redis outage
//! refuse every sign-in (an attacker who can knock Redis over locks everyone out); failing
//! open would drop brute-force defence exactly when someone may be attacking. The database is
//! still shared by all replicas, so during an outage limits stay enforced, only counted from
//! zero again: an attacker gains at most one window's budget and one lockout threshold per
//! outage. Each failed Redis call is logged (`warn`) and retried on the next request, so the
//! counters move back to Redis as soon as it answers.

use std::time::Duration;

use redis::AsyncCommands;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use tessera_store::Db;

use super::Result;

/// A Redis command never holds a sign-in longer than this before the database takes over.
const REDIS_TIMEOUT: Duration = Duration::from_millis(500);
/// Failure counts in Redis are forgotten a day after the last failure (a lock never lasts
/// longer than `lockout_max_secs`, an hour by default), so attacker-chosen emails cannot
/// fill its memory for good.
const FAILURES_TTL_SECS: i64 = 24 * 3600;

/// The brute-force counters: the database, or Redis with the database as fallback.
#[derive(Clone)]
pub struct Counters {
    db: Db,
    redis: Option<ConnectionManager>,
}

impl Counters {
    /// Counters in the database only.
    pub fn database(db: Db) -> Self {
        Self { db, redis: None }
    }

    /// Counters in Redis at `url` (`redis://[:password@]host[:port][/db]` or `rediss://`).
    /// Connects lazily, so a replica starts even while Redis is down.
    pub fn redis(db: Db, url: &str) -> std::result::Result<Self, String> {
        let client = redis::Client::open(url).map_err(|e| {
            format!("{e} (expected redis://[:password@]host[:port][/db] or rediss://…)")
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(REDIS_TIMEOUT))
            .set_response_timeout(Some(REDIS_TIMEOUT))
            .set_number_of_retries(1)
            .set_max_delay(REDIS_TIMEOUT);
        let manager = ConnectionManager::new_lazy_with_config(client, config)
            .map_err(|e| format!("cannot set up the Redis client: {e}"))?;
        Ok(Self {
            db,
            redis: Some(manager),
        })
    }

    pub fn uses_redis(&self) -> bool {
        self.redis.is_some()
    }

    /// Whether Redis answers a `PING` (for the startup log).
    pub async fn ping_redis(&self) -> std::result::Result<(), String> {
        let Some(mut redis) = self.redis.clone() else {
            return Ok(());
        };
        redis::cmd("PING")
            .query_async::<String>(&mut redis)
            .await
            .map(drop)
            .map_err(|e| e.to_string())
    }

    /// Counts one request of `key` in `bucket` of tenant `slug` in the window starting at
    /// `window_start`; returns the window's count including this one.
    pub async fn hit_rate_limit(
        &self,
        slug: &str,
        bucket: &str,
        key: &str,
        window_start: i64,
        window_secs: u32,
    ) -> Result<i64> {
        if let Some(redis) = &self.redis {
            // The free-form key (an IPv6 address has colons) goes last.
            let redis_key = format!("tessera:rl:{slug}:{bucket}:{window_start}:{key}");
            let counted: redis::RedisResult<(i64, bool)> = redis::pipe()
                .atomic()
                .incr(&redis_key, 1)
                .expire(&redis_key, i64::from(window_secs) + 1)
                .query_async(&mut redis.clone())
                .await;
            match counted {
                Ok((count, _)) => return Ok(count),
                Err(e) => fallback("rate limit", &e),
            }
        }
        let count = self
            .db
            .hit_rate_limit(slug, bucket, key, window_start)
            .await?;
        if count == 1 {
            // A key's first request of a window: drop the windows that have ended. Cheap (an
            // indexed range delete) and spread over time, with no background task. Redis
            // needs none of this: its keys expire.
            let pruned = self.db.prune_rate_limits(window_start).await?;
            if pruned > 0 {
                tracing::debug!(pruned, "pruned ended rate-limit windows");
            }
        }
        Ok(count)
    }

    /// When the sign-in of `email` is locked until, if a lock is recorded.
    pub async fn login_locked_until(&self, tenant_id: &str, email: &str) -> Result<Option<i64>> {
        Ok(self.login_failure(tenant_id, email).await?.flatten())
    }

    /// Whether failures of `email` are recorded (`Some`), with its lock if it has one.
    pub async fn login_failure(&self, tenant_id: &str, email: &str) -> Result<Option<Option<i64>>> {
        if let Some(redis) = &self.redis {
            let fields: redis::RedisResult<(Option<i64>, Option<i64>)> = redis::cmd("HMGET")
                .arg(failures_key(tenant_id, email))
                .arg("failures")
                .arg("locked_until")
                .query_async(&mut redis.clone())
                .await;
            match fields {
                Ok((None, None)) => return Ok(None),
                Ok((_, until)) => return Ok(Some(until)),
                Err(e) => fallback("lockout", &e),
            }
        }
        Ok(self.db.login_failure(tenant_id, email).await?)
    }

    /// Counts one more failed sign-in of `email`; returns the count.
    pub async fn record_login_failure(
        &self,
        tenant_id: &str,
        email: &str,
        now: i64,
    ) -> Result<i64> {
        if let Some(redis) = &self.redis {
            let key = failures_key(tenant_id, email);
            let counted: redis::RedisResult<(i64, bool)> = redis::pipe()
                .atomic()
                .hincr(&key, "failures", 1)
                .expire(&key, FAILURES_TTL_SECS)
                .query_async(&mut redis.clone())
                .await;
            match counted {
                Ok((failures, _)) => return Ok(failures),
                Err(e) => fallback("lockout", &e),
            }
        }
        Ok(self.db.record_login_failure(tenant_id, email, now).await?)
    }

    /// Locks the sign-in of `email` until `until` (unix seconds).
    pub async fn lock_login(&self, tenant_id: &str, email: &str, until: i64) -> Result<()> {
        if let Some(redis) = &self.redis {
            let locked: redis::RedisResult<()> = redis
                .clone()
                .hset(failures_key(tenant_id, email), "locked_until", until)
                .await;
            match locked {
                Ok(()) => return Ok(()),
                Err(e) => fallback("lockout", &e),
            }
        }
        Ok(self.db.lock_login(tenant_id, email, until).await?)
    }

    /// Forgets the failures and lock of `email` (a successful sign-in, an admin unlock, a
    /// password reset). Clears both stores, so nothing counted during a Redis outage
    /// outlives an unlock. Returns whether anything was recorded.
    pub async fn clear_login_failures(&self, tenant_id: &str, email: &str) -> Result<bool> {
        let mut cleared = false;
        if let Some(redis) = &self.redis {
            let deleted: redis::RedisResult<i64> =
                redis.clone().del(failures_key(tenant_id, email)).await;
            match deleted {
                Ok(n) => cleared = n > 0,
                Err(e) => fallback("lockout", &e),
            }
        }
        Ok(self.db.clear_login_failures(tenant_id, email).await? || cleared)
    }
}

/// The hash of one account's failures: fields `failures` and `locked_until`. The email is
/// last because it is free-form; tenant ids have no colon.
fn failures_key(tenant_id: &str, email: &str) -> String {
    format!("tessera:lf:{tenant_id}:{email}")
}

fn fallback(what: &str, error: &redis::RedisError) {
    tracing::warn!(
        error = %error,
        "Redis is unavailable; the {what} counter falls back to the database"
    );
}
