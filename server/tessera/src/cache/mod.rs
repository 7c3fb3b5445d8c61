//! In-process caches of what every OAuth request of a tenant needs and what rarely changes:
//! the tenant by slug, a client with its secret hashes, the unsealed signing keys, the parsed
//! verification keys, the revoked token ids and the access tokens already verified. Without them a token costs four queries, an
//! AES-GCM open and a PKCS#8 parse, and an introspection five queries and a JWKS round trip
//! through JSON (docs/benchmarks.md). The roles of tenants and organizations ([`roles`])
//! are held too, for authorization checks and organization claims.
//!
//! Correctness comes first, so every change that could make an entry wrong is a [`Change`]
//! published by the service that made it ([`publish`]):
//! - on the replica that made the change the entries go before the response is sent, so the
//!   change takes effect immediately there;
//! - other replicas hear it over PostgreSQL `LISTEN`/`NOTIFY` ([`listener`]) within
//!   milliseconds;
//! - and whatever happens to notices (a lost connection, a second process on one SQLite
//!   file), no entry is older than [`MAX_STALENESS`].
//!
//! Secrets are still checked on every request: the client cache holds the secrets' SHA-256
//! hashes as the database does, and the presented secret is hashed and compared each time.

pub mod bounded;
pub mod clients;
pub mod listener;
pub mod revocations;
pub mod roles;
pub mod signers;
pub mod tenants;
pub mod verification_keys;
pub mod verified_tokens;

use std::sync::Arc;
use std::time::Duration;

use bounded::BoundedMap;
use tessera_store::TenantRecord;
use tessera_wire::SigningAlg;

use crate::services::App;

/// The longest any entry is used: the bound on staleness when a replica misses a notice.
pub const MAX_STALENESS: Duration = Duration::from_secs(10);

/// The caches of one process, each bounded.
pub struct Caches {
    pub(crate) tenants: BoundedMap<String, Arc<TenantRecord>>,
    pub(crate) clients: BoundedMap<(String, String), Arc<clients::CachedClient>>,
    pub(crate) signers: BoundedMap<(String, SigningAlg), Arc<tessera_crypto::signing::Signer>>,
    pub(crate) verification_keys: BoundedMap<String, Arc<verification_keys::VerificationKeys>>,
    pub(crate) revocations: BoundedMap<String, Arc<revocations::RevokedIds>>,
    pub(crate) verified_tokens: BoundedMap<(String, [u8; 32]), Arc<verified_tokens::VerifiedToken>>,
    pub(crate) tenant_roles: BoundedMap<String, Arc<roles::ScopeRoles>>,
    pub(crate) organization_roles: BoundedMap<(String, String), Arc<roles::ScopeRoles>>,
}

impl Default for Caches {
    fn default() -> Self {
        Self::with_staleness(MAX_STALENESS)
    }
}

impl Caches {
    pub fn with_staleness(ttl: Duration) -> Self {
        Self {
            tenants: BoundedMap::new(10_000, ttl),
            clients: BoundedMap::new(50_000, ttl),
            signers: BoundedMap::new(20_000, ttl),
            verification_keys: BoundedMap::new(10_000, ttl),
            revocations: BoundedMap::new(revocations::MAX_TENANTS, ttl),
            verified_tokens: BoundedMap::new(verified_tokens::CAPACITY, ttl),
            tenant_roles: BoundedMap::new(roles::MAX_TENANTS, ttl),
            organization_roles: BoundedMap::new(roles::MAX_ORGANIZATIONS, ttl),
        }
    }

