//! Style rules: what makes a profile read as generic, careless or unprofessional, beyond correctness.
//! Each rule is one file; `RULES` lists this category's rules for the registry. The helpers below
//! (phrase matching over word tokens, block and sentence starts, emoji) are shared by several rules.

mod buzzword;
mod emoji_overuse;
mod exclamation;
mod filler_words;
mod first_person_in_experience;
mod first_person_in_headline;
mod long_sentence;
mod off_topic;
mod passive_voice;
mod shouting;
mod unquantified_experience;
mod weak_opener;

use foldhash::{HashMap, HashMapExt};
use std::ops::Range;

use super::Rule;
use crate::profile::{BlockKind, Field, Section};
use crate::text::{Token, TokenKind};

pub static RULES: &[&dyn Rule] = &[
    &buzzword::Buzzword,
    &weak_opener::WeakOpener,
    &filler_words::FillerWords,
    &first_person_in_headline::FirstPersonInHeadline,
    &first_person_in_experience::FirstPersonInExperience,
    &exclamation::Exclamation,
    &shouting::Shouting,
    &emoji_overuse::EmojiOveruse,
    &long_sentence::LongSentence,
    &passive_voice::PassiveVoice,
    &unquantified_experience::UnquantifiedExperience,
    &off_topic::OffTopic,
];

/// Free text written by the person (a summary, a description, a bullet): not titles, names,
/// dates or keyword lists, which are headings or data rather than prose, and not references, which
/// quote someone else.
fn is_own_prose(section: &Section) -> bool {
    matches!(section.field, Field::Text | Field::Bullet) && !is_quoted(section)
}

/// A reference or recommendation: someone else's words, which the person cannot restyle.
fn is_quoted(section: &Section) -> bool {
    section.path.starts_with("references") || section.path.starts_with("recommendations")
}

/// A word compared case-insensitively, with typographic apostrophes made plain.
fn norm(word: &str) -> String {
    crate::text::lower_plain(word)
}

/// Whether two adjacent word tokens may belong to one phrase: only spaces or one hyphen between them
/// (so `results-driven` and `results driven` match alike), never a line break or other punctuation.
fn joined(text: &str, prev_end: usize, next_start: usize) -> bool {
    let gap = &text[prev_end..next_start];
    !gap.contains('\n') && matches!(gap.trim(), "" | "-" | "‐")
}

/// A list of phrases (lower case, split into words) looked up by their first word.
pub(crate) struct PhraseSet<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
    /// The shapes of the first words: most words of a text are ruled out before a lookup.
    first_shapes: crate::text::WordShapes,
}

impl<T> PhraseSet<T> {
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>> = HashMap::new();
        for (phrase, value) in entries {
            let words: Vec<String> = crate::text::tokenize::words(phrase).map(|t| norm(&phrase[t.span])).collect();
            if let Some(first) = words.first() {
                by_first.entry(first.clone()).or_default().push((words, value));
            }
        }
        // Longest phrase first, so "was responsible for" wins over "responsible for".
        for list in by_first.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let mut first_shapes = crate::text::WordShapes::default();
        by_first.keys().for_each(|w| first_shapes.insert(w));
        PhraseSet { by_first, first_shapes }
    }

    /// The longest phrase starting at word `i` of `words`, with the byte range it covers.
    fn match_at(&self, text: &str, words: &[&Token], i: usize) -> Option<(Range<usize>, &T)> {
        let first = words[i].text(text);
        if !self.first_shapes.may_hold(first) {
            return None;
        }
        let candidates = crate::text::with_lower_plain(first, |w| self.by_first.get(w))?;
        'next: for (phrase, value) in candidates {
            if i + phrase.len() > words.len() {
                continue;
            }
            for (k, w) in phrase.iter().enumerate().skip(1) {
                let (prev, tok) = (words[i + k - 1], words[i + k]);
                if !joined(text, prev.span.end, tok.span.start) || !crate::text::lower_plain_is(tok.text(text), w) {
                    continue 'next;
                }
            }
            return Some((words[i].span.start..words[i + phrase.len() - 1].span.end, value));
        }
        None
    }

    /// Every non-overlapping match in `text`, left to right, longest first at each position.
    pub(crate) fn find_all(&self, text: &str, tokens: &[Token]) -> Vec<(Range<usize>, &T)> {
        let words = word_tokens(tokens);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if let Some((range, value)) = self.match_at(text, &words, i) {
                let end = range.end;
                out.push((range, value));
                while i < words.len() && words[i].span.start < end {
                    i += 1;
                }
            } else {
                i += 1;
            }
        }
        out
    }
}

