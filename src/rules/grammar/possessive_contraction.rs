//! `possessive-contraction`: a possessive where a contraction belongs and back: its/it's,
//! your/you're, their/there/they're, whose/who's, decided by the word classes around it.

use foldhash::{HashMap, HashSet};
use std::sync::OnceLock;

use super::context::{finding, prose_analysis, punctuation_after, word_list};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::Tags;
use crate::text::{Analysis, Word};

pub struct PossessiveContraction;

static META: RuleMeta = RuleMeta {
    id: "possessive-contraction",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "its/it's, your/you're, their/there/they're, whose/who's, our/are mixed up",
    description: "What it does: looks at the words around `its`, `it's`, `your`, `you're`, `their`, `there`, \
`they're`, `whose` and `who's`. A possessive must be followed by a noun phrase (`its revenue`, `your brand`); a \
contraction is a subject and a verb (`it's been`, `you're looking`). So `its been`, `your interested in`, \
`their are`, `whose worked with` and `it's revenue`, `you're audience`, `with there homes`, `reduce there AWS bill`, \
`who's clients`, and `are` with no subject before a noun (`we should meet are team`, `me to rewrite are checks` → our) are \
reported, and so are a contraction after a preposition (`more about it's pricing`, `congrats on you're first \
win`), `their` before `any`, an article, a preposition or a full stop (`Are their any…`, `I was their at the \
fair`), `their`/`there` + a degree word + an adjective (`Their so much easier`, `and there very insightful`), \
`there` + a noun + `of` or a verb opening a clause (`there demo of the robot was…`), `your` before a verb \
(`Your were recommended`) or before `still`/`now` + an -ing verb, `hope your well`, `if your open to it`, `when your back from Leeds`, `its \
worth the queue`, and `its` + an adjective ending the clause (`and its fast, the drivers like it`), and so are `your clearly someone who…`/`your clearly passionate about` (an adverb in -ly, then an \
article or a predicate; not `your clearly written report`), `its so much easier` and, opening a clause, `their \
always quoting your advice` (not the possessive gerund `I like their always being on time`), `there still talking \
about it` → they're, `what your seeing` → you're, `Your spot on about…`/`their spot on.` → You're/they're, `brands \
like your grow` → yours, `how its affecting transit` → it's, `its Danielle from…` → it's, `the work your doing.` → \
you're. Word classes come from the project's lexicon (Hunspell en_US affix flags and a closed-class list).\n\
Why: these are the slips recruiters notice first, and a spell checker cannot see them.\n\
Use instead: the suggested word (not applied automatically: read the sentence again).",
    flags: &[
        "Its been ten years since I opened my first salon.",
        "The bakery tripled it's revenue in a year.",
        "Let me know if your interested in a partnership.",
        "I help you grow you're audience.",
        "Their are few things I enjoy more than teaching.",
        "Clients trust me with there homes.",
        "I coach leaders who's teams are growing fast.",
        "An editor whose worked with Penguin.",
        "Are their any openings in your team?",
        "Congrats on you're first marathon!",
    ],
    accepts: &[
        "The bakery tripled its revenue; it's been a good year.",
        "I thought of you given your clinics in Porto.",
        "Let me know if you're interested in your next role.",
        "It's time to grow; you're welcome to call.",
        "There are clients who trust me with their homes and worked there years ago.",
        "I coach leaders whose teams grow; who's hiring?",
        "Its very own design team and its trusted brand.",
        "Their own team was there at the fair; it proved its worth.",
    ],
    default_enabled: true,
};

fn allowed_after_contraction() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../../../dictionaries/grammar/after-contraction.txt")))
}

/// The class of a verb whose object decides the possessive (`dictionaries/grammar/possessive-verbs.tsv`):
/// `object`, `two-objects`, `perception` or `clause`.
pub(super) fn verb_class(w: &Word) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        crate::rules::lexicon::rows(include_str!("../../../dictionaries/grammar/possessive-verbs.tsv"))
            .map(|r| (crate::rules::lexicon::col(&r, 0), crate::rules::lexicon::col(&r, 1)))
            .collect()
    })
    .get(w.lower.as_str())
    .copied()
}

/// A word that can only be a noun (or a bare verb): nothing a contraction's verb could take.
fn noun_only(w: &Word) -> bool {
    let t = w.tags;
    t.any(Tags::NOUN | Tags::NOUN_PL | Tags::VERB | Tags::VERB_3SG)
        && !t.any(
            Tags::ADJ
                | Tags::ADJ_CMP
                | Tags::ADJ_SUP
                | Tags::ADV
                | Tags::VERB_ING
                | Tags::VERB_PART
                | Tags::VERB_PAST
                | Tags::FUNCTION
                | Tags::DIGITS,
        )
        && !w.is_name_like()
        && !allowed_after_contraction().contains(w.lower.as_str())
}

/// [`noun_only`] for the word at `k`, unless it is a noun of the dictionary that English uses only as an adjective
/// and nothing of a noun phrase follows it (`It's brilliant.`, `you're valuable to us`; but `it's brilliant
/// design` is still `its`).
fn noun_at(a: &Analysis, k: usize) -> bool {
    let w = &a.words[k];
    noun_only(w)
        && !(crate::text::word_class::is_noun_adjective(w.lower.as_str())
            && a.at(k, 1).is_none_or(|n| {
                !n.joined
                    || n.sentence_start
                    || !n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
                    || n.tags.any(Tags::FUNCTION)
            }))
}

/// Words after `you` that are not the noun of a missing `your`: `you all`, `you guys`, `with you here`;
/// and the participles used as prepositions (`thought of you given your clinics`, `you included`).
const NOT_NOUNS_AFTER_YOU: &[&str] = &[
    "given",
    "including",
    "included",
    "considering",
    "regarding",
    "following",
    "concerning",
    "pending",
    "all",
    "both",
    "guys",
    "folks",
    "so",
    "too",
    "there",
    "here",
    "home",
    "back",
    "first",
    "last",
    "once",
    "later",
    "today",
    "yesterday",
    "tomorrow",
];

/// Nothing more in the clause, or a word that cannot continue a noun phrase.
fn phrase_ends(next: Option<&Word>) -> bool {
    next.is_none_or(|w| {
        w.tags.any(Tags::PREP | Tags::DET | Tags::POSS | Tags::SUB | Tags::CONJ | Tags::OBJ | Tags::ADV)
            && !w.tags.any(Tags::NOUN | Tags::NOUN_PL)
            || w.is("to")
            // A time adverbial after the phrase (`about you article last week`).
            || w.is_any(&["last", "next"])
    })
}

/// A verb form or an adjective that is not a noun: what follows "it's", "you're", "they're".
fn predicate_word(w: &Word) -> bool {
    let t = w.tags;
    t.any(Tags::ADJ | Tags::VERB_ING | Tags::VERB_PART | Tags::VERB_PAST)
        && !t.any(Tags::NOUN | Tags::NOUN_PL | Tags::FUNCTION)
        && !w.is_name_like()
}

/// Prepositions that take a noun phrase and are not also a particle of a phrasal verb, a conjunction or a
/// comparison (`to`, `than`, `like`, `as`, `up`, `out`, `over`).
const OBJECT_PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "with", "for", "from", "into", "onto", "about", "by", "at", "through", "within", "without",
    "across", "during", "among", "between", "behind", "under", "towards", "toward", "via", "despite", "upon",
];

/// The word at `i` comes right after a preposition that takes a noun phrase: `congrats on you're first win`,
/// `more about it's pricing`. Not `how about it's…`, `what about…` (a clause may follow), nor a particle
/// after an object pronoun (`turn it on it's fine`).
fn after_object_preposition(a: &Analysis, i: usize) -> bool {
    let Some(p) = a.at(i, -1) else { return false };
    let w = &a.words[i];
    if !w.joined || !p.is_any(OBJECT_PREPOSITIONS) {
        return false;
    }
    let p2 = a.at(i, -2);
    !p2.is_some_and(|q| q.is_any(&["how", "what", "it", "them", "him", "her", "me", "us"]))
}

/// What may follow a possessive after a preposition: a noun, an adjective, a number or a gerund (`about it's
/// pricing model`, `on you're first win`), not a verb form or a word that only a contraction takes.
fn possessive_object_word(n: &Word) -> bool {
    n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::ADJ_CMP | Tags::ADJ_SUP | Tags::VERB_ING | Tags::NUM)
        && !n.tags.any(Tags::VERB_PART | Tags::VERB_PAST | Tags::BE | Tags::MODAL | Tags::NEG)
        && !n.is_any(AFTER_CONTRACTION_ALWAYS)
        && n.joined
}

/// Degree words that stand before an adjective in a predicate (`they're so helpful`, `very insightful`).
const DEGREE_WORDS: &[&str] = &["so", "very", "really", "quite", "super", "extremely", "always"];

/// An adjective, or what the lexicon cannot call one though it is (`insightful` has only its -ly and -ness
/// flags): a known word that is no noun, verb, adverb or function word, and no name.
fn adjective_like(m: &Word) -> bool {
    !m.is_name_like()
        && (m.tags.any(Tags::ADJ | Tags::ADJ_CMP)
            || m.tags.any(Tags::KNOWN)
                && !m.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ANY_VERB | Tags::FUNCTION | Tags::ADV))
}

/// -ing forms the lexicon also lists as nouns that are hardly ever a noun after a possessive (`what your doing`,
/// `what your seeing on the ground`).
const ING_RARELY_NOUNS: &[&str] =
    &["doing", "seeing", "saying", "getting", "making", "trying", "asking", "going", "looking", "hoping", "expecting"];

const AFTER_CONTRACTION_ALWAYS: &[&str] =
    &["been", "not", "a", "an", "the", "going", "always", "never", "also", "still", "just", "gonna"];

