//! The audit log: who did what, to what, from where — append-only and hash-chained per
//! tenant, so editing or deleting a stored event breaks every link after it.
//!
//! Each event's hash is SHA-256 over a JSON array of its fields in a fixed order, ending
//! with the previous event's hash. Callers pass facts, never secrets: passwords, tokens
//! and keys have no place in `details`.

use aws_lc_rs::digest;
use serde_json::{Map, Value, json};
use tessera_store::{AuditEventRecord, AuditFilter, StoreError};
use tessera_wire::{AuditEvent, AuditEventList, AuditVerification};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::{App, Result, ServiceError, tenants};
use crate::clock::from_unix;

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who acts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Actor {
    #[default]
    Anonymous,
    /// An admin key, by id.
    Admin(String),
    /// An end user, by id.
    User(String),
    /// The operator at the command line.
    Operator,
}

impl Actor {
    fn parts(&self) -> (&'static str, Option<String>) {
        match self {
            Actor::Anonymous => ("anonymous", None),
            Actor::Admin(id) => ("admin", Some(id.clone())),
            Actor::User(id) => ("user", Some(id.clone())),
            Actor::Operator => ("operator", None),
        }
    }
}

/// The who and where of a request, recorded with every event it causes.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub actor: Actor,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

impl Context {
    pub fn operator() -> Self {
        Context {
            actor: Actor::Operator,
            ..Context::default()
        }
    }

    /// The same request, acting as `actor`.
    pub fn as_actor(&self, actor: Actor) -> Self {
        Context {
            actor,
            ..self.clone()
        }
    }
}

/// A fixed set of locks, one picked per tenant by hash: bounded memory whatever the number
/// of tenants, and tenants that share a stripe only wait for each other's appends.
fn append_lock(tenant_id: &str) -> &'static tokio::sync::Mutex<()> {
    static STRIPES: std::sync::OnceLock<Vec<tokio::sync::Mutex<()>>> = std::sync::OnceLock::new();
    let stripes = STRIPES.get_or_init(|| (0..64).map(|_| tokio::sync::Mutex::new(())).collect());
    let digest = digest::digest(&digest::SHA256, tenant_id.as_bytes());
    let index = usize::from(digest.as_ref()[0]) % stripes.len();
    &stripes[index]
}

