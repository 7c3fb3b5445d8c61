//! The only place this crate reads the wall clock.
//!
//! Every verification function takes `now` as a parameter; callers that have no clock of
//! their own (the language bindings, when the user passes no time) call [`unix_now`] and pass
//! its result on. Keeping the read here keeps the rest of the crate deterministic and lets
//! the workspace ban `SystemTime::now` everywhere else.

use std::time::{SystemTime, UNIX_EPOCH};

/// The current time as Unix seconds. A clock set before 1970 yields a negative value.
#[allow(clippy::disallowed_methods)]
pub fn unix_now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}