fn check_word(text: &str, a: &Analysis, i: usize) -> Option<(&'static str, String)> {
    let w = &a.words[i];
    let n1 = a.at(i, 1);
    let n2 = a.at(i, 2);
    let p1 = a.at(i, -1);
    let next_is = |ws: &[&str]| n1.is_some_and(|n| n.is_any(ws));
    // `startups like your to scale`, `a team like our.`: a possessive with no noun after it, where the possessive
    // pronoun belongs (`yours`, `ours`, `theirs`).
    if let Some(pronoun) = match w.lower.as_str() {
        "your" => Some("yours"),
        "our" => Some("ours"),
        "their" => Some("theirs"),
        _ => None,
    } && !w.sentence_start
        && p1.is_some_and(|p| p.is_any(&["like", "than", "of", "as"]))
        && (n1.is_some_and(|n| {
            n.joined
                && n.is("to")
                && n2.is_some_and(|v| v.joined && v.tags.any(Tags::VERB) && !v.tags.any(Tags::FUNCTION | Tags::DET))
        }) || n1.is_none_or(|n| n.sentence_start) && punctuation_after(text, &w.span)
            // `small brands like your grow`: a word that is only a verb, which no possessive takes.
            || n1.is_some_and(|n| {
                n.joined
                    && n.tags.any(Tags::VERB)
                    && !n.tags.any(
                        Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::ADV | Tags::FUNCTION | Tags::VERB_ING | Tags::VERB_PAST,
                    )
                    && !n.is_name_like()
            }))
    {
        return Some((pronoun, format!("with no noun after it the possessive is ‘{pronoun}’")));
    }
    match w.lower.as_str() {
        "its" => {
            let n = n1?;
            // `Hey Ray, its Danielle from the terminal`: a name after `its` (inside the sentence) and then `from`,
            // `here` or the end: `it's` (a possessive never comes before a person's name).
            if n.joined
                && !w.all_caps
                && n.capitalized
                && !n.all_caps
                && !n.sentence_start
                && !n.tags.any(Tags::FUNCTION)
                && (a.at(i, 2).is_none_or(|m| !m.joined)
                    || a.at(i, 2).is_some_and(|m| m.is_any(&["from", "here", "again"])))
            {
                return Some(("it's", "‘its’ is the possessive; ‘it's’ means ‘it is’".into()));
            }
            // "its a", "its an" are `confused-words` entries: one finding, not two.
            if n.is_any(&["a", "an"]) {
                return None;
            }
            // An adverb before the predicate (`its really similar to…`), not before a noun phrase (`its
            // very own design team`).
            let adverb_then_predicate = n.tags.only(Tags::ADV, Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
                && n2.is_some_and(predicate_word)
                && phrase_ends(a.at(i, 3));
            // An adjective that is not also a verb, then `to` and a verb: `its great to see…`, `its hard to
            // say` (not `its right to appeal`: `right` is also a verb, and a noun here).
            let adjective_to_verb = n.tags.any(Tags::ADJ)
                && !n.tags.any(Tags::ANY_VERB | Tags::FUNCTION)
                && n2.is_some_and(|w| w.is("to"))
                && a.at(i, 3).is_some_and(|w| w.tags.any(Tags::VERB) && !w.tags.any(Tags::FUNCTION));
            // `so` before an adjective that ends the phrase is a degree word (`its so rare to find`); a
            // possessive is never followed by it (`so-called` is a compound, not a predicate).
            // The same for `very`, `really`, `quite`, `extremely` (`Its very interesting for me`).
            let so_then_predicate = n.is_any(&["so", "very", "really", "quite", "extremely"])
                && n2.is_some_and(|w| predicate_word(w) && !w.is("called"))
                && phrase_ends(a.at(i, 3));
            // A focusing adverb before a number or an article: `its only 15 minutes`, `its just a demo`
            // (not `its only customer`, a noun phrase).
            let focus_then_amount = n.is_any(&["only", "just", "literally", "barely", "nearly", "almost"])
                && n2.is_some_and(|w| w.tags.any(Tags::DIGITS) || w.is_any(&["a", "an", "one", "the"]));
            // `its so much easier`, `its so many steps`: a possessive never comes before `so much`.
            let so_much = n.is("so") && n2.is_some_and(|w| w.is_any(&["much", "many"]));
            // `its worth the queue`, `its worth it`, `its worth checking`: the noun `worth` ends its phrase
            // (`proved its worth.`); before an object it is the adjective of `it is worth`.
            let worth_object = n.is("worth")
                && n2.is_some_and(|m| {
                    m.joined
                        && (m.tags.any(Tags::DET | Tags::POSS | Tags::VERB_ING | Tags::DIGITS)
                            || m.is_any(&["it", "every", "a", "an", "the"]))
                        && !m.is("of")
                });
            // Opening a clause, an adjective that ends it: `and its fast, the drivers like it`, `Its great!`
            // (a possessive's noun ends a phrase only after a verb or a preposition: `broke its fast`).
            let opens = w.sentence_start || !w.joined || p1.is_some_and(|p| p.tags.any(Tags::CONJ | Tags::SUB));
            let adjective_ends_clause = opens
                && n.joined
                && n.tags.any(Tags::ADJ)
                && !n.tags.any(Tags::ADJ_SUP | Tags::FUNCTION | Tags::NUM | Tags::VERB_ING | Tags::VERB_PAST)
                && !n.is_any(&["own", "best", "worst", "first", "last", "next", "final", "chief", "principal"])
                && !n.is_name_like()
                && n2.is_none()
                && punctuation_after(text, &n.span);
            // Opening a clause, an adjective and then a clause of its own: `its clear your clinic is growing`, `its
            // great that you…` (a possessive's noun phrase never goes on with `your` or `that`).
            let adjective_then_clause = opens
                && n.joined
                && n.tags.any(Tags::ADJ)
                && !n.tags.any(Tags::ADJ_SUP | Tags::FUNCTION | Tags::NUM)
                && !n.is_any(&["own", "first", "last", "next", "only", "very"])
                && n2.is_some_and(|m| {
                    m.joined && m.is_any(&["that", "your", "you", "we", "they", "i", "he", "she", "our", "my", "their"])
                });
            // Opening a sentence, a degree word, an adjective and a noun phrase with no verb anywhere after it in
            // the clause: `Its very important topic for us.` can only be `It's (a) very important topic`; `Its
            // very own team works…` has its verb.
            let degree_phrase_without_verb = w.sentence_start
                && n.is_any(&["very", "so", "really", "quite", "extremely", "such"])
                && n2.is_some_and(|m| m.tags.any(Tags::ADJ) && !m.is_any(&["own", "first", "last", "next", "only"]))
                && a.clause_from(i)[1..].iter().all(|m| {
                    !m.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL | Tags::DO | Tags::VERB_3SG | Tags::VERB_PAST)
                });
            // A participle and then its object pronoun: `Its given me a lot to think about`, `its helped us` (a
            // possessive's noun phrase never goes on with `me` or `us`).
            let participle_object = n.joined
                && n.tags.any(Tags::VERB_PART)
                && !n.tags.any(Tags::FUNCTION)
                && n2.is_some_and(|m| m.joined && m.is_any(&["me", "us", "him", "them"]));
            // `Its something our unit still does badly`: a possessive never stands before an indefinite pronoun.
            let indefinite = n.joined && n.is_any(&["something", "nothing", "everything", "anything"]);
            // `how its affecting transit times`: opening a clause, an -ing form that is no noun and an object
            // after it (`how its marketing team works` has a noun).
            let progressive_with_object = opens
                && n.joined
                && n.tags.any(Tags::VERB_ING)
                && !n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::FUNCTION)
                && !n.is_name_like()
                && n2.is_some_and(|m| {
                    m.joined
                        && (m.tags.any(Tags::DET | Tags::POSS | Tags::OBJ | Tags::NOUN_PL | Tags::NOUN | Tags::ADJ))
                        && !m.tags.any(Tags::VERB_3SG | Tags::BE | Tags::MODAL)
                });
            let contraction = n.is_any(AFTER_CONTRACTION_ALWAYS)
                || progressive_with_object
                || indefinite
                || participle_object
                || degree_phrase_without_verb
                || adjective_then_clause
                || worth_object
                || adjective_ends_clause
                || so_much
                || focus_then_amount
                || so_then_predicate
                || (predicate_word(n) && phrase_ends(n2))
                || adverb_then_predicate
                || adjective_to_verb
                || (n.is("time") && n2.is_some_and(|w| w.is("to")));
            contraction.then(|| ("it's", "‘its’ is the possessive; ‘it's’ means ‘it is’ or ‘it has’".into()))
        }
        "it's" => {
            let n = n1?;
            // A number after it is what it is (`It's eight members`, `it's 5 years since…`).
            if n.tags.any(Tags::NUM | Tags::DIGITS) {
                return None;
            }
            // The first part of a compound that ends the phrase is a predicate (`it's volunteer-run, but…`,
            // `it's family-owned`), not a noun after a possessive.
            let compound_predicate = n.compound_next && {
                // The parts after the first are not `joined` (a hyphen stands between): walk the words.
                let mut j = i + 1;
                while a.words[j].compound_next && j + 1 < a.words.len() {
                    j += 1;
                }
                !a.words[j].tags.only(Tags::NOUN | Tags::NOUN_PL, Tags::ADJ | Tags::ANY_VERB) && phrase_ends(a.at(j, 1))
            };
            if noun_at(a, i + 1) && !n.is("own") && !compound_predicate {
                return Some((
                    "its",
                    format!("‘it's’ means ‘it is’; before the noun ‘{}’ the possessive is ‘its’", n.lower),
                ));
            }
            // After a preposition (`with it's new owners`), or before a noun phrase that a verb then follows
            // (`it's new evaluation framework was great`): `it is` can be neither.
            let after_prep =
                p1.is_some_and(|p| p.tags.any(Tags::PREP) && !p.is_any(&["to", "than", "like", "as", "about", "what"]));
            let noun_phrase_then_verb = || {
                let mut k = 1;
                while a.at(i, k).is_some_and(|w| w.tags.only(Tags::ADJ, Tags::FUNCTION | Tags::ADV)) {
                    k += 1;
                }
                let adjectives = k > 1;
                let first_noun = k;
                while a.at(i, k).is_some_and(|w| {
                    w.tags.only(Tags::NOUN | Tags::NOUN_PL, Tags::FUNCTION | Tags::ADJ | Tags::ADV | Tags::ANY_VERB)
                        && !w.is_name_like()
                }) {
                    k += 1;
                }
                adjectives
                    && k > first_noun
                    && a.at(i, k).is_some_and(|v| {
                        v.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL) && !v.is_any(&["be", "been", "being", "having"])
                    })
            };
            // `it's data is useful`, `it's scrapping was overdue`: one noun (or gerund, or a word with no class)
            // and at once a finite `be`/`have` (`it is data is` says nothing).
            let word_then_verb = !n.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::ADV | Tags::DIGITS)
                && (n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::VERB_ING) || n.tags == Tags::KNOWN)
                && !n.is_name_like()
                && !n.compound_next
                && n2.is_some_and(|v| v.joined && v.is_any(&["is", "was", "has", "are", "were", "had"]));
            if word_then_verb {
                return Some(("its", "‘it's’ means ‘it is’; before a noun phrase the possessive is ‘its’".to_string()));
            }
            let in_clause = |k: isize| a.at(i, k).is_some_and(|w| !w.sentence_start);
            let adjective_noun =
                n.tags.only(Tags::ADJ, Tags::FUNCTION | Tags::ADV | Tags::ANY_VERB) && n2.is_some_and(noun_only);
            let object_of_preposition = after_object_preposition(a, i) && possessive_object_word(n);
            // `your cooperative and it's new drying beds in Minas`: a noun, `and`, then describing words and a plural
            // that ends the phrase (`it is new drying beds` is no English; `it's great fun`, a singular, is).
            let joined_plural = p1.is_some_and(|p| p.is("and"))
                && a.at(i, -2).is_some_and(|x| x.tags.any(Tags::NOUN | Tags::NOUN_PL) && !x.tags.any(Tags::FUNCTION))
                && {
                    let mut k = 1;
                    while k <= 3
                        && a.at(i, k).is_some_and(|w| {
                            w.tags.any(Tags::ADJ | Tags::VERB_ING | Tags::NOUN)
                                && !w.tags.any(Tags::FUNCTION | Tags::NOUN_PL)
                                && !w.is_name_like()
                        })
                    {
                        k += 1;
                    }
                    k > 1
                        && a.at(i, k).is_some_and(|h| {
                            h.tags.any(Tags::NOUN_PL)
                                && !h.tags.any(Tags::FUNCTION | Tags::VERB_3SG)
                                && !h.is_name_like()
                        })
                        && phrase_ends(a.at(i, k + 1))
                };
            (after_prep && adjective_noun
                || object_of_preposition
                || joined_plural
                || in_clause(1) && noun_phrase_then_verb())
            .then(|| ("its", "‘it's’ means ‘it is’; before a noun phrase the possessive is ‘its’".to_string()))
        }
        "your" => {
            let n = n1?;
            // After a preposition or a verb that takes a noun phrase (`about your reporting on…`,
            // `I enjoyed your reporting on…`), `your` begins the object: a possessive.
            let object_of = p1.is_some_and(|p| {
                (p.tags.any(Tags::PREP) && !p.is("to"))
                    || p.is("like")
                    || matches!(verb_class(p), Some("object" | "two-objects"))
                    // A gerund after a verb that takes a noun phrase, not a clause (`support your hiring`,
                    // but `I know your busy`): the verb's object, so `your` is the possessive.
                    || p.tags.any(Tags::VERB | Tags::VERB_3SG | Tags::VERB_PAST)
                        && !p.tags.any(Tags::FUNCTION)
                        && !matches!(verb_class(p), Some("clause" | "perception"))
                        && n.tags.any(Tags::VERB_ING)
            });
            // After a verb that takes a clause (`hope`, `know`), `your` + an -ing form before an adverb,
            // an article or an object is `you're` and a progressive (`hope your doing well`, `I know your
            // hiring a`); before a verb it is a possessive gerund (`hope your hiring goes well`).
            let clause_progressive = p1.is_some_and(|p| matches!(verb_class(p), Some("clause")))
                && n.tags.any(Tags::VERB_ING)
                && n2.is_some_and(|m| {
                    m.tags.any(Tags::ADV | Tags::DET | Tags::POSS | Tags::OBJ)
                        && !m.tags.any(Tags::NOUN_PL | Tags::VERB_3SG | Tags::VERB_PAST)
                });
            // An adverb in -ly before an article, `someone`, or an adjective that ends its phrase or takes a
            // preposition: `your clearly someone who…`, `your clearly passionate about…` (not `your clearly
            // written report`, a noun phrase).
            let adverb_then_predicate = !n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ANY_VERB | Tags::FUNCTION)
                && n.lower.len() > 4
                && n.lower.ends_with("ly")
                && !n.is_name_like()
                && n2.is_some_and(|m| {
                    // After the adverb an adjective that is a noun too is the predicate (`your definitely right
                    // about it`, `your really good at this`) when its phrase ends there.
                    let adjective =
                        predicate_word(m) || m.tags.any(Tags::ADJ) && !m.tags.any(Tags::FUNCTION) && !m.is_name_like();
                    m.is_any(&["a", "an", "the", "someone", "somebody", "one", "not"])
                        || adjective && (phrase_ends(a.at(i, 3)) || a.at(i, 3).is_some_and(|x| x.tags.any(Tags::PREP)))
                });
            // `Your spot on about the delays`: `spot on` (exactly right) is a predicate; the possessive's `spot`
            // (`your spot on the list`) takes a noun phrase after `on`. (`their spot on` in the `their` arm.)
            if n.joined
                && n.is("spot")
                && n2.is_some_and(|m| m.joined && m.is("on"))
                && a.at(i, 3).is_none_or(|x| !x.joined || x.is_any(&["about", "with", "there", "regarding", "re"]))
            {
                return Some(("you're", "‘your’ is the possessive; ‘you're’ means ‘you are’".into()));
            }
            // `Your were recommended`, `your are welcome`: a possessive before a finite verb is the pronoun.
            if n.joined && n.is_any(&["are", "were", "would", "could", "should", "have", "had"]) {
                return Some(("you", "‘your’ is the possessive; before a verb the pronoun is ‘you’".into()));
            }
            // `if your up for it`: `up for` (willing) after `your` has no noun for the possessive.
            // So is `ever` before a place or a state (`if your ever in Sheffield`; not `your ever-growing list`).
            let ever_in = n.is("ever")
                && !n.compound_next
                && n2.is_some_and(|m| {
                    m.joined && m.is_any(&["in", "at", "around", "near", "free", "up", "passing", "back"])
                });
            if ever_in || n.joined && n.is("up") && !n.compound_next && n2.is_some_and(|m| m.joined && m.is("for")) {
                return Some(("you're", "‘your’ is the possessive; ‘you're’ means ‘you are’".into()));
            }
            // `what yeast strain your using in the ale`, `what your doing?`: after `what`/`which` (and its noun),
            // an -ing form that is no noun with nothing but a preposition or the end after it: the object is
            // the question word's, so this is `you're` and a progressive.
            // `the grid work your doing.`: after a noun, an -ing form that is hardly a noun ending the clause.
            let relative_progressive = p1.is_some_and(|p| {
                p.joined
                    && p.tags.any(Tags::NOUN | Tags::NOUN_PL)
                    && !p.tags.any(Tags::FUNCTION | Tags::QUANT | Tags::DET | Tags::PRON)
                    && !p.is_any(&["all", "entirely", "totally"])
                    && !p.is_name_like()
            }) && n.joined
                && n.is_any(ING_RARELY_NOUNS)
                && a.words.get(i + 2).is_none_or(|m| !m.joined || m.sentence_start);
            if relative_progressive {
                return Some(("you're", "‘your’ is the possessive; ‘you're’ means ‘you are’".into()));
            }
            let question_object = p1.is_some_and(|p| p.is_any(&["what", "which"]))
                || p1.is_some_and(|p| p.joined && p.tags.any(Tags::NOUN | Tags::NOUN_PL) && !p.is_name_like())
                    && (2..=4).any(|k| a.at(i, -k).is_some_and(|q| q.is_any(&["what", "which"])));
            if question_object
                && n.joined
                && n.tags.any(Tags::VERB_ING)
                && (!n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ) || n.is_any(ING_RARELY_NOUNS))
                && a.words.get(i + 2).is_none_or(|m| {
                    !m.joined
                        || m.sentence_start
                        || m.tags.only(Tags::PREP, Tags::NOUN)
                        // `What your doing is great`: the clause is the subject of the next verb.
                        || p1.is_some_and(|p| p.is("what")) && m.is_any(&["is", "was", "has", "makes", "sounds", "looks"])
                })
            {
                return Some(("you're", "‘your’ is the possessive; ‘you're’ means ‘you are’".into()));
            }
            // `Hope your still enjoying…`, `your now running the base`: an adverb of time or degree and an -ing
            // verb (or an adjective that ends the phrase) after `your` make a predicate.
            let adverb_then_ing = n.is_any(&["still", "now", "currently", "really", "just", "already", "probably"])
                && n.joined
                && !n.compound_next
                && n2.is_some_and(|m| {
                    m.joined && m.tags.any(Tags::VERB_ING) && !m.tags.any(Tags::NOUN | Tags::NOUN_PL)
                        // An -ing form that is a noun too, with its object after it (`your now running the
                        // base`).
                        || m.joined
                            && m.tags.any(Tags::VERB_ING)
                            && !m.tags.any(Tags::NOUN_PL)
                            && a.at(i, 3).is_some_and(|o| o.tags.any(Tags::DET | Tags::POSS | Tags::OBJ))
                        || predicate_word(m) && phrase_ends(a.at(i, 3))
                });
            // `if your open to it`, `when your free`: after a conjunction that opens a clause, an adjective that
            // ends the phrase or takes `to`, `for`, `with` or `about`.
            let after_sub_adjective = p1.is_some_and(|p| p.is_any(&["if", "when", "because", "since", "whether"]))
                && n.joined
                && n.tags.any(Tags::ADJ)
                && !n.tags.any(Tags::ADJ_SUP | Tags::FUNCTION)
                && !n.is_any(&["own", "first", "last", "next"])
                && (n2.is_none() && punctuation_after(text, &n.span)
                    || n2.is_some_and(|m| m.is_any(&["to", "for", "with", "about"])));
            // `when your back from Leeds`, `once your back home`: after a conjunction of time or condition,
            // `back` then `from`, `in`, `home` or the end is where you are (not `when your back hurts`).
            let back_from = p1.is_some_and(|p| p.is_any(&["if", "when", "once", "until", "till", "before", "after"]))
                && n.joined
                && n.is("back")
                && (n2.is_none() && punctuation_after(text, &n.span)
                    || n2.is_some_and(|m| m.joined && m.is_any(&["from", "in", "home", "at", "on", "to"])));
            // `Hope your well and busy`, `I trust your ok`: after a verb that takes a clause (or opening the
            // note), a word of how one is that ends the phrase.
            let how_you_are = (p1.is_none_or(|p| matches!(verb_class(p), Some("clause"))) || w.sentence_start)
                && n.joined
                && !n.compound_next
                && n.is_any(&["well", "fine", "ok", "okay", "good", "great", "busy", "safe", "alright"])
                && (n2.is_none() && punctuation_after(text, &n.span) || n2.is_some_and(|m| m.is_any(&["and", "too"])));
            // `when your in Mumbai`, `if your at the fair`: a preposition of place cannot follow a possessive
            // (`your in-house team` is one word).
            let where_you_are = n.joined
                && !n.compound_next
                && n.is_any(&["in", "at", "from", "near", "into"])
                && n2.is_some_and(|m| m.joined)
                && !text[n.span.end..].starts_with(['-', '‑']);
            let contraction = !object_of
                && (next_is(&["not", "a", "an", "the", "going", "welcome", "always", "never", "also"])
                    || how_you_are
                    || where_you_are
                    || adverb_then_ing
                    || after_sub_adjective
                    || back_from
                    // Not before `and`/`or`: `your lofting and steam-bending posts` are coordinated modifiers.
                    || (predicate_word(n)
                        && !n.compound_next
                        && phrase_ends(n2)
                        && !(n.tags.any(Tags::VERB_ING) && n2.is_some_and(|m| m.is_any(&["and", "or"]))))
                    || adverb_then_predicate
                    || clause_progressive);
            contraction.then(|| ("you're", "‘your’ is the possessive; ‘you're’ means ‘you are’".into()))
        }
        // `in you team`: a preposition, `you` and a singular noun that ends its phrase.
        "you" => {
            let n = n1?;
            // After a verb that takes one object, not two (`I enjoyed you talk`, `share you thoughts`):
            // `you` and a noun there is `your` and a noun (not after `like`, a preposition too: `people like
            // you build…`).
            let class = p1.and_then(verb_class);
            let one_object = class == Some("object");
            // Verbs of perception take `you` and a bare verb (`I heard you speak`): a word that is only a
            // noun, and singular. `read` takes two objects (`read you stories`): a singular noun.
            let hearing = class == Some("hearing");
            let perception = class == Some("perception") || hearing;
            let read = class == Some("two-objects");
            let noun = n.tags.any(Tags::NOUN | Tags::NOUN_PL)
                && !n.tags.any(
                    Tags::ADJ
                        | Tags::ADV
                        | Tags::TIME
                        | Tags::FUNCTION
                        | Tags::VERB_ING
                        | Tags::VERB_PAST
                        | Tags::VERB_PART,
                )
                && !n.is_name_like()
                && !n.is_any(NOT_NOUNS_AFTER_YOU);
            let noun_after_verb = noun
                && (one_object
                    || read && !n.tags.any(Tags::NOUN_PL)
                    || perception && !n.tags.any(Tags::NOUN_PL | Tags::VERB | Tags::VERB_3SG)
                    || hearing && n.tags.any(Tags::NOUN_PL) && !n.tags.any(Tags::VERB | Tags::VERB_3SG));
            if noun_after_verb {
                return Some(("your", format!("‘you {}’: the possessive is ‘your {}’", n.lower, n.lower)));
            }
            let prep = |p: &Word| p.tags.any(Tags::PREP) && !p.is_any(&["to", "than", "like", "as"]);
            // Or the second of two objects of one preposition (`connect with you and you team`).
            let after_prep = p1.is_some_and(prep)
                || p1.is_some_and(|c| c.is("and"))
                    && a.at(i, -2).is_some_and(|o| o.is_any(&["you", "me", "him", "her", "us", "them"]))
                    && a.at(i, -3).is_some_and(prep);
            let noun = n.tags.any(Tags::NOUN)
                && !n.tags.any(Tags::ADJ | Tags::ADV | Tags::TIME | Tags::FUNCTION | Tags::NOUN_PL | Tags::VERB_ING)
                && !n.is_name_like();
            if after_prep && noun && phrase_ends(n2) && !n.is_any(NOT_NOUNS_AFTER_YOU) {
                return Some(("your", format!("‘you {}’: the possessive is ‘your {}’", n.lower, n.lower)));
            }
            // `How long is you rotation?`: `is`/`was` and `you` take no noun after them (`it is you who…`,
            // `is you alone` have none); a singular noun that ends the question is theirs.
            let question_ends =
                a.words.get(i + 2).is_none_or(|m| m.sentence_start) && text[n.span.end..].trim_start().starts_with('?');
            if p1.is_some_and(|p| p.is_any(&["is", "was"])) && noun && question_ends && !n.is_any(NOT_NOUNS_AFTER_YOU) {
                return Some(("your", format!("‘you {}’: the possessive is ‘your {}’", n.lower, n.lower)));
            }
            // `thank you for you quick help with…`: an adjective and a singular noun that ends the phrase.
            // Not a plural (`tips for you new managers` names them).
            // After `thank you for`/`thanks for` a plural is theirs too (`thank you for you insightful comments`).
            let thanks_for =
                p1.is_some_and(|p| p.is("for")) && a.at(i, -2).is_some_and(|t| t.is_any(&["you", "thanks"]));
            // There a participle before a noun is an adjective too (`thanks for you detailed answer`).
            let adjective = (n.tags.only(Tags::ADJ, Tags::VERB_ING | Tags::FUNCTION | Tags::NOUN_PL | Tags::TIME)
                || thanks_for && n.tags.only(Tags::VERB_PART, Tags::NOUN | Tags::NOUN_PL | Tags::FUNCTION))
                && !n.is_name_like()
                && !n.is("dear");
            let head = n2.filter(|m| {
                (m.tags.any(Tags::NOUN) || thanks_for && m.tags.any(Tags::NOUN_PL))
                    && !m.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::TIME)
                    && (thanks_for || !m.tags.any(Tags::NOUN_PL))
                    && !m.is_name_like()
                    && !m.is_any(NOT_NOUNS_AFTER_YOU)
            })?;
            (after_prep && adjective && phrase_ends(a.at(i, 3))).then(|| {
                (
                    "your",
                    format!("‘you {} {}’: the possessive is ‘your {} {}’", n.lower, head.lower, n.lower, head.lower),
                )
            })
        }
        "you're" | "they're" => {
            let n = n1?;
            // `you're job hunting`, `they're house sitting`: a noun and an -ing verb make one verb.
            if n2.is_some_and(|m| m.tags.any(Tags::VERB_ING)) {
                return None;
            }
            let right = if w.lower == "you're" { "your" } else { "their" };
            // After a verb that takes one object or a preposition, a name and a noun are the object
            // (`I've been following you're Figma plugin`, `about they're Kyiv office`).
            let object_slot = p1.is_some_and(|p| {
                verb_class(p) == Some("object")
                    || p.tags.any(Tags::PREP) && !p.tags.any(Tags::SUB) && !p.is_any(&["to", "than", "like", "as"])
            });
            // An idiom with a particle after it is a predicate (`you're flat out`, `they're knee deep`).
            if n2.is_some_and(|m| m.is_any(&["out", "up", "off", "down", "away", "back", "over", "deep"]))
                || n2.is_some_and(|m| m.is("on")) && a.at(i, 3).is_none_or(|x| !x.joined)
            {
                return None;
            }
            let name_then_noun = object_slot && n.is_name_like() && !n.all_caps && n2.is_some_and(noun_only);
            let object_of_preposition = after_object_preposition(a, i) && possessive_object_word(n);
            // `loved you're reading list`: the object of a verb, a gerund and the noun it modifies.
            let gerund_then_noun = object_slot
                && n.tags.any(Tags::VERB_ING)
                && n2.is_some_and(|m| noun_only(m) && !m.tags.any(Tags::NOUN_PL));
            // A lone noun that ends the sentence, not after a verb or a preposition, is a predicate: `so
            // they're gold.`, `you're family.` (not `I help you grow you're audience.`)
            let predicate_noun = n2.is_none()
                && punctuation_after(text, &n.span)
                && !object_slot
                && !p1.is_some_and(|p| {
                    p.tags.any(Tags::ANY_VERB | Tags::PREP | Tags::BE) && !p.tags.any(Tags::CONJ | Tags::SUB)
                        || p.is_any(&["i'm", "we're", "it's", "that's", "he's", "she's"])
                });
            (noun_at(a, i + 1) && !predicate_noun || name_then_noun || object_of_preposition || gerund_then_noun).then(
                || {
                    (
                        right,
                        format!("‘{}’ is a subject and a verb; before the noun ‘{}’ use ‘{right}’", w.lower, n.lower),
                    )
                },
            )
        }
        "their" => {
            // `Fitted two of them and their spot on.`: `spot on` (exactly right) ending the clause.
            if n1.is_some_and(|n| n.joined && n.is("spot"))
                && n2.is_some_and(|m| m.joined && m.is("on"))
                && a.at(i, 3).is_none_or(|x| !x.joined || x.is_any(&["about", "with", "there", "and"]))
            {
                return Some(("they're", "‘their’ is the possessive; ‘they're’ means ‘they are’".into()));
            }
            // A possessive that ends its sentence has no noun: the place (`…turnover their.`).
            if n1.is_none() && punctuation_after(text, &w.span) && !w.sentence_start && a.at(i, -1).is_some() {
                return Some(("there", "‘their’ is the possessive; the place is ‘there’".into()));
            }
            let n = n1?;
            // Opening a clause, an adverb of time and an -ing verb with its object: `their always quoting
            // your advice` (a possessive gerund comes after a verb or a preposition: `I like their always
            // being on time`).
            // Or after a verb that takes a clause (`our drivers say their always waiting` = say they're).
            let opens_clause = w.sentence_start
                || p1.is_some_and(|p| {
                    p.tags.any(Tags::CONJ | Tags::SUB)
                        || p.joined
                            && w.joined
                            && p.is_any(&[
                                "say", "says", "said", "think", "thinks", "thought", "know", "knew", "hear", "heard",
                                "guess", "believe", "hope", "feel", "felt", "mean", "means",
                            ])
                });
            // `Their going to launch…`: `going to` (or `gonna`) is a verb's future, which a possessive never
            // takes.
            if n.joined && (n.is("gonna") || n.is("going") && n2.is_some_and(|m| m.is("to"))) && !n.compound_next {
                return Some(("they're", "‘their’ is the possessive; ‘they're’ means ‘they are’".into()));
            }
            if opens_clause
                && n.is_any(&["always", "never", "still", "constantly", "currently", "now", "also", "really", "just"])
                && n2.is_some_and(|m| m.tags.any(Tags::VERB_ING) && !m.tags.any(Tags::NOUN_PL) && !m.compound_next)
                && a.at(i, 3).is_some_and(|o| o.tags.any(Tags::DET | Tags::POSS | Tags::OBJ | Tags::PREP))
            {
                return Some(("they're", "‘their’ is the possessive; ‘they're’ means ‘they are’".into()));
            }
            // `I was their at the fair`, `how you reduced turnover their.`: a possessive before a preposition
            // or at the end of its clause has no noun: the place, `there`.
            if n.joined
                && !n.compound_next
                && n.tags.any(Tags::PREP)
                && !n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::ANY_VERB)
                && !n.is_any(&["own", "to"])
            {
                return Some(("there", "‘their’ is the possessive; the place is ‘there’".into()));
            }
            // `Their so much easier`, `their very insightful`: a degree adverb and an adjective that ends the
            // phrase is a predicate (`their very own team` is a noun phrase).
            if n.joined
                && !n.compound_next
                && (n.is_any(DEGREE_WORDS) || n.is("too"))
                && n2.is_some_and(|m| {
                    m.joined
                        && (adjective_like(m) || m.is_any(&["much", "many"]))
                        && !m.tags.any(Tags::ADJ_SUP)
                        && !m.is_any(&["own", "first", "best", "last", "few"])
                        && !m.compound_next
                })
                && a.at(i, 3).is_none_or(|x| {
                    !x.joined || x.tags.any(Tags::PREP | Tags::CONJ | Tags::ADJ | Tags::ADJ_CMP) || x.is("to")
                })
            {
                return Some(("they're", "‘their’ is the possessive; ‘they're’ means ‘they are’".into()));
            }
            // `Are their any…`, `Is their a…`: a possessive is never followed by `any` or an article
            // (`their a cappella group` is a name of a style).
            if n.joined
                && !n.compound_next
                && (n.is("any") || n.is_any(&["a", "an"]) && n2.is_some_and(|m| !m.is_any(&["cappella", "la"])))
            {
                return Some(("there", "‘their’ is the possessive; ‘there is/are’ says something exists".into()));
            }
            let be = n.tags.any(Tags::BE) && !n.is_any(&["be", "been", "being"]);
            let will_be = n.tags.any(Tags::MODAL) && n2.is_some_and(|w| w.is("be"));
            if be || will_be {
                return Some(("there", "‘their’ is the possessive; ‘there is/are’ says something exists".into()));
            }
            (n.tags.only(Tags::VERB_PART | Tags::VERB_PAST, Tags::NOUN | Tags::ADJ | Tags::FUNCTION)
                && !n.is_name_like()
                && phrase_ends(n2))
            .then(|| ("they're", "‘their’ is the possessive; ‘they're’ means ‘they are’".into()))
        }
        // `I want to grow are networks`, `we should meet are team`, `it convinced me to rewrite are pipeline
        // checks`: after a bare verb that a subject and a modal, or a person and `to`, put before it, `are` has no
        // subject of its own: before a noun it is `our`. Not in a cleft (`what we want to improve are costs`).
        "are" => {
            let n = n1?;
            // `and are customers keep asking for it`: opening its clause, a plural noun and then a bare verb with
            // its object or an -ing form is the possessive's noun and its verb (`The reasons are customers want
            // it` has its subject before `are`).
            let opens = w.sentence_start || p1.is_some_and(|c| c.is_any(&["and", "but", "so", "because"]));
            if opens
                && n.joined
                && n.tags.any(Tags::NOUN_PL)
                && !n.tags.any(Tags::FUNCTION | Tags::VERB_ING | Tags::VERB_PAST)
                && !n.is_name_like()
                && n2.is_some_and(|v| {
                    v.joined
                        && v.tags.any(Tags::VERB)
                        && !v
                            .tags
                            .any(Tags::VERB_3SG | Tags::VERB_ING | Tags::VERB_PAST | Tags::FUNCTION | Tags::NOUN_PL)
                })
                && a.at(i, 3).is_some_and(|o| {
                    o.joined
                        && (o.tags.any(Tags::VERB_ING | Tags::DET | Tags::POSS)
                            || o.is_any(&["it", "them", "us", "me"]))
                        && !o.tags.any(Tags::PREP)
                })
            {
                return Some(("our", "‘are’ is a verb; before a noun and its own verb the possessive is ‘our’".into()));
            }
            // `Your crew did are neighbors roof`: after a past verb, `are` and a noun before another noun (a
            // possessive that lost its apostrophe) is `our` (`the tests we did are benchmarks` ends there).
            if p1
                .is_some_and(|p| w.joined && (p.is("did") || p.tags.only(Tags::VERB_PAST, Tags::NOUN | Tags::FUNCTION)))
                && n.joined
                && n.tags.any(Tags::NOUN | Tags::NOUN_PL)
                && !n.tags.any(Tags::FUNCTION | Tags::DET | Tags::ADV | Tags::ADJ)
                && !n.is_name_like()
                && n2.is_some_and(|m| {
                    m.joined
                        && m.tags.any(Tags::NOUN)
                        && !m.tags.any(Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG)
                })
            {
                return Some(("our", "‘are’ is a verb; before a noun the possessive is ‘our’".into()));
            }
            // `with all of are questions`, `for are team`: after a preposition `are` has no subject; before a
            // noun it is `our`.
            if p1.is_some_and(|p| {
                w.joined && p.is_any(&["of", "with", "for", "to", "about", "from", "in", "on", "at", "by"])
            }) && n.joined
                && n.tags.any(Tags::NOUN | Tags::NOUN_PL)
                && !n.tags.any(Tags::FUNCTION | Tags::DET | Tags::VERB_ING | Tags::VERB_PAST | Tags::ADV)
                && !n.is_name_like()
            {
                return Some((
                    "our",
                    "‘are’ is a verb and has no subject after a preposition; before a noun the possessive is ‘our’"
                        .into(),
                ));
            }
            p1.filter(|v| {
                w.joined
                    && v.tags.any(Tags::VERB)
                    && !v.tags.any(Tags::NOUN_PL | Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_ING | Tags::FUNCTION)
                    && !v.is_name_like()
            })?;
            let p2 = a.at(i, -2);
            let subject = |k: isize| {
                a.at(i, k).is_some_and(|s| s.is_any(&["i", "we", "you", "they"]))
                    && a.at(i, k - 1).is_none_or(|c| !c.is_any(&["what", "which", "that", "all", "things", "areas"]))
            };
            let before = p2.is_some_and(|m| m.tags.any(Tags::MODAL)) && subject(-3)
                || p2.is_some_and(|t| t.is("to"))
                    && (a.at(i, -3).is_some_and(|o| o.is_any(&["me", "us", "them", "him", "her", "how"]))
                        || a.at(i, -3)
                            .is_some_and(|m| m.is_any(&["want", "like", "love", "need", "plan", "hope", "try"]))
                            && subject(-4))
                // `to connect with you and grow are networks`: a second bare verb after `and`, in a clause that a
                // `to` or a modal opened.
                || p2.is_some_and(|c| c.is("and"))
                    && (3..9).map_while(|k| a.at(i, -k)).any(|m| m.is("to") || m.tags.any(Tags::MODAL) || m.is_any(&["let's", "lets"]));
            let noun_word = |n: &Word| {
                n.joined
                    && n.tags.any(Tags::NOUN | Tags::NOUN_PL)
                    && !n.tags.any(Tags::FUNCTION | Tags::DET | Tags::VERB_ING | Tags::VERB_PAST | Tags::ADV)
                    && !n.is_name_like()
            };
            // Or an adjective before the noun (`how to keep are new grads`).
            let noun = noun_word(n)
                || n.joined
                    && n.tags.any(Tags::ADJ)
                    && !n.tags.any(Tags::FUNCTION | Tags::ANY_VERB | Tags::ADV)
                    && n2.is_some_and(noun_word);
            (before && noun).then(|| {
                ("our", "‘are’ is a verb and has no subject here; before a noun the possessive is ‘our’".into())
            })
        }
        "there" => {
            let n = n1?;
            // `Hi Siobhan, there going to announce…`, `there doing a great job`: opening its clause, right
            // before an -ing verb (not `is there going to be`, not `there being no…`).
            if (w.sentence_start || !w.joined || p1.is_some_and(|p| p.tags.any(Tags::CONJ | Tags::SUB)))
                && n.joined
                && n.tags.any(Tags::VERB_ING)
                && !n.is("being")
                && !n.is_name_like()
                && (n2.is_some_and(|m| {
                    m.joined && m.tags.any(Tags::DET | Tags::POSS | Tags::OBJ | Tags::PREP | Tags::ADV) || m.is("to")
                })
                    // `asking when there going.`: the -ing verb ends the sentence, after a conjunction.
                    || p1.is_some_and(|p| p.tags.any(Tags::CONJ | Tags::SUB) && p.joined)
                        && text[n.span.end..].trim_start().starts_with(['.', '!', '?']))
            {
                return Some(("they're", "‘there’ is a place; ‘they're’ means ‘they are’".into()));
            }
            // `my students saw it and there still talking about it`: opening its clause, an adverb of time and
            // an -ing form that is only a verb (not `is there still funding`, `there still being…`).
            if (w.sentence_start || !w.joined || p1.is_some_and(|p| p.tags.any(Tags::CONJ | Tags::SUB)))
                && n.joined
                && n.is_any(&["still", "always", "really", "just", "also", "now", "constantly", "currently"])
                && n2.is_some_and(|m| {
                    m.joined
                        && m.tags.any(Tags::VERB_ING)
                        && !m.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
                        && !m.is_any(&["being", "existing", "remaining", "pending", "missing"])
                })
            {
                return Some(("they're", "‘there’ is a place; ‘they're’ means ‘they are’".into()));
            }
            // `; there demo of the robot was…`, `There team is great`: opening its clause, a word that can
            // only be a noun and then `of` or a finite `be`/`have` is the possessive's noun phrase (`there` +
            // a verb opens a clause: `there seems`, `there lies a…`).
            let clause_start = w.sentence_start
                || !w.joined
                || p1.is_some_and(|p| p.is_any(&["that", "because", "but", "so", "since", "although", "though"]));
            if clause_start
                && n.joined
                && n.tags.any(Tags::NOUN | Tags::NOUN_PL)
                && !n.tags.any(
                    Tags::ADJ
                        | Tags::ADV
                        | Tags::FUNCTION
                        | Tags::TIME
                        | Tags::VERB_ING
                        | Tags::VERB_PAST
                        | Tags::VERB_PART
                        | Tags::DIGITS,
                )
                && !n.is_name_like()
                && !n.is_any(NOT_NOUNS_AFTER_YOU)
                && {
                    let finite = |m: &Word| {
                        m.joined
                            && (m.is_any(&["of", "is", "was", "are", "were", "has", "have", "had", "did", "does"])
                                || m.tags.any(Tags::MODAL) && !m.is_name_like())
                    };
                    // Or a compound of two nouns first (`There model accuracy is…`): the second only a noun.
                    n2.is_some_and(finite)
                        || n2.is_some_and(|m| {
                            m.joined
                                && m.tags.any(Tags::NOUN | Tags::NOUN_PL)
                                && !m.tags.any(Tags::ADJ | Tags::ADV | Tags::FUNCTION | Tags::ANY_VERB | Tags::TIME)
                                && !m.is_name_like()
                        }) && a.at(i, 3).is_some_and(|m| finite(m) && !m.is("of"))
                }
            {
                return Some(("their", "‘there’ is a place; before a noun the possessive is ‘their’".into()));
            }
            // `…your posts, and there very insightful`: a degree word and an adjective after `there` make a
            // predicate (`there very few…` needs `are`, which is not there either, so it is left alone).
            if n.joined
                && n.is_any(DEGREE_WORDS)
                && (w.sentence_start || !w.joined || p1.is_some_and(|p| p.is_any(&["and", "but", "because"])))
                && n2.is_some_and(|m| {
                    m.joined
                        && !m.is_any(&["few", "many", "much", "little"])
                        // (`the children adore it, there so engaged`: a participle as an adjective.)
                        && (adjective_like(m) || m.tags.only(Tags::VERB_PART, Tags::NOUN | Tags::NOUN_PL))
                })
            {
                return Some(("they're", "‘there’ is a place; ‘they're’ means ‘they are’".into()));
            }
            let p = p1?;
            // `… and there brilliant.`: after a conjunction, one word that ends the sentence and is not a
            // verb, an adverb or a plural (the lexicon marks few adjectives as such: `brilliant` is a noun too).
            if p.tags.any(Tags::CONJ)
                && !n.tags.any(Tags::NOUN_PL | Tags::ANY_VERB | Tags::FUNCTION | Tags::ADV | Tags::TIME | Tags::DIGITS)
                && !n.is_name_like()
                && !n.is_any(&["too", "again", "also", "anyway", "either", "instead", "yet"])
                && n.span.start == w.span.end + 1
                && n2.is_none_or(|x| x.sentence_start)
            {
                return Some(("they're", "‘there’ is a place; ‘they're’ means ‘they are’".into()));
            }
            let after_prep = p.is_any(&["with", "on", "for", "of", "about", "into", "through", "by", "under", "at"]);
            let after_verb = p.tags.only(Tags::VERB | Tags::VERB_PAST | Tags::VERB_3SG, Tags::FUNCTION)
                && !p.is_any(&["go", "went", "gone", "get", "got", "been", "live", "lived", "work", "worked", "stay"]);
            // `are reviewing there investment portfolios`: an -ing verb that takes an object, then a noun that is
            // no verb form (not one of going, living, working there).
            let after_ing = p.tags.only(Tags::VERB_ING, Tags::FUNCTION)
                && !p.is_any(&[
                    "going",
                    "getting",
                    "living",
                    "working",
                    "staying",
                    "moving",
                    "travelling",
                    "traveling",
                    "coming",
                    "heading",
                    "being",
                    "sitting",
                    "standing",
                    "waiting",
                    "studying",
                    "based",
                    "settling",
                    "relocating",
                    "returning",
                    "arriving",
                    "volunteering",
                    "teaching",
                    "training",
                    "interning",
                    "stopping",
                ])
                && !n.tags.any(Tags::VERB_3SG | Tags::VERB);
            // Not a time after a place (`met there next week`, `stayed there all day`).
            let noun = n.tags.only(
                Tags::NOUN | Tags::NOUN_PL,
                Tags::ADJ | Tags::ADV | Tags::FUNCTION | Tags::TIME | Tags::VERB_ING | Tags::VERB_PAST,
            ) && !n.is_name_like()
                && !n.is_any(&["next", "last", "all", "every", "each", "this"])
                && !n2.is_some_and(|m| m.tags.any(Tags::TIME));
            // `trustees and there duties`: after a plural noun (or a group of people: `your team and there
            // presentation`) and `and`, a noun that ends the phrase is theirs.
            let after_plural_and = p.is("and")
                && a.at(i, -2).is_some_and(|q| {
                    (q.tags.any(Tags::NOUN_PL)
                        || super::context::agreement_nouns("collective").contains(q.lower.as_str()))
                        && !q.tags.any(Tags::FUNCTION)
                        && !q.is_name_like()
                })
                && a.words.get(i + 2).is_none_or(|m| !m.joined || phrase_ends(Some(m)));
            // `saw there new depot`, `at there own pace`: an adjective and a noun (not a time: `there last year`,
            // `there next week`).
            let adjective_noun = (n.tags.any(Tags::ADJ) || n.is("own"))
                && !n.tags.any(Tags::FUNCTION | Tags::TIME | Tags::VERB_ING | Tags::DIGITS | Tags::NUM)
                && !n.is_any(&["last", "next", "early", "late", "first", "every", "other", "long", "all", "right"])
                && !n.is_name_like()
                && n2.is_some_and(|m| {
                    m.joined
                        && (m.tags.any(Tags::NOUN | Tags::NOUN_PL) || !m.tags.any(Tags::KNOWN))
                        && !m.tags.any(Tags::TIME | Tags::FUNCTION | Tags::ADV)
                        && !m.is_name_like()
                });
            // `reduce there AWS bill`: an acronym and a noun (`there` + a place's name would be capitalised, not
            // in capitals throughout, and no noun follows it).
            let acronym_noun = n.all_caps
                && n.joined
                && n2.is_some_and(|m| {
                    m.joined
                        && m.tags.any(Tags::NOUN | Tags::NOUN_PL)
                        && !m.tags.any(Tags::TIME | Tags::FUNCTION)
                        && !m.is_name_like()
                });
            // `showed us there new lagares`: a verb and its person, then the thing shown.
            let after_person = p.is_any(&["us", "me", "him", "them"])
                && a.at(i, -2)
                    .is_some_and(|v| v.tags.only(Tags::VERB | Tags::VERB_PAST | Tags::VERB_3SG, Tags::FUNCTION));
            // `fill there nursing shifts`: a gerund that is a noun too, then a plural that ends the phrase.
            let gerund_noun = n.tags.any(Tags::VERB_ING)
                && n.tags.any(Tags::NOUN)
                && !n.is_name_like()
                && n2.is_some_and(|m| {
                    m.joined
                        && m.tags.any(Tags::NOUN_PL)
                        && !m.tags.any(Tags::TIME | Tags::FUNCTION)
                        && !m.is_name_like()
                })
                && a.words.get(i + 3).is_none_or(|m| !m.joined || phrase_ends(Some(m)));
            ((after_prep || after_verb || after_ing || after_plural_and || after_person)
                && (noun || adjective_noun || acronym_noun || gerund_noun && (after_verb || after_prep)))
                .then(|| ("their", "‘there’ is a place; before a noun the possessive is ‘their’".into()))
        }
        // `I think their's real appetite for it`: `theirs` has no apostrophe, and before a noun phrase the
        // words are `there's` (there is); with nothing after it, `theirs`.
        "their's" => {
            let ends = n1.is_none_or(|n| !n.joined || n.sentence_start);
            Some(if ends {
                ("theirs", "the possessive pronoun ‘theirs’ has no apostrophe".into())
            } else {
                ("there's", "‘there's’ is ‘there is’; the possessive pronoun ‘theirs’ has no apostrophe".into())
            })
        }
        "who's" => {
            let n = n1?;
            // Or a noun that may follow a contraction on its own (`it's data`) before another noun, the head of
            // its phrase: `Who's data set did you use`.
            let classless_noun = n.joined
                && (n.tags.0 == Tags::KNOWN.0
                    || n.tags.any(Tags::NOUN | Tags::NOUN_PL)
                        && !n.tags.any(Tags::ADJ | Tags::ADV | Tags::ANY_VERB | Tags::FUNCTION | Tags::DIGITS))
                && n2.is_some_and(|m| {
                    m.joined
                        && m.tags.any(Tags::NOUN | Tags::NOUN_PL)
                        && !m.tags.any(Tags::FUNCTION | Tags::ADV | Tags::TIME)
                });
            (noun_at(a, i + 1) || classless_noun)
                .then(|| ("whose", "‘who's’ means ‘who is’; before a noun the possessive is ‘whose’".into()))
        }
        "whose" => {
            let n = n1?;
            // `a pipefitter whose keen to move`: an adjective that takes an infinitive (`able to`, `keen to`).
            let contraction = next_is(&["been", "a", "an", "the", "not", "always", "never", "also", "currently"])
                || (predicate_word(n) && phrase_ends(n2))
                || n.tags.any(Tags::ADJ)
                    && super::verb_form::takes_infinitive(n.lower.as_str())
                    && n2.is_some_and(|m| m.joined && m.is("to"));
            contraction.then(|| ("who's", "‘whose’ is the possessive; ‘who's’ means ‘who is’ or ‘who has’".into()))
        }
        _ => None,
    }
}

