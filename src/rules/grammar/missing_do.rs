//! `missing-do`: a verb negated with a bare `not` or `no` where English needs `do` (`I not agree` → I don't
//! agree, `She not work on Sundays` → she doesn't work, `We no have openings` → we don't have).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct MissingDo;

static META: RuleMeta = RuleMeta {
    id: "missing-do",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A verb negated without do: I not agree, She not work, We no have",
    description: "What it does: finds a subject pronoun that opens its clause, then `not` or `no`, then a bare \
verb (`I not agree with the new rules`, `She not work on Sundays`, `We no have any openings`), and suggests \
`don't`/`doesn't` for `not`/`no` (the verb stays bare). Left alone: `not` before a describing word (`I not sure` \
lacks `am`: `missing-be`), `not only`, `no longer`, `no one`, and a verb with `do` already (`I do not agree`).\n\
Why: English negates a verb with `do` (`I don't agree`); many languages put `not` or `no` straight before the \
verb (Spanish, Portuguese, Italian, Chinese, many others), and the bare form reads as a slip.\n\
Use instead: `don't` or `doesn't` (or `do not`/`does not`) before the verb (a suggestion, not applied \
automatically).",
    flags: &[
        "I not agree with the new overtime rules.",
        "She not work on Sundays.",
        "We no have any openings right now.",
    ],
    accepts: &[
        "I don't agree. She does not work on Sundays. We have no openings.",
        "I not only agree, I signed. We no longer hire. I not sure.",
    ],
    default_enabled: true,
};

/// `I not agree`, `she not work`, `we no have`: the pronoun's index and `don't`/`doesn't`.
fn bare_negation(a: &Analysis, i: usize) -> Option<&'static str> {
    let s = &a.words[i];
    let does = match s.lower.as_str() {
        "i" | "we" | "they" | "you" => "don't",
        "he" | "she" => "doesn't",
        _ => return None,
    };
    // Opening its clause: the sentence, after punctuation (`Hi Tom, I not agree`), or after a conjunction.
    let opens = s.sentence_start
        || i > 0 && !s.joined
        || a.at(i, -1).is_some_and(|p| s.joined && p.tags.any(Tags::SUB | Tags::CONJ) && !p.tags.any(Tags::PREP));
    let neg = a.at(i, 1)?;
    let v = a.at(i, 2)?;
    if !opens || !neg.joined || !v.joined || !neg.is_any(&["not", "no"]) || v.is_name_like() {
        return None;
    }
    let t = v.tags;
    let bare_verb = t.any(Tags::VERB)
        && !t.any(Tags::ADJ | Tags::ADV | Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG)
        // After `no` a word that is a noun too may be the noun (`no time`): only a verb that is no noun.
        && (neg.is("not") || !t.any(Tags::NOUN));
    (bare_verb || v.is("have")).then_some(does)
}

impl Rule for MissingDo {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for i in 0..a.words.len() {
            let Some(does) = bare_negation(a, i) else { continue };
            let neg = &a.words[i + 1];
            let message = format!(
                "‘{} {}’: a verb is negated with ‘do’: ‘{does} {}’",
                &text[neg.span.clone()],
                a.words[i + 2].lower.as_str(),
                a.words[i + 2].lower.as_str()
            );
            out.extend(finding(cx, &META, neg.span.clone(), message, &[does.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "missing-do";

    #[test]
    fn a_bare_not_or_no_before_a_verb() {
        assert_flags(ID, "I not agree with the rules. She not work on Sundays. We no have openings.", 3);
        assert_flags(ID, "Sorry, but I not understand the tax form. Hi Tom, I not agree.", 2);
        let d = check_text(ID, "She not work on Sundays.");
        assert_eq!(d[0].suggestions[0].replacement, "doesn't");
        assert!(!d[0].suggestions[0].safe);
        assert_eq!(check_text(ID, "We no have any openings.")[0].suggestions[0].replacement, "don't");
    }

    #[test]
    fn accepts_do_and_other_words_after_not() {
        assert_clean(ID, "I don't agree. She does not work on Sundays. We have no openings.");
        assert_clean(ID, "I not only agree, I signed. We no longer hire. No one came. I not sure.");
        assert_clean(ID, "Whether or not they agree, we go. He told me not to go; it is not work.");
    }
}
