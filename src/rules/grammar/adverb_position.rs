//! `adverb-position`: an adverb of frequency or manner between a verb and its object ("I visit often our
//! suppliers" → often visit; "I speak fluently French" → fluently speak, or speak French fluently).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::Tags;
use crate::text::{Analysis, Word};

pub struct AdverbPosition;

static META: RuleMeta = RuleMeta {
    id: "adverb-position",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "An adverb between a verb and its object (I visit often our suppliers, I speak fluently French)",
    description: "What it does: finds a lexical verb (not `be`, `have`, a modal or `do`) followed at once by an \
adverb of frequency (`always`, `often`, `never`, `usually`, `sometimes`, `regularly`, `rarely`, `frequently`, \
`seldom`, `occasionally`, `normally`, `generally`) or of manner (`fluently`, `carefully`, `thoroughly`, \
`properly`, `quickly`, `closely`, `correctly`, `efficiently`, `effectively`, `successfully`) and then its object: \
a determiner or a possessive and a noun (`I go always the extra mile`, `we check regularly the temperature`, `I \
visit often our suppliers`, `I checked carefully the invoices`), or a language's name (`I speak fluently \
French`). English puts the adverb before the verb (`I often visit our suppliers`) or after the object (`I speak \
French fluently`). Left alone: the adverb after `be` (`she is always ready`), after an object (`I check the \
temperature regularly`), before a time (`we meet regularly the first Monday of the month`, `I travel often this \
year`), and focusing adverbs (`I like especially the blue one`).\n\
Why: between a verb and its object is where French, Spanish, Portuguese, Italian and German put these adverbs; \
in English it reads as a slip.\n\
Use instead: the adverb before the verb (the suggestion), or after the object; not applied automatically.",
    flags: &["I visit often our suppliers in Vietnam.", "I speak fluently French and Portuguese."],
    accepts: &[
        "I often visit our suppliers in Vietnam. I speak French fluently.",
        "She is always ready to help. We meet regularly the first Monday of the month.",
    ],
    default_enabled: true,
};

const FREQUENCY: &[&str] = &[
    "always",
    "often",
    "never",
    "usually",
    "sometimes",
    "regularly",
    "rarely",
    "frequently",
    "seldom",
    "occasionally",
    "normally",
    "generally",
];

const MANNER: &[&str] = &[
    "fluently",
    "carefully",
    "thoroughly",
    "properly",
    "quickly",
    "closely",
    "correctly",
    "efficiently",
    "effectively",
    "successfully",
];

/// A lexical verb: a verb form that is no auxiliary, no noun's plural and no name.
fn lexical_verb(v: &Word) -> bool {
    v.tags.any(Tags::VERB | Tags::VERB_3SG | Tags::VERB_PAST)
        && !v.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL | Tags::DO | Tags::FUNCTION | Tags::VERB_ING)
        && !v.is_name_like()
        && !v.is_any(&[
            "get", "gets", "got", "become", "becomes", "became", "seem", "seems", "seemed", "feel", "feels", "felt",
        ])
}

/// The index of the adverb at `i + 1` when it stands between the verb at `i` and its object.
fn adverb_before_object(text: &str, a: &Analysis, i: usize) -> Option<usize> {
    let v = &a.words[i];
    let adv = a.at(i, 1).filter(|d| d.joined && (d.is_any(FREQUENCY) || d.is_any(MANNER)))?;
    // A subject or `to` before the verb: it is a clause's verb, not a noun (`the sales often the…`).
    let before = a.at(i, -1)?;
    if !lexical_verb(v)
        || !v.joined
        || !(before.is_any(&["i", "we", "they", "you", "he", "she", "to"]) || before.tags.any(Tags::MODAL))
    {
        return None;
    }
    let det = a.at(i, 2).filter(|d| d.joined)?;
    // `I speak fluently French`: a language's name (a capitalised word the section's words end on or go on
    // with `and`).
    let language = adv.is_any(MANNER)
        && det.capitalized
        && !det.all_caps
        && (det.lower.ends_with("ish")
            || det.lower.ends_with("ese")
            || det.lower.ends_with("an")
            || det.lower.ends_with("ch"))
        && text[det.span.end..].starts_with([' ', '.', ',', '!']);
    if language {
        return Some(i + 1);
    }
    if !det.is_any(&["the", "a", "an", "my", "our", "your", "their", "his", "her"]) {
        return None;
    }
    // The noun phrase, past up to two describing words: not a time (`regularly the first Monday`).
    let noun = (3..=5).map_while(|k| a.at(i, k)).take_while(|w| w.joined).find(|w| {
        w.tags.any(Tags::NOUN | Tags::NOUN_PL) && !w.tags.any(Tags::ADJ | Tags::FUNCTION | Tags::NUM)
            || w.tags.any(Tags::TIME)
    })?;
    let time = noun.tags.any(Tags::TIME)
        || crate::profile::dates::MONTHS.iter().any(|m| noun.is(m))
        || (3..=5).map_while(|k| a.at(i, k)).any(|w| w.is_any(&["first", "last", "next", "second", "third", "whole"]));
    (!time).then_some(i + 1)
}

impl Rule for AdverbPosition {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for i in 0..a.words.len() {
            let Some(j) = adverb_before_object(text, a, i) else { continue };
            let (v, d) = (&a.words[i], &a.words[j]);
            let right = format!("{} {}", &text[d.span.clone()], &text[v.span.clone()]);
            let message = format!(
                "‘{}’ between the verb and its object: ‘{right}’ (or the adverb after the object)",
                &text[d.span.clone()]
            );
            out.extend(finding(cx, &META, v.span.start..d.span.end, message, &[right]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "adverb-position";

    #[test]
    fn an_adverb_between_a_verb_and_its_object() {
        let d = check_text(ID, "I go always the extra mile. We check regularly the temperature of the cold room.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["always go", "regularly check"]);
        assert_flags(ID, "I visit often our suppliers. I speak fluently French. I checked carefully the invoices.", 3);
    }

    #[test]
    fn leaves_other_orders_and_times_alone() {
        assert_clean(ID, "I often visit our suppliers. I speak French fluently. She is always the first to help.");
        assert_clean(ID, "We meet regularly the first Monday of the month. I travel often the whole year.");
        assert_clean(
            ID,
            "I like especially the blue one. The team often the best. It works well; they usually the same.",
        );
        assert_clean(ID, "I have always the same problem? I check the temperature regularly; we visit often.");
    }
}
