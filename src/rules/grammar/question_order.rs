//! `question-order`: a direct question in statement order ("Which version you are using?" → are you
//! using; "Why you chose Lisbon?" → did you choose).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::Tags;
use crate::text::{Analysis, Word};

pub struct QuestionOrder;

static META: RuleMeta = RuleMeta {
    id: "question-order",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A direct question in statement order (Which version you are using? Why you chose Lisbon?)",
    description: "What it does: finds a question word that opens its clause (`which`, `what`, `where`, `when`, \
`why`, `how`, `who`), perhaps the noun phrase it asks about (`which version of the checklist`, `how long`), \
then a subject pronoun (`you`, `we`, `they`, `he`, `she`) and its verb, in a clause that runs to a question \
mark: `Which version of the audit checklist you are using now?`, `Why you chose Lisbon?`, `How long you have \
been in Berlin?`. Left alone: a question word inside a sentence (`Can you tell me which version you use?`, an \
indirect question in the right order), a clause a comma closes (`When you have time, could you call?`), `how \
come` and `what if`, which keep statement order, subject questions (`What made you choose Lisbon?`), and the \
colloquial `How you doing?`.\n\
Why: a direct question puts the auxiliary before the subject (`are you using`, `did you choose`); statement \
order with a question mark reads as a slip of a second-language writer.\n\
Use instead: the auxiliary before the subject (`which version are you using`, `why did you choose`); a \
suggestion to rewrite, nothing applied automatically.",
    flags: &[
        "Which version of the audit checklist you are using now?",
        "Why you chose Lisbon for the office?",
        "How long you have been in Berlin?",
    ],
    accepts: &[
        "Which version of the audit checklist are you using now?",
        "Can you tell me which version you use? When you have time, could you call?",
        "How come you moved to Oslo? What made you choose Lisbon?",
    ],
    default_enabled: true,
};

const QUESTION_WORDS: [&str; 8] = ["which", "what", "where", "when", "why", "how", "who", "whom"];
const SUBJECTS: [&str; 6] = ["you", "we", "they", "he", "she", "i"];

/// A word that may stand in the noun phrase a question word asks about (`which version of the checklist`,
/// `how long`, `what kind of tools`): not an auxiliary and not a word that can only be a verb.
fn in_asked_phrase(w: &Word) -> bool {
    let t = w.tags;
    !t.any(Tags::BE | Tags::HAVE | Tags::DO | Tags::MODAL | Tags::PRON | Tags::OBJ | Tags::SUB | Tags::CONJ)
        && (!t.any(Tags::VERB | Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_PART | Tags::VERB_ING)
            || t.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::DET | Tags::PREP | Tags::ADV | Tags::NUM))
}

/// The subject and its verb after the question word at `i`, in statement order: the index of the subject.
fn statement_order(a: &Analysis, i: usize) -> Option<usize> {
    let mut k = 1;
    while k <= 8 {
        let w = a.at(i, k)?;
        if w.is_any(&SUBJECTS) {
            break;
        }
        if !in_asked_phrase(w) {
            return None;
        }
        k += 1;
    }
    let s = i + k as usize;
    // Not the object of a preposition or a verb of the phrase (`which of you`, `what about you`).
    if k > 1 && a.words[s - 1].tags.any(Tags::PREP) {
        return None;
    }
    let verb = a.at(s, 1)?;
    let finite = verb.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL | Tags::VERB | Tags::VERB_3SG | Tags::VERB_PAST)
        && !verb.tags.any(Tags::NOUN_PL | Tags::DET | Tags::PREP | Tags::CONJ)
        && !verb.is_name_like();
    finite.then_some(s)
}

impl Rule for QuestionOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for (i, w) in a.words.iter().enumerate() {
            // The question word opens its clause: after the start of a sentence, a greeting's comma or a dash.
            if !w.is_any(&QUESTION_WORDS) || a.at(i, -1).is_some() || w.compound_next {
                continue;
            }
            if a.at(i, 1).is_some_and(|n| w.is("how") && n.is("come") || w.is("what") && n.is("if")) {
                continue;
            }
            let Some(s) = statement_order(a, i) else { continue };
            // The clause runs to a question mark: nothing but the clause's own words before it.
            let clause = a.clause_from(i);
            let last = &clause[clause.len() - 1];
            if !text[last.span.end..].trim_start().starts_with('?') {
                continue;
            }
            // `How you doing?`: the colloquial greeting.
            if w.is("how") && a.at(s, 1).is_some_and(|v| v.tags.any(Tags::VERB_ING)) {
                continue;
            }
            let subject = &a.words[s];
            let message = format!(
                "a direct question puts the verb before ‘{}’: ‘{} … are/do/did {} …?’",
                subject.lower, w.lower, subject.lower
            );
            out.extend(finding(cx, &META, w.span.start..a.words[s + 1].span.end, message, &[]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    const ID: &str = "question-order";

    #[test]
    fn flags_statement_order_in_a_direct_question() {
        assert_flags(ID, "Hi Lucía, which version of the audit checklist you are using now?", 1);
        assert_flags(ID, "Why you chose Lisbon? How long you have been in Berlin?", 2);
        assert_flags(ID, "What tools you recommend for a junior analyst?", 1);
        assert_flags(ID, "Great talk. Where they can apply for the programme?", 1);
        assert_flags(ID, "I want to ask you: what documents I need for exporting seafood to Japan?", 1);
    }

    #[test]
    fn accepts_inverted_indirect_and_other_questions() {
        assert_clean(ID, "Which version are you using? What tools do you recommend? Why did you choose it?");
        assert_clean(ID, "Can you tell me which version you use? I wonder why you chose Lisbon?");
        assert_clean(ID, "When you have time, could you call? If you can, why not?");
        assert_clean(ID, "How come you moved to Oslo? What if we met in May? What made you choose Lisbon?");
        assert_clean(ID, "How you doing? Which of you runs the lab? What about you?");
        assert_clean(ID, "Which version you are using is not clear to me. What you built is great.");
        assert_clean(ID, "What do I need for exporting? Who am I to judge? What I need is time.");
    }
}
