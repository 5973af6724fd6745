//! Spelling suggestion engine: ranked corrections for a misspelled word.
//!
//! Design
//! - Word list with SCOWL commonness tiers (10 = most common … 95 = rare), plus extra words (`add_word`, tier 50),
//!   and how often each word is written (`dictionaries/word-freq.txt`, Google Books counts through symspellpy): a
//!   word without a count ranks as the middle word of its tier. Counted words the tiers file lacks (contractions,
//!   variant spellings such as `advisor`; not names, whose counts are of their lower-case forms) are indexed too.
//! - Candidate generation: a symmetric-delete index (SymSpell style). For every dictionary word, all strings obtained
//!   by deleting up to two characters from its first seven characters are hashed into a compact CSR table of
//!   `(fingerprint, word id)` slots ([`super::suggest_index`]; the embedded word list's table is built at compile
//!   time and read in place). A query generates the same deletes of its own prefix and collects every word
//!   sharing one, which covers all words within (Damerau-)Levenshtein distance 2, plus some noise that the
//!   verification step drops.
//! - Verification and ranking: a weighted Damerau-Levenshtein (optimal string alignment) distance where the usual
//!   human slips are cheap (doubled/undoubled letters, adjacent transpositions, vowel-for-vowel, phonetic
//!   confusions such as c/k/s and ph/f, keyboard neighbours), combined with the word's commonness (tier and count), a penalty
//!   when the first letter differs and a small length-difference penalty.
//! - A few edits that the word list cannot propose are checked directly with `accept`: a missing apostrophe
//!   (`dont` → `don't`) and a missing space between two common words.
//! - Output keeps the input's capitalisation pattern, keeps case-sensitive words (brands) in their own casing, and
//!   only ever returns words that `accept` approves.
//!
//! The index is immutable after construction (apart from `add_word`, which needs `&mut self`), so a `Suggester`
//! is `Send + Sync` and can be shared across threads.

use std::borrow::Cow;
use std::collections::HashMap;

use super::distance::{Dp, Floors, Misspelling, within_one_edit};
use super::suggest_index::{
    ADDED_TIER, Layout, MAX_WORD, WordTable, for_each_delete, indexable, letter_mask, lower_chars,
};

/// Words longer than this get no Hunspell fallback search (see [`fallback_allowed`]).
pub const FALLBACK_MAX_CHARS: usize = 20;

/// The index of the embedded word list (`dictionaries/word-tiers.txt` and `professional.dic`), built at compile
/// time by `build.rs`.
static EMBEDDED_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/suggest-index.bin"));

/// Tunable weights of the ranking. The defaults are the tuned values: on the 48,812 codespell pairs the
/// dictionaries can score, each weighted by how often its right word is written (`examples/suggest_rank.rs`),
/// ranking by word counts as well as tiers, with the counted words the tiers lack indexed, took top-1 from 0.868
/// to 0.946 and top-5 from 0.985 to 0.990 (every pair alike: top-1 0.897 to 0.904, top-5 0.955 to 0.960).
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
    /// Weight of how often the word is written, per power of ten of its count below ten billion:
    /// score += freq_weight * (10 - log10(count)).
    pub freq_weight: f32,
    /// Penalty when the first letter differs.
    pub first_letter: f32,
    /// Penalty per character of length difference.
    pub length: f32,
    /// Penalty for a case-sensitive word when the input is all lower case.
    pub cased: f32,
    /// Score of a missing apostrophe (`dont` → `don't`).
    pub apostrophe: f32,
    /// Added to it when the word with the apostrophe has no count of its own (`softwares` → `software's`).
    pub uncounted_apostrophe: f32,
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
            tier_weight: 0.4,
            freq_weight: 0.2,
            first_letter: 0.375,
            length: 0.04,
            cased: 0.1,
            apostrophe: 0.5,
            uncounted_apostrophe: 1.0,
            split: 1.9,
            multi_edit: 0.35,
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

/// The tier the tiers file gives `word` (spelled exactly so), from the embedded index.
pub fn embedded_file_tier(word: &str) -> Option<u8> {
    static LAYOUT: std::sync::OnceLock<Layout> = std::sync::OnceLock::new();
    let layout = LAYOUT.get_or_init(|| Layout::of(EMBEDDED_INDEX).expect("the embedded index is well formed (tested)"));
    let id = layout.find(EMBEDDED_INDEX, word)?;
    Some(layout.file_tier(EMBEDDED_INDEX, id)).filter(|&t| t > 0)
}

