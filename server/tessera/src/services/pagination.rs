//! Cursor pagination shared by every list: page sizes, opaque cursors, and the
//! fetch-one-more trick that tells whether another page exists.

use base64::Engine;

use super::{Result, ServiceError};

pub const DEFAULT_PAGE_SIZE: u32 = 20;
pub const MAX_PAGE_SIZE: u32 = 100;

/// The requested page size, 1-100 (20 when absent).
pub fn page_size(limit: Option<u32>) -> Result<u32> {
    let limit = limit.unwrap_or(DEFAULT_PAGE_SIZE);
    if (1..=MAX_PAGE_SIZE).contains(&limit) {
        Ok(limit)
    } else {
        Err(ServiceError::invalid(
            "/limit",
            format!("must be between 1 and {MAX_PAGE_SIZE}"),
        ))
    }
}

/// Cursors are opaque to clients; today they wrap the last key seen.
pub fn encode_cursor(key: &str) -> String {
    tessera_crypto::b64url(key.as_bytes())
}

/// The key inside a cursor, which must carry the key prefix of the list it pages through.
pub fn decode_cursor(cursor: &str, prefix: &str) -> Result<String> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .filter(|key| key.starts_with(prefix))
        .ok_or_else(|| {
            ServiceError::invalid(
                "/cursor",
                "is not a cursor this server issued; use next_cursor from the previous page",
            )
        })
}

/// Lists fetch `limit + 1` rows: the extra row, if any, is dropped and means another page
/// follows, whose cursor is the key of the last row kept.
pub fn next_cursor<T>(
    records: &mut Vec<T>,
    limit: u32,
    key: impl Fn(&T) -> String,
) -> Option<String> {
    if records.len() > limit as usize {
        records.truncate(limit as usize);
        records.last().map(|r| encode_cursor(&key(r)))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages() {
        assert_eq!(page_size(None).unwrap(), 20);
        assert!(page_size(Some(0)).is_err() && page_size(Some(101)).is_err());
        let mut rows = vec!["usr_1", "usr_2", "usr_3"];
        let cursor = next_cursor(&mut rows, 2, |r| (*r).to_owned()).unwrap();
        assert_eq!(rows, ["usr_1", "usr_2"]);
        assert_eq!(decode_cursor(&cursor, "usr_").unwrap(), "usr_2");
        assert!(decode_cursor(&cursor, "ten_").is_err());
        assert_eq!(next_cursor(&mut rows, 2, |r| (*r).to_owned()), None);
    }
}
