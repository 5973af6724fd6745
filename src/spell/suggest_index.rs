//! The suggestion index as one flat little-endian byte blob.
//!
//! The words of the embedded dictionaries are indexed once, at compile time, by `build.rs`, and the index is built
//! into the binary: a run that meets an unknown word reads only the pages its queries touch, instead of indexing
//! 80,000 words first (that cost 0.15 s and 70 MB per run; see issues 13 and 16). The same builder indexes any
//! word list at run time ([`super::suggest::Suggester::from_tiers`], used by tests and benchmarks), so both go
//! through one format and one query path.
//!
//! This file is also compiled into `build.rs` (through `#[path]`), so it uses nothing but `std`.
//!
//! Layout (all integers little-endian):
//!
//! | part | size | content |
//! |---|---|---|
//! | header | 32 bytes | [`MAGIC`], words `n`, `bucket_bits`, slots, lower-case bytes, text bytes, the frequency of a word added at run time ([`ADDED_TIER`]'s) (`u32` each) |
//! | entries | `n` × 24 | per word: lower-case start and text start (`u32`), their lengths in bytes (`u16`), tier, cased flag, tier in the tiers file (0: not there), lower-case length in characters; the lower-case form's [`letter_mask`] (`u32`); the word's [frequency](WordTable::set_counts) (a byte), 3 spare |
//! | by text | `n` × 4 | word ids sorted by their own spelling (exact lookups by binary search) |
//! | offsets | (2^bits + 1) × 4 | CSR bucket starts into the slots |
//! | slots | slots × 8 | `(fingerprint, word id)`: the low 32 bits of a delete's hash, the bucket is its top bits |
//! | lower | bytes | every word's lower-case form (quotes folded), UTF-8 |
//! | text | bytes | every word in its own spelling, UTF-8 |

use std::collections::HashMap;

/// Only the first `PREFIX` characters of a word are used for the delete index (SymSpell's prefix trick): it keeps
/// the index small while still finding every word within distance 2 (the full words are compared afterwards).
pub const PREFIX: usize = 7;
/// Largest number of deletes generated per word (index and query side).
pub const MAX_DELETES: usize = 2;
/// Words longer than this are not indexed nor corrected (nothing in an English word list is that long).
pub const MAX_WORD: usize = 48;
/// Tier given to words without one (added vocabulary).
pub const ADDED_TIER: u8 = 50;
/// Tier of the counted words the tiers file lacks ([`WordTable::push_counted`]).
pub const COUNTED_TIER: u8 = 60;

const MAGIC: &[u8; 8] = b"PFSUGIX2";
const HEADER: usize = 32;
const ENTRY: usize = 24;

/// Set of letters a..z of a word (other characters share one bit).
pub fn letter_mask(w: &[char]) -> u32 {
    w.iter().fold(0, |m, &c| m | if c.is_ascii_lowercase() { 1 << (c as u32 - 'a' as u32) } else { 1 << 26 })
}

/// The lower-case form the index compares: lower case, typographic apostrophe folded to `'`.
pub fn lower_chars(word: &str) -> Vec<char> {
    word.chars().flat_map(char::to_lowercase).map(fold_quote).collect()
}

pub fn fold_quote(c: char) -> char {
    if c == '\u{2019}' { '\'' } else { c }
}

