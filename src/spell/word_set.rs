//! A set of words as one sorted byte blob, built at compile time (`build.rs`) and searched by binary
//! search: a run pays nothing to load it and reads only the pages a lookup touches. Also compiled into
//! `build.rs` (through `#[path]`), so it uses nothing but `std`.
//!
//! Layout (little-endian): word count `n` (`u32`), `n + 1` word starts (`u32`) into the bytes that
//! follow, then the words, sorted by their bytes, without duplicates.

/// The blob of these words.
#[allow(dead_code)] // used by build.rs and the tests
pub fn build<'w>(words: impl IntoIterator<Item = &'w str>) -> Vec<u8> {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_unstable();
    words.dedup();
    let mut out = Vec::with_capacity(4 + 4 * (words.len() + 1) + words.iter().map(|w| w.len()).sum::<usize>());
    out.extend_from_slice(&(words.len() as u32).to_le_bytes());
    let mut at = 0u32;
    out.extend_from_slice(&at.to_le_bytes());
    for w in &words {
        at += w.len() as u32;
        out.extend_from_slice(&at.to_le_bytes());
    }
    words.iter().for_each(|w| out.extend_from_slice(w.as_bytes()));
    out
}

/// A blob made by [`build`].
#[derive(Clone, Copy)]
pub struct WordSet<'a> {
    blob: &'a [u8],
    n: usize,
}

fn u32_at(blob: &[u8], at: usize) -> usize {
    u32::from_le_bytes([blob[at], blob[at + 1], blob[at + 2], blob[at + 3]]) as usize
}

impl<'a> WordSet<'a> {
    /// The set in `blob`, or why it is not one (the count and the last start must match its length).
    pub fn new(blob: &'a [u8]) -> Result<WordSet<'a>, String> {
        if blob.len() < 8 {
            return Err("word set too short".into());
        }
        let n = u32_at(blob, 0);
        let words_at = 4 + 4 * (n + 1);
        if blob.len() < words_at || words_at + u32_at(blob, 4 + 4 * n) != blob.len() {
            return Err("word set lengths do not add up".into());
        }
        Ok(WordSet { blob, n })
    }

    fn word(&self, i: usize) -> &'a [u8] {
        let base = 4 + 4 * (self.n + 1);
        &self.blob[base + u32_at(self.blob, 4 + 4 * i)..base + u32_at(self.blob, 8 + 4 * i)]
    }

    pub fn contains(&self, word: &str) -> bool {
        let (mut lo, mut hi) = (0, self.n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.word(mid).cmp(word.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    #[allow(dead_code)] // used by build.rs and the tests
    pub fn len(&self) -> usize {
        self.n
    }

    #[allow(dead_code)] // used by build.rs and the tests
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_words_given() {
        let blob = build(["pear", "apple", "fig", "apple", "élan", ""]);
        let set = WordSet::new(&blob).unwrap();
        assert_eq!(set.len(), 5);
        for w in ["pear", "apple", "fig", "élan", ""] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["pea", "pears", "Apple", "figs", "elan", "zzz", "a"] {
            assert!(!set.contains(w), "{w}");
        }
        let empty = build([]);
        assert!(WordSet::new(&empty).unwrap().is_empty());
        assert!(!WordSet::new(&empty).unwrap().contains("a"));
        assert!(WordSet::new(&blob[..blob.len() - 1]).is_err());
        assert!(WordSet::new(&[1, 0]).is_err());
    }
}
