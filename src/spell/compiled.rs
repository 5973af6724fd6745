//! A Hunspell dictionary answered from its forms, enumerated at compile time (`affix_forms.rs`,
//! `build.rs`): `spellbook`'s verdict for every word, without parsing the dictionary at start-up.
//!
//! [`CompiledDictionary::check`] walks `spellbook`'s `Checker::check` step by step (input conversion,
//! trailing full stops, numbers, hyphen breaks, the case variants each casing class tries) and answers
//! each "is this a whole-word form" by a look-up in the sorted sets. A word with a digit, which only
//! the number compound rules can accept, is handed to the `spellbook` dictionary itself, built on
//! first need; so are Hunspell's own suggestions. The tests compare the verdicts with `spellbook`'s
//! on every form and on a large set of look-alikes.

use std::borrow::Cow;
use std::sync::Arc;

use super::affix_forms::{Casing, classify, titlecase};
use super::word_set::WordSet;
use super::{Dictionary, HunspellDictionary, Verdict};

/// `spellbook`'s longest word, in bytes: anything longer is rejected.
const MAX_WORD_LEN: usize = 360;
/// How deep `spellbook` breaks a word at hyphens.
const MAX_BREAK_DEPTH: usize = 9;

pub struct CompiledDictionary {
    plain: WordSet<'static>,
    hidden: WordSet<'static>,
    /// The same dictionary parsed by `spellbook` (cached by the function), for words with digits and
    /// for suggestions.
    parsed: fn() -> Arc<HunspellDictionary>,
}

impl CompiledDictionary {
    /// The form sets built by `build.rs` (`word_set` blobs) and the parsed dictionary they came from.
    pub fn new(plain: &'static [u8], hidden: &'static [u8], parsed: fn() -> Arc<HunspellDictionary>) -> Self {
        let set = |b| WordSet::new(b).expect("the embedded form sets are well formed (tested)");
        CompiledDictionary { plain: set(plain), hidden: set(hidden), parsed }
    }

    /// Hunspell's own suggestions, from the parsed dictionary (built now if it is not yet).
    pub fn suggest(&self, word: &str) -> Vec<String> {
        (self.parsed)().suggest(word)
    }

    /// The parsed dictionary these forms came from.
    pub fn parsed(&self) -> Arc<HunspellDictionary> {
        (self.parsed)()
    }

    fn is_form(&self, word: &str) -> bool {
        self.plain.contains(word) || self.hidden.contains(word)
    }

    fn accepts(&self, word: &str) -> bool {
        // The caller's conversion of `’`, then `spellbook`'s own steps.
        let converted: Cow<str> = if word.contains('’') { word.replace('’', "'").into() } else { word.into() };
        let word = converted.as_ref();
        if word.len() > MAX_WORD_LEN {
            return false;
        }
        if word.is_empty() {
            return true;
        }
        let trimmed = word.trim_end_matches('.');
        if is_number(trimmed) {
            return true;
        }
        if word.bytes().any(|b| b.is_ascii_digit()) {
            return (self.parsed)().check(word) == Verdict::Valid;
        }
        if self.spell_break(trimmed, 0) {
            return true;
        }
        trimmed.len() != word.len() && self.spell_break(word, 0)
    }

    /// The word, or its pieces around hyphens (a leading or trailing one dropped, or split at the first).
    fn spell_break(&self, word: &str, depth: usize) -> bool {
        if self.spell_casing(word) {
            return true;
        }
        if depth == MAX_BREAK_DEPTH {
            return false;
        }
        if let Some(rest) = word.strip_prefix('-')
            && self.spell_break(rest, depth + 1)
        {
            return true;
        }
        if let Some(rest) = word.strip_suffix('-')
            && self.spell_break(rest, depth + 1)
        {
            return true;
        }
        match word.split_once('-') {
            Some((first, rest)) if !rest.is_empty() => {
                self.spell_break(first, depth + 1) && self.spell_break(rest, depth + 1)
            }
            _ => false,
        }
    }

    /// The case variants `spellbook` tries for each casing class.
    fn spell_casing(&self, word: &str) -> bool {
        match classify(word) {
            Casing::None | Casing::Camel | Casing::Pascal => self.is_form(word),
            // As written (never a hidden twin), then in lower case.
            Casing::Init => self.plain.contains(word) || self.is_form(&word.to_lowercase()),
            Casing::All => {
                if self.is_form(word) {
                    return true;
                }
                // An apostrophe prefix (`SANT'ELIA` → `sant'Elia`, `Sant'Elia`).
                if let Some(at) = word.find('\'').filter(|&at| at != word.len() - 1) {
                    let (head, tail) = word.split_at(at + 1);
                    let tail = titlecase(tail);
                    if self.is_form(&format!("{}{tail}", head.to_lowercase()))
                        || self.is_form(&format!("{}{tail}", titlecase(head)))
                    {
                        return true;
                    }
                }
                self.is_form(&titlecase(word)) || self.is_form(&word.to_lowercase())
            }
        }
    }
}