/// A `.dic` file's entry lines (`KPI/S`), without the count line, comments and blank lines.
pub fn dic_entry_lines(dic: &str) -> impl Iterator<Item = &str> {
    dic.lines().skip(1).map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A `.dic` file's words, without their affix flags.
pub fn dic_words(dic: &str) -> impl Iterator<Item = &str> {
    dic_entry_lines(dic).map(|l| l.split('/').next().unwrap_or(l))
}

/// Hash every string obtained by deleting up to [`MAX_DELETES`] characters from the word's prefix (never down to
/// the empty string). Duplicates are possible (`ll` minus either `l`).
pub fn for_each_delete(word: &[char], mut f: impl FnMut(u64)) {
    let p = &word[..word.len().min(PREFIX)];
    let n = p.len();
    f(hash_skip(p, usize::MAX, usize::MAX));
    if n >= 2 {
        for i in 0..n {
            f(hash_skip(p, i, usize::MAX));
        }
    }
    if MAX_DELETES >= 2 && n >= 3 {
        for i in 0..n {
            for j in i + 1..n {
                f(hash_skip(p, i, j));
            }
        }
    }
}

#[inline]
fn hash_skip(p: &[char], i: usize, j: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (k, &c) in p.iter().enumerate() {
        if k != i && k != j {
            h = (h ^ c as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    // Final mix so that the top bits (bucket) are well spread.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// Ten times the base-10 logarithm of a word count, rounded, at least 1 (`the`, 23 billion: 104).
#[allow(dead_code)] // used by build.rs and the tests
pub fn log_count(n: u64) -> u8 {
    ((n.max(2) as f64).log10() * 10.0).round().clamp(1.0, 255.0) as u8
}

/// Whether the index takes `word` at all.
pub fn indexable(word: &str) -> bool {
    !word.is_empty() && word.chars().count() <= MAX_WORD && !word.chars().any(char::is_whitespace)
}

/// Words in id order, each with its commonness tier: the first occurrence of a spelling fixes its id, the
/// lowest tier given to it wins.
#[derive(Default)]
pub struct WordTable {
    words: Vec<(String, u8)>,
    by_text: HashMap<String, usize>,
    /// Per word, its tier as the tiers file gives it (0: not in the file), for the derivation checks.
    file_tiers: Vec<u8>,
    /// Per word, how often it is written: ten times the base-10 logarithm of its count (0: no count).
    counts: Vec<u8>,
}

impl WordTable {
    pub fn push(&mut self, word: &str, tier: u8) {
        if !indexable(word) {
            return;
        }
        if let Some(&id) = self.by_text.get(word) {
            let t = &mut self.words[id].1;
            *t = (*t).min(tier);
            return;
        }
        self.by_text.insert(word.to_string(), self.words.len());
        self.words.push((word.to_string(), tier));
        self.file_tiers.push(0);
        self.counts.push(0);
    }

    /// Records how often each word is written, from lines `word<TAB>count` (`dictionaries/word-freq.txt`:
    /// lower-case words). A word takes the count of its lower-case form (`London` that of `london`); words
    /// the lines do not give are ranked as the middle word of their tier ([`WordTable::build`]).
    #[allow(dead_code)] // used by build.rs and the tests
    pub fn set_counts(&mut self, counts: &str) {
        let mut by_lower: HashMap<String, u64> = HashMap::new();
        for (word, n) in counts.lines().filter_map(|l| l.split_once('\t')) {
            if let Ok(n) = n.trim().parse::<u64>() {
                by_lower.insert(word.to_string(), n);
            }
        }
        for (id, (word, _)) in self.words.iter().enumerate() {
            let lower: String = lower_chars(word).into_iter().collect();
            if let Some(&n) = by_lower.get(&lower) {
                self.counts[id] = log_count(n);
            }
        }
    }

    /// Adds, at `tier`, every word of the count lines (`word<TAB>count`) that the table has in no casing and
    /// that is not one of the `names` (lower case): words the tiers file leaves out, as its lists hold no
    /// contractions and few variant spellings (`don't`, `advisor`). The counts are of lower-case words, so a
    /// name (`andorra`) would be offered in lower case, and before common words: names are left out.
    #[allow(dead_code)] // used by build.rs and the tests
    pub fn push_counted(&mut self, counts: &str, tier: u8, names: &std::collections::HashSet<String>) {
        let known: std::collections::HashSet<String> =
            self.words.iter().map(|(w, _)| lower_chars(w).into_iter().collect()).collect();
        for word in counts.lines().filter_map(|l| l.split_once('\t')).map(|(w, _)| w) {
            if !known.contains(word) && !names.contains(word) {
                self.push(word, tier);
            }
        }
    }

    /// Each word's frequency byte: its own count's, or for a word without one the median of the counted words
    /// of its tier (the least of those medians for a tier with none; 0 when no word has a count, so that the
    /// tiers alone rank), and the one a word without a count at [`ADDED_TIER`] gets.
    fn frequencies(&self) -> (Vec<u8>, u8) {
        let mut by_tier: HashMap<u8, Vec<u8>> = HashMap::new();
        for (id, (_, tier)) in self.words.iter().enumerate() {
            if self.counts[id] > 0 {
                by_tier.entry(*tier).or_default().push(self.counts[id]);
            }
        }
        let medians: HashMap<u8, u8> = by_tier
            .into_iter()
            .map(|(t, mut v)| {
                v.sort_unstable();
                (t, v[v.len() / 2])
            })
            .collect();
        let least = medians.values().copied().min().unwrap_or(0);
        let of_tier = |tier: &u8| medians.get(tier).copied().unwrap_or(least);
        let freqs =
            self.words.iter().zip(&self.counts).map(|((_, t), &c)| if c > 0 { c } else { of_tier(t) }).collect();
        (freqs, of_tier(&ADDED_TIER))
    }

    /// Records each word's tier as the derivation checks read the tiers file: lines `word<TAB>tier`, the tier a
    /// number up to 255, the last line of a word winning. Every such word must be in the table already.
    #[allow(dead_code)] // used by build.rs and the tests
    pub fn set_file_tiers(&mut self, tiers: &str) -> Result<(), String> {
        for (word, t) in tiers.lines().filter_map(|l| l.split_once('\t')) {
            let Ok(t) = t.trim().parse::<u8>() else { continue };
            match self.by_text.get(word) {
                Some(&id) if t > 0 => self.file_tiers[id] = t,
                _ => return Err(format!("tiers file: {word:?} (tier {t}) cannot be indexed")),
            }
        }
        Ok(())
    }

    /// Lines `word<TAB>tier` (tier = SCOWL size 10..=95, smaller = more common; none = [`ADDED_TIER`]); `#`
    /// comments and blank lines ignored.
    pub fn push_tiers(&mut self, tiers: &str) {
        for line in tiers.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split(['\t', ' ']);
            let word = parts.next().unwrap_or("");
            let tier = parts
                .find(|p| !p.is_empty())
                .and_then(|t| t.parse::<u32>().ok())
                .map_or(ADDED_TIER, |t| t.min(255) as u8);
            self.push(word, tier);
        }
    }

    /// The index of these words, in the layout described at the top of this file.
    pub fn build(&self) -> Vec<u8> {
        let n = self.words.len();
        let mut lower = String::new();
        let mut text = String::new();
        let mut entries = Vec::with_capacity(n * ENTRY);
        let mut pairs: Vec<(u64, u32)> = Vec::with_capacity(n * 24);
        let mut local: Vec<u64> = Vec::with_capacity(64);
        let (freqs, added_freq) = self.frequencies();
        for (id, (word, tier)) in self.words.iter().enumerate() {
            let low = lower_chars(word);
            let (lstart, tstart) = (lower.len() as u32, text.len() as u32);
            lower.extend(low.iter());
            text.push_str(word);
            entries.extend_from_slice(&lstart.to_le_bytes());
            entries.extend_from_slice(&tstart.to_le_bytes());
            entries.extend_from_slice(&((lower.len() as u32 - lstart) as u16).to_le_bytes());
            entries.extend_from_slice(&(word.len() as u16).to_le_bytes());
            let cased = word.chars().any(char::is_uppercase) as u8;
            entries.extend_from_slice(&[*tier, cased, self.file_tiers[id], low.len() as u8]);
            entries.extend_from_slice(&letter_mask(&low).to_le_bytes());
            entries.extend_from_slice(&[freqs[id], 0, 0, 0]);
            local.clear();
            for_each_delete(&low, |h| local.push(h));
            local.sort_unstable();
            local.dedup();
            pairs.extend(local.iter().map(|&h| (h, id as u32)));
        }
        let mut sorted: Vec<u32> = (0..n as u32).collect();
        sorted.sort_by(|&a, &b| self.words[a as usize].0.as_bytes().cmp(self.words[b as usize].0.as_bytes()));

        // Four to eight slots per bucket: a probe reads one or two cache lines, and the bucket table stays a
        // fraction of the slots' size (it is built into the binary).
        let bits = (usize::BITS - (pairs.len() / 8).max(1024).leading_zeros()).min(30);
        let shift = 64 - bits;
        let nb = 1usize << bits;
        let mut offsets = vec![0u32; nb + 1];
        for &(h, _) in &pairs {
            offsets[(h >> shift) as usize + 1] += 1;
        }
        for b in 0..nb {
            offsets[b + 1] += offsets[b];
        }
        let mut fill = offsets.clone();
        let mut slots = vec![(0u32, 0u32); pairs.len()];
        for &(h, id) in &pairs {
            let b = (h >> shift) as usize;
            slots[fill[b] as usize] = (h as u32, id);
            fill[b] += 1;
        }

        let mut out = Vec::with_capacity(
            HEADER + entries.len() + 4 * n + 4 * offsets.len() + 8 * slots.len() + lower.len() + text.len(),
        );
        out.extend_from_slice(MAGIC);
        for v in [n as u32, bits, slots.len() as u32, lower.len() as u32, text.len() as u32, added_freq as u32] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&entries);
        sorted.iter().for_each(|v| out.extend_from_slice(&v.to_le_bytes()));
        offsets.iter().for_each(|v| out.extend_from_slice(&v.to_le_bytes()));
        for (f, id) in &slots {
            out.extend_from_slice(&f.to_le_bytes());
            out.extend_from_slice(&id.to_le_bytes());
        }
        out.extend_from_slice(lower.as_bytes());
        out.extend_from_slice(text.as_bytes());
        out
    }
}

/// The table of the embedded index, as `build.rs` makes it: the tiers file (`word<TAB>tier`), then the extra
/// (professional) words at [`ADDED_TIER`], each word's tier in the tiers file, the counted words the lists lack
/// that are not names (`dictionary_words`: the Hunspell dictionaries' words, to tell names), and the counts.
#[allow(dead_code)] // used by build.rs and the tests
pub fn embedded_table<'a>(
    tiers: &str,
    extra: impl Iterator<Item = &'a str>,
    counts: &str,
    dictionary_words: impl Iterator<Item = &'a str>,
) -> Result<WordTable, String> {
    let mut table = WordTable::default();
    table.push_tiers(tiers);
    for word in extra {
        table.push(word.trim(), ADDED_TIER);
    }
    table.set_file_tiers(tiers)?;
    table.push_counted(counts, COUNTED_TIER, &proper_names(dictionary_words));
    table.set_counts(counts);
    Ok(table)
}

/// The lower-case forms of the capitalised words (`Andorra`, `London`) among `words`, unless the words also
/// have them in lower case (`Mark` and `mark`).
#[allow(dead_code)] // used by build.rs and the tests
pub fn proper_names<'a>(words: impl Iterator<Item = &'a str>) -> std::collections::HashSet<String> {
    let (mut names, mut lower) = (std::collections::HashSet::new(), std::collections::HashSet::new());
    for w in words {
        if w.chars().next().is_some_and(char::is_uppercase) {
            names.insert(w.to_lowercase());
        } else {
            lower.insert(w.to_string());
        }
    }
    names.retain(|w| !lower.contains(w));
    names
}

/// Where each part of a blob starts; made by [`Layout::of`], which checks every length.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    pub words: u32,
    pub bucket_bits: u32,
    /// The [frequency](Layout::frequency) of a word added at run time.
    pub added_frequency: u8,
    entries: usize,
    sorted: usize,
    offsets: usize,
    slots: usize,
    lower: usize,
    text: usize,
    end: usize,
}

