//! `resumptive-pronoun`: a relative clause that repeats its noun as a pronoun ("the professor who I met him
//! at the forum" → who I met; "the report which we wrote it").

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct ResumptivePronoun;

static META: RuleMeta = RuleMeta {
    id: "resumptive-pronoun",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A relative clause that repeats its noun as a pronoun (the professor who I met him)",
    description: "What it does: finds `who`, `whom` or `which` after a noun, a subject pronoun (`I`, `we`, `you`, \
`they`, `he`, `she`), its verb and then an object pronoun (`him`, `her`, `them`, `it`) that stands for the noun \
the clause already refers to: `the professor who I met him at the Cairo forum` → who I met, `the report which we \
wrote it last year` → which we wrote. Left alone: `that`, which also opens a clause that says something (`I told \
the team that I met him`), a pronoun followed by a preposition that ends the clause (`the client who I sent it \
to`: `who` is the object of `to`), also after a verb with two objects (`the student who I gave it to`).\n\
Why: in English the relative word already stands for the noun; repeating it is a common slip of speakers of \
Arabic, Persian, Hebrew, Chinese and other languages whose relative clauses keep the pronoun.\n\
Use instead: the clause without the pronoun (a suggestion, not applied automatically).",
    flags: &["The professor who I met him at the forum recommended you.", "The report which we wrote it is online."],
    accepts: &[
        "The professor who I met at the forum recommended you.",
        "I told the team that I met him. The client who I sent it to replied.",
    ],
    default_enabled: true,
};

/// The object pronoun's index, if word `i` opens a relative clause that repeats its noun.
fn repeated(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    if !w.is_any(&["who", "whom", "which"]) {
        return None;
    }
    // After a noun (the clause's head), not a question (`Who did you meet?`) or a verb (`I know who I met`).
    let head = a.at(i, -1)?;
    if !head.tags.any(Tags::NOUN | Tags::NOUN_PL) && !head.is_name_like() || head.tags.any(Tags::FUNCTION) {
        return None;
    }
    let subject = a.at(i, 1)?;
    if !subject.is_any(&["i", "we", "you", "they", "he", "she"]) {
        return None;
    }
    // The verb, perhaps after an auxiliary or an adverb (`who I have met him`, `who we recently hired him`).
    let mut k = 2;
    while k < 4 && a.at(i, k).is_some_and(|x| x.tags.any(Tags::HAVE | Tags::MODAL | Tags::DO | Tags::ADV)) {
        k += 1;
    }
    let verb = a.at(i, k)?;
    if !verb.tags.any(Tags::VERB | Tags::VERB_PAST | Tags::VERB_PART) || verb.tags.any(Tags::FUNCTION) {
        return None;
    }
    let pron = a.at(i, k + 1)?;
    let matches = if w.is("which") { pron.is_any(&["it", "them"]) } else { pron.is_any(&["him", "her", "them"]) };
    if !matches {
        return None;
    }
    // `the client who I sent it to.`: a preposition that ends the clause takes `who` as its object.
    let j = i + k as usize + 1;
    if let Some(p) = a.at(j, 1)
        && p.tags.any(Tags::PREP)
        && a.at(j, 2).is_none_or(|x| {
            !x.tags.any(Tags::DET | Tags::POSS | Tags::NOUN | Tags::NOUN_PL | Tags::DIGITS) && !x.is_name_like()
        })
    {
        return None;
    }
    Some(j)
}