/// How often `word` (spelled exactly so) is written, from the embedded index: ten times the log10 of its
/// count ([`super::suggest_index::log_count`]: 64 is about 2.5 million in Google Books), or for a word
/// without a count the median of its tier's counted words; `None` when the index lacks the word.
pub fn embedded_frequency(word: &str) -> Option<u8> {
    static LAYOUT: std::sync::OnceLock<Layout> = std::sync::OnceLock::new();
    let layout = LAYOUT.get_or_init(|| Layout::of(EMBEDDED_INDEX).expect("the embedded index is well formed (tested)"));
    let id = layout.find(EMBEDDED_INDEX, word)?;
    Some(layout.frequency(EMBEDDED_INDEX, id))
}

/// A word given with [`Suggester::add_word`] that the index does not have.
struct Added {
    lower: Vec<char>,
    lower_text: String,
    mask: u32,
    text: String,
    tier: u8,
    cased: bool,
}

/// Ten billion, as [`super::suggest_index::log_count`] writes it: the frequency term is 0 for a word written
/// that often, and grows by `freq_weight` for every power of ten less.
const FREQ_TOP: f32 = 100.0;

/// Ranked spelling suggestions from a word list with commonness tiers.
pub struct Suggester {
    /// The index ([`super::suggest_index`]): built into the binary, or built at run time by `from_tiers`.
    blob: Cow<'static, [u8]>,
    layout: Layout,
    /// Words added after construction: ids `layout.words..`.
    added: Vec<Added>,
    /// Deletes of the added words: hash → ids.
    added_deletes: HashMap<u64, Vec<u32>>,
    added_by_text: HashMap<Box<str>, u32>,
    /// A lower tier given by `add_word` to a word the index has.
    tier_override: HashMap<u32, u8>,
    /// The letters either side of the apostrophe in every word `accept` may approve with one inside, when
    /// known ([`Suggester::limit_apostrophes`]).
    apostrophes: Option<ApostropheContexts>,
    params: Params,
}

/// The pairs of letters that stand either side of an apostrophe in a word list's entries (lower case, ASCII):
/// bit `after` of `pairs[before]`. See [`Suggester::limit_apostrophes`].
struct ApostropheContexts {
    pairs: [u128; 128],
}

impl ApostropheContexts {
    /// The contexts of the apostrophes in `lists` (.dic files), or `None` when some entry allows any.
    fn of<'a>(lists: impl Iterator<Item = &'a str>) -> Option<ApostropheContexts> {
        let mut pairs = [0u128; 128];
        for text in lists {
            // Searched one apostrophe at a time: a single character is found with `memchr`.
            for (at, quote) in text.match_indices('\'').chain(text.match_indices('’')) {
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                let line = &text[start..end];
                let before = text[start..at].chars().next_back();
                let after = text[at + quote.len()..end].chars().next();
                match (before, after) {
                    // At either end of the word (`'tis`, `goin'`): inside only with an affix, if it has flags.
                    (None, _) | (_, None | Some('/' | ' ' | '\t')) if line.contains('/') => return None,
                    (None, _) | (_, None | Some('/' | ' ' | '\t')) => {}
                    (Some(b), Some(a)) if b.is_ascii() && a.is_ascii() => {
                        pairs[b.to_ascii_lowercase() as usize] |= 1u128 << a.to_ascii_lowercase() as u32;
                    }
                    // A letter that is not ASCII may match an ASCII one in another case: no limit at all.
                    _ => return None,
                }
            }
        }
        Some(ApostropheContexts { pairs })
    }

    /// Whether `word`, with an apostrophe inserted before `word[pos]`, may be a word of the lists: it ends in
    /// the possessive `'s`, or the letters either side are those of some entry (or not ASCII: never ruled out).
    fn allow(&self, word: &[char], pos: usize) -> bool {
        let (before, after) = (word[pos - 1], word[pos]);
        word[pos..] == ['s']
            || !before.is_ascii()
            || !after.is_ascii()
            || self.pairs[before.to_ascii_lowercase() as usize] >> (after.to_ascii_lowercase() as u32) & 1 == 1
    }
}

impl Suggester {
    /// `tiers` text: lines `word<TAB>tier` (tier = SCOWL size 10..=95, smaller = more common); `#` comments and
    /// blank lines ignored.
    pub fn from_tiers(tiers: &str) -> Suggester {
        Suggester::from_tiers_and_counts(tiers, "")
    }

    /// [`Suggester::from_tiers`], with word counts to rank by: lines `word<TAB>count`, as in
    /// `dictionaries/word-freq.txt`.
    pub fn from_tiers_and_counts(tiers: &str, counts: &str) -> Suggester {
        let mut table = WordTable::default();
        table.push_tiers(tiers);
        table.set_counts(counts);
        Suggester::from_blob(Cow::Owned(table.build())).expect("a freshly built index is well formed")
    }

