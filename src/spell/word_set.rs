//! A set of words as one sorted byte blob, built at compile time (`build.rs`) and searched by binary
//! search: a run pays nothing to load it and reads only the pages a lookup touches. Also compiled into
//! `build.rs` (through `#[path]`), so it uses nothing but `std`.
//!
//! Layout (little-endian): word count `n` (`u32`), `n + 1` word starts (`u32`) into the bytes that
//! follow, then the words, sorted by their bytes, without duplicates; then a hash table of the words, by
//! which [`WordSet::contains`] finds a word (or its absence) in a probe or two instead of a binary search
//! of twenty: its size as a power of two (`u32` bits), then that many `u32` slots (linear probing, by
//! [`hash`]), each empty (0) or a word's index plus one in the low 24 bits and 8 more bits of its hash in
//! the high ones, so that most probes that meet another word need not compare it.

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
    // At most four slots in five full: a miss (most look-ups of a misspelling are) meets an empty slot soon.
    assert!(words.len() < 1 << 24, "a word set holds fewer than 2^24 words");
    let bits = (words.len() + words.len() / 4 + 1).next_power_of_two().trailing_zeros().max(1);
    let mut table = vec![0u32; 1 << bits];
    let mask = table.len() - 1;
    for (i, w) in words.iter().enumerate() {
        let h = hash(w.as_bytes());
        let mut at = slot_of(h, bits);
        while table[at] != 0 {
            at = (at + 1) & mask;
        }
        table[at] = (i as u32 + 1) | tag_of(h);
    }
    out.extend_from_slice(&bits.to_le_bytes());
    table.iter().for_each(|s| out.extend_from_slice(&s.to_le_bytes()));
    out
}

/// The hash the table is built and searched by (the same at compile time and at run time): eight bytes at a
/// time, multiplied and folded.
#[inline]
pub fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ x).wrapping_mul(K);
        h ^= h >> 32;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(K);
    h ^ (h >> 32)
}

/// The first slot a hash probes, in a table of `2^bits` slots: its top bits.
#[inline]
fn slot_of(h: u64, bits: u32) -> usize {
    (h >> (64 - bits)) as usize
}

/// The 8 bits of a hash a slot keeps with its word's index (never all of a slot: the index is at least 1).
#[inline]
fn tag_of(h: u64) -> u32 {
    (h as u32) & 0xff00_0000
}

/// A blob made by [`build`].
#[derive(Clone, Copy)]
pub struct WordSet<'a> {
    blob: &'a [u8],
    n: usize,
    /// Where the hash table's slots start in the blob, and its size as a power of two.
    table: usize,
    bits: u32,
}