#[inline]
fn u32_at(blob: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([blob[at], blob[at + 1], blob[at + 2], blob[at + 3]])
}

impl Layout {
    /// The layout of `blob` from its header, or why it is not an index of this format (the header's lengths must
    /// add up to the blob's). Accessors index with bounds checks; [`Layout::check_all`] proves they stay inside.
    pub fn of(blob: &[u8]) -> Result<Layout, String> {
        if blob.len() < HEADER || &blob[..8] != MAGIC {
            return Err("not a suggestion index (bad magic)".into());
        }
        let [n, bits, nslots, nlower, ntext, added] = [8, 12, 16, 20, 24, 28].map(|at| u32_at(blob, at) as usize);
        if bits > 30 || added > 255 {
            return Err(format!("bucket bits {bits} or added frequency {added} out of range"));
        }
        let entries = HEADER;
        let sorted = entries + n * ENTRY;
        let offsets = sorted + n * 4;
        let slots = offsets + ((1usize << bits) + 1) * 4;
        let lower = slots + nslots * 8;
        let text = lower + nlower;
        let end = text + ntext;
        if blob.len() != end {
            return Err(format!("index is {} bytes, its header says {end}", blob.len()));
        }
        Ok(Layout {
            words: n as u32,
            bucket_bits: bits as u32,
            added_frequency: added as u8,
            entries,
            sorted,
            offsets,
            slots,
            lower,
            text,
            end,
        })
    }

