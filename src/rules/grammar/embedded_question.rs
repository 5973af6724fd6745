//! `embedded-question`: a question inside a sentence written in the order of a direct one ("I want to
//! know how did you move into product" → how you moved; "notes on how do you handle migrations" → how
//! you handle).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::{Tags, lexicon, regular_forms};
use crate::text::{Analysis, Word};

pub struct EmbeddedQuestion;

static META: RuleMeta = RuleMeta {
    id: "embedded-question",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A question inside a sentence in direct-question order (I want to know how did you start)",
    description: "What it does: finds a question word (`how`, `what`, `where`, `why`, `when`, `whether`) that \
follows, in the same clause, a verb or noun that takes a question as its object (`know`, `wonder`, `ask`, \
`understand`, `learn`, `hear`, `curious`, `idea`…) or a preposition (`on`, `about`), and is itself followed \
by `do`, `does` or `did`, a subject pronoun and a bare verb: `I want to know how did you move from QA to \
product` (how you moved), `we could compare notes on how do you handle VLAN migrations` (how you handle). A \
question after a comma, a colon or a dash is a direct question and is left alone (`I wonder: how do you \
do it?`), as is `do` as the main verb with an object after it and no verb (`how do you do`). The same for `be` \
before a noun phrase that ends the sentence: `Can you tell me where is the office?` (where the office is), `Do you \
know when was the deadline?`; not `when is the best time to call`, where the phrase goes on. And a modal before \
the subject and its bare verb (`Could you tell me when will the results be published?` → the results will, `I \
want to know how can I apply` → I can; not `I don't know what can be done`).\n\
Why: inside a sentence a question takes the order of a statement; the inverted `do` is a common slip of \
second-language writers and reads as one.\n\
Use instead: drop `do`/`does`/`did` and put the verb in its tense: `how you handle`, `how she handles`, \
`how you moved` (a suggestion, never applied automatically).",
    flags: &[
        "I want to know how did you move from QA to product management.",
        "Would be great to exchange notes on how do you handle VLAN migrations.",
    ],
    accepts: &[
        "I want to know how you moved from QA to product management.",
        "I wonder: how do you handle migrations? How did you start?",
    ],
    default_enabled: true,
};

/// Words that take a question as their object or complement (`know how`, `curious why`, `idea what`).
const ASKING: &[&str] = &[
    "know",
    "knows",
    "knew",
    "wonder",
    "wondering",
    "wondered",
    "ask",
    "asking",
    "asked",
    "understand",
    "understanding",
    "learn",
    "learning",
    "hear",
    "hearing",
    "explain",
    "explaining",
    "curious",
    "idea",
    "tell",
    "telling",
    "see",
    "sure",
    "share",
    "sharing",
    "discuss",
    "discussing",
    "figure",
    "out",
    "advise",
    "confirm",
    // Prepositions before a question (`notes on how…`, `a question about what…`).
    "on",
    "about",
    "into",
];

const QUESTION_WORDS: &[&str] = &["how", "what", "where", "why", "when", "whether"];

/// `Can you tell me where is the office?`, `Do you know when was the deadline?`: `where`, `when`, `how` or `why`
/// after a word that asks (or `tell me`), then `is`/`are`/`was`/`were` and a noun phrase (a determiner or
/// possessive, up to three more words) that ends the sentence: the verb goes after the phrase. The span from
/// the verb to the phrase's end and what replaces it.
fn be_inverted(text: &str, a: &Analysis, i: usize) -> Option<(usize, usize, String)> {
    let q = &a.words[i];
    if !q.is_any(&["where", "when", "how", "why"]) || !q.joined || q.sentence_start {
        return None;
    }
    let asks = a.at(i, -1).is_some_and(|p| p.is_any(ASKING) && !p.is_any(&["on", "about", "into"]))
        || a.at(i, -1).is_some_and(|p| p.is_any(&["me", "us"]))
            && a.at(i, -2).is_some_and(|t| t.is_any(&["tell", "show", "ask", "remind"]));
    let be = a.at(i, 1)?;
    if !asks || !be.joined || !be.is_any(&["is", "are", "was", "were"]) {
        return None;
    }
    let det = a.at(i, 2)?;
    if !det.joined || !det.tags.any(Tags::DET | Tags::POSS) || det.tags.any(Tags::PRON) && !det.tags.any(Tags::POSS) {
        return None;
    }
    // The phrase runs to the sentence's end: the next word opens a new sentence, or there is none.
    let end = (i + 3..i + 7).find(|&k| a.words.get(k + 1).is_none_or(|n| n.sentence_start))?;
    let phrase = &a.words[i + 2..=end];
    if phrase.iter().skip(1).any(|w| !w.joined || w.tags.any(Tags::FUNCTION) && !w.tags.any(Tags::NOUN)) {
        return None;
    }
    let last = &a.words[end];
    if !last.tags.any(Tags::NOUN | Tags::NOUN_PL) && !last.is_name_like() && last.tags.any(Tags::KNOWN) {
        return None;
    }
    let phrase_text = &text[det.span.start..last.span.end];
    Some((be.span.start, last.span.end, format!("{phrase_text} {}", be.lower)))
}