fn chain_hash(event: &AuditEventRecord) -> String {
    let canonical = json!([
        event.tenant_id,
        event.seq,
        event.id,
        event.occurred_at,
        event.action,
        event.actor_type,
        event.actor_id,
        event.target_type,
        event.target_id,
        event.ip,
        event.user_agent,
        event.request_id,
        event.details,
        event.prev_hash,
    ])
    .to_string();
    digest::digest(&digest::SHA256, canonical.as_bytes())
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Appends an event to the tenant's chain. Concurrent appends (other replicas included)
/// race for the next `seq`; the loser re-reads the chain's end and tries again.
pub async fn record(
    app: &App,
    tenant_id: &str,
    ctx: &Context,
    action: &str,
    target: Option<(&str, &str)>,
    details: Value,
) -> Result<()> {
    let (actor_type, actor_id) = ctx.actor.parts();
    let details = match details {
        Value::Object(map) => Value::Object(map),
        Value::Null => Value::Object(Map::new()),
        other => json!({ "value": other }),
    };
    let mut event = AuditEventRecord {
        tenant_id: tenant_id.to_owned(),
        seq: 0,
        id: format!("aud_{}", uuid::Uuid::now_v7().simple()),
        occurred_at: app.clock.unix(),
        action: action.to_owned(),
        actor_type: actor_type.to_owned(),
        actor_id,
        target_type: target.map(|(t, _)| t.to_owned()),
        target_id: target.map(|(_, id)| id.to_owned()),
        ip: ctx.ip.clone(),
        user_agent: ctx.user_agent.clone(),
        request_id: ctx.request_id.clone(),
        details: details.to_string(),
        prev_hash: String::new(),
        hash: String::new(),
    };
    // Appends to one chain are serialised within this process by a striped lock, so a burst
    // of sign-ins queues instead of racing; replicas can still race each other, and the loser
    // of a race backs off for a random moment and re-reads the chain's end.
    let _turn = append_lock(tenant_id).lock().await;
    for attempt in 0..20u32 {
        let (seq, prev) = app
            .db
            .last_audit_link(tenant_id)
            .await?
            .unwrap_or((0, GENESIS_HASH.to_owned()));
        event.seq = seq + 1;
        event.prev_hash = prev;
        event.hash = chain_hash(&event);
        match app.db.insert_audit_event(&event).await {
            Ok(()) => return Ok(()),
            Err(StoreError::UniqueViolation) => {
                let mut jitter = [0u8; 1];
                tessera_crypto::secret::fill_random(&mut jitter);
                let wait = u64::from(jitter[0] % 8 + 1) * u64::from(attempt.min(6) + 1);
                tokio::time::sleep(std::time::Duration::from_millis(wait)).await;
            }
            Err(other) => return Err(other.into()),
        }
    }
    Err(ServiceError::Internal(format!(
        "could not append to the audit chain of {tenant_id}: too much contention"
    )))
}

fn to_wire(record: &AuditEventRecord) -> Result<AuditEvent> {
    Ok(AuditEvent {
        id: record.id.clone(),
        seq: record.seq,
        occurred_at: from_unix(record.occurred_at),
        action: record.action.clone(),
        actor_type: record.actor_type.clone(),
        actor_id: record.actor_id.clone(),
        target_type: record.target_type.clone(),
        target_id: record.target_id.clone(),
        ip: record.ip.clone(),
        user_agent: record.user_agent.clone(),
        request_id: record.request_id.clone(),
        details: serde_json::from_str(&record.details).map_err(|e| {
            ServiceError::Internal(format!(
                "audit event {} has invalid details: {e}",
                record.id
            ))
        })?,
        prev_hash: record.prev_hash.clone(),
        hash: record.hash.clone(),
    })
}

fn parse_time(pointer: &str, value: Option<&str>) -> Result<Option<i64>> {
    value
        .map(|v| {
            OffsetDateTime::parse(v, &Rfc3339)
                .map(|t| t.unix_timestamp())
                .map_err(|_| {
                    ServiceError::invalid(
                        pointer,
                        "must be an RFC 3339 time such as 2026-11-23T00:00:00Z",
                    )
                })
        })
        .transpose()
}

/// Query filters as the store wants them.
pub struct Query {
    pub action: Option<String>,
    pub actor_id: Option<String>,
    pub target_id: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
}

impl Query {
    fn filter(self) -> Result<AuditFilter> {
        Ok(AuditFilter {
            since: parse_time("/since", self.since.as_deref())?,
            until: parse_time("/until", self.until.as_deref())?,
            action: self.action,
            actor_id: self.actor_id,
            target_id: self.target_id,
        })
    }
}

pub async fn list(
    app: &App,
    slug: &str,
    query: Query,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<AuditEventList> {
    let tenant = tenants::find(app, slug).await?;
    let limit = super::pagination::page_size(limit)?;
    let after = match cursor {
        Some(c) => super::pagination::decode_cursor(c, "seq_")?
            .trim_start_matches("seq_")
            .parse::<i64>()
            .map_err(|_| ServiceError::invalid("/cursor", "is not a cursor this server issued"))?,
        None => 0,
    };
    let mut records = app
        .db
        .audit_events(&tenant.id, &query.filter()?, after, limit + 1)
        .await?;
    let next_cursor =
        super::pagination::next_cursor(&mut records, limit, |r| format!("seq_{}", r.seq));
    Ok(AuditEventList {
        data: records.iter().map(to_wire).collect::<Result<_>>()?,
        next_cursor,
    })
}

/// Every matching event, for export, up to `max` (the caller narrows by time beyond that).
pub async fn export(app: &App, slug: &str, query: Query, max: usize) -> Result<Vec<AuditEvent>> {
    let tenant = tenants::find(app, slug).await?;
    let filter = query.filter()?;
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let page = app.db.audit_events(&tenant.id, &filter, after, 500).await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for record in &page {
            if out.len() >= max {
                return Err(ServiceError::invalid(
                    "/since",
                    format!("more than {max} events match; narrow the export with since and until"),
                ));
            }
            out.push(to_wire(record)?);
        }
    }
    Ok(out)
}

/// Walks the whole chain and reports the first broken link.
pub async fn verify(app: &App, slug: &str) -> Result<AuditVerification> {
    let tenant = tenants::find(app, slug).await?;
    let mut expected_prev = GENESIS_HASH.to_owned();
    let mut expected_seq = 1;
    let mut checked = 0;
    loop {
        let page = app
            .db
            .audit_events(&tenant.id, &AuditFilter::default(), expected_seq - 1, 500)
            .await?;
        if page.is_empty() {
            return Ok(AuditVerification {
                valid: true,
                events_checked: checked,
                first_broken_seq: None,
                reason: None,
            });
        }
        for event in &page {
            let broken = if event.seq != expected_seq {
                Some((expected_seq, format!("event {expected_seq} is missing")))
            } else if event.prev_hash != expected_prev {
                Some((
                    event.seq,
                    "prev_hash does not match the previous event's hash".to_owned(),
                ))
            } else if chain_hash(event) != event.hash {
                Some((
                    event.seq,
                    "the event's content does not match its hash".to_owned(),
                ))
            } else {
                None
            };
            if let Some((seq, reason)) = broken {
                return Ok(AuditVerification {
                    valid: false,
                    events_checked: checked,
                    first_broken_seq: Some(seq),
                    reason: Some(reason),
                });
            }
            checked += 1;
            expected_seq += 1;
            expected_prev = event.hash.clone();
        }
    }
}
