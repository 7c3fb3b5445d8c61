//! Cross-replica change notices over PostgreSQL `LISTEN`/`NOTIFY`.
//!
//! Replicas keep in-process caches of what rarely changes (tenants, clients, keys, revoked
//! token ids). A replica that changes one of them tells the others on [`CHANNEL`]; each
//! replica listens and drops what the notice names. PostgreSQL delivers a notice to every
//! listening session after the sending transaction commits. SQLite has no such channel: it
//! serves one process, whose caches are invalidated directly, so there both functions do
//! nothing.

use sqlx::postgres::PgListener;

use crate::{Db, Result, on_pool};

/// The channel every replica listens on.
pub const CHANNEL: &str = "tessera_cache";

/// What a listener hands out.
#[derive(Debug, PartialEq, Eq)]
pub enum Notice {
    /// A notice's payload.
    Changed(String),
    /// The connection was lost and has been re-established: notices sent meanwhile are lost,
    /// so everything cached may be stale.
    Reconnected,
}

/// A dedicated connection subscribed to [`CHANNEL`].
pub struct ChangeListener {
    inner: PgListener,
}

impl ChangeListener {
    /// The next notice. An error means the database cannot be reached right now; calling
    /// again retries the connection.
    pub async fn next(&mut self) -> Result<Notice> {
        Ok(match self.inner.try_recv().await? {
            Some(notification) => Notice::Changed(notification.payload().to_owned()),
            None => Notice::Reconnected,
        })
    }
}

impl Db {
    /// Whether [`Db::close`] was called: a listener then stops.
    pub fn is_closed(&self) -> bool {
        on_pool!(self, pool => pool.is_closed())
    }

    /// Sends `payload` to every replica's listener (including this one's). Payloads are
    /// short identifiers; PostgreSQL caps them at 8000 bytes.
    pub async fn notify_change(&self, payload: &str) -> Result<()> {
        if let Db::Postgres(pool) = self {
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANNEL)
                .bind(payload)
                .execute(pool)
                .await?;
        }
        Ok(())
    }

    /// A listener on [`CHANNEL`]; `None` for SQLite, which has no other replicas to hear.
    /// Holds one of the pool's connections for as long as it lives.
    pub async fn listen_changes(&self) -> Result<Option<ChangeListener>> {
        match self {
            Db::Sqlite(_) => Ok(None),
            Db::Postgres(pool) => {
                let mut inner = PgListener::connect_with(pool).await?;
                inner.listen(CHANNEL).await?;
                Ok(Some(ChangeListener { inner }))
            }
        }
    }
}