/// `Could you tell me when will the results be published`, `I want to know how can I apply`: a question word
/// after a word that asks, then a modal, its subject (a pronoun, or a determiner and up to three nouns) and a
/// bare verb: the modal goes after the subject. The span from the modal to the subject's end and what replaces it.
fn modal_inverted(text: &str, a: &Analysis, i: usize) -> Option<(usize, usize, String)> {
    let q = &a.words[i];
    if !q.is_any(&["how", "what", "where", "why", "when", "which"])
        || !q.joined
        || q.sentence_start
        || !asks_before(a, i)
    {
        return None;
    }
    let modal = a.at(i, 1).filter(|m| {
        m.joined && m.is_any(&["will", "can", "could", "would", "should", "may", "might", "shall", "must"])
    })?;
    let subject = a.at(i, 2).filter(|s| s.joined)?;
    let end = if subject.is_any(&["i", "you", "we", "they", "he", "she", "it"]) {
        i + 2
    } else if subject.tags.any(Tags::DET | Tags::POSS) && !subject.tags.any(Tags::PRON | Tags::QUANT) {
        // The determiner's nouns (and describing words): the last one before the bare verb is the head.
        let words = (3..=5)
            .take_while(|&k| {
                a.at(i, k).is_some_and(|w| {
                    w.joined && w.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ) && !w.tags.any(Tags::FUNCTION)
                })
            })
            .count();
        let n = (1..=words).rev().find(|&n| {
            a.at(i, 2 + n as isize).is_some_and(|h| h.tags.any(Tags::NOUN | Tags::NOUN_PL))
                && a.at(i, 3 + n as isize).is_some_and(|v| {
                    v.joined
                        && v.tags.any(Tags::VERB | Tags::BE)
                        && !v.tags.any(Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG)
                        && !v.tags.any(Tags::NOUN_PL)
                })
        })?;
        i + 2 + n
    } else {
        return None;
    };
    let verb = a.at(end, 1).filter(|v| v.joined)?;
    if !(verb.tags.any(Tags::VERB) || verb.is("be")) || verb.tags.any(Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG)
    {
        return None;
    }
    let subject_text = &text[subject.span.start..a.words[end].span.end];
    Some((modal.span.start, a.words[end].span.end, format!("{subject_text} {}", modal.lower)))
}

/// Whether the word before the question word at `i` asks for a question: a word of [`ASKING`] or `tell me`,
/// `show us`, `ask me`, `remind me`.
fn asks_before(a: &Analysis, i: usize) -> bool {
    a.at(i, -1).is_some_and(|p| p.is_any(ASKING))
        || a.at(i, -1).is_some_and(|p| p.is_any(&["me", "us", "you", "him", "her", "them"]))
            && a.at(i, -2).is_some_and(|t| t.is_any(&["tell", "show", "ask", "remind"]))
}

