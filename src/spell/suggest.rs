//! Spelling suggestion engine: ranked corrections for a misspelled word.
//!
//! Design
//! - Word list with SCOWL commonness tiers (10 = most common … 95 = rare), plus extra words (`add_word`, tier 50).
//! - Candidate generation: a symmetric-delete index (SymSpell style). For every dictionary word, all strings obtained
//!   by deleting up to two characters from its first [`PREFIX`] characters are hashed into a compact CSR table of
//!   `(fingerprint, word id)` slots. A query generates the same deletes of its own prefix and collects every word
//!   sharing one, which covers all words within (Damerau-)Levenshtein distance 2, plus some noise that the
//!   verification step drops.
//! - Verification and ranking: a weighted Damerau-Levenshtein (optimal string alignment) distance where the usual
//!   human slips are cheap (doubled/undoubled letters, adjacent transpositions, vowel-for-vowel, phonetic
//!   confusions such as c/k/s and ph/f, keyboard neighbours), combined with the word's commonness tier, a penalty
//!   when the first letter differs and a small length-difference penalty.
//! - A few edits that the word list cannot propose are checked directly with `accept`: a missing apostrophe
//!   (`dont` → `don't`) and a missing space between two common words.
//! - Output keeps the input's capitalisation pattern, keeps case-sensitive words (brands) in their own casing, and
//!   only ever returns words that `accept` approves.
//!
//! The index is immutable after construction (apart from `add_word`, which needs `&mut self`), so a `Suggester`
//! is `Send + Sync` and can be shared across threads.

use std::collections::HashMap;

/// Only the first `PREFIX` characters of a word are used for the delete index (SymSpell's prefix trick): it keeps
/// the index small while still finding every word within distance 2 (the full words are compared afterwards).
const PREFIX: usize = 7;
/// Largest number of deletes generated per word (index and query side).
const MAX_DELETES: usize = 2;
/// Words longer than this are not corrected (nothing in an English word list is that long).
const MAX_WORD: usize = 48;
/// Words longer than this get no Hunspell fallback search (see [`fallback_allowed`]).
pub const FALLBACK_MAX_CHARS: usize = 20;
/// Tier given to words added with [`Suggester::add_word`].
const ADDED_TIER: u8 = 50;

/// Tunable weights of the ranking. The defaults are the tuned values.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// Weighted edit distance above which a candidate is dropped.
    pub max_dist: f32,
    /// Cost of adding/removing a letter that doubles its neighbour (`occured` → `occurred`).
    pub double: f32,
    /// Cost of an adjacent transposition (`recieve` → `receive`).
    pub transpose: f32,
    /// Cost of replacing a vowel by another vowel.
    pub vowel: f32,
    /// Cost of a phonetic confusion (c/k/s, s/z, i/y, …) or `ph`/`f`.
    pub phonetic: f32,
    /// Cost of a keyboard-neighbour substitution.
    pub keyboard: f32,
    /// Cost of inserting or deleting a vowel.
    pub indel_vowel: f32,
    /// Cost of any other single edit.
    pub edit: f32,
    /// Weight of the commonness tier: score += tier_weight * (tier - 10) / 50.
    pub tier_weight: f32,
    /// Penalty when the first letter differs.
    pub first_letter: f32,
    /// Penalty per character of length difference.
    pub length: f32,
    /// Penalty for a case-sensitive word when the input is all lower case.
    pub cased: f32,
    /// Score of a missing apostrophe (`dont` → `don't`).
    pub apostrophe: f32,
    /// Base score of a missing space (`alot` → `a lot`).
    pub split: f32,
    /// Penalty for a candidate more than one plain edit away (`setyp`: `setup` before `step`).
    pub multi_edit: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            max_dist: 4.4,
            double: 0.39,
            transpose: 0.55,
            vowel: 0.93,
            phonetic: 0.78,
            keyboard: 0.975,
            indel_vowel: 0.64,
            edit: 1.0,
            tier_weight: 0.78,
            first_letter: 0.375,
            length: 0.04,
            cased: 0.1,
            apostrophe: 0.5,
            split: 1.6,
            multi_edit: 0.5,
        }
    }
}

