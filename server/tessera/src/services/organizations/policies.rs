//! Organization policies judged against one sign-in: at the switch of a first-party
//! session, and when a hosted sign-in opens into an organization (`organization` on the
//! authorization request).
//!
//! A sign-in has a first factor (`password`, `magic_link`, `email_code`, `signup`,
//! `passkey`) and perhaps a second (`totp`, `recovery_code`, `passkey`).
//! `allowed_sign_in_methods` judges the first factor and `mfa_required` the second, so a
//! password-only organization lists `password` alone whether or not its members use TOTP.
//! A passkey as the first factor satisfies `mfa_required` on its own: it is asserted with
//! user verification, possession and a PIN or biometric in one step. A list that names a second factor keeps its
//! old meaning (sessions completed with that factor pass), so existing policies still hold.

use tessera_store::{OrganizationRecord, SessionContextRecord};

use super::super::{Result, ServiceError};

pub const SECOND_FACTORS: [&str; 2] = ["totp", "recovery_code"];

/// How and when a session was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignIn {
    pub first_factor: String,
    pub second_factor: Option<String>,
    /// Unix time of the sign-in.
    pub at: i64,
}

impl SignIn {
    /// From a session's recorded context. Rows written before first and second factors
    /// were kept apart hold the second factor as the method; its first factor was a
    /// password (the only first factor with a second-factor step then).
    pub fn of_session(context: Option<&SessionContextRecord>, opened_at: i64) -> SignIn {
        let Some(context) = context else {
            return SignIn {
                first_factor: "unknown".into(),
                second_factor: None,
                at: opened_at,
            };
        };
        if SECOND_FACTORS.contains(&context.sign_in_method.as_str()) {
            return SignIn {
                first_factor: "password".into(),
                second_factor: Some(context.sign_in_method.clone()),
                at: opened_at,
            };
        }
        SignIn {
            first_factor: context.sign_in_method.clone(),
            second_factor: context.second_factor.clone(),
            at: opened_at,
        }
    }

    /// From a hosted sign-in's authentication methods (RFC 8176 `amr` values).
    pub fn of_amr(amr: &[String], auth_time: i64) -> SignIn {
        let has = |value: &str| amr.iter().any(|a| a == value);
        // A passkey's key is `hwk` (device-bound) or `swk` (synced), RFC 8176 §2.
        let passkey = has("hwk") || has("swk");
        let first_factor = if has("pwd") {
            "password"
        } else if passkey {
            "passkey"
        } else {
            "unknown"
        };
        let second_factor = if has("otp") {
            Some("totp".to_owned())
        } else if passkey && has("pwd") {
            Some("passkey".to_owned())
        } else if has("mfa") && !passkey {
            Some("recovery_code".to_owned())
        } else {
            None
        };
        SignIn {
            first_factor: first_factor.into(),
            second_factor,
            at: auth_time,
        }
    }
}

fn violation(organization: &OrganizationRecord, policy: &str, detail: String) -> ServiceError {
    ServiceError::PolicyViolation(format!(
        "the organization {} refuses this session by its policy `{policy}`: {detail}",
        organization.slug
    ))
}