/// The span from `do`/`does`/`did` to the verb, and what replaces it, for a question word at `i`.
fn check(a: &Analysis, i: usize) -> Option<(usize, usize, String)> {
    let q = &a.words[i];
    if !(q.is_any(QUESTION_WORDS) || q.is_any(&["which"])) || !q.joined || q.sentence_start {
        return None;
    }
    if !asks_before(a, i) {
        return None;
    }
    // `which`/`what` may take a noun (`which software do you use`, `what tools does she need`): one or two
    // nouns before `do`.
    let nouns = if q.is_any(&["which", "what"]) {
        (1..=2)
            .take_while(|&k| {
                a.at(i, k).is_some_and(|w| {
                    w.joined
                        && w.tags.any(Tags::NOUN | Tags::NOUN_PL)
                        && !w.tags.any(Tags::FUNCTION)
                        && !w.is_any(&["do", "does", "did"])
                })
            })
            .count()
    } else if q.is("how")
        && a.at(i, 1).is_some_and(|n| {
            n.joined && n.is_any(&["long", "much", "many", "often", "far", "soon", "quickly", "big", "old"])
        })
    {
        // `how long did you study`, `how many hours do you train`.
        let counted = a.at(i, 1).is_some_and(|n| n.is_any(&["much", "many"]))
            && a.at(i, 2)
                .is_some_and(|m| m.joined && m.tags.any(Tags::NOUN | Tags::NOUN_PL) && !m.tags.any(Tags::FUNCTION));
        1 + usize::from(counted)
    } else {
        0
    };
    let aux = a.at(i, 1 + nouns as isize)?;
    if !aux.joined || !aux.is_any(&["do", "does", "did"]) {
        return None;
    }
    let i = i + nouns;
    let subject = a.at(i, 2)?;
    let pronoun = subject.is_any(&["you", "we", "they", "he", "she", "i", "it"]);
    // Or a possessive or a determiner and one or two nouns (`how does your model work`, `what did the
    // auditors say`): the phrase's last word is its head.
    let phrase_len = if pronoun {
        1
    } else if nouns == 0 && subject.tags.any(Tags::POSS | Tags::DET) && !subject.tags.any(Tags::PRON | Tags::QUANT) {
        // (Not after `which team`: `which team does the night shift` has `does` as its verb.)
        let nouns = (3..=4)
            .take_while(|&k| {
                a.at(i, k).is_some_and(|w| {
                    w.joined
                        && w.tags.any(Tags::NOUN | Tags::NOUN_PL)
                        && !w.tags.any(Tags::FUNCTION)
                        && !w.is_name_like()
                })
            })
            .count();
        // The last of them may be the verb (`how does your model work`): the longest run that leaves one.
        let bare_verb =
            |w: &Word| w.tags.any(Tags::VERB) && !w.tags.any(Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_ING);
        let fits = |n: usize| a.at(i, 2 + n as isize + 1).is_some_and(|v| v.joined && bare_verb(v));
        1 + (1..=nouns).rev().find(|&n| fits(n))?
    } else {
        return None;
    };
    let head = &a.words[i + 1 + phrase_len];
    if !pronoun && (aux.is("does") && head.tags.any(Tags::NOUN_PL) || aux.is("do") && !head.tags.any(Tags::NOUN_PL)) {
        return None;
    }
    // The verb after the subject, past one adverb (`what sources do you normally use`): a bare verb (`how did
    // you move`), not `do` as the main verb with nothing after it (`how do you do`).
    let after = 2 + phrase_len as isize;
    let adverb = a
        .at(i, after)
        .is_some_and(|m| m.tags.only(Tags::ADV, Tags::ANY_VERB | Tags::NOUN | Tags::ADJ) && m.lower.ends_with("ly"));
    let verb = a.at(i, after + isize::from(adverb))?;
    if !verb.tags.any(Tags::VERB) || verb.tags.any(Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_ING) {
        return None;
    }
    let third = subject.is_any(&["he", "she", "it"]) || !pronoun && aux.is("does");
    let (third_form, past, _) = regular_forms(&verb.lower);
    let form = match aux.lower.as_str() {
        "did" => {
            lexicon().irregular_base(&verb.lower).and_then(|v| v.past.first().map(|p| p.to_string())).unwrap_or(past)
        }
        _ if third => third_form,
        _ => verb.lower.to_string(),
    };
    let subject_text = if pronoun {
        subject.lower.to_string()
    } else {
        a.words[i + 2..i + 2 + phrase_len].iter().map(|w| w.lower.to_string()).collect::<Vec<_>>().join(" ")
    };
    let subject_text = if subject_text == "i" { "I".to_string() } else { subject_text };
    let between = if adverb { format!("{} ", a.words[i + after as usize].lower) } else { String::new() };
    Some((aux.span.start, verb.span.end, format!("{subject_text} {between}{form}")))
}