impl Params {
    /// Least cost, per letter of the alphabet gained or lost, of any edit: a cheap lower bound on the distance is
    /// this times the number of letters present in only one of the two words.
    fn min_letter_cost(&self) -> f32 {
        let sub = self.vowel.min(self.phonetic).min(self.keyboard).min(self.edit);
        (sub / 2.0).min(self.indel_vowel).min(self.edit).min(self.phonetic / 3.0).min(self.double * 2.0)
    }
}

/// Set of letters a..z of a word (other characters share one bit).
fn letter_mask(w: &[char]) -> u32 {
    w.iter().fold(0, |m, &c| m | if c.is_ascii_lowercase() { 1 << (c as u32 - 'a' as u32) } else { 1 << 26 })
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Lower-case form: `chars[start..start + len]`.
    start: u32,
    len: u16,
    tier: u8,
    /// The word has upper-case letters of its own (`GitHub`, `NASA`): keep its casing.
    cased: bool,
    /// Original spelling: `text[tstart..tstart + tlen]`.
    tstart: u32,
    tlen: u16,
}

/// Ranked spelling suggestions from a word list with commonness tiers.
pub struct Suggester {
    chars: Vec<char>,
    text: String,
    entries: Vec<Entry>,
    /// Exact lookup: original spelling → entry id.
    by_text: HashMap<Box<str>, u32>,
    /// CSR delete index: bucket `b` holds `slots[offsets[b]..offsets[b + 1]]`, each `(fingerprint, entry id)`.
    bucket_bits: u32,
    offsets: Vec<u32>,
    slots: Vec<(u32, u32)>,
    /// Deletes of words added after construction: hash → entry ids.
    extra: HashMap<u64, Vec<u32>>,
    params: Params,
}

