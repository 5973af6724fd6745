//! `then-than`: "then" after a comparative ("faster then ever", "more calls then anyone",
//! "rather then talk"), where the comparison needs "than".

use foldhash::HashSet;
use std::sync::OnceLock;

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::lexicon;
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct ThenThan;

static META: RuleMeta = RuleMeta {
    id: "then-than",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "‘then’ after a comparative (faster then, more calls then, rather then)",
    description: "What it does: finds `then` in the same clause as a comparative — an adjective in -er \
(`faster`, `lower`), `more`, `less`, `fewer`, `better`, `worse`, `rather`, `other` — with at most four nouns, \
adjectives or prepositions between them (or a participle right after `more`/`less`: `more engaged then they've been`): \"faster then ever\", \"handled more calls then anyone\". \
A comma or full stop breaks the clause (\"grew more, then hired\" is fine). After `later`, `earlier` and \
`sooner` it reports only when a noun phrase follows (\"earlier then the deadline\"), since \"later then \
promoted\" is a sequence. The other way round, `than` after a comma with no comparative before it in the \
sentence and a past verb with more words after it orders events: \"met at the expo, than lost touch\" → then; so \
does `and than` before a verb (\"finish the audit and than send the report\"), and `Than` opening a sentence before its subject (\"Than I tried it\"). Two-word cases already in `confused-words` (\"more then\") are left to that rule.\n\
Why: \"than\" compares; \"then\" orders events. Readers notice the swap.\n\
Use instead: `than`.",
    flags: &[
        "Our onboarding is faster then the industry average.",
        "Handled more calls then anyone on the floor.",
        "Delivered earlier then the contract required.",
    ],
    accepts: &[
        "Our onboarding is faster than the industry average.",
        "We grew more, then hired a second team.",
        "I joined as an analyst and was later then promoted to manager.",
        "Built a bigger team and then moved to sales.",
    ],
    default_enabled: true,
};

/// Comparatives already reported by `confused-words` when right before "then" ("more then").
fn left_to_confused_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        lexicon::rows(include_str!("../../../dictionaries/rules/confused-words.tsv"))
            .filter_map(|r| lexicon::col(&r, 0).strip_suffix(" then"))
            .filter(|w| !w.contains(' '))
            .collect()
    })
}

const COMPARATIVES: &[&str] = &["more", "less", "fewer", "better", "worse", "rather", "other", "else"];
const TIME_COMPARATIVES: &[&str] = &["later", "earlier", "sooner"];

fn is_comparative(w: &crate::text::Word) -> bool {
    w.is_any(COMPARATIVES) || w.is_any(TIME_COMPARATIVES) || (w.tags.any(Tags::ADJ_CMP) && !w.is_name_like())
}

/// The comparative `then` at word `i` completes, if any.
fn comparative_before(a: &Analysis, i: usize) -> Option<usize> {
    for k in 1..=5 {
        let w = a.at(i, -(k as isize))?;
        let j = i - k;
        if is_comparative(w) {
            return Some(j);
        }
        let filler = w.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::PREP | Tags::DET | Tags::POSS)
            && !w.tags.any(Tags::BE | Tags::MODAL | Tags::HAVE | Tags::PRON | Tags::CONJ)
            // `more engaged then`: a participle used as an adjective right after `more`/`less`.
            || w.tags.any(Tags::VERB_PART) && a.at(j, -1).is_some_and(|m| m.is_any(&["more", "less"]));
        if !filler {
            return None;
        }
    }
    None
}

impl Rule for ThenThan {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            // `Than I tried it on our parser`: a sentence never opens with the comparison's `than`.
            if w.is("than")
                && w.sentence_start
                && a.at(i, 1).is_some_and(|n| {
                    n.joined && n.is_any(&["i", "we", "you", "he", "she", "they", "it", "the", "my", "our", "your"])
                })
            {
                let message = "a sentence does not open with ‘than’, which compares; the word is ‘then’".to_string();
                out.extend(finding(cx, &META, w.span.clone(), message, &["Then".to_string()]));
                continue;
            }
            // `We finish the audit and than send the report`: `and than` before a verb orders events.
            let and_than_verb = w.is("than")
                && w.joined
                && a.at(i, -1).is_some_and(|p| p.is("and"))
                && a.at(i, 1).is_some_and(|v| {
                    v.joined
                        && v.tags.any(Tags::VERB | Tags::VERB_PAST | Tags::VERB_3SG)
                        && !v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::FUNCTION | Tags::ADV)
                        && !v.is_name_like()
                });
            if w.is("than") && (and_than_verb || than_for_then(cx.text(), a, i)) {
                let message =
                    "‘than’ compares; after a comma, before what happened next, the word is ‘then’".to_string();
                out.extend(finding(cx, &META, w.span.clone(), message, &["then".to_string()]));
                continue;
            }
            if !w.is("then") {
                continue;
            }
            let Some(c) = comparative_before(a, i) else { continue };
            let comp = &a.words[c];
            if c + 1 == i && left_to_confused_words().contains(comp.lower.as_str()) {
                continue;
            }
            let next = a.at(i, 1);
            if next.is_none_or(|n| n.tags.any(Tags::CONJ)) {
                continue;
            }
            if comp.is_any(TIME_COMPARATIVES)
                && !next.is_some_and(|n| n.tags.any(Tags::DET | Tags::POSS | Tags::DIGITS) || n.is("ever"))
            {
                continue;
            }
            let message = format!("‘then’ after the comparative ‘{}’ should probably be ‘than’", comp.lower);
            out.extend(finding(cx, &META, w.span.clone(), message, &["than".to_string()]));
        }
    }
}

