//! `missing-be`: a clause with no verb where `be` belongs: a subject pronoun before a describing word (`I very
//! happy to connect` → I am very happy, `We ready to start` → We are ready), before `a`/`an` and a noun (`She a
//! certified midwife` → She is a), or a noun subject before a degree word and a describing word (`My team very
//! experienced in cold storage` → My team is very experienced); and a sentence that opens with `is`/`was` and
//! has lost its `it` (`Is a pleasure to connect` → It is a pleasure, `Is possible to schedule a call?`).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct MissingBe;

static META: RuleMeta = RuleMeta {
    id: "missing-be",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A clause with no verb where `be` belongs: I very happy to …, She a nurse, Is a pleasure to …",
    description: "What it does: finds a subject pronoun that opens its clause followed, with no verb, by a \
describing word and what completes it (`I very happy to connect with you`, `We ready to start next week`), by \
`a`/`an` (`She a certified midwife`), or a noun subject followed by a degree word and a describing word or a \
participle (`My team very experienced in cold storage`); and a sentence that opens with `Is` or `Was` before a \
describing word or `a`/`an` and a noun, then `to`, `for` or `that` (`Is a pleasure to connect`, `Was an honour \
to work with you`, `Is very important for us to deliver`). It suggests the missing `am`/`is`/`are` or `It is`. \
Left alone: questions (`Is a call possible?`, `Am I a good fit?`), a second clause that leaves out a verb \
already given (`He is a doctor and she a nurse`), a verb after the pronoun (`I really appreciate it`). Also a \
subject opening the sentence with `located`, `situated` or `based` and a preposition after it and no verb in \
the rest of the sentence (`Our warehouse located near the port.` → is located).\n\
Why: English needs a verb in every clause; many languages (Russian, Arabic, Chinese, Malay, many Indian and \
African languages) leave out `be`, and Spanish, Portuguese and Italian leave out the subject `it`.\n\
Use instead: the suggested words (a suggestion, not applied automatically).",
    flags: &[
        "I very happy to connect with you.",
        "She a certified midwife with ten years of experience.",
        "My team very experienced in cold storage.",
        "Is a pleasure to connect with you.",
    ],
    accepts: &[
        "I am very happy to connect with you.",
        "He is a doctor and she a nurse. Am I a good fit?",
        "Is a call possible next week? It is a pleasure to connect.",
        "I really appreciate it; we ready the boats at dawn.",
    ],
    default_enabled: true,
};

/// The form of `be` a subject pronoun takes.
fn be_for(pronoun: &str) -> Option<&'static str> {
    match pronoun {
        "i" => Some("am"),
        "we" | "they" | "you" => Some("are"),
        "he" | "she" => Some("is"),
        _ => None,
    }
}

const DEGREE: &[&str] = &["very", "so", "extremely", "too", "quite", "highly", "truly", "really"];

/// A describing word that no verb reading can take: an adjective that is no verb and no plural noun (`happy`,
/// `grateful`, `proud`; a noun too only before what completes it: `glad to`), or, after a degree word, a
/// participle (`very experienced`, `so excited`).
fn describing(a: &Analysis, j: usize, after_degree: bool) -> bool {
    let Some(w) = a.words.get(j) else { return false };
    let t = w.tags;
    if !w.joined || w.is_name_like() || t.any(Tags::FUNCTION | Tags::NOUN_PL) {
        return false;
    }
    let completes = a.at(j, 1).is_none_or(|n| {
        !n.joined || n.is_any(&["to", "for", "about", "with", "in", "at", "of", "that", "and", "on", "by"])
    });
    // A describing word that is a verb too (`ready`, `open`) only before what completes it (`We ready to start`;
    // not `we ready the boats`).
    let completes_closely = a.at(j, 1).is_some_and(|n| n.joined && n.is_any(&["to", "for", "about", "with"]));
    let adjective = t.any(Tags::ADJ)
        && !t.any(Tags::ADJ_CMP | Tags::ADJ_SUP | Tags::ADV)
        && (!t.any(Tags::ANY_VERB) || completes_closely && !t.any(Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG));
    let participle = after_degree && t.any(Tags::VERB_PART) && !t.any(Tags::NOUN);
    completes && (adjective && (!t.any(Tags::NOUN) || a.at(j, 1).is_some_and(|n| n.joined)) || participle)
        || after_degree && t.any(Tags::ADJ) && !t.any(Tags::ADV | Tags::ADJ_CMP) && completes
}