impl Suggester {
    /// `tiers` text: lines `word<TAB>tier` (tier = SCOWL size 10..=95, smaller = more common); `#` comments and
    /// blank lines ignored.
    pub fn from_tiers(tiers: &str) -> Suggester {
        let mut s = Suggester {
            chars: Vec::new(),
            text: String::new(),
            entries: Vec::new(),
            by_text: HashMap::new(),
            bucket_bits: 10,
            offsets: Vec::new(),
            slots: Vec::new(),
            extra: HashMap::new(),
            params: Params::default(),
        };
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
            s.push_entry(word, tier);
        }
        s.build_index();
        s
    }

    /// Add extra words (e.g. professional vocabulary, the profile's own names), treated as tier 50.
    pub fn add_word(&mut self, word: &str) {
        let word = word.trim();
        let before = self.entries.len();
        self.push_entry(word, ADDED_TIER);
        if self.entries.len() > before {
            let id = before as u32;
            let key = self.lower(id).to_vec();
            for_each_delete(&key, |h| {
                let ids = self.extra.entry(h).or_default();
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            });
        }
    }

    #[doc(hidden)]
    #[allow(dead_code)] // used by benchmarks and diagnostics
    pub fn set_params(&mut self, params: Params) {
        self.params = params;
    }

    /// Number of words known.
    #[allow(dead_code)] // used by benchmarks and diagnostics
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no word is known.
    #[allow(dead_code)] // used by benchmarks and diagnostics
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Approximate heap memory of the index, in bytes.
    #[allow(dead_code)] // used by benchmarks and diagnostics
    pub fn memory_bytes(&self) -> usize {
        self.chars.capacity() * 4
            + self.text.capacity()
            + self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.by_text.capacity() * (std::mem::size_of::<(Box<str>, u32)>() + 1)
            + self.by_text.keys().map(|k| k.len()).sum::<usize>()
            + self.offsets.capacity() * 4
            + self.slots.capacity() * 8
            + self.extra.values().map(|v| v.capacity() * 4 + 40).sum::<usize>()
    }

    /// Up to `max` suggestions for a misspelled `word`, best first. `accept` is the real dictionary's verdict
    /// (Hunspell check through the whole dictionary stack): only words for which it returns true may be suggested.
    /// Must preserve the input's capitalisation pattern (Title case in → Title case out; ALL CAPS in → ALL CAPS
    /// out), and keep case-sensitive words (brands, `GitHub`) in their own casing.
    pub fn suggest(&self, word: &str, max: usize, accept: &dyn Fn(&str) -> bool) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if max == 0 || word.is_empty() {
            return out;
        }
        let shape = Shape::of(word);
        let query: Vec<char> = word.chars().flat_map(char::to_lowercase).map(fold_quote).collect();
        if query.len() > MAX_WORD || query.is_empty() {
            return out;
        }
        let p = &self.params;

        // 1. Candidates sharing a delete with the query.
        let mut ids: Vec<u32> = Vec::with_capacity(256);
        let mask_bits = 64 - self.bucket_bits;
        for_each_delete(&query, |h| {
            if !self.offsets.is_empty() {
                let b = (h >> mask_bits) as usize;
                let fp = h as u32;
                let (lo, hi) = (self.offsets[b] as usize, self.offsets[b + 1] as usize);
                for &(f, id) in &self.slots[lo..hi] {
                    if f == fp {
                        ids.push(id);
                    }
                }
            }
            if let Some(more) = self.extra.get(&h) {
                ids.extend_from_slice(more);
            }
        });
        ids.sort_unstable();
        ids.dedup();

        // 2. Verify with the weighted distance and score, cheapest lower bound first (branch and bound: stop once
        //    the bound exceeds the `keep`-th best score found, a few more than `max` as `accept` may reject some).
        let keep = max * 2 + 2;
        let qmask = letter_mask(&query);
        let per_letter = p.min_letter_cost();
        let mut pending: Vec<(f32, f32, u32)> = Vec::with_capacity(ids.len());
        let mut scored: Vec<(f32, Cand)> = Vec::with_capacity(keep * 2);
        for &id in &ids {
            let e = self.entries[id as usize];
            let cand = self.lower(id);
            if cand == query.as_slice() {
                // The word itself (the dictionary rejected it in this casing, e.g. `github` → `GitHub`).
                if e.cased && self.text_of(id) != word {
                    scored.push((0.0, Cand::Entry(id)));
                }
                continue;
            }
            let dlen = (cand.len() as isize - query.len() as isize).unsigned_abs();
            if dlen as f32 * p.double > p.max_dist {
                continue;
            }
            let mut pre = p.tier_weight * (e.tier as f32 - 10.0) / 50.0 + p.length * dlen as f32;
            if cand[0] != query[0] {
                pre += p.first_letter;
            }
            if e.cased && shape == Shape::Lower {
                pre += p.cased;
            }
            let letters = (qmask ^ letter_mask(cand)).count_ones() as f32 * per_letter;
            let bound = pre + letters.max(dlen as f32 * p.double);
            pending.push((bound, pre, id));
        }
        pending.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
        let mut dp = Dp::default();
        let mut worst_kept = f32::INFINITY;
        let mut best: Vec<f32> = Vec::with_capacity(keep + 1);
        for &(bound, pre, id) in &pending {
            if bound > worst_kept {
                break;
            }
            let limit = p.max_dist.min(worst_kept - pre);
            let Some(d) = dp.distance(&query, self.lower(id), p, limit) else { continue };
            let score = pre + d + if within_one_edit(&query, self.lower(id)) { 0.0 } else { p.multi_edit };
            scored.push((score, Cand::Entry(id)));
            let at = best.partition_point(|&x| x <= score);
            best.insert(at, score);
            best.truncate(keep);
            if best.len() == keep {
                worst_kept = best[keep - 1];
            }
        }

        // 3. Edits the word list cannot propose, checked directly with the dictionary.
        let n = query.len();
        if n >= 3 && !query.contains(&'\'') {
            for pos in 1..n {
                let s: String = query[..pos].iter().chain(['\''].iter()).chain(query[pos..].iter()).collect();
                let cased = shape.apply(&s);
                if accept(&cased) {
                    // `n't`, `'s`, `'ll`, `'re`: near the end is likelier.
                    let score = p.apostrophe + 0.05 * (n - 1 - pos).min(3) as f32;
                    scored.push((score, Cand::Text(cased)));
                }
            }
        }
        if n >= 4 {
            // Two words run together: only common words, as the split is otherwise too easy a match.
            for pos in 1..n {
                let (a, b) = (&query[..pos], &query[pos..]);
                let (Some(ta), Some(tb)) = (self.tier_of(a), self.tier_of(b)) else { continue };
                if ta > 35 || tb > 35 || (a.len() == 1 && a != ['a'] && a != ['i']) || b.len() < 2 {
                    continue;
                }
                let a: String = a.iter().collect();
                let b: String = b.iter().collect();
                let first = shape.apply(&a);
                let second = if shape == Shape::Upper { b.to_uppercase() } else { b };
                if accept(&first) && accept(&second) {
                    let score = p.split + p.tier_weight * (ta.max(tb) as f32 - 10.0) / 50.0;
                    scored.push((score, Cand::Text(format!("{first} {second}"))));
                }
            }
        }

        // 4. Best first; keep what the dictionary accepts, in the right casing.
        scored.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (_, cand) in scored {
            let text = match cand {
                Cand::Text(t) => Some(t),
                Cand::Entry(id) => self.render(id, shape, accept),
            };
            if let Some(t) = text
                && t != word
                && !out.contains(&t)
            {
                out.push(t);
                if out.len() >= max {
                    break;
                }
            }
        }
        out
    }

    fn push_entry(&mut self, word: &str, tier: u8) {
        if word.is_empty() || word.chars().count() > MAX_WORD || word.chars().any(char::is_whitespace) {
            return;
        }
        if let Some(&id) = self.by_text.get(word) {
            let e = &mut self.entries[id as usize];
            e.tier = e.tier.min(tier);
            return;
        }
        let lower: Vec<char> = word.chars().flat_map(char::to_lowercase).map(fold_quote).collect();
        let cased = word.chars().any(char::is_uppercase);
        let id = self.entries.len() as u32;
        let e = Entry {
            start: self.chars.len() as u32,
            len: lower.len() as u16,
            tier,
            cased,
            tstart: self.text.len() as u32,
            tlen: word.len() as u16,
        };
        self.chars.extend_from_slice(&lower);
        self.text.push_str(word);
        self.entries.push(e);
        self.by_text.insert(word.into(), id);
    }

    fn build_index(&mut self) {
        let mut pairs: Vec<(u64, u32)> = Vec::with_capacity(self.entries.len() * 24);
        let mut local: Vec<u64> = Vec::with_capacity(64);
        for id in 0..self.entries.len() as u32 {
            local.clear();
            for_each_delete(self.lower(id), |h| local.push(h));
            local.sort_unstable();
            local.dedup();
            pairs.extend(local.iter().map(|&h| (h, id)));
        }
        // Roughly two slots per bucket.
        let bits = (usize::BITS - (pairs.len() / 2).max(1024).leading_zeros()).min(30);
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
        self.bucket_bits = bits;
        self.offsets = offsets;
        self.slots = slots;
    }

    fn lower(&self, id: u32) -> &[char] {
        let e = &self.entries[id as usize];
        &self.chars[e.start as usize..e.start as usize + e.len as usize]
    }

    fn text_of(&self, id: u32) -> &str {
        let e = &self.entries[id as usize];
        &self.text[e.tstart as usize..e.tstart as usize + e.tlen as usize]
    }

    /// Tier of a lower-case word, if the list has it in lower case.
    fn tier_of(&self, w: &[char]) -> Option<u8> {
        let s: String = w.iter().collect();
        self.by_text.get(s.as_str()).map(|&id| self.entries[id as usize].tier)
    }

    /// The entry in the input's casing, if the dictionary accepts it.
    fn render(&self, id: u32, shape: Shape, accept: &dyn Fn(&str) -> bool) -> Option<String> {
        let e = self.entries[id as usize];
        let own = self.text_of(id);
        if e.cased && shape != Shape::Upper {
            return accept(own).then(|| own.to_string());
        }
        let cased = shape.apply(own);
        if accept(&cased) {
            Some(cased)
        } else if cased != own && accept(own) {
            Some(own.to_string())
        } else {
            None
        }
    }
}

