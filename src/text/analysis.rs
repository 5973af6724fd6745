//! The analysis layer the grammar rules share: a section's words with their normalised form, their
//! word classes from the lexicon (`word_class`) and where clauses break. Built once per section,
//! only when a rule asks for it (`Section::analysis`).

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

use super::word_class::{Tags, lexicon};
use super::{Token, TokenKind};

/// One word (or number) of the section.
#[derive(Debug, Clone)]
pub struct Word {
    pub span: Range<usize>,
    /// Lower case, typographic apostrophes made straight.
    pub lower: Lower,
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

/// A word's lower-case form ([`super::lower_plain`]), shared: the words of a batch that are spelled alike
/// share one copy (the lexicon's cache's, [`super::word_class::Lexicon::shared_and_tags`]) instead of a
/// `String` each. Reads as a `str`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lower(Arc<str>);

impl Lower {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lower {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Lower {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl fmt::Debug for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Lower {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
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
            // A word's lower case is made on the stack and looked up with its classes; a number's is its own.
            let (lower, mut tags) = if tok.kind == TokenKind::Number {
                let lower: Arc<str> = super::with_lower_plain(raw, |l| Arc::from(l));
                let tags = number_tags(&lower);
                (Lower(lower), tags)
            } else {
                let (lower, tags) = super::with_lower_plain(raw, |l| lex.shared_and_tags(l));
                (Lower(lower), tags)
            };
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

    /// Each word's shared lower case is `lower_plain` of its text, whatever the word (ASCII or not, short or
    /// past the stack copy's 32 bytes, typographic apostrophe, number), with the classes `tags` gives; words
    /// spelled alike share one copy; `Lower` compares and prints as its `str`.
    #[test]
    fn lower_is_lower_plain_and_shared() {
        let long = "Internationalization-Localization-Departments";
        let text = format!("Team IT’S Café ΟΔΟΣ straße {long} 2024 $5M team TEAM it's");
        let a = analyse(&text);
        let lex = crate::text::word_class::lexicon();
        for w in &a.words {
            let raw = &text[w.span.clone()];
            assert_eq!(w.lower.as_str(), crate::text::lower_plain(raw), "{raw}");
            assert!(w.lower == crate::text::lower_plain(raw) && w.lower == *crate::text::lower_plain(raw).as_str());
            assert_eq!(format!("{} {:?}", w.lower, w.lower), format!("{0} {0:?}", w.lower.as_str()));
            if !raw.starts_with(|c: char| c.is_ascii_digit() || c == '$') && !w.lower.ends_with("'s") {
                assert_eq!(w.tags, lex.tags(&w.lower), "{raw}");
            }
        }
        let team: Vec<&Word> = a.words.iter().filter(|w| w.is("team")).collect();
        assert_eq!(team.len(), 3);
        assert!(team.iter().all(|w| Arc::ptr_eq(&w.lower.0, &team[0].lower.0)));
        assert!(a.words.iter().any(|w| w.is("it's")) && a.words.iter().filter(|w| w.lower == "it's").count() == 2);
    }
}
