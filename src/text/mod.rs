//! Text utilities: where section text came from in the file (`origin`), line/column lookup,
//! the word tokenizer and the sentence splitter. Everything works on byte spans.

pub mod analysis;
pub mod origin;
pub mod sentences;
pub mod spans;
pub mod tokenize;
pub mod word_class;

pub use analysis::{Analysis, Word};
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