enum Cand {
    Entry(u32),
    Text(String),
}

/// Whether the (slow) Hunspell suggestion search may run on `word` after the index found nothing.
/// Its cost grows with the word's length, so the work per word stays bounded (issue 19): long
/// words and words that are not all letters get only what the index finds.
pub fn fallback_allowed(word: &str) -> bool {
    let mut n = 0;
    for c in word.chars() {
        n += 1;
        if n > FALLBACK_MAX_CHARS || !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-') {
            return false;
        }
    }
    n > 0
}

/// Capitalisation pattern of the input.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    Lower,
    Title,
    Upper,
    Mixed,
}

impl Shape {
    fn of(word: &str) -> Shape {
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let Some(first) = letters.next() else { return Shape::Lower };
        let rest: Vec<char> = letters.collect();
        let rest_upper = rest.iter().filter(|c| c.is_uppercase()).count();
        if first.is_uppercase() {
            if rest.is_empty() {
                Shape::Title
            } else if rest_upper == rest.len() {
                Shape::Upper
            } else if rest_upper == 0 {
                Shape::Title
            } else {
                Shape::Mixed
            }
        } else if rest_upper == 0 {
            Shape::Lower
        } else {
            Shape::Mixed
        }
    }

    /// Apply this pattern to a dictionary word (given in its own casing).
    fn apply(self, w: &str) -> String {
        match self {
            Shape::Upper => w.to_uppercase(),
            Shape::Title => {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_uppercase().chain(c).collect(),
                    None => String::new(),
                }
            }
            Shape::Lower | Shape::Mixed => w.to_string(),
        }
    }
}