/// A clause with no relative word (`the yeast you use it`, `The course I took it was excellent`): a noun phrase
/// that is a preposition's object (`about the yeast`) or opens the sentence and is followed, after the clause,
/// by its verb (`The course I took it was`); then a subject pronoun, its verb and `it`/`them` ending the clause.
/// Only there can the pronoun's clause not be a clause of its own (`I told the team I met him` can). The index of
/// the pronoun that repeats the noun.
fn contact_repeated(a: &Analysis, i: usize) -> Option<usize> {
    let subject = &a.words[i];
    if !subject.is_any(&["i", "we", "you", "they"]) || !subject.joined {
        return None;
    }
    let head = a.at(i, -1)?;
    // A noun of time, reason, manner or place heads a clause about when, why or how, whose `it` is its own
    // (`the reason we sold it`, `the day you met them`, `the way we built it`).
    if !head.tags.any(Tags::NOUN | Tags::NOUN_PL)
        || head.tags.any(Tags::FUNCTION | Tags::TIME)
        || head.is_name_like()
        || head.is_any(&["reason", "reasons", "way", "ways", "place", "day", "days", "moment", "time", "times"])
    {
        return None;
    }
    // Back over the noun's modifiers to its determiner.
    let mut d = i - 1;
    while d > 0 && i - d < 4 {
        let m = &a.words[d - 1];
        if m.tags.any(Tags::DET | Tags::POSS) {
            break;
        }
        // (Parts of a hyphenated compound too: `bottle-top counters`.)
        if !(a.words[d].joined || m.compound_next) || !m.tags.any(Tags::ADJ | Tags::NOUN) || m.tags.any(Tags::FUNCTION)
        {
            return None;
        }
        d -= 1;
    }
    let det = a.words.get(d.checked_sub(1)?)?;
    if !det.tags.any(Tags::DET | Tags::POSS) || !a.words[d].joined || det.is_any(&["that", "this"]) {
        return None;
    }
    let before = a.at(d - 1, -1);
    let object_of_preposition =
        det.joined && before.is_some_and(|p| p.tags.any(Tags::PREP) && !p.is_any(&["than", "as"]));
    let verb = a.at(i, 1)?;
    let pron = a.at(i, 2)?;
    if !verb.joined
        || !verb.tags.any(Tags::VERB | Tags::VERB_PAST)
        || verb.tags.any(Tags::FUNCTION | Tags::VERB_ING)
        || !pron.joined
        || !pron.is_any(&["it", "them"])
    {
        return None;
    }
    let after = a.at(i, 3);
    // The clause ends, or goes on with a preposition and its object (`the counters you used them for
    // fractions`; a preposition left at the end has the noun as its object: `the purpose you use it for`).
    let ends = after.is_none_or(|x| {
        !x.joined
            || x.tags.only(Tags::CONJ, Tags::PREP)
            || x.tags.any(Tags::PREP) && !x.tags.any(Tags::CONJ) && a.at(i, 4).is_some_and(|o| o.joined)
    });
    let sentence_verb = det.sentence_start
        && after.is_some_and(|x| x.joined && x.tags.any(Tags::BE | Tags::VERB_PAST | Tags::VERB_3SG));
    ((object_of_preposition && ends) || sentence_verb).then_some(i + 2)
}

impl Rule for ResumptivePronoun {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for i in 0..a.words.len() {
            let (j, message) = if let Some(j) = repeated(a, i) {
                let (verb, pron) = (&a.words[j - 1], &a.words[j]);
                let message = format!(
                    "‘{}’ already stands for the noun before it: drop ‘{}’ after ‘{}’",
                    a.words[i].lower, pron.lower, verb.lower
                );
                (j, message)
            } else if let Some(j) = contact_repeated(a, i) {
                let (verb, pron) = (&a.words[j - 1], &a.words[j]);
                let message = format!(
                    "the clause ‘{} {}’ already describes the noun before it: drop ‘{}’",
                    a.words[i].lower, verb.lower, pron.lower
                );
                (j, message)
            } else {
                continue;
            };
            let verb = &a.words[j - 1];
            let pron = &a.words[j];
            // The span runs from the verb to the pronoun, so that the fix keeps the verb.
            let written = cx.text()[verb.span.clone()].to_string();
            out.extend(finding(cx, &META, verb.span.start..pron.span.end, message, &[written]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "resumptive-pronoun";

    #[test]
    fn flags_a_repeated_pronoun() {
        assert_flags(ID, "Hi Rania, the professor who I met him at the Cairo Water Forum recommended your work.", 1);
        assert_flags(ID, "The report which we wrote it last year is online. The nurse whom we hired her left.", 2);
        let d = check_text(ID, "The engineer who I trained him.");
        assert_eq!(d[0].suggestions[0].replacement, "trained");
    }

    #[test]
    fn flags_a_repeated_pronoun_with_no_relative_word() {
        assert_flags(ID, "I want to learn more about the lager yeast you use it. The course I took it was great.", 2);
        assert_flags(ID, "I would like to know more about the bottle-top counters you used them for fractions.", 1);
        let d = check_text(ID, "Tell me about the tools we bought them.");
        assert_eq!(d[0].suggestions[0].replacement, "bought");
        assert_clean(ID, "I told the team I met him. We talked about the yeast you use. The course I took was great.");
        assert_clean(ID, "I asked about the purpose you use it for; for the reason we sold it, see below.");
        assert_clean(ID, "I know the day you met them. Since the time we bought it, it works.");
    }

    #[test]
    fn accepts_clauses_without_the_pronoun() {
        assert_clean(ID, "The professor who I met at the forum; I told the team that I met him yesterday.");
        assert_clean(ID, "The client who I sent it to replied. Who did you meet? I know who I met.");
        assert_clean(ID, "The manager who hired me; the tools which we use; the friend who I gave it to.");
    }
}
