//! A memo of the dictionary stack's verdicts: `SpellChecker::is_valid` depends only on the word and
//! the checker's configuration, and the same few thousand words make up most of any batch, so each
//! distinct word is looked up in the Hunspell dictionaries once per run, not once per use. Sharded so
//! threads rarely wait on each other; bounded for a long-running server (a full shard starts afresh,
//! which changes no verdict, only what is remembered).

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::sync::Mutex;

const SHARDS: usize = 16;
/// Distinct words remembered per shard.
const SHARD_MAX: usize = 32_768;

/// Words by their 64-bit hash (computed once, for the shard and the map alike), one word per hash: a second
/// word with the same hash, rare as that is, is computed each time it is asked for, not remembered.
type Shard = HashMap<u64, (Box<str>, bool), BuildHasherDefault<HashIsKey>>;

pub(crate) struct Memo {
    /// A fast hash (the memo is asked for every word of every profile), seeded per run.
    hasher: foldhash::fast::RandomState,
    shards: Vec<Mutex<Shard>>,
}

/// The map's hasher for keys that are already hashes: the key itself.
#[derive(Default)]
struct HashIsKey(u64);

impl Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl Memo {
    pub(crate) fn new() -> Memo {
        Memo {
            hasher: foldhash::fast::RandomState::default(),
            shards: (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect(),
        }
    }

    /// The remembered verdict for `word`, or `compute`'s (then remembered).
    pub(crate) fn get_or(&self, word: &str, compute: impl FnOnce() -> bool) -> bool {
        let hash = self.hasher.hash_one(word);
        // The high bits pick the shard; the map's own buckets use the low ones.
        let shard = &self.shards[(hash >> 60) as usize % SHARDS];
        if let Some((w, v)) = shard.lock().unwrap_or_else(|e| e.into_inner()).get(&hash)
            && **w == *word
        {
            return *v;
        }
        // Computed without the lock: two threads may both compute a new word, to the same verdict.
        let v = compute();
        let mut map = shard.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= SHARD_MAX {
            map.clear();
        }
        map.entry(hash).or_insert_with(|| (word.into(), v));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word whose hash another word holds is computed, never given the other word's verdict.
    #[test]
    fn a_shared_hash_is_computed_not_confused() {
        let memo = Memo::new();
        let hash = memo.hasher.hash_one("ab");
        memo.shards[(hash >> 60) as usize % SHARDS].lock().unwrap().insert(hash, ("zz".into(), true));
        assert!(!memo.get_or("ab", || false));
        assert!(memo.get_or("ab", || true));
        assert!(memo.get_or("zz", || true));
    }

    #[test]
    fn computes_once_per_word_and_stays_bounded() {
        let memo = Memo::new();
        let calls = std::cell::Cell::new(0);
        let f = |w: &str| {
            memo.get_or(w, || {
                calls.set(calls.get() + 1);
                w.len().is_multiple_of(2)
            })
        };
        assert!(f("ab"));
        assert!(f("ab"));
        assert!(!f("abc"));
        assert_eq!(calls.get(), 2);
        for i in 0..SHARDS * SHARD_MAX + 10 {
            f(&i.to_string());
        }
        assert!(memo.shards.iter().all(|s| s.lock().unwrap().len() <= SHARD_MAX));
        assert!(f("ab"));
    }
}
