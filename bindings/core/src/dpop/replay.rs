//! The `jti` replay cache for DPoP proofs (RFC 9449 §11.1), bounded in memory.
//!
//! An entry only needs to live as long as its proof could still be accepted, i.e. until
//! `iat + max_age`; after that the `iat` window refuses the proof anyway. So entries expire,
//! and expired ones are dropped on every insert.
//!
//! Memory is also hard-capped: when the cache is full of live entries, the one closest to
//! expiry is evicted. That is the least harmful victim, but it means that under a flood
//! larger than the capacity within one window, an evicted proof could be replayed: size
//! `capacity` above the number of proofs expected per `max_age` window, and watch
//! [`MemoryReplayCache::evictions`]. Keys are SHA-256 digests (of the key thumbprint and the
//! `jti`), so an entry costs a fixed amount of memory whatever the `jti`'s length.
//!
//! Deployments with several instances need a shared store: implement [`ReplayCache`] on it.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard};

/// A store that remembers which proofs were seen.
pub trait ReplayCache: Send + Sync {
    /// Records `key` as used until `expires_at` (exclusive) and returns true, or returns
    /// false if `key` is already recorded and not expired at `now`.
    fn check_and_insert(&self, key: &[u8; 32], expires_at: i64, now: i64) -> bool;
}

#[derive(Debug, Default)]
struct Inner {
    /// key -> (expires_at, sequence number)
    entries: HashMap<[u8; 32], (i64, u64)>,
    /// The same entries ordered by expiry, for purging and eviction.
    by_expiry: BTreeSet<(i64, u64, [u8; 32])>,
    next_seq: u64,
    evictions: u64,
}

impl Inner {
    fn purge(&mut self, now: i64) {
        while let Some(&(expires_at, seq, key)) = self.by_expiry.first() {
            if expires_at > now {
                break;
            }
            self.by_expiry.remove(&(expires_at, seq, key));
            self.entries.remove(&key);
        }
    }
}

/// An in-process [`ReplayCache`] with a hard capacity.
#[derive(Debug)]
pub struct MemoryReplayCache {
    capacity: usize,
    inner: Mutex<Inner>,
}

impl MemoryReplayCache {
    /// A cache holding at most `capacity` entries (at least 1).
    pub fn new(capacity: usize) -> Self {
        MemoryReplayCache {
            capacity: capacity.max(1),
            inner: Mutex::new(Inner::default()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // Every mutation keeps both indexes consistent before it can panic (it cannot), so a
        // poisoned lock is still usable.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Live and not-yet-purged entries.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// How many live entries were evicted to respect the capacity.
    pub fn evictions(&self) -> u64 {
        self.lock().evictions
    }
}

impl ReplayCache for MemoryReplayCache {
    fn check_and_insert(&self, key: &[u8; 32], expires_at: i64, now: i64) -> bool {
        let mut inner = self.lock();
        inner.purge(now);
        if inner.entries.contains_key(key) {
            return false;
        }
        if expires_at <= now {
            // Already outside any window: nothing to remember.
            return true;
        }
        while inner.entries.len() >= self.capacity {
            let Some(oldest) = inner.by_expiry.pop_first() else {
                break;
            };
            inner.entries.remove(&oldest.2);
            inner.evictions += 1;
        }
        let seq = inner.next_seq;
        inner.next_seq = inner.next_seq.wrapping_add(1);
        inner.entries.insert(*key, (expires_at, seq));
        inner.by_expiry.insert((expires_at, seq, *key));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> [u8; 32] {
        [n; 32]
    }

    #[test]
    fn detects_replay_until_expiry() {
        let cache = MemoryReplayCache::new(10);
        assert!(cache.check_and_insert(&key(1), 100, 0));
        assert!(!cache.check_and_insert(&key(1), 100, 50));
        assert!(!cache.check_and_insert(&key(1), 100, 99));
        // Expired: purged, usable again (the iat window refuses such a proof anyway).
        assert!(cache.check_and_insert(&key(1), 200, 100));
    }

    #[test]
    fn capacity_evicts_the_entry_closest_to_expiry() {
        let cache = MemoryReplayCache::new(3);
        assert!(cache.check_and_insert(&key(1), 300, 0));
        assert!(cache.check_and_insert(&key(2), 100, 0));
        assert!(cache.check_and_insert(&key(3), 200, 0));
        assert!(cache.check_and_insert(&key(4), 400, 0));
        assert_eq!(cache.len(), 3);
        assert_eq!(cache.evictions(), 1);
        // key 2 (expiring first) went; the others are still remembered.
        assert!(!cache.check_and_insert(&key(1), 300, 1));
        assert!(!cache.check_and_insert(&key(3), 200, 1));
        assert!(!cache.check_and_insert(&key(4), 400, 1));
        assert!(cache.check_and_insert(&key(2), 100, 1));
    }

    #[test]
    fn memory_stays_bounded_under_flood() {
        let cache = MemoryReplayCache::new(1000);
        for i in 0..10_000u32 {
            let mut k = [0u8; 32];
            k[..4].copy_from_slice(&i.to_be_bytes());
            assert!(cache.check_and_insert(&k, 1_000_000, i64::from(i)));
        }
        assert_eq!(cache.len(), 1000);
        assert_eq!(cache.evictions(), 9000);
    }
}
