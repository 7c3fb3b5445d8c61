//! The `audit_events` table: per-tenant hash chains, append-only.

use crate::{Db, Result, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEventRecord {
    pub tenant_id: String,
    pub seq: i64,
    pub id: String,
    pub occurred_at: i64,
    pub action: String,
    pub actor_type: String,
    pub actor_id: Option<String>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
}

/// Filters of an audit query; all present ones must match.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub actor_id: Option<String>,
    pub target_id: Option<String>,
    pub since: Option<i64>,
    pub until: Option<i64>,
}

macro_rules! columns {
    () => {
        "tenant_id, seq, id, occurred_at, action, actor_type, actor_id, target_type, target_id, ip, user_agent, \
         request_id, details, prev_hash, hash"
    };
}

impl Db {
    /// The last link of a tenant's chain: `(seq, hash)`.
    pub async fn last_audit_link(&self, tenant_id: &str) -> Result<Option<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT seq, hash FROM audit_events WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1",
        )
        .bind(tenant_id)
        .fetch_optional(pool)
        .await)?)
    }

    /// Appends an event. A concurrent append that took the same `seq` first makes this a
    /// [`crate::StoreError::UniqueViolation`]: re-read the last link and retry.
    pub async fn insert_audit_event(&self, event: &AuditEventRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!("INSERT INTO audit_events (", columns!(), ") \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"))
            .bind(&event.tenant_id)
            .bind(event.seq)
            .bind(&event.id)
            .bind(event.occurred_at)
            .bind(&event.action)
            .bind(&event.actor_type)
            .bind(&event.actor_id)
            .bind(&event.target_type)
            .bind(&event.target_id)
            .bind(&event.ip)
            .bind(&event.user_agent)
            .bind(&event.request_id)
            .bind(&event.details)
            .bind(&event.prev_hash)
            .bind(&event.hash)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Up to `limit` events after `after_seq` matching `filter`, in chain order.
    pub async fn audit_events(
        &self,
        tenant_id: &str,
        filter: &AuditFilter,
        after_seq: i64,
        limit: u32,
    ) -> Result<Vec<AuditEventRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM audit_events WHERE tenant_id = $1 AND seq > $2 \
             AND ($3 IS NULL OR action = $3) AND ($4 IS NULL OR actor_id = $4) AND ($5 IS NULL OR target_id = $5) \
             AND ($6 IS NULL OR occurred_at >= $6) AND ($7 IS NULL OR occurred_at < $7) \
             ORDER BY seq LIMIT $8"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(after_seq)
            .bind(filter.action.as_deref())
            .bind(filter.actor_id.as_deref())
            .bind(filter.target_id.as_deref())
            .bind(filter.since)
            .bind(filter.until)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }
}