/// `We met at Design Week, than lost touch`: `than` after a comma, with no comparative before it in the
/// sentence, and a past verb that is only a verb after it, orders events: `then`.
fn than_for_then(text: &str, a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    // The word before, across the comma (`at` stops at punctuation).
    let Some(p) = i.checked_sub(1).map(|k| &a.words[k]) else { return false };
    if text[p.span.end..w.span.start].trim() != "," || w.sentence_start {
        return false;
    }
    let next_is_past =
        a.at(i, 1).is_some_and(|n| n.tags.any(Tags::VERB_PAST) && !n.tags.any(Tags::NOUN_PL | Tags::FUNCTION));
    // Any comparative earlier in the sentence could be what `than` completes (`more people, than ever`).
    // Back to the sentence's start, at most 30 words (a comparison is not farther back).
    let mut k = i;
    let mut sequence = false;
    while k > 0 && k + 30 > i && !a.words[k].sentence_start {
        k -= 1;
        let b = &a.words[k];
        if is_comparative(b) || b.is_any(&["more", "less", "fewer", "rather", "other", "else", "different"]) {
            return false;
        }
        // `First the cellar, than the vineyard walk`: a sequence begun earlier in the sentence.
        sequence |= b.is_any(&["first", "firstly"]);
    }
    // `…in Leeds, than we moved to York`: a subject pronoun and a past verb after it, a clause that follows
    // in time.
    let pronoun_then_past = a.at(i, 1).is_some_and(|n| n.is_any(&["i", "we", "they", "he", "she"]))
        && a.at(i, 2).is_some_and(|v| v.tags.any(Tags::VERB_PAST) && !v.tags.any(Tags::NOUN_PL | Tags::FUNCTION));
    if sequence || pronoun_then_past {
        return true;
    }
    // `than expected.`, `than planned.`: a participle that ends the clause completes a comparison.
    let more_after = a.words.get(i + 2).is_some_and(|n| !n.sentence_start)
        && text[a.words[i + 1].span.end..a.words[i + 2].span.start].trim().is_empty();
    next_is_past && more_after
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    const ID: &str = "then-than";

    #[test]
    fn and_than_before_a_verb() {
        assert_flags(ID, "We finish the audit and than send the report.", 1);
        assert_clean(ID, "It costs more than rent and than food. We finish it and then send it.");
    }

    #[test]
    fn flags_then_after_comparatives() {
        // A participle after `more`; `longer`, listed as a word of its own beside `long`.
        assert_flags(
            ID,
            "My kids were more engaged then they've been. The recalls take a lot longer then expected.",
            2,
        );
        assert_clean(ID, "I was more engaged then, and less tired. It took longer, then we stopped.");
        assert_flags(ID, "Our churn is lower then last year.", 1);
        assert_flags(ID, "We hired fewer people then planned.", 1);
        assert_flags(ID, "The new route is shorter then the old one.", 1);
    }

    #[test]
    fn than_for_then_after_a_comma() {
        assert_flags(ID, "We met at Beirut Design Week, than lost touch when I moved.", 1);
        assert_clean(ID, "We met at Design Week, then lost touch; it took longer, than expected.");
        assert_clean(ID, "Better late, than never. We grew faster, than planned.");
        assert_flags(ID, "First the cellar, than the vineyard walk. We met in Leeds, than we moved to York.", 2);
        assert_clean(ID, "It was bigger, than I thought; more came, than we expected; first prize, rather than cash.");
    }

    #[test]
    fn than_opening_a_sentence() {
        assert_flags(ID, "The bit about lifetimes finally clicked. Than I tried it on our parser.", 1);
        assert_clean(ID, "Better than I thought. Than is a conjunction. Rather than we, they went.");
    }

    #[test]
    fn leaves_sequences_and_confused_words_cases() {
        assert_clean(ID, "Spent less then half of it.");
        assert_clean(ID, "Built faster tooling, then shipped.");
        assert_clean(ID, "I finished sooner then went home.");
        assert_clean(ID, "Sales grew; revenue was higher and then flat.");
    }
}
