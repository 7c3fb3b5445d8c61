//! Case conversions shared by the language passes. Identifiers are split into lowercase words
//! at `_`, `-`, `.`, spaces, lower-to-upper changes and the end of an acronym
//! (`getOpenIdConfiguration` → get/open/id/configuration, `HTTPServer` → http/server).

/// The lowercase words of `name`.
pub fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        if c.is_uppercase() && !current.is_empty() {
            let prev = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            // fooBar | FOOBar (acronym followed by a word) | foo1Bar
            if prev.is_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_uppercase() && next_is_lower)
            {
                words.push(std::mem::take(&mut current));
            }
        }
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

pub fn snake(name: &str) -> String {
    words(name).join("_")
}

pub fn screaming_snake(name: &str) -> String {
    snake(name).to_uppercase()
}

pub fn pascal(name: &str) -> String {
    words(name).iter().map(|w| capitalize(w)).collect()
}

pub fn camel(name: &str) -> String {
    let mut out = String::new();
    for (i, word) in words(name).iter().enumerate() {
        if i == 0 {
            out.push_str(word);
        } else {
            out.push_str(&capitalize(word));
        }
    }
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether `name` is an ASCII identifier (letters, digits, `_`, `$` when `dollar`), not
/// starting with a digit.
pub fn is_identifier(name: &str, dollar: bool) -> bool {
    let mut chars = name.chars();
    let ok = |c: char| c.is_ascii_alphanumeric() || c == '_' || (dollar && c == '$');
    match chars.next() {
        Some(first) if ok(first) && !first.is_ascii_digit() => chars.all(ok),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn splits_words() {
        assert_eq!(
            words("getOpenIdConfiguration"),
            ["get", "open", "id", "configuration"]
        );
        assert_eq!(words("HTTPServer"), ["http", "server"]);
        assert_eq!(words("next_cursor"), ["next", "cursor"]);
        assert_eq!(words("x-request-id"), ["x", "request", "id"]);
        assert_eq!(words("JwkSet"), ["jwk", "set"]);
        assert_eq!(words("ES256"), ["es256"]);
        assert_eq!(words("oauth2Token"), ["oauth2", "token"]);
    }

    #[test]
    fn converts_cases() {
        assert_eq!(snake("listUserSessions"), "list_user_sessions");
        assert_eq!(camel("list_user_sessions"), "listUserSessions");
        assert_eq!(pascal("signing_alg"), "SigningAlg");
        assert_eq!(screaming_snake("EdDSA"), "ED_DSA");
        assert!(is_identifier("next_cursor", false));
        assert!(!is_identifier("1x", false));
        assert!(!is_identifier("a-b", false));
        assert!(is_identifier("$a", true));
    }
}
