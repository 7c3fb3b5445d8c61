//! Each tenant's password policy, and the check every new password passes.
//!
//! A new password (sign-up, admin create and update, password change, reset, and invitation
//! accept, which creates the account through admin create) must have a length within the
//! tenant's bounds (NIST SP 800-63B §3.1.1.2: at least 8, long passphrases allowed), and,
//! as the tenant chooses: not contain the account's email or name, not be on the shipped
//! common-password list, not be in a known breach by the k-anonymity range protocol
//! ([`super::breached_passwords`]).
//!
//! A tenant stores only what it chose; every other setting follows the server's
//! configuration (`reject_common_passwords`, `pwned_passwords_url`), so an operator's change
//! reaches tenants that never picked a value.

use serde_json::json;
use tessera_store::{PasswordPolicyRecord, TenantRecord};
use tessera_wire::{FieldError, PasswordPolicy, SetPasswordPolicy};

use super::audit::{self, Context};
use super::breached_passwords::Outcome;
use super::passwords::is_common;
use super::{App, Result, ServiceError, tenants};

/// NIST SP 800-63B §3.1.1.2's floor for chosen passwords; no tenant may go below it.
pub const MIN_LENGTH_FLOOR: u32 = 8;
pub const DEFAULT_MIN_LENGTH: u32 = 10;
pub const DEFAULT_MAX_LENGTH: u32 = 256;
/// Long enough for any passphrase, short enough that hashing it stays cheap.
pub const MAX_LENGTH_CEILING: u32 = 1024;

/// The policy in force for a tenant: its stored choices over the server's defaults.
pub async fn effective(app: &App, tenant: &TenantRecord) -> Result<PasswordPolicy> {
    let record = app.db.password_policy(&tenant.id).await?;
    Ok(resolve(app, &record))
}

fn resolve(app: &App, record: &PasswordPolicyRecord) -> PasswordPolicy {
    let length = |stored: Option<i64>, default: u32| {
        stored
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(default)
    };
    let available = app.password_policy.breach_check.is_some();
    PasswordPolicy {
        min_length: length(record.min_length, DEFAULT_MIN_LENGTH),
        max_length: length(record.max_length, DEFAULT_MAX_LENGTH),
        reject_common: record
            .reject_common
            .unwrap_or(app.password_policy.reject_common),
        reject_personal_info: record.reject_personal_info.unwrap_or(true),
        // Stored `true` with the range API since removed from the configuration: off.
        check_breached: available && record.check_breached.unwrap_or(true),
        breach_check_available: available,
    }
}

/// Replaces the tenant's policy; omitted fields return to the server's defaults.
pub async fn set(
    app: &App,
    ctx: &Context,
    slug: &str,
    input: SetPasswordPolicy,
) -> Result<PasswordPolicy> {
    let tenant = tenants::find(app, slug).await?;
    let mut errors = Vec::new();
    let min = input.min_length.unwrap_or(DEFAULT_MIN_LENGTH);
    let max = input.max_length.unwrap_or(DEFAULT_MAX_LENGTH);
    if min < MIN_LENGTH_FLOOR {
        errors.push(field(
            "/min_length",
            format!("must be at least {MIN_LENGTH_FLOOR} (NIST SP 800-63B)"),
        ));
    }
    if max > MAX_LENGTH_CEILING {
        errors.push(field(
            "/max_length",
            format!("must be at most {MAX_LENGTH_CEILING}"),
        ));
    }
    if min > max {
        let pointer = if input.max_length.is_some() {
            "/max_length"
        } else {
            "/min_length"
        };
        errors.push(field(
            pointer,
            format!("min_length ({min}) must not be greater than max_length ({max})"),
        ));
    }
    if input.check_breached == Some(true) && app.password_policy.breach_check.is_none() {
        errors.push(field(
            "/check_breached",
            "this server has no leaked-password range API; its operator must set \
             pwned_passwords_url (--pwned-passwords-url) first",
        ));
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let record = PasswordPolicyRecord {
        min_length: input.min_length.map(i64::from),
        max_length: input.max_length.map(i64::from),
        reject_common: input.reject_common,
        reject_personal_info: input.reject_personal_info,
        check_breached: input.check_breached,
    };
    app.db
        .set_password_policy(&tenant.id, &record, app.clock.unix())
        .await?;
    let policy = resolve(app, &record);
    audit::record(
        app,
        &tenant.id,
        ctx,
        "password_policy.updated",
        None,
        json!({
            "min_length": policy.min_length,
            "max_length": policy.max_length,
            "reject_common": policy.reject_common,
            "reject_personal_info": policy.reject_personal_info,
            "check_breached": policy.check_breached,
        }),
    )
    .await?;
    Ok(policy)
}

/// Why a new password is refused. The API shows [`PasswordProblem::message`]; the hosted
/// pages show their own translation of the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort { min: u32 },
    TooLong { max: u32 },
    ContainsEmail,
    ContainsName,
    Common,
    Breached,
}

impl PasswordProblem {
    /// The English explanation, about the rule and never the password.
    pub fn message(self) -> String {
        match self {
            PasswordProblem::TooShort { min } => format!("must be at least {min} characters"),
            PasswordProblem::TooLong { max } => format!("must be at most {max} characters"),
            PasswordProblem::ContainsEmail => "must not contain the email address".to_owned(),
            PasswordProblem::ContainsName => "must not contain the user's name".to_owned(),
            PasswordProblem::Common => {
                "is too common: it is on a list of the 20,000 most used passwords; choose another"
                    .to_owned()
            }
            PasswordProblem::Breached => {
                "appears in a known data breach, so attackers try it first; choose another"
                    .to_owned()
            }
        }
    }

