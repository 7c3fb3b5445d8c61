//! Email flows (verification, password reset, magic link, email code), the development
//! outbox and per-tenant email templates.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};

use crate::TokenDelivery;

/// Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailRequest {
    #[schema(example = "jane@example.com")]
    pub email: String,
}

/// The answer to a request that may send an email. It is the same whether or not the
/// address belongs to an account, so it reveals nothing about which accounts exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EmailRequestAccepted {
    /// A sentence to show the person who asked.
    pub message: String,
}

/// Body of `POST /t/{tenant}/auth/verify-email`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyEmailRequest {
    /// The token from the verification link (`tev_…`).
    pub token: String,
}

/// The answer to a successful email verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EmailVerified {
    pub user_id: String,
    /// The address that is now verified.
    pub email: String,
    /// Always `true`.
    pub email_verified: bool,
}

/// Body of `POST /t/{tenant}/auth/password-reset/confirm`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetConfirm {
    /// The token from the reset link (`tpr_…`).
    pub token: String,
    /// Checked against the password policy.
    pub new_password: String,
}

/// Body of `POST /t/{tenant}/auth/magic-link/verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MagicLinkVerify {
    /// The token from the magic link (`tml_…`).
    pub token: String,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<TokenDelivery>,
}

/// Body of `POST /t/{tenant}/auth/email-code/verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailCodeVerify {
    #[schema(example = "jane@example.com")]
    pub email: String,
    /// The six-digit code from the email.
    #[schema(example = "042817")]
    pub code: String,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<TokenDelivery>,
}

/// The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct VerificationEmailSent {
    pub user_id: String,
    /// Where the message went.
    pub email: String,
    /// When the link stops working.
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
}

/// A message in the development outbox, in full (links and codes included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OutboxMessage {
    /// `eml_…`
    pub id: String,
    pub to: String,
    pub from: String,
    pub subject: String,
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
    /// `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
    /// `signup_existing_account`, `organization_invitation`, `email_change` or
    /// `email_change_notice`.
    pub template: String,
    /// The locale the message was rendered in.
    pub locale: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// One page of outbox messages, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OutboxMessageList {
    pub data: Vec<OutboxMessage>,
    /// Pass as `cursor` for the next (older) page; absent on the last page.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Query of `GET /v1/tenants/{tenant}/outbox`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OutboxQueryParams {
    /// Only messages to this address.
    pub to: Option<String>,
    /// Items per page, 1-100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
///
/// Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
/// `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
/// `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutEmailTemplate {
    /// One line, at most 200 characters.
    #[schema(example = "Reset your {{ tenant_name }} password")]
    pub subject: String,
    /// The plain-text part, at most 32 KiB.
    pub text: String,
    /// The HTML part, at most 64 KiB.
    pub html: String,
}

/// A tenant's override of a built-in email template in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EmailTemplate {
    /// `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
    /// `signup_existing_account`, `organization_invitation`, `email_change` or
    /// `email_change_notice`.
    pub template: String,
    /// Lowercase BCP 47 tag, such as `de` or `pt-br`.
    pub locale: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// A tenant's template overrides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct EmailTemplateList {
    pub data: Vec<EmailTemplate>,
}