impl Dictionary for CompiledDictionary {
    fn check(&self, word: &str) -> Verdict {
        if self.accepts(word) { Verdict::Valid } else { Verdict::Invalid }
    }
}

/// `spellbook`'s number: an optional leading `-`, digits, single `.`, `,` or `-` between them.
fn is_number(word: &str) -> bool {
    let word = word.strip_prefix('-').unwrap_or(word);
    if word.is_empty() {
        return false;
    }
    let mut separated = true;
    for c in word.chars() {
        match c {
            '0'..='9' => separated = false,
            '.' | '-' | ',' if !separated => separated = true,
            _ => return false,
        }
    }
    !separated
}

#[cfg(test)]
mod tests {
    use super::super::embedded;
    use super::*;

    /// Look-alikes of a form: case variants, affix-like endings and beginnings, one-letter edits,
    /// hyphen and full-stop shapes, apostrophes.
    fn look_alikes(w: &str, i: usize, out: &mut Vec<String>) {
        let lower = w.to_lowercase();
        out.extend([
            w.to_string(),
            lower.clone(),
            w.to_uppercase(),
            titlecase(w),
            format!("{w}."),
            format!("{w}'s"),
            format!("{w}’s"),
            format!("{}'S", w.to_uppercase()),
            format!("-{w}"),
            format!("{w}-"),
        ]);
        let endings = ["s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "ness", "ment", "ive", "ion", "able"];
        let starts = ["re", "un", "in", "dis", "de", "pro", "en", "non"];
        out.push(format!("{w}{}", endings[i % endings.len()]));
        out.push(format!("{}{w}", starts[i % starts.len()]));
        out.push(format!("{}{}", starts[i % starts.len()].to_uppercase(), w.to_uppercase()));
        let chars: Vec<char> = w.chars().collect();
        if chars.len() > 2 {
            let k = i % chars.len();
            let mut del = chars.clone();
            del.remove(k);
            out.push(del.iter().collect());
            let mut swap = chars.clone();
            swap.swap(k, (k + 1) % chars.len());
            out.push(swap.iter().collect());
            let mut sub = chars.clone();
            sub[k] = ['e', 'y', 'i', 's', 'a'][i % 5];
            out.push(sub.iter().collect());
            let cut: String = chars[..chars.len() - 1].iter().collect();
            out.push(cut);
        }
        if i.is_multiple_of(7) {
            out.push(format!("{w}-{lower}"));
            out.push(format!("{}-{}", w.to_uppercase(), lower));
            out.push(format!("{w}.{w}"));
            out.push(format!("{w}3"));
        }
    }

    fn compare(name: &str, compiled: &CompiledDictionary, step: usize) {
        let parsed = compiled.parsed();
        let mut words = Vec::new();
        for (i, w) in compiled.plain.iter().chain(compiled.hidden.iter()).enumerate().step_by(step) {
            look_alikes(w, i / step, &mut words);
        }
        for extra in
            ["", "-", "--", ".", "...", "'", "’", "2nd", "21st", "101th", "1,000", "-5", "e.g.", "U.S.", "HR's"]
        {
            words.push(extra.to_string());
        }
        let mut wrong = Vec::new();
        for w in &words {
            let (fast, slow) = (compiled.check(w), parsed.check(w));
            if fast != slow {
                wrong.push(format!("{w:?}: compiled {fast:?}, spellbook {slow:?}"));
            }
        }
        assert!(
            wrong.is_empty(),
            "{name}: {} of {} differ: {:?}",
            wrong.len(),
            words.len(),
            &wrong[..wrong.len().min(20)]
        );
    }

    /// The compiled verdicts are `spellbook`'s, on a sample of every form set's words and their look-alikes.
    #[test]
    fn compiled_dictionaries_agree_with_spellbook() {
        compare("en_US", embedded::en_us(), 41);
        compare("en_GB", embedded::en_gb(), 43);
        compare("extended", embedded::extended(), 37);
    }

    /// The same on every form (slow in a debug build: `cargo test --release -- --ignored`).
    #[test]
    #[ignore]
    fn compiled_dictionaries_agree_with_spellbook_on_every_form() {
        compare("en_US", embedded::en_us(), 1);
        compare("en_GB", embedded::en_gb(), 1);
        compare("extended", embedded::extended(), 1);
    }

    #[test]
    fn numbers() {
        assert!(is_number("1,000") && is_number("-3.5") && is_number("2024"));
        assert!(!is_number("1,,0") && !is_number("1.") && !is_number("-") && !is_number("3rd"));
    }
}
