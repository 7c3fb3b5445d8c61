//! Permission names and patterns.
//!
//! A permission is `resource:action`, each part 1-64 characters of lowercase letters,
//! digits, `_`, `-` and `.` (`invoices:read`, `billing.invoices:refund`). A role grants
//! patterns: a permission, `resource:*` (every action on the resource) or `*` (everything).
//! Checks ask about concrete permissions only.

const PART_RULE: &str = "1-64 lowercase letters, digits, `_`, `-` or `.`";

fn valid_part(part: &str) -> bool {
    (1..=64).contains(&part.len())
        && part.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b'.')
        })
}

/// Checks a concrete permission, as asked about in a check.
pub fn check_permission(permission: &str) -> Result<(), String> {
    match permission.split_once(':') {
        Some((resource, action)) if valid_part(resource) && valid_part(action) => Ok(()),
        _ => Err(format!(
            "{permission:?} is not a permission: use `resource:action`, each part {PART_RULE} (wildcards only in roles)"
        )),
    }
}

/// Checks a pattern a role may grant.
pub fn check_pattern(pattern: &str) -> Result<(), String> {
    if pattern == "*" {
        return Ok(());
    }
    match pattern.split_once(':') {
        Some((resource, action))
            if valid_part(resource) && (action == "*" || valid_part(action)) =>
        {
            Ok(())
        }
        _ => Err(format!(
            "{pattern:?} is not a permission pattern: use `resource:action`, `resource:*` or `*`, each part {PART_RULE}"
        )),
    }
}

/// Whether `pattern` grants the concrete `permission`.
pub fn grants(pattern: &str, permission: &str) -> bool {
    if pattern == "*" || pattern == permission {
        return true;
    }
    match (pattern.split_once(':'), permission.split_once(':')) {
        (Some((resource, "*")), Some((wanted, _))) => resource == wanted,
        _ => false,
    }
}

/// The first pattern of `patterns` that grants `permission`.
pub fn first_match<'a>(patterns: &'a [String], permission: &str) -> Option<&'a str> {
    patterns
        .iter()
        .map(String::as_str)
        .find(|p| grants(p, permission))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_patterns() {
        for good in ["invoices:read", "billing.invoices:refund", "a-b:c_d", "x:y"] {
            assert!(check_permission(good).is_ok(), "{good}");
            assert!(check_pattern(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "invoices",
            "invoices:",
            ":read",
            "Invoices:read",
            "a:b:c",
            "a b:c",
            "*",
        ] {
            assert!(check_permission(bad).is_err(), "{bad}");
        }
        assert!(check_pattern("*").is_ok() && check_pattern("invoices:*").is_ok());
        for bad in ["*:read", "invoices:r*", "**", "a:b:c"] {
            assert!(check_pattern(bad).is_err(), "{bad}");
        }
        assert!(check_permission(&format!("{}:read", "a".repeat(65))).is_err());
    }

    #[test]
    fn matching() {
        assert!(grants("*", "invoices:read"));
        assert!(grants("invoices:*", "invoices:read"));
        assert!(grants("invoices:read", "invoices:read"));
        assert!(!grants("invoices:read", "invoices:write"));
        assert!(!grants("invoices:*", "invoice:read"));
        assert!(!grants("invoices:*", "invoicesx:read"));
        let patterns = vec!["members:read".to_owned(), "invoices:*".to_owned()];
        assert_eq!(
            first_match(&patterns, "invoices:refund"),
            Some("invoices:*")
        );
        assert_eq!(first_match(&patterns, "members:remove"), None);
    }
}
