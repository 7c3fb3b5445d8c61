//! Admin keys: bearer credentials of the management API (`tsk_…`), stored as SHA-256 hashes.

use tessera_crypto::{generate_secret, hash_secret};
use tessera_store::AdminKeyRecord;

use super::{App, Result, ServiceError};

pub const PREFIX: &str = "tsk_";

/// The admin key a bearer token names, if any.
pub async fn authenticate(app: &App, token: &str) -> Result<Option<AdminKeyRecord>> {
    if !token.starts_with(PREFIX) || token.len() > 512 {
        return Ok(None);
    }
    // Lookup by hash: the secret itself never reaches the database, and an index probe on a
    // SHA-256 value reveals nothing useful about other keys through timing.
    Ok(app.db.admin_key_by_hash(&hash_secret(token)).await?)
}

fn record(app: &App, name: &str, secret: &str) -> AdminKeyRecord {
    AdminKeyRecord {
        id: format!("adk_{}", uuid::Uuid::now_v7().simple()),
        name: name.to_owned(),
        secret_hash: hash_secret(secret).to_vec(),
        created_at: app.clock.unix(),
    }
}

/// Creates a new admin key; the secret is returned once and never stored.
pub async fn create(app: &App, name: &str) -> Result<String> {
    let secret = generate_secret(PREFIX);
    app.db.insert_admin_key(&record(app, name, &secret)).await?;
    Ok(secret)
}

/// How the first admin key came to be, if this call created it.
#[derive(Debug, PartialEq, Eq)]
pub enum Bootstrap {
    /// Admin keys already existed; nothing changed.
    AlreadyBootstrapped,
    /// The operator's `TESSERA_BOOTSTRAP_ADMIN_KEY` is now the first admin key.
    Provided,
    /// A new key was generated; show it to the operator once.
    Generated(String),
}

/// Installs the first admin key when there is none: the operator's, or a generated one.
pub async fn bootstrap(app: &App, provided: Option<&str>) -> Result<Bootstrap> {
    // Checked first so that a restart generates no secret: seeding the random generator is
    // the bulk of a warm start's time.
    if app.db.any_admin_key().await? {
        if let Some(key) = provided {
            check_provided(key)?;
        }
        return Ok(Bootstrap::AlreadyBootstrapped);
    }
    let (secret, outcome) = match provided {
        Some(key) => {
            check_provided(key)?;
            (key.to_owned(), Bootstrap::Provided)
        }
        None => {
            let key = generate_secret(PREFIX);
            (key.clone(), Bootstrap::Generated(key))
        }
    };
    if app
        .db
        .insert_first_admin_key(&record(app, "bootstrap", &secret))
        .await?
    {
        Ok(outcome)
    } else {
        Ok(Bootstrap::AlreadyBootstrapped)
    }
}

fn check_provided(key: &str) -> Result<()> {
    let body = key.strip_prefix(PREFIX).unwrap_or_default();
    if !key.starts_with(PREFIX)
        || body.len() < 32
        || body.len() > 256
        || !body.bytes().all(|b| b.is_ascii_graphic())
    {
        return Err(ServiceError::invalid(
            "TESSERA_BOOTSTRAP_ADMIN_KEY",
            "must be `tsk_` followed by 32-256 printable characters (for example `tsk_$(openssl rand -hex 32)`)",
        ));
    }
    Ok(())
}
