//! Matching fixed phrases from a lexicon against a section's words: whole words, case-insensitive,
//! consecutive tokens separated by spaces only (a comma, a full stop or a line break between two
//! words breaks the match), hyphens in the lexicon matching hyphens in the text.

use foldhash::{HashMap, HashMapExt};
use std::ops::Range;

use super::{SectionContext, is_space_gap};
use crate::text::TokenKind;

/// One phrase: its words (lower case, straight apostrophes) and whether each joins the next by a hyphen.
#[derive(Debug)]
struct Phrase<T> {
    words: Vec<String>,
    hyphen_after: Vec<bool>,
    value: T,
}

/// A set of phrases indexed by their first word.
#[derive(Debug)]
pub(crate) struct PhraseSet<T> {
    by_first: HashMap<String, Vec<Phrase<T>>>,
    /// The shapes of the first words: most words of a text are ruled out before a lookup.
    first_shapes: crate::text::WordShapes,
}

/// A match: the byte range in the section text and the tokens it covers.
pub(crate) struct Match<'a, T> {
    pub span: Range<usize>,
    pub first_token: usize,
    pub last_token: usize,
    pub value: &'a T,
}

/// Lower case with typographic apostrophes made straight, for comparing words.
pub(crate) fn normalize(word: &str) -> String {
    crate::text::lower_plain(word)
}

impl<T> PhraseSet<T> {
    pub fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<Phrase<T>>> = HashMap::new();
        for (phrase, value) in entries {
            let mut words = Vec::new();
            let mut hyphen_after = Vec::new();
            for spaced in phrase.split_whitespace() {
                let parts: Vec<&str> = spaced.split('-').filter(|p| !p.is_empty()).collect();
                for (i, p) in parts.iter().enumerate() {
                    words.push(normalize(p));
                    hyphen_after.push(i + 1 < parts.len());
                }
            }
            if let Some(first) = words.first().cloned() {
                by_first.entry(first).or_default().push(Phrase { words, hyphen_after, value });
            }
        }
        // Longest phrase first, so "principle software engineer" wins over a shorter entry.
        for list in by_first.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        let mut first_shapes = crate::text::WordShapes::default();
        by_first.keys().for_each(|w| first_shapes.insert(w));
        PhraseSet { by_first, first_shapes }
    }

    /// Every match in the section, left to right, without overlaps.
    pub fn find<'s>(&'s self, cx: &SectionContext<'_>) -> Vec<Match<'s, T>> {
        self.find_where(cx, |_| true)
    }

    /// As [`PhraseSet::find`], keeping only matches `accept` takes: a rejected phrase leaves its words free for
    /// a shorter phrase at the same place or one that starts inside it (`met in Tuesday`: not `met in` before an
    /// event, but `in Tuesday`).
    pub fn find_where<'s>(
        &'s self,
        cx: &SectionContext<'_>,
        accept: impl Fn(&Match<'s, T>) -> bool,
    ) -> Vec<Match<'s, T>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < cx.tokens.len() {
            match self.match_at(cx, i, &accept) {
                Some(m) => {
                    i = m.last_token + 1;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out.retain(|m| !super::overlaps_skip(cx, &m.span));
        out
    }

    fn match_at<'s>(
        &'s self,
        cx: &SectionContext<'_>,
        i: usize,
        accept: &impl Fn(&Match<'s, T>) -> bool,
    ) -> Option<Match<'s, T>> {
        let text = cx.text();
        let toks = cx.tokens;
        let first = &toks[i];
        if first.kind != TokenKind::Word
            || !self.first_shapes.may_hold(first.text(text))
            || !standalone_start(text, first.span.start)
        {
            return None;
        }
        let candidates = crate::text::with_lower_plain(first.text(text), |w| self.by_first.get(w))?;
        'phrase: for p in candidates {
            let last = i + p.words.len() - 1;
            if last >= toks.len() {
                continue;
            }
            for k in 1..p.words.len() {
                let (prev, tok) = (&toks[i + k - 1], &toks[i + k]);
                if tok.kind != TokenKind::Word || !crate::text::lower_plain_is(tok.text(text), &p.words[k]) {
                    continue 'phrase;
                }
                let gap = &text[prev.span.end..tok.span.start];
                let ok = if p.hyphen_after[k - 1] { gap == "-" } else { is_space_gap(gap) };
                if !ok {
                    continue 'phrase;
                }
            }
            if !standalone_end(text, toks[last].span.end) {
                continue;
            }
            let m = Match {
                span: first.span.start..toks[last].span.end,
                first_token: i,
                last_token: last,
                value: &p.value,
            };
            if accept(&m) {
                return Some(m);
            }
        }
        None
    }
}

/// The word at `start` is not the tail of a hyphenated or slashed compound.
fn standalone_start(text: &str, start: usize) -> bool {
    !text[..start].ends_with(['-', '/', '\'', '’', '.'])
}

/// The word ending at `end` is not the head of a hyphenated or slashed compound.
fn standalone_end(text: &str, end: usize) -> bool {
    !text[end..].starts_with(['-', '/']) && !text[end..].starts_with(['\'', '’'])
}
