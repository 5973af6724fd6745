//! Helpers the context-aware grammar rules share: the section's analysis when the rule applies,
//! and findings with suggestions in the case of the text they replace.

use std::ops::Range;

use super::{SectionContext, is_literal_at, match_case, overlaps_skip};
use crate::diagnostic::{Diagnostic, Suggestion};
use crate::rules::RuleMeta;
use crate::text::Analysis;
use crate::text::Word;
use crate::text::word_class::Tags;

/// The section's analysis, for prose sections (titles included).
pub(crate) fn prose_analysis<'a>(cx: &SectionContext<'a>) -> Option<&'a Analysis> {
    cx.section.is_prose().then(|| cx.section.analysis())
}

/// A finding at `span` with `replacements` (matched to the case of the text), none of them safe;
/// `None` when the span is not prose (code, a URL, a skipped range).
pub(crate) fn finding(
    cx: &SectionContext<'_>,
    meta: &'static RuleMeta,
    span: Range<usize>,
    message: String,
    replacements: &[String],
) -> Option<Diagnostic> {
    if overlaps_skip(cx, &span) || is_literal_at(cx, span.start) {
        return None;
    }
    let found = &cx.text()[span.clone()];
    let suggestions = replacements.iter().map(|r| Suggestion::unsafe_(match_case(found, r))).collect();
    Some(cx.diag(meta, span, message).with_suggestions(suggestions))
}

/// The words of a one-word-per-line list file (`#` comments skipped).
pub(crate) fn word_list(text: &'static str) -> foldhash::HashSet<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// The nouns of one list of `dictionaries/grammar/agreement-nouns.tsv` (`singular-s`, `plural`,
/// `quantity`…), shared by the agreement rules.
pub(crate) fn agreement_nouns(list: &str) -> &'static foldhash::HashSet<&'static str> {
    use foldhash::{HashMap, HashSet, HashSetExt};
    static L: std::sync::OnceLock<HashMap<&'static str, HashSet<&'static str>>> = std::sync::OnceLock::new();
    static EMPTY: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut m: HashMap<&str, HashSet<&str>> = HashMap::default();
        for r in crate::rules::lexicon::rows(include_str!("../../../dictionaries/grammar/agreement-nouns.tsv")) {
            m.entry(crate::rules::lexicon::col(&r, 0)).or_default().insert(crate::rules::lexicon::col(&r, 1));
        }
        m
    })
    .get(list)
    .unwrap_or_else(|| EMPTY.get_or_init(HashSet::new))
}

/// Whether punctuation that ends a phrase (`.`, `,`, `;`, `:`, `!`, `?`, `)`) comes right after `span` (spaces
/// between allowed, not a line break), or the text ends there: `a.at` returns no next word across punctuation
/// and line breaks alike, and a wrapped line is no end of a phrase.
pub(crate) fn punctuation_after(text: &str, span: &Range<usize>) -> bool {
    let rest = text[span.end..].trim_start_matches([' ', '\t']);
    rest.trim().is_empty() || rest.starts_with(['.', ',', ';', ':', '!', '?', ')'])
}

/// The subject pronoun opening the sentence of `and` (word `and_at`) when the words between are that subject,
/// a present `be` or verb, and a phrase with no other verb or pronoun (`I'm a nurse in Leeds and …`):
/// `I`/`we` standing for the verb after `and`.
pub(crate) fn elided_subject(a: &Analysis, and_at: usize) -> Option<&'static str> {
    // The clause's first word: the sentence's, or the first after a comma (`Hi Maria, I'm a nurse … and work…`).
    let start = (0..and_at).rev().take(12).find(|&k| a.words[k].sentence_start || !a.words[k].joined)?;
    let subject = match a.words[start].lower.as_str() {
        "i" | "i'm" => "i",
        "we" | "we're" => "we",
        _ => return None,
    };
    let rest = &a.words[start + 1..and_at];
    let verb_or_subject = |w: &Word| {
        w.tags.any(Tags::VERB_PAST | Tags::HAVE | Tags::MODAL | Tags::DO | Tags::PRON | Tags::CONJ | Tags::SUB)
    };
    (rest.len() <= 10 && !rest.iter().any(verb_or_subject)).then_some(subject)
}