impl Rule for EmbeddedQuestion {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for i in 0..a.words.len() {
            if let Some((start, end, right)) =
                check(a, i).or_else(|| be_inverted(cx.text(), a, i)).or_else(|| modal_inverted(cx.text(), a, i))
            {
                // From the question word: `which software do you use` → `which software you use`.
                let q = a.words[i].span.start;
                let (found, lead) = (&cx.text()[q..end], &cx.text()[q..start]);
                let message =
                    format!("‘{found}’: inside a sentence the question keeps statement order: ‘{lead}{right}’");
                out.extend(finding(cx, &META, start..end, message, &[right]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "embedded-question";

    #[test]
    fn a_modal_before_the_subject() {
        let d = check_text(ID, "Could you tell me when will the results be published? I want to know how can I apply.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["the results will", "I can"]);
        assert_flags(ID, "Please advise when will the shipment arrive. Let me know when can we meet.", 2);
        assert_clean(ID, "I don't know what can be done. Ask me what would help. I wonder: how can I apply?");
        assert_clean(ID, "Tell me when the results will be published; I know how I can apply.");
    }

    #[test]
    fn flags_direct_order_inside_a_sentence() {
        assert_flags(ID, "I want to know how did you move from QA to product management.", 1);
        assert_flags(
            ID,
            "I want to know how does your model work for farmers; I wonder how does your team plan sprints.",
            2,
        );
        let d = check_text(ID, "I'd like to know what did the auditors say about it.");
        assert_eq!(d[0].suggestions[0].replacement, "the auditors said");
        assert_clean(ID, "I know how the model works. I wonder how your team plans sprints. How does your model work?");
        assert_flags(ID, "Would be great to exchange notes on how do you handle VLAN migrations.", 1);
        assert_flags(ID, "I'm curious what does she think about the new rota.", 1);
        let d = check_text(ID, "I want to know how did you move into product.");
        assert_eq!(d[0].suggestions[0].replacement, "you moved");
        let d = check_text(ID, "Could you explain how does he run the night shift?");
        assert_eq!(d[0].suggestions[0].replacement, "he runs");
        let d = check_text(ID, "I wonder how did you get the permit.");
        assert_eq!(d[0].suggestions[0].replacement, "you got");
    }

    #[test]
    fn after_tell_me_and_with_a_noun_after_which_or_what() {
        let d = check_text(ID, "Could you tell me which software do you use for stock assessments?");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "you use");
        assert!(d[0].message.contains("‘which software you use’"), "{}", d[0].message);
        assert_flags(ID, "Can you tell me what do you use for scheduling?", 1);
        assert_flags(ID, "I would like to know what tools does she need for the audit.", 1);
        assert_flags(ID, "I am curious which lab courses did you take first.", 1);
        assert_clean(ID, "Could you tell me which software you use? Tell me, which tool do you use?");
        assert_clean(ID, "Which software do you use? I know which ones do well and which do not.");
        assert_clean(ID, "I asked which team does the night shift and they told me.");
        let d = check_text(ID, "Can I ask you what sources do you normally use for land records?");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "you normally use");
        let d = check_text(ID, "Can I ask how long did you study for it? I wonder how many hours do you train.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["you studied", "you train"]);
        assert_clean(ID, "Can I ask how long you studied? How long did you study? I know how much did cost.");
    }

    #[test]
    fn be_before_the_subject() {
        let d = check_text(ID, "Can you tell me where is the office? Do you know when was the deadline?");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["the office is", "the deadline was"]);
        assert_clean(ID, "Tell me where the office is. Where is the office? I know where is best for us.");
        assert_clean(ID, "Do you know when is the best time to call you about the role?");
    }

    #[test]
    fn accepts_direct_questions_and_statement_order() {
        assert_clean(ID, "I want to know how you moved from QA; I wonder: how do you handle it?");
        assert_clean(ID, "How did you start? Curious — how do you plan the rota?");
        assert_clean(ID, "I know what you did last summer and how you do it.");
        assert_clean(ID, "That is how we do things, and what did you think of it?");
    }
}
