//! The `rate_limit_counters` table: fixed-window request counters every replica shares.

use crate::{Db, Result, on_pool};

impl Db {
    /// Counts one request of `key` in `bucket` of `tenant` in the window that starts at
    /// `window_start`, returning the window's count including this request. One statement,
    /// so concurrent requests on any replica each get a distinct count.
    pub async fn hit_rate_limit(
        &self,
        tenant: &str,
        bucket: &str,
        key: &str,
        window_start: i64,
    ) -> Result<i64> {
        let sql = "INSERT INTO rate_limit_counters (tenant, bucket, key, window_start, count) \
                   VALUES ($1, $2, $3, $4, 1) \
                   ON CONFLICT (tenant, bucket, key, window_start) \
                   DO UPDATE SET count = rate_limit_counters.count + 1 RETURNING count";
        Ok(on_pool!(self, pool => sqlx::query_scalar(sql)
            .bind(tenant)
            .bind(bucket)
            .bind(key)
            .bind(window_start)
            .fetch_one(pool)
            .await)?)
    }

    /// Deletes the counters of windows that started before `before`; returns how many.
    pub async fn prune_rate_limits(&self, before: i64) -> Result<u64> {
        Ok(on_pool!(self, pool => sqlx::query(
            "DELETE FROM rate_limit_counters WHERE window_start < $1",
        )
        .bind(before)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?)
    }
}