/// Whether word `i` opens its clause: the sentence, or after a subordinating word (`because`, `if`, `that`).
fn opens_clause(a: &Analysis, i: usize) -> bool {
    // The sentence, or after punctuation (`Hi Arjun, I very happy to connect`).
    a.words[i].sentence_start
        || i > 0 && !a.words[i].joined
        || a.at(i, -1).is_some_and(|p| {
            a.words[i].joined && p.tags.any(Tags::SUB) && !p.tags.any(Tags::PREP) && !p.is_any(&["and", "or", "but"])
        })
}

/// `I very happy to connect`, `We ready to start`, `She a certified midwife`: the span of the pronoun and the
/// pronoun with its `be`.
fn pronoun_without_be(a: &Analysis, i: usize) -> Option<(usize, String)> {
    let s = &a.words[i];
    let be = be_for(s.lower.as_str())?;
    if !opens_clause(a, i) {
        return None;
    }
    let n = a.at(i, 1)?;
    if !n.joined {
        return None;
    }
    let degree = n.is_any(DEGREE) && !n.is("really");
    let ok = if degree {
        describing(a, i + 2, true)
    } else if n.is("not") {
        // `I not sure about it`, `we not ready`: `not` before a describing word (before a verb: `missing-do`).
        describing(a, i + 2, false)
    } else if n.is_any(&["a", "an"]) {
        // Only a sentence's subject: `…and she a nurse` leaves out a verb already given.
        s.sentence_start
            && a.at(i, 2)
                .is_some_and(|m| m.joined && m.tags.any(Tags::NOUN | Tags::ADJ | Tags::VERB_PART) && !m.is_name_like())
    } else {
        describing(a, i + 1, false)
    };
    ok.then(|| (i, format!("{} {be}", s.lower.as_str())))
}

/// `My team very experienced in cold storage`: a sentence that opens with a determiner or possessive and a noun,
/// then a degree word and a describing word. The noun's index and the `be` it takes.
fn noun_without_be(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    let d = &a.words[i];
    if !d.sentence_start || !d.tags.any(Tags::DET | Tags::POSS) || d.is_any(&["this", "that", "these", "those"]) {
        return None;
    }
    let noun = a.at(i, 1)?;
    let degree = a.at(i, 2)?;
    // `Our warehouse located near the port.`: a place participle after the subject and a preposition, with no
    // verb in the rest of the sentence (`Our office based in Leeds handles…` has one).
    let place = |k: usize| {
        a.words.get(k).is_some_and(|n| {
            n.joined && n.tags.any(Tags::NOUN | Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION) && !n.is_name_like()
        }) && a.words.get(k + 1).is_some_and(|p| p.joined && p.is_any(&["located", "situated", "based"]))
            && a.words.get(k + 2).is_some_and(|p| {
                p.joined && p.is_any(&["in", "near", "at", "on", "close", "next", "outside", "within"])
            })
            && (k + 3..a.words.len().min(k + 18)).take_while(|&m| !a.words[m].sentence_start).all(|m| {
                let x = &a.words[m];
                let finite =
                    x.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL | Tags::VERB_3SG | Tags::VERB_PAST | Tags::DO);
                let only_verb = x.tags.any(Tags::VERB) && !x.tags.any(Tags::NOUN | Tags::ADJ | Tags::PREP);
                !finite && !only_verb
            })
    };
    for k in [i + 1, i + 2] {
        if place(k) && (k == i + 1 || a.words[i + 1].joined && a.words[i + 1].tags.any(Tags::ADJ | Tags::NOUN)) {
            let head = &a.words[k];
            let be = if head.tags.any(Tags::NOUN_PL) && !head.tags.any(Tags::NOUN) { "are" } else { "is" };
            return Some((k, be));
        }
    }
    if !noun.joined
        || !noun.tags.any(Tags::NOUN | Tags::NOUN_PL)
        || noun.tags.any(Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_ING)
        || noun.is_name_like()
        || !degree.joined
        || !degree.is_any(&["very", "so", "extremely", "highly"])
        || !describing(a, i + 3, true)
    {
        return None;
    }
    let be = if noun.tags.any(Tags::NOUN_PL) && !noun.tags.any(Tags::NOUN) { "are" } else { "is" };
    Some((i + 1, be))
}