    /// Drops what `change` may have made wrong.
    pub fn apply(&self, change: &Change) {
        match change {
            Change::Tenant { tenant_id } => {
                // Keyed by slug, and a rename changes the slug: tenant changes are rare, so
                // all tenants go.
                self.tenants.clear();
                self.clients.invalidate(|(t, _)| t == tenant_id);
                self.signers.invalidate(|(t, _)| t == tenant_id);
                self.verification_keys.invalidate(|t| t == tenant_id);
                self.revocations.invalidate(|t| t == tenant_id);
                self.verified_tokens.invalidate(|(t, _)| t == tenant_id);
                self.tenant_roles.invalidate(|t| t == tenant_id);
                self.organization_roles.invalidate(|(t, _)| t == tenant_id);
            }
            Change::Keys { tenant_id } => {
                self.signers.invalidate(|(t, _)| t == tenant_id);
                self.verification_keys.invalidate(|t| t == tenant_id);
                self.verified_tokens.invalidate(|(t, _)| t == tenant_id);
            }
            Change::Client {
                tenant_id,
                client_id,
            } => self
                .clients
                .invalidate(|(t, c)| t == tenant_id && c == client_id),
            Change::Revoked { tenant_id } => self.revocations.invalidate(|t| t == tenant_id),
            Change::Roles {
                tenant_id,
                organization_id: None,
            } => self.tenant_roles.invalidate(|t| t == tenant_id),
            Change::Roles {
                tenant_id,
                organization_id: Some(organization_id),
            } => self
                .organization_roles
                .invalidate(|(t, o)| t == tenant_id && o == organization_id),
        }
    }

    /// Drops everything: for when notices may have been missed.
    pub fn clear(&self) {
        self.tenants.clear();
        self.clients.clear();
        self.signers.clear();
        self.verification_keys.clear();
        self.revocations.clear();
        self.verified_tokens.clear();
        self.tenant_roles.clear();
        self.organization_roles.clear();
    }
}

/// A change to cached state, named by the ids it touches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Settings, slug, signing algorithm or deletion of a tenant.
    Tenant { tenant_id: String },
    /// A tenant's signing keys were rotated.
    Keys { tenant_id: String },
    /// A client was changed or deleted, or its secrets were.
    Client {
        tenant_id: String,
        client_id: String,
    },
    /// An access token of the tenant was revoked.
    Revoked { tenant_id: String },
    /// A role was created, changed or deleted: a tenant-wide one (`organization_id` `None`),
    /// or one of an organization's own (also sent when the organization is deleted).
    Roles {
        tenant_id: String,
        organization_id: Option<String>,
    },
}

impl Change {
    /// The notice payload: a word and the ids, space-separated (ids contain no spaces; a
    /// client id is last, so even one with spaces would survive).
    pub fn encode(&self) -> String {
        match self {
            Change::Tenant { tenant_id } => format!("tenant {tenant_id}"),
            Change::Keys { tenant_id } => format!("keys {tenant_id}"),
            Change::Client {
                tenant_id,
                client_id,
            } => format!("client {tenant_id} {client_id}"),
            Change::Revoked { tenant_id } => format!("revoked {tenant_id}"),
            Change::Roles {
                tenant_id,
                organization_id: None,
            } => format!("roles {tenant_id}"),
            Change::Roles {
                tenant_id,
                organization_id: Some(organization_id),
            } => format!("roles {tenant_id} {organization_id}"),
        }
    }

    pub fn decode(payload: &str) -> Option<Change> {
        let (kind, rest) = payload.split_once(' ')?;
        let tenant_id = || (!rest.is_empty()).then(|| rest.to_owned());
        Some(match kind {
            "tenant" => Change::Tenant {
                tenant_id: tenant_id()?,
            },
            "keys" => Change::Keys {
                tenant_id: tenant_id()?,
            },
            "revoked" => Change::Revoked {
                tenant_id: tenant_id()?,
            },
            "client" => {
                let (tenant_id, client_id) = rest.split_once(' ')?;
                Change::Client {
                    tenant_id: tenant_id.to_owned(),
                    client_id: client_id.to_owned(),
                }
            }
            "roles" => match rest.split_once(' ') {
                Some((tenant_id, organization_id))
                    if !tenant_id.is_empty() && !organization_id.is_empty() =>
                {
                    Change::Roles {
                        tenant_id: tenant_id.to_owned(),
                        organization_id: Some(organization_id.to_owned()),
                    }
                }
                Some(_) => return None,
                None => Change::Roles {
                    tenant_id: tenant_id()?,
                    organization_id: None,
                },
            },
            _ => return None,
        })
    }
}

