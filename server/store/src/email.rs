//! The `one_time_tokens`, `email_outbox` and `email_templates` tables.

use crate::{Db, Result, in_tx, on_pool};

/// A stored one-time token or code: only its hash.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OneTimeTokenRecord {
    pub id: String,
    pub tenant_id: String,
    pub user_id: String,
    pub purpose: String,
    /// The address it was sent to.
    pub email: String,
    pub token_hash: Vec<u8>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub attempts: i64,
    /// For an email change (`email_change`): the address it switches to.
    pub new_email: Option<String>,
}

/// A message in the development outbox.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutboxRecord {
    pub id: String,
    pub tenant_id: String,
    pub to_address: String,
    pub from_address: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub template: String,
    pub locale: String,
    pub created_at: i64,
}

/// A tenant's override of a built-in email template in one locale.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EmailTemplateRecord {
    pub tenant_id: String,
    pub template: String,
    pub locale: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub updated_at: i64,
}

macro_rules! token_columns {
    () => {
        "id, tenant_id, user_id, purpose, email, token_hash, created_at, expires_at, used_at, attempts, new_email"
    };
}

macro_rules! outbox_columns {
    () => {
        "id, tenant_id, to_address, from_address, subject, text_body, html_body, template, locale, created_at"
    };
}

macro_rules! template_columns {
    () => {
        "tenant_id, template, locale, subject, text_body, html_body, updated_at"
    };
}

impl Db {
    /// Stores a new token and, in the same transaction, marks the user's live tokens of the
    /// same purpose used: only the newest one works.
    pub async fn issue_one_time_token(&self, token: &OneTimeTokenRecord) -> Result<()> {
        in_tx!(self, tx => {
            sqlx::query(
                "UPDATE one_time_tokens SET used_at = $4 \
                 WHERE tenant_id = $1 AND user_id = $2 AND purpose = $3 AND used_at IS NULL",
            )
            .bind(&token.tenant_id)
            .bind(&token.user_id)
            .bind(&token.purpose)
            .bind(token.created_at)
            .execute(&mut *tx)
            .await?;
            sqlx::query(concat!("INSERT INTO one_time_tokens (", token_columns!(), ") \
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"))
                .bind(&token.id)
                .bind(&token.tenant_id)
                .bind(&token.user_id)
                .bind(&token.purpose)
                .bind(&token.email)
                .bind(&token.token_hash)
                .bind(token.created_at)
                .bind(token.expires_at)
                .bind(token.used_at)
                .bind(token.attempts)
                .bind(&token.new_email)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }

    /// The tenant's token with this hash, whether or not it is still live.
    pub async fn one_time_token_by_hash(
        &self,
        tenant_id: &str,
        token_hash: &[u8],
    ) -> Result<Option<OneTimeTokenRecord>> {
        let sql = concat!(
            "SELECT ",
            token_columns!(),
            " FROM one_time_tokens WHERE tenant_id = $1 AND token_hash = $2"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(token_hash)
            .fetch_optional(pool)
            .await)?)
    }

    /// The user's newest live (unused, unexpired) token of a purpose.
    pub async fn live_one_time_token(
        &self,
        tenant_id: &str,
        user_id: &str,
        purpose: &str,
        now: i64,
    ) -> Result<Option<OneTimeTokenRecord>> {
        let sql = concat!(
            "SELECT ",
            token_columns!(),
            " FROM one_time_tokens WHERE tenant_id = $1 AND user_id = $2 AND purpose = $3 \
             AND used_at IS NULL AND expires_at > $4 ORDER BY created_at DESC, id DESC LIMIT 1"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(user_id)
            .bind(purpose)
            .bind(now)
            .fetch_optional(pool)
            .await)?)
    }