/// `Is a pleasure to connect`, `Was an honour to work with you`, `Is very important for us to deliver`, `Is
/// possible to schedule a call?`: a sentence opening with `Is`/`Was` before a describing word or `a`/`an` and a
/// noun, then `to`, `for` or `that` (a question has its subject there: `Is a call possible?`).
fn lost_it(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    if !w.is_any(&["is", "was"]) {
        return false;
    }
    if !w.sentence_start {
        return lost_it_after_comma(a, i);
    }
    let mut k = i + 1;
    if a.words.get(k).is_some_and(|m| m.joined && m.is_any(&["very", "so", "really", "extremely", "quite"])) {
        k += 1;
    }
    let Some(n) = a.words.get(k) else { return false };
    if !n.joined {
        return false;
    }
    let head = if n.is_any(&["a", "an"]) {
        k += 1;
        a.words.get(k).filter(|m| {
            m.joined && m.tags.any(Tags::NOUN) && !m.tags.any(Tags::FUNCTION | Tags::NOUN_PL) && !m.is_name_like()
        })
    } else {
        // A describing word (`possible`, which the dictionary gives as a noun only, too).
        Some(n).filter(|m| {
            (m.tags.any(Tags::ADJ) || m.tags.any(Tags::NOUN) && !m.tags.any(Tags::NOUN_PL | Tags::VERB))
                && !m.tags.any(Tags::ANY_VERB | Tags::FUNCTION)
                && !m.is_name_like()
        })
    };
    head.is_some() && a.words.get(k + 1).is_some_and(|t| t.joined && t.is_any(&["to", "for", "that"]))
}

/// `I really want to work with your team, is my dream.`: after a comma that ends a whole clause (one that
/// opens with a subject pronoun and its verb), `is`/`was`, a possessive or `a`/`an` and a noun that ends the
/// sentence: the second clause lost its `it` (not `What matters most, is my family`, a subject before the comma).
fn lost_it_after_comma(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    if w.joined || a.words.get(i.wrapping_sub(1)).is_none() {
        return false;
    }
    let Some(d) = a.at(i, 1).filter(|d| d.is_any(&["my", "our", "a", "an"])) else { return false };
    let Some(n) = a.at(i, 2) else { return false };
    let ends = a.words.get(i + 3).is_none_or(|m| m.sentence_start);
    if !d.joined || !n.tags.any(Tags::NOUN) || n.tags.any(Tags::FUNCTION | Tags::NOUN_PL) || n.is_name_like() || !ends {
        return false;
    }
    // The clause before the comma: back to its sentence's start (at most 20 words), which is a subject pronoun
    // and, within two words, its verb.
    let Some(start) =
        (1..=20).map(|k| i.checked_sub(k)).take_while(Option::is_some).flatten().find(|&j| a.words[j].sentence_start)
    else {
        return false;
    };
    a.words[start].is_any(&["i", "we", "they", "you", "he", "she"])
        && (1..=2).any(|k| {
            a.words.get(start + k).is_some_and(|v| {
                v.joined
                    && v.tags.any(Tags::VERB | Tags::VERB_PAST | Tags::VERB_3SG | Tags::MODAL | Tags::BE | Tags::HAVE)
            })
        })
}

