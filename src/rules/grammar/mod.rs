//! Grammar rules. Each rule is one file; `RULES` lists this category's rules for the registry.
//! The helpers below are shared with the punctuation rules: they answer "is this byte prose?"
//! the same way everywhere, so no rule fires inside a URL, an e-mail address or code.

mod a_an;
mod adverb_form;
mod adverb_position;
mod compound_modifier;
mod confusable_context;
mod confused_words;
mod context;
mod contraction_apostrophe;
mod correlative_pair;
mod degree_word;
mod double_comparative;
mod double_conjunction;
mod double_determiner;
mod double_negative;
mod embedded_question;
mod feeling_adjective;
mod irregular_plural;
mod language_case;
mod light_verb;
mod lowercase_i;
mod missing_article;
mod missing_be;
mod missing_do;
mod number_agreement;
mod past_form;
pub(crate) mod phrases;
mod possessive_apostrophe;
mod possessive_contraction;
mod pronoun_case;
mod quantity_word;
mod question_order;
mod relative_pronoun;
mod repeated_word;
mod resumptive_pronoun;
mod sentence_capitalization;
mod since_for;
mod subject_verb_agreement;
mod then_than;
mod uncountable_article;
mod uncountable_plural;
mod verb_form;
mod verb_pattern;
mod wrong_preposition;

use std::ops::Range;

use super::{Rule, RuleMeta, SectionContext};
use crate::profile::{Block, Field};
use crate::spell::{Dictionary, Verdict};

pub static RULES: &[&dyn Rule] = &[
    &repeated_word::RepeatedWord,
    &a_an::AAn,
    &sentence_capitalization::SentenceCapitalization,
    &lowercase_i::LowercaseI,
    &confused_words::ConfusedWords,
    &wrong_preposition::WrongPreposition,
    &possessive_contraction::PossessiveContraction,
    &then_than::ThenThan,
    &confusable_context::ConfusableContext,
    &past_form::PastForm,
    &subject_verb_agreement::SubjectVerbAgreement,
    &verb_form::VerbForm,
    &number_agreement::NumberAgreement,
    &possessive_apostrophe::PossessiveApostrophe,
    &since_for::SinceFor,
    &double_comparative::DoubleComparative,
    &double_determiner::DoubleDeterminer,
    &pronoun_case::PronounCase,
    &missing_article::MissingArticle,
    &compound_modifier::CompoundModifier,
    &uncountable_article::UncountableArticle,
    &uncountable_plural::UncountablePlural,
    &embedded_question::EmbeddedQuestion,
    &adverb_form::AdverbForm,
    &feeling_adjective::FeelingAdjective,
    &question_order::QuestionOrder,
    &double_negative::DoubleNegative,
    &double_conjunction::DoubleConjunction,
    &degree_word::DegreeWord,
    &missing_be::MissingBe,
    &missing_do::MissingDo,
    &quantity_word::QuantityWord,
    &correlative_pair::CorrelativePair,
    &irregular_plural::IrregularPlural,
    &verb_pattern::VerbPattern,
    &contraction_apostrophe::ContractionApostrophe,
    &language_case::LanguageCase,
    &light_verb::LightVerb,
    &resumptive_pronoun::ResumptivePronoun,
    &relative_pronoun::RelativePronoun,
    &adverb_position::AdverbPosition,
];

/// Whether byte `pos` of the section text is not prose: inside a skip range (Markdown code, HTML)
/// or inside a URL, e-mail address, @handle, #hashtag or code token. A binary search in the
/// section's index, so rules may ask it for every character.
pub(crate) fn is_literal_at(cx: &SectionContext<'_>, pos: usize) -> bool {
    cx.section.literal_spans().contains(pos)
}

/// Whether `range` overlaps a skip range.
pub(crate) fn overlaps_skip(cx: &SectionContext<'_>, range: &Range<usize>) -> bool {
    cx.section.skip_spans().overlaps(range)
}

/// Whether byte `pos` is inside a skip range.
pub(crate) fn in_skip(cx: &SectionContext<'_>, pos: usize) -> bool {
    cx.section.skip_spans().contains(pos)
}

/// Whether the section is read as running text: prose that is not a title, a name or a keyword list.
pub(crate) fn is_running_text(cx: &SectionContext<'_>) -> bool {
    cx.section.is_prose() && !matches!(cx.section.field, Field::Title | Field::Keywords)
}

/// Whether a dictionary (or the profile's own names) knows `word` as written.
pub(crate) fn is_known_word(cx: &SectionContext<'_>, word: &str) -> bool {
    cx.names.check(word) == Verdict::Valid || cx.spell.is_valid(word)
}

/// The block (paragraph or bullet) holding byte `pos`.
/// `blocks` are in text order, so this is a binary search to the first block that can hold it.
pub(crate) fn block_at(blocks: &[Block], pos: usize) -> Option<&Block> {
    let holds = |b: &&Block| b.range.contains(&pos) || (b.range.end == pos && !b.range.is_empty());
    let i = blocks.partition_point(|b| b.range.end < pos);
    blocks[i..].iter().take_while(|b| b.range.start <= pos).find(holds)
}

/// Whether `gap` (the text between two tokens) is a plain word separator: spaces or tabs only.
pub(crate) fn is_space_gap(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
}

/// `word` with its first letter upper-cased.
pub(crate) fn capitalize(word: &str) -> String {
    let mut cs = word.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// `replacement` in the case pattern of `original`: ALL CAPS, Capitalised or as given, word by word
/// when both have the same number of words ("Product Manger" → "Product Manager").
pub(crate) fn match_case(original: &str, replacement: &str) -> String {
    let orig: Vec<&str> = original.split_whitespace().collect();
    let repl: Vec<&str> = replacement.split_whitespace().collect();
    if orig.len() == repl.len() && orig.len() > 1 {
        return orig.iter().zip(&repl).map(|(o, r)| match_word_case(o, r)).collect::<Vec<_>>().join(" ");
    }
    match_word_case(original, replacement)
}

fn match_word_case(original: &str, replacement: &str) -> String {
    // The pronoun `I` is capitalised for itself, not for its place: `between you and I` → `me`.
    if original == "I" && !replacement.starts_with(['i', 'I']) {
        return replacement.to_string();
    }
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        replacement.to_uppercase()
    } else if letters.first().is_some_and(|c| c.is_uppercase()) {
        capitalize(replacement)
    } else {
        replacement.to_string()
    }
}
