//! `verb-pattern`: `to` + a verb after a verb that takes the -ing form ("avoid to use" → avoid using,
//! "I enjoy to work" → enjoy working) or the bare verb ("let me to know" → let me know, "made me to feel"
//! → made me feel).

use foldhash::HashSet;
use std::sync::OnceLock;

use super::context::{finding, prose_analysis, word_list};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::{Tags, regular_forms, verb_bases};
use crate::text::{Analysis, Word};

pub struct VerbPattern;

static META: RuleMeta = RuleMeta {
    id: "verb-pattern",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "to + a verb after a verb that takes -ing (avoid to use) or the bare verb (let me to know)",
    description: "What it does: finds `to` and a verb after a verb whose verb object is the -ing form (`avoid`, \
`enjoy`, `consider`, `suggest`, `recommend`, `finish`, `mind`, `practise`, `risk`, `postpone`, `delay`, `deny`, \
`appreciate`, `imagine`, `resist`, `dislike`; the list is `dictionaries/grammar/gerund-verbs.txt`) in any of its \
forms: `I avoid to use jargon` (avoid using), `we enjoyed to work with you`, `I suggest to meet next week`; and \
`to` between `let` or `make` and their person and the verb, which they take bare: `let me to know` (let me know), \
`what made you to choose Lisbon` (made you choose); and `say` with a person as its object: `like I said you,`, \
`he said me that…` (told; `you` only before punctuation or `that`); and `very much` between a verb of liking and \
its object: `I enjoyed very much your workshop` (really enjoyed your workshop, or very much after the object; not \
before `to`: `I would like very much to join`). Left alone: a passive (`it is considered to be`, `I was made \
to feel`), `to` before a person or a noun phrase (`I suggested to the team that…`, `recommend to colleagues`, \
`postponed to Monday`), the nouns (`the risk to patients`, `a delay to the project`), and verbs after which `to` \
says a purpose (`I quit to join a startup`). And `allow`, `permit`, `enable` with no object before `to` (`The \
system allows to book online` → allows you to book, or allows booking).\n\
Why: each verb has its pattern; `avoid to use` and `let me to know` are among the commonest slips of writers \
whose first language puts an infinitive there.\n\
Use instead: the -ing form (`avoid using`), or the bare verb after `let`/`make` (a suggestion, not applied \
automatically).",
    flags: &[
        "I avoid to use jargon with clients.",
        "Please let me to know when you are free.",
        "What made you to choose Lisbon?",
    ],
    accepts: &[
        "I avoid using jargon; let me know; what made you choose Lisbon?",
        "It is considered to be the best; I was made to feel welcome.",
        "I suggested to the team that we wait; I quit to join a startup.",
    ],
    default_enabled: true,
};

fn gerund_verbs() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../../../dictionaries/grammar/gerund-verbs.txt")))
}

/// Whether `w` is a form of a verb that takes the -ing form, used as a verb (not after a determiner or an
/// adjective: `the risk to`, `a good mind to`; not a passive after `be`).
fn takes_gerund(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    if w.is_name_like() || !w.tags.any(Tags::VERB | Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_ING) {
        return false;
    }
    let listed = gerund_verbs().contains(w.lower.as_str())
        || verb_bases(&w.lower).iter().any(|b| gerund_verbs().contains(b.as_str()));
    if !listed {
        return false;
    }
    let p = a.at(i, -1);
    // A form that is a noun too (`practices`, `risks`, `delays`) is the verb only after its subject pronoun, a
    // modal, `to`, `do` or an adverb (`best practices to increase…` is a noun and a purpose).
    if w.tags.any(Tags::NOUN | Tags::NOUN_PL)
        && !p.is_some_and(|p| {
            p.tags.any(Tags::PRON | Tags::MODAL | Tags::DO | Tags::NEG) && !p.tags.any(Tags::POSS)
                || p.is("to")
                || p.tags.only(Tags::ADV, Tags::NOUN | Tags::ADJ)
        })
    {
        return false;
    }
    // A question about a thing fronted (`which reading would you suggest to go deeper?`): `to` says a purpose.
    if (1..=6).any(|k| a.at(i, -k).is_some_and(|q| q.is_any(&["which", "what"]))) {
        return false;
    }
    let p_is_be = |p: &Word| p.tags.any(Tags::BE);
    !p.is_some_and(|p| {
        p.tags.any(Tags::DET | Tags::POSS | Tags::ADJ) && !p.tags.any(Tags::PRON | Tags::ADV)
            || p_is_be(p)
            || p.tags.any(Tags::NEG) && a.at(i, -2).is_some_and(p_is_be)
    })
}

