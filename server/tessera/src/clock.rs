//! The one place that reads the wall clock. Everything that checks or stamps time takes a
//! [`Clock`], so tests can move time instead of sleeping.

use std::sync::Arc;

use time::OffsetDateTime;

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> OffsetDateTime;

    /// Whole Unix seconds, the storage form of every timestamp.
    fn unix(&self) -> i64 {
        self.now().unix_timestamp()
    }
}

/// The operating system's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)]
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

pub type SharedClock = Arc<dyn Clock>;

/// Converts stored Unix seconds back to a timestamp (out-of-range values clamp to the epoch).
pub fn from_unix(secs: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}