impl Rule for MissingBe {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for (i, w) in a.words.iter().enumerate() {
            if let Some((s, right)) = pronoun_without_be(a, i) {
                let span = a.words[s].span.clone();
                let message = format!("no verb after ‘{}’: ‘{right}’", &text[span.clone()]);
                out.extend(finding(cx, &META, span, message, &[right]));
            } else if let Some((n, be)) = noun_without_be(a, i) {
                let span = a.words[i].span.start..a.words[n].span.end;
                let subject = &text[span.clone()];
                let message = format!("no verb after ‘{subject}’: ‘{subject} {be}’");
                let right = format!("{subject} {be}");
                out.extend(finding(cx, &META, span, message, &[right]));
            } else if lost_it(a, i) {
                let right = format!("it {}", w.lower.as_str());
                let message = format!("the sentence has no subject: ‘It {}’", w.lower.as_str());
                out.extend(finding(cx, &META, w.span.clone(), message, &[right]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "missing-be";

    #[test]
    fn a_place_participle_with_no_verb() {
        let d =
            check_text(ID, "Our warehouse located near the port of Mombasa. The clinic situated in the city centre.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["Our warehouse is", "The clinic is"]);
        assert_clean(ID, "Our office based in Leeds handles payroll. The clinic, located in Kano, is open.");
        assert_clean(ID, "Our warehouse is located near the port. Our main office located in Lagos opened in 2019.");
    }

    #[test]
    fn a_pronoun_before_a_describing_word() {
        assert_flags(ID, "I very happy to connect with you. We ready to start next week.", 2);
        let d = check_text(ID, "I very happy to connect with you.");
        assert_eq!(d[0].suggestions[0].replacement, "I am");
        assert!(!d[0].suggestions[0].safe);
        let d = check_text(ID, "She a certified midwife with ten years of experience.");
        assert_eq!(d[0].suggestions[0].replacement, "She is");
        assert_flags(ID, "Thanks! I so excited about the launch. Because we grateful for your help, we wrote.", 2);
        assert_flags(ID, "I not sure about the date. We not ready to sign.", 2);
        assert_flags(ID, "Hi Arjun, I very happy to connect.", 1);
        assert_clean(ID, "I not agree. I am not sure. I do not know.");
        assert_clean(ID, "I am very happy to connect. We are ready. He is a doctor and she a nurse. Am I a fit?");
        assert_clean(ID, "I really appreciate it; we ready the boats; I open the shop at six; they sure did.");
        assert_clean(ID, "I, too, am glad. If you free up a slot, call me. I very much agree.");
    }

    #[test]
    fn a_noun_subject_before_a_degree_word() {
        let d = check_text(ID, "My team very experienced in cold storage.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "My team is");
        assert_flags(ID, "Our nurses very experienced with children.", 1);
        assert_clean(
            ID,
            "My team is very experienced. Our very experienced team delivered. This team very much agrees.",
        );
    }

    #[test]
    fn a_sentence_that_lost_its_it() {
        assert_flags(ID, "Is a pleasure to connect with you. Was an honour to work with your team.", 2);
        let d = check_text(ID, "I really want to work with your team, is my dream.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "it is");
        assert_clean(ID, "What matters most, is my family. I want to work with you, as is my team. Mine, was a guest.");
        assert_flags(ID, "Is very important for us to deliver on time. Is possible to schedule a call next week?", 2);
        let d = check_text(ID, "Is a pleasure to connect.");
        assert_eq!(d[0].suggestions[0].replacement, "It is");
        assert_clean(ID, "Is a call possible next week? Is the team ready to start? It is a pleasure to connect.");
        assert_clean(ID, "Is Friday good for you? Was the meeting useful? Is it possible to call?");
    }
}