    /// Checks every entry, bucket and slot (a pass over the whole blob: tests run it on the embedded index; a run
    /// does not, so that it reads only the pages its queries touch).
    pub fn check_all(&self, blob: &[u8]) -> Result<(), String> {
        let l = *self;
        let (n, bits) = (l.words as usize, l.bucket_bits as usize);
        let (lower, text, end, sorted, offsets, slots) = (l.lower, l.text, l.end, l.sorted, l.offsets, l.slots);
        let (nlower, ntext, nslots) = (text - lower, end - text, (lower - slots) / 8);
        if std::str::from_utf8(&blob[lower..text]).is_err() || std::str::from_utf8(&blob[text..end]).is_err() {
            return Err("index strings are not UTF-8".into());
        }
        for id in 0..n as u32 {
            let (ls, ll, ts, tl) = l.spans(blob, id);
            if ls + ll > nlower || ts + tl > ntext || ll == 0 || tl == 0 {
                return Err(format!("entry {id} out of range"));
            }
            let (lo, te) = (&blob[lower + ls..lower + ls + ll], &blob[text + ts..text + ts + tl]);
            let Ok(lo) = std::str::from_utf8(lo) else { return Err(format!("entry {id} cut inside a character")) };
            if std::str::from_utf8(te).is_err() {
                return Err(format!("entry {id} cut inside a character"));
            }
            let chars: Vec<char> = lo.chars().collect();
            if l.lower_chars(blob, id) != chars.len() || l.letter_mask(blob, id) != letter_mask(&chars) {
                return Err(format!("entry {id}: length or letters do not match its word"));
            }
            if u32_at(blob, sorted + id as usize * 4) >= n as u32 {
                return Err(format!("sorted position {id} out of range"));
            }
        }
        let mut prev = 0;
        for b in 0..=(1usize << bits) {
            let o = u32_at(blob, offsets + b * 4) as usize;
            if o < prev || o > nslots {
                return Err(format!("bucket {b} out of range"));
            }
            prev = o;
        }
        if (0..nslots).any(|s| u32_at(blob, slots + s * 8 + 4) >= n as u32) {
            return Err("slot names a word beyond the list".into());
        }
        Ok(())
    }