fn fold_quote(c: char) -> char {
    if c == '\u{2019}' { '\'' } else { c }
}

/// Hash every string obtained by deleting up to [`MAX_DELETES`] characters from the word's prefix (never down to
/// the empty string). Duplicates are possible (`ll` minus either `l`).
fn for_each_delete(word: &[char], mut f: impl FnMut(u64)) {
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

/// Whether `a` and `b` differ by at most one insertion, deletion, substitution or adjacent transposition.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if a.len() == b.len() {
        let rest = |i: usize| a[i..] == b[i..];
        pre == a.len()
            || rest(pre + 1)
            || (pre + 1 < a.len() && a[pre] == b[pre + 1] && a[pre + 1] == b[pre] && rest(pre + 2))
    } else {
        a[pre..] == b[pre + 1..]
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Letters that sound alike and get swapped by people who spell by ear.
fn phonetic(a: char, b: char) -> bool {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    matches!(
        (a, b),
        ('c', 'k')
            | ('c', 's')
            | ('s', 'z')
            | ('c', 'q')
            | ('k', 'q')
            | ('i', 'y')
            | ('e', 'y')
            | ('f', 'v')
            | ('g', 'j')
            | ('m', 'n')
            | ('d', 't')
            | ('b', 'p')
            | ('s', 't')
            | ('c', 'z')
            | ('x', 'z')
    )
}

/// QWERTY neighbours (same row or diagonal).
fn keyboard(a: char, b: char) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let pos = |c: char| -> Option<(i32, i32)> {
        if !c.is_ascii_lowercase() {
            return None;
        }
        ROWS.iter().enumerate().find_map(|(r, row)| {
            row.iter().position(|&x| x == c as u8).map(|col| (r as i32, col as i32 * 2 + r as i32))
        })
    };
    match (pos(a), pos(b)) {
        (Some((ra, ca)), Some((rb, cb))) => (ra - rb).abs() <= 1 && (ca - cb).abs() <= 2,
        _ => false,
    }
}

/// Reusable buffer for the weighted distance.
#[derive(Default)]
struct Dp {
    m: Vec<f32>,
}

