//! A tenant's password policy: what a new password must pass at sign-up, admin create and
//! update, password change, reset and invitation accept.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The policy in force: the tenant's choices over the server's defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PasswordPolicy {
    /// Fewest characters (Unicode scalar values) a password may have; at least 8.
    #[schema(example = 10, minimum = 8)]
    pub min_length: u32,
    /// Most characters a password may have; at most 1024.
    #[schema(example = 256, maximum = 1024)]
    pub max_length: u32,
    /// Refuse passwords on the shipped list of 20,000 common passwords.
    pub reject_common: bool,
    /// Refuse passwords containing the account's email, its local part, or a word of the
    /// user's name.
    pub reject_personal_info: bool,
    /// Refuse passwords found in known breaches, asked of the server's Pwned Passwords range
    /// API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
    pub check_breached: bool,
    /// Whether the server has a range API configured (`pwned_passwords_url`), without which
    /// `check_breached` cannot be turned on.
    pub breach_check_available: bool,
}

/// Replaces the tenant's password policy; an omitted field returns to the server's default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetPasswordPolicy {
    /// 8 to `max_length` [default: 10].
    #[schema(nullable = false, example = 12)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u32>,
    /// `min_length` to 1024 [default: 256].
    #[schema(nullable = false, example = 128)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// [default: the server's `reject_common_passwords`, true unless configured].
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_common: Option<bool>,
    /// [default: true].
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_personal_info: Option<bool>,
    /// Only when the server has `pwned_passwords_url` [default: true when it has].
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_breached: Option<bool>,
}
