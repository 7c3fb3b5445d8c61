//! Conversions from the foreign option records to the core's option types. Absent numbers
//! take the core's own defaults, so a default lives in one place only.

use tessera_core::Algorithm;

use crate::TesseraError;

pub(crate) fn algorithms(names: &[String]) -> Result<Vec<Algorithm>, TesseraError> {
    names
        .iter()
        .map(|n| Algorithm::parse(n).map_err(TesseraError::from))
        .collect()
}

pub(crate) fn size(value: u64) -> usize {
    usize::try_from(value).unwrap_or(usize::MAX)
}

/// `now` as given, or the system clock.
pub(crate) fn now_or_clock(now: Option<i64>) -> i64 {
    now.unwrap_or_else(tessera_core::clock::unix_now)
}
