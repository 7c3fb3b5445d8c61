//! Applies the other replicas' [`Change`] notices to this process's caches.

use std::sync::Arc;
use std::time::Duration;

use tessera_store::Db;
use tessera_store::change_feed::Notice;

use super::{Caches, Change};

/// How long to wait before listening again after the database could not be reached.
const RETRY: Duration = Duration::from_secs(1);

/// Listens for change notices until the database pool closes. Does nothing on SQLite, which
/// serves one process. Call once per process, from inside the Tokio runtime.
pub fn spawn(db: Db, caches: Arc<Caches>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let mut listener = match db.listen_changes().await {
                Ok(Some(listener)) => listener,
                Ok(None) => return,
                Err(_) if db.is_closed() => return,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot listen for other replicas' changes; retrying");
                    caches.clear();
                    tokio::time::sleep(RETRY).await;
                    continue;
                }
            };
            // Notices sent before the LISTEN took effect were missed.
            caches.clear();
            loop {
                match listener.next().await {
                    Ok(Notice::Changed(payload)) => match Change::decode(&payload) {
                        Some(change) => caches.apply(&change),
                        None => {
                            tracing::warn!(payload, "unknown change notice; dropping every cache");
                            caches.clear();
                        }
                    },
                    Ok(Notice::Reconnected) => caches.clear(),
                    Err(_) if db.is_closed() => return,
                    Err(e) => {
                        tracing::warn!(error = %e, "lost the change notices; retrying");
                        caches.clear();
                        tokio::time::sleep(RETRY).await;
                        break;
                    }
                }
            }
        }
    })
}
