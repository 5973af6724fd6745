//! `double-negative`: a negated verb and a negative object ("I couldn't find nothing" → anything; "we
//! don't know nobody there" → anybody).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct DoubleNegative;

static META: RuleMeta = RuleMeta {
    id: "double-negative",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A negated verb with a negative object (couldn't find nothing, don't know nobody)",
    description: "What it does: finds a verb negated by `not`, `n't` or `never` whose object, right after it or \
after one more word, is `nothing`, `nobody`, `no one`, `nowhere` or `none`: `I couldn't find nothing as clear \
as your post` (anything), `we don't know nobody in Leeds` (anybody), `I never went nowhere` (anywhere). Left \
alone: a negative word that is the subject of a clause of its own (`I can't say nothing was done`), `be` with \
`not` (`it's not nothing`, said on purpose), and `nothing but`/`nothing less`. The determiner `no` before a noun \
right after a negated verb too (`I don't have no experience` → any; not `can't say no to`, `no more`).\n\
Why: in standard English one negative is enough; the second reverses nothing but reads as a slip or as \
dialect in a professional note.\n\
Use instead: `anything`, `anybody`, `anyone`, `anywhere`, `any` (a suggestion, not applied automatically).",
    flags: &[
        "I couldn't find nothing on tax rules as clear as your post.",
        "We don't know nobody in Leeds yet.",
        "I never went nowhere without my notes.",
    ],
    accepts: &[
        "I couldn't find anything as clear as your post.",
        "I can't say nothing was done; it's not nothing.",
        "We want nothing but the best; nobody knows.",
    ],
    default_enabled: true,
};

fn positive(w: &str) -> Option<&'static str> {
    Some(match w {
        "nothing" => "anything",
        "nobody" => "anybody",
        "nowhere" => "anywhere",
        "none" => "any",
        _ => return None,
    })
}

/// Whether word `v` is a lexical verb negated just before it (`couldn't find`, `did not see`, `never went`).
fn negated_verb(a: &Analysis, v: usize) -> bool {
    let w = &a.words[v];
    // `have` after `don't`/`didn't` is the verb of having (`we don't have nothing`), not the perfect's.
    let have_after_do = w.is("have")
        && a.at(v, -1).is_some_and(|n| {
            n.is_any(&["don't", "doesn't", "didn't", "dont"])
                || n.is("not") && a.at(v, -2).is_some_and(|d| d.tags.any(Tags::DO))
        });
    if !have_after_do
        && (!w.tags.any(Tags::VERB | Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG)
            || w.tags.any(Tags::BE | Tags::FUNCTION))
    {
        return false;
    }
    a.at(v, -1).is_some_and(|n| {
        n.is("never")
            || (n.is("not") || n.lower.ends_with("n't"))
                && a.at(v, -2).is_none_or(|b| !b.tags.any(Tags::BE))
                && !n.tags.any(Tags::BE)
                && !n.is_any(&["isn't", "aren't", "wasn't", "weren't", "ain't"])
    })
}

impl Rule for DoubleNegative {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            let (span, fixed) = if w.is("no") && a.at(i, 1).is_some_and(|n| n.is("one")) {
                (w.span.start..a.words[i + 1].span.end, "anyone")
            } else if w.is("no")
                && w.joined
                // `I don't have no experience`: the determiner `no` before a noun (or a describing word and a
                // noun) right after a negated verb (not `can't say no to`, `no more`, `no longer`).
                && a.at(i, 1).is_some_and(|n| {
                    n.joined
                        && n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
                        && !n.tags.any(Tags::FUNCTION)
                        && !n.is_any(&["more", "less", "longer", "sooner", "matter", "doubt", "way"])
                })
                && i >= 1
                && negated_verb(a, i - 1)
                && !a.at(i, -1).is_some_and(|v| v.is_any(&["say", "said", "take", "took", "accept", "answer"]))
            {
                (w.span.clone(), "any")
            } else if let Some(p) = positive(&w.lower) {
                (w.span.clone(), p)
            } else {
                continue;
            };
            let last = if fixed == "anyone" { i + 1 } else { i };
            // The object of the verb right before it, or one word before (`find you nothing`, `say much nothing`).
            let verb =
                [1, 2].into_iter().find(|&k| i >= k && a.at(i, -(k as isize)).is_some() && negated_verb(a, i - k));
            let Some(k) = verb else { continue };
            if k == 2 && a.at(i, -1).is_some_and(|m| m.tags.any(Tags::PREP | Tags::CONJ | Tags::SUB)) {
                continue;
            }
            // Not the subject of a clause of its own (`can't say nothing was done`), nor `nothing but`/`less`.
            if a.at(last, 1).is_some_and(|n| {
                n.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL | Tags::VERB_3SG | Tags::VERB_PAST)
                    && !n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
                    || n.is_any(&["but", "less", "more", "short", "else"])
            }) {
                continue;
            }
            let found = &cx.text()[span.clone()];
            let message = format!("one negative is enough: ‘{found}’ after a negated verb is ‘{fixed}’");
            out.extend(finding(cx, &META, span, message, &[fixed.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "double-negative";

    #[test]
    fn flags_a_negative_object_of_a_negated_verb() {
        assert_flags(ID, "Hi Lena, I couldn't find nothing on tax rules as clear as your post.", 1);
        assert_flags(ID, "We don't know nobody in Leeds. I never went nowhere. They did not send no one.", 3);
        assert_flags(ID, "I don't have no experience in retail, but I learn fast.", 1);
        assert_clean(ID, "I couldn't say no to it; we don't have no more; I can't take no for an answer; no doubt.");
        assert_flags(ID, "In our hospital we don't have nothing like this yet. She does not have none.", 2);
        assert_clean(ID, "We don't have anything like this; I haven't had nothing but praise; we have nothing.");
        let d = check_text(ID, "I didn't see nothing.");
        assert_eq!(d[0].suggestions[0].replacement, "anything");
        assert!(!d[0].suggestions[0].safe);
    }

    #[test]
    fn accepts_single_negatives_and_clauses() {
        assert_clean(ID, "I couldn't find anything; we know nobody; nothing works; I have none.");
        assert_clean(ID, "I can't say nothing was done. It's not nothing. It isn't nothing.");
        assert_clean(ID, "We want nothing but the best; I didn't do it for nothing less than joy.");
        assert_clean(ID, "I didn't go to nowhere special? We didn't stop, and nothing broke.");
    }
}