    /// The embedded word list (`dictionaries/word-tiers.txt`, then the professional vocabulary at tier 50),
    /// indexed at compile time: nothing to build at run time.
    pub fn embedded() -> Suggester {
        Suggester::from_blob(Cow::Borrowed(EMBEDDED_INDEX)).expect("the embedded index is well formed (tested)")
    }

    fn from_blob(blob: Cow<'static, [u8]>) -> Result<Suggester, String> {
        let layout = Layout::of(&blob)?;
        Ok(Suggester {
            blob,
            layout,
            added: Vec::new(),
            added_deletes: HashMap::new(),
            added_by_text: HashMap::new(),
            tier_override: HashMap::new(),
            apostrophes: None,
            params: Params::default(),
        })
    }

    /// Checks the whole index (tests: the embedded one must be sound).
    #[doc(hidden)]
    pub fn check_index(&self) -> Result<(), String> {
        self.layout.check_all(&self.blob)
    }

    /// Add extra words (e.g. professional vocabulary, the profile's own names), treated as tier 50.
    pub fn add_word(&mut self, word: &str) {
        let word = word.trim();
        if !indexable(word) {
            return;
        }
        if let Some(id) = self.find(word) {
            let t = self.tier(id).min(ADDED_TIER);
            if (id as usize) < self.layout.words as usize {
                self.tier_override.insert(id, t);
            } else {
                self.added[id as usize - self.layout.words as usize].tier = t;
            }
            return;
        }
        let id = self.layout.words + self.added.len() as u32;
        let lower = lower_chars(word);
        for_each_delete(&lower, |h| {
            let ids = self.added_deletes.entry(h).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        });
        let cased = word.chars().any(char::is_uppercase);
        let (lower_text, mask) = (lower.iter().collect(), letter_mask(&lower));
        self.added.push(Added { lower, lower_text, mask, text: word.to_string(), tier: ADDED_TIER, cased });
        self.added_by_text.insert(word.into(), id);
    }