    /// The problem as a field error of the answer, at `pointer`.
    pub fn field(self, pointer: &str) -> FieldError {
        field(pointer, self.message())
    }
}

/// Everything a new password of `tenant` must pass. `pointer` names the field in the
/// answer. The leaked-password check fails open: when the range API cannot answer (down,
/// slow past its timeout, garbled) the password is accepted and a warning logged, so an
/// outage of a third party never blocks sign-ups and password changes.
pub async fn check_new(
    app: &App,
    tenant: &TenantRecord,
    pointer: &str,
    password: &str,
    email: &str,
    name: Option<&str>,
) -> Result<Option<FieldError>> {
    Ok(problem_of_new(app, tenant, password, email, name)
        .await?
        .map(|problem| problem.field(pointer)))
}

/// [`check_new`] as an error: the refusal the self-service flows return, whose kind the
/// hosted pages translate.
pub async fn refuse_new(
    app: &App,
    tenant: &TenantRecord,
    pointer: &str,
    password: &str,
    email: &str,
    name: Option<&str>,
) -> Result<()> {
    match problem_of_new(app, tenant, password, email, name).await? {
        Some(problem) => Err(ServiceError::PasswordRejected {
            pointer: pointer.to_owned(),
            problem,
        }),
        None => Ok(()),
    }
}

/// What is wrong with a new password of `tenant`, if anything.
pub async fn problem_of_new(
    app: &App,
    tenant: &TenantRecord,
    password: &str,
    email: &str,
    name: Option<&str>,
) -> Result<Option<PasswordProblem>> {
    let policy = effective(app, tenant).await?;
    if let Some(problem) = problem_of(&policy, password, email, name) {
        return Ok(Some(problem));
    }
    let Some(client) = app
        .password_policy
        .breach_check
        .as_ref()
        .filter(|_| policy.check_breached)
    else {
        return Ok(None);
    };
    Ok(match client.check(password).await {
        Outcome::Breached => Some(PasswordProblem::Breached),
        Outcome::NotFound => None,
        Outcome::Unavailable(reason) => {
            tracing::warn!(
                error = %reason,
                "the leaked-password check is unavailable; the password is accepted without it (fail open)"
            );
            None
        }
    })
}

/// The checks that need no network: length (in characters), personal information, and the
/// common-password list.
pub fn check_local(
    policy: &PasswordPolicy,
    pointer: &str,
    password: &str,
    email: &str,
    name: Option<&str>,
) -> Option<FieldError> {
    problem_of(policy, password, email, name).map(|problem| problem.field(pointer))
}

/// [`check_local`]'s problem, by kind.
fn problem_of(
    policy: &PasswordPolicy,
    password: &str,
    email: &str,
    name: Option<&str>,
) -> Option<PasswordProblem> {
    let length = password.chars().count();
    let (min, max) = (policy.min_length, policy.max_length);
    let problem = if length < usize::try_from(min).unwrap_or(usize::MAX) {
        Some(PasswordProblem::TooShort { min })
    } else if length > usize::try_from(max).unwrap_or(usize::MAX) {
        Some(PasswordProblem::TooLong { max })
    } else if policy.reject_personal_info {
        personal_info(password, email, name)
    } else {
        None
    };
    problem.or_else(|| {
        (policy.reject_common && is_common(password)).then_some(PasswordProblem::Common)
    })
}

/// Whether the password contains the email, its local part or a word of the name (parts of
/// three characters or more, ignoring case).
fn personal_info(password: &str, email: &str, name: Option<&str>) -> Option<PasswordProblem> {
    let lower = password.to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    let contains = |part: &str| part.chars().count() >= 3 && lower.contains(&part.to_lowercase());
    if contains(email) || contains(local) {
        Some(PasswordProblem::ContainsEmail)
    } else if name.is_some_and(|n| n.split_whitespace().any(contains)) {
        Some(PasswordProblem::ContainsName)
    } else {
        None
    }
}

fn field(pointer: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        pointer: pointer.to_owned(),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> PasswordPolicy {
        PasswordPolicy {
            min_length: DEFAULT_MIN_LENGTH,
            max_length: DEFAULT_MAX_LENGTH,
            reject_common: true,
            reject_personal_info: true,
            check_breached: false,
            breach_check_available: false,
        }
    }

    fn check(policy: &PasswordPolicy, password: &str) -> Option<String> {
        check_local(
            policy,
            "/password",
            password,
            "jane.doe@example.com",
            Some("Jane Doe"),
        )
        .map(|p| p.message)
    }

    #[test]
    fn defaults() {
        let p = policy();
        assert!(check(&p, "short").unwrap().contains("at least 10"));
        assert!(check(&p, &"x".repeat(257)).unwrap().contains("at most 256"));
        assert!(check(&p, "my jane.doe password").unwrap().contains("email"));
        assert!(check(&p, "Doe-family-2024!").unwrap().contains("name"));
        assert!(check(&p, " Qwertyuiop").unwrap().contains("too common"));
        assert_eq!(check(&p, "correct horse battery"), None);
        // Length counts characters, not bytes.
        assert_eq!(check(&p, "ééééééééééé"), None);
    }

    #[test]
    fn each_setting_changes_the_answer() {
        let p = PasswordPolicy {
            min_length: 8,
            max_length: 12,
            ..policy()
        };
        assert_eq!(check(&p, "9chars-ok"), None);
        assert!(check(&p, "13 characters").unwrap().contains("at most 12"));
        let p = PasswordPolicy {
            reject_personal_info: false,
            ..policy()
        };
        assert_eq!(check(&p, "Doe-family-2024!"), None);
        assert_eq!(check(&p, "my jane.doe password"), None);
        let p = PasswordPolicy {
            reject_common: false,
            ..policy()
        };
        assert_eq!(check(&p, "qwertyuiop"), None);
    }
}