/// Checks the organization's policies against a sign-in, at `now`. `retry` says what to do
/// after signing in again ("switch again", "start the sign-in again").
pub fn check(
    organization: &OrganizationRecord,
    sign_in: &SignIn,
    now: i64,
    retry: &str,
) -> Result<()> {
    if let Some(allowed) = &organization.allowed_sign_in_methods {
        let allowed: Vec<String> = serde_json::from_str(allowed).map_err(|e| {
            ServiceError::Internal(format!(
                "allowed_sign_in_methods of {} is not a JSON array: {e}",
                organization.id
            ))
        })?;
        let listed = |method: &str| allowed.iter().any(|m| m == method);
        let admitted =
            listed(&sign_in.first_factor) || sign_in.second_factor.as_deref().is_some_and(listed);
        if !admitted {
            let first_factors: Vec<&str> = allowed
                .iter()
                .map(String::as_str)
                .filter(|m| !SECOND_FACTORS.contains(m))
                .collect();
            return Err(violation(
                organization,
                "allowed_sign_in_methods",
                format!(
                    "this session was opened with `{}`, and the organization accepts only {}; sign in with one of those, then {retry}",
                    sign_in.first_factor,
                    if first_factors.is_empty() {
                        allowed.join(", ")
                    } else {
                        first_factors.join(", ")
                    }
                ),
            ));
        }
    }
    let multi_factor = sign_in.second_factor.is_some() || sign_in.first_factor == "passkey";
    if organization.mfa_required && !multi_factor {
        return Err(violation(
            organization,
            "mfa_required",
            format!(
                "it needs a sign-in completed with a second factor; enrol an authenticator (TOTP) or a passkey, sign in again, then {retry}"
            ),
        ));
    }
    if let Some(max_age) = organization.max_session_age_secs {
        let age = now - sign_in.at;
        if age > max_age {
            return Err(violation(
                organization,
                "max_session_age_secs",
                format!(
                    "sessions must be at most {max_age} s old and this one is {age} s old; sign in again, then {retry}"
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn organization(methods: Option<&str>, mfa: bool, age: Option<i64>) -> OrganizationRecord {
        OrganizationRecord {
            allowed_sign_in_methods: methods.map(str::to_owned),
            mfa_required: mfa,
            max_session_age_secs: age,
            ..OrganizationRecord::default()
        }
    }

    fn sign_in(first: &str, second: Option<&str>) -> SignIn {
        SignIn {
            first_factor: first.into(),
            second_factor: second.map(str::to_owned),
            at: 1000,
        }
    }

    #[test]
    fn a_password_only_policy_admits_password_with_totp() {
        let org = organization(Some(r#"["password"]"#), false, None);
        assert!(
            check(
                &org,
                &sign_in("password", Some("totp")),
                1000,
                "switch again"
            )
            .is_ok()
        );
        let refused = check(
            &org,
            &sign_in("magic_link", Some("totp")),
            1000,
            "switch again",
        )
        .unwrap_err()
        .to_string();
        assert!(refused.contains("`allowed_sign_in_methods`"), "{refused}");
        assert!(refused.contains("`magic_link`"), "{refused}");
    }

    #[test]
    fn mfa_is_judged_by_the_second_factor() {
        let org = organization(None, true, None);
        assert!(
            check(
                &org,
                &sign_in("magic_link", Some("recovery_code")),
                1000,
                "x"
            )
            .is_ok()
        );
        let refused = check(&org, &sign_in("password", None), 1000, "x")
            .unwrap_err()
            .to_string();
        assert!(refused.contains("`mfa_required`"), "{refused}");
    }

    #[test]
    fn legacy_rows_and_lists_keep_their_meaning() {
        let legacy = SessionContextRecord {
            session_id: "ses_1".into(),
            tenant_id: "ten_1".into(),
            sign_in_method: "totp".into(),
            second_factor: None,
            organization_id: None,
            switched_at: None,
        };
        let read = SignIn::of_session(Some(&legacy), 5);
        assert_eq!(
            read,
            SignIn {
                first_factor: "password".into(),
                second_factor: Some("totp".into()),
                at: 5
            }
        );
        let org = organization(Some(r#"["totp"]"#), true, None);
        assert!(check(&org, &read, 5, "x").is_ok());
    }

    #[test]
    fn session_age_is_bounded() {
        let org = organization(None, false, Some(60));
        assert!(check(&org, &sign_in("password", None), 1060, "x").is_ok());
        let refused = check(&org, &sign_in("password", None), 1061, "x")
            .unwrap_err()
            .to_string();
        assert!(
            refused.contains("`max_session_age_secs`") && refused.contains("61 s"),
            "{refused}"
        );
    }

    #[test]
    fn hosted_sign_ins_read_their_amr() {
        let amr = |values: &[&str]| values.iter().map(|v| (*v).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            SignIn::of_amr(&amr(&["pwd"]), 1),
            sign_in_at("password", None, 1)
        );
        assert_eq!(
            SignIn::of_amr(&amr(&["pwd", "otp", "mfa"]), 1),
            sign_in_at("password", Some("totp"), 1)
        );
        assert_eq!(
            SignIn::of_amr(&amr(&["pwd", "mfa"]), 1),
            sign_in_at("password", Some("recovery_code"), 1)
        );
        assert_eq!(
            SignIn::of_amr(&amr(&["hwk", "user", "mfa"]), 1),
            sign_in_at("passkey", None, 1)
        );
        assert_eq!(
            SignIn::of_amr(&amr(&["pwd", "swk", "mfa"]), 1),
            sign_in_at("password", Some("passkey"), 1)
        );
    }

    #[test]
    fn a_passkey_satisfies_mfa_required_alone_or_as_second_factor() {
        let org = organization(None, true, None);
        check(&org, &sign_in("passkey", None), 0, "switch again").unwrap();
        check(
            &org,
            &sign_in("password", Some("passkey")),
            0,
            "switch again",
        )
        .unwrap();
        let refused = check(&org, &sign_in("magic_link", None), 0, "switch again")
            .unwrap_err()
            .to_string();
        assert!(refused.contains("`mfa_required`"), "{refused}");
        let password_only = organization(Some(r#"["password"]"#), false, None);
        assert!(check(&password_only, &sign_in("passkey", None), 0, "x").is_err());
    }

    fn sign_in_at(first: &str, second: Option<&str>, at: i64) -> SignIn {
        SignIn {
            at,
            ..sign_in(first, second)
        }
    }
}