/// A bare infinitive after `to`: a [`bare_verb`] that is no -ing, past, third-person or plural form.
fn bare_infinitive(w: &Word) -> bool {
    bare_verb(w) && !w.tags.any(Tags::VERB_ING | Tags::VERB_PAST | Tags::VERB_3SG | Tags::NOUN_PL)
}

/// A bare verb after `to`: a verb form the lexicon knows as a verb, not a word that starts a noun phrase.
fn bare_verb(w: &Word) -> bool {
    w.tags.any(Tags::VERB)
        && !w.tags.any(Tags::DET | Tags::POSS | Tags::PRON | Tags::OBJ | Tags::FUNCTION | Tags::DIGITS | Tags::TIME)
        && !w.is_name_like()
}

impl Rule for VerbPattern {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for (i, w) in a.words.iter().enumerate() {
            // `avoid to use` → `avoid using` (the cheap tests first: most words are not before `to`).
            if let (Some(to), Some(v)) = (a.at(i, 1), a.at(i, 2))
                && to.is("to")
                && bare_verb(v)
                && takes_gerund(a, i)
                && !v.tags.any(Tags::VERB_ING | Tags::VERB_PAST | Tags::VERB_3SG)
            {
                let ing = regular_forms(&v.lower).2;
                let found = &text[to.span.start..v.span.end];
                let message = format!("‘{}’ takes the -ing form: ‘{} {ing}’, not ‘{found}’", w.lower, w.lower);
                out.extend(finding(cx, &META, to.span.start..v.span.end, message, &[ing]));
                continue;
            }
            // `The system allows to book online`: `allow`, `permit` and `enable` take an object before `to` (`allows
            // you to book`) or the -ing form (`allows booking`); the passive has its subject (`we are allowed to`).
            if w.is_any(&["allow", "allows", "permit", "permits", "enable", "enables"])
                && let (Some(to), Some(v)) = (a.at(i, 1), a.at(i, 2))
                && to.is("to")
                && to.joined
                && v.joined
                && bare_infinitive(v)
            {
                let ing = regular_forms(&v.lower).2;
                let message = format!(
                    "‘{}’ takes an object before ‘to’ (‘{} you to {}’) or the -ing form (‘{} {ing}’)",
                    w.lower, w.lower, v.lower, w.lower
                );
                let verb = &text[w.span.clone()];
                let rights = [format!("{verb} you to {}", &text[v.span.clone()]), format!("{verb} {ing}")];
                out.extend(finding(cx, &META, w.span.start..v.span.end, message, &rights));
                continue;
            }
            // `we are looking for to sell` → `looking to sell`: `for` and the infinitive's `to` never stand
            // together in standard English.
            if w.is("for")
                && let (Some(to), Some(v)) = (a.at(i, 1), a.at(i, 2))
                && to.is("to")
                && !to.compound_next
                && bare_infinitive(v)
            {
                let message = "‘for to’ before a verb: the infinitive needs only ‘to’".to_string();
                out.extend(finding(cx, &META, w.span.start..to.span.end, message, &["to".to_string()]));
                continue;
            }
            // `I'm thinking to start my own firm` → `thinking of starting`: `think` in the progressive takes
            // `of` and the -ing form (`I didn't think to ask`, a past, is right).
            if w.is("thinking")
                && a.at(i, -1).is_some_and(|b| {
                    b.tags.any(Tags::BE) || b.is_any(&["i'm", "we're", "you're", "they're", "he's", "she's"])
                })
                && let (Some(to), Some(v)) = (a.at(i, 1), a.at(i, 2))
                && to.is("to")
                && bare_infinitive(v)
            {
                let ing = regular_forms(&v.lower).2;
                let message = format!("‘thinking’ of a plan takes ‘of’ and the -ing form: ‘thinking of {ing}’");
                out.extend(finding(cx, &META, to.span.start..v.span.end, message, &[format!("of {ing}")]));
                continue;
            }
            // `let me to know` → `let me know`; `made you to choose` → `made you choose`.
            if w.is_any(&["let", "lets", "letting", "make", "makes", "made", "making"])
                && !w.is_name_like()
                && let (Some(person), Some(to), Some(v)) = (a.at(i, 1), a.at(i, 2), a.at(i, 3))
                && person.is_any(&["me", "us", "you", "him", "her", "them"])
                && to.is("to")
                && bare_infinitive(v)
            {
                let message = format!("‘{}’ takes the bare verb: ‘{} {} {}’", w.lower, w.lower, person.lower, v.lower);
                out.extend(finding(cx, &META, to.span.start..v.span.end, message, &[text[v.span.clone()].to_string()]));
                continue;
            }
            // `I enjoyed very much your workshop` → `really enjoyed your workshop`: `very much` does not stand
            // between a verb and its object; before it, a verb of liking takes `really` (or `very much` after
            // the object). Not before `to` or a clause (`I would like very much to join`).
            if w.is_any(LIKING)
                && !w.is_name_like()
                && let (Some(very), Some(much), Some(det)) = (a.at(i, 1), a.at(i, 2), a.at(i, 3))
                && very.is("very")
                && very.joined
                && much.is("much")
                && much.joined
                && det.joined
                && det.tags.any(Tags::DET | Tags::POSS)
                && !det.tags.any(Tags::PREP)
            {
                let right = format!("really {}", &text[w.span.clone()]);
                let message = format!(
                    "‘very much’ does not go between ‘{}’ and its object: ‘{right} {}…’ (or ‘very much’ after the object)",
                    w.lower, det.lower
                );
                out.extend(finding(cx, &META, w.span.start..much.span.end, message, &[right]));
                continue;
            }
            // `I liked very much.` → `liked it very much`: a verb of liking needs its object, and `very much` or
            // `a lot` ending the sentence leaves none (not a passive: `it was liked very much`; not `love`, which
            // may stand alone: `I love very much`).
            if w.is_any(LIKING)
                && !w.is_any(&["love", "loved", "loves"])
                && !w.is_name_like()
                && w.joined
                && a.at(i, -1).is_some_and(|p| p.is_any(&["i", "we", "they", "you", "he", "she"]))
                && let (Some(x), Some(y)) = (a.at(i, 1), a.at(i, 2))
                && x.joined
                && y.joined
                && (x.is("very") && y.is("much") || x.is("a") && y.is("lot"))
                && (text[y.span.end..].trim_start().starts_with(['.', '!', '?'])
                    || text[y.span.end..].trim().is_empty())
            {
                let right = format!("{} it", &text[w.span.clone()]);
                let message = format!("‘{}’ needs its object: ‘{right} {} {}’", w.lower, x.lower, y.lower);
                out.extend(finding(cx, &META, w.span.clone(), message, &[right]));
                continue;
            }
            // `Thank you to answer my question` → `for answering`: thanks are for something done, in the -ing form
            // (not `thank you to everyone`, `thank you to all who came`).
            if w.is("you")
                && a.at(i, -1).is_some_and(|t| t.is_any(&["thank", "thanks"]))
                && let (Some(to), Some(v), Some(obj)) = (a.at(i, 1), a.at(i, 2), a.at(i, 3))
                && to.is("to")
                && to.joined
                && v.joined
                && bare_infinitive(v)
                && obj.joined
                && (obj.tags.any(Tags::DET | Tags::POSS) || obj.is_any(&["me", "us", "him", "them"]))
                && !obj.tags.any(Tags::PREP)
            {
                let ing = regular_forms(&v.lower).2;
                let message = format!("‘thank you’ takes ‘for’ and the -ing form: ‘thank you for {ing}’");
                out.extend(finding(cx, &META, to.span.start..v.span.end, message, &[format!("for {ing}")]));
                continue;
            }
            // `you gave to me your card`, `she sent to us the slides`: a verb of giving or sending puts its person
            // straight after it when the thing follows (`gave me your card`; `gave your card to me`).
            // (The verb's list last: its look-up of the verb's base is the costly test.)
            if let (Some(to), Some(person), Some(det)) = (a.at(i, 1), a.at(i, 2), a.at(i, 3))
                && to.is("to")
                && to.joined
                && person.joined
                && person.is_any(&["me", "us", "him", "them"])
                && det.joined
                && det.tags.any(Tags::DET | Tags::POSS)
                && !det.tags.any(Tags::PRON | Tags::PREP)
                && !det.is_any(&["that", "this", "what"])
                && w.tags.any(Tags::VERB | Tags::VERB_PAST | Tags::VERB_3SG | Tags::VERB_ING)
                && !w.is_name_like()
                && super::possessive_apostrophe::takes_two_objects(&w.lower)
            {
                let right = format!("{} {}", &text[w.span.clone()], person.lower);
                let message = format!(
                    "‘{}’ takes its person straight after it: ‘{right} {}…’ (or ‘… to {}’ at the end)",
                    w.lower, det.lower, person.lower
                );
                out.extend(finding(cx, &META, w.span.start..person.span.end, message, &[right]));
                continue;
            }
            // `Like I said you,` / `he said me that…` → told: `say` takes no person as its object (`said to me`).
            // `you` only before punctuation or `that` (`I said you were right` has `you` as a subject).
            if let Some(told) = told_for(&w.lower)
                && !w.is_name_like()
                && let Some(person) = a.at(i, 1)
                && person.joined
                && (person.is_any(&["me", "us", "them"])
                    || person.is("you") && a.at(i, 2).is_none_or(|n| !n.joined || n.sentence_start || n.is("that")))
            {
                let right = format!("{told} {}", person.lower);
                let message = format!(
                    "‘{}’ takes no person as its object: ‘{right}’ (or ‘{} to {}’)",
                    w.lower, w.lower, person.lower
                );
                let span = w.span.start..person.span.end;
                out.extend(finding(cx, &META, span, message, &[right]));
            }
        }
    }
}

