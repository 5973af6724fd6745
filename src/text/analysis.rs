//! The analysis layer the grammar rules share: a section's words with their normalised form, their
//! word classes from the lexicon (`word_class`) and where clauses break. Built once per section,
//! only when a rule asks for it (`Section::analysis`).

use std::ops::Range;

use super::word_class::{Tags, lexicon};
use super::{Token, TokenKind};

/// One word (or number) of the section.
#[derive(Debug, Clone)]
pub struct Word {
    pub span: Range<usize>,
    /// Lower case, typographic apostrophes made straight.
    pub lower: String,
    pub tags: Tags,
    /// Only spaces separate this word from the previous one, in the same sentence: no punctuation,
    /// line break, hyphen or slash between them.
    pub joined: bool,
    /// The first word of its sentence or line.
    pub sentence_start: bool,
    /// Written with a capital first letter.
    pub capitalized: bool,
    /// Written in capitals throughout (an acronym or emphasis), at least two letters.
    pub all_caps: bool,
    /// A hyphen or slash joins it to the next word: the first part of a compound (`front-end`).
    pub compound_next: bool,
}

impl Word {
    pub fn is(&self, w: &str) -> bool {
        self.lower == w
    }

    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.contains(&self.lower.as_str())
    }

    /// A capitalised word that does not start its sentence: a name, a title, a product.
    pub fn is_name_like(&self) -> bool {
        (self.capitalized && !self.sentence_start) || self.all_caps
    }
}

/// The words of a section.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub words: Vec<Word>,
}

impl Analysis {
    /// Analyse `text`, whose tokens and sentences are given.
    pub fn new(text: &str, tokens: &[Token], sentences: &[Range<usize>]) -> Analysis {
        let lex = lexicon();
        let mut words: Vec<Word> = Vec::with_capacity(tokens.len());
        let mut prev_end: Option<usize> = None;
        let mut sentence = 0;
        for tok in tokens {
            if !matches!(tok.kind, TokenKind::Word | TokenKind::Number) {
                prev_end = None;
                continue;
            }
            let raw = tok.text(text);
            let lower = super::lower_plain(raw);
            while sentence < sentences.len() && sentences[sentence].end <= tok.span.start {
                sentence += 1;
            }
            let sentence_start =
                sentences.get(sentence).is_none_or(|s| words.last().is_none_or(|w| w.span.start < s.start));
            let joined = !sentence_start
                && prev_end.is_some_and(|e| {
                    let gap = &text[e..tok.span.start];
                    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
                });
            let mut tags = if tok.kind == TokenKind::Number { number_tags(&lower) } else { lex.tags(&lower) };
            if tok.kind == TokenKind::Word && tags == Tags::EMPTY && lower.ends_with("'s") {
                tags = Tags::NOUN;
            }
            let mut letters = raw.chars().filter(|c| c.is_alphabetic());
            let capitalized = letters.next().is_some_and(char::is_uppercase);
            // At least two letters, every one upper case.
            let all_caps =
                capitalized && letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_uppercase);
            let rest = &text[tok.span.end..];
            let compound_next = rest.starts_with(['-', '/']) && rest[1..].starts_with(char::is_alphanumeric);
            words.push(Word {
                span: tok.span.clone(),
                capitalized,
                all_caps,
                lower,
                tags,
                joined,
                sentence_start,
                compound_next,
            });
            prev_end = Some(tok.span.end);
        }
        Analysis { words }
    }

    /// The words from `i` on while they stay joined: the rest of `i`'s clause.
    pub fn clause_from(&self, i: usize) -> &[Word] {
        let end = (i + 1..self.words.len()).find(|&k| !self.words[k].joined).unwrap_or(self.words.len());
        &self.words[i..end]
    }

    /// Word `i + k`, if it is in the same clause as word `i` (k may be negative).
    pub fn at(&self, i: usize, k: isize) -> Option<&Word> {
        let j = i.checked_add_signed(k)?;
        let w = self.words.get(j)?;
        let (lo, hi) = if j < i { (j, i) } else { (i, j) };
        self.words[lo + 1..=hi].iter().all(|w| w.joined).then_some(w)
    }
}

/// A number token: digits (`12`, `1,500`) are a count; anything with other symbols (`10%`, `$5M`,
/// `Q3`, `3x`) is not.
fn number_tags(lower: &str) -> Tags {
    if lower.chars().all(|c| c.is_ascii_digit() || c == ',') { Tags::DIGITS } else { Tags::EMPTY }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{sentences, tokenize};

    fn analyse(text: &str) -> Analysis {
        Analysis::new(text, &tokenize(text, &[]), &sentences(text))
    }

    #[test]
    fn clauses_break_at_punctuation_and_sentences() {
        let a = analyse("We grew more, then hired. Its fine");
        let lower: Vec<&str> = a.words.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(lower, ["we", "grew", "more", "then", "hired", "its", "fine"]);
        let joined: Vec<bool> = a.words.iter().map(|w| w.joined).collect();
        assert_eq!(joined, [false, true, true, false, true, false, true]);
        assert!(a.words[5].sentence_start);
        assert_eq!(a.clause_from(0).len(), 3);
        assert!(a.at(2, 1).is_none());
        assert!(a.at(1, 1).is_some_and(|w| w.is("more")));
    }

    #[test]
    fn numbers_and_names() {
        let a = analyse("Hired 12 engineers at Acme for 10% less");
        assert!(a.words[1].tags.any(Tags::DIGITS));
        assert!(!a.words[6].tags.any(Tags::DIGITS));
        assert!(a.words[4].is_name_like());
    }
}
