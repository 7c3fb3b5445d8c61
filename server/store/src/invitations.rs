//! The `organization_invitations` table. Accepting is a compare-and-set on a pending,
//! unexpired row, so one token admits one user even when replicas race.

use crate::{Db, MembershipRecord, Result, in_tx, on_pool};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InvitationRecord {
    pub id: String,
    pub tenant_id: String,
    pub organization_id: String,
    pub email: String,
    pub role: String,
    pub token_hash: Vec<u8>,
    pub invited_by: Option<String>,
    pub created_at: i64,
    pub sent_at: i64,
    pub expires_at: i64,
    pub accepted_at: Option<i64>,
    pub accepted_by: Option<String>,
    pub revoked_at: Option<i64>,
}

/// What accepting an invitation led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AcceptOutcome {
    /// The invitation is spent and the membership exists (new, or already there before).
    Accepted { already_member: bool },
    /// Another request spent, revoked or replaced it first, or it expired.
    Gone,
}

macro_rules! columns {
    () => {
        "id, tenant_id, organization_id, email, role, token_hash, invited_by, created_at, sent_at, \
         expires_at, accepted_at, accepted_by, revoked_at"
    };
}

impl Db {
    /// Inserts an invitation, first revoking a pending one to the same address that has
    /// expired (so it does not block the new one). A live pending invitation to the same
    /// address is [`crate::StoreError::UniqueViolation`].
    pub async fn insert_invitation(&self, invitation: &InvitationRecord, now: i64) -> Result<()> {
        in_tx!(self, tx => {
            sqlx::query("UPDATE organization_invitations SET revoked_at = $4 \
                WHERE tenant_id = $1 AND organization_id = $2 AND email = $3 \
                AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= $4")
                .bind(&invitation.tenant_id)
                .bind(&invitation.organization_id)
                .bind(&invitation.email)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            sqlx::query(concat!("INSERT INTO organization_invitations (", columns!(), ") \
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"))
                .bind(&invitation.id)
                .bind(&invitation.tenant_id)
                .bind(&invitation.organization_id)
                .bind(&invitation.email)
                .bind(&invitation.role)
                .bind(&invitation.token_hash)
                .bind(&invitation.invited_by)
                .bind(invitation.created_at)
                .bind(invitation.sent_at)
                .bind(invitation.expires_at)
                .bind(invitation.accepted_at)
                .bind(&invitation.accepted_by)
                .bind(invitation.revoked_at)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }

    pub async fn invitation_by_id(
        &self,
        tenant_id: &str,
        organization_id: &str,
        id: &str,
    ) -> Result<Option<InvitationRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM organization_invitations WHERE tenant_id = $1 AND organization_id = $2 AND id = $3"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(id)
            .fetch_optional(pool)
            .await)?)
    }

    pub async fn invitation_by_token_hash(
        &self,
        tenant_id: &str,
        token_hash: &[u8],
    ) -> Result<Option<InvitationRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM organization_invitations WHERE tenant_id = $1 AND token_hash = $2"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(token_hash)
            .fetch_optional(pool)
            .await)?)
    }

    /// Invitations of an organization, newest first, with ids before `before_id`.
    pub async fn list_invitations(
        &self,
        tenant_id: &str,
        organization_id: &str,
        before_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<InvitationRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM organization_invitations WHERE tenant_id = $1 AND organization_id = $2 \
             AND ($3 IS NULL OR id < $3) ORDER BY id DESC LIMIT $4"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(before_id)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Gives a pending invitation a new token and expiry (the old token stops working).
    /// Returns whether it was still pending.
    pub async fn reissue_invitation(
        &self,
        tenant_id: &str,
        id: &str,
        token_hash: &[u8],
        now: i64,
        expires_at: i64,
    ) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE organization_invitations SET token_hash = $3, sent_at = $4, expires_at = $5 \
             WHERE tenant_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL")
            .bind(tenant_id)
            .bind(id)
            .bind(token_hash)
            .bind(now)
            .bind(expires_at)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    /// Removes an invitation whose email could not be sent (so a failure changes nothing).
    pub async fn delete_invitation(&self, tenant_id: &str, id: &str) -> Result<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM organization_invitations WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Revokes a pending invitation; returns whether it was pending.
    pub async fn revoke_invitation(&self, tenant_id: &str, id: &str, now: i64) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE organization_invitations SET revoked_at = $3 \
             WHERE tenant_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL")
            .bind(tenant_id)
            .bind(id)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    /// Spends a pending, unexpired invitation and adds the membership, in one transaction.
    /// A user who is already a member keeps their role.
    pub async fn accept_invitation(
        &self,
        invitation: &InvitationRecord,
        membership: &MembershipRecord,
        now: i64,
    ) -> Result<AcceptOutcome> {
        Ok(in_tx!(self, tx => {
            let spent = sqlx::query(
                "UPDATE organization_invitations SET accepted_at = $3, accepted_by = $4 \
                 WHERE tenant_id = $1 AND id = $2 AND token_hash = $5 AND accepted_at IS NULL \
                 AND revoked_at IS NULL AND expires_at > $3")
                .bind(&invitation.tenant_id)
                .bind(&invitation.id)
                .bind(now)
                .bind(&membership.user_id)
                .bind(&invitation.token_hash)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if spent != 1 {
                AcceptOutcome::Gone
            } else {
                let added = sqlx::query(
                    "INSERT INTO organization_memberships (tenant_id, organization_id, user_id, role, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (organization_id, user_id) DO NOTHING")
                    .bind(&membership.tenant_id)
                    .bind(&membership.organization_id)
                    .bind(&membership.user_id)
                    .bind(&membership.role)
                    .bind(membership.created_at)
                    .bind(membership.updated_at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                AcceptOutcome::Accepted { already_member: added == 0 }
            }
        }))
    }
}