/// Call after the change is committed: drops the local entries now, then tells the other
/// replicas. A notice that cannot be sent is logged, not returned: the change itself is
/// done, and the other replicas' entries expire within [`MAX_STALENESS`] anyway.
pub async fn publish(app: &App, change: Change) {
    app.cache.apply(&change);
    if let Err(e) = app.db.notify_change(&change.encode()).await {
        tracing::warn!(error = %e, change = %change.encode(), "could not notify the other replicas of a change; their caches catch up within {} s", MAX_STALENESS.as_secs());
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::Arc;

    use super::roles::ScopeRoles;
    use super::{Caches, Change};

    fn no_roles() -> Arc<ScopeRoles> {
        Arc::new(ScopeRoles::All(HashMap::new()))
    }

    /// Warms the role entries of tenants t1 and t2, each with organizations o1 and o2.
    fn warm_roles() -> Caches {
        let caches = Caches::default();
        for tenant in ["t1", "t2"] {
            let at = caches.tenant_roles.generation();
            caches
                .tenant_roles
                .insert(at, tenant.to_owned(), no_roles());
            for org in ["o1", "o2"] {
                let at = caches.organization_roles.generation();
                let key = (tenant.to_owned(), org.to_owned());
                caches.organization_roles.insert(at, key, no_roles());
            }
        }
        caches
    }

    fn held(caches: &Caches) -> (Vec<&'static str>, Vec<(&'static str, &'static str)>) {
        let tenants = ["t1", "t2"]
            .into_iter()
            .filter(|t| caches.tenant_roles.get(*t).is_some())
            .collect();
        let orgs = [("t1", "o1"), ("t1", "o2"), ("t2", "o1"), ("t2", "o2")]
            .into_iter()
            .filter(|(t, o)| {
                let key = ((*t).to_owned(), (*o).to_owned());
                caches.organization_roles.get(&key).is_some()
            })
            .collect();
        (tenants, orgs)
    }

    #[test]
    fn role_changes_drop_exactly_their_scope() {
        let caches = warm_roles();
        caches.apply(&Change::Roles {
            tenant_id: "t1".into(),
            organization_id: None,
        });
        assert_eq!(
            held(&caches),
            (
                vec!["t2"],
                vec![("t1", "o1"), ("t1", "o2"), ("t2", "o1"), ("t2", "o2")]
            )
        );

        let caches = warm_roles();
        caches.apply(&Change::Roles {
            tenant_id: "t1".into(),
            organization_id: Some("o2".into()),
        });
        assert_eq!(
            held(&caches),
            (
                vec!["t1", "t2"],
                vec![("t1", "o1"), ("t2", "o1"), ("t2", "o2")]
            )
        );

        // Deleting a tenant deletes its roles and its organizations' roles.
        let caches = warm_roles();
        caches.apply(&Change::Tenant {
            tenant_id: "t1".into(),
        });
        assert_eq!(
            held(&caches),
            (vec!["t2"], vec![("t2", "o1"), ("t2", "o2")])
        );

        let caches = warm_roles();
        caches.clear();
        assert_eq!(held(&caches), (vec![], vec![]));
    }

    #[test]
    fn changes_survive_their_encoding() {
        for change in [
            Change::Tenant {
                tenant_id: "ten_1".into(),
            },
            Change::Keys {
                tenant_id: "ten_1".into(),
            },
            Change::Client {
                tenant_id: "ten_1".into(),
                client_id: "cli_2".into(),
            },
            Change::Revoked {
                tenant_id: "ten_1".into(),
            },
            Change::Roles {
                tenant_id: "ten_1".into(),
                organization_id: None,
            },
            Change::Roles {
                tenant_id: "ten_1".into(),
                organization_id: Some("org_2".into()),
            },
        ] {
            assert_eq!(Change::decode(&change.encode()), Some(change));
        }
        assert_eq!(Change::decode("tenant"), None);
        assert_eq!(Change::decode("tenant "), None);
        assert_eq!(Change::decode("client ten_1"), None);
        assert_eq!(Change::decode("other x"), None);
        assert_eq!(Change::decode("roles "), None);
        assert_eq!(Change::decode("roles ten_1 "), None);
    }
}
