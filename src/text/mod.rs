//! Text utilities: where section text came from in the file (`origin`), line/column lookup,
//! the word tokenizer and the sentence splitter. Everything works on byte spans.

pub mod analysis;
pub mod origin;
pub mod sentences;
pub mod spans;
pub mod tokenize;
pub mod word_class;

pub use analysis::{Analysis, Lower, Word};
pub use origin::{LineIndex, Origin, OriginBuilder};
pub use sentences::sentences;
pub use spans::Spans;
pub use tokenize::{Token, TokenKind, tokenize};

/// A word for comparing: lower case, typographic apostrophes made straight (`It’s` → `it's`).
/// One copy; the second pass runs only for the rare word with a `’`.
pub fn lower_plain(word: &str) -> String {
    // Most words are ASCII: no Unicode case tables, and no `’` to look for.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let lower = word.to_lowercase();
    if lower.contains('’') { lower.replace('’', "'") } else { lower }
}

/// Calls `f` with [`lower_plain`]`(word)`, made on the stack for a short ASCII word (most words): a
/// lookup by the lower-case form without a copy on the heap for every token.
pub fn with_lower_plain<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    with_lower_by(word, f, lower_plain)
}

/// Calls `f` with `word.to_lowercase()`, made on the stack for a short ASCII word.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    with_lower_by(word, f, str::to_lowercase)
}

/// `f` of the lower case of an ASCII word of up to 32 bytes, made on the stack (where `lower_plain` and
/// `to_lowercase` agree), or else of `slow(word)`.
fn with_lower_by<R>(word: &str, f: impl FnOnce(&str) -> R, slow: fn(&str) -> String) -> R {
    // Most words are lower case already: no copy at all.
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).unwrap_or_default())
        }
        _ => f(&slow(word)),
    }
}

/// The (initial, length) pairs of a set of words, for ASCII words of under 32 bytes that start with a
/// letter: a word whose pair no word of the set has is not in the set, told without a lower-case copy
/// or a hash. Phrase lists pass over most words this way before looking them up.
#[derive(Debug, Default, Clone)]
pub struct WordShapes([u32; 26]);

impl WordShapes {
    /// Adds `lower` ([`lower_plain`] of a word).
    pub fn insert(&mut self, lower: &str) {
        if let Some((initial, len)) = Self::shape(lower).filter(|_| lower.is_ascii()) {
            self.0[initial] |= 1 << len;
        }
    }

    /// Whether [`lower_plain`]`(word)` may be one of the words added: false only for an ASCII word
    /// whose shape none of them has (the lower case of an ASCII word has its length and initial).
    pub fn may_hold(&self, word: &str) -> bool {
        match Self::shape(word) {
            Some((initial, len)) if word.is_ascii() => self.0[initial] & (1 << len) != 0,
            _ => true,
        }
    }

    fn shape(word: &str) -> Option<(usize, usize)> {
        let b = *word.as_bytes().first()?;
        (b.is_ascii_alphabetic() && word.len() < 32).then(|| (usize::from(b.to_ascii_lowercase() - b'a'), word.len()))
    }
}

/// Whether [`lower_plain`]`(word)` is `lower`, without the copy for an ASCII word.
pub fn lower_plain_is(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.len() == lower.len() && word.bytes().zip(lower.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        lower_plain(word) == lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word is ruled out only when it is ASCII and no word added has its initial and length.
    #[test]
    fn word_shapes_rule_out_only_absent_words() {
        let mut shapes = WordShapes::default();
        for w in ["team", "it's", "café", "24/7"] {
            shapes.insert(&lower_plain(w));
        }
        for w in ["Team", "TEAM", "teak", "It's", "It’s", "Café", "24/7", "", "x"] {
            let present = ["team", "it's", "café", "24/7"].contains(&lower_plain(w).as_str());
            assert!(!present || shapes.may_hold(w), "{w}");
        }
        assert!(!shapes.may_hold("tea") && !shapes.may_hold("Teams") && !shapes.may_hold("Beam"));
        assert!(shapes.may_hold("Teak") && shapes.may_hold("ÉCOLE") && shapes.may_hold("7up"));
    }

    /// The shortcuts give what the plain lower-casing gives: ASCII words short and long, typographic
    /// apostrophes, and a letter whose lower case depends on its place (a final Greek sigma).
    #[test]
    fn lower_plain_shortcuts_agree() {
        let long = "Internationalization-Localization-Department";
        for w in ["It’s", "IT'S", "Team", "team", "ÉCOLE", "ΟΔΟΣ", "straße", long, "", "a", "it's"] {
            let plain = lower_plain(w);
            assert_eq!(plain, w.to_lowercase().replace('’', "'"), "{w}");
            assert_eq!(with_lower_plain(w, str::to_string), plain, "{w}");
            assert_eq!(with_lowercase(w, str::to_string), w.to_lowercase(), "{w}");
            assert!(lower_plain_is(w, &plain), "{w}");
            assert!(!lower_plain_is(w, &format!("{plain}s")), "{w}");
        }
        assert_eq!(lower_plain("ΟΔΟΣ"), "οδος");
        assert!(!lower_plain_is("Team", "tea") && !lower_plain_is("Team", "teak") && lower_plain_is("TEAM", "team"));
    }
}
