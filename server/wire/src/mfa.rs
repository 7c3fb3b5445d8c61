//! Multi-factor authentication: TOTP enrolment (RFC 6238), recovery codes, and the sign-in
//! challenge that a correct password leads to when the account has a second factor.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::auth::{SessionTokens, TokenDelivery};

/// A second factor that completes a sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MfaFactor {
    /// A six-digit code from an authenticator app (`code`).
    Totp,
    /// One of the user's single-use recovery codes (`recovery_code`).
    RecoveryCode,
    /// One of the user's passkeys, at `POST /t/{tenant}/auth/mfa/passkey/options` and
    /// `…/verify`.
    Passkey,
}

/// The answer to a correct password when the account has a second factor: no session yet,
/// but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MfaChallenge {
    /// Always `true`; tells this answer apart from session tokens.
    #[schema(example = true)]
    pub mfa_required: bool,
    /// `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful
    /// verification. Wrong codes do not spend it, but count towards the account's lockout.
    pub mfa_token: String,
    /// The factors the user can complete the sign-in with.
    pub factors: Vec<MfaFactor>,
    /// Seconds until `mfa_token` expires.
    pub expires_in: u32,
}

/// What a correct password leads to: session tokens, or, when the account has a second
/// factor, a challenge (`mfa_required: true`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum LoginResponse {
    Session(SessionTokens),
    MfaRequired(MfaChallenge),
}

/// Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
/// `code` and `recovery_code`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MfaVerifyRequest {
    /// The `mfa_token` of the login answer.
    pub mfa_token: String,
    /// The current six-digit code of the user's authenticator app.
    #[schema(nullable = false, example = "123456")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,
    /// spaces and case are optional).
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_code: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<TokenDelivery>,
}

/// Where a user's TOTP authenticator stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TotpState {
    /// No authenticator: sign-in needs only the password.
    Disabled,
    /// Enrolment started but not yet confirmed with a code: sign-in needs only the password.
    Pending,
    /// Confirmed: sign-in needs a code or a recovery code after the password.
    Enabled,
}

/// A user's TOTP status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TotpStatus {
    pub status: TotpState,
    /// When the current authenticator's enrolment started.
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<OffsetDateTime>,
    /// When it was confirmed (enabled).
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub confirmed_at: Option<OffsetDateTime>,
    /// Unused recovery codes left.
    pub recovery_codes_remaining: u32,
}

/// A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
/// into an authenticator app, then confirm with a code it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TotpEnrolment {
    /// The shared secret in base32 (RFC 4648, no padding), for manual entry.
    #[schema(example = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")]
    pub secret: String,
    /// The `otpauth://totp/…` key URI that the QR codes encode.
    pub otpauth_uri: String,
    /// The QR code as a PNG `data:` URI, ready for an `<img src>`.
    pub qr_png: String,
    /// The QR code as an SVG document.
    pub qr_svg: String,
    /// Always `SHA1`, the algorithm every authenticator app supports.
    pub algorithm: String,
    /// Digits per code (6).
    pub digits: u8,
    /// Seconds per time step (30).
    pub period: u32,
}

/// Body of the TOTP confirmation: a code the authenticator shows now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmTotp {
    #[schema(example = "123456")]
    pub code: String,
}

/// Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
/// code. Only their hashes are stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RecoveryCodes {
    pub recovery_codes: Vec<String>,
}
