//! The applications a user has allowed ("connected apps"): listing them, and withdrawing
//! consent, which also ends the application's grants (its refresh tokens stop working).

use serde_json::json;
use tessera_wire::{Consent, ConsentList};

use super::access_tokens::SessionUser;
use super::audit::{self, Context};
use super::{App, Result, ServiceError};
use crate::clock::from_unix;

pub async fn list(app: &App, me: &SessionUser) -> Result<ConsentList> {
    let records = app.db.consents_of_user(&me.tenant.id, &me.user.id).await?;
    let mut data = Vec::with_capacity(records.len());
    for record in records {
        let client_name = app
            .db
            .client_by_id(&me.tenant.id, &record.client_id)
            .await?
            .map(|c| c.name)
            .unwrap_or_default();
        data.push(Consent {
            scopes: serde_json::from_str(&record.scopes).unwrap_or_default(),
            client_id: record.client_id,
            client_name,
            granted_at: from_unix(record.created_at),
            updated_at: from_unix(record.updated_at),
        });
    }
    Ok(ConsentList { data })
}

pub async fn revoke(app: &App, ctx: &Context, me: &SessionUser, client_id: &str) -> Result<()> {
    if !app
        .db
        .revoke_consent(&me.tenant.id, &me.user.id, client_id, app.clock.unix())
        .await?
    {
        return Err(ServiceError::NotFound(
            "you have not given this application access".into(),
        ));
    }
    audit::record(
        app,
        &me.tenant.id,
        ctx,
        "consent.revoked",
        Some(("client", client_id)),
        json!({ "user_id": me.user.id }),
    )
    .await?;
    Ok(())
}