impl Rule for PossessiveContraction {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            if let Some((right, why)) = check_word(cx.text(), a, i) {
                let message = format!("‘{}’ should probably be ‘{right}’: {why}", &cx.text()[w.span.clone()]);
                out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "possessive-contraction";

    #[test]
    fn there_before_a_gerund_and_its_plural() {
        assert_flags(ID, "Our platform helps hospitals fill there nursing shifts within a day.", 1);
        assert_clean(ID, "We went there training hard; they stayed there running drills all day.");
    }

    #[test]
    fn your_after_a_fronted_question_object() {
        assert_flags(ID, "Which yeast strain your using in the red ale? What your doing is great.", 2);
        assert_flags(ID, "I'd love to hear more about what your seeing on the ground.", 1);
        assert_flags(ID, "I enjoyed hearing about the grid work your doing. I saw how its affecting transit times.", 2);
        assert_clean(ID, "It was all your doing. I saw how its marketing team works; how its opening hours changed.");
        assert_flags(ID, "I help small brands like your grow. My students saw it and there still talking about it.", 2);
        assert_clean(ID, "Brands like your work well. Is there still funding? With there still being time to go.");
        assert_flags(ID, "Your spot on about the delays at the bridge.", 1);
        assert_flags(ID, "Fitted two of them last week and their spot on. Hey Ray, its Danielle from the terminal.", 2);
        assert_clean(ID, "They kept their spot on the list. The firm and its Paris office; its CEO said so.");
        assert_clean(ID, "I'm a student at ITS Surabaya and read your post.");
        assert_clean(ID, "I saved your spot on the list. Your spot on the panel is confirmed.");
        assert_clean(ID, "I loved what your planning team did. What your team is building is great.");
        assert_flags(ID, "Would be good to climb together sometime if your up for it.", 1);
        assert_flags(ID, "Let me know if your ever in Sheffield.", 1);
        assert_clean(ID, "Your ever-growing list; your ever popular talk; if you're ever in Leeds.");
        assert_clean(ID, "If you're up for it; your up-front costs; your up and coming team.");
    }