impl Dp {
    /// Weighted optimal-string-alignment distance from the misspelling `w` to the candidate `d`, or `None` when it
    /// exceeds `p.max_dist`.
    fn distance(&mut self, w: &[char], d: &[char], p: &Params, limit: f32) -> Option<f32> {
        let (n, m) = (w.len(), d.len());
        let cols = m + 1;
        self.m.clear();
        self.m.resize((n + 1) * cols, 0.0);
        let t = &mut self.m;
        // Cost of dropping w[i] (the misspelling has an extra letter).
        let del = |i: usize| -> f32 {
            let c = w[i];
            if (i > 0 && w[i - 1] == c) || (i + 1 < n && w[i + 1] == c) {
                p.double
            } else if is_vowel(c) {
                p.indel_vowel
            } else {
                p.edit
            }
        };
        // Cost of adding d[j] (the misspelling lacks a letter).
        let ins = |j: usize| -> f32 {
            let c = d[j];
            if (j > 0 && d[j - 1] == c) || (j + 1 < m && d[j + 1] == c) {
                p.double
            } else if is_vowel(c) {
                p.indel_vowel
            } else {
                p.edit
            }
        };
        let sub = |a: char, b: char| -> f32 {
            if a == b {
                0.0
            } else if is_vowel(a) && is_vowel(b) {
                p.vowel
            } else if phonetic(a, b) {
                p.phonetic
            } else if keyboard(a, b) {
                p.keyboard
            } else {
                p.edit
            }
        };
        for j in 1..=m {
            t[j] = t[j - 1] + ins(j - 1);
        }
        for i in 1..=n {
            let row = i * cols;
            t[row] = t[row - cols] + del(i - 1);
            let mut row_min = t[row];
            for j in 1..=m {
                let (a, b) = (w[i - 1], d[j - 1]);
                let mut v = t[row - cols + j - 1] + sub(a, b);
                v = v.min(t[row - cols + j] + del(i - 1));
                v = v.min(t[row + j - 1] + ins(j - 1));
                if i > 1 && j > 1 && a == d[j - 2] && w[i - 2] == b && a != b {
                    v = v.min(t[row - 2 * cols + j - 2] + p.transpose);
                }
                // ph <-> f
                if i > 1 && b == 'f' && w[i - 2] == 'p' && a == 'h' {
                    v = v.min(t[row - 2 * cols + j - 1] + p.phonetic);
                }
                if j > 1 && a == 'f' && d[j - 2] == 'p' && b == 'h' {
                    v = v.min(t[row - cols + j - 2] + p.phonetic);
                }
                t[row + j] = v;
                row_min = row_min.min(v);
            }
            if row_min > limit {
                return None;
            }
        }
        let v = t[n * cols + m];
        (v <= limit).then_some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIERS: &str = "# test list\n\
        the\t10\nreceive\t20\nseparate\t20\nseparately\t35\ndesperate\t35\naccommodate\t35\noccurred\t35\n\
        definitely\t20\ndefiantly\t50\nexperience\t20\nmanagement\t20\nmanager\t20\nmanage\t20\n\
        team\t10\nteam\t35\nteams\t20\ntea\t20\nleader\t20\nleadership\t35\ndon't\t10\ndont\t60\nabout\t10\n\
        a\t10\nphone\t20\nfone\t70\ndeveloper\t35\n\nblank\n";

    /// Accepts everything but words with an apostrophe, except `don't`.
    fn accept_all(w: &str) -> bool {
        !w.contains('\'') || w.eq_ignore_ascii_case("don't")
    }

    fn suggester() -> Suggester {
        let mut s = Suggester::from_tiers(TIERS);
        s.add_word("GitHub");
        s.add_word("JavaScript");
        s
    }

    #[test]
    fn parses_tiers() {
        let s = suggester();
        // "team" listed twice, "blank" has no tier (tier 50), GitHub and JavaScript added.
        assert_eq!(s.len(), 28);
        assert_eq!(s.tier_of(&['t', 'e', 'a', 'm']), Some(10));
        assert_eq!(s.tier_of(&['b', 'l', 'a', 'n', 'k']), Some(50));
    }

    #[test]
    fn common_slips() {
        let s = suggester();
        let top = |w: &str| s.suggest(w, 5, &accept_all).first().cloned();
        assert_eq!(top("recieve").as_deref(), Some("receive"));
        assert_eq!(top("seperate").as_deref(), Some("separate"));
        assert_eq!(top("acommodate").as_deref(), Some("accommodate"));
        assert_eq!(top("occured").as_deref(), Some("occurred"));
        assert_eq!(top("definately").as_deref(), Some("definitely"));
        assert_eq!(top("experiance").as_deref(), Some("experience"));
        assert_eq!(top("managment").as_deref(), Some("management"));
        assert_eq!(top("teh").as_deref(), Some("the"));
        assert_eq!(top("leadershp").as_deref(), Some("leadership"));
        assert_eq!(top("fone").as_deref(), Some("phone"));
    }

    #[test]
    fn keeps_capitalisation() {
        let s = suggester();
        assert_eq!(s.suggest("Recieve", 1, &accept_all), vec!["Receive"]);
        assert_eq!(s.suggest("RECIEVE", 1, &accept_all), vec!["RECEIVE"]);
        assert_eq!(s.suggest("githb", 1, &accept_all), vec!["GitHub"]);
        assert_eq!(s.suggest("Githb", 1, &accept_all), vec!["GitHub"]);
        assert_eq!(s.suggest("github", 1, &accept_all), vec!["GitHub"]);
        assert_eq!(s.suggest("GITHB", 1, &accept_all), vec!["GITHUB"]);
        assert_eq!(s.suggest("Javascript", 1, &accept_all), vec!["JavaScript"]);
    }

    #[test]
    fn only_accepted_words() {
        let s = suggester();
        let no_receive = |w: &str| w != "receive";
        let got = s.suggest("recieve", 5, &no_receive);
        assert!(!got.iter().any(|w| w == "receive"), "{got:?}");
        assert!(s.suggest("recieve", 5, &|_| false).is_empty());
        assert_eq!(s.suggest("recieve", 0, &accept_all), Vec::<String>::new());
    }

    #[test]
    fn apostrophe_and_split() {
        let s = suggester();
        let accept = |w: &str| w != "dont";
        assert_eq!(s.suggest("dont", 1, &accept), vec!["don't"]);
        assert!(s.suggest("aboutthe", 3, &accept_all).contains(&"about the".to_string()));
    }

    #[test]
    fn ranks_and_limits() {
        let s = suggester();
        let got = s.suggest("teem", 3, &accept_all);
        assert!(got.len() <= 3);
        assert_eq!(got[0], "team");
        // Empty, long and odd input do not panic.
        assert!(s.suggest("", 5, &accept_all).is_empty());
        assert!(s.suggest(&"x".repeat(100), 5, &accept_all).is_empty());
        let _ = s.suggest("é", 5, &accept_all);
        let _ = s.suggest("ab'", 5, &accept_all);
    }

    #[test]
    fn weighted_distance() {
        let p = Params::default();
        let mut dp = Dp::default();
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        let d = |a: &str, b: &str, dp: &mut Dp| dp.distance(&c(a), &c(b), &p, p.max_dist);
        assert_eq!(d("occured", "occurred", &mut dp), Some(p.double));
        assert_eq!(d("recieve", "receive", &mut dp), Some(p.transpose));
        assert_eq!(d("fone", "phone", &mut dp), Some(p.phonetic));
        assert_eq!(d("abc", "xyzuvw", &mut dp), None);
    }

    #[test]
    fn one_edit_test() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        let one = |a: &str, b: &str| within_one_edit(&c(a), &c(b));
        assert!(one("setyp", "setup") && one("atll", "all") && one("fi", "if") && one("abc", "abc"));
        assert!(!one("setyp", "step") && !one("atll", "at") && !one("spatio", "spat"));
        assert!(one("recieve", "receive") && !one("ab", "ba c"));
    }

    #[test]
    fn send_sync() {
        fn is<T: Send + Sync>() {}
        is::<Suggester>();
    }
}
