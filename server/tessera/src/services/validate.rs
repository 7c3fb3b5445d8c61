//! Input rules shared by the use cases.

use tessera_wire::FieldError;

pub const SLUG_RULE: &str =
    "use 1-63 lowercase letters, digits or hyphens, starting and ending with a letter or digit";

/// DNS-label rules (RFC 1123 §2.1), so a slug also works as a subdomain.
pub fn is_valid_slug(slug: &str) -> bool {
    let bytes = slug.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 63
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && bytes[0] != b'-'
        && bytes[bytes.len() - 1] != b'-'
}

pub fn check_slug(slug: &str, errors: &mut Vec<FieldError>) {
    if !is_valid_slug(slug) {
        errors.push(FieldError {
            pointer: "/slug".into(),
            message: format!("{slug:?} is not a valid slug: {SLUG_RULE}"),
        });
    }
}

pub fn check_name(name: &str, errors: &mut Vec<FieldError>) {
    let len = name.chars().count();
    if name.trim().is_empty() || len > 200 || name.chars().any(char::is_control) {
        errors.push(FieldError {
            pointer: "/name".into(),
            message: "must be 1-200 characters, not blank, without control characters".into(),
        });
    }
}

/// Origins are `scheme://host[:port]` exactly as browsers send them (RFC 6454 §6.2).
pub fn check_origins(origins: &[String], errors: &mut Vec<FieldError>) {
    if origins.len() > 100 {
        errors.push(FieldError {
            pointer: "/allowed_origins".into(),
            message: "at most 100 origins".into(),
        });
    }
    for (i, origin) in origins.iter().enumerate() {
        if !is_valid_origin(origin) {
            errors.push(FieldError {
                pointer: format!("/allowed_origins/{i}"),
                message: format!(
                    "{origin:?} is not an origin: use scheme://host[:port] with http or https, no path or trailing slash"
                ),
            });
        }
    }
}

fn is_valid_origin(origin: &str) -> bool {
    let Some(rest) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || rest.starts_with('[') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'))
        && host == host.to_ascii_lowercase();
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.parse::<u16>().is_ok());
    host_ok && port_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for good in ["a", "acme", "acme-prod", "a1", &"a".repeat(63)] {
            assert!(is_valid_slug(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "Acme",
            "a_b",
            "a.b",
            "ä",
            &"a".repeat(64),
            "a b",
        ] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
    }

    #[test]
    fn origins() {
        for good in [
            "https://app.example.com",
            "http://localhost:3000",
            "http://127.0.0.1:8080",
            "http://[::1]:3000",
        ] {
            assert!(is_valid_origin(good), "{good}");
        }
        for bad in [
            "app.example.com",
            "https://app.example.com/",
            "https://x/y",
            "ftp://x",
            "https://",
            "https://X.com",
            "https://x:99999",
            "*",
        ] {
            assert!(!is_valid_origin(bad), "{bad}");
        }
    }
}