    /// Tells the search for a missing apostrophe (`dont` → `don't`) which forms `accept` can approve, from the
    /// .dic lists behind it (`lists`: whole files of entry lines, flags and all). With Hunspell's English affix
    /// rules (the embedded ones, tested) a word with an apostrophe inside comes from an entry that has it
    /// (`o'clock`, `O'Brien/M`), maybe with affixes that leave the letters next to it alone, or ends in the
    /// possessive `'s`, the one affix that adds an apostrophe. So a form whose letters either side of the
    /// apostrophe are those of no entry, and that does not end in `'s`, is never a word and is not looked up:
    /// each look-up is a miss in every dictionary, the costliest kind, made for nearly every position of every
    /// unknown word. Suggestions stay the same; without this call every position is tried.
    pub fn limit_apostrophes<'a>(&mut self, lists: impl Iterator<Item = &'a str>) {
        self.apostrophes = ApostropheContexts::of(lists);
    }

    #[doc(hidden)]
    #[allow(dead_code)] // used by benchmarks and diagnostics
    pub fn set_params(&mut self, params: Params) {
        self.params = params;
    }

    /// Number of words known.
    #[allow(dead_code)] // used by benchmarks and diagnostics
    pub fn len(&self) -> usize {
        self.layout.words as usize + self.added.len()
    }

    /// True when no word is known.
    #[allow(dead_code)] // used by benchmarks and diagnostics
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Approximate heap memory of the index, in bytes (the embedded index is not on the heap: only the pages a
    /// run reads are loaded).
    #[allow(dead_code)] // used by benchmarks and diagnostics
    pub fn memory_bytes(&self) -> usize {
        let own = if matches!(self.blob, Cow::Owned(_)) { self.blob.len() } else { 0 };
        own + self.added.iter().map(|a| a.lower.len() * 4 + a.text.len() + 64).sum::<usize>()
            + self.added_deletes.values().map(|v| v.capacity() * 4 + 40).sum::<usize>()
            + self.added_by_text.keys().map(|k| k.len() + 24).sum::<usize>()
            + self.tier_override.len() * 16
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
        let query: Vec<char> = lower_chars(word);
        if query.len() > MAX_WORD || query.is_empty() {
            return out;
        }
        let p = &self.params;

        // 1. Candidates sharing a delete with the query.
        thread_local! {
            static FOUND: std::cell::RefCell<IdSet> = std::cell::RefCell::default();
        }
        let mut ids: Vec<u32> = Vec::with_capacity(256);
        FOUND.with_borrow_mut(|found| {
            found.reserve(self.layout.words as usize + self.added.len());
            for_each_delete(&query, |h| {
                self.layout.for_each_with_delete(&self.blob, h, |id| found.insert(id));
                if !self.added_deletes.is_empty()
                    && let Some(more) = self.added_deletes.get(&h)
                {
                    more.iter().for_each(|&id| found.insert(id));
                }
            });
            found.drain_sorted(&mut ids);
        });

        // 2. Verify with the weighted distance and score, cheapest lower bound first (branch and bound: stop once
        //    the bound exceeds the `keep`-th best score found, a few more than `max` as `accept` may reject some).
        let keep = max * 2 + 2;
        let qmask = letter_mask(&query);
        let per_letter = p.min_letter_cost();
        let mut pending: Vec<(f32, f32, u32)> = Vec::with_capacity(ids.len());
        let mut scored: Vec<(f32, Cand)> = Vec::with_capacity(keep * 2);
        let query_text: String = query.iter().collect();
        let first_len = query[0].len_utf8();
        for &id in &ids {
            // Read from the entry without decoding the word: its bytes, length and letters.
            let (bytes, nchars, mask) = self.lower_summary(id);
            let cased = self.cased(id);
            if bytes == query_text.as_bytes() {
                // The word itself (the dictionary rejected it in this casing, e.g. `github` → `GitHub`).
                if cased && self.text_of(id) != word {
                    scored.push((0.0, Cand::Entry(id)));
                }
                continue;
            }
            let dlen = (nchars as isize - query.len() as isize).unsigned_abs();
            if dlen as f32 * p.double > p.max_dist {
                continue;
            }
            let mut pre = self.commonness(id) + p.length * dlen as f32;
            // UTF-8 is prefix-free: the first characters are equal exactly when the bytes start alike.
            // (One byte compared as a byte: the slice comparison would call `memcmp` for each candidate.)
            let same_first = match first_len {
                1 => bytes.first() == query_text.as_bytes().first(),
                _ => bytes.starts_with(&query_text.as_bytes()[..first_len]),
            };
            if !same_first {
                pre += p.first_letter;
            }
            if cased && shape == Shape::Lower {
                pre += p.cased;
            }
            let letters = (qmask ^ mask).count_ones() as f32 * per_letter;
            let bound = pre + letters.max(dlen as f32 * p.double);
            pending.push((bound, pre, id));
        }
        pending.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
        // The query's side of the distance, worked out once ([`Misspelling`]), and its bytes when it is ASCII
        // (then ASCII candidates are compared as bytes, undecoded).
        let (floors, q_side) = (Floors::of(p), Misspelling::of(&query, p));
        let q_ascii = query_text.is_ascii().then_some(query_text.as_bytes());
        let mut cand: Vec<char> = Vec::with_capacity(MAX_WORD);
        let mut dp = Dp::default();
        let mut worst_kept = f32::INFINITY;
        let mut best: Vec<f32> = Vec::with_capacity(keep + 1);
        for &(bound, pre, id) in &pending {
            if bound > worst_kept {
                break;
            }
            let limit = p.max_dist.min(worst_kept - pre);
            let (d, one_edit) = match (q_ascii, self.ascii_lower(id)) {
                (Some(q), Some(c)) => {
                    let Some(d) = dp.bounded(q, &q_side, c, p, floors, limit) else { continue };
                    (d, within_one_edit(q, c))
                }
                _ => {
                    self.lower_into(id, &mut cand);
                    let Some(d) = dp.bounded(&query, &q_side, &cand, p, floors, limit) else { continue };
                    (d, within_one_edit(&query, &cand))
                }
            };
            let score = pre + d + if one_edit { 0.0 } else { p.multi_edit };
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
                if self.apostrophes.as_ref().is_some_and(|c| !c.allow(&query, pos)) {
                    continue;
                }
                let s: String = query[..pos].iter().chain(['\''].iter()).chain(query[pos..].iter()).collect();
                let cased = shape.apply(&s);
                if accept(&cased) {
                    // `n't`, `'s`, `'ll`, `'re`: near the end is likelier; and as for every candidate, a word
                    // written more often (a counted contraction such as `don't`, by its own count).
                    let base: String = query[..pos].iter().collect();
                    let score = p.apostrophe
                        + 0.05 * (n - 1 - pos).min(3) as f32
                        + match self.find(&s) {
                            Some(id) => self.frequency_term(Some(self.frequency(id))),
                            // A form the lists do not count (a possessive: `software's`) is no likelier
                            // than its word is written, and no likelier than any other one-letter edit.
                            None => {
                                p.uncounted_apostrophe
                                    + self.frequency_term(self.find(&base).map(|id| self.frequency(id)))
                            }
                        };
                    scored.push((score, Cand::Text(cased)));
                }
            }
        }
        if n >= 4 {
            // Two words run together: only common words, as the split is otherwise too easy a match.
            for pos in 1..n {
                let (a, b) = (&query[..pos], &query[pos..]);
                if (a.len() == 1 && a != ['a'] && a != ['i']) || b.len() < 2 {
                    continue;
                }
                let Some(ta) = self.tier_of(a).filter(|&t| t <= 35) else { continue };
                let Some(tb) = self.tier_of(b).filter(|&t| t <= 35) else { continue };
                let a: String = a.iter().collect();
                let b: String = b.iter().collect();
                let rarer = [&a, &b].iter().filter_map(|w| self.find(w)).map(|id| self.frequency(id)).min();
                let first = shape.apply(&a);
                let second = if shape == Shape::Upper { b.to_uppercase() } else { b };
                if accept(&first) && accept(&second) {
                    let score =
                        p.split + p.tier_weight * (ta.max(tb) as f32 - 10.0) / 50.0 + self.frequency_term(rarer);
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

    /// The id of the word spelled exactly `word`.
    fn find(&self, word: &str) -> Option<u32> {
        self.layout.find(&self.blob, word).or_else(|| self.added_by_text.get(word).copied())
    }

    fn added(&self, id: u32) -> Option<&Added> {
        (id as usize).checked_sub(self.layout.words as usize).map(|i| &self.added[i])
    }

    /// The word's lower-case form, into `out`.
    fn lower_into(&self, id: u32, out: &mut Vec<char>) {
        out.clear();
        match self.added(id) {
            Some(a) => out.extend_from_slice(&a.lower),
            None => out.extend(self.layout.lower(&self.blob, id).chars()),
        }
    }

    /// The word's lower-case form as bytes when it is ASCII (most are): its bytes are its characters.
    fn ascii_lower(&self, id: u32) -> Option<&[u8]> {
        let bytes = match self.added(id) {
            Some(a) => a.lower_text.as_bytes(),
            None => self.layout.lower_bytes(&self.blob, id),
        };
        bytes.is_ascii().then_some(bytes)
    }

    /// The lower-case form's bytes, its length in characters and its letters.
    fn lower_summary(&self, id: u32) -> (&[u8], usize, u32) {
        match self.added(id) {
            Some(a) => (a.lower_text.as_bytes(), a.lower.len(), a.mask),
            None => {
                let (l, b) = (&self.layout, &*self.blob);
                (l.lower_bytes(b, id), l.lower_chars(b, id), l.letter_mask(b, id))
            }
        }
    }

    fn text_of(&self, id: u32) -> &str {
        match self.added(id) {
            Some(a) => &a.text,
            None => self.layout.text(&self.blob, id),
        }
    }

    /// How often the word is written ([`super::suggest_index::log_count`]).
    fn frequency(&self, id: u32) -> u8 {
        match self.added(id) {
            Some(_) => self.layout.added_frequency,
            None => self.layout.frequency(&self.blob, id),
        }
    }

    /// The part of a candidate's score that says how rare it is: its tier and how often it is written.
    fn commonness(&self, id: u32) -> f32 {
        self.params.tier_weight * (self.tier(id) as f32 - 10.0) / 50.0 + self.frequency_term(Some(self.frequency(id)))
    }

    /// The score a word's frequency adds (that of a word added at run time when it has none).
    fn frequency_term(&self, freq: Option<u8>) -> f32 {
        let f = freq.unwrap_or(self.layout.added_frequency);
        self.params.freq_weight * (FREQ_TOP - f as f32) / 10.0
    }

    fn tier(&self, id: u32) -> u8 {
        match self.added(id) {
            Some(a) => a.tier,
            None if self.tier_override.is_empty() => self.layout.tier(&self.blob, id),
            None => self.tier_override.get(&id).copied().unwrap_or_else(|| self.layout.tier(&self.blob, id)),
        }
    }

    /// The word has upper-case letters of its own (`GitHub`, `NASA`): keep its casing.
    fn cased(&self, id: u32) -> bool {
        self.added(id).map_or_else(|| self.layout.cased(&self.blob, id), |a| a.cased)
    }

    /// Tier of a lower-case word, if the list has it in lower case.
    fn tier_of(&self, w: &[char]) -> Option<u8> {
        let s: String = w.iter().collect();
        self.find(&s).map(|id| self.tier(id))
    }

    /// The entry in the input's casing, if the dictionary accepts it.
    fn render(&self, id: u32, shape: Shape, accept: &dyn Fn(&str) -> bool) -> Option<String> {
        let own = self.text_of(id);
        if self.cased(id) && shape != Shape::Upper {
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

/// The word ids a query's deletes find, each given back once and in ascending order: what sorting the ids
/// and dropping repeats gives (a word is filed under many of the deletes), without the sort. A bit per word,
/// and a bit per 64 words for the words that have one set, so that giving them back reads only those.
/// Emptied as it is read: one set serves every query of a thread.
#[derive(Default)]
struct IdSet {
    bits: Vec<u64>,
    used: Vec<u64>,
}

impl IdSet {
    /// Makes room for ids below `words`.
    fn reserve(&mut self, words: usize) {
        let n = words.div_ceil(64);
        if self.bits.len() < n {
            self.bits.resize(n, 0);
            self.used.resize(n.div_ceil(64), 0);
        }
    }

    /// Adds `id`, below the `words` of the last [`IdSet::reserve`].
    fn insert(&mut self, id: u32) {
        let at = id as usize / 64;
        self.bits[at] |= 1 << (id % 64);
        self.used[at / 64] |= 1 << (at % 64);
    }

    /// Appends the ids to `out`, ascending, and empties the set.
    fn drain_sorted(&mut self, out: &mut Vec<u32>) {
        for (u, used) in self.used.iter_mut().enumerate() {
            let mut words = std::mem::take(used);
            while words != 0 {
                let at = u * 64 + words.trailing_zeros() as usize;
                words &= words - 1;
                let mut bits = std::mem::take(&mut self.bits[at]);
                while bits != 0 {
                    out.push(at as u32 * 64 + bits.trailing_zeros());
                    bits &= bits - 1;
                }
            }
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

    /// Word counts rank candidates the tiers cannot tell apart: `hte` is one transposition from `the` and one
    /// added vowel from `hate`, both SCOWL size-10 words; `the` is written a thousand times as often.
    #[test]
    fn counts_rank_candidates_of_one_tier() {
        let tiers = "the\t10\nhate\t10\nthem\t10\nuser\t10\n";
        let counts = "the\t23000000000\nthem\t150000000\nuser\t310000000\nhate\t21000000\n";
        let top = |s: &Suggester, w: &str| s.suggest(w, 5, &accept_all).first().cloned().unwrap_or_default();
        let plain = Suggester::from_tiers(tiers);
        let counted = Suggester::from_tiers_and_counts(tiers, counts);
        assert_eq!(top(&plain, "hte"), "hate", "without counts the cheaper edit wins");
        assert_eq!(top(&counted, "hte"), "the");
        assert_eq!(top(&plain, "thev"), "them");
        assert_eq!(top(&counted, "thev"), "the");
        // Counts only reorder: every candidate stays, and equal counts leave the edit to decide.
        let mut a = plain.suggest("hte", 5, &accept_all);
        let mut b = counted.suggest("hte", 5, &accept_all);
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert_eq!(top(&counted, "usre"), "user");
    }

    /// A word without a count ranks as the middle counted word of its tier, and the run-time words (`add_word`)
    /// as that of tier 50.
    #[test]
    fn words_without_a_count_take_their_tiers_middle() {
        let mut table = WordTable::default();
        table.push_tiers("alpha\t10\nbeta\t10\ngamma\t10\ndelta\t10\nomega\t50\nsigma\t50\n");
        table.set_counts("alpha\t100\nbeta\t10000\ngamma\t1000000\nsigma\t1000\n");
        let blob = table.build();
        let layout = Layout::of(&blob).unwrap();
        let freq = |w: &str| layout.frequency(&blob, layout.find(&blob, w).unwrap());
        assert_eq!([freq("alpha"), freq("beta"), freq("gamma")], [20, 40, 60]);
        assert_eq!(freq("delta"), 40, "the median of its tier");
        assert_eq!(freq("omega"), 30);
        assert_eq!(layout.added_frequency, 30);
        // No counts at all: every word alike, the tiers rank alone.
        let mut table = WordTable::default();
        table.push_tiers("alpha\t10\nomega\t50\n");
        let blob = table.build();
        let layout = Layout::of(&blob).unwrap();
        assert_eq!(layout.frequency(&blob, 0), layout.frequency(&blob, 1));
    }

    /// Counted words the tiers lack are indexed (a contraction, a variant spelling), names are not: the
    /// counts are of lower-case words, and `andorra` would otherwise rank before `android`.
    #[test]
    fn counted_words_the_tiers_lack_are_indexed_but_names() {
        use super::super::suggest_index::{COUNTED_TIER, proper_names};
        let names = proper_names(["Andorra", "Mark", "mark", "android"].into_iter());
        assert!(names.contains("andorra") && !names.contains("mark") && !names.contains("android"));
        let mut table = WordTable::default();
        table.push_tiers("android\t35\nsoftware\t20\n");
        let counts = "software\t370000000\nandorra\t2000000\nandroid\t550000\ndon't\t300000\nadvisor\t9000000\n";
        table.push_counted(counts, COUNTED_TIER, &names);
        table.set_counts(counts);
        let s = Suggester::from_blob(Cow::Owned(table.build())).unwrap();
        assert!(s.find("don't").is_some() && s.find("advisor").is_some());
        assert!(s.find("andorra").is_none(), "a name");
        let accept = |w: &str| w != "dont" && (!w.contains('\'') || w == "don't");
        assert_eq!(s.suggest("andoird", 1, &accept), vec!["android"]);
        assert_eq!(s.suggest("advisr", 1, &accept), vec!["advisor"]);
        assert_eq!(s.suggest("dont", 1, &accept), vec!["don't"]);
    }

    /// A possessive the counts do not know (`software's`) costs as much as any one-letter edit: a mass noun
    /// written as a plural (`softwares`) is the noun. A counted contraction keeps its cheap apostrophe.
    #[test]
    fn an_uncounted_possessive_is_no_cheaper_than_an_edit() {
        let s = Suggester::from_tiers_and_counts(
            "software\t20\nsoftball\t35\nthat\t10\n",
            "software\t370000000\nsoftball\t5000000\nthat\t3400000000\n",
        );
        let accept = |w: &str| w != "softwares" && w != "thats";
        assert_eq!(s.suggest("softwares", 2, &accept), vec!["software", "software's"]);
        let mut cheap = Suggester::from_tiers_and_counts("software\t20\n", "software\t370000000\n");
        cheap.set_params(Params { uncounted_apostrophe: 0.0, ..Params::default() });
        assert_eq!(cheap.suggest("softwares", 1, &accept), vec!["software's"], "what the penalty changes");
    }

    /// The index built into the binary is sound and gives the suggestions the run-time builder gives for the
    /// same words in the same order (the tiers file, then the professional words).
    #[test]
    fn embedded_index_is_the_run_time_index() {
        let embedded = Suggester::embedded();
        embedded.check_index().unwrap();
        let table = super::super::suggest_index::embedded_table(
            crate::spell::embedded::WORD_TIERS,
            crate::spell::embedded::professional_words(),
            include_str!("../../dictionaries/word-freq.txt"),
            [include_str!("../../dictionaries/en_US.dic"), include_str!("../../dictionaries/en_GB.dic")]
                .into_iter()
                .flat_map(super::super::suggest_index::dic_words),
        )
        .unwrap();
        let built = Suggester::from_blob(Cow::Owned(table.build())).unwrap();
        built.check_index().unwrap();
        assert_eq!(embedded.len(), built.len());
        let words = [
            "recieve",
            "seperate",
            "managment",
            "enginers",
            "Kubernets",
            "javscript",
            "Pyhton",
            "linkedin",
            "devloper",
            "accomodate",
            "teh",
            "alot",
            "dont",
            "Mangaer",
            "ANALYSTT",
            "résumée",
            "cafe",
            "xqzv",
        ];
        let accept = |w: &str| !w.contains('\'') || w == "don't";
        for w in words {
            assert_eq!(embedded.suggest(w, 5, &accept), built.suggest(w, 5, &accept), "{w}");
        }
    }

    /// Every tier of the tiers file is read back from the index, and no other word has one.
    #[test]
    fn embedded_file_tiers() {
        let mut n = 0;
        for (w, t) in crate::spell::embedded::WORD_TIERS.lines().filter_map(|l| l.split_once('\t')) {
            if let Ok(t) = t.trim().parse::<u8>() {
                assert_eq!(embedded_file_tier(w), Some(t), "{w}");
                n += 1;
            }
        }
        assert!(n > 50_000);
        assert_eq!(embedded_file_tier("LinkedIn"), None);
        assert_eq!(embedded_file_tier("zzqx"), None);
    }

    #[test]
    fn index_blob_errors() {
        let mut table = WordTable::default();
        table.push_tiers(TIERS);
        let blob = table.build();
        assert!(Layout::of(&blob).unwrap().check_all(&blob).is_ok());
        assert!(Layout::of(&blob[..blob.len() - 1]).is_err());
        assert!(Layout::of(b"PFSUGIX0").is_err());
        let mut bad = blob.clone();
        let last = bad.len() - 1;
        bad[last] = 0xff; // cuts the last word's UTF-8
        assert!(Layout::of(&bad).unwrap().check_all(&bad).is_err());
        assert!(table.set_file_tiers("two words\t10\n").is_err());
    }

    /// The premise of [`Suggester::limit_apostrophes`], on the embedded affix rules and lists: no prefix
    /// strips a letter, the one affix that adds an apostrophe is the possessive `'s`, and an entry with an
    /// apostrophe takes no suffix that strips letters.
    #[test]
    fn apostrophes_come_from_entries_or_the_possessive() {
        let aff = include_str!("../../dictionaries/en_US.aff");
        assert_eq!(aff, include_str!("../../dictionaries/en_GB.aff"));
        let mut rules: HashMap<char, Vec<(&str, &str)>> = HashMap::new();
        for fields in aff.lines().map(|l| l.split_whitespace().collect::<Vec<_>>()) {
            if let [kind @ ("PFX" | "SFX"), flag, strip, add, _, ..] = fields[..] {
                let flag = flag.chars().next().unwrap();
                let add = add.split('/').next().unwrap();
                assert!(kind == "SFX" || strip == "0", "{fields:?}");
                assert!(!add.contains('\'') || (kind == "SFX" && strip == "0" && add == "'s"), "{fields:?}");
                rules.entry(flag).or_default().push((kind, strip));
            }
        }
        let mut entries = 0;
        for line in crate::spell::embedded::dic_lists().iter().flat_map(|t| t.lines()).filter(|l| l.contains('\'')) {
            for flag in line.split_once('/').map_or("", |(_, f)| f).chars() {
                assert!(rules[&flag].iter().all(|&(kind, strip)| kind == "PFX" || strip == "0"), "{line}");
            }
            entries += 1;
        }
        assert!(entries > 400, "{entries}");
    }

    /// The letters either side of each entry's apostrophe are kept; an entry with one at an end of the word
    /// and affix flags, or beside a letter that is not ASCII, lifts the limit.
    #[test]
    fn apostrophe_contexts_of_lists() {
        let c = ApostropheContexts::of(["3\ndon't\nO’Brien/M\n'tis\n", "rock'n'roll/M"].into_iter()).unwrap();
        let allow = |w: &str, pos| c.allow(&lower_chars(w), pos);
        assert!(allow("dont", 3) && allow("obrien", 1) && allow("rocknroll", 4) && allow("rocknroll", 5));
        assert!(allow("cats", 3), "the possessive");
        assert!(!allow("dont", 2) && !allow("cats", 2) && !allow("obrien", 2) && !allow("tis", 1));
        assert!(allow("cafébar", 4) && allow("éa", 1), "not ASCII");
        assert!(ApostropheContexts::of(["goin'/S\n"].into_iter()).is_none());
        assert!(ApostropheContexts::of(["goin'\n"].into_iter()).is_some());
        assert!(ApostropheContexts::of(["l'été\n"].into_iter()).is_none());
    }

    /// No apostrophe form the limit leaves out is a word of the dictionary stack, in any casing the search
    /// tries, for words that are one apostrophe from an entry and for ordinary words; and the limit does
    /// leave most positions out.
    #[test]
    fn limited_apostrophes_leave_out_no_word() {
        use crate::spell::{Dialect, SpellChecker, WordList, embedded::dic_lists};
        let spell = SpellChecker::new(Dialect::Auto, WordList::default());
        let mut s = Suggester::from_tiers("");
        s.limit_apostrophes(dic_lists().into_iter());
        let limit = s.apostrophes.as_ref().expect("the embedded lists are limited");
        let entries = dic_lists().into_iter().flat_map(|t| t.lines()).filter(|l| l.contains('\''));
        let joined = entries.map(|l| l.split('/').next().unwrap().replace('\'', "").to_lowercase());
        let plain = crate::spell::embedded::WORD_TIERS.lines().step_by(53).filter_map(|l| l.split('\t').next());
        let (mut left_out, mut tried) = (0, 0);
        for word in joined.chain(plain.map(str::to_lowercase)) {
            let query = lower_chars(&word);
            for pos in 1..query.len() {
                tried += 1;
                if limit.allow(&query, pos) {
                    continue;
                }
                left_out += 1;
                let form: String = query[..pos].iter().chain(['\''].iter()).chain(query[pos..].iter()).collect();
                for shape in [Shape::Lower, Shape::Title, Shape::Upper] {
                    assert!(!spell.is_valid(&shape.apply(&form)), "{form} ({shape:?}) is a word");
                }
            }
        }
        assert!(left_out * 2 > tried, "{left_out} of {tried}");
    }

    proptest::proptest! {
        /// The id set gives back what sorting the ids and dropping repeats gives, and is empty after.
        #[test]
        fn id_set_is_sort_and_dedup(ids in proptest::collection::vec(0u32..300, 0..200), more in 0u32..300) {
            let mut set = IdSet::default();
            set.reserve(300);
            ids.iter().for_each(|&id| set.insert(id));
            let mut got = Vec::new();
            set.drain_sorted(&mut got);
            let mut want = ids.clone();
            want.sort_unstable();
            want.dedup();
            proptest::prop_assert_eq!(&got, &want);
            set.insert(more);
            got.clear();
            set.drain_sorted(&mut got);
            proptest::prop_assert_eq!(got, vec![more]);
        }
    }

    #[test]
    fn send_sync() {
        fn is<T: Send + Sync>() {}
        is::<Suggester>();
    }
}