    #[test]
    fn their_with_an_apostrophe_and_there_before_a_last_ing() {
        assert_flags(ID, "I think their's real appetite for it. The choice is their's.", 2);
        assert_clean(ID, "There's real appetite for it. The choice is theirs.");
        assert_flags(ID, "The kids keep asking when there going.", 1);
        assert_clean(ID, "Is there going to be a talk? The kids keep asking where they're going.");
    }

    #[test]
    fn flags_each_pair() {
        assert_flags(ID, "I know its hard to change careers.", 1);
        assert_flags(ID, "Its given me a lot to think about, and its helped us too.", 2);
        assert_flags(ID, "Would love to connect with you and you team.", 1);
        assert_flags(ID, "Who's data set did you use for the rural areas?", 1);
        assert_flags(ID, "I read your article. Its very interesting for me because I study it.", 1);
        assert_clean(
            ID,
            "The firm and its very interesting take on rules; its very own team; its really useful tools.",
        );
        assert_flags(
            ID,
            "Its something our unit still does badly. Thanks for being patient with all of are questions.",
            2,
        );
        assert_flags(ID, "Our drivers say their always waiting at the cargo gate on Tuesdays.", 1);
        assert_flags(ID, "Your crew did are neighbors roof last summer.", 1);
        assert_clean(ID, "The tests we did are benchmarks. The work they did are samples of skill.");
        assert_clean(ID, "I like their always being on time; they say their team is always waiting at the gate.");
        assert_clean(ID, "It's something our unit does; all of our questions; what are questions for?");
        assert_clean(ID, "Who's data-driven enough? Who's alumni now? Whose data set did you use?");
        assert_clean(ID, "Would love to connect with you and your team; with you and me team leads.");
        let d = check_text(ID, "We help startups like your to scale. Our team is bigger than their.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["yours", "theirs"]);
        assert_clean(
            ID,
            "We help startups like yours to scale; like your team to grow; than their team. Like your post.",
        );
        assert_clean(ID, "The board and its appointed members; its given name; it gave us its best.");
        assert_flags(ID, "The portal is brilliant, its so much easier to use.", 1);
        assert_flags(ID, "Your clearly someone who values growth; your clearly passionate about it.", 2);
        assert_clean(ID, "I enjoyed your clearly written report and your really useful notes.");
        assert_flags(ID, "Your definitely right about load calcs. Your really good at this.", 2);
        assert_clean(ID, "Was the prompt yours? It's brilliant. You're brilliant and valuable.");
        assert_flags(ID, "I love it's brilliant design.", 1);
        assert_flags(ID, "We help startups to reduce there AWS bill by 40%.", 1);
        assert_flags(ID, "I want to grow are networks. We should meet are team. It got me to rewrite are checks.", 3);
        assert_flags(ID, "We are trying to figure out how to keep are new grads past the first year.", 1);
        assert_flags(ID, "It's the best we've tried, and are customers keep asking for it.", 1);
        assert_clean(ID, "The reasons are customers want it; things we keep are new; how to keep are the questions.");
        assert_clean(
            ID,
            "Prices rose and are expected to stay high. Are customers asking for it? Are sales support staff in?",
        );
        assert_clean(
            ID,
            "What we want to improve are costs. Things to improve are speed and cost. The plans are ready.",
        );
        assert_clean(ID, "We should meet are you free? I want to know are they hiring.");
        assert_clean(ID, "We moved there in 2019; I worked there for NHS Wales; we went there ASAP.");
        assert_clean(ID, "I admire your really good work and your truly right choice, your deeply held view.");
        assert_flags(ID, "I follow the group and their always quoting your advice.", 1);
        assert_clean(ID, "I like their always being on time and their constantly evolving tools.");
        assert_flags(ID, "I saw your post. Its really similar to what we run.", 1);
        assert_flags(ID, "Its great to see someone explain it so clearly!", 1);
        assert_flags(ID, "Its so rare to find someone who cares about en rules.", 1);
        assert_clean(ID, "The board and its so-called experts; its so called experts.");
        assert_clean(ID, "I really enjoyed your reporting on the housing debate, and thanks to you today.");
        assert_flags(ID, "Could you refer me for the openings in you team?", 1);
        assert_flags(ID, "I read about you article last week.", 1);
        assert_clean(ID, "I saved it for you last night; I'll call you next week.");
        assert_flags(ID, "Thank you for you quick help with the audit.", 1);
        assert_clean(ID, "I noticed you're job hunting; they're house sitting in May.");
        assert_clean(ID, "Three tips for you new managers; a card for you dear friend, Sam.");
        assert_clean(ID, "I would love to work with you on this. A gift for you, Sam. Thanks to you all.");
        assert_clean(ID, "The union kept its right to appeal and its great hall.");
        assert_clean(ID, "The brand kept its really loyal customers.");
        assert_flags(ID, "If your looking for a bookkeeper, call me.", 1);
        assert_flags(ID, "I worked with artists on they're portfolios.", 1);
        assert_flags(ID, "Their was no budget.", 1);
        assert_flags(ID, "A designer whose passionate about accessibility.", 1);
        assert_flags(ID, "Glad to see your now running the base.", 1);
        assert_clean(ID, "Glad to see your now running club grow; your running shoes.");
        assert_flags(ID, "I'm a pipefitter whose keen to move into inspection; a nurse whose able to help.", 2);
        assert_clean(ID, "A citizen whose right to vote was denied; a firm whose keen eye for detail helps.");
        // `it's` before a noun phrase that a verb follows, or after a preposition.
        assert_flags(ID, "Your talk on the department and it's new evaluation framework was great.", 1);
        // `you` and a noun after a verb of one object.
        assert_flags(ID, "I enjoyed you talk and would love to share you thoughts with my team.", 2);
        assert_flags(ID, "I read you article on procurement; I'd love to pick you brain.", 2);
        assert_clean(ID, "I can pick you up at the station.");
        // `like` is a preposition too: `people like you build…`.
        assert_clean(ID, "I help professionals like you build a brand.");
        // `your` and a gerund after a verb of one object; `there` and an adjective ending a clause.
        assert_clean(ID, "We could support your hiring this quarter.");
        assert_flags(ID, "I know your busy and if your hiring, call me.", 2);
        assert_flags(ID, "Hi Fiona, hope your doing well.", 1);
        assert_clean(ID, "Looking forward to connecting with you here.");
        assert_flags(ID, "Can I show you a quick demo? Its only 15 minutes.", 1);
        assert_flags(ID, "Its just a first draft.", 1);
        assert_clean(ID, "The plant lost its only customer and its one client.");
        assert_flags(ID, "I hope your enjoying the new role.", 1);
        assert_clean(ID, "I hope your hiring goes well; I hope your hiring plans work out.");
        assert_flags(ID, "I found your resources and there brilliant.", 1);
        assert_clean(ID, "I went there. And there brilliant ideas grew; and there, happy.");
        assert_clean(ID, "I read you stories; I saw you there; I like you too; I will share you the plan.");
        assert_flags(ID, "The clinic and it's patients were happy with it's new owners.", 2);
        assert_clean(ID, "It's new to me and it's great work; it's good news that it's hard work paid off.");
        assert_clean(ID, "I know what it's about; it's common sense and it's been a good year.");
        assert_clean(ID, "It's early days. With it's gone, we rebuilt; next to it's a café.");
        assert_flags(ID, "I loved the video of your cooperative and it's new drying beds in Minas Gerais.", 1);
        assert_clean(ID, "I love the town and it's great fun; the team and it's new; the bar and it's open late.");
    }

    #[test]
    fn suggestion_keeps_case_and_is_not_safe() {
        let d = check_text(ID, "Its been a good year.");
        assert_eq!(d[0].suggestions[0].replacement, "It's");
        assert!(!d[0].suggestions[0].safe);
    }

    #[test]
    fn accepts_correct_uses() {
        assert_clean(ID, "The app and its API serve 2M users.");
        assert_clean(ID, "There was no budget, so their team built it.");
        assert_clean(ID, "It's worth it, and they're ready.");
        assert_clean(ID, "Your trusted partner for their growing needs.");
        assert_clean(ID, "From there we grew. I was there for them.");
        // Left to confused-words.
        assert_clean(ID, "Its a great team.");
        assert_clean(ID, "Is there going to be a sequel? There being no budget, we paused. Over there, going left.");
        assert_clean(ID, "I saw people there going to work; there's going to be a meeting.");
        assert_clean(ID, "It's eight members and we meet monthly. Heard you're flat out with new builds.");
    }

    /// `there` opening a clause before an -ing verb is `they're`.
    #[test]
    fn there_before_an_ing_verb() {
        assert_flags(ID, "Hi Siobhan, there going to announce the grants soon.", 1);
        assert_flags(ID, "There doing a great job with the rota.", 1);
    }

    /// Flat adverbs the lexicon lists only as nouns are what a contraction's verb takes.
    #[test]
    fn flat_adverbs_after_a_contraction() {
        assert_clean(ID, "I hope you're well and that they're overseas by June.");
        assert_clean(ID, "The course launched and it's online now.");
        assert_flags(ID, "I loved you're work on the audit.", 1);
    }

    /// A name and a noun after a verb that takes one object, or a preposition, are the object.
    #[test]
    fn a_named_thing_after_an_object_verb() {
        assert_flags(ID, "I've been following you're Figma plugin for a year.", 1);
        assert_flags(ID, "I read about they're Kyiv office.", 1);
        assert_clean(ID, "I appreciate you're busy. I see you're Head of Design now.");
    }

    /// `hear you` and a plural noun that is never a verb is `your`; a bare verb after it is not.
    #[test]
    fn there_after_at_or_an_ing_verb() {
        assert_flags(ID, "I met you at there booth. Many trusts are reviewing there investment portfolios.", 2);
        assert_clean(
            ID,
            "I was working there. Living there helps. We are moving there next year; sitting there quietly.",
        );
    }

    #[test]
    fn its_and_it_is_before_a_clause_or_a_verb() {
        assert_flags(ID, "Hi Rob, its clear your clinic is growing fast. Its great that you won.", 2);
        assert_flags(ID, "I read your report; it's data is really useful. I agree that it's scrapping was overdue.", 2);
        assert_clean(ID, "Its clear glass shows its own wear. It's data we need. It's time we met; it's been fun.");
    }

    #[test]
    fn thank_you_for_you_and_an_adjective() {
        assert_flags(ID, "Thank you for you insightful comments during the roundtable.", 1);
        assert_clean(ID, "Tips for you new managers: thank you for your insightful comments.");
    }

    #[test]
    fn you_and_a_noun_after_reading_or_watching() {
        assert_flags(ID, "I've been reading you blog about robotics. Enjoying you posts!", 2);
        assert_clean(ID, "I've been reading you stories, watching you guys play and enjoying you all.");
    }

    #[test]
    fn hear_you_thoughts() {
        assert_flags(ID, "I would love to hear you thoughts on it.", 1);
        assert_clean(ID, "I'd love to hear you speak again, and to hear you guys play.");
    }

    /// After a preposition that takes a noun phrase, a contraction is the possessive.
    #[test]
    fn a_contraction_after_a_preposition() {
        assert_flags(ID, "I would like to learn more about it's pricing model.", 1);
        assert_flags(ID, "Congrats on you're first jury trial win.", 1);
        assert_flags(ID, "We met at they're Leeds office.", 1);
        assert_clean(ID, "How about it's done by Friday? What about it's fine?");
        assert_clean(ID, "Turn it on it's easy. Next to it's a café; with it's gone.");
        assert_clean(ID, "Thanks for the intro, it's great. I know what it's about.");
    }

    /// `their` before `any` or an article, and `there` opening a clause before a noun and `of` or a verb.
    #[test]
    fn their_any_and_there_noun() {
        assert_flags(ID, "Are their any resources you recommend? Is their a grant?", 2);
        assert_flags(ID, "Their going to launch a new product.", 1);
        assert_clean(ID, "Their going-away party; their going rate; they're going to launch.");
        assert_clean(ID, "Their a cappella group sang; their any-day menu.");
        assert_flags(ID, "I met two of your engineers; there demo of the robot was great.", 1);
        assert_flags(ID, "You won the hackathon. There model accuracy is impressive.", 1);
        assert_clean(ID, "There, model accuracy is what counts. There home prices are high? There was a model.");
        assert_flags(ID, "There team is growing fast. Hi Gary, there team did a great job.", 2);
        assert_clean(ID, "There seems to be a gap. There lies a chance. Here and there people are kind.");
        assert_clean(ID, "There, team is everything. There today is a fair. There once was a shop.");
    }

    /// `their` before a preposition or ending its clause; `their` + a degree word + an adjective.
    #[test]
    fn their_as_a_place_or_a_predicate() {
        assert_flags(ID, "I was their at the Barcelona fair. I'd love to hear how you did it their.", 2);
        assert_flags(ID, "Their so much easier with the towel wrap. I read them and their very insightful.", 2);
        assert_clean(ID, "Their own team, their in-laws and their very own studio; I met their CEO.");
        assert_clean(ID, "I mentored new hires through their\nfirst launch. Its great\nteam and its fast\nlane.");
        assert_clean(ID, "I like their very best work and their too-good-to-be-true deals.");
    }

    /// `your` before a verb, before an adverb and an -ing verb, and after `if` before an adjective.
    #[test]
    fn your_before_verbs_and_predicates() {
        assert_flags(ID, "Your were recommended by Dr Musa.", 1);
        assert_flags(ID, "Hope your still enjoying the Dash 8! I'd love to visit if your open to it.", 2);
        assert_flags(ID, "Let's grab a coffee when your back from Leeds, or once your back.", 2);
        assert_clean(ID, "Rest when your back hurts; if your back is sore, stretch. Your back office team.");
        assert_clean(ID, "Your will to win; your can-do attitude; your still life; if your open day is Monday.");
        assert_clean(ID, "Your lofting and steam-bending posts are wicked good. I reckon you're spot on.");
    }

    /// A gerund and its noun after a verb of one object; a lone predicate noun; a compound after `your`.
    #[test]
    fn gerund_objects_predicate_nouns_and_compounds() {
        assert_flags(ID, "I'm a librarian too and loved you're reading list for teens.", 1);
        assert_clean(ID, "Peak season is brutal, so they're gold. You're family. Your loose-leaf binder idea.");
        assert_flags(ID, "I loved you're work. If you need a driver, I'm you're guy.", 2);
    }

    /// `your` before how one is; `there` before a degree word and an adjective.
    #[test]
    fn there_before_an_adjective_and_a_noun() {
        assert_flags(ID, "Ricardo, I visited the quinta and you showed us there new lagares.", 1);
        assert_flags(ID, "Hi Marta, I saw there new cold-chain depot in Rotterdam. They work at there own pace.", 2);
        assert_clean(ID, "I was there last year; we met there next week; we stayed there all day; there this month.");
        assert_clean(ID, "Is there new evidence? Are there good reasons? We went there early morning.");
    }

    #[test]
    fn its_a_degree_phrase_with_no_verb() {
        assert_flags(ID, "Hello, I read your post. Its very important topic for us in Warri.", 1);
        assert_clean(ID, "Its very own design team works in Lyon. Its very important role grew every year.");
        assert_clean(ID, "The firm and its very important clients. Its really fast rollout stalled.");
    }

    #[test]
    fn your_well_and_there_very() {
        assert_flags(ID, "Hope your well and busy with the summer season! I trust your ok.", 2);
        assert_clean(ID, "I hope your well-being improves; your good work; I saw your fine print.");
        assert_flags(ID, "I follow your posts about legal tech and there very insightful. There very clear.", 2);
        assert_flags(ID, "The children adore it, there so engaged!", 1);
        assert_clean(ID, "We went to the fair, there so many people came. Over there, so quickly done.");
        assert_clean(ID, "I lived there very happily, and there very few people knew it.");
    }

    /// `its` before `worth` and an object, or an adjective that ends the clause.
    #[test]
    fn its_worth_and_its_adjective() {
        assert_flags(ID, "Your sourdough is great, and its worth the queue.", 1);
        assert_flags(ID, "I tried your app and its fast, the drivers like it.", 1);
        assert_flags(ID, "Its great!", 1);
        assert_clean(ID, "The brand proved its worth. The monks broke its fast. It kept its own.");
        assert_clean(ID, "The firm and its chief, and its best. Each team and its worth of data.");
    }

    /// After a plural noun and `and`, `there` before a noun that ends the phrase is `their`.
    #[test]
    fn there_after_a_plural_and_and() {
        assert_flags(ID, "I liked the part about trustees and there duties.", 1);
        assert_flags(ID, "Your team and there presentation on dementia care inspired me.", 1);
        assert_clean(ID, "I joined the team and there I met Ana. We went to the farm and there cows were grazing.");
        assert_clean(ID, "I worked in London and there I learned a lot. We had drinks and there were speeches.");
        assert_clean(ID, "The trustees and there duties were discussed. I saw the farms and there, cows grazed.");
    }

    /// A compound that ends the phrase after `it's` is a predicate.
    #[test]
    fn you_before_a_noun_after_is_and_thanks_for() {
        assert_flags(ID, "How many weeks on and off is you rotation?", 1);
        assert_flags(ID, "Thanks for you detailed answer in the forum.", 1);
        assert_flags(ID, "Hi, I came across you profile and would like to connect.", 1);
        assert_clean(ID, "Is it you? It was you all along? Was it you guys? Thanks for your detailed answer.");
    }

    #[test]
    fn are_after_a_second_bare_verb() {
        let d = check_text(ID, "I would like to connect with you and grow are networks together.");
        assert_eq!(d[0].suggestions[0].replacement, "our");
        assert_clean(ID, "I want to know how you and your team grow; the things we grow are herbs and roses.");
    }

    #[test]
    fn a_preposition_of_place_after_your() {
        let d = check_text(ID, "Let's meet when your in Mumbai. If your at the fair, say hi.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "you're");
        assert_clean(ID, "Your in-house team; your in-laws; you're in Mumbai; your inbox.");
    }

    #[test]
    fn a_compound_predicate_after_it_is() {
        assert_clean(ID, "It's volunteer-run, but we cover travel. It's family-owned.");
        assert_flags(ID, "We loved it's family-owned feel.", 1);
    }
}