    /// Spends a live token. Atomic across replicas: of two concurrent uses, one wins.
    pub async fn consume_one_time_token(
        &self,
        tenant_id: &str,
        id: &str,
        now: i64,
    ) -> Result<bool> {
        let updated = on_pool!(self, pool => sqlx::query(
            "UPDATE one_time_tokens SET used_at = $3 \
             WHERE tenant_id = $1 AND id = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(tenant_id)
        .bind(id)
        .bind(now)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(updated == 1)
    }

    /// Spends a live email-change token and, in the same transaction, moves its user from
    /// the address the token was issued for to its `new_email`, marked verified. `false`, with
    /// nothing changed, when the token is no longer live or the user's address is no longer
    /// the one it was issued for; a new address taken meanwhile is
    /// [`crate::StoreError::UniqueViolation`], also with nothing changed.
    pub async fn confirm_email_change(&self, token: &OneTimeTokenRecord, now: i64) -> Result<bool> {
        let Some(new_email) = token.new_email.as_deref() else {
            return Ok(false);
        };
        in_tx!(self, tx => {
            let spent = sqlx::query(
                "UPDATE one_time_tokens SET used_at = $3 \
                 WHERE tenant_id = $1 AND id = $2 AND used_at IS NULL AND expires_at > $3",
            )
            .bind(&token.tenant_id)
            .bind(&token.id)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if spent != 1 {
                // Dropping the transaction rolls it back.
                return Ok(false);
            }
            let moved = sqlx::query(
                "UPDATE users SET email = $4, email_verified = TRUE, updated_at = $5 \
                 WHERE tenant_id = $1 AND id = $2 AND email = $3",
            )
            .bind(&token.tenant_id)
            .bind(&token.user_id)
            .bind(&token.email)
            .bind(new_email)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if moved != 1 {
                return Ok(false);
            }
        });
        Ok(true)
    }

    /// Counts a wrong attempt against a live code and returns the new count; the code dies
    /// (is marked used) when the count reaches `max_attempts`. `None` if it was not live.
    pub async fn record_one_time_token_attempt(
        &self,
        tenant_id: &str,
        id: &str,
        max_attempts: i64,
        now: i64,
    ) -> Result<Option<i64>> {
        let row: Option<(i64,)> = on_pool!(self, pool => sqlx::query_as(
            "UPDATE one_time_tokens SET attempts = attempts + 1, \
             used_at = CASE WHEN attempts + 1 >= $3 THEN $4 ELSE used_at END \
             WHERE tenant_id = $1 AND id = $2 AND used_at IS NULL RETURNING attempts",
        )
        .bind(tenant_id)
        .bind(id)
        .bind(max_attempts)
        .bind(now)
        .fetch_optional(pool)
        .await)?;
        Ok(row.map(|(attempts,)| attempts))
    }

    /// Marks every live token of the user used (of the given purposes, or all); returns how many.
    pub async fn invalidate_one_time_tokens(
        &self,
        tenant_id: &str,
        user_id: &str,
        purposes: &[&str],
        now: i64,
    ) -> Result<u64> {
        let mut total = 0;
        for purpose in purposes {
            total += on_pool!(self, pool => sqlx::query(
                "UPDATE one_time_tokens SET used_at = $4 \
                 WHERE tenant_id = $1 AND user_id = $2 AND purpose = $3 AND used_at IS NULL",
            )
            .bind(tenant_id)
            .bind(user_id)
            .bind(*purpose)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        }
        Ok(total)
    }

    pub async fn insert_outbox_message(&self, message: &OutboxRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!("INSERT INTO email_outbox (", outbox_columns!(), ") \
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"))
            .bind(&message.id)
            .bind(&message.tenant_id)
            .bind(&message.to_address)
            .bind(&message.from_address)
            .bind(&message.subject)
            .bind(&message.text_body)
            .bind(&message.html_body)
            .bind(&message.template)
            .bind(&message.locale)
            .bind(message.created_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Up to `limit` outbox messages of the tenant, newest first, with ids before
    /// `before_id`, optionally only those to one address.
    pub async fn outbox_messages(
        &self,
        tenant_id: &str,
        to_address: Option<&str>,
        before_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<OutboxRecord>> {
        let sql = concat!(
            "SELECT ",
            outbox_columns!(),
            " FROM email_outbox WHERE tenant_id = $1 AND ($2 IS NULL OR id < $2) \
             AND ($3 IS NULL OR to_address = $3) ORDER BY id DESC LIMIT $4"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(before_id)
            .bind(to_address)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await)?)
    }

    /// Creates or replaces a tenant's template override.
    pub async fn upsert_email_template(&self, template: &EmailTemplateRecord) -> Result<()> {
        on_pool!(self, pool => sqlx::query(concat!("INSERT INTO email_templates (", template_columns!(), ") \
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tenant_id, template, locale) DO UPDATE SET \
            subject = $4, text_body = $5, html_body = $6, updated_at = $7"))
            .bind(&template.tenant_id)
            .bind(&template.template)
            .bind(&template.locale)
            .bind(&template.subject)
            .bind(&template.text_body)
            .bind(&template.html_body)
            .bind(template.updated_at)
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    pub async fn email_template(
        &self,
        tenant_id: &str,
        template: &str,
        locale: &str,
    ) -> Result<Option<EmailTemplateRecord>> {
        let sql = concat!(
            "SELECT ",
            template_columns!(),
            " FROM email_templates WHERE tenant_id = $1 AND template = $2 AND locale = $3"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(tenant_id)
            .bind(template)
            .bind(locale)
            .fetch_optional(pool)
            .await)?)
    }

    /// Every override of the tenant, by template and locale.
    pub async fn email_templates(&self, tenant_id: &str) -> Result<Vec<EmailTemplateRecord>> {
        let sql = concat!(
            "SELECT ",
            template_columns!(),
            " FROM email_templates WHERE tenant_id = $1 ORDER BY template, locale"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(sql).bind(tenant_id).fetch_all(pool).await)?)
    }

    /// Removes an override; returns whether it existed.
    pub async fn delete_email_template(
        &self,
        tenant_id: &str,
        template: &str,
        locale: &str,
    ) -> Result<bool> {
        let deleted = on_pool!(self, pool => sqlx::query(
            "DELETE FROM email_templates WHERE tenant_id = $1 AND template = $2 AND locale = $3",
        )
        .bind(tenant_id)
        .bind(template)
        .bind(locale)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(deleted > 0)
    }
}
