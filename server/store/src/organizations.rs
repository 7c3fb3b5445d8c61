//! The `organizations` and `organization_memberships` tables.

use crate::{Db, Result, in_tx, on_pool};

/// A stored organization; `metadata` is a JSON object, `allowed_sign_in_methods` a JSON array.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct OrganizationRecord {
    pub id: String,
    pub tenant_id: String,
    pub slug: String,
    pub name: String,
    pub logo_url: Option<String>,
    pub metadata: String,
    pub allowed_sign_in_methods: Option<String>,
    pub mfa_required: bool,
    pub max_session_age_secs: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A user's membership of an organization, with the user's email for display.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MembershipRecord {
    pub tenant_id: String,
    pub organization_id: String,
    pub user_id: String,
    pub role: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A membership joined with its organization (a user's list of organizations).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct UserOrganizationRecord {
    pub organization_id: String,
    pub slug: String,
    pub name: String,
    pub logo_url: Option<String>,
    pub role: String,
    pub created_at: i64,
}

macro_rules! columns {
    () => {
        "id, tenant_id, slug, name, logo_url, metadata, allowed_sign_in_methods, mfa_required, \
         max_session_age_secs, created_at, updated_at"
    };
}

macro_rules! membership_columns {
    () => {
        "tenant_id, organization_id, user_id, role, created_at, updated_at"
    };
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl Db {
    /// Inserts an organization; a taken slug is [`crate::StoreError::UniqueViolation`].
    pub async fn insert_organization(&self, org: &OrganizationRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!("INSERT INTO organizations (", columns!(), ") \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"))
            .bind(&org.id)
            .bind(&org.tenant_id)
            .bind(&org.slug)
            .bind(&org.name)
            .bind(&org.logo_url)
            .bind(&org.metadata)
            .bind(&org.allowed_sign_in_methods)
            .bind(org.mfa_required)
            .bind(org.max_session_age_secs)
            .bind(org.created_at)
            .bind(org.updated_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    pub async fn organization_by_id(
        &self,
        tenant_id: &str,
        id: &str,
    ) -> Result<Option<OrganizationRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM organizations WHERE tenant_id = $1 AND id = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(id).fetch_optional(pool).await)?,
        )
    }

    pub async fn organization_by_slug(
        &self,
        tenant_id: &str,
        slug: &str,
    ) -> Result<Option<OrganizationRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM organizations WHERE tenant_id = $1 AND slug = $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).bind(slug).fetch_optional(pool).await)?,
        )
    }

    /// Up to `limit` organizations of the tenant whose slug or name contains `query`
    /// (case-insensitive), with ids after `after_id`, oldest first.
    pub async fn search_organizations(
        &self,
        tenant_id: &str,
        query: Option<&str>,
        after_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<OrganizationRecord>> {
        let sql = concat!(
            "SELECT ",
            columns!(),
            " FROM organizations WHERE tenant_id = $1 AND id > $2 \
             AND ($3 IS NULL OR LOWER(slug) LIKE $3 ESCAPE '\\' OR LOWER(name) LIKE $3 ESCAPE '\\') \
             ORDER BY id LIMIT $4"
        );
        let pattern = query.map(like_pattern);
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(after_id.unwrap_or(""))
            .bind(pattern.as_deref())
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Writes every mutable field (matched by tenant and id); returns whether it existed.
    pub async fn update_organization(&self, org: &OrganizationRecord) -> Result<bool> {
        let sql = "UPDATE organizations SET name = $3, logo_url = $4, metadata = $5, \
                   allowed_sign_in_methods = $6, mfa_required = $7, max_session_age_secs = $8, updated_at = $9 \
                   WHERE tenant_id = $1 AND id = $2";
        let updated = on_pool!(self, pool => sqlx::query(sql)
            .bind(&org.tenant_id)
            .bind(&org.id)
            .bind(&org.name)
            .bind(&org.logo_url)
            .bind(&org.metadata)
            .bind(&org.allowed_sign_in_methods)
            .bind(org.mfa_required)
            .bind(org.max_session_age_secs)
            .bind(org.updated_at)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    /// Deletes an organization and, by cascade, its memberships, roles and invitations.
    pub async fn delete_organization(&self, tenant_id: &str, id: &str) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query("DELETE FROM organizations WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(deleted > 0)
    }

    /// Adds a membership; an existing one is [`crate::StoreError::UniqueViolation`].
    pub async fn insert_membership(&self, membership: &MembershipRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!("INSERT INTO organization_memberships (", membership_columns!(), ") \
            VALUES ($1, $2, $3, $4, $5, $6)"))
            .bind(&membership.tenant_id)
            .bind(&membership.organization_id)
            .bind(&membership.user_id)
            .bind(&membership.role)
            .bind(membership.created_at)
            .bind(membership.updated_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    pub async fn membership(
        &self,
        tenant_id: &str,
        organization_id: &str,
        user_id: &str,
    ) -> Result<Option<MembershipRecord>> {
        let sql = concat!(
            "SELECT ",
            membership_columns!(),
            " FROM organization_memberships WHERE tenant_id = $1 AND organization_id = $2 AND user_id = $3"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(user_id)
            .fetch_optional(pool)
            .await)?)
    }

    /// Up to `limit` members of an organization with user ids after `after_user_id`.
    pub async fn list_memberships(
        &self,
        tenant_id: &str,
        organization_id: &str,
        after_user_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<MembershipRecord>> {
        let sql = concat!(
            "SELECT ",
            membership_columns!(),
            " FROM organization_memberships WHERE tenant_id = $1 AND organization_id = $2 AND user_id > $3 \
             ORDER BY user_id LIMIT $4"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(organization_id)
            .bind(after_user_id.unwrap_or(""))
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// The organizations a user belongs to, with organization ids after `after_id`.
    pub async fn user_organizations(
        &self,
        tenant_id: &str,
        user_id: &str,
        after_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<UserOrganizationRecord>> {
        let sql = "SELECT o.id AS organization_id, o.slug, o.name, o.logo_url, m.role, m.created_at \
                   FROM organization_memberships m JOIN organizations o ON o.id = m.organization_id \
                   WHERE m.tenant_id = $1 AND m.user_id = $2 AND m.organization_id > $3 \
                   ORDER BY m.organization_id LIMIT $4";
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(user_id)
            .bind(after_id.unwrap_or(""))
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Changes a member's role; returns whether the membership existed.
    pub async fn update_membership_role(
        &self,
        tenant_id: &str,
        organization_id: &str,
        user_id: &str,
        role: &str,
        now: i64,
    ) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE organization_memberships SET role = $4, updated_at = $5 \
             WHERE tenant_id = $1 AND organization_id = $2 AND user_id = $3")
            .bind(tenant_id)
            .bind(organization_id)
            .bind(user_id)
            .bind(role)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    pub async fn delete_membership(
        &self,
        tenant_id: &str,
        organization_id: &str,
        user_id: &str,
    ) -> Result<bool> {
        // The member's roles on single resources go with the membership.
        let deleted = in_tx!(self, tx => {
            let deleted = sqlx::query(
                "DELETE FROM organization_memberships WHERE tenant_id = $1 AND organization_id = $2 AND user_id = $3")
                .bind(tenant_id)
                .bind(organization_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            sqlx::query(
                "DELETE FROM resource_grants WHERE tenant_id = $1 AND organization_id = $2 AND subject_id = $3")
                .bind(tenant_id)
                .bind(organization_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            deleted
        });
        Ok(deleted > 0)
    }

    /// How many members of the organization hold `role`.
    pub async fn count_members_with_role(
        &self,
        tenant_id: &str,
        organization_id: &str,
        role: &str,
    ) -> Result<i64> {
        let row: (i64,) = on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*) FROM organization_memberships WHERE tenant_id = $1 AND organization_id = $2 AND role = $3")
            .bind(tenant_id)
            .bind(organization_id)
            .bind(role)
            .fetch_one(pool)
            .await)?;
        Ok(row.0)
    }

    /// How many memberships, service accounts and resource grants (in any organization of
    /// the tenant) use `role`.
    pub async fn count_role_uses(
        &self,
        tenant_id: &str,
        organization_id: Option<&str>,
        role: &str,
    ) -> Result<i64> {
        let row: (i64,) = on_pool!(self, pool => sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM organization_memberships WHERE tenant_id = $1 \
             AND ($2 IS NULL OR organization_id = $2) AND role = $3) \
             + (SELECT COUNT(*) FROM organization_service_accounts WHERE tenant_id = $1 \
             AND ($2 IS NULL OR organization_id = $2) AND role = $3) \
             + (SELECT COUNT(*) FROM resource_grants WHERE tenant_id = $1 \
             AND ($2 IS NULL OR organization_id = $2) AND role = $3)")
            .bind(tenant_id)
            .bind(organization_id)
            .bind(role)
            .fetch_one(pool)
            .await)?;
        Ok(row.0)
    }
}

impl Db {
    /// The tenant's organizations whose id is among `ids` or whose slug is among `slugs`:
    /// one query for a batch of authorization checks.
    pub async fn organizations_by_keys(
        &self,
        tenant_id: &str,
        ids: &[String],
        slugs: &[String],
    ) -> Result<Vec<OrganizationRecord>> {
        Ok(match self {
            Db::Sqlite(pool) => {
                let sql = concat!(
                    "SELECT ",
                    columns!(),
                    " FROM organizations WHERE tenant_id = $1 \
                     AND (id IN (SELECT value FROM json_each($2)) \
                     OR slug IN (SELECT value FROM json_each($3)))"
                );
                sqlx::query_as(sql)
                    .bind(tenant_id)
                    .bind(crate::json_list(ids))
                    .bind(crate::json_list(slugs))
                    .fetch_all(pool)
                    .await
            }
            Db::Postgres(pool) => {
                let sql = concat!(
                    "SELECT ",
                    columns!(),
                    " FROM organizations WHERE tenant_id = $1 AND (id = ANY($2) OR slug = ANY($3))"
                );
                sqlx::query_as(sql)
                    .bind(tenant_id)
                    .bind(ids)
                    .bind(slugs)
                    .fetch_all(pool)
                    .await
            }
        }?)
    }

    /// The memberships of any of `user_ids` in any of `organization_ids`: one query for a
    /// batch of authorization checks.
    pub async fn memberships_among(
        &self,
        tenant_id: &str,
        organization_ids: &[String],
        user_ids: &[String],
    ) -> Result<Vec<MembershipRecord>> {
        Ok(match self {
            Db::Sqlite(pool) => {
                let sql = concat!(
                    "SELECT ",
                    membership_columns!(),
                    // `+organization_id` keeps that column out of the index search: with
                    // both lists on the index SQLite probes every (user, organization)
                    // pair, 10,000 lookups for a batch of 100; this way it probes each
                    // user's memberships and filters them by the organization list.
                    " FROM organization_memberships WHERE tenant_id = $1 \
                     AND +organization_id IN (SELECT value FROM json_each($2)) \
                     AND user_id IN (SELECT value FROM json_each($3))"
                );
                sqlx::query_as(sql)
                    .bind(tenant_id)
                    .bind(crate::json_list(organization_ids))
                    .bind(crate::json_list(user_ids))
                    .fetch_all(pool)
                    .await
            }
            Db::Postgres(pool) => {
                let sql = concat!(
                    "SELECT ",
                    membership_columns!(),
                    " FROM organization_memberships WHERE tenant_id = $1 \
                     AND organization_id = ANY($2) AND user_id = ANY($3)"
                );
                sqlx::query_as(sql)
                    .bind(tenant_id)
                    .bind(organization_ids)
                    .bind(user_ids)
                    .fetch_all(pool)
                    .await
            }
        }?)
    }
}
