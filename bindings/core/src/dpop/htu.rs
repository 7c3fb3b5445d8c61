//! `htu` normalisation for DPoP (RFC 9449 §4.3 check 9).
//!
//! RFC 9449 compares `htu` with the request URI "ignoring any query and fragment parts" and
//! asks for syntax-based and scheme-based normalisation (RFC 3986 §6.2.2, §6.2.3) first, so
//! that `HTTPS://Server.Example:443/a/./b` and `https://server.example/a/b` match. Both sides
//! go through [`normalize_htu`]; what it does, in order:
//!
//! * only absolute `http` and `https` URIs, ASCII without spaces or control characters;
//!   userinfo (`user@`) is refused (RFC 9110 §4.2.4);
//! * scheme and host are lowercased; an empty or default port (80, 443) is dropped;
//! * query and fragment are removed;
//! * in the path, percent-encoded unreserved characters are decoded, other percent-encodings
//!   get uppercase hex, dot segments are removed (RFC 3986 §5.2.4), and an empty path
//!   becomes `/`.
//!
//! No IDNA processing is done: internationalised hosts must arrive in their `xn--` form.

use crate::error::{ErrorKind, Result, err};

fn invalid<T>(url: &str, why: &str) -> Result<T> {
    // Show a bounded prefix only: the URL is caller-controlled.
    let shown: String = url.chars().take(100).collect();
    err(
        ErrorKind::InvalidUrl,
        format!("{shown:?} is not usable: {why}"),
    )
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn normalise_percent_encoding(url: &str, path: &str) -> Result<String> {
    let bytes = path.as_bytes();
    let mut out = String::with_capacity(path.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let (Some(hi), Some(lo)) = (
                bytes.get(i + 1).copied().and_then(hex_value),
                bytes.get(i + 2).copied().and_then(hex_value),
            ) else {
                return invalid(url, "bad percent-encoding");
            };
            let decoded = hi * 16 + lo;
            if is_unreserved(decoded) {
                out.push(char::from(decoded));
            } else {
                out.push('%');
                out.push_str(&format!("{decoded:02X}"));
            }
            i += 3;
        } else {
            out.push(char::from(b));
            i += 1;
        }
    }
    Ok(out)
}

/// RFC 3986 §5.2.4 "remove_dot_segments", on a path that starts with `/`.
fn remove_dot_segments(path: &str) -> String {
    let mut output: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing_slash = false;
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            "." => trailing_slash = i == last,
            ".." => {
                output.pop();
                trailing_slash = i == last;
            }
            s => {
                output.push(s);
                trailing_slash = false;
            }
        }
    }
    let mut result = String::with_capacity(path.len());
    for segment in &output {
        result.push('/');
        result.push_str(segment);
    }
    if trailing_slash || result.is_empty() {
        result.push('/');
    }
    result
}

/// Normalises an `http(s)` URI for `htu` comparison; [`ErrorKind::InvalidUrl`] if it is not
/// one.
pub fn normalize_htu(url: &str) -> Result<String> {
    if url.len() > 8192 {
        return invalid(url, "too long");
    }
    if !url.bytes().all(|b| b.is_ascii_graphic()) {
        return invalid(url, "only printable ASCII without spaces is accepted");
    }
    let Some((scheme, rest)) = url.split_once("://") else {
        return invalid(url, "not an absolute URI");
    };
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => "80",
        "https" => "443",
        _ => return invalid(url, "the scheme must be http or https"),
    };
    let rest = rest.split_once('#').map_or(rest, |(before, _)| before);
    let rest = rest.split_once('?').map_or(rest, |(before, _)| before);
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if authority.contains('@') {
        return invalid(url, "userinfo is not allowed");
    }
    let (host, port) = if let Some(after_bracket) = authority.strip_prefix('[') {
        let Some((inside, tail)) = after_bracket.split_once(']') else {
            return invalid(url, "unclosed IPv6 literal");
        };
        if inside.is_empty()
            || !inside
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return invalid(url, "bad IPv6 literal");
        }
        let port = match tail {
            "" => "",
            t => match t.strip_prefix(':') {
                Some(p) => p,
                None => return invalid(url, "junk after the IPv6 literal"),
            },
        };
        (format!("[{}]", inside.to_ascii_lowercase()), port)
    } else {
        let (host, port) = authority.rsplit_once(':').unwrap_or((authority, ""));
        if host.is_empty()
            || !host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return invalid(url, "bad host");
        }
        (host.to_ascii_lowercase(), port)
    };
    if !port.bytes().all(|b| b.is_ascii_digit()) || port.len() > 5 {
        return invalid(url, "bad port");
    }
    // Empty port means the default (RFC 3986 §6.2.3); leading zeros are insignificant.
    let port = match port.parse::<u32>() {
        Err(_) => None,
        Ok(0) => return invalid(url, "port 0"),
        Ok(n) if n > 65_535 => return invalid(url, "bad port"),
        Ok(n) if n.to_string() == default_port => None,
        Ok(n) => Some(n.to_string()),
    };
    let path = remove_dot_segments(&normalise_percent_encoding(url, path)?);
    let mut out = String::with_capacity(scheme.len() + host.len() + path.len() + 10);
    out.push_str(&scheme);
    out.push_str("://");
    out.push_str(&host);
    if let Some(port) = port {
        out.push(':');
        out.push_str(&port);
    }
    out.push_str(&path);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        let cases = [
            (
                "https://server.example.com/token",
                "https://server.example.com/token",
            ),
            (
                "HTTPS://Server.Example.COM:443/token",
                "https://server.example.com/token",
            ),
            ("http://a.example:80", "http://a.example/"),
            ("http://a.example:", "http://a.example/"),
            ("https://a.example:8443/x?y=1#z", "https://a.example:8443/x"),
            ("https://a.example/a/./b/../c", "https://a.example/a/c"),
            ("https://a.example/a/b/..", "https://a.example/a/"),
            (
                "https://a.example/%7euser/%2fx",
                "https://a.example/~user/%2Fx",
            ),
            ("https://a.example/%41", "https://a.example/A"),
            ("https://[::1]:443/t", "https://[::1]/t"),
            ("https://[FE80::1]:8443/t", "https://[fe80::1]:8443/t"),
            ("https://a.example/T", "https://a.example/T"),
            ("https://a.example:0443/t", "https://a.example/t"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_htu(input).unwrap(), want, "{input}");
        }
    }

    #[test]
    fn refuses() {
        for bad in [
            "/token",
            "ftp://a.example/x",
            "https://user@a.example/x",
            "https://a.example/x y",
            "https://a.example:99999/",
            "https://a.example:0/",
            "https:///x",
            "https://a_b.example/",
            "https://a.example/%zz",
            "https://[::1/",
            "https://a.example/é",
        ] {
            assert_eq!(
                normalize_htu(bad).unwrap_err().kind(),
                ErrorKind::InvalidUrl,
                "{bad}"
            );
        }
    }
}