pub(crate) fn word_tokens(tokens: &[Token]) -> Vec<&Token> {
    tokens.iter().filter(|t| t.kind == TokenKind::Word).collect()
}

/// A bullet of the section: a JSON Resume highlight (the whole section) or a Markdown list item.
fn bullets(section: &Section) -> Vec<Range<usize>> {
    section.blocks().into_iter().filter(|b| b.kind == BlockKind::Bullet).map(|b| b.range).collect()
}

/// The first token that starts inside `range`, if no other token of the range comes before it:
/// the word a bullet or sentence opens with (bullet glyphs and quotes are not tokens).
fn first_token<'a>(tokens: &'a [Token], range: &Range<usize>) -> Option<(usize, &'a Token)> {
    let i = tokens.partition_point(|t| t.span.start < range.start);
    tokens.get(i).filter(|t| t.span.start < range.end).map(|t| (i, t))
}

/// Whether `c` is an emoji or pictograph (not ©, ®, ™, arrows or plain bullet glyphs).
fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF // pictographs, emoticons, transport, supplemental symbols
        | 0x2600..=0x27BF // miscellaneous symbols and dingbats (☀ ✅ ✨ ❤)
        | 0x2B50 | 0x2B55 | 0x2B1B | 0x2B1C // ⭐ ⭕ ⬛ ⬜
        | 0x231A | 0x231B | 0x23E9..=0x23F3 | 0x23F8..=0x23FA // ⌚ ⏩ ⏰
    )
}

/// Whether `text` holds an emoji. Every emoji is U+231A or above, three or four bytes led by 0xE2 or
/// more (never a continuation byte): only the characters that start so are decoded.
fn has_emoji(text: &str) -> bool {
    text.bytes().enumerate().any(|(i, b)| b >= 0xE2 && text[i..].chars().next().is_some_and(is_emoji))
}

/// Byte ranges of the emoji in `text` (a whole grapheme cluster each: flags, skin tones, ZWJ
/// sequences count once), outside `skip` ranges.
fn emoji_ranges(text: &str, skip: &[Range<usize>]) -> Vec<Range<usize>> {
    use unicode_segmentation::UnicodeSegmentation;
    // Most text has no emoji: no grapheme segmentation for it.
    if !has_emoji(text) {
        return Vec::new();
    }
    let skip = crate::text::Spans::new(skip.iter().cloned());
    text.grapheme_indices(true)
        .filter(|(_, g)| g.chars().any(is_emoji))
        .map(|(i, g)| i..i + g.len())
        .filter(|r| !skip.overlaps(r))
        .collect()
}

/// Sections grouped the way a reader sees them: each experience entry's description and bullets
/// together (a JSON Resume highlight is a section of its own), every other section alone.
fn section_groups<'a>(sections: impl Iterator<Item = (usize, &'a Section)>) -> Vec<Vec<(usize, &'a Section)>> {
    let mut groups: Vec<Vec<(usize, &Section)>> = Vec::new();
    let mut by_entry: HashMap<(crate::profile::SectionKind, usize), usize> = HashMap::new();
    for (i, s) in sections {
        match s.entry {
            Some(e) => {
                let g = *by_entry.entry((s.kind, e)).or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
                groups[g].push((i, s));
            }
            None => groups.push(vec![(i, s)]),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::SectionKind;

    #[test]
    fn phrases_match_whole_words_across_hyphen_or_space() {
        let set = PhraseSet::new([("results-driven", 1), ("team player", 2)]);
        let text = "A results driven, Results-Driven team-player; resultsdriven team\nplayer";
        let toks = crate::text::tokenize(text, &[]);
        let found: Vec<_> = set.find_all(text, &toks).into_iter().map(|(r, v)| (&text[r], *v)).collect();
        assert_eq!(found, vec![("results driven", 1), ("Results-Driven", 1), ("team-player", 2)]);
    }

    #[test]
    fn references_are_someone_elses_words() {
        let origin = crate::text::OriginBuilder::new(0).finish().1;
        let mut s = Section::new(SectionKind::Other, Field::Text, "references[0].reference", "Great!".into(), origin);
        assert!(!is_own_prose(&s));
        s.path = "projects[0].description".into();
        assert!(is_own_prose(&s));
    }

    #[test]
    fn emoji_are_counted_per_grapheme() {
        let text = "Hi 👋🏽 from 🇩🇪 © ™ → • ✅";
        assert_eq!(emoji_ranges(text, &[]).len(), 3);
    }
}
