//! A bounded, time-limited map shared by the request tasks of one process.
//!
//! Three rules keep it correct rather than merely fast:
//! - every entry expires [`BoundedMap::ttl`] after it was loaded, which bounds how stale a
//!   replica can be when it misses an invalidation (a lost notification, another process on
//!   the same SQLite file);
//! - a load that raced an invalidation is not stored: callers take a [`Generation`] before
//!   they read the database and [`BoundedMap::insert`] drops the value when any invalidation
//!   happened in between (otherwise a read that started before a revocation could put the
//!   pre-revocation state back after the invalidation removed it);
//! - at capacity the entries closest to expiry go first, so memory stays bounded whatever the
//!   number of tenants or clients.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Taken before a database read; see [`BoundedMap::insert`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generation(u64);

struct Entry<V> {
    value: V,
    expires: Instant,
}

pub struct BoundedMap<K, V> {
    entries: Mutex<HashMap<K, Entry<V>>>,
    generation: AtomicU64,
    capacity: usize,
    ttl: Duration,
}

impl<K: Eq + Hash + Clone, V: Clone> BoundedMap<K, V> {
    pub fn new(capacity: usize, ttl: Duration) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            generation: AtomicU64::new(0),
            capacity: capacity.max(1),
            ttl,
        }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, Entry<V>>> {
        // A panic while holding the lock cannot leave a half-written entry (inserts and
        // removals are single HashMap calls), so a poisoned map is still consistent.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The value, unless it is absent or expired.
    pub fn get<Q>(&self, key: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        let entries = self.lock();
        let entry = entries.get(key)?;
        (entry.expires > Instant::now()).then(|| entry.value.clone())
    }

    pub fn generation(&self) -> Generation {
        Generation(self.generation.load(Ordering::Acquire))
    }

    /// Stores `value` unless an invalidation happened since `loaded_at` was taken.
    pub fn insert(&self, loaded_at: Generation, key: K, value: V) {
        let mut entries = self.lock();
        // Compared under the lock: invalidations bump the generation under it too.
        if self.generation.load(Ordering::Acquire) != loaded_at.0 {
            return;
        }
        let now = Instant::now();
        if entries.len() >= self.capacity && !entries.contains_key(&key) {
            entries.retain(|_, e| e.expires > now);
            if entries.len() >= self.capacity {
                // Evict the eighth closest to expiry (the oldest loads): O(n log n) once
                // per capacity/8 inserts, never on the read path.
                let mut by_expiry: Vec<(Instant, K)> = entries
                    .iter()
                    .map(|(k, e)| (e.expires, k.clone()))
                    .collect();
                by_expiry.sort_unstable_by_key(|(expires, _)| *expires);
                for (_, k) in by_expiry.into_iter().take(self.capacity / 8 + 1) {
                    entries.remove(&k);
                }
            }
        }
        entries.insert(
            key,
            Entry {
                value,
                expires: now + self.ttl,
            },
        );
    }

    /// Removes the entries for which `matches` holds, and fails the loads in flight.
    pub fn invalidate(&self, matches: impl Fn(&K) -> bool) {
        let mut entries = self.lock();
        self.generation.fetch_add(1, Ordering::AcqRel);
        entries.retain(|k, _| !matches(k));
    }

    pub fn clear(&self) {
        self.invalidate(|_| true);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_load_that_raced_an_invalidation_is_not_stored() {
        let map = BoundedMap::new(10, Duration::from_secs(60));
        let before = map.generation();
        map.invalidate(|k: &&str| *k == "a");
        map.insert(before, "a", 1);
        assert_eq!(map.get("a"), None);
        map.insert(map.generation(), "a", 2);
        assert_eq!(map.get("a"), Some(2));
    }

    #[test]
    fn invalidation_removes_only_matching_keys() {
        let map = BoundedMap::new(10, Duration::from_secs(60));
        map.insert(map.generation(), ("t1", "c1"), 1);
        map.insert(map.generation(), ("t2", "c1"), 2);
        map.invalidate(|(t, _)| *t == "t1");
        assert_eq!(map.get(&("t1", "c1")), None);
        assert_eq!(map.get(&("t2", "c1")), Some(2));
    }

    #[test]
    fn entries_expire_after_the_ttl() {
        let map = BoundedMap::new(10, Duration::from_millis(20));
        map.insert(map.generation(), "a", 1);
        assert_eq!(map.get("a"), Some(1));
        std::thread::sleep(Duration::from_millis(30));
        assert_eq!(map.get("a"), None);
    }

    #[test]
    fn the_map_never_grows_past_its_capacity() {
        let map = BoundedMap::new(16, Duration::from_secs(60));
        for i in 0..1000 {
            map.insert(map.generation(), i, i);
            assert!(map.len() <= 16, "{} entries", map.len());
        }
        // The newest load survives eviction.
        assert_eq!(map.get(&999), Some(999));
    }
}