/// Verbs of liking, in their forms, that `very much` intensifies (`I enjoyed your talk very much`).
const LIKING: &[&str] = &[
    "enjoy",
    "enjoyed",
    "enjoys",
    "like",
    "liked",
    "likes",
    "love",
    "loved",
    "loves",
    "appreciate",
    "appreciated",
    "appreciates",
    "admire",
    "admired",
    "admires",
];

/// The form of `tell` for a form of `say`.
fn told_for(say: &str) -> Option<&'static str> {
    Some(match say {
        "say" => "tell",
        "says" => "tells",
        "said" => "told",
        "saying" => "telling",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "verb-pattern";

    #[test]
    fn allow_takes_an_object_before_to() {
        let d = check_text(ID, "The new system permits to book appointments online. It allows to track orders.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["permits you to book", "allows you to track"]);
        assert_clean(ID, "It allows you to book; we are allowed to park; it allows booking; it enables us to grow.");
    }

    #[test]
    fn flags_to_after_a_gerund_verb() {
        assert_flags(ID, "I avoid to use jargon. We enjoyed to work with you. I suggest to meet next week.", 3);
        assert_flags(ID, "Please consider to review my portfolio; I recommend to use Terraform.", 2);
        let d = check_text(ID, "I avoid to use jargon.");
        assert_eq!(d[0].suggestions[0].replacement, "using");
        assert!(!d[0].suggestions[0].safe);
    }

    #[test]
    fn flags_for_to_and_thinking_to() {
        assert_flags(ID, "We are looking for to sell directly to processors.", 1);
        let d = check_text(ID, "I'm thinking to start my own operation.");
        assert_eq!(d[0].suggestions[0].replacement, "of starting");
        assert_clean(ID, "We are looking for to-do apps; I didn't think to ask; thinking to myself; looking to sell.");
    }

    #[test]
    fn say_takes_no_person() {
        assert_flags(ID, "Like I said you, I started in sales. He said me that the job was open.", 2);
        let d = check_text(ID, "As I said you, it works.");
        assert_eq!(d[0].suggestions[0].replacement, "told you");
        assert_clean(ID, "I said you were right. She said to me that it works. Say you will; I said your name.");
    }

    #[test]
    fn very_much_goes_after_the_object() {
        assert_flags(ID, "I enjoyed very much your workshop in Graz. We liked very much the tour.", 2);
        let d = check_text(ID, "I watched your talk and I liked very much. We enjoyed a lot!");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["liked it", "enjoyed it"]);
        assert_clean(ID, "I liked it very much. It was liked very much. They would like very much to come.");
        let d = check_text(ID, "Thank you to answer my question. Thanks you to share this.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["for answering", "for sharing"]);
        assert_clean(ID, "Thank you to everyone who came; thank you to all the staff; thank you to support staff.");
        let d = check_text(ID, "We met in Kigali and you gave to me your card. She sent to us the slides.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["gave me", "sent us"]);
        assert_clean(
            ID,
            "You gave me your card; she sent the slides to us; he explained to me the plan; gave to me that day.",
        );
        let d = check_text(ID, "I appreciate very much your help.");
        assert_eq!(d[0].suggestions[0].replacement, "really appreciate");
        assert_clean(ID, "I enjoyed your workshop very much. I would like very much to join. I liked it very much.");
        assert_clean(ID, "Thank you very much for the tour; I love very much, and often.");
    }

    #[test]
    fn flags_to_after_let_and_make() {
        assert_flags(ID, "Please let me to know. What made you to choose Lisbon? It makes us to feel safe.", 3);
        let d = check_text(ID, "Let me to know.");
        assert_eq!(d[0].suggestions[0].replacement, "know");
    }

    #[test]
    fn accepts_passives_people_nouns_and_purpose() {
        assert_clean(
            ID,
            "It is considered to be the best; it is not recommended to use it; I was made to feel welcome.",
        );
        assert_clean(ID, "I suggested to the team that we wait; I recommend to colleagues; postponed to Monday.");
        assert_clean(
            ID,
            "The risk to patients; a delay to the project; I have a good mind to call; I quit to join Acme.",
        );
        assert_clean(ID, "I avoid using jargon; let me know; make it to the final; let them to their work.");
        assert_clean(ID, "Adhered to Test-Driven Development practices to increase stability; risks to avoid.");
        assert_clean(ID, "Which reading would you suggest to go deeper? What would you recommend to start?");
    }
}
