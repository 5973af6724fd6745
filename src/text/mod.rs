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
    let lower = word.to_lowercase();
    if lower.contains('’') { lower.replace('’', "'") } else { lower }
}