    /// The word's entry: one bounds check, then its fields are read from a fixed-size array.
    #[inline]
    fn entry<'b>(&self, blob: &'b [u8], id: u32) -> &'b [u8; ENTRY] {
        let at = self.entries + id as usize * ENTRY;
        blob[at..at + ENTRY].try_into().expect("an entry is ENTRY bytes long")
    }

    /// Lower-case start and length, text start and length, relative to their parts.
    #[inline]
    fn spans(&self, blob: &[u8], id: u32) -> (usize, usize, usize, usize) {
        let e = self.entry(blob, id);
        (
            u32::from_le_bytes([e[0], e[1], e[2], e[3]]) as usize,
            u16::from_le_bytes([e[8], e[9]]) as usize,
            u32::from_le_bytes([e[4], e[5], e[6], e[7]]) as usize,
            u16::from_le_bytes([e[10], e[11]]) as usize,
        )
    }

    #[inline]
    pub fn tier(&self, blob: &[u8], id: u32) -> u8 {
        self.entry(blob, id)[12]
    }

    /// How often the word is written: ten times the base-10 logarithm of its count ([`WordTable::set_counts`]).
    #[inline]
    pub fn frequency(&self, blob: &[u8], id: u32) -> u8 {
        self.entry(blob, id)[20]
    }

    /// The word's tier in the tiers file, 0 when it is not there.
    #[inline]
    pub fn file_tier(&self, blob: &[u8], id: u32) -> u8 {
        self.entry(blob, id)[14]
    }

    /// Characters in the lower-case form.
    #[inline]
    pub fn lower_chars(&self, blob: &[u8], id: u32) -> usize {
        self.entry(blob, id)[15] as usize
    }

    /// The lower-case form's [`letter_mask`].
    #[inline]
    pub fn letter_mask(&self, blob: &[u8], id: u32) -> u32 {
        let e = self.entry(blob, id);
        u32::from_le_bytes([e[16], e[17], e[18], e[19]])
    }

    /// The lower-case form's bytes (UTF-8).
    #[inline]
    pub fn lower_bytes<'b>(&self, blob: &'b [u8], id: u32) -> &'b [u8] {
        let (ls, ll, _, _) = self.spans(blob, id);
        &blob[self.lower + ls..self.lower + ls + ll]
    }

    /// The word has upper-case letters of its own (`GitHub`, `NASA`): keep its casing.
    #[inline]
    pub fn cased(&self, blob: &[u8], id: u32) -> bool {
        self.entry(blob, id)[13] != 0
    }

    pub fn lower<'b>(&self, blob: &'b [u8], id: u32) -> &'b str {
        let (ls, ll, _, _) = self.spans(blob, id);
        std::str::from_utf8(&blob[self.lower + ls..self.lower + ls + ll]).unwrap_or("")
    }

    pub fn text<'b>(&self, blob: &'b [u8], id: u32) -> &'b str {
        let (_, _, ts, tl) = self.spans(blob, id);
        std::str::from_utf8(&blob[self.text + ts..self.text + ts + tl]).unwrap_or("")
    }

    /// The id of the word spelled exactly `word`.
    pub fn find(&self, blob: &[u8], word: &str) -> Option<u32> {
        let (mut lo, mut hi) = (0usize, self.words as usize);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let id = u32_at(blob, self.sorted + mid * 4);
            let (_, _, ts, tl) = self.spans(blob, id);
            match super::word_set::compare(&blob[self.text + ts..self.text + ts + tl], word.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(id),
            }
        }
        None
    }

    /// Every word id filed under the delete hash `h` (and, rarely, another hash sharing its bucket and
    /// fingerprint; the distance check drops those).
    pub fn for_each_with_delete(&self, blob: &[u8], h: u64, mut f: impl FnMut(u32)) {
        let shift = 64 - self.bucket_bits;
        let b = (h >> shift) as usize;
        let fp = h as u32;
        let (lo, hi) = (u32_at(blob, self.offsets + b * 4) as usize, u32_at(blob, self.offsets + b * 4 + 4) as usize);
        for s in lo..hi {
            let at = self.slots + s * 8;
            if u32_at(blob, at) == fp {
                f(u32_at(blob, at + 4));
            }
        }
    }
}