/// `a.cmp(b)` for the short byte strings of word lists, compared in place: most pairs differ in their first
/// few bytes, where a call to `memcmp` would cost more than the comparison.
#[inline]
pub fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
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
        let bad = || "word set lengths do not add up".to_string();
        if blob.len() < words_at + 4 {
            return Err(bad());
        }
        let words_end = words_at + u32_at(blob, 4 + 4 * n);
        if blob.len() < words_end + 4 {
            return Err(bad());
        }
        let bits = u32_at(blob, words_end) as u32;
        let table = words_end + 4;
        if !(1..32).contains(&bits) || n >= 1 << 24 || blob.len() != table + (4 << bits) || (n >> bits) != 0 {
            return Err(bad());
        }
        Ok(WordSet { blob, n, table, bits })
    }

    /// Binary search of `word` among the words `lo..hi`: its index, or where it would go.
    #[cfg(test)]
    fn search(&self, mut lo: usize, mut hi: usize, word: &[u8]) -> Result<usize, usize> {
        while lo < hi {
            let mid = (lo + hi) / 2;
            match compare(self.word(mid), word) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    fn word(&self, i: usize) -> &'a [u8] {
        let base = 4 + 4 * (self.n + 1);
        &self.blob[base + u32_at(self.blob, 4 + 4 * i)..base + u32_at(self.blob, 8 + 4 * i)]
    }

    pub fn contains(&self, word: &str) -> bool {
        let word = word.as_bytes();
        let h = hash(word);
        let (tag, mask) = (tag_of(h), (1usize << self.bits) - 1);
        let mut at = slot_of(h, self.bits);
        // The table is never full (see `build`): an empty slot ends every probe sequence.
        loop {
            let s = u32_at(self.blob, self.table + 4 * at) as u32;
            if s == 0 {
                return false;
            }
            if s & 0xff00_0000 == tag {
                let i = (s & 0x00ff_ffff) as usize - 1;
                if i < self.n && self.word(i) == word {
                    return true;
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// [`WordSet::contains`] by binary search of the sorted words, without the hash table (the tests check
    /// that the two agree).
    #[cfg(test)]
    fn contains_sorted(&self, word: &str) -> bool {
        self.search(0, self.n, word.as_bytes()).is_ok()
    }

    #[allow(dead_code)] // used by build.rs and the tests
    pub fn len(&self) -> usize {
        self.n
    }

    #[allow(dead_code)] // used by build.rs and the tests
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// The words in order (as UTF-8: every blob is built from `&str`s).
    #[allow(dead_code)] // used by the tests
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.n).map(|i| std::str::from_utf8(self.word(i)).expect("built from strings"))
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
        for w in ["pea", "pears", "Apple", "figs", "elan", "zzz", "a", "\u{0}", "\u{7f}"] {
            assert!(!set.contains(w), "{w}");
        }
        let empty = build([]);
        assert!(WordSet::new(&empty).unwrap().is_empty());
        assert!(!WordSet::new(&empty).unwrap().contains("a"));
        assert!(WordSet::new(&blob[..blob.len() - 1]).is_err());
        assert!(WordSet::new(&[1, 0]).is_err());
        // Words of every first byte, the ends included: each found, each near miss not.
        let words: Vec<String> =
            (0u8..128).flat_map(|b| ["", "a", "zz"].map(|t| format!("{}{t}", b as char))).collect();
        let blob = build(words.iter().map(String::as_str).chain([""]));
        let set = WordSet::new(&blob).unwrap();
        for w in &words {
            assert!(set.contains(w), "{w:?}");
            assert!(!set.contains(&format!("{w}b")), "{w:?}");
        }
        assert!(set.contains("") && set.contains("é") == words.contains(&"é".to_string()));
        let blob = build(["\u{0}", "\u{7f}", "ÿ", "\u{10ffff}"]);
        let set = WordSet::new(&blob).unwrap();
        for w in ["\u{0}", "\u{7f}", "ÿ", "\u{10ffff}"] {
            assert!(set.contains(w), "{w:?}");
        }
        assert!(!set.contains("") && !set.contains("\u{1}") && !set.contains("þ"));
    }

    /// The hash table finds what the binary search of the sorted words finds, for the words, their near
    /// misses and words of every length around the hash's eight-byte steps.
    #[test]
    fn table_agrees_with_binary_search() {
        let words: Vec<String> = (0..5000).map(|i| format!("{}{}", "w".repeat(i % 19), i * 7)).collect();
        let blob = build(words.iter().map(String::as_str));
        let set = WordSet::new(&blob).unwrap();
        for w in &words {
            assert!(set.contains(w) && set.contains_sorted(w), "{w}");
            for probe in [format!("{w}x"), w[1..].to_string(), w[..w.len() - 1].to_string(), w.to_uppercase()] {
                assert_eq!(set.contains(&probe), set.contains_sorted(&probe), "{probe}");
            }
        }
        // A blob whose table does not fit its length is refused.
        let mut bad = blob.clone();
        bad.extend_from_slice(&[0; 4]);
        assert!(WordSet::new(&bad).is_err());
    }

    /// [`compare`] orders as the slices' own `cmp` does.
    #[test]
    fn compare_is_slice_order() {
        let words = ["", "a", "ab", "abc", "b", "ba", "\u{0}", "é", "e\u{301}", "zz"];
        for a in words {
            for b in words {
                assert_eq!(compare(a.as_bytes(), b.as_bytes()), a.as_bytes().cmp(b.as_bytes()), "{a:?} {b:?}");
            }
        }
    }
}
