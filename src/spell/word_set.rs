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
    /// `starts[b]`: how many words sort before the one-byte string `[b]` (the empty word and every word whose
    /// first byte is less than `b`); `starts[256]` = `n`. The words that start with `b` are `starts[b]..starts[b + 1]`.
    starts: [u32; 257],
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
        if blob.len() < words_at || words_at + u32_at(blob, 4 + 4 * n) != blob.len() {
            return Err("word set lengths do not add up".into());
        }
        let mut set = WordSet { blob, n, starts: [n as u32; 257] };
        for b in 0..256 {
            set.starts[b] = set.search(0, n, &[b as u8]).unwrap_or_else(|at| at) as u32;
        }
        Ok(set)
    }

    /// Binary search of `word` among the words `lo..hi`: its index, or where it would go.
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
        // Only among the words with its first byte (the empty word: before every one-byte string).
        let (lo, hi) = match word.as_bytes().first() {
            Some(&b) => (self.starts[b as usize] as usize, self.starts[b as usize + 1] as usize),
            None => (0, self.starts[0] as usize),
        };
        self.search(lo, hi, word.as_bytes()).is_ok()
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
