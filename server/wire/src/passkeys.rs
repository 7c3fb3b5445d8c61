//! Passkeys (WebAuthn): a tenant's relying-party settings, a user's registered passkeys, and
//! the two-step ceremonies (options, then verify) that register one or sign in with one.
//!
//! The options and credentials are the JSON forms of WebAuthn Level 3: options as
//! `PublicKeyCredential.parseCreationOptionsFromJSON()` / `parseRequestOptionsFromJSON()`
//! take them (binary fields base64url), credentials as `PublicKeyCredential.toJSON()` writes
//! them.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;
use utoipa::ToSchema;

use crate::auth::TokenDelivery;

/// The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttestationConveyance {
    /// No attestation statement is asked for (the passkey default).
    #[default]
    None,
    /// A statement, possibly anonymised by the client.
    Indirect,
    /// The authenticator's own statement.
    Direct,
}

/// A tenant's passkey settings. Absent fields take the defaults shown by `GET`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct WebauthnSettings {
    /// The relying-party ID: a registrable domain suffix of every origin. Defaults to the
    /// host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
    #[schema(example = "id.example.com")]
    pub rp_id: String,
    /// The name authenticators may show. Defaults to the tenant's name.
    pub rp_name: String,
    /// Origins that may run ceremonies. Defaults to the origin of the public URL.
    #[schema(example = json!(["https://id.example.com"]))]
    pub origins: Vec<String>,
    pub attestation: AttestationConveyance,
    /// Attestation statement formats accepted at registration (`none`, `packed`, `tpm`,
    /// `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
    pub allowed_formats: Vec<String>,
    /// Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey
    /// sign-in is multi-factor on its own.
    #[schema(example = "required")]
    pub user_verification: String,
}

/// Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateWebauthnSettings {
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rp_id: Option<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rp_name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub origins: Vec<String>,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attestation: Option<AttestationConveyance>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_formats: Vec<String>,
}

/// A registered passkey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Passkey {
    #[schema(example = "pk_0192f7a1c2d37b8e9f00112233445566")]
    pub id: String,
    pub user_id: String,
    pub name: String,
    /// The credential ID, base64url (the browser's `rawId`).
    pub credential_id: String,
    /// The authenticator may sync it to other devices (WebAuthn backup eligibility).
    pub backup_eligible: bool,
    /// It is currently backed up (synced).
    pub backed_up: bool,
    /// The attestation statement format it registered with.
    #[schema(example = "none")]
    pub attestation_format: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[schema(nullable = false)]
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_used_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PasskeyList {
    pub data: Vec<Passkey>,
}

/// Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RenamePasskey {
    /// 1-64 characters.
    #[schema(example = "Work laptop")]
    pub name: String,
}

/// Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PasskeyCeremony {
    /// `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
    pub ceremony_id: String,
    /// `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
    #[schema(value_type = Object)]
    pub options: Value,
    /// Seconds until the ceremony expires.
    pub expires_in: u32,
}

/// Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasskeyRegistrationFinish {
    pub ceremony_id: String,
    /// The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
    #[schema(value_type = Object)]
    pub credential: Value,
    /// 1-64 characters; defaults to "Passkey".
    #[schema(nullable = false, example = "Work laptop")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Body of `POST /t/{tenant}/auth/passkeys/options`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasskeySignInStart {
    /// Ask for this account's passkeys only. Without it (username-less), any passkey the
    /// browser holds for the tenant may answer. The answer does not reveal whether the
    /// account exists.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Body of `POST /t/{tenant}/auth/passkeys/verify`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasskeySignInFinish {
    pub ceremony_id: String,
    /// The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
    #[schema(value_type = Object)]
    pub credential: Value,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<TokenDelivery>,
    /// Sign in into this organization (its id, `org_…`, or its slug), as at
    /// `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a
    /// member and the sign-in meets its policies.
    #[schema(nullable = false, example = "globex")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

/// Body of `POST /t/{tenant}/auth/mfa/passkey/options`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasskeySecondFactorStart {
    /// The `mfa_token` of the login answer.
    pub mfa_token: String,
}

/// Body of `POST /t/{tenant}/auth/mfa/passkey/verify`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasskeySecondFactorFinish {
    pub mfa_token: String,
    pub ceremony_id: String,
    #[schema(value_type = Object)]
    pub credential: Value,
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<TokenDelivery>,
}
